# fakeimap.py PORT MODE — a scripted IMAP server on 127.0.0.1, one
# connection at a time: enough of RFC 3501 (plain text, LOGIN) for ptraild
# to log in, select INBOX, search and fetch one letter, UID 1. The body's
# literal announces 1,000,000 bytes and 200 are sent; then MODE "cut"
# closes the connection, MODE "stall" sends nothing more and keeps it open.
import socket, sys, time
port, mode = int(sys.argv[1]), sys.argv[2]
ls = socket.socket()
ls.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
ls.bind(("127.0.0.1", port))
ls.listen(4)

def serve(c):
    f = c.makefile("rb")
    def send(s):
        c.sendall(s.encode() if isinstance(s, str) else s)
    send("* OK [CAPABILITY IMAP4rev1 IDLE] fake ready\r\n")
    while True:
        line = f.readline()
        if not line:
            return
        line = line.decode(errors="replace").rstrip("\r\n")
        tag, _, rest = line.partition(" ")
        cmd = rest.split(" ")[0].upper()
        arg = rest[len(cmd):].strip()
        if cmd == "CAPABILITY":
            send("* CAPABILITY IMAP4rev1 IDLE\r\n%s OK done\r\n" % tag)
        elif cmd == "LOGIN":
            send("%s OK logged in\r\n" % tag)
        elif cmd == "LIST":
            send('* LIST () "/" INBOX\r\n%s OK done\r\n' % tag)
        elif cmd == "SELECT":
            send("* 1 EXISTS\r\n* OK [UIDVALIDITY 7] v\r\n* OK [UIDNEXT 2] n\r\n%s OK [READ-WRITE] done\r\n" % tag)
        elif cmd == "UID" and "SEARCH" in arg.upper():
            send("* SEARCH 1\r\n%s OK done\r\n" % tag)
        elif cmd == "UID" and "BODY.PEEK[" in arg.upper():
            send("* 1 FETCH (UID 1 BODY[] {1000000}\r\n")
            send(b"From: x@school.example\r\n" + b"y" * 174 + b"\r\n")
            if mode == "stall":
                time.sleep(3600)
            c.close()
            return
        elif cmd == "UID" and "FETCH" in arg.upper():
            send("* 1 FETCH (UID 1 RFC822.SIZE 1000000)\r\n%s OK done\r\n" % tag)
        elif cmd == "LOGOUT":
            send("* BYE bye\r\n%s OK done\r\n" % tag)
            return
        else:
            send("%s OK done\r\n" % tag)

while True:
    c, _ = ls.accept()
    try:
        serve(c)
    except OSError:
        pass
    try:
        c.close()
    except OSError:
        pass
