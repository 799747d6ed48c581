"""A file saved as a sheet whose rows are mostly two cells, a field and its value ("Hanke;X", "Aikataulu;L",
"schedule,green"; issue 13, stop 49, L6; test21 p105, test23 s77, test25 l46 l75, test27 i84, test31 ic98,
test33 id33 id58 id59 id65; tune u1620-u1622). Invented text."""

from __future__ import annotations

from hankegraafi.ingest.extract import extract
from hankegraafi.ingest.facts import delimited
from hankegraafi.ingest.readers import read_bytes


def _read(text: str, name: str):
    return extract(read_bytes(text.encode(), file_name=name, max_bytes=100_000))


def _lights(text: str, name: str) -> dict[str, dict[str, object]]:
    return {p.name: {light.dimension: light.value for light in p.lights} for p in _read(text, name).projects}


def test_the_delimiter_of_a_sheet_of_fields() -> None:
    rows = [
        "Hanke;Kotihoidon iltapartio",
        "Alue;Kainuu",
        "Aikataulu;V",
        "Kustannukset;K",
        "Kululaji;Budjetti;Toteuma",
    ]
    assert delimited.delimiter_of(rows) is None  # rows of three cells are too few for a sheet in a text
    assert delimited.sheet_delimiter(rows) == ";"
    assert delimited.sheet_delimiter(["sep=|", "Project name|X", "Costs|on plan"]) == "|"
    assert delimited.sheet_delimiter(["field,value", "project,X", 'grant,"EUR 290,000"']) == ","
    # prose whose semicolons a space follows, and a wide sheet that delimiter_of refused, are no sheet of fields
    assert (
        delimited.sheet_delimiter(["Aikataulu pitää; kustannukset eivät.", "Henkilöstöä on; riskejä ei."])
        is None
    )
    assert delimited.sheet_delimiter(["a,b,c,d", "e,f,g;h,i", "j,k,l,m"]) is None


def test_a_row_whose_value_is_prose_stays_the_line_it_is() -> None:
    assert delimited.field_row("Aikataulu;V", ";") == "Aikataulu\tV"
    line = 'Status,"Schedule: on plan; Costs: on plan; Staff: deviation"'
    assert delimited.field_row(line, ",") == line
    line = "Grant,EUR 290000 from the Ministry of Social Affairs and Health"
    assert delimited.field_row(line, ",") == line


def test_the_lights_of_a_sheet_of_fields_under_its_code_legend() -> None:
    text = (
        "Hanke;Lapin etäfysioterapia\nHyvinvointialue;Lapin hyvinvointialue\n\n"
        "Tila;H = suunnitelman mukaan, P = poikkeama\nAikataulu;P\nKustannukset;H\nHenkilöstö;H\n\n"
        "Kululaji;Budjetti;Toteuma\nHenkilöstökulut;100000;40000\nYhteensä;100000;40000\n"
    )
    assert _lights(text, "kortti.csv") == {
        "Lapin etäfysioterapia": {"schedule": "deviation", "costs": "on-plan", "staff": "on-plan"}
    }


def test_fields_named_as_dimensions_whose_values_rate_nothing() -> None:
    text = (
        "Hanke;Kotihoidon iltapartio Kainuussa\nHyvinvointialue;Kainuun hyvinvointialue\n"
        "Aikataulu;1.3.2025–28.2.2027\nKustannukset;310000\nHenkilöstö;kolme sairaanhoitajaa\n"
    )
    assert _lights(text, "hankekortti.csv") == {"Kotihoidon iltapartio Kainuussa": {}}
