"""Investments of a many-project document (stop 28, u150-u151): each listed investment is a
part of the project with its sum, also when a page's running header breaks the table or the
list writes the names in lower case with sums in "milj. euroa". Invented texts."""

from __future__ import annotations

from decimal import Decimal

from hankegraafi.ingest.extract import extract
from hankegraafi.ingest.facts.partwords import match_part_line
from hankegraafi.ingest.readers import read_bytes


def parts(text: str, name: str = "p.txt") -> list[tuple[str, str, str | None, list[Decimal]]]:
    x = extract(read_bytes(text.encode(), file_name=name, max_bytes=100_000))
    return [
        (
            p.name,
            p.level,
            p.parent.name if p.parent else None,
            [line.values["budget"] for c in p.costs for line in c.lines if "budget" in line.values],
        )
        for p in x.projects
    ]


def test_a_table_of_investments_broken_by_a_page_header() -> None:
    text = (
        "§ 12 Avustushaku: Kylien apu -hanke\n\n"
        "Kylien apu -hanke vahvistaa palveluja Kuopiossa. Avustusta haetaan kahdelle investoinnille.\n\n"
        "Investointi\tHaettu avustus, €\n"
        "Investointi 1: Kylätalojen vastaanotot\t300 000\n"
        "Pohjois-Savon hyvinvointialue\tAluehallitus\tPöytäkirja 2/2024\t2 (5)\n"
        "Investointi 2: Kyläavustajat\t120 000\n"
        "Yhteensä\t420 000\n"
    )
    found = parts(text)
    assert [(n, level, parent) for n, level, parent, _ in found] == [
        ("Kylien apu -hanke", "project", None),
        ("Investointi 1: Kylätalojen vastaanotot", "investment", "Kylien apu -hanke"),
        ("Investointi 2: Kyläavustajat", "investment", "Kylien apu -hanke"),
    ]
    assert found[1][3] == [Decimal(300000)] and found[2][3] == [Decimal(120000)]


def test_listed_investments_in_lower_case_with_millions() -> None:
    text = (
        "# Avustus kyliin\n\n"
        "Sosiaali- ja terveysministeriö on myöntänyt Kylien apu -hankkeelle avustusta. Avustus jakautuu näin:\n\n"
        "* Investointi 1: kylätalojen vastaanotot 1,2 milj. euroa\n"
        "* Investointi 2: kyläavustajat 0,4 milj. euroa\n"
    )
    found = parts(text, "p.md")
    assert [(n, level, amounts) for n, level, _, amounts in found[1:]] == [
        ("Investointi 1: kylätalojen vastaanotot", "investment", [Decimal(1200000)]),
        ("Investointi 2: kyläavustajat", "investment", [Decimal(400000)]),
    ]


def test_a_lower_case_word_after_the_number_without_a_colon_is_a_sentence() -> None:
    assert match_part_line("Investointi 1 purki jonoja") is None
    assert match_part_line("Investointi 1:n tavoitteisiin kuului laajentaminen") is None
    assert match_part_line("Investointi 3 – kotihoidon etäkäynnit") == (
        "investment",
        "Investointi",
        "3",
        "kotihoidon etäkäynnit",
    )


def test_investments_listed_under_a_goals_heading_are_parts_not_goals() -> None:
    text = (
        "Kylien apu -hanke\n\nPohjois-Savon hyvinvointialue\n\nMitä teemme\n\n"
        "Hanke vahvistaa palveluja Kuopion kylissä.\n\n"
        "- Investointi 1: Kylätalojen vastaanotot – 300 000 €\n"
        "- Investointi 2: Kyläavustajat – 120 000 €\n"
    )
    x = extract(read_bytes(text.encode(), file_name="p.txt", max_bytes=100_000))
    assert [g.description for p in x.projects for g in p.goals] == []
    assert [p.name for p in x.projects if p.level == "investment"] == [
        "Investointi 1: Kylätalojen vastaanotot",
        "Investointi 2: Kyläavustajat",
    ]
