# tests/integration/lib/setup.sh — how an integration test against the
# real servers begins, so that a script writes down only what is its own.
#
#   . "$PTRAIL_TOP/tests/integration/lib/setup.sh"
#   setup_servers NAME [smtp]
#       D=$TMPDIR/NAME; a dovecot (dovecot.sh) and, with "smtp", the SMTP
#       server (smtpd.sh) on $SMTPD_PORT. Whatever way the script exits,
#       $pid and $also_kill are killed and the servers stopped.
#   fail MSG...      "FAIL: MSG", the last lines of $FAIL_LOG (by default
#                    $D/daemon.log) when there is one, then exit 1
#   pid=             a daemon the script runs in the background (set it)
#   also_kill=       any other background jobs of the script (set it)
#   $M               tests/demo/mail, the demo's letters
#   demo_letters     APPEND its SENCO plan and its Chinese letter to INBOX
#   mail_account_conf [NAME [FOLDERS]]
#                    account_conf's [account] for dovecot, and the SMTP
#                    server, 10 s timeouts, FOLDERS (INBOX) read, Sent written
#   school_conf      the [school] of the demo letters: its domain, its SENCO
#   data_conf [DIR]  the [ledger] and [feed] files in DIR ($D/data)
#   q SQL            one query on $D/data/ledger.db
. "$PTRAIL_TOP/tests/integration/lib/dovecot.sh"
. "$PTRAIL_TOP/tests/integration/lib/smtpd.sh"

M=$PTRAIL_TOP/tests/demo/mail
pid=
also_kill=
_setup_smtp=

_setup_cleanup() {
	for _p in $pid $also_kill; do kill "$_p" 2>/dev/null; done
	[ -n "$_setup_smtp" ] && smtpd_stop "$D"
	dovecot_stop "$D"
}

fail() {
	echo "FAIL: $*"
	[ -f "${FAIL_LOG:-$D/daemon.log}" ] && tail -5 "${FAIL_LOG:-$D/daemon.log}"
	exit 1	# the EXIT trap cleans up
}

setup_servers() {
	D=$TMPDIR/$1
	mkdir -p "$D"
	trap _setup_cleanup EXIT
	dovecot_start "$D" >/dev/null || fail dovecot
	if [ "${2:-}" = smtp ]; then
		_setup_smtp=1
		smtpd_start "$D" || fail smtpd
	fi
}

demo_letters() {
	imap_append "$D" INBOX "$M/01-senco-plan.eml" \
	    "$M/02-class-teacher-zh.eml" || fail APPEND
}

mail_account_conf() {
	account_conf "$D" "${1:-}"
	cat <<EOF
smtp = smtp://localhost:$SMTPD_PORT
timeout = 10
folders = ${2:-INBOX}
sent_folder = Sent
EOF
}

school_conf() {
	cat <<EOF
[school]
domains = harbourside.edu.hk
senco = Ms Wong Mei Ling <wongml@harbourside.edu.hk>
EOF
}

data_conf() {
	cat <<EOF
[ledger]
path = ${1:-$D/data}/ledger.db
[feed]
path = ${1:-$D/data}/calendar.ics
EOF
}

q() { sqlite3 "$D/data/ledger.db" "$1"; }
