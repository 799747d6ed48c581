"""Cost tables in the forms real reports use, by class (issue 13, stop 29; invented reports).

Each test is one class of form: a table whose title names the year it is of, rows grouped
under a part, a table of several parts with a column naming the part.
"""

from __future__ import annotations

from decimal import Decimal

from hankegraafi.ingest import tables
from hankegraafi.ingest.extract import extract
from hankegraafi.ingest.facts.costkinds import year_alone
from hankegraafi.ingest.facts.money import cost_category
from hankegraafi.ingest.readers import read_bytes


def _costs(text: str, name: str = "raportti.txt") -> list[tuple[str, str, str | None, str, dict[str, Decimal]]]:
    x = extract(read_bytes(text.encode(), file_name=name, max_bytes=100_000))
    return [
        (p.name, s.kind, s.year, line.category or line.raw_label, dict(line.values))
        for p in x.projects
        for s in p.costs
        for line in s.lines
    ]


def test_a_year_alone_in_a_title_is_the_year_a_table_is_of() -> None:
    assert year_alone(["Ekonomi 2025 (1 000 euro)"]) == "2025"
    assert year_alone(["Talous 2024 (t€)"]) == "2024"
    # A date, a period, a range or two years name no one year.
    assert year_alone(["Kustannukset 31.8.2024"]) is None
    assert year_alone(["Kustannukset 1–6/2024"]) is None
    assert year_alone(["Kustannukset 2023–2025"]) is None
    assert year_alone(["Budjetti 2024 ja 2025"]) is None


def test_a_table_titled_by_its_year_is_that_years_statement() -> None:
    text = (
        "Tilannekatsaus 5/2025\nHanke: Vuosihanke\nHallinnoija: Kainuun hyvinvointialue\n\n"
        "Ekonomi 2025 (1 000 euro)\n\n"
        "Kostnadsslag\tBudget\tPrognos\tAvvikelse\n"
        "Resekostnader\t20\t26\t+6\n"
        "Totalt\t20\t26\t+6\n"
    )
    rows = _costs(text)
    assert rows[0][1:3] == ("annual", "2025")
    assert rows[0][4] == {"budget": Decimal(20000), "forecast": Decimal(26000), "deviation": Decimal(6000)}
    # The same table under a title with a date is the project's so far.
    dated = text.replace("Ekonomi 2025 (1 000 euro)", "Ekonomi 31.5.2025 (1 000 euro)")
    assert _costs(dated)[0][1:3] == ("cumulative", None)


def test_a_field_naming_the_part_makes_the_report_that_parts() -> None:
    text = (
        "Tilanneraportti 2/2025\n\n"
        "Hanke\tKotona kauemmin\n"
        "Osahanke\tOsahanke 2: Kotikuntoutus\n"
        "Toteuttaja\tKainuun hyvinvointialue\n\n"
        "Kustannukset, kertymä 30.6.2025\n"
        "Kustannuslaji\tBudjetti\tToteutunut\n"
        "Matkakulut\t9 000\t4 100\n"
    )
    rows = _costs(text)
    assert [(name, kind) for name, kind, *_ in rows] == [("Osahanke 2: Kotikuntoutus", "cumulative")]
    # The part named only in a list of parts ("Osahankkeet | Osahanke 2: …") is no field of the report's own.
    listed = text.replace("Osahanke\tOsahanke 2", "Osahankkeet\tOsahanke 2")
    assert [name for name, *_ in _costs(listed)] == ["Kotona kauemmin"]


def test_rows_grouped_under_part_rows_are_each_parts() -> None:
    text = (
        "Lägesrapport 2/2025\nProjekt: Närservice i skärgården\nHuvudman: Egentliga Finlands välfärdsområde\n\n"
        "Kostnader sedan start (euro)\n"
        "Kostnadsslag\tBudget\tUtfall\n"
        "Delprojekt 1: Digital tolkning\t\t\n"
        "Programvaror\t50 000\t41 000\n"
        "Delprojekt 2: Mobil mottagning\t\t\n"
        "Resekostnader\t12 000\t13 500\n"
        "Totalt\t12 000\t13 500\n"
    )
    rows = {(name, category): values for name, _, _, category, values in _costs(text)}
    assert rows == {
        ("Delprojekt 1: Digital tolkning", "software"): {"budget": Decimal(50000), "actual": Decimal(41000)},
        ("Delprojekt 2: Mobil mottagning", "travel"): {"budget": Decimal(12000), "actual": Decimal(13500)},
        ("Delprojekt 2: Mobil mottagning", "total"): {"budget": Decimal(12000), "actual": Decimal(13500)},
    }


def test_a_column_naming_the_part_splits_the_table_into_the_parts_statements() -> None:
    text = (
        "Loppuraportti\nHanke: Lähipalvelut\nHallinnoija: Kainuun hyvinvointialue\n\n"
        "- Investointi 1: Etävastaanotto\n- Investointi 2: Kotikuntoutus\n\n"
        "Kustannukset koko hankeajalta\n"
        "Investointi\tKustannuslaji\tBudjetti\tToteutunut\n"
        "Investointi 1\tOhjelmistot\t40 000\t38 000\n"
        "Investointi 2\tMatkakulut\t9 000\t9 900\n"
        "\tYhteensä\t9 000\t9 900\n"
    )
    rows = {(name, category): values for name, _, _, category, values in _costs(text)}
    assert rows == {
        ("Investointi 1: Etävastaanotto", "software"): {"budget": Decimal(40000), "actual": Decimal(38000)},
        ("Investointi 2: Kotikuntoutus", "travel"): {"budget": Decimal(9000), "actual": Decimal(9900)},
        ("Investointi 2: Kotikuntoutus", "total"): {"budget": Decimal(9000), "actual": Decimal(9900)},
    }


def test_a_sheets_head_rows_above_the_header_in_one_block_are_no_header() -> None:
    rows = (
        "Tulostettu\t3.2.2025\n"
        "Käyttäjä\ttalous\n\n"
        "Kululaji\tBudjetti 2024\tToteuma 2024\tBudjetti yhteensä\tToteuma yhteensä\n"
        "Matkakulut\t5 000\t4 200\t15 000\t9 100\n"
    )
    text = "Kustannusseuranta\nHanke: Seurantahanke\nHallinnoija: Kainuun hyvinvointialue\n\n" + rows
    found = {(kind, year): values for _, kind, year, _, values in _costs(text)}
    assert found == {
        ("annual", "2024"): {"budget": Decimal(5000), "actual": Decimal(4200)},
        ("cumulative", None): {"budget": Decimal(15000), "actual": Decimal(9100)},
    }


def test_a_two_row_header_whose_merged_cells_a_reader_left_out_or_printed_twice() -> None:
    # HTML rowspan/colspan: the second row holds only the cells under the group.
    assert tables.join_header(
        [["Menolaji", "Arvio (€)", "", "Yhteensä"], ["2024", "2025"], ["x", "1", "2", "3"]]
    )[0] == ["Menolaji", "Arvio (€) 2024", "Arvio (€) 2025", "Yhteensä"]
    # A Word table prints a cell merged over both rows in each: the label and the total once.
    assert tables.join_header(
        [
            ["Kululaji", "Arvio vuosittain", "", "Yhteensä"],
            ["Kululaji", "2024", "2025", "Yhteensä"],
            ["x", "1", "2", "3"],
        ]
    )[0] == ["Kululaji", "Arvio vuosittain 2024", "Arvio vuosittain 2025", "Yhteensä"]


def test_a_category_with_a_note_in_brackets_is_the_category() -> None:
    assert cost_category("Matkakulut (kotimaa)") == "travel"
    assert cost_category("Välilliset kustannukset (15 % henkilöstökuluista)") == "indirect-costs"
    assert cost_category("Resekostnader (inrikes)") == "travel"
    assert cost_category("(erittely liitteessä)") is None


def test_group_rows_kept_inside_a_markdown_table_are_each_parts() -> None:
    text = (
        "# Lägesrapport 1/2025\n\n**Projekt:** Gruppprojektet\n**Huvudman:** Österbottens välfärdsområde\n\n"
        "## Kostnader sedan start\n\n"
        "| Kostnadsslag | Budget | Utfall |\n|---|---:|---:|\n"
        "| **Delprojekt 1: Hemrehabilitering** | | |\n| Resekostnader | 7 000 | 6 100 |\n"
        "| **Delprojekt 2: Digital tolkning** | | |\n| Programvaror | 30 000 | 12 500 |\n"
    )
    rows = {(name, category): values for name, _, _, category, values in _costs(text, "rapport.md")}
    assert rows == {
        ("Delprojekt 1: Hemrehabilitering", "travel"): {"budget": Decimal(7000), "actual": Decimal(6100)},
        ("Delprojekt 2: Digital tolkning", "software"): {"budget": Decimal(30000), "actual": Decimal(12500)},
    }


def test_a_head_line_naming_the_part_makes_the_report_that_parts() -> None:
    for line in ("Investointi: Investointi 3: Kotihoito", "**Delprojekt:** Delprojekt 2 – Hemvård"):
        text = (
            f"Tilanneraportti 2/2025\nHanke: Kenttähanke\nHallinnoija: Kainuun hyvinvointialue\n{line}\n\n"
            "Kustannukset, kertymä 30.6.2025\nKustannuslaji\tBudjetti\tToteutunut\nMatkakulut\t9 000\t4 100\n"
        )
        named = [name for name, *_ in _costs(text, "raportti.md")]
        assert named and named[0] != "Kenttähanke" and named[0].split(":")[0] in line


def test_a_group_row_right_over_the_header_is_the_headers_first_row() -> None:
    text = (
        "Tilanneraportti 2/2025\nHanke: Ryhmäotsake\nHallinnoija: Kainuun hyvinvointialue\n\n"
        "Kululaji\tVuosi 2024\nKululaji\tBudjetti\tToteuma\nMatkakulut\t5 000\t4 200\n"
    )
    assert [(kind, year) for _, kind, year, _, _ in _costs(text)] == [("annual", "2024")]
