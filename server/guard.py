"""What a query may ask for, decided from a parse before it runs.

Both rdflib and pyoxigraph follow ``SERVICE`` to any URL, and ``LOAD`` makes
an engine fetch data, so the endpoint refuses them before execution; dataset
clauses (FROM, FROM NAMED; USING, USING NAMED and WITH in updates) are
reported so that ``build_job`` checks them against the store's graphs.

The decision comes from a parse with the SPARQL 1.1 grammar
(:mod:`hankegraafi.store.sparqlparse`, rdflib's parser; a text of a shape
already parsed, other IRIs or strings in the same places, is read from that
parse: :mod:`hankegraafi.store.sparqlshape`): every
``ServiceGraphPattern`` and ``Load`` in the tree counts, wherever it sits
(subqueries, EXISTS in filters, MINUS, OPTIONAL, update WHERE clauses). An
earlier hand lexer read names with ASCII letters only and took ``\\#`` in
``ex:a·b\\#c`` for a comment, so a SERVICE after it ran unchecked.

The text that runs is the client's, in pyoxigraph, so the check must read the
same query the engine runs. What is done about the places where the two
parsers could read one text differently:

* Text rdflib cannot parse is not run at all: 400 ``query-syntax`` with the
  position where rdflib stopped and a note that the safety check could not
  read it. (Text pyoxigraph cannot parse fails there anyway.)
* ``\\u``/``\\U`` escapes: rdflib resolves them over the whole text before
  parsing, pyoxigraph only inside strings and IRIs, so ``'\\u0027'`` is a
  one-character string to one and the start of a long string to the other.
  Text with such an escape is refused, whatever it says.
* Comments: rdflib ends them at LF only, the grammar (and pyoxigraph) at CR
  too; the check reads a lone CR as LF.
* PN_LOCAL_ESC (``\\#``), PLX (``%41``), the name characters U+00B7,
  U+0300–036F, U+203F–2040 and astral PN_CHARS_BASE, long strings and string
  escapes follow the grammar in rdflib's regular expressions; the
  differential fuzz in ``tests/reliability/test_guard_differential.py`` runs
  every query this check allows in pyoxigraph with a counting listener behind
  SERVICE, LOAD and FROM, and fails on any connection.
* rdflib's SERVICE parse action searches the whole text again for the
  clause, and fails on some texts before it (a ``\\#`` escape or an empty
  long string earlier on the line): such a text is unreadable, so refused;
  it held a SERVICE anyway.
* Nesting: a query deeper than ``sparqlparse.MAX_DEPTH`` (operator chains and
  path sequences count as depth; pyoxigraph builds them as nested binary
  trees) is refused before pyoxigraph recurses into it; deeper still, the
  parser's own RecursionError is the same clean refusal. Text over
  ``MAX_TOKENS`` tokens, ``MAX_OPERATORS`` operators or ``sparqlbudget.MAX_COST``
  cost units (each token weighed by its place: an expression's terms cost most)
  is refused before parsing, a bound on the parser's time (about 2 s), not a
  safety decision.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from hankegraafi.store import sparqlparse
from hankegraafi.store.base import QuerySyntaxError
from hankegraafi.store.sparqlparse import ANY_GRAPH, MAX_DEPTH, MAX_OPERATORS, MAX_TOKENS

#: Keywords that make an engine reach out to the network (or write).
FORBIDDEN = {
    "SERVICE": "SERVICE (federated query) is not allowed: this endpoint never sends requests elsewhere",
    "LOAD": "LOAD is not allowed: this endpoint never fetches remote data",
}
#: Deepest nesting accepted (kept under its old name for callers and docs).
MAX_NESTING = MAX_DEPTH


class Refused(ValueError):
    """The query asks for something this endpoint never does; the message says what."""


class Unreadable(QuerySyntaxError):
    """The safety check's parser could not read the text, so it is not run (400 query-syntax)."""


class CheckerBusy(RuntimeError):
    """The check's parser is busy with this client's other query, or with others' past its wait:
    a passing state of the server, not a fault of the query (503 with Retry-After)."""


#: Seconds a query waits for its client's other check to end before it is answered 503. A check
#: of an ordinary query takes milliseconds; one of 8 000 tokens up to ~6 s of CPU.
CLIENT_WAIT_SECONDS = 1.0


class _ClientTurns:
    """One check at a time per client address (R4-3, stop 43).

    The parser is one thread of the web process for every client (pyparsing is not thread-safe,
    :mod:`hankegraafi.store.sparqlparse`), first come first served. A client sending distinct
    queries of 8 000 tokens two at a time (6 s of parse each) kept it busy, so another client's
    plain query waited 20 s and more (p90 20.7 s). With a turn per address a client holds at most
    one place in the parser's queue: others wait at most for the check before theirs.
    """

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.turns: dict[str, tuple[threading.Lock, int]] = {}

    @contextmanager
    def turn(self, client: str | None, wait: float) -> Iterator[None]:
        if client is None:  # no request (a test, the command line): nobody to share with
            yield
            return
        with self.lock:
            gate, users = self.turns.get(client) or (threading.Lock(), 0)
            self.turns[client] = (gate, users + 1)
        try:
            if not gate.acquire(timeout=wait):
                raise CheckerBusy(
                    "another query of this client is being checked (the check reads one query of a "
                    "client at a time); send the next when it is answered"
                )
            try:
                yield
            finally:
                gate.release()
        finally:
            with self.lock:
                gate, users = self.turns[client]
                if users <= 1:
                    del self.turns[client]
                else:
                    self.turns[client] = (gate, users - 1)


_TURNS = _ClientTurns()


def _client() -> str | None:
    """The address of the request being answered, or None outside a request."""
    from flask import has_request_context, request

    return str(request.remote_addr) if has_request_context() else None


@dataclass(frozen=True)
class Scan:
    """What the parse found that matters for safety."""

    is_update: bool
    from_graphs: list[str]
    from_named: list[str]
    depth: int = 0
    #: The graphs an update writes (``sparqlparse.Reading.writes``).
    writes: tuple[str, ...] = ()

    @property
    def has_dataset(self) -> bool:
        return bool(self.from_graphs or self.from_named)


def _read(sparql: str) -> sparqlparse.Reading:
    """The parser's reading; its queue not reached within its wait (:class:`sparqlparse.Busy`) is
    :class:`CheckerBusy`: the server's state, not the query's fault (it had been a 400
    ``query-refused``, which clients do not retry)."""
    try:
        return sparqlparse.read(sparql)
    except sparqlparse.Busy as exc:
        raise CheckerBusy(str(exc)) from None


def scan(sparql: str) -> Scan:
    """Parse ``sparql``; refuse SERVICE, LOAD, over-deep or unreadable text; report dataset IRIs."""
    try:
        with _TURNS.turn(_client(), CLIENT_WAIT_SECONDS):
            reading = _read(sparql)
    except (sparqlparse.TooComplex, sparqlparse.Ambiguous) as exc:
        raise Refused(str(exc)) from None
    except sparqlparse.Unreadable as exc:
        raise Unreadable(f"{exc} (the safety check could not read this query, so it was not run)") from None
    if reading.services:
        raise Refused(FORBIDDEN["SERVICE"])
    if reading.loads:
        raise Refused(FORBIDDEN["LOAD"])
    return Scan(
        is_update=reading.is_update,
        from_graphs=list(reading.from_graphs),
        from_named=list(reading.from_named),
        depth=reading.depth,
        writes=reading.writes,
    )


# -- queries whose cost is bounded ------------------------------------------------------------
#
# One class of client query is cheap whatever the data: ASK or SELECT of plain variables over ONE
# triple pattern whose variables differ, with no solution modifier but LIMIT. The engine answers
# it from one prefix scan of one index (every constant in the pattern is part of the prefix),
# lazily: an ASK reads at most one match and a SELECT at most ``max_rows`` + 1, as the row cap
# stops reading. So it cannot run away, and the web process may run it itself (the pool's local
# lane) with no worker to kill. What is NOT in the class, and why: a repeated variable
# (``?x ?p ?x`` is a filter over a whole scan), two patterns (a join: the product of two scans),
# OFFSET (reads what it skips), ORDER BY, DISTINCT, GROUP BY and aggregates (read everything
# first), FILTER, OPTIONAL, paths and everything else (their cost depends on the data).
#
# The class is recognised by a whole-text match of a deliberately small grammar: IRIs without
# escapes, ASCII prefixed names, variables, short strings without escapes, spaces between tokens,
# no comments. Its only keywords are PREFIX, BASE, ASK, SELECT, WHERE, LIMIT and ``a``: there is
# no place in it for SERVICE, LOAD, FROM, GRAPH or an update, and no token that two parsers could
# split differently (the corners the docstring above lists: escapes, comments, PN_LOCAL_ESC, the
# name characters beyond ASCII). So a text it reads whole is read from it alone, without the full
# grammar's parse (1.7 ms a text that is not in the cache, more than the whole lookup):
# ``tests/server/test_bounded_lane.py`` checks that the full grammar reads every such text the same
# way (a query, no SERVICE, no LOAD, no dataset). A text it misreads is at worst not taken for
# bounded, and goes through :func:`scan` like any other.

_WS = r"[ \t\r\n]"
_IRI = r"<[^<>\"{}|^`\\\x00-\x20]*>"
_PNAME_NS = r"(?:[A-Za-z][A-Za-z0-9_-]*)?:"
_PNAME = _PNAME_NS + r"[A-Za-z0-9_](?:[A-Za-z0-9_-]*[A-Za-z0-9_])?"
_NAMED = f"(?:{_IRI}|{_PNAME})"
_NAME = r"[A-Za-z_][A-Za-z0-9_]*"
_LITERAL = r"""(?:"[^"\\\r\n]*"|'[^'\\\r\n]*')""" + rf"(?:@[A-Za-z]+(?:-[A-Za-z0-9]+)*|\^\^{_NAMED})?"
_BOUNDED = re.compile(
    rf"{_WS}*(?:(?:(?i:PREFIX){_WS}+{_PNAME_NS}{_WS}*{_IRI}|(?i:BASE){_WS}*{_IRI}){_WS}*)*"
    rf"(?:(?i:ASK)|(?i:SELECT){_WS}+(?:\*|[?$]{_NAME}(?:{_WS}+[?$]{_NAME})*)){_WS}*"
    rf"(?:(?i:WHERE){_WS}*)?\{{{_WS}*"
    rf"(?:(?:{_NAMED}|[?$](?P<s>{_NAME})){_WS}+"
    rf"(?:{_NAMED}|a|[?$](?P<p>{_NAME})){_WS}+"
    rf"(?:{_NAMED}|{_LITERAL}|[?$](?P<o>{_NAME}))"
    rf"{_WS}*(?:\.{_WS}*)?)?\}}{_WS}*(?:(?i:LIMIT){_WS}+[0-9]{{1,18}}{_WS}*)?"
)


#: The reading of every text of the bounded class: a query with no dataset of its own.
BOUNDED_READING = Scan(is_update=False, from_graphs=[], from_named=[], depth=1)


def bounded(text: str) -> bool:
    """Whether ``text`` is a query of the bounded class above: one triple pattern with distinct
    variables, or none (``ASK {}``, the liveness probe of clients and of ``bench.servers``, which
    otherwise started the query workers: ``QueryPool`` starts them on first need), ASK or SELECT
    of variables, LIMIT at most (read by the small grammar alone)."""
    if len(text) > 4096:
        return False
    match = _BOUNDED.fullmatch(text)
    if match is None:
        return False
    names = [name for name in match.group("s", "p", "o") if name]
    return len(names) == len(set(names))


def scan_query(text: str) -> tuple[Scan, bool]:
    """The reading of a query text and whether it is of the bounded class: a bounded text is read
    by the small grammar (:data:`BOUNDED_READING`), any other by :func:`scan`."""
    if bounded(text):
        return BOUNDED_READING, True
    return scan(text), False


__all__ = [
    "ANY_GRAPH",
    "BOUNDED_READING",
    "CLIENT_WAIT_SECONDS",
    "FORBIDDEN",
    "MAX_NESTING",
    "MAX_OPERATORS",
    "MAX_TOKENS",
    "CheckerBusy",
    "Refused",
    "Scan",
    "Unreadable",
    "bounded",
    "scan",
    "scan_query",
]
