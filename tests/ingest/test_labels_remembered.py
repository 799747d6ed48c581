"""The label lookups remember their answers per line (issue 17: ingest speed), and forget them when
the vocabularies change: a line asked about before a concept was added gets the new concept after."""

from __future__ import annotations

from hankegraafi.ingest import labels
from hankegraafi.ontology import registry

#: Invented: a light dimension, a section and a field that the shipped vocabularies do not have.
NEW_ENTRIES = """
@prefix hgv:  <https://w3id.org/hankegraafi/vocab/> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
<https://w3id.org/hankegraafi/vocab/light-dimension/koe-kestavyys> a skos:Concept ;
    skos:inScheme hgv:light-dimension ; skos:topConceptOf hgv:light-dimension ;
    skos:prefLabel "Kokeiltu kestävyysmittari"@fi .
<https://w3id.org/hankegraafi/vocab/document-section/koe-osio> a skos:Concept ;
    skos:inScheme hgv:document-section ; skos:topConceptOf hgv:document-section ;
    skos:prefLabel "Kokeillut jäljitettävyysasiat"@fi .
<https://w3id.org/hankegraafi/vocab/document-field/koe-kentta> a skos:Concept ;
    skos:inScheme hgv:document-field ; skos:topConceptOf hgv:document-field ;
    skos:prefLabel "Kokeiltu seurantatunniste"@fi .
"""

LIGHT, HEADING, FIELD = (
    "Liikennevalo Kokeiltu kestävyysmittari",
    "Kokeillut jäljitettävyysasiat",
    "Kokeiltu seurantatunniste:",
)


def test_remembered_answers_follow_the_vocabularies() -> None:
    before = labels.match_light(LIGHT), labels.match_heading(HEADING), labels.match_field(FIELD)
    assert before == (None, None, None)
    with registry.extended(NEW_ENTRIES):
        assert labels.match_light(LIGHT) == "koe-kestavyys"
        assert labels.match_heading(HEADING) == ("koe-osio", "")
        assert labels.match_field(FIELD) == "koe-kentta"
    assert (labels.match_light(LIGHT), labels.match_heading(HEADING), labels.match_field(FIELD)) == before


def test_a_remembered_answer_is_the_computed_one() -> None:
    """Asked twice, and past the length up to which answers are remembered, the same answer."""
    long_line = "Aikataulu " + "x" * labels._REMEMBERED
    for text in ("  3.1. Aikataulu [*]:  ", "Liikennevalo Aikataulu", "Riskit", long_line):
        first = labels.norm_label(text), labels.match_light(text), labels.match_heading(text)
        assert (labels.norm_label(text), labels.match_light(text), labels.match_heading(text)) == first
        assert labels.norm_label(text) == labels._norm_label(text)
    assert labels.norm_label("  3.1. Aikataulu [*]:  ") == "aikataulu"
    assert labels.match_light("Liikennevalo Aikataulu") == "schedule"
