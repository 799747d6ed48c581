"""The ontology documentation page is generated from the graph and anchors every term."""

from __future__ import annotations

import re

import pytest
from rdflib import OWL, RDF, RDFS, SKOS, Graph, Literal, URIRef

from hankegraafi.ontology import HG, ontology_graph
from hankegraafi.ontology.docs import anchor, curie, render_html


@pytest.fixture(scope="module")
def page() -> str:
    return render_html()


def test_every_hg_term_has_an_anchor_matching_its_fragment(page: str):
    ids = set(re.findall(r'id="([^"]+)"', page))
    terms = {
        str(s).removeprefix(str(HG))
        for t in (OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty)
        for s in ontology_graph().subjects(RDF.type, t)
        if str(s).startswith(str(HG))
    }
    assert {"Project", "WellbeingServicesCounty", "partOf", "riskScore"} <= terms
    assert terms - ids == set()


def test_page_shows_labels_and_definitions_in_both_languages(page: str):
    section = page[page.index('id="Dependency"') :]
    section = section[: section.index("</section>")]
    assert "riippuvuus" in section and "dependency" in section and "beroende" in section
    assert "omana solmunaan" in section and "node of its own" in section


def test_page_lists_concept_schemes_and_concepts(page: str):
    assert 'id="vocab-county"' in page
    assert 'id="vocab-county-06"' in page
    assert "Satakunnan hyvinvointialue" in page
    omaolo = page[page.index('id="vocab-service-omaolo"') :]
    omaolo = omaolo[: omaolo.index("</section>")]
    assert 'href="#vocab-organisation-digifinland"' in omaolo
    assert "309 käsitettä" in page  # municipalities, collapsed


def test_render_escapes_and_uses_given_graph():
    g = Graph()
    ont = URIRef("https://w3id.org/hankegraafi/ontology")
    g.add((ont, RDF.type, OWL.Ontology))
    g.add((HG.Thing, RDF.type, OWL.Class))
    g.add((HG.Thing, RDFS.label, Literal("<script>alert(1)</script>", lang="fi")))
    g.add((HG.Thing, SKOS.definition, Literal("A & B", lang="en")))
    html = render_html(g)
    assert "<script>alert" not in html
    assert "&lt;script&gt;" in html and "A &amp; B" in html
    assert 'id="Thing"' in html
    assert "Omaolo" not in html


def test_curie_and_anchor():
    assert curie("http://schema.org/Project") == "schema:Project"
    assert curie("https://w3id.org/hankegraafi/vocab/county/06") == "hgv:county/06"
    assert anchor(HG.partOf) == "partOf"
    assert anchor(URIRef("https://w3id.org/hankegraafi/vocab/county/06")) == "vocab-county-06"
