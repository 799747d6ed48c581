"""SPARQL SELECT results written in the four results formats from JSON results terms.

One writer for the query workers (``server/engine.py``) and for the catalogue answers stored at
write time (:mod:`hankegraafi.queries.answers`): a result is its frame's start, its rows' bytes
and its frame's end (:func:`select_frame`, :func:`select_rows`), so an answer stored as its rows'
bytes and their ends gives, byte for byte, what the engine writes for all its rows or for the
first n of them (a row cap), in every format, with no parsing and no encoding when it is served.
Imports json and the one term converter only (a query worker loads no rdflib).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any
from xml.sax.saxutils import quoteattr

from hankegraafi.store.terms import json_to_csv, json_to_nt, json_to_xml, nt_to_rdflib

if TYPE_CHECKING:
    from rdflib.term import Identifier

#: A row of a result: its bound variables' JSON results terms, in the order of the variables.
Row = dict[str, dict[str, Any]]


class UnknownFormat(ValueError):
    """A media type that is none of the four SPARQL results formats."""


#: JSON as the results are written: no spaces, UTF-8 as it is (one encoder, made once).
_JSON_ENCODER = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"))


def select_frame(
    variables: list[str], media_type: str, *, truncated: bool, link: str | None
) -> tuple[bytes, bytes]:
    """What a SELECT result in ``media_type`` has before its rows and after them.

    A truncated result says so in-band where the format has room for it: the
    ``link`` of the JSON and XML head (the SPARQL results formats' own hook
    for metadata) points at the limits; CSV and TSV carry it in headers only.
    """
    if media_type == "application/sparql-results+json":
        head: dict[str, Any] = {"vars": variables}
        if truncated and link:
            head["link"] = [link]
        return f'{{"head":{_JSON_ENCODER.encode(head)},"results":{{"bindings":['.encode(), b"]}}"
    if media_type == "application/sparql-results+xml":
        parts = ['<?xml version="1.0"?>\n<sparql xmlns="http://www.w3.org/2005/sparql-results#">\n<head>']
        parts += [f"<variable name={quoteattr(v)}/>" for v in variables]
        if truncated and link:
            parts.append(f"<link href={quoteattr(link)}/>")
        parts.append("</head>\n<results>")
        return "\n".join(parts).encode("utf-8"), b"\n</results>\n</sparql>\n"
    if media_type == "text/csv":
        return (
            ",".join(json_to_csv({"type": "literal", "value": v}) for v in variables) + "\r\n"
        ).encode(), b""
    if media_type == "text/tab-separated-values":
        return ("\t".join(f"?{v}" for v in variables) + "\n").encode("utf-8"), b""
    raise UnknownFormat(f"query results cannot be given as {media_type}")


#: What stands between two rows of a format (before every row but the first).
SEPARATORS: dict[str, bytes] = {"application/sparql-results+json": b","}


def select_rows(variables: list[str], rows: Iterable[Row], media_type: str) -> Iterator[bytes]:
    """Each row of a SELECT result in ``media_type``, with what separates it from the row before
    (:data:`SEPARATORS`; nothing before the first): the result is its frame's start, these, and
    its frame's end, so a result of its first n rows is a prefix of the rows' bytes (answers
    stored at write time are kept so, :mod:`hankegraafi.queries.pieces`)."""
    separator = SEPARATORS.get(media_type, b"")
    for n, row in enumerate(row_bytes(variables, rows, media_type)):
        yield separator + row if n and separator else row


def row_bytes(variables: list[str], rows: Iterable[Row], media_type: str) -> Iterator[bytes]:
    """Each row of a SELECT result in ``media_type`` alone (without a separator)."""
    if media_type == "application/sparql-results+json":
        encode = _JSON_ENCODER.encode
        for row in rows:
            yield encode(row).encode("utf-8")
    elif media_type == "application/sparql-results+xml":
        names: dict[str, str] = {}
        for row in rows:
            parts = ["", "<result>"]
            for var, term in row.items():
                name = names.get(var) or names.setdefault(var, f"<binding name={quoteattr(var)}>")
                parts.append(f"{name}{json_to_xml(term)}</binding>")
            parts.append("</result>")
            yield "\n".join(parts).encode("utf-8")
    elif media_type == "text/csv":
        for row in rows:
            yield (",".join(json_to_csv(row.get(v)) for v in variables) + "\r\n").encode("utf-8")
    elif media_type == "text/tab-separated-values":
        for row in rows:
            yield ("\t".join(json_to_nt(row[v]) if v in row else "" for v in variables) + "\n").encode("utf-8")
    else:
        raise UnknownFormat(f"query results cannot be given as {media_type}")


def rows_from_tsv(data: bytes) -> tuple[list[str], list[tuple[Identifier | None, ...]]]:
    """SELECT results in TSV as :func:`row_bytes` writes them, as rows of rdflib terms: the same
    rows :func:`~hankegraafi.store.terms.json_to_rdflib` makes of the same results in JSON, each
    distinct cell converted once and its term shared (a stored default answer at 10^6 triples is
    45 000 cells of 8 000 distinct terms: reading its JSON back took 80-130 ms, most of it
    ``json.loads`` and a dict per cell). ValueError for TSV written otherwise (no variables, a
    row of another width, a cell :func:`~hankegraafi.store.terms.nt_to_rdflib` does not read)."""
    text = data.decode("utf-8")
    head, newline, rest = text.partition("\n")
    names = head.split("\t")
    if not head or not newline or not all(n.startswith("?") and len(n) > 1 for n in names):
        raise ValueError(f"no TSV results head: {head[:80]!r}")
    variables, width = [n[1:] for n in names], len(names)
    if not rest:
        return variables, []
    if not rest.endswith("\n"):
        raise ValueError("TSV results cut inside a row")
    cells = rest[:-1].replace("\n", "\t").split("\t")
    if len(cells) != rest.count("\n") * width:
        raise ValueError(f"TSV results rows of another width than its {width} variables")
    made: dict[str, Identifier | None] = {cell: nt_to_rdflib(cell) for cell in set(cells) if cell}
    made[""] = None
    terms = [made[cell] for cell in cells]
    return variables, list(zip(*[iter(terms)] * width, strict=True))


def serialize_select(
    variables: list[str], rows: list[Row], media_type: str, *, truncated: bool, link: str | None
) -> bytes:
    """SELECT results in one of the four SPARQL results formats: the frame around the rows
    (:func:`select_frame`, :func:`select_rows`)."""
    start, end = select_frame(variables, media_type, truncated=truncated, link=link)
    return start + b"".join(select_rows(variables, rows, media_type)) + end
