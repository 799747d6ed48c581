"""Marked lists one dimension a line, and parts a matrix names bare whose names a sentence gives (issue 13,
stop 38, L10; test22 q05 q14; tune u817 u818). Invented text."""

from __future__ import annotations

from hankegraafi.ingest.lightmarked import marked_lists
from hankegraafi.ingest.lightunits import named_in_text


def test_a_marked_list_one_dimension_a_line() -> None:
    lines = [
        "Osa-alueet, joissa on poikkeama suunnitelmasta, on merkitty tähdellä (*).",
        "- Aikataulu",
        "- Kustannukset *",
        "- Henkilöstö",
        "",
        "Tulevat tapahtumat",
        "- Koulutuspäivä *",
        "- Ohjausryhmä",
        "",
        "1. Schedule",
        "2. Costs",
    ]
    assert marked_lists(lines) == [
        (2, "", [("schedule", "on-plan"), ("costs", "deviation"), ("staff", "on-plan")]),
    ]


def test_a_numbered_list_and_a_legend_that_says_something_else() -> None:
    flagged = ["Areas that deviate from the plan are marked (!).", "1. Schedule (!)", "2. Staffing"]
    assert marked_lists(flagged) == [(2, "", [("schedule", "deviation"), ("staff", "on-plan")])]
    # The legend says the marked ones are treated in an annex: no list of lights.
    assert (
        marked_lists(["Tähdellä (*) merkityt käsitellään liitteessä.", "- Aikataulu *", "- Henkilöstö"]) == []
    )


def test_a_part_named_bare_takes_the_name_a_sentence_gives() -> None:
    text = (
        "Hanke toteutetaan kahdessa investoinnissa: Investointi 1 Kotihoidon etäkäynnit ja Investointi 3 "
        "Etäkuntoutus.\nInvestointi 1\tInvestointi 3\nAikataulu\tmatala\tkorkea\nInvestointi 3 rakentuu alustalle."
    )
    assert named_in_text(text, "Investointi 1") == "Kotihoidon etäkäynnit"
    assert named_in_text(text, "Investointi 3") == "Etäkuntoutus"
    assert named_in_text(text, "Investointi 2") == ""
    assert (
        named_in_text("Investointi 2\tInvestointi 3\nInvestointi 2 rakentuu alustalle.", "Investointi 2") == ""
    )
