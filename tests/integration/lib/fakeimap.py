# fakeimap.py PORT MODE — a scripted IMAP server on 127.0.0.1, one
# connection at a time: enough of RFC 3501 (plain text, LOGIN) for ptraild
# to log in, select INBOX, search and fetch one letter, UID 1. The body's
# literal announces 1,000,000 bytes and 200 are sent; then MODE "cut"
# closes the connection, MODE "stall" sends nothing more and keeps it open.
# MODE "maxuid": the letter has UID 4294967295, which no server may send,
# and is sent whole.
import socket
import sys
import time
port, mode = int(sys.argv[1]), sys.argv[2]
ls = socket.socket()
ls.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
ls.bind(("127.0.0.1", port))
ls.listen(4)

UID = 4294967295 if mode == "maxuid" else 1
HEAD = b"From: Ms Wong <wong@school.example>\r\n\r\n"
LETTER = (b"From: Ms Wong <wong@school.example>\r\nTo: parent@family.example\r\n"
          b"Subject: IEP\r\nMessage-ID: <maxuid@school.example>\r\n"
          b"Date: Mon, 2 Mar 2026 10:00:00 +0800\r\n\r\n"
          b"I will send you the draft IEP by 10 March 2026.\r\n")


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
            # maxuid: no UIDNEXT, so only the UID itself can be judged
            nxt = "" if mode == "maxuid" else "* OK [UIDNEXT 2] n\r\n"
            send("* 1 EXISTS\r\n* OK [UIDVALIDITY 7] v\r\n%s%s OK [READ-WRITE] done\r\n" % (nxt, tag))
        elif cmd == "UID" and "SEARCH" in arg.upper():
            send("* SEARCH %d\r\n%s OK done\r\n" % (UID, tag))
        elif cmd == "UID" and "HEADER.FIELDS" in arg.upper():
            size = len(LETTER) if mode == "maxuid" else 1000000
            send(b"* 1 FETCH (UID %d RFC822.SIZE %d BODY[HEADER.FIELDS (FROM SENDER)] {%d}\r\n"
                 % (UID, size, len(HEAD)) + HEAD + b")\r\n" + tag.encode() + b" OK done\r\n")
        elif cmd == "UID" and "BODY.PEEK[" in arg.upper() and mode == "maxuid":
            send(b"* 1 FETCH (UID %d BODY[] {%d}\r\n" % (UID, len(LETTER)) + LETTER
                 + b")\r\n" + tag.encode() + b" OK done\r\n")
        elif cmd == "UID" and "BODY.PEEK[" in arg.upper():
            send("* 1 FETCH (UID 1 BODY[] {1000000}\r\n")
            send(b"From: x@school.example\r\n" + b"y" * 174 + b"\r\n")  # 200 bytes
            if mode == "stall":
                time.sleep(3600)
            c.close()
            return
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
