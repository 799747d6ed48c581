"""The matching rules of ingest/canonical.py on records made by hand (no documents)."""

from __future__ import annotations

from pathlib import Path

from rdflib import Literal, URIRef
from rdflib.namespace import RDF, XSD

from hankegraafi.ingest.canonical import Record, build, canonical_graph_iri, name_key
from hankegraafi.ingest.pipeline import Ingester, sample_documents
from hankegraafi.ontology.namespaces import HG
from hankegraafi.settings import Config
from hankegraafi.store import open_store

BASE = "https://w3id.org/hankegraafi/id/"
V = "https://w3id.org/hankegraafi/vocab/"


def record(
    doc: str, project: str, label: str, county: str | None, date: str = "2024-01-01", **facts: object
) -> Record:
    r = Record(
        URIRef(f"{BASE}graph/{doc}"),
        URIRef(f"{BASE}document/{doc}"),
        URIRef(f"{BASE}project/{project}"),
        "status-report",
        date,
        {HG.Investment},
        [label],
    )
    if county is not None:
        r.facts["region"].add(URIRef(f"{V}county/{county}"))
    for key, value in facts.items():
        r.facts[key].add(value)
    return r


def canonicals(records: list[Record]) -> dict[str, set[str]]:
    g = build(records, BASE)
    out: dict[str, set[str]] = {}
    for c in g.subjects(RDF.type, HG.CanonicalProject):
        docs = {str(d).rsplit("/", 1)[-1] for d in g.objects(c, HG.describedBy)}
        out[str(c).removeprefix(f"{BASE}project/canonical/")] = docs
    return out


def test_name_variants_of_one_investment_meet() -> None:
    assert name_key("Keski-Suomen Kestävän kasvun hanke") == name_key("Kestävän kasvun hanke")
    found = canonicals(
        [
            record("a", "x-pilari-4-investointi-2", "Keski-Suomen Pilari 4, Investointi 2", "15"),
            record(
                "b",
                "x-kestavan-kasvun-hanke-investointi-2",
                "Keski-Suomen kestävän kasvun hanke, investointi 2",
                "15",
            ),
        ]
    )
    assert found == {"15/investointi-2": {"a", "b"}}


def test_never_across_counties() -> None:
    found = canonicals(
        [
            record("a", "same", "Pilari 4, Investointi 2", "15"),
            record("b", "same", "Pilari 4, Investointi 2", "20"),
        ]
    )
    assert found == {"15/investointi-2": {"a"}, "20/investointi-2": {"b"}}


def test_plan_code_wins_over_names_and_two_codes_stay_apart() -> None:
    found = canonicals(
        [
            record("a", "one", "Etäpalvelujen kehittäminen", "20", identifier=Literal("RRP120.1")),
            record("b", "two", "Kainuun Pilari 4, Investointi 1", None, identifier=Literal("RRP 120.1")),
            record("c", "three", "Etäpalvelujen kehittäminen", "20", identifier=Literal("RRP120.2")),
        ]
    )
    assert found == {"20/rrp120-1": {"a", "b"}, "20/rrp120-2": {"c"}}


def test_a_similar_name_is_only_proposed() -> None:
    records = [
        record("a", "p1", "Kotihoidon etäpalvelujen kehittäminen", "10"),
        record("b", "p2", "Kotihoidon etäpalveluiden kehittämistyö", "10"),
    ]
    assert len(canonicals(records)) == 2
    g = build(records, BASE)
    (proposal,) = g.subjects(RDF.type, HG.ProposedMatch)
    assert g.value(proposal, HG.needsReview) == Literal(True)
    assert len(set(g.objects(proposal, HG.matchCandidate))) == 2
    assert g.value(proposal, HG.matchConfidence) == Literal("0.5", datatype=XSD.decimal)


def test_a_project_and_its_successor_are_two() -> None:
    g = build(
        [
            record("a", "lappi", "Kestävän kasvun Lappi", "21"),
            record("b", "lappi-2", "Kestävän kasvun Lappi 2", "21"),
        ],
        BASE,
    )
    assert len(set(g.subjects(RDF.type, HG.CanonicalProject))) == 2
    assert not list(g.subjects(RDF.type, HG.ProposedMatch))


def test_a_store_without_the_derived_graph_gets_it_on_the_next_ingest(tmp_path: Path) -> None:
    """Stores written before the canonical graph existed: an ingest that changes nothing still makes it."""
    path = tmp_path / "store"
    store = open_store(path)
    try:
        ingester = Ingester(store, Config.load({"store": str(path)}, environ={}))
        ingester.ensure_reference_graphs()
        documents = [p for p in sample_documents() if p.name.startswith("keski-suomi")]
        ingester.ingest_all(documents)
        graph = canonical_graph_iri(BASE)
        assert store.drop_graph(graph)
        assert [o.status for o in ingester.ingest_all(documents)] == ["unchanged"]
        assert store.query(f"ASK {{ GRAPH <{graph}> {{ ?c a <{HG}CanonicalProject> }} }}") is True
    finally:
        store.close()


def test_the_pairs_tried_are_every_pair_that_can_match_in_the_same_order() -> None:
    """candidate_pairs finds through indexes what trying every pair of records would match."""
    import random

    from hankegraafi.ingest.matching import candidate_pairs, compare, county_of

    rng = random.Random(7)
    names = [
        "Perhekeskus",
        "Perhekeskukset",
        "Lappi 2",
        "Lappi",
        "Investointi 1: jonot",
        "Investointi 2 digi",
        "Osa-projekti 1: kotihoito",
        "Kotihoidon kehittäminen",
        "Kotihoidon kehittämin",
        "Sote-keskus 3",
    ]
    records = []
    for i in range(160):
        facts: dict[str, object] = {}
        if rng.random() < 0.2:
            facts["identifier"] = Literal(rng.choice(["RRP-1", "rrp 1", "RRP-2", "X9"]))
        r = record(
            f"d{rng.randrange(40)}",
            rng.choice(["p1", "p2", "p3", f"q{i}"]),
            rng.choice(names),
            rng.choice(["15", "19", "02", None]),
            **facts,
        )
        if rng.random() < 0.2:
            r.types = {HG.SubProject}
        records.append(r)
    by_key = {r.key: r for r in records}
    county = {r.key: county_of(r, by_key) for r in records}
    groups: dict[object, list[Record]] = {}
    for r in records:
        groups.setdefault(county[r.key], []).append(r)
    loose = groups.pop(None, [])
    every = [(a, b) for g in groups.values() for i, a in enumerate(g) for b in g[i + 1 :]]
    grouped = [r for g in groups.values() for r in g]
    every += [(a, b) for i, a in enumerate(loose) for b in (*loose[i + 1 :], *grouped)]

    def matched(pairs: object) -> list[tuple[object, object, str]]:
        out = []
        for a, b in pairs:  # type: ignore[attr-defined]
            if a.graph == b.graph:
                continue
            m = compare(a, b, county)
            if a.project == b.project or m is not None:
                out.append((a.key, b.key, m.evidence if m else "same IRI"))
        return out

    tried = list(candidate_pairs(records, county))
    assert matched(tried) == matched(every)
    assert len(matched(every)) > 50  # the draw has matches of every kind to find
    assert len(tried) < len(every) / 3
