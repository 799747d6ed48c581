"""The project's one reading of SPARQL text: rdflib's SPARQL 1.1 grammar.

The endpoint's safety check (``server/guard.py``), the query form the store
and the server negotiate with, and the place where parameters are bound as a
``VALUES`` block (``inject_values``) all read a query here, with the grammar
productions of rdflib's parser (pyparsing), never with a scanner of their own:
three hand lexers that each read the language a little differently are how a
``SERVICE`` once slipped past the check.

The decision walks rdflib's parse tree (the grammar's productions as
``CompValue`` nodes) rather than the algebra of ``translateQuery``: the tree
holds every ``ServiceGraphPattern``, ``Load``, dataset, USING and WITH clause
as written, and the translation adds rdflib's own evaluation rules (it
refuses some queries pyoxigraph runs) and recurses without bound.

The parser is recursive and slow (about 60 kB/s, and ~1 ms per operand of a
long operator chain), so the text is first held to a size and token budget (a
resource bound, not a safety decision), parsed on a thread with a large stack
and a raised recursion limit, and the reading is cached per text (the same
catalogue and page queries come back all the time) and per shape: a text
with other IRIs or strings is read from its shape's parse (:mod:`.sparqlshape`).
"""

from __future__ import annotations

import hashlib
import re
import sys
import threading
from collections import OrderedDict
from collections.abc import Callable
from concurrent.futures import Future
from concurrent.futures import TimeoutError as FutureTimeout
from dataclasses import dataclass
from queue import SimpleQueue
from typing import Any, TypeVar

from pyparsing import Literal, Optional, ParseBaseException, ParserElement, ParseResults, ZeroOrMore
from rdflib.plugins.sparql import parser as grammar
from rdflib.plugins.sparql.parserutils import CompValue
from rdflib.term import URIRef, Variable

from hankegraafi import xmlchars
from hankegraafi.ontology.namespaces import PREFIXES
from hankegraafi.store import sparqlbudget, sparqlshape
from hankegraafi.store.sparqlbudget import MAX_CHARACTERS, MAX_OPERATORS, MAX_TOKENS

#: Deepest nesting accepted, counted on the parse tree: each group ``{}``,
#: subquery, bracketed expression or path, plus the length of every operator
#: chain (``1+1+…``, ``a||b||…``, ``p/q/…``, ``A UNION B UNION …``), because the
#: engine builds a chain as a nested binary tree and recurses through it. The
#: engine's worker dies of a stack overflow on 20 000; 200 is far above any real query.
MAX_DEPTH = 200
#: Longest a request waits for the one parser thread (its own parse and those queued before it).
PARSE_WAIT_SECONDS = 20.0
#: Python frames the parser may use: enough for MAX_DEPTH levels of any
#: construct (pyparsing spends 30–50 frames per level); deeper input fails
#: with RecursionError, which is reported as too deeply nested.
RECURSION_LIMIT = 16_000
#: Stack of the parser threads: RECURSION_LIMIT frames ran in 2 MiB (Python 3.11
#: frames live on the heap), so 32 MiB is a wide margin that costs little of a
#: worker's capped address space.
_STACK_BYTES = 32 * 1024 * 1024
#: Readings remembered (by the SHA-256 of the text, not the text itself).
CACHE_SIZE = 512

_ESCAPE = re.compile(r"\\[uU][0-9A-Fa-f]{4}")


class SparqlError(ValueError):
    """The text was not read; the message says why, with a position when there is one."""


class Unreadable(SparqlError):
    """The grammar does not accept the text (or it holds what the reader refuses to interpret)."""


class Ambiguous(SparqlError):
    """The text holds a construct that parsers are known to read differently."""


class TooComplex(SparqlError):
    """The text is larger or deeper than the reader's budget."""


class Busy(TooComplex):
    """The parser's queue not reached in time: the server's state, not the text's; never cached (R4-3b)."""


@dataclass(frozen=True)
class Reading:
    """What a query or update asks for, as the grammar reads it.

    IRIs are absolute (resolved against the text's own BASE and PREFIX).
    ``from_graphs`` holds FROM, and for updates USING and WITH; ``from_named``
    holds FROM NAMED and USING NAMED.
    """

    form: str  # SELECT, ASK, CONSTRUCT, DESCRIBE or UPDATE
    services: tuple[str, ...]
    loads: tuple[str, ...]
    from_graphs: tuple[str, ...]
    from_named: tuple[str, ...]
    depth: int
    #: The graphs an update writes: IRIs, ``""`` for the default graph, :data:`ANY_GRAPH` where
    #: it may write any graph (``DROP ALL``, ``CLEAR NAMED``, ``GRAPH ?g`` in a template).
    writes: tuple[str, ...] = ()

    @property
    def is_update(self) -> bool:
        return self.form == "UPDATE"


T = TypeVar("T")

#: In :attr:`Reading.writes`: the update may write any graph of the store.
ANY_GRAPH = "*"
#: Update operations and the parameter naming the graph each writes (``Add``, ``Move`` and
#: ``Copy`` name two: the second is written, and ``Move`` empties the first).
_TARGETS = {"Clear": "graphiri", "Drop": "graphiri", "Create": "graphiri"}


class _BigStack:
    """One long-lived thread with a large stack that runs the recursive parser.

    One, not more: rdflib's grammar objects are pyparsing elements shared by
    every caller, and pyparsing is not thread-safe (two threads parsing at
    once gave "missing 1 required positional argument" and false refusals
    of valid queries under concurrent requests).
    """

    def __init__(self, threads: int = 1) -> None:
        self.pid = -1
        self.threads = threads
        self.lock = threading.Lock()
        self.queue: SimpleQueue[tuple[Callable[[], Any], Future[Any]]] = SimpleQueue()

    def run(self, fn: Callable[[], T]) -> T:
        self._start()
        future: Future[T] = Future()
        self.queue.put((fn, future))
        try:
            return future.result(timeout=PARSE_WAIT_SECONDS)
        except FutureTimeout:
            future.cancel()  # still queued: never parsed; running: its answer is dropped
            raise Busy(
                f"the query could not be checked within {PARSE_WAIT_SECONDS:g} s (the checker is busy); try again"
            ) from None

    def _start(self) -> None:
        import os

        if self.pid == os.getpid():
            return
        with self.lock:
            if self.pid == os.getpid():
                return
            self.queue = SimpleQueue()  # a forked child has none of the parent's threads
            old = threading.stack_size(_STACK_BYTES)
            try:
                for n in range(self.threads):
                    threading.Thread(target=self._serve, name=f"sparql-parser-{n}", daemon=True).start()
            finally:
                threading.stack_size(old)
            self.pid = os.getpid()

    def _serve(self) -> None:
        queue = self.queue
        while True:
            fn, future = queue.get()
            if not future.set_running_or_notify_cancel():
                continue
            try:
                future.set_result(fn())
            except BaseException as exc:  # handed to the caller, who re-raises it
                future.set_exception(exc)


_RUNNER = _BigStack()
# Set once, on import: the limit is per process, and the parser threads need it.
if sys.getrecursionlimit() < RECURSION_LIMIT:
    sys.setrecursionlimit(RECURSION_LIMIT)


class _Cache:
    """A small thread-safe LRU of readings and of refusals, keyed by the text's digest."""

    def __init__(self, size: int) -> None:
        self.size = size
        self.items: OrderedDict[tuple[str, bytes], object] = OrderedDict()
        self.lock = threading.Lock()
        self.hits = 0
        self.misses = 0

    def get(self, kind: str, text: str, make: Callable[[str], object]) -> object:
        key = (kind, hashlib.sha256(text.encode("utf-8", "surrogatepass")).digest())
        with self.lock:
            if key in self.items:
                self.items.move_to_end(key)
                self.hits += 1
                return self.items[key]
            self.misses += 1
        try:
            value: object = make(text)
        except Busy:  # a passing state, not the text's reading: asked again, it is parsed
            raise
        except SparqlError as exc:
            value = exc
        with self.lock:
            self.items[key] = value
            while len(self.items) > self.size:
                self.items.popitem(last=False)
        return value

    def clear(self) -> None:
        with self.lock:
            self.items.clear()


CACHE = _Cache(CACHE_SIZE)
SHAPES = _Cache(CACHE_SIZE)  # readings of shapes (:mod:`.sparqlshape`), each for all texts of its shape


def read(text: str) -> Reading:
    """The reading of a query or update; raises :class:`SparqlError` when there is none."""
    value = _cached("read", text, _read)
    assert isinstance(value, Reading)
    return value


def query_form(text: str) -> str:
    """SELECT, ASK, CONSTRUCT or DESCRIBE: the grammar's prologue and first keyword."""
    value = _cached("head", text, _head)
    assert isinstance(value, tuple)
    return str(value[0])


def where_brace(text: str) -> int:
    """Offset in ``text`` of the ``{`` that opens the query's WHERE group."""
    value = _cached("head", text, _head)
    assert isinstance(value, tuple)
    return int(value[1])


def _cached(kind: str, text: str, make: Callable[[str], object]) -> object:
    """A cached reading of ``text``, or its cached refusal raised afresh."""
    value = CACHE.get(kind, text, make)
    if isinstance(value, SparqlError):
        raise type(value)(str(value))  # a fresh one: the cached instance is shared by threads
    return value


def for_parser(text: str) -> str:
    """The text as the grammar is given it, after the two checks where rdflib and the standard part.

    * rdflib resolves ``\\u``/``\\U`` escapes over the whole text before
      parsing; Oxigraph only inside strings and IRIs, so ``'\\u0027'`` is one
      string to one and the start of a long string to the other. Text with
      such an escape is not read at all.
    * rdflib's comments run to ``\\n`` only; the grammar ends them at ``\\r``
      too. A lone CR becomes LF (the same length, and both are white space
      everywhere outside long strings, whose value does not matter here).
    * A character XML 1.0 cannot hold (U+0001, U+FFFE, …) is valid SPARQL, but an
      answer or a stored literal holding it breaks every XML answer: not read
      (:mod:`hankegraafi.xmlchars`).
    """
    check_budget(text)
    at = xmlchars.first_forbidden(text)
    if at is not None:
        raise Unreadable(f"{_position(text, at)}: {xmlchars.name(text[at])} {xmlchars.WHY}: remove it")
    match = _ESCAPE.search(text)
    if match:
        raise Ambiguous(
            f"{_position(text, match.start())}: \\u and \\U escapes are not read here "
            "(parsers disagree on where they apply); write the character itself"
        )
    return text.replace("\r", "\n")


def strip_comments(text: str) -> str:
    """The text without ``#`` comments, read with the grammar's own string and IRI tokens.

    Some clients (SPARQLWrapper) guess a query's form with a regular
    expression that a comment such as ``# describes …`` fools.
    """
    return _comments().sub(lambda m: "" if m.lastgroup == "comment" else m.group(0), text)


_COMMENTS: re.Pattern[str] | None = None


def _comments() -> re.Pattern[str]:
    global _COMMENTS
    if _COMMENTS is None:
        strings = [
            grammar.STRING_LITERAL_LONG1.re.pattern,
            grammar.STRING_LITERAL_LONG2.re.pattern,
            grammar.STRING_LITERAL1.re.pattern,
            grammar.STRING_LITERAL2.re.pattern,
        ]
        iri = '<[^<>"{}|^`\\\\\\x00-\\x20]*>'
        _COMMENTS = re.compile("|".join([*strings, iri, "(?P<comment>#[^\\r\\n]*)"]))
    return _COMMENTS


def check_budget(text: str) -> None:
    """Refuse text larger than the reader's budget before spending time on it (:mod:`.sparqlbudget`)."""
    reason = sparqlbudget.fault(text)
    if reason is not None:
        raise TooComplex(reason)


def _read(text: str) -> Reading:
    clean = for_parser(text)
    general = _through_shape(clean, "read", _read)
    if isinstance(general, Reading) and not any(getattr(general, name) for name in sparqlshape.OWN):
        return general  # it holds none of the text's IRIs: it is the text's reading
    tree, is_update = _RUNNER.run(lambda: _parse(clean))
    return _walk(tree, is_update)


def _through_shape(clean: str, kind: str, make: Callable[[str], object]) -> object:
    """The reading of ``clean``'s shape (:mod:`.sparqlshape`), a refusal, or None (no other shape)."""
    general = sparqlshape.shape(clean)
    return None if general is None or general == clean else SHAPES.get(kind, general, make)


def _parse(text: str) -> tuple[Any, bool]:
    """rdflib's parse tree of a query, or failing that of an update.

    Any other exception out of rdflib's parse actions (a bad codepoint, its
    SERVICE re-scan) means the text was not read either: it is unreadable.
    """
    try:
        return grammar.QueryUnit.parse_string(text, parse_all=True), False
    except RecursionError:
        raise _too_deep() from None
    except ParseBaseException as exc:
        query_error: Exception = exc
    except Exception as exc:
        query_error = exc
    try:
        return grammar.UpdateUnit.parse_string(text, parse_all=True), True
    except RecursionError:
        raise _too_deep() from None
    except Exception as update_error:
        located = [e for e in (query_error, update_error) if isinstance(e, ParseBaseException)]
        if not located:
            raise Unreadable(
                f"error at 1:1: the check's parser failed ({type(update_error).__name__})"
            ) from None
        worst = max(located, key=lambda e: e.loc)
        raise Unreadable(f"{_position(text, worst.loc)}: {_expected(worst)}") from None


def _too_deep() -> TooComplex:
    """The parser ran out of frames: deep nesting, or a very long run of triple patterns (the grammar reads
    each pattern of a block one level deeper, so ~1 900 flat patterns fail as 200 nested groups do)."""
    return TooComplex(
        f"the query nests deeper than the check reads (more than {MAX_DEPTH} levels), or one group holds a"
        " very long run of triple patterns (more than about 1 000): split the run into groups { … } { … }"
    )


def _expected(exc: ParseBaseException) -> str:
    found = exc.pstr[exc.loc : exc.loc + 20].split("\n")[0]
    return f"not SPARQL 1.1 as the check reads it near {found!r}" if found else "unexpected end of text"


def _position(text: str, offset: int) -> str:
    line = text.count("\n", 0, offset) + 1
    column = offset - (text.rfind("\n", 0, offset) + 1) + 1
    return f"error at {line}:{column}"


#: CompValue names that open a level of nesting.
_LEVEL = frozenset(
    {
        "ConditionalOrExpression",  # every Expression, so every bracket
        "GroupGraphPatternSub",
        "SubSelect",
        "PathAlternative",
        "PathEltOrInverse",
        "UnaryNot",
        "UnaryMinus",
        "UnaryPlus",
    }
)
#: CompValue names of operator chains and the key of their repeated operands.
_CHAIN = {
    "ConditionalOrExpression": "other",
    "ConditionalAndExpression": "other",
    "AdditiveExpression": "other",
    "MultiplicativeExpression": "other",
    "PathSequence": "part",
    "PathAlternative": "part",
    "GroupOrUnionGraphPattern": "graph",
}


def _walk(tree: Any, is_update: bool) -> Reading:
    """Collect SERVICE, LOAD and dataset IRIs and the deepest nesting, without recursion."""
    from rdflib.plugins.sparql.algebra import translatePrologue

    # Terms as parsed (IRIs, prefixed names, variables): resolved to IRIs at the end.
    services: list[Any] = []
    loads: list[Any] = []
    graphs: list[Any] = []
    named: list[Any] = []
    writes: list[Any] = []  # terms as parsed, or DEFAULT/NAMED/ALL, or a Variable
    deepest = 0
    form = "UPDATE"
    stack: list[tuple[Any, int]] = [(tree, 0)]
    while stack:
        node, depth = stack.pop()
        if isinstance(node, CompValue):
            name = node.name
            if name in _LEVEL:
                depth += 1
            key = _CHAIN.get(name)
            if key is not None:
                depth += max(0, len(dict.get(node, key) or ()) - (0 if key == "other" else 1))
            if depth > MAX_DEPTH:
                raise TooComplex(
                    f"the query nests groups, expressions or operator chains deeper than {MAX_DEPTH} levels"
                )
            deepest = max(deepest, depth)
            if name in ("SelectQuery", "AskQuery", "ConstructQuery", "DescribeQuery"):
                form = name[: -len("Query")].upper()
            elif name == "ServiceGraphPattern":
                services.append(dict.get(node, "term"))
            elif name == "Load":
                loads.append(dict.get(node, "iri"))
            elif name in ("DatasetClause", "UsingClause"):
                if dict.get(node, "default") is not None:
                    graphs.append(dict.get(node, "default"))
                else:
                    named.append(dict.get(node, "named"))
            elif name == "Modify" and dict.get(node, "withClause") is not None:
                graphs.append(dict.get(node, "withClause"))
                writes.append(dict.get(node, "withClause"))  # its templates' triples go there
            if name in _TARGETS:
                writes.append(dict.get(node, _TARGETS[name]))
            elif name in ("Add", "Copy", "Move"):
                pair = list(dict.get(node, "graph") or ())
                writes.extend(pair if name == "Move" else pair[1:])
            elif name == "QuadsNotTriples":  # only in update templates: GRAPH g { … } is written
                writes.append(dict.get(node, "term"))
            children = list(node.values())
        elif isinstance(node, (ParseResults, list, tuple)):
            children = list(node)
        else:
            continue
        stack.extend((child, depth) for child in reversed(children))
    resolve = _resolver(tree, is_update, translatePrologue)
    if not is_update and form == "UPDATE":
        raise Unreadable("error at 1:1: no query form found")
    return Reading(
        form=form,
        services=tuple(resolve(t) for t in services),
        loads=tuple(resolve(t) for t in loads),
        from_graphs=tuple(resolve(t) for t in graphs),
        from_named=tuple(resolve(t) for t in named),
        depth=deepest,
        writes=tuple(dict.fromkeys(_written(t, resolve) for t in writes)),
    )


def _written(term: Any, resolve: Callable[[Any], str]) -> str:
    """The graph a write names: an absolute IRI, ``""`` (default) or :data:`ANY_GRAPH`."""
    if isinstance(term, str) and not isinstance(term, URIRef):
        word = term.upper()
        if word == "DEFAULT":
            return ""
        if word in ("ALL", "NAMED"):
            return ANY_GRAPH
    if term is None or isinstance(term, Variable):
        return ANY_GRAPH
    return resolve(term)


def _resolver(tree: Any, is_update: bool, translate_prologue: Callable[..., Any]) -> Callable[[Any], str]:
    """Absolute IRI of a term as written (IRI, prefixed name or variable)."""
    if is_update:
        prologues = list(dict.get(tree[0], "prologue") or [[]]) if len(tree) else [[]]
        decls = [d for p in prologues for d in p]
    else:
        decls = list(tree[0]) if len(tree) else []
    try:
        prologue = translate_prologue(decls, None, initNs=PREFIXES)
    except Exception as exc:  # an undeclared or malformed prefix in the prologue itself
        raise Unreadable(f"error at 1:1: the prologue does not resolve ({exc})") from None

    def resolve(term: Any) -> str:
        try:
            return str(prologue.absolutize(term))
        except Exception as exc:  # rdflib raises a bare Exception for an unknown prefix
            raise Unreadable(f"error at 1:1: a graph IRI does not resolve ({exc})") from None

    return resolve


def _head_grammar() -> ParserElement:
    """Prologue, query form, dataset clauses and WHERE, up to the brace of the WHERE group."""
    brace = Literal("{").set_parse_action(lambda s, loc, toks: [loc])
    datasets = ZeroOrMore(grammar.DatasetClause)
    where = Optional(grammar.Keyword("WHERE"))
    select = grammar.SelectClause
    forms = (
        (select + datasets + where + brace)
        | (grammar.Keyword("CONSTRUCT") + grammar.ConstructTemplate + datasets + where + brace)
        | (grammar.Keyword("CONSTRUCT") + datasets + grammar.Keyword("WHERE") + brace)
        | (grammar.Keyword("ASK") + datasets + where + brace)
        | (
            grammar.Keyword("DESCRIBE")
            + (grammar.OneOrMore(grammar.VarOrIri) | "*")
            + datasets
            + Optional(where + brace)
        )
    )
    head = grammar.Prologue.copy() + forms
    head.ignore("#" + grammar.rest_of_line)
    head.parse_with_tabs()
    return head


_HEAD: ParserElement | None = None
_HEAD_LOCK = threading.Lock()


def _head(text: str) -> tuple[str, int]:
    global _HEAD
    clean = for_parser(text)
    with _HEAD_LOCK:
        if _HEAD is None:
            _HEAD = _head_grammar()
    head = _HEAD

    def parse() -> ParseResults:
        try:
            return head.parse_string(clean, parse_all=False)
        except ParseBaseException as exc:
            raise Unreadable(
                f"{_position(clean, exc.loc)}: not a SPARQL query: expected SELECT, ASK, CONSTRUCT or DESCRIBE"
            ) from None
        except RecursionError:
            raise _too_deep() from None
        except Exception as exc:  # a parse action of rdflib's failed: not read either
            raise Unreadable(f"error at 1:1: the check's parser failed ({type(exc).__name__})") from None

    tokens = _RUNNER.run(parse)
    form = next(str(t).upper() for t in _keywords(tokens) if str(t).upper() in _FORMS)
    brace = next(
        (t for t in reversed(list(_flat(tokens))) if isinstance(t, int) and not isinstance(t, bool)), -1
    )
    return form, brace


_FORMS = ("SELECT", "ASK", "CONSTRUCT", "DESCRIBE")


def _flat(tokens: Any) -> Any:
    for t in tokens:
        if isinstance(t, (ParseResults, list)):
            yield from _flat(t)
        else:
            yield t


def _keywords(tokens: Any) -> Any:
    return (t for t in _flat(tokens) if isinstance(t, str))


__all__ = [
    "CACHE",
    "MAX_CHARACTERS",
    "MAX_DEPTH",
    "MAX_OPERATORS",
    "MAX_TOKENS",
    "Ambiguous",
    "Busy",
    "Reading",
    "SparqlError",
    "TooComplex",
    "Unreadable",
    "check_budget",
    "for_parser",
    "query_form",
    "read",
    "strip_comments",
    "where_brace",
]
