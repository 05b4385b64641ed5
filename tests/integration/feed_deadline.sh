#!/bin/sh
# feed_deadline.sh — slow clients from many addresses cannot keep a real
# one from the calendar for longer than the request deadline.
#
# 504 slow sockets, 8 from each of 63 loopback addresses (127.0.1.x), each
# sending one header line every 2 s (well under the 10 s idle timeout) and
# coming back at once when closed, for 30 s. Every connection the feed
# server has is theirs. A calendar client from 127.0.0.250 asks for the
# feed, trying again when refused, as calendar apps do; it must have the
# whole feed within the deadline (PTRAIL_FEED_DEADLINE=3 here, 30 by
# default) plus a margin for a loaded machine, long before the flood ends.
# Without the deadline the flood holds every connection until it stops.
set -u
D=$TMPDIR/deadline
mkdir -p "$D/data"; chmod 700 "$D/data"
fail() { echo "FAIL: $*"; kill "$pid" "${slow:-}" 2>/dev/null; exit 1; }
PORT=$(/usr/bin/python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
TOKEN=0123456789abcdef0123456789abcdef
printf 'secret\n' > "$D/pw"; chmod 600 "$D/pw"
# no IMAP server: the feed is served all the same, from the file there
cat > "$D/c.conf" <<EOF
[account]
address = P <parent@family.example>
imap = imaps://127.0.0.1:1
user = parent
password_file = $D/pw
[school]
domains = school.example
[ledger]
path = $D/data/ledger.db
[feed]
path = $D/data/calendar.ics
listen = 127.0.0.1:$PORT
token = $TOKEN
EOF
chmod 600 "$D/c.conf"
printf 'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//ptrail//test//EN\r\nEND:VCALENDAR\r\n' \
	> "$D/data/calendar.ics"
PTRAIL_CONFIG="$D/c.conf" PTRAIL_FEED_DEADLINE=3 "$PTRAILD" 2>"$D/daemon.log" &
pid=$!
U="http://127.0.0.1:$PORT/feed/$TOKEN.ics"
for i in $(seq 1 100); do curl -sf -o /dev/null "$U" && break; sleep 0.1; done
curl -sf -o /dev/null "$U" || fail "the feed is not served"

# one slow client, a header line a second: closed at the deadline, not
# before (nothing else wants its place) and not 10 s later
life=$(/usr/bin/python3 - "$PORT" <<'PY'
import socket, sys, time
s = socket.create_connection(("127.0.0.1", int(sys.argv[1])), 5, ("127.0.0.9", 0))
t0 = time.time()
s.sendall(b"GET /feed/x.ics HTTP/1.1\r\nHost: a\r\n")
s.settimeout(1)
while time.time() - t0 < 15:
    try:
        if s.recv(4096) == b"":
            break
    except socket.timeout:
        pass
    except OSError:
        break
    try:
        s.sendall(b"X-Slow: 1\r\n")
    except OSError:
        break
print("%.1f" % (time.time() - t0))
PY
)
[ "$(echo "$life >= 2.9 && $life <= 7" | bc)" = 1 ] ||
	fail "a slow request lived $life s, not the 3 s deadline (+ up to 4 s)"
echo "ok: a slow request closed after $life s (deadline 3 s)"

/usr/bin/python3 "$PTRAIL_TOP/tests/integration/lib/slowloris.py" "$PORT" 63 8 2 30 \
	"$D/slow.ready" > "$D/slow.out" &
slow=$!
for i in $(seq 1 100); do [ -f "$D/slow.ready" ] && break; sleep 0.1; done
sleep 1		# the first wave is in: every connection is taken
start=$(date +%s.%N)
got=""
# 3 s deadline + 9 s margin, well before the flood's 30 s are over
while [ "$(echo "$(date +%s.%N) - $start < 12" | bc)" = 1 ]; do
	if curl -sf -m 2 --interface 127.0.0.250 -o "$D/got.ics" "$U"; then
		got=$(echo "$(date +%s.%N) - $start" | bc)
		break
	fi
	sleep 0.2
done
kill "$slow" 2>/dev/null; wait "$slow" 2>/dev/null
[ -n "$got" ] || fail "slow clients kept the calendar client out for 12 s"
cmp -s "$D/got.ics" "$D/data/calendar.ics" || fail "the feed was not served whole"
echo "ok: served in ${got} s past 504 slow sockets from 63 addresses (deadline 3 s)"
kill -TERM $pid; wait $pid || fail "SIGTERM exit"
