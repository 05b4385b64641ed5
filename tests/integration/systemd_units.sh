#!/bin/sh
# systemd_units.sh — systemd-analyze verify passes for every unit, and the
# system unit's exposure is rated <= 2.0 (works offline on unit files).
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
