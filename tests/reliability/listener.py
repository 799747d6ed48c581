"""A loopback TCP listener that counts the connections made to it.

Placed behind SERVICE, LOAD and FROM in hostile queries: any connection means
an engine followed the query out. It answers each connection with a minimal
HTTP 404 and closes it, so an engine that does connect does not hang.
"""

from __future__ import annotations

import contextlib
import socket
import threading
from types import TracebackType


class CountingListener:
    """Listens on 127.0.0.1 only; ``count`` is the number of connections accepted so far."""

    def __init__(self) -> None:
        self.sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self.sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(64)
        self.port = int(self.sock.getsockname()[1])
        self.count = 0
        self.lock = threading.Lock()
        self.closed = False
        self.thread = threading.Thread(target=self._serve, name="counting-listener", daemon=True)
        self.thread.start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/"

    def _serve(self) -> None:
        while not self.closed:
            try:
                conn, _ = self.sock.accept()
            except OSError:
                return
            with self.lock:
                self.count += 1
            try:
                conn.settimeout(1)
                with contextlib.suppress(OSError):
                    conn.recv(65536)
                conn.sendall(b"HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")
            except OSError:
                pass
            finally:
                conn.close()

    def close(self) -> None:
        self.closed = True
        self.sock.close()

    def __enter__(self) -> CountingListener:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()
