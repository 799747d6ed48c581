"""Write the EIGHTEENTH set's PDF and DOCX documents (invented text, see ../README.md).

test18/ is a held-out set written blind on 2026-12-05 (stop 34, helper W15) by an author who
never read the ingest code. Run with ``.venv/bin/python tests/ingest/corpus/generate/test18_binaries.py``;
the outputs are committed, so the script is needed only to change them. Two runs write the
same bytes: reportlab's invariant mode for the PDFs; fixed core properties and one fixed
time stamp on every zip entry for the DOCX files.
"""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from collections.abc import Callable
from pathlib import Path

TEST18 = Path(__file__).resolve().parent.parent / "test18"
#: The time stamp of every zip entry of the DOCX files (a zip stores local time, no zone).
ZIP_TIME = (2026, 12, 5, 5, 0, 0)
Running = Callable[[int, int], list[tuple[int, str]]]


def _pdf(name: str, pages: list[list[str]], columns: list[int], header: Running, footer: Running) -> None:
    """Pages of text lines; "#" starts a table row of "|"-separated cells, "!" a bold heading."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas as pdfcanvas

    c = pdfcanvas.Canvas(str(TEST18 / name), pagesize=A4, invariant=1)
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


def _save(d, name: str) -> None:
    """Save with every zip entry stamped ZIP_TIME, so that a rerun writes the same bytes."""
    raw = io.BytesIO()
    d.save(raw)
    raw.seek(0)
    out = TEST18 / name
    with zipfile.ZipFile(raw) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            info = zipfile.ZipInfo(item.filename, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(info, src.read(item.filename))


# --- k04: Pirkanmaa project plan 2022 as DOCX: risk table with a status colour column, ---------
# --- estimates with one column per year -----------------------------------------------------


def k04() -> None:
    d = _docx("Pirkanmaan hyvinvointialueen valmistelu", dt.datetime(2022, 9, 28, 9, 0, 0))
    d.add_heading("HANKESUUNNITELMA", 0)
    d.add_paragraph("Sujuva Pirkanmaa – palvelut lähelle")
    d.add_paragraph("Kestävän kasvun ohjelma, sosiaali- ja terveydenhuollon palvelujen saatavuus (pilari 4)")
    d.add_paragraph("Hakija: Pirkanmaan hyvinvointialueen valmistelu    Versio 2.1, päivitetty 28.9.2022")
    d.add_heading("1 Hankkeen perustiedot", 1)
    _table(
        d,
        [
            ("Hankkeen nimi", "Sujuva Pirkanmaa – palvelut lähelle"),
            ("Hankeaika", "1.4.2022–31.12.2025"),
            ("Toteutusalue", "Tampere, Nokia, Kangasala, Sastamala ja Ylöjärvi"),
            ("Rahoittaja", "Sosiaali- ja terveysministeriö (RRF / NextGenerationEU)"),
            ("Haettava avustus", "3 400 000 euroa"),
        ],
    )
    d.add_heading("2 Hankkeen osat", 1)
    d.add_paragraph(
        "Investointi 1: Palveluohjauksen keskitetty malli. Asukas saa yhdestä numerosta ohjauksen "
        "sosiaali- ja terveyspalveluihin. Investoinnin kustannusarvio on 1 250 000 euroa."
    )
    d.add_paragraph(
        "Investointi 2: Digitaaliset etäpalvelut. Omaolo-palvelu otetaan käyttöön DigiFinlandin tuella, "
        "ja Tampereen ammattikorkeakoulu kouluttaa henkilöstön etävastaanottoihin."
    )
    d.add_heading("3 Tavoitteet", 1)
    for goal in (
        "Hoidon tarpeen arvio tehdään samana päivänä vähintään 90 %:lle yhteydenotoista",
        "Etävastaanottojen osuus lääkärikäynneistä nousee 25 prosenttiin",
        "Palveluohjauksen yksi numero on käytössä kaikissa viidessä kunnassa",
    ):
        d.add_paragraph(goal, style="List Bullet")
    d.add_heading("4 Riskit ja niiden tila", 1)
    d.add_paragraph("Tila: vihreä = hallinnassa, keltainen = seurattava, punainen = toteutunut riski")
    _table(
        d,
        [
            ("Osa-alue", "Riski", "Todennäköisyys", "Tila"),
            ("Aikataulu", "Järjestelmähankinta viivästyy", "keskisuuri", "keltainen"),
            ("Kustannukset", "Hintataso nousee", "pieni", "vihreä"),
            ("Henkilöstö", "Etätyön osaajia ei saada rekrytoitua", "suuri", "punainen"),
            ("Hyödyt", "Asukkaat eivät ota etäpalvelua käyttöön", "pieni", "vihreä"),
            ("Tuotosten laajuus", "Kaikki kunnat eivät ehdi mukaan", "keskisuuri", "vihreä"),
        ],
    )
    d.add_heading("5 Kustannusarvio vuosittain (€)", 1)
    _table(
        d,
        [
            ("Kustannuslaji", "2022", "2023", "2024", "2025", "Yhteensä"),
            ("Henkilöstökulut", "310 000", "620 000", "640 000", "430 000", "2 000 000"),
            ("Palvelujen ostot", "90 000", "260 000", "240 000", "110 000", "700 000"),
            ("Ohjelmistot", "150 000", "250 000", "150 000", "50 000", "600 000"),
            ("Matkakulut", "10 000", "35 000", "35 000", "20 000", "100 000"),
            ("Yhteensä", "560 000", "1 165 000", "1 065 000", "610 000", "3 400 000"),
        ],
    )
    d.add_paragraph("Hanke ei sisällä rakennusinvestointeja.")
    _save(d, "k04_pirkanmaa_hankesuunnitelma_2022.docx")


# --- k05: Satakunta status report 2023 as PDF: level + trend pairs per investment, a five-column --
# --- cost table split over a page break --------------------------------------------------------

K05_NAME = "SataSote 2025"
K05 = [
    [
        "!TILANNERAPORTTI 1/2023 (raportointijakso 1.1.–30.6.2023)",
        f"Hanke: {K05_NAME}",
        "Avustuksen saaja: Satakunnan hyvinvointialue",
        "Hankeaika: 1.1.2022–31.12.2025      Raportti laadittu 31.8.2023",
        "Rahoitus: Sosiaali- ja terveysministeriö, NextGenerationEU",
        "",
        "!1 Yleiskuva",
        "Hankkeelle on myönnetty yhteensä 5 100 000 euroa, josta Investointi 1:lle 1 900 000 euroa.",
        "Työtä tehdään Porissa, Raumalla, Ulvilassa, Kankaanpäässä ja Huittisissa. Satakunnan",
        "ammattikorkeakoulu arvioi hoitoonpääsyn mallia. Kelan kanssa rakennetaan yhteinen",
        "kuntoutuksen palveluohjaus.",
        "",
        "!2 Osien tila (taso: vihreä / keltainen / punainen; suunta edelliseen raporttiin)",
        "Investointi 1: Hoitoonpääsyn nopeuttaminen",
        "#Osa-alue|Taso|Suunta",
        "#Aikataulu|vihreä|= ennallaan",
        "#Kustannukset|vihreä|+ paranee",
        "#Henkilöstö|keltainen|- heikkenee",
        "#Tuotosten laatu|vihreä|= ennallaan",
        "#Hyödyt|keltainen|+ paranee",
        "Investointi 2: Kuntoutuksen palveluohjaus",
        "#Osa-alue|Taso|Suunta",
        "#Aikataulu|punainen|- heikkenee",
        "#Kustannukset|vihreä|= ennallaan",
        "#Henkilöstö|vihreä|= ennallaan",
        "#Tuotosten laatu|keltainen|= ennallaan",
        "#Hyödyt|vihreä|+ paranee",
        "",
        "!3 Tavoitteiden eteneminen",
        "T1 Kiireettömään hoitoon pääsee 14 vuorokaudessa – tila: toteutunut",
        "T2 Kuntoutuksen palveluohjaus yhdestä pisteestä – tila: kesken",
        "T3 Vastaanottojen ajanvaraus verkossa kaikilla asemilla – tila: siirtyy 2024",
        "",
        "!4 Kustannukset 30.6.2023 saakka",
        "#Kustannuslaji|Myönnetty|Toteutunut|Käyttöaste %|Sidottu|Ennuste",
        "#Henkilöstökulut|3 200 000 €|1 140 300 €|36|410 000 €|3 150 000 €",
        "#Palvelujen ostot|1 100 000 €|286 450 €|26|390 000 €|1 080 000 €",
    ],
    [
        "(taulukko jatkuu)",
        "#Kustannuslaji|Myönnetty|Toteutunut|Käyttöaste %|Sidottu|Ennuste",
        "#Ohjelmistot|600 000 €|212 800 €|35|150 000 €|640 000 €",
        "#Muut kulut|200 000 €|38 120 €|19|12 000 €|180 000 €",
        "#Yhteensä|5 100 000 €|1 677 670 €|33|962 000 €|5 050 000 €",
        "",
        "!5 Seuraavan jakson toimenpiteet",
        "Ajanvarauksen verkkopalvelun hankinta kilpailutetaan syksyllä 2023.",
    ],
]


def k05() -> None:
    _pdf(
        "k05_satakunta_tilanneraportti_2023.pdf",
        K05,
        [40, 200, 290, 380, 440, 510],
        lambda n, total: [(40, "Satakunnan hyvinvointialue | Tilanneraportti 1/2023")],
        lambda n, total: [(480, f"Sivu {n}/{total}")],
    )


# --- k11: Itä-Uusimaa minutes 2023 in Swedish as DOCX: a § with the investments' sums, lights as --
# --- crosses in colour columns, an estimate table with one column per investment ----------------


def k11() -> None:
    d = _docx("Östra Nylands välfärdsområde", dt.datetime(2023, 6, 14, 15, 0, 0))
    d.add_paragraph("ÖSTRA NYLANDS VÄLFÄRDSOMRÅDE          PROTOKOLL 9/2023")
    d.add_paragraph("Välfärdsområdesstyrelsen          14.6.2023")
    d.add_heading("§ 112 Projektet ÖNY Närservice: lägesrapport och ändringsansökan", 1)
    d.add_paragraph("ÖNYVO/418/00.01/2023")
    d.add_paragraph("Beredare: projektchef Jonas Lindroos")
    d.add_heading("Ärendebeskrivning", 2)
    d.add_paragraph(
        "ÖNY Närservice finansieras av social- och hälsovårdsministeriet inom programmet för hållbar "
        "tillväxt (RRF). Projekttiden är 1.1.2023–31.12.2025 och beviljat statsunderstöd 2 640 000 euro. "
        "Projektet verkar i Borgå, Lovisa, Sibbo, Askola, Lappträsk, Mörskom och Pukkila."
    )
    d.add_paragraph(
        "Investering 1: Hälsostation på hjul besöker byarna varje vecka. Investering 2: Elektronisk "
        "rådgivning öppnar en chatt dygnet runt. Yrkeshögskolan Arcada utvärderar chattens kvalitet och "
        "HUS ger specialistkonsultationer till hälsostationen på hjul."
    )
    d.add_paragraph(
        "Genom en ändringsansökan söks ytterligare 180 000 euro för investering 1, eftersom fordonet "
        "blev dyrare än beräknat."
    )
    d.add_heading("Lägesbedömning (kryss = projektets bedömning)", 2)
    _table(
        d,
        [
            ("Område", "Grön", "Gul", "Röd"),
            ("Tidtabell", "", "X", ""),
            ("Kostnader", "", "", "X"),
            ("Personal", "X", "", ""),
            ("Risker", "", "X", ""),
        ],
    )
    d.add_paragraph("Grön = enligt plan, gul och röd = avvikelse från planen.")
    d.add_heading("Målen för 2023", 2)
    _table(
        d,
        [
            ("Mål", "Läge i maj 2023"),
            ("Hälsostationen på hjul besöker tio byar varje vecka", "Uppnått"),
            ("Chatten svarar inom fem minuter", "Pågår"),
            ("Hälften av rådgivningssamtalen flyttas till chatten", "Inte uppnått"),
        ],
    )
    d.add_heading("Kostnadsberäkning 2023–2025 (euro)", 2)
    _table(
        d,
        [
            ("Kostnadsslag", "Investering 1", "Investering 2", "Totalt"),
            ("Personalkostnader", "820 000", "760 000", "1 580 000"),
            ("Köp av tjänster", "140 000", "310 000", "450 000"),
            ("Investeringskostnader", "430 000", "180 000", "610 000"),
            ("Totalt", "1 390 000", "1 250 000", "2 640 000"),
        ],
    )
    d.add_heading("Förslag", 2)
    d.add_paragraph(
        "Välfärdsområdesstyrelsen beslutar att 1) anteckna lägesrapporten för kännedom och 2) godkänna "
        "ändringsansökan på 180 000 euro."
    )
    d.add_heading("Beslut", 2)
    d.add_paragraph("Förslaget godkändes.")
    _save(d, "k11_itauusimaa_sv_protokoll_2023.docx")


# --- k13: Pohjois-Karjala final report 2024 as PDF: grades A-C with the parts as columns, a cost ----
# --- table with the grant, one actual column per year and the total ------------------------------

K13_NAME = "Pohjois-Karjalan Hyvä Arki"
K13 = [
    [
        "!LOPPURAPORTTI",
        f"{K13_NAME} -hanke",
        "Hankeaika 1.1.2022–30.6.2024 / Raportti päivätty 30.9.2024",
        "Päätoteuttaja: Pohjois-Karjalan hyvinvointialue (Siun sote)",
        "Rahoittaja: Sosiaali- ja terveysministeriö, Kestävän kasvun ohjelma",
        "",
        "!1 Hankkeen toteutus",
        "Hankkeelle myönnettiin 2 900 000 euroa. Käyttämättä jäänyt avustus 61 350 euroa palautetaan.",
        "Hanke toimi Joensuussa, Lieksassa, Nurmeksessa, Kiteellä, Outokummussa ja Ilomantsissa.",
        "Osakokonaisuus 1: Päihdetyön etäpalvelut. Etävastaanotot ostettiin A-klinikkasäätiöltä.",
        "Osakokonaisuus 2: Perhetyön jalkautuminen. Karelia-ammattikorkeakoulu koulutti perhetyöntekijät.",
        "",
        "!2 Onnistumisen arvosanat (A = suunnitelman mukaan, B = lieviä poikkeamia, C = merkittävä poikkeama)",
        "#|Osakokonaisuus 1|Osakokonaisuus 2",
        "#Aikataulu|A|B",
        "#Kustannukset|A|A",
        "#Henkilöstö|C|A",
        "#Hyödyt|B|A",
        "",
        "!3 Tavoitteiden saavuttaminen",
        "1. Päihdeasiakkaista 60 % asioi etävastaanotolla ainakin kerran – saavutettiin",
        "2. Perhetyön jono puretaan kaikissa kunnissa – saavutettiin osittain",
        "3. Etävastaanotto myös iltaisin ja viikonloppuisin – ei saavutettu",
        "4. Perhetyöntekijä jokaisessa neuvolassa kerran viikossa – saavutettiin",
    ],
    [
        "!4 Kustannukset (euroa)",
        "#Kustannuslaji|Myönnetty|2022|2023|1-6/2024|Toteutunut yht.",
        "#Henkilöstökulut|1 880 000,00|512 300,00|884 150,00|470 200,00|1 866 650,00",
        "#Palvelujen ostot|720 000,00|160 800,00|340 900,00|198 300,00|700 000,00",
        "#Matkakulut|140 000,00|31 400,00|52 650,00|35 950,00|120 000,00",
        "#Viestintäpalvelut|160 000,00|24 100,00|71 500,00|56 400,00|152 000,00",
        "#Yhteensä|2 900 000,00|728 600,00|1 349 200,00|760 850,00|2 838 650,00",
        "",
        "!5 Jatkuvuus",
        "Etävastaanotot jatkuvat hyvinvointialueen omana toimintana.",
    ],
]


def k13() -> None:
    _pdf(
        "k13_pohjoiskarjala_loppuraportti_2024.pdf",
        K13,
        [40, 150, 245, 320, 400, 480],
        lambda n, total: [(40, f"{K13_NAME} | Loppuraportti")],
        lambda n, total: [(40, "Siun sote"), (500, f"{n} ({total})")],
    )


def main() -> None:
    k04()
    k05()
    k11()
    k13()


if __name__ == "__main__":
    main()
