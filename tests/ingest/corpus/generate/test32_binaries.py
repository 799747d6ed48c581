"""Write the held-out set test32's PDF, DOCX, XLSX and PPTX documents (invented text, see ../README.md).

test32/ was written blind in stop 41 by helper W29, who read no ingest code and no document of any
set. Run with ``.venv/bin/python tests/ingest/corpus/generate/test32_binaries.py``; the outputs are
committed, so the script is needed only to change them. Two runs write the same bytes: reportlab's
invariant mode for the PDFs; fixed core properties and one fixed time stamp on every zip entry of
the DOCX, XLSX and PPTX files.
"""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

from binaries_common import bold, docx_document, pdf, restamp, save, table

TEST32 = Path(__file__).resolve().parent.parent / "test32"
#: The time stamp of every zip entry (a zip stores local time, no zone).
ZIP_TIME = (2026, 12, 6, 2, 15, 0)
CREATED = dt.datetime(2026, 12, 6, 2, 15, 0)


# --- od02: Pohjois-Savo, tilanneraportti PDF with a "kuukausikello" of lights as arrows ---

OD02 = [
    [
        "!Tilanneraportti 3/2024 – Kotikuntoutus Ylä-Savossa",
        "Pohjois-Savon hyvinvointialue | Kestävän kasvun ohjelma, investointi 1 | raportointijakso 1.5.–31.8.2024",
        "Raportin päivämäärä 16.9.2024",
        "",
        "Toteuttajat: Pohjois-Savon hyvinvointialue; osatoteuttajana Iisalmen kaupunki.",
        "Kumppani: Savonia-ammattikorkeakoulu arvioi kotikuntoutuksen vaikutukset (ostopalvelu).",
        "Toimintapaikat: Iisalmi, Kiuruvesi, Sonkajärvi ja Lapinlahti.",
        "Avustus (STM, EU:n elpymisväline): myönnetty 1 260 000 €.",
        "",
        "!1 Tilannekuva (nuoli ylös = edetään suunnitellusti, vaakanuoli = pieni poikkeama,",
        "!   nuoli alas = merkittävä poikkeama)",
        "#Osa-alue|Suunta|Huomio",
        "#Aikataulu|↑|kaikki kolme tiimiä toiminnassa",
        "#Talous|→|palkkakulut jäljessä rekrytointiviiveen",
        "#|  |vuoksi",
        "#Henkilöresurssit|↓|kaksi fysioterapeutin tointa täyttämättä",
        "#Tulosten laajuus|↑|asiakasmäärä tavoitteessa",
        "",
        "!2 Talous (euroa, kertymä hankkeen alusta 31.8.2024 asti)",
        "#Kululaji|Myönnetty|Toteutunut|Toteutuma-%",
        "#Henkilöstökulut|980 000,00|402 118,40|41,0",
        "#Palvelujen osto|160 000,00|88 250,00|55,2",
        "#Matkakulut|45 000,00|21 905,60|48,7",
        "#Materiaalikulut|75 000,00|12 300,00|16,4",
        "#Yhteensä|1 260 000,00|524 574,00|41,6",
    ],
    [
        "!3 Tavoitteet ja niiden tilanne",
        "T1  Kotiutuneista yli 75-vuotiaista 60 % saa kuntoutusjakson kahden viikon sisällä",
        "      → tilanne: saavutettu (64 %)",
        "T2  Tehostetun palveluasumisen jonon lyhentäminen 20 prosentilla",
        "      → tilanne: osittain saavutettu, jono lyhentynyt 11 %",
        "T3  Etäkuntoutuksen mallin käyttöönotto kaikissa neljässä kunnassa",
        "      → tilanne: siirtyy vuodelle 2025 (Sonkajärvi ja Lapinlahti)",
        "",
        "4 Riippuvuudet",
        "Etäkuntoutus tehdään Omaolo-palvelun kautta; kirjaukset Kanta-palveluihin.",
    ],
]


def _od02() -> None:
    def head(n: int, total: int) -> list[tuple[int, str]]:
        return [(40, "Pohjois-Savon hyvinvointialue · Kotikuntoutus Ylä-Savossa"), (470, "3/2024")]

    def foot(n: int, total: int) -> list[tuple[int, str]]:
        return [(40, "Tulostettu hankeseurannasta 16.9.2024"), (500, f"{n} / {total}")]

    pdf(TEST32 / "od02_pohjois_savo_tilanneraportti_2024.pdf", OD02, [40, 170, 260, 380], head, foot)


# --- od14: Helsinki, English final report PDF with RAG letters in brackets ---

OD14 = [
    [
        "!Final report: Low-threshold Youth Mental Health Points (Helsinki)",
        "City of Helsinki, Social Services, Health Care and Rescue Services Division",
        "Funding: Ministry of Social Affairs and Health (RRF, NextGenerationEU), grant 2 050 000 EUR",
        "Project period 1 January 2022 – 31 March 2025. Report date 30 April 2025.",
        "",
        "Partners: Metropolia University of Applied Sciences (training of staff) and",
        "the Finnish Red Cross (youth shelter referrals). National service used: Mielenterveystalo.",
        "",
        "!Overall assessment (R = red, A = amber, G = green; G means delivered as planned)",
        "#Area|RAG|Comment",
        "#Timeline|[G]|points opened in Kallio, Vuosaari and Malmi on time",
        "#Budget|[A]|EUR 138 000 of the grant left unspent",
        "#Workforce|[A]|psychologist posts filled late",
        "#Quality of outputs|[G]|care pathway audited by the steering group",
        "#Benefits|[R]|waiting-time reduction not yet visible in 2024 data",
    ],
    [
        "!Costs (EUR, whole project period)",
        "#Cost category|Budget|Actual|Variance",
        "#Staff costs|1 610 000|1 544 800|-65 200",
        "#Purchased services|240 000|214 500|-25 500",
        "#Premises|120 000|118 900|-1 100",
        "#Other costs|80 000|33 800|-46 200",
        "#Total|2 050 000|1 912 000|-138 000",
        "",
        "The unspent EUR 138 000 will be returned to the Ministry.",
        "",
        "!Objectives",
        "1. Every young person aged 13-29 gets a first contact within three working days",
        "   Result: Achieved",
        "2. Half of the visits lead to no referral to specialised psychiatric care",
        "   Result: Partly achieved (41 %)",
        "3. A walk-in point in every one of the four eastern districts",
        "   Result: Not achieved (three of four)",
    ],
]


def _od14() -> None:
    def head(n: int, total: int) -> list[tuple[int, str]]:
        return [(40, "Youth Mental Health Points – final report"), (480, "City of Helsinki")]

    def foot(n: int, total: int) -> list[tuple[int, str]]:
        return [(520, f"p. {n}")]

    pdf(TEST32 / "od14_helsinki_final_report_2025.pdf", OD14, [40, 190, 280, 370], head, foot)


# --- od03: Keski-Suomi, loppuraportti DOCX with two osahankkeet and check marks ---


def _od03() -> None:
    d = docx_document("Hankehallinto", CREATED)
    d.add_heading("LOPPURAPORTTI", level=0)
    d.add_paragraph("Hanke: Keski-Suomen perhekeskusverkosto 2023–2025")
    d.add_paragraph("Keski-Suomen hyvinvointialue · Raportti hyväksytty ohjausryhmässä 12.6.2025")
    d.add_paragraph(
        "Hanke toteutettiin 1.2.2023–31.5.2025 kahtena osahankkeena. Rahoittaja: sosiaali- ja "
        "terveysministeriö (valtionavustus, Tulevaisuuden sosiaali- ja terveyskeskus -ohjelma). "
        "Myönnetty avustus oli 890 000 euroa; sitä palautetaan 22 400 euroa."
    )
    table(
        d,
        [
            ("Osahanke", "Kunnat", "Kumppanit"),
            (
                "Osahanke I: Avoin kohtaamispaikka",
                "Jyväskylä, Äänekoski",
                "Jyväskylän ammattikorkeakoulu (JAMK)",
            ),
            ("Osahanke II: Eroauttamisen polku", "Jämsä, Keuruu", "Folkhälsan Välfärd Ab (ryhmien ohjaus)"),
        ],
    )
    d.add_paragraph("Perhekeskuksen digitaalinen kanava on Sähköinen perhekeskus (OmaPerhe.fi).")
    bold(d, "Onnistumisen arvio (✔ = suunnitelman mukaan, ✘ = poikkesi suunnitelmasta)")
    table(
        d,
        [
            ("", "Osahanke I", "Osahanke II"),
            ("Aikataulu", "✔", "✘"),
            ("Kustannukset", "✔", "✔"),
            ("Henkilöstö", "✘", "✔"),
        ],
    )
    bold(d, "Kustannukset osahankkeittain (€)")
    table(
        d,
        [
            ("Osahanke", "Kululaji", "Myönnetty", "Toteutunut", "Käyttöaste"),
            ("I", "Henkilöstökulut", "410 000", "402 650", "98 %"),
            ("I", "Palvelujen osto", "60 000", "51 300", "86 %"),
            ("I", "Yhteensä", "470 000", "453 950", "97 %"),
            ("II", "Henkilöstökulut", "350 000", "348 100", "99 %"),
            ("II", "Matkakulut", "70 000", "65 550", "94 %"),
            ("II", "Yhteensä", "420 000", "413 650", "98 %"),
        ],
    )
    bold(d, "Tavoitteiden toteutuminen")
    table(
        d,
        [
            ("Tavoite", "Toteutuiko?"),
            ("Kohtaamispaikka auki viitenä päivänä viikossa molemmissa kaupungeissa", "Kyllä"),
            ("Eroauttamisen ryhmiin osallistuu 200 vanhempaa", "Osittain (146)"),
            ("Perhekeskuksen palvelut yhdellä puhelinnumerolla", "Ei toteutunut"),
        ],
    )
    save(d, TEST32 / "od03_keski_suomi_loppuraportti_2025.docx", ZIP_TIME)


# --- od09: Varsinais-Suomi, RRF plan DOCX (phase 3 addendum) with estimate per year ---


def _od09() -> None:
    d = docx_document("Kehittämisyksikkö", CREATED)
    d.add_heading("Hankesuunnitelman täydennys – vaihe 3", level=1)
    d.add_paragraph("Varsinais-Suomen hyvinvointialue (Varha) · 14.3.2022")
    table(
        d,
        [
            ("Kenttä", "Sisältö"),
            ("Hankkeen nimi", "Digitaalinen sote-keskus Varsinais-Suomeen"),
            ("Investointi", "Investointi 4: digitaaliset innovaatiot"),
            ("Toteutusalue", "Turku, Salo, Uusikaupunki ja Parainen"),
            ("Rahoittaja", "sosiaali- ja terveysministeriö (kestävän kasvun ohjelma, RRF)"),
            ("Haettava avustus", "1 940 000 €"),
            ("Kumppanit", "Turun ammattikorkeakoulu (käytettävyystestaus); DigiFinland Oy"),
            ("Kansalliset palvelut", "Omaolo, Suomi.fi-tunnistus"),
        ],
    )
    d.add_paragraph("Hankkeen kokonaiskustannusarvio on 2 155 000 €, josta omarahoitus 10 %.")
    bold(d, "Tavoitteet")
    d.add_paragraph("1) Chat-vastaanotto palvelee arkisin klo 8–20 koko alueen asukkaita", style="List Number")
    d.add_paragraph(
        "2) Oirearvioiden osuus kiireettömistä yhteydenotoista nousee 30 prosenttiin", style="List Number"
    )
    bold(d, "Kustannusarvio vuosittain (€)")
    table(
        d,
        [
            ("Kululaji", "2022", "2023", "2024", "Yhteensä"),
            ("Omat henkilöstökustannukset", "210 000", "520 000", "480 000", "1 210 000"),
            ("Ohjelmistot", "150 000", "300 000", "95 000", "545 000"),
            ("Asiantuntijapalvelut", "80 000", "160 000", "160 000", "400 000"),
            ("Yhteensä", "440 000", "980 000", "735 000", "2 155 000"),
        ],
    )
    save(d, TEST32 / "od09_varsinais_suomi_hankesuunnitelma_2022.docx", ZIP_TIME)


# --- od11: Etelä-Savo, väliraportti XLSX (sheets "Perustiedot", "Seuranta") ---


def _od11() -> None:
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Perustiedot"
    for row in [
        ("Väliraportti 2023", None),
        ("Hanke", "Ikäihmisten kotona asumisen tuki Etelä-Savossa"),
        ("Hyvinvointialue", "Etelä-Savon hyvinvointialue (Eloisa)"),
        ("Kunnat", "Mikkeli, Pieksämäki, Juva"),
        ("Hankeaika", "1.4.2023–31.12.2025"),
        ("Rahoittaja", "STM / KATI-ohjelma"),
        ("Myönnetty avustus", "720 000"),
        ("Yhteistyö", "Xamk (teknologiakokeilut), Suomen Punainen Risti (ystävätoiminta)"),
        ("Raportin pvm", "15.12.2023"),
    ]:
        ws.append(row)
    ws2 = wb.create_sheet("Seuranta")
    ws2.append(("Arvio", "0 = ei huolta", "1 = lievä huoli", "2 = vakava huoli"))
    ws2.append(("Aikataulu", 0, None, None))
    ws2.append(("Kustannukset", 1, None, None))
    ws2.append(("Riskit", 2, None, None))
    ws2.append((None,))
    ws2.append(("Kululaji", "Budjetti 2023", "Toteuma 2023", "Ennuste 2023"))
    ws2.append(("Henkilöstökulut", 180000, 131420.5, 176000))
    ws2.append(("Puhelin- ja ICT-laitehankinnat", 60000, 58910, 60000))
    ws2.append(("Muut kustannukset", 20000, 4120, 9000))
    ws2.append(("Yhteensä", 260000, 194450.5, 245000))
    ws2.append((None,))
    ws2.append(("Tavoite", "Tila"))
    ws2.append(("Turvateknologia käytössä 300 kotona vuoden 2024 loppuun mennessä", "kesken"))
    ws2.append(("Omaishoitajien valmennus kaikissa kolmessa kunnassa", "toteutunut"))
    for sheet in (ws, ws2):
        sheet.column_dimensions["A"].width = 48
    wb.properties.creator = "Eloisa"
    wb.properties.created = CREATED
    wb.properties.modified = CREATED
    raw = io.BytesIO()
    wb.save(raw)
    restamp(raw, TEST32 / "od11_etela_savo_valiraportti_2023.xlsx", CREATED)


# --- od12: Lappi, steering-group slides PPTX with faces ---


def _od12() -> None:
    from pptx import Presentation
    from pptx.util import Inches, Pt

    prs = Presentation()
    prs.core_properties.author = "Lapin hyvinvointialue"
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
        for p in body.paragraphs:
            for r in p.runs:
                r.font.size = Pt(16)

    s = prs.slides.add_slide(prs.slide_layouts[0])
    s.shapes.title.text = "Etäsairaanhoito Lapin kyliin"
    s.placeholders[1].text = "Ohjausryhmä 4/2024 · 21.11.2024 · Lapin hyvinvointialue"
    slide(
        "Perustiedot",
        [
            "Toiminta-alue: Inari, Utsjoki, Enontekiö ja Sodankylä",
            "Rahoitus: STM, kestävän kasvun ohjelma (RRF); haettu 1 050 000 €, myönnetty 980 000 €",
            "Kumppanit: Lapin ammattikorkeakoulu kouluttaa etähoitajat; laitteet ostopalveluna",
            "Kansalliset palvelut: Kanta-palvelut, Suomi.fi-viestit",
        ],
    )
    slide(
        "Mielialamittari ☺ ok · 😐 seurataan · ☹ korjattava",
        [
            "Aikataulu ☺",
            "Budjetti 😐",
            "Henkilöstö ☹",
            "Hyödyt asukkaille ☺",
        ],
    )
    s = prs.slides.add_slide(prs.slide_layouts[5])
    s.shapes.title.text = "Talous 1–10/2024 (€)"
    rows = [
        ("Kustannuslaji", "Budjetti 2024", "Toteuma 1–10/2024", "Sidottu"),
        ("Henkilöstökulut", "310 000", "228 760", "52 000"),
        ("Puhelin- ja ICT-laitehankinnat", "140 000", "131 200", "0"),
        ("Matkakulut", "50 000", "41 380", "4 000"),
        ("Yhteensä", "500 000", "401 340", "56 000"),
    ]
    shape = s.shapes.add_table(len(rows), 4, Inches(0.5), Inches(1.6), Inches(9), Inches(2.5))
    for i, row in enumerate(rows):
        for j, text in enumerate(row):
            shape.table.cell(i, j).text = text
    slide(
        "Tavoitteet – missä mennään",
        [
            "Etävastaanotto käytössä kaikissa 12 kyläpisteessä – 9/12, kesken",
            "Kotikäyntien ajomatkat vähenevät 25 % – toteutunut (-31 %)",
            "Saamenkielinen etäpalvelu Utsjoella – siirretty vuodelle 2025",
        ],
    )
    raw = io.BytesIO()
    prs.save(raw)
    restamp(raw, TEST32 / "od12_lappi_ohjausryhma_2024.pptx", CREATED)


def main() -> None:
    _od02()
    _od14()
    _od03()
    _od09()
    _od11()
    _od12()


if __name__ == "__main__":
    main()
