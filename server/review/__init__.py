"""``/review``: the review queue in the browser, behind a login.

Who may log in: the users of the ``review_users`` setting (``name:sha256hex`` pairs), else the
update token as the one password (user ``publisher``); with neither, the queue is closed. A login
starts a server-side session named by a random cookie (HttpOnly, SameSite=Strict, Secure when the
public URL is https, path ``/review``); every POST carries the session's CSRF token, compared in
constant time, and is refused (403) without it or without a session. Each decision is written
through the app's one writer (``services().write``: the pool's writer process) with
:func:`hankegraafi.ingest.curation.decide`, attributed to the publisher (the organisation, not
the person), and appended with the person's user name to an audit log (JSON lines).
"""

from __future__ import annotations

import hashlib
import hmac
import json
import logging
import os
import secrets
import stat
import tempfile
import threading
import time
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, BinaryIO, TypeGuard

from flask import Blueprint, Flask, Response, current_app, redirect, render_template, request
from rdflib import Literal, URIRef
from werkzeug.wrappers import Response as BaseResponse

from hankegraafi.ontology.namespaces import HG, vocab
from hankegraafi.settings import Config

log = logging.getLogger(__name__)
audit_log = logging.getLogger("hankegraafi.audit")

bp = Blueprint("review", __name__)
EXTENSION = "hankegraafi.review"
COOKIE = "hg_review"
#: A session ends this long after its login.
SESSION_SECONDS = 8 * 3600
#: Failed logins one client may make in ``LOGIN_WINDOW`` seconds before further tries get a 429.
LOGIN_FAILURES = 10
LOGIN_WINDOW = 300.0
#: Most sessions kept: past it the oldest not-logged-in ones go (each GET of the login form makes one).
MAX_SESSIONS = 10000
ACTIONS = ("link", "confirm", "reject", "set", "merge", "split", "depend")
#: The most characters of one field an audit line keeps (a user name, an action, a target, a
#: reason): anyone may post the login form, and the fields came from the client as sent (a
#: 900 000-character user name was 0.9 MB of audit log per refused login).
MAX_AUDIT_CHARACTERS = 300
#: The most bytes of the audit log's end the audit page reads for its last lines (lines of
#: :data:`MAX_AUDIT_CHARACTERS` fields are under 2 kB; a longer one, written before, is skipped).
AUDIT_TAIL_BYTES = 512_000


def text(key: str, lang: str, **values: object) -> str:
    """A text of the reviewers' pages: ``review.<key>`` of the one table (``ontology/strings.toml``)."""
    from hankegraafi.server.i18n import translate

    return translate(f"review.{key}", lang, **values)


# -- users and sessions -------------------------------------------------------------------------


def users_of(config: Config) -> dict[str, str]:
    """User name → SHA-256 (hex) of the password: the configured list, else the update token."""
    out: dict[str, str] = {}
    for pair in str(config.review_users).split(","):
        name, _, digest = pair.strip().partition(":")
        if name and len(digest) == 64:
            out[name] = digest.lower()
    if not out and str(config.update_token):
        out["publisher"] = hashlib.sha256(str(config.update_token).encode()).hexdigest()
    return out


@dataclass
class Session:
    csrf: str
    user: str | None = None
    started: float = field(default_factory=time.monotonic)


@dataclass
class ReviewState:
    """Sessions (in this process only: a restart logs everyone out) and the audit log's file."""

    users: dict[str, str]
    audit_path: Path
    secure: bool
    sessions: dict[str, Session] = field(default_factory=dict)
    lock: threading.Lock = field(default_factory=threading.Lock)
    failures: dict[str, list[float]] = field(default_factory=dict)

    def throttled(self, client: str) -> float:
        """Seconds until ``client`` may try to log in again (0: now)."""
        now = time.monotonic()
        with self.lock:
            recent = [t for t in self.failures.get(client, []) if now - t < LOGIN_WINDOW]
            if recent:
                self.failures[client] = recent
            else:
                self.failures.pop(client, None)
            return LOGIN_WINDOW - (now - recent[0]) if len(recent) >= LOGIN_FAILURES else 0.0

    def failed(self, client: str) -> None:
        with self.lock:
            if len(self.failures) > MAX_SESSIONS:  # many clients: forget the stalest
                self.failures.pop(next(iter(self.failures)))
            self.failures.setdefault(client, []).append(time.monotonic())

    def new(self, user: str | None = None) -> tuple[str, Session]:
        sid = secrets.token_urlsafe(32)
        session = Session(csrf=secrets.token_urlsafe(32), user=user)
        with self.lock:
            now = time.monotonic()
            for old in [k for k, s in self.sessions.items() if now - s.started > SESSION_SECONDS]:
                del self.sessions[old]
            if len(self.sessions) >= MAX_SESSIONS:  # insertion order: the oldest first
                anonymous = [k for k, s in self.sessions.items() if s.user is None]
                for old in anonymous[: len(self.sessions) - MAX_SESSIONS + 1]:
                    del self.sessions[old]
            self.sessions[sid] = session
        return sid, session

    def get(self, sid: str | None) -> Session | None:
        if not sid:
            return None
        with self.lock:
            session = self.sessions.get(sid)
            if session is not None and time.monotonic() - session.started > SESSION_SECONDS:
                del self.sessions[sid]
                return None
            return session

    def drop(self, sid: str | None) -> None:
        with self.lock:
            self.sessions.pop(sid or "", None)

    def check(self, user: str, password: str) -> bool:
        want = self.users.get(user)
        got = hashlib.sha256(password.encode()).hexdigest()
        # Compared even for an unknown user, so the time taken does not tell which users exist.
        return hmac.compare_digest(want or "0" * 64, got) and want is not None

    def audit(self, event: str, **fields: object) -> None:
        """One line per event, appended and flushed at once (who, from where, what, outcome)."""
        entry = {
            "at": datetime.now(UTC).isoformat(timespec="seconds"),
            "event": event,
            "client": request.remote_addr if request else None,
            **{k: (_short(str(v)) if v is not None else None) for k, v in fields.items()},
        }
        line = json.dumps(entry, ensure_ascii=False)
        audit_log.info(line)
        with self.lock:
            try:
                with _own_file(self.audit_path, os.O_WRONLY | os.O_APPEND | os.O_CREAT) as out:
                    out.write((line + "\n").encode("utf-8"))
            except OSError as exc:
                log.error("cannot write the review audit log %s: %s", self.audit_path, exc)

    def entries(self, limit: int = 200) -> list[dict[str, Any]]:
        """The last ``limit`` entries, newest first, from the file's last :data:`AUDIT_TAIL_BYTES`
        (however large it grew); a line cut short (a crash or a full disk while writing) or
        holding no entry is left out."""
        try:
            with _own_file(self.audit_path, os.O_RDONLY) as source:
                size = source.seek(0, os.SEEK_END)
                source.seek(max(0, size - AUDIT_TAIL_BYTES))
                tail = source.read(AUDIT_TAIL_BYTES)
        except OSError:
            return []
        lines = tail.split(b"\n")
        if size > AUDIT_TAIL_BYTES:
            lines = lines[1:]  # the first is the end of a line begun before the tail
        out: list[dict[str, Any]] = []
        for line in reversed(lines):
            try:
                entry = json.loads(line.decode("utf-8"))
            except ValueError:  # UnicodeDecodeError and JSONDecodeError are ValueErrors
                continue
            if isinstance(entry, dict):
                out.append(entry)
                if len(out) == limit:
                    break
        return out


def _own_file(path: Path, flags: int) -> BinaryIO:
    """The audit log opened without following a link, and only if it is a regular file of this
    user (created 0600): where the store's folder is not writable it lies in the shared temporary
    folder under a name anyone can compute, and a link planted there had every audit line
    appended to the file it pointed at (tests/curation/test_review_audit.py)."""
    fd = os.open(path, flags | os.O_NOFOLLOW | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0), 0o600)
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode) or info.st_uid != os.getuid():
            raise OSError(f"{path} is not a regular file of this user; the audit log is not kept there")
        return os.fdopen(fd, "rb" if flags == os.O_RDONLY else "ab")
    except BaseException:
        os.close(fd)
        raise


def _short(value: str) -> str:
    """An audit field of at most :data:`MAX_AUDIT_CHARACTERS` and a note of its length."""
    if len(value) <= MAX_AUDIT_CHARACTERS:
        return value
    return f"{value[:MAX_AUDIT_CHARACTERS]}… ({len(value)} characters)"


def audit_path_for(config: Config) -> Path:
    """Beside an embedded store (``<store>.review-audit.jsonl``) if writable, else in the temporary folder."""
    location = str(config.store)
    if not config.store_is_remote:
        store = config.store_path.resolve()
        if os.access(store.parent, os.W_OK):
            return store.parent / f"{store.name}.review-audit.jsonl"
    digest = hashlib.sha256(location.encode()).hexdigest()[:12]
    return Path(tempfile.gettempdir()) / f"hankegraafi-review-audit-{digest}.jsonl"


def register(app: Flask) -> None:
    """The blueprint and its state (users read from the settings once)."""
    from hankegraafi.server.headers import public_url
    from hankegraafi.server.runtime import Services

    services: Services = app.extensions["hankegraafi"]
    cfg = services.config
    app.extensions[EXTENSION] = ReviewState(
        users=users_of(cfg), audit_path=audit_path_for(cfg), secure=public_url(cfg).startswith("https:")
    )
    app.register_blueprint(bp)
    from hankegraafi.server.review import corrections, quality

    app.register_blueprint(quality.bp)
    # Resource pages show corrected facts through these (templates/review/corrections.html).
    app.jinja_env.globals["curation_corrections"] = corrections.for_page
    app.jinja_env.globals["curation_text"] = corrections.text


def state() -> ReviewState:
    return current_app.extensions[EXTENSION]


def _lang() -> str:
    from hankegraafi.server.i18n import current_lang

    return current_lang()


def _refuse(lang: str, key: str = "refused") -> Response:
    body = render_template(
        "review/refused.html", title=text("title", lang), message=text(key, lang), x=_x(lang)
    )
    return Response(body, status=403, mimetype="text/html")


def _x(lang: str) -> Any:
    return lambda key, **kw: text(key, lang, **kw)


def _set_cookie(response: BaseResponse, sid: str) -> None:
    response.set_cookie(
        COOKIE,
        sid,
        max_age=SESSION_SECONDS,
        path="/review",
        httponly=True,
        samesite="Strict",
        secure=state().secure,
    )


def _session() -> tuple[str | None, Session | None]:
    sid = request.cookies.get(COOKIE)
    return sid, state().get(sid)


def _csrf_ok(session: Session | None) -> TypeGuard[Session]:
    """True when there is a session and the form carries its CSRF token (compared in constant time)."""
    sent = request.form.get("csrf", "")
    return session is not None and bool(sent) and hmac.compare_digest(sent, session.csrf)


# -- routes -------------------------------------------------------------------------------------


@bp.get("/review/login")
def login_form() -> Response:
    lang = _lang()
    if not state().users:
        return _refuse(lang, "closed")
    sid, session = _session()
    if session is None:
        sid, session = state().new()
    body = render_template(
        "review/login.html", title=text("login", lang), csrf=session.csrf, x=_x(lang), error=None
    )
    response = Response(body, mimetype="text/html")
    _set_cookie(response, sid)  # type: ignore[arg-type]
    return response


@bp.post("/review/login")
def login() -> BaseResponse:
    lang = _lang()
    st = state()
    sid, session = _session()
    if not st.users or not _csrf_ok(session):
        st.audit("login-refused", user=request.form.get("user"), reason="no session or CSRF token")
        return _refuse(lang, "closed" if not st.users else "refused")
    user = request.form.get("user", "")
    client = str(request.remote_addr)
    wait = st.throttled(client)
    if wait:
        st.audit("login-refused", user=user, reason="too many failed logins")
        throttled = Response(text("throttled", lang), status=429, mimetype="text/plain")
        throttled.headers["Retry-After"] = str(int(wait) + 1)
        return throttled
    if not st.check(user, request.form.get("password", "")):
        st.failed(client)
        st.audit("login-failed", user=user)
        body = render_template(
            "review/login.html",
            title=text("login", lang),
            csrf=session.csrf,
            x=_x(lang),
            error=text("wrong", lang),
        )
        return Response(body, status=403, mimetype="text/html")
    st.drop(sid)  # a new session id after login: a planted cookie never becomes a login
    new_sid, _ = st.new(user)
    st.audit("login", user=user)
    response = redirect("/review", code=303)
    _set_cookie(response, new_sid)
    return response


@bp.post("/review/logout")
def logout() -> BaseResponse:
    sid, session = _session()
    if session is None or session.user is None or not _csrf_ok(session):
        return _refuse(_lang())
    state().audit("logout", user=session.user)
    state().drop(sid)
    response = redirect("/review/login", code=303)
    response.delete_cookie(COOKIE, path="/review")
    return response


def _authenticated() -> Session | None:
    _sid, session = _session()
    return session if session is not None and session.user is not None else None


class _Reader:
    """The queue's reads through the pages' data access (the query workers), as a store answers them."""

    def __init__(self, data: Any) -> None:
        self.data = data

    def query(self, sparql: str, bindings: Mapping[str, Any] | None = None) -> Any:
        from hankegraafi.store.base import SelectResult, query_form

        form = query_form(sparql)
        if form == "CONSTRUCT":
            return self.data.construct(sparql, bindings)
        if form == "ASK":
            return self.data.ask(sparql, bindings)
        rows = self.data.select(sparql, bindings)
        variables = list(dict.fromkeys(k for row in rows for k in row))
        return SelectResult(variables, [tuple(row.get(v) for v in variables) for row in rows])


def _reader() -> _Reader:
    from hankegraafi.server.pages.access import access

    return _Reader(access())


@bp.get("/review")
def queue_page() -> Response:
    from hankegraafi.ingest import curation
    from hankegraafi.server.pages import routes
    from hankegraafi.server.reconcile import suggester
    from hankegraafi.server.review.quality import local_link
    from hankegraafi.server.runtime import services

    lang = _lang()
    session = _authenticated()
    if session is None:
        return _refuse(lang)
    base = str(services().config.base_iri)
    reader = _reader()
    items = curation.queue(reader, base, suggest=suggester(routes.label_index(), routes.search_index()))
    suggestions = {i.id: i.action.split()[2] for i in items if i.action.startswith("link ")}
    body = render_template(
        "review/queue.html",
        title=text("title", lang),
        items=items,
        suggestions=suggestions,
        csrf=session.csrf,
        user=session.user,
        done=request.args.get("done"),
        state=request.args.get("state"),
        page=local_path(request.args.get("page")),
        x=_x(lang),
        actions=ACTIONS,
        local=local_link,
    )
    return Response(body, mimetype="text/html")


@bp.post("/review/decide")
def decide() -> BaseResponse:
    from hankegraafi.ingest import curation
    from hankegraafi.server.runtime import services

    lang = _lang()
    session = _authenticated()
    if session is None or not _csrf_ok(session):
        state().audit(
            "decision-refused",
            user=session.user if session else None,
            action=request.form.get("action"),
            target=request.form.get("target"),
            reason="no login" if session is None else "CSRF token missing or wrong",
        )
        return _refuse(lang)
    cfg = services().config
    base = str(cfg.base_iri)
    form = request.form
    action = form.get("action", "")
    target = form.get("target", "").strip()
    if action not in ACTIONS or not target:
        return Response(text("refused", lang), status=400, mimetype="text/plain")
    try:
        fields = _fields(action, form, base)
        subject = curation.checked(curation.expand_iri(target, base))
        for value in (*fields.values(), *fields.get("types", [])):
            curation.checked(value)
        curation.checked_fields(action, subject, fields)  # refused here, not in the writer
    except curation.CurationError as exc:
        state().audit("decision-refused", user=session.user, action=action, target=target, reason=str(exc))
        return Response(str(exc), status=400, mimetype="text/plain")
    by = curation.default_agent(base, str(cfg.publisher))
    iri, outcome = services().write(
        (
            "curate",
            base,
            action,
            subject,
            {"by": by, "why": form.get("why", ""), **fields},
        )
    )
    state().audit("decision", user=session.user, action=action, target=target, decision=iri, outcome=outcome)
    page = local_path(form.get("page")) or ""
    from urllib.parse import urlencode

    return redirect("/review?" + urlencode({"done": str(iri), "state": outcome, "page": page}), code=303)


def local_path(value: str | None) -> str | None:
    """``value`` if it is a path on this site ("/id/project/…"), else None: the "back to the page"
    link after a decision never leads off the site (not "//evil.example", "/\\evil", "https://…")."""
    if not value or not value.startswith("/") or value[1:2] in ("/", "\\"):
        return None
    if any(ch.isspace() or ord(ch) < 32 or ch == "\\" for ch in value):
        return None
    return value


def _fields(action: str, form: Mapping[str, str], base: str) -> dict[str, Any]:
    """The decision's fields from the form (IRIs expanded, values typed as on the command line)."""
    from hankegraafi.ingest import curation

    out: dict[str, Any] = {}
    linked = form.get("linked", "").strip()
    if linked:
        out["linked"] = curation.expand_iri(linked, base)
    prop = form.get("prop", "").strip()
    if prop:
        out["prop"] = curation.expand_iri(prop, base)
    if action in ("set", "reject"):
        if form.get("was", "").strip():
            out["original"] = curation.value_like(form["was"])
        if action == "set" and form.get("value", "").strip():
            out["corrected"] = curation.value_like(form["value"], out.get("original"))
    if action == "confirm":
        kind = form.get("type", "Organisation")
        out["types"] = [
            HG[
                kind
                if kind in {"Organisation", "NationalActor", "Municipality", "DigitalService"}
                else "Organisation"
            ]
        ]
        out["labels"] = [
            Literal(form[f"label_{lang}"].strip(), lang=lang)
            for lang in ("fi", "sv", "en")
            if form.get(f"label_{lang}", "").strip()
        ]
        county = form.get("county", "").strip()
        if county:
            out["region"] = URIRef(county) if "://" in county else vocab("county", county.zfill(2))
    if action == "depend":
        kind = form.get("kind", "shared-work").strip() or "shared-work"
        out["kind"] = URIRef(kind) if "://" in kind else vocab("dependency-kind", kind)
    return out


@bp.get("/review/audit")
def audit_page() -> Response:
    lang = _lang()
    session = _authenticated()
    if session is None:
        return _refuse(lang)
    body = render_template(
        "review/audit.html", title=text("audit", lang), entries=state().entries(), x=_x(lang)
    )
    return Response(body, mimetype="text/html")


__all__ = ["COOKIE", "bp", "register", "users_of"]
