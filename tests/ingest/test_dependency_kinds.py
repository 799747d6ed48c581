"""The kind of a dependency is read from the vocabulary's words (hg:cue, hg:cueRank), not from Python.

Each test changes the vocabulary with ``registry.extended`` (inside the block
only) and sees ingest's reading change with it; the sentences are invented.
"""

from __future__ import annotations

from hankegraafi.ingest.facts.dependencies import dependency_kind
from hankegraafi.ontology import registry

PREFIXES = """
@prefix hg:   <https://w3id.org/hankegraafi/ontology#> .
@prefix hgv:  <https://w3id.org/hankegraafi/vocab/> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
"""
TECHNICAL = "<https://w3id.org/hankegraafi/vocab/dependency-kind/technical>"


def test_the_shipped_cues_and_their_ranks() -> None:
    kinds = registry.dependency_kinds()
    ranked = sorted((c for c in kinds if c.cues), key=lambda c: c.cue_rank or 0)
    assert [c.key for c in ranked] == [
        "continuation",
        "national-guidance",
        "technical",
        "resource",
        "organisational",
        "shared-work",
    ]
    assert "kanssa" in kinds["shared-work"].cues["fi"]
    assert kinds["functional"].cues == {} and kinds["functional"].cue_rank is not None
    # "jatkoa" (rank 1) says continuation though "yhdessä" and "kanssa" (shared work, rank 6) are there too.
    assert (
        dependency_kind("Työ on jatkoa Pilotti-hankkeelle ja tehdään yhdessä sen kanssa.", "x")
        == "continuation"
    )
    assert dependency_kind("Rajapinnan toimittaa kuntayhtymä kanssamme.", "x") == "technical"
    assert dependency_kind("Asiakasraati kokoontuu keväällä.", "functional") == "functional"


def test_a_cue_added_to_the_vocabulary_is_read() -> None:
    sentence = "Tietoturvan vaatimukset tulevat Kanta-palveluista."
    assert dependency_kind(sentence, "functional") == "functional"
    with registry.extended(PREFIXES + f'{TECHNICAL} hg:cue "tietoturv"@fi .'):
        assert dependency_kind(sentence, "functional") == "technical"
    assert dependency_kind(sentence, "functional") == "functional"


def test_the_rank_decides_between_kinds() -> None:
    sentence = "Rajapinta rakennetaan yhdessä naapurialueen kanssa."
    assert dependency_kind(sentence, "functional") == "technical"

    def co_creation(rank: int) -> str:
        return PREFIXES + (
            "<https://w3id.org/hankegraafi/vocab/dependency-kind/co-creation> a skos:Concept ;\n"
            '    skos:inScheme hgv:dependency-kind ; skos:prefLabel "Yhteisluonti"@fi ;\n'
            f'    hg:cue "yhdessä"@fi ; hg:cueRank {rank} .'
        )

    with registry.extended(co_creation(0)):
        assert dependency_kind(sentence, "functional") == "co-creation"
    with registry.extended(co_creation(10)):
        assert dependency_kind(sentence, "functional") == "technical"


def test_a_kind_without_a_rank_is_found_by_its_labels_first() -> None:
    sentence = "Tiedonvaihdon rajapinta tehdään yhteistyössä THL:n kanssa."
    assert dependency_kind(sentence, "functional") == "technical"
    new_kind = PREFIXES + (
        "<https://w3id.org/hankegraafi/vocab/dependency-kind/data-exchange> a skos:Concept ;\n"
        '    skos:inScheme hgv:dependency-kind ; skos:prefLabel "Tiedonvaihto"@fi .'
    )
    with registry.extended(new_kind):
        assert dependency_kind(sentence, "functional") == "data-exchange"


def test_a_ranked_kind_without_cues_is_no_sentences_word() -> None:
    # "toiminnallinen" is the functional kind's label, but functional has a rank and no cue:
    # a list of projects worked with stays shared work.
    assert dependency_kind("Hankkeet muodostavat toiminnallisen kokonaisuuden.", "shared-work") == "shared-work"
