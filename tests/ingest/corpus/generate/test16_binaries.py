"""Write the probe set test16's PDF and DOCX documents (invented text, see ../README.md).

test16/ was written blind in stop 33 by helper W13, who read the commit messages of the stop's
ingest rules (the class of form each claims to read) but no ingest code and no document the
messages name; each document carries one claimed class in another wording, area, language or
format. Run with ``.venv/bin/python tests/ingest/corpus/generate/test16_binaries.py``; the PDFs
come out byte for byte the same (reportlab's invariant mode), the DOCX the same in text and
properties (their zip entries are rewritten with a fixed time, so they are byte-identical too).
"""

from __future__ import annotations

import datetime as dt
import zipfile
from pathlib import Path

from binaries_common import Running, pdf

TEST16 = Path(__file__).resolve().parent.parent / "test16"


def _pdf(name: str, pages: list[list[str]], columns: list[int], header: Running | None = None) -> None:
    """Pages of text lines; "#" starts a table row of "|"-separated cells, "!" a bold heading.

    ``header`` gives each page's running lines (x, text) from its number and the page count.
    """
    pdf(TEST16 / name, pages, columns, header or (lambda _n, _c: []), lambda _n, _c: [])


def _docx(created: dt.datetime, author: str):
    import docx

    d = docx.Document()
    d.core_properties.created = created
    d.core_properties.modified = created
    d.core_properties.author = author
    return d


def _table(d, rows: list[tuple[str, ...]]) -> None:
    table = d.add_table(rows=0, cols=len(rows[0]))
    table.style = "Table Grid"
    for row in rows:
        for cell, text in zip(table.add_row().cells, row, strict=True):
            cell.text = text


def _save(d, name: str) -> None:
    """Save a DOCX with every zip entry dated alike, so that runs are byte-identical."""
    path = TEST16 / name
    d.save(str(path))
    entries = []
    with zipfile.ZipFile(path) as z:
        entries = [(info.filename, z.read(info.filename)) for info in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for filename, data in entries:
            z.writestr(zipfile.ZipInfo(filename, date_time=(2026, 12, 5, 3, 0, 0)), data, zipfile.ZIP_DEFLATED)


def g02_satakunta_aluehallitus() -> None:
    """A board's minutes: a table with a row per part, the sum granted, what was used
    ("Käytetty") and a utilisation column, a caption dated after the part's word, a note below."""
    d = _docx(dt.datetime(2023, 9, 26, 12, 0), "Satakunnan hyvinvointialue")
    d.add_paragraph("SATAKUNNAN HYVINVOINTIALUE    PÖYTÄKIRJA 12/2023")
    d.add_paragraph("Aluehallitus    25.9.2023")
    d.add_heading("§ 187 Satakunnan tulevaisuuden sote-keskus -hankkeen tilannekatsaus", level=2)
    d.add_paragraph("SATAHVA/2211/00.01.02/2022")
    d.add_paragraph(
        "Sosiaali- ja terveysministeriö on myöntänyt Satakunnan tulevaisuuden sote-keskus -hankkeelle "
        "2 100 000 euroa valtionavustusta. Hanke toteutetaan 1.1.2023–31.12.2025 Porissa, Raumalla "
        "ja Kankaanpäässä. Hanke koostuu kahdesta osahankkeesta."
    )
    d.add_paragraph("Osahankkeiden tilanne 31.8.2023")
    _table(
        d,
        [
            ("Osahanke", "Myönnetty (€)", "Käytetty (€)", "Käyttöaste"),
            ("Osahanke 1: Sujuva asiointi", "1 300 000", "402 600", "31 %"),
            ("Osahanke 2: Kotiin vietävät palvelut", "800 000", "228 000", "29 %"),
            ("Yhteensä", "2 100 000", "630 600", "30 %"),
        ],
    )
    d.add_paragraph("Käyttöaste on laskettu myönnetystä avustuksesta.")
    d.add_paragraph("Päätösehdotus: Aluehallitus merkitsee tilannekatsauksen tiedoksi.")
    d.add_paragraph("Päätös: Ehdotus hyväksyttiin.")
    _save(d, "g02_satakunta_aluehallitus_2023.docx")


def g09_lappi_valiraportti() -> None:
    """A PDF cost table with the categories as columns, its header broken over two lines."""
    _pdf(
        "g09_lappi_valiraportti_2024.pdf",
        [
            [
                "!Lapin tulevaisuuden sote-keskus -hanke – väliraportti",
                "Lapin hyvinvointialue",
                "Raportin päivämäärä: 31.1.2024",
                "Hankeaika: 1.1.2023–31.12.2025",
                "Rahoittaja: Sosiaali- ja terveysministeriö",
                "",
                "Hanke on käynnistänyt etävastaanotot Rovaniemellä ja Kemijärvellä.",
                "",
                "!Kustannukset kertymä 31.12.2023 (€)",
                "#|Palvelujen|Matka-|Ohjelmistot|Yhteensä",
                "#|ostot|kulut||",
                "#Budjetti|380 000|15 000|60 000|455 000",
                "#Toteuma|211 400|6 900|58 000|276 300",
                "",
                "Matkakulut jäivät arviota pienemmiksi etävastaanottojen vuoksi.",
            ]
        ],
        [40, 150, 250, 330, 430],
    )


def g10_pohjanmaa_lagesrapport() -> None:
    """A run of part tables under one caption, the second's header at a page's foot."""
    first = [
        "!Lägesrapport 1/2024 – Hållbar tillväxt i Österbotten",
        "Välfärdsområdet Österbotten",
        "Datum: 15.8.2024",
        "Projekttid: 1.1.2022–31.12.2025",
        "Finansiär: Social- och hälsovårdsministeriet (NextGenerationEU)",
        "",
        "Projektet genomförs i Vasa och Korsholm.",
        "",
        "!3 Kostnader kumulativt från projektets start till 30.6.2024 (€)",
        "",
        "Delprojekt 1: Digital rådgivning",
        "#Kostnadsslag|Budget|Utfall|Prognos",
        "#Köpta tjänster|300 000|122 500|290 000",
        "#Resekostnader|10 000|3 100|8 000",
        "#Programvara|90 000|88 000|90 000",
        "#Totalt|400 000|213 600|388 000",
        "",
        "Delprojekt 2: Mobil munhälsovård",
    ]
    first += [""] * (49 - len(first)) + ["#Kostnadsslag|Budget|Utfall|Prognos"]
    second = [
        "(tabellen fortsätter)",
        "#Köpta tjänster|150 000|61 000|150 000",
        "#Investeringar|220 000|219 500|219 500",
        "#Totalt|370 000|280 500|369 500",
        "",
        "!4 Nästa period",
        "Den mobila munhälsovården utvidgas till skärgården hösten 2024.",
    ]

    def running(number: int, count: int) -> list[tuple[int, str]]:
        return [(40, "Lägesrapport 1/2024"), (480, f"{number} ({count})")]

    _pdf("g10_pohjanmaa_sv_lagesrapport_2024.pdf", [first, second], [40, 220, 320, 420], running)


def g13_varsinais_suomi_perustiedot() -> None:
    """A DOCX basic-data table whose sum labels name their kind by their words."""
    d = _docx(dt.datetime(2024, 3, 12, 9, 0), "Varsinais-Suomen hyvinvointialue")
    d.add_heading("Varsinais-Suomen Kestävän kasvun hanke – muutoshakemuksen liite", level=1)
    d.add_paragraph("Päivämäärä 12.3.2024")
    d.add_heading("Hankkeen perustiedot", level=2)
    _table(
        d,
        [
            ("Hankkeen nimi", "Varsinais-Suomen Kestävän kasvun hanke"),
            ("Hakija", "Varsinais-Suomen hyvinvointialue"),
            ("Toteutusaika", "1.1.2022–31.12.2025"),
            ("Rahoittaja", "Sosiaali- ja terveysministeriö"),
            ("Hankkeelle myönnetty avustus yhteensä (€)", "4 350 000"),
            ("Lisärahoitushakemus, haettu summa (€)", "310 000"),
            ("Omarahoitus (€)", "0,00"),
        ],
    )
    d.add_heading("Muutoksen perustelut", level=2)
    d.add_paragraph(
        "Lisärahoitusta haetaan Salon ja Turun etävastaanottopisteiden laitehankintoihin, joiden hinnat "
        "ovat nousseet hankesuunnitelman laatimisen jälkeen."
    )
    _save(d, "g13_varsinais_suomi_muutoshakemus_2024.docx")


if __name__ == "__main__":
    g02_satakunta_aluehallitus()
    g09_lappi_valiraportti()
    g10_pohjanmaa_lagesrapport()
    g13_varsinais_suomi_perustiedot()
