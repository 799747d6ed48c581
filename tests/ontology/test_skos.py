"""The reference vocabularies as a SKOS quality checker (qSKOS) sees them, and their outbound links.

qSKOS's structural issues checked here: hierarchical and associative links
without their inverse (inverse completeness), top concepts without the
scheme listing them or with a broader concept, concepts and schemes without
a label in each of our languages, two concepts of a scheme with the same
preferred label. Links to other datasets (``skos:exactMatch``) must be
well-formed, unique and carry their source; county codes are typed.
"""

from __future__ import annotations

from collections import Counter, defaultdict

import pyoxigraph as ox
import pytest
from rdflib import RDF, SKOS, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS

from hankegraafi.ontology import HG, VOCAB, vocab
from hankegraafi.ontology.loader import vocabulary_graph

LANGUAGES = {"fi", "sv", "en"}
COUNTY_CODELIST = "http://uri.suomi.fi/codelist/jhs/hyvinvointialue_1_20230101"


@pytest.fixture(scope="module")
def voc() -> Graph:
    return vocabulary_graph()


def concepts(voc: Graph) -> set[URIRef]:
    return {c for c in voc.subjects(RDF.type, SKOS.Concept) if isinstance(c, URIRef)}


def schemes(voc: Graph) -> set[URIRef]:
    return {s for s in voc.subjects(RDF.type, SKOS.ConceptScheme) if isinstance(s, URIRef)}


@pytest.mark.parametrize(
    ("forward", "backward"),
    [
        (SKOS.broader, SKOS.narrower),
        (SKOS.narrower, SKOS.broader),
        (SKOS.broadMatch, SKOS.narrowMatch),
        (SKOS.narrowMatch, SKOS.broadMatch),
        (SKOS.related, SKOS.related),
        (SKOS.topConceptOf, SKOS.hasTopConcept),
        (SKOS.hasTopConcept, SKOS.topConceptOf),
    ],
)
def test_links_have_their_inverse(voc: Graph, forward: URIRef, backward: URIRef) -> None:
    pairs = list(voc.subject_objects(forward))
    missing = [(str(a), str(b)) for a, b in pairs if (b, backward, a) not in voc]
    assert missing == []


def test_the_review_figures_are_gone(voc: Graph) -> None:
    """The review found 17 broader links, 11 related links and 480 top concepts without inverse."""
    assert len(list(voc.subject_objects(SKOS.narrower))) >= 13  # 12 cost categories, RRF
    assert len(list(voc.subject_objects(SKOS.hasTopConcept))) >= 470
    assert len(list(voc.subject_objects(SKOS.related))) >= 22


def test_no_top_concept_has_a_broader_concept(voc: Graph) -> None:
    tops = set(voc.subjects(SKOS.topConceptOf, None))
    assert sorted(str(c) for c in tops if (c, SKOS.broader, None) in voc) == []


def test_hierarchy_stays_inside_a_scheme(voc: Graph) -> None:
    """skos:broader links concepts of one scheme; across schemes the mapping properties are used."""
    crossing = [
        (str(a), str(b))
        for a, b in voc.subject_objects(SKOS.broader)
        if set(voc.objects(a, SKOS.inScheme)) != set(voc.objects(b, SKOS.inScheme))
    ]
    assert crossing == []


def test_every_concept_and_scheme_is_named_in_finnish_swedish_and_english(voc: Graph) -> None:
    missing = []
    for node in sorted(concepts(voc) | schemes(voc)):
        languages = {lit.language for lit in voc.objects(node, SKOS.prefLabel) if isinstance(lit, Literal)}
        if not languages >= LANGUAGES:
            missing.append((str(node), sorted(LANGUAGES - languages)))
    assert missing == []


def test_no_two_concepts_of_a_scheme_share_a_preferred_label(voc: Graph) -> None:
    seen: dict[tuple[URIRef, Literal], set[URIRef]] = defaultdict(set)
    for c in concepts(voc):
        for scheme in voc.objects(c, SKOS.inScheme):
            for label in voc.objects(c, SKOS.prefLabel):
                seen[(scheme, label)].add(c)  # type: ignore[index]
    assert sorted((str(k[1]), sorted(map(str, v))) for k, v in seen.items() if len(v) > 1) == []


def test_aland_is_one_concept(voc: Graph) -> None:
    """ "Ahvenanmaa"/"Åland" names the region; the classification's item 91 is named apart."""
    for label in (Literal("Ahvenanmaa", lang="fi"), Literal("Åland", lang="sv"), Literal("Åland", lang="en")):
        assert set(voc.subjects(SKOS.prefLabel, label)) == {vocab("region", "Ahvenanmaa")}, label


def test_every_scheme_has_a_licence(voc: Graph) -> None:
    assert sorted(str(s) for s in schemes(voc) if (s, DCTERMS.license, None) not in voc) == []


def test_county_codes_are_typed_and_linked_to_statistics_finland(voc: Graph) -> None:
    counties = [c for c in concepts(voc) if voc.value(c, SKOS.inScheme) == URIRef(f"{VOCAB}county")]
    assert len(counties) == 23
    for c in counties:
        notations = list(voc.objects(c, SKOS.notation))
        assert len(notations) == 1, c
        code = notations[0]
        assert isinstance(code, Literal) and code.datatype == HG.countyCode, c
        assert str(code).isdigit() and len(str(code)) == 2, c
        assert c == vocab("county", str(code))
        assert set(voc.objects(c, SKOS.exactMatch)) == {URIRef(f"{COUNTY_CODELIST}/code/{code}")}, c
        assert (c, DCTERMS.source, URIRef(COUNTY_CODELIST)) in voc, c


def test_outbound_links_are_well_formed_unique_and_sourced(voc: Graph) -> None:
    mapping = (SKOS.exactMatch, SKOS.closeMatch)
    links = [(s, p, o) for p in mapping for s, o in voc.subject_objects(p)]
    assert len(links) >= 23
    targets = Counter(o for _, _, o in links)
    assert [str(t) for t, n in targets.items() if n > 1] == [], "two concepts link to one outside IRI"
    for s, _, o in links:
        assert isinstance(o, URIRef), (s, o)
        ox.NamedNode(str(o))  # raises on an IRI that does not parse
        assert str(o).startswith(("http://", "https://")) and " " not in str(o), o
        assert not str(o).startswith("https://w3id.org/hankegraafi/"), "a mapping points outside"
        assert (s, DCTERMS.source, None) in voc, f"{s} links out without naming the source"
