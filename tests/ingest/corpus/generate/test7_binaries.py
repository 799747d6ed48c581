"""Write the SEVENTH set's PDF and DOCX documents (invented text, see ../README.md).

test7/ was written blind on 2026-12-04 by an author who never read the ingest code; it is a
development set (studied by class, never tuned to one document). Run with
``.venv/bin/python tests/ingest/corpus/generate/test7_binaries.py``; the outputs are committed,
so the script is needed only to change them. Two runs give byte-identical files: reportlab's
invariant mode for the PDFs, fixed core properties and one zip time stamp for the DOCX.
"""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from collections.abc import Callable
from pathlib import Path

TEST7 = Path(__file__).resolve().parent.parent / "test7"
Running = Callable[[int, int], list[tuple[int, str]]]


def _pdf(
    name: str,
    pages: list[list[str]],
    columns: list[int],
    header: Running | None = None,
    footer: Running | None = None,
) -> None:
    """Pages of lines; "#" starts a table row of "|"-separated cells, "!" a bold heading."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas as pdfcanvas

    c = pdfcanvas.Canvas(str(TEST7 / name), pagesize=A4, invariant=1)
    _width, height = A4
    for number, page in enumerate(pages, start=1):
        c.setFont("Helvetica", 8)
        for x, text in header(number, len(pages)) if header else []:
            c.drawString(x, height - 28, text)
        for x, text in footer(number, len(pages)) if footer else []:
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


def _docx(author: str, created: dt.datetime):  # type: ignore[no-untyped-def]
    import docx

    d = docx.Document()
    d.core_properties.created = created
    d.core_properties.modified = created
    d.core_properties.last_printed = created
    d.core_properties.author = author
    d.core_properties.last_modified_by = author
    d.core_properties.revision = 1
    return d


def _save(d, name: str) -> None:  # type: ignore[no-untyped-def]
    """Save with one fixed zip time stamp so that two runs give the same bytes."""
    raw = io.BytesIO()
    d.save(raw)
    out = io.BytesIO()
    with zipfile.ZipFile(raw) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            info = zipfile.ZipInfo(item.filename, date_time=(2024, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(info, src.read(item.filename))
    (TEST7 / name).write_bytes(out.getvalue())


def _table(d, rows: list[tuple[str, ...]], style: str | None = "Table Grid"):  # type: ignore[no-untyped-def]
    table = d.add_table(rows=0, cols=len(rows[0]))
    if style:
        table.style = style
    for row in rows:
        for cell, text in zip(table.add_row().cells, row, strict=True):
            cell.text = text
    return table


def y04_kymenlaakso_plan() -> None:
    """A plan in Word whose measures are a table (Toimenpide / Vastuu / Aikataulu / Arvio €)."""
    d = _docx("Kymenlaakson hyvinvointialue", dt.datetime(2023, 2, 20, 9, 0, 0))
    d.add_heading("Hankesuunnitelma: Kymenlaakson Kestävän kasvun hanke", level=1)
    _table(
        d,
        [
            ("Hakija", "Kymenlaakson hyvinvointialue"),
            ("Kunnat", "Kotka, Kouvola ja Hamina"),
            ("Haettava valtionavustus", "3 900 000 euroa"),
            ("Rahoittaja", "Sosiaali- ja terveysministeriö (RRF)"),
            ("Päiväys", "20.2.2023"),
        ],
    )
    d.add_heading("Investointi 3: Ikäihmisten kotona asumisen tuki", level=2)
    d.add_paragraph(
        "Investointiin haetaan 1 050 000 euroa. Kotkan kaupunki tuottaa liikuntaryhmät osana investointia."
    )
    d.add_paragraph("Tavoitteet")
    d.add_paragraph("Kotihoidon asiakkaista 80 % saa kuntoutusjakson", style="List Number")
    d.add_paragraph("Turvapuhelinhälytysten käsittely yhteen keskukseen", style="List Number")
    d.add_paragraph(
        "Lähtötilanne (edellisen kauden arvio): aikataulu – vihreä, kustannukset – keltainen, riskit – keltainen. "
        "Vihreä tarkoittaa, että asia etenee suunnitellusti; keltainen poikkeamaa."
    )
    d.add_paragraph("Toimenpiteet ja kustannusarvio")
    _table(
        d,
        [
            ("Kustannuslaji", "Vastuu", "Aikataulu", "Arvio €"),
            ("Henkilöstökulut", "Kotihoito", "2023–2025", "720 000"),
            ("Asiantuntijapalvelut", "Kehittämisyksikkö", "2023–2024", "210 000"),
            ("Laitteet", "ICT-palvelut", "2023", "120 000"),
            ("Yhteensä", "", "", "1 050 000"),
        ],
    )
    d.add_paragraph(
        "Xamk arvioi investoinnin vaikutukset. Hälytykset välitetään Kanta-palveluihin kirjattavina tapahtumina."
    )
    _save(d, "y04_kymenlaakso_hankesuunnitelma_2023.docx")


def y09_pohjanmaa_slutrapport() -> None:
    """A Swedish final report in Word: a label table, lights as symbols, goals and costs."""
    d = _docx("Österbottens välfärdsområde", dt.datetime(2025, 3, 10, 12, 0, 0))
    d.add_heading("Slutrapport", level=1)
    _table(
        d,
        [
            ("Projekt", "Österbottens framtida social- och hälsocentral"),
            ("Delprojekt", "Delprojekt 4: Digitala tjänster för familjer"),
            ("Område", "Vasa, Närpes och Korsholm"),
            ("Finansiering", "Social- och hälsovårdsministeriet, Framtidens social- och hälsocentral"),
            ("Beviljat", "2 640 000 euro"),
            ("Datum", "10.3.2025"),
        ],
    )
    d.add_paragraph("Bedömning (● = enligt plan, ○ = avvikelse)")
    _table(d, [("Område", "Bedömning"), ("Tidtabell", "●"), ("Kostnader", "●"), ("Nytta", "○")])
    d.add_paragraph("Mål och utfall")
    _table(
        d,
        [
            ("Mål", "Utfall"),
            ("Familjecentret har en digital ingång", "Uppnåddes"),
            ("Chatten besvarar inom en timme", "Uppnåddes delvis"),
            ("Gemensam tidsbokning med kommunerna", "Uppnåddes inte"),
        ],
    )
    d.add_paragraph("Delprojekt 4 beviljades 380 000 euro. Outnyttjade medel, 22 400 euro, återbetalas.")
    _table(
        d,
        [
            ("Kostnadsslag", "Beviljat", "Utfall", "Avvikelse"),
            ("Personalkostnader", "1 900 000", "1 884 100", "−15 900"),
            ("Köpta tjänster", "740 000", "733 500", "−6 500"),
            ("Totalt", "2 640 000", "2 617 600", "−22 400"),
        ],
    )
    d.add_paragraph(
        "Yrkeshögskolan Novia utbildade personalen. Familjerna loggar in med Suomi.fi-identifikation."
    )
    _save(d, "y09_pohjanmaa_sv_slutrapport_2025.docx")


def y15_etela_savo_aluevaltuusto() -> None:
    """An aluevaltuusto minutes item in Word with an appendix table of investments."""
    d = _docx("Eloisa", dt.datetime(2024, 6, 17, 8, 0, 0))
    _table(
        d,
        [("Etelä-Savon hyvinvointialue", "PÖYTÄKIRJA", "4/2024"), ("Aluevaltuusto", "17.06.2024", "Sivu 12")],
        style=None,
    )
    d.add_heading("§ 41 Kestävän kasvun hankkeen väliraportti ja hankesuunnitelman muutos", level=2)
    d.add_paragraph("ESHVA/233/2024")
    d.add_paragraph(
        "Etelä-Savon Kestävän kasvun hanke on saanut valtionavustusta 4 700 000 euroa. "
        "Investointi 2: Sote-keskusten monialaiset tiimit hakee muutoksella 260 000 euroa lisää."
    )
    d.add_paragraph(
        "Väliraportin liikennevalot: aikataulu vihreä, kustannukset vihreä, tuotosten laatu punainen."
    )
    d.add_paragraph("Tavoitteiden tilanne:")
    d.add_paragraph("Monialainen tiimi kaikilla sote-keskuksilla – toteutunut", style="List Bullet")
    d.add_paragraph("Päivystyskäyntien väheneminen 10 % – ei vielä arvioitavissa", style="List Bullet")
    d.add_paragraph("Liite 1. Kustannukset 1.1.2023–31.12.2023 (€)")
    _table(
        d,
        [
            ("Kustannuslaji", "Budjetti", "Toteutunut", "Ennuste"),
            ("Henkilöstömenot", "1 280 000", "1 104 750", "1 260 000"),
            ("Ohjelmistot ja lisenssit", "340 000", "296 010", "340 000"),
            ("Yhteensä", "1 620 000", "1 400 760", "1 600 000"),
        ],
    )
    d.add_paragraph(
        "Mikkelin, Savonlinnan ja Pieksämäen kaupungit osallistuvat tiimeihin. "
        "Kaakkois-Suomen ammattikorkeakoulu arvioi tiimimallin."
    )
    d.add_paragraph(
        "Päätösehdotus: Aluevaltuusto merkitsee väliraportin tiedoksi ja hyväksyy muutoshakemuksen."
    )
    d.add_paragraph("Päätös: Hyväksyttiin.")
    _save(d, "y15_etela_savo_aluevaltuusto_2024.docx")


def y05_lappi_tilanneraportti() -> None:
    """A status report PDF with a running header and a wrapped light legend."""
    pages = [
        [
            "!Tilanneraportti 3/2023 – Lapin Kestävän kasvun hanke",
            "Investointi 5: Etäpalvelut harvaan asutuille alueille",
            "Raportin pvm 31.10.2023      Alue: Rovaniemi, Kemijärvi, Tornio",
            "Rahoittaja: Sosiaali- ja terveysministeriö / RRF",
            "Investoinnille myönnetty: 1 720 000,00 EUR",
            "",
            "!Liikennevalot (V = vihreä, K = keltainen, P = punainen; V = suunnitelmassa)",
            "#Aikataulu|K|laitetoimitus viivästyi",
            "#Kustannukset|V|",
            "#Tuotosten laajuus|V|",
            "#Riskit|P|osaajien saatavuus",
            "",
            "!Tavoitteet",
            "Etävastaanotto kymmenessä kylässä: saavutettu",
            "Hoitajien matkat vähenevät 30 %: osittain saavutettu",
            "Saamenkielinen etäpalvelu: ei aloitettu, siirtyy vuodelle 2024",
        ],
        [
            "!Talous, kertymä 31.10.2023 (EUR)",
            "#Kululaji|Budjetti|Toteutunut|Sidottu|Ennuste",
            "#Henkilöstökulut|940.000,00|512.330,00|40.000,00|930.000,00",
            "#Laitteet|480.000,00|301.700,00|90.000,00|480.000,00",
            "#Yhteensä|1.420.000,00|814.030,00|130.000,00|1.410.000,00",
            "",
            "Lapin ammattikorkeakoulu kouluttaa etähoitajat. Videovastaanotot kirjataan Kanta-palveluihin.",
            "Investoinnista palautetaan arviolta 10.000,00 EUR.",
        ],
    ]

    def header(n: int, total: int) -> list[tuple[int, str]]:
        return [(40, "Lapin hyvinvointialue"), (430, f"Sivu {n}/{total}")]

    _pdf("y05_lappi_tilanneraportti_2023.pdf", pages, [40, 200, 280, 360, 440], header=header)


def y13_satakunta_aluehallitus() -> None:
    """Aluehallitus minutes item printed to PDF, with the decision first and the account after."""
    pages = [
        [
            "Aluehallitus, kokous 11.12.2023",
            "Pöytäkirja on tarkastettu",
            "!§ 318 Satakunnan Kestävän kasvun hankkeen investoinnin 1 lisäavustus",
            "SATA/1204/2023",
            "Päätösehdotus: Aluehallitus hyväksyy lisäavustushakemuksen 300 000 euroa.",
            "Päätös: Hyväksyttiin.",
            "!Perustelut",
            "Satakunnan Kestävän kasvun hanke sai valtionavustusta 5 900 000 euroa.",
            "Investointi 1: Hoitoon pääsyn parantaminen hakee 300 000 euroa lisää.",
            "Väliraportin valot: aikataulu keltainen, kustannukset vihreä, hyödyt vihreä.",
            "Tavoitteet: Hoitotakuu täyttyy kaikissa kunnissa – toteutunut osittain;",
            "Sähköinen asiointi kaikille palveluille – toteutunut.",
            "#Kustannukset 2023|Talousarvio|Toteutunut",
            "#Henkilöstökulut|1 100 000|987 500",
            "#Palvelujen ostot|400 000|455 300",
            "#Yhteensä|1 500 000|1 442 800",
            "Porin ja Rauman kaupungit tuottavat osan vastaanotoista. Työterveyslaitos arvioi mallin.",
        ]
    ]

    def header(n: int, total: int) -> list[tuple[int, str]]:
        return [(40, "Satakunnan hyvinvointialue"), (380, f"Pöytäkirja 20/2023   {n} ({total})")]

    _pdf("y13_satakunta_aluehallitus_2023.pdf", pages, [40, 230, 330], header=header)


def y19_kainuu_siivoushankinta() -> None:
    """Refused: a procurement decision on cleaning services (sums, dates, towns, Kela)."""
    pages = [
        [
            "!Viranhaltijapäätös 14/2025 – Siivouspalveluiden hankinta",
            "Kainuun hyvinvointialue, tilapalvelut      Päätöspäivä 3.2.2025",
            "Hankinnan arvo on 1 260 000 euroa (alv 0 %) ajalle 1.4.2025–31.3.2028.",
            "#Kohde|Kunta|Vuosihinta €",
            "#Terveyskeskus|Kajaani|240 000",
            "#Sairaalan osastot|Sotkamo|130 000",
            "#Palvelukeskus|Kuhmo|50 000",
            "Kelan toimipiste samassa kiinteistössä kuuluu sopimuksen piiriin. Ilmoitus julkaistiin Hilmassa.",
            "Muutoksenhaku: oikaisuvaatimus 14 päivän kuluessa.",
        ]
    ]
    _pdf("y19_kainuu_siivoushankinta_2025.pdf", pages, [40, 230, 360])


def main() -> None:
    TEST7.mkdir(exist_ok=True)
    y04_kymenlaakso_plan()
    y05_lappi_tilanneraportti()
    y09_pohjanmaa_slutrapport()
    y13_satakunta_aluehallitus()
    y15_etela_savo_aluevaltuusto()
    y19_kainuu_siivoushankinta()


if __name__ == "__main__":
    main()
