"""A new traffic-light dimension or dependency kind is ONE vocabulary entry (issue 18).

The module adds two concepts to the vocabularies with ``registry.extended`` —
a light dimension "Saavutettavuus" and a dependency kind "Tiedonvaihto",
neither of which any Python file names — ingests an invented status report
that uses both, and checks that every consumer sees them with their labels:
ingest (the mapped graph), queries (the catalogue), pages (the project's page)
and the explorer (the deviation chart and the dependency panel). A consumer
that keeps its own list of dimensions or kinds fails here.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from flask import Flask
from rdflib import RDF, Graph, URIRef

from hankegraafi.ontology import registry
from hankegraafi.ontology.namespaces import HG, VOCAB
from hankegraafi.settings import Config
from hankegraafi.store.embedded import EmbeddedStore

DIMENSION = URIRef(f"{VOCAB}light-dimension/accessibility")
KIND = URIRef(f"{VOCAB}dependency-kind/data-exchange")

NEW_ENTRIES = """
@prefix hgv:  <https://w3id.org/hankegraafi/vocab/> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
<https://w3id.org/hankegraafi/vocab/light-dimension/accessibility> a skos:Concept ;
    skos:inScheme hgv:light-dimension ; skos:topConceptOf hgv:light-dimension ;
    skos:prefLabel "Saavutettavuus"@fi , "Tillgänglighet"@sv , "Accessibility"@en ;
    skos:hiddenLabel "Liikennevalo Saavutettavuus"@fi .
<https://w3id.org/hankegraafi/vocab/dependency-kind/data-exchange> a skos:Concept ;
    skos:inScheme hgv:dependency-kind ; skos:topConceptOf hgv:dependency-kind ;
    skos:prefLabel "Tiedonvaihto"@fi , "Datautbyte"@sv , "Data exchange"@en ;
    skos:altLabel "Tietojen vaihto"@fi .
"""

#: Invented: a status report with the new light (deviating) and a data-exchange dependency.
REPORT = """Suomen kestävän kasvun ohjelma

Kuusiston kokeiluhanke

Tilanneraportti

Etelä-Karjalan hyvinvointialue

Hankkeen / Projektin nimi	Kuusiston kokeiluhanke
Tila	Käynnissä
Raportointijakso	1.1.2025 - 30.6.2025
Liikennevalot

Liikennevalo Edistymä	55%
Liikennevalo Aikataulu	● Suunniteltu
Liikennevalo Saavutettavuus	⚠ Poikkeama, vaatii seurantaa
Keskeiset aikaansaannokset raportointikaudella

- Ajanvarauksen uusi näkymä otettiin käyttöön kahdessa toimipisteessä.

Riippuvuudet

Tiedonvaihto Kanta-palvelujen kanssa on edellytys ajanvarauksen laajentamiselle.
"""


#: Invented data as ingest would write it, so that queries, pages and explorer are tested apart from ingest.
DATA = """
@prefix hg:   <https://w3id.org/hankegraafi/ontology#> .
@prefix hgv:  <https://w3id.org/hankegraafi/vocab/> .
@prefix id:   <https://w3id.org/hankegraafi/id/> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix dct:  <http://purl.org/dc/terms/> .
@prefix xsd:  <http://www.w3.org/2001/XMLSchema#> .
<https://w3id.org/hankegraafi/id/project/kuusiston-kokeiluhanke> a hg:Project ;
    rdfs:label "Kuusiston kokeiluhanke"@fi ;
    hg:region <https://w3id.org/hankegraafi/vocab/county/09> ;
    hg:hasTrafficLight <https://w3id.org/hankegraafi/id/traffic-light/kuusisto/accessibility> .
<https://w3id.org/hankegraafi/id/traffic-light/kuusisto/accessibility> a hg:TrafficLight ;
    hg:dimension <https://w3id.org/hankegraafi/vocab/light-dimension/accessibility> ;
    hg:lightValue <https://w3id.org/hankegraafi/vocab/light-value/deviation> .
<https://w3id.org/hankegraafi/id/dependency/kuusisto/kanta> a hg:Dependency ;
    hg:dependent <https://w3id.org/hankegraafi/id/project/kuusiston-kokeiluhanke> ;
    hg:dependsOn <https://w3id.org/hankegraafi/vocab/service/kanta> ;
    hg:dependencyKind <https://w3id.org/hankegraafi/vocab/dependency-kind/data-exchange> ;
    dct:description "Ajanvaraus vaihtaa tietoja Kanta-palvelujen kanssa."@fi .
"""
PROJECT = URIRef("https://w3id.org/hankegraafi/id/project/kuusiston-kokeiluhanke")
DEPENDENCY = URIRef("https://w3id.org/hankegraafi/id/dependency/kuusisto/kanta")
DATA_GRAPH = URIRef("https://w3id.org/hankegraafi/id/graph/kuusisto-kasin")


@dataclass
class World:
    ingested: Graph  # what ingest made of REPORT
    store: EmbeddedStore  # DATA and the extended vocabularies
    app: Flask


def _config(store_dir: Path) -> Config:
    return Config.load(
        {"store": str(store_dir), "rate_limit": "1000000/minute", "result_cache_seconds": 0}, environ={}
    )


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> Iterator[World]:
    """REPORT ingested, and DATA in a store, while the vocabularies hold the two new entries."""
    from hankegraafi.ingest.derived import recompute_all
    from hankegraafi.ingest.pipeline import Ingester
    from hankegraafi.server import create_app

    folder = tmp_path_factory.mktemp("one-entry")
    document = folder / "kuusisto-tilanneraportti.txt"
    document.write_text(REPORT, encoding="utf-8")
    with registry.extended(NEW_ENTRIES):
        config = _config(folder / "store")
        ingested, _kind, _warnings = Ingester(None, config).build_graph(document)
        store = EmbeddedStore(folder / "store")
        Ingester(store, config).ensure_reference_graphs()
        store.replace_graph(DATA_GRAPH, Graph().parse(data=DATA, format="turtle"))
        recompute_all(store, config.base_iri)  # the derived graphs (county by inference, …), as after a write
        yield World(ingested, store, create_app(config, store=store))
        store.close()


def _path(iri: URIRef) -> str:
    """The page of a data IRI: ``…/hankegraafi/id/x`` is served at ``/id/x``."""
    return "/" + str(iri).split("/hankegraafi/", 1)[1]


def test_ingest_reads_the_new_light(world: World) -> None:
    lights = {
        (world.ingested.value(light, HG.dimension), world.ingested.value(light, HG.lightValue))
        for light in world.ingested.subjects(RDF.type, HG.TrafficLight)
    }
    assert (DIMENSION, URIRef(f"{VOCAB}light-value/deviation")) in lights


def test_ingest_reads_the_new_dependency_kind(world: World) -> None:
    kanta = URIRef(f"{VOCAB}service/kanta")
    kinds = {
        world.ingested.value(dependency, HG.dependencyKind)
        for dependency in world.ingested.subjects(HG.dependsOn, kanta)
    }
    assert kinds == {KIND}


def test_queries_list_the_new_light(world: World) -> None:
    from hankegraafi.queries.catalogue import run

    rows = run(world.store, "deviations", {"dimension": str(DIMENSION), "lang": "sv"}).rows
    assert [(str(r[0]), str(r[5])) for r in rows] == [(str(PROJECT), "Tillgänglighet")]


def test_queries_list_the_new_dependency_kind(world: World) -> None:
    from hankegraafi.queries.catalogue import run

    rows = run(world.store, "dependencies-of", {"project": str(PROJECT), "lang": "en"}).rows
    assert {(str(r[4]), str(r[5])) for r in rows} == {(str(KIND), "Data exchange")}


def test_pages_show_the_new_light_and_kind(world: World) -> None:
    client = world.app.test_client()
    page = client.get(_path(PROJECT) + ".html", query_string={"hl": "fi"})
    assert page.status_code == 200
    html = page.get_data(as_text=True)
    assert "Saavutettavuus" in html
    page = client.get(_path(DEPENDENCY) + ".html", query_string={"hl": "sv"})
    assert "Datautbyte" in page.get_data(as_text=True)


def test_explorer_charts_the_new_light(world: World) -> None:
    client = world.app.test_client()
    chart = client.get("/explorer/api/charts/deviations", query_string={"hl": "sv"}).get_json()
    assert {"id": "accessibility", "label": "Tillgänglighet"} in chart["dimensions"]


def test_explorer_names_the_new_dependency_kind(world: World) -> None:
    client = world.app.test_client()
    info = client.get("/explorer/api/dependency", query_string={"dependency": str(DEPENDENCY), "hl": "sv"})
    assert (info.get_json()["kind"], info.get_json()["kindName"]) == ("data-exchange", "Datautbyte")
