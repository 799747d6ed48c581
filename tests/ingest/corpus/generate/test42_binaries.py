"""Write the held-out set test42's PDF, DOCX, XLSX and PPTX documents (invented text, see ../README.md).

test42/ was written blind in stop 50 by helper W39, who read no ingest code and no document of any
set. Run with ``.venv/bin/python tests/ingest/corpus/generate/test42_binaries.py``; the outputs are
committed, so the script is needed only to change them. Two runs write the same bytes (reportlab's
invariant mode; fixed core properties and zip time stamps through binaries_common).
"""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

from binaries_common import docx_document, fi, pdf, restamp, save, table

TEST42 = Path(__file__).resolve().parent.parent / "test42"
#: The time stamp of every zip entry (a zip stores local time, no zone).
ZIP_TIME = (2026, 12, 7, 4, 30, 0)
CREATED = dt.datetime(2026, 12, 7, 4, 30, 0)


# --- om03: Kanta-Häme, project plan DOCX: investments as paragraphs; the estimate with one column per
# --- year and a Yhteensä column; the applied sum in a closing table ---

OM03_YEARS = (2023, 2024, 2025)
OM03_ROWS = [
    ("Omat henkilöstökustannukset", "own-staff-costs", (188000, 246000, 121000)),
    ("Asiantuntijapalvelut", "expert-services", (42000, 65000, 18000)),
    ("Ohjelmistot ja lisenssit", "software", (76000, 38000, 12000)),
    ("Matkakustannukset", "travel", (6000, 9000, 4000)),
]


def _om03() -> None:
    d = docx_document("Kanta-Hämeen hyvinvointialue", CREATED)
    d.add_paragraph("Kanta-Hämeen hyvinvointialue  ·  Hankehakemuksen liite 1  ·  Versio 0.9 / 14.10.2022")
    d.add_heading("Etäkuntoutuksen vahvistaminen Kanta-Hämeessä", level=1)
    d.add_paragraph("Hankesuunnitelma, Suomen kestävän kasvun ohjelma (RRF)")
    d.add_heading("1 Tausta ja toteutusalue", level=2)
    d.add_paragraph(
        "Hanke toteutetaan koko hyvinvointialueella. Pilotit käynnistyvät Hämeenlinnassa, Riihimäellä ja "
        "Forssassa. Hankeaika on 1.1.2023–31.12.2025."
    )
    d.add_heading("2 Investoinnit", level=2)
    d.add_paragraph(
        "Investointi 1: Etäfysioterapian palvelumalli. Hämeen ammattikorkeakoulu (HAMK) kouluttaa "
        "fysioterapeutit videovälitteiseen ohjaukseen ja arvioi mallin vaikuttavuuden."
    )
    d.add_paragraph(
        "Investointi 2: Kotikuntoutuksen digitaalinen seuranta. Mittaustulokset kirjautuvat Kanta-palveluihin, "
        "ja asiakas tunnistautuu Suomi.fi-tunnistuksella."
    )
    d.add_heading("3 Tavoitteet", level=2)
    for goal in (
        "Etäkuntoutuksen osuus fysioterapiakäynneistä nousee 25 prosenttiin.",
        "Kotikuntoutuksen asiakkaiden toimintakyky mitataan kolmen kuukauden välein.",
        "Jonotusaika fysioterapiaan lyhenee alle kolmeen viikkoon.",
    ):
        d.add_paragraph(goal, style="List Number")
    d.add_heading("4 Kustannusarvio", level=2)
    d.add_paragraph("Kustannusarvio vuosittain, euroa (alv 0 %).")
    rows = [("Kustannuslaji", "2023", "2024", "2025", "Yhteensä")]
    for label, _key, values in OM03_ROWS:
        rows.append((label, *(fi(v) for v in values), fi(sum(values))))
    totals = [sum(r[2][i] for r in OM03_ROWS) for i in range(3)]
    rows.append(("Yhteensä", *(fi(v) for v in totals), fi(sum(totals))))
    table(d, rows)
    d.add_heading("5 Rahoitus", level=2)
    table(
        d,
        [
            ("Rahoituslähde", "Euroa"),
            ("Haettava valtionavustus (STM)", fi(sum(totals))),
            ("Omarahoitus", "0"),
        ],
    )
    save(d, TEST42 / "om03_kanta_hame_hankesuunnitelma_2022.docx", ZIP_TIME)


# --- om04: Päijät-Häme, steering-group deck PPTX: lights as VIH / KEL / PUN abbreviations per part;
# --- the year's table in "tuhatta euroa" with bare numbers ---

OM04_ROWS = [
    ("Omat henkilöstökulut", "own-staff-costs", (412, 301, 405)),
    ("Ostopalvelut", "service-purchases", (96, 58, 90)),
    ("Laitteet", "phone-and-ict-equipment", (44, 39, 44)),
    ("Viestintä", "communication-services", (12, 3, 8)),
]


def _om04() -> None:
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
            len(rows), len(rows[0]), Inches(0.4), Inches(1.6), Inches(9.2), Inches(0.4) * len(rows)
        )
        for r, row in enumerate(rows):
            for c, text in enumerate(row):
                cell = shape.table.cell(r, c)
                cell.text = text
                for run in cell.text_frame.paragraphs[0].runs:
                    run.font.size = Pt(12)

    slide(
        "Ohjausryhmä 4/2023 – Hyvä arki kotona Päijät-Hämeessä",
        [
            "Kokous 21.11.2023, Lahti / Teams",
            "Kehittämiskohde 1: Muistihoitajan etävastaanotto",
            "Kehittämiskohde 2: Omaishoitajien vertaisverkosto",
            "Kunnat mukana: Lahti, Heinola, Hollola, Orimattila",
        ],
    )
    slide(
        "Toteuttajat ja riippuvuudet",
        [
            "LAB-ammattikorkeakoulu kouluttaa muistihoitajat etävastaanottoon (kohde 1).",
            "Omaishoitajaliiton paikallisyhdistys vetää vertaisryhmät (kohde 2).",
            "Etävastaanoton ajat näkyvät Omaolossa; rahoitus STM, Suomen kestävän kasvun ohjelma.",
        ],
    )
    grid(
        "Tilannekuva (VIH = suunnitelmassa, KEL = lievä poikkeama, PUN = vakava poikkeama)",
        [
            ("", "Kohde 1", "Kohde 2"),
            ("Aikataulu", "VIH", "KEL"),
            ("Kustannukset", "VIH", "VIH"),
            ("Henkilöstö", "KEL", "VIH"),
            ("Riskit", "VIH", "PUN"),
        ],
    )
    rows = [("Kustannuslaji (tuhatta euroa)", "Budjetti 2023", "Toteuma 1–10/2023", "Ennuste 2023")]
    for label, _key, values in OM04_ROWS:
        rows.append((label, *(str(v) for v in values)))
    rows.append(("Yhteensä", *(str(sum(r[2][i] for r in OM04_ROWS)) for i in range(3))))
    grid("Talous 2023, koko hanke", rows)
    slide(
        "Tavoitteiden tila",
        [
            "Muistihoitajan etävastaanotto kaikissa neljässä kunnassa: maalissa",
            "Vertaisryhmä jokaiseen kuntaan: puolimatkassa",
            "Omaishoitajien jaksamiskysely kahdesti vuodessa: jää vuodelle 2024",
        ],
    )
    slide("Myönnetty avustus", ["Koko hankkeelle myönnetty 1 180 000 euroa (päätös 3/2022)."])
    raw = io.BytesIO()
    prs.save(raw)
    restamp(raw, TEST42 / "om04_paijat_hame_ohjausryhma_2023.pptx", CREATED)


# --- om05: Pohjois-Savo, status report PDF: the name only in the running header; lights as the
# --- question "Poikkeama?" answered ei / kyllä; half-year columns, their sum and the year's budget ---

OM05_ROWS = [
    ("Omat henkilöstökustannukset", "own-staff-costs", (143200, 151800, 310000)),
    ("Palvelujen ostot", "service-purchases", (22400, 35100, 64000)),
    ("Matkat", "travel", (3150, 4020, 9000)),
    ("Tarvikkeet", "materials", (6880, 2310, 10000)),
]


def _om05_pages() -> list[list[str]]:
    rows = ["#Kustannuslaji|1-6/2024|7-12/2024|Yht. 2024|Budjetti 2024"]
    for label, _key, (h1, h2, bud) in OM05_ROWS:
        rows.append(f"#{label}|{fi(h1)}|{fi(h2)}|{fi(h1 + h2)}|{fi(bud)}")
    t = [sum(r[2][i] for r in OM05_ROWS) for i in range(3)]
    rows.append(f"#Yhteensä|{fi(t[0])}|{fi(t[1])}|{fi(t[0] + t[1])}|{fi(t[2])}")
    return [
        [
            "!VUOSIRAPORTTI 2024",
            "Hyvinvointialue: Pohjois-Savo. Raportti laadittu 31.1.2025.",
            "Toiminta-alue: Kuopio, Iisalmi ja Varkaus. Hankeaika 1.3.2023-31.12.2025.",
            "Rahoittaja: sosiaali- ja terveysministeriö (Suomen kestävän kasvun ohjelma, NextGenerationEU).",
            "Myönnetty avustus koko hankeajalle 960 000 euroa.",
            "Savonia-ammattikorkeakoulu vastaa jalkautuvien tiimien koulutuksesta. Terveyskylän",
            "omahoito-ohjelmat ovat osa tiimien työtä.",
            "",
            "!Poikkeama suunnitelmasta?",
            "#Osa-alue|Poikkeama?|Selitys",
            "#Aikataulu|ei|",
            "#Kustannukset|ei|",
            "#Henkilöstö|kyllä|kaksi tointa täytetty vasta syksyllä",
            "#Tuotokset (laajuus)|ei|",
            "#Hyödyt|kyllä|mittaus alkaa 2025",
            "",
            "!Tavoitteet ja niiden tila",
            "1) Jalkautuva tiimi toimii kolmessa kunnassa .......... toteutui",
            "2) Päivystyskäynnit vähenevät 10 prosenttia .......... toteutui osin",
            "3) Asiakaspalaute kerätään jokaiselta asiakkaalta .......... ei toteutunut",
        ],
        ["!Kustannukset 2024 (euroa)", *rows, "", "Luvut kirjanpidosta 15.1.2025."],
    ]


def _om05() -> None:
    def header(n: int, total: int) -> list[tuple[int, str]]:
        return [(40, "Jalkautuvat kotihoidon tiimit Pohjois-Savossa  |  Vuosiraportti 2024")]

    def footer(n: int, total: int) -> list[tuple[int, str]]:
        return [(500, f"{n} ({total})")]

    pdf(
        TEST42 / "om05_pohjois_savo_vuosiraportti_2025.pdf",
        _om05_pages(),
        [40, 210, 300, 390, 470],
        header,
        footer,
    )


# --- om06: Kymenlaakso, xlsx: lights as hallinnassa / vaatii toimia; a cumulative table with a numeric
# --- negative Poikkeama column, the total budget first in a summary line ---

OM06_ROWS = [
    ("Omat henkilöstökustannukset", "own-staff-costs", (520000, 498700)),
    ("Asiantuntijapalvelut", "expert-services", (80000, 91250)),
    ("Ohjelmistot", "software", (140000, 122400)),
    ("Viestintäpalvelut", "communication-services", (15000, 9800)),
]


def _om06() -> None:
    import openpyxl
    from openpyxl.styles import Font

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Raportti"
    total_budget = sum(r[2][0] for r in OM06_ROWS)
    ws.append(("Seurantaraportti 2/2025",))
    ws["A1"].font = Font(bold=True, size=14)
    ws.append(("Hanke", "Chat-neuvonta ja etäpalvelut Kymenlaaksossa"))
    ws.append(("Organisaatio", "Kymenlaakson hyvinvointialue (Kymenhoiva)"))
    ws.append(("Päivätty", "15.10.2025"))
    ws.append(("Alue", "Kotka, Kouvola, Hamina"))
    ws.append(("Kokonaisbudjetti", f"{fi(total_budget)} €"))
    ws.append(("Rahoitus", "STM / kestävän kasvun ohjelma"))
    ws.append(("Kumppanit", "Xamk (käyttäjätestaus); DigiFinland (chat-alusta)"))
    ws.append(())
    ws.append(("Tilannearvio", "Tila", "Huomio"))
    for row in (
        ("Aikataulu", "hallinnassa", ""),
        ("Kustannukset", "hallinnassa", ""),
        ("Henkilöstö", "vaatii toimia", "sairauslomia"),
        ("Laatu", "hallinnassa", ""),
    ):
        ws.append(row)
    ws.append(("(hallinnassa = etenee suunnitelman mukaan; vaatii toimia = poikkeama)",))
    ws.append(())
    ws.append(("Kustannukset 1.1.2023–30.9.2025", "Budjetti", "Toteuma", "Poikkeama"))
    for label, _key, (bud, act) in OM06_ROWS:
        ws.append((label, bud, act, act - bud))
    tb = total_budget
    ta = sum(r[2][1] for r in OM06_ROWS)
    ws.append(("Yhteensä", tb, ta, ta - tb))
    ws.append(())
    ws.append(("Tavoite", "Arvio 30.9.2025"))
    for row in (
        ("Chat-neuvonta auki arkisin klo 8–20", "tehty"),
        ("Puolet neuvontakontakteista chatin kautta", "vajaa, 38 %"),
        ("Etävastaanotto suun terveydenhuoltoon", "ei aloitettu"),
    ):
        ws.append(row)
    wb.properties.creator = "Kymenlaakson hyvinvointialue"
    wb.properties.created = CREATED
    wb.properties.modified = CREATED
    raw = io.BytesIO()
    wb.save(raw)
    restamp(raw, TEST42 / "om06_kymenlaakso_seurantaraportti_2025.xlsx", CREATED)


# --- om09: Keski-Suomi, final report PDF: work packages with their own cumulative tables; lights as
# --- fractions "4/5" with the band in the text; money to be returned ---

OM09_WP = {
    "Työpaketti 1: Perhekeskuksen digipalvelut": [
        ("Omat henkilöstökustannukset", "own-staff-costs", (360000, 351200)),
        ("Ostopalvelut", "service-purchases", (90000, 71500)),
    ],
    "Työpaketti 2: Nuorten mielenterveyden matalan kynnyksen tuki": [
        ("Omat henkilöstökustannukset", "own-staff-costs", (410000, 402900)),
        ("Koulutus ja asiantuntijat", "expert-services", (60000, 38400)),
    ],
}


def _om09_pages() -> list[list[str]]:
    p1 = [
        "!LOPPURAPORTTI",
        "Lapset ja nuoret keskiössä Keski-Suomessa",
        "Keski-Suomen hyvinvointialue (Hyvil), 30.4.2025. Hankeaika 1.1.2022-31.12.2024.",
        "Kunnat: Jyväskylä, Jämsä, Äänekoski, Laukaa.",
        "Rahoitus: STM, Suomen kestävän kasvun ohjelma (RRF). Myönnetty yhteensä 920 000 euroa.",
        "Jyväskylän ammattikorkeakoulu (JAMK) arvioi molemmat työpaketit. Perhekeskuksen palvelut",
        "julkaistiin Sähköisessä perhekeskuksessa.",
        "",
        "!Itsearvio (asteikko 1/5-5/5; 4/5 tai 5/5 = suunnitelmassa)",
        "#|TP 1|TP 2",
        "#Aikataulu|5/5|3/5",
        "#Kustannukset|4/5|4/5",
        "#Henkilöstö|4/5|2/5",
        "#Hyödyt|5/5|3/5",
        "",
        "!Tavoitteet",
        "TP 1: Perhekeskuksen palvelut löytyvät verkosta -> onnistui",
        "TP 1: Neuvolan chat kaikissa kunnissa -> onnistui osittain",
        "TP 2: Hoitoon pääsy alle kahdessa viikossa -> ei onnistunut",
        "TP 2: Koulujen yhteinen toimintamalli -> siirtyi vuodelle 2025",
    ]
    p2 = ["!Talous työpaketeittain (euroa)"]
    for name, rows in OM09_WP.items():
        p2.append(name)
        p2.append("#Kustannuslaji|Myönnetty|Toteutunut|Käyttöaste")
        for label, _key, (g, a) in rows:
            p2.append(f"#{label}|{fi(g)}|{fi(a)}|{round(100 * a / g)} %")
        tg = sum(r[2][0] for r in rows)
        ta = sum(r[2][1] for r in rows)
        p2.append(f"#Yhteensä|{fi(tg)}|{fi(ta)}|{round(100 * ta / tg)} %")
        p2.append("")
    p2.append("Käyttämättä jäänyt avustus 56 000 euroa palautetaan ministeriölle.")
    return [p1, p2]


def _om09() -> None:
    def header(n: int, total: int) -> list[tuple[int, str]]:
        return [(40, "Hyvil | Loppuraportti")]

    def footer(n: int, total: int) -> list[tuple[int, str]]:
        return [(520, f"{n}/{total}")]

    pdf(TEST42 / "om09_keski_suomi_loppuraportti_2025.pdf", _om09_pages(), [40, 250, 340, 430], header, footer)


# --- om13: Lappi, final report DOCX: lights as dot scales ●●● / ●●○ / ●○○; costs with "euroa"
# --- in every cell and a signed deviation with the minus sign ---

OM13_ROWS = [
    ("Omat henkilöstökustannukset", "own-staff-costs", (640000, 655300)),
    ("Matkakustannukset", "travel", (48000, 61250)),
    ("Ostopalvelut", "service-purchases", (150000, 118900)),
    ("Laitteet", "phone-and-ict-equipment", (72000, 70100)),
]


def _om13() -> None:
    d = docx_document("Lapin hyvinvointialue", CREATED)
    d.add_heading("Loppuraportti", level=1)
    d.add_paragraph("Liikkuvat palvelut Lapissa – Lapin hyvinvointialue – 12.2.2024")
    table(
        d,
        [
            ("Hankeaika", "1.4.2022–31.12.2023"),
            ("Toiminta-alue", "Rovaniemi, Kemi, Tornio, Sodankylä ja Inari"),
            ("Rahoittaja", "Sosiaali- ja terveysministeriö, Suomen kestävän kasvun ohjelma"),
            ("Myönnetty", "910 000 euroa"),
        ],
    )
    d.add_heading("Toteuttajat", level=2)
    d.add_paragraph(
        "Lapin ammattikorkeakoulu suunnitteli liikkuvan yksikön reitit ja koulutti henkilöstön. "
        "Ajanvaraus tehtiin Omaolon kautta ja kirjaukset Kanta-palveluihin."
    )
    d.add_heading("Tilannearvio", level=2)
    d.add_paragraph("●●● = suunnitelmassa, ●●○ = pieni poikkeama, ●○○ = merkittävä poikkeama")
    table(
        d,
        [
            ("Osa-alue", "Arvio"),
            ("Aikataulu", "●●●"),
            ("Kustannukset", "●●○"),
            ("Henkilöstö", "●●●"),
            ("Tuotosten laatu", "●○○"),
        ],
    )
    d.add_heading("Tavoitteet", level=2)
    table(
        d,
        [
            ("Tavoite", "Toteuma"),
            ("Liikkuva yksikkö käy jokaisessa kunnassa kuukausittain", "kyllä, tavoite täysin saavutettu"),
            ("Pitkät asiointimatkat vähenevät kolmanneksella", "vain osin, vähennys 18 %"),
            ("Sähköinen ajanvaraus liikkuvaan yksikköön", "ei toteutunut hankeaikana"),
        ],
    )
    d.add_heading("Kustannukset koko hankeajalta", level=2)
    rows = [("Kustannuslaji", "Budjetti", "Toteutunut", "Poikkeama")]
    for label, _key, (b, a) in OM13_ROWS:
        rows.append(
            (label, f"{fi(b)} euroa", f"{fi(a)} euroa", f"{'−' if a < b else '+'}{fi(abs(a - b))} euroa")
        )
    tb = sum(r[2][0] for r in OM13_ROWS)
    ta = sum(r[2][1] for r in OM13_ROWS)
    rows.append(
        ("Yhteensä", f"{fi(tb)} euroa", f"{fi(ta)} euroa", f"{'−' if ta < tb else '+'}{fi(abs(ta - tb))} euroa")
    )
    table(d, rows)
    save(d, TEST42 / "om13_lappi_loppuraportti_2024.docx", ZIP_TIME)


# --- om18: Varsinais-Suomi, xlsx: one sheet per year, each an annual table; lights as
# --- vakaa / kireä / kriittinen with the legend on the first sheet ---

OM18_YEARS = {
    2022: [
        ("Omat henkilöstökustannukset", "own-staff-costs", (180000, 171300)),
        ("Ohjelmistot", "software", (60000, 64800)),
        ("Muut kustannukset", "other-costs", (10000, 4200)),
    ],
    2023: [
        ("Omat henkilöstökustannukset", "own-staff-costs", (240000, 228400)),
        ("Ohjelmistot", "software", (30000, 26100)),
        ("Muut kustannukset", "other-costs", (12000, 13900)),
    ],
}


def _om18() -> None:
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Yhteenveto"
    for row in (
        ("Varhaisen tuen digipolku Varsinais-Suomessa",),
        ("Varsinais-Suomen hyvinvointialue, ohjausryhmän raportti 8.12.2023",),
        ("Kunnat", "Turku, Salo, Uusikaupunki"),
        ("Myönnetty avustus", "780 000 €"),
        ("Rahoitus", "Suomen kestävän kasvun ohjelma / NextGenerationEU"),
        (
            "Yhteistyö",
            "Turun ammattikorkeakoulu toteuttaa käyttäjätutkimuksen; palvelu käyttää Suomi.fi-viestejä.",
        ),
        (),
        ("Tilannekuva", "Arvio"),
        ("Aikataulu", "kireä"),
        ("Kustannukset", "vakaa"),
        ("Henkilöstö", "vakaa"),
        ("Riskit", "kriittinen"),
        ("Selite: vakaa = suunnitelman mukainen; kireä ja kriittinen = poikkeama",),
        (),
        ("Tavoite", "Tilanne"),
        ("Digipolku avattu asukkaille", "avattu 5/2023"),
        ("Kaikki neuvolat ohjaavat digipolulle", "osa neuvoloista"),
        ("Käyttäjiä 2 000 vuoden loppuun mennessä", "1 150, ei täyty"),
    ):
        ws.append(row)
    for year, rows in OM18_YEARS.items():
        s = wb.create_sheet(str(year))
        s.append((f"Talous {year}", "Budjetti", "Toteutunut"))
        for label, _key, (b, a) in rows:
            s.append((label, b, a))
        s.append(("Yhteensä", sum(r[2][0] for r in rows), sum(r[2][1] for r in rows)))
    wb.properties.creator = "Varsinais-Suomen hyvinvointialue"
    wb.properties.created = CREATED
    wb.properties.modified = CREATED
    raw = io.BytesIO()
    wb.save(raw)
    restamp(raw, TEST42 / "om18_varsinais_suomi_ohjausryhma_2023.xlsx", CREATED)


if __name__ == "__main__":
    TEST42.mkdir(exist_ok=True)
    _om03()
    _om04()
    _om05()
    _om06()
    _om09()
    _om13()
    _om18()
