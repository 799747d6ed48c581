"""Write the probe set test21's PDF and DOCX documents (invented text, see ../README.md).

test21/ was written blind in stop 35 by helper W18, who read the commit messages of the stop's
ingest rules (the class of form each claims to read) but no ingest code and no document of any set;
each document carries one claimed class in another wording, area, language or format than the
message's examples. Run with ``.venv/bin/python tests/ingest/corpus/generate/test21_binaries.py``;
the outputs are committed, so the script is needed only to change them. Two runs write the same
bytes: reportlab's invariant mode for the PDFs; fixed core properties and one fixed time stamp on
every zip entry for the DOCX files.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from binaries_common import Running, bold, docx_document, pdf, save, table

TEST21 = Path(__file__).resolve().parent.parent / "test21"
#: The time stamp of every zip entry of the DOCX files (a zip stores local time, no zone).
ZIP_TIME = (2026, 12, 5, 9, 0, 0)
_docx = docx_document
_table = table
_bold = bold


def _pdf(name: str, pages: list[list[str]], columns: list[int], header: Running, footer: Running) -> None:
    pdf(TEST21 / name, pages, columns, header, footer)


def _save(d, name: str) -> None:
    save(d, TEST21 / name, ZIP_TIME)


def p02_pohjanmaa_sv_lagesrapport() -> None:
    d = _docx("Närvård på distans", dt.datetime(2025, 3, 14, 9, 0, 0))
    d.add_heading("Närvård på distans – lägesrapport 1/2025", level=1)
    d.add_paragraph("Välfärdsområdet i Österbotten · 14.3.2025")
    d.add_paragraph(
        "Projektet Närvård på distans (1.1.2024–31.12.2026) ordnar läkarbesök, hemrehabilitering och "
        "fysioterapi för invånare i Närpes, Kristinestad och Korsholm via videosamtal. Projektet "
        "finansieras av social- och hälsovårdsministeriet. Yrkeshögskolan Novia utbildar personalen i "
        "distansrehabilitering och följer upp patienternas erfarenheter."
    )
    d.add_heading("Ekonomi", level=2)
    d.add_paragraph("Fördelning per år enligt projektplanen (euro)")
    _table(
        d,
        [
            ("Kostnadsslag", "2024", "2025", "2026", "Totalt"),
            ("Personalkostnader", "210 000", "240 000", "180 000", "630 000"),
            ("Köp av tjänster", "60 000", "85 000", "40 000", "185 000"),
            ("Resekostnader", "8 000", "8 000", "6 000", "22 000"),
            ("Totalt", "278 000", "333 000", "226 000", "837 000"),
        ],
    )
    d.add_paragraph("")
    d.add_paragraph("Prognos per kalenderår (euro)")
    _table(
        d,
        [
            ("Kostnadsslag", "2025", "2026"),
            ("Personalkostnader", "232 500", "176 000"),
            ("Köp av tjänster", "91 200", "44 000"),
            ("Resekostnader", "6 400", "5 000"),
            ("Totalt", "330 100", "225 000"),
        ],
    )
    d.add_paragraph(
        "Köpta tjänster blir dyrare än planerat eftersom videotolkningen upphandlades på nytt i februari."
    )
    _save(d, "p02_pohjanmaa_sv_lagesrapport_2025.docx")


# --- p07: Pohjois-Karjala, English Word report; cost lines with the budget in brackets under a
# cumulative caption, as a bulleted list ---


def p07_pohjois_karjala_en_report() -> None:
    d = _docx("Karelia Lifeline", dt.datetime(2024, 9, 20, 13, 0, 0))
    d.add_heading("Karelia Lifeline – report to the steering group", level=1)
    d.add_paragraph("Wellbeing Services County of North Karelia, 20 September 2024")
    d.add_paragraph(
        "Karelia Lifeline (1 February 2023 – 31 January 2026) builds a crisis phone and chat line for "
        "residents of Joensuu, Lieksa and Kitee. It is funded by the Ministry of Social Affairs and Health. "
        "Karelia University of Applied Sciences trains the volunteers who answer the chat in the evenings."
    )
    d.add_heading("Money", level=2)
    d.add_paragraph("Costs from the start of the project to 31 August 2024:")
    for line in (
        "Own staff costs: €188,450 (budget €402,000)",
        "Purchased services: €61,200 (budget €140,000)",
        "Communication services: €9,830 (budget €15,000)",
        "Travel expenses: €4,115 (budget €9,000)",
    ):
        d.add_paragraph(line, style="List Bullet")
    d.add_paragraph("The chat platform licence for 2025 has been ordered.")
    _save(d, "p07_pohjois_karjala_en_report_2024.docx")


# --- p11: Etelä-Karjala, English Word report; work packages opened by a sentence, each with its
# lights, then a heading naming the whole ---


def p11_etela_karjala_en_status() -> None:
    d = _docx("South Karelia Home Hospital", dt.datetime(2024, 12, 2, 10, 0, 0))
    d.add_heading("South Karelia Home Hospital – status in November 2024", level=1)
    d.add_paragraph(
        "South Karelia Home Hospital is a project of the Wellbeing Services County of South Karelia "
        "(1 March 2023 – 28 February 2026) in Lappeenranta, Imatra and Parikkala, funded by the Ministry of "
        "Social Affairs and Health. LAB University of Applied Sciences runs the simulation training of the "
        "home hospital nurses."
    )
    d.add_paragraph("Key: green = on track, amber = some deviation, red = serious deviation.")
    _bold(d, "Work package 1: Intravenous therapy at home reached Parikkala in October.")
    for line in ("Schedule – green", "Costs – green", "Staff – amber"):
        d.add_paragraph(line)
    _bold(d, "Work package 2: The remote monitoring of heart patients began with 40 patients in Imatra.")
    for line in ("Schedule – amber", "Costs – green", "Staff – green"):
        d.add_paragraph(line)
    d.add_paragraph("The monitoring devices came six weeks late.")
    d.add_heading("Where the project stands as a whole", level=2)
    for line in ("Schedule – green", "Costs – green", "Risks – amber", "Benefits – green"):
        d.add_paragraph(line)
    _save(d, "p11_etela_karjala_en_status_2024.docx")


# --- p12: Etelä-Savo, Finnish PDF; parts opened by a bold sentence, lights under each, then an
# unnamed dated caption line whose lights are the whole's ---

P12_NAME = "Etelä-Savon muistipolku"
P12 = [
    [
        "!Etelä-Savon muistipolku – puolivuotisraportti",
        "Etelä-Savon hyvinvointialue, 28.10.2024",
        "",
        "Etelä-Savon muistipolku (1.5.2023–30.4.2026) kehittää muistisairaiden ja heidän omaistensa",
        "palveluja Mikkelissä, Savonlinnassa ja Pieksämäellä. Hankkeen rahoittaa sosiaali- ja",
        "terveysministeriö. Xamk kouluttaa kotihoidon hoitajat muistikoordinaattoreiksi.",
        "",
        "Merkinnät: vihreä = suunnitelman mukaan, keltainen = lievä poikkeama, punainen = vakava poikkeama",
        "",
        "!Osakokonaisuus 1: Muistihoitajan etävastaanotto aloitti Mikkelissä helmikuussa.",
        "#Aikataulu|vihreä",
        "#Kustannukset|vihreä",
        "#Henkilöstö|vihreä",
        "",
        "!Osakokonaisuus 2: Omaishoitajien vertaisryhmät laajenivat Savonlinnaan ja Pieksämäelle.",
        "#Aikataulu|keltainen",
        "#Kustannukset|vihreä",
        "#Henkilöstö|punainen",
        "Pieksämäen ryhmänohjaajan tehtävä on ollut auki kesästä asti.",
        "",
        "Ohjausryhmän arvio 15.10.2024",
        "#Aikataulu|vihreä",
        "#Kustannukset|vihreä",
        "#Hyödyt|vihreä",
        "#Riskit|keltainen",
        "",
        "Seuraava raportti huhtikuussa 2025.",
    ]
]


# --- p19: Keski-Suomi, Finnish Word self-assessment; a column of dimensions in other words under a
# header whose value column is "Arvio" ---


def p19_keski_suomi_itsearviointi() -> None:
    d = _docx("Jyvässeudun perhekuntoutus", dt.datetime(2025, 5, 20, 12, 0, 0))
    d.add_heading("Jyvässeudun perhekuntoutus – hankkeen itsearviointi kevät 2025", level=1)
    d.add_paragraph("Keski-Suomen hyvinvointialue, 20.5.2025")
    d.add_paragraph(
        "Jyvässeudun perhekuntoutus (1.9.2024–31.8.2026) tarjoaa lapsiperheille kotiin tuotavaa "
        "kuntoutusta Jyväskylässä, Laukaassa ja Muuramessa. Hankkeen rahoittaa sosiaali- ja "
        "terveysministeriö. Jyväskylän ammattikorkeakoulu vastaa perhetyöntekijöiden täydennyskoulutuksesta."
    )
    d.add_paragraph(
        "Arvioasteikko: hyvä = suunnitelman mukaan, tyydyttävä = pieni poikkeama, heikko = suuri poikkeama."
    )
    _table(
        d,
        [
            ("Tarkasteltava asia", "Arvio", "Perustelu"),
            ("Eteneminen aikataulun mukaan", "hyvä", "Kaikki kolme tiimiä aloittivat ajallaan."),
            ("Rahan käyttö suhteessa budjettiin", "tyydyttävä", "Tulkkauskulut ovat arvioitua suuremmat."),
            ("Työntekijöiden riittävyys", "heikko", "Laukaan tiimistä puuttuu kaksi perhetyöntekijää."),
            ("Perheille syntyvä hyöty", "hyvä", "Perheiden palaute on ollut myönteistä."),
        ],
    )
    _save(d, "p19_keski_suomi_itsearviointi_2025.docx")


# --- p21: Pohjois-Savo, Finnish PDF questionnaire; yes/no questions asking after a shortfall, one of
# them long ---

P21_NAME = "Ylä-Savon mielenterveysklinikka"
P21 = [
    [
        "!Ylä-Savon mielenterveysklinikka – seurantakysely",
        "Pohjois-Savon hyvinvointialue, vastattu 3.4.2025",
        "",
        "Ylä-Savon mielenterveysklinikka (1.1.2024–31.12.2025) kokoaa Iisalmen, Kiuruveden ja Sonkajärven",
        "aikuisten mielenterveyspalvelut yhteen paikkaan. Hankkeen rahoittaa sosiaali- ja terveysministeriö.",
        "Savonia-ammattikorkeakoulu tekee klinikan asiakaskokemuksen mittaukset.",
        "",
        "!Kysymykset",
        "#Onko hankkeessa pulaa osaavista työntekijöistä?|Kyllä",
        "#Onko aikataulusta jääty jälkeen?|Ei",
        "#Onko budjetti riittämätön suunniteltuihin toimiin nähden?|Ei",
        "#Onko hankkeen toteutuksessa tunnistettu sellaisia riskejä, jotka voivat|Kyllä",
        "#vaarantaa hankkeen tavoitteiden saavuttamisen hankeaikana?|",
        "",
        "Lisätiedot: psykiatrin vakanssi on ollut täyttämättä tammikuusta, ja klinikan tilojen",
        "vuokrasopimus päättyy syksyllä.",
    ]
]


# --- p22: Keski-Uusimaa, Swedish Word follow-up; yes/no questions after shortfalls and overruns ---


def p22_keski_uusimaa_sv_uppfoljning() -> None:
    d = _docx("Hemrehabilitering i Mellersta Nyland", dt.datetime(2024, 11, 8, 9, 0, 0))
    d.add_heading("Hemrehabilitering i Mellersta Nyland – uppföljning hösten 2024", level=1)
    d.add_paragraph("Välfärdsområdet i Mellersta Nyland, 8.11.2024")
    d.add_paragraph(
        "Projektet Hemrehabilitering i Mellersta Nyland (1.3.2024–28.2.2026) ger rehabilitering i hemmet "
        "efter sjukhusvård i Träskända, Tusby och Nurmijärvi. Projektet finansieras av social- och "
        "hälsovårdsministeriet. Laurea yrkeshögskola utbildar hemvårdens personal i rehabiliterande arbetssätt."
    )
    d.add_heading("Frågor om läget", level=2)
    _table(
        d,
        [
            ("Fråga", "Svar"),
            ("Har projektet brist på personal?", "Ja"),
            ("Ligger arbetet efter tidtabellen?", "Nej"),
            ("Har kostnaderna överskridit budgeten?", "Nej"),
        ],
    )
    d.add_paragraph("Två fysioterapeuter har sagt upp sig under hösten.")
    _save(d, "p22_keski_uusimaa_sv_uppfoljning_2024.docx")


# --- p30: Keski-Pohjanmaa, English PDF; lights in prose lines broken mid-clause ---

P30_NAME = "Kokkola Region Home Care Robots"
P30 = [
    [
        "!Kokkola Region Home Care Robots - final report summary",
        "Central Ostrobothnia wellbeing services county, 30 April 2025",
        "",
        "Kokkola Region Home Care Robots (1 May 2023 - 30 April 2025) tried medicine robots and",
        "remote check-ins for home care clients in Kokkola, Kannus and Kaustinen. The project was funded",
        "by the Ministry of Social Affairs and Health. Centria University of Applied Sciences surveyed",
        "the clients and their relatives for the project.",
        "",
        "!Summary",
        "The project kept to its schedule from the first month to the last and the staffing was sufficient",
        "throughout, but the costs exceeded the budget, because the robot supplier raised its",
        "monthly fee twice. The benefits for the clients fell short of the plan: only 61 of the 120",
        "clients planned used the robot daily.",
    ]
]


# --- p35: Satakunta, English Word plan follow-up; an indicator table whose target column is named by
# a goal word and a year, a goal of less, no goal column ---


def p35_satakunta_en_follow_up() -> None:
    d = _docx("Satakunta Substance Abuse Outreach", dt.datetime(2025, 8, 29, 10, 0, 0))
    d.add_heading("Satakunta Substance Abuse Outreach – indicators, August 2025", level=1)
    d.add_paragraph("Wellbeing Services County of Satakunta, 29 August 2025")
    d.add_paragraph(
        "Satakunta Substance Abuse Outreach (1 January 2024 – 31 December 2026) brings substance abuse "
        "workers to the streets and shelters of Pori, Rauma and Harjavalta. The project is funded by the "
        "Ministry of Social Affairs and Health. Satakunta University of Applied Sciences (SAMK) analyses "
        "the indicators for the project."
    )
    d.add_heading("Indicators", level=2)
    _table(
        d,
        [
            ("Indicator", "Starting point 2023", "Objective 2026", "Reached by August 2025"),
            ("Clients met by the outreach workers per month", "60", "150", "164"),
            ("Days from first contact to treatment", "30", "7", "12"),
            ("Overdose calls to emergency services per year", "85", "60", "58"),
        ],
    )
    d.add_paragraph("The figures for 2025 cover January to August.")
    _save(d, "p35_satakunta_en_follow_up_2025.docx")


# --- p36: Vantaa-Kerava, Swedish PDF; an indicator table with a target column "Mål 2025" and an
# outcome column "Uppnått 2025" ---

P36_NAME = "Seniorgym i Vanda"
P36 = [
    [
        "!Seniorgym i Vanda – lägesrapport",
        "Vanda och Kervo välfärdsområde, 2.10.2025",
        "",
        "Projektet Seniorgym i Vanda (1.4.2024–31.3.2026) ordnar styrketräning för personer över 75 år",
        "i Vanda och Kervo. Projektet finansieras av social- och hälsovårdsministeriet.",
        "Laurea yrkeshögskola leder träningsgrupperna tillsammans med projektets fysioterapeuter.",
        "",
        "!Mätare",
        "#Mätare|Nivå 2023|Mål 2025|Uppnått 2025",
        "#Deltagare i träningsgrupperna|0|400|412",
        "#Fallolyckor bland deltagarna per år|90|45|61",
        "#Grupper på svenska|0|6|2",
    ]
]


# --- p37: Pohjois-Karjala, Finnish Word annual review; goals as lines of their own outside any goals
# section, each judged by the opening of the paragraph below ---


def p37_pohjois_karjala_vuosikatsaus() -> None:
    d = _docx("Lieksan ja Nurmeksen ikäpiste", dt.datetime(2025, 2, 6, 9, 0, 0))
    d.add_heading("Lieksan ja Nurmeksen ikäpiste – vuosikatsaus 2024", level=1)
    d.add_paragraph("Pohjois-Karjalan hyvinvointialue, 6.2.2025")
    d.add_paragraph(
        "Lieksan ja Nurmeksen ikäpiste (1.3.2024–28.2.2026) neuvoo ikäihmisiä ja heidän läheisiään "
        "palveluissa. Hankkeen rahoittaa sosiaali- ja terveysministeriö. Karelia-ammattikorkeakoulun "
        "opiskelijat pitävät ikäpisteen digitukea kerran viikossa."
    )
    d.add_heading("Vuoden 2024 kuulumiset", level=2)
    d.add_paragraph("Ikäpisteen palveluneuvonta kolmena päivänä viikossa")
    d.add_paragraph("Toteutui. Ikäpiste on ollut auki maanantaista keskiviikkoon toukokuusta alkaen.")
    d.add_paragraph("Kotiin vietävä neuvonta haja-asutusalueille")
    d.add_paragraph("Osittain: kotikäyntejä tehtiin Nurmeksessa, mutta Lieksan kylissä vasta kokeiltiin.")
    d.add_paragraph("Omaishoitajien vertaisryhmä Nurmekseen")
    d.add_paragraph("Ei toteutunut. Ryhmään ei saatu ohjaajaa syksyllä.")
    d.add_paragraph("Vuonna 2025 ikäpiste laajenee kirjastoautoon.")
    _save(d, "p37_pohjois_karjala_vuosikatsaus_2025.docx")


# --- p42: Etelä-Pohjanmaa, Finnish Word project card; sums in sentences inside the value cells of a
# label/value table ---


def p42_etela_pohjanmaa_hankekortti() -> None:
    d = _docx("Järviseudun perhekeskus", dt.datetime(2025, 6, 16, 8, 0, 0))
    d.add_heading("Hankekortti: Järviseudun perhekeskus", level=1)
    _table(
        d,
        [
            ("Hankkeen nimi", "Järviseudun perhekeskus"),
            ("Hallinnoija", "Etelä-Pohjanmaan hyvinvointialue"),
            ("Kunnat", "Alajärvi, Lappajärvi, Vimpeli ja Evijärvi"),
            ("Hankeaika", "1.9.2023–31.8.2025"),
            ("Rahoittaja", "sosiaali- ja terveysministeriö"),
            ("Myönnetty avustus", "1 640 000 €"),
            ("Kustannusarvio", "Hankkeen kokonaiskustannusten arvioidaan nousevan 1 820 000 euroon."),
            (
                "Palautus",
                "Vuodelta 2024 käyttämättä jäänyttä avustusta palautetaan ministeriölle 18 400 euroa.",
            ),
            ("Yhteistyö", "Seinäjoen ammattikorkeakoulu ohjaa perhekeskuksen vertaisryhmät."),
            ("Päivitetty", "16.6.2025"),
        ],
    )
    d.add_paragraph("")
    d.add_paragraph("Perhekeskus on auki Alajärvellä ja Vimpelissä, ja Evijärvellä toimii sivupiste.")
    _save(d, "p42_etela_pohjanmaa_hankekortti_2025.docx")


# --- p52: Keski-Suomi, English PDF news; the whole named in a phrase of place before the part, the
# part's name between commas, its grant 'out of' the whole's; lights after the lead are the part's ---

P52_NAME = "Central Finland Care at Home"
P52 = [
    [
        "!Night-time remote care extends to Jämsä",
        "Wellbeing Services County of Central Finland - news, 15 September 2025",
        "",
        "In the Central Finland Care at Home project, work stream 3, Night-time Remote Care, was granted",
        "EUR 310,000 out of the project's total of EUR 1.9 million for 2025. The work stream now answers",
        "night calls of home care clients in Jyväskylä, Jämsä and Keuruu by video. The project",
        "(1 January 2024 - 31 December 2025) is funded by the Ministry of Social Affairs and Health.",
        "JAMK University of Applied Sciences trains the night nurses in video consultations.",
        "",
        "Key: green = as planned, amber = small deviation, red = large deviation",
        "",
        "#Schedule|green",
        "#Costs|green",
        "#Staff|amber",
        "",
        "!Overall rating of the project",
        "#Schedule|amber",
        "#Costs|green",
        "#Benefits|green",
    ]
]


# --- p54: Itä-Uusimaa, Swedish Word report; a sentence listing the sub-projects by word, number and
# name, later sections headed by word and number only ---


def p54_ita_uusimaa_sv_halvarsrapport() -> None:
    d = _docx("Hemma i Östnyland", dt.datetime(2025, 8, 25, 9, 0, 0))
    d.add_heading("Hemma i Östnyland – halvårsrapport 1/2025", level=1)
    d.add_paragraph("Östra Nylands välfärdsområde, 25.8.2025")
    d.add_paragraph(
        "Projektet Hemma i Östnyland (1.9.2024–31.8.2026) stöder äldre att bo hemma i Borgå, Lovisa och "
        "Sibbo. Projektet finansieras av social- och hälsovårdsministeriet. Det har tre delprojekt: "
        "Delprojekt 1 Hemvårdens nattpatrull, Delprojekt 2 Digitala besök och Delprojekt 3 Stöd för "
        "närståendevårdare. Arcada utbildar hemvårdarna i digitala besök."
    )
    d.add_paragraph("Bedömning: grön = enligt plan, gul = mindre avvikelse, röd = stor avvikelse.")
    for number, rows in (
        (1, (("Tidtabell", "grön"), ("Kostnader", "grön"), ("Personal", "röd"))),
        (2, (("Tidtabell", "gul"), ("Kostnader", "grön"), ("Personal", "grön"))),
        (3, (("Tidtabell", "grön"), ("Kostnader", "gul"), ("Personal", "grön"))),
    ):
        d.add_heading(f"Delprojekt {number}", level=2)
        _table(d, [("Område", "Läge"), *rows])
    d.add_heading("Helhetsbedömning av projektet", level=2)
    _table(d, [("Område", "Läge"), ("Tidtabell", "grön"), ("Kostnader", "grön"), ("Nytta", "grön")])
    _save(d, "p54_ita_uusimaa_sv_halvarsrapport_2025.docx")


# --- p57: Lappi, English Word report; a cost table whose columns are named in other words ---


def p57_lappi_en_financial_report() -> None:
    d = _docx("Sámi Homeland Home Care", dt.datetime(2025, 5, 9, 11, 0, 0))
    d.add_heading("Sámi Homeland Home Care – financial report", level=1)
    d.add_paragraph("Wellbeing Services County of Lapland, 9 May 2025")
    d.add_paragraph(
        "Sámi Homeland Home Care (1 June 2024 – 31 May 2026) offers home care in the Sámi languages in "
        "Utsjoki, Inari and Enontekiö. The project is funded by the Ministry of Social Affairs and Health. "
        "The Lapland University of Applied Sciences trains the Sámi-speaking home care assistants."
    )
    d.add_heading("Costs since the start of the project, to 31 March 2025 (EUR)", level=2)
    _table(
        d,
        [
            (
                "Cost heading",
                "Original budget",
                "Spend to date",
                "Commitments",
                "Estimated outturn",
                "Variance",
            ),
            ("Own staff costs", "610 000", "244 180", "0", "596 000", "-14 000"),
            ("Purchased services", "120 000", "38 600", "22 500", "131 000", "11 000"),
            ("Travel", "45 000", "19 870", "0", "45 000", "0"),
            ("Total", "775 000", "302 650", "22 500", "772 000", "-3 000"),
        ],
    )
    d.add_paragraph("Travel is high because the home care assistants drive long distances between villages.")
    _save(d, "p57_lappi_en_financial_report_2025.docx")


# --- p65: Päijät-Häme, Finnish Word report; parts listed first in a table, then sections headed by
# their number and a month's caption; the whole 'kokonaisuudessaan' ---


def p65_paijat_hame_tilanneraportti() -> None:
    d = _docx("Heinolan seudun arjen tuki", dt.datetime(2025, 12, 3, 9, 0, 0))
    d.add_heading("Heinolan seudun arjen tuki – tilanneraportti 3/2025", level=1)
    d.add_paragraph("Päijät-Hämeen hyvinvointialue, 3.12.2025")
    d.add_paragraph(
        "Heinolan seudun arjen tuki (1.2.2025–31.1.2027) tukee ikäihmisten kotona asumista Heinolassa, "
        "Sysmässä ja Hartolassa. Hankkeen rahoittaa sosiaali- ja terveysministeriö. LAB-ammattikorkeakoulu "
        "tekee hankkeen asiakaskyselyt."
    )
    _table(
        d,
        [
            ("Osakokonaisuus", "Vastuualue"),
            ("Osakokonaisuus 1: Kotiapu kyliin", "kotihoito, Sysmä ja Hartola"),
            ("Osakokonaisuus 2: Muistikoordinaattori", "muistipalvelut, Heinola"),
        ],
    )
    d.add_paragraph(
        "Asteikko: vihreä = suunnitelman mukainen, keltainen = lievä poikkeama, punainen = vakava poikkeama."
    )
    for number, rows in (
        (1, (("Aikataulu", "keltainen"), ("Kustannukset", "vihreä"), ("Henkilöstö", "vihreä"))),
        (2, (("Aikataulu", "vihreä"), ("Kustannukset", "vihreä"), ("Henkilöstö", "punainen"))),
    ):
        d.add_heading(f"Osakokonaisuus {number} – tilanne marraskuussa", level=2)
        _table(d, list(rows))
    d.add_heading("Hanke kokonaisuudessaan", level=2)
    _table(d, [("Aikataulu", "vihreä"), ("Kustannukset", "vihreä"), ("Riskit", "keltainen")])
    _save(d, "p65_paijat_hame_tilanneraportti_2025.docx")


# --- p69: Itä-Uusimaa, Swedish Word project card; role rows whose value is a sentence in which the
# party acts, a bare 'Folkhälsan', a role word before a company's name ---


def p69_ita_uusimaa_sv_projektkort() -> None:
    d = _docx("Aktiv vardag i Lovisa", dt.datetime(2025, 3, 20, 9, 0, 0))
    d.add_heading("Projektkort: Aktiv vardag i Lovisa", level=1)
    _table(
        d,
        [
            ("Projektets namn", "Aktiv vardag i Lovisa"),
            ("Förvaltare", "Östra Nylands välfärdsområde"),
            ("Projekttid", "1.1.2025–31.12.2026"),
            ("Kommuner", "Lovisa och Lappträsk"),
            ("Finansiär", "social- och hälsovårdsministeriet"),
            ("Samarbetspartner", "Folkhälsan ordnar motionsgrupperna för seniorerna i Lovisa och Lappträsk."),
            (
                "Teknik",
                "IT-leverantören Seniorlänk Ab sköter videoplattformen för gruppernas distansdeltagare.",
            ),
            ("Uppdaterad", "20.3.2025"),
        ],
    )
    d.add_paragraph("")
    d.add_paragraph("Projektet ger äldre som bor hemma motion och gemenskap, på plats och på distans.")
    _save(d, "p69_ita_uusimaa_sv_projektkort_2025.docx")


# --- p78: Pohjois-Karjala, English Word review; a column of dimensions in other words with a row
# naming the people served and one naming money ---


def p78_pohjois_karjala_en_review() -> None:
    d = _docx("Joensuu Street Health", dt.datetime(2025, 11, 14, 9, 0, 0))
    d.add_heading("Joensuu Street Health – half-year review", level=1)
    d.add_paragraph("Wellbeing Services County of North Karelia, 14 November 2025")
    d.add_paragraph(
        "Joensuu Street Health (1 January 2025 – 31 December 2026) brings a nurse and a social worker to "
        "the streets, shelters and day centres of Joensuu and Kontiolahti. It is funded by the Ministry of "
        "Social Affairs and Health. Karelia University of Applied Sciences runs the project's client survey."
    )
    d.add_paragraph("Rating: green = as planned, amber = minor deviation, red = major deviation.")
    _table(
        d,
        [
            ("Aspect", "Rating"),
            ("Getting things done on time", "green"),
            ("Money left for the rest of the year", "amber"),
            ("People in post", "green"),
            ("Homeless clients helped", "green"),
        ],
    )
    d.add_paragraph("The winter clothing bought for clients was not in the budget.")
    _save(d, "p78_pohjois_karjala_en_review_2025.docx")


# --- p82: Varsinais-Suomi, Swedish PDF; a lead sentence over four lines naming the whole, the part
# between commas and its grant of the whole project's ---

P82_NAME = "Pargas seniorstöd"
P82 = [
    [
        "!Delområdet Seniorernas dagcenter öppnar i Pargas",
        "Välfärdsområdet i Egentliga Finland, nyhet 30.10.2025",
        "",
        "Inom projektet Pargas seniorstöd har delområde 1, Seniorernas dagcenter, fått 210 000",
        "euro av hela projektets 1,1 miljoner euro för åren 2025–2026, och dagcentret öppnade",
        "i Pargas centrum i oktober. Projektet (1.1.2025–31.12.2026) finansieras av social- och",
        "hälsovårdsministeriet. Åbo Akademi utvärderar dagcentrets verksamhet.",
        "",
        "Färger: grön = enligt plan, gul = mindre avvikelse, röd = stor avvikelse",
        "#Tidtabell|grön",
        "#Kostnader|grön",
        "#Personal|gul",
        "",
        "!Hela projektet",
        "#Tidtabell|grön",
        "#Kostnader|grön",
        "#Nytta|grön",
    ]
]


# --- p93: Itä-Uusimaa, English Word evaluation; the title writes the kind and its year beside the
# name across an em dash ---


def p93_ita_uusimaa_en_evaluation() -> None:
    d = _docx("Porvoo Loneliness Link", dt.datetime(2025, 10, 1, 9, 0, 0))
    d.add_heading("Mid-term evaluation 2025 — Porvoo Loneliness Link", level=1)
    d.add_paragraph("East Uusimaa wellbeing services county, 1 October 2025")
    d.add_paragraph(
        "The project (1 October 2024 – 30 September 2026) links lonely older people in Porvoo and "
        "Pukkila with volunteer friends and group activities. It is funded by the Ministry of Social "
        "Affairs and Health. Arcada University of Applied Sciences carried out this evaluation."
    )
    d.add_paragraph("Ratings: green = as planned, amber = minor deviation, red = major deviation.")
    _table(
        d,
        [
            ("Area", "Rating"),
            ("Schedule", "green"),
            ("Costs", "green"),
            ("Staff", "green"),
            ("Benefits", "amber"),
        ],
    )
    d.add_paragraph("Fewer men than hoped have joined the groups.")
    _save(d, "p93_ita_uusimaa_en_evaluation_2025.docx")


def main() -> None:
    TEST21.mkdir(exist_ok=True)
    p02_pohjanmaa_sv_lagesrapport()
    p07_pohjois_karjala_en_report()
    p11_etela_karjala_en_status()
    _pdf(
        "p12_etela_savo_puolivuotisraportti_2024.pdf",
        P12,
        [60, 220],
        header=lambda n, total: [(40, P12_NAME), (520, f"{n}/{total}")],
        footer=lambda n, total: [(40, "Etelä-Savon hyvinvointialue")],
    )
    p19_keski_suomi_itsearviointi()
    _pdf(
        "p21_pohjois_savo_seurantakysely_2025.pdf",
        P21,
        [40, 470],
        header=lambda n, total: [(40, P21_NAME), (520, str(n))],
        footer=lambda n, total: [(40, "Pohjois-Savon hyvinvointialue")],
    )
    p22_keski_uusimaa_sv_uppfoljning()
    _pdf(
        "p30_keski_pohjanmaa_en_final_summary_2025.pdf",
        P30,
        [40, 300],
        header=lambda n, total: [(40, P30_NAME), (500, f"Page {n}")],
        footer=lambda n, total: [(40, "Central Ostrobothnia wellbeing services county")],
    )
    p35_satakunta_en_follow_up()
    _pdf(
        "p36_vantaa_kerava_sv_lagesrapport_2025.pdf",
        P36,
        [40, 270, 360, 450],
        header=lambda n, total: [(40, P36_NAME), (520, str(n))],
        footer=lambda n, total: [(40, "Vanda och Kervo välfärdsområde")],
    )
    p37_pohjois_karjala_vuosikatsaus()
    p42_etela_pohjanmaa_hankekortti()
    _pdf(
        "p52_keski_suomi_en_news_2025.pdf",
        P52,
        [60, 200],
        header=lambda n, total: [(40, P52_NAME), (520, str(n))],
        footer=lambda n, total: [(40, "Wellbeing Services County of Central Finland")],
    )
    p54_ita_uusimaa_sv_halvarsrapport()
    p57_lappi_en_financial_report()
    p65_paijat_hame_tilanneraportti()
    p69_ita_uusimaa_sv_projektkort()
    p78_pohjois_karjala_en_review()
    p93_ita_uusimaa_en_evaluation()
    _pdf(
        "p82_varsinais_suomi_sv_nyhet_2025.pdf",
        P82,
        [60, 200],
        header=lambda n, total: [(40, P82_NAME), (520, str(n))],
        footer=lambda n, total: [(40, "Välfärdsområdet i Egentliga Finland")],
    )


if __name__ == "__main__":
    main()
