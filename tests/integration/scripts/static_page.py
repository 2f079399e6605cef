#!/usr/bin/env python3
"""Serves one file as the answer to every GET, with HTTP/1.1 keep-alive, on HOST:PORT
(closing after the answer when the request says "Connection: close", as Go's net/http does).

For benchmarks that need thousands of scrape targets: a page captured from a real
node_exporter, served by one asyncio process at a small fraction of node_exporter's
CPU per request and without its limit on parallel requests.
usage: static_page.py FILE PORT [HOST]
"""
import asyncio
import sys

body = open(sys.argv[1], "rb").read()
head = (b"HTTP/1.1 200 OK\r\nContent-Type: text/plain; version=0.0.4; charset=utf-8\r\n"
        b"Content-Length: " + str(len(body)).encode() + b"\r\n\r\n")
answer = head + body
head_close = head[:-2] + b"Connection: close\r\n\r\n"


async def serve(reader, writer):
    try:
        while True:
            request = await reader.readuntil(b"\r\n\r\n")
            if not request:
                break
            close = b"\r\nconnection: close" in request.lower()
            writer.write(head_close + body if close else answer)
            await writer.drain()
            if close:
                break
    except (asyncio.IncompleteReadError, ConnectionError, asyncio.LimitOverrunError):
        pass
    finally:
        writer.close()


async def main():
    host = sys.argv[3] if len(sys.argv) > 3 else "127.0.0.1"
    server = await asyncio.start_server(serve, host, int(sys.argv[2]), backlog=4096)
    async with server:
        await server.serve_forever()


asyncio.run(main())
