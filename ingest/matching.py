"""Which records of different documents describe one real project: the rules and the pairs to try.

A record is what one document said about one project. Two records are one project by a shared
plan code, by the same investment number in one county, or by equal or similar names in one
county (never "Lappi" and "Lappi 2"); :func:`candidate_pairs` finds the pairs that can match
through indexes instead of trying every pair, and :func:`compare` says why they match and how
sure that is. :mod:`hankegraafi.ingest.canonical` builds the derived graph from the matches.
"""

from __future__ import annotations

import contextlib
import difflib
import functools
import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from decimal import Decimal

from rdflib import URIRef
from rdflib.namespace import SKOS

from hankegraafi.ontology.namespaces import HG

STRONG, NAME, WEAK = Decimal("1.0"), Decimal("0.8"), Decimal("0.5")
_WEAK_RATIO = 0.72


@dataclass
class Record:
    """What one document said about one project."""

    graph: URIRef
    document: URIRef
    project: URIRef
    kind: str
    date: str  # ISO day or "" when the document has none
    types: set[URIRef] = field(default_factory=set)
    labels: list[str] = field(default_factory=list)
    facts: dict[str, set[object]] = field(default_factory=lambda: defaultdict(set))

    @property
    def key(self) -> tuple[URIRef, URIRef]:
        return (self.graph, self.project)

    def one(self, name: str) -> object | None:
        values = self.facts.get(name)
        return sorted(values, key=str)[0] if values else None


#: The place genitives parsed from the vocabularies (once a process), and those given for one
#: derived step from the store's vocabulary graph (:func:`given_place_labels`).
_PARSED: list[frozenset[str]] = []
_GIVEN: list[frozenset[str]] = []


def genitives_of(fi_labels: Iterable[str]) -> frozenset[str]:
    """The first word, lower case, of each Finnish preferred label that names a county
    ("Keski-Suomen hyvinvointialue" gives "keski-suomen")."""
    return frozenset(text.split()[0].lower() for text in fi_labels if text.endswith(" hyvinvointialue"))


@contextlib.contextmanager
def given_place_labels(fi_labels: Iterable[str]) -> Iterator[None]:
    """The genitives from these Finnish preferred labels (the store's vocabulary graph, known to
    equal the sources) while the block runs: a fresh process that removed one document parsed every
    vocabulary for them (1.9 s of CPU)."""
    _GIVEN.append(genitives_of(fi_labels))
    try:
        yield
    finally:
        _GIVEN.pop()


def _place_genitives() -> frozenset[str]:
    """Genitives of counties and regions ("Keski-Suomen", "Lapin", "Pirkanmaan"), lower case:
    the first word of a county's Finnish name, and of a region's name in the genitive."""
    if _GIVEN:
        return _GIVEN[-1]
    if not _PARSED:
        from hankegraafi.ontology.loader import vocabulary_graph

        labels = vocabulary_graph().objects(None, SKOS.prefLabel)
        _PARSED.append(genitives_of(str(x) for x in labels if getattr(x, "language", None) == "fi"))
    return _PARSED[0]


def _strip_place(text: str) -> str:
    words = text.split()
    if len(words) > 2 and words[0].lower() in _place_genitives():
        return " ".join(words[1:])
    return text


_INVESTMENT = re.compile(r"investointi\s*(?:4\.)?(\d)\b", re.I)
_NOISE = re.compile(r"\b(?:hanke|hankkeen|hankkeet|kokonaisuus|projekti)\b|[^\w\s]", re.I)


def investment_number(record: Record) -> str | None:
    """The investment's number (Pilari 4, Investointi N; hg:investmentLine 4-N), if it names one."""
    line = record.one("investmentLine")
    if line is not None:
        return str(line).rsplit("-", 1)[-1]
    for label in record.labels:
        m = _INVESTMENT.search(label)
        if m:
            return m.group(1)
    return None


@functools.lru_cache(maxsize=1 << 16)
def name_key(label: str) -> str:
    """A name without the county's genitive, case, punctuation and the word "hanke":
    "Keski-Suomen Kestävän kasvun hanke" and "Kestävän kasvun hanke" meet."""
    text = label.strip()
    text = re.sub(r"^RRP[\d.]+\s*-\s*", "", text, flags=re.I)
    text = _strip_place(text)
    text = _NOISE.sub(" ", text.lower())
    return " ".join(text.split())


def normal_code(value: object) -> str:
    return re.sub(r"\s+", "", str(value)).upper()


@dataclass
class Match:
    a: Record
    b: Record
    evidence: str
    confidence: Decimal


def county_of(record: Record, by_key: dict[tuple[URIRef, URIRef], Record]) -> URIRef | None:
    """The record's county, or that of the whole it is part of in the same document."""
    seen = 0
    current: Record | None = record
    while current is not None and seen < 4:
        region = current.one("region")
        if region is not None:
            return region  # type: ignore[return-value]
        parent = current.one("partOf")
        current = by_key.get((record.graph, parent)) if parent is not None else None  # type: ignore[arg-type]
        seen += 1
    return None


_SUBPROJECT, _INVESTMENT_CLASS = HG.SubProject, HG.Investment  # rdflib's Namespace lookup is slow


def level(record: Record) -> str:
    if _SUBPROJECT in record.types:
        return "subproject"
    if _INVESTMENT_CLASS in record.types:
        return "investment"
    return "project"


@functools.lru_cache(maxsize=1 << 16)
def similarity(x: str, y: str) -> float:
    """difflib's ratio of two name keys, or 0.0 where even its upper bound is below the weak match.

    Only a ratio of ``_WEAK_RATIO`` or more is ever used (the best of a pair's names, reported in
    the evidence), so a pair that cannot reach it needs no full comparison; names repeat across
    documents, so the answers are kept.
    """
    matcher = difflib.SequenceMatcher(None, x, y)
    if matcher.real_quick_ratio() < _WEAK_RATIO or matcher.quick_ratio() < _WEAK_RATIO:
        return 0.0
    return matcher.ratio()


def compare(a: Record, b: Record, county: dict[tuple[URIRef, URIRef], URIRef | None]) -> Match | None:
    """Why two records of different documents describe one project, and how sure that is."""
    ca, cb = county[a.key], county[b.key]
    if ca is not None and cb is not None and ca != cb:
        return None  # never across counties
    codes_a = {normal_code(v) for v in a.facts.get("identifier", ())}
    codes_b = {normal_code(v) for v in b.facts.get("identifier", ())}
    if codes_a & codes_b:
        return Match(a, b, f"plan code {sorted(codes_a & codes_b)[0]}", STRONG)
    if codes_a and codes_b:
        return None  # two different plan codes
    if ca is None or cb is None:
        return None
    na, nb = investment_number(a), investment_number(b)
    if na is not None and nb is not None:
        if na == nb and level(a) != "subproject" and level(b) != "subproject":
            return Match(a, b, f"county and investment number {na}", Decimal("0.9"))
        return None
    if level(a) != level(b) and "subproject" in (level(a), level(b)):
        return None
    if (na is None) != (nb is None) and "project" not in (level(a), level(b)):
        return None
    keys_a = {name_key(label) for label in a.labels}
    keys_b = {name_key(label) for label in b.labels}
    if {re.sub(r"\D", "", k) for k in keys_a} != {re.sub(r"\D", "", k) for k in keys_b}:
        return None  # "Lappi" and "Lappi 2": a project and its successor, not two names of one
    if (na is None) == (nb is None) and keys_a & keys_b:
        return Match(a, b, f"county and name “{sorted(keys_a & keys_b)[0]}”", NAME)
    best = max((similarity(x, y) for x in keys_a for y in keys_b), default=0.0)
    if best >= _WEAK_RATIO and (na is None) == (nb is None):
        return Match(a, b, f"similar names ({best:.2f})", WEAK)
    return None


def candidate_pairs(
    records: list[Record], county: dict[tuple[URIRef, URIRef], URIRef | None]
) -> Iterator[tuple[Record, Record]]:
    """The pairs of records of different documents that :func:`build` must look at, in a fixed order.

    Only pairs that can match are given, found through indexes rather than by trying every
    pair (at 10^6 triples every pair of a county was 8.5 million calls of :func:`compare`, most
    of the four minutes of a write). A pair can match only when the two records use the same
    project IRI, share a plan code, or lie in one county and either share an investment number or
    have none and the same digits in their names (the name rules: equal or similar names, and
    "Lappi" is never "Lappi 2"). Matches never cross counties, and a record with no county
    matches only by IRI or plan code. The order is the order of trying every pair (county groups
    in the order first seen, then the records with no county), so the result does not change.
    """
    by_county: dict[URIRef | None, list[Record]] = defaultdict(list)
    for r in records:
        by_county[county[r.key]].append(r)
    loose = by_county.pop(None, [])
    grouped = [r for group in by_county.values() for r in group]
    found: set[tuple[int, ...]] = set()

    def index_pairs(gi: int, group: list[Record], keys_of: Callable[[Record], Iterable[object]]) -> None:
        index: dict[object, list[int]] = defaultdict(list)
        for i, r in enumerate(group):
            for k in set(keys_of(r)):
                index[k].append(i)
        for positions in index.values():
            for x, i in enumerate(positions):
                for j in positions[x + 1 :]:
                    found.add((gi, i, j))

    def codes(r: Record) -> set[str]:
        return {normal_code(v) for v in r.facts.get("identifier", ())}

    def name_digits(r: Record) -> list[object]:
        if investment_number(r) is not None:
            return []
        return [frozenset(re.sub(r"\D", "", name_key(label)) for label in r.labels)]

    groups = list(by_county.values())
    for gi, group in enumerate(groups):
        index_pairs(gi, group, lambda r: [r.project])
        index_pairs(gi, group, codes)
        index_pairs(gi, group, lambda r: [n] if (n := investment_number(r)) is not None else [])
        index_pairs(gi, group, name_digits)
    for gi, i, j in sorted(found):
        a, b = groups[gi][i], groups[gi][j]
        if a.graph != b.graph:
            yield a, b
    if not loose:
        return
    # A record with no county against the later ones with none and every one with a county.
    by_project: dict[URIRef, list[int]] = defaultdict(list)
    by_code: dict[str, list[int]] = defaultdict(list)
    others = [*loose, *grouped]
    for x, r in enumerate(others):
        by_project[r.project].append(x)
        for code in codes(r):
            by_code[code].append(x)
    for i, a in enumerate(loose):
        later = set(by_project[a.project])
        for code in codes(a):
            later.update(by_code[code])
        for x in sorted(x for x in later if x > i):
            b = others[x]
            if a.graph != b.graph:
                yield a, b
