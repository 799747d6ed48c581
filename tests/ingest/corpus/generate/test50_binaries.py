"""Write the development set test50's PDF, DOCX, XLSX and PPTX documents (invented text, see ../README.md).

test50/ was written blind in stop 57 by helper W47, who read no ingest code and no document of any
set. Run with ``.venv/bin/python tests/ingest/corpus/generate/test50_binaries.py``; the outputs are
committed, so the script is needed only to change them. Two runs write the same bytes (reportlab's
invariant mode; fixed core properties and zip time stamps through binaries_common).
"""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

from binaries_common import docx_document, fi, pct, pdf, restamp, save, table

TEST50 = Path(__file__).resolve().parent.parent / "test50"
#: The time stamp of every zip entry (a zip stores local time, no zone).
ZIP_TIME = (2026, 12, 8, 1, 0, 0)
CREATED = dt.datetime(2026, 12, 8, 1, 0, 0)


def totals(rows: list[tuple], columns: tuple[int, ...]) -> tuple:
    return tuple(round(sum(r[i] for r in rows), 2) for i in columns)


# --- ou02: Etelä-Savo, ordinary Word final report: two investments, one cumulative table each, the returned sum ---

OU02_NAME = "Mielen tuki Etelä-Savossa"
OU02_PARTS = (
    "Investointi 2: Matalan kynnyksen mielenterveyspalvelut",
    "Investointi 4: Digitaaliset mielenterveyspalvelut",
)
#: label, key, value
OU02_LIGHTS = [
    ("Aikataulu", "schedule", "Vihreä"),
    ("Kustannukset", "costs", "Vihreä"),
    ("Henkilöstö", "staff", "Keltainen"),
    ("Tuotosten laatu", "output-quality", "Vihreä"),
    ("Hyödyt", "benefits", "Keltainen"),
]
OU02_GOALS = [
    ("Mielenterveysneuvontaa saa ilman lähetettä kaikista sote-keskuksista", "Toteutunut", "achieved"),
    (
        "Terapiat etulinjaan -hoitojaksot alkavat kahden viikon kuluessa yhteydenotosta",
        "Osittain toteutunut",
        "partly-achieved",
    ),
    ("Nuorten chat-palvelu päivystää myös arki-iltaisin", "Toteutunut", "achieved"),
    ("Digitaalisen palvelun käyttäjistä 40 % on alle 30-vuotiaita", "Ei toteutunut (28 %)", "not-achieved"),
]
#: per investment: label, key, granted, actual
OU02_COSTS = {
    2: [
        ("Henkilöstökustannukset", "own-staff-costs", 820000, 801340),
        ("Palvelujen ostot", "service-purchases", 140000, 126900),
        ("Matkakulut", "travel", 18000, 9420),
    ],
    4: [
        ("Henkilöstökustannukset", "own-staff-costs", 360000, 352100),
        ("Ohjelmistot", "software", 290000, 281450),
        ("Asiantuntijapalvelut", "expert-services", 95000, 71200),
        ("Viestintäpalvelut", "communication-services", 27000, 25630),
    ],
}
OU02_GRANT = sum(r[2] for rows in OU02_COSTS.values() for r in rows)
OU02_ACTUAL = sum(r[3] for rows in OU02_COSTS.values() for r in rows)


def _ou02() -> None:
    d = docx_document("Etelä-Savon hyvinvointialue", CREATED)
    d.add_heading("Hankkeen loppuraportti", 0)
    d.add_paragraph(f"Hankkeen nimi: {OU02_NAME}")
    d.add_paragraph("Hankkeen toteuttaja: Etelä-Savon hyvinvointialue")
    d.add_paragraph("Rahoittaja: Sosiaali- ja terveysministeriö, Suomen kestävän kasvun ohjelma (RRF)")
    d.add_paragraph("Hankeaika: 1.1.2023–30.9.2025")
    d.add_paragraph(f"Myönnetty avustus: {fi(OU02_GRANT)} €")
    d.add_paragraph("Raportin päiväys: 15.12.2025")
    d.add_heading("1 Yhteenveto", 1)
    d.add_paragraph(
        "Hanke kehitti matalan kynnyksen mielenterveyspalveluja Mikkelissä, Savonlinnassa, Pieksämäellä ja Juvalla. "
        "Hanke toteutettiin kahtena investointina:"
    )
    for part in OU02_PARTS:
        d.add_paragraph(part, style="List Bullet")
    d.add_paragraph(
        "Kaakkois-Suomen ammattikorkeakoulu (Xamk) teki hankkeen ulkoisen arvioinnin. Mielenterveysyhdistys "
        "Saimaan Tuki ry veti vertaisryhmiä sote-keskusten tiloissa. Omahoitoon ohjattiin Mielenterveystalon "
        "omahoito-ohjelmien kautta."
    )
    d.add_heading("2 Hankkeen tila päättyessä", 1)
    d.add_paragraph(
        "Arvioinnin värit: Vihreä = toteutui suunnitellusti, Keltainen = lievä poikkeama, Punainen = merkittävä poikkeama."
    )
    table(d, [("Arvioitava osa-alue", "Arvio"), *[(lab, v) for lab, _k, v in OU02_LIGHTS]])
    d.add_heading("3 Tavoitteiden toteutuminen", 1)
    table(
        d, [("Nro", "Tavoite", "Toteutuminen"), *[(str(i), g, v) for i, (g, v, _s) in enumerate(OU02_GOALS, 1)]]
    )
    d.add_heading("4 Kustannukset", 1)
    for n, part in zip((2, 4), OU02_PARTS, strict=True):
        d.add_paragraph(f"{part}: kustannukset koko hankeajalta")
        rows = OU02_COSTS[n]
        tg, ta = totals(rows, (2, 3))
        table(
            d,
            [
                ("Kustannuslaji", "Myönnetty €", "Toteutunut €", "Käyttöaste %"),
                *[(lab, fi(g), fi(a), str(pct(a, g))) for lab, _k, g, a in rows],
                ("Yhteensä", fi(tg), fi(ta), str(pct(ta, tg))),
            ],
        )
    d.add_paragraph(
        f"Avustuksesta jäi käyttämättä {fi(OU02_GRANT - OU02_ACTUAL)} €, joka palautetaan sosiaali- ja terveysministeriölle."
    )
    save(d, TEST50 / "ou02_etela_savo_loppuraportti_2025.docx", ZIP_TIME)


# --- ou03: Kymenlaakso, PDF plan updated for a change application: current lights, one estimate table per
#     investment, the grant of the first decision and the sum now applied for ---

OU03_NAME = "Kotihoito kuntoon Kymenlaaksossa"
OU03_PARTS = ("Investointi 1: Kotihoidon etäkäynnit", "Investointi 3: Asiakasohjauksen yhteinen malli")
OU03_FIRST_GRANT = 1150000
OU03_LIGHTS = [
    ("Aikataulu", "schedule", "vihreä"),
    ("Kustannukset", "costs", "keltainen"),
    ("Henkilöstö", "staff", "vihreä"),
    ("Riskit", "risks", "keltainen"),
]
OU03_GOALS = [
    "Kolmannes kotihoidon asiakkaista saa osan käynneistään etäyhteydellä",
    "Kotihoidon käyntien suunnittelu siirtyy yhteen toiminnanohjausjärjestelmään",
    "Asiakasohjaus toimii yhdellä puhelinnumerolla koko alueella",
]
#: per investment: label, key, estimate
OU03_COSTS = {
    1: [
        ("Henkilöstökustannukset", "own-staff-costs", 540000),
        ("Puhelin- ja ICT-laitehankinnat", "phone-and-ict-equipment", 180000),
        ("Palvelujen ostot", "service-purchases", 60000),
        ("Matkakulut", "travel", 12000),
    ],
    3: [
        ("Henkilöstökustannukset", "own-staff-costs", 410000),
        ("Asiantuntijapalvelut", "expert-services", 75000),
        ("Viestintäpalvelut", "communication-services", 18000),
    ],
}
OU03_APPLIED = sum(r[2] for rows in OU03_COSTS.values() for r in rows)


def _ou03() -> None:
    page1 = [
        "!HANKESUUNNITELMA - PÄIVITETTY VERSIO",
        "!" + OU03_NAME,
        "Muutoshakemuksen liite 1, päivitetty 14.4.2023",
        "",
        "!1. Perustiedot",
        "Hakija: Kymenlaakson hyvinvointialue",
        "Rahoitus: Suomen kestävän kasvun ohjelma (RRF), investointi 1 ja investointi 3",
        "Hankeaika: 1.1.2023-31.12.2025",
        f"Alkuperäisellä päätöksellä myönnetty avustus: {fi(OU03_FIRST_GRANT)} euroa",
        "",
        "Hanke toimii Kotkassa, Kouvolassa, Haminassa ja Pyhtäällä. Kaakkois-Suomen ammattikorkeakoulu (Xamk)",
        "arvioi etäkäyntien vaikutuksia, ja Kymenlaakson Omaishoitajat ry kouluttaa omaisia etäyhteyksien",
        "käyttöön. Kotihoidon kirjaukset tallentuvat Kanta-palveluihin.",
        "",
        "!2. Hankkeen nykytilanne",
        "Tilanteen kuvaus värein (vihreä = suunnitelman mukaan, keltainen = poikkeama, punainen = vakava poikkeama)",
        "#Osa-alue|Tilanne|Huomio",
        *[f"#{lab}|{v}|" for lab, _k, v in OU03_LIGHTS],
        "",
        "!3. Tavoitteet",
        *[f"- {g}" for g in OU03_GOALS],
    ]
    page2 = ["!4. Kustannusarvio investoinneittain"]
    for n, part in zip((1, 3), OU03_PARTS, strict=True):
        rows = OU03_COSTS[n]
        page2 += [
            "",
            "!" + part,
            "#Kustannuslaji|Kustannusarvio (EUR)",
            *[f"#{lab}|{fi(e)}" for lab, _k, e in rows],
            f"#Yhteensä|{fi(sum(r[2] for r in rows))}",
        ]
    page2 += [
        "",
        f"Muutoshakemuksella haettava avustus on yhteensä {fi(OU03_APPLIED)} euroa.",
    ]
    pdf(
        TEST50 / "ou03_kymenlaakso_hankesuunnitelma_2023.pdf",
        [page1, page2],
        [40, 260, 360],
        lambda n, total: [(40, "Kymenlaakson hyvinvointialue"), (420, "Hankesuunnitelma 2023")],
        lambda n, total: [(500, f"{n} ({total})")],
    )


# --- ou07: Länsi-Uusimaa, Swedish workbook final report: lights only as cell fills keyed by a row of filled
#     cells, goals answered "Uppnåddes målet?", numeric cells Beviljat / Förbrukat / Kvar ---

OU07_NAME = "Trygg vardag i Västra Nyland"
GREEN, YELLOW, RED = "FF00B050", "FFFFC000", "FFFF0000"
OU07_LIGHTS = [
    ("Tidtabell", "schedule", GREEN),
    ("Kostnader", "costs", GREEN),
    ("Personal", "staff", YELLOW),
    ("Nytta för klienterna", "benefits", GREEN),
    ("Risker", "risks", RED),
]
OU07_GOALS = [
    ("Hemvårdens klienter får ett kvällssamtal varje dag", "Ja", "achieved"),
    ("Nattpatrullen täcker också Ingå", "Delvis – bara vardagar", "partly-achieved"),
    ("Trygghetslarmen byts ut mot mobila larm", "Nej", "not-achieved"),
    ("Närståendevårdarna får en egen kontaktperson", "Senare, våren 2026", "moved-later"),
]
#: label, key, granted, spent
OU07_COSTS = [
    ("Personal", "own-staff-costs", 690000, 671245.40),
    ("Köpta tjänster", "service-purchases", 310000, 287900.00),
    ("Programvara", "software", 160000, 155310.25),
    ("Resor", "travel", 30000, 11822.60),
]
OU07_GRANT = sum(r[2] for r in OU07_COSTS)
OU07_SPENT = round(sum(r[3] for r in OU07_COSTS), 2)
OU07_RETURNED = round(OU07_GRANT - OU07_SPENT, 2)


def _ou07() -> None:
    import openpyxl
    from openpyxl.styles import Font, PatternFill

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Slutrapport"
    money = '#,##0.00 "€"'
    rows: list[tuple] = [
        ("SLUTRAPPORT",),
        ("Projekt", OU07_NAME),
        ("Välfärdsområde", "Västra Nylands välfärdsområde"),
        ("Projekttid", "1.1.2023–30.6.2025"),
        ("Rapporten godkänd", "30.9.2025"),
        ("Finansiering", "Social- och hälsovårdsministeriet, Finland för hållbar tillväxt (RRF)"),
        ("Beviljat statsunderstöd", OU07_GRANT),
        ("Kommuner", "Lojo, Raseborg, Ingå och Hangö"),
        (
            "Samarbete",
            "Laurea-ammattikorkeakoulu (Laurea) utvärderade kvällssamtalen. Föreningen Trygga Hem rf utbildade "
            "frivilliga samtalsvärdar. Klienterna loggar in med Suomi.fi-identifikation.",
        ),
        (),
        ("LÄGET VID PROJEKTETS SLUT",),
    ]
    for r in rows:
        ws.append(list(r))
    fills = {}
    for label, _k, colour in OU07_LIGHTS:
        ws.append([label, None])
        fills[ws.max_row] = colour
    ws.append([])
    ws.append(["Färgförklaring"])
    for colour, text in ((GREEN, "enligt plan"), (YELLOW, "mindre avvikelse"), (RED, "allvarlig avvikelse")):
        ws.append([None, text])
        fills[ws.max_row] = colour
    for row, colour in fills.items():
        target = ws.cell(row=row, column=2) if ws.cell(row=row, column=1).value else ws.cell(row=row, column=1)
        target.fill = PatternFill("solid", fgColor=colour)
    ws.append([])
    ws.append(["MÅL"])
    ws.append(["Mål", "Uppnåddes målet?"])
    for goal, answer, _s in OU07_GOALS:
        ws.append([goal, answer])
    ws.append([])
    ws.append(["KOSTNADER UNDER HELA PROJEKTTIDEN"])
    ws.append(["Kostnadsslag", "Beviljat", "Förbrukat", "Kvar"])
    for label, _k, granted, spent in OU07_COSTS:
        ws.append([label, granted, spent, round(granted - spent, 2)])
    ws.append(["Totalt", OU07_GRANT, OU07_SPENT, OU07_RETURNED])
    ws.append([])
    ws.append(["Återbetalas till SHM", OU07_RETURNED])
    for row in ws.iter_rows():
        for cell in row:
            if isinstance(cell.value, float | int):
                cell.number_format = money
            if isinstance(cell.value, str) and cell.value.isupper():
                cell.font = Font(bold=True)
    ws.column_dimensions["A"].width = 48
    ws.column_dimensions["B"].width = 60
    raw = io.BytesIO()
    wb.save(raw)
    restamp(raw, TEST50 / "ou07_lansi_uusimaa_sv_slutrapport_2025.xlsx", CREATED)


# --- ou10: Päijät-Häme, Word status report: lights and goal verdicts as an "X" in one of several columns,
#     amounts with a trailing "e" for euros, Budjetoitu / Laskutettu ---

OU10_NAME = "Ikäneuvo Päijät-Hämeessä"
OU10_GRANT = 930000
#: label, key, column of the X (0 Vihreä, 1 Keltainen, 2 Punainen)
OU10_LIGHTS = [
    ("Aikataulu", "schedule", 0),
    ("Kustannukset", "costs", 0),
    ("Henkilöstö", "staff", 2),
    ("Tuotosten laajuus", "output-scope", 1),
    ("Hyödyt", "benefits", 0),
]
#: goal, column of the X (0 Toteutunut, 1 Osittain, 2 Ei toteutunut, 3 Siirtyy), status
OU10_GOALS = [
    ("Ikäneuvon puhelinpalvelu vastaa arkisin klo 8–18", 0, "achieved"),
    ("Palvelutarpeen arvio tehdään viikon kuluessa yhteydenotosta", 1, "partly-achieved"),
    ("Omaolon ikäihmisten oirearvio on käytössä kaikissa kunnissa", 3, "moved-later"),
    ("Asiakkaista 80 % pitää neuvontaa hyödyllisenä", 2, "not-achieved"),
]
#: label, key, budget, invoiced
OU10_COSTS = [
    ("Henkilöstökustannukset", "own-staff-costs", 610000, 402350),
    ("Palvelujen ostot", "service-purchases", 150000, 88120),
    ("Ohjelmistot", "software", 95000, 71900),
    ("Toimitilakulut", "premises", 60000, 41250),
    ("Matkakulut", "travel", 15000, 6415),
]


def e(n: int) -> str:
    return f"{fi(n)} e"


def _ou10() -> None:
    d = docx_document("Päijät-Hämeen hyvinvointialue", CREATED)
    d.add_heading("Tilanneraportti 3/2023", 0)
    d.add_paragraph(f"Hanke: {OU10_NAME}")
    d.add_paragraph("Rahoittaja: STM, Tulevaisuuden sosiaali- ja terveyskeskus -ohjelma")
    d.add_paragraph("Hankeaika: 1.9.2022–31.12.2024")
    d.add_paragraph(f"Myönnetty avustus: {e(OU10_GRANT)}")
    d.add_paragraph("Raportti laadittu: 20.10.2023")
    d.add_paragraph(
        "Ikäneuvo palvelee Lahden, Heinolan, Hollolan ja Orimattilan asukkaita. LAB-ammattikorkeakoulu (LAB) "
        "kerää asiakaspalautteen ja raportoi sen neljännesvuosittain. Päijät-Hämeen Vanhustyön Tuki ry ohjaa "
        "ikäihmisiä kerhoihin ja vapaaehtoistoimintaan."
    )
    d.add_heading("Hankkeen tila", 1)
    d.add_paragraph(
        "Merkitse X oikeaan sarakkeeseen. Vihreä = suunnitelman mukaan, keltainen = pieni poikkeama, punainen = suuri poikkeama."
    )
    table(
        d,
        [
            ("Osa-alue", "Vihreä", "Keltainen", "Punainen"),
            *[tuple([lab] + ["X" if i == col else "" for i in range(3)]) for lab, _k, col in OU10_LIGHTS],
        ],
    )
    d.add_heading("Tavoitteet", 1)
    table(
        d,
        [
            ("Tavoite", "Toteutunut", "Osittain", "Ei toteutunut", "Siirtyy"),
            *[tuple([g] + ["X" if i == col else "" for i in range(4)]) for g, col, _s in OU10_GOALS],
        ],
    )
    d.add_heading("Talous", 1)
    tb, ta = totals(OU10_COSTS, (2, 3))
    table(
        d,
        [
            ("Kustannuslaji", "Budjetoitu koko hankeaika", "Laskutettu 30.9.2023 mennessä"),
            *[(lab, e(b), e(a)) for lab, _k, b, a in OU10_COSTS],
            ("Yhteensä", e(tb), e(ta)),
        ],
    )
    save(d, TEST50 / "ou10_paijat_hame_tilanneraportti_2023.docx", ZIP_TIME)


# --- ou11: Keski-Suomi, steering-group deck: lights as five-segment bars with a score, keyed on the slide;
#     a year table in t€ with one decimal ---

OU11_NAME = "Perhekeskus verkossa Keski-Suomessa"
#: label, key, score of 5
OU11_LIGHTS = [
    ("Aikataulu", "schedule", 5),
    ("Kustannukset", "costs", 4),
    ("Henkilöstö", "staff", 5),
    ("Tuotosten laajuus", "output-scope", 3),
    ("Hyödyt", "benefits", 5),
]
OU11_GOALS = [
    ("Perheet löytävät alueen palvelut yhdestä verkko-osoitteesta", "valmis", "achieved"),
    ("Neuvolan chat vastaa saman päivän aikana", "osittain, vain arkisin", "partly-achieved"),
    ("Vanhempainryhmät toimivat myös verkossa", "kesken", "unfinished"),
    ("Eroauttamisen verkkopalvelu avataan", "siirtyy vuoteen 2025", "moved-later"),
]
#: label, key, budget 2024, actual 1-8/2024, forecast 2024 (t€, one decimal)
OU11_COSTS = [
    ("Henkilöstökustannukset", "own-staff-costs", 564.0, 318.4, 548.5),
    ("Ohjelmistot", "software", 140.0, 92.6, 138.0),
    ("Viestintäpalvelut", "communication-services", 36.5, 12.3, 30.0),
    ("Matkakulut", "travel", 9.5, 4.1, 8.0),
]


def bar(score: int) -> str:
    return "▰" * score + "▱" * (5 - score) + f" {score}/5"


def _ou11() -> None:
    from pptx import Presentation
    from pptx.util import Inches, Pt

    prs = Presentation()
    blank = prs.slide_layouts[5]

    def slide(title: str, lines: list[str]) -> None:
        s = prs.slides.add_slide(blank)
        s.shapes.title.text = title
        box = s.shapes.add_textbox(Inches(0.5), Inches(1.5), Inches(9), Inches(5)).text_frame
        for i, line in enumerate(lines):
            p = box.paragraphs[0] if i == 0 else box.add_paragraph()
            p.text = line
            p.font.size = Pt(14)

    def grid(title: str, rows: list[tuple[str, ...]], note: str = "") -> None:
        s = prs.slides.add_slide(blank)
        s.shapes.title.text = title
        shape = s.shapes.add_table(len(rows), len(rows[0]), Inches(0.5), Inches(1.5), Inches(9), Inches(3))
        for r, row in enumerate(rows):
            for c, text in enumerate(row):
                shape.table.cell(r, c).text = text
        if note:
            s.shapes.add_textbox(Inches(0.5), Inches(6.3), Inches(9), Inches(0.6)).text_frame.text = note

    slide(
        OU11_NAME,
        [
            "Ohjausryhmä 12.9.2024",
            "Keski-Suomen hyvinvointialue | kestävän kasvun ohjelma (RRF)",
            "Avustus vuodelle 2024: 0,75 M€",
            "Mukana Jyväskylä, Äänekoski, Jämsä ja Laukaa",
            "Jyväskylän ammattikorkeakoulu (JAMK) tuottaa vanhempainryhmien verkkomateriaalit; "
            "Keski-Suomen Perheliitto ry vetää verkkoryhmiä. Palvelut kootaan Sähköiseen perhekeskukseen.",
        ],
    )
    grid(
        "Tilannekuva",
        [("Osa-alue", "Tilanne"), *[(lab, bar(s)) for lab, _k, s in OU11_LIGHTS]],
        "5/5 = suunnitelman mukaan · 3–4/5 = lievä poikkeama · 1–2/5 = vakava poikkeama",
    )
    tb, ta, tf = totals(OU11_COSTS, (2, 3, 4))
    grid(
        "Talous 2024 (t€)",
        [
            ("Kustannuslaji", "Budjetti 2024", "Toteutunut 1–8/2024", "Ennuste 2024"),
            *[(lab, fi(b, 1), fi(a, 1), fi(f, 1)) for lab, _k, b, a, f in OU11_COSTS],
            ("Yhteensä", fi(tb, 1), fi(ta, 1), fi(tf, 1)),
        ],
    )
    slide("Tavoitteet", [f"{g} — {v}" for g, v, _s in OU11_GOALS])
    raw = io.BytesIO()
    prs.save(raw)
    restamp(raw, TEST50 / "ou11_keski_suomi_ohjausryhma_2024.pptx", CREATED)


# --- ou16: Pohjois-Pohjanmaa, PDF final report in two columns (a "Lyhyesti" sidebar with the lights and the
#     grant beside the main text), costs in M€ with three decimals ---

OU16_NAME = "Kotona pidempään Pohjois-Pohjanmaalla"
OU16_PARTS = ("Osahanke 1: Kotikuntoutuksen tiimit", "Osahanke 2: Muistihoitajaverkosto")
OU16_GRANT = 2350000
OU16_LIGHTS = [
    ("Aikataulu", "schedule", "vihreä"),
    ("Kustannukset", "costs", "vihreä"),
    ("Henkilöstö", "staff", "punainen"),
    ("Tuotosten laatu", "output-quality", "vihreä"),
    ("Hyödyt", "benefits", "keltainen"),
]
OU16_GOALS = [
    ("Kotikuntoutuksen tiimi aloittaa kolmessa päivässä kotiutuksesta", "Toteutui", "achieved"),
    ("Muistihoitaja tavoittaa uuden muistiasiakkaan kuukaudessa", "Toteutui osittain", "partly-achieved"),
    ("Ympärivuorokautisen hoidon jonot lyhenevät neljänneksellä", "Ei toteutunut", "not-achieved"),
]
#: label, key, budget, actual (euros; printed in M€ with three decimals)
OU16_COSTS = [
    ("Henkilöstökustannukset", "own-staff-costs", 1640000, 1612000),
    ("Palvelujen ostot", "service-purchases", 420000, 398000),
    ("Puhelin- ja ICT-laitehankinnat", "phone-and-ict-equipment", 210000, 207000),
    ("Matkakulut", "travel", 80000, 72000),
]
OU16_ACTUAL = sum(r[3] for r in OU16_COSTS)


def m(n: int) -> str:
    return f"{n / 1_000_000:.3f}".replace(".", ",") + " M€"


def _ou16() -> None:
    tb, ta = totals(OU16_COSTS, (2, 3))
    side = [
        "LYHYESTI",
        f"Avustus: {m(OU16_GRANT)}",
        "Hankeaika: 2023-2025",
        "",
        "Tila hankkeen päättyessä:",
        *[f"{lab}: {v}" for lab, _k, v in OU16_LIGHTS],
        "",
        "vihreä = suunnitelman mukaan",
        "keltainen = lievä poikkeama",
        "punainen = vakava poikkeama",
    ]
    main = [
        "Hanke vahvisti ikäihmisten kotona",
        "asumista Oulussa, Raahessa, Ylivieskassa",
        "ja Kuusamossa kahdella osahankkeella:",
        *OU16_PARTS,
        "",
        "Oulun ammattikorkeakoulu (Oamk) koulutti",
        "kotikuntoutuksen tiimit.",
        "Pohjois-Pohjanmaan Muistiyhdistys ry",
        "tuki muistihoitajia omaisten ryhmissä.",
        "Kuntoutussuunnitelmat kirjattiin",
        "Kanta-palveluihin.",
        "",
        "Rahoitus: Suomen kestävän kasvun",
        "ohjelma (RRF), NextGenerationEU.",
    ]
    page1 = [
        "!LOPPURAPORTTI 2025",
        "!" + OU16_NAME,
        "Pohjois-Pohjanmaan hyvinvointialue, 28.11.2025",
        "",
        *[
            f"#{a}|{b}"
            for a, b in zip(
                main + [""] * (len(side) - len(main)), side + [""] * (len(main) - len(side)), strict=True
            )
        ],
    ]
    page2 = [
        "!Tavoitteet ja niiden toteutuminen",
        *[f"{i}. {g}: {v}" for i, (g, v, _s) in enumerate(OU16_GOALS, 1)],
        "",
        "!Kustannukset koko hankeajalta",
    ]
    pdf_rows = [
        "#Kustannuslaji|Budjetti|Toteutunut",
        *[f"#{lab}|{m(b)}|{m(a)}" for lab, _k, b, a in OU16_COSTS],
        f"#Yhteensä|{m(tb)}|{m(ta)}",
        "",
        f"Käyttämättä jäänyt {m(OU16_GRANT - OU16_ACTUAL)} palautetaan valtionavustuksen myöntäjälle.",
    ]
    pdf(
        TEST50 / "ou16_pohjois_pohjanmaa_loppuraportti_2025.pdf",
        [page1, page2 + pdf_rows],
        [40, 330, 440],
        lambda n, total: [(40, "Pohjois-Pohjanmaan hyvinvointialue")],
        lambda n, total: [(500, f"sivu {n}/{total}")],
    )


if __name__ == "__main__":
    TEST50.mkdir(exist_ok=True)
    _ou02()
    _ou03()
    _ou07()
    _ou10()
    _ou11()
    _ou16()
