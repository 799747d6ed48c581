"""Differential fuzz of the safety check against pyoxigraph (issue 16, fault 1).

Generated queries and updates mix every class of character the grammar
allows in names (PN_CHARS_BASE ranges up to the astral planes, ``_``,
digits, ``-``, U+00B7, U+0300–036F, U+203F–2040, ``.``, ``:``, PN_LOCAL_ESC,
PLX ``%hh``), ``\\u``/``\\U`` escapes, strings of all four quotings with
escapes, comments ended by LF, CR, CRLF or the end, odd IRIs, and a few
characters no name may hold. A SERVICE, LOAD, FROM or FROM NAMED pointing at
a loopback listener that counts connections is placed after, inside or
instead of such a token.

Every text goes through ``guard.scan``. Each one it allows runs in pyoxigraph
(an in-memory store in this process; tiny data, so each run is short), and
must not connect to the listener nor use a dataset the check did not report.
The texts it refuses run too, against the same listener, to count the
attacks the check stopped (proof that the generator makes real ones).

Default run: ``HANKEGRAAFI_GUARD_FUZZ_EXAMPLES`` (400) examples, well under a
minute. ``--run-slow``: ``HANKEGRAAFI_GUARD_FUZZ_SLOW_EXAMPLES`` (10 000).
"""

from __future__ import annotations

import os
import time
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass

import pyoxigraph as ox
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from hankegraafi.server import guard
from tests.reliability.figures import record
from tests.reliability.listener import CountingListener

# -- the generator ----------------------------------------------------------------------------

#: PN_CHARS_BASE, as the SPARQL 1.1 grammar gives it (production 164).
PN_CHARS_BASE = [
    (0x41, 0x5A),
    (0x61, 0x7A),
    (0xC0, 0xD6),
    (0xD8, 0xF6),
    (0xF8, 0x2FF),
    (0x370, 0x37D),
    (0x37F, 0x1FFF),
    (0x200C, 0x200D),
    (0x2070, 0x218F),
    (0x2C00, 0x2FEF),
    (0x3001, 0xD7FF),
    (0xF900, 0xFDCF),
    (0xFDF0, 0xFFFD),
    (0x10000, 0xEFFFF),
]
base_char = st.sampled_from(PN_CHARS_BASE).flatmap(lambda r: st.integers(*r)).map(chr)
#: The other PN_CHARS, and what PN_LOCAL adds.
name_extra = st.one_of(
    st.sampled_from(["_", "-", "\u00b7", "\u203f", "\u2040", ".", ":", "0", "9"]),
    st.integers(0x300, 0x36F).map(chr),
)
local_esc = st.sampled_from([f"\\{c}" for c in "_~.-!$&'()*+,;=/?#@%"])
hexdigit = st.sampled_from("0123456789abcdefABCDEF")
percent = st.tuples(hexdigit, hexdigit).map(lambda t: "%" + "".join(t))
codepoint_escape = st.one_of(
    st.sampled_from(["\\u0023", "\\u0027", "\\u0022", "\\u000A", "\\u000D", "\\u003E", "\\u00B7", "\\u0053"]),
    st.integers(0x20, 0x2FFF).map(lambda c: f"\\u{c:04X}"),
    st.integers(0x10000, 0x10FFFF).map(lambda c: f"\\U{c:08X}"),
)
#: Characters no name holds, and separators some readers treat as line ends.
odd = st.sampled_from(
    ["#", "\\", "%4", "%zz", '"', "'", "\u00a0", "\u2028", "\x0b", "\x0c", "\r", "\x85", "<", ">"]
)
#: Mostly what the grammar allows, so that most texts run; now and then what it does not.
name_part = st.one_of(*[base_char] * 8, *[name_extra] * 4, local_esc, local_esc, percent, odd)
local_name = st.lists(name_part, max_size=6).map("".join)
prefix_label = st.one_of(
    st.just(""), st.just("ex"), st.lists(st.one_of(base_char, name_extra), min_size=1, max_size=3).map("".join)
)


@st.composite
def pname(draw: st.DrawFn) -> tuple[str, str]:
    """A prefix declaration and a prefixed name using it."""
    label = draw(prefix_label)
    return f"PREFIX {label}: <http://e/> ", f"{label}:{draw(local_name)}"


string_char = st.one_of(
    *[st.characters(codec="utf-8", exclude_categories=("Cs", "Cc"), max_codepoint=0x3000)] * 6,
    st.sampled_from(
        ["\\'", '\\"', "\\\\", "\\n", "\\r", "\\t", "#", "}", "{", ">", "\n", "\r", "'", '"', "SERVICE", "\\"]
    ),
    st.characters(codec="utf-8", categories=("Cc",)),
)


@st.composite
def string_literal(draw: st.DrawFn) -> str:
    quote = draw(st.sampled_from(["'", '"', "'''", '"""']))
    body = "".join(draw(st.lists(string_char, max_size=8)))
    tail = draw(st.sampled_from(["", "", "@fi", "^^<http://www.w3.org/2001/XMLSchema#string>"]))
    return quote + body + quote + tail


@st.composite
def comment(draw: st.DrawFn) -> str:
    body = "".join(draw(st.lists(string_char, max_size=6)))
    end = draw(st.sampled_from(["\n", "\r", "\r\n", "\n\r"]))
    return "#" + body.replace("\n", " ") + end


iri_char = st.one_of(
    *[st.characters(codec="utf-8", exclude_categories=("Cs", "Cc", "Zs"), max_codepoint=0x2FFF)] * 4,
    st.sampled_from(["#", "%41", "{", "}", " ", "\\", "^", "|", '"']),
)
iri = st.lists(iri_char, max_size=6).map(lambda cs: "<http://e/" + "".join(cs) + ">")
variable = st.tuples(
    st.sampled_from("?$"), st.lists(st.one_of(base_char, name_extra), min_size=1, max_size=4)
).map(lambda t: t[0] + "".join(t[1]))


@dataclass(frozen=True)
class Case:
    """One generated text and what it holds."""

    text: str
    update: bool
    kind: str  # service, load, from, named or none


@st.composite
def case(draw: st.DrawFn) -> Case:
    """A query or update with a tricky token next to (or around) a payload aimed at the listener."""
    url = "http://127.0.0.1:{PORT}/sparql"
    prologue, name = draw(pname())
    token = draw(st.one_of(st.just(name), string_literal(), iri, variable, st.just("1")))
    if draw(st.integers(0, 9)) == 0:  # now and then a codepoint escape somewhere in the token
        at = draw(st.integers(0, len(token)))
        token = token[:at] + draw(codepoint_escape) + token[at:]
    noise = draw(st.one_of(st.just(""), st.just(" "), comment(), st.just("\r"), st.just("\n")))
    kind = draw(st.sampled_from(["service", "service", "load", "from", "named", "none"]))
    service = draw(
        st.sampled_from(
            [
                f"SERVICE <{url}> {{ ?s ?p ?o }}",
                f"SERVICE SILENT <{url}> {{ ?s ?p ?o }}",
                f"OPTIONAL {{ SERVICE <{url}> {{ ?s ?p ?o }} }}",
                f"FILTER EXISTS {{ SERVICE <{url}> {{ ?s ?p ?o }} }}",
                f"{{ SELECT * {{ SERVICE <{url}> {{ ?s ?p ?o }} }} }}",
                f"MINUS {{ SERVICE <{url}> {{ ?s ?p ?o }} }}",
            ]
        )
    )
    where = draw(
        st.sampled_from(
            [
                "BIND({t} AS ?v){n} {x}",
                "?s ?p {t} .{n} {x}",
                "FILTER(?o != {t}){n} {x}",
                "VALUES ?v {{ {t} }}{n} {x}",
                "?s ?p ?o {n}{x} BIND({t} AS ?v)",
            ]
        )
    )
    if kind == "service" or kind == "none":
        x = service if kind == "service" else ""
        form = draw(
            st.sampled_from(["ASK {{ {w} }}", "SELECT * {{ {w} }}", "CONSTRUCT {{ ?s ?p ?o }} WHERE {{ {w} }}"])
        )
        update = draw(st.booleans()) and kind == "service"
        body = where.format(t=token, n=noise, x=x)
        text = f"INSERT {{ ?s ?p ?o }} WHERE {{ {body} }}" if update else form.format(w=body)
        return Case(prologue + text, update, kind)
    if kind == "load":
        place = draw(
            st.sampled_from(
                [
                    "INSERT DATA {{ <http://e/s> <http://e/p> {t} }} ;{n} LOAD <{u}>",
                    "CLEAR SILENT GRAPH <urn:x:g> ;{n} LOAD SILENT <{u}>",
                    "INSERT {{ ?s ?p ?o }} WHERE {{ BIND({t} AS ?v) }} ;{n} LOAD <{u}> INTO GRAPH <urn:x:g>",
                ]
            )
        )
        return Case(prologue + place.format(t=token, n=noise, u=url), True, kind)
    clause = "FROM" if kind == "from" else "FROM NAMED"
    target = draw(st.sampled_from(["<urn:x:listener>", url and "<urn:x:listener>"]))
    shape = "ASK" if kind == "from" else "SELECT DISTINCT ?g"
    pattern = "?s ?p ?o" if kind == "from" else "GRAPH ?g { ?s ?p ?o }"
    text = f"{shape} {noise}{clause} {target} WHERE {{ {pattern} FILTER(?o != {token} || true) }}"
    return Case(prologue + text, False, kind)


# -- the run ----------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def listener() -> Iterator[CountingListener]:
    with CountingListener() as it:
        yield it


def _store() -> ox.Store:
    """Two named graphs and an empty default graph: a dataset clause changes every answer."""
    store = ox.Store()
    for g in ("urn:x:listener", "urn:x:other"):
        store.add(
            ox.Quad(ox.NamedNode("http://e/s"), ox.NamedNode("http://e/p"), ox.Literal("o"), ox.NamedNode(g))
        )
    return store


def _run(text: str, update: bool) -> object:
    store = _store()
    if update:
        store.update(text)
        return None
    result = store.query(text)
    if isinstance(result, ox.QueryBoolean):
        return bool(result)
    if isinstance(result, ox.QuerySolutions):
        return [tuple(str(v) if v is not None else None for v in row) for row in result]
    return list(result)


def check(c: Case, listener: CountingListener, tally: Counter[str]) -> None:
    """Decide, run, and count; fail on an allowed text that connects or uses an unreported dataset."""
    text = c.text.replace("{PORT}", str(listener.port))
    tally["examples"] += 1
    try:
        scan = guard.scan(text)
        allowed = True
    except guard.Refused as exc:
        allowed, scan, why = False, None, str(exc)
        tally["refused"] += 1
    except guard.Unreadable:
        allowed, scan, why = False, None, "unreadable"
        tally["unreadable"] += 1
    before = listener.count
    try:
        result = _run(text, scan.is_update if scan else c.update)
        ran = True
    except SyntaxError:
        ran, result = False, None
    except OSError:
        ran, result = True, None  # SERVICE or LOAD failed on the listener's 404
    except ValueError:
        ran, result = False, None
    connected = listener.count - before
    if not allowed:
        tally["refused_engine_parsed" if ran else "refused_engine_rejected"] += 1
        if ran and why == "unreadable":
            tally["unreadable_engine_parsed"] += 1  # over-refused: pyoxigraph reads what rdflib cannot
            if c.kind not in ("service", "load"):
                tally["unreadable_engine_parsed_harmless"] += 1  # a harmless text refused
            if os.environ.get("HANKEGRAAFI_GUARD_FUZZ_SHOW"):
                print("UNREADABLE BUT PARSED", repr(text))
        if ran and "escapes" in why:
            tally["escape_refused_engine_parsed"] += 1
        tally["refused_would_connect"] += int(connected > 0)
        return
    tally["allowed"] += 1
    if not ran:
        tally["allowed_engine_rejected"] += 1  # rdflib read it, pyoxigraph refused it: nothing ran
        return
    tally["allowed_executed"] += 1
    assert connected == 0, f"an allowed text connected out: {text!r}"
    assert scan is not None
    reported = set(scan.from_graphs) | set(scan.from_named)
    if c.kind == "from" and result is True:
        # The store's default graph is empty: only FROM <urn:x:listener> makes ASK true.
        assert "urn:x:listener" in reported, f"pyoxigraph used a FROM the check did not see: {text!r}"
    if c.kind == "named" and isinstance(result, list) and result == [("urn:x:listener",)]:
        assert "urn:x:listener" in reported, f"pyoxigraph used a FROM NAMED the check did not see: {text!r}"


def _fuzz(examples: int, listener: CountingListener, section: str) -> Counter[str]:
    tally: Counter[str] = Counter()
    started = time.monotonic()

    @settings(
        max_examples=examples,
        deadline=None,
        database=None,
        suppress_health_check=list(HealthCheck),
    )
    @given(case())
    def run(c: Case) -> None:
        check(c, listener, tally)

    run()
    tally["seconds"] = round(time.monotonic() - started)
    record(section, **dict(tally))
    print(section, dict(tally))
    return tally


@pytest.mark.timing
def test_guard_agrees_with_pyoxigraph(listener: CountingListener) -> None:
    examples = int(os.environ.get("HANKEGRAAFI_GUARD_FUZZ_EXAMPLES", "400"))
    tally = _fuzz(examples, listener, "guard differential fuzz")
    assert tally["allowed_executed"] > 0 and tally["refused_would_connect"] > 0


@pytest.mark.timing
@pytest.mark.slow
@pytest.mark.timeout(7200)
def test_guard_agrees_with_pyoxigraph_long(listener: CountingListener) -> None:
    examples = int(os.environ.get("HANKEGRAAFI_GUARD_FUZZ_SLOW_EXAMPLES", "10000"))
    tally = _fuzz(examples, listener, "guard differential fuzz (long)")
    assert tally["examples"] >= examples * 0.9


def test_the_fault_1_text_connects_when_run_unchecked(listener: CountingListener) -> None:
    """The attack itself works on pyoxigraph: the check is what stops it."""
    text = (
        "PREFIX ex: <http://e/> ASK { BIND(ex:a·b\\#c AS ?v) "
        f"SERVICE <http://127.0.0.1:{listener.port}/x> {{ ?s ?p ?o }} }}"
    )
    before = listener.count
    with pytest.raises(OSError):
        _run(text, False)
    assert listener.count == before + 1
    with pytest.raises((guard.Refused, guard.Unreadable)):
        guard.scan(text)
