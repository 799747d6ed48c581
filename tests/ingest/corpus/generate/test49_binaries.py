"""Write the held-out set test49's PDF, DOCX, XLSX and PPTX documents (invented text, see ../README.md).

test49/ was written blind in stop 57 by helper W46, who read no ingest code and no document of any
set. Run with ``.venv/bin/python tests/ingest/corpus/generate/test49_binaries.py``; the outputs are
committed, so the script is needed only to change them. Two runs write the same bytes (reportlab's
invariant mode; fixed core properties and zip time stamps through binaries_common).
"""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

from binaries_common import docx_document, fi, pct, pdf, restamp, save, table

TEST49 = Path(__file__).resolve().parent.parent / "test49"
#: The time stamp of every zip entry (a zip stores local time, no zone).
ZIP_TIME = (2026, 12, 8, 1, 0, 0)
CREATED = dt.datetime(2026, 12, 8, 1, 0, 0)


def sums(rows: list[tuple], *columns: int) -> tuple:
    return tuple(round(sum(r[c] for r in rows), 2) for c in columns)


# --- ot02: Pohjois-Karjala, ordinary Word final report, one cumulative table per investment ---

OT02_NAME = "Etäkotihoidon laajentaminen Pohjois-Karjalassa"
OT02_GRANT = 2300000
OT02_PARTS = ("Investointi 1: Etäkotihoito", "Investointi 2: Kotikuntoutus")
#: label, key, value
OT02_LIGHTS = [
    ("Aikataulu", "schedule", "Vihreä", "Kaikki tiimit aloittivat ajallaan"),
    ("Kustannukset", "costs", "Vihreä", "Budjetti alittui hieman"),
    ("Henkilöstö", "staff", "Keltainen", "Fysioterapeuttien vaihtuvuus oli suurta"),
    ("Tuotosten laajuus", "output-scope", "Keltainen", "Iltakäyntejä ei saatu etänä kaikkialle"),
    ("Hyödyt", "benefits", "Vihreä", "Asiakaspalaute oli hyvää"),
]
OT02_GOALS = [
    ("Etäkäynnit ovat osa kotihoidon arkea kaikissa kunnissa", "Toteutunut", "achieved"),
    (
        "Kotikuntoutusjakso tarjotaan jokaiselle sairaalasta kotiutuvalle",
        "Toteutunut osittain, Lieksassa ja Nurmeksessa vain arkisin",
        "partly-achieved",
    ),
    ("Kotihoidon käynneistä 30 prosenttia tehdään etänä", "Ei toteutunut (19 %)", "not-achieved"),
    ("Omaiset voivat osallistua hoitoneuvotteluun videolla", "Toteutunut", "achieved"),
]
#: per investment: label, key, budget, actual
OT02_COSTS = {
    1: [
        ("Henkilöstökustannukset", "own-staff-costs", 820000, 798460),
        ("Puhelin- ja ICT-laitehankinnat", "phone-and-ict-equipment", 310000, 326180),
        ("Palvelujen ostot", "service-purchases", 150000, 121900),
        ("Matkakulut", "travel", 20000, 11240),
    ],
    2: [
        ("Henkilöstökustannukset", "own-staff-costs", 760000, 702330),
        ("Asiantuntijapalvelut", "expert-services", 120000, 97500),
        ("Materiaalikulut", "materials", 60000, 48720),
        ("Matkakulut", "travel", 60000, 52810),
    ],
}


def ot02_totals(part: int) -> tuple[int, int]:
    return sums(OT02_COSTS[part], 2, 3)  # type: ignore[return-value]


def ot02_returned() -> int:
    return OT02_GRANT - sum(ot02_totals(p)[1] for p in (1, 2))


def _hy(n: int) -> str:
    """A signed amount with a hyphen-minus: -21 540."""
    return ("-" + fi(-n)) if n < 0 else fi(n)


def _ot02() -> None:
    d = docx_document("Pohjois-Karjalan hyvinvointialue", CREATED)
    d.add_heading("Loppuraportti", 0)
    d.add_paragraph(OT02_NAME)
    d.add_heading("1 Perustiedot", 1)
    table(
        d,
        [
            ("Kohta", "Tieto"),
            ("Hanke", OT02_NAME),
            ("Toteuttaja", "Pohjois-Karjalan hyvinvointialue"),
            ("Rahoitus", "Suomen kestävän kasvun ohjelma (RRF)"),
            ("Hankeaika", "1.3.2023–31.8.2025"),
            ("Myönnetty avustus", f"{fi(OT02_GRANT)} €"),
            ("Investoinnit", "; ".join(OT02_PARTS)),
            ("Raportin päiväys", "20.10.2025"),
        ],
    )
    d.add_heading("2 Toteutus ja yhteistyö", 1)
    d.add_paragraph(
        "Etäkotihoito käynnistyi Joensuussa, Kiteellä ja Ilomantsissa, kotikuntoutus Lieksassa ja Nurmeksessa. "
        "Kuvahoiva Oy toimitti etäkäyntien videopalvelun, ja Karelia-ammattikorkeakoulu arvioi hankkeen vaikutuksia "
        "asiakkaiden toimintakykyyn. Kotihoidon kirjaukset tallentuvat Kanta-palveluihin."
    )
    d.add_heading("3 Onnistumisen arvio", 1)
    d.add_paragraph("Vihreä = toteutui suunnitellusti, Keltainen = poikkeama, Punainen = merkittävä poikkeama")
    table(d, [("Osa-alue", "Arvio", "Perustelu"), *[(lab, v, why) for lab, _k, v, why in OT02_LIGHTS]])
    d.add_heading("4 Tavoitteiden toteutuminen", 1)
    table(
        d, [("Nro", "Tavoite", "Toteutuminen"), *[(str(i), g, v) for i, (g, v, _s) in enumerate(OT02_GOALS, 1)]]
    )
    d.add_heading("5 Kustannukset koko hankeajalta", 1)
    d.add_paragraph("Poikkeama = toteutunut − budjetti.")
    for part in (1, 2):
        tb, ta = ot02_totals(part)
        d.add_paragraph(OT02_PARTS[part - 1])
        table(
            d,
            [
                ("Kustannuslaji", "Budjetti €", "Toteutunut €", "Poikkeama €"),
                *[(lab, fi(b), fi(a), _hy(a - b)) for lab, _k, b, a in OT02_COSTS[part]],
                ("Yhteensä", fi(tb), fi(ta), _hy(ta - tb)),
            ],
        )
    d.add_paragraph(
        f"Käyttämättä jäänyt avustus, {fi(ot02_returned())} euroa, palautetaan sosiaali- ja terveysministeriölle."
    )
    save(d, TEST49 / "ot02_pohjois_karjala_loppuraportti_2025.docx", ZIP_TIME)


# --- ot03: Kymenlaakso, ordinary PDF interim report of a Tulevaisuuden sote-keskus project ---

OT03_NAME = "Palveluohjauksen yhden luukun malli Kymenlaaksossa"
OT03_GRANT = 1150000
OT03_TOTAL = 1437500
OT03_LIGHTS = [
    ("Aikataulu", "schedule", "vihreä", ""),
    ("Kustannukset", "costs", "vihreä", ""),
    ("Henkilöstö", "staff", "keltainen", "Kaksi palveluohjaajaa aloitti vasta kesäkuussa"),
    ("Tuotosten laatu", "output-quality", "vihreä", ""),
    ("Riskit", "risks", "keltainen", "Puhelinjärjestelmän vaihto syksyllä"),
    ("Hyödyt", "benefits", "vihreä", ""),
]
OT03_GOALS = [
    ("Asiakas saa palveluohjauksen yhdestä numerosta", "Toteutunut", "achieved"),
    ("Palveluohjaajat kirjaavat ohjauksen yhtenäisesti", "Osittain toteutunut", "partly-achieved"),
    ("Puhelinpalvelun jonotusaika on alle 10 minuuttia", "Ei toteutunut", "not-achieved"),
    ("Chat-palvelu laajenee arki-iltoihin", "Siirtyy loppuvuoteen", "moved-later"),
]
#: label, key, budget 2023, actual 1-8/2023, committed
OT03_COSTS = [
    ("Henkilöstökustannukset", "own-staff-costs", 520000, 338760, 96000),
    ("Palvelujen ostot", "service-purchases", 86000, 41230, 22500),
    ("Ohjelmistot", "software", 64000, 58900, 4100),
    ("Matkakulut", "travel", 12000, 6480, 0),
    ("Viestintäpalvelut", "communication-services", 18000, 7350, 5000),
]


def ot03_totals() -> tuple[int, int, int]:
    return sums(OT03_COSTS, 2, 3, 4)  # type: ignore[return-value]


def _ot03() -> None:
    tb, ta, tc = ot03_totals()
    page1 = [
        "!VÄLIRAPORTTI 1.1.–31.8.2023",
        "!" + OT03_NAME,
        "",
        "Ohjelma: Tulevaisuuden sosiaali- ja terveyskeskus -ohjelma",
        "Hakija: Kymenlaakson hyvinvointialue",
        "Hankeaika: 1.1.2022–31.12.2023",
        f"Kokonaisbudjetti: {fi(OT03_TOTAL)} €, josta valtionavustus {fi(OT03_GRANT)} € (80 %)",
        "Raportti laadittu: 29.9.2023",
        "",
        "!1 Toteutus",
        "Palveluohjaus toimii Kotkassa, Kouvolassa ja Haminassa sekä etäyhteydellä Pyhtäällä,",
        "Miehikkälässä ja Virolahdella. Kaakkois-Suomen ammattikorkeakoulu Xamk kouluttaa palveluohjaajat,",
        "ja Kelan palveluneuvojat osallistuvat yhteisiin asiakastapaamisiin. Palvelujen tiedot haetaan",
        "Palvelutietovarannosta.",
        "",
        "!2 Tilannearvio",
        "vihreä = suunnitelman mukainen, keltainen = poikkeama, punainen = vakava poikkeama",
        "#Osa-alue|Tilanne|Kommentti",
        *[f"#{lab}|{v}|{why}" for lab, _k, v, why in OT03_LIGHTS],
    ]
    page2 = [
        "!3 Tavoitteet (tilanne 31.8.2023)",
        *[x for i, (g, v, _s) in enumerate(OT03_GOALS, 1) for x in (f"Tavoite {i}: {g}", f"Tilanne: {v}", "")],
        "!4 Talous 2023",
        "#Kustannuslaji|Talousarvio 2023 €|Toteuma 1–8/2023 €|Sidottu €",
        *[f"#{lab}|{fi(b)}|{fi(a)}|{fi(c)}" for lab, _k, b, a, c in OT03_COSTS],
        f"#Yhteensä|{fi(tb)}|{fi(ta)}|{fi(tc)}",
    ]
    pdf(
        TEST49 / "ot03_kymenlaakso_valiraportti_2023.pdf",
        [page1, page2],
        [40, 190, 310, 430],
        lambda n, total: [(40, "Kymenlaakson hyvinvointialue"), (430, "Väliraportti 1.1.–31.8.2023")],
        lambda n, total: [(500, f"{n} ({total})")],
    )


# --- ot04: Satakunta, workbook: a light history with the newest period last, coloured squares keyed above,
#     numeric cells, a cumulative sheet whose percentages are Excel percent cells, goals answered Kyllä / Osittain ---

OT04_NAME = "Perhekeskuksen digipalvelut Satakunnassa"
OT04_GRANT = 2480000
OT04_DIMS = [
    ("Aikataulu", "schedule"),
    ("Kustannukset", "costs"),
    ("Henkilöstö", "staff"),
    ("Tuotosten laajuus", "output-scope"),
    ("Riskit", "risks"),
]
#: period, squares per dimension; the last row is the newest
OT04_HISTORY = [
    ("2/2024", ("🟩", "🟩", "🟨", "🟩", "🟨")),
    ("1/2025", ("🟩", "🟨", "🟩", "🟩", "🟥")),
]
OT04_GOALS = [
    ("Vanhemmat varaavat neuvola-ajan sähköisesti", "Kyllä", "", "achieved"),
    ("Perhekeskuksen chat palvelee arki-iltaisin", "Osittain", "vain Porissa ja Raumalla", "partly-achieved"),
    ("Eroperheiden verkkoryhmä käynnistyy", "Ei", "ohjaajaa ei saatu", "not-achieved"),
    ("Videosisällöt käännetään kolmelle kielelle", "Siirtyy syksyyn 2025", "", "moved-later"),
]
#: label, key, budget 2025, actual 1-6/2025
OT04_YEAR = [
    ("Omat henkilöstökustannukset", "own-staff-costs", 540000, 251320),
    ("Palvelujen ostot", "service-purchases", 120000, 38450),
    ("Ohjelmistot", "software", 95000, 71200),
    ("Viestintäpalvelut", "communication-services", 30000, 9870),
]
#: label, key, budget for the whole project, actual to 30.6.2025
OT04_CUMULATIVE = [
    ("Omat henkilöstökustannukset", "own-staff-costs", 1520000, 1063900),
    ("Palvelujen ostot", "service-purchases", 410000, 247800),
    ("Ohjelmistot", "software", 380000, 302150),
    ("Viestintäpalvelut", "communication-services", 170000, 96300),
]


def ot04_totals(rows: list[tuple]) -> tuple[int, int]:
    return sums(rows, 2, 3)  # type: ignore[return-value]


def _ot04() -> None:
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Perustiedot"
    for row in [
        ("Hanke", OT04_NAME),
        ("Toteuttaja", "Satakunnan hyvinvointialue"),
        ("Rahoitus", "Kestävän kasvun ohjelma (RRF)"),
        ("Myönnetty avustus (€)", OT04_GRANT),
        ("Hankeaika", "1.4.2023–31.12.2025"),
        ("Raportti päivitetty", "12.8.2025"),
        ("Kunnat", "Pori, Rauma, Huittinen, Eura ja Kankaanpää"),
        ("Yhteistyö", "Satakunnan ammattikorkeakoulu (SAMK) tuottaa perhevalmennuksen videosisällöt"),
        ("", "Sähköinen perhekeskus toimii OmaPerhe-alustalla"),
    ]:
        ws.append(list(row))
    ws["B4"].number_format = "# ##0"
    lights = wb.create_sheet("Valot")
    lights.append(["Merkit: 🟩 = suunnitelman mukaan, 🟨 = pieni poikkeama, 🟥 = merkittävä poikkeama"])
    lights.append(["Uusin raportointijakso alimpana"])
    lights.append(["Raportointijakso", *[lab for lab, _k in OT04_DIMS]])
    for period, squares in OT04_HISTORY:
        lights.append([period, *squares])
    money = wb.create_sheet("Talous")
    money.append(["Vuosi 2025"])
    money.append(["Kustannuslaji", "Budjetti 2025", "Toteutunut 1–6/2025", "Jäljellä"])
    for lab, _k, b, a in OT04_YEAR:
        money.append([lab, b, a, b - a])
    tb, ta = ot04_totals(OT04_YEAR)
    money.append(["Yhteensä", tb, ta, tb - ta])
    money.append([])
    money.append(["Koko hanke 1.4.2023–30.6.2025"])
    money.append(["Kustannuslaji", "Budjetti", "Toteutunut", "Käyttöaste"])
    for lab, _k, b, a in OT04_CUMULATIVE:
        money.append([lab, b, a, round(a / b, 2)])
    tb, ta = ot04_totals(OT04_CUMULATIVE)
    money.append(["Yhteensä", tb, ta, round(ta / tb, 2)])
    for row in money.iter_rows(min_row=1, max_row=money.max_row):
        for cell in row[1:3]:
            if isinstance(cell.value, int):
                cell.number_format = "# ##0"
        if isinstance(row[3].value, float):
            row[3].number_format = "0 %"
        elif isinstance(row[3].value, int):
            row[3].number_format = "# ##0"
    goals = wb.create_sheet("Tavoitteet")
    goals.append(["Tavoite", "Toteutuiko?", "Kommentti"])
    for g, v, note, _s in OT04_GOALS:
        goals.append([g, v, note])
    raw = io.BytesIO()
    wb.save(raw)
    restamp(raw, TEST49 / "ot04_satakunta_seuranta_2025.xlsx", CREATED)


# --- ot08: Pirkanmaa, steering-group deck: two "Kokonaisuus" parts, lights OK / Seuranta / Eskaloitu keyed on the
#     same slide, costs as lines "budget € – käytetty N %" per part ---

OT08_NAME = "Hyvinvointipisteet Pirkanmaalla"
OT08_GRANT = 1450000
OT08_PARTS = ("Kokonaisuus A: Hyvinvointipisteet kirjastoissa", "Kokonaisuus B: Liikkuvat palvelut")
#: label, key, value per part
OT08_LIGHTS = [
    ("Aikataulu", "schedule", ("OK", "Seuranta")),
    ("Kustannukset", "costs", ("OK", "OK")),
    ("Henkilöstö", "staff", ("Seuranta", "OK")),
    ("Tuotosten laajuus", "output-scope", ("OK", "Eskaloitu")),
    ("Hyödyt", "benefits", ("OK", "OK")),
]
#: per part: label, key, budget for the whole project, actual to 31.3.2025 (only the percentage is printed)
OT08_COSTS = {
    1: [
        ("Henkilöstökustannukset", "own-staff-costs", 420000, 159600),
        ("Toimitilakulut", "premises", 90000, 47700),
        ("Materiaalikulut", "materials", 35000, 9100),
    ],
    2: [
        ("Henkilöstökustannukset", "own-staff-costs", 610000, 256200),
        ("Matkakulut", "travel", 75000, 41250),
        ("Puhelin- ja ICT-laitehankinnat", "phone-and-ict-equipment", 220000, 198000),
    ],
}
#: part, goal, verdict, status
OT08_GOALS = [
    ("A", "Hyvinvointipiste on avoinna viidessä kirjastossa", "✓ valmis", "achieved"),
    ("A", "Pisteillä käy 4 000 asiakasta vuodessa", "◐ osittain (2 650)", "partly-achieved"),
    ("B", "Terveysbussi kiertää Sastamalassa ja Orivedellä", "✓ valmis", "achieved"),
    ("B", "Bussissa otetaan laboratorionäytteet", "✗ ei toteudu", "not-achieved"),
    ("B", "Terveysbussilla on iltavuoroja Kangasalla", "→ siirtyy syksyyn 2025", "moved-later"),
]


def ot08_totals(part: int) -> tuple[int, int]:
    return sums(OT08_COSTS[part], 2, 3)  # type: ignore[return-value]


def _ot08() -> None:
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

    def grid(title: str, rows: list[tuple[str, ...]], note: str = ""):
        s = prs.slides.add_slide(blank)
        s.shapes.title.text = title
        shape = s.shapes.add_table(len(rows), len(rows[0]), Inches(0.5), Inches(1.5), Inches(9), Inches(3))
        for r, row in enumerate(rows):
            for c, text in enumerate(row):
                shape.table.cell(r, c).text = text
        if note:
            box = s.shapes.add_textbox(Inches(0.5), Inches(5.8), Inches(9), Inches(0.8)).text_frame
            box.paragraphs[0].text = note
            box.paragraphs[0].font.size = Pt(11)
        return s

    slide(
        OT08_NAME,
        [
            "Ohjausryhmä 9.4.2025",
            f"Pirkanmaan hyvinvointialue · kestävän kasvun ohjelma (RRF) · avustus {fi(OT08_GRANT)} €",
            "Hankeaika 1.1.2023–31.12.2025",
            *OT08_PARTS,
            "Toimipaikat: Tampere, Nokia, Ylöjärvi, Sastamala, Orivesi ja Kangasala",
            "TAMKin sairaanhoitajaopiskelijat tekevät pisteillä terveystarkastuksia; "
            "Tampereen kaupunginkirjasto antaa tilat neljälle pisteelle.",
        ],
    )
    grid(
        "Tilanne kokonaisuuksittain",
        [("", "Kokonaisuus A", "Kokonaisuus B"), *[(lab, *vals) for lab, _k, vals in OT08_LIGHTS]],
        "OK = suunnitelman mukaan · Seuranta = poikkeama, korjataan hankkeessa · "
        "Eskaloitu = poikkeama, ohjausryhmä päättää",
    )
    for part in (1, 2):
        tb, ta = ot08_totals(part)
        slide(
            f"{OT08_PARTS[part - 1]} – talous koko hankeaika (tilanne 31.3.2025)",
            [
                *[f"{lab} {fi(b)} € – käytetty {pct(a, b)} %" for lab, _k, b, a in OT08_COSTS[part]],
                f"Yhteensä {fi(tb)} € – käytetty {pct(ta, tb)} %",
            ],
        )
    grid("Tavoitteet", [("Kokonaisuus", "Tavoite", "Tilanne"), *[(p, g, v) for p, g, v, _s in OT08_GOALS]])
    raw = io.BytesIO()
    prs.save(raw)
    restamp(raw, TEST49 / "ot08_pirkanmaa_ohjausryhma_2025.pptx", CREATED)


# --- ot14: Päijät-Häme, PDF final report: lights as verdict phrases without colours, goals judged in sentences,
#     cumulative table with cents, "€" after the amount and a one-decimal percentage ---

OT14_NAME = "Ikääntyneiden ravitsemuksen tuki Päijät-Hämeessä"
OT14_GRANT = 980000
OT14_LIGHTS = [
    ("Aikataulu", "schedule", "Toteutui suunnitellusti"),
    ("Kustannukset", "costs", "Toteutui suunnitellusti"),
    ("Henkilöstö", "staff", "Pieniä poikkeamia"),
    ("Tuotosten laatu", "output-quality", "Toteutui suunnitellusti"),
    ("Hyödyt", "benefits", "Merkittäviä poikkeamia"),
]
OT14_GOALS = [
    ("Kotihoidon asiakkaiden ravitsemustila arvioidaan kahdesti vuodessa", "Tavoite saavutettiin.", "achieved"),
    (
        "Ravitsemusarvio tehdään jokaisella kuudella alueella",
        "Tavoite saavutettiin osittain: Sysmässä arviot alkoivat vasta keväällä 2025.",
        "partly-achieved",
    ),
    ("Vajaaravittujen osuus laskee alle 10 prosenttiin", "Tavoitetta ei saavutettu.", "not-achieved"),
    ("Ateriapalvelun tilaus onnistuu verkossa", "Tavoite siirtyi vuodelle 2026.", "moved-later"),
]
#: label, key, budget, actual (with cents)
OT14_COSTS = [
    ("Henkilöstökustannukset", "own-staff-costs", 560000, 531284.50),
    ("Palvelujen ostot", "service-purchases", 240000, 198730.00),
    ("Materiaalikulut", "materials", 45000, 38912.40),
    ("Matkakulut", "travel", 35000, 22406.75),
    ("Välilliset kustannukset", "indirect-costs", 100000, 94310.00),
]


def ot14_totals() -> tuple[float, float]:
    return sums(OT14_COSTS, 2, 3)  # type: ignore[return-value]


def ot14_pct(actual: float, budget: float) -> float:
    return round(100 * actual / budget, 1)


def ot14_returned() -> float:
    return round(OT14_GRANT - ot14_totals()[1], 2)


def _ot14() -> None:
    tb, ta = ot14_totals()
    page1 = [
        "!LOPPURAPORTTI",
        "!" + OT14_NAME,
        "",
        "Hankkeen toteuttaja: Päijät-Hämeen hyvinvointialue",
        "Rahoitus: Suomen kestävän kasvun ohjelma / NextGenerationEU",
        "Toteutusaika: 1.2.2023–30.9.2025",
        f"Myönnetty avustus: {fi(OT14_GRANT, 2)} €",
        "Päiväys: 28.11.2025",
        "",
        "!Toteutus",
        "Ravitsemustukea annettiin Lahdessa, Heinolassa, Hollolassa, Orimattilassa, Asikkalassa ja Sysmässä.",
        "LAB-ammattikorkeakoulun ravitsemusalan opiskelijat tekivät arvioita kotikäynneillä, ja",
        "Ateriapalvelu Päijät Oy toimitti kokeilun ateriat kotiin.",
        "",
        "!Onnistumisen arvio osa-alueittain",
        "#Osa-alue|Toteutuminen",
        *[f"#{lab}|{v}" for lab, _k, v in OT14_LIGHTS],
    ]
    page2 = [
        "!Tavoitteet ja niiden arviointi",
        *[x for i, (g, v, _s) in enumerate(OT14_GOALS, 1) for x in (f"{i}. {g}", f"Arvio: {v}", "")],
        "!Kustannukset 1.2.2023–30.9.2025",
        "#Kustannuslaji|Budjetti|Toteutunut|Käyttöaste",
        *[f"#{lab}|{fi(b, 2)} €|{fi(a, 2)} €|{fi(ot14_pct(a, b), 1)} %" for lab, _k, b, a in OT14_COSTS],
        f"#Yhteensä|{fi(tb, 2)} €|{fi(ta, 2)} €|{fi(ot14_pct(ta, tb), 1)} %",
        "",
        f"Palautettava avustus: {fi(ot14_returned(), 2)} €",
    ]
    pdf(
        TEST49 / "ot14_paijat_hame_loppuraportti_2025.pdf",
        [page1, page2],
        [40, 200, 330, 450],
        lambda n, total: [(40, "Päijät-Hämeen hyvinvointialue"), (440, "Loppuraportti 2025")],
        lambda n, total: [(270, f"– {n} –")],
    )


# --- ot15: Pohjanmaa, ordinary Swedish Word final report ---

OT15_NAME = "Digitalt stöd för närståendevårdare i Österbotten"
OT15_GRANT = 1260000
OT15_LIGHTS = [
    ("Tidsplan", "schedule", "Grön", ""),
    ("Kostnader", "costs", "Grön", ""),
    ("Personal", "staff", "Gul", "Två handledare slutade under 2024"),
    ("Prestationernas kvalitet", "output-quality", "Grön", ""),
    ("Nyttor", "benefits", "Gul", "Färre användare än planerat"),
]
OT15_GOALS = [
    ("Närståendevårdare får handledning via videosamtal", "Uppnått", "achieved"),
    ("Avlösning kan bokas elektroniskt", "Delvis uppnått (inte i Kristinestad)", "partly-achieved"),
    ("Kamratgrupper på finska och svenska varje vecka", "Uppnått", "achieved"),
    ("Hälften av vårdarna använder tjänsten", "Inte uppnått (38 %)", "not-achieved"),
]
#: label, key, granted, actual
OT15_COSTS = [
    ("Egna personalkostnader", "own-staff-costs", 720000, 689450),
    ("Köp av tjänster", "service-purchases", 260000, 231780),
    ("Programvara", "software", 180000, 176200),
    ("Resekostnader", "travel", 40000, 21930),
    ("Kommunikationstjänster", "communication-services", 60000, 44610),
]


def ot15_totals() -> tuple[int, int]:
    return sums(OT15_COSTS, 2, 3)  # type: ignore[return-value]


def ot15_returned() -> int:
    return OT15_GRANT - ot15_totals()[1]


def _ot15() -> None:
    tg, ta = ot15_totals()
    d = docx_document("Österbottens välfärdsområde", CREATED)
    d.add_heading("Slutrapport", 0)
    d.add_paragraph(OT15_NAME)
    d.add_heading("Basuppgifter", 1)
    for line in [
        "Projektägare: Österbottens välfärdsområde",
        "Finansiering: Finlands program för hållbar tillväxt (RRF), NextGenerationEU",
        "Projekttid: 1.3.2023–31.8.2025",
        f"Beviljat statsunderstöd: {fi(OT15_GRANT)} euro",
        "Datum: 15.10.2025",
    ]:
        d.add_paragraph(line)
    d.add_heading("Genomförande", 1)
    d.add_paragraph(
        "Stödet gavs i Vasa, Jakobstad, Närpes, Kristinestad, Korsholm och Nykarleby. Yrkeshögskolan Novia "
        "utbildade handledarna och Närståendevårdarna i Österbotten rf ordnade kamratgrupper på nätet."
    )
    d.add_heading("Bedömning", 1)
    d.add_paragraph("Grön = enligt plan, Gul = avvikelse, Röd = allvarlig avvikelse")
    table(d, [("Område", "Bedömning", "Kommentar"), *[(lab, v, why) for lab, _k, v, why in OT15_LIGHTS]])
    d.add_heading("Mål", 1)
    table(d, [("Nr", "Mål", "Utfall"), *[(str(i), g, v) for i, (g, v, _s) in enumerate(OT15_GOALS, 1)]])
    d.add_heading("Kostnader för hela projekttiden", 1)
    table(
        d,
        [
            ("Kostnadsslag", "Beviljat €", "Utfall €", "Användningsgrad %"),
            *[(lab, fi(g), fi(a), str(pct(a, g))) for lab, _k, g, a in OT15_COSTS],
            ("Totalt", fi(tg), fi(ta), str(pct(ta, tg))),
        ],
    )
    d.add_paragraph(
        f"Den oanvända delen, {fi(ot15_returned())} euro, återbetalas till social- och hälsovårdsministeriet."
    )
    save(d, TEST49 / "ot15_pohjanmaa_sv_slutrapport_2025.docx", ZIP_TIME)


def main() -> None:
    TEST49.mkdir(exist_ok=True)
    _ot02()
    _ot03()
    _ot04()
    _ot08()
    _ot14()
    _ot15()


if __name__ == "__main__":
    main()
