"""Write the XLSX and PPTX tuning documents (u980, u981; invented text): the files a county sends as
they are, a cost follow-up kept in Excel and a steering group's slides (stop 40, lead).

u980: a workbook of four visible sheets and a hidden one: basic data as label and value rows, lights
as cells filled green or yellow (no word in them), a cost table with a euro and a percent number
format, goals with their state, and a table of client counts that is no cost table (its negative).
u981: a deck: a title slide, lights as text boxes beside filled circles and one as an icon's
alternative text, a cost table, goals as bullets with their verdicts, a closing slide whose green
banner says "Kiitos!" (a colour that is no light).

Deterministic: fixed document properties and every ZIP member dated 2025-01-01. Run with
``.venv/bin/python tests/ingest/corpus/generate/tune_office_binaries.py``.
"""

from __future__ import annotations

import datetime as dt
import io
import re
import struct
import sys
import zipfile
import zlib
from pathlib import Path

TUNE = Path(__file__).resolve().parents[1] / "tune"
WHEN = dt.datetime(2025, 1, 1, 9, 0, 0)


def _fixed_zip(raw: bytes) -> bytes:
    """The archive again with every member dated 2025-01-01, in the same order."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(raw)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            info = zipfile.ZipInfo(item.filename, date_time=(2025, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            body = src.read(item.filename)
            if item.filename == "docProps/core.xml":  # openpyxl stamps "modified" with the clock on save
                body = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*", rb"\g<1>2025-01-01T09:00:00Z", body)
            dst.writestr(info, body)
    return out.getvalue()


def workbook() -> bytes:
    import openpyxl
    from openpyxl.styles import Font, PatternFill

    book = openpyxl.Workbook()
    book.properties.creator = "Kymenlaakson hyvinvointialue"
    book.properties.created = WHEN
    book.properties.modified = WHEN
    basic = book.active
    basic.title = "Perustiedot"
    for row in (
        ("Hankkeen nimi", "Arjen apu Kymenlaaksossa"),
        ("Hyvinvointialue", "Kymenlaakson hyvinvointialue"),
        ("Toteutusalue", "Kotka, Kouvola ja Hamina"),
        ("Toteutusaika", "1.4.2023–31.12.2025"),
        ("Rahoittaja", "Sosiaali- ja terveysministeriö"),
        ("Myönnetty avustus", 1_260_000),
        ("Arvioinnin tekee", "Kaakkois-Suomen ammattikorkeakoulu Xamk"),
        ("Päivitetty", dt.date(2024, 9, 30)),
    ):
        basic.append(row)
    basic["B6"].number_format = "# ##0 €"
    basic["A1"].font = Font(bold=True)

    lights = book.create_sheet("Tilannekuva 9-2024")
    lights.append(("Seurattava asia", "Tila", "Huomio"))
    for name, colour, note in (
        ("Aikataulu", "FF00B050", ""),
        ("Talous", "FF00B050", "käyttöaste suunnitellulla tasolla"),
        ("Henkilöstö", "FFFFC000", "kaksi sairaanhoitajan tointa auki"),
        ("Riskit", "FF00B050", ""),
    ):
        lights.append((name, None, note or None))
        lights.cell(row=lights.max_row, column=2).fill = PatternFill("solid", fgColor=colour)
    lights.append(())
    lights.append(("Vihreä = suunnitelman mukaan, keltainen = poikkeama suunnitelmasta",))

    costs = book.create_sheet("Kustannukset")
    costs.append(("Kustannukset 1.1.–30.9.2024 (euroa)",))
    costs.append(("Kululaji", "Myönnetty 2024", "Toteutunut 1-9/2024", "Toteutumisaste"))
    for row in (
        ("Henkilöstökulut", 380_000, 271_450, 0.714),
        ("Palvelujen ostot", 95_000, 40_120.5, 0.422),
        ("ICT-laitteet", 60_000, 58_300, 0.972),
        ("Matkakulut", 15_000, 6_880, 0.459),
        ("Yhteensä", 550_000, 376_750.5, 0.685),
    ):
        costs.append(row)
        for column in (2, 3):
            costs.cell(row=costs.max_row, column=column).number_format = "# ##0,00 €"
        costs.cell(row=costs.max_row, column=4).number_format = "0 %"
    costs.append(())
    costs.append(("Asiakkaat", "1. neljännes", "2. neljännes", "3. neljännes"))
    costs.append(("Kotka", 112, 131, 140))
    costs.append(("Kouvola", 96, 104, 118))

    goals = book.create_sheet("Tavoitteet")
    goals.append(("Tavoite", "Tilanne 9/2024"))
    for row in (
        ("Arjen apu -tiimi kaikissa kolmessa kunnassa", "toteutunut"),
        ("Kotikäyntien odotusaika alle viikon", "toteutunut osittain"),
        ("Omaishoitajien vertaisryhmä Haminaan", "siirtyy vuodelle 2025"),
    ):
        goals.append(row)

    helper = book.create_sheet("Apu")
    helper.append(("toteutunut", "toteutunut osittain", "ei toteutunut"))
    helper.sheet_state = "hidden"
    raw = io.BytesIO()
    book.save(raw)
    return _fixed_zip(raw.getvalue())


def _png(rgb: tuple[int, int, int]) -> bytes:
    """A 2x2 PNG of one colour (an icon for the deck)."""

    def chunk(tag: bytes, body: bytes) -> bytes:
        return (
            struct.pack(">I", len(body)) + tag + body + struct.pack(">I", zlib.crc32(tag + body) & 0xFFFFFFFF)
        )

    rows = b"".join(b"\x00" + bytes(rgb) * 2 for _ in range(2))
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", struct.pack(">IIBBBBB", 2, 2, 8, 2, 0, 0, 0))
        + chunk(b"IDAT", zlib.compress(rows))
        + chunk(b"IEND", b"")
    )


def deck() -> bytes:
    from pptx import Presentation
    from pptx.dml.color import RGBColor
    from pptx.enum.shapes import MSO_SHAPE
    from pptx.util import Inches, Pt

    slides = Presentation()
    slides.core_properties.author = "Pohjois-Savon hyvinvointialue"
    slides.core_properties.created = WHEN
    slides.core_properties.modified = WHEN
    slides.core_properties.last_modified_by = "Pohjois-Savon hyvinvointialue"
    slides.core_properties.revision = 1

    first = slides.slides.add_slide(slides.slide_layouts[0])
    first.shapes.title.text = "Muistiluotsi Pohjois-Savoon"
    first.placeholders[1].text = "Ohjausryhmä 12.3.2025 · Pohjois-Savon hyvinvointialue"

    status = slides.slides.add_slide(slides.slide_layouts[5])
    status.shapes.title.text = "Tilanne helmikuussa 2025"
    top = Inches(1.8)
    for name, colour in (("Aikataulu", "2E7D32"), ("Kustannukset", "2E7D32"), ("Henkilöstö", "C62828")):
        box = status.shapes.add_textbox(Inches(0.8), top, Inches(3.5), Inches(0.5))
        box.text_frame.text = name
        dot = status.shapes.add_shape(MSO_SHAPE.OVAL, Inches(4.8), top + Inches(0.05), Inches(0.4), Inches(0.4))
        dot.fill.solid()
        dot.fill.fore_color.rgb = RGBColor.from_string(colour)
        top += Inches(0.7)
    box = status.shapes.add_textbox(Inches(0.8), top, Inches(3.5), Inches(0.5))
    box.text_frame.text = "Hyödyt asiakkaille"
    icon = status.shapes.add_picture(
        io.BytesIO(_png((46, 125, 50))), Inches(4.8), top + Inches(0.05), Inches(0.4)
    )
    icon._element.nvPicPr.cNvPr.set("descr", "vihreä")
    note = status.shapes.add_textbox(Inches(0.8), Inches(5.2), Inches(8), Inches(0.6))
    note.text_frame.text = "Vihreä = etenee suunnitellusti, punainen = merkittävä poikkeama"
    note.text_frame.paragraphs[0].runs[0].font.size = Pt(12)

    money = slides.slides.add_slide(slides.slide_layouts[5])
    money.shapes.title.text = "Talous 31.1.2025"
    table = money.shapes.add_table(4, 3, Inches(0.8), Inches(1.8), Inches(8), Inches(1.6)).table
    for i, row in enumerate(
        (
            ("Kustannuslaji", "Budjetti koko hanke", "Toteutunut yhteensä"),
            ("Henkilöstökulut", "640 000", "402 300"),
            ("Ostopalvelut", "120 000", "61 750"),
            ("Yhteensä", "760 000", "464 050"),
        )
    ):
        for j, text in enumerate(row):
            table.cell(i, j).text = text
    words = money.shapes.add_textbox(Inches(0.8), Inches(4.0), Inches(8), Inches(1.0))
    words.text_frame.text = "STM myönsi hankkeelle 760 000 euroa RRF-rahoitusta."

    aims = slides.slides.add_slide(slides.slide_layouts[1])
    aims.shapes.title.text = "Tavoitteet"
    body = aims.placeholders[1].text_frame
    body.text = "Muistiluotsi jokaisessa Pohjois-Savon kunnassa – toteutunut"
    for text in (
        "Muistihoitajan vastaanotolle alle kahdessa viikossa – osittain",
        "Etäryhmät omaishoitajille Iisalmessa ja Varkaudessa – siirtyy syksyyn",
    ):
        body.add_paragraph().text = text
    partners = aims.shapes.add_textbox(Inches(0.8), Inches(5.6), Inches(8), Inches(0.6))
    partners.text_frame.text = "Kumppanit: Muistiliitto ja Itä-Suomen yliopisto"

    last = slides.slides.add_slide(slides.slide_layouts[6])
    banner = last.shapes.add_shape(MSO_SHAPE.RECTANGLE, Inches(0), Inches(3), Inches(10), Inches(1.2))
    banner.fill.solid()
    banner.fill.fore_color.rgb = RGBColor.from_string("2E7D32")
    banner.text_frame.text = "Kiitos!"
    raw = io.BytesIO()
    slides.save(raw)
    return _fixed_zip(raw.getvalue())


def main() -> int:
    (TUNE / "u980_kymenlaakso_kustannusseuranta_taulukko_2024.xlsx").write_bytes(workbook())
    (TUNE / "u981_pohjois_savo_ohjausryhma_diat_2025.pptx").write_bytes(deck())
    return 0


if __name__ == "__main__":
    sys.exit(main())
