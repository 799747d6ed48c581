"""Write the development set test31's PDF and DOCX documents (invented text, see ../README.md).

test31/ was written blind in stop 40 by helper W28: first breadth documents in forms of lights, cost
tables, goals and parts that none of the earlier layout, probe and forms tables lists, then probes of the
classes the stop's commits claim (read from their messages only). No ingest code and no document of any
set was read. Run with ``.venv/bin/python tests/ingest/corpus/generate/test31_binaries.py``; the outputs
are committed, so the script is needed only to change them. Two runs write the same bytes: reportlab's
invariant mode for the PDFs; fixed core properties and one fixed time stamp on every zip entry for the
DOCX files.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from binaries_common import Running, docx_document, pdf, save, table

TEST31 = Path(__file__).resolve().parent.parent / "test31"
#: The time stamp of every zip entry of the DOCX files (a zip stores local time, no zone).
ZIP_TIME = (2026, 12, 5, 23, 30, 0)


def _pdf(name: str, pages: list[list[str]], columns: list[int], header: Running, footer: Running) -> None:
    pdf(TEST31 / name, pages, columns, header, footer)


def _save(d, name: str) -> None:
    save(d, TEST31 / name, ZIP_TIME)


def _sym(paragraph, char: str, font: str = "Wingdings") -> None:
    """A Word symbol (``w:sym``): the glyph is a font and a code point, the run holds no text."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    run = paragraph.add_run()
    sym = OxmlElement("w:sym")
    sym.set(qn("w:font"), font)
    sym.set(qn("w:char"), char)
    run._r.append(sym)


#: Wingdings' check mark and cross.
CHECK, CROSS = "F0FC", "F0FB"


def ic02_pohjois_karjala_tilanneraportti() -> None:
    """Finnish status report whose every fact is in tables: the project's name only in the page header
    (and once inflected in running text); lights as Wingdings symbols (``w:sym``, no text) keyed by the same
    symbols; parts "Kärki N: …"; deviations in brackets for negatives; goals as indicators with baseline,
    target and outcome, achievement by a stated rule."""
    d = docx_document("Hankekoordinaattori", dt.datetime(2024, 10, 3, 9, 0, 0))
    header = d.sections[0].header.paragraphs[0]
    header.text = "Liikkuva lapsiperhetyö Pielisen Karjalassa  |  Tilanneraportti 2/2024  |  Pohjois-Karjalan hyvinvointialue"
    d.add_heading("Tilanneraportti 2/2024 (1.1.–30.9.2024)", level=1)
    table(
        d,
        [
            ("Tieto", "Sisältö"),
            ("Hankeaika", "1.1.2023–31.12.2024"),
            ("Hallinnoija", "Pohjois-Karjalan hyvinvointialue"),
            ("Kunnat", "Lieksa, Nurmes ja Juuka"),
            (
                "Rahoitus",
                "Valtionavustus, sosiaali- ja terveysministeriö (Tulevaisuuden sote-keskus -ohjelma), 740 000 euroa",
            ),
            ("Raportin päivä", "3.10.2024"),
        ],
    )
    d.add_paragraph(
        "Ohjausryhmä käsitteli raportin 3.10.2024 ja totesi, että hanke Liikkuva lapsiperhetyö Pielisen Karjalassa "
        "etenee kahdessa kärjessä. Karelia-ammattikorkeakoulu kouluttaa etäneuvolan työntekijät, ja Lieksan kaupunki "
        "antaa neuvola-auton hallin hankkeen käyttöön. Perheet tekevät oirearvion Omaolossa ennen etävastaanottoa."
    )
    table(
        d,
        [
            ("Kärki", "Sisältö"),
            ("Kärki 1: Neuvola-auto", "Neuvola-auto kiertää kylissä kahdesti kuukaudessa."),
            ("Kärki 2: Etäneuvola", "Terveydenhoitajan videovastaanotto iltaisin."),
        ],
    )
    d.add_paragraph()
    key = d.add_paragraph("Merkit: ")
    _sym(key, CHECK)
    key.add_run(" = suunnitelman mukaan, ")
    _sym(key, CROSS)
    key.add_run(" = poikkeama suunnitelmasta")
    grid = table(
        d,
        [
            ("Osa-alue", "Kärki 1", "Kärki 2"),
            ("Aikataulu", "", ""),
            ("Kustannukset", "", ""),
            ("Henkilöstö", "", ""),
            ("Hyödyt", "", ""),
        ],
    )
    marks = [(CHECK, CROSS), (CROSS, CHECK), (CHECK, CROSS), (CHECK, CHECK)]
    for row, (first, second) in zip(grid.rows[1:], marks, strict=True):
        _sym(row.cells[1].paragraphs[0], first)
        _sym(row.cells[2].paragraphs[0], second)
    d.add_paragraph()
    d.add_paragraph(
        "Talous 1.1.2023–30.9.2024, euroa. Suluissa olevat luvut ovat negatiivisia (alle budjetin)."
    )
    table(
        d,
        [
            ("Kustannuslaji", "Budjetti", "Toteuma", "Poikkeama"),
            ("Henkilöstökulut", "520 000", "498 300", "(21 700)"),
            ("Ostopalvelut", "160 000", "171 450", "11 450"),
            ("Tilakulut", "36 000", "36 000", "0"),
            ("Matkakulut", "24 000", "18 640", "(5 360)"),
            ("Yhteensä", "740 000", "724 390", "(15 610)"),
        ],
    )
    d.add_paragraph()
    d.add_paragraph(
        "Tavoitteet mittareina. Tavoite on saavutettu, kun toteuma on vähintään tavoitetaso, ja osittain "
        "saavutettu, kun toteuma on lähtötason ja tavoitetason välissä. Odotusajassa pienempi luku on parempi."
    )
    table(
        d,
        [
            ("Mittari", "Lähtötaso 2023", "Tavoite 2024", "Toteuma 9/2024"),
            ("Neuvola-auton käynnit kuukaudessa", "0", "40", "46"),
            ("Etäneuvolan asiakasperheet", "12", "150", "97"),
            ("Odotusaika ensikäynnille (vrk)", "21", "10", "24"),
        ],
    )
    _save(d, "ic02_pohjois_karjala_tilanneraportti_2024.docx")


IC06_NAME = "Trygg hemkomst i Jakobstadsnejden"
IC06 = [
    [
        "!Mellanrapport 2/2024 (1.1–30.6.2024)",
        f"Projekt: {IC06_NAME}",
        "Välfärdsområdet i Österbotten, projekttid 1.3.2023–31.8.2025, rapportdatum 15.8.2024",
        "",
        "Projektet ordnar trygg hemkomst från sjukhuset för äldre i Jakobstad, Pedersöre, Nykarleby och Larsmo.",
        "Social- och hälsovårdsministeriet har beviljat 960 000 euro i statsunderstöd inom programmet",
        "Framtidens social- och hälsocentral. Yrkeshögskolan Novia utvärderar försöken och Jakobstads stad",
        "lånar ut en servicebil till hemkomstteamet.",
        "",
        "Projektet har två försök:",
        "Försök 1: Hemkomstteam på kvällen",
        "Försök 2: Läkemedelsstöd första veckan",
        "",
        "!Eskaleringsnivå per område",
        "Nivå 0 = enligt plan (ingen åtgärd), nivå 1 = projektgruppen åtgärdar, nivå 2 = styrgruppen åtgärdar.",
        "#Område|Försök 1|Försök 2",
        "#Tidplan|0|1",
        "#Ekonomi|0|0",
        "#Personal|2|0",
        "#Nytta|0|1",
        "",
        "!Kostnader 2024 (euro)",
        "#Kostnadsslag|Budget 2024|Utfall 1-6/2024|Prognos 2024",
        "#Personalkostnader|318 000|151 200|310 000",
        "#Köpta tjänster|84 000|30 900|80 000",
        "#Experttjänster|36 000|12 000|36 000",
        "#Att transportera|438 000|194 100|426 000",
    ],
    [
        "!Kostnader 2024 (euro), fortsättning",
        "#Kostnadsslag|Budget 2024|Utfall 1-6/2024|Prognos 2024",
        "#Transport|438 000|194 100|426 000",
        "#Resekostnader|14 000|6 480|13 000",
        "#Lokalkostnader|24 000|12 000|24 000",
        "#Kommunikation|8 000|1 950|8 000",
        "#Summa|484 000|214 530|471 000",
        "",
        "!Mål",
        "Mål 1 - Hemkomstteam i alla fyra kommuner: uppnått i Jakobstad och Pedersöre, ännu inte i",
        "Nykarleby och Larsmo.",
        "Mål 2 - Läkemedelsgenomgång inom tre dagar efter hemkomst: klart sedan mars.",
        "Mål 3 - Kvällsbesök även på helger: skjuts upp till 2025.",
        "",
        "Kontaktperson: projektledare Sara Grönlund",
    ],
]


def ic06_pohjanmaa_sv_mellanrapport() -> None:
    """Swedish interim report PDF: a cost table split over two pages by a carried-forward subtotal row ("Att
    transportera" / "Transport"); lights as escalation levels 0–2 per trial ("Försök N: …")."""
    _pdf(
        "ic06_pohjanmaa_sv_mellanrapport_2024.pdf",
        IC06,
        [40, 220, 330, 440],
        header=lambda n, total: [(40, "Välfärdsområdet i Österbotten"), (430, "Mellanrapport 2/2024")],
        footer=lambda n, total: [(40, IC06_NAME), (500, f"Sida {n} av {total}")],
    )


def main() -> None:
    TEST31.mkdir(exist_ok=True)
    ic02_pohjois_karjala_tilanneraportti()
    ic06_pohjanmaa_sv_mellanrapport()


if __name__ == "__main__":
    main()
