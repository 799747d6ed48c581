"""The stored answers' triples kept as the N-Triples lines the engine writes, with no rdflib graph between.

:func:`~hankegraafi.queries.pieces.write` adds each answer's triples to a :class:`WrittenLines`
(:mod:`hankegraafi.queries.answers` re-exports it); the lines are written as the graph's
difference from what is stored (:func:`~hankegraafi.store.graphdiff.write_lines`).
"""

from __future__ import annotations

import re

from rdflib.namespace import XSD
from rdflib.term import Literal, Node, URIRef

from hankegraafi.queries.pieces import term_of
from hankegraafi.store.graphdiff import lines_of

#: A string literal the engine writes in N-Triples as it is, but ``"`` and ``\`` escaped: no control
#: character, no line or paragraph separator (anything else goes through the engine's own writer).
_PLAIN = re.compile(r"[^\x00-\x1f\x7f-\x9f\u2028\u2029]*")
_BASE64 = re.compile(r"[A-Za-z0-9+/]*={0,2}")
_DIGITS = re.compile(r"0|[1-9][0-9]*")
#: The datatypes' IRIs as text, read once: rdflib's namespace attribute builds its term on every
#: read (15 800 reads a write of six documents, a sixth of :meth:`WrittenLines.add_text`).
_INTEGER = str(XSD.integer)
_BASE64_BINARY = str(XSD.base64Binary)


class WrittenLines:
    """Stands in for the rdflib graph the answers are written into (``add`` of rdflib triples,
    :func:`~hankegraafi.queries.pieces.write`): each triple is kept at once as the N-Triples line
    the engine writes (:func:`~hankegraafi.store.graphdiff.write_lines`), with no rdflib graph
    between (building one and writing its lines again was a third of this step's CPU). The
    literals the answers hold (labels, JSON of variable names, counts, base64 of pieces) are
    written here; any other goes through the engine's writer (:func:`~hankegraafi.store.graphdiff.lines_of`), so
    every line is the engine's (tests/queries/test_answer_lines.py)."""

    def __init__(self) -> None:
        self._lines: set[str] = set()
        self._other: list[tuple[Node, Node, Node]] = []

    def add(self, triple: tuple[Node, Node, Node]) -> None:
        s, p, o = triple
        if isinstance(s, URIRef) and isinstance(p, URIRef):
            written = _written(o)
            if written is not None:
                self._lines.add(f"<{s}> <{p}> {written} .")
                return
        self._other.append(triple)

    def add_text(self, s: str, p: str, value: str | int, kind: str) -> None:
        """A triple :func:`~hankegraafi.queries.pieces.write` gives as text (its kinds of value,
        :func:`~hankegraafi.queries.pieces.term_of`), written as :meth:`add` writes its terms."""
        text = str(value)
        if kind == "iri":
            written: str | None = f"<{text}>"
        elif kind == "plain":
            plain = _PLAIN.fullmatch(text)
            written = '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"' if plain else None
        elif kind == "integer":
            written = f'"{text}"^^<{_INTEGER}>' if _DIGITS.fullmatch(text) else None
        else:
            written = f'"{text}"^^<{_BASE64_BINARY}>' if _BASE64.fullmatch(text) else None
        if written is None:
            self._other.append((URIRef(s), URIRef(p), term_of(value, kind)))
        else:
            self._lines.add(f"<{s}> <{p}> {written} .")

    def add_lines(self, lines: set[str]) -> None:
        """Lines another :class:`WrittenLines` made (the forked process's share of the step)."""
        self._lines |= lines

    def lines(self) -> set[str]:
        """Every triple added, as the engine writes it."""
        return self._lines | lines_of(self._other) if self._other else set(self._lines)


def _written(o: Node) -> str | None:
    """A term as the engine writes it in N-Triples, for the kinds of :class:`WrittenLines`; else None."""
    if isinstance(o, URIRef):
        return f"<{o}>"
    if not isinstance(o, Literal) or o.language:
        return None
    text = str(o)
    if o.datatype is None:
        if _PLAIN.fullmatch(text):
            return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'
        return None
    if o.datatype == XSD.integer and _DIGITS.fullmatch(text):
        return f'"{text}"^^<{XSD.integer}>'
    if o.datatype == XSD.base64Binary and _BASE64.fullmatch(text):
        return f'"{text}"^^<{XSD.base64Binary}>'
    return None
