#!/bin/sh
# conn_errors.sh — a connection that fails says why in words (issue 18),
# against real ports: a closed port, a name that does not resolve
# (nosuch.invalid, RFC 6761), dovecot's plain port asked for TLS and its
# TLS port asked for plain IMAP, a port that accepts and never greets, a
# certificate for another name, one from a CA not trusted, a login
# refused; each as ptraild's log line and as `ptrail status` shows it.
# Then the SMTP side, the same words from libcurl's codes, in the log and
# in `ptrail status` (its certificate
# and login words are not tried here: one ca_file serves both, a round
# whose IMAP side fails sends nothing, and the test server answers a wrong
# login by waiting, not refusing). No "libetpan error" and no bare
# "Couldn't connect to server" reaches the log.
set -u
. "$PTRAIL_TOP/tests/integration/lib/dovecot.sh"
. "$PTRAIL_TOP/tests/integration/lib/smtpd.sh"
D=$TMPDIR/conn
mkdir -p "$D"
gpid=
fail() { echo "FAIL: $*"; [ -n "$gpid" ] && kill "$gpid" 2>/dev/null; smtpd_stop "$D"; dovecot_stop "$D"; exit 1; }
dovecot_start "$D" >/dev/null || fail "dovecot did not start"
smtpd_start "$D" >/dev/null || fail "smtpd did not start"
trap '[ -n "$gpid" ] && kill $gpid 2>/dev/null; smtpd_stop "$D"; dovecot_stop "$D"' EXIT

# a certificate for another name, from the trusted test CA
openssl req -newkey rsa:2048 -nodes -subj "/CN=other.example" -keyout "$D/other.key" \
	-out "$D/other.csr" 2>/dev/null || fail "csr"
printf 'subjectAltName=DNS:other.example\n' > "$D/other.cnf"
openssl x509 -req -in "$D/other.csr" -CA "$D/ca.pem" -CAkey "$D/ca.key" -CAcreateserial \
	-days 2 -extfile "$D/other.cnf" -out "$D/other.pem" 2>/dev/null || fail "cert"
# two listeners: one greets over TLS with that certificate, one never speaks
GPORT=$(free_port); SPORT=$(free_port)
/usr/bin/python3 - "$GPORT" "$SPORT" "$D/other.pem" "$D/other.key" <<'PY' &
import socket, ssl, sys, threading, time
def serve(port, tls):
    s = socket.socket(); s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    s.bind(("127.0.0.1", int(port))); s.listen(8)
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER); ctx.load_cert_chain(sys.argv[3], sys.argv[4])
    while True:
        c, _ = s.accept()
        try:
            if tls:
                c = ctx.wrap_socket(c, server_side=True); c.sendall(b"* OK hello\r\n")
            time.sleep(20)
        except Exception:
            pass
        c.close()
threading.Thread(target=serve, args=(sys.argv[2], False), daemon=True).start()
serve(sys.argv[1], True)
PY
gpid=$!

printf 'secret\n' > "$D/pw"; chmod 600 "$D/pw"
conf() {	# conf IMAP_URL [SMTP_URL] > file
	cat <<EOF
[account]
address = Parent <parent@family.example>
imap = $1
user = parent
password_file = ${PW:-$D/pw}
ca_file = ${CA:-$D/ca.pem}
${2:+smtp = $2}
timeout = 5
folders = INBOX
idle = no
[school]
domains = harbourside.edu.hk
[ledger]
path = $D/data/ledger.db
[feed]
path = $D/data/calendar.ics
EOF
}
# imap URL WORDS: ptraild --once logs WORDS, and `ptrail status` shows them
imap() {
	rm -rf "$D/data"
	conf "$1" > "$D/c.conf"
	"$PTRAILD" -c "$D/c.conf" --once 2> "$D/err"
	grep -qF "$2" "$D/err" || fail "$1: the log lacks '$2': $(cat "$D/err")"
	grep -q "libetpan error" "$D/err" && fail "$1: a libetpan code in the log: $(cat "$D/err")"
	"$PTRAIL" -c "$D/c.conf" status > "$D/status" 2>&1
	grep -F "IMAP connection: last error, " "$D/status" | grep -qF "$2" ||
		fail "$1: status lacks '$2': $(cat "$D/status")"
	echo "ok: $1: $2"
}
n=0
until /usr/bin/python3 -c "import socket; socket.create_connection(('127.0.0.1', $GPORT), 1)" 2>/dev/null; do
	n=$((n + 1)); [ $n -gt 100 ] && fail "the test listeners did not start"; sleep 0.1
done

imap "imap://localhost:1" "nothing listens on localhost:1 (connection refused)"
imap "imaps://nosuch.invalid" "host not found: nosuch.invalid does not resolve"
imap "imaps://127.0.0.1:$DOVECOT_IMAP" "127.0.0.1:$DOVECOT_IMAP speaks plain IMAP, not TLS: use imap:// (STARTTLS) or port 993"
imap "imap://127.0.0.1:$DOVECOT_IMAPS" "127.0.0.1:$DOVECOT_IMAPS speaks TLS, not plain IMAP: use imaps:// or port 143"
imap "imap://127.0.0.1:$SPORT" "127.0.0.1:$SPORT sends no IMAP greeting"
imap "imaps://127.0.0.1:$GPORT" "127.0.0.1: certificate not trusted: it was issued for another name"
CA=$D/other-ca.pem imap "imaps://localhost:$DOVECOT_IMAPS" "localhost: certificate not trusted: it is signed by an authority this machine does not trust"
printf 'wrong\n' > "$D/badpw"; chmod 600 "$D/badpw"
PW=$D/badpw imap "imaps://localhost:$DOVECOT_IMAPS" "localhost: login as parent refused"

# SMTP: a letter comes in, its digest (a notice, approved) goes out
M=$PTRAIL_TOP/tests/demo/mail
imap_append "$D" INBOX "$M/01-senco-plan.eml" || fail APPEND
export PTRAIL_NOW=2026-03-04T20:00:00+08:00
smtp() {	# smtp URL WORDS: ptraild --once logs WORDS
	conf "imaps://localhost:$DOVECOT_IMAPS" "$1" > "$D/c.conf"
	"$PTRAILD" -c "$D/c.conf" --once 2> "$D/err"
	grep -qF "$2" "$D/err" || fail "$1: the log lacks '$2': $(cat "$D/err")"
	grep -q "Couldn't connect to server\|Couldn't resolve" "$D/err" &&
		fail "$1: curl's words alone: $(cat "$D/err")"
	"$PTRAIL" -c "$D/c.conf" status > "$D/status" 2>&1
	grep -F "SMTP connection: last error, " "$D/status" | grep -qF "$2" ||
		fail "$1: status lacks '$2': $(cat "$D/status")"
	echo "ok: $1: $2"
}
rm -rf "$D/data"
smtp "smtp://localhost:1" "nothing listens on localhost:1 (connection refused)"
[ "$(sqlite3 "$D/data/ledger.db" "SELECT count(*) FROM outbox WHERE state = 'approved'")" -ge 1 ] ||
	fail "nothing was waiting to be sent"
smtp "smtp://nosuch.invalid:587" "host not found: nosuch.invalid does not resolve"
smtp "smtps://localhost:$SMTPD_PORT" "localhost:$SMTPD_PORT speaks plain SMTP, not TLS: use smtp:// (STARTTLS) or port 465"
smtp "smtp://localhost:$DOVECOT_IMAPS" "localhost:$DOVECOT_IMAPS speaks TLS, not plain SMTP: use smtps:// or port 587"
echo "ok: every connection error said in words"
