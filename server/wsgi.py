"""``hankegraafi serve``: the app under waitress, one web process with threads.

Why waitress and not a thread-per-connection server: waitress reads every
request (headers and body, chunked or not) in its asynchronous main loop and
hands a request to one of its ``http_threads`` threads only once it has
arrived whole. A client that trickles a byte every few seconds, or opens a
connection and sends nothing, costs a socket and a few bytes of buffer, never
a request thread (issue 16, fault 8). The same loop refuses a body over
``max_request_bytes`` (or ``max_document_bytes`` for uploads) with 413
however it is sent. The process is alone (no arbiter and worker pair), so a
SIGKILL frees the port and the store lock at once; the query workers watch
for their parent and end with it (``pool.py``).

One web process owns the query pool, the rate-limit buckets and the result
cache; the CPU-heavy work happens in the pool's worker processes (see
server/README.md). Flask's own server and debug mode are never used.
"""

from __future__ import annotations

import logging
import signal
import socket
import threading
import time
from collections.abc import Callable, Iterable
from typing import Any

from hankegraafi.server import handoff
from hankegraafi.settings import Config

log = logging.getLogger(__name__)
access_log = logging.getLogger("hankegraafi.access")

#: Request line and header fields together (431 above); a GET query longer
#: than this belongs in a POST body.
MAX_HEADER_BYTES = 65_536


def server_settings(config: Config, host: str, port: int) -> dict[str, Any]:
    """waitress's adjustments from our settings (one place, tested)."""
    # waitress buffers a body (to a temporary file) before the app sees it, and
    # has one limit for every route: only a server with write routes (an update
    # token) takes the larger uploads of /ingest; the app holds each route to its own.
    largest_body = int(config.max_request_bytes)
    if str(config.update_token):
        largest_body = max(largest_body, int(config.max_document_bytes))
    return {
        "host": host,
        "port": port,
        "threads": max(2, int(config.http_threads)),
        "connection_limit": int(config.max_connections),
        # Idle connections (keep-alive or silent) are closed after this.
        "channel_timeout": int(float(config.client_timeout)),
        "cleanup_interval": max(1, min(30, int(float(config.client_timeout) / 2))),
        "max_request_header_size": MAX_HEADER_BYTES,
        # 0 means "no limit" in our settings; waitress needs a number.
        "max_request_body_size": largest_body or 1 << 40,
        "asyncore_use_poll": True,  # select() stops at 1 024 descriptors
        "ident": "hankegraafi",
        "expose_tracebacks": False,
        "clear_untrusted_proxy_headers": True,
    }


class AccessLog:
    """One log line per request (client, method, path, status, ms to the headers), as gunicorn's log did.

    Logged when the status is known, so that a streamed or file response
    (dumps) keeps waitress's file wrapper.
    """

    def __init__(self, app: Callable[..., Iterable[bytes]]) -> None:
        self.app = app
        self.last = -1e9  # when the last request began: is the server busy (pages.prerender.Loop)

    def quiet(self) -> float:
        return time.perf_counter() - self.last

    def __call__(self, environ: dict[str, Any], start_response: Callable[..., Any]) -> Iterable[bytes]:
        started = self.last = time.perf_counter()

        def logged_start(status: str, headers: list[tuple[str, str]], exc_info: Any = None) -> Any:
            access_log.info(
                '%s "%s %s" %s %.0f ms',
                environ.get("REMOTE_ADDR", "-"),
                environ.get("REQUEST_METHOD", "-"),
                environ.get("PATH_INFO", "-"),
                status.split(" ", 1)[0],
                (time.perf_counter() - started) * 1000,
            )
            return start_response(status, headers, exc_info)

        return self.app(environ, logged_start)


def create_server(
    app: Callable[..., Iterable[bytes]], config: Config, host: str, port: int, *, lookups: Any = None
) -> Any:
    """waitress's server with two guards of ours against clients that hold connections.

    - a client address holds at most ``max_connections_per_client`` open
      connections; one more is closed as it is accepted;
    - a request must arrive whole within ``client_timeout`` of its first byte:
      waitress closes only *idle* connections, so one that trickles a byte every
      few seconds would keep its slot for ever.

    With ``lookups`` (the app's :class:`~hankegraafi.server.lookups.LookupLane`), a lookup that
    lane answers is answered in waitress's loop as the request arrives (:func:`_loop_answer`),
    not handed to a request thread: for a query of 0.05-0.2 ms the hand-over (a task queued, a
    thread woken, the loop woken again to send) cost more than the query (issue 17).
    """
    from waitress.adjustments import Adjustments
    from waitress.channel import HTTPChannel
    from waitress.server import MultiSocketServer, TcpWSGIServer
    from waitress.task import ThreadedTaskDispatcher

    deadline = float(config.client_timeout)
    per_client = int(config.max_connections_per_client)

    class Channel(HTTPChannel):
        parser_class = _parser_class()
        request_started = 0.0
        #: Close this connection lingering (:meth:`handle_close`): set once an error was answered.
        linger_on_close = False
        #: The monotonic time a lingering close gives up waiting for the client's end; 0 when none.
        lingering = 0.0

        def received(self, data: bytes) -> bool:
            if self.request is None and data:
                self.request_started = time.time()
            done = bool(super().received(data))
            if any(request.error is not None for request in self.requests):
                self.linger_on_close = True
            return done

        def send_continue(self) -> None:
            # waitress answers "100 Continue" to every request with the header, and then marks it
            # incomplete again: one with no body (a GET, Content-Length 0) waited for ever (found by
            # attack, stop 36). A request already whole is answered, with no 100 first (RFC 9110 §10.1.1).
            if self.request is not None and self.request.completed:
                self.request.expect_continue = False
                return
            super().send_continue()

        def handle_close(self) -> None:
            # After an error answer (431, 414, 413, 408) the client may still be sending what we will
            # not read: a close with unread bytes resets the connection, and the client's kernel
            # drops the answer it had not read yet (a 300 kB query string "reset by peer" with no
            # status line). So our side is shut for writing and what comes in is read and dropped
            # until the client closes, or for LINGER_SECONDS at most (as Apache's lingering close).
            if self.linger_on_close and not self.lingering and self.connected:
                try:
                    self.socket.shutdown(socket.SHUT_WR)
                except OSError:
                    pass
                else:
                    self.lingering = time.monotonic() + LINGER_SECONDS
                    self.will_close = self.close_when_flushed = False
                    return
            super().handle_close()

        def readable(self) -> bool:
            if self.lingering:
                if time.monotonic() > self.lingering:
                    super().handle_close()
                    return False
                return True
            return bool(super().readable())

        def writable(self) -> bool:
            if self.lingering:
                return bool(self.will_close)
            return bool(super().writable())

        def handle_read(self) -> None:
            if not self.lingering:
                super().handle_read()
                return
            try:
                data = self.socket.recv(65_536)
            except BlockingIOError:
                return
            except OSError:
                data = b""
            if not data:
                super().handle_close()

        def time_out(self) -> None:
            """Answer 408 to a request whose head arrived but whose body did not within
            ``client_timeout`` (an ``Expect: 100-continue`` that sent none after our 100), then close."""
            self.request = None
            self.linger_on_close = True
            self.will_close = False
            self.close_when_flushed = True
            data = _plain_answer("408 Request Timeout", _timeout_text(deadline), self.server.adj.ident)
            with self.outbuf_lock:
                self.outbufs[-1].append(data)
                self.current_outbuf_count += len(data)
                self.total_outbufs_len += len(data)

    class Server(TcpWSGIServer):
        channel_class = Channel
        #: The loop's thread (set by the first accept, which only the loop runs).
        loop_thread: int | None = None
        #: Lookups answered in the loop (:func:`_loop_answer`; tests read it).
        loop_answers = 0

        def add_task(self, channel: Any) -> None:
            # Called by the loop when a channel's first waiting request is whole (and by a request
            # thread when it has served one and another waits: that one goes to a thread, in order).
            if (
                lookups is not None
                and threading.get_ident() == self.loop_thread
                and _loop_answer(channel, lookups)
            ):
                return
            super().add_task(channel)

        def handle_accept(self) -> None:
            self.loop_thread = threading.get_ident()
            try:
                accepted = self.accept()
            except OSError:
                return
            if accepted is None:
                return
            conn, addr = accepted
            client = addr[0] if isinstance(addr, tuple) else addr
            held = sum(1 for ch in self.active_channels.values() if _client(ch) == client)
            if held >= per_client:
                log.warning("closing a connection from %s: it holds %d already", client, held)
                conn.close()
                return
            try:
                self.set_socket_options(conn)
            except OSError:
                conn.close()
                return
            self.channel_class(self, conn, self.fix_addr(addr), self.adj, map=self._map)

        def maintenance(self, now: float) -> None:
            super().maintenance(now)
            for channel in list(self.active_channels.values()):
                started = getattr(channel, "request_started", 0.0)
                request = channel.request
                if request is not None and not channel.requests and started and now - started > deadline:
                    # A request still incomplete after client_timeout: one whose head is whole waits
                    # for its body (answered 408); one whose head is not is closed unanswered.
                    if request.headers_finished and not request.error and isinstance(channel, Channel):
                        channel.time_out()
                    else:
                        channel.will_close = True

    adj = Adjustments(**server_settings(config, host, port))
    socket_map: dict[int, Any] = {}
    dispatcher = ThreadedTaskDispatcher()
    dispatcher.set_thread_count(adj.threads)
    servers = [
        Server(app, socket_map, True, None, dispatcher=dispatcher, adj=adj, sockinfo=info)
        for info in adj.listen
    ]
    if len(servers) == 1:
        return servers[0]
    listen = [(sv.effective_host, sv.effective_port) for sv in servers]
    return MultiSocketServer(socket_map, adj, listen, dispatcher, servers[-1].log_info)


#: Seconds a connection closed after an error answer waits for the client's end (Channel.handle_close).
LINGER_SECONDS = 2.0


def _parser_class() -> Any:
    from waitress.parser import HTTPRequestParser
    from waitress.utilities import RequestHeaderFieldsTooLarge

    too_long = _uri_too_long_class()

    class Parser(HTTPRequestParser):
        """waitress's parser, but a request line over the header limit is a 414 naming the parameter
        that made it long (``?query=`` of 300 kB was a 431 "exceeds max_header", or a reset)."""

        def received(self, data: bytes) -> int:
            seen = self.header_plus if self.body_rcv is None else b""
            consumed = int(super().received(data))
            error: Any = getattr(self, "error", None)
            if isinstance(error, RequestHeaderFieldsTooLarge):
                head = seen + data[: MAX_HEADER_BYTES + 1]
                line_end = head.find(b"\n", 0, MAX_HEADER_BYTES)
                if line_end < 0:
                    self.error = too_long(_long_uri_text(head[:MAX_HEADER_BYTES]))
                else:  # waitress's own text was English alone and named no field
                    self.error = RequestHeaderFieldsTooLarge(_long_header_text(head[line_end + 1 :]))
            elif error is not None and "\r\n" not in str(getattr(error, "body", "\r\n")):
                error.body = _in_three_languages(error.code, error.body)
            return consumed

    return Parser


def _uri_too_long_class() -> Any:
    from waitress.utilities import Error

    class UriTooLong(Error):
        code = 414
        reason = "URI Too Long"

    return UriTooLong


def _long_uri_text(head: bytes) -> str:
    """What a 414 says: the limit, and which parameter of the cut request line was long (fi/sv/en)."""
    from urllib.parse import unquote_plus

    target = head.split(b" ", 2)[1] if head.count(b" ") >= 1 else b""
    query = target.partition(b"?")[2]
    longest, name = -1, ""
    for pair in query.split(b"&"):
        key, _, value = pair.partition(b"=")
        if len(value) > longest:
            longest, name = len(value), unquote_plus(key.decode("latin-1"))[:80]
    limit, least = _spaced(MAX_HEADER_BYTES), _spaced(longest)
    if name:
        return (
            f"the request line is longer than {limit} bytes: parameter {name!r} is at least {least} bytes "
            "long; send a long query in a POST body (Content-Type: application/sparql-query or "
            "application/x-www-form-urlencoded)\r\n"
            f"pyyntörivi on yli {limit} tavua: parametri {name!r} on vähintään {least} tavua; "
            "lähetä pitkä kysely POST-pyynnön rungossa\r\n"
            f"begäransraden är längre än {limit} byte: parametern {name!r} är minst {least} byte; "
            "skicka en lång fråga i en POST-begärans kropp"
        )
    return (
        f"the request line is longer than {limit} bytes\r\n"
        f"pyyntörivi on yli {limit} tavua\r\n"
        f"begäransraden är längre än {limit} byte"
    )


def _in_three_languages(code: int, english: str) -> str:
    """waitress's own English text of an error of the request's form ("Start line is invalid", "Invalid
    chunk size") and what the error means in Finnish and Swedish (the one handler's summaries,
    ``error.<code>`` of ontology/strings.toml), as every answer of the app explains itself."""
    from hankegraafi.ontology.texts import translate

    key = {400: "error.bad-request", 413: "error.payload-too-large"}.get(code, "error.http-error")
    return "\r\n".join([english, translate(key, "fi"), translate(key, "sv")])


def _long_header_text(fields: bytes) -> str:
    """What a 431 says: the limit, and the longest header field of the cut head (its name, fi/sv/en)."""
    lines = fields.split(b"\n")
    longest = max(lines, key=len) if lines else b""
    name = longest.partition(b":")[0].strip().decode("latin-1")[:80]
    limit = _spaced(MAX_HEADER_BYTES)
    return (
        f"the header fields are longer than {limit} bytes in all; the longest is {name!r}\r\n"
        f"otsakekentät ovat yhteensä yli {limit} tavua; pisin on {name!r}\r\n"
        f"huvudfälten är längre än {limit} byte sammanlagt; det längsta är {name!r}"
    )


def _spaced(n: int) -> str:
    return f"{n:,}".replace(",", " ")


def _timeout_text(seconds: float) -> str:
    return (
        f"the request's body did not arrive within {seconds:g} s (client_timeout)\r\n"
        f"pyynnön runko ei saapunut {seconds:g} sekunnissa\r\n"
        f"begärans kropp kom inte fram inom {seconds:g} s"
    )


def _plain_answer(status: str, text: str, ident: str) -> bytes:
    """The bytes of a text/plain answer that closes the connection, as waitress writes its errors."""
    from waitress.utilities import build_http_date

    body = f"{status.split(' ', 1)[1]}\r\n\r\n{text}\r\n\r\n(generated by {ident})".encode()
    head = (
        f"HTTP/1.1 {status}\r\nConnection: close\r\nContent-Length: {len(body)}\r\n"
        f"Content-Type: text/plain; charset=utf-8\r\nDate: {build_http_date(time.time())}\r\n"
        f"Server: {ident}\r\n\r\n"
    )
    return head.encode("latin-1") + body


def _loop_answer(channel: Any, lane: Any) -> bool:
    """Answer the one waiting request of ``channel`` in waitress's loop if it is a lookup the lane
    answers (``LookupLane._answer`` with ``wait=False``); False leaves it to a request thread.

    Called inside ``HTTPChannel.received`` (which holds the channel's ``requests_lock``) when the
    request became the channel's only one: no thread serves the channel, and anything it wrote is
    in the output buffers, so the answer goes after it, in order. Only a whole HTTP/1.1 request
    that keeps its connection, with no ``Expect``, whose path is ``/sparql``; the bytes are those
    waitress writes for the lane's answer (status line, its headers in waitress's spelling and
    order, ``Server``, ``Date``; ``tests/server/test_loop_lookups.py`` compares them). The lane
    waits for nothing: a running write, or any failure, is a False (the thread then waits as ever).
    """
    request = channel.requests[0] if len(channel.requests) == 1 else None
    if (
        request is None
        or request.error is not None
        or request.version != "1.1"
        or request.path != "/sparql"
        or "EXPECT" in request.headers
        or request.headers.get("CONNECTION", "").lower() == "close"
        or not channel.connected
        or channel.will_close
        or channel.close_when_flushed
    ):
        return False
    from waitress.utilities import build_http_date

    started = time.perf_counter()
    stream = request.get_body_stream()
    environ: dict[str, Any] = {
        "REQUEST_METHOD": request.command.upper(),
        "PATH_INFO": request.path,
        "QUERY_STRING": request.query,
        "REMOTE_ADDR": channel.addr[0],
        "wsgi.input": stream,
    }
    for key, value in request.headers.items():
        environ[key if key in ("CONTENT_TYPE", "CONTENT_LENGTH") else "HTTP_" + key] = value
    try:
        answer = lane._answer(environ, wait=False)
    except Exception:  # the thread's route answers it, in its own words
        log.debug("lookup not answered in the loop", exc_info=True)
        answer = None
    if answer is None:
        stream.seek(0)  # a body the lane read is read again by the request thread
        return False
    status, headers, body = answer
    channel.requests.pop(0)
    request.close()
    named = [(_SPELLED.get(name) or _spell(name), value) for name, value in headers]
    named += [("Server", channel.server.adj.ident), ("Date", _http_date(build_http_date))]
    head = "\r\n".join(
        [f"HTTP/1.1 {status}", *(f"{name}: {value}" for name, value in sorted(named, key=_first))]
    )
    data = (head + "\r\n\r\n").encode("latin-1") + body
    channel.server.loop_answers += 1  # before it is sent (a test reads it once answered)
    with channel.outbuf_lock:
        channel.outbufs[-1].append(data)
        channel.current_outbuf_count += len(data)
        channel.total_outbufs_len += len(data)
        channel._flush_exception(channel._flush_some)
    channel.last_activity = time.time()
    access_log.info(
        '%s "%s %s" %s %.0f ms',
        environ["REMOTE_ADDR"],
        environ["REQUEST_METHOD"],
        request.path,
        status.split(" ", 1)[0],
        (time.perf_counter() - started) * 1000,
    )
    return True


def _first(header: tuple[str, str]) -> str:
    return header[0]


#: A header name as waitress writes it (``x-hankegraafi-rows`` → ``X-Hankegraafi-Rows``), by name:
#: spelled per answer, the lane's dozen names were a sixth of a lookup's CPU in the loop.
_SPELLED: dict[str, str] = {}


def _spell(name: str) -> str:
    spelled = _SPELLED[name] = "-".join(part.capitalize() for part in name.split("-"))
    return spelled


#: The ``Date`` value of the current second (waitress writes one per answer).
_DATE: list[Any] = [0, ""]


def _http_date(build: Callable[[float], str]) -> str:
    now = time.time()
    second = int(now)
    if _DATE[0] != second:
        _DATE[:] = [second, build(now)]
    return str(_DATE[1])


def _client(channel: Any) -> Any:
    addr = getattr(channel, "addr", None)
    return addr[0] if isinstance(addr, tuple) else addr


class PortInUse(OSError):
    """The address to serve on is taken: said in one line, before any query worker starts."""


def check_port(host: str, port: int) -> None:
    """Bind ``host:port`` once and let go, as waitress will (SO_REUSEADDR); :class:`PortInUse` if taken.

    Without it a busy port was found only after the app and its query workers
    had started (about 12 s), and waitress's own retries were printed first.
    """
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except OSError:
        return  # an unknown host: waitress says so itself
    family, kind, proto, _, address = infos[0]
    with socket.socket(family, kind, proto) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind(address)
        except OSError as exc:
            busy = PortInUse(
                f"{host}:{port} is already in use, choose another with --port "
                "(portti on jo käytössä / porten används redan)"
            )
            busy.errno = exc.errno
            raise busy from exc


class OncePer(logging.Filter):
    """Let a logger's records through at most once per ``seconds`` (the rest are counted in the next).

    waitress warns "Task queue depth is N" for every request that finds all threads busy: under a
    load test that was a formatted, written line per request in the one web process."""

    def __init__(self, seconds: float) -> None:
        super().__init__()
        self.seconds = seconds
        self.last = -seconds
        self.held = 0

    def filter(self, record: logging.LogRecord) -> bool:
        now = time.monotonic()
        if now - self.last < self.seconds:
            self.held += 1
            return False
        if self.held:
            record.msg = f"{record.msg} ({self.held} more such warnings in the last {self.seconds:g} s)"
        self.last, self.held = now, 0
        return True


def serve(config: Config, host: str, port: int) -> None:
    """Build the app, bind, and serve until SIGTERM or SIGINT; the query pool is closed on the way out."""
    from hankegraafi.processes import LOCAL_RESIDENT_MB, fewer_malloc_arenas, trim_heap_every
    from hankegraafi.server.app import create_app
    from hankegraafi.server.lookups import LookupLane

    fewer_malloc_arenas()  # before the request threads start
    check_port(host, port)
    from hankegraafi.logsetup import configure as configure_logging

    configure_logging(logging.INFO, "%(asctime)s %(levelname)s %(name)s: %(message)s")
    logging.getLogger("waitress.queue").addFilter(OncePer(30.0))
    app = create_app(config)
    # The cheapest /sparql lookups are answered before Flask (server/lookups.py), in waitress's
    # loop as they arrive (_loop_answer), else by the lane in a request thread.
    lane = LookupLane(app, app)
    logged = AccessLog(lane)
    server = create_server(logged, config, host, port, lookups=lane)
    token = None
    if not config.store_is_remote:  # the command line's writes come through us (server/handoff.py)
        from hankegraafi.server.auth import HANDOFF_TOKEN

        token = handoff.announce(config.store_path, handoff.loopback_url(host, port))
        app.config[HANDOFF_TOKEN] = token

    def stop(signum: int, _frame: object) -> None:
        log.info("signal %d: stopping", signum)
        raise SystemExit(0)

    signal.signal(signal.SIGTERM, stop)
    signal.signal(signal.SIGINT, stop)
    runner = app.extensions["hankegraafi"].runner
    trim_heap_every(
        before=lambda: runner.bound_local(LOCAL_RESIDENT_MB) if hasattr(runner, "bound_local") else None
    )
    from hankegraafi.server.pages import wait_warm

    wait_warm(app, 30.0)  # what the first page needs, read before the first request (server/pages)
    # The socket is bound (create_server): said before the background work below starts and logs its own lines.
    log.info("serving %s on http://%s:%d/sparql", config.store, host, port)
    log.info("Listening at: http://%s:%d", host, port)
    from hankegraafi.server import rebuild

    rebuild.start(app.extensions["hankegraafi"].runner, config)  # a stale store's derived graphs, aside
    from hankegraafi.server.pages import prerender

    ahead = prerender.start(app, config, logged.quiet)  # the browsed pages, for the data now (pages/bodies.py)
    try:
        server.run()
    finally:
        if ahead is not None:
            ahead.stop()
        if token is not None:
            handoff.withdraw(config.store_path, token)
        server.close()
        pool = app.extensions["hankegraafi"].runner
        pool.close()
