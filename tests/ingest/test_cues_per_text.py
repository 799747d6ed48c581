"""A judgement of a text by the vocabularies is remembered per text until they are read again (``cues.per_text``).

The families ask the same cells, labels and words again and again (issue 17: ``colour_word`` 82 000 calls for
2 900 texts over 140 documents); a remembered answer must still follow a vocabulary changed with
``registry.extended``, as every ``per_reading`` table does. The words are invented.
"""

from __future__ import annotations

from hankegraafi.ingest import cues
from hankegraafi.ingest.facts.costcats import cost_category
from hankegraafi.ingest.facts.goalstatus import vocabulary_status
from hankegraafi.ingest.lightwords import colour_word
from hankegraafi.ingest.orgnames import _head_of
from hankegraafi.ontology import registry

PREFIXES = """
@prefix hg:   <https://w3id.org/hankegraafi/ontology#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
"""
ON_PLAN = "<https://w3id.org/hankegraafi/vocab/light-value/on-plan>"


def test_a_text_is_judged_once_until_the_vocabularies_are_read_again() -> None:
    asked: list[str] = []

    @cues.per_text
    def judge(text: str) -> str:
        asked.append(text)
        return text.upper()

    assert [judge("a"), judge("b"), judge("a"), judge("a")] == ["A", "B", "A", "A"]
    assert asked == ["a", "b"]
    with registry.extended(PREFIXES + f'{ON_PLAN} skos:hiddenLabel "Smaragdi"@fi .'):
        assert judge("a") == "A"
    assert judge("a") == "A"
    assert asked == ["a", "b", "a", "a"]  # judged again inside the block and after it


def test_a_long_text_is_judged_each_time_and_not_kept() -> None:
    """A memo bounded by its count alone held whole cells: 50 000 cells of 4 000 characters, 200 M characters in one
    worker (R7-6). A text past ``MAX_TEXT_CHARS`` is judged again each time and nothing of it is kept."""
    asked: list[str] = []

    @cues.per_text
    def judge(text: str) -> int:
        asked.append(text)
        return len(text)

    long = "x" * (cues.MAX_TEXT_CHARS + 1)
    short = "y" * cues.MAX_TEXT_CHARS
    assert [judge(long), judge(long), judge(short), judge(short)] == [
        len(long),
        len(long),
        len(short),
        len(short),
    ]
    assert asked == [long, long, short]  # the long text judged each time: nothing of it kept


def test_a_colour_word_follows_the_vocabulary_though_remembered() -> None:
    assert colour_word("Smaragdi") is None
    assert colour_word("Vihreä") == "on-plan"
    with registry.extended(PREFIXES + f'{ON_PLAN} skos:hiddenLabel "Smaragdi"@fi .'):
        assert colour_word("Smaragdi") == "on-plan"
    assert colour_word("Smaragdi") is None


def test_the_remembered_judgements_give_the_first_answers() -> None:
    for _ in range(3):
        assert cost_category("Palvelujen ostot yhteensä") == cost_category("Palvelujen ostot")
        assert cost_category("Henkilöstökulut / Personalkostnader") == cost_category("Henkilöstökulut")
        assert vocabulary_status("✓ valmis 3/2024") == vocabulary_status("Valmis") is not None
        assert vocabulary_status("Ei mikään tila") is None
        assert _head_of("kuntayhtymän") == "kuntayhtymä"
        assert _head_of("Satasairaala") == "sairaala"
        assert _head_of("maakunta") is None
