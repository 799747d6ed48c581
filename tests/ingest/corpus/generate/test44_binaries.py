"""Write the held-out set test44's PDF, DOCX, XLSX and PPTX documents (invented text, see ../README.md).

test44/ was written blind in stop 52 by helper W41, who read no ingest code and no document of any
set. Run with ``.venv/bin/python tests/ingest/corpus/generate/test44_binaries.py``; the outputs are
committed, so the script is needed only to change them. Two runs write the same bytes (reportlab's
invariant mode; fixed core properties and zip time stamps through binaries_common).
"""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

from binaries_common import bold, docx_document, fi, pct, pdf, restamp, save, table

TEST44 = Path(__file__).resolve().parent.parent / "test44"
#: The time stamp of every zip entry (a zip stores local time, no zone).
ZIP_TIME = (2026, 12, 7, 10, 0, 0)
CREATED = dt.datetime(2026, 12, 7, 10, 0, 0)


# --- oo03: Pirkanmaa, final report DOCX in the ordinary form, two investments with their own tables ---

OO03_NAME = "Nopeammin hoitoon Pirkanmaalla"
OO03_PARTS = ("Investointi 1: Hoitojonojen purku", "Investointi 4: Digitaaliset asiointipalvelut")
#: dimension label, key, investment 1, investment 4 (True = on plan)
OO03_LIGHTS = [
    ("Aikataulu", "schedule", True, False),
    ("Kustannukset", "costs", True, True),
    ("Henkilöstö", "staff", False, True),
    ("Tuotosten laajuus", "output-scope", True, False),
    ("Hyödyt", "benefits", True, True),
]
OO03_GOALS = [
    ("Kiireettömän lääkärin vastaanotolle pääsee seitsemässä vuorokaudessa", "Toteutui", "achieved"),
    (
        "Fysioterapian jono puretaan alle kolmeen viikkoon",
        "Toteutui osittain, jono 4 viikkoa",
        "partly-achieved",
    ),
    ("Sähköinen ajanvaraus avataan kaikille terveysasemille", "Toteutui", "achieved"),
    ("Chat-palvelu on auki myös iltaisin", "Ei toteutunut", "not-achieved"),
]
OO03_COSTS = {
    "Investointi 1": [
        ("Omat henkilöstökustannukset", "own-staff-costs", 1240000, 1198450.20),
        ("Palvelujen ostot", "service-purchases", 380000, 342100),
        ("Matkakulut", "travel", 20000, 9870.40),
    ],
    "Investointi 4": [
        ("Ohjelmistot ja lisenssit", "software", 520000, 497300),
        ("Asiantuntijapalvelut", "expert-services", 210000, 188640),
        ("Omat henkilöstökustannukset", "own-staff-costs", 260000, 251900),
    ],
}


def oo03_totals() -> tuple[float, float]:
    rows = [r for rs in OO03_COSTS.values() for r in rs]
    return sum(r[2] for r in rows), round(sum(r[3] for r in rows), 2)


def _oo03() -> None:
    d = docx_document("Pirkanmaan hyvinvointialue", CREATED)
    granted, actual = oo03_totals()
    d.add_heading("Loppuraportti", level=1)
    d.add_paragraph("Suomen kestävän kasvun ohjelma – sosiaali- ja terveyspalvelujen hankkeet (pilari 4)")
    table(
        d,
        [
            ("Kohta", "Tieto"),
            ("Hankkeen nimi", OO03_NAME),
            ("Hakija", "Pirkanmaan hyvinvointialue"),
            ("Toteutusaika", "1.1.2022–31.12.2024"),
            ("Kunnat", "Tampere, Nokia, Kangasala, Ylöjärvi, Sastamala ja Valkeakoski"),
            ("Rahoittaja", "Sosiaali- ja terveysministeriö (STM), EU:n elpymis- ja palautumistukiväline"),
            ("Myönnetty avustus yhteensä", f"{fi(granted)} €"),
            ("Raportti laadittu", "27.2.2025"),
        ],
    )
    d.add_heading("1 Investoinnit", level=2)
    d.add_paragraph(
        f"{OO03_PARTS[0]}. Lisätyövoimaa ostettiin yksityisiltä palveluntuottajilta ja iltavastaanottoja "
        "pidettiin Nokialla ja Kangasalla."
    )
    d.add_paragraph(
        f"{OO03_PARTS[1]}. Omaolon oirearviot ja Kanta-palvelujen ajanvarausliittymä otettiin käyttöön; "
        "Tampereen ammattikorkeakoulu (TAMK) teki käytettävyystestit."
    )
    d.add_paragraph(
        "Terveyden ja hyvinvoinnin laitos (THL) arvioi hoitoonpääsyn mittarit yhdessä hankkeen kanssa."
    )
    d.add_heading("2 Eteneminen", level=2)
    d.add_paragraph("Arvioinnin vaihtoehdot: Suunnitelman mukainen tai Poikkeama.")
    table(
        d,
        [
            ("Osa-alue", "Investointi 1", "Investointi 4"),
            *[
                (
                    label,
                    "Suunnitelman mukainen" if a else "Poikkeama",
                    "Suunnitelman mukainen" if b else "Poikkeama",
                )
                for label, _k, a, b in OO03_LIGHTS
            ],
        ],
    )
    d.add_heading("3 Tavoitteet", level=2)
    table(
        d, [("Nro", "Tavoite", "Toteutuminen"), *[(str(i), g, v) for i, (g, v, _s) in enumerate(OO03_GOALS, 1)]]
    )
    d.add_heading("4 Kustannukset", level=2)
    for part, key in zip(OO03_PARTS, OO03_COSTS, strict=True):
        bold(d, part)
        rows = [("Kustannuslaji", "Myönnetty €", "Toteutunut €", "Käyttöaste %")]
        for label, _k, g, a in OO03_COSTS[key]:
            rows.append((label, fi(g, 2), fi(a, 2), str(pct(a, g))))
        g = sum(r[2] for r in OO03_COSTS[key])
        a = round(sum(r[3] for r in OO03_COSTS[key]), 2)
        rows.append(("Yhteensä", fi(g, 2), fi(a, 2), str(pct(a, g))))
        table(d, rows)
    d.add_paragraph(f"Käyttämättä jäänyt avustus {fi(granted - actual, 2)} euroa palautetaan STM:lle.")
    save(d, TEST44 / "oo03_pirkanmaa_loppuraportti_2025.docx", ZIP_TIME)


# --- oo04: Etelä-Savo, one-sheet follow-up workbook: quarter columns, arrows with the key on its own sheet ---

OO04_NAME = "Kotiin annettavien palvelujen etätuki Etelä-Savossa"
#: label, key, arrow
OO04_LIGHTS = [
    ("Aikataulu", "schedule", "→"),
    ("Kustannukset", "costs", "→"),
    ("Henkilöstö", "staff", "↘"),
    ("Tuotosten laajuus", "output-scope", "↓"),
    ("Riskit", "risks", "↘"),
    ("Hyödyt", "benefits", "→"),
]
#: label, key, budget 2024, (Q1, Q2, Q3)
OO04_ROWS = [
    ("Omat henkilöstökustannukset", "own-staff-costs", 420000, (98300, 104250, 96880)),
    ("Palvelujen ostot", "service-purchases", 150000, (21000, 34500, 28750)),
    ("ICT-laitteet", "phone-and-ict-equipment", 60000, (41200, 3100, 0)),
    ("Matkakulut", "travel", 9000, (1850, 2240, 1930)),
]
OO04_GOALS = [
    ("Kotihoidon asiakkaista 150 saa etähoitajan yhteyden", "saavutettu jo kesäkuussa", "achieved"),
    (
        "Omaishoitajille järjestetään etävertaisryhmät kaikissa kolmessa kaupungissa",
        "noin puolet tehty",
        "partly-achieved",
    ),
    (
        "Lääkeautomaatit otetaan käyttöön 40 asiakkaalla",
        "jää toteutumatta, toimittaja vetäytyi",
        "not-achieved",
    ),
    ("Yöaikainen etävalvonta laajenee Savonlinnaan", "siirtyy vuodelle 2025", "moved-later"),
]


def _oo04() -> None:
    import openpyxl
    from openpyxl.styles import Font

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Raportti"
    ws.append(("Seurantaraportti Q3/2024",))
    ws["A1"].font = Font(bold=True, size=14)
    for row in (
        ("Hanke", OO04_NAME),
        ("Hallinnoija", "Etelä-Savon hyvinvointialue Eloisa"),
        ("Rahoitus", "Suomen kestävän kasvun ohjelma (NextGenerationEU)"),
        ("Myönnetty 2022–2025", "2,3 M€"),
        ("Raportointijakso", "1.1.–30.9.2024"),
        ("Laadittu", "15.10.2024"),
        ("Paikkakunnat", "Mikkeli, Savonlinna ja Pieksämäki"),
        (
            "Yhteistyö",
            "Kaakkois-Suomen ammattikorkeakoulu (Xamk) kouluttaa etähoitajat; Etelä-Savon Omaishoitajat ry "
            "vetää vertaisryhmät; kirjautuminen Suomi.fi-tunnistuksella",
        ),
        (),
        ("Tilannekuva", "Suunta", "Huomio"),
    ):
        ws.append(row)
    notes = {"staff": "kaksi etähoitajaa sairauslomalla", "output-scope": "lääkeautomaatit puuttuvat"}
    for label, key, arrow in OO04_LIGHTS:
        ws.append((label, arrow, notes.get(key, "")))
    ws.append(("Merkkien selitykset välilehdellä Selite.",))
    ws.append(())
    ws.append(("Kustannukset 2024 (€)", "Budjetti 2024", "Q1", "Q2", "Q3", "Yhteensä 1–9/2024"))
    for label, _k, budget, quarters in OO04_ROWS:
        ws.append((label, budget, *quarters, sum(quarters)))
    ws.append(
        (
            "Yhteensä",
            sum(r[2] for r in OO04_ROWS),
            *(sum(r[3][i] for r in OO04_ROWS) for i in range(3)),
            sum(sum(r[3]) for r in OO04_ROWS),
        )
    )
    ws.append(())
    ws.append(("Tavoite", "Tilanne 30.9.2024"))
    for goal, verdict, _s in OO04_GOALS:
        ws.append((goal, verdict))
    ws.column_dimensions["A"].width = 62
    key = wb.create_sheet("Selite")
    key.append(("Merkki", "Merkitys"))
    key.append(("→", "etenee suunnitelman mukaan"))
    key.append(("↘", "lievä poikkeama, korjattavissa hankkeen omin toimin"))
    key.append(("↓", "merkittävä poikkeama, ohjausryhmä päättää toimista"))
    wb.properties.creator = "Etelä-Savon hyvinvointialue"
    wb.properties.created = CREATED
    wb.properties.modified = CREATED
    raw = io.BytesIO()
    wb.save(raw)
    restamp(raw, TEST44 / "oo04_etela_savo_seurantaraportti_2024.xlsx", CREATED)


# --- oo06: Pohjois-Savo, ordinary plan PDF: one estimate table per investment, bullet goals ---

OO06_NAME = "Hoitoketjut sujuviksi Pohjois-Savossa"
OO06_PARTS = (
    "Investointi 1: Hoito- ja kuntoutusvelan purku",
    "Investointi 4: Digitaalinen palvelutarpeen arviointi",
)
OO06_COSTS = {
    "Investointi 1": [
        ("Omat henkilöstökustannukset", "own-staff-costs", 860000),
        ("Palvelujen ostot", "service-purchases", 420000),
        ("Matkakulut", "travel", 24000),
    ],
    "Investointi 4": [
        ("Ohjelmistot ja lisenssit", "software", 310000),
        ("Asiantuntijapalvelut", "expert-services", 150000),
        ("Omat henkilöstökustannukset", "own-staff-costs", 215000),
    ],
}
OO06_GOALS = [
    "Kuntoutukseen pääsyn odotusaika lyhenee alle kuuteen viikkoon.",
    "Suun terveydenhuollon hoitovelka puretaan vuoden 2023 loppuun mennessä.",
    "Puolet yhteydenotoista alkaa sähköisellä oirearviolla.",
    "Terveyskylän digihoitopolut ovat käytössä kaikissa kunnissa.",
]


def _oo06_pages() -> list[list[str]]:
    applied = sum(r[2] for rs in OO06_COSTS.values() for r in rs)
    page1 = [
        f"!{OO06_NAME}",
        "Hankesuunnitelma, Suomen kestävän kasvun ohjelma, haku 2022",
        "",
        "!1 Hakija ja toteutusalue",
        "Pohjois-Savon hyvinvointialue. Toteutusalue: Kuopio, Iisalmi, Varkaus, Siilinjärvi ja Suonenjoki.",
        "Hankeaika 1.6.2022–31.12.2025. Rahoitus haetaan sosiaali- ja terveysministeriöltä.",
        "",
        "!2 Tavoitteet",
        *[f"• {g}" for g in OO06_GOALS],
        "",
        "!3 Toimijat",
        "Savonia-ammattikorkeakoulu kouluttaa henkilöstön ja kokoaa asiakaspalautteen.",
        "Palvelutarpeen arvio tehdään Omaolossa; digihoitopolut tulevat Terveyskylästä.",
        "",
        "!4 Investoinnit ja kustannusarvio",
    ]
    page2: list[str] = []
    for part, key in zip(OO06_PARTS, OO06_COSTS, strict=True):
        page2.append(f"!{part}")
        page2.append("#Kustannuslaji|Kustannusarvio (€)")
        for label, _k, n in OO06_COSTS[key]:
            page2.append(f"#{label}|{fi(n)}")
        page2.append(f"#Yhteensä|{fi(sum(r[2] for r in OO06_COSTS[key]))}")
        page2.append("")
    page2.append(f"Haettava valtionavustus yhteensä {fi(applied)} euroa.")
    return [page1, page2]


def _oo06() -> None:
    pdf(
        TEST44 / "oo06_pohjois_savo_hankesuunnitelma_2022.pdf",
        _oo06_pages(),
        [40, 300],
        lambda n, total: [(40, "Pohjois-Savon hyvinvointialue"), (480, f"{n} ({total})")],
        lambda n, total: [(40, "Hankesuunnitelma 30.5.2022")],
    )


# --- oo08: Lappi, steering-group deck: work packages with their own faces and cost tables ---

OO08_NAME = "Etäpalvelut pitkien välimatkojen Lapissa"
OO08_PARTS = (
    "Työpaketti 1: Etävastaanotot",
    "Työpaketti 2: Liikkuvat palvelut",
    "Työpaketti 3: Digitaalinen palveluohjaus",
)
#: label, key, (TP 1, TP 2, TP 3)
OO08_LIGHTS = [
    ("Aikataulu", "schedule", ("🙂", "😐", "🙂")),
    ("Kustannukset", "costs", ("🙂", "🙂", "🙁")),
    ("Henkilöstö", "staff", ("😐", "🙂", "🙂")),
    ("Riskit", "risks", ("🙂", "🙁", "😐")),
]
OO08_COSTS = {
    "TP 1": [
        ("Omat henkilöstökustannukset", "own-staff-costs", 760000, 702300),
        ("ICT-laitteet", "phone-and-ict-equipment", 310000, 296450),
        ("Matkakulut", "travel", 130000, 84100),
    ],
    "TP 2": [
        ("Omat henkilöstökustannukset", "own-staff-costs", 690000, 598760),
        ("Palvelujen ostot", "service-purchases", 380000, 361900),
        ("Matkakulut", "travel", 80000, 77420),
    ],
    "TP 3": [
        ("Ohjelmistot ja lisenssit", "software", 420000, 455800),
        ("Asiantuntijapalvelut", "expert-services", 240000, 198300),
        ("Omat henkilöstökustannukset", "own-staff-costs", 140000, 121650),
    ],
}
OO08_GOALS = [
    ("TP 1: Etävastaanotto on käytössä kaikilla Lapin terveysasemilla", "valmis", "achieved"),
    ("TP 1: Kolmannes kontrollikäynneistä tehdään etänä", "hyvällä mallilla, nyt 24 %", "partly-achieved"),
    ("TP 2: Liikkuva palveluyksikkö kiertää Sodankylän, Inarin ja Kittilän kylissä", "valmis", "achieved"),
    ("TP 2: Kyläkohtaiset vastaanottopäivät vakiintuvat", "lykkääntyy syksyyn 2025", "moved-later"),
    ("TP 3: Palveluohjauksen chat aukeaa Omaolon yhteydenottopyynnön rinnalle", "työn alla", "unfinished"),
    ("TP 3: Palveluohjauksen vastausaika on alle yhden työpäivän", "jäi saavuttamatta", "not-achieved"),
]
OO08_KEY = "🙂 = suunnitelman mukaan · 😐 = lievä poikkeama · 🙁 = vakava poikkeama"


def _oo08() -> None:
    from pptx import Presentation
    from pptx.util import Inches, Pt

    prs = Presentation()
    prs.core_properties.author = "Lapin hyvinvointialue"
    prs.core_properties.created = CREATED
    prs.core_properties.modified = CREATED
    prs.core_properties.revision = 1

    def footer(s) -> None:
        box = s.shapes.add_textbox(Inches(0.4), Inches(6.9), Inches(9.2), Inches(0.4))
        box.text_frame.text = OO08_KEY
        box.text_frame.paragraphs[0].runs[0].font.size = Pt(10)

    def slide(title: str, lines: list[str]) -> None:
        s = prs.slides.add_slide(prs.slide_layouts[1])
        s.shapes.title.text = title
        body = s.placeholders[1].text_frame
        body.text = lines[0]
        for line in lines[1:]:
            body.add_paragraph().text = line
        footer(s)

    def grid(title: str, rows: list[tuple[str, ...]]) -> None:
        s = prs.slides.add_slide(prs.slide_layouts[5])
        s.shapes.title.text = title
        shape = s.shapes.add_table(
            len(rows), len(rows[0]), Inches(0.4), Inches(1.6), Inches(9.2), Inches(0.4) * len(rows)
        )
        for r, row in enumerate(rows):
            for c, text in enumerate(row):
                cell = shape.table.cell(r, c)
                cell.text = text
                for run in cell.text_frame.paragraphs[0].runs:
                    run.font.size = Pt(12)
        footer(s)

    granted = sum(r[2] for rs in OO08_COSTS.values() for r in rs)
    slide(
        OO08_NAME,
        [
            "Väliraportti ohjausryhmälle 12.3.2025",
            "Rovaniemi, Kemi, Tornio, Sodankylä, Inari ja Kittilä",
            f"Myönnetty avustus 2022–2025 yhteensä {fi(granted)} €",
            *OO08_PARTS,
        ],
    )
    slide(
        "Yhteistyö ja rahoitus",
        [
            "Lapin ammattikorkeakoulu arvioi etävastaanottojen vaikutukset (TP 1).",
            "Ajanvaraus ja kirjaukset kulkevat Kanta-palvelujen kautta; oirearvio Omaolossa (TP 3).",
            "Rahoittaja: STM, Suomen kestävän kasvun ohjelma.",
        ],
    )
    grid(
        "Tilannekuva 28.2.2025",
        [("Osa-alue", "TP 1", "TP 2", "TP 3"), *[(label, *faces) for label, _k, faces in OO08_LIGHTS]],
    )
    for part, key in zip(OO08_PARTS, OO08_COSTS, strict=True):
        rows = [("Kustannuslaji", "Myönnetty €", "Toteutunut 28.2.2025 €", "Käyttöaste")]
        for label, _k, g, a in OO08_COSTS[key]:
            rows.append((label, fi(g), fi(a), f"{pct(a, g)} %"))
        g = sum(r[2] for r in OO08_COSTS[key])
        a = sum(r[3] for r in OO08_COSTS[key])
        rows.append(("Yhteensä", fi(g), fi(a), f"{pct(a, g)} %"))
        grid(f"Talous: {part}", rows)
    slide("Tavoitteiden tilanne", [f"{goal} – {verdict}" for goal, verdict, _s in OO08_GOALS])
    raw = io.BytesIO()
    prs.save(raw)
    restamp(raw, TEST44 / "oo08_lappi_valiraportti_2025.pptx", CREATED)


# --- oo15: Pohjanmaa (Swedish), status report DOCX whose name stands only in the table captions ---

OO15_NAME = "Digital hemvård i Österbotten"
OO15_LIGHTS = [
    ("Tidtabell", "schedule", "stabilt"),
    ("Kostnader", "costs", "stabilt"),
    ("Personal", "staff", "osäkert"),
    ("Omfattning", "output-scope", "kritiskt"),
    ("Risker", "risks", "osäkert"),
    ("Nytta", "benefits", "stabilt"),
]
OO15_ROWS = [
    ("Personalkostnader", "staff-costs", 212000, 198430),
    ("Köpta tjänster", "service-purchases", 64000, 71250),
    ("Programvara och licenser", "software", 38000, 12900),
    ("Resekostnader", "travel", 6000, 2145),
]
OO15_GOALS = [
    ("Hemvården i Vasa och Korsholm gör en tredjedel av besöken på distans", "genomfört", "achieved"),
    ("Nattpatrullen i Jakobstad får stöd av sensorer", "ungefär 40 % av målet", "partly-achieved"),
    ("Distansbesök införs i Närpes och Kristinestad", "skjuts upp till hösten 2024", "moved-later"),
    ("Klienternas anhöriga ser besöksplanen i en app", "har inte lyckats", "not-achieved"),
]


def _oo15() -> None:
    d = docx_document("Österbottens välfärdsområde", CREATED)
    d.add_heading("Lägesrapport 1/2023", level=1)
    d.add_paragraph("Österbottens välfärdsområde · Rapportperiod 1.1–30.6.2023 · Datum 14.8.2023")
    d.add_paragraph(
        "Projektet finansieras ur programmet för hållbar tillväxt (NextGenerationEU). Yrkeshögskolan Novia "
        "utvärderar distansbesöken och Folkhälsan Välfärd Ab sköter sensorpiloten i Jakobstad."
    )
    d.add_paragraph(f"Tabell 1. Läget i projektet {OO15_NAME} 30.6.2023")
    table(d, [("Område", "Läge"), *[(label, word) for label, _k, word in OO15_LIGHTS]])
    d.add_paragraph("stabilt = enligt plan; osäkert och kritiskt = avvikelse från planen.")
    d.add_paragraph(f"Tabell 2. Kostnader för {OO15_NAME}, 1.1–30.6.2023 (euro)")
    rows = [("Kostnadsslag", "Budget för perioden", "Utfall för perioden")]
    for label, _k, b, a in OO15_ROWS:
        rows.append((label, fi(b), fi(a)))
    rows.append(("Sammanlagt", fi(sum(r[2] for r in OO15_ROWS)), fi(sum(r[3] for r in OO15_ROWS))))
    table(d, rows)
    d.add_paragraph(f"Tabell 3. Mål för {OO15_NAME}")
    table(d, [("Mål", "Läge"), *[(g, v) for g, v, _s in OO15_GOALS]])
    save(d, TEST44 / "oo15_pohjanmaa_sv_lagesrapport_2023.docx", ZIP_TIME)


# --- oo16: Länsi-Uusimaa (Swedish), ordinary final report PDF ---

OO16_NAME = "Trygg vård på distans i Västra Nyland"
OO16_LIGHTS = [
    ("Tidtabell", "schedule", "Enligt plan"),
    ("Kostnader", "costs", "Enligt plan"),
    ("Personal", "staff", "Avvikelse"),
    ("Resultatens kvalitet", "output-quality", "Enligt plan"),
    ("Nytta", "benefits", "Avvikelse"),
]
OO16_GOALS = [
    ("Distansmottagning erbjuds vid alla hälsostationer", "Uppnått", "achieved"),
    ("Hälften av uppföljningsbesöken sköts på distans", "Delvis uppnått (37 %)", "partly-achieved"),
    ("Kvällsjour via chatt för Hangö och Raseborg", "Inte uppnått", "not-achieved"),
    ("Personalen i Lojo och Ingå utbildas i distansvård", "Uppnått", "achieved"),
]
OO16_ROWS = [
    ("Egna personalkostnader", "own-staff-costs", 690000, 671240),
    ("Köpta tjänster", "service-purchases", 310000, 254800),
    ("Programvara och licenser", "software", 180000, 176300),
    ("Resekostnader", "travel", 15000, 6410),
]


def _oo16_pages() -> list[list[str]]:
    granted = sum(r[2] for r in OO16_ROWS)
    actual = sum(r[3] for r in OO16_ROWS)
    page1 = [
        "!Slutrapport",
        f"Projektets namn: {OO16_NAME}",
        "Huvudman: Västra Nylands välfärdsområde",
        "Område: Lojo, Raseborg, Ingå, Hangö och Kyrkslätt",
        "Projekttid: 1.3.2022–31.12.2024",
        f"Beviljat bidrag: {fi(granted)} € (social- och hälsovårdsministeriet, programmet för hållbar tillväxt)",
        "Datum: 28.3.2025",
        "",
        "!Samarbete",
        "Yrkeshögskolan Arcada utvärderade distansmottagningen. Inloggning via Suomi.fi-identifikation,",
        "symtombedömning i Omaolo.",
        "",
        "!Bedömning av genomförandet",
        "#|Område|Bedömning",
        *[f"#|{label}|{word}" for label, _k, word in OO16_LIGHTS],
        "",
        "!Mål",
        "#Nr|Mål|Utfall",
        *[f"#{i}|{g}|{v}" for i, (g, v, _s) in enumerate(OO16_GOALS, 1)],
    ]
    page2 = [
        "!Kostnader för hela projekttiden",
        "#|Kostnadsslag|Beviljat €|Utfall €|Användningsgrad %",
        *[f"#|{label}|{fi(g)}|{fi(a)}|{pct(a, g)}" for label, _k, g, a in OO16_ROWS],
        f"#|Totalt|{fi(granted)}|{fi(actual)}|{pct(actual, granted)}",
    ]
    return [page1, page2]


def _oo16() -> None:
    pdf(
        TEST44 / "oo16_lansi_uusimaa_sv_slutrapport_2025.pdf",
        _oo16_pages(),
        [40, 60, 300, 390, 480],
        lambda n, total: [(40, "Västra Nylands välfärdsområde"), (500, f"{n}/{total}")],
        lambda n, total: [(40, "Slutrapport")],
    )


if __name__ == "__main__":
    TEST44.mkdir(exist_ok=True)
    _oo03()
    _oo04()
    _oo06()
    _oo08()
    _oo15()
    _oo16()
