"""A project plan's cost estimate is a cost statement of kind hgv:statement-kind/estimate.

The plan states the estimate in prose ("Kustannusarvio 76 000€.") rather than in
a cost table; the invented plan fixture also itemises it in its resources section.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from hankegraafi.ingest.extract import extract
from hankegraafi.ingest.readers import read_bytes
from tests.ingest.conftest import FIXTURES, ask, build, sparql

ESTIMATE_LINES = """
SELECT ?investment ?category ?budget WHERE {
    ?investment hg:hasCostStatement ?s .
    ?s hg:statementKind hgv:statement-kind\\/estimate ; hg:unit "EUR" ; hg:hasLine ?line .
    ?line hg:budget ?budget .
    OPTIONAL { ?line hg:costCategory ?c }
    BIND(COALESCE(?c, "none") AS ?category)
}
"""


def lines(graph: object) -> set[tuple[str, str, Decimal]]:
    return {
        (str(inv).rsplit("/", 1)[-1], str(cat).rsplit("/", 1)[-1], budget.toPython())
        for inv, cat, budget in sparql(graph, ESTIMATE_LINES)  # type: ignore[arg-type]
    }


def test_estimate_concept_is_in_the_vocabulary() -> None:
    from rdflib import SKOS, URIRef

    from hankegraafi.ontology import loader
    from hankegraafi.ontology.namespaces import VOCAB, vocab

    graph = loader.vocabulary_graph()
    concept = vocab("statement-kind", "estimate")
    assert (concept, SKOS.inScheme, URIRef(VOCAB + "statement-kind")) in graph
    assert {str(o) for o in graph.objects(concept, SKOS.prefLabel)} >= {"Kustannusarvio", "Cost estimate"}


def test_seed_004_estimate(seed) -> None:  # type: ignore[no-untyped-def]
    """Seed 004, investment 2: "Kustannusarvio 76 000€." (the 45 000 € share of technical roll-out is no total).

    Stated only as a sum, the estimate is one line: its total (a cost category, not none).
    """
    graph = seed("004")
    assert lines(graph) == {
        ("investointi-2-hyvinvoinnin-monialainen-digitaalinen-palvelutarjotin", "total", Decimal("76000"))
    }
    assert ask(graph, "?l hg:rawLabel 'Kustannusarvio' ; hg:budget 76000.0")


def test_plan_fixture_estimate_items_and_total() -> None:
    found = lines(build(Path(FIXTURES / "hankesuunnitelma.txt")))
    categories = {(cat, budget) for _, cat, budget in found}
    assert categories == {
        ("henkilostokulut", Decimal("30000")),
        ("asiantuntijapalvelut", Decimal("12000")),
        ("total", Decimal("42000")),
    }


def test_a_share_or_a_cost_table_is_no_estimate() -> None:
    text = (
        "Suomen kestävän kasvun ohjelma\nKuvitteellinen hankesuunnitelma\nHankesuunnitelma\n\n"
        "2 Hankkeen toteutus\n\n2.1 Investointi 1: Kokeilu\n\nToimenpiteet:\n\n"
        "- Teknisen käyttöönoton osuus kokonaiskustannuksista on n. 45 000€\n"
        "- Kustannusarviota tarkennetaan syksyllä.\n"
    )
    x = extract(read_bytes(text.encode(), file_name="plan.txt", max_bytes=100_000))
    assert [c for p in x.projects for c in p.costs] == []
