"""Write the held-out set test48's PDF, DOCX, XLSX and PPTX documents (invented text, see ../README.md).

test48/ was written blind in stop 56 by helper W45, who read no ingest code and no document of any
set. Run with ``.venv/bin/python tests/ingest/corpus/generate/test48_binaries.py``; the outputs are
committed, so the script is needed only to change them. Two runs write the same bytes (reportlab's
invariant mode; fixed core properties and zip time stamps through binaries_common).
"""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

from binaries_common import docx_document, fi, pct, pdf, restamp, save, table

TEST48 = Path(__file__).resolve().parent.parent / "test48"
#: The time stamp of every zip entry (a zip stores local time, no zone).
ZIP_TIME = (2026, 12, 7, 22, 0, 0)
CREATED = dt.datetime(2026, 12, 7, 22, 0, 0)


def paren(n: int) -> str:
    """A signed amount with the negative in parentheses: (42 150)."""
    return f"({fi(-n)})" if n < 0 else fi(n)


# --- os02: Satakunta, ordinary Word status report, two investments each with its own light and cost table ---

OS02_NAME = "Hyvinvointia kotiin Satakunnassa"
OS02_GRANT = 2850000
OS02_PARTS = ("Investointi 1: Kotihoidon etäpalvelut", "Investointi 4: Asiakastiedon digitalisointi")
#: label, key, investment 1, investment 4
OS02_LIGHTS = [
    ("Aikataulu", "schedule", "Vihreä", "Keltainen"),
    ("Kustannukset", "costs", "Vihreä", "Vihreä"),
    ("Henkilöstö", "staff", "Keltainen", "Vihreä"),
    ("Hyödyt", "benefits", "Vihreä", "Punainen"),
]
OS02_GOALS = [
    ("Etähoitokäynnit ovat käytössä kaikissa kotihoidon tiimeissä", "Toteutunut", "achieved"),
    ("Yöhoidon käynneistä kolmannes tehdään kuvayhteydellä", "Osittain toteutunut (24 %)", "partly-achieved"),
    ("Kotihoidon kirjaukset siirtyvät Kantaan reaaliaikaisesti", "Kesken", "unfinished"),
    ("Asiakkaiden omaiset näkevät hoitosuunnitelman verkossa", "Siirtyy vuoteen 2024", "moved-later"),
]
#: per investment: label, key, budget 2023, actual 1-10/2023, forecast 2023
OS02_COSTS = {
    1: [
        ("Henkilöstökustannukset", "own-staff-costs", 486000, 371250, 468000),
        ("Puhelin- ja ICT-laitehankinnat", "phone-and-ict-equipment", 210000, 188430, 210000),
        ("Palvelujen ostot", "service-purchases", 64000, 22810, 48000),
        ("Matkakulut", "travel", 9000, 4120, 6500),
    ],
    4: [
        ("Henkilöstökustannukset", "own-staff-costs", 238000, 151900, 226000),
        ("Ohjelmistot", "software", 342000, 96400, 298000),
        ("Asiantuntijapalvelut", "expert-services", 80000, 61350, 80000),
    ],
}


def os02_totals(part: int) -> tuple[int, int, int]:
    return tuple(sum(r[i] for r in OS02_COSTS[part]) for i in (2, 3, 4))  # type: ignore[return-value]


def _os02() -> None:
    d = docx_document("Satakunnan hyvinvointialue", CREATED)
    d.add_heading("Tilanneraportti 2/2023", 0)
    d.add_paragraph(OS02_NAME)
    d.add_heading("Perustiedot", 1)
    d.add_paragraph("Hankkeen toteuttaja: Satakunnan hyvinvointialue")
    d.add_paragraph("Rahoitus: kestävän kasvun ohjelma / EU:n elpymis- ja palautumistukiväline (RRF)")
    d.add_paragraph("Hankeaika: 1.1.2023–31.12.2025")
    d.add_paragraph(f"Myönnetty valtionavustus: {fi(OS02_GRANT)} €")
    d.add_paragraph("Raportointijakso: 1.1.–31.10.2023, raportti laadittu 30.11.2023")
    d.add_paragraph(
        "Hanke toteutetaan Porissa, Raumalla, Harjavallassa ja Kankaanpäässä. Satakunnan ammattikorkeakoulu (SAMK) "
        "arvioi etäkäyntien vaikutuksia asiakkaiden arkeen."
    )
    d.add_heading("Tilannearvio", 1)
    d.add_paragraph(
        "Tilanne: Vihreä = etenee suunnitellusti, Keltainen = pieni poikkeama, Punainen = suuri poikkeama."
    )
    for n, part in enumerate(OS02_PARTS):
        d.add_heading(part, 2)
        table(d, [("Arvioitava asia", "Tilanne"), *[(row[0], row[2 + n]) for row in OS02_LIGHTS]])
    d.add_heading("Tavoitteet", 1)
    table(d, [("Nro", "Tavoite", "Tilanne"), *[(str(i), g, v) for i, (g, v, _s) in enumerate(OS02_GOALS, 1)]])
    d.add_heading("Talous", 1)
    for n, part in zip((1, 4), OS02_PARTS, strict=True):
        d.add_paragraph(f"{part} – kustannukset 2023")
        tb, ta, tf = os02_totals(n)
        table(
            d,
            [
                ("Kustannuslaji", "Budjetti 2023 €", "Toteutunut 1–10/2023 €", "Ennuste 2023 €"),
                *[(lab, fi(b), fi(a), fi(f)) for lab, _k, b, a, f in OS02_COSTS[n]],
                ("Yhteensä", fi(tb), fi(ta), fi(tf)),
            ],
        )
    save(d, TEST48 / "os02_satakunta_tilanneraportti_2023.docx", ZIP_TIME)


# --- os03: Kainuu, ordinary PDF final report: light table, goal table, cumulative table with a signed deviation ---

OS03_NAME = "Kainuun sote-keskus verkossa"
OS03_GRANT = 1980000
OS03_LIGHTS = [
    ("Aikataulu", "schedule", "Vihreä"),
    ("Kustannukset", "costs", "Vihreä"),
    ("Henkilöstö", "staff", "Keltainen"),
    ("Tuotosten laajuus", "output-scope", "Vihreä"),
    ("Riskit", "risks", "Keltainen"),
]
OS03_GOALS = [
    ("Chat-palvelu on auki kaikkina arkipäivinä", "Toteutunut", "achieved"),
    ("Omaolon oirearviot käsitellään saman päivän aikana", "Toteutunut", "achieved"),
    ("Etävastaanotto käynnistyy Kuhmossa ja Suomussalmella", "Osittain, vain Kuhmossa", "partly-achieved"),
    ("Puolet kiireettömistä käynneistä hoidetaan etänä", "Ei toteutunut", "not-achieved"),
]
#: label, key, granted, actual
OS03_COSTS = [
    ("Henkilöstö", "own-staff-costs", 1120000, 1098640),
    ("Ohjelmistot", "software", 410000, 396210),
    ("Palvelujen ostot", "service-purchases", 285000, 241780),
    ("Viestintäpalvelut", "communication-services", 95000, 88460),
    ("Matkakulut", "travel", 70000, 31905),
]


def os03_totals() -> tuple[int, int]:
    return sum(r[2] for r in OS03_COSTS), sum(r[3] for r in OS03_COSTS)


def _signed(n: int) -> str:
    return ("−" + fi(-n)) if n < 0 else fi(n)


def _os03() -> None:
    tg, ta = os03_totals()
    page1 = [
        "!LOPPURAPORTTI",
        "!" + OS03_NAME,
        "",
        "!Hankkeen tiedot",
        "Toteuttaja: Kainuun hyvinvointialue",
        "Rahoitus: Suomen kestävän kasvun ohjelma, NextGenerationEU",
        "Toteutusaika: 1.1.2022–30.6.2025",
        f"Myönnetty avustus: {fi(OS03_GRANT)} euroa",
        "Päivätty: 12.9.2025",
        "",
        "Hanke toimi Kajaanissa, Sotkamossa, Kuhmossa ja Suomussalmella. Chat-alustan tarjosi DigiFinland Oy,",
        "ja Kajaanin ammattikorkeakoulu (Kamk) teki hankkeen loppuarvioinnin.",
        "",
        "!Toteutumisen arvio",
        "Värit: Vihreä = suunnitelman mukaan, Keltainen = poikkeama, Punainen = vakava poikkeama",
        "#Osa-alue|Arvio|Perustelu",
        "#Aikataulu|Vihreä|Kaikki palvelut avattiin ajallaan",
        "#Kustannukset|Vihreä|Budjetti riitti",
        "#Henkilöstö|Keltainen|Lääkärien rekrytointi viivästyi",
        "#Tuotosten laajuus|Vihreä|",
        "#Riskit|Keltainen|Etävastaanoton jatkorahoitus auki",
    ]
    page2 = [
        "!Tavoitteet",
        *[f"{i}. {g}" for i, (g, _v, _s) in enumerate(OS03_GOALS, 1)],
        "",
        *[f"Tavoite {i}: {v}" for i, (_g, v, _s) in enumerate(OS03_GOALS, 1)],
        "",
        "!Kustannukset koko hankeajalta",
        "#Kustannuslaji|Myönnetty €|Toteutunut €|Poikkeama €",
        *[f"#{lab}|{fi(g)}|{fi(a)}|{_signed(a - g)}" for lab, _k, g, a in OS03_COSTS],
        f"#Yhteensä|{fi(tg)}|{fi(ta)}|{_signed(ta - tg)}",
        "",
        f"Käyttämättä jäänyt avustus {fi(tg - ta)} euroa palautetaan sosiaali- ja terveysministeriölle.",
    ]
    pdf(
        TEST48 / "os03_kainuu_loppuraportti_2025.pdf",
        [page1, page2],
        [40, 190, 300, 410],
        lambda n, total: [(40, "Kainuun hyvinvointialue"), (470, "Loppuraportti")],
        lambda n, total: [(500, f"Sivu {n}/{total}")],
    )


# --- os04: Keski-Suomi, workbook: symbol lights keyed on a second sheet, amounts as text with negatives in
#     parentheses, goals with verdicts in other words ---

OS04_NAME = "Ikäihmisten arjen tuki Keski-Suomessa"
OS04_LIGHTS = [
    ("Aikataulu", "schedule", "✔"),
    ("Kustannukset", "costs", "!"),
    ("Henkilöstö", "staff", "✔"),
    ("Tuotosten laatu", "output-quality", "✔"),
    ("Riskit", "risks", "✖"),
    ("Hyödyt", "benefits", "!"),
]
OS04_GOALS = [
    ("Arjen tuen tiimi toimii Jyväskylässä, Laukaassa ja Keuruulla", "Saavutettu", "achieved"),
    ("Muistutusviestit lähtevät Suomi.fi-viestien kautta", "Osin", "partly-achieved"),
    ("Kotikäyntien odotusaika lyhenee viikkoon", "Ei saavutettu", "not-achieved"),
    ("Asiakasraati kokoontuu neljästi vuodessa", "Lykkääntyy vuodelle 2025", "moved-later"),
]
#: label, key, budget 2024, actual 2024
OS04_COSTS = [
    ("Henkilöstökustannukset", "own-staff-costs", 612000, 569850),
    ("Palvelujen ostot", "service-purchases", 148000, 161300),
    ("Materiaalikulut", "materials", 26000, 11420),
    ("Matkakulut", "travel", 31000, 27650),
    ("Välilliset kustannukset", "indirect-costs", 92000, 85470),
]


def os04_totals() -> tuple[int, int]:
    return sum(r[2] for r in OS04_COSTS), sum(r[3] for r in OS04_COSTS)


def _os04() -> None:
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Vuosiseuranta 2024"
    tb, ta = os04_totals()
    rows: list[tuple] = [
        ("Vuosiseuranta 2024", OS04_NAME),
        ("Toteuttaja", "Keski-Suomen hyvinvointialue"),
        ("Rahoitus", "RRF / kestävän kasvun ohjelma, myönnetty 1,2 M€ vuodelle 2024"),
        ("Yhteistyö", "JAMK arvioi asiakaskokemusta haastatteluin"),
        ("", "Jyväskylän kaupungin liikuntapalvelut pitää kotijumppaa asiakkaille"),
        ("Päivitetty", "14.2.2025"),
        (),
        ("Osa-alue", "Tila", "Lisätieto"),
        *[(lab, s, "") for lab, _k, s in OS04_LIGHTS],
        (),
        ("Talous 2024 (€)",),
        ("Kustannuslaji", "Budjetti 2024", "Toteutunut 2024", "Poikkeama"),
        *[(lab, fi(b), fi(a), paren(a - b)) for lab, _k, b, a in OS04_COSTS],
        ("Yhteensä", fi(tb), fi(ta), paren(ta - tb)),
        (),
        ("Tavoite", "Arvio"),
        *[(g, v) for g, v, _s in OS04_GOALS],
    ]
    for row in rows:
        ws.append(list(row))
    key = wb.create_sheet("Selitteet")
    for row in [
        ("Tila-sarakkeen merkit",),
        ("✔", "suunnitelman mukaan"),
        ("!", "poikkeama, korjaavat toimet käynnissä"),
        ("✖", "vakava poikkeama"),
        (),
        ("Poikkeama = toteutunut − budjetti; sulkeissa oleva luku on negatiivinen.",),
    ]:
        key.append(list(row))
    raw = io.BytesIO()
    wb.save(raw)
    restamp(raw, TEST48 / "os04_keski_suomi_vuosiseuranta_2025.xlsx", CREATED)


# --- os08: Lappi, deck: three osahankkeet, lights as stars keyed on the last slide, costs as bullet lines in t€ ---

OS08_NAME = "Etäpalvelut pitkien matkojen Lappiin"
OS08_PARTS = (
    "Osahanke 1: Etäkotihoito",
    "Osahanke 2: Liikkuva laboratorio",
    "Osahanke 3: Digituki asiakkaille",
)
#: label, key, stars per osahanke
OS08_LIGHTS = [
    ("Aikataulu", "schedule", ("★★★", "★★☆", "★★★")),
    ("Kustannukset", "costs", ("★★★", "★★★", "★★☆")),
    ("Henkilöstö", "staff", ("★☆☆", "★★★", "★★★")),
    ("Tuotosten laatu", "output-quality", ("★★★", "★★★", "★★☆")),
]
#: per osahanke: label, key, budget 2024 t€, actual 1-6/2024 t€
OS08_COSTS = {
    1: [("Henkilöstö", "own-staff-costs", 380, 171), ("Laitehankinnat", "phone-and-ict-equipment", 95, 88)],
    2: [
        ("Henkilöstö", "own-staff-costs", 210, 97),
        ("Palvelujen ostot", "service-purchases", 160, 74),
        ("Matkakulut", "travel", 45, 26),
    ],
    3: [("Henkilöstö", "own-staff-costs", 120, 49), ("Viestintäpalvelut", "communication-services", 30, 8)],
}
#: osahanke, goal, verdict, status
OS08_GOALS = [
    (1, "Etäkotihoidon asiakkaita on 200", "osittain – 168 asiakasta", "partly-achieved"),
    (1, "Yöaikainen etävalvonta toimii Sodankylässä", "valmis", "achieved"),
    (2, "Laboratorioauto kiertää Inarissa ja Kittilässä viikoittain", "valmis", "achieved"),
    (3, "Digitukea saa kirjastoista kaikissa viidessä kunnassa", "kesken", "unfinished"),
]


def os08_totals(part: int) -> tuple[int, int]:
    return sum(r[2] for r in OS08_COSTS[part]), sum(r[3] for r in OS08_COSTS[part])


def _os08() -> None:
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

    def grid(title: str, rows: list[tuple[str, ...]]) -> None:
        s = prs.slides.add_slide(blank)
        s.shapes.title.text = title
        shape = s.shapes.add_table(len(rows), len(rows[0]), Inches(0.5), Inches(1.5), Inches(9), Inches(3))
        for r, row in enumerate(rows):
            for c, text in enumerate(row):
                shape.table.cell(r, c).text = text

    slide(
        OS08_NAME,
        [
            "Ohjausryhmä 28.8.2024",
            "Lapin hyvinvointialue – kestävän kasvun ohjelma (RRF), myönnetty avustus 2,4 M€",
            *OS08_PARTS,
            "Rovaniemi, Kemijärvi, Sodankylä, Inari ja Kittilä",
            "Lapin ammattikorkeakoulu kouluttaa digitukihenkilöt; tunnistautuminen Suomi.fi-tunnistuksella.",
        ],
    )
    grid(
        "Tilanne osahankkeittain",
        [("", "Osahanke 1", "Osahanke 2", "Osahanke 3"), *[(lab, *stars) for lab, _k, stars in OS08_LIGHTS]],
    )
    for part in (1, 2, 3):
        tb, ta = os08_totals(part)
        slide(
            f"{OS08_PARTS[part - 1]} – talous 2024",
            [
                *[f"{lab}: budjetti {b} t€, toteutunut 1–6/2024 {a} t€" for lab, _k, b, a in OS08_COSTS[part]],
                f"Yhteensä: budjetti {tb} t€, toteutunut 1–6/2024 {ta} t€",
            ],
        )
    slide(
        "Tavoitteet",
        [f"Osahanke {p}: {g} – {v}" for p, g, v, _s in OS08_GOALS],
    )
    slide(
        "Tähtien selitys",
        ["★★★ = etenee suunnitelman mukaan", "★★☆ = lievä poikkeama", "★☆☆ = vakava poikkeama"],
    )
    raw = io.BytesIO()
    prs.save(raw)
    restamp(raw, TEST48 / "os08_lappi_ohjausryhma_2024.pptx", CREATED)


# --- os14: Keski-Pohjanmaa, PDF final report: lights as grades 1-5 keyed on page 2, cumulative table split over the
#     page break with a carried subtotal ("Siirto") ---

OS14_NAME = "Lapsiperheiden kotipalvelu Keski-Pohjanmaalla"
OS14_GRANT = 1450000
OS14_LIGHTS = [
    ("Aikataulu", "schedule", 5),
    ("Kustannukset", "costs", 4),
    ("Henkilöstö", "staff", 2),
    ("Tuotosten laatu", "output-quality", 4),
    ("Hyödyt", "benefits", 3),
]
OS14_GOALS = [
    ("Kotipalvelua saa kolmen arkipäivän kuluessa pyynnöstä", "Toteutui"),
    ("Perheohjaajia on jokaisessa kunnassa", "Toteutui osittain: Vetelissä ei"),
    ("Perhekeskuksen chat on auki myös iltaisin", "Ei toteutunut"),
    ("Isien vertaisryhmä vakiintuu", "Siirtyi syksyyn 2025"),
]
OS14_GOAL_STATUS = ["achieved", "partly-achieved", "not-achieved", "moved-later"]
#: label, key, granted, actual
OS14_COSTS = [
    ("Henkilöstökulut", "staff-costs", 690000, 664380),
    ("Palvelujen ostot", "service-purchases", 310000, 297410),
    ("Asiantuntijapalvelut", "expert-services", 120000, 94250),
    ("Matkakulut", "travel", 86000, 79610),
    ("Materiaalikulut", "materials", 54000, 22140),
    ("Viestintäpalvelut", "communication-services", 40000, 38870),
    ("Välilliset kustannukset", "indirect-costs", 150000, 150000),
]


def os14_totals() -> tuple[int, int]:
    return sum(r[2] for r in OS14_COSTS), sum(r[3] for r in OS14_COSTS)


def _os14() -> None:
    tg, ta = os14_totals()
    head = OS14_COSTS[:4]
    carried = (sum(r[2] for r in head), sum(r[3] for r in head))
    page1 = [
        "!Loppuraportti",
        "!" + OS14_NAME,
        "Keski-Pohjanmaan hyvinvointialue | kestävän kasvun ohjelma (RRF) | 1.1.2023–30.6.2025",
        f"Avustus yhteensä {fi(OS14_GRANT)} €, raportti 9.9.2025",
        "",
        "Kokkola, Kannus, Kaustinen ja Veteli. Centria-ammattikorkeakoulu koulutti perheohjaajat ja",
        "arvioi kotipalvelun vaikutuksia. Iltachat toimii Sähköisen perhekeskuksen alustalla.",
        "",
        "!Arvosanat osa-alueittain",
        *[f"{lab}: {g}" for lab, _k, g in OS14_LIGHTS],
        "",
        "!Tavoitteet ja niiden toteutuminen",
        *[f"{g} – {v}" for g, v in OS14_GOALS],
        "",
        "!Kustannukset 1.1.2023–30.6.2025",
        "#Kustannuslaji|Myönnetty €|Toteutunut €|Käyttöaste %",
        *[f"#{lab}|{fi(g)}|{fi(a)}|{pct(a, g)}" for lab, _k, g, a in head],
        f"#Siirto|{fi(carried[0])}|{fi(carried[1])}|",
    ]
    page2 = [
        f"#Siirto|{fi(carried[0])}|{fi(carried[1])}|",
        *[f"#{lab}|{fi(g)}|{fi(a)}|{pct(a, g)}" for lab, _k, g, a in OS14_COSTS[4:]],
        f"#Yhteensä|{fi(tg)}|{fi(ta)}|{pct(ta, tg)}",
        "",
        "Arvosanat: 5 = täysin suunnitelman mukaan, 4 = suunnitelman mukaan, 3 = pieni poikkeama,",
        "2 = merkittävä poikkeama, 1 = kriittinen poikkeama.",
    ]
    pdf(
        TEST48 / "os14_keski_pohjanmaa_loppuraportti_2025.pdf",
        [page1, page2],
        [40, 200, 310, 420],
        lambda n, total: [(40, OS14_NAME), (480, "Loppuraportti")],
        lambda n, total: [(500, f"{n} ({total})")],
    )


# --- os15: Pohjanmaa, ordinary Swedish Word status report ---

OS15_NAME = "Hemvård på distans i Österbotten"
OS15_GRANT = 1760000
OS15_LIGHTS = [
    ("Tidtabell", "schedule", "Grön"),
    ("Kostnader", "costs", "Gul"),
    ("Personal", "staff", "Grön"),
    ("Resultatens kvalitet", "output-quality", "Grön"),
    ("Risker", "risks", "Röd"),
]
OS15_GOALS = [
    ("Distansbesök används i alla hemvårdsteam", "Uppnått", "achieved"),
    (
        "Nattpatrullen i Närpes och Kristinestad får videokontakt",
        "Delvis uppnått (bara i Närpes)",
        "partly-achieved",
    ),
    ("Läkemedelsrobotar för 150 klienter", "Pågår", "unfinished"),
]
#: label, key, budget 2024, actual 1-6/2024, forecast 2024
OS15_COSTS = [
    ("Personalkostnader", "staff-costs", 402000, 188640, 396000),
    ("Köp av tjänster", "service-purchases", 118000, 51200, 112000),
    ("Programvara", "software", 64000, 40150, 64000),
    ("Resekostnader", "travel", 15000, 5830, 12000),
]


def os15_totals() -> tuple[int, int, int]:
    return tuple(sum(r[i] for r in OS15_COSTS) for i in (2, 3, 4))  # type: ignore[return-value]


def _os15() -> None:
    d = docx_document("Pohjanmaan hyvinvointialue", CREATED)
    d.add_heading("Lägesrapport 1/2024", 0)
    d.add_paragraph(f"Projekt: {OS15_NAME}")
    d.add_paragraph("Genomförare: Österbottens välfärdsområde")
    d.add_paragraph("Finansiering: programmet för hållbar tillväxt (RRF)")
    d.add_paragraph(f"Beviljat statsunderstöd: {fi(OS15_GRANT)} euro")
    d.add_paragraph("Projekttid: 1.1.2023–31.12.2025")
    d.add_paragraph("Datum: 20.8.2024")
    d.add_paragraph(
        "Hemvården i Vasa, Jakobstad, Närpes och Kristinestad deltar. Vasa yrkeshögskola (VAMK) utbildar "
        "hemvårdarna i distansbesök och Yrkeshögskolan Novia tar fram utbildningsmaterialet för anhöriga."
    )
    d.add_heading("Läget", 1)
    d.add_paragraph("Grön = enligt plan, Gul = mindre avvikelse, Röd = allvarlig avvikelse.")
    table(d, [("Område", "Bedömning"), *[(lab, w) for lab, _k, w in OS15_LIGHTS]])
    d.add_heading("Mål", 1)
    table(d, [("Nr", "Mål", "Läge"), *[(str(i), g, v) for i, (g, v, _s) in enumerate(OS15_GOALS, 1)]])
    d.add_heading("Ekonomi 2024", 1)
    tb, ta, tf = os15_totals()
    table(
        d,
        [
            ("Kostnadsslag", "Budget 2024", "Utfall 1–6/2024", "Prognos 2024"),
            *[(lab, fi(b), fi(a), fi(f)) for lab, _k, b, a, f in OS15_COSTS],
            ("Totalt", fi(tb), fi(ta), fi(tf)),
        ],
    )
    save(d, TEST48 / "os15_pohjanmaa_sv_lagesrapport_2024.docx", ZIP_TIME)


def main() -> None:
    TEST48.mkdir(exist_ok=True)
    _os02()
    _os03()
    _os04()
    _os08()
    _os14()
    _os15()


if __name__ == "__main__":
    main()
