#!/usr/bin/env python3
"""A scriptable HTTP(S) server for the checks' probes (issue 11): each path chooses the answer.

  /status/NNN            status NNN, body "status NNN"
  /body/TEXT             200 with TEXT (URL-decoded) as the body
  /delay/MS              200 after MS milliseconds
  /redirect/NNN          302 to /status/NNN
  /auth                  200 when the request carries Basic USER:PASSWORD (see below), else 401
  /big/BYTES             200 with BYTES bytes of 'x'
  /file/NAME             200 with the file DIR/NAME (e.g. a captured Jenkins answer),
                         404 when there is none
  /job/J/lastBuild/api/json, /job/J/lastCompletedBuild/api/json
                         DIR/J.lastBuild.json, DIR/J.lastCompletedBuild.json (Jenkins's paths)
Every request is logged to DIR/requests.log (method, path, whether an Authorization came).
usage: check_target.py DIR PORT [--cert PEM --key PEM] [--user USER --password PASSWORD]
"""
import argparse
import base64
import os
import ssl
import time
import urllib.parse
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

ap = argparse.ArgumentParser()
ap.add_argument("dir")
ap.add_argument("port", type=int)
ap.add_argument("--cert")
ap.add_argument("--key")
ap.add_argument("--user", default="probe")
ap.add_argument("--password", default="")
args = ap.parse_args()


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, fmt, *a):
        pass

    def answer(self, status, body, headers=None):
        if isinstance(body, str):
            body = body.encode()
        self.send_response(status)
        self.send_header("Content-Type", "text/plain; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        for k, v in (headers or {}).items():
            self.send_header(k, v)
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def file(self, name):
        path = os.path.join(args.dir, os.path.basename(name))
        if not os.path.isfile(path):
            return self.answer(404, "no such file")
        with open(path, "rb") as f:
            self.answer(200, f.read(), {"Content-Type": "application/json"})

    def route(self):
        with open(os.path.join(args.dir, "requests.log"), "a") as log:
            log.write("%s %s auth=%s\n" % (self.command, self.path, "Authorization" in self.headers))
        length = int(self.headers.get("Content-Length") or 0)
        if length:
            self.rfile.read(length)
        parts = [urllib.parse.unquote(p) for p in self.path.split("?")[0].split("/")[1:]]
        head = parts[0] if parts else ""
        arg = parts[1] if len(parts) > 1 else ""
        if head == "status":
            return self.answer(int(arg), "status " + arg)
        if head == "body":
            return self.answer(200, "/".join(parts[1:]))
        if head == "delay":
            time.sleep(int(arg) / 1000.0)
            return self.answer(200, "after " + arg + " ms")
        if head == "redirect":
            return self.answer(302, "moved", {"Location": "/status/" + arg})
        if head == "auth":
            want = "Basic " + base64.b64encode((args.user + ":" + args.password).encode()).decode()
            if self.headers.get("Authorization") == want:
                return self.answer(200, "welcome")
            return self.answer(401, "who are you", {"WWW-Authenticate": 'Basic realm="probe"'})
        if head == "big":
            return self.answer(200, b"x" * int(arg))
        if head == "file":
            return self.file(arg)
        if head == "job" and len(parts) >= 4:
            return self.file("%s.%s.json" % (arg, parts[2]))
        return self.answer(404, "no route")

    do_GET = do_HEAD = do_POST = do_PUT = do_DELETE = route


server = ThreadingHTTPServer(("127.0.0.1", args.port), Handler)
server.daemon_threads = True
if args.cert:
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ctx.load_cert_chain(args.cert, args.key)
    server.socket = ctx.wrap_socket(server.socket, server_side=True)
server.serve_forever()
