#!/bin/sh
# systemd_units.sh — systemd-analyze verify passes for every unit, and the
# system unit's exposure is rated <= 2.0 (works offline on unit files);
# no shipped unit loads a credential, and the README's credentials drop-in
# is read with the system unit without a warning.
set -eu
command -v systemd-analyze >/dev/null || { echo "no systemd-analyze: skipped"; exit 77; }
U=$TMPDIR/units
mkdir -p "$U/man/man1" "$U/man/man5" "$U/man/man8"
cp "$PTRAIL_TOP"/docs/*.1 "$U/man/man1/"; cp "$PTRAIL_TOP"/docs/*.5 "$U/man/man5/"
cp "$PTRAIL_TOP"/docs/*.8 "$U/man/man8/"
export MANPATH="$U/man"	# Documentation=man: pages are checked too
for f in "$PTRAIL_TOP"/systemd/ptraild.service "$PTRAIL_TOP"/systemd/ptraild@.service \
    "$PTRAIL_TOP"/systemd/user/ptraild.service; do
	name=$(basename "$f")
	[ "$name" = "ptraild@.service" ] && name="ptraild@family.service"
	mkdir -p "$U/$(basename "$(dirname "$f")")"
	sed "s#/usr/local/sbin/ptraild#$PTRAILD#" "$f" > "$U/$(basename "$(dirname "$f")")/$name"
	systemd-analyze verify "$U/$(basename "$(dirname "$f")")/$name"
	echo "verify ok: $name"
done
mkdir -p "$U/sys"
sed "s#/usr/local/sbin/ptraild#$PTRAILD#" "$PTRAIL_TOP/systemd/ptraild.service" > "$U/sys/ptraild.service"
level=$(systemd-analyze security --offline=yes "$U/sys/ptraild.service" 2>/dev/null |
	sed -n 's/.*Overall exposure level for ptraild.service: \([0-9.]*\).*/\1/p')
echo "exposure: $level"
awk -v l="$level" 'BEGIN { exit !(l != "" && l <= 2.0) }'

# A LoadCredential= whose file is missing stops the unit from starting
# (systemd 252: "Failed to set up credentials", 243/CREDENTIALS), so a
# set-up with password_command would never start: the units load none.
for f in "$PTRAIL_TOP"/systemd/ptraild.service "$PTRAIL_TOP"/systemd/ptraild@.service \
    "$PTRAIL_TOP"/systemd/user/ptraild.service; do
	if grep -n '^LoadCredential' "$f"; then
		echo "FAIL: $f loads a credential: it does not start without the file"
		exit 1
	fi
done
echo "ok: no shipped unit needs a credential file"

# the README's drop-in, exactly as written there, beside the system unit
mkdir -p "$U/drop/ptraild.service.d"
cp "$U/sys/ptraild.service" "$U/drop/"
sed -n '/credentials drop-in: tests/,/```$/p' "$PTRAIL_TOP/README.md" |
	sed -n '/```ini/,/```$/p' | sed '1d;$d;s/^ *//' \
	> "$U/drop/ptraild.service.d/credentials.conf"
grep -qx 'LoadCredential=imap-password:/etc/ptrail/imap-password' \
	"$U/drop/ptraild.service.d/credentials.conf" ||
	{ cat "$U/drop/ptraild.service.d/credentials.conf"; echo "FAIL: no drop-in in the README"; exit 1; }
SYSTEMD_LOG_LEVEL=debug systemd-analyze verify "$U/drop/ptraild.service" > "$U/drop.out" 2>&1
grep -q 'DropIn Path: .*/ptraild.service.d/credentials.conf' "$U/drop.out" ||
	{ echo "FAIL: the drop-in was not read"; exit 1; }
if grep 'credentials.conf:[0-9]' "$U/drop.out"; then
	echo "FAIL: systemd warns about the README's drop-in"; exit 1
fi
echo "ok: the README's credentials drop-in is read without a warning"
