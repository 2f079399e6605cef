#!/usr/bin/env python3
"""A local HTTP listener that records what webhooks POST to it, for tests.

Every POST is appended to DIR/posts.jsonl as one JSON line {"path", "content_type",
"body"} before it is answered. The answer depends on the path:
  /ok            200
  /fail-once     500 the first time (per path), 200 after
  /always-500    500
  /not-found     404
  /slow          answers after 5 s (for a client's timeout)
GET /ready answers 200 (readiness).
usage: webhook_recorder.py DIR PORT
"""
import http.server
import json
import os
import sys
import threading
import time

record_dir = sys.argv[1]
port = int(sys.argv[2])
lock = threading.Lock()
seen = {}


class Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def answer(self, status, text=b"ok"):
        self.send_response(status)
        self.send_header("Content-Type", "text/plain")
        self.send_header("Content-Length", str(len(text)))
        self.end_headers()
        self.wfile.write(text)

    def do_GET(self):
        self.answer(200 if self.path == "/ready" else 404)

    def do_POST(self):
        length = int(self.headers.get("Content-Length", "0"))
        body = self.rfile.read(length).decode("utf-8", "replace")
        with lock:
            with open(os.path.join(record_dir, "posts.jsonl"), "a", encoding="utf-8") as f:
                f.write(json.dumps({"path": self.path, "content_type": self.headers.get("Content-Type", ""),
                                    "body": body}) + "\n")
            count = seen[self.path] = seen.get(self.path, 0) + 1
        if self.path == "/fail-once" and count == 1 or self.path == "/always-500":
            self.answer(500, b"recorder says no")
        elif self.path == "/not-found":
            self.answer(404, b"no such hook")
        elif self.path == "/slow":
            time.sleep(5)
            self.answer(200)
        else:
            self.answer(200)

    def log_message(self, *args):
        pass


http.server.ThreadingHTTPServer(("127.0.0.1", port), Handler).serve_forever()
