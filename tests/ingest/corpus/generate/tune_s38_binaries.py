"""Write stop 38's lead tuning DOCX (invented text, see ../README.md): colours Word alone carries.

Run with ``.venv/bin/python tests/ingest/corpus/generate/tune_s38_binaries.py``; two runs write the
same bytes (binaries_common), and the output is committed.
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from binaries_common import docx_document, save

TUNE = Path(__file__).resolve().parent.parent / "tune"


def _shade(cell, fill: str) -> None:
    """Fill a table cell with ``fill`` (hex), as Word's Shading button does."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    cell._tc.get_or_add_tcPr().append(shd)


def _highlight(run, colour: str) -> None:
    """Highlight a run (Word's text highlight colour)."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    mark = OxmlElement("w:highlight")
    mark.set(qn("w:val"), colour)
    run._r.get_or_add_rPr().append(mark)


def u896_etela_savo_shaded_cells_docx() -> None:
    """A Word status report whose lights are shaded empty cells and highlighted squares; a grey
    header row and a green-filled cell with words of its own are no lights (the negative side)."""
    d = docx_document("Hanketoimisto", dt.datetime(2024, 11, 8))
    d.add_heading("Tilanneraportti 2/2024", level=0)
    d.add_paragraph("Hanke: Mielenterveyden etäpalvelut Etelä-Savossa")
    d.add_paragraph(
        "Etelä-Savon hyvinvointialue · raportointijakso 1.7.–31.10.2024 · hankeaika 1.4.2023–31.3.2025"
    )
    d.add_paragraph(
        "Hanke tuo mielenterveyden etävastaanotot Mikkeliin, Savonlinnaan ja Pieksämäelle. "
        "Sosiaali- ja terveysministeriö on myöntänyt hankkeelle 520 000 euroa. Xamk kouluttaa "
        "terapeutit verkkoterapioihin, ja asiakkaat ohjataan Mielenterveystalon omahoito-ohjelmiin."
    )
    d.add_heading("Tilannevalot", level=1)
    d.add_paragraph(
        "Solun väri: vihreä = suunnitelman mukaan, keltainen = pieni poikkeama, punainen = merkittävä poikkeama."
    )
    t = d.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    head = t.add_row().cells
    head[0].text, head[1].text = "Osa-alue", "Tila"
    for cell in head:
        _shade(cell, "D9D9D9")  # a grey header: no light
    for name, fill in (
        ("Aikataulu", "00B050"),
        ("Kustannukset", "FFC000"),
        ("Henkilöstö", "00B050"),
        ("Riskit", "C00000"),
    ):
        cells = t.add_row().cells
        cells[0].text = name
        _shade(cells[1], fill)
    note = t.add_row().cells
    note[0].text = "Huomio"
    note[1].text = "Rekrytointi onnistui"
    _shade(note[1], "00B050")  # a green cell with words of its own says what its words say
    d.add_heading("Hyödyt asiakkaille", level=1)
    p = d.add_paragraph("Hyödyt: ")
    _highlight(p.add_run("■"), "yellow")
    p.add_run(" (kaikki etävastaanotot eivät vielä toimi iltaisin)")
    d.add_heading("Kustannukset 1.4.2023–31.10.2024 (€)", level=1)
    rows = (
        ("Kustannuslaji", "Budjetti", "Toteutunut"),
        ("Henkilöstökulut", "380 000", "241 300"),
        ("Palvelujen ostot", "110 000", "52 800"),
        ("Matkakulut", "30 000", "11 450"),
        ("Yhteensä", "520 000", "305 550"),
    )
    grid = d.add_table(rows=0, cols=3)
    grid.style = "Table Grid"
    for row in rows:
        for cell, text in zip(grid.add_row().cells, row, strict=True):
            cell.text = text
    save(d, TUNE / "u896_etelasavo_tilanneraportti_varjostetut_solut_2024.docx", (2024, 11, 8, 12, 0, 0))


def _painted(paragraph, text: str, colour: str) -> None:
    """A run of ``text`` in the font colour ``colour`` (hex)."""
    from docx.shared import RGBColor

    paragraph.add_run(text).font.color.rgb = RGBColor.from_string(colour)


def u897_vantaa_kerava_sv_painted_words_docx() -> None:
    """A Swedish Word report whose lights are the dimension names' font colours, keyed by painted
    meanings; each dimension on a line of its own with a comment."""
    d = docx_document("Projektkontoret", dt.datetime(2025, 3, 14))
    d.add_heading("Lägesrapport 2/2024 – Ungdomsmottagning på nätet", level=0)
    d.add_paragraph(
        "Vanda och Kervo välfärdsområde · projekttid 1.5.2023–30.4.2025 · Vanda och Kervo. "
        "Social- och hälsovårdsministeriet har beviljat projektet 450 000 euro. Metropolia "
        "yrkeshögskola utbildar chattens rådgivare."
    )
    d.add_heading("Läget", level=1)
    key = d.add_paragraph("Färgerna: ")
    _painted(key, "enligt plan", "1E8449")
    key.add_run(", ")
    _painted(key, "avvikelse", "D68910")
    key.add_run(", ")
    _painted(key, "allvarlig avvikelse", "B03A2E")
    for name, colour, note in (
        ("Tidtabell", "1E8449", " – chatten öppnade i tid."),
        ("Kostnader", "D68910", " – licenserna blev dyrare."),
        ("Personal", "1E8449", ""),
        ("Risker", "B03A2E", " – avtalet med leverantören löper ut."),
    ):
        line = d.add_paragraph()
        _painted(line, name, colour)
        line.add_run(note)
    d.add_heading("Mål", level=1)
    d.add_paragraph("Chatten är öppen sex kvällar i veckan – uppnått.")
    save(d, TUNE / "u897_vantaakerava_sv_lagesrapport_fargade_ord_2025.docx", (2025, 3, 14, 9, 0, 0))


def u898_lappi_one_colour_template_docx() -> None:
    """The negative side: a template whose headings and key words are all one green (the county's
    colour), dimension names among them: one colour is no scale, no light is read."""
    d = docx_document("Hankepalvelut", dt.datetime(2024, 6, 3))
    title = d.add_paragraph()
    _painted(title, "Hankesuunnitelma: Etäkuntoutus Lapissa", "2E7D32")
    d.add_paragraph(
        "Lapin hyvinvointialue · hankeaika 1.9.2024–31.8.2026 · Rovaniemi, Kemijärvi ja Sodankylä. "
        "Haemme sosiaali- ja terveysministeriöltä 610 000 euroa."
    )
    for heading, text in (
        ("Aikataulu", "Pilotit alkavat Rovaniemellä syksyllä 2024 ja laajenevat keväällä 2025."),
        ("Kustannukset", "Suurin kuluerä on fysioterapeuttien palkat."),
        ("Riskit", "Tietoliikenneyhteydet Sodankylän kylissä ovat heikot."),
    ):
        _painted(d.add_paragraph(), heading, "2E7D32")
        d.add_paragraph(text)
    save(d, TUNE / "u898_lappi_hankesuunnitelma_yksivarinen_pohja_2024.docx", (2024, 6, 3, 9, 0, 0))


if __name__ == "__main__":
    u896_etela_savo_shaded_cells_docx()
    u897_vantaa_kerava_sv_painted_words_docx()
    u898_lappi_one_colour_template_docx()
