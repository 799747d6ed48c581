"""A stored card (``queries/pagecards.py``) is read only as the write step writes one: a card of
another shape, or holding a character no store holds, is read as not storable (the page reads
its card live), a resource without one as none stored; the builder's card text is the write
step's. The cards equal the live reads after every kind of write in tests/queries/test_pagelists.py."""

from __future__ import annotations

import json

import pytest

from hankegraafi.ontology.namespaces import BASE_IRI_DEFAULT
from hankegraafi.queries import pagecards, pagelists
from hankegraafi.queries.pieces import encode_body
from hankegraafi.server.pages import builder

BASE = BASE_IRI_DEFAULT
THIS = "https://w3id.org/hankegraafi/vocab/county/08"
URI = {"type": "uri", "value": "https://w3id.org/hankegraafi/vocab/service/omaolo"}
LABEL = {"type": "literal", "value": "Omaolo", "xml:lang": "fi"}
GOOD = [[URI, LABEL], [0, 0, 1, 0, 0, 0, 0, 1]]


def parsed(body: object, *, raw: str | None = None) -> list[object] | None:
    """The card of :data:`THIS` as a page reads it when ``body`` (or the JSON text ``raw``) is stored."""
    text = raw if raw is not None else json.dumps(body, ensure_ascii=False)
    node = str(pagelists.node(BASE, pagecards.CARD, THIS))
    rows = [("v1", "", ""), ("", node, encode_body(text.encode("utf-8")))]
    version, found = pagelists.parse(rows, BASE, pagecards.CARD, [THIS])
    assert version == "v1"
    return found[THIS]


def test_a_card_as_written_is_read() -> None:
    card = parsed(GOOD)
    assert card == GOOD
    rows, stored = pagecards.decode(card, lambda term: term["value"])
    assert stored and rows == [
        (URI["value"], URI["value"], "Omaolo", 0),
        (URI["value"], URI["value"], URI["value"], 1),
    ]


def test_a_resource_without_a_card_has_none_stored() -> None:
    node = str(pagelists.node(BASE, pagecards.CARD, "urn:x-other"))
    _version, found = pagelists.parse([("v1", "", ""), ("", node, "x")], BASE, pagecards.CARD, [THIS])
    assert found[THIS] == []
    assert pagecards.decode([], str) == ([], False)


BAD_CARDS: list[object] = [
    [URI, [0, 0, 0, 0]],  # the terms are a list
    [[URI], [0, 0, 0]],  # rows of four
    [[URI], [0, 0, 1, 0]],  # an index past the terms
    [[URI], [0, 0, -1, 0]],
    [[URI], [0, 0, 0, 3]],  # what a row is: 0, 1 or 2
    [[URI], [0, 0, 0.0, 0]],
    [[URI], [0, 0, True, 0]],
    [[URI], [0, 0, "0", 0]],
    [[{"type": "triple", "value": "x"}], [0, 0, 0, 0]],
    [[{"type": "uri", "value": 5}], [0, 0, 0, 0]],
    [[{"type": "uri"}], [0, 0, 0, 0]],
    [[URI], [0, 0, 0, 0], []],
    {"terms": [URI]},
    [[{"type": "uri", "value": "a\u0001b"}], [0, 0, 0, 0]],
]


@pytest.mark.parametrize("body", BAD_CARDS, ids=[str(i) for i in range(len(BAD_CARDS))])
def test_a_card_of_another_shape_is_read_live(body: object) -> None:
    assert parsed(body) is None


@pytest.mark.parametrize("char", ["\u0001", "\ufffe", "\u000b"])
def test_a_character_no_store_holds_raw_or_escaped_is_read_live(char: str) -> None:
    bad = [[{"type": "literal", "value": f"a{char}b"}, URI], [1, 1, 0, 0]]
    assert parsed(bad) is None
    assert parsed(None, raw=json.dumps(bad, ensure_ascii=True)) is None
    # a tab, a line break and any other character are text
    fine = [[{"type": "literal", "value": "a\t\n\r\u00e4\u20acb"}, URI], [1, 1, 0, 0]]
    assert parsed(fine) == fine
    assert parsed(None, raw=json.dumps(fine, ensure_ascii=True)) == fine


def test_the_page_reads_the_card_the_write_step_stores() -> None:
    """One text for both (the builder's parts are the write step's)."""
    assert builder.card_query() == pagecards.card_query()
    assert all(builder.sparql(part) == pagecards.PARTS[part] for part in pagecards.PARTS)
    assert pagecards.card_query().count("UNION") == len(pagecards.CARD_PARTS) - 1
