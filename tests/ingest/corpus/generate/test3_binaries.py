"""Write the THIRD held-out set's PDF and DOCX documents (invented text, see ../README.md).

test3/ is held out: it was written blind on 2026-12-03 by an author who never read the
ingest code, and nobody developing the ingest reads or runs it, this script included.
Run with ``.venv/bin/python tests/ingest/corpus/generate/test3_binaries.py``; the outputs
are committed, so the script is needed only to change them. The PDFs come out byte for
byte the same (reportlab's invariant mode); the DOCX the same in text and properties, their
zip entries carrying the time of writing.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

TEST3 = Path(__file__).resolve().parent.parent / "test3"


def _pdf(name: str, pages: list[list[str]], columns: list[int], header=None, footer=None) -> None:
    """Pages of text lines; a line starting with "#" is a table row of "|"-separated cells.

    A line starting with "!" is set in bold (a heading). ``header`` and ``footer`` are
    functions of (page number, page count) giving the running lines of each page (a list
    of (x, text) pairs), as browser prints and exported minutes have.
    """
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas as pdfcanvas

    c = pdfcanvas.Canvas(str(TEST3 / name), pagesize=A4, invariant=1)
    _width, height = A4
    for number, page in enumerate(pages, start=1):
        c.setFont("Helvetica", 8)
        for x, text in (header(number, len(pages)) if header else []):
            c.drawString(x, height - 28, text)
        for x, text in (footer(number, len(pages)) if footer else []):
            c.drawString(x, 26, text)
        y = height - 64
        for line in page:
            if line.startswith("#"):
                c.setFont("Helvetica", 9)
                for x, text in zip(columns, line[1:].split("|"), strict=False):
                    c.drawString(x, y, text)
            elif line.startswith("!"):
                c.setFont("Helvetica-Bold", 11)
                c.drawString(40, y, line[1:])
            else:
                c.setFont("Helvetica", 10)
                c.drawString(40, y, line)
            y -= 14
        c.showPage()
    c.save()


def _docx(created: dt.datetime, author: str):
    import docx

    d = docx.Document()
    d.core_properties.created = created
    d.core_properties.modified = created
    d.core_properties.author = author
    return d


def _table(d, header: list[str] | None, rows: list[tuple[str, ...]], style: str | None = "Table Grid"):
    width = len(header) if header else len(rows[0])
    table = d.add_table(rows=0, cols=width)
    if style:
        table.style = style
    for row in ([tuple(header)] if header else []) + rows:
        for cell, text in zip(table.add_row().cells, row, strict=True):
            cell.text = text
    return table


# --- v07: Swedish status report (lägesrapport), DOCX (Itä-Uusimaa / Östra Nyland) ----------


def v07_ita_uusimaa_lagesrapport() -> None:
    """Lights as one transposed row of "● grön" cells, progress in a sentence, goals with
    "Läge 31.8.2024", costs Budget / Utfall / Bundet / Prognos / Utnyttjandegrad %."""
    d = _docx(dt.datetime(2024, 9, 20), "Projektkansliet, Östra Nylands välfärdsområde")
    d.add_paragraph("Östra Nylands välfärdsområde · Itä-Uudenmaan hyvinvointialue")
    d.add_heading("Lägesrapport 2/2024", level=0)
    d.add_paragraph(
        "Projektet Tillgänglig vård i Östra Nyland (TVÖN) – Östra Nylands projekt inom programmet för hållbar tillväxt"
    )
    _table(
        d,
        None,
        [
            ("Projektets namn", "Tillgänglig vård i Östra Nyland (TVÖN)"),
            ("Projektägare", "Östra Nylands välfärdsområde"),
            ("Finansiär", "Social- och hälsovårdsministeriet; EU:s facilitet för återhämtning och resiliens (NextGenerationEU)"),
            ("Projekttid", "1.1.2023–31.12.2025"),
            ("Rapporteringsperiod", "1.5–31.8.2024"),
            ("Rapporten godkänd", "20.9.2024 (projektets styrgrupp)"),
            ("Projektchef", "Nina Holmström"),
        ],
        style=None,
    )
    d.add_heading("1 Sammanfattning", level=1)
    d.add_paragraph(
        "Under perioden öppnades distansmottagningen i Lappträsk och Mörskom. Vårdköerna till "
        "munhälsovården i Borgå minskade, men i Lovisa växte de på grund av två lediga "
        "tandläkartjänster. Projektets kostnader följer budgeten. Projektet är till 55 % färdigt."
    )
    d.add_heading("2 Trafikljus", level=1)
    d.add_paragraph("● grön = framskrider enligt plan   ● gul = mindre avvikelse   ● röd = betydande avvikelse")
    _table(
        d,
        ["Tidtabell", "Kostnader", "Resultatens kvalitet", "Resultatens omfattning", "Personal", "Risker", "Nytta"],
        [("● grön", "● grön", "● grön", "● gul", "● röd", "● gul", "● grön")],
    )
    d.add_paragraph(
        "Motivering: Distansmottagning saknas ännu i Askola och Pukkila (omfattning). Två "
        "tandläkartjänster i Lovisa har varit obesatta sedan maj (personal), och rekryteringen "
        "kan fördröja målet för munhälsovården (risker)."
    )
    d.add_heading("3 Mål och måluppfyllelse", level=1)
    _table(
        d,
        ["Mål", "Läge 31.8.2024"],
        [
            ("Vårdgarantin (14 dygn) uppfylls vid alla hälsostationer", "Uppnått"),
            ("Vårdköerna till munhälsovården är under tre månader", "Delvis uppnått"),
            ("Distansmottagning i alla sju kommuner", "Pågår"),
            ("Symtombedömning i Omaolo på svenska och finska", "Flyttat till 2025"),
        ],
    )
    d.add_heading("4 Ekonomi", level=1)
    d.add_paragraph("Kumulativt utfall 1.1.2023–31.8.2024 (euro)")
    _table(
        d,
        ["Kostnadsslag", "Budget", "Utfall", "Bundet", "Prognos", "Utnyttjandegrad %"],
        [
            ("Egna personalkostnader", "1 480 000", "902 415", "0", "1 475 000", "61,0"),
            ("Köp av tjänster", "620 000", "388 200", "95 000", "610 000", "62,6"),
            ("Övriga kostnader", "80 000", "23 940", "12 500", "70 000", "29,9"),
            ("Indirekta kostnader (15 %)", "222 000", "135 362", "0", "221 250", "61,0"),
            ("Totalt", "2 402 000", "1 449 917", "107 500", "2 376 250", "60,4"),
        ],
    )
    d.add_heading("5 Samarbete och beroenden", level=1)
    d.add_paragraph(
        "Symtombedömningen förutsätter att DigiFinland publicerar Omaolo på svenska. "
        "Distansmottagningens journalanteckningar arkiveras i Kanta. Laurea yrkeshögskola i Borgå "
        "utvärderar distansmottagningen tillsammans med projektet. Sibbo deltar i planeringen av "
        "mobil mottagning."
    )
    d.add_heading("6 Uppgifter under nästa period", level=1)
    d.add_paragraph("Rekrytering av tandläkare till Lovisa", style="List Bullet")
    d.add_paragraph("Distansmottagning i Askola och Pukkila", style="List Bullet")
    d.add_paragraph("Finansieras av Europeiska unionen – NextGenerationEU")
    d.save(str(TEST3 / "v07_ita_uusimaa_lagesrapport_sv_2024.docx"))


def main() -> None:
    """Write every binary document of test3."""
    v07_ita_uusimaa_lagesrapport()


if __name__ == "__main__":
    main()
