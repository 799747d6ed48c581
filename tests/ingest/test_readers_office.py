"""An Excel workbook and a PowerPoint deck are read as the lines their exports would give (stop 40).

A county keeps its cost follow-up in Excel and shows its steering group slides; until stop 40 an
.xlsx or a .pptx was refused ("a ZIP archive without word/document.xml"). The files are built here
with openpyxl and python-pptx, the libraries the readers use, so every value is the one asserted.
"""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from pathlib import Path

import pytest

from hankegraafi.ingest.extract import extract
from hankegraafi.ingest.readers import SHEET_SUFFIXES, SUFFIX_KIND, IngestError, read_bytes

LIMIT = 10_000_000
TUNE = Path(__file__).parent / "corpus" / "tune"


def _workbook() -> bytes:
    import openpyxl
    from openpyxl.styles import Font, PatternFill

    book = openpyxl.Workbook()
    first = book.active
    first.title = "Sheet1"  # Excel's default name says nothing: not printed
    first.append(("Hanke", "Kotiin kuntoutus Kainuussa"))
    first.append(("Raportointikausi", dt.date(2024, 6, 30)))
    first.append(())
    first.append(("Osa-alue", "Tila", "Selite"))
    first.append(("Aikataulu", None, "etenee"))
    first["B5"].fill = PatternFill("solid", fgColor="FF00B050")  # the light is the cell's fill
    first.append(("Henkilöstö", "●", "rekrytointi kesken"))
    first["B6"].font = Font(color="FFC00000")  # a dot whose font colour is the light
    first.append(("Koulutus", "valmis"))
    first["B7"].fill = PatternFill("solid", fgColor="FF00B050")  # a word stays as written
    first.append(("Kustannuslaji", "Budjetti 2024", "Toteuma", "Käyttöaste", "Ennuste"))
    first.append(("Henkilöstökulut", 420000, 198300.5, 0.472, 12345.678))
    for column, fmt in ((2, "# ##0 €"), (3, "#,##0.00"), (4, "0.0%")):
        first.cell(row=9, column=column).number_format = fmt
    second = book.create_sheet("Tavoitteet")
    second.append(("Tavoite", "Tila"))
    second.append(("Kotikuntoutus kaikissa kunnissa", "toteutunut\nKuhmossa syksyllä"))
    hidden = book.create_sheet("Apulista")
    hidden.append(("toteutunut", "osittain"))
    hidden.sheet_state = "hidden"
    raw = io.BytesIO()
    book.save(raw)
    return raw.getvalue()


def test_a_workbook_reads_as_its_sheets_rows_with_the_values_shown() -> None:
    doc = read_bytes(_workbook(), file_name="seuranta.xlsx", max_bytes=LIMIT)
    assert doc.lines == [
        "Hanke\tKotiin kuntoutus Kainuussa",
        "Raportointikausi\t30.6.2024",
        "",
        "Osa-alue\tTila\tSelite",
        "Aikataulu\tgreen\tetenee",
        "Henkilöstö\t● red\trekrytointi kesken",
        "Koulutus\tvalmis",
        "Kustannuslaji\tBudjetti 2024\tToteuma\tKäyttöaste\tEnnuste",
        "Henkilöstökulut\t420 000 €\t198 300,50\t47,2 %\t12345,68",
        "",
        "Tavoitteet",
        "",
        "Tavoite\tTila",
        "Kotikuntoutus kaikissa kunnissa\ttoteutunut Kuhmossa syksyllä",
    ]
    assert doc.media_type == "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    assert any("1 hidden sheet(s) not read" in w for w in doc.warnings)


def test_a_workbook_is_a_sheet_and_both_formats_are_readable_files() -> None:
    assert {".xlsx", ".xlsm", ".pptx"} <= set(SUFFIX_KIND)
    assert ".xlsx" in SHEET_SUFFIXES and ".pptx" not in SHEET_SUFFIXES


def _deck() -> bytes:
    from pptx import Presentation
    from pptx.dml.color import RGBColor
    from pptx.enum.shapes import MSO_SHAPE
    from pptx.util import Inches

    deck = Presentation()
    first = deck.slides.add_slide(deck.slide_layouts[0])
    first.shapes.title.text = "Kotiin kuntoutus Kainuussa"
    first.placeholders[1].text = "Ohjausryhmä 4.6.2024"
    status = deck.slides.add_slide(deck.slide_layouts[5])
    status.shapes.title.text = "Tilanne"
    top = Inches(2)
    for name, colour in (("Aikataulu", "00B050"), ("Henkilöstö", "FF0000")):
        status.shapes.add_textbox(Inches(1), top, Inches(3), Inches(0.4)).text_frame.text = name
        dot = status.shapes.add_shape(MSO_SHAPE.OVAL, Inches(5), top, Inches(0.4), Inches(0.4))
        dot.fill.solid()
        dot.fill.fore_color.rgb = RGBColor.from_string(colour)
        top += Inches(0.6)
    grouped = status.shapes.add_group_shape()
    box = grouped.shapes.add_textbox(Inches(1), Inches(4), Inches(6), Inches(0.8)).text_frame
    box.text = "Huomiot"
    box.add_paragraph().text = "Rekrytointi jatkuu."
    aims = deck.slides.add_slide(deck.slide_layouts[1])
    aims.shapes.title.text = "Tavoitteet"
    body = aims.placeholders[1].text_frame
    body.text = "Kotikuntoutus kaikissa kunnissa – toteutunut"
    body.add_paragraph().text = "Etäkäynnit – osittain"
    table = aims.shapes.add_table(2, 2, Inches(1), Inches(5), Inches(6), Inches(0.8)).table
    for (i, j), text in {
        (0, 0): "Kululaji",
        (0, 1): "Budjetti",
        (1, 0): "Henkilöstö",
        (1, 1): "420 000",
    }.items():
        table.cell(i, j).text = text
    banner = deck.slides.add_slide(deck.slide_layouts[6]).shapes.add_shape(
        MSO_SHAPE.RECTANGLE, Inches(0), Inches(3), Inches(10), Inches(1)
    )
    banner.fill.solid()
    banner.fill.fore_color.rgb = RGBColor.from_string("00B050")
    banner.text_frame.text = "Kiitos!"  # a green banner with words: no light
    raw = io.BytesIO()
    deck.save(raw)
    return raw.getvalue()


def test_a_deck_reads_slide_by_slide_in_reading_order() -> None:
    doc = read_bytes(_deck(), file_name="ohjausryhma.pptx", max_bytes=LIMIT)
    assert doc.lines == [
        "Kotiin kuntoutus Kainuussa",
        "",
        "Ohjausryhmä 4.6.2024",
        "",
        "Tilanne",
        "",
        "Aikataulu\tgreen",
        "Henkilöstö\tred",
        "",
        "Huomiot",
        "Rekrytointi jatkuu.",
        "",
        "Tavoitteet",
        "",
        "- Kotikuntoutus kaikissa kunnissa – toteutunut",
        "- Etäkäynnit – osittain",
        "",
        "Kululaji\tBudjetti",
        "Henkilöstö\t420 000",
        "",
        "Kiitos!",
    ]
    # the title slide's title is the deck's title (a DOCX's Title style), the others' sections
    assert doc.headings == {1: 0, 5: 1, 13: 1}


def test_the_tuning_workbook_and_deck_give_their_lights_and_goals() -> None:
    """u980 and u981 (tests/ingest/corpus/generate/tune_office_binaries.py), read and extracted whole."""
    sheet = extract(
        read_bytes(
            (TUNE / "u980_kymenlaakso_kustannusseuranta_taulukko_2024.xlsx").read_bytes(),
            file_name="u980.xlsx",
            max_bytes=LIMIT,
        )
    )
    deck = extract(
        read_bytes(
            (TUNE / "u981_pohjois_savo_ohjausryhma_diat_2025.pptx").read_bytes(),
            file_name="u981.pptx",
            max_bytes=LIMIT,
        )
    )
    assert [p.name for p in sheet.projects] == ["Arjen apu Kymenlaaksossa"]
    assert {(light.dimension, light.value) for light in sheet.projects[0].lights} == {
        ("schedule", "on-plan"),
        ("costs", "on-plan"),
        ("staff", "deviation"),
        ("risks", "on-plan"),
    }
    assert [p.name for p in deck.projects] == ["Muistiluotsi Pohjois-Savoon"]
    assert {(light.dimension, light.value) for light in deck.projects[0].lights} == {
        ("schedule", "on-plan"),
        ("costs", "on-plan"),
        ("staff", "deviation"),
        ("benefits", "on-plan"),
    }
    assert sorted(goal.status for goal in deck.projects[0].goals) == [
        "achieved",
        "moved-later",
        "partly-achieved",
    ]


@pytest.mark.parametrize(
    ("name", "data", "says"),
    [
        ("x.xlsx", b"not a zip at all", "is not an XLSX (not a ZIP archive): corrupt or misnamed"),
        ("x.pptx", b"not a zip at all", "is not a PPTX (not a ZIP archive): corrupt or misnamed"),
    ],
)
def test_a_misnamed_file_is_refused_naming_what_it_is_not(name: str, data: bytes, says: str) -> None:
    with pytest.raises(IngestError, match=says.replace("(", r"\(").replace(")", r"\)")):
        read_bytes(data, file_name=name, max_bytes=LIMIT)


def _zip(members: dict[str, bytes], sizes: dict[str, int] | None = None) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, body in members.items():
            archive.writestr(name, body)
    return buffer.getvalue()


def test_a_damaged_or_hostile_workbook_is_refused_with_its_reason() -> None:
    whole = _workbook()
    with pytest.raises(IngestError, match="is a truncated or corrupt XLSX"):
        read_bytes(whole[: len(whole) // 2], file_name="cut.xlsx", max_bytes=LIMIT)
    garbage = _zip({"[Content_Types].xml": b"<Types/>", "xl/workbook.xml": b"<workbook><sheets>"})
    with pytest.raises(IngestError, match="is a corrupt XLSX"):
        read_bytes(garbage, file_name="garbage.xlsx", max_bytes=LIMIT)
    # a bomb of XML: 80 MB of one character, deflated to a few hundred kB
    bomb = _zip({"xl/workbook.xml": b"<workbook/>", "xl/sharedStrings.xml": b" " * 80_000_000})
    with pytest.raises(IngestError, match="is an XLSX whose XML unpacks to 80000011 bytes"):
        read_bytes(bomb, file_name="bomb.xlsx", max_bytes=LIMIT)


def test_entities_in_a_workbook_are_refused_not_expanded() -> None:
    """A "billion laughs" in a sheet: openpyxl parses with defusedxml, which refuses it (a reader that
    expanded it would hold 10^9 characters)."""
    raw = io.BytesIO(_workbook())
    out = io.BytesIO()
    laughs = (
        b'<?xml version="1.0"?><!DOCTYPE worksheet [<!ENTITY a "ha"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">'
        b'<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]>'
        b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
        b'<row r="1"><c r="A1" t="inlineStr"><is><t>&c;</t></is></c></row></sheetData></worksheet>'
    )
    with zipfile.ZipFile(raw) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            body = laughs if item.filename == "xl/worksheets/sheet1.xml" else src.read(item.filename)
            dst.writestr(item.filename, body)
    with pytest.raises(IngestError, match=r"is a corrupt XLSX .*Entit"):
        read_bytes(out.getvalue(), file_name="laughs.xlsx", max_bytes=LIMIT)


def test_a_workbook_of_more_text_than_the_limit_is_refused() -> None:
    import openpyxl

    book = openpyxl.Workbook()
    for row in range(200):
        book.active.append(("x" * 100, row))
    raw = io.BytesIO()
    book.save(raw)
    with pytest.raises(IngestError, match="whose cells hold more text than the limit"):
        read_bytes(raw.getvalue(), file_name="big.xlsx", max_bytes=len(raw.getvalue()) + 5_000)


def test_a_sheet_damaged_inside_is_a_clean_error() -> None:
    """Found by mutating u980's XML (stop 40): openpyxl reads a sheet's XML as it iterates its rows, so a
    ParseError came out of the row loop, not of opening the workbook."""
    raw = io.BytesIO(_workbook())
    out = io.BytesIO()
    with zipfile.ZipFile(raw) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            body = src.read(item.filename)
            if item.filename == "xl/worksheets/sheet1.xml":
                body = body[: len(body) // 2] + b"<\x00" + body[len(body) // 2 :]
            dst.writestr(item.filename, body)
    with pytest.raises(IngestError, match=r"is a corrupt XLSX \(.*not well-formed"):
        read_bytes(out.getvalue(), file_name="damaged.xlsx", max_bytes=LIMIT)


def _last_row_workbook() -> bytes:
    import openpyxl

    book = openpyxl.Workbook()
    book.active["A1"] = "Hanke"
    book.active["B1"] = "Kotiin kuntoutus Kainuussa"
    book.active["A100000"] = "loppu"  # far below: R1 put it in the last row, 1 048 576 (a bounded test: 10^5)
    raw = io.BytesIO()
    book.save(raw)
    return raw.getvalue()


def test_a_run_of_empty_rows_is_one_blank_line() -> None:
    """Found by R1 (stop 40): one cell in the sheet's last row made 1 048 576 lines of a 4.6 KB file."""
    doc = read_bytes(_last_row_workbook(), file_name="viimeinen.xlsx", max_bytes=LIMIT)
    assert doc.lines == ["Hanke\tKotiin kuntoutus Kainuussa", "", "loppu"]


def test_a_workbook_of_more_rows_than_any_report_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    from hankegraafi.ingest import officeread

    monkeypatch.setattr(officeread, "MAX_ROWS", 1000)
    with pytest.raises(IngestError, match="is an XLSX of more than 1000 rows: not read"):
        read_bytes(_last_row_workbook(), file_name="rivit.xlsx", max_bytes=LIMIT)
