#!/usr/bin/python3
"""A real SMTP server for ptrail's tests (Debian's python3-aiosmtpd).

usage: smtpd.py DIR PORT CERT KEY

Listens on 127.0.0.1:PORT with STARTTLS required before AUTH (PLAIN,
LOGIN; user "parent", password "secret"; any other is refused with 535).
Every accepted message is written to DIR/NNN.eml with its envelope in
DIR/NNN.env. A recipient whose local part is "tempfail" is answered 451
the first time (then accepted), "reject" always 550.
"""
import asyncio, os, ssl, sys, itertools
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword

outdir, port, cert, key = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4]
counter = itertools.count(1)
tempfailed = set()

class Handler:
    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        local = address.split("@")[0]
        if local == "tempfail" and address not in tempfailed:
            tempfailed.add(address)
            return "451 4.3.0 try again later"
        if local == "reject":
            return "550 5.1.1 no such user here"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        n = next(counter)
        with open(os.path.join(outdir, "%03d.eml" % n), "wb") as f:
            f.write(envelope.original_content)
        with open(os.path.join(outdir, "%03d.env" % n), "w") as f:
            f.write("from %s\n" % envelope.mail_from)
            for r in envelope.rcpt_tos:
                f.write("rcpt %s\n" % r)
        return "250 OK queued as %d" % n

def authenticator(server, session, envelope, mechanism, auth_data):
    ok = isinstance(auth_data, LoginPassword) and \
        auth_data.login == b"parent" and auth_data.password == b"secret"
    # handled=False: aiosmtpd answers a refusal with 535 itself (with the
    # default, handled=True, it answers nothing and the client waits)
    return AuthResult(success=ok, handled=False)

ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
ctx.load_cert_chain(cert, key)
c = Controller(Handler(), hostname="127.0.0.1", port=port, tls_context=ctx,
               require_starttls=True, authenticator=authenticator,
               auth_require_tls=True, server_hostname="localhost")
c.start()
open(os.path.join(outdir, "ready"), "w").close()
try:
    asyncio.get_event_loop().run_forever()
except KeyboardInterrupt:
    pass
finally:
    c.stop()
