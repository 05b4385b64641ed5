# relay.py LISTEN_PORT TARGET_PORT LOG [many] — a TCP relay on 127.0.0.1
# that records what the client sends. Tests read which IMAP commands the
# daemon used on a plain-text session (one connection), or kill the relay
# in the middle of a fetch to play a server that hangs up ("many": serve
# every connection until killed).
import socket
import sys
import threading

listen_port, target_port = int(sys.argv[1]), int(sys.argv[2])
log = open(sys.argv[3], "ab", 0)
many = len(sys.argv) > 4 and sys.argv[4] == "many"
ls = socket.socket()
ls.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
ls.bind(("127.0.0.1", listen_port))
ls.listen(8)
ls.settimeout(None if many else 30)


def pump(src, dst, record):
    while True:
        try:
            data = src.recv(65536)
        except OSError:
            break
        if not data:
            break
        if record:
            log.write(data)
        try:
            dst.sendall(data)
        except OSError:
            break
    try:
        dst.shutdown(socket.SHUT_WR)
    except OSError:
        pass


def serve(client):
    server = socket.create_connection(("127.0.0.1", target_port))
    threading.Thread(target=pump, args=(server, client, False), daemon=True).start()
    pump(client, server, True)


if many:
    while True:
        c, _ = ls.accept()
        threading.Thread(target=serve, args=(c,), daemon=True).start()
else:
    c, _ = ls.accept()
    serve(c)
