#!/usr/bin/python3
# tests/integration/lib/slowloris.py — slow HTTP clients for the feed tests.
#
#   slowloris.py PORT NADDR PERADDR EVERY LIFE READY
#
# Opens PERADDR connections from each of NADDR loopback addresses
# (127.0.1.1, 127.0.1.2, ...), sends a request line, then one header line
# per connection every EVERY seconds, never the blank line that ends the
# headers. A connection the server closes is opened again at once, as an
# attacker would. Touches READY once the first wave is open; stops by
# itself after LIFE seconds and prints how many connections the server
# closed. Loopback only: every address is in 127.0.0.0/8.
import selectors, socket, sys, time

port, naddr, per, every, life, ready = (int(sys.argv[1]), int(sys.argv[2]),
    int(sys.argv[3]), float(sys.argv[4]), float(sys.argv[5]), sys.argv[6])
sel = selectors.DefaultSelector()
closed = 0


def open_one(addr):
    s = socket.socket()
    s.setblocking(False)
    s.bind((addr, 0))
    try:
        s.connect(("127.0.0.1", port))
    except BlockingIOError:
        pass
    except OSError:
        s.close()
        return
    sel.register(s, selectors.EVENT_READ, [addr, b"GET /feed/x.ics HTTP/1.1\r\n"
                                           b"Host: a\r\n"])


def send(key):
    try:
        key.fileobj.send(key.data[1])
        key.data[1] = b"X-Slow: 1\r\n"	# the request line went out
    except OSError:
        pass		# not connected yet: next time


addrs = ["127.0.1.%d" % (i + 1) for i in range(naddr)]
for a in addrs:
    for _ in range(per):
        open_one(a)
open(ready, "w").close()
end = time.time() + life
next_line = time.time()
while time.time() < end:
    for key, _ in sel.select(timeout=0.2):
        try:
            gone = key.fileobj.recv(4096) == b""
        except OSError:
            gone = True
        if gone:		# closed by the server: come back at once
            sel.unregister(key.fileobj)
            key.fileobj.close()
            closed += 1
            open_one(key.data[0])
    if time.time() >= next_line:
        for key in list(sel.get_map().values()):
            send(key)
        next_line = time.time() + every
print("server closed %d slow connection(s)" % closed)
