# bench/lib/mailbox.sh — the generated mailbox the IMAP benches share:
# a dovecot under a temporary folder ($B, removed on exit), the dev
# corpus's letters ($corpus) as the school mail, and a ptraild config
# ($B/p.conf) that watches the corpus's school domains.
# Sourced after N (the number of messages) is set.
. "$PTRAIL_TOP/tests/integration/lib/dovecot.sh"

bench_start() {		# bench_start NAME
	B=$(mktemp -d /tmp/ptrail-$1.XXXXXX)
	chmod 755 "$B"
	trap 'dovecot_stop "$B/dv" 2>/dev/null; rm -rf "$B"' EXIT
	mkdir -p "$B/dv"
	dovecot_start "$B/dv" >/dev/null

	corpus="$PTRAIL_TOP/../shared/corpus/dev"
	[ -d "$corpus" ] || corpus="$PTRAIL_TOP/tests/demo/mail"
	bench_conf
}

# mailbox: Maildir files written directly, dovecot indexes them
bench_fill() {	# bench_fill PERCENT_SCHOOL (of $N messages)
	md="$B/dv/home/parent/Maildir"
	rm -rf "$md"; mkdir -p "$md/cur" "$md/new" "$md/tmp"
	/usr/bin/python3 - "$md/cur" "$corpus" "$N" "$1" <<'PY'
import sys, os, glob, random, base64, re
out, corpus, n, pct = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
random.seed(42)
school = [open(f, "rb").read().replace(b"\r\n", b"\n") for f in sorted(glob.glob(corpus + "/*.eml"))]
words = b"homework lunch bus meeting reading class friday notice trip photo ".split()
for i in range(n):
    if random.randrange(100) < pct:
        m = school[i % len(school)]
        m = re.sub(rb"(?mi)^Message-ID:.*$", b"Message-ID: <bench%d@school.test>" % i, m, count=1)
    else:
        body = b" ".join(random.choice(words) for _ in range(random.randint(50, 1500)))
        m = (b"From: Shop %d <news%d@shop.example>\nTo: parent@family.example\n"
             b"Subject: offer %d\nDate: Mon, 2 Mar 2026 10:00:00 +0800\n"
             b"Message-ID: <o%d@shop.example>\nMIME-Version: 1.0\n" % (i, i, i, i))
        if random.randrange(4) == 0:
            att = base64.encodebytes(os.urandom(random.randint(20000, 200000)))
            m += (b"Content-Type: multipart/mixed; boundary=B\n\n--B\nContent-Type: text/plain\n\n"
                  + body + b"\n--B\nContent-Type: application/pdf\nContent-Transfer-Encoding: base64\n"
                  b"Content-Disposition: attachment; filename=a.pdf\n\n" + att + b"--B--\n")
        else:
            m += b"Content-Type: text/plain\n\n" + body + b"\n"
    open(os.path.join(out, "%d.bench%d:2," % (1700000000 + i, i)), "wb").write(m)
PY
	chown -R "$(stat -c %u "$B/dv/home")" "$md"
	# let dovecot index it once, so no tool pays for that first
	imap_cmd "$B/dv" 'M.select("INBOX")' >/dev/null
}

bench_conf() {
	domains=$(grep -h -i -m1 '^From:' "$corpus"/*.eml | sed -n 's/.*@\([A-Za-z0-9.-]*\).*/domains = \1/p' | sort -u)
	{ account_conf "$B/dv"; cat <<EOF
[school]
$domains
[ledger]
path = $B/data/ledger.db
[feed]
path = $B/data/calendar.ics
EOF
	} > "$B/p.conf"
}
