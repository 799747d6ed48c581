"""Write the held-out set test41's PDF, DOCX, XLSX and PPTX documents (invented text, see ../README.md).

test41/ was written blind in stop 49 by helper W38, who read no ingest code and no document of any
set. Run with ``.venv/bin/python tests/ingest/corpus/generate/test41_binaries.py``; the outputs are
committed, so the script is needed only to change them. Two runs write the same bytes (reportlab's
invariant mode; fixed core properties and zip time stamps through binaries_common).
"""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

from binaries_common import bold, docx_document, pdf, restamp, save, table

TEST41 = Path(__file__).resolve().parent.parent / "test41"
#: The time stamp of every zip entry (a zip stores local time, no zone).
ZIP_TIME = (2026, 12, 7, 1, 40, 0)
CREATED = dt.datetime(2026, 12, 7, 1, 40, 0)


# --- ol02: Pirkanmaa, status report PDF: lights as + / 0 / – per K1 / K2, the key on page 2;
# --- the year's cost table in t€ split over the page break ---

OL02 = [
    [
        "!TILANNERAPORTTI 1/2024",
        "Sujuva ajanvaraus Pirkanmaalla",
        "Pirkanmaan hyvinvointialue",
        "Raportointijakso 1.1.-30.6.2024, laadittu 30.8.2024. Hankeaika 1.9.2022-31.12.2025.",
        "Toteutusalue: Tampere, Nokia, Ylöjärvi, Kangasala, Lempäälä ja Pirkkala.",
        "Rahoitus: sosiaali- ja terveysministeriö, Suomen kestävän kasvun ohjelma. Myönnetty 1 650 000 euroa,",
        "josta K1:lle 900 000 euroa ja K2:lle 750 000 euroa.",
        "",
        "!Kehittämiskokonaisuudet",
        "K1 Digitaalinen ajanvaraus. DigiFinland toimittaa Omaolon ajanvarausrajapinnan; asiakkaat",
        "kirjautuvat Suomi.fi-tunnistuksella.",
        "K2 Takaisinsoittopalvelu. Tampereen ammattikorkeakoulu (TAMK) testaa palvelun käytettävyyden",
        "asiakasraadeissa.",
        "",
        "!Tilannearvio",
        "#|K1|K2",
        "#Aikataulu|+|0",
        "#Kustannukset|+|+",
        "#Henkilöstö|0|+",
        "#Hyödyt|+|–",
        "",
        "!Tavoitteet",
        "K1: Puolet kiireettömistä ajanvarauksista tehdään verkossa  >  valmis",
        "K1: Omaolon oirearviosta pääsee suoraan ajanvaraukseen  >  keskeneräinen",
        "K2: Takaisinsoitto kaikilla terveysasemilla  >  lykätty vuoteen 2025",
        "K2: Jonotusaika puhelimessa alle 10 minuuttia  >  valmis",
        "",
        "!Kustannukset 2024, koko hanke (t€)",
        "#Kustannuslaji|Budjetti 2024|Toteutunut 1–6/2024|Ennuste 2024",
        "#Omat henkilöstökustannukset|612,0|287,4|598,0",
        "#Palvelujen ostot|140,5|52,3|136,0",
        "#Ohjelmistot|96,0|71,8|99,5",
    ],
    [
        "!Kustannukset 2024, koko hanke (t€), jatkuu",
        "#Kustannuslaji|Budjetti 2024|Toteutunut 1–6/2024|Ennuste 2024",
        "#Puhelin- ja ICT-laitehankinnat|24,0|19,6|24,0",
        "#Matkakulut|7,5|2,1|6,0",
        "#Yhteensä|880,0|433,2|863,5",
        "",
        "Ennusteen alitus johtuu henkilöstökuluista: kaksi tehtävää täytettiin vasta toukokuussa.",
        "",
        "",
        "Merkinnät tilannearviossa: + suunnitelman mukaan, 0 pieni poikkeama, – merkittävä poikkeama.",
    ],
]


def _ol02() -> None:
    def header(n: int, total: int) -> list[tuple[int, str]]:
        return [(40, "Pirkanmaan hyvinvointialue | Tilanneraportti 1/2024")]

    def footer(n: int, total: int) -> list[tuple[int, str]]:
        return [(500, f"sivu {n}/{total}")]

    pdf(TEST41 / "ol02_pirkanmaa_tilanneraportti_2024.pdf", OL02, [40, 230, 330, 450], header, footer)


# --- ol03: Pohjois-Savo, final report DOCX: the name only in a table caption; lights in sentences;
# --- a transposed cost table (categories as columns) ---


def _ol03() -> None:
    d = docx_document("Pohjois-Savon hyvinvointialue", CREATED)
    d.add_heading("LOPPURAPORTTI", level=1)
    d.add_paragraph("Pohjois-Savon hyvinvointialue · Kestävän kasvun hankkeet · 15.9.2025")
    d.add_paragraph("Taulukko 1. Yöpartio ja kotisairaala Pohjois-Savossa – perustiedot")
    table(
        d,
        [
            ("Kohta", "Tieto"),
            ("Hankeaika", "1.6.2022–30.6.2025"),
            ("Kunnat", "Kuopio, Iisalmi, Varkaus ja Siilinjärvi"),
            ("Rahoittaja", "Sosiaali- ja terveysministeriö (Suomen kestävän kasvun ohjelma)"),
            ("Myönnetty avustus", "2 100 000 €"),
            ("Palautettava avustus", "84 000 €"),
        ],
    )
    bold(d, "Investoinnit ja niiden eteneminen")
    d.add_paragraph(
        "Investointi 1: Yöpartio. Sairaanhoitajien yöpartio käy kotihoidon asiakkaiden luona kaikissa neljässä"
        " kunnassa. Savonia-ammattikorkeakoulu arvioi yöpartion vaikutukset."
    )
    d.add_paragraph(
        "Investointi 1 eteni aikataulussa ja pysyi budjetissa, mutta henkilöstön rekrytoinnit viivästyivät"
        " puolella vuodella."
    )
    d.add_paragraph(
        "Investointi 4: Kotisairaalan etälääkäri. Kotisairaalan asiakkaat käyttävät Terveyskylän"
        " omahoito-ohjelmia, ja etälääkäri näkee mittaukset samasta näkymästä."
    )
    d.add_paragraph(
        "Investointi 4:n aikataulu venyi laitetoimitusten vuoksi; kustannukset ja tuotosten laatu olivat"
        " suunnitelman mukaiset."
    )
    bold(d, "Tavoitteiden toteutuminen")
    table(
        d,
        [
            ("Tavoite", "Miten kävi?"),
            ("Yöpartio kattaa kaikki alueen kunnat", "Saavutettiin"),
            (
                "Päivystyskäynnit vähenevät 15 prosenttia kotisairaalan asiakkailla",
                "Saavutettiin osittain (11 %)",
            ),
            ("Etälääkäri tavoitettavissa ympäri vuorokauden", "Ei saavutettu"),
            ("Kotisairaalan hoitojaksot kirjataan Kanta-arkistoon rakenteisesti", "Toteutuu vuonna 2026"),
        ],
    )
    bold(d, "Kustannukset koko hankeajalta")
    table(
        d,
        [
            (
                "Erä",
                "Omat henkilöstökustannukset",
                "Palvelujen ostot",
                "Puhelin- ja ICT-laitehankinnat",
                "Matkakulut",
                "Yhteensä",
            ),
            ("Myönnetty €", "1 480 000", "390 000", "180 000", "50 000", "2 100 000"),
            ("Toteutunut €", "1 452 300", "351 900", "174 600", "37 200", "2 016 000"),
            ("Käyttöaste %", "98", "90", "97", "74", "96"),
        ],
    )
    save(d, TEST41 / "ol03_pohjois_savo_loppuraportti_2025.docx", ZIP_TIME)


# --- ol04: Keski-Uusimaa, monitoring workbook XLSX: the name only in a title bar; lights as faces;
# --- the actuals in a column per year beside the grant ---


def _ol04() -> None:
    import openpyxl
    from openpyxl.styles import Font, PatternFill

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Perustiedot"
    ws.append(("KEUSOTE  |  Yhden soiton palveluohjaus  |  Seurantaraportti 3/2023",))
    ws.merge_cells("A1:D1")
    ws["A1"].font = Font(bold=True, color="FFFFFFFF")
    ws["A1"].fill = PatternFill("solid", fgColor="FF1F4E79")
    for row in [
        ("Hallinnoija", "Keski-Uudenmaan hyvinvointialue"),
        ("Kunnat", "Hyvinkää, Järvenpää, Tuusula, Mäntsälä, Pornainen"),
        ("Rahoitus", "STM / Suomen kestävän kasvun ohjelma"),
        ("Myönnetty avustus €", 880000),
        ("Hankeaika", "1.4.2022–31.12.2025"),
        ("Raportin päiväys", "16.10.2023"),
        ("Koulutus", "Laurea-ammattikorkeakoulu kouluttaa palveluohjaajat."),
    ]:
        ws.append(row)
    lights = wb.create_sheet("Tilanne")
    lights.append(("Osa-alue", "Arvio", "Perustelu"))
    for row in [
        ("Aikataulu", "🙂", ""),
        ("Kustannukset", "😐", "puhelinjärjestelmän lisenssi kallistui"),
        ("Henkilöstö", "🙂", ""),
        ("Tuotosten laatu", "🙂", ""),
        ("Riskit", "🙁", "Pornaisten palvelupisteen tilat puuttuvat"),
    ]:
        lights.append(row)
    money = wb.create_sheet("Talous")
    for row in [
        (
            "Kustannuslaji",
            "Toteutunut 2022",
            "Toteutunut 1–9/2023",
            "Toteutunut yhteensä",
            "Myönnetty",
            "Käyttöaste %",
        ),
        ("Omat henkilöstökustannukset", 148200, 301650, 449850, 640000, 70),
        ("Palvelujen ostot", 21400, 58900, 80300, 150000, 54),
        ("Ohjelmistot", 12000, 24600, 36600, 60000, 61),
        ("Viestintäpalvelut", 3150, 6800, 9950, 30000, 33),
        ("Yhteensä", 184750, 391950, 576700, 880000, 66),
    ]:
        money.append(row)
    goals = wb.create_sheet("Tavoitteet")
    for row in [
        ("Tavoite", "Tila 30.9.2023"),
        ("Yksi puhelinnumero kaikkiin sosiaalipalveluihin", "Saavutettu"),
        ("Palveluohjaajan tavoittaa samana päivänä 90 %:ssa soitoista", "Etenee"),
        ("Palvelutiedot ajantasaisina Palvelutietovarannossa", "Viivästyy vuoteen 2024"),
    ]:
        goals.append(row)
    key = wb.create_sheet("Ohje")
    for row in [
        ("Arvioiden merkit",),
        ("🙂", "etenee suunnitelman mukaan"),
        ("😐", "pieni poikkeama"),
        ("🙁", "merkittävä poikkeama"),
    ]:
        key.append(row)
    wb.properties.creator = "Keski-Uudenmaan hyvinvointialue"
    wb.properties.created = CREATED
    wb.properties.modified = CREATED
    raw = io.BytesIO()
    wb.save(raw)
    restamp(raw, TEST41 / "ol04_keski_uusimaa_seurantaraportti_2023.xlsx", CREATED)


# --- ol05: Kymenlaakso, steering-group deck PPTX: lights as stars per Osaprojekti, the key on the last
# --- slide; per-part cost tables in M€ ---


def _ol05() -> None:
    from pptx import Presentation
    from pptx.util import Inches, Pt

    prs = Presentation()
    prs.core_properties.author = "Kymenlaakson hyvinvointialue"
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
            len(rows), len(rows[0]), Inches(0.5), Inches(1.6), Inches(9), Inches(0.4) * len(rows)
        )
        for r, row in enumerate(rows):
            for c, text in enumerate(row):
                cell = shape.table.cell(r, c)
                cell.text = text
                for run in cell.text_frame.paragraphs[0].runs:
                    run.font.size = Pt(14)

    title = prs.slides.add_slide(prs.slide_layouts[0])
    title.shapes.title.text = "Kotiin annettavat palvelut Kymenlaaksossa"
    title.placeholders[1].text = "Ohjausryhmä 12.9.2024 · Kymenlaakson hyvinvointialue"
    slide(
        "Hanke lyhyesti",
        [
            "Hankeaika 1.1.2023–31.12.2025; Kotka, Kouvola, Hamina ja Pyhtää",
            "STM:n myöntämä avustus 1,16 M€ (Suomen kestävän kasvun ohjelma)",
            "Osaprojekti 1: Kotihoidon etäkäynnit",
            "Osaprojekti 2: Omaishoidon vapaat",
            "Xamk kouluttaa kotihoidon etähoitajat",
            "Käyntiajat ja muutokset lähetetään asiakkaille Suomi.fi-viestien kautta",
        ],
    )
    grid(
        "Osaprojektien tilanne",
        [
            ("", "Osaprojekti 1", "Osaprojekti 2"),
            ("Aikataulu", "★★★", "★★"),
            ("Kustannukset", "★★★", "★★★"),
            ("Henkilöstö", "★★", "★★★"),
            ("Tuotosten laajuus", "★★★", "★"),
        ],
    )
    grid(
        "Talous 31.8.2024 – Osaprojekti 1 (M€)",
        [
            ("Kustannuslaji", "Myönnetty", "Käytetty", "Käyttöaste"),
            ("Omat henkilöstökustannukset", "0,48", "0,33", "69 %"),
            ("Palvelujen ostot", "0,10", "0,06", "60 %"),
            ("Muut kustannukset", "0,04", "0,02", "50 %"),
            ("Yhteensä", "0,62", "0,41", "66 %"),
        ],
    )
    grid(
        "Talous 31.8.2024 – Osaprojekti 2 (M€)",
        [
            ("Kustannuslaji", "Myönnetty", "Käytetty", "Käyttöaste"),
            ("Omat henkilöstökustannukset", "0,36", "0,27", "75 %"),
            ("Palvelujen ostot", "0,14", "0,05", "36 %"),
            ("Matkakulut", "0,04", "0,02", "50 %"),
            ("Yhteensä", "0,54", "0,34", "63 %"),
        ],
    )
    slide(
        "Tavoitteet 2024",
        [
            "Etäkäyntejä 1 500 kuukaudessa (valmis)",
            "Omaishoitajien vapaapäivät järjestyvät kuntarajoista riippumatta (työn alla)",
            "Sijaishoitajarekisteri käytössä koko alueella (ei toteudu)",
        ],
    )
    slide(
        "Merkinnät",
        [
            "★★★ suunnitelman mukaan",
            "★★ lievä poikkeama",
            "★ vakava poikkeama",
        ],
    )
    raw = io.BytesIO()
    prs.save(raw)
    restamp(raw, TEST41 / "ol05_kymenlaakso_ohjausryhma_2024.pptx", CREATED)


# --- ol14: Länsi-Uusimaa, project plan DOCX: a transposed estimate (years as rows, categories as columns) ---


def _ol14() -> None:
    d = docx_document("Länsi-Uudenmaan hyvinvointialue", CREATED)
    d.add_heading("Hankesuunnitelma 2023–2025", level=1)
    d.add_paragraph("Lähellä ja etänä Länsi-Uudellamaalla")
    d.add_paragraph("Länsi-Uudenmaan hyvinvointialue · Suomen kestävän kasvun ohjelma · päivitetty 31.10.2022")
    bold(d, "1 Tausta")
    d.add_paragraph(
        "Hanke toteutetaan 1.1.2023–31.12.2025 Lohjalla, Raaseporissa, Kirkkonummella, Vihdissä ja Espoossa."
        " Haettava avustus sosiaali- ja terveysministeriöltä on 1 350 000 €."
    )
    bold(d, "2 Investoinnit")
    d.add_paragraph("Investointi 1: Vastaanottojen jonot. Hoitajavastaanottoja lisätään iltoihin.")
    d.add_paragraph(
        "Investointi 4: Etävastaanotto ja chat. Asiakas tunnistautuu Suomi.fi-tunnistuksella. Folkhälsan"
        " järjestää chatissa vertaistuen ruotsiksi, ja Yrkeshögskolan Arcada arvioi ruotsinkielisen"
        " etävastaanoton."
    )
    bold(d, "3 Tavoitteet")
    for goal in (
        "Kiireettömään vastaanottoon pääsee seitsemässä vuorokaudessa.",
        "Etävastaanotto käytössä suomeksi ja ruotsiksi.",
        "Chat-palvelu vastaa arkisin kello 8–20.",
    ):
        d.add_paragraph(goal, style="List Bullet")
    bold(d, "4 Kustannusarvio (€)")
    table(
        d,
        [
            ("Vuosi", "Omat henkilöstökustannukset", "Palvelujen ostot", "Ohjelmistot", "Yhteensä"),
            ("2023", "310 000", "90 000", "60 000", "460 000"),
            ("2024", "330 000", "80 000", "40 000", "450 000"),
            ("2025", "320 000", "70 000", "50 000", "440 000"),
            ("Yhteensä", "960 000", "240 000", "150 000", "1 350 000"),
        ],
    )
    bold(d, "5 Riskit")
    d.add_paragraph("Ruotsinkielisten hoitajien rekrytointi voi viivästyä; varaudutaan ostopalvelulla.")
    save(d, TEST41 / "ol14_lansi_uusimaa_hankesuunnitelma_2022.docx", ZIP_TIME)


# --- ol16: Pohjanmaa, Swedish status workbook XLSX: lights as grades 3 / 2 / 1 with the key on its own sheet;
# --- columns per year (budget and outcome of 2023 and 2024) ---


def _ol16() -> None:
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Översikt"
    for row in [
        ("Lägesrapport 1/2024 – Trygg vård hemma i Österbotten",),
        ("Välfärdsområde", "Österbottens välfärdsområde"),
        ("Kommuner", "Vasa, Jakobstad, Närpes, Korsholm, Kristinestad"),
        ("Finansiering", "SHM, Programmet för hållbar tillväxt i Finland"),
        ("Beviljat €", 1480000),
        ("Projekttid", "1.1.2023–31.12.2025"),
        ("Datum", "15.8.2024"),
        (
            "Arbetspaket 1: Hemsjukhus",
            "Yrkeshögskolan Novia utbildar hemvårdens personal i sjukhusvård i hemmet.",
        ),
        ("Arbetspaket 2: Digital hemvård", "SONet BOTNIA utvärderar de digitala besöken."),
    ]:
        ws.append(row)
    lights = wb.create_sheet("Bedömning")
    lights.append(("Område", "Bedömning", "Kommentar"))
    for row in [
        ("Tidsplan", 3, ""),
        ("Kostnader", 2, "programvaran dyrare än beräknat"),
        ("Personal", 3, ""),
        ("Resultatens kvalitet", 3, ""),
        ("Nytta", 1, "besöken ännu för få för att mäta nyttan"),
    ]:
        lights.append(row)
    money = wb.create_sheet("Ekonomi")
    for row in [
        ("Kostnadsslag", "Budget 2023", "Utfall 2023", "Budget 2024", "Utfall 1–6/2024"),
        ("Egna personalkostnader", 420000, 405300, 450000, 214600),
        ("Köpta tjänster", 95000, 88150, 110000, 41200),
        ("Programvara", 60000, 72400, 40000, 9800),
        ("Resekostnader", 15000, 9650, 15000, 5100),
        ("Totalt", 590000, 575500, 615000, 270700),
    ]:
        money.append(row)
    goals = wb.create_sheet("Mål")
    for row in [
        ("Mål", "Status 30.6.2024"),
        ("Hemsjukhuset betjänar alla kommuner i regionen", "uppfyllt"),
        ("Hälften av hemvårdens kvällsbesök sker på distans", "delvis uppfyllt"),
        ("Nattpatrull i Närpes och Kristinestad", "försenat till 2025"),
    ]:
        goals.append(row)
    key = wb.create_sheet("Förklaring")
    for row in [
        ("Bedömningsskala",),
        (3, "enligt plan"),
        (2, "mindre avvikelse"),
        (1, "betydande avvikelse"),
    ]:
        key.append(row)
    wb.properties.creator = "Österbottens välfärdsområde"
    wb.properties.created = CREATED
    wb.properties.modified = CREATED
    raw = io.BytesIO()
    wb.save(raw)
    restamp(raw, TEST41 / "ol16_pohjanmaa_sv_lagesrapport_2024.xlsx", CREATED)


# --- ol17: Åland, Swedish final report PDF: lights as scores 0–10 with the band in the footer of page 2;
# --- the cost table with its total first ---

OL17 = [
    [
        "!SLUTRAPPORT",
        "Äldreomsorg på distans på Åland",
        "Projektägare: Kommunernas socialtjänst k.f. (KST)",
        "Projekttid 1.1.2022-31.12.2022. Rapporten godkänd 20.3.2023.",
        "Kommuner: Mariehamn, Jomala, Finström och Saltvik.",
        "Beviljat av Ålands landskapsregering: 380 000 €. Att återbetala: 28 100 €.",
        "",
        "!Samarbete",
        "Ålands hälso- och sjukvård (ÅHS) bemannar nattjouren för sensorlarmen.",
        "Folkhälsan utbildar anhöriga i att använda videobesöken.",
        "",
        "!Bedömning (poäng 0-10)",
        "#Tidsplan|9",
        "#Kostnader|8",
        "#Personal|6",
        "#Resultatens kvalitet|9",
        "#Nytta|7",
        "",
        "!Mål",
        "Videobesök för 40 hemvårdsklienter",
        "   Resultat: uppnått",
        "Nattillsyn med sensorer i Jomala och Finström",
        "   Resultat: delvis uppnått",
        "Skärgårdskommunerna ansluts till videobesöken",
        "   Resultat: ej uppnått",
    ],
    [
        "!Kostnader under hela projekttiden (euro)",
        "#Kostnadsslag|Beviljat|Utfall|Utnyttjandegrad",
        "#Totalt|380 000|351 900|93 %",
        "#Personalkostnader|250 000|238 400|95 %",
        "#Telefon- och IKT-anskaffningar|90 000|86 700|96 %",
        "#Resekostnader|15 000|6 300|42 %",
        "#Övriga kostnader|25 000|20 500|82 %",
        "",
        "Resorna blev färre än planerat eftersom utbildningen till stor del skedde på distans.",
    ],
]


def _ol17() -> None:
    def header(n: int, total: int) -> list[tuple[int, str]]:
        return [(40, "KST · Slutrapport 2022")]

    def footer(n: int, total: int) -> list[tuple[int, str]]:
        band = "Poäng 8-10 = enligt plan, 5-7 = avvikelse, 0-4 = allvarlig avvikelse.   " if n == total else ""
        return [(40, band), (520, f"{n}/{total}")]

    pdf(TEST41 / "ol17_ahvenanmaa_sv_slutrapport_2023.pdf", OL17, [40, 250, 340, 430], header, footer)


if __name__ == "__main__":
    TEST41.mkdir(exist_ok=True)
    _ol02()
    _ol03()
    _ol04()
    _ol05()
    _ol14()
    _ol16()
    _ol17()
