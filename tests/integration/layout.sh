#!/bin/sh
# layout.sh — the folders are the architecture (README "Layout"):
#   lib/base < lib/mail < lib/extract < lib/ledger < lib/act
# a file in lib/ includes only its own floor and the floors below it;
# nothing in lib/ or cli/ speaks a network protocol (no libcurl, no IMAP,
# no HTTP server); cli/ includes nothing from daemon/, daemon/ nothing
# from cli/; no source file is over 800 lines.
set -eu
cd "$PTRAIL_TOP"
bad=0
floors="base mail extract ledger act"
rank() { i=0; for f in $floors; do [ "$f" = "$1" ] && { echo $i; return; }; i=$((i + 1)); done; echo 99; }
for f in lib/*/*.[ch]; do
	own=$(rank "$(basename "$(dirname "$f")")")
	for inc in $(sed -n 's/^[[:space:]]*#[[:space:]]*include[[:space:]]*"\([^"]*\)".*/\1/p' "$f"); do
		case "$inc" in
		*/*) r=$(rank "${inc%%/*}") ;;
		*) echo "$f: includes \"$inc\" without its folder"; bad=1; continue ;;
		esac
		if [ "$r" -gt "$own" ]; then
			echo "$f: includes $inc, a floor above its own"; bad=1
		fi
	done
done
if grep -n '#[[:space:]]*include[[:space:]]*<\(curl/\|microhttpd\|libetpan/mailimap\|libetpan/mailsmtp\|sys/socket\|netdb\)' lib/*/*.[ch] cli/*.[ch]; then
	echo "lib/ and cli/ never talk to the network"; bad=1
fi
if grep -n '#[[:space:]]*include[[:space:]]*"\(imap\|smtp\|feed\|tls\|sync\|daemon\)\.h"' cli/*.[ch]; then
	echo "cli/ includes daemon/ headers"; bad=1
fi
if grep -n '#[[:space:]]*include[[:space:]]*"cli\.h"' daemon/*.[ch]; then
	echo "daemon/ includes cli/ headers"; bad=1
fi
for f in lib/*/*.[ch] cli/*.[ch] daemon/*.[ch]; do
	n=$(wc -l < "$f")
	[ "$n" -le 800 ] || { echo "$f: $n lines (at most 800: split it along its seams)"; bad=1; }
done
[ "$bad" -eq 0 ] && echo "layout ok: $(ls lib/*/*.c | wc -l) core files in $(echo $floors | wc -w) floors"
exit $bad
