#!/bin/sh
# install.sh — make install honours PREFIX and DESTDIR; uninstall leaves
# nothing behind.
set -eu
cd "$PTRAIL_TOP"
R=$TMPDIR/root
make -s install DESTDIR="$R" PREFIX=/usr >/dev/null
for f in usr/bin/ptrail usr/sbin/ptraild usr/share/man/man1/ptrail.1 \
    usr/share/man/man5/ptrail.conf.5 usr/share/man/man8/ptraild.8 \
    usr/lib/systemd/system/ptraild.service usr/lib/systemd/system/ptraild@.service \
    usr/lib/systemd/user/ptraild.service usr/share/ptrail/ptrail.conf.example; do
	[ -e "$R/$f" ] || { echo "missing $f"; exit 1; }
done
"$R/usr/bin/ptrail" --version
grep -q "ExecStart=/usr/sbin/ptraild" "$R/usr/lib/systemd/system/ptraild.service"
make -s uninstall DESTDIR="$R" PREFIX=/usr >/dev/null
left=$(find "$R" -type f | wc -l)
[ "$left" = 0 ] || { echo "left behind:"; find "$R" -type f; exit 1; }
echo "install and uninstall ok"
