"""Cost tables and sums of stop 56's classes (C9, from test47's misses), each with its negative: a table of year
columns going on over a page without its header, a caption's period that is only the actual's, an export's
section column and point decimals, and the staff and communications rows' words."""

from __future__ import annotations

from decimal import Decimal

import pytest

from hankegraafi.ingest.extract import extract
from hankegraafi.ingest.facts import costkinds
from hankegraafi.ingest.facts.costcats import cost_category
from hankegraafi.ingest.readers import read_bytes
from tests.ingest.costcells import cost_lines as _costs

_PAGED = (
    "Etäkuntoutus Lapin kotihoidossa\nLoppuraportti 30.10.2025\n\nHallinnoija:\tLapin hyvinvointialue\n\n"
    "Toteutuneet kustannukset vuosittain (euroa)\nMenolaji\t2023\t2024\tYhteensä\n"
    "Omat henkilöstökustannukset\t100 000\t120 000\t220 000\nPalvelujen ostot\t20 000\t30 000\t50 000\n\n"
    "Sivu 1 (2)\n\nLapin hyvinvointialue\tLoppuraportti\n\n{rest}\n"
)


@pytest.mark.parametrize(
    ("rest", "after"),
    [
        # the table's last rows on the next page, after its footer and running header: they join each year's
        ("Matkakulut\t4 000\t6 000\t10 000\nYhteensä\t124 000\t156 000\t280 000", {"travel", "total"}),
        # negative: counted visits after the page are no costs of the table
        ("Asiakaskäynnit\t1 240\t1 980\t3 220\nKotikäynnit\t310\t455\t765", set()),
    ],
)
def test_year_columns_go_on_over_a_page_without_their_header(rest: str, after: set[str]) -> None:
    costs = _costs(_PAGED.format(rest=rest), "r.txt")
    by_year = {(kind, year) for kind, year, _c, _v in costs}
    assert by_year == {("annual", "2023"), ("annual", "2024"), ("cumulative", None)}
    cats = {c for _k, _y, c, _v in costs}
    assert cats == {"own-staff-costs", "service-purchases", *after}
    if after:
        assert ("annual", "2024", "travel", {"actual": Decimal("6000")}) in costs


@pytest.mark.parametrize(
    ("said", "year"),
    [
        (["Talous 2022 (t€), toteutunut 1-8/2022:"], "2022"),
        (["Talous 2024, toteuma 1–6/2024 (euroa)"], "2024"),
        (["Ekonomi 2025 (utfall 1–6/2025)"], "2025"),
        # negatives: the period the table's (no actual's word before it), or another year's actual
        (["Talous 2024, raportointijakso 1–6/2024 (euroa)"], None),
        (["Talous 2024, toteuma 7–12/2023"], None),
    ],
)
def test_a_captions_period_of_the_actual_leaves_the_table_the_years(said: list[str], year: str | None) -> None:
    header = ["Kululaji", "Budjetti", "Toteuma", "Ennuste"]
    assert costkinds.year_of_whole(header, [None, "budget", "actual", "forecast"], said) == year


@pytest.mark.parametrize(
    ("text", "granted"),
    [
        (
            "Osio;Kenttä;Arvo\nPerustiedot;Hankkeen nimi;Kotihoidon etätuki Lapissa\n"
            "Perustiedot;Myönnetty avustus;1490000.00\nPerustiedot;Toimijat;7\n",
            Decimal("1490000"),
        ),
        (
            "Kenttä;Arvo\nHankkeen nimi;Kotihoidon etätuki Lapissa\nMyönnetty avustus;1490000.00\n",
            Decimal("1490000"),
        ),
        # negative: a count under the section column, a year under a grant's word
        (
            "Osio;Kenttä;Arvo\nPerustiedot;Hankkeen nimi;Kotihoidon etätuki Lapissa\nPerustiedot;Myönnetty;2024\n"
            "Perustiedot;Toimipisteitä;7\n",
            None,
        ),
    ],
)
def test_an_exports_section_column_and_point_decimals(text: str, granted: Decimal | None) -> None:
    sums = [v["budget"] for kind, _y, _c, v in _costs(text, "e.csv") if kind == "granted"]
    assert sums == ([granted] if granted else [])


@pytest.mark.parametrize(
    ("label", "key"),
    [
        ("Personal", "own-staff-costs"),
        ("Egen personal", "own-staff-costs"),
        ("Personalkostnader", "staff-costs"),
        ("Communications", "communication-services"),
        ("Kommunikation", "communication-services"),
    ],
)
def test_staff_and_communications_rows(label: str, key: str) -> None:
    assert cost_category(label) == key


@pytest.mark.parametrize(
    ("caption", "first"),
    [
        (
            "Kustannukset 2024 (toteuma / budjetti, euroa)",
            {"actual": Decimal(184300), "budget": Decimal(190000)},
        ),
        ("Kostnader (budget / utfall, euro)", {"budget": Decimal(184300), "actual": Decimal(190000)}),
        ("Kustannukset 2024 (euroa)", None),  # negative: the caption names no columns
    ],
)
def test_a_headerless_table_under_a_caption_naming_its_columns(caption: str, first: dict | None) -> None:
    text = (
        "Kotiutustiimin etätuki Kainuussa\nTilanneraportti 12/2024\n\nHallinnoija: Kainuun hyvinvointialue\n\n"
        f"{caption}\nOmat henkilöstökustannukset\t184 300\t190 000\nPalvelujen ostot\t22 950\t26 000\n"
    )
    staff = [v for _k, _y, c, v in _costs(text, "r.txt") if c == "own-staff-costs"]
    assert staff == ([first] if first else [])


_PARTS = (
    "# Kotikuntoutus Kainuussa\n\nTilanneraportti 2/2024\n\n## Osahankkeet\n\n- Osahanke 1: Etäkuntoutus\n"
    "- Osahanke 2: Ryhmät verkossa\n\n## Talous\n\n{caption}\n\n| Kustannuslaji | Budjetti 2024 | Toteuma 1–6/2024 |\n"
    "|---|---:|---:|\n| Omat henkilöstökustannukset | 120 000 | 58 200 |\n| Yhteensä | 120 000 | 58 200 |\n"
)


@pytest.mark.parametrize(
    ("caption", "owner"),
    [
        ("Kustannukset, OH2 (euroa)", "Osahanke 2: Ryhmät verkossa"),
        ("Kustannukset OH 1", "Osahanke 1: Etäkuntoutus"),
        (
            "Kustannukset, osasto OS2 (euroa)",
            "Kotikuntoutus Kainuussa",
        ),  # a ward's code: no initials of the part's
        ("Kustannukset, OH3 (euroa)", "Kotikuntoutus Kainuussa"),  # no part of that number
    ],
)
def test_a_caption_naming_a_part_by_its_code(caption: str, owner: str) -> None:
    x = extract(read_bytes(_PARTS.format(caption=caption).encode(), file_name="r.md", max_bytes=100_000))
    assert [p.name for p in x.projects if p.costs] == [owner]


_LISTED = (
    "Etäpalvelut Lapissa\nVäliraportti 14.11.2024\n\nLapin hyvinvointialue\n{parts}\nOhjausryhmä kokoontui.\n\n"
    "Talous vuosittain\n\nVuosi\tBudjetti €\tToteutunut €\n2023\t150 000\t118 300\n2024\t200 000\t105 400\n"
    "Yhteensä\t350 000\t223 700\n"
)


@pytest.mark.parametrize(
    ("parts", "owner"),
    [
        # parts listed one a line: the table after the list is the whole's
        ("Investointi 1: Etävastaanotto\nInvestointi 2: Laboratorio", "Etäpalvelut Lapissa"),
        # negative: a blank line between, each part a section of its own: the walk's part keeps it
        ("Investointi 1: Etävastaanotto\n\nInvestointi 2: Laboratorio", "Investointi 2: Laboratorio"),
    ],
)
def test_parts_listed_one_a_line_hold_nothing_after_the_list(parts: str, owner: str) -> None:
    x = extract(read_bytes(_LISTED.format(parts=parts).encode(), file_name="r.txt", max_bytes=100_000))
    assert {p.name for p in x.projects if p.costs} == {owner}
