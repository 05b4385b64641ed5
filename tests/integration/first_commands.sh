#!/bin/sh
# first_commands.sh — the README's two commands, each as the first command
# on a machine that has never built ptrail, from a checkout that only its
# owner can enter (root's home is 0700 on a new VM).
#
# A copy of the tree goes into a 0700 directory. pkg-config and dpkg-query
# on PATH answer nothing until the deps step's apt-get has run (a stand-in
# that records the install and then lets the real tools answer), so a
# Makefile that asks pkg-config before `deps` has run fails here as it
# would on a new machine. Then `make -j2 demo` must run the whole demo
# (dovecot as nobody when root), and, from a clean tree with the tools
# answering nothing again, `make -j2 check` must build and pass the unit
# tests (ONLY=none: the integration scripts are this run's own job).
set -eu
case "$PTRAIL" in
*/build-asan/*) echo "builds its own plain copy; run under make check: skipped"; exit 77 ;;
esac
W="$TMPDIR/home"
mkdir -m 0700 "$W"
mkdir "$W/ptrail"
cd "$PTRAIL_TOP"
git ls-files --cached --others --exclude-standard -z 2>/dev/null \
	| xargs -0 cp --parents -t "$W/ptrail"
[ -f "$W/ptrail/Makefile" ] || { echo "could not copy the tree"; exit 1; }

F="$TMPDIR/fake"
mkdir -p "$F/bin"
for t in pkg-config dpkg-query; do
	real=$(command -v $t)
	cat > "$F/bin/$t" <<SH
#!/bin/sh
[ -f "$F/installed" ] && exec $real "\$@"
exit 1
SH
done
cat > "$F/bin/apt-get" <<SH
#!/bin/sh
echo "apt-get \$*" >> "$F/apt.log"
case "\$1" in install) touch "$F/installed" ;; esac
exit 0
SH
printf '#!/bin/sh\nexec "$@"\n' > "$F/bin/sudo"
chmod 0755 "$F/bin/"*
FPATH="$F/bin:$PATH"
# a user's first command is not a sub-make of make check
unset MAKEFLAGS MFLAGS MAKELEVEL MAKEOVERRIDES

echo "-- make -j2 demo, first command, in a 0700 directory"
if ! (cd "$W/ptrail" && env PATH="$FPATH" make -j2 demo > "$TMPDIR/demo.log" 2>&1); then
	tail -20 "$TMPDIR/demo.log"; echo "make demo failed as the first command"; exit 1
fi
grep -q '^apt-get install' "$F/apt.log" || { echo "deps did not install anything"; exit 1; }
n=$(sqlite3 "$W/ptrail/demo-run/data/ledger.db" 'SELECT count(*) FROM messages')
[ "$n" -ge 3 ] || { echo "the demo's ledger holds $n letters"; exit 1; }
grep -q 'the SMTP server received: [1-9]' "$TMPDIR/demo.log" || { echo "the demo sent nothing"; exit 1; }
grep -q 'events chain intact' "$TMPDIR/demo.log" || { echo "the demo's verify did not pass"; exit 1; }
echo "demo ok: $n letters in the ledger"

echo "-- make -j2 check, first command, in a clean copy"
(cd "$W/ptrail" && make clean >/dev/null && rm -rf demo-run)
rm -f "$F/installed" "$F/apt.log"
if ! (cd "$W/ptrail" && env PATH="$FPATH" ONLY=none make -j2 check > "$TMPDIR/check.log" 2>&1); then
	tail -20 "$TMPDIR/check.log"; echo "make check failed as the first command"; exit 1
fi
grep -q '^apt-get install' "$F/apt.log" || { echo "deps did not install anything"; exit 1; }
grep -q '^[0-9]* passed, 0 failed' "$TMPDIR/check.log" || { tail -3 "$TMPDIR/check.log"; exit 1; }
echo "check ok: $(grep '^[0-9]* passed, 0 failed' "$TMPDIR/check.log")"
