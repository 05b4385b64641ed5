#!/bin/sh
# sd_notify.sh — ptraild speaks systemd's notify protocol itself
# (daemon/notify.c, not libsystemd): under Type=notify it sends READY=1
# after its first sync, a STATUS= line naming the letters it read,
# WATCHDOG=1 while $WATCHDOG_USEC asks for it, and STOPPING=1 on SIGTERM,
# each one datagram to $NOTIFY_SOCKET, a path or an abstract "@name".
# A listener stands in for systemd and writes down what it receives.
set -u
. "$PTRAIL_TOP/tests/integration/lib/setup.sh"
setup_servers notify smtp
demo_letters
{ mail_account_conf; echo "idle = yes"; school_conf; data_conf; } > "$D/c.conf"
chmod 600 "$D/c.conf"
export PTRAIL_CONFIG="$D/c.conf" PTRAIL_NOW=2026-03-04T20:00:00+08:00

listen() {	# listen ADDRESS LOG: datagrams on ADDRESS, one per line in LOG
	/usr/bin/python3 - "$1" "$2" <<'PY' &
import socket, sys
addr, log = sys.argv[1], sys.argv[2]
s = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
s.bind("\0" + addr[1:] if addr.startswith("@") else addr)
open(log + ".ready", "w").close()
with open(log, "a") as f:
    while True:
        f.write(s.recv(4096).decode() + "\n")
        f.flush()
PY
	also_kill="$also_kill $!"
	n=0
	until [ -f "$2.ready" ]; do
		n=$((n + 1)); [ $n -gt 100 ] && fail "no listener on $1"
		sleep 0.1
	done
}

wait_for() {	# wait_for LOG LINE-PATTERN
	n=0
	until grep -q "$2" "$1" 2>/dev/null; do
		n=$((n + 1)); [ $n -gt 300 ] && fail "no $2 in $1: $(cat "$1" 2>/dev/null)"
		sleep 0.1
	done
}

run_under() {	# run_under ADDRESS LOG: a daemon told to notify ADDRESS
	listen "$1" "$2"
	NOTIFY_SOCKET=$1 WATCHDOG_USEC=2000000 "$PTRAILD" -d 2>>"$D/daemon.log" &
	pid=$!
	wait_for "$2" '^READY=1$'
	wait_for "$2" '^STATUS=synced .*2 new letter'
	wait_for "$2" '^WATCHDOG=1$'
	kill "$pid"; wait "$pid" 2>/dev/null
	pid=
	wait_for "$2" '^STOPPING=1$'
	echo "ok: $1: $(tr '\n' ' ' < "$2" | cut -c1-120)"
}

run_under "$D/notify.sock" "$D/path.log"
rm -rf "$D/data"
run_under "@ptrail-notify-$$" "$D/abstract.log"

# a watchdog meant for another process is not ours to feed
listen "$D/other.sock" "$D/other.log"
rm -rf "$D/data"
NOTIFY_SOCKET=$D/other.sock WATCHDOG_USEC=2000000 WATCHDOG_PID=1 \
    "$PTRAILD" -d 2>>"$D/daemon.log" &
pid=$!
wait_for "$D/other.log" '^READY=1$'
sleep 3
grep -q '^WATCHDOG=1$' "$D/other.log" && fail "WATCHDOG=1 sent for WATCHDOG_PID=1"
echo "ok: no WATCHDOG=1 when WATCHDOG_PID names another process"
exit 0
