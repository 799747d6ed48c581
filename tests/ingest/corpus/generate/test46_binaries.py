"""Write the held-out set test46's PDF, DOCX, XLSX and PPTX documents (invented text, see ../README.md).

test46/ was written blind in stop 54 by helper W43, who read no ingest code and no document of any
set. Run with ``.venv/bin/python tests/ingest/corpus/generate/test46_binaries.py``; the outputs are
committed, so the script is needed only to change them. Two runs write the same bytes (reportlab's
invariant mode; fixed core properties and zip time stamps through binaries_common).
"""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

from binaries_common import docx_document, fi, pct, pdf, restamp, save, table

TEST46 = Path(__file__).resolve().parent.parent / "test46"
#: The time stamp of every zip entry (a zip stores local time, no zone).
ZIP_TIME = (2026, 12, 7, 16, 30, 0)
CREATED = dt.datetime(2026, 12, 7, 16, 30, 0)


# --- oq02: Pohjois-Pohjanmaa, ordinary Word final report, a light per row, one cumulative table ---

OQ02_NAME = "Nopeammin hoitoon Pohjois-Pohjanmaalla"
OQ02_GRANT = 2460000
#: label, key, word, reason
OQ02_LIGHTS = [
    ("Aikataulu", "schedule", "Vihreä", "Kaikki työvaiheet valmistuivat kesäkuuhun 2025 mennessä."),
    ("Kustannukset", "costs", "Vihreä", "Menot jäivät alle myönnetyn avustuksen."),
    ("Henkilöstö", "staff", "Keltainen", "Kahden hoitajan rekrytointi viivästyi puoli vuotta."),
    ("Tuotosten laajuus", "output-scope", "Keltainen", "Raahen etävastaanotto avattiin suppeampana."),
    ("Hyödyt", "benefits", "Vihreä", "Jonot lyhenivät kaikissa kolmessa kunnassa."),
]
OQ02_GOALS = [
    ("Kiireettömän hoidon jono lyhenee alle 14 vuorokauteen", "Toteutunut", "achieved"),
    ("Omaolon oirearvio on käytössä kaikilla terveysasemilla", "Toteutunut", "achieved"),
    (
        "Ylivieskan ja Raahen asukkaat saavat etävastaanoton arki-iltaisin",
        "Osittain toteutunut, Raahessa vain kahtena iltana",
        "partly-achieved",
    ),
    ("Hoitajavastaanottojen osuus käynneistä kasvaa 40 prosenttiin", "Ei toteutunut (31 %)", "not-achieved"),
]
#: label, key, granted, actual
OQ02_COSTS = [
    ("Henkilöstökustannukset", "own-staff-costs", 1520000, 1418275.40),
    ("Palvelujen ostot", "service-purchases", 640000, 598310.00),
    ("Ohjelmistot", "software", 210000, 204980.55),
    ("Matkakulut", "travel", 90000, 61432.05),
]


def oq02_totals() -> tuple[float, float]:
    return sum(r[2] for r in OQ02_COSTS), round(sum(r[3] for r in OQ02_COSTS), 2)


def oq02_returned() -> float:
    g, a = oq02_totals()
    return round(g - a, 2)


def _oq02() -> None:
    d = docx_document("Pohjois-Pohjanmaan hyvinvointialue", CREATED)
    d.add_heading("Loppuraportti", 0)
    d.add_paragraph(OQ02_NAME)
    d.add_heading("1 Perustiedot", 1)
    table(
        d,
        [
            ("Kohta", "Tieto"),
            ("Hankkeen nimi", OQ02_NAME),
            ("Hallinnoija", "Pohjois-Pohjanmaan hyvinvointialue"),
            ("Rahoitus", "Kestävän kasvun ohjelma (NextGenerationEU), STM:n valtionavustus"),
            ("Myönnetty avustus", f"{fi(OQ02_GRANT)} €"),
            ("Hankeaika", "1.4.2022–30.6.2025"),
            ("Toiminta-alue", "Oulu, Kempele, Raahe ja Ylivieska"),
            ("Raportin päivämäärä", "29.9.2025"),
        ],
    )
    d.add_heading("2 Toteutus", 1)
    d.add_paragraph(
        "Hanke purki kiireettömän hoidon jonoja lisäämällä etävastaanottoja ja hoitajavastaanottoja. "
        "Oirearvio tehtiin Omaolossa. Oulun ammattikorkeakoulu arvioi etävastaanottojen vaikutukset ja "
        "koulutti hoitajat etävastaanoton käytäntöihin."
    )
    d.add_heading("3 Arvio toteutumisesta", 1)
    d.add_paragraph("Vihreä = suunnitelman mukaan, Keltainen = poikkeama, Punainen = merkittävä poikkeama.")
    table(d, [("Osa-alue", "Arvio", "Perustelu"), *[(lab, w, why) for lab, _k, w, why in OQ02_LIGHTS]])
    d.add_heading("4 Tavoitteet", 1)
    table(d, [("Nro", "Tavoite", "Arvio"), *[(str(i), g, v) for i, (g, v, _s) in enumerate(OQ02_GOALS, 1)]])
    d.add_heading("5 Talous", 1)
    g, a = oq02_totals()
    table(
        d,
        [
            ("Kustannuslaji", "Myönnetty €", "Toteutunut €", "Käyttöaste %"),
            *[(lab, fi(gr, 2), fi(ac, 2), str(pct(ac, gr))) for lab, _k, gr, ac in OQ02_COSTS],
            ("Yhteensä", fi(g, 2), fi(a, 2), str(pct(a, g))),
        ],
    )
    d.add_paragraph(f"Käyttämättä jäänyt avustus, {fi(oq02_returned(), 2)} €, palautetaan STM:lle.")
    save(d, TEST46 / "oq02_pohjois_pohjanmaa_loppuraportti_2025.docx", ZIP_TIME)


# --- oq03: Lappi, ordinary PDF plan, one estimate table per investment ---

OQ03_NAME = "Lapin etäpalvelujen kehittämishanke"
OQ03_PARTS = ("Investointi 1: Hoitovelan purku etävastaanotoin", "Investointi 4: Digitaaliset palvelupolut")
#: part -> [(label, key, estimate)]
OQ03_ESTIMATES = {
    OQ03_PARTS[0]: [
        ("Henkilöstökustannukset", "own-staff-costs", 780000),
        ("Palvelujen ostot", "service-purchases", 240000),
        ("Matkakulut", "travel", 35000),
    ],
    OQ03_PARTS[1]: [
        ("Henkilöstökustannukset", "own-staff-costs", 410000),
        ("Ohjelmistot", "software", 320000),
        ("Puhelin- ja ICT-laitehankinnat", "phone-and-ict-equipment", 95000),
    ],
}
OQ03_GOALS = [
    "Etävastaanotto on saatavilla kaikissa Lapin kunnissa",
    "Kiireettömän hoidon odotusaika lyhenee Rovaniemellä, Kemissä ja Torniossa",
    "Sähköinen ajanvaraus ja Kanta-palvelujen käyttö lisääntyvät",
]


def oq03_total(part: str) -> int:
    return sum(r[2] for r in OQ03_ESTIMATES[part])


def _oq03_pages() -> list[list[str]]:
    p1 = [
        "!Hankesuunnitelma",
        f"!{OQ03_NAME}",
        "",
        "Hakija: Lapin hyvinvointialue",
        "Rahoitusohjelma: Suomen kestävän kasvun ohjelma, RRF",
        "Suunniteltu hankeaika: 1.7.2022–31.12.2025",
        "Päivämäärä: 24.5.2022",
        "",
        "!1 Tausta",
        "Pitkät etäisyydet ja henkilöstöpula ovat kasvattaneet hoitovelkaa erityisesti Länsi-Lapissa.",
        "Hanke toteutetaan kahtena investointina:",
        *[f"  {p}" for p in OQ03_PARTS],
        "",
        "!2 Tavoitteet",
        *[f"• {g}" for g in OQ03_GOALS],
        "",
        "!3 Toteuttajat ja yhteistyö",
        "Lapin ammattikorkeakoulu testaa digitaaliset palvelupolut asiakasraadin kanssa.",
        "Tunnistautuminen tehdään Suomi.fi-tunnistuksella.",
    ]
    p2 = ["!4 Kustannusarvio investoinneittain", ""]
    for part in OQ03_PARTS:
        p2 += [f"!{part}", "#Kustannuslaji|Kustannusarvio (€)"]
        p2 += [f"#{lab}|{fi(v)}" for lab, _k, v in OQ03_ESTIMATES[part]]
        p2 += [f"#Yhteensä|{fi(oq03_total(part))}", ""]
    total = sum(oq03_total(p) for p in OQ03_PARTS)
    p2 += [f"Haettava avustus on yhteensä {fi(total)} euroa."]
    return [p1, p2]


def _oq03() -> None:
    pdf(
        TEST46 / "oq03_lappi_hankesuunnitelma_2022.pdf",
        _oq03_pages(),
        [40, 300],
        lambda n, total: [(40, "Lapin hyvinvointialue"), (500, f"{n}/{total}")],
        lambda n, total: [(40, "Hankesuunnitelma, versio 1.2")],
    )


# --- oq04: Keski-Pohjanmaa, workbook: lights as an X in one of three colour columns, a two-row year header ---

OQ04_NAME = "Perhekeskus verkossa Keski-Pohjanmaalla"
#: label, key, which column holds the X (0 green, 1 yellow, 2 red)
OQ04_LIGHTS = [
    ("Aikataulu", "schedule", 1),
    ("Kustannukset", "costs", 0),
    ("Henkilöstö", "staff", 0),
    ("Riskit", "risks", 2),
    ("Hyödyt", "benefits", 0),
]
#: label, key, (budget 2022, actual 2022), (budget 2023, actual 2023)
OQ04_COSTS = [
    ("Henkilöstökustannukset", "own-staff-costs", (180000, 164250), (390000, 301880)),
    ("Palvelujen ostot", "service-purchases", (45000, 12600), (120000, 96420)),
    ("Viestintäpalvelut", "communication-services", (10000, 8740), (15000, 6310)),
    ("Matkakulut", "travel", (6000, 2115), (9000, 7390)),
]
OQ04_GOALS = [
    ("Perhekeskuksen palvelut löytyvät yhdestä verkko-osoitteesta", "Valmis", "achieved"),
    ("Chat-neuvonta on auki viitenä päivänä viikossa", "Auki kolmena päivänä, osittain", "partly-achieved"),
    ("Kannuksen neuvolan ajanvaraus siirtyy verkkoon", "Siirtyy vuoteen 2024", "moved-later"),
]


def oq04_year(i: int) -> tuple[int, int]:
    return sum(r[2 + i][0] for r in OQ04_COSTS), sum(r[2 + i][1] for r in OQ04_COSTS)


def _oq04() -> None:
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Väliraportti"
    rows: list[tuple] = [
        ("Väliraportti 1.1.2022–30.9.2023",),
        (),
        ("Hanke", OQ04_NAME),
        ("Toteuttaja", "Keski-Pohjanmaan hyvinvointialue"),
        ("Ohjelma", "Tulevaisuuden sosiaali- ja terveyskeskus -ohjelma, STM"),
        ("Kunnat", "Kokkola, Kannus"),
        ("Arvioija", "Centria-ammattikorkeakoulu arvioi chat-neuvonnan ja tekee käyttäjäkyselyt"),
        ("Alusta", "Sähköinen perhekeskus (OmaPerhe)"),
        ("Raportoitu", "16.10.2023"),
        (),
        ("Tilanne", "Vihreä", "Keltainen", "Punainen", "Kommentti"),
    ]
    for lab, _k, col in OQ04_LIGHTS:
        marks = ["", "", ""]
        marks[col] = "X"
        rows.append((lab, *marks, ""))
    rows += [
        (),
        ("Kustannukset (€)",),
        ("Kustannuslaji", "2022", "", "2023", ""),
        ("", "Budjetti", "Toteutunut", "Budjetti", "Toteutunut"),
    ]
    for lab, _k, y1, y2 in OQ04_COSTS:
        rows.append((lab, y1[0], y1[1], y2[0], y2[1]))
    b1, a1 = oq04_year(0)
    b2, a2 = oq04_year(1)
    rows.append(("Yhteensä", b1, a1, b2, a2))
    rows += [(), ("Tavoite", "Arvio"), *[(g, v) for g, v, _s in OQ04_GOALS]]
    for row in rows:
        ws.append(list(row))
    raw = io.BytesIO()
    wb.save(raw)
    restamp(raw, TEST46 / "oq04_keski_pohjanmaa_valiraportti_2023.xlsx", CREATED)


# --- oq08: Satakunta, deck: lights as kunnossa / huomioitava / kriittinen per osahanke, legend on the last slide,
#     costs with the years as rows ---

OQ08_NAME = "Satakunnan mielenterveyspalvelujen vahvistaminen"
OQ08_PARTS = ("Osahanke 1: Matalan kynnyksen mielenterveyspiste", "Osahanke 2: Nuorten terapiat")
#: label, key, part 1, part 2
OQ08_LIGHTS = [
    ("Aikataulu", "schedule", "kunnossa", "huomioitava"),
    ("Kustannukset", "costs", "kunnossa", "kunnossa"),
    ("Henkilöstö", "staff", "kriittinen", "kunnossa"),
    ("Tuotosten laatu", "output-quality", "kunnossa", "huomioitava"),
]
#: year, budget, actual
OQ08_YEARS = [(2022, 310000, 244870), (2023, 720000, 688015)]
OQ08_GOALS = [
    ("Mielenterveyspiste on auki Porissa ja Raumalla ilman ajanvarausta", "toteutui", "achieved"),
    ("Nuorten terapiaan pääsee kuukaudessa", "osittain, nyt noin kuudessa viikossa", "partly-achieved"),
    ("Terapianavigaattori on käytössä kaikissa kouluissa", "ei toteutunut", "not-achieved"),
]


def _oq08() -> None:
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

    def grid(title: str, rows: list[tuple[str, ...]]) -> None:
        s = prs.slides.add_slide(blank)
        s.shapes.title.text = title
        shape = s.shapes.add_table(len(rows), len(rows[0]), Inches(0.5), Inches(1.5), Inches(9), Inches(3))
        for r, row in enumerate(rows):
            for c, text in enumerate(row):
                shape.table.cell(r, c).text = text

    slide(
        OQ08_NAME,
        [
            "Väliraportti ohjausryhmälle 20.2.2024",
            "Satakunnan hyvinvointialue, kestävän kasvun ohjelma (RRF)",
            *OQ08_PARTS,
            "Satakunnan ammattikorkeakoulu vastaa nuorten terapioiden arvioinnista.",
            "Toimipaikat: Pori ja Rauma.",
        ],
    )
    grid("Tilannekatsaus", [("", "Osahanke 1", "Osahanke 2"), *[(lab, a, b) for lab, _k, a, b in OQ08_LIGHTS]])
    tb = sum(y[1] for y in OQ08_YEARS)
    ta = sum(y[2] for y in OQ08_YEARS)
    grid(
        "Talous vuosittain",
        [
            ("Vuosi", "Budjetti €", "Toteutunut €"),
            *[(str(y), fi(b), fi(a)) for y, b, a in OQ08_YEARS],
            ("Yhteensä", fi(tb), fi(ta)),
        ],
    )
    slide("Tavoitteet", [f"{g} — {v}" for g, v, _s in OQ08_GOALS])
    slide(
        "Tilannekatsauksen sanat",
        [
            "kunnossa = etenee suunnitelman mukaisesti",
            "huomioitava = poikkeama, korjaavat toimet sovittu",
            "kriittinen = ohjausryhmän päätettävä asia",
        ],
    )
    raw = io.BytesIO()
    prs.save(raw)
    restamp(raw, TEST46 / "oq08_satakunta_valiraportti_2024.pptx", CREATED)


# --- oq14: Etelä-Pohjanmaa, PDF final report: lights as the place of a cross in three boxes ([x][ ][ ]), legend on the last page,
#     costs in thousands of euros ---

OQ14_NAME = "Kotikuntoutus kuntoon Etelä-Pohjanmaalla"
#: label, key, ribbon
OQ14_LIGHTS = [
    ("Aikataulu", "schedule", "[x][ ][ ]"),
    ("Kustannukset", "costs", "[ ][x][ ]"),
    ("Henkilöstö", "staff", "[x][ ][ ]"),
    ("Tuotosten laajuus", "output-scope", "[ ][ ][x]"),
    ("Hyödyt", "benefits", "[x][ ][ ]"),
]
OQ14_GOALS = [
    ("Kotikuntoutus alkaa viikon kuluessa kotiutumisesta", "Kyllä", "achieved"),
    ("Lapualla ja Seinäjoella on yhteinen kotikuntoutustiimi", "Kyllä", "achieved"),
    ("Etäkuntoutusta saa 200 asiakasta", "Osittain (130 asiakasta)", "partly-achieved"),
    ("Kuntoutuksen kirjaukset siirtyvät Kantaan", "Ei", "not-achieved"),
]
#: label, key, budget t€, actual t€
OQ14_COSTS = [
    ("Henkilöstökustannukset", "own-staff-costs", 860, 812),
    ("Palvelujen ostot", "service-purchases", 150, 171),
    ("Puhelin- ja ICT-laitehankinnat", "phone-and-ict-equipment", 70, 64),
    ("Muut kustannukset", "other-costs", 20, 9),
]


def _oq14_pages() -> list[list[str]]:
    tb = sum(r[2] for r in OQ14_COSTS)
    ta = sum(r[3] for r in OQ14_COSTS)

    def dev(b: int, a: int) -> str:
        d = a - b
        return f"+{d}" if d > 0 else ("0" if d == 0 else f"-{-d}")

    p1 = [
        "!Loppuraportti",
        f"!{OQ14_NAME}",
        "",
        "Toteuttaja: Etelä-Pohjanmaan hyvinvointialue",
        "Rahoitus: kestävän kasvun ohjelma / NextGenerationEU",
        "Hankeaika: 1.1.2023–31.3.2025",
        "Raportti laadittu: 12.6.2025",
        "",
        "Seinäjoen ammattikorkeakoulu koulutti kotikuntoutuksen tiimit ja arvioi etäkuntoutuksen.",
        "",
        "!Tilannekuva",
        "#Osa-alue|Tila",
        *[f"#{lab}|{rib}" for lab, _k, rib in OQ14_LIGHTS],
        "",
        "!Tavoitteet",
        "#Tavoite|Toteutuiko?",
        *[f"#{g}|{v}" for g, v, _s in OQ14_GOALS],
    ]
    p2 = [
        "!Kustannukset koko hankekaudelta, 1 000 €",
        "#Kustannuslaji|Budjetti|Toteutunut|Poikkeama",
        *[f"#{lab}|{b}|{a}|{dev(b, a)}" for lab, _k, b, a in OQ14_COSTS],
        f"#Yhteensä|{tb}|{ta}|{dev(tb, ta)}",
        "Poikkeama = toteutunut - budjetti.",
        "",
        "Tilannekuvan merkintä: rasti ensimmäisessä ruudussa = suunnitelman mukaan,",
        "toisessa ruudussa = lievä poikkeama, kolmannessa ruudussa = merkittävä poikkeama.",
    ]
    return [p1, p2]


def _oq14() -> None:
    pdf(
        TEST46 / "oq14_etela_pohjanmaa_loppuraportti_2025.pdf",
        _oq14_pages(),
        [40, 330, 420, 500],
        lambda n, total: [(40, "Etelä-Pohjanmaan hyvinvointialue"), (500, f"{n}/{total}")],
        lambda n, total: [(40, "Loppuraportti 12.6.2025")],
    )


# --- oq15: Pohjanmaa (sv), Word status report: lights in sentences with colour words, euro sign before the amount ---

OQ15_NAME = "Digitala familjetjänster i Österbotten"
#: sentence, key, colour
OQ15_LIGHTS = [
    ("Tidtabellen bedöms som grön: alla delar startade enligt planen.", "schedule", "grön"),
    ("Kostnaderna är gula eftersom licenserna blev dyrare än beräknat.", "costs", "gul"),
    ("Personalläget är rött, två tjänster är fortfarande obesatta.", "staff", "röd"),
    ("Nyttan bedöms som grön.", "benefits", "grön"),
]
#: label, key, budget 2024, actual 1–9/2024
OQ15_COSTS = [
    ("Personalkostnader", "own-staff-costs", 540000, 371250),
    ("Köpta tjänster", "service-purchases", 160000, 118900),
    ("Programvara", "software", 85000, 91340),
    ("Resor", "travel", 12000, 4385),
]
OQ15_GOALS = [
    ("Familjecentrets chatt är öppen på svenska och finska", "uppnått", "achieved"),
    (
        "Rådgivningens tidsbokning i Jakobstad flyttas till webben",
        "delvis, bara för barnrådgivningen",
        "partly-achieved",
    ),
    ("Korsholms familjer får videomottagning", "flyttas till 2025", "moved-later"),
]


def _oq15() -> None:
    d = docx_document("Österbottens välfärdsområde", CREATED)
    d.add_heading("Lägesrapport 1.1–30.9.2024", 0)
    d.add_paragraph(f"Projekt: {OQ15_NAME}")
    d.add_paragraph("Huvudman: Österbottens välfärdsområde")
    d.add_paragraph("Finansiering: programmet för hållbar tillväxt (RRF), social- och hälsovårdsministeriet")
    d.add_paragraph("Kommuner: Vasa, Jakobstad och Korsholm")
    d.add_paragraph("Datum: 21.10.2024")
    d.add_heading("Läget", 1)
    d.add_paragraph("Färgerna betyder: grön = enligt plan, gul = avvikelse, röd = allvarlig avvikelse.")
    for sentence, _k, _c in OQ15_LIGHTS:
        d.add_paragraph(sentence)
    d.add_paragraph("Yrkeshögskolan Novia utvärderar chatten och intervjuar familjerna.")
    d.add_heading("Mål", 1)
    for g, v, _s in OQ15_GOALS:
        d.add_paragraph(f"{g} – {v}", style="List Number")
    d.add_heading("Ekonomi 2024", 1)
    tb = sum(r[2] for r in OQ15_COSTS)
    ta = sum(r[3] for r in OQ15_COSTS)
    table(
        d,
        [
            ("Kostnadsslag", "Budget 2024", "Utfall 1–9/2024"),
            *[(lab, f"€ {fi(b)}", f"€ {fi(a)}") for lab, _k, b, a in OQ15_COSTS],
            ("Totalt", f"€ {fi(tb)}", f"€ {fi(ta)}"),
        ],
    )
    save(d, TEST46 / "oq15_pohjanmaa_sv_lagesrapport_2024.docx", ZIP_TIME)


if __name__ == "__main__":
    TEST46.mkdir(exist_ok=True)
    _oq02()
    _oq03()
    _oq04()
    _oq08()
    _oq14()
    _oq15()
