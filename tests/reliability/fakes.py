"""Misbehaving SPARQL servers: real HTTP servers on loopback that count what reached them."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


@dataclass
class Fake:
    """What the fake server does and what it saw."""

    mode: str  # "slow", "garbage", "garbage-500", "truncated", "listen"
    delay: float = 0.0
    requests: list[tuple[str, str]] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)
    port: int = 0

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/query"

    def count(self) -> int:
        with self.lock:
            return len(self.requests)


def _handler(fake: Fake) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, format: str, *args: object) -> None:
            """Quiet: the test reads ``fake.requests`` instead."""

        def _any(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            if length:
                self.rfile.read(length)
            with fake.lock:
                fake.requests.append((self.command, self.path))
            if fake.mode == "slow":
                time.sleep(fake.delay)
                body = b'{"head":{"vars":[]},"results":{"bindings":[]}}'
                status, media = 200, "application/sparql-results+json"
            elif fake.mode == "garbage":
                body = b"\x00\xffthis is not SPARQL {{{ <html>"
                status, media = 200, self.headers.get("Accept", "application/sparql-results+json").split(",")[0]
            elif fake.mode == "garbage-500":
                body = b"<html>Internal oops</html>"
                status, media = 500, "text/html"
            elif fake.mode == "truncated":
                body = (
                    b'{"head":{"vars":["g","n"]},"results":{"bindings":[{"g":{"type":"uri","value":"http://x/'
                )
                status, media = 200, "application/sparql-results+json"
            else:  # listen: a loopback service that must never be reached
                body = b"reached"
                status, media = 200, "text/plain"
            try:
                self.send_response(status)
                self.send_header("Content-Type", media)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)
            except (BrokenPipeError, ConnectionResetError):
                pass

        do_GET = do_POST = do_PUT = do_DELETE = _any

    return Handler


@contextmanager
def fake_server(mode: str, delay: float = 0.0) -> Iterator[Fake]:
    """Run a :class:`Fake` on a free loopback port for the ``with`` block."""
    fake = Fake(mode=mode, delay=delay)
    server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(fake))
    server.daemon_threads = True
    fake.port = server.server_address[1]
    thread = threading.Thread(target=server.serve_forever, name=f"fake-{mode}", daemon=True)
    thread.start()
    try:
        yield fake
    finally:
        server.shutdown()
        server.server_close()


def closed_port() -> int:
    """A loopback port with nothing listening (bound, then released)."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])
