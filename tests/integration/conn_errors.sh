#!/bin/sh
# conn_errors.sh — a connection that fails says why in words (issue 18),
# against real ports: a closed port, a name that does not resolve
# (nosuch.invalid, RFC 6761), dovecot's plain port asked for TLS and its
# TLS port asked for plain IMAP, a port that accepts and never greets, a
# certificate for another name, one from a CA not trusted, a login
# refused, a password file in /root (hidden from the system unit); each
# as ptraild's log line and as `ptrail status` shows it.
# Then the SMTP side, the same words from libcurl's codes, in the log and
# in `ptrail status`, with IMAP working: the closed port, the name, a
# plain port named smtps:// and a TLS port named smtp://, an SMTP server
# (aiosmtpd) whose certificate is for another name, one that is
# self-signed, and a wrong SMTP password (systemd credentials: the IMAP
# one right, the SMTP one wrong). A plain/TLS mismatch, a certificate or
# a login is a configuration error, said so; nothing is sent and the
# outbox row stays queued. No "libetpan error" and no bare "Couldn't
# connect to server" reaches the log.
set -u
. "$PTRAIL_TOP/tests/integration/lib/dovecot.sh"
. "$PTRAIL_TOP/tests/integration/lib/smtpd.sh"
D=$TMPDIR/conn
mkdir -p "$D"
gpid=
fail() { echo "FAIL: $*"; [ -n "$gpid" ] && kill "$gpid" 2>/dev/null; smtpd_stop "$D"; dovecot_stop "$D"; exit 1; }
dovecot_start "$D" >/dev/null || fail "dovecot did not start"
smtpd_start "$D" >/dev/null || fail "smtpd did not start"
extra_stop() { [ -f "$D/smtpd-extra.pid" ] && kill $(cat "$D/smtpd-extra.pid") 2>/dev/null; }
trap '[ -n "$gpid" ] && kill $gpid 2>/dev/null; extra_stop; smtpd_stop "$D"; dovecot_stop "$D"' EXIT

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
conf() {	# conf IMAP_URL [SMTP_URL] > file (PW: the password file; PWCMD: a command instead)
	if [ -n "${PWCMD:-}" ]; then pwline="password_command = $PWCMD"; else pwline="password_file = ${PW:-$D/pw}"; fi
	cat <<EOF
[account]
address = Parent <parent@family.example>
imap = $1
user = parent
$pwline
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
	conf "$1" > "$D/c.conf"; chmod 600 "$D/c.conf"
	"$PTRAILD" -c "$D/c.conf" --once 2> "$D/err"
	rc=$?
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
[ $rc = 78 ] || fail "a plain port named imaps:// exits $rc, not 78 (a configuration error)"
imap "imap://127.0.0.1:$DOVECOT_IMAPS" "127.0.0.1:$DOVECOT_IMAPS speaks TLS, not plain IMAP: use imaps:// or port 143"
[ $rc = 78 ] || fail "a TLS port named imap:// exits $rc, not 78 (a configuration error)"
imap "imap://127.0.0.1:$SPORT" "127.0.0.1:$SPORT sends no IMAP greeting"
imap "imaps://127.0.0.1:$GPORT" "127.0.0.1: certificate not trusted: it was issued for another name"
CA=$D/other-ca.pem imap "imaps://localhost:$DOVECOT_IMAPS" "localhost: certificate not trusted: it is signed by an authority this machine does not trust"
printf 'wrong\n' > "$D/badpw"; chmod 600 "$D/badpw"
PW=$D/badpw imap "imaps://localhost:$DOVECOT_IMAPS" "localhost: login as parent refused"
# a password file, or password_command's file, in a folder the system
# unit hides (ProtectHome=yes): the failure says so (unreadable here too:
# absent, or /root closed to us). The file is refused at start-up, by
# ptraild and `ptrail config check` alike; the command fails at login.
HIDDEN="/root/ptrail-absent/pw is in /root, which the system service (ptraild.service) cannot see: its ProtectHome=yes hides /root"
PW=/root/ptrail-absent/pw conf "imaps://localhost:$DOVECOT_IMAPS" > "$D/c.conf"
"$PTRAILD" -c "$D/c.conf" --once 2> "$D/err"; rc=$?
[ $rc = 78 ] || fail "a password_file in /root: exit $rc, not 78"
grep -qF "$HIDDEN" "$D/err" || fail "ptraild's start-up lacks '$HIDDEN': $(cat "$D/err")"
"$PTRAIL" -c "$D/c.conf" config check > /dev/null 2> "$D/err"
grep -qF "$HIDDEN" "$D/err" || fail "config check lacks '$HIDDEN': $(cat "$D/err")"
echo "ok: password_file in /root: $HIDDEN"
PWCMD="cat /root/ptrail-absent/pw" imap "imaps://localhost:$DOVECOT_IMAPS" "password_command failed or printed nothing (exit status 1); $HIDDEN"

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
# smtp_config URL WORDS: as smtp, and a configuration error: said once,
# nothing sent, the queue as it was
smtp_config() {
	smtp "$1" "$2"
	grep -F "$2" "$D/err" | grep -qF "a configuration error, not a passing one" ||
		fail "$1: not called a configuration error: $(cat "$D/err")"
	[ "$(grep -cF "$2" "$D/err")" = 1 ] || fail "$1: said $(grep -cF "$2" "$D/err") times"
	! grep -q "cannot be reached\|will retry\|failed for good" "$D/err" ||
		fail "$1: retried as an outage: $(cat "$D/err")"
	[ "$(sqlite3 "$D/data/ledger.db" "SELECT count(*) FROM outbox WHERE state <> 'approved'
	    AND kind = 'notice'")" = 0 ] || fail "$1: the digest was marked: $(sqlite3 "$D/data/ledger.db" \
	    "SELECT id, kind, state FROM outbox")"
	[ -z "$(ls "$D"/smtp*/*.eml 2>/dev/null)" ] || fail "$1: a message reached a server"
}
smtp_config "smtps://localhost:$SMTPD_PORT" "localhost:$SMTPD_PORT speaks plain SMTP, not TLS: use smtp:// (STARTTLS) or port 465"
smtp_config "smtp://localhost:$DOVECOT_IMAPS" "localhost:$DOVECOT_IMAPS speaks TLS, not plain SMTP: use smtps:// or port 587"

# the SMTP server's certificate: for another name (signed by the trusted
# CA), then self-signed; the IMAP server's is right
openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj "/CN=localhost" \
	-addext subjectAltName=DNS:localhost,IP:127.0.0.1 -keyout "$D/self.key" \
	-out "$D/self.pem" 2>/dev/null || fail "self-signed cert"
chmod 0644 "$D/other.key" "$D/self.key"
for c in other self; do
	mkdir -p "$D/smtp-$c"
	/usr/bin/python3 "$PTRAIL_TOP/tests/integration/lib/smtpd.py" "$D/smtp-$c" \
		"$(free_port | tee "$D/port-$c")" "$D/$c.pem" "$D/$c.key" 2>"$D/smtpd-$c.log" &
	echo $! >> "$D/smtpd-extra.pid"
done
for c in other self; do
	n=0
	until [ -f "$D/smtp-$c/ready" ]; do n=$((n + 1)); [ $n -gt 100 ] && fail "smtpd ($c) did not start"; sleep 0.1; done
done
smtp_config "smtp://localhost:$(cat "$D/port-other")" "smtp://localhost:$(cat "$D/port-other"): certificate not trusted: it was issued for another name"
smtp_config "smtp://localhost:$(cat "$D/port-self")" "smtp://localhost:$(cat "$D/port-self"): certificate not trusted: it is signed by an authority this machine does not trust"

# a wrong SMTP password: systemd credentials, the IMAP one right
mkdir -p "$D/creds"
printf 'secret\n' > "$D/creds/imap-password"; printf 'wrong\n' > "$D/creds/smtp-password"
CREDENTIALS_DIRECTORY=$D/creds smtp_config "smtp://localhost:$SMTPD_PORT" "smtp://localhost:$SMTPD_PORT: login as parent refused"
echo "ok: every connection error said in words"
