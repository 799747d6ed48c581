"""A sheet kept one fact a row by object, field and value (``facts/delimited._pivoted``), and a head row of its own
for a section's table (``_headed``): seen in three sets by three authors (test23 s28 and s88, test32 od10).
Invented here in other areas and words; the negative is a sheet in long form whose rows are a table's own."""

from __future__ import annotations

from decimal import Decimal

from hankegraafi.ingest.extract import Extraction, extract
from hankegraafi.ingest.facts.delimited import _pivoted
from hankegraafi.ingest.readers import read_bytes


def _extract(text: str, name: str = "seuranta.csv") -> Extraction:
    return extract(read_bytes(text.encode(), file_name=name, max_bytes=100_000))


def test_rows_of_one_object_are_its_fields_objects_of_one_field_its_rows_and_the_rest_a_table() -> None:
    rows = [
        ["hanke", "nimi", "Arjen tuki"],
        ["hanke", "kunnat", "Lieto, Masku"],
        ["Aikataulu", "tila", "vihreä"],
        ["Talous", "tila", "keltainen"],
        ["Palkat", "arvio 2024", "120 000"],
        ["Palkat", "toteuma 2024", "80 000"],
        ["Vuokrat", "arvio 2024", "30 000"],
        ["Vuokrat", "toteuma 2024", "12 500"],
    ]
    assert _pivoted(rows) == [
        ["hanke nimi", "Arjen tuki"],  # "nimi" alone is no label the vocabularies know: with its object it is
        ["kunnat", "Lieto, Masku"],
        ["Aikataulu", "vihreä"],
        ["Talous", "keltainen"],
        ["", "arvio 2024", "toteuma 2024"],
        ["Palkat", "120 000", "80 000"],
        ["Vuokrat", "30 000", "12 500"],
    ]


def test_rows_whose_field_is_a_figure_are_a_tables_own() -> None:
    assert _pivoted([["Palkat", "120 000", "80 000"], ["Vuokrat", "30 000", "12 500"]]) is None
    assert _pivoted([["Tavoite", "Tila"]]) is None  # one row: a head, nothing to gather


def test_a_sheet_of_triples_is_read_as_its_page_would_be() -> None:
    sheet = (
        "ryhmä,kohde,tieto,arvo\n"
        "perustieto,hanke,nimi,Arjen tuki Varsinais-Suomessa\n"
        "perustieto,hanke,hyvinvointialue,Varsinais-Suomen hyvinvointialue\n"
        "perustieto,hanke,rahoittaja,Sosiaali- ja terveysministeriö\n"
        "tilannevalo,Aikataulu,väri,vihreä\n"
        "tilannevalo,Kustannukset,väri,punainen\n"
        'kulut,Palkat,arvio 2024,"120 000,00"\n'
        'kulut,Palkat,toteuma 2024,"80 000,00"\n'
        'kulut,Vuokrat,arvio 2024,"30 000,00"\n'
        'kulut,Vuokrat,toteuma 2024,"12 500,00"\n'
    )
    x = _extract(sheet)
    assert [p.name for p in x.projects] == ["Arjen tuki Varsinais-Suomessa"]
    (project,) = x.projects
    assert {(light.dimension, light.value) for light in project.lights} == {
        ("schedule", "on-plan"),
        ("costs", "deviation"),
    }
    cells = {
        (line.raw_label, column, value)
        for s in project.costs
        for line in s.lines
        for column, value in line.values.items()
    }
    assert ("Palkat", "actual", Decimal(80000)) in cells and ("Vuokrat", "actual", Decimal("12500")) in cells


def test_a_head_row_of_its_own_names_the_next_sections_columns() -> None:
    sheet = (
        "record,key,value,extra1,extra2\n"
        "project,project_name,Harbour Home Care,,\n"
        "project,county,Kymenlaakso wellbeing services county,,\n"
        "project,start,2024-03-01,,\n"
        "cost_header,cost_category,budget_eur,actuals_eur,forecast_eur\n"
        "cost,Own staff costs,400000.00,150000.00,390000.00\n"
        "cost,Purchased services,100000.00,20000.00,110000.00\n"
        "cost,Total,500000.00,170000.00,500000.00\n"
    )
    x = _extract(sheet)
    assert [p.name for p in x.projects] == ["Harbour Home Care"]  # "project" alone is no unit
    cells = {
        (line.raw_label, column, value)
        for s in x.projects[0].costs
        for line in s.lines
        for column, value in line.values.items()
    }
    assert ("Own staff costs", "budget", Decimal(400000)) in cells
    assert ("Total", "forecast", Decimal(500000)) in cells
