"""Write the held-out set test45's PDF, DOCX, XLSX and PPTX documents (invented text, see ../README.md).

test45/ was written blind in stop 53 by helper W42, who read no ingest code and no document of any
set. Run with ``.venv/bin/python tests/ingest/corpus/generate/test45_binaries.py``; the outputs are
committed, so the script is needed only to change them. Two runs write the same bytes (reportlab's
invariant mode; fixed core properties and zip time stamps through binaries_common).
"""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

from binaries_common import bold, docx_document, fi, pct, pdf, restamp, save, table

TEST45 = Path(__file__).resolve().parent.parent / "test45"
#: The time stamp of every zip entry (a zip stores local time, no zone).
ZIP_TIME = (2026, 12, 7, 13, 0, 0)
CREATED = dt.datetime(2026, 12, 7, 13, 0, 0)


# --- op03: Vantaa and Kerava, ordinary Word final report, one cumulative table per investment ---

OP03_NAME = "Sujuva hoitoonpääsy Vantaalla ja Keravalla"
OP03_PARTS = ("Investointi 1: Hoitojonojen purkaminen", "Investointi 4: Sähköinen asiointi")
OP03_GRANT = 2140000
#: label, key, word (Vihreä = on plan), reason
OP03_LIGHTS = [
    ("Aikataulu", "schedule", "Vihreä", "Työt valmistuivat hankekauden aikana."),
    ("Kustannukset", "costs", "Vihreä", "Kulut pysyivät myönnetyssä summassa."),
    ("Henkilöstö", "staff", "Keltainen", "Kahta sairaanhoitajan tehtävää ei saatu täytettyä keväällä 2023."),
    ("Tuotosten laatu", "output-quality", "Vihreä", "Asiakaspalaute parani."),
    ("Riskit", "risks", "Punainen", "Ajanvarausjärjestelmän toimittaja vaihtui kesken hankkeen."),
]
OP03_GOALS = [
    ("Kiireettömän hoidon jonot terveysasemilla lyhenevät alle kahteen viikkoon", "Toteutui", "achieved"),
    (
        "Suun terveydenhuollon hoitovelka puretaan vuoden 2023 loppuun mennessä",
        "Toteutui osittain, jäljellä noin 800 asiakasta",
        "partly-achieved",
    ),
    ("Sähköinen ajanvaraus on käytössä kaikilla terveysasemilla", "Toteutui", "achieved"),
    ("Omaolon oirearvioista vähintään 40 % käsitellään samana päivänä", "Ei toteutunut", "not-achieved"),
]
#: investment label → rows (label, key, granted, actual)
OP03_COSTS = {
    "Investointi 1": [
        ("Omat henkilöstökustannukset", "own-staff-costs", 980000, 962410.35),
        ("Palvelujen ostot", "service-purchases", 420000, 388200),
        ("Matkakulut", "travel", 15000, 6120.80),
    ],
    "Investointi 4": [
        ("Ohjelmistot", "software", 460000, 451900),
        ("Asiantuntijapalvelut", "expert-services", 190000, 176350),
        ("Omat henkilöstökustannukset", "own-staff-costs", 75000, 74980.50),
    ],
}


def op03_totals(part: str) -> tuple[float, float]:
    rows = OP03_COSTS[part]
    return sum(r[2] for r in rows), round(sum(r[3] for r in rows), 2)


def op03_returned() -> float:
    granted = sum(op03_totals(p)[0] for p in OP03_COSTS)
    actual = sum(op03_totals(p)[1] for p in OP03_COSTS)
    return round(granted - actual, 2)


def _op03() -> None:
    d = docx_document("Vantaan ja Keravan hyvinvointialue", CREATED)
    d.add_heading("Loppuraportti", level=1)
    d.add_paragraph("Kestävän kasvun ohjelma, sosiaali- ja terveydenhuollon hankkeet")
    d.add_heading("1. Perustiedot", level=2)
    table(
        d,
        [
            ("Kohta", "Tieto"),
            ("Hankkeen nimi", OP03_NAME),
            ("Hallinnoija", "Vantaan ja Keravan hyvinvointialue"),
            ("Toteutusaika", "1.4.2022–31.12.2024"),
            ("Rahoitus", "Suomen kestävän kasvun ohjelma, EU:n elpymis- ja palautumistukiväline"),
            ("Valtionavustuksen myöntäjä", "Sosiaali- ja terveysministeriö"),
            ("Myönnetty avustus", f"{fi(OP03_GRANT)} €"),
            ("Raportin päiväys", "28.2.2025"),
        ],
    )
    d.add_heading("2. Hankkeen osat", level=2)
    for part in OP03_PARTS:
        d.add_paragraph(part, style="List Bullet")
    d.add_paragraph(
        "Laurea-ammattikorkeakoulu arvioi sähköisen asioinnin käyttöönottoa. Oirearviot tehdään Omaolossa ja "
        "tunnistautuminen Suomi.fi-tunnistuksella."
    )
    d.add_heading("3. Toteutumisen arvio", level=2)
    d.add_paragraph(
        "Arvio: Vihreä = suunnitelman mukaan, Keltainen = pieni poikkeama, Punainen = merkittävä poikkeama."
    )
    table(d, [("Osa-alue", "Arvio", "Perustelu"), *[(lab, word, why) for lab, _k, word, why in OP03_LIGHTS]])
    d.add_heading("4. Tavoitteiden toteutuminen", level=2)
    table(d, [("Nro", "Tavoite", "Toteuma"), *[(str(i), g, v) for i, (g, v, _s) in enumerate(OP03_GOALS, 1)]])
    d.add_heading("5. Kustannukset koko hankekaudelta", level=2)
    for part in OP03_PARTS:
        label = part.split(":")[0]
        bold(d, part)
        granted, actual = op03_totals(label)
        table(
            d,
            [
                ("Kustannuslaji", "Myönnetty €", "Toteutunut €", "Käyttöaste %"),
                *[(lab, fi(g, 2), fi(a, 2), str(pct(a, g))) for lab, _k, g, a in OP03_COSTS[label]],
                ("Yhteensä", fi(granted, 2), fi(actual, 2), str(pct(actual, granted))),
            ],
        )
    d.add_paragraph(
        f"Käyttämättä jäänyt avustus {fi(op03_returned(), 2)} euroa palautetaan sosiaali- ja terveysministeriölle."
    )
    save(d, TEST45 / "op03_vantaa_kerava_loppuraportti_2025.docx", ZIP_TIME)


# --- op04: Varsinais-Suomi, workbook with +/0/– lights keyed on the last row, M€ year columns, goal % ---

OP04_NAME = "Nuorten mielenterveyden tuki Varsinais-Suomessa"
OP04_GRANT_TEXT = "1,6 M€"
OP04_GRANT = 1600000
#: label, key, symbol
OP04_LIGHTS = [
    ("Aikataulu", "schedule", "+"),
    ("Kustannukset", "costs", "+"),
    ("Henkilöstö", "staff", "–"),
    ("Tuotosten laajuus", "output-scope", "0"),
    ("Hyödyt", "benefits", "+"),
]
#: label, key, 2022, 2023, 1–6/2024 (M€)
OP04_COSTS = [
    ("Henkilöstökulut", "staff-costs", 0.18, 0.42, 0.21),
    ("Palvelujen ostot", "service-purchases", 0.05, 0.12, 0.07),
    ("Koulutus ja materiaalit", "materials", 0.01, 0.03, 0.02),
]
OP04_GOALS = [
    ("Nuorisoasemien jonotusaika lyhenee kahteen viikkoon", "100 %", "achieved"),
    ("Koulujen kuraattorit koulutetaan lyhytterapeuttisiin menetelmiin", "60 %", "partly-achieved"),
    ("Mielenterveystalon nettiterapiaan ohjataan 500 nuorta", "85 %", "partly-achieved"),
    ("Yöpäivystys avataan Saloon", "0 %", "not-achieved"),
]


def meur(x: float) -> str:
    return f"{x:.2f}".replace(".", ",") + " M€"


def op04_totals() -> list[float]:
    cols = [round(sum(r[i] for r in OP04_COSTS), 2) for i in (2, 3, 4)]
    return cols


def _op04() -> None:
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Seuranta 6-2024"
    rows: list[tuple] = [
        ("Seurantaraportti 1.1.–30.6.2024",),
        (),
        ("Hanke", OP04_NAME),
        ("Hallinnoija", "Varsinais-Suomen hyvinvointialue"),
        ("Rahoitus", "kestävän kasvun ohjelma (RRF)"),
        ("Myönnetty yhteensä", OP04_GRANT_TEXT),
        ("Toiminta-alue", "Turku, Salo, Kaarina"),
        (
            "Kumppanit",
            "Turun ammattikorkeakoulu kouluttaa kuraattorit; nettiterapiat Mielenterveystalon kautta",
        ),
        ("Päivitetty", "5.8.2024"),
        (),
        ("Tilannearvio", "Arvio", "Huomiot"),
        *[(lab, sym, "") for lab, _k, sym in OP04_LIGHTS],
        (),
        ("Toteutuneet kustannukset (M€)",),
        ("Kustannuslaji", "2022", "2023", "1–6/2024", "Yhteensä"),
    ]
    for lab, _k, a, b, c in OP04_COSTS:
        rows.append((lab, meur(a), meur(b), meur(c), meur(round(a + b + c, 2))))
    t = op04_totals()
    rows.append(("Yhteensä", meur(t[0]), meur(t[1]), meur(t[2]), meur(round(sum(t), 2))))
    rows += [
        (),
        ("Tavoite", "Toteuma-%"),
        *[(g, v) for g, v, _s in OP04_GOALS],
        (),
        ("Merkkien selitys: + = etenee suunnitelman mukaan, 0 = pieni poikkeama, – = merkittävä poikkeama",),
    ]
    for row in rows:
        ws.append(list(row))
    raw = io.BytesIO()
    wb.save(raw)
    restamp(raw, TEST45 / "op04_varsinais_suomi_seurantaraportti_2024.xlsx", CREATED)


# --- op06: Kanta-Häme, ordinary PDF plan with one estimate table per investment ---

OP06_NAME = "Jonoton Kanta-Häme"
OP06_PARTS = (
    "Investointi 1: Hoito- ja palveluvelan purku",
    "Investointi 3: Vaikuttavuustieto johtamisen tueksi",
)
OP06_GOALS = [
    "Kiireettömään hoitoon pääsee seitsemässä päivässä 80 %:lla asiakkaista",
    "Kotihoidon palvelutarpeen arviot tehdään kahden viikon kuluessa",
    "Vaikuttavuusmittarit otetaan käyttöön kolmessa palvelussa",
]
#: part label → rows (label, key, estimate)
OP06_COSTS = {
    "Investointi 1": [
        ("Henkilöstökulut", "staff-costs", 860000),
        ("Palvelujen ostot", "service-purchases", 240000),
        ("Matkakulut", "travel", 12000),
    ],
    "Investointi 3": [
        ("Henkilöstökulut", "staff-costs", 310000),
        ("Ohjelmistot", "software", 95000),
        ("Asiantuntijapalvelut", "expert-services", 60000),
    ],
}


def op06_total(part: str) -> int:
    return sum(r[2] for r in OP06_COSTS[part])


def _op06_pages() -> list[list[str]]:
    applied = sum(op06_total(p) for p in OP06_COSTS)
    page1 = [
        "!HANKESUUNNITELMA",
        f"Hankkeen nimi: {OP06_NAME}",
        "Hakija: Kanta-Hämeen hyvinvointialue",
        "Toteutusaika: 1.9.2022–31.12.2025",
        "Rahoitus: Suomen kestävän kasvun ohjelma, sosiaali- ja terveysministeriön valtionavustus",
        "Päiväys: 14.6.2022",
        "",
        "!1 Tausta",
        "Jonot terveysasemille ja kotihoitoon ovat kasvaneet Hämeenlinnassa, Riihimäellä ja Forssassa.",
        "",
        "!2 Tavoitteet",
        *[f"• {g}" for g in OP06_GOALS],
        "",
        "!3 Toteutus ja kumppanit",
        "Hankkeessa on kaksi osaa:",
        *[f"   {p}" for p in OP06_PARTS],
        "Hämeen ammattikorkeakoulu (HAMK) tekee vaikuttavuusmittareiden arvioinnin yhdessä",
        "hankkeen kanssa. Ajanvaraus liitetään Omaoloon.",
    ]
    page2 = ["!4 Kustannusarvio"]
    for part in OP06_PARTS:
        label = part.split(":")[0]
        page2 += [
            "",
            f"!{part}",
            "#Kustannuslaji|Kustannusarvio (€)",
            *[f"#{lab}|{fi(v)}" for lab, _k, v in OP06_COSTS[label]],
            f"#Yhteensä|{fi(op06_total(label))}",
        ]
    page2 += ["", f"Haettava avustus on yhteensä {fi(applied)} euroa."]
    return [page1, page2]


def _op06() -> None:
    pdf(
        TEST45 / "op06_kanta_hame_hankesuunnitelma_2022.pdf",
        _op06_pages(),
        [40, 300],
        lambda n, total: [(40, "Kanta-Hämeen hyvinvointialue"), (500, f"{n} ({total})")],
        lambda n, total: [(40, "Hankesuunnitelma 14.6.2022")],
    )


# --- op08: Päijät-Häme, steering-group deck: work packages, OK / SEURANTA / HÄLYTYS grid, budget and actual grids ---

OP08_NAME = "Päihdepalvelujen yhteinen vastaanotto Päijät-Hämeessä"
OP08_PARTS = ("Työpaketti 1: Matalan kynnyksen vastaanotto", "Työpaketti 2: Jalkautuva päihdetiimi")
#: label, key, TP1, TP2
OP08_LIGHTS = [
    ("Aikataulu", "schedule", "OK", "SEURANTA"),
    ("Kustannukset", "costs", "OK", "OK"),
    ("Henkilöstö", "staff", "HÄLYTYS", "OK"),
    ("Hyödyt", "benefits", "OK", "SEURANTA"),
]
#: label, key, (budget TP1, TP2), (actual TP1, TP2)
OP08_COSTS = [
    ("Henkilöstökulut", "staff-costs", (420000, 310000), (251300, 148900)),
    ("Palvelujen ostot", "service-purchases", (60000, 45000), (22400, 31750)),
    ("Toimitilat", "premises", (30000, 0), (17500, 0)),
]
OP08_GOALS = [
    ("Matalan kynnyksen vastaanotto on auki arkisin Lahdessa", "valmis", "achieved"),
    (
        "Vastaanotolle pääsee ilman lähetettä myös Heinolassa",
        "puolivälissä, aukeaa osa-aikaisena",
        "partly-achieved",
    ),
    ("Jalkautuva tiimi tavoittaa 300 asiakasta vuodessa", "kesken", "unfinished"),
    ("Orimattilaan perustetaan oma tiimi", "siirtyy syksyyn 2025", "moved-later"),
]


def _op08() -> None:
    from pptx import Presentation
    from pptx.util import Inches, Pt

    prs = Presentation()
    blank = prs.slide_layouts[5]

    def slide(title: str, lines: list[str]):
        s = prs.slides.add_slide(blank)
        s.shapes.title.text = title
        box = s.shapes.add_textbox(Inches(0.5), Inches(1.5), Inches(9), Inches(5)).text_frame
        for i, line in enumerate(lines):
            p = box.paragraphs[0] if i == 0 else box.add_paragraph()
            p.text = line
            p.font.size = Pt(14)
        return s

    def grid(title: str, rows: list[tuple[str, ...]], note: str = "") -> None:
        s = prs.slides.add_slide(blank)
        s.shapes.title.text = title
        shape = s.shapes.add_table(len(rows), len(rows[0]), Inches(0.5), Inches(1.5), Inches(9), Inches(3))
        for r, row in enumerate(rows):
            for c, text in enumerate(row):
                shape.table.cell(r, c).text = text
        if note:
            s.shapes.add_textbox(Inches(0.5), Inches(6.2), Inches(9), Inches(0.6)).text_frame.text = note

    slide(
        OP08_NAME,
        [
            "Ohjausryhmä 11.3.2025, väliraportti 1.9.2024–28.2.2025",
            "Päijät-Hämeen hyvinvointialue",
            *OP08_PARTS,
            "LAB-ammattikorkeakoulu kouluttaa jalkautuvan tiimin ja kerää asiakaspalautteen.",
            "Toiminta-alue: Lahti, Heinola ja Orimattila.",
        ],
    )
    grid(
        "Tilannekuva työpaketeittain",
        [("", "TP1", "TP2"), *[(lab, a, b) for lab, _k, a, b in OP08_LIGHTS]],
        "OK = etenee suunnitellusti · SEURANTA = poikkeama, korjaustoimet käynnissä · HÄLYTYS = vaatii ohjausryhmän päätöksen",
    )
    b1 = sum(r[2][0] for r in OP08_COSTS)
    b2 = sum(r[2][1] for r in OP08_COSTS)
    a1 = sum(r[3][0] for r in OP08_COSTS)
    a2 = sum(r[3][1] for r in OP08_COSTS)
    grid(
        "Talous: budjetti koko hankekaudelle (€)",
        [
            ("Kustannuslaji", "TP1", "TP2", "Yhteensä"),
            *[(lab, fi(b[0]), fi(b[1]), fi(b[0] + b[1])) for lab, _k, b, _a in OP08_COSTS],
            ("Yhteensä", fi(b1), fi(b2), fi(b1 + b2)),
        ],
    )
    grid(
        "Talous: toteutunut 28.2.2025 mennessä (€)",
        [
            ("Kustannuslaji", "TP1", "TP2", "Yhteensä"),
            *[(lab, fi(a[0]), fi(a[1]), fi(a[0] + a[1])) for lab, _k, _b, a in OP08_COSTS],
            ("Yhteensä", fi(a1), fi(a2), fi(a1 + a2)),
        ],
    )
    slide("Tavoitteet", [f"{g}: {v}" for g, v, _s in OP08_GOALS])
    raw = io.BytesIO()
    prs.save(raw)
    restamp(raw, TEST45 / "op08_paijat_hame_valiraportti_2025.pptx", CREATED)


# --- op15: Pohjanmaa (sv), PDF status report, name in the running header and once mid-sentence, asterisk lights keyed on page 2 ---

OP15_NAME = "Digital vårdväg i Österbotten"
#: label, key, dots
OP15_LIGHTS = [
    ("Tidtabell", "schedule", "***"),
    ("Kostnader", "costs", "**"),
    ("Personal", "staff", "***"),
    ("Kvalitet", "output-quality", "*"),
    ("Risker", "risks", "**"),
]
#: label, key, budget, actual (whole period so far)
OP15_COSTS = [
    ("Personalkostnader", "staff-costs", 540000, 512300),
    ("Köpta tjänster", "service-purchases", 180000, 196450),
    ("Programvara", "software", 75000, 81200),
    ("Resekostnader", "travel", 9000, 4300),
]
OP15_GOALS = [
    ("Chatten för hälsorådgivning är öppen alla vardagar", "uppfyllt", "achieved"),
    ("Distansmottagning införs på fem hälsostationer", "delvis, tre av fem", "partly-achieved"),
    ("Väntetiden till sjukskötare halveras", "inte uppfyllt", "not-achieved"),
]


def paren(n: float) -> str:
    return f"({fi(-n)})" if n < 0 else fi(n)


def _op15_pages() -> list[list[str]]:
    b = sum(r[2] for r in OP15_COSTS)
    a = sum(r[3] for r in OP15_COSTS)
    page1 = [
        "!Lägesrapport 30.6.2024",
        "Välfärdsområde: Österbottens välfärdsområde",
        "Projekttid: 1.3.2023–31.12.2025",
        "Finansiering: programmet för hållbar tillväxt i Finland (RRF), statsunderstöd från",
        "social- och hälsovårdsministeriet",
        "Område: Vasa, Korsholm och Närpes",
        "",
        "!Samarbetspartner",
        f"Yrkeshögskolan Novia utvärderar distansmottagningen inom {OP15_NAME}.",
        "Inloggning sker med Suomi.fi-identifikation och tidsbokningen går via Omaolo.",
        "",
        "!Bedömning per område",
        "#Område|Bedömning",
        *[f"#{lab}|{dots}" for lab, _k, dots in OP15_LIGHTS],
        "",
        "!Mål",
        *[f"Mål {i}: {g}. Bedömning: {v}." for i, (g, v, _s) in enumerate(OP15_GOALS, 1)],
    ]
    page2 = [
        "!Kostnader 1.3.2023–30.6.2024 (euro)",
        "#Kostnadsslag|Budget|Utfall|Avvikelse",
        *[f"#{lab}|{fi(bb)}|{fi(aa)}|{paren(aa - bb)}" for lab, _k, bb, aa in OP15_COSTS],
        f"#Totalt|{fi(b)}|{fi(a)}|{paren(a - b)}",
        "",
        "Avvikelse = utfall minus budget; det som underskrider budgeten står inom parentes.",
        "",
        "Teckenförklaring till bedömningen: *** = enligt plan, ** = lindrig avvikelse,",
        "* = allvarlig avvikelse.",
    ]
    return [page1, page2]


def _op15() -> None:
    pdf(
        TEST45 / "op15_pohjanmaa_sv_lagesrapport_2024.pdf",
        _op15_pages(),
        [40, 200, 300, 400],
        lambda n, total: [(40, f"{OP15_NAME} – lägesrapport"), (500, f"s. {n}/{total}")],
        lambda n, total: [(40, "Österbottens välfärdsområde")],
    )


if __name__ == "__main__":
    TEST45.mkdir(exist_ok=True)
    _op03()
    _op04()
    _op06()
    _op08()
    _op15()
