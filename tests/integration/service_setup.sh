#!/bin/sh
# service_setup.sh — the README's system-service steps, as far as this
# machine allows without systemd: a `ptrail` user, the config root:ptrail
# 0640 that the user reads, a refused config saying why, a warning for a
# file in a folder the unit hides (ProtectHome=yes), the CLI run as
# that user looking where the service keeps its ledger and never creating
# one, and a ledger on a read-only filesystem that list/verify still read.
# Needs root (useradd, chown, runuser, mount); skipped otherwise.
set -eu
[ "$(id -u)" = 0 ] || { echo "not root: skipped"; exit 77; }
command -v runuser >/dev/null || { echo "no runuser: skipped"; exit 77; }
T=$TMPDIR
fail() { echo "FAIL: $*"; exit 1; }

# README step 4: the service user (kept: it is what the README makes)
if ! getent passwd ptrail >/dev/null; then
	useradd --system --home /var/lib/ptrail ptrail 2>/dev/null ||
		getent passwd ptrail >/dev/null || fail "useradd ptrail"
fi
as_ptrail() { runuser -u ptrail -- env HOME="$T/home" PTRAIL_NOW=2026-03-20T09:00:00+08:00 "$PTRAIL" "$@"; }
mkdir -p "$T/home" "$T/etc" "$T/state"
chown ptrail:ptrail "$T/home" "$T/state"
chmod 0755 "$T/etc"

# README step 3: root:ptrail 0640, holding the feed's token
cat > "$T/etc/ptrail.conf" <<EOF
[account]
address = Carmen Chan <carmen@example.com>
imap = imaps://imap.example.com:993
user = carmen@example.com
[school]
domains = harbourside.edu.hk other.edu.hk
[ledger]
path = $T/state/ledger.db
[feed]
listen = 127.0.0.1:8088
token = 0123456789abcdef0123
EOF
chown root:ptrail "$T/etc/ptrail.conf"; chmod 0640 "$T/etc/ptrail.conf"
as_ptrail -c "$T/etc/ptrail.conf" config check > "$T/out" 2>&1 ||
	{ cat "$T/out"; fail "the documented root:ptrail 0640 config is refused"; }
grep -q "domains = harbourside.edu.hk, other.edu.hk" "$T/out" || fail "space-separated domains"
echo "ok: root:ptrail 0640 is read by the ptrail user; spaces separate domains"

# the mode the README used to give: root 0600 cannot be read by the service
chmod 0600 "$T/etc/ptrail.conf"
rc=0; as_ptrail -c "$T/etc/ptrail.conf" list > "$T/out" 2>&1 || rc=$?
[ $rc = 78 ] || fail "unreadable config: exit $rc"
grep -q "permission denied: it is root:ptrail mode 0600 and this runs as ptrail" "$T/out" ||
	{ cat "$T/out"; fail "the permission message does not name the cause"; }
grep -q "write one from" "$T/out" && fail "a permission problem was called a missing file"
rc=0; as_ptrail -c "$T/etc/none.conf" list > "$T/out" 2>&1 || rc=$?
[ $rc = 78 ] && grep -q "none.conf: no such file" "$T/out" || fail "missing config: $rc"
# world-readable with a token: anyone could read the feed
chmod 0644 "$T/etc/ptrail.conf"
rc=0; as_ptrail -c "$T/etc/ptrail.conf" config check > "$T/out" 2>&1 || rc=$?
[ $rc = 78 ] && grep -q "anyone can read it (mode 0644) (run: chmod o-r" "$T/out" ||
	{ cat "$T/out"; fail "a world-readable token was accepted"; }
# group-writable: the group could run commands as ptrail
chmod 0660 "$T/etc/ptrail.conf"
rc=0; as_ptrail -c "$T/etc/ptrail.conf" config check > "$T/out" 2>&1 || rc=$?
[ $rc = 78 ] && grep -q "can be written by group (mode 0660)" "$T/out" || fail "group-writable accepted"
chmod 0640 "$T/etc/ptrail.conf"
echo "ok: permission denied, no such file, readable token, writable config: each says why"

# the unit's ProtectHome=yes hides /home, /root and /run/user: a
# password_command or ca_file there works from a shell, not in the service
# (the password_file case is refused at start-up: conn_errors.sh)
sed 's#^user = .*#&\npassword_command = gpg --batch -d "/home/carmen/mail pw.gpg"\nca_file = /root/ca.pem#' \
	"$T/etc/ptrail.conf" > "$T/etc/hidden.conf"
chown root:ptrail "$T/etc/hidden.conf"; chmod 0640 "$T/etc/hidden.conf"
rc=0; as_ptrail -c "$T/etc/hidden.conf" config check > "$T/out" 2> "$T/err" || rc=$?
[ $rc = 0 ] || { cat "$T/err"; fail "config check refused a config with paths in /home: exit $rc"; }
grep -q '^warning: .*password_command names /home/carmen/mail pw.gpg, in /home, which the system service (ptraild.service) cannot see: its ProtectHome=yes hides /home' "$T/err" ||
	{ cat "$T/err"; fail "config check does not warn of the password_command in /home"; }
grep -q '^warning: .*ca_file names /root/ca.pem, in /root, which the system service' "$T/err" ||
	{ cat "$T/err"; fail "config check does not warn of the ca_file in /root"; }
# a personal config (not in /etc/ptrail, not read as ptrail) is not warned
cp "$T/etc/hidden.conf" "$T/home/hidden.conf"; chmod 0600 "$T/home/hidden.conf"
"$PTRAIL" -c "$T/home/hidden.conf" config check > /dev/null 2> "$T/err" || { cat "$T/err"; fail "personal config"; }
! grep -q "ProtectHome" "$T/err" || fail "a personal config was warned of ProtectHome: $(cat "$T/err")"
echo "ok: config check warns of a password_command and a ca_file the service's ProtectHome=yes hides"

# the service user without [ledger] path looks in /var/lib/ptrail, as
# ptraild.service's StateDirectory, and a read-only command creates nothing
sed '/^\[ledger\]/,/^path/d' "$T/etc/ptrail.conf" > "$T/etc/noledger.conf"
chown root:ptrail "$T/etc/noledger.conf"; chmod 0640 "$T/etc/noledger.conf"
as_ptrail -c "$T/etc/noledger.conf" config check > "$T/out" 2>&1 || fail "noledger config"
grep -q "^path = /var/lib/ptrail/ledger.db" "$T/out" ||
	{ cat "$T/out"; fail "the service user's CLI does not look in /var/lib/ptrail"; }
if [ ! -e /var/lib/ptrail/ledger.db ]; then
	rc=0; as_ptrail -c "$T/etc/noledger.conf" list > "$T/out" 2>&1 || rc=$?
	[ $rc = 66 ] && grep -q "no ledger at /var/lib/ptrail/ledger.db" "$T/out" ||
		{ cat "$T/out"; fail "list without a ledger: exit $rc"; }
fi
[ -e "$T/home/.local" ] && fail "a read-only command created files in the user's home"
echo "ok: the CLI as ptrail reads /var/lib/ptrail/ledger.db and creates no ledger"

# the service's ledger, then the same file on a read-only filesystem
as_ptrail -c "$T/etc/ptrail.conf" add --who "Ms Wong" --what "share the IEP draft" \
	--due 2026-03-27 > /dev/null || fail "add as ptrail"
mkdir -p "$T/ro"
if mount --bind "$T/state" "$T/ro" 2>/dev/null; then
	trap 'umount "$T/ro" 2>/dev/null' EXIT
	mount -o remount,bind,ro "$T/ro" || fail "remount ro"
	sed "s#^path = .*/state/ledger.db#path = $T/ro/ledger.db#" "$T/etc/ptrail.conf" > "$T/etc/ro.conf"
	chown root:ptrail "$T/etc/ro.conf"; chmod 0640 "$T/etc/ro.conf"
	as_ptrail -c "$T/etc/ro.conf" list > "$T/out" 2>&1 || { cat "$T/out"; fail "list on a read-only filesystem"; }
	grep -q "share the IEP draft" "$T/out" || fail "list on ro: $(cat "$T/out")"
	as_ptrail -c "$T/etc/ro.conf" verify > "$T/out" 2>&1 || { cat "$T/out"; fail "verify on a read-only filesystem"; }
	# the promise and its person (people.h), each an event
	grep -q "events chain intact (2 events)" "$T/out" || fail "verify on ro: $(cat "$T/out")"
	umount "$T/ro"; trap - EXIT
	echo "ok: list and verify read a ledger on a read-only filesystem"
else
	echo "no bind mount here: the read-only filesystem part is not run"
fi
