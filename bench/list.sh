#!/bin/sh
# bench/list.sh — `ptrail list --json --all` on a generated ledger of
# 300,000 commitments (issue 14.13: a 50,000-letter ledger's 335k took
# 9.6 s and 1.4 GB): time and peak RSS, once.
# Targets: <= 1 s, peak RSS <= 30 MB. The time judged is CPU time (user +
# system): on a shared machine the wall clock measures the neighbours too;
# both are printed.
set -eu
B=$(mktemp -d)
trap 'rm -rf "$B"' EXIT
printf '[account]\naddress = a@b.hk\n[school]\ndomains = s.hk\n[ledger]\npath = %s/l.db\n' \
	"$B" > "$B/c.conf"
chmod 600 "$B/c.conf"
"$PTRAIL" -c "$B/c.conf" add --who x --what "make the schema" >/dev/null
sqlite3 "$B/l.db" "WITH RECURSIVE n(i) AS (SELECT 2 UNION ALL SELECT i + 1
	FROM n WHERE i < 300000) INSERT INTO commitments (source, actor,
	action, quote, due, state, created_at, updated_at) SELECT 'letter',
	'Ms Wong ' || (i % 50), 'arrange a case conference about item ' || i,
	'I will arrange a case conference about item ' || i || ' by 20 March.',
	printf('2026-%02d-%02d', 1 + i % 12, 1 + i % 28),
	CASE i % 4 WHEN 0 THEN 'done' ELSE 'open' END, 1774000000, 1774000000
	FROM n"
n=$(sqlite3 "$B/l.db" "SELECT count(*) FROM commitments")
/usr/bin/time -f "%e %U %S %M" -o "$B/time" "$PTRAIL" -c "$B/c.conf" list --json --all > "$B/out"
rows=$(grep -c '^    {"id"' "$B/out")
[ "$rows" = "$n" ] || { echo "list --json printed $rows of $n commitments"; exit 1; }
read -r wall user sys kb < "$B/time"
secs=$(echo "$user + $sys" | bc)
echo "commitments=$n cpu_seconds=$secs wall_seconds=$wall peak_rss_kb=$kb load=$(cut -d' ' -f1 /proc/loadavg)"
awk -v s="$secs" -v kb="$kb" 'BEGIN {
	printf "list --json CPU time %.2f s, target <= 1 s: ratio %.2f (<= 1.00 is good)\n", s, s / 1
	printf "peak RSS %.1f MB, target <= 30 MB: ratio %.2f (<= 1.00 is good)\n", kb / 1024, kb / 1024 / 30
	if (s > 1 || kb > 30 * 1024) exit 1
}'
