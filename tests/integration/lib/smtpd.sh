# tests/integration/lib/smtpd.sh — start and stop tests/integration/lib/smtpd.py
#   smtpd_start DIR  (uses DIR/server.pem and key from ca.sh) -> SMTPD_PORT
#   smtpd_stop DIR
smtpd_start() {
	_d=$1
	mkdir -p "$_d/smtp"
	SMTPD_PORT=$(free_port)
	/usr/bin/python3 "$PTRAIL_TOP/tests/integration/lib/smtpd.py" "$_d/smtp" \
		"$SMTPD_PORT" "$_d/server.pem" "$_d/server.key" 2>"$_d/smtpd.log" &
	echo $! > "$_d/smtpd.pid"
	for _i in $(seq 1 50); do
		[ -f "$_d/smtp/ready" ] && return 0
		sleep 0.1
	done
	echo "smtpd did not start:"; cat "$_d/smtpd.log"
	return 1
}

smtpd_stop() {
	[ -f "$1/smtpd.pid" ] && kill "$(cat "$1/smtpd.pid")" 2>/dev/null
	rm -f "$1/smtpd.pid"
}
