#!/bin/sh
# imap_senders.sh — only the school's letters are downloaded. The server's
# SEARCH FROM matches substrings anywhere in the header, so look-alike
# senders are candidates: a display name holding a school address, a
# school domain as a prefix of another, a domain that ends like the
# school's. ptraild fetches their From/Sender first and never their
# bodies. A school letter whose From has an RFC 2047 display name, and one
# from a subdomain of the school's, are stored. A first sync says nothing
# about UIDVALIDITY.
set -u
. "$PTRAIL_TOP/tests/integration/lib/setup.sh"
setup_servers senders
mkdir -p "$D/mail"

letter() {	# letter FILE FROM MSGID PADDING-KB
	{
		printf 'From: %s\nTo: Parent <parent@family.example>\n' "$2"
		printf 'Subject: About the IEP\nDate: Mon, 2 Mar 2026 10:00:00 +0800\n'
		printf 'Message-ID: <%s>\nMIME-Version: 1.0\n' "$3"
		printf 'Content-Type: text/plain; charset=utf-8\n\n'
		printf 'Dear Mrs Lee,\n\nI will send you the draft IEP by 10 March 2026.\n\nMs Wong\n'
		/usr/bin/python3 -c "print(('filler line for size ' * 3 + '\n') * ($4 * 16))"
	} > "$1"
}
# look-alikes: large, so that fetching one would show in the byte count
letter "$D/mail/l1.eml" '"wong@school.edu.hk" <evil@attacker.example>' look1@attacker.example 300
letter "$D/mail/l2.eml" 'Ms Wong <evil@school.edu.hk.attacker.example>' look2@attacker.example 300
letter "$D/mail/l3.eml" 'Ms Wong <evil@evilschool.edu.hk>' look3@attacker.example 300
letter "$D/mail/l4.eml" 'Ms Wong <evil@attacker.example>' look4@attacker.example 300
# genuine letters: small
letter "$D/mail/g1.eml" '=?UTF-8?B?6buD5aSq?= <senco@school.edu.hk>' genuine1@school.edu.hk 0
letter "$D/mail/g2.eml" 'Ms Chan <chan@mail.school.edu.hk>' genuine2@school.edu.hk 0
letter "$D/mail/g3.eml" 'Ms Wong <WONG@School.Edu.HK>' genuine3@school.edu.hk 0
# the look-alike l4 only matches through its body; l1's display name, l2
# and l3 match the server's FROM search
printf '\nschool.edu.hk\n' >> "$D/mail/l4.eml"
{
	account_conf "$D"
	cat <<EOF
timeout = 10
[school]
domains = school.edu.hk
senco = Ms Ho <senco@school.edu.hk>
EOF
	data_conf
} > "$D/ptrail.conf"
export PTRAIL_NOW=2026-06-01T10:00:00+08:00

# the ledger exists and INBOX has a row that holds only an error (as after
# a first sync that failed before storing anything): UIDVALIDITY unknown
"$PTRAILD" -c "$D/ptrail.conf" --once 2>"$D/err" || fail "empty run: $(cat "$D/err")"
q "DELETE FROM sync_state; INSERT INTO sync_state (folder, last_error, last_error_at) VALUES ('INBOX', 'an earlier error', 0)"
imap_append "$D" INBOX "$D"/mail/l*.eml "$D"/mail/g*.eml || fail "APPEND"

"$PTRAILD" -c "$D/ptrail.conf" --once 2>"$D/err" || fail "--once exit $? ($(cat "$D/err"))"
[ "$(q "SELECT count(*) FROM messages WHERE message_id LIKE '%attacker.example>'")" = 0 ] || fail "look-alike letters stored: $(q "SELECT message_id || ' ' || from_addr FROM messages WHERE message_id LIKE '%attacker%'")"
for g in genuine1 genuine2 genuine3; do
	[ "$(q "SELECT is_school FROM messages WHERE message_id = '<$g@school.edu.hk>'")" = 1 ] || fail "$g not stored as the school's: $(cat "$D/err")"
done
[ "$(q 'SELECT count(*) FROM messages')" = 3 ] || fail "stored $(q 'SELECT count(*) FROM messages') letters, want 3"
grep -q "INBOX: 3 school message(s) found, 3 new" "$D/err" || fail "the log counts look-alikes as school mail: $(cat "$D/err")"
grep -q "UIDVALIDITY changed" "$D/err" && fail "a first sync logged a UIDVALIDITY change: $(cat "$D/err")"
# the server sent headers of the candidates, never their bodies (each
# look-alike is over 300 KB)
out=$(grep -o 'out=[0-9]*' "$D/dovecot.log" | tail -1 | cut -d= -f2)
[ "$out" -lt 100000 ] || fail "the server sent $out bytes: a look-alike was downloaded"
# the candidates are not looked at again on the next sync
"$PTRAILD" -c "$D/ptrail.conf" -d --once 2>"$D/err2" || fail "second run"
grep -q "not the school: not fetched" "$D/err2" && fail "the look-alikes were examined again: $(cat "$D/err2")"
[ "$(q 'SELECT count(*) FROM messages')" = 3 ] || fail "second run changed the count"
echo "ok: 4 look-alike senders not downloaded (server sent $out bytes); 3 school letters stored (RFC 2047 name, subdomain, upper case)"
