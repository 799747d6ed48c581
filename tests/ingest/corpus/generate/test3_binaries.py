"""Write the THIRD held-out set's PDF and DOCX documents (invented text, see ../README.md).

test3/ is held out: it was written blind on 2026-12-03 by an author who never read the
ingest code, and nobody developing the ingest reads or runs it, this script included.
Run with ``.venv/bin/python tests/ingest/corpus/generate/test3_binaries.py``; the outputs
are committed, so the script is needed only to change them. The PDFs come out byte for
byte the same (reportlab's invariant mode); the DOCX the same in text and properties, their
zip entries carrying the time of writing.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

TEST3 = Path(__file__).resolve().parent.parent / "test3"


def _pdf(name: str, pages: list[list[str]], columns: list[int], header=None, footer=None) -> None:
    """Pages of text lines; a line starting with "#" is a table row of "|"-separated cells.

    A line starting with "!" is set in bold (a heading). ``header`` and ``footer`` are
    functions of (page number, page count) giving the running lines of each page (a list
    of (x, text) pairs), as browser prints and exported minutes have.
    """
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas as pdfcanvas

    c = pdfcanvas.Canvas(str(TEST3 / name), pagesize=A4, invariant=1)
    _width, height = A4
    for number, page in enumerate(pages, start=1):
        c.setFont("Helvetica", 8)
        for x, text in header(number, len(pages)) if header else []:
            c.drawString(x, height - 28, text)
        for x, text in footer(number, len(pages)) if footer else []:
            c.drawString(x, 26, text)
        y = height - 64
        for line in page:
            if line.startswith("#"):
                c.setFont("Helvetica", 9)
                for x, text in zip(columns, line[1:].split("|"), strict=False):
                    c.drawString(x, y, text)
            elif line.startswith("!"):
                c.setFont("Helvetica-Bold", 11)
                c.drawString(40, y, line[1:])
            else:
                c.setFont("Helvetica", 10)
                c.drawString(40, y, line)
            y -= 14
        c.showPage()
    c.save()


def _docx(created: dt.datetime, author: str):
    import docx

    d = docx.Document()
    d.core_properties.created = created
    d.core_properties.modified = created
    d.core_properties.author = author
    return d


def _table(d, header: list[str] | None, rows: list[tuple[str, ...]], style: str | None = "Table Grid"):
    width = len(header) if header else len(rows[0])
    table = d.add_table(rows=0, cols=width)
    if style:
        table.style = style
    for row in ([tuple(header)] if header else []) + rows:
        for cell, text in zip(table.add_row().cells, row, strict=True):
            cell.text = text
    return table


# --- v07: Swedish status report (lägesrapport), DOCX (Itä-Uusimaa / Östra Nyland) ----------


def v07_ita_uusimaa_lagesrapport() -> None:
    """Lights as one transposed row of "● grön" cells, progress in a sentence, goals with
    "Läge 31.8.2024", costs Budget / Utfall / Bundet / Prognos / Utnyttjandegrad %."""
    d = _docx(dt.datetime(2024, 9, 20), "Projektkansliet, Östra Nylands välfärdsområde")
    d.add_paragraph("Östra Nylands välfärdsområde · Itä-Uudenmaan hyvinvointialue")
    d.add_heading("Lägesrapport 2/2024", level=0)
    d.add_paragraph(
        "Projektet Tillgänglig vård i Östra Nyland (TVÖN) – Östra Nylands projekt inom programmet för hållbar tillväxt"
    )
    _table(
        d,
        None,
        [
            ("Projektets namn", "Tillgänglig vård i Östra Nyland (TVÖN)"),
            ("Projektägare", "Östra Nylands välfärdsområde"),
            (
                "Finansiär",
                "Social- och hälsovårdsministeriet; EU:s facilitet för återhämtning och resiliens (NextGenerationEU)",
            ),
            ("Projekttid", "1.1.2023–31.12.2025"),
            ("Rapporteringsperiod", "1.5–31.8.2024"),
            ("Rapporten godkänd", "20.9.2024 (projektets styrgrupp)"),
            ("Projektchef", "Nina Holmström"),
        ],
        style=None,
    )
    d.add_heading("1 Sammanfattning", level=1)
    d.add_paragraph(
        "Under perioden öppnades distansmottagningen i Lappträsk och Mörskom. Vårdköerna till "
        "munhälsovården i Borgå minskade, men i Lovisa växte de på grund av två lediga "
        "tandläkartjänster. Projektets kostnader följer budgeten. Projektet är till 55 % färdigt."
    )
    d.add_heading("2 Trafikljus", level=1)
    d.add_paragraph("● grön = framskrider enligt plan   ● gul = mindre avvikelse   ● röd = betydande avvikelse")
    _table(
        d,
        [
            "Tidtabell",
            "Kostnader",
            "Resultatens kvalitet",
            "Resultatens omfattning",
            "Personal",
            "Risker",
            "Nytta",
        ],
        [("● grön", "● grön", "● grön", "● gul", "● röd", "● gul", "● grön")],
    )
    d.add_paragraph(
        "Motivering: Distansmottagning saknas ännu i Askola och Pukkila (omfattning). Två "
        "tandläkartjänster i Lovisa har varit obesatta sedan maj (personal), och rekryteringen "
        "kan fördröja målet för munhälsovården (risker)."
    )
    d.add_heading("3 Mål och måluppfyllelse", level=1)
    _table(
        d,
        ["Mål", "Läge 31.8.2024"],
        [
            ("Vårdgarantin (14 dygn) uppfylls vid alla hälsostationer", "Uppnått"),
            ("Vårdköerna till munhälsovården är under tre månader", "Delvis uppnått"),
            ("Distansmottagning i alla sju kommuner", "Pågår"),
            ("Symtombedömning i Omaolo på svenska och finska", "Flyttat till 2025"),
        ],
    )
    d.add_heading("4 Ekonomi", level=1)
    d.add_paragraph("Kumulativt utfall 1.1.2023–31.8.2024 (euro)")
    _table(
        d,
        ["Kostnadsslag", "Budget", "Utfall", "Bundet", "Prognos", "Utnyttjandegrad %"],
        [
            ("Egna personalkostnader", "1 480 000", "902 415", "0", "1 475 000", "61,0"),
            ("Köp av tjänster", "620 000", "388 200", "95 000", "610 000", "62,6"),
            ("Övriga kostnader", "80 000", "23 940", "12 500", "70 000", "29,9"),
            ("Indirekta kostnader (15 %)", "222 000", "135 362", "0", "221 250", "61,0"),
            ("Totalt", "2 402 000", "1 449 917", "107 500", "2 376 250", "60,4"),
        ],
    )
    d.add_heading("5 Samarbete och beroenden", level=1)
    d.add_paragraph(
        "Symtombedömningen förutsätter att DigiFinland publicerar Omaolo på svenska. "
        "Distansmottagningens journalanteckningar arkiveras i Kanta. Laurea yrkeshögskola i Borgå "
        "utvärderar distansmottagningen tillsammans med projektet. Sibbo deltar i planeringen av "
        "mobil mottagning."
    )
    d.add_heading("6 Uppgifter under nästa period", level=1)
    d.add_paragraph("Rekrytering av tandläkare till Lovisa", style="List Bullet")
    d.add_paragraph("Distansmottagning i Askola och Pukkila", style="List Bullet")
    d.add_paragraph("Finansieras av Europeiska unionen – NextGenerationEU")
    d.save(str(TEST3 / "v07_ita_uusimaa_lagesrapport_sv_2024.docx"))


# --- v02: Innokylä Arviointi tab printed from the browser to PDF (tab of v01) ----------------

V02_URL = "https://innokyla.fi/fi/toimintamalli/sosiaaliohjauksen-kylakierros/arviointi"

V02 = [
    [
        "Innokylä      Toimintamallit   Kokonaisuudet   Työtilat   Tapahtumat        Suomeksi  På svenska   Kirjaudu",
        "Etusivu › Toimintamallit › Sosiaaliohjauksen kyläkierros",
        "",
        "!Sosiaaliohjauksen kyläkierros",
        "Toimintamalli   Valmis",
        "Kuvaus        Kehittämisen polku        Arviointi",
        "",
        "!Arvioinnin toteutus",
        "Kyläkierrosta arvioitiin kokeilun aikana 1.4.2023–31.5.2024. LAB-ammattikorkeakoulun",
        "sosionomiopiskelijat haastattelivat asiakkaita Rautjärven, Parikkalan ja Taipalsaaren",
        "kylissä, ja ohjaajat kirjasivat käynnit ja jatko-ohjaukset asiakastietojärjestelmään.",
        "Kyläyhdistyksille suunniteltu kysely jäi tekemättä.",
        "",
        "!Arvioinnin tulokset",
        "",
        "Tavoite 1: Asukas saa sosiaaliohjausta omassa kylässään vähintään kerran",
        "kuukaudessa",
        "Tulos: Kyläkierros kävi kokeilun aikana jokaisessa kahdeksassa kylässä kerran",
        "kuukaudessa, Parikkalan Saaren kylässä kahdesti.",
        "Arvio: Toteutui",
        "",
        "Tavoite 2: Kiireelliset asiat ohjautuvat sosiaalityöhön saman viikon aikana",
        "Tulos: 31 kiireellisestä asiasta 22 ohjautui sosiaalityöhön saman viikon aikana;",
        "loput kesälomakaudella seuraavalla viikolla.",
        "Arvio: Toteutui osittain",
        "",
    ],
    [
        "Tavoite 3: Kyläyhdistykset tuntevat hyvinvointialueen palvelut ja osaavat ohjata",
        "niihin",
        "Tulos: Kyselyä ei tehty, joten tulosta ei ole.",
        "Arvio: Ei voitu arvioida",
        "",
        "!Mittarit",
        "#Mittari|Lähtötaso|Tulos",
        "#Kyläkäyntejä kuukaudessa|0|9",
        "#Asiakaskohtaamisia yhteensä|–|412",
        "#Jatko-ohjaukset sosiaalityöhön|–|64",
        "",
        "Arvioinnin toteutti LAB-ammattikorkeakoulu yhdessä Etelä-Karjalan hyvinvointialueen",
        "aikuissosiaalityön kanssa.",
        "",
        "Viimeksi muokattu 02.10.2024",
        "",
        "Innokylä on avoin kehittämisyhteisö. Palvelua ylläpitävät Terveyden ja hyvinvoinnin laitos",
        "ja Kuntaliitto.   Saavutettavuusseloste   Tietosuoja",
    ],
]


# --- v08: final report of a Tulevaisuuden sote-keskus project 2023, PDF (Pirkanmaa) ----------

V08 = [
    [
        "!LOPPURAPORTTI",
        "Tulevaisuuden sosiaali- ja terveyskeskus -ohjelma 2020–2023",
        "",
        "Hankkeen nimi:        Sujuvat palvelut Pirkanmaalla",
        "Avustuksen saaja:     Pirkanmaan hyvinvointialue (31.12.2022 asti Tampereen kaupunki)",
        "Hankeaika:            1.1.2021–31.10.2023",
        "Rahoittaja:           Sosiaali- ja terveysministeriö",
        "Raportin päivämäärä:  15.12.2023",
        "",
        "!1 Tiivistelmä",
        "Hanke uudisti perustason palveluja 23 kunnan alueella kahdessa osakokonaisuudessa. Tampereella,",
        "Nokialla, Ylöjärvellä ja Kangasalla otettiin käyttöön yhteinen palvelutarpeen arvio, ja",
        "Sastamalassa ja Valkeakoskella kokeiltiin perhekeskuksen yhteistä palveluohjausta. Hankkeen",
        "tuloksia levitetään hyvinvointialueen perustason palveluihin vuonna 2024.",
        "",
        "!2 Osakokonaisuudet",
        "Osakokonaisuus 1: Saatavuus ja jatkuvuus",
        "Osakokonaisuus 2: Perhekeskus",
        "",
        "!3 Tavoitteiden toteutuminen",
        "",
        "3.1 Osakokonaisuus 1: Saatavuus ja jatkuvuus",
        "#Tavoite|Toteutuminen",
        "#Yhteinen palvelutarpeen arvio käytössä|Toteutui",
        "#Omalääkärimalli kahdella terveysasemalla|Toteutui osittain",
        "#Hoitotakuu 7 vrk kaikissa kunnissa|Ei toteutunut",
    ],
    [
        "3.2 Osakokonaisuus 2: Perhekeskus",
        "#Tavoite|Toteutuminen",
        "#Perhekeskuksen palveluohjaus yhdestä numerosta|Toteutui",
        "#Perheiden palvelut OmaPerhe-palvelussa|Toteutui",
        "#Eroauttamisen malli Sastamalaan|Toteutui osittain",
        "",
        "Perhekeskuksen sisällöt julkaistiin OmaPerhe-palvelussa, ja hanke osallistui THL:n",
        "koordinoimaan perhekeskusverkostoon. Tampereen yliopisto ja Tampereen ammattikorkeakoulu",
        "(TAMK) arvioivat palvelutarpeen arvion käyttöönottoa.",
        "",
        "!4 Talous",
        "Kustannukset koko hankeajalta (1000 €)",
        "#Kustannuslaji|Myönnetty|Toteutunut|Käyttöaste %",
        "#Henkilöstökulut|3 120,0|3 004,6|96,3",
        "#Palvelujen ostot|840,0|812,9|96,8",
        "#Matkakulut|45,0|21,3|47,3",
        "#Muut kustannukset|95,0|83,4|87,8",
        "#Yhteensä|4 100,0|3 922,2|95,7",
        "",
        "Käyttämättä jäänyt avustus, 177 800 euroa, palautetaan sosiaali- ja terveysministeriölle.",
        "",
        "!5 Tulosten juurruttaminen",
        "Palvelutarpeen arvio ja perhekeskuksen palveluohjaus jatkuvat hyvinvointialueen",
        "perustoimintana. Omalääkärimallin laajentaminen siirtyy Pirkanmaan Kestävän kasvun",
        "hankkeeseen.",
    ],
]


# --- v13: aluehallitus minutes with a cover page, PDF (Pohjois-Karjala 2022) ------------------

V13 = [
    [
        "!POHJOIS-KARJALAN HYVINVOINTIALUE                         PÖYTÄKIRJA 9/2022",
        "Aluehallitus",
        "",
        "KOKOUSTIEDOT",
        "Aika        06.06.2022 klo 13.00–16.10",
        "Paikka      Maakuntatalo, kokoushuone Pielinen, Joensuu",
        "",
        "OSALLISTUJAT",
        "#Nimi|Tehtävä|Lisätiedot",
        "#Heikki Karvinen|puheenjohtaja|",
        "#Maarit Pesonen|varapuheenjohtaja|",
        "#Juho Ikonen|jäsen|",
        "#Kaisa Turunen|jäsen|poistui 15.20, § 115",
        "#Olli Räsänen|jäsen|",
        "#Tiina Lehikoinen|valmistelujohtaja, esittelijä|",
        "#Anu Kettunen|hallintopäällikkö, pöytäkirjanpitäjä|",
        "",
        "KÄSITELLYT ASIAT",
        "#§|Otsikko|Sivu",
        "#109|Kokouksen laillisuus ja päätösvaltaisuus|3",
        "#110|Pöytäkirjan tarkastajien valinta|3",
        "#111|Hyvinvointialueen hallintosääntö|4",
        "#112|Valtionavustuksen hakeminen Suomen kestävän kasvun ohjelmasta|5",
        "#113|Ilmoitusasiat|7",
        "",
        "Pöytäkirja on tarkastettu ja pidetty yleisesti nähtävänä verkkosivuilla 9.6.2022.",
    ],
    [
        "112 §",
        "!VALTIONAVUSTUKSEN HAKEMINEN SUOMEN KESTÄVÄN KASVUN OHJELMASTA",
        "",
        "PKHVA/318/05.01.00/2022",
        "",
        "Valmistelija: kehittämisjohtaja Jari Hirvonen, jari.hirvonen@siunsote.fi",
        "",
        "Sosiaali- ja terveysministeriö on avannut haun, jossa hyvinvointialueet voivat hakea",
        "valtionavustusta Suomen kestävän kasvun ohjelman (RRF) pilarin 4 investointeihin. Avustus",
        "rahoitetaan Euroopan unionin NextGenerationEU-elpymisvälineestä, ja se kattaa 100 %",
        "hyväksyttävistä kustannuksista. Hakemus on jätettävä 30.6.2022 mennessä.",
        "",
        "Valmisteltu hanke on nimeltään Siun sote kestävästi – Pohjois-Karjalan Kestävän kasvun",
        "hanke. Sen hakijana toimii vuoden 2022 loppuun Pohjois-Karjalan sosiaali- ja",
        "terveyspalvelujen kuntayhtymä Siun sote. Hankeaika olisi 1.1.2023–31.12.2025.",
        "",
        "Hankkeessa puretaan hoitojonoja Joensuussa, Lieksassa ja Nurmeksessa, vahvistetaan",
        "etävastaanottoja Ilomantsissa ja Kiteellä sekä otetaan käyttöön Omaolo ja",
        "Mielenterveystalon omahoito-ohjelmat. Karelia-ammattikorkeakoulu ja Itä-Suomen",
        "yliopisto osallistuvat arviointiin.",
        "",
        "Haettava avustus investoinneittain:",
        "#Investointi|Haettava avustus, euroa",
        "#Investointi 1: Hoitojonojen purku|2 700 000",
        "#Investointi 2: Ennaltaehkäisy ja varhainen tuki|900 000",
    ],
    [
        "#Investointi 3: Toimintatapojen uudistaminen|1 150 000",
        "#Investointi 4: Digitaaliset palvelut|1 850 000",
        "#Yhteensä|6 600 000",
        "",
        "Esittelijä: valmistelujohtaja Tiina Lehikoinen",
        "",
        "Ehdotus: Aluehallitus päättää",
        "1. hakea sosiaali- ja terveysministeriöltä valtionavustusta 6 600 000 euroa",
        "   Siun sote kestävästi -hankkeelle,",
        "2. valtuuttaa valmistelujohtajan tekemään hakemukseen tarvittavat tarkennukset.",
        "",
        "Päätös: Ehdotus hyväksyttiin.",
        "",
        "Muutoksenhakukielto: Päätös koskee valmistelua, eikä siitä voi hakea muutosta.",
    ],
]


# --- v06: half-year review in t€ with lights as words, DOCX (Pohjois-Pohjanmaa 2024) --------


def v06_pohjois_pohjanmaa_osavuosikatsaus() -> None:
    """Lights as words (etenee suunnitellusti / pieniä / merkittäviä poikkeamia) with trend
    arrows, goals with Mittari and Arvio, an annual table in t€ with a signed Poikkeama and a
    cumulative table in t€ with Käyttöaste %."""
    d = _docx(dt.datetime(2024, 8, 22), "Hanketoimisto")
    d.add_paragraph("Pohjois-Pohjanmaan hyvinvointialue")
    d.add_heading("Osavuosikatsaus 1.1.–30.6.2024", level=0)
    d.add_paragraph("Arki sujuvaksi Pohjois-Pohjanmaalla – Kestävän kasvun hanke")
    _table(
        d,
        None,
        [
            ("Hanke", "Arki sujuvaksi Pohjois-Pohjanmaalla"),
            ("Rahoittaja", "Sosiaali- ja terveysministeriö / EU:n elpymis- ja palautumistukiväline"),
            ("Hankeaika", "1.1.2023–31.12.2025"),
            ("Katsauksen päivämäärä", "22.8.2024"),
            ("Hankepäällikkö", "Sanna Väyrynen"),
        ],
    )
    d.add_heading("1 Hankkeen tila", level=1)
    d.add_paragraph("Valmiusaste: 60 %")
    _table(
        d,
        ["Osa-alue", "Tila", "Suunta"],
        [
            ("Aikataulu", "etenee suunnitellusti", "→"),
            ("Kustannukset", "etenee suunnitellusti", "→"),
            ("Tuotosten laatu", "pieniä poikkeamia", "↓"),
            ("Tuotosten laajuus", "etenee suunnitellusti", "↑"),
            ("Henkilöstö", "merkittäviä poikkeamia", "↓"),
            ("Riskit", "pieniä poikkeamia", "→"),
            ("Hyödyt", "etenee suunnitellusti", "→"),
        ],
    )
    d.add_paragraph(
        "Henkilöstötilanne heikkeni, kun Raahen seudun kaksi sairaanhoitajaa siirtyi muihin "
        "tehtäviin. Kuusamon ja Pudasjärven etävastaanotto toimii suunnitellusti."
    )
    d.add_heading("2 Tavoitteet", level=1)
    _table(
        d,
        ["Tavoite", "Mittari", "Arvio 30.6.2024"],
        [
            ("Kuusamon ja Pudasjärven etävastaanotto on vakiintunut", "etäkäyntien osuus", "Toteutunut"),
            ("Raahen seudun hoitojonot alle kolmen kuukauden", "jonotusaika", "Osittain toteutunut"),
            ("Ylivieskan ja Nivalan perhekeskusten yhteinen palveluohjaus", "yhteydenotot", "Kesken"),
            ("Oulun kaupunginsairaalan kotiutustiimi", "kotiutukset / kk", "Ei toteutunut"),
        ],
    )
    d.add_paragraph(
        "Perhekeskusten palvelukuvaukset viedään Palvelutietovarantoon, jota ylläpitää "
        "Digi- ja väestötietovirasto. Oulun ammattikorkeakoulu (Oamk) arvioi etävastaanoton."
    )
    d.add_heading("3 Talous", level=1)
    d.add_paragraph("Taulukko 1. Vuosi 2024 (t€)")
    _table(
        d,
        ["Kustannuslaji", "Budjetti 2024 t€", "Toteuma 1–6/2024 t€", "Ennuste 2024 t€", "Poikkeama t€"],
        [
            ("Omat henkilöstökustannukset", "980,0", "471,3", "962,5", "−17,5"),
            ("Palvelujen ostot", "520,0", "301,8", "548,0", "+28,0"),
            ("Asiantuntijapalvelut", "140,0", "38,4", "120,0", "−20,0"),
            ("Välilliset kustannukset", "147,0", "70,7", "144,4", "−2,6"),
            ("Yhteensä", "1 787,0", "882,2", "1 774,9", "−12,1"),
        ],
    )
    d.add_paragraph("Poikkeama = ennuste − budjetti.")
    d.add_paragraph("Taulukko 2. Koko hanke, kertymä 30.6.2024 (t€)")
    _table(
        d,
        ["Kustannuslaji", "Myönnetty t€", "Toteutunut t€", "Käyttöaste %"],
        [
            ("Omat henkilöstökustannukset", "2 650,0", "1 512,6", "57"),
            ("Palvelujen ostot", "1 300,0", "802,1", "62"),
            ("Asiantuntijapalvelut", "330,0", "121,9", "37"),
            ("Välilliset kustannukset", "397,5", "226,9", "57"),
            ("Yhteensä", "4 677,5", "2 663,5", "57"),
        ],
    )
    d.add_paragraph("Euroopan unionin rahoittama – NextGenerationEU")
    d.save(str(TEST3 / "v06_pohjois_pohjanmaa_osavuosikatsaus_teur_2024.docx"))


# --- v09: STM final report form with checkbox lights, DOCX (Helsinki 2025) ------------------


def v09_helsinki_loppuraporttilomake() -> None:
    """A form: label cells beside value cells, lights as ☒/☐ in three colour columns, goals
    with Toteutuminen, costs Myönnetty / Toteutunut / Käyttämättä, the sum returned."""
    d = _docx(dt.datetime(2025, 2, 27), "Helsingin kaupunki, sosiaali-, terveys- ja pelastustoimiala")
    d.add_paragraph("SOSIAALI- JA TERVEYSMINISTERIÖ")
    d.add_heading("Valtionavustuksen loppuraportti", level=0)
    d.add_paragraph(
        "Täytä lomake ja toimita se ministeriön kirjaamoon kuuden kuukauden kuluessa hankkeen päättymisestä."
    )
    d.add_heading("1. Avustuksen saaja", level=1)
    _table(
        d,
        None,
        [
            ("Avustuksen saaja", "Helsingin kaupunki"),
            ("Y-tunnus", "0201256-6"),
            ("Yhteyshenkilö", "Mari Koskinen, projektipäällikkö"),
        ],
    )
    d.add_heading("2. Hankkeen tiedot", level=1)
    _table(
        d,
        None,
        [
            ("Hankkeen nimi", "Stadin hoitotakuu – Helsingin Kestävän kasvun hanke"),
            ("Diaarinumero", "VN/11842/2022"),
            ("Avustuspäätös", "14.6.2022"),
            ("Myönnetty avustus", "6 000 000,00 €"),
            ("Hankeaika", "1.3.2022–31.12.2024"),
            ("Rahoituslähde", "EU:n elpymis- ja palautumistukiväline (RRF), Suomen kestävän kasvun ohjelma"),
        ],
    )
    d.add_heading("3. Tavoitteiden toteutuminen", level=1)
    _table(
        d,
        ["Tavoite", "Mittari", "Toteutuminen"],
        [
            ("Kiireettömän hoidon hoitotakuu 14 vrk toteutuu terveysasemilla", "T3-luku", "toteutui"),
            ("Suun terveydenhuollon jonotusaika alle 3 kk", "jonotusaika", "toteutui osittain"),
            ("Sosiaalineuvonnan chat palvelee kuudella kielellä", "kielet", "ei toteutunut"),
            ("Omaolon palvelutarpeen arvio sosiaalipalveluihin", "käyttöönotto", "siirtyi jatkohankkeeseen"),
        ],
    )
    d.add_heading("4. Liikennevalot hankkeen päättyessä", level=1)
    _table(
        d,
        ["", "vihreä", "keltainen", "punainen"],
        [
            ("Aikataulu", "☒", "☐", "☐"),
            ("Kustannukset", "☒", "☐", "☐"),
            ("Tuotosten laatu", "☒", "☐", "☐"),
            ("Tuotosten laajuus", "☐", "☒", "☐"),
            ("Henkilöstö", "☒", "☐", "☐"),
            ("Riskit", "☒", "☐", "☐"),
            ("Hyödyt", "☐", "☒", "☐"),
        ],
    )
    d.add_paragraph("Valmiusaste hankkeen päättyessä: 100 %")
    d.add_heading("5. Riippuvuudet ja yhteistyö", level=1)
    d.add_paragraph(
        "Palvelutarpeen arvio rakentuu DigiFinland Oy:n Omaolo-palveluun, ja kirjaukset tallentuvat "
        "Kanta-palveluihin. Erikoissairaanhoidon konsultaatiot järjesti HUS. Helsingin yliopisto "
        "arvioi hoitotakuun toteutumista osana hankkeen arviointia."
    )
    d.add_heading("6. Talous", level=1)
    _table(
        d,
        ["Kustannuslaji", "Myönnetty €", "Toteutunut €", "Käyttämättä €"],
        [
            ("Omat henkilöstökustannukset", "3 450 000,00", "3 431 220,40", "18 779,60"),
            ("Palvelujen ostot", "2 100 000,00", "2 087 564,00", "12 436,00"),
            ("Ohjelmistot", "380 000,00", "364 000,00", "16 000,00"),
            ("Muut kustannukset", "70 000,00", "69 000,00", "1 000,00"),
            ("Yhteensä", "6 000 000,00", "5 951 784,40", "48 215,60"),
        ],
    )
    d.add_paragraph("Palautettava avustus: 48 215,60 €")
    d.add_heading("7. Allekirjoitus", level=1)
    d.add_paragraph("Helsingissä 27.2.2025")
    d.add_paragraph("Mari Koskinen, projektipäällikkö")
    d.save(str(TEST3 / "v09_helsinki_loppuraporttilomake_2025.docx"))


def main() -> None:
    """Write every binary document of test3."""
    _pdf(
        "v02_etela_karjala_tab_arviointi_tulostettu.pdf",
        V02,
        [40, 300, 420],
        header=lambda n, total: [
            (40, "5.11.2024 klo 10.32"),
            (250, "Sosiaaliohjauksen kyläkierros – Arviointi | Innokylä"),
        ],
        footer=lambda n, total: [(40, V02_URL), (520, f"{n}/{total}")],
    )
    v06_pohjois_pohjanmaa_osavuosikatsaus()
    v07_ita_uusimaa_lagesrapport()
    _pdf(
        "v08_pirkanmaa_tsk_loppuraportti_2023.pdf",
        V08,
        [40, 330, 420, 500],
        header=lambda n, total: [
            (40, "Loppuraportti | Sujuvat palvelut Pirkanmaalla | 15.12.2023"),
            (500, f"{n} ({total})"),
        ],
        footer=lambda n, total: [
            (40, "Pirkanmaan hyvinvointialue · Tulevaisuuden sosiaali- ja terveyskeskus -ohjelma")
        ],
    )
    v09_helsinki_loppuraporttilomake()
    _pdf(
        "v13_pohjois_karjala_aluehallitus_poytakirja_2022.pdf",
        V13,
        [40, 330, 470],
        header=lambda n, total: [
            (40, "Pohjois-Karjalan hyvinvointialue    Aluehallitus    06.06.2022"),
            (430, f"Pöytäkirja 9/2022   {[1, 5, 6][n - 1]} (12)"),
        ],
        footer=lambda n, total: [(40, "Pöytäkirjantarkastajien nimikirjaimet  ______  ______")],
    )


if __name__ == "__main__":
    main()
