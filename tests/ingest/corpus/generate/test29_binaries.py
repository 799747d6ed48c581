"""Write the development set test29's PDF and DOCX documents (invented text, see ../README.md).

test29/ was written blind in stop 39 by helper W26: first breadth documents in forms of lights, cost
tables, goals and parts that none of the earlier layout, probe and forms tables lists, then probes of the
classes the stop's commits claim (read from their messages only). No ingest code and no document of any
set was read. Run with ``.venv/bin/python tests/ingest/corpus/generate/test29_binaries.py``; the outputs
are committed, so the script is needed only to change them. Two runs write the same bytes: reportlab's
invariant mode for the PDFs; fixed core properties and one fixed time stamp on every zip entry for the
DOCX files.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from binaries_common import Running, docx_document, pdf, save, table

TEST29 = Path(__file__).resolve().parent.parent / "test29"
#: The time stamp of every zip entry of the DOCX files (a zip stores local time, no zone).
ZIP_TIME = (2026, 12, 5, 20, 30, 0)


def _pdf(name: str, pages: list[list[str]], columns: list[int], header: Running, footer: Running) -> None:
    pdf(TEST29 / name, pages, columns, header, footer)


def _save(d, name: str) -> None:
    save(d, TEST29 / name, ZIP_TIME)


def _captioned_table(d, caption: str, rows: list[tuple[str, ...]]):
    """A table whose first row is one cell merged over every column, holding the caption."""
    grid = d.add_table(rows=1, cols=len(rows[0]))
    grid.style = "Table Grid"
    merged = grid.cell(0, 0).merge(grid.cell(0, len(rows[0]) - 1))
    merged.text = caption
    for row in rows:
        cells = grid.add_row().cells
        for cell, text in zip(cells, row, strict=True):
            cell.text = text
    return grid


def ib03_pohjanmaa_sv_lagesrapport() -> None:
    """Swedish interim report: the cost table's scale only in a caption row merged over the table's columns;
    lights as a steering group's remarks per action area ("Inga anmärkningar" = on plan); goals graded 1–5
    by a stated key, beside a client survey graded 1–5 that holds no goals."""
    d = docx_document("Närståendekraft", dt.datetime(2024, 8, 20, 9, 0, 0))
    d.add_heading("Lägesrapport 1.1–30.6.2024", level=1)
    d.add_paragraph("Projekt: Närståendekraft")
    d.add_paragraph("Välfärdsområdet i Österbotten · projekttid 1.9.2023–31.8.2025 · rapportdatum 20.8.2024")
    d.add_paragraph(
        "Närståendekraft stöder närståendevårdare i Korsholm, Närpes, Kristinestad och Vasa med avlösning i hemmet "
        "och stödgrupper på nätet. Social- och hälsovårdsministeriet har beviljat projektet 980 000 euro i "
        "statsunderstöd. Yrkeshögskolan Novia utvärderar modellen och Folkhälsan leder stödgrupperna på nätet. "
        "Korsholms kommun upplåter lokaler för avlösarnas utbildning."
    )
    d.add_paragraph("Projektet har två åtgärdsområden:")
    d.add_paragraph("Åtgärdsområde 1: Avlösning i hemmet", style="List Bullet")
    d.add_paragraph("Åtgärdsområde 2: Stödgrupper på nätet", style="List Bullet")
    d.add_heading("Styrgruppens granskning", level=2)
    d.add_paragraph(
        "Styrgruppen granskar varje område halvårsvis. ”Inga anmärkningar” betyder att området följer "
        "projektplanen; en anmärkning betyder en avvikelse som ska rättas till."
    )
    table(
        d,
        [
            ("Område", "Åtgärdsområde 1", "Åtgärdsområde 2"),
            ("Tidsplan", "Inga anmärkningar", "Anmärkning: gruppstarten i Närpes försenad"),
            ("Ekonomi", "Inga anmärkningar", "Inga anmärkningar"),
            ("Personal", "Anmärkning: två avlösare sjukskrivna", "Inga anmärkningar"),
            ("Risker", "Inga anmärkningar", "Anmärkning: plattformsavtalet löper ut"),
        ],
    )
    d.add_heading("Ekonomi", level=2)
    _captioned_table(
        d,
        "Kostnader för hela projektet 1.1–30.6.2024 (tusen euro)",
        [
            ("Kostnadsslag", "Budget 2024", "Utfall 1–6/2024", "Prognos 2024"),
            ("Personalkostnader", "310,0", "142,6", "300,0"),
            ("Köpta tjänster", "84,0", "30,4", "80,0"),
            ("Resekostnader", "9,0", "3,1", "8,0"),
            ("Övriga kostnader", "12,0", "5,2", "11,0"),
            ("Totalt", "415,0", "181,3", "399,0"),
        ],
    )
    d.add_heading("Mål", level=2)
    d.add_paragraph("Måluppfyllelse 1–5: 5 = uppnått, 3–4 = delvis uppnått, 1–2 = inte uppnått.")
    table(
        d,
        [
            ("Mål", "Måluppfyllelse (1–5)", "Kommentar"),
            ("Mål 1: 60 familjer får regelbunden avlösning", "5", "64 familjer i juni"),
            ("Mål 2: Stödgrupper på nätet i tre kommuner", "4", "Korsholm och Vasa, Närpes i höst"),
            ("Mål 3: Väntetiden till avlösning under två veckor", "2", "i snitt 23 dagar"),
            ("Mål 4: Hälsokontroll för närståendevårdare i Kristinestad", "3", "hälften kontrollerade"),
        ],
    )
    d.add_heading("Kundenkät våren 2024", level=2)
    table(
        d,
        [
            ("Påstående", "Medelvärde (1–5)"),
            ("Avlösaren bemötte mig väl", "4,6"),
            ("Jag fick tid för mig själv", "4,1"),
            ("Stödgruppen passade min vardag", "3,8"),
        ],
    )
    _save(d, "ib03_pohjanmaa_sv_lagesrapport_2024.docx")


IB07_NAME = "Safe Medicines at Home Helsinki"
#: A steering group's deck saved as PDF, one slide a page: the lights as an "x" in a matrix of areas ×
#: pilots where an empty cell is the deviation; sums as "€412k"; an objectives scorecard.
IB07 = [
    [
        "!Safe Medicines at Home Helsinki",
        "Steering group review, Q3 2025",
        "City of Helsinki, Social Services, Health Care and Rescue Services",
        "9 October 2025",
    ],
    [
        "!The project in one slide",
        "Safe Medicines at Home Helsinki (2024-2026) brings pharmacists to the homes of",
        "home care clients with many medicines and tries automated dose dispensers.",
        "Grant: EUR 1.1m from the Ministry of Social Affairs and Health.",
        "Two pilots:",
        "  Pilot #1: Pharmacist home visits",
        "  Pilot #2: Automated dose dispensers",
        "Partners: HUS Pharmacy prepares the dose rolls for the dispensers;",
        "Metropolia University of Applied Sciences evaluates both pilots.",
    ],
    [
        "!Status by pilot",
        "An x means the area follows the plan. An empty cell means a deviation",
        "(explained in the notes below).",
        "#Area|Pilot #1|Pilot #2",
        "#Schedule|x|x",
        "#Cost|x|",
        "#Staffing||x",
        "#Quality|x|x",
        "#Benefits|x|",
        "Notes: Pilot #1 is short of one pharmacist since May. Pilot #2's dispensers",
        "cost more than planned and the first client results come only in spring 2026.",
    ],
    [
        "!Money since the start (1 Jan 2024)",
        "#Cost type|Budget|Spent to date|Forecast",
        "#Staff costs|€760k|€441k|€750k",
        "#Purchased services|€260k|€168k|€260k",
        "#Travel|€20k|€9k|€18k",
        "#Other costs|€60k|€37k|€62k",
        "#Total|€1,100k|€655k|€1,090k",
    ],
    [
        "!Objectives scorecard",
        "#Objective|Now|Call",
        "#Medication review for 400 clients|412|Met",
        "#Dispensers in 60 homes|38|Partly",
        "#Night medication visits down 25 %|-9 %|Dropped",
        "#Dispensers for family carers|-|Carried to 2026",
    ],
]


def ib07_helsinki_en_review() -> None:
    _pdf(
        "ib07_helsinki_en_steering_review_2025.pdf",
        IB07,
        [40, 250, 360, 470],
        header=lambda n, total: [(40, IB07_NAME), (420, "Steering group 9 Oct 2025")],
        footer=lambda n, total: [(500, f"Slide {n} / {total}")],
    )


def ib11_keski_uusimaa_hankesuunnitelma() -> None:
    """Finnish RRF plan: the estimate table by half-years with each year's subtotal column ("2023 yht.")
    and a total column (the half-year columns are no cells); the staff estimate built in calculation lines
    ("1,0 htv × 30 kk × 5 900 € = 177 000 €", no cells); goals with a measure and a target level."""
    d = docx_document("Arjen turvaverkko", dt.datetime(2022, 9, 30, 9, 0, 0))
    d.add_heading("Hankesuunnitelma", level=1)
    table(
        d,
        [
            ("Kenttä", "Tieto"),
            ("Hankkeen nimi", "Arjen turvaverkko"),
            ("Hakija", "Keski-Uudenmaan hyvinvointialue"),
            ("Ohjelma", "Suomen kestävän kasvun ohjelma, Pilari 4"),
            ("Hankeaika", "1.1.2023–30.6.2025"),
            ("Kokonaiskustannusarvio", "1 096 000 euroa"),
            ("Haettava avustus", "1 096 000 euroa"),
            ("Päivämäärä", "30.9.2022"),
        ],
    )
    d.add_heading("1 Hankkeen kuvaus", level=2)
    d.add_paragraph(
        "Arjen turvaverkko rakentaa Hyvinkäälle, Järvenpäähän, Tuusulaan ja Mäntsälään ikääntyneiden palvelutarpeen "
        "digitaalisen arvion ja kotihoidon tiedolla johtamisen. Palvelutarpeen esiarvio tehdään Omaolossa. "
        "Laurea-ammattikorkeakoulu arvioi hankkeen vaikutukset. Järvenpään kaupunki antaa arviointikeskukselle "
        "tilat terveysasemalta."
    )
    d.add_heading("2 Investoinnit ja tavoitteet", level=2)
    d.add_heading("Investointi 1: Palvelutarpeen digitaalinen arvio", level=3)
    table(
        d,
        [
            ("Tavoite", "Mittari", "Tavoitetaso 6/2025"),
            ("Palvelutarpeen arvio alkaa verkossa", "verkossa aloitettujen arvioiden osuus", "50 %"),
            ("Arvio valmistuu viikossa", "mediaani vuorokausina", "7"),
        ],
    )
    d.add_heading("Investointi 3: Kotihoidon tiedolla johtaminen", level=3)
    table(
        d,
        [
            ("Tavoite", "Mittari", "Tavoitetaso 6/2025"),
            ("Kotihoidon käyntien toteuma näkyy päivittäin", "päivittäin päivittyvät tiimit", "kaikki 24"),
        ],
    )
    d.add_heading("3 Kustannusarvio", level=2)
    d.add_paragraph("Henkilöstökulujen laskelma:")
    for line in (
        "Projektipäällikkö 1,0 htv × 30 kk × 5 900 € = 177 000 €",
        "Kehittäjäsairaanhoitajat 2,0 htv × 30 kk × 4 700 € = 282 000 €",
        "Sosiaaliohjaajat 2,0 htv × 30 kk × 4 400 € = 264 000 €",
        "Henkilösivukulujen ja lomarahojen lisä 67 000 €",
    ):
        d.add_paragraph(line, style="List Bullet")
    d.add_paragraph("Kustannusarvio puolivuosittain ja vuosittain (euroa)")
    table(
        d,
        [
            (
                "Kululaji",
                "1–6/2023",
                "7–12/2023",
                "2023 yht.",
                "1–6/2024",
                "7–12/2024",
                "2024 yht.",
                "1–6/2025",
                "2025 yht.",
                "Yhteensä",
            ),
            (
                "Henkilöstökulut",
                "140 000",
                "160 000",
                "300 000",
                "170 000",
                "170 000",
                "340 000",
                "150 000",
                "150 000",
                "790 000",
            ),
            (
                "Ostopalvelut",
                "30 000",
                "50 000",
                "80 000",
                "60 000",
                "40 000",
                "100 000",
                "20 000",
                "20 000",
                "200 000",
            ),
            (
                "Ohjelmistot",
                "45 000",
                "15 000",
                "60 000",
                "10 000",
                "10 000",
                "20 000",
                "10 000",
                "10 000",
                "90 000",
            ),
            ("Matkakulut", "3 000", "3 000", "6 000", "4 000", "4 000", "8 000", "2 000", "2 000", "16 000"),
            (
                "Yhteensä",
                "218 000",
                "228 000",
                "446 000",
                "244 000",
                "224 000",
                "468 000",
                "182 000",
                "182 000",
                "1 096 000",
            ),
        ],
    )
    d.add_heading("4 Riskit", level=2)
    table(
        d,
        [
            ("Riski", "Todennäköisyys (1–3)", "Vaikutus (1–3)"),
            ("Rekrytoinnit viivästyvät", "2", "3"),
            ("Omaolon rajapinta ei valmistu", "1", "3"),
        ],
    )
    _save(d, "ib11_keski_uusimaa_hankesuunnitelma_2022.docx")


IB12_NAME = "Hemvård över vattnet"
#: A one-page project card in PDF laid out in two columns: the facts and goals on the left, the lights and
#: the cost table on the right, so every printed line holds a left and a right piece.
IB12 = [
    [
        "!Projektkort – Hemvård över vattnet",
        "Egentliga Finlands välfärdsområde · 10.6.2024",
        "",
        "#PROJEKTET|LÄGE 31.5.2024",
        "#Hemvård över vattnet|Område|Färg",
        "#Tid: 1.3.2023-28.2.2026|Tidtabell|grön",
        "#Kommuner: Pargas och Kimitoön|Ekonomi|grön",
        "#Finansiär: social- och hälsovårds-|Personal|gul",
        "#ministeriet, beviljat 640 000 euro|Risker|röd",
        "#Åbo Akademi utvärderar projektet;|grön = enligt plan, gul och röd = avvikelse",
        "#Pargas stad sköter båtskjutsarna.|",
        "",
        "#MÅL|KOSTNADER 2024 (euro)",
        "#Mål 1: Distansbesök på alla öar - uppnått|Kostnadsslag|Budget|Utfall 1-5",
        "#Mål 2: Båtskjuts till hälsostationen|Personalkostnader|180 000|71 400",
        "#   - delvis (Houtskär klart)|Köpta tjänster|60 000|22 800",
        "#Mål 3: Nattpatrull på Kimitoön|Resekostnader|24 000|11 900",
        "#   - flyttas till 2025|Totalt|264 000|106 100",
    ],
]


def ib12_varsinais_suomi_sv_projektkort() -> None:
    _pdf(
        "ib12_varsinais_suomi_sv_projektkort_2024.pdf",
        IB12,
        [40, 300, 420, 500],
        header=lambda n, total: [(40, "Egentliga Finlands välfärdsområde"), (470, f"{n}/{total}")],
        footer=lambda n, total: [(40, IB12_NAME)],
    )


def ib21_etela_karjala_tilanneraportti() -> None:
    """Finnish status report: the project named by its code with the name in brackets; a lights table whose
    value cells are merged down over two dimension rows (one value for both); goal table; a year's table."""
    d = docx_document("EKHVA-2025-04", dt.datetime(2025, 8, 18, 9, 0, 0))
    d.add_heading("Tilanneraportti 1–6/2025", level=1)
    d.add_paragraph("Hanke EKHVA-2025-04 (Kotisairaalan etäseuranta)")
    d.add_paragraph("Etelä-Karjalan hyvinvointialue · raportti 18.8.2025 · hankeaika 1.1.2025–31.12.2026")
    d.add_paragraph(
        "Kotisairaalan etäseuranta tuo kotisairaalan potilaille Lappeenrannassa, Imatralla ja Ruokolahdella "
        "mittalaitteet, joiden tulokset kirjautuvat Kanta-palveluihin. LAB-ammattikorkeakoulu kouluttaa hoitajat "
        "etäseurantaan, ja Imatran kaupunki antaa laitevarastolle tilan. Sosiaali- ja terveysministeriö on "
        "myöntänyt hankkeelle 720 000 euroa."
    )
    d.add_heading("Tilannevalot", level=2)
    d.add_paragraph("Vihreä = suunnitelman mukaan, keltainen = lievä poikkeama, punainen = vakava poikkeama.")
    grid = table(
        d,
        [
            ("Osa-alue", "Arvio", "Perustelu"),
            ("Aikataulu", "vihreä", "Laitteet otettiin käyttöön maaliskuussa."),
            ("Tuotosten laajuus", "", "Kolme kuntaa mukana."),
            ("Kustannukset", "vihreä", "Budjetissa."),
            ("Henkilöstö", "keltainen", "Kaksi hoitajaa puuttuu."),
            ("Riskit", "", "Sijaisten saatavuus heikko."),
            ("Hyödyt", "vihreä", "Päivystyskäynnit vähenivät."),
        ],
    )
    grid.cell(1, 1).merge(grid.cell(2, 1))
    grid.cell(4, 1).merge(grid.cell(5, 1))
    d.add_heading("Talous", level=2)
    table(
        d,
        [
            ("Kululaji", "Talousarvio 2025", "Toteuma 1–6/2025", "Toteuma-%"),
            ("Henkilöstökulut", "240 000", "112 300", "47"),
            ("Ostopalvelut", "50 000", "21 600", "43"),
            ("Laitteet ja tarvikkeet", "70 000", "64 900", "93"),
            ("Yhteensä", "360 000", "198 800", "55"),
        ],
    )
    d.add_heading("Tavoitteet", level=2)
    table(
        d,
        [
            ("Tavoite", "Tilanne 30.6.2025"),
            ("Etäseuranta 60 kotisairaalapotilaalla", "toteutunut (68)"),
            ("Hoitajan etäkäynti joka aamu klo 8–10", "osittain, Ruokolahdella kolmesti viikossa"),
            ("Mittaustulokset näkyvät lääkärille reaaliajassa", "siirtyy vuoteen 2026"),
        ],
    )
    _save(d, "ib21_etela_karjala_tilanneraportti_2025.docx")


IB25_MODEL = "Ikäihmisten liikuntaluotsi"
IB25_URL = "https://innokyla.fi/fi/toimintamalli/ikaihmisten-liikuntaluotsi/arviointi"
#: An Innokylä tab printed to PDF from a browser: the print date and the page title in the header, the
#: address and "1/2" in the footer; the tab strip as a line of links; the evaluation table.
IB25 = [
    [
        "Innokylä   Toimintamallit   Kokonaisuudet   Ajankohtaista   Kirjaudu",
        "Etusivu > Toimintamallit > Ikäihmisten liikuntaluotsi > Arviointi",
        "!Ikäihmisten liikuntaluotsi",
        "Kuvaus    Kehittämisen polku    Arviointi    Tulokset ja juurruttaminen",
        "",
        "Toimintamallin kokonaisuus: Arjen tuki Oulun seudulla",
        "Toteutuspaikka: Oulu, Muhos ja Tyrnävä (Pohjois-Pohjanmaan hyvinvointialue)",
        "",
        "!Arvioinnin toteutus",
        "Oulun ammattikorkeakoulu arvioi luotsin vaikutukset vuosina 2024-2025. Oulun kaupungin",
        "liikuntapalvelut ohjaa luotsin asiakkaat kaupungin ryhmiin ja antaa ohjaajille tilat.",
        "",
        "!Tavoitteiden toteutuminen",
        "#Tavoite|Mittari|Lähtö|Tulos|Arvio",
        "#Ohjaukseen pääsee kahdessa viikossa|mediaani, pv|35|12|Saavutettu",
        "#Ohjatuista 60 % liikkuu viikoittain|osuus 6 kk:n|-|48 %|Osittain saavutettu",
        "#Kaatumisvammat vähenevät|ensihoidon tehtävät|410/v|-|Ei vielä arvioitavissa",
    ],
    [
        "!Kustannukset",
        "Luotsin ohjaus maksaa noin 95 euroa asiakasta kohden (ei hankkeen budjetti).",
        "",
        "Luotu 14.3.2024    Viimeksi muokattu 4.11.2024",
    ],
]


def ib25_pohjois_pohjanmaa_arviointi() -> None:
    _pdf(
        "ib25_pohjois_pohjanmaa_arviointivalilehti_2024.pdf",
        IB25,
        [40, 230, 340, 400, 460],
        header=lambda n, total: [(40, "5.11.2024 14.32"), (220, f"{IB25_MODEL} | Innokylä")],
        footer=lambda n, total: [(40, IB25_URL), (530, f"{n}/{total}")],
    )


IB30_NAME = "Pirkanmaa Home Rehab Bridge"
#: PowerPoint "notes pages" printed to PDF: each page a slide's title and its few words, then the speaker
#: notes; the lights stand only in the notes ("Status: see notes" on the slide).
IB30 = [
    [
        "!Slide 1: Pirkanmaa Home Rehab Bridge",
        "Mid-term review for the steering group, 8 October 2024",
        "",
        "Speaker notes:",
        "Welcome. Pirkanmaa Home Rehab Bridge runs from 1 January 2024 to 30 June 2026 in Tampere,",
        "Nokia and Ylöjärvi. The Ministry of Social Affairs and Health granted it EUR 870,000.",
        "Tampere University of Applied Sciences trains the home care staff, and the City of Nokia",
        "lends its rehabilitation gym two afternoons a week.",
    ],
    [
        "!Slide 2: Status",
        "Status: see notes",
        "",
        "Speaker notes:",
        "Schedule is green. Budget is green too. Staffing is amber: two physiotherapist posts were",
        "filled only in September. Risks are green, and benefits are green. Green means as planned,",
        "amber a minor deviation and red a serious one.",
    ],
    [
        "!Slide 3: Money in 2024",
        "#Cost type|Budget 2024|Actual Jan-Sep|Forecast 2024",
        "#Staff costs|290,000|201,400|284,000",
        "#Purchased services|60,000|38,900|58,000",
        "#Travel|10,000|6,100|9,000",
        "#Total|360,000|246,400|351,000",
        "",
        "Speaker notes:",
        "Forecast is a little under budget because of the late hires.",
    ],
    [
        "!Slide 4: Goals",
        "#Goal|Status",
        "#Home rehab starts within 3 days of discharge|Done",
        "#Rehab plan for every client in Kanta|Partly (72 %)",
        "#Group training in Ylöjärvi|Not started",
        "#Family carers' evening course|Moved to 2025",
        "",
        "Speaker notes:",
        "Ylöjärvi had no gym slot this autumn.",
    ],
]


def ib30_pirkanmaa_en_notes_pages() -> None:
    _pdf(
        "ib30_pirkanmaa_en_notes_pages_2024.pdf",
        IB30,
        [40, 280, 380, 480],
        header=lambda n, total: [(40, IB30_NAME)],
        footer=lambda n, total: [(500, str(n))],
    )


def ib32_etela_pohjanmaa_en_final_report() -> None:
    """English final report whose light, cost and goal "tables" are paragraphs aligned with tab stops (dot
    leaders drawn by Word, only a tab in the text): no Word table at all."""
    from docx.enum.text import WD_TAB_ALIGNMENT, WD_TAB_LEADER
    from docx.shared import Cm

    d = docx_document("Seinäjoki Memory Path", dt.datetime(2025, 10, 6, 9, 0, 0))
    d.add_heading("Seinäjoki Memory Path – final report", level=1)
    d.add_paragraph(
        "Wellbeing services county of South Ostrobothnia · 6 October 2025 · project 1 Sep 2023 – 31 Aug 2025"
    )
    d.add_paragraph(
        "Seinäjoki Memory Path built a memory clinic pathway for Seinäjoki, Kurikka and Ilmajoki. The Ministry of "
        "Social Affairs and Health granted EUR 1,020,000; EUR 47,300 remained unused and will be returned. "
        "Seinäjoki University of Applied Sciences trained the memory nurses, and the City of Kurikka provided the "
        "memory café premises. Memory questionnaires were filled in Omaolo."
    )

    def tabbed(text: str, stops: list[tuple[float, object]]) -> None:
        par = d.add_paragraph(text)
        for position, leader in stops:
            par.paragraph_format.tab_stops.add_tab_stop(Cm(position), WD_TAB_ALIGNMENT.LEFT, leader)

    d.add_heading("Status at the end", level=2)
    d.add_paragraph("On track = as planned; Watch = minor deviation; Off track = serious deviation.")
    for line in (
        "Schedule\tOn track",
        "Costs\tOn track",
        "Staffing\tWatch",
        "Quality of outputs\tOn track",
        "Benefits\tWatch",
    ):
        tabbed(line, [(7.0, WD_TAB_LEADER.DOTS)])
    d.add_heading("Costs for the whole project (EUR)", level=2)
    stops = [(6.0, WD_TAB_LEADER.SPACES), (9.0, WD_TAB_LEADER.SPACES), (12.0, WD_TAB_LEADER.SPACES)]
    for line in (
        "Cost type\tBudget\tActual\tUsed",
        "Staff costs\t720,000\t701,900\t97 %",
        "Purchased services\t180,000\t171,300\t95 %",
        "Premises\t60,000\t51,800\t86 %",
        "Other costs\t60,000\t47,700\t80 %",
        "Total\t1,020,000\t972,700\t95 %",
    ):
        tabbed(line, stops)
    d.add_heading("Goals", level=2)
    for line in (
        "Memory assessment within 4 weeks of referral\tAchieved",
        "Memory nurse in every health centre\tAchieved",
        "Memory café in each municipality\tPartly achieved (2 of 3)",
        "Relatives' course twice a year\tNot achieved",
    ):
        tabbed(line, [(11.0, WD_TAB_LEADER.DOTS)])
    _save(d, "ib32_etela_pohjanmaa_en_final_report_2025.docx")


def _block(cell, caption: str, rows: list[tuple[str, ...]], note: str | None = None) -> None:
    """A block inside a layout table's cell: a bold caption paragraph, an inner table, an optional note."""
    cell.paragraphs[0].add_run(caption).bold = True
    inner = cell.add_table(rows=0, cols=len(rows[0]))
    inner.style = "Table Grid"
    for row in rows:
        for target, text in zip(inner.add_row().cells, row, strict=True):
            target.text = text
    if note:
        cell.add_paragraph(note)


def ib38_ita_uusimaa_sv_lagesrapport() -> None:
    """Probe of 426621f (tables inside a Word table's cells): a 2 x 2 layout table whose cells each hold a
    bold caption paragraph, an inner table and a note, the captions inside the cells (no caption row);
    negative: a contacts table whose row of values holds an inner table of phone numbers."""
    d = docx_document("Trygg start i Östra Nyland", dt.datetime(2024, 10, 14, 9, 0, 0))
    d.add_heading("Trygg start i Östra Nyland – lägesrapport 3/2024", level=1)
    d.add_paragraph(
        "Östra Nylands välfärdsområde · 14.10.2024. Trygg start i Östra Nyland (1.1.2024–31.12.2025) ger "
        "familjer med små barn hembesök och föräldragrupper i Borgå, Lovisa och Sibbo. Social- och "
        "hälsovårdsministeriet har beviljat projektet 620 000 euro."
    )
    layout = d.add_table(rows=2, cols=2)
    _block(
        layout.cell(0, 0),
        "Läge 30.9.2024",
        [
            ("Område", "Färg"),
            ("Tidtabell", "grön"),
            ("Ekonomi", "grön"),
            ("Personal", "gul"),
            ("Risker", "grön"),
        ],
        "grön = enligt plan, gul = mindre avvikelse, röd = allvarlig avvikelse",
    )
    _block(
        layout.cell(0, 1),
        "Kostnader 2024 (euro)",
        [
            ("Kostnadsslag", "Budget 2024", "Utfall 1–9/2024"),
            ("Personalkostnader", "240 000", "171 500"),
            ("Köpta tjänster", "40 000", "26 900"),
            ("Resekostnader", "10 000", "8 150"),
            ("Totalt", "290 000", "206 550"),
        ],
        "Utfallet enligt bokföringen 30.9.2024.",
    )
    _block(
        layout.cell(1, 0),
        "Mål",
        [
            ("Mål", "Status"),
            ("Hembesök inom två veckor efter förlossningen", "uppnått"),
            ("Föräldragrupp på finska och svenska i alla tre kommuner", "delvis uppnått"),
            ("Chatt med familjearbetare på kvällarna", "flyttas till 2025"),
        ],
    )
    layout.cell(1, 1).paragraphs[0].add_run("Samarbete").bold = True
    layout.cell(1, 1).add_paragraph(
        "Folkhälsan ordnar föräldragrupperna och Lovisa stad upplåter familjecentrets lokaler. Familjerna hittar "
        "gruppernas tider på OmaPerhe."
    )
    d.add_heading("Kontaktpersoner", level=2)
    contacts = d.add_table(rows=1, cols=3)
    contacts.style = "Table Grid"
    contacts.cell(0, 0).text = "Projektchef"
    contacts.cell(0, 1).text = "Sara Holm"
    phones = contacts.cell(0, 2).add_table(rows=2, cols=2)
    phones.cell(0, 0).text = "tfn"
    phones.cell(0, 1).text = "040 000 0001"
    phones.cell(1, 0).text = "e-post"
    phones.cell(1, 1).text = "sara.holm@example.invalid"
    _save(d, "ib38_ita_uusimaa_sv_lagesrapport_2024.docx")


def ib39_kainuu_en_work_packages() -> None:
    """Probe of 426621f: a one-row layout table with one cell per work package, each cell the package's
    name, its inner lights table and its inner cost table (no caption row above the blocks)."""
    d = docx_document("Kainuu Home Rehab Network", dt.datetime(2025, 8, 25, 9, 0, 0))
    d.add_heading("Kainuu Home Rehab Network – half-year report 1/2025", level=1)
    d.add_paragraph(
        "Wellbeing services county of Kainuu · 25 August 2025. Kainuu Home Rehab Network (2024–2026) brings "
        "rehabilitation home in Kajaani, Kuhmo and Paltamo. The Ministry of Social Affairs and Health granted EUR "
        "980,000. Kajaani University of Applied Sciences trains the rehab assistants. G = on plan, A = minor "
        "deviation, R = serious deviation."
    )
    layout = d.add_table(rows=1, cols=2)
    for cell, name, rag, costs in (
        (
            layout.cell(0, 0),
            "Work package 1: Rehab at home after discharge",
            [("Area", "RAG"), ("Schedule", "G"), ("Budget", "G"), ("Staffing", "A")],
            [
                ("Cost type", "Budget 2025", "Actual Jan–Jun 2025"),
                ("Staff costs", "150,000", "71,200"),
                ("Travel", "12,000", "7,900"),
                ("Total", "162,000", "79,100"),
            ],
        ),
        (
            layout.cell(0, 1),
            "Work package 2: Group rehab in the villages",
            [("Area", "RAG"), ("Schedule", "R"), ("Budget", "G"), ("Staffing", "G")],
            [
                ("Cost type", "Budget 2025", "Actual Jan–Jun 2025"),
                ("Staff costs", "90,000", "38,400"),
                ("Premises", "14,000", "6,300"),
                ("Total", "104,000", "44,700"),
            ],
        ),
    ):
        cell.paragraphs[0].add_run(name).bold = True
        for rows in (rag, costs):
            inner = cell.add_table(rows=0, cols=len(rows[0]))
            inner.style = "Table Grid"
            for row in rows:
                for target, text in zip(inner.add_row().cells, row, strict=True):
                    target.text = text
            cell.add_paragraph("")
    d.add_heading("Objectives", level=2)
    table(
        d,
        [
            ("Objective", "Status"),
            ("Rehab starts at home within five days of discharge", "achieved"),
            ("A rehab group in every village with over 200 residents", "moved to 2026"),
        ],
    )
    _save(d, "ib39_kainuu_en_work_packages_2025.docx")


def _painted(d, pieces: list[str], rgb=None, highlight=None) -> None:
    """One paragraph painted throughout in one colour, split into several runs as Word splits text."""
    from docx.shared import RGBColor

    par = d.add_paragraph()
    for piece in pieces:
        run = par.add_run(piece)
        if rgb:
            run.font.color.rgb = RGBColor.from_string(rgb)
        if highlight is not None:
            run.font.highlight_color = highlight


def ib40_paijat_hame_en_status() -> None:
    """Probe of 5be5235 (phrases of five to eight words painted in one colour): English phrases of 5 to 8
    words in font colours, each split over two or three runs, keyed by coloured legend phrases; negatives: a
    line painted only in part and a sixteen-word notice painted red."""
    from docx.shared import RGBColor

    green, amber, red = "00A04B", "E69A00", "C00000"
    d = docx_document("Lahti Medicines Safety", dt.datetime(2025, 6, 18, 9, 0, 0))
    d.add_heading("Lahti Medicines Safety – status, June 2025", level=1)
    d.add_paragraph(
        "Päijät-Häme wellbeing services county · 18 June 2025. Lahti Medicines Safety (2024–2025) checks the "
        "medicines of home care clients in Lahti, Hollola and Asikkala. The Ministry of Social Affairs and "
        "Health granted EUR 540,000. LAB University of Applied Sciences trains the pharmacists' assistants."
    )
    key = d.add_paragraph("Key: ")
    for text, rgb in (("on plan", green), ("minor deviation", amber), ("serious deviation", red)):
        run = key.add_run(text)
        run.font.color.rgb = RGBColor.from_string(rgb)
        key.add_run("   ")
    d.add_heading("Status", level=2)
    _painted(d, ["The schedule holds for ", "every milestone"], green)
    _painted(d, ["Costs stay within the ", "approved annual ", "budget"], green)
    _painted(d, ["Staffing is two nurses ", "short since May"], amber)
    _painted(d, ["Output quality meets ", "the standard"], green)
    _painted(d, ["Benefits reach fewer clients than ", "the plan expected"], amber)
    risks = d.add_paragraph("Risks: ")
    part = risks.add_run("the supplier's contract ends in December")
    part.font.color.rgb = RGBColor.from_string(red)
    risks.add_run(", and a new tender is under way.")
    _painted(d, ["Please note that the steering group meets on 12 June ", "instead of 5 June this year"], red)
    d.add_heading("Money 2025", level=2)
    table(
        d,
        [
            ("Cost type", "Budget 2025", "Actual Jan–May 2025"),
            ("Staff costs", "190,000", "81,300"),
            ("Purchased services", "45,000", "17,600"),
            ("Total", "235,000", "98,900"),
        ],
    )
    d.add_heading("Objectives", level=2)
    d.add_paragraph("Medication review for every new home care client – achieved", style="List Bullet")
    d.add_paragraph("Dose dispensing for 150 clients – partly achieved (96)", style="List Bullet")
    _save(d, "ib40_paijat_hame_en_status_2025.docx")


def ib41_pohjanmaa_sv_highlight() -> None:
    """Probe of 5be5235: Swedish phrases of 5 to 7 words marked with Word's highlighter (green / yellow /
    red), split over runs, keyed by highlighted legend phrases; negative: a fourteen-word highlighted notice."""
    from docx.enum.text import WD_COLOR_INDEX

    g, y, r = WD_COLOR_INDEX.BRIGHT_GREEN, WD_COLOR_INDEX.YELLOW, WD_COLOR_INDEX.RED
    d = docx_document("Kvällsro i Jakobstad", dt.datetime(2024, 6, 12, 9, 0, 0))
    d.add_heading("Kvällsro i Jakobstad – lägesrapport våren 2024", level=1)
    d.add_paragraph(
        "Österbottens välfärdsområde · 12.6.2024. Kvällsro i Jakobstad (1.9.2023–31.8.2025) ger äldre i Jakobstad, "
        "Pedersöre och Nykarleby kvällsbesök och trygghetssamtal. Social- och hälsovårdsministeriet har beviljat "
        "projektet 480 000 euro. Yrkeshögskolan Novia utbildar kvällsvärdarna."
    )
    key = d.add_paragraph("Färgerna: ")
    for text, colour in (("följer planen", g), ("mindre avvikelse", y), ("allvarlig avvikelse", r)):
        key.add_run(text).font.highlight_color = colour
        key.add_run("  ")
    d.add_heading("Läget 31.5.2024", level=2)
    _painted(d, ["Tidtabellen har ", "hållit hela våren"], highlight=g)
    _painted(d, ["Kostnaderna ligger inom årets ", "godkända budget"], highlight=g)
    _painted(d, ["Personalen räcker inte ", "till på kvällarna"], highlight=y)
    _painted(d, ["Resultatens kvalitet motsvarar ", "det vi lovade"], highlight=g)
    _painted(d, ["Riskerna kring lokalerna har ", "blivit större nu"], highlight=r)
    _painted(
        d,
        ["Observera att nästa rapport lämnas först i januari ", "eftersom styrgruppen inte möts i december"],
        highlight=y,
    )
    d.add_heading("Kostnader 1.9.2023–31.5.2024 (euro)", level=2)
    table(
        d,
        [
            ("Kostnadsslag", "Budget för hela projektet", "Utfall"),
            ("Personalkostnader", "390 000", "131 800"),
            ("Köpta tjänster", "90 000", "22 400"),
            ("Totalt", "480 000", "154 200"),
        ],
    )
    d.add_heading("Mål", level=2)
    d.add_paragraph("Kvällsbesök sju dagar i veckan – uppnått", style="List Bullet")
    d.add_paragraph("Trygghetssamtal till 100 äldre – delvis uppnått (64)", style="List Bullet")
    d.add_paragraph("Kvällsbesök i Nykarleby – flyttas till hösten 2024", style="List Bullet")
    _save(d, "ib41_pohjanmaa_sv_lagesrapport_2024.docx")


def _png(rgb: tuple[int, int, int]) -> bytes:
    """A 12 x 12 PNG of one colour (deterministic bytes)."""
    import struct
    import zlib

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
        )

    raw = b"".join(b"\x00" + bytes(rgb) * 12 for _ in range(12))
    header = struct.pack(">IIBBBBB", 12, 12, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(raw, 9))
        + chunk(b"IEND", b"")
    )


def _picture(cell_or_par, rgb: tuple[int, int, int], alt: str, width_cm: float = 0.5) -> None:
    """An inline picture whose alternative text (``wp:docPr/@descr``) is ``alt``."""
    import io

    from docx.shared import Cm

    par = cell_or_par.paragraphs[0] if hasattr(cell_or_par, "paragraphs") else cell_or_par
    run = par.add_run()
    run.add_picture(io.BytesIO(_png(rgb)), width=Cm(width_cm))
    doc_pr = run._r.xpath(".//wp:docPr")[0]
    doc_pr.set("descr", alt)


def ib45_pohjois_karjala_tilannekatsaus() -> None:
    """Lights only as inline pictures (coloured icons) whose Word alternative text says the value; negatives:
    the county's logo and a photograph with long alternative texts."""
    d = docx_document("Etäkuntoutus Joensuun seudulla", dt.datetime(2025, 3, 20, 9, 0, 0))
    _picture(d.add_paragraph(), (0, 90, 160), "Pohjois-Karjalan hyvinvointialueen logo", 2.0)
    d.add_heading("Tilannekatsaus 1/2025: Etäkuntoutus Joensuun seudulla", level=1)
    d.add_paragraph(
        "Päivätty 20.3.2025. Etäkuntoutus Joensuun seudulla -hanke (1.6.2024–31.5.2026) tuo fysioterapian "
        "videoyhteydellä kotiin Joensuussa, Kontiolahdella, Liperissä ja Outokummussa. Sosiaali- ja "
        "terveysministeriö on myöntänyt hankkeelle 610 000 euroa. Itä-Suomen yliopisto arvioi vaikuttavuuden, "
        "ja Liperin kunta lainaa kuntoutujille tabletit."
    )
    _picture(
        d.add_paragraph(),
        (200, 200, 200),
        "Kotikäynti Liperissä: fysioterapeutti ohjaa asiakasta tabletin kautta keittiössä",
        6.0,
    )
    d.add_heading("Tilannevalot 28.2.2025", level=2)
    grid = d.add_table(rows=1, cols=2)
    grid.style = "Table Grid"
    grid.cell(0, 0).text = "Osa-alue"
    grid.cell(0, 1).text = "Tila"
    icons = {
        "green": ((0, 160, 80), "Vihreä – suunnitelman mukaan"),
        "yellow": ((255, 192, 0), "Keltainen – lievä poikkeama"),
        "red": ((200, 30, 30), "Punainen – vakava poikkeama"),
    }
    for area, colour in (
        ("Aikataulu", "green"),
        ("Kustannukset", "green"),
        ("Henkilöstö", "red"),
        ("Tuotosten laatu", "green"),
        ("Riskit", "yellow"),
    ):
        cells = grid.add_row().cells
        cells[0].text = area
        _picture(cells[1], *icons[colour])
    d.add_heading("Talous", level=2)
    table(
        d,
        [
            ("Kululaji", "Budjetti 2025", "Toteuma 1–2/2025", "Ennuste 2025"),
            ("Henkilöstökulut", "210 000", "31 600", "205 000"),
            ("Ohjelmistot", "30 000", "12 400", "30 000"),
            ("Muut kulut", "20 000", "1 900", "15 000"),
            ("Yhteensä", "260 000", "45 900", "250 000"),
        ],
    )
    d.add_heading("Tavoitteet", level=2)
    table(
        d,
        [
            ("Tavoite", "Tilanne"),
            ("Videokuntoutus 120 asiakkaalle vuodessa", "kesken (38)"),
            ("Kuntoutusjakso alkaa viikon sisällä lähetteestä", "toteutunut"),
            ("Ryhmäkuntoutus videolla Outokummussa", "siirtyy syksyyn 2025"),
        ],
    )
    _save(d, "ib45_pohjois_karjala_tilannekatsaus_2025.docx")


def ib52_pohjanmaa_sv_slutrapport() -> None:
    """Swedish final report: goals in a one-column table whose rows alternate the goal and its status line;
    the cost table's total row in a table of its own right under it (Word split the table); lights as a
    two-row table with the areas as columns."""
    d = docx_document("Vasa nattpatrull", dt.datetime(2025, 2, 27, 9, 0, 0))
    d.add_heading("Slutrapport: Vasa nattpatrull", level=1)
    d.add_paragraph(
        "Österbottens välfärdsområde · 27.2.2025 · projekttid 1.1.2023–31.12.2024. Vasa nattpatrull gav äldre i "
        "Vasa, Korsholm och Malax hjälp i hemmet nattetid. Social- och hälsovårdsministeriet beviljade 700 000 "
        "euro, och 18 650 euro som inte användes betalas tillbaka. Vasa yrkeshögskola (VAMK) utbildade "
        "nattpatrullen och Korsholms kommun ställde en bil till förfogande."
    )
    d.add_heading("Läget vid projektets slut", level=2)
    d.add_paragraph("Grön = enligt plan, gul = mindre avvikelse, röd = allvarlig avvikelse.")
    table(
        d,
        [
            ("Tidtabell", "Kostnader", "Personal", "Resultatens omfattning", "Nytta"),
            ("grön", "grön", "gul", "grön", "grön"),
        ],
    )
    d.add_heading("Kostnader 2023–2024 (euro)", level=2)
    table(
        d,
        [
            ("Kostnadsslag", "Budget", "Utfall"),
            ("Personalkostnader", "560 000", "551 200"),
            ("Köpta tjänster", "90 000", "83 400"),
            ("Resekostnader", "50 000", "46 750"),
        ],
    )
    table(d, [("Totalt", "700 000", "681 350")])
    d.add_heading("Mål", level=2)
    goals = d.add_table(rows=0, cols=1)
    goals.style = "Table Grid"
    for text in (
        "Mål 1: Nattpatrullen kommer inom 30 minuter efter ett larm",
        "Status: uppnått (i snitt 22 minuter)",
        "Mål 2: Nattpatrull även i Malax",
        "Status: delvis uppnått, tre nätter i veckan",
        "Mål 3: Färre nattliga ambulansfärder för hemvårdens klienter",
        "Status: inte uppnått",
    ):
        goals.add_row().cells[0].text = text
    _save(d, "ib52_pohjanmaa_sv_slutrapport_2025.docx")


def ib69_lappi_en_changes_to_plan() -> None:
    """Probe of 334239d (a table of changes to the plan, explained once): an English DOCX table "Area | Change
    against the plan" whose "none" is explained once in a sentence after the table; negative: the document's
    own change log (version, date, what changed)."""
    d = docx_document("Kemijärvi Village Nurse", dt.datetime(2025, 9, 30, 9, 0, 0))
    d.add_heading("Kemijärvi Village Nurse – interim report 2/2025", level=1)
    d.add_paragraph(
        "Wellbeing services county of Lapland · 30 September 2025 · project 1 January 2025 – 31 December 2026. "
        "Kemijärvi Village Nurse sends a nurse to the villages of Kemijärvi, Salla and Pelkosenniemi twice a week. "
        "The Ministry of Social Affairs and Health granted EUR 430,000. Lapland University of Applied Sciences "
        "evaluates the visits."
    )
    d.add_heading("Changes against the project plan", level=2)
    table(
        d,
        [
            ("Area", "Change against the plan"),
            ("Schedule", "none"),
            ("Costs", "none"),
            ("Staffing", "the second nurse starts in January instead of August"),
            ("Risks", "none"),
            ("Benefits", "Salla's villages get one visit a week, not two"),
        ],
    )
    d.add_paragraph(
        "An area marked 'none' has gone as the project plan says; any change written out is a deviation."
    )
    d.add_heading("Money 2025 (EUR)", level=2)
    table(
        d,
        [
            ("Cost type", "Budget 2025", "Actual Jan–Aug 2025"),
            ("Staff costs", "150,000", "84,600"),
            ("Travel", "30,000", "21,900"),
            ("Total", "180,000", "106,500"),
        ],
    )
    d.add_heading("Objectives", level=2)
    d.add_paragraph(
        "A nurse in every village twice a week – partly achieved (Kemijärvi and Pelkosenniemi)",
        style="List Bullet",
    )
    d.add_paragraph("Blood tests taken in the villages – achieved", style="List Bullet")
    d.add_heading("Change log of this report", level=2)
    table(
        d,
        [
            ("Version", "Date", "Change"),
            ("0.1", "12.9.2025", "none"),
            ("0.2", "22.9.2025", "costs updated to the end of August"),
            ("1.0", "30.9.2025", "approved by the project manager"),
        ],
    )
    _save(d, "ib69_lappi_en_interim_report_2025.docx")


IB88_NAME = "Hemsjukhus i Åboland"
#: Probe of 6e3af3b (a sum in an accounting format, the currency left and the figure right in one cell) in a
#: PDF: every money cell is "EUR" padded to its figure ("EUR    148 000", "EUR          0").
IB88 = [
    [
        "!Hemsjukhus i Åboland – mellanrapport 1/2025",
        "Egentliga Finlands välfärdsområde · 30.6.2025 · projekttid 1.1.2025–31.12.2026",
        "Hemsjukhus i Åboland vårdar patienter hemma i Pargas och Kimitoön. Social- och hälsovårdsministeriet",
        "har beviljat projektet 560 000 euro. Åbo Akademi utvärderar hemsjukhuset.",
        "",
        "!Läget 31.5.2025 (grön = enligt plan, gul och röd = avvikelse)",
        "#Tidtabell|grön",
        "#Ekonomi|grön",
        "#Personal|gul",
        "#Risker|grön",
        "",
        "!Kostnader 2025",
        "#Kostnadsslag|Budget 2025|Utfall 1-5/2025|Prognos 2025",
        "#Personalkostnader|EUR    190 000|EUR     74 600|EUR    186 000",
        "#Köpta tjänster|EUR     50 000|EUR     18 300|EUR     48 000",
        "#Resekostnader|EUR     12 000|EUR          0|EUR     10 000",
        "#Totalt|EUR    252 000|EUR     92 900|EUR    244 000",
        "",
        "!Mål",
        "Hemsjukhusvård för 15 patienter samtidigt - uppnått",
        "Hemsjukhus även på Kimitoön - flyttas till hösten 2025",
    ]
]


def ib88_varsinais_suomi_sv_mellanrapport() -> None:
    _pdf(
        "ib88_varsinais_suomi_sv_mellanrapport_2025.pdf",
        IB88,
        [40, 200, 320, 440],
        header=lambda n, total: [(40, IB88_NAME), (480, f"{n} ({total})")],
        footer=lambda n, total: [(40, "Egentliga Finlands välfärdsområde")],
    )


def main() -> None:
    TEST29.mkdir(exist_ok=True)
    ib03_pohjanmaa_sv_lagesrapport()
    ib07_helsinki_en_review()
    ib11_keski_uusimaa_hankesuunnitelma()
    ib12_varsinais_suomi_sv_projektkort()
    ib21_etela_karjala_tilanneraportti()
    ib25_pohjois_pohjanmaa_arviointi()
    ib30_pirkanmaa_en_notes_pages()
    ib32_etela_pohjanmaa_en_final_report()
    ib38_ita_uusimaa_sv_lagesrapport()
    ib39_kainuu_en_work_packages()
    ib40_paijat_hame_en_status()
    ib41_pohjanmaa_sv_highlight()
    ib45_pohjois_karjala_tilannekatsaus()
    ib52_pohjanmaa_sv_slutrapport()
    ib69_lappi_en_changes_to_plan()
    ib88_varsinais_suomi_sv_mellanrapport()


if __name__ == "__main__":
    main()
