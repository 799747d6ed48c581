"""Write the held-out set test34's PDF, DOCX, XLSX and PPTX documents (invented text, see ../README.md).

test34/ was written blind in stop 42 by helper W31, who read no ingest code and no document of any
set. Run with ``.venv/bin/python tests/ingest/corpus/generate/test34_binaries.py``; the outputs are
committed, so the script is needed only to change them. Two runs write the same bytes: reportlab's
invariant mode for the PDF; fixed core properties and one fixed time stamp on every zip entry of
the DOCX, XLSX and PPTX files.
"""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

from binaries_common import bold, docx_document, pdf, restamp, save, table

TEST34 = Path(__file__).resolve().parent.parent / "test34"
#: The time stamp of every zip entry (a zip stores local time, no zone).
ZIP_TIME = (2026, 12, 6, 4, 50, 0)
CREATED = dt.datetime(2026, 12, 6, 4, 50, 0)


# --- oe02: Pohjois-Karjala, quarterly status report PDF, lights as OK / HUOM / KRIIT per investment ---

OE02 = [
    [
        "!Tilanneraportti Q3/2024",
        "!Hoitoon ilman jonoa Pohjois-Karjalassa",
        "Pohjois-Karjalan hyvinvointialue (Siun sote) | Suomen kestävän kasvun ohjelma",
        "Raportointijakso 1.7.-30.9.2024 | Raportti laadittu 14.10.2024",
        "",
        "Hankkeelle myönnetty avustus (STM): 2 400 000 euroa, hankeaika 1.1.2023-31.12.2025.",
        "Toimintapaikat: Joensuu, Lieksa, Nurmes ja Kitee.",
        "Karelia-ammattikorkeakoulu tekee investoinnin 4 asiakaskokemusarvioinnin.",
        "",
        "!1 Tilannekuva investoinneittain",
        "OK = etenee suunnitellusti, HUOM = poikkeama, korjattavissa, KRIIT = merkittävä poikkeama",
        "#Investointi|Aikataulu|Kustannukset|Tuotokset|Riskit|Valmius",
        "#Investointi 1: Hoitojonojen purku|OK|OK|HUOM|OK|70 %",
        "#Investointi 4: Etäpalvelut|HUOM|OK|OK|KRIIT|45 %",
        "",
        "Investointi 4: etävastaanottojen kirjaukset Kanta-palveluihin viivästyvät",
        "rajapinnan vuoksi; Omaolo-arvioiden käyttö on kasvanut ennakoitua nopeammin.",
        "",
        "!2 Tavoitteet",
        "Tavoite 1 (Inv. 1): Kiireettömän hoidon jono alle 14 vuorokautta kaikilla terveysasemilla",
        "  -> Tilanne: saavutettu Joensuussa ja Kiteellä, muualla kesken",
        "Tavoite 2 (Inv. 1): Hoitajavastaanottojen osuus käynneistä kasvaa 35 prosenttiin",
        "  -> Tilanne: saavutettu",
        "Tavoite 3 (Inv. 4): Etäkäyntien osuus kaikista vastaanottokäynneistä vähintään",
        "  30 %   -> Tilanne: kesken (22 %)",
    ],
    [
        "!3 Kustannukset 30.9.2024 (euroa, kertymä hankkeen alusta)",
        "",
        "Investointi 1: Hoitojonojen purku",
        "#Kustannuslaji|Myönnetty|Toteutunut|Käyttöaste|Ennuste 31.12.2025",
        "#Henkilöstökulut|1 100 000,00|702 480,00|63,9 %|1 095 000,00",
        "#Palvelujen ostot|300 000,00|254 100,00|84,7 %|300 000,00",
        "#Yhteensä|1 400 000,00|956 580,00|68,3 %|1 395 000,00",
        "",
        "Investointi 4: Etäpalvelut",
        "#Kustannuslaji|Myönnetty|Toteutunut|Käyttöaste|Ennuste 31.12.2025",
        "#Henkilöstökulut|420 000,00|171 930,00|40,9 %|415 000,00",
        "#Ohjelmistot|380 000,00|160 600,00|42,3 %|380 000,00",
        "#Puhelin- ja ICT-|200 000,00|118 250,00|59,1 %|190 000,00",
        "#laitehankinnat",
        "#Yhteensä|1 000 000,00|450 780,00|45,1 %|985 000,00",
        "",
        "Hyväksytty ohjausryhmässä 21.10.2024.",
    ],
]


def _oe02() -> None:
    def header(n: int, total: int) -> list[tuple[int, str]]:
        return [(40, "Siun sote | Hoitoon ilman jonoa | Tilanneraportti Q3/2024"), (500, f"{n} / {total}")]

    def footer(n: int, total: int) -> list[tuple[int, str]]:
        return [(40, "Rahoitettu Suomen kestävän kasvun ohjelmasta - NextGenerationEU")]

    pdf(
        TEST34 / "oe02_pohjois_karjala_tilanneraportti_2024.pdf",
        OE02,
        [40, 230, 300, 370, 430, 490],
        header,
        footer,
    )


# --- oe03: Lappi, final report DOCX, sub-projects A/B in a goal table with a percent column ---


def _oe03() -> None:
    d = docx_document("Lapin hyvinvointialue", CREATED)
    d.add_heading("Loppuraportti", level=0)
    d.add_paragraph("Etäpalvelut Lapin tunturikunnissa")
    d.add_paragraph("Lapin hyvinvointialue · Suomen kestävän kasvun ohjelma (RRF) · raportti 20.2.2025")
    bold(d, "1 Perustiedot")
    table(
        d,
        [
            ("Tieto", "Sisältö"),
            ("Hanke", "Etäpalvelut Lapin tunturikunnissa"),
            ("Osahankkeet", "A Etävastaanotot kyläkeskuksiin; B Kotiin vietävä kuntoutus"),
            ("Hankeaika", "1.3.2022–31.12.2024"),
            ("Rahoittaja", "Sosiaali- ja terveysministeriö; Euroopan unionin rahoittama – NextGenerationEU"),
            ("Haettu avustus", "1 200 000 €"),
            ("Myönnetty avustus", "1 150 000 €"),
            ("Kunnat", "Enontekiö, Kittilä, Muonio, Sodankylä; hallinnointi Rovaniemellä"),
        ],
    )
    bold(d, "2 Tilannevalot loppuraportointihetkellä")
    d.add_paragraph(
        "Vihreä = toteutui suunnitellusti · Keltainen = pieniä poikkeamia · Punainen = ei toteutunut"
    )
    table(
        d,
        [
            ("Osahanke", "Aikataulu", "Kustannukset", "Tuotokset"),
            ("A Etävastaanotot kyläkeskuksiin", "Vihreä", "Vihreä", "Keltainen"),
            ("B Kotiin vietävä kuntoutus", "Keltainen", "Vihreä", "Vihreä"),
        ],
    )
    bold(d, "3 Tavoitteiden toteutuminen")
    table(
        d,
        [
            ("Tavoite", "Osahanke", "Toteutuma-%", "Arvio"),
            ("Etävastaanotto käytössä kaikissa kahdeksassa kyläkeskuksessa", "A", "100", "Toteutui"),
            ("Lääkärin etäkäynnit korvaavat 40 % matkoista keskustaan", "A", "65", "Toteutui osittain"),
            ("Kuntoutusjakso kotona 300 asiakkaalle", "B", "108", "Toteutui"),
            ("Kuntoutuksen jonot alle kuukauden Sodankylässä", "B", "0", "Ei toteutunut"),
        ],
    )
    d.add_paragraph(
        "Lapin ammattikorkeakoulu arvioi kotikuntoutuksen ja koulutti fysioterapeutit etäohjaukseen. "
        "Asiakkaille lähetettiin kutsut Suomi.fi-viestien kautta."
    )
    bold(d, "4 Talous")
    table(
        d,
        [
            ("Kustannuslaji", "Myönnetty €", "Toteutunut €", "Käyttöaste %"),
            ("Henkilöstökulut", "720 000", "709 310", "98,5"),
            ("Palvelujen ostot", "210 000", "180 940", "86,2"),
            ("Puhelin- ja ICT-laitehankinnat", "160 000", "171 900", "107,4"),
            ("Matkakulut", "60 000", "49 400", "82,3"),
            ("Yhteensä", "1 150 000", "1 111 550", "96,7"),
        ],
    )
    d.add_paragraph("Käyttämättä jäänyt avustus, 38 450 €, palautetaan sosiaali- ja terveysministeriölle.")
    save(d, TEST34 / "oe03_lappi_loppuraportti_2025.docx", ZIP_TIME)


# --- oe04: Satakunta, monitoring workbook XLSX, sections as rows, colour words per cell ---


def _oe04() -> None:
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Tilanne"
    ws.append(["Sujuvat palvelupolut Satakunnassa – seurantaraportti 30.6.2023"])
    ws.append(["Satakunnan hyvinvointialue | Kestävän kasvun ohjelma | myönnetty 1 780 000 €"])
    ws.append([])
    ws.append(["Osio", "Aikataulu", "Kustannukset", "Henkilöstö", "Riskit", "Kommentti"])
    ws.append(
        ["Osio 1 Sähköinen asiointi", "vihreä", "vihreä", "keltainen", "vihreä", "yksi avoin toimi Raumalla"]
    )
    ws.append(
        [
            "Osio 2 Matalan kynnyksen mielenterveyspalvelut",
            "punainen",
            "keltainen",
            "vihreä",
            "keltainen",
            "vastaanottotilat Kankaanpäässä valmistuvat vasta lokakuussa",
        ]
    )
    ws.append([])
    ws.append(
        [
            "Kumppanit: Satakunnan ammattikorkeakoulu (SAMK) kouluttaa Osio 2:n ohjaajat; Osio 1 käyttää "
            "Suomi.fi-tunnistusta, Osio 2 ohjaa asiakkaita Mielenterveystalon omahoitoon."
        ]
    )
    ws2 = wb.create_sheet("Talous 2023")
    ws2.append(["Talous 2023 (€)"])
    ws2.append(["Osio", "Kustannuslaji", "Budjetti 2023", "Toteuma 1-6/2023", "Sidottu", "Ennuste 2023"])
    rows = [
        ("Osio 1", "Henkilöstökulut", 310000, 151220.40, 0, 305000),
        ("Osio 1", "Ohjelmistot", 120000, 88400, 21600, 120000),
        ("Osio 1", "Yhteensä", 430000, 239620.40, 21600, 425000),
        ("Osio 2", "Henkilöstökulut", 260000, 97310.55, 0, 240000),
        ("Osio 2", "Toimitilakulut", 40000, 6000, 24000, 40000),
        ("Osio 2", "Yhteensä", 300000, 103310.55, 24000, 280000),
    ]
    for row in rows:
        ws2.append(list(row))
    ws3 = wb.create_sheet("Tavoitteet")
    ws3.append(["Tavoite", "Osio", "Tila 30.6.2023"])
    ws3.append(
        ["Sähköinen ajanvaraus käytössä kaikissa Porin ja Ulvilan terveysasemissa", "Osio 1", "Toteutunut"]
    )
    ws3.append(["Chat-palvelu avoinna arkisin klo 8-20", "Osio 1", "Kesken"])
    ws3.append(["Mielenterveyden matalan kynnyksen vastaanotto kolmessa kunnassa", "Osio 2", "Kesken"])
    raw = io.BytesIO()
    wb.properties.creator = "Satakunnan hyvinvointialue"
    wb.properties.created = CREATED
    wb.properties.modified = CREATED
    wb.save(raw)
    restamp(raw, TEST34 / "oe04_satakunta_seurantataulukko_2023.xlsx", CREATED)


# --- oe05: Pirkanmaa, steering-group deck PPTX, lights as symbols per work package ---


def _oe05() -> None:
    from pptx import Presentation
    from pptx.util import Inches, Pt

    prs = Presentation()
    prs.core_properties.author = "Pirkanmaan hyvinvointialue"
    prs.core_properties.created = CREATED
    prs.core_properties.modified = CREATED
    prs.core_properties.last_modified_by = "Pirkanmaan hyvinvointialue"
    prs.core_properties.revision = 1

    s = prs.slides.add_slide(prs.slide_layouts[0])
    s.shapes.title.text = "Ohjausryhmä 12.3.2024"
    s.placeholders[
        1
    ].text = "Vaikuttavat sote-keskukset Pirkanmaalla\nPirkanmaan hyvinvointialue · Kestävän kasvun ohjelma"

    def table_slide(title: str, rows: list[tuple[str, ...]], widths: list[float]) -> None:
        slide = prs.slides.add_slide(prs.slide_layouts[5])
        slide.shapes.title.text = title
        shape = slide.shapes.add_table(
            len(rows), len(rows[0]), Inches(0.4), Inches(1.5), Inches(9.2), Inches(0.4 * len(rows))
        )
        for c, w in enumerate(widths):
            shape.table.columns[c].width = Inches(w)
        for r, row in enumerate(rows):
            for c, text in enumerate(row):
                cell = shape.table.cell(r, c)
                cell.text = text
                cell.text_frame.paragraphs[0].runs[0].font.size = Pt(12)

    table_slide(
        "Tilannekuva työpaketeittain  (✔ aikataulussa · ! huomioitava · ✖ viivästynyt)",
        [
            ("Työpaketti", "Aikataulu", "Budjetti", "Resurssit"),
            ("TP1 Hoidon tarpeen arvio", "✔", "✔", "!"),
            ("TP2 Vaikuttavuustieto johtamiseen", "✖", "✔", "✔"),
            ("TP3 Paljon palveluja tarvitsevat", "✔", "!", "✔"),
        ],
        [4.0, 1.7, 1.7, 1.8],
    )
    table_slide(
        "Talous 29.2.2024 (t€, kertymä)",
        [
            ("Työpaketti", "Budjetti t€", "Toteuma t€", "Toteuma-%"),
            ("TP1 Hoidon tarpeen arvio", "820", "512", "62 %"),
            ("TP2 Vaikuttavuustieto johtamiseen", "640", "198", "31 %"),
            ("TP3 Paljon palveluja tarvitsevat", "540", "371", "69 %"),
            ("Yhteensä", "2 000", "1 081", "54 %"),
        ],
        [4.0, 1.7, 1.7, 1.8],
    )
    s = prs.slides.add_slide(prs.slide_layouts[1])
    s.shapes.title.text = "Tavoitteet ja tilanne"
    s.placeholders[1].text = (
        "Hoidon tarpeen arvio samana päivänä 90 %:lle yhteydenotoista – toteutunut Tampereella, Nokialla kesken\n"
        "Vaikuttavuusmittarit kaikkien sote-keskusten johtoryhmien käytössä – siirtyy syksyyn 2024\n"
        "Paljon palveluja tarvitseville nimetty omatyöntekijä – toteutunut"
    )
    s = prs.slides.add_slide(prs.slide_layouts[1])
    s.shapes.title.text = "Kumppanit ja päätettävät asiat"
    s.placeholders[1].text = (
        "TAMK arvioi TP1:n hoidon tarpeen arvion laatua\n"
        "Tampereen yliopisto tuottaa TP2:n vaikuttavuusanalyysit\n"
        "Terveyskylän digipolut käytössä TP3:ssa Ylöjärvellä ja Kangasalla\n"
        "Päätös: TP2:n aikataulun muutos esitetään STM:lle (avustus 2 000 000 €)"
    )
    raw = io.BytesIO()
    prs.save(raw)
    restamp(raw, TEST34 / "oe05_pirkanmaa_ohjausryhma_2024.pptx", CREATED)


if __name__ == "__main__":
    _oe02()
    _oe03()
    _oe04()
    _oe05()
