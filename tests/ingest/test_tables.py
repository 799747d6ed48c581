"""Cost tables read by what their columns say, whatever their form (invented tables).

The role of a column comes from its header words through the ``cost-column``
vocabulary, or from its numbers; a header broken over two rows is joined. The
same table as markdown pipes, space-aligned text, tab-separated text and HTML
gives the same cells.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from hankegraafi.ingest import columnshapes, tables
from hankegraafi.ingest.extract import extract
from hankegraafi.ingest.readers import read_bytes
from hankegraafi.ontology import registry

V = "https://w3id.org/hankegraafi/vocab/"


@pytest.mark.parametrize(
    ("header", "role"),
    [
        ("Toteutunut (€)", "actual"),
        ("Budjetti 2025 (t€)", "budget"),
        ("Käyttöaste-%", "utilisation-percent"),
        ("Toteutuma %", "utilisation-percent"),
        ("Beviljat", "granted"),
        ("Myönnetty euroa", "granted"),
        ("Prognos", "forecast"),
        ("Sidotut kulut", "committed"),
        ("Poikkeama", "deviation"),
        ("Toteuma 31.12.2023", "actual"),
        ("Hyväksytty budjetti", "budget"),
        ("Selite", None),
    ],
)
def test_a_header_names_its_column(header: str, role: str | None) -> None:
    assert tables.column_role(header) == role


def test_a_new_column_spelling_is_one_vocabulary_line() -> None:
    assert tables.column_role("Maksatukset") is None
    line = f'@prefix skos: <http://www.w3.org/2004/02/skos/core#> .\n<{V}cost-column/actual> skos:hiddenLabel "Maksatukset"@fi .'
    with registry.extended(line):
        assert tables.column_role("Maksatukset") == "actual"
    assert tables.column_role("Maksatukset") is None


def test_a_header_over_two_rows_is_joined() -> None:
    rows = [
        ["Kustannuslaji", "Hyväksytty", "Toteutunut", "Ennuste"],
        ["budjetti", "kustannukset", "koko hanke"],
        ["Palvelujen osto", "640 000", "233 910", "630 000"],
    ]
    assert tables.join_header(rows)[0] == [
        "Kustannuslaji",
        "Hyväksytty budjetti",
        "Toteutunut kustannukset",
        "Ennuste koko hanke",
    ]
    data = [["Kustannuslaji", "Budjetti"], ["Muut kustannukset", ""], ["Matkakulut", "1 000"]]
    assert tables.join_header(data, is_row_label=lambda text: text == "Muut kustannukset") == data


def test_the_numbers_tell_a_column_the_words_do_not() -> None:
    rows = [
        ["Palvelujen osto", "100 000", "90 000", "90 %", "10 000"],
        ["Yhteensä", "200 000", "210 000", "105 %", "(10 000)"],
    ]
    roles = columnshapes.shape_roles(["", "budget", "actual", None, None], rows)
    assert roles == ["", "budget", "actual", "utilisation-percent", "deviation"]
    assert columnshapes.shape_roles([None, "budget", None], [["a", "1", "2"], ["b", "3", "4"]]) == [
        None,
        "budget",
        None,
    ]


HEAD = "Tilanneraportti\nHankkeen nimi\tTaulukkohanke\nHallinnoija\tKainuun hyvinvointialue\n\nKustannukset hankkeen alusta\n"
FORMS = {
    "pipes": (
        "| Kustannuslaji | Budjetti (t€) | Toteutunut (t€) | Poikkeama |\n|---|---:|---:|---:|\n"
        "| Palvelujen osto | 820 | 805,4 | 14,6 |\n| Omat henkilöstökustannukset | 1 150 | 1 160 | (10) |\n"
        "| **Yhteensä** | **1 970** | **1 965,4** | **4,6** |\n"
    ),
    "spaces": (
        "Kustannuslaji                 Budjetti (t€)   Toteutunut (t€)     Ero\n"
        "Palvelujen osto                        820             805,4    14,6\n"
        "Omat henkilöstökustannukset          1 150             1 160     -10\n"
        "Yhteensä                             1 970           1 965,4     4,6\n"
    ),
    "tabs": (
        "Kustannuslaji\tBudjetti (1 000 €)\tToteutunut (1 000 €)\t\n"
        "Palvelujen osto\t820\t805,4\t14,6\n"
        "Omat henkilöstökustannukset\t1 150\t1 160\t−10\n"
        "Summa\t1 970\t1 965,4\t4,6\n"
    ),
}


@pytest.mark.parametrize("form", sorted(FORMS))
def test_one_table_in_three_forms(form: str) -> None:
    x = extract(read_bytes((HEAD + FORMS[form]).encode(), file_name="raportti.txt", max_bytes=100_000))
    (statement,) = [c for p in x.projects for c in p.costs]
    assert statement.kind == "cumulative"
    cells = {
        (line.category, column): value for line in statement.lines for column, value in line.values.items()
    }
    assert cells == {
        ("service-purchases", "budget"): Decimal(820_000),
        ("service-purchases", "actual"): Decimal(805_400),
        ("service-purchases", "deviation"): Decimal(14_600),
        ("own-staff-costs", "budget"): Decimal(1_150_000),
        ("own-staff-costs", "actual"): Decimal(1_160_000),
        ("own-staff-costs", "deviation"): Decimal(-10_000),
        ("total", "budget"): Decimal(1_970_000),
        ("total", "actual"): Decimal(1_965_400),
        ("total", "deviation"): Decimal(4_600),
    }


def test_a_column_of_row_numbers_is_no_label() -> None:
    rows = [["Nro", "Kustannuslaji", "Budjetti"], ["1.", "Palvelujen ostot", "100"], ["2.", "Matkakulut", "5"]]
    assert tables.without_code_column(rows) == [
        ["Kustannuslaji", "Budjetti"],
        ["Palvelujen ostot", "100"],
        ["Matkakulut", "5"],
    ]
    labelled = [["Laji", "Budjetti", "Toteuma"], ["1", "100", "90"], ["2", "5", "4"]]
    assert tables.without_code_column(labelled) == labelled


def test_a_year_in_every_header_makes_the_table_annual() -> None:
    text = (
        "Tilanneraportti\nHankkeen nimi\tVuosihanke\nHallinnoija\tKainuun hyvinvointialue\n\nKustannukset\n"
        "Kustannuslaji\tBudjetti 2025\tToteuma 2025\nPalvelujen ostot yhteensä\t540 000\t212 000\n"
    )
    x = extract(read_bytes(text.encode(), file_name="raportti.txt", max_bytes=100_000))
    (statement,) = [c for p in x.projects for c in p.costs]
    assert (statement.kind, statement.year) == ("annual", "2025")
    assert [(line.category, line.values) for line in statement.lines] == [
        ("service-purchases", {"budget": Decimal(540_000), "actual": Decimal(212_000)})
    ]


def _statements(body: str) -> list:
    text = "Tilanneraportti\nHankkeen nimi\tKääntöhanke\nHallinnoija\tKainuun hyvinvointialue\n\n" + body
    return [
        c
        for p in extract(read_bytes(text.encode(), file_name="r.txt", max_bytes=100_000)).projects
        for c in p.costs
    ]


def test_a_table_with_categories_as_columns_is_read_turned() -> None:
    (statement,) = _statements(
        "Kustannukset hankkeen alusta\n\tPalvelujen ostot\tOmat henkilöstökustannukset\tYhteensä\n"
        "Budjetti\t100 000\t200 000\t300 000\nToteuma\t90 000\t180 000\t270 000\n"
    )
    assert [(line.category, line.values["budget"], line.values["actual"]) for line in statement.lines] == [
        ("service-purchases", Decimal(100_000), Decimal(90_000)),
        ("own-staff-costs", Decimal(200_000), Decimal(180_000)),
        ("total", Decimal(300_000), Decimal(270_000)),
    ]


def test_sums_per_investment_are_no_cost_table() -> None:
    assert (
        _statements(
            "Investointi\tHaettu\tMyönnetty\nKotihoito\t400 000\t380 000\nEtäpalvelut\t200 000\t150 000\n"
        )
        == []
    )


def test_an_approved_estimate_beside_the_actual_is_a_budget_not_an_estimate() -> None:
    (statement,) = _statements(
        "Kustannukset\nKustannuslaji\tHyväksytty kustannusarvio\tToteutunut\nPalvelujen ostot\t100 000\t80 000\n"
    )
    assert statement.kind == "cumulative"
    assert statement.lines[0].values == {"budget": Decimal(100_000), "actual": Decimal(80_000)}
    (plan,) = _statements("Kustannukset\nKustannuslaji\tKustannusarvio (€)\nPalvelujen ostot\t100 000\n")
    assert plan.kind == "estimate"


def test_statements_side_by_side_under_group_headers() -> None:
    page = (
        "<html><body><main><h1>Tilanneraportti</h1><p>Hankkeen nimi: Ryhmähanke</p>"
        "<p>Hallinnoija: Kainuun hyvinvointialue</p><p>Kustannukset</p><table>"
        "<tr><th rowspan='2'>Kustannuslaji</th><th colspan='2'>Vuosi 2024</th><th colspan='2'>Kumulatiivinen</th></tr>"
        "<tr><th>Budjetti</th><th>Toteuma</th><th>Budjetti</th><th>Toteuma</th></tr>"
        "<tr><td>Palvelujen ostot</td><td>100 000</td><td>40 000</td><td>300 000</td><td>140 000</td></tr>"
        "</table><p>Seuraava raportti syksyllä.</p></main></body></html>"
    )
    x = extract(read_bytes(page.encode(), file_name="raportti.html", max_bytes=100_000))
    got = {(c.kind, c.year): c.lines[0].values for p in x.projects for c in p.costs}
    assert got == {
        ("annual", "2024"): {"budget": Decimal(100_000), "actual": Decimal(40_000)},
        ("cumulative", None): {"budget": Decimal(300_000), "actual": Decimal(140_000)},
    }


def test_a_word_table_with_merged_group_headers() -> None:
    import io

    import docx

    d = docx.Document()
    d.add_paragraph("Tilanneraportti")
    d.add_paragraph("Hankkeen nimi: Ryhmähanke")
    d.add_paragraph("Hallinnoija: Kainuun hyvinvointialue")
    d.add_paragraph("Kustannukset")
    table = d.add_table(rows=3, cols=5)
    for row, texts in zip(
        table.rows,
        (
            ("Kustannuslaji", "Vuosi 2024", "", "Kumulatiivinen", ""),
            ("", "Budjetti", "Toteuma", "Budjetti", "Toteuma"),
            ("Palvelujen ostot", "100 000", "40 000", "300 000", "140 000"),
        ),
        strict=True,
    ):
        for cell, text in zip(row.cells, texts, strict=True):
            cell.text = text
    table.cell(0, 1).merge(table.cell(0, 2))
    table.cell(0, 3).merge(table.cell(0, 4))
    d.add_paragraph("Seuraava raportti syksyllä.")
    data = io.BytesIO()
    d.save(data)
    document = read_bytes(data.getvalue(), file_name="raportti.docx", max_bytes=1_000_000)
    assert "Kustannuslaji\tVuosi 2024\t\tKumulatiivinen\t" in document.lines
    got = {(c.kind, c.year): c.lines[0].values for p in extract(document).projects for c in p.costs}
    assert got == {
        ("annual", "2024"): {"budget": Decimal(100_000), "actual": Decimal(40_000)},
        ("cumulative", None): {"budget": Decimal(300_000), "actual": Decimal(140_000)},
    }


def test_a_page_of_text_in_a_header_cell_is_no_header_and_costs_no_time() -> None:
    """Found by tests/reliability/test_fuzz.py: a damaged table whose header cell held a page of
    text made the role reader try every cut of its words as a fuzzy match (a minute for 400 kB).
    A cell longer than a header is no header, whatever words it starts with."""
    words = "Toteutuneet kustannukset " + " ".join(f"sana{i}" for i in range(5_000))
    assert len(words) > tables.MAX_HEADER_CHARS
    assert tables.column_role(words) is None
    assert tables.column_role("Toteutuneet kustannukset yhteensä 1.1.2023–31.12.2023 (euroa)") == "actual"
