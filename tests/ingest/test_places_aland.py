"""A project on Åland has Åland (code 91 of the classification) as its region (stop 48, the lead's model change).

Invented text. Åland is no wellbeing services county but an area of the classification "hyvinvointialue 2023"
(hg:ServiceArea, the superclass of hg:WellbeingServicesCounty); its names ("Åland", "Ahvenanmaalla") and its
municipalities give county/91 as any county's do, the document is stored with hg:region county/91, a query
over projects by area of the classification lists it, and the graph is SHACL-valid.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Graph, URIRef

from hankegraafi.ingest.extract import extract
from hankegraafi.ingest.readers import read_bytes
from hankegraafi.ontology import loader
from hankegraafi.ontology.namespaces import HG
from hankegraafi.shapes import validate
from hankegraafi.shapes.validate import validate_pyshacl
from tests.ingest.conftest import build, sparql

ALAND = URIRef("https://w3id.org/hankegraafi/vocab/county/91")

SWEDISH = (
    "Lägesrapport 2/2025\n\nProjekt: Digital hemvård i skärgården\n\nÅlands hälso- och sjukvård\n\n"
    "Projektet genomförs på Åland: sjukskötarna besöker äldre i Kökar och Föglö via videolänk.\n"
    "Under hösten utvidgas besöken till Mariehamn.\n"
)


def _county(text: str) -> str | None:
    x = extract(read_bytes(text.encode(), file_name="rapport.txt", max_bytes=100_000))
    return str(x.region.iri).rsplit("/", 1)[-1] if x.region is not None else None


@pytest.mark.parametrize(
    "text",
    [
        SWEDISH,
        "Tilannekatsaus 3/2024\n\nHanke Saariston etäkuntoutus toteutetaan Ahvenanmaalla; fysioterapeutit "
        "ohjaavat asiakkaita Maarianhaminasta käsin.\n",
        "STATUS REPORT 1/2025\nProject: Ferry Pharmacy Pilot\n\nThe pilot takes medicines to residents of Vårdö, "
        "Kumlinge and Brändö.\n",
    ],
)
def test_aland_or_its_municipalities_give_area_91(text: str) -> None:
    assert _county(text) == "91"


def test_a_study_trip_to_aland_leaves_the_own_county() -> None:
    text = (
        "Liikkuva hammashoitola – tilannekatsaus\n\nVarsinais-Suomen hyvinvointialue\n\n"
        "Hanke Liikkuva hammashoitola vie auton Paraisille. Työntekijät tekivät opintomatkan Ahvenanmaalle "
        "ja Maarianhaminaan.\n"
    )
    assert _county(text) == "05"


@pytest.fixture(scope="module")
def stored(tmp_path_factory: pytest.TempPathFactory) -> Graph:
    path: Path = tmp_path_factory.mktemp("aland") / "lagesrapport_aland_2025.txt"
    path.write_text(SWEDISH, encoding="utf-8")
    return build(path)


def test_the_project_is_stored_with_its_region(stored: Graph) -> None:
    rows = sparql(stored, "SELECT ?p ?r { ?p a hg:Project ; hg:region ?r }")
    assert [r for _p, r in rows] == [ALAND]


def test_a_query_over_projects_by_area_of_the_classification_lists_it(stored: Graph) -> None:
    """Projects by area: the area typed hg:ServiceArea or a subclass (Åland beside the 22 counties)."""
    union = Graph()
    for g in (stored, loader.ontology_graph(), loader.vocabulary_graph()):
        for triple in g:
            union.add(triple)
    rows = sparql(
        union,
        "SELECT ?area ?code (COUNT(?p) AS ?n) { ?p a hg:Project ; hg:region ?area . "
        "?area a/rdfs:subClassOf* hg:ServiceArea ; skos:notation ?code } GROUP BY ?area ?code",
    )
    assert [(area, str(code), int(n)) for area, code, n in rows] == [(ALAND, "91", 1)]
    assert (ALAND, HG.region, None) not in union  # the area is the object, never a subject of hg:region


def test_the_graph_is_shacl_valid(stored: Graph) -> None:
    for check in (validate, validate_pyshacl):
        report = check(stored)
        assert report.conforms, report.render("en")
