"""Writes from the command line while ``hankegraafi serve`` holds the store: handed to the server.

An embedded store admits one writing process, and a running server holds it.
So that ``hankegraafi ingest`` and ``hankegraafi remove`` still work (issue 17),
``serve`` writes ``<store>.serving.json`` beside the store when it starts: its
process id, its loopback URL and a random token, readable by its owner only
(0600), removed when it stops. The command line, finding the store locked,
reads it and sends the *paths* of the documents to ``POST /ingest/files``; the
server's writer process reads them from disk and ingests them as the command
line would, so a document keeps its file name and therefore its graph IRI.

Both sides are here so that the file's format is written once. The token is
accepted on the two hand-off routes only, never for ``/update`` or
``/graph-store``: whoever can read the file is the server's own user, who
could write the store anyway, and naming server-side paths is allowed to
nobody else (the update token does not admit it).
"""

from __future__ import annotations

import contextlib
import ipaddress
import json
import logging
import os
import re
import secrets
import stat
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

log = logging.getLogger(__name__)

#: Documents per request: the writer stops readers while it writes, so a long
#: batch is cut into requests that let queries in between.
BATCH = 16
#: Most paths one request may name (the route refuses more).
MAX_PATHS = 64
#: How long the command line waits for one batch (the server's own deadline is update_timeout).
REQUEST_TIMEOUT_S = 900.0
#: Tries on 503 (two writes already running or waiting), with the server's Retry-After.
RETRIES = 30
#: Largest serving file read (the real one is about 120 bytes): a planted huge file is not read.
MAX_SERVING_BYTES = 4096


@dataclass(frozen=True)
class Serving:
    """A running server's hand-off address, as read from its file."""

    pid: int
    url: str
    token: str


class HandoffError(Exception):
    """The server could not take the documents; the message names the server and the cause."""


def serving_file(store: Path) -> Path:
    """``<store>.serving.json``, beside the store folder (never inside the engine's own files)."""
    store = store.expanduser().resolve()
    return store.parent / f"{store.name}.serving.json"


def loopback_url(host: str, port: int) -> str:
    """The address a process on this machine reaches the server at."""
    if host in ("", "0.0.0.0", "localhost"):
        host = "127.0.0.1"
    elif host == "::":
        host = "::1"
    if ":" in host:
        host = f"[{host}]"
    return f"http://{host}:{port}"


def announce(store: Path, url: str) -> str:
    """Write the serving file (owner-only) and return its token; a stale file is replaced."""
    token = secrets.token_urlsafe(32)
    target = serving_file(store)
    temporary = target.with_name(f".{target.name}.{os.getpid()}.{secrets.token_hex(4)}")
    # O_EXCL and O_NOFOLLOW: a name planted in the store's folder (a symlink) is never written through.
    fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW, 0o600)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            json.dump({"pid": os.getpid(), "url": url, "token": token}, out)
        os.replace(temporary, target)
    except BaseException:
        # A folder planted under the file's name stops serve with its error; the token goes with it.
        temporary.unlink(missing_ok=True)
        raise
    return token


def withdraw(store: Path, token: str) -> None:
    """Remove the serving file if it is still this server's."""
    target = serving_file(store)
    with contextlib.suppress(OSError, ValueError, AttributeError):
        if json.loads(_read_own(target)).get("token") == token:
            target.unlink()


def _read_own(path: Path) -> str:
    """The serving file's text, if it is a small regular file of this user that nobody else may write.

    Opened without following a link and without blocking, so that a FIFO, a link to ``/dev/zero``
    or a huge file planted under its name never hangs or floods the command line; a file of
    another user, or one that group or others may write, could name a server of theirs and is
    not believed (OSError with the reason)."""
    fd = os.open(path, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise OSError(f"{path} is not a regular file")
        if info.st_uid != os.getuid():
            raise OSError(f"{path} belongs to user {info.st_uid}, not to this user ({os.getuid()})")
        if info.st_mode & (stat.S_IWGRP | stat.S_IWOTH):
            raise OSError(f"{path} may be written by others (mode {stat.S_IMODE(info.st_mode):o})")
        if info.st_size > MAX_SERVING_BYTES:
            raise OSError(f"{path} is {info.st_size} bytes, no serving file")
        return os.read(fd, MAX_SERVING_BYTES + 1).decode("utf-8")
    finally:
        os.close(fd)


def is_loopback(url: str) -> bool:
    """Whether ``url`` is a plain ``http://`` address on this machine's loopback (127.0.0.0/8,
    ::1 or localhost) with a port and nothing else: the only kind the token is ever sent to."""
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError:
        return False
    if parts.scheme != "http" or port is None or parts.username or parts.password:
        return False
    if parts.path not in ("", "/") or parts.query or parts.fragment or parts.hostname is None:
        return False
    if parts.hostname == "localhost":
        return True
    try:
        return ipaddress.ip_address(parts.hostname).is_loopback
    except ValueError:
        return False


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # someone else's process: alive, though its file would not be readable to us
    return True


def find(store: Path) -> Serving | None:
    """The server running on ``store``, or None (no file, unreadable, or its process is gone).

    A file that is not this user's own, or names anything but a loopback URL, is not believed
    (logged): the command line would send the paths, and the token, wherever it points."""
    path = serving_file(store)
    try:
        data = json.loads(_read_own(path))
        pid, url, token = data["pid"], data["url"], data["token"]
    except FileNotFoundError:
        return None
    except (OSError, ValueError, KeyError, TypeError) as exc:
        log.warning("serving file %s ignored: %s", path, exc)
        return None
    if not (isinstance(pid, int) and pid > 0 and isinstance(token, str) and token and isinstance(url, str)):
        log.warning("serving file %s ignored: not a pid, url and token", path)
        return None
    if not is_loopback(url):
        log.warning("serving file %s ignored: %r is not a loopback http:// URL", path, url[:200])
        return None
    if any(c.isspace() or not c.isprintable() for c in token):
        log.warning("serving file %s ignored: its token is not one line of text", path)
        return None
    serving = Serving(pid, url.rstrip("/"), token)
    return serving if _alive(serving.pid) else None


def _batches(items: Sequence[str], size: int) -> Iterator[Sequence[str]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def _post(serving: Serving, route: str, body: dict[str, Any], method: str = "POST") -> dict[str, Any]:
    import requests

    with requests.Session() as session:
        # Straight to the loopback address: an http_proxy in the environment got the token and the
        # paths (requests sends even 127.0.0.1 through it unless no_proxy says otherwise); no .netrc.
        session.trust_env = False
        for _attempt in range(RETRIES):
            try:
                response = session.request(
                    method,
                    serving.url + route,
                    json=body,
                    headers={"Authorization": f"Bearer {serving.token}", "Accept": "application/json"},
                    timeout=REQUEST_TIMEOUT_S,
                    allow_redirects=False,  # our server never redirects; a 307 would carry the paths on
                )
            except requests.ConnectionError as exc:
                # Nothing listens where the file says (a server stopped by SIGKILL whose process id
                # was reused, or one still starting): say so in a line, not requests' retry chain.
                raise HandoffError(
                    f"palvelin ei vastaa / servern svarar inte / the server at {serving.url} "
                    f"(pid {serving.pid}) did not answer: {_refusal(exc)}; "
                    "is 'hankegraafi serve' still running on this store?"
                ) from exc
            except requests.RequestException as exc:
                raise HandoffError(
                    f"palvelin ei vastaa / servern svarar inte / the server at {serving.url} "
                    f"(pid {serving.pid}) did not answer: {exc}"
                ) from exc
            if response.status_code == 503 and "Retry-After" in response.headers:
                time.sleep(_retry_after(response.headers["Retry-After"]))
                continue
            try:
                answer = response.json()
            except ValueError:
                answer = {}
            if response.status_code != 200 or not isinstance(answer, dict):
                detail = (answer.get("message") if isinstance(answer, dict) else None) or response.text[:300]
                raise HandoffError(
                    f"the server at {serving.url} refused the documents ({response.status_code}): {detail}"
                )
            return answer
    raise HandoffError(f"the server at {serving.url} stayed busy with other writes; try again later")


def _refusal(exc: Exception) -> str:
    """The system's reason under requests' wrapping ("[Errno 111] Connection refused"), else the whole text."""
    found = re.search(r"\[Errno -?\d+\][^'\")]*", str(exc))
    return found.group(0).strip() if found else str(exc)


def _retry_after(value: str) -> float:
    """Seconds to wait before the next try: the header's number within 1–30 s (a date, a negative or
    no number waits 1 s; time.sleep refused a negative one with a traceback)."""
    try:
        seconds = float(value)
    except ValueError:
        return 1.0
    return min(30.0, max(1.0, seconds)) if seconds == seconds else 1.0


def ingest_files(
    serving: Serving, paths: Sequence[Path], *, force: bool = False, quarantine: bool = False
) -> Iterator[dict[str, Any]]:
    """Each document's outcome (as ``POST /ingest`` answers it), batch by batch."""
    absolute = [str(p.resolve()) for p in paths]
    for batch in _batches(absolute, BATCH):
        answer = _post(
            serving, "/ingest/files", {"paths": list(batch), "force": force, "quarantine": quarantine}
        )
        yield from answer.get("outcomes", [])


def remove_files(serving: Serving, names: Sequence[str]) -> list[dict[str, Any]]:
    """Each name's outcome: ``{"file", "status": removed|not-found, "graph"}``."""
    found: list[dict[str, Any]] = []
    for batch in _batches(list(names), MAX_PATHS):
        found.extend(
            _post(serving, "/ingest/files", {"names": list(batch)}, method="DELETE").get("outcomes", [])
        )
    return found
