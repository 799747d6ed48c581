"""Cost tables of stop 57's classes (C10, from test48's misses), each with its negative: two sums in one cell or line,
each with its scale ("286 t€ / 540 t€", "0,42 M€ / 0,31 M€"), and a column of per cents under a money word."""

from __future__ import annotations

from decimal import Decimal

import pytest

from hankegraafi.ingest.facts import gluedsums
from tests.ingest.costcells import cost_lines as _costs
from tests.ingest.costcells import extract_text

_LINES = (
    "Tilannemuistio toukokuu 2025\n\nHanke: Ikäihmisten kotikuntoutus Kainuussa\n\n"
    "Kulut 2025 (toteutunut 31.5. mennessä / budjetoitu):\n  Henkilöstökulut: {a}\n  Matkakulut: {b}\n"
)


@pytest.mark.parametrize(
    ("a", "b", "staff"),
    [
        ("310 t€ / 480 t€", "6 t€ / 15 t€", (Decimal("310000"), Decimal("480000"))),
        ("0,31 M€ / 0,48 M€", "0,006 M€ / 0,015 M€", (Decimal("310000"), Decimal("480000"))),
        ("0,31 milj. € / 0,48 milj. €", "6 000 € / 15 000 €", (Decimal("310000"), Decimal("480000"))),
        ("310 k€ / 480 k€", "6 k€ / 15 k€", (Decimal("310000"), Decimal("480000"))),
        ("310 000 / 480 000", "6 000 / 15 000", (Decimal("310000"), Decimal("480000"))),
    ],
)
def test_a_lines_two_sums_each_with_its_scale(a: str, b: str, staff: tuple[Decimal, Decimal]) -> None:
    costs = _costs(_LINES.format(a=a, b=b))
    assert ("annual", "2025", "staff-costs", {"actual": staff[0], "budget": staff[1]}) in costs
    assert {c for _k, _y, c, _v in costs} == {"staff-costs", "travel"}


def test_counts_and_a_price_per_visit_are_no_pair_of_sums() -> None:
    """Negative: "214 / 250" clients and "95 € / käynti" in the same report stay out of the costs."""
    text = _LINES.format(a="310 t€ / 480 t€", b="6 t€ / 15 t€") + (
        "\nAsiakkaita: 214 / 250\nKotikäynnin hinta: 95 € / käynti\n"
    )
    costs = _costs(text)
    assert {c for _k, _y, c, _v in costs} == {"staff-costs", "travel"}


_TABLE = (
    "# Lägesrapport 1/2025\n\n**Projekt:** Hemrehabilitering i Kajanaland\n\n## Kostnader från projektets början\n\n"
    "| Kostnadsslag | Utfall / budget |\n|---|---|\n| Personalkostnader | {a} |\n| Resekostnader | {b} |\n"
)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("0,61 M€ / 1,2 M€", "0,02 M€ / 0,05 M€"),
        ("610 t€ / 1 200 t€", "20 t€ / 50 t€"),
        ("610 000 € / 1 200 000 €", "20 000 € / 50 000 €"),
    ],
)
def test_a_columns_two_sums_each_with_its_scale(a: str, b: str) -> None:
    costs = _costs(_TABLE.format(a=a, b=b), "r.md")
    assert (
        "cumulative",
        None,
        "staff-costs",
        {"actual": Decimal("610000"), "budget": Decimal("1200000")},
    ) in costs


@pytest.mark.parametrize(
    ("cell", "pair"),
    [
        ("286 t€ / 540 t€", ("286 t€", "540 t€")),
        ("0,42 M€ / 0,31 M€", ("0,42 M€", "0,31 M€")),
        ("1,1 milj. euroa / 0,9 milj. euroa", ("1,1 milj. euroa", "0,9 milj. euroa")),
        ("112 000 / 97 650", ("112 000", "97 650")),
        # negatives: a price per unit, a date, words
        ("95 € / käynti", None),
        ("3 / 2025", ("3", "2025")),  # two numbers alone are a pair here; the column's other cells decide
        ("noin puolet / kolmannes", None),
    ],
)
def test_a_cells_pair_of_sums(cell: str, pair: tuple[str, str] | None) -> None:
    assert gluedsums.cell_pair(cell) == pair


_SHARES = (
    "# Tilannekatsaus 2/2024\n\nHanke: Perhetyö verkossa Kainuussa\nToteuttaja: Kainuun hyvinvointialue\n\n## Talous vuonna 2024\n\n"
    "| Menolaji | Budjetti € | Toteuma € | Toteuma |\n|---|---|---|---|\n"
    "| Henkilöstökulut | 260 000 | 171 600 | {a} |\n| Matkakulut | 12 000 | 3 480 | {b} |\n"
)


@pytest.mark.parametrize(
    ("a", "b", "share"),
    [
        # the spending's word over its share: the utilisation, not a second actual
        ("66 %", "29 %", {"utilisation-percent": Decimal("66")}),
        # negative: sums in euros under the same word are no share (the column stays a money column)
        ("171 600", "3 480", {}),
    ],
)
def test_a_money_word_over_per_cents_is_the_utilisation(a: str, b: str, share: dict[str, Decimal]) -> None:
    costs = _costs(_SHARES.format(a=a, b=b), "r.md")
    staff = next(v for _k, _y, c, v in costs if c == "staff-costs")
    assert staff == {"budget": Decimal("260000"), "actual": Decimal("171600"), **share}


def test_sums_with_their_share_in_brackets_are_no_per_cent_column() -> None:
    """Negative (test31 ic33): "228 000 (76 %)" is a budget with its share beside it, not a per cent."""
    from hankegraafi.ingest import columnshapes

    rows = [["Personalkostnader", "228 000 (76 %)", "171 900"], ["Resekostnader", "12 000 (4 %)", "7 800"]]
    assert columnshapes._shares_under_money_words([None, "budget", "actual"], rows) == [
        None,
        "budget",
        "actual",
    ]


def test_a_table_of_shares_alone_keeps_its_roles() -> None:
    """Negative: with no column of euros beside it, a per cent column is not made the utilisation by this rule."""
    from hankegraafi.ingest import columnshapes

    rows = [["Henkilöstökulut", "40 %", "38 %"], ["Matkakulut", "5 %", "3 %"]]
    assert columnshapes._shares_under_money_words([None, "budget", "actual"], rows) == [
        None,
        "budget",
        "actual",
    ]


_CARRY = (
    "# Loppuraportti\n\nHanke: Perhetyö verkossa Kainuussa\nToteuttaja: Kainuun hyvinvointialue\n\n"
    "## Kustannukset 2023–2025\n\n| Kululaji | Budjetti | Toteutunut |\n|---|---|---|\n"
    "| Henkilöstökulut | 100 000 | 90 000 |\n| Matkakulut | 10 000 | 9 000 |\n"
    "| {a} | {sums} |\n| Materiaalikulut | 5 000 | 4 000 |\n| Yhteensä | 115 000 | 103 000 |\n"
)


@pytest.mark.parametrize(
    ("a", "sums", "kept"),
    [
        ("Siirto", "110 000 | 99 000", False),
        ("Siirto seuraavalle sivulle", "110 000 | 99 000", False),
        ("Att transportera", "110 000 | 99 000", False),
        ("Carried forward", "110 000 | 99 000", False),
        # negatives: the word with sums of its own (money moved to a later year, a travel row) is a row
        ("Siirto seuraavalle vuodelle", "20 000 | 0", True),
        ("Transport", "6 000 | 5 500", True),
    ],
)
def test_a_row_carrying_the_sums_above_is_no_cost(a: str, sums: str, kept: bool) -> None:
    labels = [c for _k, _y, c, _v in _costs(_CARRY.format(a=a, sums=sums), "r.md")]
    assert (a in labels) is kept
    assert {"staff-costs", "travel", "materials", "total"} <= set(labels)


def test_a_row_bringing_the_sums_of_the_table_before() -> None:
    """At the head of a table after a page, "Transport" with the sums of the table before is carried, no travel."""
    text = (
        "Projekt: Trygg hemkomst i Kajanaland\nVälfärdsområde: Kajanalands välfärdsområde\n\n"
        "Kostnader 2024 (euro)\nKostnadsslag\tBudget 2024\tUtfall 2024\n"
        "Personalkostnader\t300 000\t150 000\nKöpta tjänster\t80 000\t30 000\n"
        "Att transportera\t380 000\t180 000\n\nSida 1 av 2\n\n"
        "Kostnader 2024 (euro), fortsättning\nKostnadsslag\tBudget 2024\tUtfall 2024\n"
        "Transport\t380 000\t180 000\nResekostnader\t14 000\t6 000\nSumma\t394 000\t186 000\n"
    )
    labels = [c for _k, _y, c, _v in _costs(text)]
    assert "Att transportera" not in labels
    assert "Transport" not in labels
    assert {"staff-costs", "service-purchases", "travel", "total"} <= set(labels)


_PART_LINES = (
    "Ikäihmisten kotona asumisen tuki Kainuussa\n\nOhjausryhmä 3.6.2025\nKainuun hyvinvointialue\n\n"
    "Osio 1: Kotiutustiimi\nOsio 2: Turvateknologia\n\n{heading}\n\n"
    "Henkilöstökulut: budjetti {a}, toteutunut 1–5/2025 {b}\nMatkakulut: budjetti 12 000 €, toteutunut 1–5/2025 8 000 €\n"
)


@pytest.mark.parametrize(
    ("a", "b"), [("240 t€", "171,5 t€"), ("0,24 M€", "0,1715 M€"), ("240 000 €", "171 500 €")]
)
def test_a_parts_money_lines_with_scales_and_the_actuals_months(a: str, b: str) -> None:
    """ "Osio 1: X – kustannukset 2025" over "Label: budjetti 240 t€, toteutunut 1–5/2025 171,5 t€": the part's
    year's costs (the months say how far the year has run), filed under the part its word and number name."""
    result = extract_text(
        _PART_LINES.format(heading="Osio 1: Kotiutustiimi – kustannukset 2025", a=a, b=b), "r.txt"
    )
    parts = {p.name.removeprefix("Osio 1: "): p for p in result.projects}
    assert not any("kustannukset" in name for name in parts)
    lines = [
        (s.kind, s.year, line.category, dict(line.values))
        for s in parts["Kotiutustiimi"].costs
        for line in s.lines
    ]
    assert (
        "annual",
        "2025",
        "staff-costs",
        {"budget": Decimal("240000"), "actual": Decimal("171500")},
    ) in lines


def test_a_parts_heading_with_a_name_after_the_dash_keeps_it() -> None:
    """Negative: "Osio 3: Kotiutus – ilta- ja viikonlopputyö" names a part of its own: no money caption after the dash."""
    from hankegraafi.ingest.facts.partwords import match_part_line

    assert match_part_line("Osio 3: Kotiutus – ilta- ja viikonlopputyö") == (
        "sub-project",
        "Osio",
        "3",
        "Kotiutus – ilta- ja viikonlopputyö",
    )
    assert match_part_line("Osio 1: Kotiutustiimi – talous 2025")[3] == "Kotiutustiimi"
    assert match_part_line("Delprojekt 2: Trygg hemkomst – kostnader 2024")[3] == "Trygg hemkomst"


def test_a_captions_year_with_the_actuals_months_in_its_head() -> None:
    """ "Talous 2024" over "Budjetti | Toteutunut 1–6/2024": the year's table; months of another year: no year of it."""
    from hankegraafi.ingest.facts import costkinds

    header = ["Kululaji", "Budjetti", "Toteutunut 1–6/2024"]
    assert costkinds.year_of_whole(header, [None, "budget", "actual"], ["Talous 2024"]) == "2024"
    header = ["Kululaji", "Budjetti", "Toteutunut 7–12/2023"]
    assert costkinds.year_of_whole(header, [None, "budget", "actual"], ["Talous 2024"]) is None


_PLAN = (
    "HANKESUUNNITELMA\n\nHankkeen nimi: Kotihoito kuntoon Kainuussa\nHakija: Kainuun hyvinvointialue\n\n"
    "Kustannusarvio\n\nInvestointi 1: Yöhoito\nKustannuslaji\tKustannusarvio (€)\nHenkilöstökustannukset\t400 000\n"
    "Matkakulut\t20 000\nYhteensä\t420 000\n\nInvestointi 2: Etähoito\nKustannuslaji\tKustannusarvio (€)\n"
    "Ohjelmistot\t300 000\nPalvelujen ostot\t80 000\nYhteensä\t380 000\n\n{sentence}\n"
)


@pytest.mark.parametrize(
    ("sentence", "whole"),
    [
        # the parts' estimates together, after the last part's table: the whole's
        ("Haettava valtionavustus on yhteensä 800 000 euroa.", True),
        # negative: a part's own sum, named so, stays the part's
        ("Investoinnille 2 haetaan 380 000 euroa.", False),
    ],
)
def test_a_sum_after_the_last_part_that_the_parts_add_up_to_is_the_wholes(sentence: str, whole: bool) -> None:
    result = extract_text(_PLAN.format(sentence=sentence), "r.txt")
    applied = {p.name: [s for s in p.costs if s.kind == "applied"] for p in result.projects}
    root = next(p for p in result.projects if p.parent is None)
    assert bool(applied[root.name]) is whole
    assert sum(len(v) for v in applied.values()) == 1


_COLUMNS = (
    "Styrgruppen för projektet Hemvård på distans i Pedersöre\nVälfärdsområde: Österbottens välfärdsområde\n\n"
    "Kostnader från projektets början till 30.6.2024:\n"
    "  Personal                 budget    {a}   utfall    {b}\n"
    "  IT-anskaffningar         budget    140 000:-   utfall    131 250:-\n"
    "  Sammanlagt               budget    600 000:-   utfall    431 250:-\n"
)


@pytest.mark.parametrize(("a", "b"), [("460 000:-", "300 000:-"), ("460 000 €", "300 000 €")])
def test_word_sum_columns_with_the_swedish_colon_dash(a: str, b: str) -> None:
    """ "budget 460 000:- utfall 300 000:-" in spaced columns: the sums with the accountant's ":-" (no cents) are read,
    and "IT-anskaffningar" is the ICT equipment's category."""
    costs = _costs(_COLUMNS.format(a=a, b=b))
    assert (
        "cumulative",
        None,
        "own-staff-costs",
        {"budget": Decimal("460000"), "actual": Decimal("300000")},
    ) in costs
    assert {c for _k, _y, c, _v in costs} == {"own-staff-costs", "phone-and-ict-equipment", "total"}


@pytest.mark.parametrize(
    ("text", "value"),
    [("460 000:-", Decimal("460000")), ("12 000,-", Decimal("12000")), ("1 150 000:- €", Decimal("1150000"))],
)
def test_the_accountants_dash_for_no_cents(text: str, value: Decimal) -> None:
    from hankegraafi.ingest.facts.text import parse_amount

    assert parse_amount(text) == value


@pytest.mark.parametrize(
    ("name", "bare"),
    [
        ("Etäkotihoito – talous 2024", "Etäkotihoito"),
        ("Matalan kynnyksen palvelut: kustannukset koko hankeajalta", "Matalan kynnyksen palvelut"),
        ("Remote monitoring – costs 2023–2024", "Remote monitoring"),
        # negatives: a name's own words after the dash or the colon stay
        ("Kotiutus – ilta- ja viikonlopputyö", "Kotiutus – ilta- ja viikonlopputyö"),
        ("Talous ja hallinto: yhteiset palvelut", "Talous ja hallinto: yhteiset palvelut"),
        ("Etähoiva: Kustannustehokas malli", "Etähoiva: Kustannustehokas malli"),
    ],
)
def test_a_parts_name_less_the_caption_of_its_money(name: str, bare: str) -> None:
    from hankegraafi.ingest.sumcues import without_money_caption

    assert without_money_caption(name) == bare


_NOTE = (
    "# Tilannekatsaus 2/2025\n\nHanke: Perhetyö verkossa Kainuussa\nToteuttaja: Kainuun hyvinvointialue\n\n"
    "## Talous\n\n| Kustannuslaji | Budjetti | Toteuma |\n|---|---|---|\n"
    "| Henkilöstökulut | {a} | {b} |\n| Matkakulut | 12 | 8 |\n\nLuvut tuhansina euroina.\n"
)


@pytest.mark.parametrize(
    ("a", "b", "staff"),
    [
        ("120", "80", Decimal("120000")),
        # negative: a table of full euros (a sum too large to be in thousands) keeps its euros under such a line
        ("120 000 000", "80 000", Decimal("120000000")),
    ],
)
def test_a_scale_in_a_note_under_the_table(a: str, b: str, staff: Decimal) -> None:
    costs = _costs(_NOTE.format(a=a, b=b), "r.md")
    assert next(v for _k, _y, c, v in costs if c == "staff-costs")["budget"] == staff
