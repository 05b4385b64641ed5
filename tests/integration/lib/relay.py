# relay.py LISTEN_PORT TARGET_PORT LOG — a one-connection TCP relay on
# 127.0.0.1 that records what the client sends (tests read which IMAP
# commands the daemon used on a plain-text session).
import socket
import sys
import threading

listen_port, target_port = int(sys.argv[1]), int(sys.argv[2])
log = open(sys.argv[3], "ab", 0)
ls = socket.socket()
ls.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
ls.bind(("127.0.0.1", listen_port))
ls.listen(1)
ls.settimeout(30)
client, _ = ls.accept()
server = socket.create_connection(("127.0.0.1", target_port))


def pump(src, dst, record):
    while True:
        data = src.recv(65536)
        if not data:
            break
        if record:
            log.write(data)
        dst.sendall(data)
    try:
        dst.shutdown(socket.SHUT_WR)
    except OSError:
        pass


threading.Thread(target=pump, args=(server, client, False), daemon=True).start()
pump(client, server, True)
