"""Write the held-out set test47's PDF, DOCX, XLSX and PPTX documents (invented text, see ../README.md).

test47/ was written blind in stop 55 by helper W44, who read no ingest code and no document of any
set. Run with ``.venv/bin/python tests/ingest/corpus/generate/test47_binaries.py``; the outputs are
committed, so the script is needed only to change them. Two runs write the same bytes (reportlab's
invariant mode; fixed core properties and zip time stamps through binaries_common).
"""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

from binaries_common import docx_document, fi, pct, pdf, restamp, save, table

TEST47 = Path(__file__).resolve().parent.parent / "test47"
#: The time stamp of every zip entry (a zip stores local time, no zone).
ZIP_TIME = (2026, 12, 7, 19, 30, 0)
CREATED = dt.datetime(2026, 12, 7, 19, 30, 0)


# --- or02: Kanta-Häme, ordinary Word final report: fact table, a light per row, goal table, one cumulative table ---

OR02_NAME = "Mielenterveyden matalan kynnyksen palvelut Kanta-Hämeessä"
OR02_GRANT = 1540000
#: label, key, word, reason
OR02_LIGHTS = [
    ("Aikataulu", "schedule", "Vihreä", "Kaikki toimenpiteet saatiin käyntiin kesäkuuhun 2025 mennessä."),
    ("Kustannukset", "costs", "Keltainen", "Palvelujen ostot jäivät suunniteltua pienemmiksi."),
    ("Tuotosten laatu", "output-quality", "Vihreä", "Asiakaspalaute oli hyvää kaikissa kaupungeissa."),
    (
        "Henkilöstö",
        "staff",
        "Punainen",
        "Kaksi psykiatrisen sairaanhoitajan tehtävää oli täyttämättä puoli vuotta.",
    ),
    ("Hyödyt", "benefits", "Vihreä", "Lähetteet erikoissairaanhoitoon vähenivät."),
]
OR02_GOALS = [
    ("Terapianavigaattori on käytössä kaikissa sote-keskuksissa", "Toteutunut", "achieved"),
    (
        "Lyhytterapiaa tarjotaan kaikissa kolmessa kaupungissa",
        "Toteutui osittain, Forssassa vasta keväällä 2025",
        "partly-achieved",
    ),
    (
        "Odotusaika ensimmäiseen käyntiin lyhenee alle kahteen viikkoon",
        "Ei toteutunut, odotus noin 19 päivää",
        "not-achieved",
    ),
    ("Järjestöjen vertaisryhmät liitetään osaksi palveluohjausta", "Toteutunut", "achieved"),
]
#: label, key, granted, actual
OR02_COSTS = [
    ("Henkilöstökustannukset", "own-staff-costs", 1010000, 968412.35),
    ("Palvelujen ostot", "service-purchases", 330000, 271905.00),
    ("Viestintäpalvelut", "communication-services", 100000, 92150.00),
    ("Matkakulut", "travel", 60000, 37402.15),
    ("Materiaalikulut", "materials", 40000, 18220.60),
]


def or02_totals() -> tuple[float, float]:
    return sum(r[2] for r in OR02_COSTS), round(sum(r[3] for r in OR02_COSTS), 2)


def _or02() -> None:
    d = docx_document("Kanta-Hämeen hyvinvointialue", CREATED)
    d.add_heading("Loppuraportti", 0)
    d.add_paragraph(OR02_NAME)
    d.add_heading("1 Perustiedot", 1)
    table(
        d,
        [
            ("Kohta", "Tieto"),
            ("Hankkeen nimi", OR02_NAME),
            ("Toteuttaja", "Kanta-Hämeen hyvinvointialue"),
            ("Rahoittaja", "Sosiaali- ja terveysministeriö, kestävän kasvun ohjelma (NextGenerationEU)"),
            ("Hankeaika", "1.1.2023–30.6.2025"),
            ("Myönnetty avustus", f"{fi(OR02_GRANT)} €"),
            ("Toiminta-alue", "Hämeenlinna, Riihimäki ja Forssa"),
            ("Raportin päivämäärä", "29.8.2025"),
        ],
    )
    d.add_heading("2 Toteutus ja yhteistyö", 1)
    d.add_paragraph(
        "Hämeen ammattikorkeakoulu (HAMK) koulutti sote-keskusten hoitajat lyhytterapioihin. "
        "Mielenterveysyhdistys Kaari ry veti vertaisryhmiä kaikissa kolmessa kaupungissa. "
        "Omahoito-ohjelmat tarjottiin Mielenterveystalon kautta."
    )
    d.add_heading("3 Arvio toteutumisesta", 1)
    d.add_paragraph(
        "Värit: Vihreä = suunnitelman mukaan, Keltainen = lievä poikkeama, Punainen = merkittävä poikkeama."
    )
    table(d, [("Arviointikohde", "Arvio", "Perustelu"), *[(lab, w, why) for lab, _k, w, why in OR02_LIGHTS]])
    d.add_heading("4 Tavoitteiden toteutuminen", 1)
    table(
        d, [("Nro", "Tavoite", "Toteutuminen"), *[(str(i), g, v) for i, (g, v, _s) in enumerate(OR02_GOALS, 1)]]
    )
    d.add_heading("5 Talous", 1)
    tg, ta = or02_totals()
    table(
        d,
        [
            ("Kustannuslaji", "Myönnetty €", "Toteutunut €", "Käyttöaste %"),
            *[(lab, fi(g, 2), fi(a, 2), str(pct(a, g))) for lab, _k, g, a in OR02_COSTS],
            ("Yhteensä", fi(tg, 2), fi(ta, 2), str(pct(ta, tg))),
        ],
    )
    d.add_paragraph(f"Käyttämätön avustus {fi(tg - ta, 2)} € palautetaan sosiaali- ja terveysministeriölle.")
    save(d, TEST47 / "or02_kanta_hame_loppuraportti_2025.docx", ZIP_TIME)


# --- or03: Päijät-Häme, ordinary PDF interim report of a Tulevaisuuden sote-keskus project ---

OR03_NAME = "Perhekeskuspalvelut lähelle Päijät-Hämeessä"
OR03_GRANT = 1120000
OR03_LIGHTS = [
    ("Aikataulu", "schedule", "vihreä"),
    ("Kustannukset", "costs", "vihreä"),
    ("Henkilöstö", "staff", "keltainen"),
    ("Tuotosten laajuus", "output-scope", "keltainen"),
    ("Riskit", "risks", "vihreä"),
]
OR03_GOALS = [
    ("Perhekeskuksen palveluohjaus toimii Lahdessa, Heinolassa ja Orimattilassa", "toteutunut", "achieved"),
    ("Neuvolan chat on auki arkisin klo 8-16", "osittain, auki kolmena päivänä", "partly-achieved"),
    ("Eroperheiden ryhmät käynnistyvät kaikissa kolmessa kunnassa", "kesken", "unfinished"),
]
#: label, key, budget 2023, actual 1-6/2023, forecast 2023
OR03_COSTS = [
    ("Henkilöstökustannukset", "own-staff-costs", 412000, 198430, 405000),
    ("Palvelujen ostot", "service-purchases", 96000, 41275, 90000),
    ("Asiantuntijapalvelut", "expert-services", 38000, 12600, 38000),
    ("Muut kustannukset", "other-costs", 14000, 3915, 11000),
]


def or03_totals() -> tuple[int, int, int]:
    return tuple(sum(r[i] for r in OR03_COSTS) for i in (2, 3, 4))  # type: ignore[return-value]


def _or03() -> None:
    tb, ta, tf = or03_totals()
    page1 = [
        "!Väliraportti 1.1.–30.6.2023",
        "!" + OR03_NAME,
        "",
        "!1 Perustiedot",
        "Hankkeen toteuttaja: Päijät-Hämeen hyvinvointialue",
        "Ohjelma: Tulevaisuuden sosiaali- ja terveyskeskus -ohjelma (STM)",
        "Hankeaika: 1.1.2022–31.12.2023",
        f"Valtionavustus: {fi(OR03_GRANT)} €",
        "Raportin päivämäärä: 14.8.2023",
        "",
        "!2 Tilannekatsaus",
        "Arvio: vihreä = suunnitelman mukainen, keltainen = poikkeama, punainen = vakava poikkeama.",
        "#Osa-alue|Tila|Huomiot",
        *[f"#{lab}|{w}|" for lab, _k, w in OR03_LIGHTS],
        "",
        "LAB-ammattikorkeakoulu arvioi palveluohjauksen vaikutuksia ja haastattelee perheitä.",
        "Neuvolan chat toimii Sähköisen perhekeskuksen (OmaPerhe) alustalla.",
    ]
    page2 = [
        "!3 Tavoitteet",
        "#Nro|Tavoite|Arvio",
        *[f"#{i}|{g}|{v}" for i, (g, v, _s) in enumerate(OR03_GOALS, 1)],
        "",
        "!4 Talous 2023",
        "#Kustannuslaji|Budjetti 2023 €|Toteutunut 1–6/2023 €|Ennuste 2023 €",
        *[f"#{lab}|{fi(b)}|{fi(a)}|{fi(f)}" for lab, _k, b, a, f in OR03_COSTS],
        f"#Yhteensä|{fi(tb)}|{fi(ta)}|{fi(tf)}",
    ]
    pdf(
        TEST47 / "or03_paijat_hame_valiraportti_2023.pdf",
        [page1, page2],
        [40, 140, 330, 440],
        lambda n, total: [(40, "Päijät-Hämeen hyvinvointialue"), (460, "Väliraportti 2023")],
        lambda n, total: [(500, f"{n} / {total}")],
    )


# --- or04: Etelä-Karjala, workbook: lights as numbers 1 / 2 / 3 keyed at the top, quarter columns, total row first ---

OR04_NAME = "Digitaalinen palveluohjaus Etelä-Karjalassa"
OR04_GRANT = 2100000
OR04_LIGHTS = [
    ("Aikataulu", "schedule", 1),
    ("Kustannukset", "costs", 2),
    ("Henkilöstö", "staff", 1),
    ("Tuotosten laatu", "output-quality", 1),
    ("Riskit", "risks", 3),
    ("Hyödyt", "benefits", 2),
]
OR04_GOALS = [
    ("Palveluohjauksen chat vastaa kaikkiin yhteydenottoihin samana päivänä", "valmis", "achieved"),
    ("Omaolon palvelutarpeen arvio ohjaa asiakkaan oikeaan palveluun", "osittain", "partly-achieved"),
    ("Imatran ja Lappeenrannan palveluneuvonta yhdistetään", "siirtyy vuoteen 2025", "moved-later"),
]
#: label, key, budget 2024, Q1, Q2, Q3
OR04_COSTS = [
    ("Henkilöstökustannukset", "own-staff-costs", 520000, 118400, 126900, 121350),
    ("Ohjelmistot", "software", 180000, 61200, 22800, 40150),
    ("Palvelujen ostot", "service-purchases", 95000, 9800, 21450, 18900),
    ("Matkakulut", "travel", 12000, 1240, 2860, 905),
]


def or04_row_actual(r: tuple) -> int:
    return r[3] + r[4] + r[5]


def _or04() -> None:
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Seuranta Q3 2024"
    tb = sum(r[2] for r in OR04_COSTS)
    tq = [sum(r[i] for r in OR04_COSTS) for i in (3, 4, 5)]
    rows: list[tuple] = [
        ("Arvioasteikko: 1 = suunnitelman mukaan, 2 = lievä poikkeama, 3 = vakava poikkeama",),
        (),
        ("Hanke", OR04_NAME),
        ("Toteuttaja", "Etelä-Karjalan hyvinvointialue"),
        ("Rahoitus", "Kestävän kasvun ohjelma (RRF), myönnetty yhteensä 2,1 M€"),
        ("Kumppani", "DigiFinland Oy ylläpitää chat-alustaa"),
        ("Kunnat", "Lappeenranta, Imatra"),
        ("Raportoitu", "18.10.2024"),
        (),
        ("Osa-alue", "Arvio 1–3", "Selitys"),
        *[(lab, n, "") for lab, _k, n in OR04_LIGHTS],
        (),
        ("Kustannukset 2024 (€)",),
        ("Kustannuslaji", "Budjetti 2024", "Q1", "Q2", "Q3", "Toteutunut 1–9/2024"),
        ("Yhteensä", tb, *tq, sum(tq)),
        *[(lab, b, q1, q2, q3, q1 + q2 + q3) for lab, _k, b, q1, q2, q3 in OR04_COSTS],
        (),
        ("Tavoite", "Tilanne"),
        *[(g, v) for g, v, _s in OR04_GOALS],
    ]
    for row in rows:
        ws.append(list(row))
    raw = io.BytesIO()
    wb.save(raw)
    restamp(raw, TEST47 / "or04_etela_karjala_seurantaraportti_2024.xlsx", CREATED)


# --- or08: Varsinais-Suomi, deck: two osahankkeet, lights as Ei / Kyllä answers to "poikkeamia?" questions,
#     each osahanke's own cumulative table in t€ with one decimal ---

OR08_NAME = "Kuntoutus kotiin Varsinais-Suomessa"
OR08_PARTS = ("Osahanke 1: Kotikuntoutustiimit", "Osahanke 2: Apuvälinepalvelu")
#: question, key, part 1, part 2
OR08_LIGHTS = [
    ("Poikkeamia aikataulussa?", "schedule", "Ei", "Kyllä"),
    ("Poikkeamia kustannuksissa?", "costs", "Ei", "Ei"),
    ("Poikkeamia henkilöstössä?", "staff", "Kyllä", "Ei"),
    ("Poikkeamia tuotosten laadussa?", "output-quality", "Ei", "Ei"),
]
#: label, key, budget t€, actual t€ (per part)
OR08_COSTS = {
    1: [
        ("Henkilöstö", "own-staff-costs", 612.0, 455.8),
        ("Matkakulut", "travel", 38.5, 21.2),
        ("Materiaalikulut", "materials", 24.0, 17.6),
    ],
    2: [
        ("Henkilöstö", "own-staff-costs", 214.0, 130.4),
        ("Puhelin- ja ICT-laitehankinnat", "phone-and-ict-equipment", 160.0, 142.9),
        ("Palvelujen ostot", "service-purchases", 71.5, 25.3),
    ],
}
OR08_GOALS = [
    (1, "Kotikuntoutustiimi toimii Turussa, Salossa ja Uudessakaupungissa", "toteutunut", "achieved"),
    (
        1,
        "Kotiutuva asiakas saa ensikäynnin kahden vuorokauden sisällä",
        "osittain toteutunut",
        "partly-achieved",
    ),
    (2, "Apuvälineiden kotiinkuljetus toimii koko alueella", "kesken", "unfinished"),
    (2, "Apuvälineiden lainaus siirtyy sähköiseen varaukseen", "siirtyy vuodelle 2024", "moved-later"),
]


def or08_totals(part: int) -> tuple[float, float]:
    return round(sum(r[2] for r in OR08_COSTS[part]), 1), round(sum(r[3] for r in OR08_COSTS[part]), 1)


def _t(n: float) -> str:
    return f"{n:.1f}".replace(".", ",")


def _or08() -> None:
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
        OR08_NAME,
        [
            "Ohjausryhmä 24.10.2023 – väliraportti",
            "Varsinais-Suomen hyvinvointialue / kestävän kasvun ohjelma (RRF)",
            *OR08_PARTS,
            "Turun ammattikorkeakoulu arvioi kotikuntoutuksen vaikuttavuutta.",
        ],
    )
    grid(
        "Poikkeamat osahankkeittain",
        [("Kysymys", "Osahanke 1", "Osahanke 2"), *[(q, a, b) for q, _k, a, b in OR08_LIGHTS]],
    )
    for part in (1, 2):
        tb, ta = or08_totals(part)
        grid(
            f"{OR08_PARTS[part - 1]} – kustannukset 1.1.2022–30.9.2023",
            [
                ("Kustannuslaji", "Budjetti t€", "Toteutunut t€"),
                *[(lab, _t(b), _t(a)) for lab, _k, b, a in OR08_COSTS[part]],
                ("Yhteensä", _t(tb), _t(ta)),
            ],
        )
    grid(
        "Tavoitteet",
        [("Osahanke", "Tavoite", "Tilanne"), *[(str(p), g, v) for p, g, v, _s in OR08_GOALS]],
    )
    raw = io.BytesIO()
    prs.save(raw)
    restamp(raw, TEST47 / "or08_varsinais_suomi_valiraportti_2023.pptx", CREATED)


# --- or14: Etelä-Pohjanmaa, PDF final report: lights as classes A / B / C keyed on page 2, actual costs with
#     year columns, the total row first, the table split over the page break without its header ---

OR14_NAME = "Vastaanotto uudistuu Etelä-Pohjanmaalla"
OR14_GRANT = 2250000
OR14_LIGHTS = [
    ("Aikataulu", "schedule", "A"),
    ("Kustannukset", "costs", "A"),
    ("Henkilöstö", "staff", "B"),
    ("Tuotosten laajuus", "output-scope", "C"),
    ("Hyödyt", "benefits", "A"),
]
OR14_GOALS = [
    (
        "Kiireettömään hoitoon pääsee seitsemässä päivässä 80 prosentissa käynneistä",
        "Toteutui osittain (71 %)",
        "partly-achieved",
    ),
    ("Omaolon oirearvio on käytössä kaikilla terveysasemilla", "Toteutui täysin", "achieved"),
    ("Lapualla ja Kauhavalla aloittaa tiimivastaanotto", "Toteutui täysin", "achieved"),
    ("Etäkäyntien osuus nousee 30 prosenttiin", "Ei toteutunut (22 %)", "not-achieved"),
]
#: label, key, 2023, 2024, 2025
OR14_COSTS = [
    ("Henkilöstökustannukset", "own-staff-costs", 402310, 618450, 301200),
    ("Palvelujen ostot", "service-purchases", 88200, 174900, 61340),
    ("Ohjelmistot", "software", 120500, 96400, 18800),
    ("Matkakulut", "travel", 9800, 14260, 5120),
    ("Muut kustannukset", "other-costs", 12400, 18650, 7110),
]


def or14_year_totals() -> list[int]:
    return [sum(r[i] for r in OR14_COSTS) for i in (2, 3, 4)]


def _or14() -> None:
    years = or14_year_totals()

    def row(lab: str, vals: list[int]) -> str:
        return f"#{lab}|{fi(vals[0])}|{fi(vals[1])}|{fi(vals[2])}|{fi(sum(vals))}"

    page1 = [
        "!Loppuraportti",
        "!" + OR14_NAME,
        "Toteuttaja: Etelä-Pohjanmaan hyvinvointialue",
        "Rahoittaja: Sosiaali- ja terveysministeriö (kestävän kasvun ohjelma)",
        "Hankeaika: 1.1.2023–30.6.2025",
        f"Myönnetty valtionavustus: {fi(OR14_GRANT)} €",
        "Päivämäärä: 30.9.2025",
        "",
        "SeAMK kouluttaa tiimivastaanoton hoitajat ja arvioi mallin.",
        "",
        "!Osa-alueiden arviot",
        *[f"#{lab}|{c}" for lab, _k, c in OR14_LIGHTS],
        "",
        "!Tavoitteet",
        *[f"Tavoite {i}: {g}  /  Arvio: {v}" for i, (g, v, _s) in enumerate(OR14_GOALS, 1)],
        "",
        "!Toteutuneet kustannukset (€)",
        "#Kustannuslaji|2023|2024|1–6/2025|Yhteensä",
        row("Kaikki yhteensä", years),
        *[row(lab, [a, b, c]) for lab, _k, a, b, c in OR14_COSTS[:3]],
    ]
    page2 = [
        *[row(lab, [a, b, c]) for lab, _k, a, b, c in OR14_COSTS[3:]],
        "",
        "Arvioluokat: A = suunnitelman mukainen, B = lievä poikkeama, C = merkittävä poikkeama.",
        f"Avustusta jäi käyttämättä {fi(OR14_GRANT - sum(years))} €, joka palautetaan.",
    ]
    pdf(
        TEST47 / "or14_etela_pohjanmaa_loppuraportti_2025.pdf",
        [page1, page2],
        [40, 190, 270, 350, 440],
        lambda n, total: [(40, "Etelä-Pohjanmaan hyvinvointialue"), (470, "Loppuraportti")],
        lambda n, total: [(500, f"Sivu {n}")],
    )


# --- or15: Pohjanmaa, ordinary Swedish Word status report ---

OR15_NAME = "Digital rehabilitering i Österbotten"
OR15_GRANT = 1320000
OR15_LIGHTS = [
    ("Tidtabell", "schedule", "Grön", "Alla delmoment har startat."),
    ("Kostnader", "costs", "Grön", "Utfallet följer budgeten."),
    ("Personal", "staff", "Gul", "En fysioterapeut har sagt upp sig."),
    ("Risker", "risks", "Gul", "Leveransen av surfplattor är försenad."),
    ("Nytta", "benefits", "Grön", "Klienterna tränar oftare hemma."),
]
OR15_GOALS = [
    ("Videorehabilitering erbjuds i Vasa, Jakobstad och Närpes", "Uppnått", "achieved"),
    ("Hälften av hemrehabiliteringsbesöken görs på distans", "Delvis uppnått (31 %)", "partly-achieved"),
    ("Träningsappen kopplas till Kanta", "Flyttas till 2024", "moved-later"),
]
#: label, key, budget 2023, actual 1-8/2023, forecast 2023
OR15_COSTS = [
    ("Personalkostnader", "own-staff-costs", 388000, 241730, 380000),
    ("Köp av tjänster", "service-purchases", 72000, 30115, 70000),
    ("Programvara", "software", 54000, 49980, 54000),
    ("Resor", "travel", 9000, 4260, 8000),
]


def or15_totals() -> tuple[int, int, int]:
    return tuple(sum(r[i] for r in OR15_COSTS) for i in (2, 3, 4))  # type: ignore[return-value]


def _or15() -> None:
    d = docx_document("Välfärdsområdet i Österbotten", CREATED)
    d.add_heading("Lägesrapport 2023", 0)
    d.add_paragraph(f"Projekt: {OR15_NAME}")
    d.add_paragraph("Huvudman: Österbottens välfärdsområde")
    d.add_paragraph("Finansiering: STM, programmet för hållbar tillväxt (NextGenerationEU)")
    d.add_paragraph(f"Beviljat statsunderstöd: {fi(OR15_GRANT)} €")
    d.add_paragraph("Projekttid: 1.1.2023–31.12.2025")
    d.add_paragraph("Datum: 28.9.2023")
    d.add_heading("Samarbete", 1)
    d.add_paragraph(
        "VAMK testar träningsappen med studerande i fysioterapi. Folkhälsan ordnar gruppträning i Närpes och Jakobstad."
    )
    d.add_heading("Läget", 1)
    d.add_paragraph("Grön = enligt plan, Gul = avvikelse, Röd = allvarlig avvikelse.")
    table(d, [("Område", "Bedömning", "Kommentar"), *[(lab, w, c) for lab, _k, w, c in OR15_LIGHTS]])
    d.add_heading("Mål", 1)
    table(d, [("Nr", "Mål", "Bedömning"), *[(str(i), g, v) for i, (g, v, _s) in enumerate(OR15_GOALS, 1)]])
    d.add_heading("Ekonomi 2023", 1)
    tb, ta, tf = or15_totals()
    table(
        d,
        [
            ("Kostnadsslag", "Budget 2023 (€)", "Utfall 1–8/2023 (€)", "Prognos 2023 (€)"),
            *[(lab, fi(b), fi(a), fi(f)) for lab, _k, b, a, f in OR15_COSTS],
            ("Totalt", fi(tb), fi(ta), fi(tf)),
        ],
    )
    save(d, TEST47 / "or15_pohjanmaa_sv_lagesrapport_2023.docx", ZIP_TIME)


if __name__ == "__main__":
    TEST47.mkdir(exist_ok=True)
    _or02()
    _or03()
    _or04()
    _or08()
    _or14()
    _or15()
