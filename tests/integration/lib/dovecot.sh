# tests/integration/lib/dovecot.sh — a real dovecot on 127.0.0.1 for one
# test run: generated config, throw-away CA (ca.sh), unprivileged ports,
# one user "parent" with password "secret", Maildir under $1.
#
#   . tests/integration/lib/dovecot.sh
#   dovecot_start DIR      -> sets DOVECOT_IMAP (STARTTLS) and DOVECOT_IMAPS
#                             ($DOVECOT_SENT names the \Sent folder: "Sent")
#   dovecot_stop DIR
#   imap_append DIR FOLDER FILE...   (APPEND over TLS, no flags)
#   imap_cmd DIR PYCODE              (run python with an imaplib session M)
#   account_conf DIR [NAME]          (print the [account] section for it)
#
# dovecot's login processes refuse to run as root, so under root (CI) the
# whole server runs as nobody; otherwise as the calling user.
. "$PTRAIL_TOP/tests/integration/lib/ca.sh"

free_port() {
	/usr/bin/python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'
}

dovecot_start() {
	_d=$1
	mkdir -p "$_d/run" "$_d/state" "$_d/home/parent"
	[ -f "$_d/ca.pem" ] || make_ca "$_d" || return 1
	if [ "$(id -u)" = 0 ]; then
		_user=nobody; _group=$(id -gn nobody)
	else
		_user=$(id -un); _group=$(id -gn)
	fi
	_uid=$(id -u "$_user"); _gid=$(id -g "$_user")
	DOVECOT_IMAP=$(free_port); DOVECOT_IMAPS=$(free_port)
	echo "parent:{PLAIN}secret::::::" > "$_d/users"
	cat > "$_d/dovecot.conf" <<EOF
base_dir = $_d/run
state_dir = $_d/state
log_path = $_d/dovecot.log
protocols = imap
listen = 127.0.0.1
ssl = yes
ssl_cert = <$_d/server.pem
ssl_key = <$_d/server.key
disable_plaintext_auth = no
auth_mechanisms = plain login
default_login_user = $_user
default_internal_user = $_user
default_internal_group = $_group
passdb {
  driver = passwd-file
  args = scheme=PLAIN username_format=%u $_d/users
}
userdb {
  driver = static
  args = uid=$_uid gid=$_gid home=$_d/home/%u
}
mail_location = maildir:~/Maildir
namespace inbox {
  inbox = yes
  mailbox "${DOVECOT_SENT:-Sent}" {
    special_use = \\Sent
    auto = create
  }
}
imap_logout_format = in=%i out=%o
imap_idle_notify_interval = ${DOVECOT_IDLE_NOTIFY:-2 mins}
service anvil {
  chroot =
}
service imap-login {
  chroot =
  inet_listener imap {
    address = 127.0.0.1
    port = $DOVECOT_IMAP
  }
  inet_listener imaps {
    address = 127.0.0.1
    port = $DOVECOT_IMAPS
    ssl = yes
  }
}
service stats {
  unix_listener stats-reader {
    user = $_user
  }
  unix_listener stats-writer {
    user = $_user
  }
}
EOF
	chown -R "$_user:$_group" "$_d/run" "$_d/state" "$_d/home" 2>/dev/null
	chmod 0644 "$_d/dovecot.conf" "$_d/users"
	touch "$_d/dovecot.log"; chown "$_user" "$_d/dovecot.log" 2>/dev/null
	if [ "$(id -u)" = 0 ]; then
		runuser -u "$_user" -- /usr/sbin/dovecot -c "$_d/dovecot.conf" || return 1
	else
		/usr/sbin/dovecot -c "$_d/dovecot.conf" || return 1
	fi
	for _i in $(seq 1 50); do
		/usr/bin/python3 -c "import socket; socket.create_connection(('127.0.0.1', $DOVECOT_IMAPS), 1)" 2>/dev/null && return 0
		sleep 0.1
	done
	echo "dovecot did not start:"; cat "$_d/dovecot.log"
	return 1
}

dovecot_stop() {
	_d=$1
	[ -f "$_d/run/master.pid" ] || return 0
	kill "$(cat "$_d/run/master.pid")" 2>/dev/null
	for _i in $(seq 1 50); do
		[ -f "$_d/run/master.pid" ] && kill -0 "$(cat "$_d/run/master.pid")" 2>/dev/null || return 0
		sleep 0.1
	done
}

imap_cmd() {
	_d=$1; shift
	/usr/bin/python3 - "$_d" "$DOVECOT_IMAPS" "$@" <<'PYEOF'
import imaplib, ssl, sys
d, port, code = sys.argv[1], int(sys.argv[2]), sys.argv[3]
ctx = ssl.create_default_context(cafile=d + "/ca.pem")
M = imaplib.IMAP4_SSL("localhost", port, ssl_context=ctx)
M.login("parent", "secret")
exec(code)
M.logout()
PYEOF
}

imap_append() {
	_d=$1; _folder=$2; shift 2
	/usr/bin/python3 - "$_d" "$DOVECOT_IMAPS" "$_folder" "$@" <<'PYEOF'
import imaplib, ssl, sys
d, port, folder, files = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4:]
ctx = ssl.create_default_context(cafile=d + "/ca.pem")
M = imaplib.IMAP4_SSL("localhost", port, ssl_context=ctx)
M.login("parent", "secret")
for f in files:
    data = open(f, "rb").read().replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    typ, _ = M.append(folder, None, None, data)
    assert typ == "OK", (f, typ)
M.logout()
PYEOF
}

# The [account] section of a ptrail.conf for the dovecot in $1: IMAPS,
# its CA, user parent, the password in a 0600 file $1/pw; the parent's
# name is $2 ("Parent" when empty or not given).
account_conf() {
	printf 'secret\n' > "$1/pw"; chmod 600 "$1/pw"
	cat <<EOF
[account]
address = ${2:-Parent} <parent@family.example>
imap = imaps://localhost:$DOVECOT_IMAPS
user = parent
password_file = $1/pw
ca_file = $1/ca.pem
EOF
}
