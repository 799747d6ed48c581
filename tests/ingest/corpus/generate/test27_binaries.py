"""Write the development set test27's PDF and DOCX documents (invented text, see ../README.md).

test27/ was written blind in stop 38 by helper W24: first breadth documents in forms of lights, cost
tables, goals and parts that none of the earlier layout, probe and forms tables lists, then probes of the
classes the stop's commits claim (read from their messages only). No ingest code and no document of any
set was read. Run with ``.venv/bin/python tests/ingest/corpus/generate/test27_binaries.py``; the outputs
are committed, so the script is needed only to change them. Two runs write the same bytes: reportlab's
invariant mode for the PDFs; fixed core properties and one fixed time stamp on every zip entry for the
DOCX files.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from binaries_common import Running, bold, docx_document, pdf, save, table

TEST27 = Path(__file__).resolve().parent.parent / "test27"
#: The time stamp of every zip entry of the DOCX files (a zip stores local time, no zone).
ZIP_TIME = (2026, 12, 5, 17, 30, 0)


def _pdf(name: str, pages: list[list[str]], columns: list[int], header: Running, footer: Running) -> None:
    pdf(TEST27 / name, pages, columns, header, footer)


def _save(d, name: str) -> None:
    save(d, TEST27 / name, ZIP_TIME)


I02_NAME = "Digital hemvård Västnyland"
#: A steering group's slide deck saved as PDF, one slide a page (Swedish): the lights of each track on a
#: scale of the team's own words, each track's cost table on its own slide, goals on the last slide.
I02 = [
    [
        "!Digital hemvård Västnyland – lägesbild för styrgruppen",
        "Styrgruppsmöte 4.3.2025",
        "Välfärdsområdet Västra Nyland",
        "",
        "Presentatör: Annika Lindqvist, projektchef",
    ],
    [
        "!Översikt",
        "•  Projekttid 1.1.2024–31.12.2025",
        "•  Beviljat statsunderstöd från social- och hälsovårdsministeriet: 780 000 euro",
        "•  Kommuner: Raseborg, Ingå, Lojo och Sjundeå",
        "•  Två spår: Spår 1: Nattpatrull på distans och Spår 2: Rehab i hemmet",
        "•  Yrkeshögskolan Novia utvärderar modellen; Folkhälsan ordnar frivilliga besökare",
        "•  Distanstillsynen bygger på Kanta-tjänsterna och Suomi.fi-meddelanden",
        "",
        "Skala i lägesbilderna: Flyter på = enligt plan · Går trögt = mindre avvikelse · Står still = allvarlig avvikelse",
    ],
    [
        "!Spår 1: Nattpatrull på distans",
        "#Område|Läge",
        "#Tidtabell|Flyter på",
        "#Kostnader|Flyter på",
        "#Personal|Går trögt",
        "#Risker|Flyter på",
        "",
        "Kostnader sedan start 1.1.2024–28.2.2025 (euro)",
        "#Kostnadsslag|Budget|Utfall",
        "#Personalkostnader|210 000|118 400",
        "#Köpta tjänster|95 000|40 250",
        "#IT-utrustning|60 000|57 900",
        "#Totalt|365 000|216 550",
    ],
    [
        "!Spår 2: Rehab i hemmet",
        "#Område|Läge",
        "#Tidtabell|Går trögt",
        "#Kostnader|Flyter på",
        "#Personal|Flyter på",
        "#Nytta|Går trögt",
        "",
        "Kostnader sedan start 1.1.2024–28.2.2025 (euro)",
        "#Kostnadsslag|Budget|Utfall",
        "#Personalkostnader|300 000|171 300",
        "#Resekostnader|25 000|14 020",
        "#Övriga kostnader|90 000|22 480",
        "#Totalt|415 000|207 800",
    ],
    [
        "!Måluppfyllelse",
        "› Nattpatrullen når alla klienter med trygghetslarm i fyra kommuner — uppnått",
        "› 40 klienter har nattlig distanstillsyn — delvis (31 klienter)",
        "› Rehab i hemmet börjar inom tre dygn efter utskrivning — pågår",
        "› En gemensam rehabmodell med Folkhälsan — flyttas till hösten 2025",
        "",
        "Nästa steg: grönt ljus från regionstyrelsen för fortsättningen väntas i april.",
    ],
]


def i03_pirkanmaa_loppuraportti() -> None:
    """A Word final report whose facts all stand in tables: lights as the template's abbreviations keyed in
    a paragraph, a deviation column with accounting parentheses for negatives, a yes/partly/no column."""
    d = docx_document("Pirkanmaan hyvinvointialue", dt.datetime(2025, 3, 14, 9, 0, 0))
    d.add_heading("LOPPURAPORTTI", level=1)
    table(
        d,
        [
            ("Kenttä", "Tieto"),
            ("Hankkeen nimi", "Matalan kynnyksen mielenterveyspolku"),
            ("Hallinnoija", "Pirkanmaan hyvinvointialue"),
            ("Toteutusalue", "Tampere, Nokia, Ylöjärvi, Kangasala ja Pirkkala"),
            ("Rahoittaja", "Sosiaali- ja terveysministeriö (Suomen kestävän kasvun ohjelma)"),
            ("Hankeaika", "1.3.2023–31.12.2024"),
            ("Myönnetty avustus", "810 000 €"),
            ("Raportin päivämäärä", "14.3.2025"),
        ],
    )
    bold(d, "1 Hankkeen eteneminen")
    d.add_paragraph(
        "Arviot on annettu raporttipohjan lyhentein: SM = suunnitelman mukainen, LP = lievä poikkeama, "
        "MP = merkittävä poikkeama."
    )
    table(
        d,
        [
            ("Osa-alue", "Arvio", "Perustelu"),
            ("Aikataulu", "SM", "Kaikki vaiheet valmistuivat hankeajan puitteissa."),
            ("Kustannukset", "SM", "Toteuma jäi alle budjetin."),
            ("Henkilöstö", "LP", "Psykiatrisen sairaanhoitajan sijaisuus täyttyi vasta 4/2024."),
            ("Tuotosten laatu", "SM", "Asiakaspalaute 4,4/5."),
            ("Hyödyt", "MP", "Jonot lyhenivät vain Tampereella."),
        ],
    )
    bold(d, "2 Tavoitteet ja niiden toteutuminen")
    table(
        d,
        [
            ("Tavoite", "Mittari", "Lähtötaso", "Tavoitetaso", "Saavutettu", "Toteutui?"),
            (
                "Nuori pääsee mielenterveyskäynnille viikon sisällä yhteydenotosta",
                "mediaani, vrk",
                "23",
                "7",
                "6",
                "Kyllä",
            ),
            (
                "Digitaalinen terapia tarjotaan kaikille lieviä oireita kokeville",
                "osuus, %",
                "15",
                "60",
                "41",
                "Osittain",
            ),
            (
                "Koulujen kuraattorit ohjaavat suoraan matalan kynnyksen vastaanotolle",
                "ohjauksia / kk",
                "0",
                "40",
                "0",
                "Ei",
            ),
        ],
    )
    d.add_paragraph(
        "Digitaalinen terapia tarjottiin Mielenterveystalon terapiaohjelmien kautta. Tampereen "
        "ammattikorkeakoulu koulutti 48 ohjaajaa ja arvioi mallin vaikuttavuutta."
    )
    bold(d, "3 Kustannukset")
    d.add_paragraph(
        "Kustannukset koko hankeajalta, euroa. Poikkeama = toteutunut − budjetti; negatiiviset luvut suluissa."
    )
    table(
        d,
        [
            ("Kululaji", "Budjetti", "Toteutunut", "Poikkeama"),
            ("Henkilöstökulut", "620 000", "604 850", "(15 150)"),
            ("Ostopalvelut", "140 000", "146 300", "6 300"),
            ("Matkakulut", "30 000", "17 450", "(12 550)"),
            ("Viestintä", "20 000", "12 000", "(8 000)"),
            ("Yhteensä", "810 000", "780 600", "(29 400)"),
        ],
    )
    d.add_paragraph("Käyttämättä jäänyt avustus, 29 400 euroa, palautetaan ministeriölle.")
    bold(d, "4 Asiakkaat")
    table(
        d,
        [
            ("Vuosi", "Yhteydenotot", "Käynnit", "Digiterapiat"),
            ("2023", "1 240", "3 410", "212"),
            ("2024", "2 015", "5 880", "604"),
        ],
    )
    _save(d, "i03_pirkanmaa_loppuraportti_taulukot_2025.docx")


def i09_keskisuomi_highlight() -> None:
    """An English Word highlight report: RAG letters in a row per period (this period, last reported), a cost
    table whose variance is unsigned beside an Over/Under column, milestones with original and current dates."""
    d = docx_document("Central Finland wellbeing services county", dt.datetime(2024, 10, 21, 8, 0, 0))
    d.add_heading("Project Status Report", level=1)
    table(
        d,
        [
            ("Project", "Home First Jyväskylä (Kotona ensin)"),
            ("Sponsor", "Director of home care services, Central Finland wellbeing services county"),
            ("Reporting period", "1 July 2024 – 30 September 2024"),
            ("Project period", "1 January 2024 – 31 December 2025"),
            (
                "Funding",
                "Ministry of Social Affairs and Health, Future Health and Social Services Centres programme, EUR 560,000",
            ),
            ("Municipalities", "Jyväskylä, Laukaa and Muurame"),
            ("Date of report", "21 October 2024"),
        ],
    )
    bold(d, "1. RAG status")
    table(
        d,
        [
            ("", "Scope", "People", "Time", "Costs", "Benefits"),
            ("This period", "G", "A", "R", "G", "G"),
            ("Last reported", "G", "G", "A", "G", "A"),
        ],
    )
    d.add_paragraph(
        "G = on track; A = at risk, manageable; R = off track, board decision needed. Only this period's row is the status."
    )
    bold(d, "2. Financial status (cumulative, EUR)")
    table(
        d,
        [
            (
                "Budget type",
                "Approved budget",
                "Actual to date",
                "Variance",
                "Over/Under",
                "Forecast at completion",
            ),
            ("Staff costs", "372,000", "141,300", "8,700", "Under", "366,000"),
            ("Purchased services", "96,000", "47,850", "6,150", "Over", "104,000"),
            ("ICT equipment", "52,000", "49,900", "2,100", "Under", "52,000"),
            ("Travel", "40,000", "11,200", "1,800", "Under", "38,000"),
            ("Total", "560,000", "250,250", "6,450", "Under", "560,000"),
        ],
    )
    d.add_paragraph(
        "Variance is against the spend profile to date (budget to date minus actual), its direction in the Over/Under column."
    )
    bold(d, "3. Objectives and milestones")
    table(
        d,
        [
            ("Milestone", "Original date", "Current date", "Status"),
            (
                "Every client discharged from hospital gets a home visit within 48 hours",
                "31 Mar 2024",
                "31 Mar 2024",
                "CONCLUDED",
            ),
            (
                "Night-time remote check-ins available in Laukaa and Muurame",
                "30 Jun 2024",
                "30 Jun 2024",
                "CONCLUDED",
            ),
            ("Medication robot trial with 30 clients", "30 Sep 2024", "31 Mar 2025", "SLIPPED"),
            ("Shared care plan with the Kela rehabilitation courses", "31 Dec 2024", "–", "DROPPED"),
            (
                "Two hundred clients use Omaolo symptom checks each month",
                "31 Dec 2025",
                "31 Dec 2025",
                "ON TRACK",
            ),
        ],
    )
    bold(d, "4. Partners")
    d.add_paragraph(
        "JAMK University of Applied Sciences evaluates the remote check-ins and trains the night team. The "
        "medication robots are leased from a supplier chosen in a tender in May 2024."
    )
    _save(d, "i09_keskisuomi_en_status_report_rag_rows_2024.docx")


I16_NAME = "Lapsiperheiden kotipalvelu Kymenlaaksossa"
#: A final report printed to PDF: lights as grades 1–5 (only 5 on plan, stated), a cost table whose years are
#: row groups with their own subtotal rows and a grand total, goals judged "ylittyi / alittui / ei mitattu".
I16 = [
    [
        "!LOPPURAPORTTI: Lapsiperheiden kotipalvelu Kymenlaaksossa",
        "Kymenlaakson hyvinvointialue · raportti päivätty 27.2.2025",
        "Hankeaika 1.1.2023–31.12.2024 · Kunnat: Kotka, Kouvola, Hamina ja Pyhtää",
        "Rahoittaja: sosiaali- ja terveysministeriö, Tulevaisuuden sosiaali- ja terveyskeskus -ohjelma",
        "Myönnetty valtionavustus 560 000 euroa; käyttämättä jäi 18 900 euroa, joka palautetaan.",
        "",
        "!1 Onnistuminen osa-alueittain",
        "Ohjausryhmän arvosana 1–5: 5 = täysin suunnitelman mukaan, 4 tai vähemmän = poikkeama.",
        "#Osa-alue|Arvosana|Huomio",
        "#Aikataulu|5|",
        "#Kustannukset|5|",
        "#Henkilöstö|3|vaihtuvuus syksyllä 2024",
        "#Tuotosten laajuus|4|Pyhtää mukaan vasta 2024",
        "#Hyödyt|5|",
        "",
        "!2 Tavoitteet",
        "#Tavoite|Arvio",
        "#Kotipalvelua saa viikon sisällä hakemuksesta|ylittyi",
        "#Perhetyöntekijä käy perheessä vähintään kuusi kertaa|alittui (keskimäärin 4,2)",
        "#Isät osallistuvat kotipalvelun suunnitteluun|ei mitattu",
        "",
        "Kotipalvelun kirjaukset tehtiin Kanta-palveluihin. Xamk koulutti perhetyöntekijät ja arvioi",
        "asiakaskokemuksen. Mannerheimin Lastensuojeluliitto järjesti vertaisryhmät.",
    ],
    [
        "!3 Kustannukset vuosittain (euroa)",
        "#Vuosi / kululaji|Budjetti|Toteutunut",
        "#2023||",
        "#   Henkilöstökulut|180 000|171 240",
        "#   Ostopalvelut|40 000|36 800",
        "#2023 yhteensä|220 000|208 040",
        "#2024||",
        "#   Henkilöstökulut|260 000|266 110",
        "#   Ostopalvelut|60 000|52 300",
        "#   Matkakulut|20 000|14 650",
        "#2024 yhteensä|340 000|333 060",
        "#Hanke yhteensä|560 000|541 100",
        "",
        "Asiakasmäärät: 2023 yhteensä 212 perhettä, 2024 yhteensä 341 perhettä.",
    ],
]


def _highlighted(paragraph, words: list[tuple[str, object]]) -> None:
    """Words each in a run of its own Word highlight colour (the marker pen), three spaces between them."""
    for i, (word, colour) in enumerate(words):
        if i:
            paragraph.add_run("   ")
        paragraph.add_run(word).font.highlight_color = colour


def i19_keskiuusimaa_vuosiraportti() -> None:
    """A Word annual report whose lights are only the highlight colour of the dimension words (keyed by a
    legend of highlighted words), and whose cost table breaks into a second table headed "(jatkuu)"."""
    from docx.enum.text import WD_COLOR_INDEX

    d = docx_document("Keski-Uudenmaan hyvinvointialue", dt.datetime(2025, 2, 3, 10, 0, 0))
    d.add_heading("Vuosiraportti 2024: Nepsy-perheiden tuki Keski-Uudellamaalla", level=1)
    d.add_paragraph(
        "Keski-Uudenmaan hyvinvointialue (Keusote) · raportti 3.2.2025 · hankeaika 1.4.2023–31.3.2025 · "
        "kunnat Hyvinkää, Järvenpää, Tuusula, Nurmijärvi ja Mäntsälä"
    )
    d.add_paragraph(
        "Sosiaali- ja terveysministeriö myönsi hankkeelle 980 000 euroa Suomen kestävän kasvun ohjelmasta "
        "(NextGenerationEU)."
    )
    bold(d, "Tilanne osa-alueittain")
    legend = d.add_paragraph("Korostusvärit: ")
    _highlighted(
        legend,
        [
            ("suunnitelman mukaan", WD_COLOR_INDEX.BRIGHT_GREEN),
            ("lievä poikkeama", WD_COLOR_INDEX.YELLOW),
            ("vakava poikkeama", WD_COLOR_INDEX.RED),
        ],
    )
    _highlighted(
        d.add_paragraph(),
        [
            ("Aikataulu", WD_COLOR_INDEX.BRIGHT_GREEN),
            ("Kustannukset", WD_COLOR_INDEX.BRIGHT_GREEN),
            ("Henkilöstö", WD_COLOR_INDEX.YELLOW),
            ("Riskit", WD_COLOR_INDEX.RED),
            ("Hyödyt", WD_COLOR_INDEX.BRIGHT_GREEN),
        ],
    )
    d.add_paragraph(
        "Riskeistä vakavin on neuropsykiatrisen valmentajan sopimuksen päättyminen 3/2025 ilman jatkoa."
    )
    bold(d, "Kustannukset 2024")
    table(
        d,
        [
            ("Kululaji", "Budjetti 2024", "Toteuma 2024", "Käyttöaste %"),
            ("Henkilöstökulut", "290 000", "276 400", "95"),
            ("Ostopalvelut", "64 000", "58 120", "91"),
            ("Asiantuntijapalvelut", "30 000", "33 900", "113"),
        ],
    )
    d.add_paragraph("Taulukko 1 (jatkuu)")
    table(
        d,
        [
            ("Kululaji", "Budjetti 2024", "Toteuma 2024", "Käyttöaste %"),
            ("Matkakulut", "12 000", "6 230", "52"),
            ("Viestintä", "8 000", "7 600", "95"),
            ("Yhteensä", "404 000", "382 250", "95"),
        ],
    )
    bold(d, "Tavoitteet")
    table(
        d,
        [
            ("Tavoite", "Toteuma 2024", "Arvio"),
            ("Perhe saa nepsy-valmentajan kuukauden kuluessa", "keskimäärin 3 viikkoa", "täyttyi"),
            ("Vanhempainryhmä jokaisessa viidessä kunnassa", "kolmessa kunnassa", "täyttyi osittain"),
            ("Koulujen nepsy-konsultaatio kerran kuussa", "ei aloitettu", "ei täyttynyt"),
        ],
    )
    d.add_paragraph(
        "Laurea-ammattikorkeakoulu arvioi valmennuksen vaikutukset. ADHD-liitto ry kouluttaa vertaisohjaajat. "
        "Valmennuksen materiaalit ovat Terveyskylässä."
    )
    _save(d, "i19_keskiuusimaa_vuosiraportti_korostusvarit_2025.docx")


I29_NAME = "Digital Rehabilitation Oulu"
#: An English annual report whose PDF text layer keeps the hyphens of a justified layout: light values,
#: cost labels, goal verdicts and a partner's name broken at line ends; "pre- and post-operative",
#: "co-operation" and a break before an upper-case word are no broken words of the facts.
I29 = [
    [
        "!Digital Rehabilitation Oulu – annual report 2024",
        "North Ostrobothnia wellbeing services county · 12 February 2025",
        "",
        "Digital Rehabilitation Oulu (1 March 2023 – 31 December 2025) offers video rehabilitation to",
        "patients after hip fractures and knee replacements in Oulu, Kempele, Kiiminki and Haukipudas",
        "districts of Oulu, and in Liminka. The Ministry of Social Affairs and Health granted EUR 830,000",
        "from the Sustainable Growth Programme for Finland. Physiotherapists use the video tool for pre-",
        "and post-operative guidance in close co-operation with the orthopaedic ward. The tool is our e-",
        "Health platform, linked to the Kanta services.",
        "",
        "!1 Status",
        "Scale: on track = as planned; minor deviation and serious deviation = off plan. Schedule: on",
        "track. Costs: minor devi-",
        "ation. Staffing: serious devi-",
        "ation. Risks: on track. Benefits: on",
        "track.",
        "",
        "!2 Objectives",
        "1. Video rehabilitation for every hip fracture patient discharged home – achie-",
        "ved.",
        "2. Half of the follow-up visits after knee replacement by video – partly achie-",
        "ved (38 %).",
        "3. Patients book their video sessions in Omaolo – post-",
        "poned to 2025.",
    ],
    [
        "!3 Costs 2024 (EUR)",
        "#Cost type|Budget 2024|Actual 2024",
        "#Staff costs|268,000|259,410",
        "#Purchased ser-|",
        "#vices|84,000|79,120",
        "#Communica-|",
        "#tion services|12,000|9,840",
        "#Total|364,000|348,370",
        "",
        "Oulu University of Applied Sci-",
        "ences evaluates the model and trains the physiotherapists.",
    ],
]


def _shade(cell, fill: str) -> None:
    """Give a table cell a background fill (Word's cell shading)."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    shading = OxmlElement("w:shd")
    shading.set(qn("w:val"), "clear")
    shading.set(qn("w:color"), "auto")
    shading.set(qn("w:fill"), fill)
    cell._tc.get_or_add_tcPr().append(shading)


def i31_kantahame_status_shaded_cells() -> None:
    """An English Word status report whose lights are empty table cells shaded in Word's standard light
    green, amber and red, keyed by a legend of shaded cells; a grey header row and a goal cell shaded green
    that holds a word are no lights."""
    d = docx_document("Kanta-Häme wellbeing services county", dt.datetime(2025, 6, 9, 9, 0, 0))
    d.add_heading("Status report Q2/2025 – Memory Clinic on Wheels", level=1)
    d.add_paragraph(
        "Kanta-Häme wellbeing services county · 9 June 2025 · project period 1 September 2024 – 31 August 2026 · "
        "Hämeenlinna, Forssa, Tammela and Ypäjä. Grant from the Ministry of Social Affairs and Health: EUR 498,000 "
        "(Future Health and Social Services Centres programme)."
    )
    bold(d, "Status by area")
    legend = table(d, [("Key", ""), ("On plan", ""), ("Minor deviation", ""), ("Serious deviation", "")])
    for row, fill in zip(legend.rows[1:], ("92D050", "FFC000", "FF0000"), strict=True):
        _shade(row.cells[1], fill)
    d.add_paragraph("")
    status = table(
        d,
        [
            ("Area", "Status", "Comment"),
            ("Schedule", "", ""),
            ("Costs", "", ""),
            ("Staff", "\u00a0", "one nurse on leave"),
            ("Risks", "", "the van's winter tyres"),
        ],
    )
    for cell in status.rows[0].cells:
        _shade(cell, "D9D9D9")
    for row, fill in zip(status.rows[1:], ("92D050", "92D050", "FFC000", "FF0000"), strict=True):
        _shade(row.cells[1], fill)
    bold(d, "Costs from the start to 31 May 2025 (EUR)")
    table(
        d,
        [
            ("Cost type", "Budget", "Actual", "Forecast"),
            ("Staff costs", "188,000", "104,350", "186,000"),
            ("Van lease and fuel", "42,000", "19,800", "42,000"),
            ("Memory test licences", "16,000", "16,000", "16,000"),
            ("Total", "246,000", "140,150", "244,000"),
        ],
    )
    bold(d, "Objectives")
    goals = table(
        d,
        [
            ("Objective", "Status"),
            ("A memory nurse visits each of the four municipalities every week", "Completed"),
            ("Waiting time for a memory assessment under six weeks", "Partly completed (eight weeks)"),
            ("Assessments recorded straight into the Kanta services", "Moved to 2026"),
        ],
    )
    _shade(goals.rows[1].cells[1], "92D050")
    d.add_paragraph(
        "The Alzheimer Society of Finland trains the memory nurses; HAMK evaluates the clinic. Clients book "
        "through Omaolo."
    )
    _save(d, "i31_kantahame_en_status_shaded_cells_2025.docx")


def _coloured_run(paragraph, text: str, colour: str, theme: str | None = None) -> None:
    """A run in a font colour of its own, optionally also given as a theme colour (as Word writes it)."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    run = paragraph.add_run(text)
    colour_element = OxmlElement("w:color")
    colour_element.set(qn("w:val"), colour)
    if theme:
        colour_element.set(qn("w:themeColor"), theme)
    run._r.get_or_add_rPr().append(colour_element)


def i32_etelapohjanmaa_muistio_symbolit() -> None:
    """A Finnish Word memo whose lights are lone symbols (◆ ▲ ●) in theme and hex font colours after the
    dimension words, outside any table; the team list's bullets in the brand green are no lights."""
    d = docx_document("Etelä-Pohjanmaan hyvinvointialue", dt.datetime(2024, 11, 28, 12, 0, 0))
    d.add_heading("Ohjausryhmän muistio 28.11.2024 – Nuorten päihdetyön jalkautuva tiimi", level=1)
    d.add_paragraph(
        "Etelä-Pohjanmaan hyvinvointialue. Hankeaika 1.1.2024–31.12.2025. Kunnat: Seinäjoki, Alajärvi, Lapua ja "
        "Kuortane. Sosiaali- ja terveysministeriö myönsi 410 000 euroa Suomen kestävän kasvun ohjelmasta."
    )
    bold(d, "Tiimi")
    for person in (
        "Aino Laine, projektipäällikkö",
        "Eero Mäkelä, nuorisotyöntekijä",
        "Sanna Hautala, sairaanhoitaja",
    ):
        p = d.add_paragraph()
        _coloured_run(p, "● ", "00B050", "accent6")
        p.add_run(person)
    bold(d, "Tilanne")
    d.add_paragraph(
        "Merkkien värit: vihreä = suunnitelman mukaan, keltainen = lievä poikkeama, punainen = vakava poikkeama."
    )
    for label, symbol, colour, theme in (
        ("Aikataulu", "◆", "00B050", "accent6"),
        ("Kustannukset", "◆", "00B050", "accent6"),
        ("Henkilöstö", "▲", "FFC000", None),
        ("Riskit", "●", "C00000", None),
        ("Hyödyt", "◆", "00B050", "accent6"),
    ):
        p = d.add_paragraph(label + "  ")
        _coloured_run(p, symbol, colour, theme)
    bold(d, "Kustannukset 1–10/2024")
    table(
        d,
        [
            ("Kululaji", "Budjetti 2024", "Toteuma 1–10/2024"),
            ("Henkilöstökulut", "176 000", "139 420"),
            ("Matkakulut", "14 000", "11 380"),
            ("Viestintä", "10 000", "3 150"),
            ("Yhteensä", "200 000", "153 950"),
        ],
    )
    bold(d, "Tavoitteet")
    d.add_paragraph("Nuorisoasemilla päihdetyöntekijä kerran viikossa – toteutunut")
    d.add_paragraph(
        "Koulujen vanhempainilloissa päihdeinfo kaikissa neljässä kunnassa – osittain, Kuortane kesken"
    )
    d.add_paragraph("Nuorten oma chat-kanava – siirtyy vuoteen 2025")
    d.add_paragraph(
        "SeAMK arvioi tiimin toimintaa. EHYT ry kouluttaa vertaisnuoret. Nuorten ajanvaraus toimii Omaolon kautta."
    )
    _save(d, "i32_etelapohjanmaa_muistio_varilliset_symbolit_2024.docx")


def i34_keskisuomi_hankesuunnitelma() -> None:
    """An RRF plan of 2022 in Word tables: each investment's estimate by year with a row of person-years
    (htv, no euros) inside the table, and a risk table of likelihood and impact words."""
    d = docx_document("Keski-Suomen hyvinvointialue", dt.datetime(2022, 10, 14, 14, 0, 0))
    d.add_heading("HANKESUUNNITELMA – Suomen kestävän kasvun ohjelma, pilari 4", level=1)
    table(
        d,
        [
            ("Kohta", "Sisältö"),
            ("Hankkeen nimi", "Hoitoon ajoissa Keski-Suomessa"),
            ("Hakija", "Keski-Suomen hyvinvointialue (valmisteluvaiheessa Jyväskylän kaupunki)"),
            ("Hankeaika", "1.10.2022–31.12.2025"),
            ("Kunnat", "Jyväskylä, Jämsä, Äänekoski, Saarijärvi, Keuruu"),
            ("Kokonaiskustannusarvio", "1 500 000 €"),
            ("Haettava valtionavustus", "1 500 000 €"),
            ("Päiväys", "14.10.2022"),
        ],
    )
    bold(d, "Investointi 2: Asiakasohjauksen digitalisointi")
    d.add_paragraph("Kustannusarvio vuosittain (euroa, alv 0 %) ja henkilötyövuodet")
    table(
        d,
        [
            ("Kustannuslaji", "2022", "2023", "2024", "2025", "Yhteensä"),
            ("Henkilöstökulut", "60 000", "180 000", "180 000", "90 000", "510 000"),
            ("Ostopalvelut", "20 000", "90 000", "60 000", "10 000", "180 000"),
            ("Ohjelmistot", "0", "70 000", "30 000", "10 000", "110 000"),
            ("Yhteensä", "80 000", "340 000", "270 000", "110 000", "800 000"),
            ("Henkilötyövuodet (htv)", "1,0", "3,0", "3,0", "1,5", "8,5"),
        ],
    )
    bold(d, "Investointi 4: Hoitojonojen purku")
    d.add_paragraph("Kustannusarvio vuosittain (euroa, alv 0 %) ja henkilötyövuodet")
    table(
        d,
        [
            ("Kustannuslaji", "2022", "2023", "2024", "2025", "Yhteensä"),
            ("Henkilöstökulut", "40 000", "150 000", "150 000", "60 000", "400 000"),
            ("Ostopalvelut (palvelusetelit)", "0", "120 000", "120 000", "40 000", "280 000"),
            ("Matkakulut", "2 000", "6 000", "6 000", "6 000", "20 000"),
            ("Yhteensä", "42 000", "276 000", "276 000", "106 000", "700 000"),
            ("Henkilötyövuodet (htv)", "1,0", "3,0", "3,0", "1,0", "8,0"),
        ],
    )
    bold(d, "Tavoitteet")
    d.add_paragraph(
        "Investointi 2: Kaksi kolmesta yhteydenotosta ohjataan oikeaan palveluun ensimmäisellä kerralla."
    )
    d.add_paragraph("Investointi 2: Asiakasohjaus vastaa sähköiseen yhteydenottoon saman päivän aikana.")
    d.add_paragraph(
        "Investointi 4: Kiireettömän hoidon jonot lyhenevät alle kolmeen kuukauteen vuoden 2024 loppuun mennessä."
    )
    bold(d, "Riskit")
    table(
        d,
        [
            ("Riski", "Todennäköisyys", "Vaikutus"),
            ("Asiakasohjauksen järjestelmähankinta viivästyy", "keskisuuri", "suuri"),
            ("Palvelusetelituottajia ei löydy Keuruulle", "pieni", "keskisuuri"),
        ],
    )
    d.add_paragraph(
        "Asiakasohjaus rakennetaan Omaolon ja Palvelutietovarannon varaan. Jyväskylän ammattikorkeakoulu arvioi "
        "investointien vaikutukset."
    )
    _save(d, "i34_keskisuomi_hankesuunnitelma_htv_rivit_2022.docx")


I35_NAME = "Lahti Lifelines"
#: An English slide deck saved as PDF: a dashboard slide of four tiles (the area's name over its word), a bar
#: chart's data labels in thousands with a "k" suffix as the only cost figures, goals as a slide of ticks.
I35 = [
    [
        "!Lahti Lifelines",
        "Suicide prevention in Päijät-Häme – steering group, 15 January 2025",
        "",
        "Päijät-Häme wellbeing services county",
        "Project 1 June 2023 – 31 May 2025 · Lahti, Hollola, Orimattila, Kärkölä",
        "EUR 640,000 granted by the Ministry of Social Affairs and Health",
        "(National Mental Health Strategy and Programme for Suicide Prevention)",
    ],
    [
        "!Dashboard, December 2024",
        "#SCHEDULE|COSTS|PEOPLE",
        "#Steady|Steady|Strained",
        "#RISKS|BENEFITS|",
        "#Strained|Steady|",
        "",
        "Steady = as planned. Strained = off plan, the board should follow it.",
        "The crisis line nurse rota has two gaps every week since November.",
    ],
    [
        "!Spend against budget 2024 (EUR, data labels of the chart)",
        "#Staff|Budget 212k|Actual 198k",
        "#Crisis line (purchased)|Budget 96k|Actual 101k",
        "#Training materials|Budget 30k|Actual 18k",
        "#All|Budget 338k|Actual 317k",
        "",
        "Chart: bars per cost type, budget in grey, actual in blue; labels rounded to thousands.",
    ],
    [
        "!Goals",
        "v  Crisis line open every night of the year – done",
        "~  Every school in the four municipalities trained in recognising suicide risk – partly (19 of 27)",
        ">  Follow-up call within 24 hours after an emergency visit – moved to 2025",
        "",
        "Key: v done · ~ partly · > moved",
        "",
        "Partners: MIELI Mental Health Finland runs the crisis line; LAB University of Applied Sciences trains",
        "the school staff. The follow-up calls will use Mielenterveystalo self-care programmes.",
    ],
]


def i40_aland_styrgruppsprotokoll() -> None:
    """A Swedish Word protocol from Åland whose facts stand in tables: lights as ☒ in one of three columns,
    a cost table with an account column and a total row whose label cell spans two columns, a goal table."""
    d = docx_document("Kommunernas socialtjänst", dt.datetime(2024, 9, 30, 13, 0, 0))
    d.add_heading("Styrgruppens protokoll 3/2024 – Äldreomsorg i hemmet Åland", level=1)
    table(
        d,
        [
            ("Uppgift", "Innehåll"),
            ("Projekt", "Äldreomsorg i hemmet Åland"),
            ("Huvudman", "Kommunernas socialtjänst k.f."),
            ("Finansiär", "Ålands landskapsregering, 360 000 euro"),
            ("Projekttid", "1.1.2024–31.12.2025"),
            ("Kommuner", "Mariehamn, Jomala, Finström och Saltvik"),
            ("Mötesdatum", "30.9.2024"),
        ],
    )
    bold(d, "§ 4 Läget per område")
    table(
        d,
        [
            ("Område", "Enligt plan", "Mindre avvikelse", "Allvarlig avvikelse"),
            ("Tidtabell", "☒", "☐", "☐"),
            ("Kostnader", "☐", "☒", "☐"),
            ("Personal", "☒", "☐", "☐"),
            ("Risker", "☒", "☐", "☐"),
            ("Nytta", "☐", "☐", "☒"),
        ],
    )
    d.add_paragraph("Nyttan syns ännu inte: hemtjänstbesöken har inte minskat i Saltvik och Finström.")
    bold(d, "§ 5 Kostnader 1.1–31.8.2024 (euro)")
    grid = table(
        d,
        [
            ("Konto", "Kostnadsslag", "Budget 2024", "Utfall 2024"),
            ("4000", "Personalkostnader", "128 000", "81 450"),
            ("4300", "Köpta tjänster", "30 000", "26 880"),
            ("4500", "Resor", "12 000", "7 340"),
            ("", "", "170 000", "115 670"),
        ],
    )
    merged = grid.rows[4].cells[0].merge(grid.rows[4].cells[1])
    merged.text = "Totalt"
    bold(d, "§ 6 Mål")
    table(
        d,
        [
            ("Mål", "Uppfyllt?"),
            ("Alla nya hemtjänstklienter får ett rehabiliterande hembesök", "Ja"),
            ("Hemtjänsten använder samma dokumentation i fyra kommuner", "Delvis"),
            ("Nattpatrull för Jomala och Finström", "Nej"),
            ("Distansbesök via surfplatta", "Senare (2025)"),
        ],
    )
    d.add_paragraph(
        "Högskolan på Åland utvärderar projektet. Röda Korset på Åland ordnar frivilliga besöksvänner."
    )
    _save(d, "i40_aland_sv_styrgruppsprotokoll_kryssrutor_2024.docx")


def i45_satakunta_vuosikatsaus() -> None:
    """A Finnish Word review whose cost cells each hold two paragraphs, the budget over the actual (the
    header says so), one column a year; lights as the size of the deviation; goals in a numbered list style."""
    d = docx_document("Satakunnan hyvinvointialue", dt.datetime(2025, 9, 15, 8, 30, 0))
    d.add_heading("Vuosikatsaus: Satakunnan kotikuntoutuksen vahvistaminen", level=1)
    d.add_paragraph(
        "Satakunnan hyvinvointialue · katsaus 15.9.2025 · hankeaika 1.1.2024–31.12.2025 · Pori, Rauma, Huittinen "
        "ja Kankaanpää · sosiaali- ja terveysministeriön avustus 690 000 euroa (Suomen kestävän kasvun ohjelma)"
    )
    bold(d, "Poikkeamat")
    table(
        d,
        [
            ("Osa-alue", "Poikkeaman suuruus"),
            ("Aikataulu", "ei poikkeamaa"),
            ("Kustannukset", "pieni"),
            ("Henkilöstö", "ei poikkeamaa"),
            ("Riskit", "suuri"),
            ("Hyödyt", "ei poikkeamaa"),
        ],
    )
    d.add_paragraph("Vain ”ei poikkeamaa” on suunnitelman mukainen; pieni ja suuri ovat poikkeamia.")
    bold(d, "Kustannukset (euroa)")
    d.add_paragraph("Jokaisessa solussa ylempi luku on budjetti ja alempi toteuma.")
    grid = table(
        d,
        [
            ("Kululaji", "2024", "2025 (1–8)"),
            ("Henkilöstökulut", "", ""),
            ("Ostopalvelut", "", ""),
            ("Apuvälineet", "", ""),
            ("Yhteensä", "", ""),
        ],
    )
    pairs = [
        (("240 000", "233 150"), ("250 000", "161 900")),
        (("60 000", "48 300"), ("70 000", "52 480")),
        (("30 000", "31 250"), ("40 000", "12 600")),
        (("330 000", "312 700"), ("360 000", "226 980")),
    ]
    for row, cells in zip(grid.rows[1:], pairs, strict=True):
        for cell, (budget, actual) in zip(row.cells[1:], cells, strict=True):
            cell.paragraphs[0].text = budget
            cell.add_paragraph(actual)
    bold(d, "Tavoitteet")
    for text in (
        "Kotikuntoutus alkaa kolmen päivän kuluessa kotiutuksesta – toteutunut",
        "Kotikuntoutuksen asiakkaista 70 % asuu kotona puolen vuoden päästä – osittain (63 %)",
        "Etäkuntoutus Huittisissa ja Kankaanpäässä – kesken",
        "Kotikuntoutuksen yhteinen kirjaus Kantaan – siirtyy vuodelle 2026",
    ):
        d.add_paragraph(text, style="List Number")
    d.add_paragraph("Satakunnan ammattikorkeakoulu arvioi kotikuntoutuksen vaikuttavuutta.")
    _save(d, "i45_satakunta_vuosikatsaus_pinotut_solut_2025.docx")


def i57_pohjanmaa_slutrapport_forsta_rad() -> None:
    """A Swedish Word final report that opens with a table whose first row is the kind and the project's
    name ("Slutrapport | Seniorgym i Jakobstad"); no heading names the project."""
    d = docx_document("Välfärdsområdet i Österbotten", dt.datetime(2025, 4, 2, 10, 0, 0))
    table(
        d,
        [
            ("Slutrapport", "Seniorgym i Jakobstad"),
            ("Välfärdsområde", "Välfärdsområdet i Österbotten"),
            ("Kommuner", "Jakobstad, Pedersöre och Nykarleby"),
            ("Projekttid", "1.3.2023–28.2.2025"),
            (
                "Finansiering",
                "Social- och hälsovårdsministeriet, 300 000 euro (Framtidens social- och hälsocentral)",
            ),
            ("Datum", "2.4.2025"),
        ],
    )
    bold(d, "Läget vid projektets slut")
    d.add_paragraph("Grön = enligt plan, gul = mindre avvikelse, röd = allvarlig avvikelse.")
    table(
        d,
        [
            ("Område", "Bedömning"),
            ("Tidtabell", "grön"),
            ("Kostnader", "grön"),
            ("Personal", "gul"),
            ("Nytta", "grön"),
        ],
    )
    bold(d, "Kostnader för hela projekttiden (euro)")
    table(
        d,
        [
            ("Kostnadsslag", "Budget", "Utfall"),
            ("Personalkostnader", "198 000", "192 450"),
            ("Material och tillbehör", "60 000", "58 900"),
            ("Lokalhyra", "42 000", "36 650"),
            ("Totalt", "300 000", "288 000"),
        ],
    )
    d.add_paragraph("Den oanvända delen av understödet, 12 000 euro, betalas tillbaka till ministeriet.")
    bold(d, "Mål")
    table(
        d,
        [
            ("Mål", "Resultat"),
            ("200 seniorer tränar regelbundet i seniorgymmen", "uppnått (236)"),
            ("Ett seniorgym i varje kommun", "delvis uppnått, inte i Nykarleby"),
            ("Fysioterapeutens bedömning via video för hemmaboende", "inte uppnått"),
        ],
    )
    d.add_paragraph("Yrkeshögskolan Novia utbildade gymvärdarna. Pedersöre kommun hyrde ut lokalen i Bennäs.")
    _save(d, "i57_pohjanmaa_sv_slutrapport_forsta_raden_2025.docx")


I61_NAME = "Sujuvat palvelupolut Etelä-Karjalassa"
#: A Finnish slide deck saved as PDF: one slide per part ("Palvelupolku N: …") whose lights are capitalised colour
#: words with a trend word beside them (the trend is no light), budget use as "käytetty / budjetti (osuus)".
I61 = [
    [
        "!Sujuvat palvelupolut Etelä-Karjalassa",
        "Ohjausryhmä 9.9.2025 · Etelä-Karjalan hyvinvointialue",
        "Hanke 1.1.2025–31.12.2026 · Lappeenranta, Imatra, Parikkala, Savitaipale",
        "Rahoitus: sosiaali- ja terveysministeriö 640 000 € (Tulevaisuuden sosiaali- ja terveyskeskus -ohjelma)",
        "Hankkeessa kaksi palvelupolkua: Palvelupolku 1: Diabeetikon vuosikontrolli ja Palvelupolku 2: Muistipolku",
    ],
    [
        "!Palvelupolku 1: Diabeetikon vuosikontrolli",
        "#Osa-alue|Tila|Suunta",
        "#Aikataulu|VIHREÄ|ennallaan",
        "#Kustannukset|VIHREÄ|paranee",
        "#Henkilöstö|KELTAINEN|heikkenee",
        "Budjetin käyttö 31.8.2025: 188 400 € / 300 000 € (63 %)",
        "Tavoite: vuosikontrolli yhdellä käynnillä kaikille tyypin 2 diabeetikoille – osittain (Imatra puuttuu)",
    ],
    [
        "!Palvelupolku 2: Muistipolku",
        "#Osa-alue|Tila|Suunta",
        "#Aikataulu|PUNAINEN|heikkenee",
        "#Kustannukset|VIHREÄ|ennallaan",
        "#Henkilöstö|VIHREÄ|paranee",
        "Budjetin käyttö 31.8.2025: 121 900 € / 340 000 € (36 %)",
        "Tavoite: muistitutkimukset alkavat kuukauden sisällä lähetteestä – kesken",
        "Tavoite: muistihoitajan etävastaanotto Parikkalaan – siirtyy vuoteen 2026",
    ],
    [
        "!Tilan selitys",
        "VIHREÄ = suunnitelman mukaan · KELTAINEN = lievä poikkeama · PUNAINEN = vakava poikkeama",
        "Suunta kertoo muutoksen edelliseen raporttiin, ei tilaa.",
        "",
        "Kumppanit: LAB-ammattikorkeakoulu arvioi palvelupolut; Diabetesliitto kouluttaa hoitajat;",
        "muistitutkimusten ajanvaraus Omaolossa.",
    ],
]


def i62_pohjoiskarjala_muistio_sisakkaiset() -> None:
    """A Word memo built in the template's layout table: the lights table and the cost table sit inside cells
    of an outer table (nested tables)."""
    d = docx_document("Pohjois-Karjalan hyvinvointialue", dt.datetime(2024, 5, 22, 15, 0, 0))
    d.add_heading("Ohjausryhmän muistio 22.5.2024", level=1)
    d.add_paragraph(
        "Hanke: Ikäihmisten ravitsemus kotona. Pohjois-Karjalan hyvinvointialue (Siun sote), hankeaika "
        "1.9.2023–31.8.2025, kunnat Joensuu, Kitee, Ilomantsi ja Tohmajärvi. STM:n avustus 380 000 euroa "
        "(Suomen kestävän kasvun ohjelma)."
    )
    outer = d.add_table(rows=2, cols=2)
    outer.style = "Table Grid"
    outer.rows[0].cells[0].text = "Tilanne osa-alueittain"
    outer.rows[0].cells[1].text = "Kustannukset 1.9.2023–30.4.2024 (euroa)"
    lights = outer.rows[1].cells[0].add_table(rows=0, cols=2)
    for label, value in (
        ("Aikataulu", "vihreä"),
        ("Kustannukset", "vihreä"),
        ("Henkilöstö", "keltainen"),
        ("Hyödyt", "punainen"),
    ):
        cells = lights.add_row().cells
        cells[0].text = label
        cells[1].text = value
    outer.rows[1].cells[0].add_paragraph("vihreä = suunnitelman mukaan; keltainen ja punainen = poikkeama")
    costs = outer.rows[1].cells[1].add_table(rows=0, cols=3)
    for row in (
        ("Kululaji", "Budjetti", "Toteuma"),
        ("Henkilöstökulut", "96 000", "81 230"),
        ("Ruokakuljetukset (ostopalvelu)", "40 000", "44 650"),
        ("Matkakulut", "8 000", "5 210"),
        ("Yhteensä", "144 000", "131 090"),
    ):
        cells = costs.add_row().cells
        for cell, text in zip(cells, row, strict=True):
            cell.text = text
    bold(d, "Tavoitteet")
    d.add_paragraph("1. Jokaisen kotihoidon asiakkaan ravitsemustila arvioidaan – toteutunut")
    d.add_paragraph("2. Vajaaravittujen osuus laskee kolmannekseen – ei toteutunut, osuus ennallaan")
    d.add_paragraph("3. Ruokakuljetus Ilomantsin kyliin – kesken")
    d.add_paragraph(
        "Karelia-ammattikorkeakoulun ravitsemusopiskelijat tekevät arviot. Martat kouluttavat omaisia."
    )
    _save(d, "i62_pohjoiskarjala_muistio_sisakkaiset_taulukot_2024.docx")


def _run_shaded(paragraph, text: str, fill: str) -> None:
    """A run whose own background is shaded (run shading, w:rPr/w:shd, not a highlight)."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    run = paragraph.add_run(text)
    shading = OxmlElement("w:shd")
    shading.set(qn("w:val"), "clear")
    shading.set(qn("w:color"), "auto")
    shading.set(qn("w:fill"), fill)
    run._r.get_or_add_rPr().append(shading)


def i87_paijathame_ajokortti_solut() -> None:
    """A Finnish Word report whose lights are the run shading of the dimension phrases in a table's cells (one
    phrase of five words), keyed by shaded legend phrases; no colour word in the text."""
    d = docx_document("Päijät-Hämeen hyvinvointialue", dt.datetime(2025, 5, 12, 9, 0, 0))
    d.add_heading("Tilannekatsaus 4/2025: Omaishoitajan tukipiste Heinolassa", level=1)
    d.add_paragraph(
        "Päijät-Hämeen hyvinvointialue · 12.5.2025 · hankeaika 1.1.2025–31.12.2026 · Heinola, Sysmä ja Hartola · "
        "STM:n avustus 240 000 euroa (Tulevaisuuden sosiaali- ja terveyskeskus -ohjelma)"
    )
    legend = d.add_paragraph("Värien selitys: ")
    _run_shaded(legend, "suunnitelman mukaan", "92D050")
    legend.add_run("  ")
    _run_shaded(legend, "lievä poikkeama", "FFC000")
    legend.add_run("  ")
    _run_shaded(legend, "vakava poikkeama", "FF0000")
    grid = d.add_table(rows=1, cols=3)
    grid.style = "Table Grid"
    phrases = (
        ("Aikataulu", "92D050"),
        ("Kustannukset pysyvät hyväksytyssä budjetissa kokonaisuutena", "92D050"),
        ("Henkilöstö", "FFC000"),
        ("Riskit", "92D050"),
        ("Hyödyt", "FF0000"),
        ("", ""),
    )
    cells = [grid.rows[0].cells[i] for i in range(3)] + list(grid.add_row().cells)
    for cell, (text, fill) in zip(cells, phrases, strict=True):
        if text:
            _run_shaded(cell.paragraphs[0], text, fill)
    bold(d, "Kustannukset 1–4/2025 (euroa)")
    table(
        d,
        [
            ("Kululaji", "Budjetti 2025", "Toteuma 1–4/2025"),
            ("Henkilöstökulut", "84 000", "27 310"),
            ("Tilavuokra", "12 000", "4 000"),
            ("Viestintä", "4 000", "1 260"),
            ("Yhteensä", "100 000", "32 570"),
        ],
    )
    bold(d, "Tavoitteet")
    d.add_paragraph("Tukipiste auki kolmena päivänä viikossa – toteutunut")
    d.add_paragraph("Omaishoitajan vapaapäivät varattavissa tukipisteestä – osittain")
    d.add_paragraph("Tukipisteen etäpalvelu Sysmään ja Hartolaan – kesken")
    d.add_paragraph("LAB-ammattikorkeakoulu arvioi tukipisteen toiminnan.")
    _save(d, "i87_paijathame_katsaus_solujen_ajovarjostus_2025.docx")


def i88_keskipohjanmaa_painted_bullets() -> None:
    """An English Word update whose lights are dimension phrases in font colours in a bullet list under a
    legend of coloured phrases; the contacts' names in green and the deadlines in red are no lights."""
    d = docx_document("Central Ostrobothnia wellbeing services county", dt.datetime(2024, 11, 4, 11, 0, 0))
    d.add_heading("Update for the board: Kokkola Home Dialysis", level=1)
    d.add_paragraph(
        "Central Ostrobothnia wellbeing services county (Soite) · 4 November 2024 · project 1 March 2024 – "
        "28 February 2026 · Kokkola and Kruunupyy · EUR 450,000 granted by the Ministry of Social Affairs and "
        "Health (Sustainable Growth Programme for Finland)"
    )
    key = d.add_paragraph("Key: ")
    _coloured_run(key, "as planned", "00B050")
    key.add_run(" · ")
    _coloured_run(key, "minor deviation", "FFC000")
    key.add_run(" · ")
    _coloured_run(key, "serious deviation", "FF0000")
    for text, colour in (
        ("Schedule", "00B050"),
        ("Costs", "FFC000"),
        ("Staffing", "00B050"),
        ("Risks", "FF0000"),
    ):
        _coloured_run(d.add_paragraph(style="List Bullet"), text, colour)
    bold(d, "Contacts and deadlines")
    p = d.add_paragraph("Project manager ")
    _coloured_run(p, "Anna Forsman", "00B050")
    p.add_run(", nurse lead ")
    _coloured_run(p, "Jussi Kangas", "00B050")
    p.add_run(". Board papers due ")
    _coloured_run(p, "15 November", "FF0000")
    p.add_run(", training report due ")
    _coloured_run(p, "1 December", "FF0000")
    p.add_run(".")
    bold(d, "Costs 2024 (EUR)")
    table(
        d,
        [
            ("Cost type", "Budget 2024", "Actual Jan–Oct"),
            ("Staff costs", "120,000", "88,400"),
            ("Dialysis supplies", "60,000", "50,000"),
            ("Travel", "10,000", "7,930"),
            ("Total", "190,000", "146,330"),
        ],
    )
    bold(d, "Objectives")
    d.add_paragraph("Twelve patients dialyse at home – achieved (14)")
    d.add_paragraph("Remote monitoring of every home dialysis – partly achieved")
    d.add_paragraph("Home dialysis in Kruunupyy – postponed to 2025")
    d.add_paragraph(
        "Centria University of Applied Sciences trains the nurses. Treatment data goes to the Kanta services."
    )
    _save(d, "i88_keskipohjanmaa_en_update_painted_bullets_2024.docx")


#: An English plan printed to PDF whose head block is owner / name / kind / period on consecutive lines; its parts'
#: estimate tables stand under lower-case lines naming the part again ("Work package 1: cost estimate by year").
I103 = [
    [
        "North Karelia wellbeing services county",
        "Joensuu Rehab Bridge",
        "Project plan",
        "1 March 2025 – 28 February 2027",
        "",
        "The project will bring rehabilitation home for patients leaving the hospital in Joensuu, Liperi and Outokumpu.",
        "It has two work packages: Work package 1: Early home rehabilitation and Work package 2: Rehabilitation by video.",
        "We apply for EUR 420,000 from the Ministry of Social Affairs and Health (Future Health and Social Services",
        "Centres programme); the total cost estimate is EUR 420,000.",
        "",
        "!1 Objectives",
        "Work package 1: Rehabilitation starts at home within two days of discharge.",
        "Work package 2: A third of the follow-up sessions take place by video.",
        "",
        "!2 How the project is run",
        "Karelia University of Applied Sciences evaluates both work packages; video sessions run on Omaolo.",
    ],
    [
        "!3 Costs",
        "Work package 1: cost estimate by year (EUR)",
        "#Cost type|2025|2026|2027|Total",
        "#Staff costs|80,000|110,000|20,000|210,000",
        "#Travel|6,000|8,000|1,000|15,000",
        "#Total|86,000|118,000|21,000|225,000",
        "",
        "Work package 2: cost estimate by year (EUR)",
        "#Cost type|2025|2026|2027|Total",
        "#Staff costs|50,000|70,000|15,000|135,000",
        "#Video equipment|40,000|15,000|5,000|60,000",
        "#Total|90,000|85,000|20,000|195,000",
    ],
]


def main() -> None:
    _pdf(
        "i02_lansiuusimaa_sv_styrgruppsbilder_2025.pdf",
        I02,
        [40, 230, 330],
        header=lambda n, total: [(40, I02_NAME), (480, f"Bild {n} / {total}")],
        footer=lambda n, total: [(40, "Välfärdsområdet Västra Nyland · styrgruppen 4.3.2025")],
    )
    i03_pirkanmaa_loppuraportti()
    i09_keskisuomi_highlight()
    i19_keskiuusimaa_vuosiraportti()
    i31_kantahame_status_shaded_cells()
    i32_etelapohjanmaa_muistio_symbolit()
    i34_keskisuomi_hankesuunnitelma()
    i40_aland_styrgruppsprotokoll()
    i45_satakunta_vuosikatsaus()
    i57_pohjanmaa_slutrapport_forsta_rad()
    i62_pohjoiskarjala_muistio_sisakkaiset()
    i87_paijathame_ajokortti_solut()
    i88_keskipohjanmaa_painted_bullets()
    _pdf(
        "i103_pohjoiskarjala_en_plan_head_block_part_lines_2025.pdf",
        I103,
        [40, 200, 280, 360, 440],
        header=lambda n, total: [(480, f"{n} ({total})")],
        footer=lambda n, total: [(40, "Project plan · 14 February 2025")],
    )
    _pdf(
        "i61_etelakarjala_ohjausryhma_diat_suuntasanat_2025.pdf",
        I61,
        [40, 200, 330],
        header=lambda n, total: [(40, I61_NAME), (500, f"Dia {n} / {total}")],
        footer=lambda n, total: [(40, "Etelä-Karjalan hyvinvointialue")],
    )
    _pdf(
        "i35_paijathame_en_steering_slides_k_labels_2025.pdf",
        I35,
        [40, 220, 400],
        header=lambda n, total: [(40, I35_NAME), (500, f"Slide {n}")],
        footer=lambda n, total: [(40, "Päijät-Häme wellbeing services county · steering group 15.1.2025")],
    )
    _pdf(
        "i29_pohjoispohjanmaa_en_annual_report_hyphenated_2025.pdf",
        I29,
        [40, 260, 360],
        header=lambda n, total: [(40, I29_NAME), (480, f"{n}/{total}")],
        footer=lambda n, total: [(40, "North Ostrobothnia wellbeing services county")],
    )
    _pdf(
        "i16_kymenlaakso_loppuraportti_vuosiryhmat_2025.pdf",
        I16,
        [40, 260, 360],
        header=lambda n, total: [(40, "Kymenlaakson hyvinvointialue"), (400, I16_NAME)],
        footer=lambda n, total: [(40, "Loppuraportti 27.2.2025"), (500, f"Sivu {n} ({total})")],
    )


if __name__ == "__main__":
    main()
