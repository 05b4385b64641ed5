#!/bin/sh
# exit_status_docs.sh — the README and ptrail(1) list the same exit
# statuses, and each is one cli/ can return (0, 1, 2 or an EX_* of
# <sysexits.h> that cli/ uses).
set -eu
cd "$PTRAIL_TOP"
readme=$(tr '\n' ' ' < README.md | sed -n 's/.*Exit *status: \([^.]*\)\..*/\1/p' |
	grep -o '\b[0-9][0-9]*\b' | sort -nu | tr '\n' ' ')
man=$(sed -n '/^\.SH EXIT STATUS/,/^\.SH/p' docs/ptrail.1 | grep -o '^[0-9][0-9]*\b' | sort -nu | tr '\n' ' ')
[ -n "$readme" ] || { echo "no exit statuses found in the README"; exit 1; }
[ "$readme" = "$man" ] || { echo "README says '$readme', ptrail(1) says '$man'"; exit 1; }
for n in $man; do
	case $n in
	0|1|2) continue ;;
	65) e=EX_DATAERR ;; 66) e=EX_NOINPUT ;; 70) e=EX_SOFTWARE ;; 78) e=EX_CONFIG ;;
	*) echo "ptrail(1) documents $n, which cli/ never returns"; exit 1 ;;
	esac
	grep -q "\b$e\b" cli/*.c || { echo "$n ($e) is documented but cli/ never returns it"; exit 1; }
done
if grep -n '#define EX[A-Z_]*[[:space:]]*[0-9][0-9]' cli/*.[ch]; then
	echo "cli/ writes its own exit constants: use <sysexits.h>"; exit 1
fi
echo "exit statuses agree: $man"
