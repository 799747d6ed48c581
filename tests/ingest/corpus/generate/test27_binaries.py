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
    _pdf(
        "i16_kymenlaakso_loppuraportti_vuosiryhmat_2025.pdf",
        I16,
        [40, 260, 360],
        header=lambda n, total: [(40, "Kymenlaakson hyvinvointialue"), (400, I16_NAME)],
        footer=lambda n, total: [(40, "Loppuraportti 27.2.2025"), (500, f"Sivu {n} ({total})")],
    )


if __name__ == "__main__":
    main()
