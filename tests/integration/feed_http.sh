#!/bin/sh
# feed_http.sh — the calendar feed: parsed back by an independent parser
# (python3-icalendar), UIDs stable across regenerations, SEQUENCE bumped by
# a change; served by ptraild over HTTP: right and wrong token, 304 on a
# matching ETag (strong, weak W/, or in a list), HEAD, and concurrent
# requests while the feed is rewritten never get a partial file; a 20 MB
# feed is served whole, with the ETag of the whole file; a flood of slow
# sockets from one address does not lock out a client from another.
set -u
. "$PTRAIL_TOP/tests/integration/lib/setup.sh"
setup_servers feed
demo_letters
PORT=$(free_port)
TOKEN=0123456789abcdef0123456789abcdef
{ account_conf "$D" P; echo "poll_interval = 10"
	printf '[school]\ndomains = harbourside.edu.hk\n'; data_conf
	printf 'listen = 127.0.0.1:%s\ntoken = %s\n' "$PORT" "$TOKEN"
} > "$D/c.conf"
chmod 600 "$D/c.conf"	# it holds the token: refused if others can read it
export PTRAIL_CONFIG="$D/c.conf" PTRAIL_NOW=2026-03-04T20:00:00+08:00
"$PTRAILD" 2>"$D/daemon.log" &
pid=$!
U="http://127.0.0.1:$PORT/feed/$TOKEN.ics"
for i in $(seq 1 50); do curl -sf -o /dev/null "$U" && break; sleep 0.1; done

# the independent parser, and libical's own reading
curl -sf "$U" > "$D/a.ics" || fail "GET"
/usr/bin/python3 - "$D/a.ics" <<'PY' || fail "python3-icalendar"
import sys, icalendar
cal = icalendar.Calendar.from_ical(open(sys.argv[1], "rb").read())
ev = [c for c in cal.walk("VEVENT")]
assert len(ev) >= 4, len(ev)
tz = [c for c in cal.walk("VTIMEZONE")][0]
assert str(tz["TZID"]) == "Asia/Hong_Kong"
assert str(cal["X-WR-TIMEZONE"]) == "Asia/Hong_Kong"
timed = [e for e in ev if e["DTSTART"].params.get("TZID")]
assert timed and all(e["DTSTART"].params["TZID"] == "Asia/Hong_Kong" for e in timed)
assert all(str(e["UID"]).endswith(".ptrail") and "@" in str(e["UID"]) for e in ev)  # @<ledger id>.ptrail
assert any(e.decoded("DTSTART").isoformat() == "2026-03-25T16:00:00+08:00" for e in timed)
PY
"$PTRAIL" ics > "$D/b.ics"
[ "$(grep ^UID "$D/a.ics" | sort)" = "$(grep ^UID "$D/b.ics" | sort)" ] || fail "UIDs not stable"
seq1=$(awk '/^UID:commitment-1@/{f=1} f&&/^SEQUENCE/{print; exit}' "$D/b.ics")
"$PTRAIL" done 1 >/dev/null
seq2=$(awk '/^UID:commitment-1@/{f=1} f&&/^SEQUENCE/{print; exit}' "$($PTRAIL ics -o "$D/c.ics"; echo "$D/c.ics")")
[ "$seq1" != "$seq2" ] || fail "SEQUENCE did not move ($seq1)"
echo "ok: feed parsed by python3-icalendar; UIDs stable; SEQUENCE $seq1 -> $seq2"

# HTTP: tokens, ETag, HEAD
code=$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$PORT/feed/wrongwrongwrongwrongwrong.ics")
[ "$code" = 404 ] || fail "wrong token: $code"
code=$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$PORT/etc/passwd")
[ "$code" = 404 ] || fail "other path: $code"
etag=$(curl -sI "$U" | tr -d '\r' | sed -n 's/^[Ee][Tt][Aa][Gg]: //p')
[ -n "$etag" ] || fail "no ETag"
curl -sI "$U" | tr -d '\r' | grep -qi '^content-type: text/calendar; charset=utf-8' || fail "content type"
code=$(curl -s -o /dev/null -w '%{http_code}' -H "If-None-Match: $etag" "$U")
[ "$code" = 304 ] || fail "If-None-Match: $code"
[ "$(curl -s -I "$U" -o /dev/null -w '%{size_download}')" = 0 ] || fail "HEAD sent a body"
code=$(curl -s -o /dev/null -w '%{http_code}' -H "If-None-Match: W/$etag" "$U")
[ "$code" = 304 ] || fail "If-None-Match: W/$etag: $code"
code=$(curl -s -o /dev/null -w '%{http_code}' -H "If-None-Match: \"0123\", W/$etag" "$U")
[ "$code" = 304 ] || fail "If-None-Match with a list: $code"
code=$(curl -s -o /dev/null -w '%{http_code}' -H 'If-None-Match: "0123", W/"4567"' "$U")
[ "$code" = 200 ] || fail "If-None-Match naming other tags: $code"
echo "ok: 404 for a wrong token, ETag, 304 (strong, W/, a list), HEAD"

# many readers while the feed is rewritten
( for i in $(seq 1 20); do "$PTRAIL" ics -o "$D/data/calendar.ics"; done ) &
w=$!
seq 1 200 | xargs -P 8 -I{} sh -c "curl -sf '$U' -o '$D/r{}.ics'" || fail "requests"
wait $w
for f in "$D"/r*.ics; do
	head -1 "$f" | grep -q BEGIN:VCALENDAR && tail -1 "$f" | tr -d '\r' | grep -q END:VCALENDAR ||
		fail "partial feed in $f"
done
echo "ok: 200 requests during 20 rewrites, none partial"
# a 20 MB feed: served whole, never cut
/usr/bin/python3 - "$D/big.ics" <<'PY'
import sys
with open(sys.argv[1], "w", newline="") as f:
    f.write("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//ptrail//test//EN\r\n")
    n = 0
    while f.tell() < 20 * 1024 * 1024:
        f.write("BEGIN:VEVENT\r\nUID:big-%d@ptrail\r\nDTSTAMP:20260304T120000Z\r\n"
                "DTSTART;VALUE=DATE:20260320\r\nSUMMARY:item %d %s\r\nEND:VEVENT\r\n"
                % (n, n, "x" * 60))
        n += 1
    f.write("END:VCALENDAR\r\n")
PY
cp "$D/big.ics" "$D/data/big.tmp" && mv "$D/data/big.tmp" "$D/data/calendar.ics"
curl -sf -D "$D/big.h" "$U" -o "$D/big.got" || fail "GET of a 20 MB feed"
cmp -s "$D/big.ics" "$D/big.got" || fail "the 20 MB feed was not served whole ($(wc -c < "$D/big.got") of $(wc -c < "$D/big.ics") bytes)"
tail -c 15 "$D/big.got" | grep -q "END:VCALENDAR" || fail "no END:VCALENDAR"
want="\"$(sha256sum "$D/big.ics" | cut -c1-32)\""
got=$(tr -d '\r' < "$D/big.h" | sed -n 's/^[Ee][Tt][Aa][Gg]: //p')
[ "$got" = "$want" ] || fail "ETag $got is not the whole file's $want"
echo "ok: a $(wc -c < "$D/big.got")-byte feed served whole, ETag of the whole file"

# 100 slow sockets from 127.0.0.1, a header line each second: a client
# from 127.0.0.2 is still served at once
/usr/bin/python3 - "$PORT" "$D/slow.ready" <<'PY' &
import socket, sys, time
socks = []
for i in range(100):
    try:
        s = socket.create_connection(("127.0.0.1", int(sys.argv[1])), 2)
        s.sendall(b"GET /feed/x.ics HTTP/1.1\r\nHost: a\r\n")
        socks.append(s)
    except OSError:
        pass
open(sys.argv[2], "w").close()
end = time.time() + 15
while time.time() < end:
    for s in socks:
        try:
            s.sendall(b"X-Slow: 1\r\n")
        except OSError:
            pass
    time.sleep(1)
PY
slow=$!
for i in $(seq 1 50); do [ -f "$D/slow.ready" ] && break; sleep 0.1; done
code=$(curl -s -o /dev/null -m 5 --interface 127.0.0.2 -w '%{http_code}' "$U")
kill $slow 2>/dev/null; wait $slow 2>/dev/null
[ "$code" = 200 ] || fail "100 slow sockets locked out another client ($code)"
echo "ok: 100 slow sockets from one address; a client from another served"
kill -TERM $pid; wait $pid || fail "SIGTERM exit"
