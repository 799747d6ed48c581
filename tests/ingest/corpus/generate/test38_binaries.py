"""Write the held-out set test38's PDF, DOCX, XLSX and PPTX documents (invented text, see ../README.md).

test38/ was written blind in stop 46 by helper W35, who read no ingest code and no document of any
set. Run with ``.venv/bin/python tests/ingest/corpus/generate/test38_binaries.py``; the outputs are
committed, so the script is needed only to change them. Two runs write the same bytes: reportlab's
invariant mode for the PDFs; fixed core properties and one fixed time stamp on every zip entry of
the DOCX, XLSX and PPTX files.
"""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

from binaries_common import bold, docx_document, pdf, restamp, save, table

TEST38 = Path(__file__).resolve().parent.parent / "test38"
#: The time stamp of every zip entry (a zip stores local time, no zone).
ZIP_TIME = (2026, 12, 6, 17, 0, 0)
CREATED = dt.datetime(2026, 12, 6, 17, 0, 0)


# --- oi02: Pirkanmaa, status report PDF, investments as rows, lights as colour words per dimension ---

OI02 = [
    [
        "!Tilanneraportti 2/2024 (seurantaraportti STM:lle)",
        "Pirkanmaan hyvinvointialue",
        "Hankkeen nimi: Hoitoketjut kuntoon Pirkanmaalla",
        "Raportointikausi 1.3.–31.8.2024                Päiväys 20.9.2024",
        "Rahoitus: Suomen kestävän kasvun ohjelma (EU:n elpymis- ja palautumistukiväline),",
        "sosiaali- ja terveysministeriön valtionavustus 2 900 000 €. Hankeaika 1.1.2023–",
        "31.12.2025. Toteutuskunnat Tampere, Nokia ja Ylöjärvi.",
        "",
        "!1 Investoinnit",
        "Investointi 1: Yhteispäivystyksen jonojen purku",
        "Investointi 2: Digitaalinen ensikontakti",
        "",
        "!2 Tilannearvio",
        "Arvio: vihreä = etenee suunnitellusti, keltainen = lievä poikkeama, punainen = vakava",
        "poikkeama.",
        "#Investointi|Aikataulu|Kustannukset|Henkilöstö|Riskit",
        "#Investointi 1|vihreä|keltainen|vihreä|vihreä",
        "#Investointi 2|punainen|vihreä|keltainen|keltainen",
        "",
        "!3 Talous 31.8.2024 (kertymä hankkeen alusta, €)",
        "#Kustannuslaji|Myönnetty|Toteutunut|Ennuste|Käyttöaste %",
        "#Investointi 1",
        "#Henkilöstökulut|1 250 000,00|701 420,00|1 240 000,00|56",
        "#Palvelujen ostot|450 000,00|318 900,00|470 000,00|71",
        "#Yhteensä|1 700 000,00|1 020 320,00|1 710 000,00|60",
        "#Investointi 2",
        "#Ohjelmistot|800 000,00|212 600,00|760 000,00|27",
        "#Henkilöstökulut|400 000,00|155 300,00|390 000,00|39",
        "#Yhteensä|1 200 000,00|367 900,00|1 150 000,00|31",
    ],
    [
        "!4 Tavoitteet",
        "Tavoite 1. Päivystyksen odotusaika lyhenee alle kolmen tunnin",
        "   Tila: toteutunut",
        "Tavoite 2. Ensikontakti sähköisesti 40 prosentille potilaista",
        "   Tila: toteutunut osittain – osuus nyt 23 %",
        "Tavoite 3. Takaisinsoittopalvelu kaikilla terveysasemilla",
        "   Tila: kesken",
        "",
        "!5 Yhteistyö",
        "Tampereen ammattikorkeakoulu arvioi ensikontaktin käytettävyyden. Ensikontakti",
        "ohjaa asiakkaan Omaoloon ja tunnistautuminen tehdään Suomi.fi-tunnistuksella.",
    ],
]


def _oi02() -> None:
    def header(n: int, total: int) -> list[tuple[int, str]]:
        return [(40, "Hoitoketjut kuntoon Pirkanmaalla – tilanneraportti 2/2024"), (500, f"{n}/{total}")]

    def footer(n: int, total: int) -> list[tuple[int, str]]:
        return [(40, "Pirkanmaan hyvinvointialue, kehittämispalvelut")]

    pdf(TEST38 / "oi02_pirkanmaa_tilanneraportti_2024.pdf", OI02, [40, 190, 280, 370, 460], header, footer)


# --- oi03: Pohjois-Savo, final report DOCX, lights as "Onnistuminen" percentages against a stated limit ---


def _oi03() -> None:
    d = docx_document("Pohjois-Savon hyvinvointialue", CREATED)
    d.add_heading("Loppuraportti", level=0)
    d.add_paragraph("Etäkuntoutus Pohjois-Savossa")
    table(
        d,
        [
            ("Tieto", "Sisältö"),
            ("Hakija", "Pohjois-Savon hyvinvointialue"),
            ("Hankeaika", "1.2.2023–31.12.2024"),
            ("Rahoittaja", "Sosiaali- ja terveysministeriö"),
            ("Myönnetty avustus", "1 350 000,00 €"),
            ("Kunnat", "Kuopio, Siilinjärvi ja Iisalmi"),
            ("Raportin päivämäärä", "28.2.2025"),
        ],
    )
    bold(d, "1 Osahankkeet")
    d.add_paragraph("Osahanke 1: Etäfysioterapia")
    d.add_paragraph("Osahanke 2: Puheterapian etäjaksot")
    bold(d, "2 Onnistuminen")
    d.add_paragraph(
        "Kunkin osa-alueen onnistuminen on annettu prosentteina suunnitellusta. Raja on 90 %: sen "
        "alittava tulos on poikkeama suunnitelmasta."
    )
    table(
        d,
        [
            ("Osa-alue", "Osahanke 1", "Osahanke 2"),
            ("Aikataulu", "100 %", "85 %"),
            ("Kustannukset", "96 %", "92 %"),
            ("Tuotosten laajuus", "78 %", "95 %"),
        ],
    )
    bold(d, "3 Kustannukset vuosittain")
    table(
        d,
        [
            ("Vuosi", "Kustannuslaji", "Budjetoitu", "Toteutunut"),
            ("2023", "Omat henkilöstökustannukset", "420 000", "398 760"),
            ("2023", "Ohjelmistot", "160 000", "171 240"),
            ("2023", "Yhteensä", "580 000", "570 000"),
            ("2024", "Omat henkilöstökustannukset", "610 000", "587 300"),
            ("2024", "Ohjelmistot", "160 000", "118 500"),
            ("2024", "Yhteensä", "770 000", "705 800"),
        ],
    )
    d.add_paragraph("Avustusta jäi käyttämättä 74 200,00 €, joka palautetaan ministeriölle.")
    bold(d, "4 Tavoitteiden saavuttaminen")
    d.add_paragraph(
        "Kuntoutusjakso voidaan toteuttaa kokonaan etänä. Arvio: Tavoite saavutettiin.", style="List Number"
    )
    d.add_paragraph(
        "Puheterapian jonot lyhenevät kolmeen kuukauteen. Arvio: Tavoite saavutettiin osittain.",
        style="List Number",
    )
    d.add_paragraph(
        "Etäkuntoutus kirjataan rakenteisesti Kantaan. Arvio: Tavoitetta ei saavutettu.", style="List Number"
    )
    bold(d, "5 Kumppanit")
    d.add_paragraph(
        "Savonia-ammattikorkeakoulu arvioi etäfysioterapian. Etäyhteydet toimivat Terveyskylän "
        "kuntoutumistalon kautta."
    )
    save(d, TEST38 / "oi03_pohjois_savo_loppuraportti_2025.docx", ZIP_TIME)


# --- oi04: Keski-Suomi, workbook with one sheet per quarter-year and a status sheet of arrows ---


def _oi04() -> None:
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Hanke"
    for row in [
        ("Seurantaraportti 2023",),
        ("Hanke", "Hyvinvointia Keski-Suomen kouluihin"),
        ("Hyvinvointialue", "Keski-Suomen hyvinvointialue"),
        ("Toteutus", "Jyväskylä ja Äänekoski"),
        ("Rahoittaja", "Sosiaali- ja terveysministeriö"),
        ("Myönnetty", 940000),
        ("Hankeaika", "1.8.2022–31.7.2024"),
        ("Päivitetty", "15.12.2023"),
        (),
        ("Kumppanit", "JAMK arvioi kouluterveydenhuollon mallin; kouluterveyskysely THL:n aineistosta"),
    ]:
        ws.append(row)
    st = wb.create_sheet("Tila")
    for row in [
        ("Tila: ↑ = suunnitelmaa edellä tai suunnitelmassa, → = pieni poikkeama, ↓ = suuri poikkeama",),
        ("Ulottuvuus", "Tila", "Kommentti"),
        ("Aikataulu", "↑", "Kaikki koulut mukana"),
        ("Kustannukset", "→", "Sijaiskulut ylittyneet"),
        ("Henkilöstö", "↓", "Kaksi kuraattoria lähtenyt"),
        ("Laatu", "↑", ""),
    ]:
        st.append(row)
    ts = wb.create_sheet("Talous 2023")
    for row in [
        ("Kustannukset 2023 (€)",),
        ("Kustannuslaji", "Talousarvio 2023", "Toteuma 1.1.–30.11.2023", "Ennuste 2023"),
        ("Henkilöstökulut", 380000, 341250, 372000),
        ("Matkakulut", 12000, 9870, 11000),
        ("Asiantuntijapalvelut", 60000, 18400, 45000),
        ("Yhteensä", 452000, 369520, 428000),
    ]:
        ts.append(row)
    gs = wb.create_sheet("Tavoitteet")
    for row in [
        ("Nro", "Tavoite", "Toteutuminen"),
        (1, "Kouluterveydenhoitaja tavoitettavissa päivittäin kaikissa kouluissa", "Saavutettu"),
        (2, "Oppilashuollon kuraattorin jono alle viikon", "Ei saavutettu"),
        (3, "Vanhempainillat hyvinvoinnista kaikissa yläkouluissa", "Osittain saavutettu"),
    ]:
        gs.append(row)
    raw = io.BytesIO()
    wb.properties.creator = "Keski-Suomen hyvinvointialue"
    wb.properties.created = CREATED
    wb.properties.modified = CREATED
    wb.save(raw)
    restamp(raw, TEST38 / "oi04_keski_suomi_seurantaraportti_2023.xlsx", CREATED)


# --- oi05: Lappi, steering-group deck, lights as trend-free smileys with the key in the notes line ---


def _oi05() -> None:
    from pptx import Presentation
    from pptx.util import Inches, Pt

    prs = Presentation()
    prs.core_properties.author = "Lapin hyvinvointialue"
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

    slide(
        "Ohjausryhmä 12.3.2025 – Etähoito Lapin kylille",
        [
            "Lapin hyvinvointialue, hankeaika 1.1.2023–31.12.2025",
            "Rahoitus: STM, Suomen kestävän kasvun ohjelma; myönnetty 2 050 000 €",
            "Alueet: Rovaniemi, Kemi ja Tornio",
        ],
    )
    slide(
        "Työpaketit",
        ["TP1: Etävastaanotto kylille", "TP2: Lääkeautomaatit kotihoitoon"],
    )
    grid(
        "Tilanne (🙂 suunnitelmassa · 😐 pieni poikkeama · 🙁 iso poikkeama)",
        [
            ("", "TP1", "TP2"),
            ("Aikataulu", "🙂", "😐"),
            ("Kustannukset", "🙂", "🙁"),
            ("Riskit", "😐", "🙂"),
        ],
    )
    grid(
        "Talous 1.1.–28.2.2025 (jakso)",
        [
            ("Kustannuslaji", "Jakson budjetti", "Jakson toteuma"),
            ("Henkilöstökulut", "96 000", "88 400"),
            ("Investointikulut", "60 000", "71 900"),
            ("Yhteensä", "156 000", "160 300"),
        ],
    )
    slide(
        "Tavoitteet 2025",
        [
            "Etävastaanotto kaikissa kylätaloissa – toteutunut",
            "Lääkeautomaatti 120 kotihoidon asiakkaalla – kesken (74 asiakasta)",
        ],
    )
    slide(
        "Yhteistyö",
        ["Lapin AMK kouluttaa kotihoidon hoitajat lääkeautomaattien käyttöön; käynnit kirjataan Kantaan"],
    )
    raw = io.BytesIO()
    prs.save(raw)
    restamp(raw, TEST38 / "oi05_lappi_ohjausryhma_2025.pptx", CREATED)


# --- oi11: Satakunta, RRF plan DOCX 2022, estimates per year and per investment ---


def _oi11() -> None:
    d = docx_document("Satakunnan hyvinvointialue", CREATED)
    d.add_heading("Hankesuunnitelma – Suomen kestävän kasvun ohjelma, haku 2022", level=0)
    d.add_paragraph("Hankkeen nimi: Satakunnan sujuva sote")
    d.add_paragraph("Hakija: Satakunnan hyvinvointialue (Pori, Rauma, Harjavalta)")
    d.add_paragraph("Haettava avustus: 2 480 000 €     Hankkeen kokonaiskustannukset: 2 480 000 €")
    d.add_paragraph("Hankeaika: 1.1.2023–31.12.2025     Päivätty: 31.3.2022")
    bold(d, "Investoinnit")
    d.add_paragraph("Investointi 1 – Palvelutarpeen arviointi puhelimessa")
    d.add_paragraph("Investointi 4 – Kotona asumisen teknologia")
    bold(d, "Kustannusarvio vuosittain (€)")
    table(
        d,
        [
            ("Investointi", "Kustannuslaji", "2023", "2024", "2025"),
            ("Investointi 1", "Henkilöstökulut", "360 000", "380 000", "300 000"),
            ("Investointi 1", "Palvelujen ostot", "90 000", "60 000", "40 000"),
            ("Investointi 4", "Investointikulut", "400 000", "250 000", "120 000"),
            ("Investointi 4", "Henkilöstökulut", "160 000", "180 000", "140 000"),
        ],
    )
    bold(d, "Tavoitteet")
    for goal in (
        "Puhelimeen vastataan 10 minuutissa kaikilla terveysasemilla",
        "Kotona asuvista yli 75-vuotiaista 30 % käyttää turvateknologiaa",
    ):
        d.add_paragraph(goal, style="List Bullet")
    bold(d, "Yhteistyö ja riippuvuudet")
    d.add_paragraph(
        "Satakunnan ammattikorkeakoulu (SAMK) arvioi kotona asumisen teknologian. Palvelutarpeen "
        "arviointi käyttää Omaolo-oirearvioita ja ajanvaraus näkyy Palvelutietovarannossa."
    )
    save(d, TEST38 / "oi11_satakunta_hankesuunnitelma_2022.docx", ZIP_TIME)


# --- oi15: Etelä-Pohjanmaa, final report PDF 2023, lights as achieved-share bands per part ---

OI15 = [
    [
        "!LOPPURAPORTTI – Yhteinen asiakasohjaus Etelä-Pohjanmaalla",
        "Etelä-Pohjanmaan hyvinvointialue · Tulevaisuuden sosiaali- ja terveyskeskus -ohjelma",
        "Hankeaika 1.1.2022–31.10.2023 · Raportti laadittu 15.12.2023",
        "Toteutus Seinäjoella ja Lapualla; rahoittaja sosiaali- ja terveysministeriö,",
        "myönnetty 1 120 000 €, haettu 1 300 000 €.",
        "",
        "!Toimenpidekokonaisuudet",
        "TK1 Sosiaali- ja terveysneuvonnan yhteinen numero",
        "TK2 Palveluohjaus kotihoitoon",
        "",
        "!Toteutumisen arvio",
        "Kenttä kertoo, mikä osuus suunnitellusta toteutui: täysi = suunnitellusti,",
        "osa = poikkeama, vähäinen = merkittävä poikkeama.",
        "#Arvioitava|TK1|TK2",
        "#Aikataulu|täysi|osa",
        "#Henkilöstö|täysi|täysi",
        "#Hyödyt|osa|täysi",
        "",
        "!Kustannukset koko hankeajalta (€)",
        "#Kustannuslaji|Myönnetty|Toteutunut|Poikkeama",
        "#Omat henkilöstökulut|860 000|842 115|-17 885",
        "#Viestintäpalvelut|40 000|31 640|-8 360",
        "#Välilliset kustannukset|220 000|210 020|-9 980",
        "#Yhteensä|1 120 000|1 083 775|-36 225",
    ],
    [
        "!Tavoitteet ja niiden saavuttaminen",
        "1 Yhteinen neuvontanumero palvelee arkisin 8–18 (toteutui)",
        "2 Palveluohjaaja tekee kotihoidon arvion viikossa (toteutui osittain,",
        "keskimäärin 9 vrk)",
        "3 Asiakasohjauksen kirjaukset yhteen järjestelmään (siirtyi",
        "seuraavaan hankkeeseen)",
        "",
        "Yhteistyö: SeAMK arvioi neuvontanumeron asiakaskokemuksen. Neuvonta ohjaa",
        "asiakkaita myös Lähellä.fi-palvelun järjestötoimintaan.",
    ],
]


def _oi15() -> None:
    def header(n: int, total: int) -> list[tuple[int, str]]:
        return [(40, "Etelä-Pohjanmaan hyvinvointialue"), (480, f"Sivu {n} / {total}")]

    def footer(n: int, total: int) -> list[tuple[int, str]]:
        return [(40, "Yhteinen asiakasohjaus Etelä-Pohjanmaalla – loppuraportti")]

    pdf(TEST38 / "oi15_etela_pohjanmaa_loppuraportti_2023.pdf", OI15, [40, 220, 330, 440], header, footer)


if __name__ == "__main__":
    _oi02()
    _oi03()
    _oi04()
    _oi05()
    _oi11()
    _oi15()
