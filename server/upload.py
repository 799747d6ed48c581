"""Authenticated writes that carry a body: document ingest and graph uploads.

``POST /ingest`` takes one source document (Innokylä page, report, plan) as
the request body and runs it through :class:`hankegraafi.ingest.pipeline.Ingester`
in the pool's writer process, so a hostile file can at worst crash or time
out that process. The body is read only after the bearer token has been
checked, and only up to ``max_document_bytes``. The file name becomes the
document's identity (its graph IRI), so it is reduced to a plain base name.

Uploads of RDF (``PUT /graph-store``) are checked here before the writer's
parser sees them: XML with a DOCTYPE (entity expansion, external entities),
found by the same expat reader rdflib uses so that no encoding hides it, and
JSON-LD that names a remote context (which rdflib would fetch) are refused.
"""

from __future__ import annotations

import json
import logging
import os
import re
import stat
import unicodedata
from typing import Any

from flask import Blueprint, Response, request

from hankegraafi.rdfinput import UnsafeRdf, check_rdf
from hankegraafi.server import handoff
from hankegraafi.server.auth import require_handoff_token, require_token
from hankegraafi.server.errors import BadRequest, UnsupportedMediaType
from hankegraafi.server.runtime import services

log = logging.getLogger(__name__)

bp = Blueprint("upload", __name__)

MAX_NAME = 160
_UNSAFE = re.compile(r"[^\w.\-]+", re.UNICODE)
_FILENAME_STAR = re.compile(r"filename\*\s*=\s*([^;]+)", re.IGNORECASE)
_FILENAME = re.compile(r'filename\s*=\s*("(?:[^"\\]|\\.)*"|[^;]+)', re.IGNORECASE)


def safe_file_name(raw: str) -> str:
    """A base name safe to write to disk and to use as a document key, or BadRequest.

    Directory parts (``/``, ``\\``) are dropped, the text is NFC-normalised,
    anything but letters, digits, ``.``, ``-`` and ``_`` becomes ``_``, and
    the name must end in a suffix the pipeline reads.
    """
    from hankegraafi.ingest.readers import SUFFIX_KIND  # the ingest's list; loaded with the first upload

    name = raw.replace("\\", "/").rsplit("/", 1)[-1]
    name = unicodedata.normalize("NFC", name)
    name = "".join(c for c in name if unicodedata.category(c)[0] != "C")
    name = _UNSAFE.sub("_", name).strip("._")
    if not name:
        raise BadRequest(f"file name {raw[:80]!r} has nothing left once made safe")
    stem, dot, suffix = name.rpartition(".")
    if not dot or f".{suffix.lower()}" not in SUFFIX_KIND:
        raise UnsupportedMediaType(f"file name {name!r}: the ingest reads only {', '.join(SUFFIX_KIND)} files")
    if len(name) > MAX_NAME:
        name = f"{stem[: MAX_NAME - len(suffix) - 1]}.{suffix}"
    return name


def only_parameters(route: str, *read: str) -> None:
    """Refuse (400) a query parameter the write route ``route`` does not read, by its name.

    ``POST /ingest?name=t.txt&force=1`` had answered "unchanged" with ``force`` dropped unsaid: a write
    must not depend on a parameter the client believes was read (a misspelt ``nmae`` too). ``hl``, the
    answer's language, is read on every route.
    """
    for key in request.args:
        if key not in read and key != "hl":
            takes = ", ".join(f"'{name}'" for name in read) or "none"
            raise BadRequest(f"{route}: parameter {key[:80]!r} is not read here (it reads {takes})")


def _name_from_request() -> str:
    """The upload's file name: ``?name=`` or Content-Disposition's filename. Given twice, or both
    ways with two names, it is refused (400): which document a request means must not depend on
    which of two names a reader takes (``DELETE /ingest?name=a&name=b`` removed a alone)."""
    names = request.args.getlist("name")
    if len(names) > 1:
        raise BadRequest("parameter 'name' given more than once; one request is about one document")
    from_header = _name_from_disposition(request.headers.get("Content-Disposition", ""))
    if names and names[0] and from_header and from_header != names[0]:
        raise BadRequest(
            f"parameter 'name' ({names[0][:80]!r}) and Content-Disposition's filename "
            f"({from_header[:80]!r}) differ; give one"
        )
    given = (names[0] if names else "") or from_header
    if given:
        return given
    raise BadRequest(
        "give the document's file name as ?name= or in Content-Disposition: attachment; filename=…"
    )


def _name_from_disposition(disposition: str) -> str:
    """Content-Disposition's filename (``filename*=`` first), or ""."""
    star = _FILENAME_STAR.search(disposition)
    if star:
        from urllib.parse import unquote

        value = star.group(1).strip()
        _, _, encoded = value.partition("''")
        try:
            return unquote(encoded or value, errors="strict")
        except UnicodeDecodeError:
            raise BadRequest("Content-Disposition's filename* is not percent-encoded UTF-8") from None
    plain = _FILENAME.search(disposition)
    if plain:
        return plain.group(1).strip().strip('"')
    return ""


@bp.post("/ingest")
def ingest() -> Response:
    """Ingest one uploaded document (token required); answers with what became of it."""
    require_token()
    only_parameters("POST /ingest", "name")
    cfg = services().config
    request.max_content_length = int(cfg.max_document_bytes) or None
    name = safe_file_name(_name_from_request())
    if request.mimetype in ("multipart/form-data", "application/x-www-form-urlencoded"):
        raise UnsupportedMediaType("send the document itself as the request body, not as a form")
    data = read_body(int(cfg.max_document_bytes), name)
    if not data:
        raise BadRequest(f"{name}: the request body is empty")
    result: dict[str, Any] = services().write(("ingest", name, data, dict(cfg.values)))
    status = {"stored": 201, "unchanged": 200}.get(result["status"], 422)
    log.info("ingest %s: %s", name, result["status"])
    return Response(json.dumps(result, ensure_ascii=False), status=status, mimetype="application/json")


@bp.delete("/ingest")
def remove() -> Response:
    """Remove one ingested document (token required), as ``hankegraafi remove`` does: its graph goes
    and the canonical projects, current values and conflicts are recomputed without it."""
    require_token()
    only_parameters("DELETE /ingest", "name")
    cfg = services().config
    name = safe_file_name(_name_from_request())
    removed = services().write(("remove", name, dict(cfg.values)))
    log.info("remove %s: %s", name, "removed" if removed else "not stored")
    body = {"file": name, "status": "removed" if removed else "not-found", "graph": removed}
    return Response(
        json.dumps(body, ensure_ascii=False), status=200 if removed else 404, mimetype="application/json"
    )


@bp.post("/ingest/files")
def ingest_files() -> Response:
    """Ingest documents named by their paths on this machine: ``hankegraafi ingest`` beside a running
    server (server/handoff.py). Only the hand-off token admits it; the answer lists each outcome."""
    require_handoff_token()
    body = _handoff_body()
    paths = body.get("paths")
    if (
        not isinstance(paths, list)
        or not paths
        or not all(isinstance(p, str) and p.startswith("/") for p in paths)
    ):
        raise BadRequest("'paths' must be a non-empty list of absolute file paths")
    for number, path in enumerate(paths, 1):
        _check_handoff_path(number, path)
    flags = {k: body.get(k, False) for k in ("force", "quarantine")}
    for key, value in flags.items():
        if not isinstance(value, bool):  # bool("false") is True: a string would have forced a re-ingest
            raise BadRequest(f"'{key}' must be true or false, not {json.dumps(value)[:80]}")
    outcomes = services().write(("ingest-files", paths, dict(services().config.values), flags))
    log.info("hand-off ingest of %d files", len(paths))
    return _outcomes(outcomes)


@bp.delete("/ingest/files")
def remove_files() -> Response:
    """Remove stored documents by file name or graph IRI: ``hankegraafi remove`` beside a running server."""
    require_handoff_token()
    names = _handoff_body().get("names")
    if not isinstance(names, list) or not names or not all(isinstance(n, str) and n for n in names):
        raise BadRequest("'names' must be a non-empty list of file names or graph IRIs")
    # One write for the whole request: readers are drained once, not once a name (6 names took 12 s).
    removed = services().write(("remove-files", names, dict(services().config.values)))
    outcomes = [
        {"file": name, "status": "removed" if graph else "not-found", "graph": graph}
        for name, graph in zip(names, removed, strict=True)
    ]
    return _outcomes(outcomes)


def _outcomes(outcomes: list[dict[str, Any]]) -> Response:
    """The hand-off's answer. ASCII JSON: a file name that is not UTF-8 reaches us as lone surrogates
    (Python's reading of its bytes), which \\u escapes carry back to the command line unchanged and
    which UTF-8 cannot encode (it was a 500 after the document had been stored)."""
    return Response(json.dumps({"outcomes": outcomes}), mimetype="application/json")


def _check_handoff_path(number: int, path: str) -> None:
    """One path of the hand-off, before the writer sees it: no NUL byte, and no folder (the command
    line sends the files it found in folders; a folder here, "/" say, would be walked whole)."""
    if "\x00" in path:
        raise BadRequest(f"'paths' item {number} ({path[:200]!r}) holds a NUL byte")
    try:
        path.encode("utf-8")
    except UnicodeEncodeError:
        # The ingest writes the path into the store (IRIs, literals), which UTF-8 alone can hold: the
        # writer stopped mid-batch with a codec error naming no file.
        raise BadRequest(
            f"'paths' item {number} ({path[:200]!r}) is not UTF-8; rename the file to ingest it"
        ) from None
    try:
        mode = os.stat(path).st_mode
    except (OSError, ValueError):
        return  # the writer names why it cannot be read, in that document's outcome
    if stat.S_ISDIR(mode):
        raise BadRequest(f"'paths' item {number} ({path[:200]!r}) is a folder; name the files in it")


def _handoff_body() -> dict[str, Any]:
    if request.mimetype != "application/json":
        raise UnsupportedMediaType("send the hand-off request as application/json")
    try:
        body = json.loads(read_body(int(services().config.max_request_bytes), "hand-off request"))
    except ValueError as exc:
        raise BadRequest(f"the hand-off request is not JSON: {exc}") from exc
    except RecursionError:  # [[[…]]] nested past the parser's depth was a 500
        raise BadRequest("the hand-off request is nested too deeply") from None
    if not isinstance(body, dict):
        raise BadRequest("the hand-off request must be a JSON object")
    for key in ("paths", "names"):
        if isinstance(body.get(key), list) and len(body[key]) > handoff.MAX_PATHS:
            raise BadRequest(f"'{key}' names {len(body[key])} items; at most {handoff.MAX_PATHS} a request")
    return body


def read_body(limit: int, what: str) -> bytes:
    """The whole request body, or 413 once it passes ``limit`` bytes, however it is sent.

    The limit becomes the request's ``max_content_length``: Flask refuses a
    declared length over it before reading, and :mod:`hankegraafi.server.bodies`
    refuses a chunked body the moment it passes it, so no parser sees a cut body.
    """
    request.max_content_length = limit or None
    data = request.get_data(cache=False)
    log.debug("%s: read %d bytes", what, len(data))
    return data


# -- checks on RDF uploads ---------------------------------------------------------


def check_rdf_upload(data: bytes, rdf_format: str) -> None:
    """Refuse RDF that would make its parser expand entities or fetch something (400).

    The check is made by the parser family that will read the body, chosen by
    ``rdf_format`` (see :mod:`hankegraafi.rdfinput`), so an XML body is judged
    in whatever encoding expat reads it, and a Turtle literal holding
    ``<!DOCTYPE html>`` is not mistaken for XML.
    """
    try:
        check_rdf(data, rdf_format)
    except UnsafeRdf as exc:
        raise BadRequest(str(exc)) from exc


__all__ = ["bp", "check_rdf_upload", "only_parameters", "safe_file_name"]
