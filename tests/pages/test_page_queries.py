"""The page queries bound in place answer as they did bound by a VALUES block, and a resource
page's own label reading gives the names of the whole index.

Pages write the resource's IRI into their queries (``iris.write_in``) because pyoxigraph plans a
VALUES block at the start of WHERE badly; the timeline has its own query beside the catalogue's
project-history. These tests run old and new on the sample store and compare the answers.
"""

from __future__ import annotations

from collections import Counter

import pytest
from rdflib import Literal, URIRef
from rdflib.namespace import RDF

from hankegraafi import queries
from hankegraafi.ontology.namespaces import HG
from hankegraafi.server.pages import labels
from hankegraafi.server.pages.builder import CARD_PARTS, DEPENDENCY_PARTS, INCOMING_PART, card_query, sparql
from hankegraafi.server.pages.iris import NotAnIri, values_block, write_in
from hankegraafi.server.pages.pagetypes.timeline import history_key
from hankegraafi.server.query import QueryService
from hankegraafi.store.base import inject_values
from hankegraafi.store.embedded import EmbeddedStore

#: The page queries that bind ?this (the tile map's have no parameter; the timeline is compared below).
PAGE_QUERIES = (
    *CARD_PARTS,
    *DEPENDENCY_PARTS,
    "dependency-names",
    "exists",
    "canonical",
    "canonical-goals",
    "document-coverage",
    "document-facts",
    "document-graph",
    "organisation-projects",
    "organisation-regions",
    "region-counties",
    "county-depends",
)
TRUE = Literal(True).n3()
#: Classes whose resources have pages with queries of their own; a few resources of each.
CLASSES = (
    HG.CanonicalProject,
    HG.Project,
    HG.Investment,
    HG.SubProject,
    HG.SourceDocument,
    HG.Organisation,
    HG.NationalActor,
    HG.WellbeingServicesCounty,
    HG.Region,
    HG.DigitalService,
    HG.Dependency,
    HG.Goal,
)


def rows(store: EmbeddedStore, text: str) -> Counter[tuple[tuple[str, str], ...]]:
    result = store.query(text)
    if isinstance(result, bool):
        return Counter({(("ask", str(result)),): 1})
    return Counter(
        tuple(sorted((k, v.n3()) for k, v in row.items() if v is not None)) for row in result.dicts()
    )


def subjects(store: EmbeddedStore, per_class: int = 4) -> list[URIRef]:
    found: list[URIRef] = []
    for cls in CLASSES:
        text = f"SELECT DISTINCT ?s WHERE {{ ?s a <{cls}> FILTER(isIRI(?s)) }} ORDER BY ?s LIMIT {per_class}"
        found += [URIRef(str(r["s"])) for r in store.query(text).dicts()]
    return found


@pytest.fixture(scope="module")
def sample_subjects(demo_store: EmbeddedStore) -> list[URIRef]:
    found = subjects(demo_store)
    assert len(found) >= 30  # every class above has resources in the samples
    return found


def test_page_queries_answer_the_same_with_the_iri_written_in(
    demo_store: EmbeddedStore, sample_subjects: list[URIRef]
) -> None:
    compared = nonempty = 0
    for name in PAGE_QUERIES:
        text = sparql(name)
        for iri in sample_subjects:
            old = rows(demo_store, inject_values(text, {"this": iri}))
            new = rows(demo_store, write_in(text, {"this": iri}))
            assert new == old, (name, iri)
            compared += 1
            nonempty += bool(old) and old != Counter({(("ask", "False"),): 1})
    assert nonempty > len(sample_subjects)  # the comparisons are about real answers


def test_the_card_in_one_query_is_the_union_of_its_parts(
    demo_store: EmbeddedStore, sample_subjects: list[URIRef]
) -> None:
    for iri in sample_subjects:
        parts: set[tuple[tuple[str, str], ...]] = set()
        for part in CARD_PARTS:
            parts |= set(rows(demo_store, write_in(sparql(part), {"this": iri})))
        union = rows(demo_store, write_in(card_query(), {"this": iri}))
        # ?in marks the rows of the incoming part (PageLabels.know): the same triples without it.
        assert {tuple(kv for kv in row if kv[0] != "in") for row in union} == parts, iri
        incoming = set(rows(demo_store, write_in(sparql(INCOMING_PART), {"this": iri})))
        marked = {tuple(kv for kv in row if kv[0] != "in") for row in union if ("in", TRUE) in row}
        assert marked == incoming, iri
        # A project's page reads its dependency nodes whole, with their sources, in a second UNION.
        parts = set()
        for part in DEPENDENCY_PARTS:
            parts |= set(rows(demo_store, write_in(sparql(part), {"this": iri})))
        union = rows(demo_store, write_in(card_query(DEPENDENCY_PARTS), {"this": iri}))
        assert {tuple(kv for kv in row if kv[0] != "in") for row in union} == parts, iri
    assert card_query().count("UNION") == len(CARD_PARTS) - 1


def test_region_depends_reads_the_county_itself(demo_store: EmbeddedStore) -> None:
    """Bound by a VALUES block outside its subquery, ?this was free inside it and every county's
    projects came back; written in, the answer is that of the subquery bound too."""
    text = sparql("region-depends")
    inner = "{ SELECT DISTINCT ?county WHERE {"
    assert inner in text
    counties = [
        r
        for r in subjects(demo_store, 30)
        if (r, RDF.type, HG.WellbeingServicesCounty) in _types(demo_store, r)
    ]
    assert counties
    fixed_some = False
    for county in counties:
        bound_inside = text.replace(inner, inner + f" VALUES ?this {{ <{county}> }}")
        new = rows(demo_store, write_in(text, {"this": county}))
        assert new == rows(demo_store, inject_values(bound_inside, {"this": county})), county
        fixed_some |= new != rows(demo_store, inject_values(text, {"this": county}))
    assert fixed_some  # the samples have counties whose old answer held other counties' projects


def test_county_depends_per_county_gives_region_depends_rows(demo_store: EmbeddedStore) -> None:
    """A county or region page asks county-depends for each county region-counties gives it: the
    rows (as a set: the page groups them by target) are those region-depends gives the page."""
    places = [
        URIRef(str(r["s"]))
        for r in demo_store.query(
            "SELECT DISTINCT ?s WHERE { { ?s a <https://w3id.org/hankegraafi/ontology#WellbeingServicesCounty> } "
            "UNION { ?s a <https://w3id.org/hankegraafi/ontology#Region> } } ORDER BY ?s"
        ).dicts()
    ]
    assert len(places) > 20
    with_rows = 0
    for place in places:
        whole = set(rows(demo_store, write_in(sparql("region-depends"), {"this": place})))
        counties = [
            r["county"] for r in demo_store.query(write_in(sparql("region-counties"), {"this": place})).dicts()
        ]
        per_county: set[tuple[tuple[str, str], ...]] = set()
        for county in counties:
            per_county |= set(
                rows(demo_store, write_in(sparql("county-depends"), {"this": URIRef(str(county))}))
            )
        assert per_county == whole, place
        with_rows += bool(whole)
    assert with_rows >= 3  # the samples' counties have projects with dependencies


def _n3(term: object) -> str:
    return "" if term is None else term.n3()  # type: ignore[attr-defined]


def _types(store: EmbeddedStore, iri: URIRef) -> set[tuple[URIRef, URIRef, URIRef]]:
    found = store.query(f"SELECT ?t WHERE {{ <{iri}> a ?t }}").dicts()
    return {(iri, RDF.type, URIRef(str(r["t"]))) for r in found}


def test_timeline_query_gives_project_historys_rows_in_its_order(demo_store: EmbeddedStore) -> None:
    projects = [
        URIRef(str(r["p"]))
        for r in demo_store.query(
            "SELECT DISTINCT ?p WHERE { { ?p a <https://w3id.org/hankegraafi/ontology#CanonicalProject> } "
            "UNION { ?p a <https://w3id.org/hankegraafi/ontology#Project> } } ORDER BY ?p"
        ).dicts()
    ]
    assert len(projects) > 20
    columns = ("documentDate", "document", "property", "detail", "value")
    with_rows = 0
    for project in projects:
        text, bindings = queries.get("project-history").bind({"project": str(project)})
        old: list[tuple[str, ...]] = []
        for row in demo_store.query(inject_values(text, bindings)).dicts():
            key = tuple(_n3(row.get(c)) for c in columns)
            if key not in old:  # project-history is DISTINCT with documentKind too
                old.append(key)
        found = demo_store.query(write_in(sparql("timeline"), {"this": project})).dicts()
        # The page orders the rows itself (timeline.history_key), as project-history's ORDER BY.
        rows = [{c: row[c] for c in columns if row.get(c) is not None} for row in found]
        new = [tuple(_n3(row.get(c)) for c in columns) for row in sorted(rows, key=history_key)]  # type: ignore[arg-type]
        assert new == old, project
        with_rows += bool(old)
    assert with_rows > 10


def test_page_labels_name_as_the_whole_index(demo_store: EmbeddedStore, sample_subjects: list[URIRef]) -> None:
    data = QueryService.of_store(demo_store)
    whole = labels.build(data, person_names=False)
    page = labels.PageLabels(data, person_names=False)
    terms = {
        URIRef(str(term))
        for iri in sample_subjects
        for row in demo_store.query(f"SELECT ?p ?o WHERE {{ <{iri}> ?p ?o }}").dicts()
        for term in row.values()
        if isinstance(term, URIRef)
    } | set(sample_subjects)
    page.want(terms)
    assert page.queries == 1
    named = 0
    for iri in map(str, terms):
        assert page.stored(iri) == whole.stored(iri), iri
        assert page.alt.get(iri) == whole.alt.get(iri), iri
        for lang in ("fi", "sv", "en"):
            assert page.name(iri, lang) == whole.name(iri, lang)
            assert page.shown_lang(iri, lang) == whole.shown_lang(iri, lang)
        named += bool(whole.stored(iri))
    assert named > 50
    assert page.queries == 1  # everything asked for was read in the one query
    # An IRI not announced is read on its own; one that names nothing stays unnamed.
    missing = next(i for i in whole.labels if i not in {str(t) for t in terms})
    assert page.stored(missing) == whole.stored(missing) != {}
    assert page.queries == 2


def test_page_labels_give_the_types_of_the_resource_from_its_card(
    demo_store: EmbeddedStore, sample_subjects: list[URIRef]
) -> None:
    data = QueryService.of_store(demo_store)
    whole = labels.build(data, person_names=False)
    for iri in sample_subjects:
        card = [
            (iri, URIRef(str(r["p"])), r["o"])
            for r in demo_store.query(f"SELECT ?p ?o WHERE {{ <{iri}> ?p ?o }}").dicts()
        ]
        page = labels.PageLabels(data, person_names=False)
        page.add_types(str(iri), card)
        assert page.types.get(str(iri)) == whole.types.get(str(iri)), iri
        assert page.kind(str(iri)) == whole.kind(str(iri))


def test_write_in_replaces_only_the_variable_and_only_by_an_iri() -> None:
    text = 'SELECT ?s WHERE { ?this ?p "?this" . ?thisToo <urn:x?this> . # ?this\n BIND($this AS ?s) }'
    out = write_in(text, {"this": URIRef("urn:a")})
    assert (
        out == 'SELECT ?s WHERE { <urn:a> ?p "?this" . ?thisToo <urn:x?this> . # ?this\n BIND(<urn:a> AS ?s) }'
    )
    for bad in (URIRef("urn:a> } ; DROP ALL ; <urn:b"), URIRef("no iri"), Literal("x")):
        with pytest.raises(NotAnIri):
            write_in(text, {"this": bad})
    assert values_block("s", [URIRef("urn:a"), URIRef("urn:b")]) == "VALUES ?s { <urn:a> <urn:b> }"
    with pytest.raises(NotAnIri):
        values_block("s", [URIRef("urn:a b")])
