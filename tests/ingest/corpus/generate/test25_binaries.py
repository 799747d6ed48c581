"""Write the development set test25's PDF and DOCX documents (invented text, see ../README.md).

test25/ was written blind in stop 37 by helper W22: first breadth documents in forms of lights, cost
tables, goals and parts that none of the earlier layout, probe and forms tables lists, then probes of the
classes the stop's commits claim (read from their messages only). No ingest code and no document of any
set was read. Run with ``.venv/bin/python tests/ingest/corpus/generate/test25_binaries.py``; the outputs
are committed, so the script is needed only to change them. Two runs write the same bytes: reportlab's
invariant mode for the PDFs; fixed core properties and one fixed time stamp on every zip entry for the
DOCX files.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from binaries_common import Running, bold, docx_document, pdf, save, table

TEST25 = Path(__file__).resolve().parent.parent / "test25"
#: The time stamp of every zip entry of the DOCX files (a zip stores local time, no zone).
ZIP_TIME = (2026, 12, 5, 14, 0, 0)
#: The time of every tracked change (w:ins / w:del) in the DOCX files.
CHANGE_DATE = "2024-02-12T09:00:00Z"


def _pdf(name: str, pages: list[list[str]], columns: list[int], header: Running, footer: Running) -> None:
    pdf(TEST25 / name, pages, columns, header, footer)


def _save(d, name: str) -> None:
    save(d, TEST25 / name, ZIP_TIME)


def _tracked(
    paragraph, before: str, deleted: str, inserted: str, after: str = "", author: str = "Reviewer"
) -> None:
    """A paragraph whose text has one tracked change: ``deleted`` struck out, ``inserted`` put in."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    if before:
        paragraph.add_run(before)
    ids = len(paragraph._p.xpath("//w:ins | //w:del")) + 1
    removal = OxmlElement("w:del")
    removal.set(qn("w:id"), str(ids * 2))
    removal.set(qn("w:author"), author)
    removal.set(qn("w:date"), CHANGE_DATE)
    run = OxmlElement("w:r")
    text = OxmlElement("w:delText")
    text.set(qn("xml:space"), "preserve")
    text.text = deleted
    run.append(text)
    removal.append(run)
    paragraph._p.append(removal)
    addition = OxmlElement("w:ins")
    addition.set(qn("w:id"), str(ids * 2 + 1))
    addition.set(qn("w:author"), author)
    addition.set(qn("w:date"), CHANGE_DATE)
    run = OxmlElement("w:r")
    text = OxmlElement("w:t")
    text.set(qn("xml:space"), "preserve")
    text.text = inserted
    run.append(text)
    addition.append(run)
    paragraph._p.append(addition)
    if after:
        paragraph.add_run(after)


# --- l11: Pohjanmaa, Swedish PDF interim report; the cost table's columns split over two pages ---

L11_NAME = "Trygg utskrivning i Österbotten"
L11 = [
    [
        "!Trygg utskrivning i Österbotten – mellanrapport 2/2024",
        "Välfärdsområdet i Österbotten · 20.8.2024",
        "",
        "Projekttid 1.3.2023–31.12.2025. Projektet finansieras av social- och hälsovårdsministeriet med",
        "medel från EU:s facilitet för återhämtning och resiliens (RRF); beviljat stöd 980 000 euro.",
        "Projektet gör utskrivningen från sjukhuset tryggare för äldre i Vasa, Korsholm och Jakobstad.",
        "Yrkeshögskolan VAMK utvärderar utskrivningsteamens arbete, och läkemedelslistorna hämtas",
        "från Kanta-tjänsterna.",
        "",
        "!Läget per insatsområde",
        "Skala: I fas = enligt plan, Efter = avvikelse, Kritiskt = allvarlig avvikelse.",
        "#Område|Insatsområde 1:|Insatsområde 2:",
        "#|Utskrivningsteam|Digital uppföljning",
        "#Tidtabell|I fas|Efter",
        "#Kostnader|I fas|I fas",
        "#Personal|Kritiskt|I fas",
        "#Risker|Efter|I fas",
        "",
        "!Kostnader för hela projektet 1.3.2023–30.6.2024 (euro), del 1 av 2",
        "#Kostnadsslag|Budget|Utfall",
        "#Personalkostnader|512 000|338 410",
        "#Köpta tjänster|164 000|97 250",
        "#IT-utrustning|96 000|88 975",
        "#Resor|18 000|9 640",
        "#Totalt|790 000|534 275",
        "Tabellen fortsätter på nästa sida med kolumnerna Bundet och Prognos.",
    ],
    [
        "!Kostnader för hela projektet 1.3.2023–30.6.2024 (euro), del 2 av 2",
        "(fortsättning, samma rader som på föregående sida)",
        "#Kostnadsslag|Bundet|Prognos",
        "#Personalkostnader|0|505 000",
        "#Köpta tjänster|21 500|168 000",
        "#IT-utrustning|4 200|95 000",
        "#Resor|0|16 500",
        "#Totalt|25 700|784 500",
        "",
        "!Mål",
        "Mål 1: Alla patienter över 75 år får ett hembesök inom två dygn – Genomfört",
        "Mål 2: Utskrivningsteam i alla tre kommuner – Genomfört delvis (Jakobstad hösten 2024)",
        "Mål 3: Återinskrivningar inom 30 dygn minskar med en femtedel – Ej genomfört",
        "Mål 4: Digital uppföljning via surfplatta för 200 patienter – Senarelagt till 2025",
    ],
]


# --- l12: Satakunta, Finnish Word plan 2022; the estimate table's investment cells merged down
# over their rows (a row group) ---


def l12_satakunta_hankesuunnitelma() -> None:
    d = docx_document("Kuntoutus kulkee mukana", dt.datetime(2022, 5, 30, 9, 0, 0))
    d.add_heading("Hankesuunnitelma: Kuntoutus kulkee mukana", level=1)
    d.add_paragraph("Satakunnan hyvinvointialue · Kestävän kasvun ohjelma, pilari 4 · Päiväys 30.5.2022")
    table(
        d,
        [
            ("Tieto", "Sisältö"),
            ("Hankkeen nimi", "Kuntoutus kulkee mukana"),
            ("Hakija", "Satakunnan hyvinvointialue"),
            ("Toteutusaika", "1.1.2023–31.12.2025"),
            ("Kunnat", "Pori, Rauma, Kankaanpää, Huittinen"),
            ("Haettava avustus", "1 390 000 euroa"),
        ],
    )
    d.add_paragraph("")
    d.add_paragraph(
        "Hanke siirtää kuntoutusta sairaalasta koteihin ja verkkoon. Satakunnan ammattikorkeakoulu SAMK "
        "kouluttaa kotikuntoutuksen tiimit, ja kuntoutujat käyttävät Terveyskylän Kuntoutumistalon "
        "harjoitteita. Rahoitus haetaan sosiaali- ja terveysministeriöltä Euroopan unionin "
        "elpymisvälineestä rahoitettavasta Kestävän kasvun ohjelmasta."
    )
    d.add_heading("Investoinnit", level=2)
    d.add_paragraph("Hanke kuuluu kahteen investointiin, jotka näkyvät kustannusarviossa omina ryhminään.")
    d.add_heading("Kustannusarvio (euroa)", level=2)
    rows = [
        ("Investointi", "Kululaji", "2023", "2024", "2025", "Yhteensä"),
        (
            "Investointi 1: Etäkuntoutuksen palvelut",
            "Henkilöstökulut",
            "120 000",
            "150 000",
            "130 000",
            "400 000",
        ),
        ("", "Ohjelmistot", "90 000", "30 000", "20 000", "140 000"),
        ("", "Matkat", "4 000", "4 000", "2 000", "10 000"),
        ("", "Yhteensä", "214 000", "184 000", "152 000", "550 000"),
        (
            "Investointi 3: Kotikuntoutuksen tiimit",
            "Henkilöstökulut",
            "210 000",
            "260 000",
            "240 000",
            "710 000",
        ),
        ("", "Ostopalvelut", "30 000", "40 000", "30 000", "100 000"),
        ("", "Matkat", "10 000", "12 000", "8 000", "30 000"),
        ("", "Yhteensä", "250 000", "312 000", "278 000", "840 000"),
    ]
    grid = table(d, rows)
    for top, bottom in ((1, 4), (5, 8)):
        first = grid.cell(top, 0)
        label = first.text
        merged = first.merge(grid.cell(bottom, 0))
        merged.text = label
    d.add_paragraph("")
    d.add_heading("Tavoitteet", level=2)
    table(
        d,
        [
            ("Tavoite", "Mittari", "Tavoitetaso 2025"),
            ("Etäkuntoutus on tarjolla kaikissa Satakunnan kunnissa", "kuntia, joissa palvelu", "16"),
            ("Kotikuntoutuksen tiimi aloittaa kahden päivän kuluessa kotiutumisesta", "vuorokautta", "2"),
            ("Sairaalan kuntoutusjaksot lyhenevät", "hoitopäivää / jakso", "alle 9"),
        ],
    )
    _save(d, "l12_satakunta_hankesuunnitelma_yhdistetyt_solut_2022.docx")


# --- l15: Lappi, Finnish Word final report; a draft with tracked changes (w:del / w:ins) in the
# lights, a cost cell and goal statuses ---


def l15_lappi_loppuraportti() -> None:
    d = docx_document("Kotona Tunturi-Lapissa", dt.datetime(2024, 2, 12, 9, 0, 0))
    d.add_heading("Kotona Tunturi-Lapissa – loppuraportti", level=1)
    d.add_paragraph("Lapin hyvinvointialue · Luonnos 12.2.2024 · muutokset näkyvissä")
    d.add_paragraph(
        "Kotona Tunturi-Lapissa -hanke (1.1.2021–31.10.2023) oli Tulevaisuuden sote-keskus -ohjelman hanke, "
        "jota rahoitti sosiaali- ja terveysministeriö. Hankkeelle myönnettiin 1 200 000 euroa. Hanke vei "
        "kotihoidon etäkäynnit ja liikkuvan vastaanoton Kittilään, Kolariin, Muonioon ja Enontekiölle. "
        "Lapin ammattikorkeakoulu arvioi liikkuvan vastaanoton, ja Kittilän kunta antoi vastaanotolle "
        "tilat kylien koulurakennuksista."
    )
    d.add_paragraph(
        "Raportin luonnosta on kommentoitu ohjausryhmässä. Muutokset ovat näkyvissä: poistettu teksti "
        "on yliviivattu ja lisätty alleviivattu. Hyväksytty versio on lisätty teksti."
    )
    d.add_heading("Tilannevalot hankkeen päättyessä", level=2)
    d.add_paragraph(
        "Vihreä = suunnitelman mukaan, keltainen = lievä poikkeama, punainen = merkittävä poikkeama."
    )
    grid = d.add_table(rows=0, cols=2)
    grid.style = "Table Grid"
    for label, old, new in (
        ("Aikataulu", "keltainen", "vihreä"),
        ("Kustannukset", "", "vihreä"),
        ("Henkilöstö", "vihreä", "punainen"),
        ("Tuotosten laajuus", "", "keltainen"),
    ):
        cells = grid.add_row().cells
        cells[0].text = label
        if old:
            _tracked(cells[1].paragraphs[0], "", old, new)
        else:
            cells[1].text = new
    d.add_paragraph("")
    d.add_heading("Kustannukset koko hankeajalta (euroa)", level=2)
    grid = d.add_table(rows=0, cols=3)
    grid.style = "Table Grid"
    for label, budget, actual in (
        ("Kululaji", "Myönnetty", "Toteutunut"),
        ("Henkilöstökulut", "760 000", ""),
        ("Ostopalvelut", "180 000", "171 350"),
        ("Vastaanottoauton vuokra", "190 000", "190 000"),
        ("Matkakulut", "70 000", "58 250"),
        ("Yhteensä", "1 200 000", ""),
    ):
        cells = grid.add_row().cells
        cells[0].text = label
        cells[1].text = budget
        if label == "Henkilöstökulut":
            _tracked(cells[2].paragraphs[0], "", "729 800", "742 000")
        elif label == "Yhteensä":
            _tracked(cells[2].paragraphs[0], "", "1 149 400", "1 161 600")
        else:
            cells[2].text = actual
    d.add_paragraph("Käyttämättä jäänyt avustus, 38 400 euroa, palautetaan sosiaali- ja terveysministeriölle.")
    d.add_heading("Tavoitteiden toteutuminen", level=2)
    _tracked(
        d.add_paragraph(),
        "1. Etäkäynnit vakiintuvat osaksi kotihoitoa neljässä kunnassa: ",
        "kesken",
        "toteutui",
    )
    d.add_paragraph("2. Liikkuva vastaanotto käy jokaisessa kylässä kerran kuukaudessa: toteutui osittain")
    _tracked(
        d.add_paragraph(),
        "3. Kotihoidon ajomatkat vähenevät viidenneksellä: ",
        "toteutui osittain",
        "ei toteutunut",
    )
    d.add_paragraph("4. Kylien asukkaille avataan etäneuvontapiste kirjastoon: siirtyi jatkohankkeeseen")
    _save(d, "l15_lappi_loppuraportti_muutosmerkinnat_2024.docx")


def _control(paragraph, alias: str, chosen: str, items: tuple[str, ...] = ()) -> None:
    """A Word content control in ``paragraph``: a drop-down list of ``items`` (or plain text) showing ``chosen``."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    sdt = OxmlElement("w:sdt")
    props = OxmlElement("w:sdtPr")
    name = OxmlElement("w:alias")
    name.set(qn("w:val"), alias)
    props.append(name)
    if items:
        choices = OxmlElement("w:dropDownList")
        for item in items:
            entry = OxmlElement("w:listItem")
            entry.set(qn("w:displayText"), item)
            entry.set(qn("w:value"), item)
            choices.append(entry)
        props.append(choices)
    else:
        props.append(OxmlElement("w:text"))
    sdt.append(props)
    content = OxmlElement("w:sdtContent")
    run = OxmlElement("w:r")
    text = OxmlElement("w:t")
    text.set(qn("xml:space"), "preserve")
    text.text = chosen
    run.append(text)
    content.append(run)
    sdt.append(content)
    paragraph._p.append(sdt)


# --- l22: Etelä-Karjala, Finnish Word form: the name, the grant, the lights and the goal statuses
# are content controls (w:sdt: drop-down lists and text fields) of the reporting template ---

LIGHTS_L22 = ("Valitse kohde.", "Vihreä", "Keltainen", "Punainen")
GOALS_L22 = ("Valitse kohde.", "Toteutunut", "Osittain toteutunut", "Kesken", "Ei toteutunut", "Siirtyy")


def l22_etela_karjala_vuosiraportti() -> None:
    d = docx_document("Saimaan seniorineuvola", dt.datetime(2025, 2, 20, 10, 0, 0))
    d.add_heading("Vuosiraportti 2024", level=1)
    d.add_paragraph("Valtionavustushankkeen vuosiraportti · lomake täytetään sähköisesti")
    for label, value in (
        ("Hankkeen nimi: ", "Saimaan seniorineuvola"),
        ("Avustuksen saaja: ", "Etelä-Karjalan hyvinvointialue"),
        ("Hankeaika: ", "1.1.2023–31.12.2025"),
        ("Myönnetty valtionavustus (euroa): ", "640 000"),
        ("Raportin päiväys: ", "20.2.2025"),
    ):
        paragraph = d.add_paragraph(label)
        _control(paragraph, label.strip(" :"), value)
    d.add_heading("1. Hankkeen kuvaus", level=2)
    d.add_paragraph(
        "Saimaan seniorineuvola tarjoaa 75 vuotta täyttäneille terveystarkastuksen ja neuvontaa "
        "Lappeenrannassa, Imatralla, Lemillä, Taipalsaarella ja Savitaipaleella. Etelä-Karjalan "
        "Omaishoitajat ry järjestää omaishoitajien ryhmät neuvoloiden yhteydessä, ja neuvoloiden "
        "aukioloajat julkaistaan Palvelutietovarannossa. Avustuksen myönsi sosiaali- ja "
        "terveysministeriö."
    )
    d.add_heading("2. Tilannearvio", level=2)
    d.add_paragraph("Valitse kullekin osa-alueelle väri. Vihreä = suunnitelman mukaan.")
    grid = d.add_table(rows=1, cols=2)
    grid.style = "Table Grid"
    grid.rows[0].cells[0].text = "Osa-alue"
    grid.rows[0].cells[1].text = "Tila"
    for label, chosen in (
        ("Aikataulu", "Vihreä"),
        ("Kustannukset", "Vihreä"),
        ("Henkilöstö", "Keltainen"),
        ("Riskit", "Punainen"),
        ("Hyödyt", "Vihreä"),
    ):
        cells = grid.add_row().cells
        cells[0].text = label
        _control(cells[1].paragraphs[0], "Tila", chosen, LIGHTS_L22)
    d.add_paragraph("")
    d.add_heading("3. Tavoitteet", level=2)
    grid = d.add_table(rows=1, cols=2)
    grid.style = "Table Grid"
    grid.rows[0].cells[0].text = "Tavoite"
    grid.rows[0].cells[1].text = "Toteutuminen"
    for goal, chosen in (
        ("Seniorineuvola toimii kaikissa viidessä kunnassa", "Toteutunut"),
        ("Terveystarkastukseen tulee 60 % kutsutuista", "Osittain toteutunut"),
        ("Neuvolakäynnin jälkeen tarvittava jatkoaika saadaan kahdessa viikossa", "Kesken"),
        ("Seniorineuvolan etävastaanotto avataan", "Siirtyy"),
    ):
        cells = grid.add_row().cells
        cells[0].text = goal
        _control(cells[1].paragraphs[0], "Toteutuminen", chosen, GOALS_L22)
    d.add_paragraph("")
    d.add_heading("4. Kustannukset 1.1.2023–31.12.2024", level=2)
    table(
        d,
        [
            ("Kululaji", "Myönnetty (€)", "Toteutunut (€)", "Käyttöaste %"),
            ("Henkilöstökulut", "452 000", "281 240", "62"),
            ("Palvelujen ostot", "96 000", "40 320", "42"),
            ("Tilavuokrat", "60 000", "38 400", "64"),
            ("Matkakulut", "32 000", "17 280", "54"),
            ("Yhteensä", "640 000", "377 240", "59"),
        ],
    )
    _save(d, "l22_etelakarjala_vuosiraportti_sisaltokentat_2025.docx")


# --- l27: Itä-Uusimaa, Swedish Word final report; footnote marks set as superscript digits right
# after the amounts ("412 000" + superscript "1"), the notes under the table ---


def _amount(cell, amount: str, note: str = "") -> None:
    """A table cell holding ``amount`` and, if given, a superscript footnote mark glued to it."""
    paragraph = cell.paragraphs[0]
    paragraph.add_run(amount)
    if note:
        paragraph.add_run(note).font.superscript = True


def l27_ita_uusimaa_slutrapport() -> None:
    d = docx_document("Tvåspråkig hemrehabilitering", dt.datetime(2025, 9, 15, 9, 0, 0))
    d.add_heading("Tvåspråkig hemrehabilitering – slutrapport", level=1)
    d.add_paragraph("Östra Nylands välfärdsområde · 15.9.2025")
    d.add_paragraph(
        "Projektet Tvåspråkig hemrehabilitering (1.1.2023–30.6.2025) gav rehabilitering i hemmet på "
        "svenska och finska i Borgå, Lovisa och Sibbo. Social- och hälsovårdsministeriet beviljade "
        "projektet 760 000 euro ur programmet för hållbar tillväxt (RRF). Haaga-Helia yrkeshögskola "
        "utvärderade hembesöken, och rehabiliteringsplanerna sparades i Kanta-tjänsterna."
    )
    d.add_heading("Bedömning av genomförandet", level=2)
    d.add_paragraph("Skala: Uppfylls = enligt plan; Uppfylls delvis och Uppfylls inte = avvikelse.")
    table(
        d,
        [
            ("Område", "Bedömning"),
            ("Tidtabell", "Uppfylls"),
            ("Kostnader", "Uppfylls"),
            ("Personal", "Uppfylls delvis"),
            ("Nytta för invånarna", "Uppfylls"),
        ],
    )
    d.add_paragraph("")
    d.add_heading("Kostnader 1.1.2023–30.6.2025 (euro)", level=2)
    grid = d.add_table(rows=1, cols=3)
    grid.style = "Table Grid"
    for cell, text in zip(grid.rows[0].cells, ("Kostnadsslag", "Beviljat", "Utfall"), strict=True):
        cell.text = text
    for label, granted, actual, note in (
        ("Personalkostnader", "520 000", "508 340", ""),
        ("Köpta tjänster", "150 000", "131 260", "1"),
        ("Hjälpmedel", "50 000", "47 900", "2"),
        ("Resor", "40 000", "33 500", ""),
        ("Totalt", "760 000", "721 000", ""),
    ):
        cells = grid.add_row().cells
        cells[0].text = label
        _amount(cells[1], granted)
        _amount(cells[2], actual, note)
    d.add_paragraph("1 Tolkning och översättning av rehabiliteringsmaterial.")
    d.add_paragraph("2 Utlånade hjälpmedel som blir kvar i välfärdsområdets hjälpmedelsservice.")
    d.add_paragraph("Den oanvända delen av understödet, 39 000 euro, återbetalas till ministeriet.")
    d.add_heading("Måluppfyllelse", level=2)
    table(
        d,
        [
            ("Mål", "Måluppfyllelse"),
            ("Rehabilitering i hemmet på klientens eget språk i alla tre kommuner", "100 %"),
            ("Hembesöket görs inom fem dagar efter utskrivningen", "60 %"),
            ("Ett gemensamt tvåspråkigt övningsbibliotek på nätet", "0 %"),
        ],
    )
    _save(d, "l27_itauusimaa_sv_slutrapport_fotnotssiffror_2025.docx")


# --- l30: Pirkanmaa, Finnish PDF status report; lights in rows of part × period (the newest period
# of each part counts), goals as a tree of a main goal and its sub-goals ---

L30_NAME = "Ylä-Pirkanmaan kotihoidon etäyöt"
L30 = [
    [
        "!Ylä-Pirkanmaan kotihoidon etäyöt – tilanneraportti 2/2024",
        "Pirkanmaan hyvinvointialue · 12.12.2024",
        "",
        "Hankeaika 1.1.2023–30.6.2025. Sosiaali- ja terveysministeriö myönsi hankkeelle 690 000 euroa",
        "Kestävän kasvun ohjelmasta. Hanke korvaa kotihoidon yökäyntejä kuvapuheluilla Ruovedellä,",
        "Virroilla, Mänttä-Vilppulassa ja Parkanossa. Tampereen yliopisto tutkii asiakkaiden unta ja",
        "turvallisuuden tunnetta, ja laitetoimittaja Yövahti Oy ylläpitää kuvapuhelinlaitteet.",
        "",
        "Hankkeen osat: Osahanke A: Yökäynnit kuvapuheluina ja Osahanke B: Yöhoitajan etäpäivystys.",
        "",
        "!Tilannevalot kausittain (V = vihreä/suunnitelman mukaan, K = keltainen, P = punainen)",
        "Kunkin osahankkeen uusin kausi on voimassa; aiemmat kaudet ovat historiaa.",
        "#Osahanke|Kausi|Aikataulu|Kustannukset|Henkilöstö|Riskit",
        "#A|1/2024|K|V|V|K",
        "#A|2/2024|V|V|K|V",
        "#B|1/2024|V|V|V|V",
        "#B|2/2024|P|K|V|V",
        "",
        "!Kustannukset hankkeen alusta 30.11.2024 (euroa)",
        "#Kululaji|Budjetti|Toteutunut|Ennuste",
        "#Henkilöstökulut|410 000|301 220|405 000",
        "#Laitteet ja lisenssit|190 000|174 880|192 000",
        "#Ostopalvelut|60 000|22 410|48 000",
        "#Matkakulut|30 000|11 990|22 000",
        "#Yhteensä|690 000|510 500|667 000",
    ],
    [
        "!Tavoitepuu ja toteutuminen",
        "Päätavoite: Kotihoidon asiakas nukkuu yönsä kotona turvallisesti – toteutuu osittain",
        "   Osatavoite 1.1: Puolet yökäynneistä tehdään kuvapuheluna – toteutunut",
        "   Osatavoite 1.2: Yöhoitajan etäpäivystys kattaa neljä kuntaa – kesken (kolme kuntaa)",
        "   Osatavoite 1.3: Yöllisiä kaatumisia sattuu vähemmän kuin vuonna 2022 – ei toteutunut",
        "",
        "Seuraava raportti kesäkuussa 2025.",
    ],
]


# --- l35: Länsi-Uusimaa, Swedish Word steering-group minutes; parts "Delområde 1A/1B", lights on a
# tolerance scale, a revised budget in brackets after the original, an advance and a payment claim
# that are no grant or application ---


def l35_lansi_uusimaa_styrgruppsprotokoll() -> None:
    d = docx_document("Hemrehab Västnyland", dt.datetime(2024, 11, 6, 15, 0, 0))
    d.add_heading("Styrgruppens protokoll 5/2024", level=1)
    d.add_paragraph("Projekt »Hemrehab Västnyland« · Västra Nylands välfärdsområde · möte 5.11.2024")
    d.add_heading("1. Projektet i korthet", level=2)
    d.add_paragraph(
        "Hemrehab Västnyland (1.2.2024–31.1.2026) flyttar rehabiliteringen efter sjukhusvistelse hem "
        "till klienterna i Lojo, Vichtis och Sjundeå. Social- och hälsovårdsministeriet har beviljat "
        "projektet 700 000 euro. Av beloppet betalades 210 000 euro ut som förskott i mars 2024, och "
        "utbetalningsansökan 2/2024 på 96 400 euro skickades i oktober. Laurea yrkeshögskola utbildar "
        "hemvårdarna i rehabiliterande arbetssätt."
    )
    d.add_paragraph(
        "Projektet har två delområden: Delområde 1A: Rehabilitering hemma efter höftfraktur och "
        "Delområde 1B: Rehabilitering hemma efter stroke."
    )
    d.add_heading("2. Läget i förhållande till toleranserna", level=2)
    d.add_paragraph(
        "Skala: inom tolerans = enligt plan; nära toleransgränsen och utanför tolerans = avvikelse."
    )
    table(
        d,
        [
            ("Område", "Delområde 1A", "Delområde 1B"),
            ("Tidtabell", "inom tolerans", "utanför tolerans"),
            ("Kostnader", "inom tolerans", "inom tolerans"),
            ("Personal", "nära toleransgränsen", "inom tolerans"),
            ("Risker", "inom tolerans", "nära toleransgränsen"),
        ],
    )
    d.add_paragraph("")
    d.add_heading("3. Budget och utfall för hela projektet (euro)", level=2)
    d.add_paragraph("Budgeten ändrades i september; den reviderade siffran står inom parentes.")
    table(
        d,
        [
            ("Kostnadsslag", "Budget", "Utfall 31.10.2024"),
            ("Personalkostnader", "460 000 (rev. 490 000)", "201 870"),
            ("Köpta tjänster", "150 000 (rev. 120 000)", "44 260"),
            ("Hjälpmedel", "60 000", "38 915"),
            ("Resor", "30 000", "11 355"),
            ("Totalt", "700 000", "296 400"),
        ],
    )
    d.add_paragraph("")
    d.add_heading("4. Mål", level=2)
    for line in (
        "Rehabiliteringen börjar hemma inom tre dagar efter utskrivningen – uppnått",
        "Hälften av strokepatienterna får hemrehabilitering – pågår (31 %)",
        "Hemvårdarna i alla tre kommuner har gått utbildningen – delvis uppnått",
    ):
        d.add_paragraph(line, style="List Bullet")
    d.add_heading("5. Beslut", level=2)
    d.add_paragraph("Styrgruppen godkände lägesrapporten. Nästa möte 4.2.2025.")
    _save(d, "l35_lansiuusimaa_sv_styrgrupp_toleranser_reviderat_2024.docx")


# --- l42: Kymenlaakso, Finnish slide deck saved as PDF (one slide a page); the lights as a 2 × 2
# grid of tiles (the labels and the values on alternate lines in two columns) ---

L42_NAME = "Kotiutus Kymissä"
L42 = [
    [
        "!Kotiutus Kymissä",
        "Tilannekatsaus ohjausryhmälle 14.6.2023",
        "",
        "Kymenlaakson hyvinvointialue",
    ],
    [
        "!Hanke lyhyesti",
        "• Hankeaika 1.1.2023–31.12.2025",
        "• Sosiaali- ja terveysministeriön avustus 980 000 € (Kestävän kasvun ohjelma)",
        "• Kunnat: Kouvola, Iitti ja Kotka",
        "• Xamk arvioi kotiutusmallin; kotiutussuunnitelma tallentuu Kantaan",
    ],
    [
        "!Tilannevalot 5/2023",
        "Vihreä = suunnitelman mukaan · keltainen ja punainen = poikkeama",
        "",
        "#Aikataulu|Kustannukset",
        "#vihreä|keltainen",
        "",
        "#Henkilöstö|Riskit",
        "#punainen|vihreä",
    ],
    [
        "!Talous 31.5.2023 (hankkeen alusta, €)",
        "#Kululaji|Budjetti|Toteuma|Ennuste",
        "#Henkilöstökulut|640 000|96 410|630 000",
        "#Ostopalvelut|220 000|18 330|210 000",
        "#Matkat|40 000|4 120|38 000",
        "#Yhteensä|900 000|118 860|878 000",
    ],
    [
        "!Tavoitteet – missä mennään",
        "• Kotiutuva saa kotikäynnin samana päivänä → toteutunut",
        "• Uusintakäynnit päivystykseen vähenevät 20 % → kesken",
        "• Kotiutushoitaja jokaisessa sairaalan osastossa → osittain (3/5 osastoa)",
        "• Kotiutuksen sähköinen tarkistuslista → siirtyy vuoteen 2024",
    ],
    [
        "!Päätettävät asiat",
        "• Ohjausryhmä esittää, että hyvinvointialue hakee 60 000 € lisäavustusta",
        "  kotiutushoitajien palkkoihin vuodelle 2024.",
    ],
]


# --- l44: Keski-Uusimaa, Finnish Word status report whose lights stand in a floating text box
# (w:pict / v:textbox / w:txbxContent) beside the body text ---

TEXT_BOX = (
    '<w:r xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
    'xmlns:v="urn:schemas-microsoft-com:vml"><w:pict>'
    '<v:shape id="Tilannevalot" style="position:absolute;margin-left:330pt;margin-top:0;width:150pt;'
    'height:110pt;z-index:1" stroked="t"><v:textbox><w:txbxContent>{paragraphs}</w:txbxContent>'
    "</v:textbox></v:shape></w:pict></w:r>"
)


def _text_box(paragraph, lines: list[str]) -> None:
    """A floating text box anchored in ``paragraph``, one paragraph of text per line."""
    from docx.oxml import parse_xml

    body = "".join(f'<w:p><w:r><w:t xml:space="preserve">{line}</w:t></w:r></w:p>' for line in lines)
    paragraph._p.append(parse_xml(TEXT_BOX.format(paragraphs=body)))


def l44_keski_uusimaa_tilanneraportti() -> None:
    d = docx_document("Mielen ensiapu nuorille", dt.datetime(2024, 9, 18, 8, 0, 0))
    d.add_heading("Mielen ensiapu nuorille – tilanneraportti 2/2024", level=1)
    anchor = d.add_paragraph("Keski-Uudenmaan hyvinvointialue · 18.9.2024")
    _text_box(
        anchor,
        [
            "TILANNEVALOT 8/2024",
            "Aikataulu: vihreä",
            "Kustannukset: punainen",
            "Henkilöstö: vihreä",
            "Hyödyt: keltainen",
            "(vihreä = suunnitelman mukaan)",
        ],
    )
    d.add_paragraph(
        "Mielen ensiapu nuorille -hanke (1.1.2024–31.12.2025) kouluttaa yläkoulujen ja toisen asteen "
        "henkilöstöä tunnistamaan nuorten mielenterveyden kriisit Järvenpäässä, Tuusulassa ja "
        "Nurmijärvellä. Sosiaali- ja terveysministeriö myönsi hankkeelle 450 000 euroa Kestävän kasvun "
        "ohjelmasta. MIELI Suomen Mielenterveys ry kouluttaa kouluttajat, ja nuoret ohjataan "
        "Mielenterveystalon omahoito-ohjelmiin."
    )
    d.add_paragraph(
        "Kustannukset ylittyivät, koska koulutuspäiviä pidettiin suunniteltua enemmän; hyödyt jäävät "
        "vielä tavoitteesta, koska kaikki koulut eivät ole mukana."
    )
    d.add_heading("Kustannukset 1.1.–31.8.2024 (euroa)", level=2)
    table(
        d,
        [
            ("Kululaji", "Budjetti 2024", "Toteuma 1–8/2024"),
            ("Henkilöstökulut", "140 000", "101 250"),
            ("Koulutuspalvelut", "60 000", "71 400"),
            ("Materiaalit", "10 000", "6 120"),
            ("Yhteensä", "210 000", "178 770"),
        ],
    )
    d.add_paragraph("")
    d.add_heading("Tavoitteet", level=2)
    for line in (
        "Jokaisessa kolmen kunnan yläkoulussa on kaksi koulutettua mielen ensiavun tekijää: toteutunut",
        "Nuori pääsee keskusteluun saman viikon aikana: kesken",
        "Koulukuraattorien jonot lyhenevät kolmannekseen: ei toteutunut",
    ):
        d.add_paragraph(line, style="List Number")
    _save(d, "l44_keskiuusimaa_tilanneraportti_tekstiruutu_2024.docx")


# --- l48: Pohjois-Pohjanmaa, English two-column newsletter PDF: the story in the left column, a fact
# box with abbreviated light labels and a small cost table in the right one, line by line side by side ---

L48_NAME = "Coastal Oulu Newsletter 4/2024"
L48 = [
    [
        "!Night Nurses by the Sea: a year of night visits",
        "",
        "#Night Nurses by the Sea, a project of the|AT A GLANCE",
        "#North Ostrobothnia wellbeing services|Project term 1.2.2023–31.1.2025",
        "#county, sends home care nurses out at|Grant EUR 540,000 (Ministry of",
        "#night in Raahe, Siikajoki and Pyhäjoki.|Social Affairs and Health)",
        "#Oulu University of Applied Sciences|",
        "#trains the night nurses, and the|Status, November 2024",
        "#Finnish Red Cross volunteers make|Sched.: green",
        "#evening phone calls to lonely clients.|Fin.: amber",
        "#|HR: green",
        "#What the project set out to do:|Risk: red",
        "#1. Night visits in all three|(green = as planned)",
        "#municipalities – achieved.|",
        "#2. Fewer night-time ambulance calls|Costs to 31.10.2024 (EUR)",
        "#– partly achieved (–12 %).|Staff 310,000 / 244,610",
        "#3. A night nurse car in Pyhäjoki|Services 90,000 / 51,300",
        "#– moved to spring 2025.|Travel 40,000 / 33,880",
        "#|Total 440,000 / 329,790",
        "#The table shows the night work only;|(budget / spent)",
        "#EUR 100,000 of the grant is kept for|",
        "#the evaluation in January.|",
    ]
]


# --- l52: Päijät-Häme, Finnish Word final report of a TSK project (2023); one status cell merged down
# over two goals (a vertical merge: both goals share it) ---


def l52_paijat_hame_loppuraportti() -> None:
    d = docx_document("Sote-keskus Sysmässä ja Hartolassa", dt.datetime(2023, 12, 15, 9, 0, 0))
    d.add_heading("Loppuraportti: Sote-keskus Sysmässä ja Hartolassa", level=1)
    d.add_paragraph("Päijät-Hämeen hyvinvointialue · Tulevaisuuden sote-keskus -ohjelma · 15.12.2023")
    d.add_paragraph(
        "Hanke toimi 1.1.2021–31.10.2023 Sysmässä ja Hartolassa. Sosiaali- ja terveysministeriö myönsi "
        "hankkeelle 760 000 euroa. Hartolan kunta antoi hankkeen käyttöön kunnantalon tiloja, ja "
        "Lahden ammattikorkeakoulu LAB arvioi palveluohjauksen mallin."
    )
    d.add_heading("Tilannevalot hankkeen lopussa", level=2)
    d.add_paragraph(
        "Kaikki osa-alueet olivat vihreällä (suunnitelman mukaan) paitsi henkilöstö (punainen) ja "
        "riskit (keltainen). Osa-alueet olivat aikataulu, kustannukset, henkilöstö, riskit ja hyödyt."
    )
    d.add_heading("Tavoitteiden toteutuminen", level=2)
    grid = table(
        d,
        [
            ("Tavoite", "Toteutuminen"),
            ("Sote-keskuksen palveluohjaus toimii molemmissa kunnissa", "Toteutui"),
            ("Asukas saa yhteydenotostaan vastauksen samana päivänä", ""),
            ("Kotihoidon ja terveysaseman yhteiset asiakaskokoukset kerran viikossa", "Toteutui osittain"),
            ("Sähköinen ajanvaraus hammashoitoon", "Ei toteutunut"),
        ],
    )
    merged = grid.cell(1, 1).merge(grid.cell(2, 1))
    merged.text = "Toteutui"
    d.add_paragraph("")
    d.add_heading("Kustannukset koko hankeajalta (euroa)", level=2)
    table(
        d,
        [
            ("Kululaji", "Myönnetty", "Toteutunut", "Käyttöaste %"),
            ("Henkilöstökulut", "540 000", "533 820", "99"),
            ("Palvelujen ostot", "120 000", "98 760", "82"),
            ("Tilat", "60 000", "42 000", "70"),
            ("Matkakulut", "40 000", "27 420", "69"),
            ("Yhteensä", "760 000", "702 000", "92"),
        ],
    )
    d.add_paragraph("Käyttämättä jäänyt avustus, 58 000 euroa, palautetaan.")
    _save(d, "l52_paijathame_loppuraportti_yhdistetty_tilasolu_2023.docx")


# --- l58: Vantaa-Kerava, English PDF highlight report (PRINCE2 style); a current and a forecast RAG
# column side by side (only the current is the light) ---

L58_NAME = "Highlight report 3 – Safe Discharge Vantaa"
L58 = [
    [
        "!Highlight report 3: Safe Discharge Vantaa",
        "Vantaa and Kerava wellbeing services county · period 1 April – 30 June 2025 · issued 4 July 2025",
        "",
        "Safe Discharge Vantaa (1 September 2024 – 31 August 2026) gives patients leaving Peijas Hospital a",
        "nurse's home visit and a follow-up call in Vantaa and Kerava. The Ministry of Social Affairs and",
        "Health granted EUR 860,000 from the Sustainable Growth Programme (RRF). Laurea University of",
        "Applied Sciences evaluates the visits, and discharge summaries are read from Kanta.",
        "",
        "!Status (RAG)",
        "Current = this period's rating; Forecast = the rating expected at the end of the project.",
        "Green = within tolerance; Amber and Red = deviations.",
        "#Area|Current|Forecast",
        "#Time|Amber|Green",
        "#Cost|Green|Amber",
        "#Resources|Green|Green",
        "#Benefits|Red|Amber",
        "",
        "!Costs (EUR, whole project to 30 June 2025)",
        "#Cost type|Baseline|Actual|Forecast|Variance",
        "#Staff|520,000|198,400|515,000|-5,000",
        "#Services|180,000|61,250|190,000|10,000",
        "#Travel|40,000|9,870|32,000|-8,000",
        "#Total|740,000|269,520|737,000|-3,000",
        "",
        "!Products this period",
        "Home visit within 48 hours of discharge – delivered",
        "Follow-up call on day 7 – delivered for 71 % of patients (target 90 %)",
        "Shared discharge checklist with the hospital wards – postponed to autumn 2025",
    ]
]


# --- l60: Keski-Suomi, English Word report; a two-row header whose role cells are merged over the years
# below, sums in thousands with English decimals, then a pilot's table in full euros (no scale) ---


def l60_keski_suomi_annual_report() -> None:
    d = docx_document("Central Finland Home Hospital", dt.datetime(2025, 9, 12, 9, 0, 0))
    d.add_heading("Central Finland Home Hospital – annual report 2024–2025", level=1)
    d.add_paragraph("Wellbeing services county of Central Finland · 12 September 2025")
    d.add_paragraph(
        "Central Finland Home Hospital (1 January 2024 – 31 December 2026) treats patients with intravenous "
        "antibiotics and palliative care at home in Jyväskylä, Äänekoski and Jämsä. The Ministry of Social "
        "Affairs and Health granted EUR 1,600,000 from the Sustainable Growth Programme (RRF). JAMK "
        "University of Applied Sciences trains the home hospital nurses."
    )
    d.add_paragraph("Key: green = as planned; amber and red = deviations.")
    table(
        d,
        [
            ("Area", "Rating"),
            ("Schedule", "green"),
            ("Costs", "green"),
            ("Staffing", "amber"),
            ("Risks", "green"),
        ],
    )
    d.add_paragraph("")
    d.add_heading("Costs by year", level=2)
    d.add_paragraph("All amounts in thousands of euros.")
    rows = [
        ("Cost type", "Budget", "", "Actual", ""),
        ("", "2024", "2025", "2024", "2025 (Jan–Aug)"),
        ("Staff costs", "412.0", "430.0", "398.6", "271.4"),
        ("Medicines and supplies", "95.5", "98.0", "101.2", "60.3"),
        ("Vehicles", "60.0", "60.0", "58.8", "40.0"),
        ("Total", "567.5", "588.0", "558.6", "371.7"),
    ]
    grid = table(d, rows)
    for left, right in ((1, 2), (3, 4)):
        label = grid.cell(0, left).text
        merged = grid.cell(0, left).merge(grid.cell(0, right))
        merged.text = label
    top = grid.cell(0, 0).merge(grid.cell(1, 0))
    top.text = "Cost type"
    d.add_paragraph("")
    d.add_heading("Pilot site 1: Äänekoski", level=2)
    d.add_paragraph("The Äänekoski pilot's own costs in 2025 (January–August), in euros.")
    table(
        d,
        [
            ("Cost type", "Budget 2025", "Actual Jan–Aug 2025"),
            ("Staff costs", "96,000", "61,240"),
            ("Vehicles", "12,000", "8,000"),
            ("Total", "108,000", "69,240"),
        ],
    )
    d.add_paragraph("")
    d.add_heading("Objectives", level=2)
    for line in (
        "Home hospital care available in all three towns seven days a week – achieved",
        "A third of intravenous antibiotic courses given at home – in progress (24 %)",
        "Palliative home care for every patient who wishes it – partly achieved",
    ):
        d.add_paragraph(line, style="List Bullet")
    _save(d, "l60_keskisuomi_en_annual_report_merged_role_header_2025.docx")


# --- l66: Etelä-Pohjanmaa, Finnish Word status report; parts as "OH1 …", "OH2 …" after "OH = osahanke",
# lights lines whose old value is struck through (w:strike) beside the new one; a line struck from its
# start and a struck value with no new one give no light ---


def _struck_line(d, label: str, old: str, new: str) -> None:
    """A paragraph 'label: <old struck> new'; an empty ``label`` strikes the whole line."""
    paragraph = d.add_paragraph()
    if not label:
        paragraph.add_run(old).font.strike = True
        return
    paragraph.add_run(f"{label}: ")
    paragraph.add_run(old).font.strike = True
    if new:
        paragraph.add_run(f" {new}")


def l66_etela_pohjanmaa_tilanneraportti() -> None:
    d = docx_document("Lakeuden kotihoito yöllä", dt.datetime(2025, 10, 3, 9, 0, 0))
    d.add_heading("Lakeuden kotihoito yöllä – tilanneraportti 3/2025", level=1)
    d.add_paragraph("Etelä-Pohjanmaan hyvinvointialue · 3.10.2025")
    d.add_paragraph(
        "Lakeuden kotihoito yöllä -hanke (1.1.2025–31.12.2026) järjestää kotihoidon yökäynnit Seinäjoella, "
        "Ilmajoella ja Kurikassa. Sosiaali- ja terveysministeriö myönsi hankkeelle 590 000 euroa. "
        "Seinäjoen ammattikorkeakoulu kouluttaa yöhoitajat. Hanke jakautuu osahankkeisiin (OH = osahanke). "
        "Yliviivattu arvio on edellisestä raportista; sen vieressä on uusi arvio. Vihreä = suunnitelman mukaan."
    )
    bold(d, "OH1 Yöpartio")
    _struck_line(d, "Aikataulu", "keltainen", "vihreä")
    _struck_line(d, "Kustannukset", "vihreä", "keltainen")
    d.add_paragraph("Henkilöstö: vihreä")
    _struck_line(d, "", "Riskit: punainen", "")
    table(
        d,
        [
            ("Kululaji", "Budjetti", "Toteutunut 31.8.2025"),
            ("Henkilöstökulut", "180 000", "131 600"),
            ("Auton leasing", "24 000", "16 000"),
            ("Yhteensä", "204 000", "147 600"),
        ],
    )
    d.add_paragraph("")
    bold(d, "OH2 Yön etävalvonta")
    d.add_paragraph("Aikataulu: punainen")
    _struck_line(d, "Kustannukset", "keltainen", "vihreä")
    d.add_paragraph("Henkilöstö: vihreä")
    _struck_line(d, "Hyödyt", "keltainen", "")
    table(
        d,
        [
            ("Kululaji", "Budjetti", "Toteutunut 31.8.2025"),
            ("Henkilöstökulut", "90 000", "52 300"),
            ("Etävalvontalaitteet", "70 000", "66 450"),
            ("Yhteensä", "160 000", "118 750"),
        ],
    )
    d.add_paragraph("")
    d.add_heading("Tavoitteet", level=2)
    for line in (
        "Yöpartio käy jokaisen hälytyksen jälkeen 45 minuutissa: toteutunut",
        "Etävalvonta korvaa kolmanneksen suunnitelluista yökäynneistä: osittain",
        "Kurikan yöpartio aloittaa: siirtyy vuoteen 2026",
    ):
        d.add_paragraph(line, style="List Bullet")
    _save(d, "l66_etelapohjanmaa_tilanneraportti_oh_lyhenne_yliviivaus_2025.docx")


# --- l73: Pohjois-Savo, Finnish Word report; text a person sees inside a hyperlink, a block-level
# content control, a formula field's cached result (=SUM(ABOVE)) and a moved paragraph (w:moveTo; its
# w:moveFrom copy is no text) ---

W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
R_NS = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'


def _hyperlink(d, paragraph, text: str, url: str) -> None:
    """A hyperlink run of ``text`` to ``url`` appended to ``paragraph``."""
    from docx.opc.constants import RELATIONSHIP_TYPE
    from docx.oxml import parse_xml

    rid = d.part.relate_to(url, RELATIONSHIP_TYPE.HYPERLINK, is_external=True)
    paragraph._p.append(
        parse_xml(f'<w:hyperlink {W_NS} {R_NS} r:id="{rid}"><w:r><w:t>{text}</w:t></w:r></w:hyperlink>')
    )


def _block_control(d, lines: list[str]) -> None:
    """Paragraphs of ``lines`` wrapped in one block-level content control (w:sdt around w:p)."""
    from docx.oxml import parse_xml

    body = "".join(f"<w:p><w:r><w:t>{line}</w:t></w:r></w:p>" for line in lines)
    sdt = parse_xml(
        f'<w:sdt {W_NS}><w:sdtPr><w:alias w:val="Tilannevalot"/></w:sdtPr><w:sdtContent>{body}</w:sdtContent></w:sdt>'
    )
    d.element.body.insert(len(d.element.body) - 1, sdt)


def _formula(cell, cached: str) -> None:
    """A cell whose text is a formula field =SUM(ABOVE) with ``cached`` as its shown result."""
    from docx.oxml import parse_xml

    cell.paragraphs[0]._p.append(
        parse_xml(f'<w:fldSimple {W_NS} w:instr=" =SUM(ABOVE) "><w:r><w:t>{cached}</w:t></w:r></w:fldSimple>')
    )


def _moved(d, text: str, to: bool) -> None:
    """A paragraph whose run is moved text: w:moveTo (the new place) or w:moveFrom (the old one)."""
    from docx.oxml import parse_xml

    tag, run = ("w:moveTo", "w:t") if to else ("w:moveFrom", "w:delText")
    p = parse_xml(
        f'<w:p {W_NS}><{tag} w:id="{90 + to}" w:author="Reviewer" w:date="{CHANGE_DATE}">'
        f"<w:r><{run}>{text}</{run}></w:r></{tag}></w:p>"
    )
    d.element.body.insert(len(d.element.body) - 1, p)


def l73_pohjois_savo_vuosikatsaus() -> None:
    d = docx_document("Ikäneuvola Ylä-Savossa", dt.datetime(2025, 11, 20, 9, 0, 0))
    d.add_heading("Vuosikatsaus 2025", level=1)
    lead = d.add_paragraph("Hanke: ")
    _hyperlink(d, lead, "Ikäneuvola Ylä-Savossa", "https://hankkeet.example/ikaneuvola-yla-savo")
    lead.add_run(" · Pohjois-Savon hyvinvointialue · 20.11.2025")
    d.add_paragraph(
        "Hanke (1.1.2025–31.12.2026) tarjoaa 75 vuotta täyttäneille terveystarkastuksen Iisalmessa, "
        "Kiuruvedellä ja Sonkajärvellä. Sosiaali- ja terveysministeriö myönsi 380 000 euroa. "
        "Savonia-ammattikorkeakoulu arvioi tarkastusten hyödyt."
    )
    d.add_heading("Tilannevalot (vihreä = suunnitelman mukaan)", level=2)
    _block_control(d, ["Aikataulu: vihreä", "Kustannukset: vihreä", "Henkilöstö: keltainen", "Hyödyt: vihreä"])
    d.add_heading("Kustannukset 1.1.–31.10.2025 (euroa)", level=2)
    grid = table(
        d,
        [
            ("Kululaji", "Budjetti 2025", "Toteutunut"),
            ("Henkilöstökulut", "150 000", "118 240"),
            ("Tilavuokrat", "18 000", "15 000"),
            ("Matkakulut", "7 000", "5 310"),
            ("Yhteensä", "", ""),
        ],
    )
    _formula(grid.cell(4, 1), "175 000")
    _formula(grid.cell(4, 2), "138 550")
    d.add_paragraph("")
    d.add_heading("Tavoitteet", level=2)
    d.add_paragraph("Ikäneuvolan tarkastus jokaiselle 75-vuotiaalle kolmessa kunnassa: toteutunut")
    _moved(d, "Sonkajärven ikäneuvola avataan kirjastossa: siirtyy vuoteen 2026", to=False)
    status = d.add_paragraph("Tarkastuksessa löydetyistä riskeistä 80 % johtaa jatkotoimeen: ")
    _hyperlink(d, status, "osittain", "https://hankkeet.example/ikaneuvola-yla-savo/seuranta")
    _moved(d, "Sonkajärven ikäneuvola avataan kirjastossa: siirtyy vuoteen 2026", to=True)
    _save(d, "l73_pohjoissavo_vuosikatsaus_linkit_kentat_siirrot_2025.docx")


def main() -> None:
    _pdf(
        "l11_pohjanmaa_sv_mellanrapport_kolumndelad_2024.pdf",
        L11,
        [40, 200, 330],
        header=lambda n, total: [(40, L11_NAME), (500, f"{n}/{total}")],
        footer=lambda n, total: [(40, "Välfärdsområdet i Österbotten")],
    )
    l12_satakunta_hankesuunnitelma()
    l15_lappi_loppuraportti()
    l22_etela_karjala_vuosiraportti()
    l27_ita_uusimaa_slutrapport()
    l35_lansi_uusimaa_styrgruppsprotokoll()
    l44_keski_uusimaa_tilanneraportti()
    l52_paijat_hame_loppuraportti()
    l60_keski_suomi_annual_report()
    l66_etela_pohjanmaa_tilanneraportti()
    l73_pohjois_savo_vuosikatsaus()
    _pdf(
        "l58_vantaakerava_en_highlight_report_forecast_rag_2025.pdf",
        L58,
        [40, 170, 260, 350, 440],
        header=lambda n, total: [(40, L58_NAME)],
        footer=lambda n, total: [(40, "Vantaa and Kerava wellbeing services county"), (520, str(n))],
    )
    _pdf(
        "l48_pohjoispohjanmaa_en_newsletter_two_columns_2024.pdf",
        L48,
        [40, 320],
        header=lambda n, total: [(40, L48_NAME)],
        footer=lambda n, total: [(40, "North Ostrobothnia wellbeing services county"), (520, str(n))],
    )
    _pdf(
        "l42_kymenlaakso_diaesitys_ruudukkovalot_2023.pdf",
        L42,
        [40, 230, 330, 430],
        header=lambda n, total: [(40, L42_NAME)],
        footer=lambda n, total: [(40, "Kymenlaakson hyvinvointialue"), (500, f"Dia {n} / {total}")],
    )
    _pdf(
        "l30_pirkanmaa_tilanneraportti_osa_kausi_rivit_2024.pdf",
        L30,
        [40, 120, 200, 280, 370, 450],
        header=lambda n, total: [(40, L30_NAME), (500, f"sivu {n}/{total}")],
        footer=lambda n, total: [(40, "Pirkanmaan hyvinvointialue")],
    )


if __name__ == "__main__":
    main()
