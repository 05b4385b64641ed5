#!/bin/sh
# test_hooks.sh — the PTRAIL_TEST_* switches are in the test build only:
# not in ptraild, nor in the ptraild that make install copies; they are in
# ptraild-test (so this check looks at the right words), and a release
# ptraild ignores the crash switch (smtp_outbox.sh fires it in the test
# build).
set -eu
fail() { echo "FAIL: $*"; exit 1; }
[ -x "$PTRAILD_TEST" ] || fail "no $PTRAILD_TEST (make test-bins)"
strings "$PTRAILD_TEST" | grep -q PTRAIL_TEST_CRASH_AFTER_SMTP ||
	fail "ptraild-test lacks the crash switch"
if strings "$PTRAILD" | grep PTRAIL_TEST_; then
	fail "$PTRAILD carries a test switch"
fi
R=$TMPDIR/root
make -s -C "$PTRAIL_TOP" install DESTDIR="$R" PREFIX=/usr >/dev/null
if strings "$R/usr/sbin/ptraild" | grep PTRAIL_TEST_; then
	fail "the installed ptraild carries a test switch"
fi
[ -z "$(find "$R" -name 'ptraild-test')" ] || fail "ptraild-test was installed"
# the release daemon does not die on the switch: it gets to its own
# checks (no config here: EX_CONFIG, 78), never to _exit(99)
rc=0
PTRAIL_TEST_CRASH_AFTER_SMTP=1 "$PTRAILD" -c "$TMPDIR/none.conf" --once \
    >/dev/null 2>&1 || rc=$?
[ "$rc" != 99 ] || fail "ptraild obeyed the test switch"
echo "ok: test switches only in ptraild-test"
