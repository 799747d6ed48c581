"""Write the held-out set test39's PDF, DOCX, XLSX and PPTX documents (invented text, see ../README.md).

test39/ was written blind in stop 47 by helper W36, who read no ingest code and no document of any
set. Run with ``.venv/bin/python tests/ingest/corpus/generate/test39_binaries.py``; the outputs are
committed, so the script is needed only to change them. Two runs write the same bytes: reportlab's
invariant mode for the PDFs; fixed core properties and one fixed time stamp on every zip entry of
the DOCX, XLSX and PPTX files.
"""

from __future__ import annotations

import datetime as dt
import io
import re
import zipfile
from pathlib import Path

from binaries_common import bold, docx_document, pdf, table

TEST39 = Path(__file__).resolve().parent.parent / "test39"
#: The time stamp of every zip entry (a zip stores local time, no zone).
ZIP_TIME = (2026, 12, 6, 20, 0, 0)
CREATED = dt.datetime(2026, 12, 6, 20, 0, 0)


def _restamp(raw: io.BytesIO, out: Path) -> None:
    """Copy a saved zip with every entry stamped ZIP_TIME (and docProps' times fixed)."""
    raw.seek(0)
    with zipfile.ZipFile(raw) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            info = zipfile.ZipInfo(item.filename, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            data = src.read(item.filename)
            if item.filename == "docProps/core.xml":
                data = re.sub(
                    rb"(<dcterms:(?:modified|created)[^>]*>)[^<]*(</dcterms:(?:modified|created)>)",
                    rb"\g<1>2026-12-06T20:00:00Z\g<2>",
                    data,
                )
            dst.writestr(info, data)


# --- oj02: Pirkanmaa, status report PDF: work packages, lights as Hyvä / Tyydyttävä / Heikko ---

OJ02 = [
    [
        "!SEURANTARAPORTTI 3/2023",
        "Hanke: Sujuva hoitopolku Pirkanmaa",
        "Toteuttaja: Pirkanmaan hyvinvointialue",
        "Raportointijakso: 1.5.2023-31.8.2023                    Laadittu: 16.10.2023",
        "Hankeaika 1.9.2022-31.12.2025. Kunnat: Tampere, Kangasala, Lempäälä ja Valkeakoski.",
        "Rahoitus: sosiaali- ja terveysministeriön valtionavustus Suomen kestävän kasvun",
        "ohjelmasta, myönnetty yhteensä 1 115 000 euroa.",
        "",
        "!1. Työpaketit",
        "Työpaketti 1: Digitaalinen ajanvaraus",
        "Työpaketti 2: Moniammatillinen tiimi",
        "Tampereen ammattikorkeakoulu (TAMK) arvioi tiimimallin ja haastattelee asiakkaat.",
        "Ajanvarauksen tiedot välittyvät Kanta-palveluihin.",
        "",
        "!2. Tilannearvio jakson lopussa",
        "Asteikko: Hyvä = etenee suunnitelman mukaisesti; Tyydyttävä = poikkeama, korjaavat",
        "toimet käynnissä; Heikko = vakava poikkeama.",
        "#Arvioitava asia|TP 1|TP 2",
        "#Aikataulu|Hyvä|Tyydyttävä",
        "#Kustannukset|Hyvä|Hyvä",
        "#Henkilöstö|Tyydyttävä|Heikko",
        "#Riskit|Hyvä|Tyydyttävä",
        "#Valmiusaste|65 %|40 %",
        "",
        "!3. Talous hankkeen alusta 31.8.2023 saakka (euroa)",
        "#TP 1 Digitaalinen ajanvaraus|Myönnetty|Toteutunut|Sidottu|Käyttöaste",
        "#Ohjelmistot|320 000|198 400|60 000|62 %",
        "#Henkilöstökulut|210 000|121 300|0|58 %",
        "#Yhteensä|530 000|319 700|60 000|60 %",
        "",
        "#TP 2 Moniammatillinen tiimi|Myönnetty|Toteutunut|Sidottu|Käyttöaste",
        "#Henkilöstökulut|480 000|251 000|0|52 %",
        "#Palvelujen ostot|90 000|40 500|22 000|45 %",
        "#Matkakulut|15 000|4 200|0|28 %",
        "#Yhteensä|585 000|295 700|22 000|51 %",
    ],
    [
        "!4. Tavoitteet ja niiden toteutuminen",
        "TP 1 / Tavoite 1: Puhelinajanvarauksen jonotusaika on alle viisi minuuttia",
        "kaikkina arkipäivinä.",
        "     Toteutuminen: toteutunut",
        "TP 2 / Tavoite 1: Tiimimalli on käytössä kaikilla neljällä terveysasemalla.",
        "     Toteutuminen: osittain, Valkeakoski aloittaa 2024",
        "TP 2 / Tavoite 2: Päivystyskäynnit paljon palveluja käyttäviltä vähenevät",
        "kymmenesosalla.",
        "     Toteutuminen: kesken, mittaus vuoden 2024 lopussa",
        "",
        "!5. Seuraavan jakson toimenpiteet",
        "Valkeakosken tiimin rekrytointi ja ajanvarauksen takaisinsoiton laajennus.",
    ],
]


def _oj02() -> None:
    def header(n: int, total: int) -> list[tuple[int, str]]:
        return [(40, "Pirkanmaan hyvinvointialue"), (420, "Seurantaraportti 3/2023")]

    def footer(n: int, total: int) -> list[tuple[int, str]]:
        return [(40, "Sujuva hoitopolku Pirkanmaa"), (500, f"{n} ({total})")]

    pdf(TEST39 / "oj02_pirkanmaa_seurantaraportti_2023.pdf", OJ02, [40, 230, 320, 400, 480], header, footer)


# --- oj03: Ostrobothnia, Swedish status report DOCX: delprojekt columns, lights grön / gul / röd ---


def _oj03() -> None:
    d = docx_document("Österbottens välfärdsområde", CREATED)
    d.add_heading("Lägesrapport 2/2024", level=1)
    table(
        d,
        [
            ("Uppgift", "Innehåll"),
            ("Projekt", "Tryggt hemma i Österbotten"),
            ("Välfärdsområde", "Österbottens välfärdsområde"),
            ("Kommuner", "Vasa, Korsholm och Närpes"),
            ("Finansiär", "Social- och hälsovårdsministeriet"),
            ("Beviljat statsunderstöd", "1 250 000 euro"),
            ("Projekttid", "1.4.2023–31.3.2025"),
            ("Rapportdatum", "30.9.2024"),
        ],
    )
    bold(d, "Delprojekt")
    d.add_paragraph("Delprojekt 1: Digitala hembesök – hemvården besöker klienterna via surfplatta.")
    d.add_paragraph("Delprojekt 2: Stöd för närståendevårdare – avlastning och gruppverksamhet.")
    d.add_paragraph(
        "Yrkeshögskolan Novia utbildar hemvårdens personal och utvärderar de digitala besöken. "
        "Påminnelser om besöken skickas via Suomi.fi-meddelanden."
    )
    bold(d, "Status (grön = enligt plan, gul = lindrig avvikelse, röd = allvarlig avvikelse)")
    table(
        d,
        [
            ("Område", "Delprojekt 1", "Delprojekt 2"),
            ("Tidtabell", "grön", "gul"),
            ("Kostnader", "grön", "grön"),
            ("Personal", "röd", "grön"),
        ],
    )
    bold(d, "Kostnader 2024 (euro)")
    table(
        d,
        [
            ("Kostnadsslag", "Budget 2024", "Utfall 1.1–31.8.2024", "Prognos 2024"),
            ("Personalkostnader", "410 000,00", "254 800,00", "398 000,00"),
            ("Köp av tjänster", "85 000,00", "31 250,00", "70 000,00"),
            ("Material och utrustning", "40 000,00", "36 400,00", "42 000,00"),
            ("Totalt", "535 000,00", "322 450,00", "510 000,00"),
        ],
    )
    bold(d, "Mål och måluppfyllelse")
    table(
        d,
        [
            ("Mål", "Bedömning"),
            ("Alla klienter i hemvården i Vasa erbjuds digitala besök", "Uppnått"),
            ("Närståendevårdare i Närpes får avlastning varje månad", "Delvis uppnått"),
            ("Hembesöken per klient minskar med 20 procent", "Inte uppnått"),
        ],
    )
    raw = io.BytesIO()
    d.save(raw)
    _restamp(raw, TEST39 / "oj03_pohjanmaa_sv_lagesrapport_2024.docx")


# --- oj04: Lapland, final report XLSX: ticks and triangles, utilisation with one decimal ---


def _oj04() -> None:
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Perustiedot"
    for row in [
        ("LOPPURAPORTTI",),
        ("Hankkeen nimi", "Tunturin etävastaanotto"),
        ("Hyvinvointialue", "Lapin hyvinvointialue"),
        ("Toteutuskunnat", "Rovaniemi, Sodankylä, Inari ja Kittilä"),
        ("Rahoittaja", "Sosiaali- ja terveysministeriö (kestävän kasvun ohjelma)"),
        ("Myönnetty avustus €", 1600000),
        ("Palautettava avustus €", 84300),
        ("Hankeaika", "1.1.2023–31.12.2024"),
        ("Raportin päivämäärä", "28.2.2025"),
        (),
        (
            "Yhteistyö",
            "Lapin ammattikorkeakoulu arvioi etävastaanoton laadun. Vastaanoton kirjaukset tallentuvat Kantaan, ja asiakkaat tekevät esitiedot Omaolossa.",
        ),
    ]:
        ws.append(row)
    st = wb.create_sheet("Arvio")
    for row in [
        ("Merkintä", "✓ = toteutui suunnitellusti", "△ = poikkesi suunnitelmasta"),
        ("Osa-alue", "Arvio", "Perustelu"),
        ("Aikataulu", "✓", "Kaikki neljä etäpistettä avattiin 2023"),
        ("Kustannukset", "✓", "Käyttöaste 94,7 %"),
        ("Henkilöstö", "△", "Lääkärivaje Inarissa koko hankkeen ajan"),
        ("Hyödyt", "△", "Matkakorvausten säästö jäi arviosta"),
    ]:
        st.append(row)
    ts = wb.create_sheet("Kustannukset")
    for row in [
        ("Kustannukset koko hankeajalta (€)",),
        ("Kustannuslaji", "Myönnetty", "Toteutunut", "Käyttöaste %"),
        ("Henkilöstökulut", 1100000, 1061500, 96.5),
        ("Ohjelmistot ja lisenssit", 300000, 282000, 94.0),
        ("Puhelin- ja ICT-laitehankinnat", 150000, 141200, 94.1),
        ("Matkakulut", 50000, 31000, 62.0),
        ("Yhteensä", 1600000, 1515700, 94.7),
    ]:
        ts.append(row)
    gs = wb.create_sheet("Tavoitteet")
    for row in [
        ("Tavoite", "Toteutuminen", "Selite"),
        ("Etävastaanotto toimii jokaisessa kunnassa viikoittain", "Toteutui", ""),
        ("Potilasmatkat keskussairaalaan vähenevät neljänneksellä", "Toteutui osittain", "vähennys 14 %"),
        ("Etävastaanoton malli vakiintuu pysyväksi palveluksi", "Toteutui", "aluehallituksen päätös 11/2024"),
    ]:
        gs.append(row)
    wb.properties.creator = "Lapin hyvinvointialue"
    wb.properties.created = CREATED
    wb.properties.modified = CREATED
    raw = io.BytesIO()
    wb.save(raw)
    _restamp(raw, TEST39 / "oj04_lappi_loppuraportti_2025.xlsx")


# --- oj05: Satakunta, steering-group deck PPTX: coloured circle emoji per work package ---


def _oj05() -> None:
    from pptx import Presentation
    from pptx.util import Inches, Pt

    prs = Presentation()
    prs.core_properties.author = "Satakunnan hyvinvointialue"
    prs.core_properties.created = CREATED
    prs.core_properties.modified = CREATED
    prs.core_properties.revision = 1

    def slide(title: str, lines: list[str]) -> None:
        s = prs.slides.add_slide(prs.slide_layouts[1])
        s.shapes.title.text = title
        body = s.placeholders[1].text_frame
        body.text = lines[0]
        for line in lines[1:]:
            body.add_paragraph().text = line

    def grid(title: str, rows: list[tuple[str, ...]]) -> None:
        s = prs.slides.add_slide(prs.slide_layouts[5])
        s.shapes.title.text = title
        shape = s.shapes.add_table(len(rows), len(rows[0]), Inches(0.5), Inches(1.6), Inches(9), Inches(3))
        for r, row in enumerate(rows):
            for c, text in enumerate(row):
                cell = shape.table.cell(r, c)
                cell.text = text
                for run in cell.text_frame.paragraphs[0].runs:
                    run.font.size = Pt(14)

    s = prs.slides.add_slide(prs.slide_layouts[0])
    s.shapes.title.text = "Perheiden digipolku Satakunta"
    s.placeholders[1].text = "Ohjausryhmä 22.3.2023 · Satakunnan hyvinvointialue"
    slide(
        "Hanke lyhyesti",
        [
            "Rahoitus: STM, Suomen kestävän kasvun ohjelma – myönnetty 780 000 €",
            "Hankeaika 1.9.2022–31.8.2024",
            "Kunnat: Pori, Rauma, Ulvila ja Kankaanpää",
            "Työpaketti 1: Chat-neuvonta",
            "Työpaketti 2: Perhevalmennus verkossa",
            "SAMK arvioi valmennuksen ja tuottaa videot; chat toimii Sähköisen perhekeskuksen alustalla",
        ],
    )
    grid(
        "Tilanne 3/2023: 🟢 suunnitelmassa · 🟡 pieni poikkeama · 🔴 iso poikkeama",
        [
            ("", "Työpaketti 1", "Työpaketti 2"),
            ("Aikataulu", "🟢", "🟡"),
            ("Kustannukset", "🟢", "🟢"),
            ("Henkilöstö", "🟡", "🟢"),
        ],
    )
    grid(
        "Kustannukset tammi–helmikuu 2023 (€)",
        [
            ("Kululaji", "Jakson budjetti", "Jakson toteuma"),
            ("Henkilöstökulut", "52 000", "49 300"),
            ("Viestintäpalvelut", "8 000", "11 600"),
            ("Ohjelmistot", "6 000", "5 400"),
            ("Yhteensä", "66 000", "66 300"),
        ],
    )
    slide(
        "Tavoitteet – missä ollaan",
        [
            "Chat vastaa arkisin klo 8–20 → toteutunut",
            "Perhevalmennus verkossa kaikille esikoisperheille → kesken",
            "Neuvolakäynnit ilman ajanvarausta vähenevät → ei vielä arvioitavissa",
        ],
    )
    slide("Päätettävät asiat", ["Haetaan jatkoaikaa työpaketille 2 (ehdotus)", "Seuraava kokous 24.5.2023"])
    raw = io.BytesIO()
    prs.save(raw)
    _restamp(raw, TEST39 / "oj05_satakunta_ohjausryhma_2023.pptx")


# --- oj15: South Ostrobothnia, final report PDF: percent bands, two annual tables ---

OJ15 = [
    [
        "!LOPPURAPORTTI - Perhekeskus Lakeus",
        "Etelä-Pohjanmaan hyvinvointialue                          Päiväys 14.2.2023",
        "Hankeaika 1.1.2021-31.12.2022",
        "Kunnat: Seinäjoki, Lapua, Kauhava, Alavus ja Kurikka",
        "Rahoittaja: sosiaali- ja terveysministeriö; myönnetty avustus 950 000 euroa,",
        "toteutuneet kustannukset yhteensä 921 400 euroa.",
        "",
        "Seinäjoen ammattikorkeakoulu SeAMK koulutti perhekeskusten työntekijät",
        "ja arvioi vanhempainryhmät. Perheet ohjattiin OmaPerhe-palveluun.",
        "",
        "!Onnistumisen arvio (toteutumisaste)",
        "Asteikko: 90-100 % = suunnitelman mukaan, 60-89 % = osittainen poikkeama,",
        "alle 60 % = merkittävä poikkeama",
        "#Osa-alue|Toteutumisaste",
        "#Aikataulu|100 %",
        "#Kustannukset|94 %",
        "#Sisältö ja laajuus|75 %",
        "#Henkilöstö|55 %",
        "",
        "!Kustannukset vuosittain (euroa)",
        "#Vuosi 2021|Myönnetty|Toteutunut",
        "#Henkilöstökulut|300 000|287 600",
        "#Palvelujen ostot|80 000|71 900",
        "#Yhteensä|380 000|359 500",
        "",
        "#Vuosi 2022|Myönnetty|Toteutunut",
        "#Henkilöstökulut|470 000|468 200",
        "#Palvelujen ostot|60 000|52 100",
        "#Viestintäpalvelut|40 000|41 600",
        "#Yhteensä|570 000|561 900",
    ],
    [
        "!Tavoitteet",
        "1 Perhekeskuksen palveluohjaus yhdestä numerosta kaikissa viidessä kunnassa",
        "  -> Toteutunut.",
        "2 Vanhempainryhmä jokaiselle ensimmäistä lastaan odottavalle perheelle",
        "  -> Toteutunut osittain; Alavudella ja Kurikassa ryhmät alkoivat vasta",
        "  syksyllä 2022.",
        "3 Lastensuojelun avohuollon asiakkuudet vähenevät kymmenellä prosentilla",
        "  -> Ei toteutunut.",
    ],
]


def _oj15() -> None:
    def header(n: int, total: int) -> list[tuple[int, str]]:
        return [(40, "Etelä-Pohjanmaan hyvinvointialue"), (440, "Loppuraportti")]

    def footer(n: int, total: int) -> list[tuple[int, str]]:
        return [(500, f"Sivu {n}/{total}")]

    pdf(TEST39 / "oj15_etela_pohjanmaa_loppuraportti_2023.pdf", OJ15, [40, 260, 380], header, footer)


if __name__ == "__main__":
    _oj02()
    _oj03()
    _oj04()
    _oj05()
    _oj15()
