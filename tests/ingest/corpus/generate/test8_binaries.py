"""Write the EIGHTH set's PDF and DOCX documents (invented text, see ../README.md).

test8/ is held out: it was written blind on 2026-12-04 by an author who never read the
ingest code, and nobody developing the ingest reads or runs it, this script included.
Run with ``.venv/bin/python tests/ingest/corpus/generate/test8_binaries.py``; the outputs
are committed, so the script is needed only to change them. Two runs give byte-identical
files: reportlab's invariant mode for the PDFs; fixed core properties and one zip time
stamp for the DOCX.
"""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from collections.abc import Callable
from pathlib import Path

TEST8 = Path(__file__).resolve().parent.parent / "test8"
ZIP_TIME = (2026, 12, 4, 12, 0, 0)
Running = Callable[[int, int], list[tuple[int, str]]]


def _pdf(
    name: str,
    pages: list[list[str]],
    columns: list[int],
    header: Running | None = None,
    footer: Running | None = None,
) -> None:
    """Pages of text lines; "#" starts a table row of "|"-separated cells, "!" a bold heading."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas as pdfcanvas

    c = pdfcanvas.Canvas(str(TEST8 / name), pagesize=A4, invariant=1)
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


def _docx(created: dt.datetime, author: str):
    import docx

    d = docx.Document()
    d.core_properties.created = created
    d.core_properties.modified = created
    d.core_properties.last_printed = created
    d.core_properties.author = author
    d.core_properties.last_modified_by = author
    d.core_properties.revision = 1
    return d


def _save_docx(d, name: str) -> None:
    """Save with one fixed zip time stamp so that two runs give the same bytes."""
    buffer = io.BytesIO()
    d.save(buffer)
    source = zipfile.ZipFile(io.BytesIO(buffer.getvalue()))
    with zipfile.ZipFile(TEST8 / name, "w", zipfile.ZIP_DEFLATED) as out:
        for item in source.infolist():
            info = zipfile.ZipInfo(item.filename, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            out.writestr(info, source.read(item.filename))


def _table(d, header: list[str] | None, rows: list[tuple[str, ...]], style: str | None = "Table Grid"):
    width = len(header) if header else len(rows[0])
    table = d.add_table(rows=0, cols=width)
    if style:
        table.style = style
    for row in ([tuple(header)] if header else []) + rows:
        for cell, text in zip(table.add_row().cells, row, strict=True):
            cell.text = text
    return table


# --- z04: RRF project plan in Word, estimates per investment as columns (Keski-Pohjanmaa) -------


def z04_keski_pohjanmaa_hankesuunnitelma() -> None:
    """A plan whose estimate table has one column per investment and a total column; last phase's
    lights as ✔ / ✘ in a sentence row; "Tavoite 1.1" goals; partners in a table."""
    d = _docx(dt.datetime(2023, 5, 22, 9, 0), "Soite, kehittämisyksikkö")
    d.add_paragraph("Keski-Pohjanmaan hyvinvointialue – Soite                         LUONNOS / 22.5.2023")
    d.add_heading("HANKESUUNNITELMA – Suomen kestävän kasvun ohjelma, jatkohaku", level=0)
    _table(
        d,
        None,
        [
            ("Hanke", "Keski-Pohjanmaan hoitoon pääsyn ja palveluohjauksen hanke"),
            ("Hakija", "Keski-Pohjanmaan hyvinvointialue"),
            ("Toteutusalue", "Kokkola, Kannus, Kaustinen, Perho"),
            ("Suunniteltu kesto", "1.6.2023–31.12.2025"),
            ("Haettava avustus", "2 900 000 €"),
        ],
    )
    d.add_heading("1. Investoinnit", level=1)
    d.add_paragraph("Investointi 1: Yhteinen palveluohjaus. Kustannusarvio 1 700 000 €.")
    d.add_paragraph("Investointi 3: Etävastaanotot kyliin. Kustannusarvio 1 200 000 €.")
    d.add_heading("2. Tavoitteet", level=1)
    d.add_paragraph("Tavoite 1.1 Asiakas saa palveluohjauksen yhdellä yhteydenotolla")
    d.add_paragraph("Tavoite 1.2 Palveluohjauksen jonotusaika on alle kolme arkipäivää")
    d.add_paragraph("Tavoite 3.1 Etävastaanotto toimii Perhossa ja Kaustisella")
    d.add_heading("3. Edellisen vaiheen tilannekuva", level=1)
    d.add_paragraph(
        "Edellisen hankevaiheen viimeisessä raportissa (✔ = suunnitelman mukaan, ✘ = poikkeama): "
        "aikataulu ✔, kustannukset ✔, henkilöstö ✘, riskit ✘."
    )
    d.add_heading("4. Kumppanit", level=1)
    _table(
        d,
        ["Kumppani", "Rooli hankkeessa"],
        [
            ("Centria-ammattikorkeakoulu", "arvioi palveluohjauksen vaikutukset"),
            ("Kokkolan yliopistokeskus Chydenius", "kouluttaa palveluohjaajat"),
            ("Kannuksen kaupunki", "vuokraa etävastaanoton tilat kirjastosta"),
        ],
    )
    d.add_paragraph("Etävastaanottojen kirjaukset tallennetaan Kanta-palveluihin.")
    d.add_heading("5. Kustannusarvio (euroa)", level=1)
    _table(
        d,
        ["Kustannuslaji", "Investointi 1", "Investointi 3", "Yhteensä"],
        [
            ("Henkilöstökulut", "1 250 000", "640 000", "1 890 000"),
            ("Palvelujen ostot", "300 000", "160 000", "460 000"),
            ("Laitehankinnat", "50 000", "330 000", "380 000"),
            ("Matkakulut", "100 000", "70 000", "170 000"),
            ("Yhteensä", "1 700 000", "1 200 000", "2 900 000"),
        ],
    )
    d.add_paragraph("[Ohje: Päivitä taulukko, jos haettava summa muuttuu.]")
    _save_docx(d, "z04_keski_pohjanmaa_hankesuunnitelma_2023.docx")


# --- z05: status report PDF, per-year column groups, cost table split over two pages (Etelä-Karjala)


Z05_PAGES = [
    [
        "!Tilanneraportti 2/2024 (1.1.-30.6.2024)",
        "Hanke: Etelä-Karjalan sote-keskus ja lähipalvelut",
        "Raportoiva osa: Investointi 3: Liikkuvat palvelut",
        "Hallinnoija: Etelä-Karjalan hyvinvointialue (Eksote)",
        "Rahoitus: STM, Suomen kestävän kasvun ohjelma. Myönnetty 5 200 000 euroa,",
        "josta investoinnin 3 osuus on 960 000 euroa.",
        "Raportti hyväksytty ohjausryhmässä 19.8.2024",
        "",
        "!1 Arvio etenemisestä (1 = hyvä, 2 = lievä poikkeama, 3 = merkittävä, 4 = kriittinen)",
        "#Osa-alue|Arvio|Perustelu",
        "#Aikataulu|1|",
        "#Kustannukset|2|laitehankinta kallistui",
        "#Henkilöstö|1|",
        "#Riskit|3|auton toimitus viivästyy",
        "",
        "!2 Tavoitteet",
        "#Nro|Tavoite|Tila",
        "#1|Terveysauto käy Parikkalassa ja Rautjärvellä viikoittain|Valmis",
        "#2|Laboratorionäytteet otetaan terveysautossa|Työn alla",
        "#3|Etälääkäri on mukana joka toisella käynnillä|Ei alkanut - siirtyy 2025",
        "",
        "!3 Yhteistyö",
        "LAB-ammattikorkeakoulu arvioi liikkuvien palveluiden asiakaskokemuksen. Imatran kaupunki",
        "tarjoaa terveysautolle pysäköinti- ja latauspaikan. Ajanvaraus toimii Omaolossa.",
        "Lappeenrannan keskussairaalan laboratorio analysoi näytteet.",
        "",
        "!4 Kustannukset investoinnittain (euroa)",
        "#Kululaji|2023 Budjetti|2023 Toteuma|2024 Budjetti|2024 Toteuma 1-6",
        "#Henkilöstökulut|180 000|176 400|240 000|118 920",
        "#Palvelujen ostot|40 000|38 150|60 000|22 300",
    ],
    [
        "!4 Kustannukset investoinnittain (euroa), jatkuu",
        "#Kululaji|2023 Budjetti|2023 Toteuma|2024 Budjetti|2024 Toteuma 1-6",
        "#Laitehankinnat|300 000|312 600|20 000|4 100",
        "#Matkakulut|10 000|6 850|12 000|5 480",
        "#Yhteensä|530 000|534 000|332 000|150 800",
        "",
        "!5 Seuraavan jakson toimenpiteet",
        "Terveysauton reitti laajenee Lemille ja Luumäelle syksyllä 2024.",
    ],
]


def z05_etela_karjala_tilanneraportti() -> None:
    _pdf(
        "z05_etela_karjala_tilanneraportti_2024.pdf",
        Z05_PAGES,
        [40, 170, 270, 370, 470],
        header=lambda n, total: [(40, "Eksote | Tilanneraportti 2/2024"), (480, f"{n} / {total}")],
        footer=lambda n, total: [(40, "Rahoittanut Euroopan unioni - NextGenerationEU")],
    )


# --- z08: Swedish status report in Word, lights as words with a legend (Länsi-Uusimaa) -----------


def z08_lansi_uusimaa_lagesrapport() -> None:
    d = _docx(dt.datetime(2025, 4, 25, 13, 30), "Västra Nylands välfärdsområde")
    d.add_paragraph("VÄSTRA NYLANDS VÄLFÄRDSOMRÅDE – LÄNSI-UUDENMAAN HYVINVOINTIALUE")
    d.add_heading("Lägesrapport 1/2025: Tillgång till vård i Västra Nyland", level=0)
    d.add_paragraph("Rapporteringsperiod 1.1–31.3.2025 · Godkänd av styrgruppen 24.4.2025")
    d.add_heading("Grunduppgifter", level=1)
    d.add_paragraph("Projekt: Tillgång till vård i Västra Nyland")
    d.add_paragraph("Investering 2: Mobila tjänster (denna rapport)")
    d.add_paragraph("Finansiering: Social- och hälsovårdsministeriet, programmet för hållbar tillväxt")
    d.add_paragraph("Beviljat för projektet: 4 050 000 euro, varav investering 2: 1 200 000 euro")
    d.add_paragraph("Område: Lojo, Raseborg, Ingå och Hangö")
    d.add_heading("Läget", level=1)
    d.add_paragraph("i fas = enligt plan · efter = avvikelse · kritiskt = stor avvikelse")
    _table(
        d,
        ["Tidtabell", "Kostnader", "Resultatens omfattning", "Personal", "Nytta"],
        [("i fas", "i fas", "efter", "kritiskt", "i fas")],
    )
    d.add_heading("Mål", level=1)
    d.add_paragraph(
        "1. Den mobila enheten besöker skärgården varannan vecka. Status: genomfört", style="List Paragraph"
    )
    d.add_paragraph("2. Hemsjukhusets nattjour omfattar Hangö. Status: pågår", style="List Paragraph")
    d.add_paragraph("3. Kallelser skickas digitalt. Status: flyttat till hösten 2025", style="List Paragraph")
    d.add_heading("Samarbete", level=1)
    d.add_paragraph(
        "Yrkeshögskolan Arcada utvärderar den mobila enheten. HUS ger konsultationer i akutvård via video. "
        "Kallelserna ska skickas via Suomi.fi-meddelanden."
    )
    d.add_heading("Ekonomi, investering 2 (euro)", level=1)
    _table(
        d,
        ["Kostnadsslag", "Budget 2025", "Utfall 1–3/2025", "Prognos 2025"],
        [
            ("Personalkostnader", "310 000", "71 240", "305 000"),
            ("Köpta tjänster", "95 000", "18 600", "101 000"),
            ("Material och förnödenheter", "25 000", "9 870", "24 000"),
            ("Totalt", "430 000", "99 710", "430 000"),
        ],
    )
    _save_docx(d, "z08_lansi_uusimaa_lagesrapport_sv_2025.docx")


# --- z13: aluevaltuusto minutes item printed to PDF, a final report for information (Lappi) ---------

Z13_PAGES = [
    [
        "!Aluevaltuusto                        § 27                      10.03.2025",
        "",
        "!Lapin sote-palveluiden saatavuus ja digitalisaatio -hankkeen loppuraportti",
        "LAPHA/803/00.01.02/2021",
        "",
        "Aluehallitus 17.02.2025 § 51",
        "",
        "Lapin hyvinvointialue toteutti Lapin sote-palveluiden saatavuus ja digitalisaatio -hankkeen",
        "(SaaDi) vuosina 2022-2024 Suomen kestävän kasvun ohjelman rahoituksella. Sosiaali- ja",
        "terveysministeriö myönsi hankkeelle 6.240.000,00 euroa. Käyttämättä jäi 112.400,00 euroa,",
        "joka palautetaan ministeriölle.",
        "",
        "Työtä tehtiin Rovaniemellä, Kemissä, Torniossa, Sodankylässä ja Inarissa. Lapin",
        "ammattikorkeakoulu arvioi etävastaanottojen toimivuuden, ja Lapin yliopisto koulutti",
        "henkilöstön digitaaliseen asiakastyöhön. Sähköinen asiointi rakennettiin Omaolon varaan.",
        "",
        "Loppuraportin itsearvio (arvosana 4-10; 8-10 = toteutui suunnitellusti, alle 8 = poikkeama):",
        "aikataulu 8, kustannukset 9, tuotosten laatu 7, henkilöstö 6.",
        "",
        "#Tavoite|Toteutui",
        "#Etävastaanotto jokaisessa Lapin kunnassa|kyllä",
        "#Hoitotakuu 14 vrk toteutuu perusterveydenhuollossa|osin",
        "#Saamenkielinen chat-palvelu|ei",
    ],
    [
        "!Aluevaltuusto                        § 27                      10.03.2025",
        "",
        "Kustannukset 2022-2024 (euroa)",
        "#Kululaji|Myönnetty|Toteutunut|Palautetaan",
        "#Henkilöstökulut|3.940.000,00|3.902.150,00|37.850,00",
        "#Asiantuntijapalvelut|1.300.000,00|1.262.600,00|37.400,00",
        "#Ohjelmistot|1.000.000,00|962.850,00|37.150,00",
        "#Yhteensä|6.240.000,00|6.127.600,00|112.400,00",
        "",
        "Valmistelija: kehittämispäällikkö Heikki Aikio, etunimi.sukunimi@lapha.fi",
        "",
        "Aluehallituksen ehdotus:",
        "Aluevaltuusto merkitsee tiedoksi hankkeen loppuraportin.",
        "",
        "Päätös:",
        "Aluevaltuusto merkitsi loppuraportin tiedoksi.",
    ],
]


def z13_lappi_aluevaltuusto() -> None:
    _pdf(
        "z13_lappi_aluevaltuusto_2025.pdf",
        Z13_PAGES,
        [40, 300, 400, 490],
        header=lambda n, total: [
            (40, "Lapin hyvinvointialue"),
            (250, "Pöytäkirja 2/2025"),
            (500, f"{n + 14} ({total + 30})"),
        ],
        footer=lambda n, total: [(40, "Pöytäkirjan tarkastus 14.3.2025")],
    )


# --- z20: refused: a county's price list decision for patient meals (Varsinais-Suomi) -------------


def z20_varsinais_suomi_ateriahinnasto() -> None:
    d = _docx(dt.datetime(2023, 11, 30, 10, 0), "Varha, ravitsemuspalvelut")
    d.add_paragraph("Varsinais-Suomen hyvinvointialue                 VIRANHALTIJAPÄÄTÖS 30.11.2023")
    d.add_heading("Potilas- ja asiakasaterioiden hinnasto 1.1.2024 alkaen", level=1)
    d.add_paragraph(
        "Päätän vahvistaa ateriahinnat vuodelle 2024. Hinnat koskevat ravitsemuspalveluiden toimituksia "
        "Turun, Salon ja Uudenkaupungin sairaaloihin sekä Paimion ja Loimaan palvelukoteihin. Sopimuskauden "
        "arvioitu kokonaisarvo on 3 850 000 euroa (alv 0 %)."
    )
    _table(
        d,
        ["Ateria", "Hinta 2023 €", "Hinta 2024 €"],
        [("Aamiainen", "2,85", "3,05"), ("Lounas", "6,40", "6,85"), ("Päivällinen", "6,10", "6,55")],
    )
    d.add_paragraph(
        "Kelan korvaamien kuntoutusjaksojen ateriat laskutetaan erikseen. Erityisruokavaliot merkitään "
        "potilastietoihin, jotka arkistoidaan Kanta-palveluihin."
    )
    d.add_paragraph("Muutoksenhaku: oikaisuvaatimus 14 päivän kuluessa tiedoksisaannista.")
    d.add_paragraph("Ravitsemuspalvelujohtaja Tiina Mäkelä")
    _save_docx(d, "z20_varsinais_suomi_ateriahinnasto_2023.docx")


def main() -> None:
    z04_keski_pohjanmaa_hankesuunnitelma()
    z05_etela_karjala_tilanneraportti()
    z08_lansi_uusimaa_lagesrapport()
    z13_lappi_aluevaltuusto()
    z20_varsinais_suomi_ateriahinnasto()


if __name__ == "__main__":
    main()
