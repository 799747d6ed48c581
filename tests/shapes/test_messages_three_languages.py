"""Every sh:message of our shapes files speaks Finnish, Swedish and English alike.

A validation report is read in the user's language (``validate(..., lang=...)``
picks the message by language, and recovers the language of a SPARQL message
from its template), so each shape needs one message per language, and the
three must fill in the same placeholders or one language would show less.
"""

from __future__ import annotations

import re
from collections import defaultdict
from importlib import resources

import pytest
from rdflib import Graph, Literal
from rdflib.namespace import SH
from rdflib.term import Node

from hankegraafi.shapes import validate
from tests.shapes.casekit import CASES_DIR, read_case

LANGUAGES = ("fi", "sv", "en")
PLACEHOLDER = re.compile(r"\{[?$]\w+\}")
SHAPES_FILES = ("hankegraafi-shapes.ttl", "dcat-ap.ttl")


def _messages(name: str) -> dict[Node, list[Literal]]:
    graph = Graph()
    graph.parse(
        data=resources.files("hankegraafi.shapes").joinpath(name).read_text(encoding="utf-8"),
        format="turtle",
    )
    found: dict[Node, list[Literal]] = defaultdict(list)
    for subject, message in graph.subject_objects(SH.message):
        assert isinstance(message, Literal), f"{name}: sh:message of {subject} is not a literal"
        found[subject].append(message)
    return found


@pytest.mark.parametrize("name", SHAPES_FILES)
def test_every_message_is_in_finnish_swedish_and_english_with_the_same_placeholders(name: str) -> None:
    messages = _messages(name)
    assert messages, f"{name} has no sh:message at all"
    wrong = []
    for subject, literals in messages.items():
        languages = sorted(m.language or "" for m in literals)
        if languages != sorted(LANGUAGES):
            wrong.append(f"{subject}: languages {languages}")
            continue
        placeholders = {m.language: sorted(PLACEHOLDER.findall(str(m))) for m in literals}
        if len({tuple(p) for p in placeholders.values()}) != 1:
            wrong.append(f"{subject}: placeholders {placeholders}")
        texts = {str(m) for m in literals}
        if len(texts) != len(LANGUAGES):
            wrong.append(f"{subject}: two languages share one text")
    assert not wrong, f"{name}:\n" + "\n".join(wrong)


@pytest.mark.parametrize("case", ["cost-total-mismatch", "end-not-before-start", "risk-bad", "contact-details"])
def test_a_swedish_report_shows_the_swedish_messages(case: str) -> None:
    """pyshacl drops a SPARQL message's language tag; the Swedish one must still be told apart."""
    data = read_case(CASES_DIR / case).data
    report = validate(data, lang="sv")
    assert report.results, f"{case} should give results"
    for result in report.results:
        by_lang = dict(result.messages)
        assert set(by_lang) == set(LANGUAGES), result.messages
        assert result.message == by_lang["sv"] == result.message_in("sv")
        assert result.message_in("fi") == by_lang["fi"] != by_lang["sv"]
        assert result.message_in("en") == by_lang["en"] != by_lang["sv"]
        assert f"] {by_lang['sv']}" in report.render()


TOTAL_OFF = """
@prefix hg: <https://w3id.org/hankegraafi/ontology#> .
<https://example.org/s> a hg:CostStatement ; hg:unit "EUR" ;
    hg:hasLine <https://example.org/l1>, <https://example.org/t> .
<https://example.org/l1> a hg:CostLine ;
    hg:costCategory <https://w3id.org/hankegraafi/vocab/cost-category/equipment> ; hg:budget 400 .
<https://example.org/t> a hg:CostLine ;
    hg:costCategory <https://w3id.org/hankegraafi/vocab/cost-category/total> ; hg:budget 500 .
"""


@pytest.mark.parametrize(
    ("lang", "words"),
    [
        ("fi", "Yhteensä-rivin budjetti on 500"),
        ("sv", "Summaradens budget är 500"),
        ("en", "total line's budget is 500"),
    ],
)
def test_a_property_filled_into_a_message_is_named_not_shown_as_an_iri(lang: str, words: str) -> None:
    """``{?path}`` of the total-line check is the property's name in the reader's language."""
    report = validate(Graph().parse(data=TOTAL_OFF, format="turtle"), lang=lang)
    texts = [r.message_in(lang) for r in report.results if str(r.focus_node) == "https://example.org/s"]
    assert any(words in text for text in texts), texts
    assert not any("ontology#budget" in text for text in texts), texts
