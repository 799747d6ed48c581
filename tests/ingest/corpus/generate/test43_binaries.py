"""Write the held-out set test43's PDF, DOCX, XLSX and PPTX documents (invented text, see ../README.md).

test43/ was written blind in stop 51 by helper W40, who read no ingest code and no document of any
set. Run with ``.venv/bin/python tests/ingest/corpus/generate/test43_binaries.py``; the outputs are
committed, so the script is needed only to change them. Two runs write the same bytes (reportlab's
invariant mode; fixed core properties and zip time stamps through binaries_common).
"""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

from binaries_common import docx_document, fi, pct, pdf, restamp, save, table

TEST43 = Path(__file__).resolve().parent.parent / "test43"
#: The time stamp of every zip entry (a zip stores local time, no zone).
ZIP_TIME = (2026, 12, 7, 7, 0, 0)
CREATED = dt.datetime(2026, 12, 7, 7, 0, 0)


# --- on03: Satakunta, final report DOCX in the ordinary form: a fact table, a light per row of a plain
# --- table, goals in a Tavoite / Toteutuminen table, one cumulative Myönnetty / Toteutunut / Käyttöaste table ---

ON03_NAME = "Sujuva hoitopolku Satakunnassa"
ON03_LIGHTS = [
    ("Aikataulu", "schedule", "Vihreä", "Työ valmistui hankeajassa."),
    ("Kustannukset", "costs", "Vihreä", "Avustus riitti suunniteltuihin toimiin."),
    ("Henkilöstö", "staff", "Keltainen", "Kaksi rekrytointia viivästyi kevään 2023 aikana."),
    ("Tuotosten laatu", "output-quality", "Vihreä", "Asiakaspalaute 4,3 / 5."),
    ("Hyödyt", "benefits", "Keltainen", "Jonojen lyheneminen näkyy vasta osassa palveluja."),
]
ON03_GOALS = [
    ("Kiireettömän hoidon odotusaika lyhenee alle 14 vuorokauteen", "Saavutettu koko alueella", "achieved"),
    (
        "Sähköinen oirearvio otetaan käyttöön kaikilla terveysasemilla",
        "Otettu käyttöön 9 asemalla 12:sta",
        "partly-achieved",
    ),
    (
        "Fysioterapian suoravastaanotto laajenee Kankaanpään seudulle",
        "Ei toteutunut hankeaikana",
        "not-achieved",
    ),
    ("Palveluohjaajien yhteinen toimintaohje julkaistaan", "Julkaistu 3/2025", "achieved"),
]
ON03_ROWS = [
    ("Omat henkilöstökustannukset", "own-staff-costs", 742000, 731260),
    ("Asiantuntijapalvelut", "expert-services", 186000, 162410),
    ("Ohjelmistot ja lisenssit", "software", 240000, 228900),
    ("Koulutus- ja matkakulut", "travel", 32000, 18730),
]


def _on03() -> None:
    d = docx_document("Satakunnan hyvinvointialue", CREATED)
    d.add_heading("Loppuraportti", level=1)
    d.add_paragraph("Suomen kestävän kasvun ohjelma, pilari 4, investointi 1")
    table(
        d,
        [
            ("Tieto", "Sisältö"),
            ("Hankkeen nimi", ON03_NAME),
            ("Hallinnoija", "Satakunnan hyvinvointialue"),
            ("Hankeaika", "1.4.2022–30.6.2025"),
            ("Toteutusalue", "Pori, Rauma ja Kankaanpää sekä niiden lähikunnat"),
            ("Rahoittaja", "Sosiaali- ja terveysministeriö (STM), NextGenerationEU"),
            ("Raportin päiväys", "30.9.2025"),
        ],
    )
    d.add_heading("1 Yhteenveto", level=2)
    d.add_paragraph(
        "Hanke paransi kiireettömän hoidon saatavuutta yhtenäistämällä hoidon tarpeen arvion ja ottamalla "
        "Omaolon oirearvion osaksi terveysasemien ajanvarausta. Satakunnan ammattikorkeakoulu (SAMK) "
        "koulutti hoitajat ja palveluohjaajat uuteen toimintamalliin ja teki loppuarvioinnin."
    )
    d.add_heading("2 Tilannearvio hankkeen päättyessä", level=2)
    d.add_paragraph(
        "Arvioasteikko: vihreä = suunnitelman mukaan, keltainen = lievä poikkeama, punainen = merkittävä poikkeama."
    )
    table(
        d, [("Osa-alue", "Arvio", "Perustelu"), *[(label, value, why) for label, _k, value, why in ON03_LIGHTS]]
    )
    d.add_heading("3 Tavoitteiden toteutuminen", level=2)
    table(d, [("Tavoite", "Toteutuminen"), *[(goal, verdict) for goal, verdict, _s in ON03_GOALS]])
    d.add_heading("4 Talous", level=2)
    granted = sum(r[2] for r in ON03_ROWS)
    actual = sum(r[3] for r in ON03_ROWS)
    d.add_paragraph(f"Myönnetty valtionavustus oli yhteensä {fi(granted)} euroa.")
    rows = [("Kustannuslaji", "Myönnetty €", "Toteutunut €", "Käyttöaste %")]
    for label, _key, g, a in ON03_ROWS:
        rows.append((label, fi(g, 2), fi(a, 2), str(pct(a, g))))
    rows.append(("Yhteensä", fi(granted, 2), fi(actual, 2), str(pct(actual, granted))))
    table(d, rows)
    d.add_paragraph(
        f"Käyttämättä jäänyt avustus, {fi(granted - actual, 2)} euroa, palautetaan sosiaali- ja terveysministeriölle."
    )
    d.add_heading("5 Jatko", level=2)
    d.add_paragraph("Toimintamalli jatkuu hyvinvointialueen perustoimintana 1.7.2025 alkaen.")
    save(d, TEST43 / "on03_satakunta_loppuraportti_2025.docx", ZIP_TIME)


# --- on04: Vantaa ja Kerava, status workbook: lights marked with an x in one of two columns; the cost table
# --- transposed with a budget row and an actual row per year (categories as columns) ---

ON04_NAME = "Nuorten mielenterveyspolku Vantaalla ja Keravalla"
ON04_LIGHTS = [
    ("Aikataulu", "schedule", False),
    ("Kustannukset", "costs", False),
    ("Henkilöstö", "staff", True),
    ("Sisältö ja laajuus", "output-scope", False),
    ("Riskit", "risks", True),
]
ON04_CATS = [
    ("Henkilöstökulut", "staff-costs"),
    ("Ostopalvelut", "service-purchases"),
    ("Viestintä", "communication-services"),
    ("Muut kulut", "other-costs"),
]
#: year → (row label budget, row label actual, budgets per category, actuals per category)
ON04_YEARS = {
    2022: ("Budjetti 2022", "Toteuma 2022", (210000, 64000, 12000, 9000), (196480, 58210, 9340, 11020)),
    2023: ("Budjetti 2023", "Toteuma 1–9/2023", (365000, 120000, 18000, 14000), (251300, 73450, 6120, 8890)),
}
ON04_GOALS = [
    ("Nuorten hoitoon pääsy nopeutuu", "toteutunut, mediaani 9 vrk", "achieved"),
    (
        "Koulujen ja nuorisopalvelujen yhteinen ohjauspolku on käytössä",
        "osittain, Keravalla käytössä",
        "partly-achieved",
    ),
    ("Ryhmämuotoinen tuki laajenee kaikkiin yläkouluihin", "siirtyy vuodelle 2024", "moved-later"),
]


def _on04() -> None:
    import openpyxl
    from openpyxl.styles import Font

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Seuranta"
    ws.append(("Seurantaraportti Q3/2023",))
    ws["A1"].font = Font(bold=True, size=14)
    for row in (
        ("Hanke", ON04_NAME),
        ("Toteuttaja", "Vantaan ja Keravan hyvinvointialue"),
        ("Rahoitus", "STM / Suomen kestävän kasvun ohjelma"),
        ("Hankeaika", "1.5.2022–31.12.2024"),
        ("Myönnetty avustus", "1 150 000 €"),
        ("Päivitetty", "16.10.2023"),
        (
            "Kumppanit",
            "Metropolia Ammattikorkeakoulu kouluttaa ohjaajat; Mielenterveystalo nuorten omahoito-ohjelmineen",
        ),
        (),
        ("Tilanne", "Suunnitelmassa", "Poikkeama", "Huomio"),
    ):
        ws.append(row)
    notes = {"staff": "kaksi sijaisuutta täyttämättä", "risks": "koulujen sitoutuminen vaihtelee"}
    for label, key, off in ON04_LIGHTS:
        ws.append((label, "" if off else "x", "x" if off else "", notes.get(key, "")))
    ws.append(("Merkitse x sarakkeeseen Suunnitelmassa tai Poikkeama.",))
    ws.append(())
    ws.append(("Talous (€)", *(label for label, _k in ON04_CATS), "Yhteensä"))
    for _year, (bl, al, budgets, actuals) in ON04_YEARS.items():
        ws.append((bl, *budgets, sum(budgets)))
        ws.append((al, *actuals, sum(actuals)))
    ws.append(())
    ws.append(("Tavoite", "Arvio"))
    for goal, verdict, _s in ON04_GOALS:
        ws.append((goal, verdict))
    ws.column_dimensions["A"].width = 58
    wb.properties.creator = "Vantaan ja Keravan hyvinvointialue"
    wb.properties.created = CREATED
    wb.properties.modified = CREATED
    raw = io.BytesIO()
    wb.save(raw)
    restamp(raw, TEST43 / "on04_vantaa_kerava_seurantaraportti_2023.xlsx", CREATED)


# --- on06: Etelä-Karjala, plan PDF whose estimate has the investments as columns, split over a page break ---

ON06_NAME = "Eloisa arki Etelä-Karjalassa"
ON06_PARTS = ("Investointi 1: Kotihoidon etäkäynnit", "Investointi 2: Ikäihmisten palveluohjaus")
ON06_ROWS = [
    ("Omat henkilöstökustannukset", "own-staff-costs", (286000, 312000)),
    ("Asiantuntijapalvelut", "expert-services", (48000, 36000)),
    ("Ohjelmistot", "software", (94000, 12000)),
    ("Laitteet", "phone-and-ict-equipment", (61000, 8000)),
    ("Viestintä", "communication-services", (6000, 14000)),
    ("Matkat", "travel", (5000, 9000)),
]
ON06_GOALS = [
    "Etäkäyntien osuus kotihoidon käynneistä on vähintään 20 %.",
    "Palveluohjauksen yhteydenottoon vastataan saman päivän aikana.",
    "Yli 75-vuotiaiden päivystyskäynnit vähenevät kymmenellä prosentilla.",
]


def _on06_pages() -> list[list[str]]:
    head = "#Kustannuslaji|Investointi 1|Investointi 2|Yhteensä"
    lines = [f"#{label}|{fi(a)}|{fi(b)}|{fi(a + b)}" for label, _k, (a, b) in ON06_ROWS]
    t1 = sum(r[2][0] for r in ON06_ROWS)
    t2 = sum(r[2][1] for r in ON06_ROWS)
    page1 = [
        f"!{ON06_NAME}",
        "Hankesuunnitelma 21.10.2022, Etelä-Karjalan hyvinvointialue",
        "",
        "!1 Tausta",
        "Hanke kuuluu Suomen kestävän kasvun ohjelmaan (RRF). Toiminta alkaa Lappeenrannassa ja Imatralla,",
        "ja Taipalsaari liittyy pilottiin keväällä 2023. Hankeaika on 1.1.2023–31.12.2025.",
        "",
        "!2 Investoinnit",
        f"{ON06_PARTS[0]}. Kotihoidon asiakkaat saavat osan käynneistä videoyhteydellä;",
        "kirjaukset tallentuvat Kanta-palveluihin.",
        f"{ON06_PARTS[1]}. LAB-ammattikorkeakoulu kouluttaa palveluohjaajat ja arvioi mallin.",
        "",
        "!3 Tavoitteet",
        *[f"{n}. {goal}" for n, goal in enumerate(ON06_GOALS, start=1)],
        "",
        "!4 Kustannusarvio (euroa, alv 0 %)",
        head,
        *lines[:3],
    ]
    page2 = [
        "!4 Kustannusarvio (jatkuu)",
        head,
        *lines[3:],
        f"#Yhteensä|{fi(t1)}|{fi(t2)}|{fi(t1 + t2)}",
        "",
        f"Haettava valtionavustus sosiaali- ja terveysministeriöltä on {fi(t1 + t2)} euroa.",
        "Omarahoitusta ei edellytetä.",
    ]
    return [page1, page2]


def _on06() -> None:
    pdf(
        TEST43 / "on06_etela_karjala_hankesuunnitelma_2022.pdf",
        _on06_pages(),
        [40, 230, 330, 430],
        lambda n, total: [(40, "Etelä-Karjalan hyvinvointialue"), (480, f"{n} ({total})")],
        lambda n, total: [(40, "Luonnos – ei julkinen ennen hakemuksen jättämistä")],
    )


# --- on08: Keski-Suomi, interim deck: two parts with their own figures; lights as coloured squares in a
# --- dimension × part grid, the key on the last slide ---

ON08_NAME = "Keski-Suomen lähipalvelut digiksi"
ON08_PARTS = ("Osakokonaisuus A: Digitaalinen vastaanotto", "Osakokonaisuus B: Kotikuntoutus etänä")
#: dimension → (key, part A square, part B square)
ON08_LIGHTS = [
    ("Aikataulu", "schedule", "🟩", "🟨"),
    ("Talous", "costs", "🟩", "🟩"),
    ("Resurssit", "staff", "🟨", "🟩"),
    ("Riskit", "risks", "🟩", "🟥"),
]
ON08_COSTS = {
    "A": [
        ("Henkilöstö", "staff-costs", 320000, 214600),
        ("Ohjelmistot", "software", 150000, 131250),
        ("Ostopalvelut", "service-purchases", 60000, 18900),
    ],
    "B": [
        ("Henkilöstö", "staff-costs", 240000, 166800),
        ("Laitteet", "phone-and-ict-equipment", 45000, 47250),
        ("Ostopalvelut", "service-purchases", 30000, 9600),
    ],
}
ON08_GOALS = [
    ("A: Puolet lääkärin kontrollikäynneistä hoidetaan videovastaanotolla", "tehty", "achieved"),
    ("A: Chat-palvelu on auki arkisin klo 8–20", "osittain – klo 8–16", "partly-achieved"),
    ("B: Kotikuntoutuksen etäjakso on tarjolla kaikissa kunnissa", "kesken", "unfinished"),
    ("B: Kaatumisten määrä kotikuntoutuksen asiakkailla vähenee", "siirtyy 2025", "moved-later"),
]


def _on08() -> None:
    from pptx import Presentation
    from pptx.util import Inches, Pt

    prs = Presentation()
    prs.core_properties.author = "Keski-Suomen hyvinvointialue"
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
            len(rows), len(rows[0]), Inches(0.4), Inches(1.6), Inches(9.2), Inches(0.4) * len(rows)
        )
        for r, row in enumerate(rows):
            for c, text in enumerate(row):
                cell = shape.table.cell(r, c)
                cell.text = text
                for run in cell.text_frame.paragraphs[0].runs:
                    run.font.size = Pt(12)

    slide(
        ON08_NAME,
        [
            "Väliraportti ohjausryhmälle 12.6.2024",
            "Jyväskylä, Jämsä ja Äänekoski",
            f"Myönnetty avustus yhteensä {fi(sum(r[2] for rs in ON08_COSTS.values() for r in rs))} €",
            *ON08_PARTS,
        ],
    )
    slide(
        "Kumppanit",
        [
            "Jyväskylän ammattikorkeakoulu (JAMK) kouluttaa etäkuntoutuksen ohjaajat (B).",
            "Videovastaanotto toimii Terveyskylän kautta (A).",
            "Rahoitus: Suomen kestävän kasvun ohjelma, sosiaali- ja terveysministeriö.",
        ],
    )
    grid("Tilannekuva", [("", "A", "B"), *[(label, a, b) for label, _k, a, b in ON08_LIGHTS]])
    for part, key in zip(ON08_PARTS, ("A", "B"), strict=True):
        rows = [("Kustannuslaji", "Myönnetty €", "Toteutunut 1.1.2023–31.5.2024 €", "Käyttöaste")]
        for label, _k, g, a in ON08_COSTS[key]:
            rows.append((label, fi(g), fi(a), f"{pct(a, g)} %"))
        g = sum(r[2] for r in ON08_COSTS[key])
        a = sum(r[3] for r in ON08_COSTS[key])
        rows.append(("Yhteensä", fi(g), fi(a), f"{pct(a, g)} %"))
        grid(f"Talous – {part}", rows)
    slide("Tavoitteet", [f"{goal}: {verdict}" for goal, verdict, _s in ON08_GOALS])
    slide(
        "Merkkien selitys",
        ["🟩 = etenee suunnitellusti", "🟨 = pieni poikkeama", "🟥 = vaatii ohjausryhmän päätöksen"],
    )
    raw = io.BytesIO()
    prs.save(raw)
    restamp(raw, TEST43 / "on08_keski_suomi_valiraportti_2024.pptx", CREATED)


# --- on15: Pohjanmaa (Swedish), status report DOCX in the ordinary form ---

ON15_NAME = "Smidig vård i Österbotten"
ON15_LIGHTS = [
    ("Tidtabell", "schedule", "Grön"),
    ("Kostnader", "costs", "Gul"),
    ("Personal", "staff", "Grön"),
    ("Risker", "risks", "Röd"),
    ("Kvalitet", "output-quality", "Grön"),
]
ON15_GOALS = [
    ("Väntetiden till skötare i primärvården kortas till högst sju dygn", "Uppnått", "achieved"),
    ("Digitala besök utgör 30 % av alla kontakter", "Delvis uppnått (22 %)", "partly-achieved"),
    ("Gemensam rådgivning för Jakobstad och Närpes öppnas", "Flyttas till 2025", "moved-later"),
    ("Personalen i hemvården utbildas i distansstöd", "Pågår", "unfinished"),
]
ON15_ROWS = [
    ("Egna personalkostnader", "own-staff-costs", 412000, 198450, 405000),
    ("Köpta tjänster", "service-purchases", 96000, 61300, 110000),
    ("Programvara", "software", 58000, 42700, 58000),
    ("Resor", "travel", 8000, 2150, 6000),
]


def _on15() -> None:
    d = docx_document("Välfärdsområdet i Österbotten", CREATED)
    d.add_heading("Lägesrapport 1/2024", level=1)
    table(
        d,
        [
            ("Uppgift", "Innehåll"),
            ("Projekt", ON15_NAME),
            ("Projektägare", "Välfärdsområdet i Österbotten"),
            ("Finansiering", "Social- och hälsovårdsministeriet (SHM), programmet för hållbar tillväxt"),
            ("Projekttid", "1.1.2023–31.12.2025"),
            ("Rapportperiod", "1.1–30.6.2024"),
            ("Datum", "15.8.2024"),
        ],
    )
    d.add_heading("1 Sammanfattning", level=2)
    d.add_paragraph(
        "Projektet har fortsatt i Vasa, Jakobstad och Närpes. Yrkeshögskolan Novia utbildar personalen i "
        "distansstöd och Folkhälsan ordnar gruppverksamhet för anhöriga. Tidsbokningen kopplas till Omaolo."
    )
    d.add_heading("2 Läget", level=2)
    d.add_paragraph("Grön = enligt plan, gul = mindre avvikelse, röd = stor avvikelse.")
    table(d, [("Område", "Status"), *[(label, value) for label, _k, value in ON15_LIGHTS]])
    d.add_heading("3 Mål", level=2)
    table(
        d,
        [
            ("Nr", "Mål", "Bedömning"),
            *[(str(n), goal, verdict) for n, (goal, verdict, _s) in enumerate(ON15_GOALS, start=1)],
        ],
    )
    d.add_heading("4 Ekonomi", level=2)
    rows = [("Kostnadsslag", "Budget 2024", "Utfall 1–6/2024", "Prognos 2024")]
    for label, _k, b, a, f in ON15_ROWS:
        rows.append((label, fi(b), fi(a), fi(f)))
    rows.append(("Totalt", *(fi(sum(r[i] for r in ON15_ROWS)) for i in (2, 3, 4))))
    table(d, rows)
    save(d, TEST43 / "on15_pohjanmaa_sv_lagesrapport_2024.docx", ZIP_TIME)


# --- on16: Itä-Uusimaa (Swedish), final report PDF: each year's outcome in its own column beside the total,
# --- the grant only in prose; lights as sentences ---

ON16_NAME = "Tryggt hemma i Östra Nyland"
ON16_YEARS = (2023, 2024, 2025)
ON16_ROWS = [
    ("Egna personalkostnader", "own-staff-costs", (148200, 221450, 96300)),
    ("Köpta tjänster", "service-purchases", (32100, 54800, 12400)),
    ("Material och utrustning", "materials", (18750, 6200, 1980)),
]
ON16_GOALS = [
    ("Alla hemvårdsklienter över 75 år får en säkerhetsbedömning", "uppnått", "achieved"),
    ("Antalet fall i hemmet minskar med en femtedel", "delvis uppnått, minus 12 %", "partly-achieved"),
    ("Anhörigvårdarna erbjuds avlösning via digital bokning", "inte uppnått", "not-achieved"),
]


def _on16_pages() -> list[list[str]]:
    granted = 640000
    totals = [sum(r[2][i] for r in ON16_ROWS) for i in range(3)]
    page1 = [
        f"!{ON16_NAME} – slutrapport",
        "Östra Nylands välfärdsområde, 28.2.2025",
        "",
        "Projektet genomfördes 1.3.2023–31.1.2025 i Borgå, Lovisa och Sibbo. Social- och",
        f"hälsovårdsministeriet beviljade {fi(granted)} euro ur programmet för hållbar tillväxt.",
        "Arcada yrkeshögskola utvärderade modellen och Folkhälsan Välfärd Ab skötte kvällsbesöken.",
        "",
        "!Hur projektet lyckades",
        "Tidtabellen höll hela projekttiden och kostnaderna stannade inom budgeten. Personalen räckte",
        "däremot inte till: två tjänster stod obesatta hösten 2023. Kvaliteten motsvarade planen.",
        "",
        "!Mål och resultat",
        *[f"- {goal} -- {verdict}" for goal, verdict, _s in ON16_GOALS],
    ]
    page2 = [
        "!Utfall per år (euro)",
        "#Kostnadsslag|2023|2024|1/2025|Totalt",
        *[
            f"#{label}|{fi(a, 2)}|{fi(b, 2)}|{fi(c, 2)}|{fi(a + b + c, 2)}"
            for label, _k, (a, b, c) in ON16_ROWS
        ],
        f"#Totalt|{fi(totals[0], 2)}|{fi(totals[1], 2)}|{fi(totals[2], 2)}|{fi(sum(totals), 2)}",
        "",
        f"Oanvänt bidrag, {fi(granted - sum(totals), 2)} euro, återbetalas.",
    ]
    return [page1, page2]


def _on16() -> None:
    pdf(
        TEST43 / "on16_ita_uusimaa_sv_slutrapport_2025.pdf",
        _on16_pages(),
        [40, 210, 300, 390, 480],
        lambda n, total: [(40, "Östra Nylands välfärdsområde"), (500, f"s. {n}/{total}")],
        lambda n, total: [(40, "Slutrapport till SHM")],
    )


if __name__ == "__main__":
    TEST43.mkdir(exist_ok=True)
    _on03()
    _on04()
    _on06()
    _on08()
    _on15()
    _on16()
