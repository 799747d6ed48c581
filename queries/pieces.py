"""How a stored catalogue answer is kept in the store and read back as the bytes a client gets.

:mod:`hankegraafi.queries.answers` decides which answers are stored, when and for which version of
the data; this module keeps each one in the graph ``<base>meta/answers`` already written in the
four SPARQL results formats, as the server's engine writes them (:mod:`hankegraafi.store.results`):
for each format its rows' bytes, compressed, in pieces of at most :data:`PIECE_BYTES` (one literal
each, so no literal is larger than a piece whatever the answer: at 10^7 triples five default
answers are 16-31 MB of JSON), and where each row ends. Serving one (:func:`stored_bytes`) is
one read (its layout and pieces, or its rows' ends if a row cap cuts it, and then the pieces the
cap keeps) and putting the format's frame around the pieces' bytes: for every row or the first n, with the truncation link,
byte for byte as the engine writes them live; nothing is parsed and nothing encoded.

Reads go through a ``select`` (a query to rows of strings): the store's engine, or the server's
runner, so a worker process that holds the store can answer them.
"""

from __future__ import annotations

import base64
import hashlib
import json
import re
import sys
import zlib
from array import array
from collections.abc import Callable
from itertools import pairwise

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import XSD

from hankegraafi.queries import spreadsheet
from hankegraafi.store import results

#: A query to rows of strings (the store's engine, or the server's runner).
Select = Callable[[str], list[tuple[str, ...]]]

RESULTS_JSON = "application/sparql-results+json"

#: The formats every answer is stored in, by the key that names its pieces: the server's four.
FORMATS: dict[str, str] = {
    "json": RESULTS_JSON,
    "xml": "application/sparql-results+xml",
    "csv": "text/csv",
    "tsv": "text/tab-separated-values",
}

#: The catalogue's CSV for spreadsheets (:mod:`hankegraafi.queries.spreadsheet`: cells a
#: spreadsheet would run neutralised), stored beside the four: the media type a job asks it by.
SPREADSHEET_MEDIA = "text/csv; profile=spreadsheet"

#: Every form an answer is stored in, by the key that names its pieces.
FORMS: dict[str, str] = {**FORMATS, "spreadsheet": SPREADSHEET_MEDIA}


#: Rows' bytes already written in one recompute, by (the row object's id, the form's media type):
#: the per-county and per-kind answers are the whole answer's own row objects, written once. Made
#: by the caller for answers whose rows all stay alive while it is used (an id is reused after).
Made = dict[tuple[int, str], bytes]


def _rows(variables: list[str], rows: list[results.Row], media: str, made: Made | None) -> list[bytes]:
    """Each row's bytes alone in one of :data:`FORMS` (``made``: those written before)."""
    todo = rows if made is None else [row for row in rows if (id(row), media) not in made]
    if media == SPREADSHEET_MEDIA:
        written = list(spreadsheet.spreadsheet_rows(variables, todo, _rows(variables, todo, "text/csv", made)))
    else:
        written = list(results.row_bytes(variables, todo, media))
    if made is None:
        return written
    made.update(((id(row), media), data) for row, data in zip(todo, written, strict=True))
    return [made[(id(row), media)] for row in rows]


def _frame(variables: list[str], media: str, *, truncated: bool, link: str | None) -> tuple[bytes, bytes]:
    """What one of :data:`FORMS` has before its rows and after them."""
    if media == SPREADSHEET_MEDIA:
        return spreadsheet.spreadsheet_header(variables), b""
    return results.select_frame(variables, media, truncated=truncated, link=link)


#: The most bytes of one stored piece before compression, and so the most one literal inflates
#: to (a literal that inflates past it is no answer of ours: a zlib bomb planted in a dump loaded
#: with --no-derive runs live). A literal of many MB cost more to read back than its rows.
PIECE_BYTES = 4_000_000

#: The most bytes of one form of a stored answer. No write stores more (an answer whose JSON
#: passes ``answers.MAX_ANSWER_BYTES``, 400 MB, is left live; its other forms are not ten times
#: its JSON): a stored length past it is no answer of ours, and the pieces it would name (a
#: thousand at most) are never asked for.
MAX_STORED_BYTES = 4_000_000_000

#: A variable's name as SPARQL writes it after ``?`` (VARNAME): the frame writes a stored
#: answer's variables into every format as they are (a tab or a newline in one splits TSV).
_VARNAME = re.compile(r"[^\W][\w\u00b7\u0300-\u036f\u203f\u2040]*")

#: An answer as the engine gives it: its variables and its rows (JSON results terms).
Answer = tuple[list[str], list[results.Row]]


def answers_graph_iri(base: str) -> URIRef:
    """The graph of stored answers (one of the derived graphs)."""
    return URIRef(f"{base}meta/answers")


def _key_predicate(base: str) -> URIRef:
    return URIRef(f"{answers_graph_iri(base)}#version")


def _vars_predicate(base: str) -> URIRef:
    return URIRef(f"{answers_graph_iri(base)}#vars")


def _length_predicate(base: str) -> URIRef:
    return URIRef(f"{answers_graph_iri(base)}#length")


def _ends_predicate(base: str) -> URIRef:
    return URIRef(f"{answers_graph_iri(base)}#ends")


def _has_piece_predicate(base: str) -> URIRef:
    return URIRef(f"{answers_graph_iri(base)}#hasPiece")


def _piece_predicate(base: str) -> URIRef:
    return URIRef(f"{answers_graph_iri(base)}#piece")


def _rows_predicate(base: str) -> URIRef:
    return URIRef(f"{answers_graph_iri(base)}#rows")


def write_version(graph: Graph, base: str, version: str) -> None:
    """The version of the data the answers in ``graph`` follow."""
    graph.add((answers_graph_iri(base), _key_predicate(base), Literal(version)))


def text_digest(text: str) -> str:
    """The key of one exact query text."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _node(base: str, digest: str) -> URIRef:
    return URIRef(f"{answers_graph_iri(base)}#{digest}")


def _format_node(base: str, digest: str, key: str) -> URIRef:
    """One format of one answer: its rows' length in bytes and each row's end."""
    return URIRef(f"{_node(base, digest)}/{key}")


def _piece_node(base: str, digest: str, key: str, index: int) -> URIRef:
    """Piece ``index`` of one format of one answer (its bytes from ``index * PIECE_BYTES`` on)."""
    return URIRef(f"{_format_node(base, digest, key)}/{index}")


def encode_body(body: bytes) -> str:
    """Stored bytes compressed (a twentieth of the size: the dumps and the dataset description
    read every literal, checking each for contact details) and in base64.

    Small bodies are kept (:data:`_ENCODED`): a write's rebuild encodes again the rows and row ends of
    the thousand answers the write left as they were (and the same ends of every one-row answer), and
    compressing them was a fifth of the stored answers' step (six samples and one more written)."""
    got = _ENCODED.get(body)
    if got is not None:
        return got
    value = base64.b64encode(zlib.compress(body, 6)).decode("ascii")
    if len(body) <= _ENCODED_LARGEST:
        global _ENCODED_HELD  # the memo's size, with it
        if _ENCODED_HELD > _ENCODED_BUDGET:  # bounded: begun again (a server's long life, a large store)
            _ENCODED.clear()
            _ENCODED_HELD = 0
        _ENCODED[body] = value
        _ENCODED_HELD += len(body) + len(value)
    return value


#: :func:`encode_body`'s memo: a body's bytes to their text (a pure function of the bytes), bodies of
#: at most :data:`_ENCODED_LARGEST` bytes, emptied when they hold more than :data:`_ENCODED_BUDGET`.
_ENCODED: dict[bytes, str] = {}
_ENCODED_HELD = 0
_ENCODED_LARGEST = 1 << 20
_ENCODED_BUDGET = 4 << 20


def decode_body(value: str, size: int | None = None) -> bytes:
    """The bytes of a stored literal, ``size`` of them if given; ValueError if it is not one of ours,
    inflates past :data:`PIECE_BYTES` (a zlib bomb planted in a dump loaded with --no-derive is no
    answer, and the query runs live) or is not ``size`` long."""
    try:
        inflate = zlib.decompressobj()
        body = inflate.decompress(base64.b64decode(value, validate=True), PIECE_BYTES)
    except (ValueError, zlib.error) as exc:  # binascii.Error is a ValueError
        raise ValueError(f"not a stored answer: {exc}") from exc
    if inflate.unconsumed_tail or not inflate.eof:
        raise ValueError(f"a stored answer is cut short or larger than {PIECE_BYTES} bytes")
    if size is not None and len(body) != size:
        raise ValueError(f"a stored piece of {len(body)} bytes where {size} were written")
    return body


def write(graph: Graph, base: str, digest: str, label: str, answer: Answer, made: Made | None = None) -> None:
    """One answer in ``graph`` (the answers graph's triples): its rows, variables and label, and for
    every form of :data:`FORMS` its rows' bytes in pieces of :data:`PIECE_BYTES` and each row's end
    (``made``: rows' bytes written before, of the same variables, see :data:`Made`).

    A graph with ``add_text`` (``answers.WrittenLines``) is given the triples' IRIs and values as
    text: making an rdflib term of each and writing it again as text was a third of this step's
    CPU (16 500 literals and 94 000 IRIs for 100 bench documents)."""
    variables, rows = answer
    made = {} if made is None else made  # the CSV lines, read again for the spreadsheet's
    add_text: Callable[[str, str, str | int, str], None] | None = getattr(graph, "add_text", None)
    put = add_text if add_text is not None else _adder(graph)
    node = f"{answers_graph_iri(base)}#{digest}"
    predicate = f"{answers_graph_iri(base)}#"
    put(node, f"{predicate}call", label, "plain")
    put(node, f"{predicate}rows", len(rows), "integer")
    put(node, f"{predicate}vars", json.dumps(variables), "plain")
    for key, media in FORMS.items():
        separator = results.SEPARATORS.get(media, b"")
        written = _rows(variables, rows, media, made)
        data = separator.join(written)
        ends, end = array("Q"), -len(separator)
        for row in written:
            end += len(separator) + len(row)
            ends.append(end)
        if sys.byteorder != "little":
            ends.byteswap()
        part = f"{node}/{key}"
        put(part, f"{predicate}length", len(data), "integer")
        put(part, f"{predicate}ends", encode_body(ends.tobytes()), "base64")
        for index, start in enumerate(range(0, len(data), PIECE_BYTES)):
            node_of_piece = f"{part}/{index}"
            put(part, f"{predicate}hasPiece", node_of_piece, "iri")
            put(node_of_piece, f"{predicate}piece", encode_body(data[start : start + PIECE_BYTES]), "base64")


def _adder(graph: Graph) -> Callable[[str, str, str | int, str], None]:
    """What :func:`write` adds through to an rdflib graph: (subject, predicate, value, kind)."""

    def put(subject: str, predicate: str, value: str | int, kind: str) -> None:
        graph.add((URIRef(subject), URIRef(predicate), term_of(value, kind)))

    return put


def term_of(value: str | int, kind: str) -> URIRef | Literal:
    """The rdflib term of a value :func:`write` gives as text: ``iri``, ``plain`` (a string),
    ``integer`` or ``base64`` (``xsd:base64Binary``)."""
    if kind == "iri":
        return URIRef(str(value))
    if kind == "base64":
        return Literal(value, datatype=XSD.base64Binary)
    return Literal(value)


def index_query(base: str) -> str:
    """The stored version (``?version``) and every stored answer's node (``?answer``), without bodies."""
    g = answers_graph_iri(base)
    return (
        f"SELECT ?version ?answer WHERE {{ GRAPH <{g}> {{ {{ <{g}> <{_key_predicate(base)}> ?version }} "
        f"UNION {{ ?answer <{_rows_predicate(base)}> ?rows }} }} }}"
    )


def entry_query(base: str, digest: str) -> str:
    """:func:`index_query` for one text's answer: the stored version and the answer's node if it
    is stored (the same rows for :func:`digests_of`, without reading every other answer's)."""
    g = answers_graph_iri(base)
    return (
        f"SELECT ?version ?answer WHERE {{ GRAPH <{g}> {{ {{ <{g}> <{_key_predicate(base)}> ?version }} "
        f"UNION {{ VALUES ?answer {{ <{_node(base, digest)}> }} ?answer <{_rows_predicate(base)}> ?rows }} }} }}"
    )


def version_query(base: str) -> str:
    """The version of the data the stored answers follow (``?version``)."""
    g = answers_graph_iri(base)
    return f"SELECT ?version WHERE {{ GRAPH <{g}> {{ <{g}> <{_key_predicate(base)}> ?version }} }}"


def layout_query(base: str, digest: str, key: str) -> str:
    """One stored answer's rows, variables (JSON) and the length of its rows' bytes in format ``key``."""
    node, part = _node(base, digest), _format_node(base, digest, key)
    return (
        f"SELECT ?rows ?vars ?length WHERE {{ GRAPH <{answers_graph_iri(base)}> {{ <{node}> "
        f"<{_rows_predicate(base)}> ?rows ; <{_vars_predicate(base)}> ?vars . <{part}> <{_length_predicate(base)}> ?length }} }}"
    )


def answer_query(base: str, digest: str, key: str, max_rows: int | None) -> str:
    """One stored answer in format ``key`` in one read: its rows, variables (JSON) and the length of
    its rows' bytes, and every piece (``?piece``, ``?body``: a row each) if it has at most
    ``max_rows`` rows (or no cap is given), else where each row ends (``?ends``, to
    :func:`decode_ends`), to read only the pieces the cap keeps (:func:`pieces_query`)."""
    node, part = _node(base, digest), _format_node(base, digest, key)
    whole = "" if max_rows is None else f"FILTER(?rows <= {int(max_rows)}) "
    cut = (
        ""
        if max_rows is None
        else f"OPTIONAL {{ <{part}> <{_ends_predicate(base)}> ?ends FILTER(?rows > {int(max_rows)}) }} "
    )
    return (
        f"SELECT ?rows ?vars ?length ?piece ?body ?ends WHERE {{ GRAPH <{answers_graph_iri(base)}> {{ "
        f"<{node}> <{_rows_predicate(base)}> ?rows ; <{_vars_predicate(base)}> ?vars . "
        f"<{part}> <{_length_predicate(base)}> ?length . "
        f"OPTIONAL {{ <{part}> <{_has_piece_predicate(base)}> ?piece . ?piece <{_piece_predicate(base)}> ?body "
        f"{whole}}} {cut}}} }}"
    )


def pieces_query(base: str, digest: str, key: str, count: int) -> str:
    """The first ``count`` pieces of one stored answer in format ``key`` (``?index``, ``?piece``)."""
    values = " ".join(f"({i} <{_piece_node(base, digest, key, i)}>)" for i in range(count))
    return (
        f"SELECT ?index ?piece WHERE {{ VALUES (?index ?node) {{ {values} }} "
        f"GRAPH <{answers_graph_iri(base)}> {{ ?node <{_piece_predicate(base)}> ?piece }} }}"
    )


def decode_ends(value: str, rows: int) -> array[int]:
    """The ends of a stored answer's rows (ValueError unless there are ``rows`` of them)."""
    ends = array("Q")
    ends.frombytes(decode_body(value, rows * ends.itemsize))
    if sys.byteorder != "little":
        ends.byteswap()
    return ends


def _layout(found: tuple[str, ...]) -> tuple[int, list[str], int]:
    """A stored answer's rows, variables and length (the first three values of
    :func:`answer_query`'s row) if they are as the write step writes them, else ValueError.

    They frame every byte served and say how many rows and pieces to read, and a dump loaded
    with ``--no-derive`` (or a store damaged on disk) can hold other values under the data's
    version: variables ``5`` were served as ``{"head":{"vars":5},...}``, a row count of -3 or 0
    over stored rows as the ``X-Rows`` of the whole bytes, a length of 10^14 named 2.5 10^7
    pieces in one query text (tests/reliability/test_damaged_derived.py)."""
    try:
        rows, variables, length = int(found[0]), json.loads(found[1]), int(found[2])
    except (ValueError, IndexError) as exc:
        raise ValueError(f"a stored answer's layout is not as written: {exc}") from None
    names = variables if isinstance(variables, list) else None
    if names is None or not all(isinstance(v, str) and _VARNAME.fullmatch(v) for v in names):
        raise ValueError(f"a stored answer's variables are no list of names: {found[1][:80]!r}")
    if len(set(names)) != len(names):
        raise ValueError(f"a stored answer names a variable twice: {found[1][:80]!r}")
    # every row is at least one byte, and no rows are no bytes
    if not 0 <= rows <= length <= MAX_STORED_BYTES or (rows == 0) != (length == 0):
        raise ValueError(f"a stored answer of {rows} rows in {length} bytes is not as written")
    return rows, names, length


def _end(value: str, rows: int, count: int, length: int) -> int:
    """Where the first ``count`` of a stored answer's ``rows`` end, from its stored ends, if they
    are as written (rising, the last at ``length``), else ValueError: forged ends past the length
    named pieces the answer does not have, and ends out of order cut its bytes anywhere."""
    ends = decode_ends(value, rows)
    firsts = ends[:count]
    if ends[-1] != length or any(a >= b for a, b in pairwise(firsts)) or not firsts[0] > 0:
        raise ValueError("a stored answer's row ends are not as written")
    return firsts[-1]


def digests_of(rows: list[tuple[str, ...]], base: str) -> tuple[str | None, set[str]]:
    """The stored version and the digests of the stored answers, from the rows of :func:`index_query`."""
    version = None
    digests: set[str] = set()
    prefix = f"{answers_graph_iri(base)}#"
    for value, answer in rows:
        if value:
            version = value
        if answer.startswith(prefix):
            digests.add(answer[len(prefix) :])
    return version, digests


def stored_bytes(
    select: Select,
    base: str,
    digest: str,
    media: str,
    *,
    max_rows: int | None = None,
    link: str | None = None,
    max_bytes: int = 0,
) -> tuple[bytes, int, bool] | None:
    """A stored answer (by its text's digest) written in ``media`` as the server's engine writes it,
    its first ``max_rows`` rows with the truncation ``link`` if it has more: the body, its rows and
    whether it was cut; None if none is stored in that format, or its rows' bytes exceed
    ``max_bytes`` (if given: the engine says what is too large). Whether it follows the data now
    stored is the caller's to know (:func:`stored_json` checks it). One read (:func:`answer_query`)
    for an answer within the cap; one more for the pieces the cap keeps of a longer one; ValueError
    if they are not as written."""
    key = next((k for k, m in FORMS.items() if m == media), None)
    if key is None:
        return None
    found = select(answer_query(base, digest, key, max_rows))
    if not found:
        return None
    rows, variables, length = _layout(found[0])
    truncated = max_rows is not None and rows > max_rows
    count = max_rows if truncated and max_rows is not None else rows
    end = (_end(found[0][5], rows, count, length) if count else 0) if truncated else length
    if max_bytes and end > max_bytes:
        return None
    needed = -(-end // PIECE_BYTES)
    if truncated:
        read = select(pieces_query(base, digest, key, needed)) if needed else []
        pieces = sorted((int(i), value) for i, value in read)
    else:
        pieces = sorted(
            (int(piece.rsplit("/", 1)[1]), value) for _r, _v, _l, piece, value, _e in found if piece
        )
    if [i for i, _ in pieces] != list(range(needed)):
        raise ValueError(f"a stored answer has {len(pieces)} of its {needed} pieces")
    parts = [decode_body(value, min(PIECE_BYTES, length - i * PIECE_BYTES)) for i, value in pieces]
    if parts:
        parts[-1] = parts[-1][: end - (needed - 1) * PIECE_BYTES]
    start, stop = _frame(variables, media, truncated=truncated, link=link)
    return b"".join([start, *parts, stop]), count, truncated  # one copy of the bytes
