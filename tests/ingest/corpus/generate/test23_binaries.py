"""Write the development set test23's PDF and DOCX documents (invented text, see ../README.md).

test23/ was written blind in stop 36 by helper W20: first breadth documents in forms of lights, cost
tables, goals and parts that none of the earlier layout tables lists, then probes of the classes the
stop's commits claim (read from their messages only). No ingest code and no document of any set was
read. Run with ``.venv/bin/python tests/ingest/corpus/generate/test23_binaries.py``; the outputs are
committed, so the script is needed only to change them. Two runs write the same bytes: reportlab's
invariant mode for the PDFs; fixed core properties and one fixed time stamp on every zip entry for the
DOCX files.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from binaries_common import Running, bold, docx_document, pdf, save, table

TEST23 = Path(__file__).resolve().parent.parent / "test23"
#: The time stamp of every zip entry of the DOCX files (a zip stores local time, no zone).
ZIP_TIME = (2026, 12, 5, 11, 0, 0)


def _pdf(name: str, pages: list[list[str]], columns: list[int], header: Running, footer: Running) -> None:
    pdf(TEST23 / name, pages, columns, header, footer)


def _save(d, name: str) -> None:
    save(d, TEST23 / name, ZIP_TIME)


def s11_pohjanmaa_sv_lagesrapport() -> None:
    d = docx_document("Hemrehab Österbotten", dt.datetime(2024, 8, 15, 9, 0, 0))
    d.add_heading("Hemrehab Österbotten – lägesrapport 1–6/2024", level=1)
    d.add_paragraph("Välfärdsområdet i Österbotten · Rapporten godkänd av styrgruppen 15.8.2024")
    d.add_paragraph(
        "Projektet Hemrehab Österbotten (1.3.2023–31.12.2025) flyttar rehabiliteringen efter sjukhusvård "
        "hem till klienterna i Vasa, Korsholm, Jakobstad och Nykarleby. Social- och hälsovårdsministeriet "
        "har beviljat projektet 1 150 000 euro ur EU:s facilitet för återhämtning och resiliens. "
        "Yrkeshögskolan Novia utbildar hemvårdens personal i rehabiliterande arbetssätt och Folkhälsan "
        "ordnar gruppträningen på dagcentren."
    )
    d.add_heading("Insats 1: Rehabilitering i hemmet", level=2)
    d.add_paragraph(
        "Skala: Stabil = enligt plan · Bevakas = avvikelse som följs upp · Kritisk = kräver beslut av styrgruppen."
    )
    table(
        d,
        [
            ("Område", "Status", "Trend jämfört med förra rapporten"),
            ("Tidsplan", "Stabil", "→ oförändrad"),
            ("Kostnader", "Stabil", "↑ bättre"),
            ("Personal", "Bevakas", "↓ sämre"),
            ("Risker", "Stabil", "→ oförändrad"),
        ],
    )
    d.add_heading("Insats 2: Digital uppföljning", level=2)
    table(
        d,
        [
            ("Område", "Status", "Trend jämfört med förra rapporten"),
            ("Tidsplan", "Kritisk", "↓ sämre"),
            ("Kostnader", "Bevakas", "→ oförändrad"),
            ("Personal", "Stabil", "↑ bättre"),
            ("Risker", "Bevakas", "→ oförändrad"),
        ],
    )
    d.add_paragraph(
        "Den digitala uppföljningen har försenats eftersom upphandlingen av mätutrustningen avbröts i mars."
    )
    d.add_heading("Ekonomi för hela projektet (euro)", level=2)
    d.add_paragraph("Styrgruppen beslöt i februari 2024 om en omfördelning mellan kostnadsslagen.")
    table(
        d,
        [
            (
                "Kostnadsslag",
                "Ursprunglig budget",
                "Ändringsbeslut 2/2024",
                "Reviderad budget",
                "Utfall 30.6.2024",
            ),
            ("Personalkostnader", "640 000", "−40 000", "600 000", "288 450"),
            ("Köp av tjänster", "300 000", "+60 000", "360 000", "171 200"),
            ("Programvara", "150 000", "−20 000", "130 000", "96 300"),
            ("Resekostnader", "60 000", "0", "60 000", "14 750"),
            ("Totalt", "1 150 000", "0", "1 150 000", "570 700"),
        ],
    )
    d.add_heading("Mål och indikatorer", level=2)
    table(
        d,
        [
            ("Mål", "Indikator", "Utgångsläge 2023", "Målvärde 2025", "Utfall 6/2024"),
            ("Fler klienter rehabiliteras hemma", "andel av utskrivna klienter", "22 %", "≥ 40 %", "41 %"),
            ("Kortare väntetid till hemrehabilitering", "dygn", "9", "≤ 3", "5"),
            ("Digital uppföljning för klienter med hjärtsvikt", "antal klienter", "0", "150", "0"),
        ],
    )
    _save(d, "s11_pohjanmaa_sv_lagesrapport_stabil_bevakas_2024.docx")


S12_NAME = "Mielen Myötätuuli – väliraportti 1/2024"
S12 = [
    [
        "!Mielen Myötätuuli – väliraportti 1/2024",
        "Etelä-Savon hyvinvointialue, raportointijakso 1.1.–30.6.2024, päivätty 31.8.2024",
        "",
        "Mielen Myötätuuli -hanke (1.1.2023–31.12.2025) tuo mielenterveyspalvelut lähemmäs asukkaita",
        "Mikkelissä, Savonlinnassa, Pieksämäellä ja Juvalla. Hankkeen kokonaisbudjetti on 1 080 000",
        "euroa, josta valtionavustusta on 864 000 euroa. Diakonia-ammattikorkeakoulu kouluttaa",
        "vastaanottojen hoitajat, ja Mieli Etelä-Savo ry vetää vertaistukiryhmät.",
        "",
        "!Osiot",
        "Osio A: Matalan kynnyksen vastaanotot",
        "Osio B: Nuorten mielenterveys",
        "",
        "!Tilannearvio osioittain",
        "Asteikko: Hallinnassa (suunnitelman mukaan) / Osittain hallinnassa / Ei hallinnassa",
        "#Osa-alue|Osio A|Osio B",
        "#Aikataulu|Hallinnassa|Ei hallinnassa",
        "#Kustannukset|Hallinnassa|Hallinnassa",
        "#Henkilöstö|Osittain hallinnassa|Hallinnassa",
        "#Riskit|Hallinnassa|Osittain hallinnassa",
        "",
        "Osion B aikataulu ei ole hallinnassa: nuorisoaseman tilat valmistuvat vasta syksyllä.",
    ],
    [
        "!Kustannukset kirjanpidon tileittäin, koko hanke 1.1.2023–30.6.2024 (euroa)",
        "#Tili|Tilin nimi|Budjetti|Toteuma|Jäljellä",
        "#4000|Palkat ja henkilösivukulut|820 000|497 300|322 700",
        "#4300|Asiantuntijapalvelut|140 000|61 900|78 100",
        "#4390|Muut palvelujen ostot|90 000|37 420|52 580",
        "#4610|Matkakulut|30 000|9 880|20 120",
        "#|Yhteensä|1 080 000|606 500|473 500",
        "",
        "!Tavoitteiden eteneminen",
        "Tavoite 1: Matalan kynnyksen vastaanotto kaikissa neljässä kunnassa  [##########] 100 %",
        "Tavoite 2: Nuorten odotusaika hoitoon alle 14 vuorokautta  [######----] 60 %",
        "Tavoite 3: Vertaistukiryhmät Juvalla  [----------] 0 %",
        "",
        "Seuraava väliraportti laaditaan 28.2.2025 mennessä.",
    ],
]


def s15_etelapohjanmaa_en_status() -> None:
    d = docx_document("Rural Care Link", dt.datetime(2025, 10, 6, 9, 0, 0))
    d.add_heading("Rural Care Link", level=1)
    d.add_paragraph("Status report, month 25 (September 2025) · South Ostrobothnia wellbeing services county")
    d.add_paragraph(
        "Rural Care Link (1 September 2023 – 31 August 2026) connects home care in Seinäjoki, Lapua and "
        "Kauhava to the emergency department with remote monitoring. The project is funded by the Ministry "
        "of Social Affairs and Health with a grant of EUR 1,320,000. Seinäjoki University of Applied "
        "Sciences evaluates the monitoring pilot, and the City of Lapua provides the premises of the "
        "monitoring centre. Clients receive their appointment notices through Suomi.fi Messages."
    )
    d.add_heading("Performance indices", level=2)
    d.add_paragraph(
        "An index of 0.95 or more is on plan; below 0.95 is a deviation reported to the steering group."
    )
    table(
        d,
        [
            ("Index", "Value", "Meaning"),
            ("Schedule Performance Index (SPI)", "0.88", "work done against work planned"),
            ("Cost Performance Index (CPI)", "1.03", "value of work done against its cost"),
            ("Staff Availability Index", "0.97", "person-months available against planned"),
        ],
    )
    d.add_heading("Earned value figures (EUR, whole project)", level=2)
    table(
        d,
        [
            (
                "Cost category",
                "Budget at completion (BAC)",
                "Actual cost to date (AC)",
                "Estimate at completion (EAC)",
            ),
            ("Own staff costs", "780,000", "512,400", "776,000"),
            ("Purchased services", "260,000", "148,900", "255,000"),
            ("Phone and ICT equipment", "280,000", "264,700", "289,000"),
            ("Total", "1,320,000", "926,000", "1,320,000"),
        ],
    )
    d.add_heading("Deliverables", level=2)
    table(
        d,
        [
            ("No.", "Deliverable", "Planned", "Status"),
            ("D1.1", "Care link protocol agreed with the emergency department", "M6", "Delivered M6"),
            ("D2.1", "Remote monitoring running in 200 homes", "M24", "Delayed to M30"),
            ("D2.2", "Evaluation report of the monitoring pilot", "M34", "In progress"),
        ],
    )
    _save(d, "s15_etelapohjanmaa_en_status_earned_value_2025.docx")


def s20_lansiuusimaa_hankesuunnitelma() -> None:
    d = docx_document("Länsi-Uudenmaan hyvinvointialue", dt.datetime(2024, 11, 29, 9, 0, 0))
    d.add_heading("Hankesuunnitelma: Kotihoidon tiekartta Länsi-Uudellamaalla (RRF, vaihe 4)", level=1)
    d.add_paragraph("Länsi-Uudenmaan hyvinvointialue · versio 1.2 · 29.11.2024")
    bold(d, "1 Hankkeen perustiedot")
    table(
        d,
        [
            ("Kenttä", "Tieto"),
            ("Hankkeen nimi", "Kotihoidon tiekartta Länsi-Uudellamaalla"),
            ("Toteutusaika", "1.1.2025–31.12.2026"),
            ("Kunnat", "Lohja, Vihti, Kirkkonummi ja Raasepori"),
            ("Haettava avustus", "1 600 000 euroa"),
        ],
    )
    d.add_paragraph(
        "Hanke haetaan Suomen kestävän kasvun ohjelman (RRF) vaiheen 4 valtionavustuksena sosiaali- ja "
        "terveysministeriöltä. Työterveyslaitos arvioi kotihoidon työkuormituksen ennen ja jälkeen muutosten, "
        "ja mobiilikirjaus tallentaa käyntitiedot suoraan Kanta-palveluihin."
    )
    bold(d, "2 Hankkeen rakenne")
    d.add_paragraph("Investointi 1: Kotihoidon toiminnanohjaus")
    d.add_paragraph("Toimenpide 1.1: Reittien optimointi", style="List Bullet")
    d.add_paragraph("Toimenpide 1.2: Mobiilikirjaus", style="List Bullet")
    d.add_paragraph("Investointi 2: Kuntouttava kotihoito")
    bold(d, "3 Rahoituslähteet")
    table(
        d,
        [
            ("Rahoituslähde", "Euroa", "Osuus"),
            ("STM:n valtionavustus (RRF)", "1 600 000", "100 %"),
            ("Hyvinvointialueen omarahoitus", "0", "0 %"),
            ("Yhteensä", "1 600 000", "100 %"),
        ],
    )
    bold(d, "4 Kustannusarvio investoinneittain")
    d.add_paragraph("Investointi 1: Kotihoidon toiminnanohjaus (euroa)")
    table(
        d,
        [
            ("Kustannuslaji", "2025", "2026", "Yhteensä"),
            ("Henkilöstökulut", "240 000", "260 000", "500 000"),
            ("Ohjelmistot", "310 000", "90 000", "400 000"),
            ("Yhteensä", "550 000", "350 000", "900 000"),
        ],
    )
    d.add_paragraph("Investointi 2: Kuntouttava kotihoito (euroa)")
    table(
        d,
        [
            ("Kustannuslaji", "2025", "2026", "Yhteensä"),
            ("Henkilöstökulut", "280 000", "300 000", "580 000"),
            ("Materiaalikulut", "70 000", "50 000", "120 000"),
            ("Yhteensä", "350 000", "350 000", "700 000"),
        ],
    )
    bold(d, "5 Riskiarvio osa-alueittain")
    d.add_paragraph(
        "Riskitaso: matala = suunnitelma pitää; keskitaso ja korkea = poikkeaman uhka, joka seurataan ohjausryhmässä."
    )
    table(
        d,
        [
            ("Osa-alue", "Investointi 1", "Investointi 2"),
            ("Aikataulu", "keskitaso", "matala"),
            ("Kustannukset", "matala", "matala"),
            ("Henkilöstö", "matala", "korkea"),
        ],
    )
    bold(d, "6 Tavoitteet")
    d.add_paragraph("Investointi 1: välittömän asiakastyön osuus kotihoidon työajasta nousee 60 prosenttiin.")
    d.add_paragraph("Toimenpide 1.2: kaikki kotikäynnit kirjataan käynnin aikana mobiilisti.")
    d.add_paragraph(
        "Investointi 2: kotihoidon uusista asiakkaista puolet saa kuntoutusjakson ennen säännöllistä kotihoitoa."
    )
    _save(d, "s20_lansiuusimaa_hankesuunnitelma_sisakkaiset_2024.docx")


def s29_lansiuusimaa_sv_protokoll() -> None:
    d = docx_document("Välfärdsområdet Västra Nyland", dt.datetime(2025, 9, 24, 9, 0, 0))
    d.add_paragraph("Välfärdsområdet Västra Nyland\tPROTOKOLL 9/2025")
    d.add_paragraph("Välfärdsområdesstyrelsen\t22.9.2025")
    d.add_heading("§ 143 Ansökan om tilläggsfinansiering för projektet Kustens hemsjukhus", level=2)
    d.add_paragraph("VN/2231/2025")
    d.add_paragraph("Beredare: utvecklingsdirektör Camilla Lindqvist")
    bold(d, "Beredning")
    d.add_paragraph(
        "Projektet Kustens hemsjukhus (1.1.2024–31.12.2025) beviljades 1 200 000 euro i statsunderstöd år "
        "2023. Projektet har två delprojekt. Åbo Akademi utvärderar hemsjukhusets vårdkedjor och Raseborgs stad "
        "ställer lokaler till förfogande för hemsjukhusets team. Förslaget har fått grönt ljus av projektets "
        "styrgrupp, och den röda tråden i ansökan är att patienten ska kunna stanna hemma även på natten."
    )
    d.add_paragraph("Delprojektens understöd och utfall:")
    table(
        d,
        [
            ("Delprojekt", "Beviljat (euro)", "Utfall 31.8.2025 (euro)", "Användningsgrad"),
            ("Delprojekt 1: Hemsjukhus i Raseborg", "720 000", "611 300", "85 %"),
            ("Delprojekt 2: Hemsjukhus i Hangö och Ingå", "480 000", "302 150", "63 %"),
            ("Totalt", "1 200 000", "913 450", "76 %"),
        ],
    )
    d.add_paragraph(
        "Målet med tilläggsfinansieringen är att hemsjukhuset tar emot patienter även nattetid i Raseborg."
    )
    bold(d, "Förslag")
    d.add_paragraph(
        "Välfärdsområdesstyrelsen beslutar att ansöka om 150 000 euro i tilläggsfinansiering för projektet "
        "Kustens hemsjukhus av social- och hälsovårdsministeriet."
    )
    bold(d, "Beslut")
    d.add_paragraph("Förslaget godkändes enhälligt.")
    _save(d, "s29_lansiuusimaa_sv_protokoll_delprojektrader_2025.docx")


def s31_pirkanmaa_loppuraportti_tekstivarit() -> None:
    from docx.shared import RGBColor

    d = docx_document("Pirkanmaan hyvinvointialue", dt.datetime(2025, 12, 19, 9, 0, 0))
    d.add_heading("Turvallinen lääkehoito kotona (TULKO) – loppuraportti", level=1)
    d.add_paragraph("Pirkanmaan hyvinvointialue · 19.12.2025 · hankeaika 1.3.2023–30.11.2025")
    d.add_paragraph(
        "TULKO-hanke yhtenäisti kotihoidon lääkehoitoa Tampereella, Kangasalla, Lempäälässä ja Valkeakoskella. "
        "Sosiaali- ja terveysministeriö myönsi hankkeelle 760 000 euroa. Suomen Apteekkariliitto koulutti "
        "farmaseutit kotihoidon lääkityksen arviointiin, ja lääkitystiedot luettiin Kanta-palvelujen "
        "lääkityslistalta."
    )
    d.add_heading("Osa-alueiden tila hankkeen lopussa", level=2)
    d.add_paragraph(
        "Osa-alueet on merkitty tekstin värein: vihreä teksti = suunnitelman mukaan, oranssi teksti = "
        "poikkeama, punainen teksti = vakava poikkeama."
    )
    p = d.add_paragraph()
    colours = [
        ("Aikataulu", RGBColor(0x2E, 0x7D, 0x32)),
        ("Kustannukset", RGBColor(0x2E, 0x7D, 0x32)),
        ("Henkilöstö", RGBColor(0xEF, 0x6C, 0x00)),
        ("Tuotosten laatu", RGBColor(0x2E, 0x7D, 0x32)),
        ("Hyödyt", RGBColor(0xC6, 0x28, 0x28)),
    ]
    for number, (word, colour) in enumerate(colours):
        if number:
            p.add_run("  ·  ")
        run = p.add_run(word)
        run.bold = True
        run.font.color.rgb = colour
    d.add_heading("Kustannukset koko hankeajalta (euroa, ALV 0 %)", level=2)
    table(
        d,
        [
            ("Kustannuslaji", "Budjetti", "Toteutunut", "Toteutunut %"),
            ("Henkilöstökulut", "455 000,00", "449 812,40", "99 %"),
            ("Asiantuntijapalvelut", "210 000,00", "187 640,00", "89 %"),
            ("Viestintäpalvelut", "35 000,00", "21 905,60", "63 %"),
            ("Matkakulut", "60 000,00", "44 642,00", "74 %"),
            ("Yhteensä", "760 000,00", "704 000,00", "93 %"),
        ],
    )
    d.add_heading("Tavoitteet", level=2)
    table(
        d,
        [
            ("Tavoite", "Toteutumisaste"),
            ("Lääkityksen arviointi jokaiselle uudelle kotihoidon asiakkaalle", "täysin"),
            ("Annosjakelu kaikissa neljässä kunnassa", "osittain (Tampere, Kangasala)"),
            ("Lääkepoikkeamat puoleen vuoden 2022 tasosta", "ei lainkaan"),
        ],
    )
    _save(d, "s31_pirkanmaa_loppuraportti_tekstivarit_2025.docx")


S40_NAME = "Kotihoito 24/7 – tilanneraportti 1/2025"
S40 = [
    [
        "!Kotihoito 24/7 – tilanneraportti 1/2025",
        "Keski-Suomen hyvinvointialue · raportointijakso 1.1.–31.3.2025 · laadittu 14.4.2025",
        "",
        "Kotihoito 24/7 -hanke (1.6.2024–31.5.2026) laajentaa kotihoidon ympärivuorokautiseksi Jyväskylässä,",
        "Laukaassa, Muuramessa ja Äänekoskella. Sosiaali- ja terveysministeriö myönsi hankkeelle 900 000 euroa",
        "Suomen kestävän kasvun ohjelmasta (RRF). Jyväskylän yliopisto arvioi yöpartion vaikutuksia ja Laukaan",
        "kunnan liikuntatoimi järjestää asiakkaiden tasapainoryhmät. Käyntikirjaukset tallentuvat Kantaan.",
        "",
        "!Tilannevalot",
        "Valon paikka kertoo tilan: ylin = punainen, keskimmäinen = keltainen, alin = vihreä (suunnitelman mukaan).",
        "",
        "Investointi 1: Yöpartio",
        "#|Aikataulu|Kustannukset|Henkilöstö|Riskit",
        "#ylin|( )|( )|( )|(X)",
        "#keskimmäinen|( )|(X)|( )|( )",
        "#alin|(X)|( )|(X)|( )",
        "",
        "Investointi 2: Etähoiva",
        "#|Aikataulu|Kustannukset|Henkilöstö|Riskit",
        "#ylin|(X)|( )|( )|( )",
        "#keskimmäinen|( )|( )|(X)|( )",
        "#alin|( )|(X)|( )|(X)",
    ],
    [
        "!Kustannukset 31.3.2025 mennessä (koko hanke)",
        "#Kustannuslaji|Budjetti|Toteuma 31.3.2025",
        "#Investointi 1: Yöpartio||",
        "#   Henkilöstökulut|420 000,-|131 200,-",
        "#   Palvelujen ostot|80 000,-|22 450,-",
        "#   Välisumma|500 000,-|153 650,-",
        "#Investointi 2: Etähoiva||",
        "#   Henkilöstökulut|210 000,-|58 900,-",
        "#   Puhelin- ja ICT-laitehankinnat|190 000,-|171 300,-",
        "#   Välisumma|400 000,-|230 200,-",
        "#Kaikki yhteensä|900 000,-|383 850,-",
        "",
        "!Välitavoitteet 3/2025 (K = kyllä, O = osittain, E = ei)",
        "#Välitavoite||Saavutettu",
        "#Yöpartio toimii kaikissa neljässä kunnassa||K",
        "#Etähoivan laitteet 150 asiakkaalla||O",
        "#Yöpartion oma ensihoitoyhteys||E",
    ],
]


S43_NAME = "Youth Reach Helsinki – final summary"
S43 = [
    [
        "!Youth Reach Helsinki – final summary",
        "City of Helsinki, Culture and Leisure Division with Social Services · 27 January 2026",
        "",
        "Youth Reach Helsinki ran from 1 January 2023 to 31 December 2025. The Ministry of Social Affairs and",
        "Health granted EUR 1.9 million for the project. Helsinki Deaconess Institute ran the outreach vans,",
        "and Arcada University of Applied Sciences evaluated the digital youth services.",
        "",
        "The project had two strands:",
        "Strand 1: Outreach youth work",
        "Strand 2: Digital youth services",
        "",
        "!Status at the end of the project",
        "Key: OK = as planned; WATCH = deviation; ALERT = serious deviation",
        "#Area|Strand 1|Strand 2",
        "#Schedule|OK|WATCH",
        "#Costs|OK|OK",
        "#Staffing|WATCH|OK",
        "#Output scope|OK|ALERT",
    ],
    [
        "!Costs over the project period",
        "#Cost item|Budget|Actual",
        "#Strand 1 – staff costs|€0.82M|€0.80M",
        "#Strand 1 – purchased services|€0.28M|€0.31M",
        "#Strand 2 – staff costs|€0.50M|€0.44M",
        "#Strand 2 – software|€0.30M|€0.21M",
        "#Total|€1.90M|€1.76M",
        "",
        "!Results",
        "Street outreach four evenings a week in six districts – RESULT: ACHIEVED",
        "Chat service for young people open every day – RESULT: PARTIALLY ACHIEVED (five days a week)",
        "Youth service points in all comprehensive schools – RESULT: NOT ACHIEVED",
    ],
]


def s46_itauusimaa_sv_lagesrapport_sammanslagna() -> None:
    d = docx_document("Välfärdsområdet Östra Nyland", dt.datetime(2025, 6, 16, 9, 0, 0))
    d.add_heading("Seniorkraft i Östra Nyland – lägesrapport 6/2025", level=1)
    d.add_paragraph("Välfärdsområdet Östra Nyland · 16.6.2025")
    d.add_paragraph(
        "Projektet Seniorkraft i Östra Nyland (1.3.2024–28.2.2026) ordnar styrketräning och hembesök för äldre "
        "i Borgå, Lovisa, Askola och Mörskom. Social- och hälsovårdsministeriet har beviljat 560 000 euro. "
        "Arcada utvärderar träningsgrupperna och Mörskom kommun upplåter sin idrottshall för grupperna."
    )
    d.add_heading("Riskbedömning per område", level=2)
    d.add_paragraph("Låg risk = enligt plan; medel och hög risk = avvikelse som följs upp.")
    table(
        d,
        [
            ("Område", "Risknivå"),
            ("Tidsplan", "låg"),
            ("Kostnader", "medel"),
            ("Personal", "låg"),
            ("Nytta", "hög"),
        ],
    )
    d.add_heading("Budget och utfall per år (euro)", level=2)
    grid = table(
        d,
        [
            ("Kostnadsslag", "Budget", "", "Utfall", ""),
            ("", "2024", "2025", "2024", "2025 (1–5)"),
            ("Personalkostnader", "190 000", "210 000", "176 400", "82 350"),
            ("Köp av tjänster", "60 000", "70 000", "58 900", "21 700"),
            ("Lokalkostnader", "15 000", "15 000", "12 500", "6 250"),
            ("Totalt", "265 000", "295 000", "247 800", "110 300"),
        ],
    )
    grid.cell(0, 1).merge(grid.cell(0, 2))
    grid.cell(0, 3).merge(grid.cell(0, 4))
    grid.cell(0, 0).merge(grid.cell(1, 0))
    d.add_heading("Mål och resultat", level=2)
    table(
        d,
        [
            ("Mål", "Resultat"),
            ("Styrketräning två gånger i veckan i alla fyra kommunerna", "Målet nåddes"),
            ("Hembesök hos alla över 80 år som bor ensamma", "Målet nåddes delvis"),
            ("Gemensam träningsapp för seniorer", "Målet nåddes inte"),
        ],
    )
    _save(d, "s46_itauusimaa_sv_lagesrapport_sammanslagna_celler_2025.docx")


S55_NAME = "POPsote TSK – hankesuunnitelma 2022–2023"
S55 = [
    [
        "!Hankesuunnitelma: Pohjois-Pohjanmaan tulevaisuuden sote-keskus (POPsote TSK)",
        "Hakija: Oulun kaupunki · päivätty 14.3.2022 · hakemus sosiaali- ja terveysministeriölle",
        "",
        "Hankeaika 1.4.2022–31.10.2023. Osatoteuttajat: Kempeleen kunta, Raahen kaupunki ja Kuusamon",
        "kaupunki. Haettava valtionavustus on 4 200 000 euroa, eikä hankkeella ole omarahoitusta.",
        "Hanke kuuluu Tulevaisuuden sosiaali- ja terveyskeskus -ohjelmaan. Oulun yliopisto arvioi",
        "palveluohjauksen vaikutukset, ja Oamk kouluttaa digitaalisten palvelujen ohjaajat.",
        "",
        "!Kehittämiskohteet",
        "Kehittämiskohde 1: Palveluohjaus",
        "Kehittämiskohde 2: Digitaaliset palvelut",
        "Kehittämiskohde 3: Mielenterveyden matalan kynnyksen palvelut",
        "",
        "!Tavoitteet ja mittarit",
        "#Tavoite|Mittari||Tavoitetaso 10/2023",
        "#Yhden yhteydenoton periaate|asiat ratkaistu ensikontaktissa||70 %",
        "#Digitaalinen asiointi arkea|sähköiset asiointikerrat||+40 %",
        "#Mielenterveyspalvelu viikon sisällä|hoitoon pääsy 7 vrk:ssa||80 %",
    ],
    [
        "!Kustannusarvio vuosittain (euroa)",
        "#Vuosi|Henkilöstökulut|Palvelujen ostot|Muut kustannukset|Yhteensä",
        "#2022|1 450 000|520 000|130 000|2 100 000",
        "#2023|1 500 000|480 000|120 000|2 100 000",
        "#Yhteensä|2 950 000|1 000 000|250 000|4 200 000",
        "",
        "!Riskit",
        "#Riski|Todennäköisyys|Vaikutus",
        "#Henkilöstön saatavuus|suuri|suuri",
        "#Tietojärjestelmien yhteensopivuus|keskisuuri|suuri",
        "#Kuntien sitoutuminen|pieni|keskisuuri",
    ],
]


def main() -> None:
    TEST23.mkdir(exist_ok=True)
    s11_pohjanmaa_sv_lagesrapport()
    _pdf(
        "s12_etelasavo_valiraportti_tilit_2024.pdf",
        S12,
        [40, 110, 330, 420, 500],
        header=lambda n, total: [(40, S12_NAME), (520, f"{n} ({total})")],
        footer=lambda n, total: [(40, "Etelä-Savon hyvinvointialue · Mielen Myötätuuli")],
    )
    s15_etelapohjanmaa_en_status()
    s20_lansiuusimaa_hankesuunnitelma()
    s29_lansiuusimaa_sv_protokoll()
    s31_pirkanmaa_loppuraportti_tekstivarit()
    s46_itauusimaa_sv_lagesrapport_sammanslagna()
    _pdf(
        "s40_keskisuomi_tilanneraportti_pystyvalot_2025.pdf",
        S40,
        [40, 200, 290, 380, 470],
        header=lambda n, total: [(40, S40_NAME), (500, f"sivu {n}/{total}")],
        footer=lambda n, total: [(40, "Keski-Suomen hyvinvointialue")],
    )
    _pdf(
        "s43_helsinki_en_final_summary_strands_2025.pdf",
        S43,
        [40, 260, 380],
        header=lambda n, total: [(40, S43_NAME), (520, str(n))],
        footer=lambda n, total: [(40, "City of Helsinki")],
    )
    _pdf(
        "s55_pohjoispohjanmaa_hankesuunnitelma_vuosirivit_2022.pdf",
        S55,
        [40, 200, 310, 400, 490],
        header=lambda n, total: [(40, S55_NAME), (520, f"{n}/{total}")],
        footer=lambda n, total: [(40, "Oulun kaupunki · POPsote")],
    )


if __name__ == "__main__":
    main()
