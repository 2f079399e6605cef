#!/usr/bin/env python3
"""A real SMTP listener for tests (Debian's python3-aiosmtpd) that keeps what it receives.

Each message goes to MAIL_DIR/N.eml (the DATA as received) and MAIL_DIR/N.json (envelope:
mail_from, rcpt_tos, the AUTH login, whether the session was under TLS).
MODE starttls: offers STARTTLS with CERT/KEY, requires it before MAIL and before AUTH,
                AUTH LOGIN and PLAIN with USER/PASSWORD only.
MODE plain:     no STARTTLS at all (a server a careful client must refuse), same AUTH.
usage: smtp.py MODE PORT MAIL_DIR CERT KEY USER PASSWORD [MECHANISMS]
MECHANISMS (e.g. LOGIN): offer only these AUTH mechanisms of LOGIN and PLAIN (default both).
"""
import json
import os
import ssl
import sys
import threading

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult

mode, port, mail_dir, cert, key, user, password = sys.argv[1:8]
offered = sys.argv[8].upper().split(",") if len(sys.argv) > 8 and sys.argv[8] else ["LOGIN", "PLAIN"]
lock = threading.Lock()
count = [0]


def authenticate(server, session, envelope, mechanism, auth_data):
    ok = auth_data.login == user.encode() and auth_data.password == password.encode()
    if ok:
        session.opsdeck_mechanism = mechanism
    return AuthResult(success=ok, handled=False, auth_data=auth_data)


class Keep:
    async def handle_DATA(self, server, session, envelope):
        with lock:
            count[0] += 1
            n = count[0]
        base = os.path.join(mail_dir, str(n))
        with open(base + ".eml", "wb") as f:
            f.write(envelope.original_content or envelope.content)
        data = session.auth_data
        login = data.login.decode() if data is not None and hasattr(data, "login") else None
        with open(base + ".json", "w", encoding="utf-8") as f:
            json.dump({"mail_from": envelope.mail_from, "rcpt_tos": envelope.rcpt_tos, "login": login,
                       "mechanism": getattr(session, "opsdeck_mechanism", None),
                       "tls": session.ssl is not None}, f)
        return "250 OK kept"


kwargs = dict(authenticator=authenticate, auth_required=True,
              auth_exclude_mechanism=[m for m in ("LOGIN", "PLAIN") if m not in offered])
if mode == "starttls":
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(cert, key)
    kwargs.update(tls_context=context, require_starttls=True, auth_require_tls=True)
else:
    kwargs.update(auth_require_tls=False)
controller = Controller(Keep(), hostname="127.0.0.1", port=int(port), **kwargs)
controller.start()
print("ready", flush=True)
threading.Event().wait()
