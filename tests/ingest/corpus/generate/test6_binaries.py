"""Write the SIXTH held-out set's PDF and DOCX documents (invented text, see ../README.md).

test6/ is held out: it was written blind on 2026-12-04 by an author who never read the ingest
code, and nobody developing the ingest reads or runs it, this script included. Run with
``.venv/bin/python tests/ingest/corpus/generate/test6_binaries.py``; the outputs are committed,
so the script is needed only to change them. Two runs write the same bytes: reportlab's
invariant mode for the PDFs; fixed core properties and one fixed zip time stamp for the DOCX.
"""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from collections.abc import Callable
from pathlib import Path

TEST6 = Path(__file__).resolve().parent.parent / "test6"
#: The time stamp of every zip entry of the DOCX files (a zip stores local time, no zone).
ZIP_TIME = (2026, 12, 4, 15, 0, 0)

Running = Callable[[int, int], list[tuple[int, str]]]


def _pdf(name: str, pages: list[list[str]], columns: list[int], header: Running, footer: Running) -> None:
    """Pages of text lines: "#" starts a table row of "|"-separated cells, "!" a bold heading.

    ``header`` and ``footer`` give each page's running lines as (x, text) pairs from
    (page number, page count), as exported reports and minutes print them.
    """
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas as pdfcanvas

    c = pdfcanvas.Canvas(str(TEST6 / name), pagesize=A4, invariant=1)
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


def _docx(created: dt.datetime, author: str):
    import docx

    d = docx.Document()
    props = d.core_properties
    props.created = props.modified = props.last_printed = created
    props.author = props.last_modified_by = author
    props.revision = 1
    return d


def _save(d, name: str) -> None:
    """Save with every zip entry stamped ZIP_TIME, so that a rerun writes the same bytes."""
    raw = io.BytesIO()
    d.save(raw)
    raw.seek(0)
    with (
        zipfile.ZipFile(raw) as src,
        zipfile.ZipFile(TEST6 / name, "w", zipfile.ZIP_DEFLATED) as dst,
    ):
        for item in src.infolist():
            info = zipfile.ZipInfo(item.filename, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(info, src.read(item.filename))


def _table(d, header: list[str] | None, rows: list[tuple[str, ...]]):
    width = len(header) if header else len(rows[0])
    table = d.add_table(rows=0, cols=width)
    table.style = "Table Grid"
    for row in ([tuple(header)] if header else []) + rows:
        for cell, text in zip(table.add_row().cells, row, strict=True):
            cell.text = text
    return table


# --- x04: Kanta-Häme, an RRF project plan of 2022 (updated version), DOCX ------------------


def x04_kanta_hame_hankesuunnitelma() -> None:
    d = _docx(dt.datetime(2022, 10, 14, 9, 0, tzinfo=dt.UTC), "Kanta-Hämeen hyvinvointialue")
    d.add_paragraph("Suomen kestävän kasvun ohjelma – Pilari 4 (sosiaali- ja terveydenhuolto)")
    d.add_heading("HANKESUUNNITELMA", 0)
    d.add_paragraph("Kanta-Hämeen palvelut nopeammin")
    d.add_paragraph("Versio 2 (päivitetty), 14.10.2022")
    d.add_heading("1 Perustiedot", 1)
    _table(
        d,
        None,
        [
            ("Hakija", "Kanta-Hämeen hyvinvointialue"),
            ("Hankkeen nimi", "Kanta-Hämeen palvelut nopeammin"),
            ("Toteutusaika", "1.6.2022–31.12.2025"),
            ("Haettava avustus", "2 450 000 €"),
            ("Toteutusalue", "Hämeenlinna, Riihimäki, Forssa ja Janakkala"),
        ],
    )
    d.add_paragraph(
        "Sosiaali- ja terveysministeriö myönsi hankkeelle 16.6.2022 avustusta 2 300 000 euroa. "
        "Tämä päivitetty suunnitelma sovittaa investoinnit myönnettyyn summaan."
    )
    d.add_heading("2 Investoinnit ja tavoitteet", 1)
    d.add_heading("Investointi 1 – Hoitoon pääsyn nopeuttaminen", 2)
    d.add_paragraph(
        "Terveysasemille otetaan käyttöön Omaolo-palvelun oirearviot (DigiFinland Oy). "
        "Hämeen ammattikorkeakoulu (HAMK) kouluttaa hoitajat hoidon tarpeen arvioon."
    )
    _table(
        d,
        ["Tavoite", "Mittari"],
        [
            ("Kiireettömän hoidon jonot lyhenevät alle 14 vuorokauteen", "T3-luku"),
            ("Omaolo-oirearvioita tehdään 5 000 vuodessa", "arvioiden määrä"),
        ],
    )
    d.add_heading("Investointi 4 – Tiedolla johtamisen vahvistaminen", 2)
    _table(
        d,
        ["Tavoite", "Mittari"],
        [("Johdon raportit päivittyvät viikoittain", "päivitysväli")],
    )
    d.add_heading("3 Kustannusarvio investoinneittain (euroa)", 1)
    _table(
        d,
        ["Kustannuslaji", "Investointi 1", "Investointi 4", "Yhteensä"],
        [
            ("Omat henkilöstökustannukset", "1 120 000", "540 000", "1 660 000"),
            ("Asiantuntijapalvelut", "210 000", "180 000", "390 000"),
            ("Ohjelmistot", "95 000", "305 000", "400 000"),
            ("Yhteensä", "1 425 000", "1 025 000", "2 450 000"),
        ],
    )
    d.add_heading("4 Toteutuksen tilanne lokakuussa 2022", 1)
    d.add_paragraph(
        "Vihreä = etenee suunnitelman mukaisesti; keltainen ja punainen = poikkeama suunnitelmasta."
    )
    _table(
        d,
        ["Investointi", "Aikataulu", "Kustannukset", "Tuotosten laajuus"],
        [
            ("Investointi 1", "vihreä", "vihreä", "keltainen"),
            ("Investointi 4", "punainen", "vihreä", "keltainen"),
        ],
    )
    d.add_heading("5 Riskit", 1)
    d.add_paragraph("Tietojärjestelmätoimittajan aikataulu voi viivästyttää investointia 4.")
    _save(d, "x04_kanta_hame_hankesuunnitelma_paivitetty_2022.docx")


# --- x05: Kymenlaakso, an RRF status report of 2023 printed from the reporting tool, PDF ---

X05 = [
    [
        "!Tilanneraportti 2/2023",
        "Hanke: Kymen hyvä hoito",
        "Hallinnoija: Kymenlaakson hyvinvointialue",
        "Raportointikausi: 1.5.–31.8.2023",
        "Hankeaika: 1.1.2023–31.12.2025",
        "Myönnetty avustus: 1 980 000 € (sosiaali- ja terveysministeriö)",
        "Käsitelty ohjausryhmässä: 7.9.2023",
        "",
        "!1. Hankkeen tilannearvio",
        "Arvioasteikko: 1 = suunnitelman mukaisesti, 2 = pieni poikkeama, 3 = merkittävä poikkeama",
        "#Osa-alue|Arvio|Perustelu",
        "#Aikataulu|1|Pilotit käynnistyivät Kotkassa ja Kouvolassa",
        "#Kustannukset|2|Ostopalvelun hinta nousi",
        "#Tuotosten laatu|1|",
        "#Henkilöstö|3|Kaksi suuhygienistiä puuttuu",
        "#Riskit|2|Rekrytointi Haminassa ja Pyhtäällä",
        "Valmiusaste raportointikauden lopussa: 45 %",
        "",
        "!2. Tavoitteiden eteneminen",
        "Tavoite 1: Suun terveydenhuollon kiireettömän hoidon jono puretaan alle",
        "kolmen kuukauden. – Osittain toteutunut",
        "Tavoite 2: Kouvolan terveysasemalle avataan iltavastaanotto. – Toteutunut",
        "Tavoite 3: Hoitotakuun seurantaraportti julkaistaan kuukausittain.",
        "– Viivästynyt, siirtyy vuodelle 2024",
    ],
    [
        "!3. Yhteistyö",
        "Jonojen purkuun ostetaan hoitoa ostopalveluna Suunhoito Kaakko Oy:ltä.",
        "Kaakkois-Suomen ammattikorkeakoulu (Xamk) arvioi hoitoon pääsyn muutokset.",
        "Osakokonaisuudelle 2 (Suun terveydenhuollon jonojen purku) haettiin muutoshakemuksella",
        "lisäystä 150 000 euroa.",
        "",
        "!4. Talous (euroa)",
        "#Kustannuslaji|Budjetoitu|Toteutunut|Toteutunut|Jäljellä",
        "#|koko hanke|kaudella|yhteensä|",
        "#Omat henkilöstökustannukset|1 260 000|214 300|402 650|857 350",
        "#Palvelujen ostot|600 000|98 400|131 900|468 100",
        "#Matkakulut|40 000|3 120|5 480|34 520",
        "#Muut kustannukset|80 000|6 900|11 240|68 760",
        "#Yhteensä|1 980 000|322 720|551 270|1 428 730",
    ],
]


def x05_kymenlaakso_tilanneraportti() -> None:
    _pdf(
        "x05_kymenlaakso_tilanneraportti_arvioasteikko_2023.pdf",
        X05,
        [40, 230, 310, 390, 470],
        header=lambda n, total: [
            (40, "Kymen hyvä hoito – Tilanneraportti 2/2023"),
            (470, "Tulostettu 12.9.2023"),
        ],
        footer=lambda n, total: [(40, "Kymenlaakson hyvinvointialue"), (500, f"Sivu {n}/{total}")],
    )


# --- x09: Pohjanmaa, a Swedish status report (lägesrapport) of 2024, DOCX --------------------


def x09_pohjanmaa_lagesrapport() -> None:
    d = _docx(dt.datetime(2024, 8, 20, 13, 0, tzinfo=dt.UTC), "Österbottens välfärdsområde")
    d.add_heading("Lägesrapport 1/2024", 0)
    _table(
        d,
        None,
        [
            ("Projekt", "Närvård i Österbotten"),
            ("Välfärdsområde", "Österbottens välfärdsområde"),
            ("Finansiär", "Social- och hälsovårdsministeriet (Hållbar tillväxt Finland, NextGenerationEU)"),
            ("Rapporteringsperiod", "1.1–30.6.2024"),
            ("Datum", "20.8.2024"),
        ],
    )
    d.add_paragraph(
        "Projektet har beviljats 2,6 miljoner euro för åren 2023–2025. Arbetet pågår i Vasa, "
        "Jakobstad, Närpes och Korsholm."
    )
    d.add_heading("Trafikljus", 1)
    _table(
        d,
        ["Område", "Bedömning"],
        [
            ("Tidtabell", "Grönt – enligt plan"),
            ("Kostnader", "Gult – mindre avvikelse"),
            ("Personal", "Rött – betydande avvikelse"),
            ("Risker", "Gult – mindre avvikelse"),
            ("Nytta", "Grönt – enligt plan"),
        ],
    )
    d.add_heading("Mål och måluppfyllelse", 1)
    _table(
        d,
        ["Mål", "Läge 30.6.2024"],
        [
            ("Klienten får en tid till närvården inom en vecka", "Uppnått"),
            ("Mobila teamet besöker skärgårdsbyarna varje månad", "Delvis uppnått"),
            ("Kvällsmottagning öppnas i Närpes", "Skjuts upp till 2025"),
            ("Alla hembesök dokumenteras i mobilen", "Uppnås inte"),
        ],
    )
    d.add_heading("Samarbete", 1)
    d.add_paragraph(
        "Yrkeshögskolan Novia utvärderar det mobila teamets arbete. Folkhälsan leder "
        "gruppverksamheten för äldre i Korsholm. Symtombedömningen görs i Omaolo."
    )
    d.add_heading("Delprojekt 2: Mobil närvård", 2)
    d.add_paragraph("För delprojekt 2 ansöks om tilläggsfinansiering på 120 000 euro.")
    d.add_heading("Kostnader (euro)", 1)
    _table(
        d,
        ["Kostnadsslag", "Budget 2024", "Utfall 1.1–30.6.2024", "Prognos 2024"],
        [
            ("Egna personalkostnader", "640 000", "301 480", "652 000"),
            ("Köp av tjänster", "180 000", "72 950", "176 000"),
            ("Resekostnader", "30 000", "16 720", "34 000"),
            ("Totalt", "850 000", "391 150", "862 000"),
        ],
    )
    _save(d, "x09_pohjanmaa_lagesrapport_sv_bedomning_2024.docx")


# --- x16: Keski-Pohjanmaa, aluevaltuusto minutes of 2025 informing of a final report, PDF ----

X16 = [
    [
        "!§ 45 Keskipohjalainen palvelulupaus -hankkeen loppuraportti, tiedoksi",
        "KPHVA/412/2025",
        "",
        "Aikaisempi käsittely",
        "Aluehallitus 2.6.2025 § 171",
        "",
        "Valmistelija",
        "Kehittämispäällikkö, etunimi.sukunimi@soite.fi",
        "",
        "Perustelut",
        "Keskipohjalainen palvelulupaus -hanke toteutettiin 1.1.2023–31.12.2024 Suomen kestävän",
        "kasvun ohjelman rahoituksella. Sosiaali- ja terveysministeriö myönsi hankkeelle avustusta",
        "3 000 000 euroa. Loppuraportti on lähetetty ministeriölle 28.3.2025.",
        "",
        "Avustukset investoinneittain (euroa):",
        "#Investointi|Myönnetty|Käytetty|Palautettava",
        "#Investointi 1: Hoitojonojen purku|1 800 000|1 742 600|57 400",
        "#Investointi 2: Digitaaliset palvelut|1 200 000|1 115 100|84 900",
        "#Yhteensä|3 000 000|2 857 700|142 300",
        "",
        "Käyttämättä jäänyt avustus, yhteensä 142 300 euroa, palautetaan ministeriölle.",
    ],
    [
        "Kustannukset kustannuslajeittain koko hankeajalta (euroa):",
        "#Kustannuslaji|Budjetti|Toteutunut",
        "#Omat henkilöstökustannukset|2 100 000|2 064 300",
        "#Palvelujen ostot|700 000|612 400",
        "#Ohjelmistot|200 000|181 000",
        "#Yhteensä|3 000 000|2 857 700",
        "",
        "Loppuraportin tilannearvio: aikataulu vihreä, kustannukset vihreä, hyödyt keltainen.",
        "",
        "Loppuraportin mukaan hankkeen tavoitteista",
        "- kiireettömän hoidon jono purettiin Kokkolassa ja Kannuksessa (toteutui),",
        "- Omaolon oirearviot otettiin käyttöön Kaustisella ja Perhossa (toteutui osittain),",
        "- ikäihmisten liikuntaneuvonta siirtyi Kokkolan kaupungin kanssa yhteiseksi",
        "  palveluksi (toteutui) ja",
        "- sähköinen ajanvaraus suun terveydenhuoltoon jäi kesken.",
        "",
        "Centria-ammattikorkeakoulu arvioi hankkeen vaikutukset hoitoon pääsyyn.",
        "",
        "Päätösehdotus",
        "Aluehallitus esittää, että aluevaltuusto merkitsee loppuraportin tiedoksi.",
        "",
        "Päätös",
        "Merkittiin tiedoksi.",
    ],
]


def x16_keski_pohjanmaa_aluevaltuusto() -> None:
    _pdf(
        "x16_keski_pohjanmaa_aluevaltuusto_loppuraportti_tiedoksi_2025.pdf",
        X16,
        [40, 260, 360, 460],
        header=lambda n, total: [
            (40, "Keski-Pohjanmaan hyvinvointialue"),
            (250, "Pöytäkirja 3/2025"),
            (470, f"{n + 4} (14)"),
        ],
        footer=lambda n, total: [(40, "Aluevaltuusto 16.06.2025")],
    )


def main() -> None:
    """Write every binary document of test6."""
    x04_kanta_hame_hankesuunnitelma()
    x05_kymenlaakso_tilanneraportti()
    x09_pohjanmaa_lagesrapport()
    x16_keski_pohjanmaa_aluevaltuusto()


if __name__ == "__main__":
    main()
