"""Write the held-out set test40's PDF, DOCX, XLSX and PPTX documents (invented text, see ../README.md).

test40/ was written blind in stop 48 by helper W37, who read no ingest code and no document of any
set. Run with ``.venv/bin/python tests/ingest/corpus/generate/test40_binaries.py``; the outputs are
committed, so the script is needed only to change them. Two runs write the same bytes (reportlab's
invariant mode; fixed core properties and zip time stamps through binaries_common).
"""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

from binaries_common import bold, docx_document, pdf, restamp, save, table

TEST40 = Path(__file__).resolve().parent.parent / "test40"
#: The time stamp of every zip entry (a zip stores local time, no zone).
ZIP_TIME = (2026, 12, 6, 22, 30, 0)
CREATED = dt.datetime(2026, 12, 6, 22, 30, 0)


# --- ok02: Keski-Uusimaa, status report PDF: lights as the letters V / K / P per investment ---

OK02 = [
    [
        "!TILANNERAPORTTI 2/2023",
        "Sujuvat kotiutukset Keski-Uudellamaalla",
        "Keski-Uudenmaan hyvinvointialue (Keusote)",
        "Raportointijakso 1.5.-31.8.2023, laadittu 20.10.2023",
        "Hankeaika 1.9.2022-31.12.2025. Kunnat: Hyvinkää, Järvenpää ja Nurmijärvi.",
        "Valtionavustus sosiaali- ja terveysministeriöltä, Suomen kestävän kasvun ohjelma: 1 240 000 euroa.",
        "",
        "!Investoinnit",
        "Investointi 1: Kotiutustiimi",
        "  Avustusta myönnetty 544 000 euroa.",
        "Investointi 2: Etäseuranta",
        "  Avustusta myönnetty 696 000 euroa.",
        "Metropolia Ammattikorkeakoulu kouluttaa kotiutustiimin hoitajat. Etäseurannan mittaukset",
        "tallentuvat Kanta-palveluihin.",
        "",
        "!Liikennevalot (V = vihreä, suunnitelman mukaan; K = keltainen; P = punainen)",
        "#|Investointi 1|Investointi 2",
        "#Aikataulu|V|P",
        "#Kustannukset|V|V",
        "#Henkilöstö|K|V",
        "",
        "!Tavoitteet ja tila",
        "Investointi 1",
        "  Kotiutustiimi toimii kaikissa kolmessa kunnassa: toteutunut",
        "  Uusintakäynnit päivystykseen vähenevät: kesken",
        "Investointi 2",
        "  Etäseurannassa on 200 asiakasta: siirtyy vuodelle 2024",
    ],
    [
        "!Kumulatiivinen kustannusseuranta 31.8.2023 (euroa)",
        "Investointi 1: Kotiutustiimi",
        "#Kustannuslaji|Budjetti|Toteuma|Ennuste",
        "#Omat henkilöstökustannukset|520 000|231 400|515 000",
        "#Matkakulut|24 000|9 850|22 000",
        "#Yhteensä|544 000|241 250|537 000",
        "",
        "Investointi 2: Etäseuranta",
        "#Kustannuslaji|Budjetti|Toteuma|Ennuste",
        "#Puhelin- ja ICT-laitehankinnat|310 000|188 600|330 000",
        "#Ohjelmistot|280 000|97 300|280 000",
        "#Asiantuntijapalvelut|106 000|40 250|106 000",
        "#Yhteensä|696 000|326 150|716 000",
    ],
]


def _ok02() -> None:
    def header(n: int, total: int) -> list[tuple[int, str]]:
        return [(40, "Keski-Uudenmaan hyvinvointialue"), (420, "Tilanneraportti 2/2023")]

    def footer(n: int, total: int) -> list[tuple[int, str]]:
        return [(500, f"{n} ({total})")]

    pdf(TEST40 / "ok02_keski_uusimaa_tilanneraportti_2023.pdf", OK02, [40, 250, 340, 430], header, footer)


# --- ok04: Varsinais-Suomi, final report DOCX: sub-projects, lights as "Toteutui suunnitellusti" / "Poikkesi" ---


def _ok04() -> None:
    d = docx_document("Varsinais-Suomen hyvinvointialue", CREATED)
    d.add_heading("Loppuraportti", level=1)
    d.add_paragraph("Matalan kynnyksen mielenterveyspalvelut Varsinais-Suomessa")
    table(
        d,
        [
            ("Tieto", "Sisältö"),
            ("Hallinnoija", "Varsinais-Suomen hyvinvointialue"),
            ("Kunnat", "Turku, Salo ja Uusikaupunki"),
            ("Hankeaika", "1.6.2022–31.12.2024"),
            ("Rahoittaja", "Sosiaali- ja terveysministeriö, Suomen kestävän kasvun ohjelma"),
            ("Myönnetty avustus", "1 800 000,00 €"),
            ("Palautettava avustus", "96 000,00 €"),
            ("Päiväys", "27.2.2025"),
        ],
    )
    bold(d, "Osahankkeet")
    d.add_paragraph(
        "Osahanke 1: Nuorten chat-palvelu. Chatissa neuvotaan ja ohjataan Mielenterveystalon omahoito-ohjelmiin."
    )
    d.add_paragraph(
        "Osahanke 2: Terapiat etulinjaan. Turun ammattikorkeakoulu arvioi koulutettujen terapeuttien työn."
    )
    bold(d, "Toteutumisen arvio")
    table(
        d,
        [
            ("Ulottuvuus", "Osahanke 1", "Osahanke 2"),
            ("Aikataulu", "Toteutui suunnitellusti", "Poikkesi suunnitelmasta"),
            ("Kustannukset", "Toteutui suunnitellusti", "Toteutui suunnitellusti"),
            ("Hyödyt", "Poikkesi suunnitelmasta", "Toteutui suunnitellusti"),
        ],
    )
    bold(d, "Tavoitteet")
    table(
        d,
        [
            ("Tavoite", "Arvio"),
            ("Nuorten chat on auki arkisin kello 14–21", "Saavutettu"),
            ("Terapiat etulinjaan -koulutuksen suorittaa 120 työntekijää", "Osittain saavutettu (96)"),
            ("Jonotusaika psykiatriselle sairaanhoitajalle lyhenee kahteen viikkoon", "Ei saavutettu"),
        ],
    )
    bold(d, "Kustannukset koko hankeajalta")
    table(
        d,
        [
            ("Kustannuslaji", "Myönnetty €", "Toteutunut €", "Käyttöaste %"),
            ("Omat henkilöstökustannukset", "1 250 000,00", "1 198 000,00", "96"),
            ("Palvelujen ostot", "420 000,00", "371 000,00", "88"),
            ("Viestintäpalvelut", "60 000,00", "52 000,00", "87"),
            ("Matkakulut", "70 000,00", "83 000,00", "119"),
            ("Yhteensä", "1 800 000,00", "1 704 000,00", "95"),
        ],
    )
    save(d, TEST40 / "ok04_varsinais_suomi_loppuraportti_2025.docx", ZIP_TIME)


# --- ok05: Satakunta, monitoring workbook XLSX: light words on coloured fills, a year's table ---


def _ok05() -> None:
    import openpyxl
    from openpyxl.styles import PatternFill

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Yhteenveto"
    for row in [
        ("SEURANTARAPORTTI 8/2024",),
        ("Hanke", "Satakunnan sote-keskusten palveluohjaus"),
        ("Hyvinvointialue", "Satakunnan hyvinvointialue"),
        ("Kunnat", "Pori, Rauma, Kankaanpää"),
        ("Rahoitus", "STM, Suomen kestävän kasvun ohjelma"),
        ("Myönnetty €", 980000),
        ("Hankeaika", "1.1.2023–31.12.2025"),
        ("Päivitetty", "30.8.2024"),
        ("Kumppanit", "Satakunnan ammattikorkeakoulu (SAMK) kouluttaa palveluohjaajat."),
        ("Huom.", "Palvelutiedot päivitetään Palvelutietovarantoon (PTV)."),
    ]:
        ws.append(row)
    lights = wb.create_sheet("Liikennevalot")
    fills = {"Vihreä": "FF43A047", "Keltainen": "FFFDD835", "Punainen": "FFE53935"}
    lights.append(("Osa-alue", "Tila", "Kommentti"))
    for name, value, note in [
        ("Aikataulu", "Vihreä", ""),
        ("Kustannukset", "Keltainen", "lisenssit kallistuivat"),
        ("Henkilöstö", "Vihreä", ""),
        ("Tuotosten laajuus", "Punainen", "Kankaanpään palvelupiste avataan vasta 2025"),
        ("Riskit", "Vihreä", ""),
    ]:
        lights.append((name, value, note))
        cell = lights.cell(row=lights.max_row, column=2)
        cell.fill = PatternFill("solid", fgColor=fills[value])
    money = wb.create_sheet("Talous 2024")
    for row in [
        ("Kustannukset vuonna 2024 (€)",),
        ("Kustannuslaji", "Budjetti 2024", "Toteutunut 1–7/2024", "Ennuste 2024"),
        ("Omat henkilöstökustannukset", 410000, 214300, 402000),
        ("Ohjelmistot", 95000, 61800, 118000),
        ("Viestintäpalvelut", 25000, 8400, 25000),
        ("Yhteensä", 530000, 284500, 545000),
    ]:
        money.append(row)
    goals = wb.create_sheet("Tavoitteet")
    for row in [
        ("Tavoite", "Tilanne"),
        ("Palveluohjauksen yhteinen puhelinnumero käytössä koko alueella", "Toteutunut"),
        ("Palvelutiedot ajan tasalla Palvelutietovarannossa", "Osittain toteutunut"),
        ("Asiakaspalautteen keskiarvo vähintään 4,2", "Kesken"),
    ]:
        goals.append(row)
    wb.properties.creator = "Satakunnan hyvinvointialue"
    wb.properties.created = CREATED
    wb.properties.modified = CREATED
    raw = io.BytesIO()
    wb.save(raw)
    restamp(raw, TEST40 / "ok05_satakunta_seurantaraportti_2024.xlsx", CREATED)


# --- ok06: Päijät-Häme, steering-group deck PPTX: work packages ticked ✔ / crossed ✖ ---


def _ok06() -> None:
    from pptx import Presentation
    from pptx.util import Inches, Pt

    prs = Presentation()
    prs.core_properties.author = "Päijät-Hämeen hyvinvointialue"
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
        shape = s.shapes.add_table(
            len(rows), len(rows[0]), Inches(0.5), Inches(1.6), Inches(9), Inches(0.4) * len(rows)
        )
        for r, row in enumerate(rows):
            for c, text in enumerate(row):
                cell = shape.table.cell(r, c)
                cell.text = text
                for run in cell.text_frame.paragraphs[0].runs:
                    run.font.size = Pt(14)

    title = prs.slides.add_slide(prs.slide_layouts[0])
    title.shapes.title.text = "Kotona asumisen tuki Päijät-Hämeessä"
    title.placeholders[1].text = "Ohjausryhmä 8.10.2024 · Päijät-Hämeen hyvinvointialue"
    slide(
        "Hanke lyhyesti",
        [
            "Kunnat: Lahti, Heinola ja Orimattila",
            "Hankeaika 1.3.2023–31.12.2025",
            "STM:n avustus Suomen kestävän kasvun ohjelmasta: myönnetty 760 000 €",
            "Työpaketti A: Päiväkuntoutus",
            "Työpaketti B: Omaishoidon digituki",
            "LAB-ammattikorkeakoulu kouluttaa omaishoitajien digitukihenkilöt",
            "Muistutukset omaishoitajille lähtevät Suomi.fi-viestien kautta",
        ],
    )
    grid(
        "Työpakettien tilanne (✔ = suunnitelman mukaan, ✖ = poikkeama)",
        [
            ("", "TP A", "TP B"),
            ("Aikataulu", "✔", "✖"),
            ("Kustannukset", "✔", "✔"),
            ("Henkilöstö", "✔", "✖"),
            ("Hyödyt", "✖", "✔"),
        ],
    )
    grid(
        "Talous 2024 (€)",
        [
            ("Kustannuslaji", "Budjetti 2024", "Toteutunut 1–9/2024", "Ennuste 2024"),
            ("Omat henkilöstökustannukset", "292 000", "201 400", "280 000"),
            ("Palvelujen ostot", "48 000", "19 250", "45 000"),
            ("Puhelin- ja ICT-laitehankinnat", "30 000", "27 600", "27 600"),
            ("Yhteensä", "370 000", "248 250", "352 600"),
        ],
    )
    slide(
        "Tavoitteet",
        [
            "Päiväkuntoutukseen pääsee kahden viikon sisällä – toteutunut",
            "Omaishoitajista 40 % käyttää digitukea – siirtyy vuoteen 2025",
        ],
    )
    raw = io.BytesIO()
    prs.save(raw)
    restamp(raw, TEST40 / "ok06_paijat_hame_ohjausryhma_2024.pptx", CREATED)


if __name__ == "__main__":
    _ok02()
    _ok04()
    _ok05()
    _ok06()
