"""A sheet's rows name its partners, and a sheet's delimiter is told by a real parse (issue 13, stop 39).

A CSV export (a register, a project ledger, a status sheet) is nothing but tables: the partners a
report names in prose stand in its rows ("Kajaanin ammattikorkeakoulu | arvioi kotiavun mallin").
And a comma sheet whose notes hold a semicolon of prose ("On plan = as planned; Off plan = …") was
read as one paragraph (test27 i56). Invented text.
"""

from __future__ import annotations

from hankegraafi.ingest.extract import extract
from hankegraafi.ingest.facts import delimited
from hankegraafi.ingest.readers import read_bytes

SHEET = "\r\n".join(
    [
        "Tilanneraportti 2/2025;Kotiapu Kainuussa;;",
        "Hallinnoija;Kainuun hyvinvointialue;;",
        "Kunnat;Kajaani, Sotkamo;;",
        ";;;",
        "Kululaji;Rahoittaja;Kunnat;Budjetti",
        "Palkat;STM;Kajaani, Sotkamo;120000",
        "Matkat;STM;Kajaani, Sotkamo;8000",
        ";;;",
        "Kumppani;Tehtävä;;",
        "Kajaanin ammattikorkeakoulu;arvioi kotiavun mallin;;",
        ";;;",
        "Tilakoodit;U = uppnått, EU = ej uppnått;;",
    ]
)


def test_a_sheets_rows_name_its_partners_and_a_ledgers_towns_are_no_partners() -> None:
    result = extract(read_bytes(SHEET.encode(), file_name="seuranta.csv", max_bytes=1_000_000))
    named = {pa.organisation.label for project in result.projects for pa in project.participations}
    assert "Kajaanin ammattikorkeakoulu" in named
    assert not any(n == "Kajaani" or "Sotkamo" in n or n.startswith("Euroopan") for n in named), named


def test_a_semicolon_of_prose_in_a_comma_sheets_cell_leaves_it_a_sheet() -> None:
    rows = [
        "Area,Rating,Note,,",
        "Schedule,On plan,,,",
        "Staff,Off plan,two nurses on leave,,",
        "(On plan = as planned; Off plan = a deviation),,,,",
        'Partners,"The Red Cross hosts; the university evaluates",,,',
    ]
    assert delimited.delimiter_of(rows) == ","
    assert delimited.delimiter_of(["a,b,c", "d,e,f", "g,h;i"]) is None  # a bare ";" may be the delimiter


def test_excels_separator_line_is_no_row_and_no_name() -> None:
    """Excel writes "sep=;" first into a CSV it is told to mark (test29 ib29 was named "sep="); the line is
    read as empty, the line numbers after it unchanged, and the project is named by its own row."""
    sheet = "sep=;\r\n" + SHEET
    document = read_bytes(sheet.encode(), file_name="seuranta.csv", max_bytes=1_000_000)
    assert document.lines[0] == "" and len(document.lines) == len(SHEET.split("\r\n")) + 1
    names = {project.name for project in extract(document).projects}
    assert "sep=" not in names and not any(n.startswith("sep") for n in names), names
    marked = read_bytes(b'"sep=,"\nHanke,Kotiapu Kainuussa\n', file_name="s.csv", max_bytes=1_000).lines
    assert marked[0] == "" and marked[1] == "Hanke,Kotiapu Kainuussa"
    kept = read_bytes(b"sep=;x\nHanke;Kotiapu\n", file_name="s.csv", max_bytes=1_000).lines
    assert kept[0] == "sep=;x"  # a cell that only begins so is a cell
