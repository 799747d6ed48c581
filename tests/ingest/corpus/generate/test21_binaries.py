"""Write the probe set test21's PDF and DOCX documents (invented text, see ../README.md).

test21/ was written blind in stop 35 by helper W18, who read the commit messages of the stop's
ingest rules (the class of form each claims to read) but no ingest code and no document of any set;
each document carries one claimed class in another wording, area, language or format than the
message's examples. Run with ``.venv/bin/python tests/ingest/corpus/generate/test21_binaries.py``;
the outputs are committed, so the script is needed only to change them. Two runs write the same
bytes: reportlab's invariant mode for the PDFs; fixed core properties and one fixed time stamp on
every zip entry for the DOCX files.
"""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from collections.abc import Callable
from pathlib import Path

TEST21 = Path(__file__).resolve().parent.parent / "test21"
#: The time stamp of every zip entry of the DOCX files (a zip stores local time, no zone).
ZIP_TIME = (2026, 12, 5, 9, 0, 0)
Running = Callable[[int, int], list[tuple[int, str]]]


def _pdf(name: str, pages: list[list[str]], columns: list[int], header: Running, footer: Running) -> None:
    """Pages of text lines; "#" starts a table row of "|"-separated cells, "!" a bold line."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas as pdfcanvas

    c = pdfcanvas.Canvas(str(TEST21 / name), pagesize=A4, invariant=1)
    _width, height = A4
    for number, page in enumerate(pages, start=1):
        c.setFont("Helvetica", 8)
        for x, text in header(number, len(pages)):
            c.drawString(x, height - 28, text)
        for x, text in footer(number, len(pages)):
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


def _docx(author: str, created: dt.datetime):
    import docx

    d = docx.Document()
    d.core_properties.created = created
    d.core_properties.modified = created
    d.core_properties.last_printed = created
    d.core_properties.author = author
    d.core_properties.last_modified_by = author
    d.core_properties.revision = 1
    return d


def _table(d, rows: list[tuple[str, ...]]):
    table = d.add_table(rows=0, cols=len(rows[0]))
    table.style = "Table Grid"
    for row in rows:
        cells = table.add_row().cells
        for cell, text in zip(cells, row, strict=True):
            cell.text = text
    return table


def _bold(d, text: str) -> None:
    d.add_paragraph().add_run(text).bold = True


def _save(d, name: str) -> None:
    """Save with every zip entry stamped ZIP_TIME, so that a rerun writes the same bytes."""
    raw = io.BytesIO()
    d.save(raw)
    raw.seek(0)
    out = TEST21 / name
    with zipfile.ZipFile(raw) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            info = zipfile.ZipInfo(item.filename, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(info, src.read(item.filename))


# --- p02: Pohjanmaa, Swedish Word status report; a year-column table under a caption naming no
# role (a budget) and one under "Prognos per kalenderår" (a forecast) ---


def p02_pohjanmaa_sv_lagesrapport() -> None:
    d = _docx("Närvård på distans", dt.datetime(2025, 3, 14, 9, 0, 0))
    d.add_heading("Närvård på distans – lägesrapport 1/2025", level=1)
    d.add_paragraph("Välfärdsområdet i Österbotten · 14.3.2025")
    d.add_paragraph(
        "Projektet Närvård på distans (1.1.2024–31.12.2026) ordnar läkarbesök, hemrehabilitering och "
        "fysioterapi för invånare i Närpes, Kristinestad och Korsholm via videosamtal. Projektet "
        "finansieras av social- och hälsovårdsministeriet. Yrkeshögskolan Novia utbildar personalen i "
        "distansrehabilitering och följer upp patienternas erfarenheter."
    )
    d.add_heading("Ekonomi", level=2)
    d.add_paragraph("Fördelning per år enligt projektplanen (euro)")
    _table(
        d,
        [
            ("Kostnadsslag", "2024", "2025", "2026", "Totalt"),
            ("Personalkostnader", "210 000", "240 000", "180 000", "630 000"),
            ("Köp av tjänster", "60 000", "85 000", "40 000", "185 000"),
            ("Resekostnader", "8 000", "8 000", "6 000", "22 000"),
            ("Totalt", "278 000", "333 000", "226 000", "837 000"),
        ],
    )
    d.add_paragraph("")
    d.add_paragraph("Prognos per kalenderår (euro)")
    _table(
        d,
        [
            ("Kostnadsslag", "2025", "2026"),
            ("Personalkostnader", "232 500", "176 000"),
            ("Köp av tjänster", "91 200", "44 000"),
            ("Resekostnader", "6 400", "5 000"),
            ("Totalt", "330 100", "225 000"),
        ],
    )
    d.add_paragraph(
        "Köpta tjänster blir dyrare än planerat eftersom videotolkningen upphandlades på nytt i februari."
    )
    _save(d, "p02_pohjanmaa_sv_lagesrapport_2025.docx")


# --- p07: Pohjois-Karjala, English Word report; cost lines with the budget in brackets under a
# cumulative caption, as a bulleted list ---


def p07_pohjois_karjala_en_report() -> None:
    d = _docx("Karelia Lifeline", dt.datetime(2024, 9, 20, 13, 0, 0))
    d.add_heading("Karelia Lifeline – report to the steering group", level=1)
    d.add_paragraph("Wellbeing Services County of North Karelia, 20 September 2024")
    d.add_paragraph(
        "Karelia Lifeline (1 February 2023 – 31 January 2026) builds a crisis phone and chat line for "
        "residents of Joensuu, Lieksa and Kitee. It is funded by the Ministry of Social Affairs and Health. "
        "Karelia University of Applied Sciences trains the volunteers who answer the chat in the evenings."
    )
    d.add_heading("Money", level=2)
    d.add_paragraph("Costs from the start of the project to 31 August 2024:")
    for line in (
        "Own staff costs: €188,450 (budget €402,000)",
        "Purchased services: €61,200 (budget €140,000)",
        "Communication services: €9,830 (budget €15,000)",
        "Travel expenses: €4,115 (budget €9,000)",
    ):
        d.add_paragraph(line, style="List Bullet")
    d.add_paragraph("The chat platform licence for 2025 has been ordered.")
    _save(d, "p07_pohjois_karjala_en_report_2024.docx")


# --- p11: Etelä-Karjala, English Word report; work packages opened by a sentence, each with its
# lights, then a heading naming the whole ---


def p11_etela_karjala_en_status() -> None:
    d = _docx("South Karelia Home Hospital", dt.datetime(2024, 12, 2, 10, 0, 0))
    d.add_heading("South Karelia Home Hospital – status in November 2024", level=1)
    d.add_paragraph(
        "South Karelia Home Hospital is a project of the Wellbeing Services County of South Karelia "
        "(1 March 2023 – 28 February 2026) in Lappeenranta, Imatra and Parikkala, funded by the Ministry of "
        "Social Affairs and Health. LAB University of Applied Sciences runs the simulation training of the "
        "home hospital nurses."
    )
    d.add_paragraph("Key: green = on track, amber = some deviation, red = serious deviation.")
    _bold(d, "Work package 1: Intravenous therapy at home reached Parikkala in October.")
    for line in ("Schedule – green", "Costs – green", "Staff – amber"):
        d.add_paragraph(line)
    _bold(d, "Work package 2: The remote monitoring of heart patients began with 40 patients in Imatra.")
    for line in ("Schedule – amber", "Costs – green", "Staff – green"):
        d.add_paragraph(line)
    d.add_paragraph("The monitoring devices came six weeks late.")
    d.add_heading("Where the project stands as a whole", level=2)
    for line in ("Schedule – green", "Costs – green", "Risks – amber", "Benefits – green"):
        d.add_paragraph(line)
    _save(d, "p11_etela_karjala_en_status_2024.docx")


# --- p12: Etelä-Savo, Finnish PDF; parts opened by a bold sentence, lights under each, then an
# unnamed dated caption line whose lights are the whole's ---

P12_NAME = "Etelä-Savon muistipolku"
P12 = [
    [
        "!Etelä-Savon muistipolku – puolivuotisraportti",
        "Etelä-Savon hyvinvointialue, 28.10.2024",
        "",
        "Etelä-Savon muistipolku (1.5.2023–30.4.2026) kehittää muistisairaiden ja heidän omaistensa",
        "palveluja Mikkelissä, Savonlinnassa ja Pieksämäellä. Hankkeen rahoittaa sosiaali- ja",
        "terveysministeriö. Xamk kouluttaa kotihoidon hoitajat muistikoordinaattoreiksi.",
        "",
        "Merkinnät: vihreä = suunnitelman mukaan, keltainen = lievä poikkeama, punainen = vakava poikkeama",
        "",
        "!Osakokonaisuus 1: Muistihoitajan etävastaanotto aloitti Mikkelissä helmikuussa.",
        "#Aikataulu|vihreä",
        "#Kustannukset|vihreä",
        "#Henkilöstö|vihreä",
        "",
        "!Osakokonaisuus 2: Omaishoitajien vertaisryhmät laajenivat Savonlinnaan ja Pieksämäelle.",
        "#Aikataulu|keltainen",
        "#Kustannukset|vihreä",
        "#Henkilöstö|punainen",
        "Pieksämäen ryhmänohjaajan tehtävä on ollut auki kesästä asti.",
        "",
        "Ohjausryhmän arvio 15.10.2024",
        "#Aikataulu|vihreä",
        "#Kustannukset|vihreä",
        "#Hyödyt|vihreä",
        "#Riskit|keltainen",
        "",
        "Seuraava raportti huhtikuussa 2025.",
    ]
]


def main() -> None:
    TEST21.mkdir(exist_ok=True)
    p02_pohjanmaa_sv_lagesrapport()
    p07_pohjois_karjala_en_report()
    p11_etela_karjala_en_status()
    _pdf(
        "p12_etela_savo_puolivuotisraportti_2024.pdf",
        P12,
        [60, 220],
        header=lambda n, total: [(40, P12_NAME), (520, f"{n}/{total}")],
        footer=lambda n, total: [(40, "Etelä-Savon hyvinvointialue")],
    )


if __name__ == "__main__":
    main()
