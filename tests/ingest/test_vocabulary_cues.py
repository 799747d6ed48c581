"""Document kinds, output types, roles and cost-statement kinds are told by the vocabulary's words.

Each test adds one cue (or one concept) with ``registry.extended`` and sees
ingest's reading change inside the block only, so no Python table of words per
kind is left beside the SKOS schemes (issue 18). The texts are invented.
"""

from __future__ import annotations

from hankegraafi.ingest import segment
from hankegraafi.ingest.facts import money
from hankegraafi.ingest.facts.goaloutputs import output_type
from hankegraafi.ingest.facts.organisations import role_cues
from hankegraafi.ontology import registry

PREFIXES = """
@prefix hg:   <https://w3id.org/hankegraafi/ontology#> .
@prefix hgv:  <https://w3id.org/hankegraafi/vocab/> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
"""
V = "https://w3id.org/hankegraafi/vocab/"


def test_the_shipped_cues_keep_their_order() -> None:
    assert segment.KINDS == ("final-report", "status-report", "project-plan", "innokyla-page")
    assert [key for key, _ in role_cues()][:2] == ["administrator", "co-implementer"]
    assert output_type("Henkilöstö koulutettiin uuteen toimintamalliin.") == "training"
    assert output_type("Kaksi mobiiliyksikköä hankittiin.") == "procurement"
    assert money.kind_cue(["Kustannukset hankkeen alusta"]) == ("cumulative", "hankkeen alusta")
    assert money.kind_cue(["Raportointijakson kulut"]) == ("period", "Raportointijakson")


def test_a_document_kind_cue_and_a_new_kind() -> None:
    lines = ["Kehittämisen vuosikatsaus", "", "Hankkeen tiedot"]
    assert segment.detect_kind(lines) is None
    cue = f'<{V}document-kind/status-report> hg:weightedCue [ hg:cue "vuosikatsaus" ; hg:cueWeight 6 ] .'
    with registry.extended(PREFIXES + cue):
        assert segment.detect_kind(lines) == "status-report"
    new_kind = f"""<{V}document-kind/annual-review> a skos:Concept ;
        skos:inScheme hgv:document-kind ; skos:prefLabel "Vuosikatsaus"@fi ; hg:cueRank 9 ;
        hg:weightedCue [ hg:cue "^\\\\s*kehittämisen vuosikatsaus" ; hg:cueWeight 6 ] ."""
    with registry.extended(PREFIXES + new_kind):
        assert segment.KINDS[-1] == "annual-review"
        assert segment.detect_kind(lines) == "annual-review"
    assert segment.detect_kind(lines) is None and "annual-review" not in segment.KINDS


def test_an_output_type_cue() -> None:
    text = "Webinaarisarja pidettiin keväällä."
    assert output_type(text) == "other"
    with registry.extended(PREFIXES + f'<{V}output-type/event> hg:cue "webinaar"@fi .'):
        assert output_type(text) == "event"
    assert output_type(text) == "other"


def test_a_role_cue() -> None:
    sentence = "Hankkeen myöntäjänä toimii säätiö."
    assert not any(pattern.search(sentence) for _, pattern in role_cues())
    with registry.extended(PREFIXES + f'<{V}role/funder> hg:cue "myöntäjä"@fi .'):
        assert [role for role, pattern in role_cues() if pattern.search(sentence)] == ["funder"]
    assert not any(pattern.search(sentence) for _, pattern in role_cues())


def test_a_cost_statement_kind_cue() -> None:
    texts = ["Kulut puolivuotiskatsauksen ajalta"]
    assert money.kind_cue(texts) is None
    with registry.extended(PREFIXES + f'<{V}statement-kind/reporting-period> hg:cue "puolivuoti\\\\w*"@fi .'):
        assert money.kind_cue(texts) == ("period", "puolivuotiskatsauksen")
    assert money.kind_cue(texts) is None
