"""Write the held-out set test35's PDF, DOCX, XLSX and PPTX documents (invented text, see ../README.md).

test35/ was written blind in stop 43 by helper W32, who read no ingest code and no document of any
set. Run with ``.venv/bin/python tests/ingest/corpus/generate/test35_binaries.py``; the outputs are
committed, so the script is needed only to change them. Two runs write the same bytes: reportlab's
invariant mode for the PDF; fixed core properties and one fixed time stamp on every zip entry of
the DOCX, XLSX and PPTX files.
"""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

from binaries_common import bold, docx_document, pdf, restamp, save, table

TEST35 = Path(__file__).resolve().parent.parent / "test35"
#: The time stamp of every zip entry (a zip stores local time, no zone).
ZIP_TIME = (2026, 12, 6, 8, 0, 0)
CREATED = dt.datetime(2026, 12, 6, 8, 0, 0)


# --- of02: Pohjois-Savo, status report PDF, lights as yes/no questions per investment ---

OF02 = [
    [
        "!RRF-hankkeen tilanneraportti 3/2023",
        "Hanke: Palvelut lähelle Pohjois-Savossa",
        "Toteuttaja: Pohjois-Savon hyvinvointialue  |  Raportointikausi 1.1.-30.9.2023",
        "Rahoitus: Suomen kestävän kasvun ohjelma, sosiaali- ja terveysministeriön",
        "valtionavustus. Myönnetty avustus yhteensä 2 150 000 €.",
        "Hankeaika 1.1.2023-31.12.2025. Raportti hyväksytty ohjausryhmässä 16.10.2023.",
        "",
        "!1. Investoinnit",
        "Investointi 1: Liikkuvat palvelut (palvelubussi Iisalmen ja Varkauden seuduilla)",
        "Investointi 3: Digitaalinen palvelutarpeen arvio (kotihoito, Kuopio ja Suonenjoki)",
        "",
        "!2. Tilannekysely",
        "Vastaukset Kyllä / Ei; riskikysymykseen Ei tarkoittaa, ettei merkittäviä riskejä ole.",
        "#Kysymys|Investointi 1|Investointi 3",
        "#Eteneekö toteutus aikataulussa?|Kyllä|Ei",
        "#Pysyvätkö kustannukset budjetissa?|Kyllä|Kyllä",
        "#Onko henkilöstö rekrytoitu|Ei|Kyllä",
        "#suunnitellusti?||",
        "#Onko investoinnissa merkittäviä|Ei|Kyllä",
        "#riskejä?||",
        "Investointi 3:n viive johtuu asiakastietojärjestelmän rajapinnasta; arviolomake",
        "otetaan käyttöön Omaolon kautta joulukuussa. Savonia-ammattikorkeakoulu arvioi",
        "lomakkeen käytettävyyden.",
        "",
        "!3. Kustannukset 2023",
        "Investointi 1: Liikkuvat palvelut",
        "#Kustannuslaji|Budjetti 2023|Toteuma 1.1.-30.9.|Toteuma-%",
        "#Henkilöstökulut|420 000,00|301 250,00|71,7",
        "#Investoinnit|180 000,00|176 400,00|98,0",
        "#Yhteensä|600 000,00|477 650,00|79,6",
        "Investointi 3: Digitaalinen palvelutarpeen arvio",
        "#Kustannuslaji|Budjetti 2023|Toteuma 1.1.-30.9.|Toteuma-%",
        "#Ohjelmistot|150 000,00|62 300,00|41,5",
        "#Asiantuntijapalvelut|90 000,00|71 880,00|79,9",
        "#Yhteensä|240 000,00|134 180,00|55,9",
    ],
    [
        "!4. Tavoitteiden tilanne 30.9.2023",
        "Investointi 1",
        "- Palvelubussi käy 12 kylässä kuukausittain",
        "  tilanne: toteutunut",
        "- Laboratorionäytteet otetaan bussissa ilman erillistä käyntiä",
        "  terveysasemalla",
        "  tilanne: toteutunut osittain (Iisalmen seutu aloittaa 11/2023)",
        "Investointi 3",
        "- Palvelutarpeen sähköinen arvio käytössä koko kotihoidossa",
        "  tilanne: kesken",
        "",
        "!5. Muuta",
        "Palvelubussin reitit on suunniteltu yhdessä Iisalmen kaupungin ja Varkauden",
        "kaupungin kanssa; kaupungit vastaavat pysäköintipaikoista ja kylätalojen tiloista.",
    ],
]


def _of02() -> None:
    def header(n: int, total: int) -> list[tuple[int, str]]:
        return [(40, "Pohjois-Savon hyvinvointialue  -  Tilanneraportti 3/2023"), (500, f"Sivu {n}/{total}")]

    def footer(n: int, total: int) -> list[tuple[int, str]]:
        return [(40, "Euroopan unionin rahoittama - NextGenerationEU")]

    pdf(
        TEST35 / "of02_pohjois_savo_tilanneraportti_2023.pdf",
        OF02,
        [40, 250, 360, 470],
        header,
        footer,
    )


# --- of15: Keski-Pohjanmaa, council minutes PDF, final report taken for information ---

OF15 = [
    [
        "!KESKI-POHJANMAAN HYVINVOINTIALUE        PÖYTÄKIRJA 2/2025",
        "Aluevaltuusto                              24.3.2025",
        "",
        "!§ 34  Palvelut saataville Keski-Pohjanmaalla -hankkeen loppuraportti",
        "KPHYVA/412/00.01.02/2022",
        "",
        "Valmistelija: kehittämisjohtaja Outi Rannanpää",
        "",
        "Keski-Pohjanmaan hyvinvointialue (Soite) toteutti vuosina 2022-2024 Suomen kestävän",
        "kasvun ohjelmasta rahoitetun hankkeen. Sosiaali- ja terveysministeriö myönsi",
        "hankkeelle 1 600 000 euroa. Hanke toteutettiin kahtena investointina:",
        "Investointi 1: Sähköiset palvelut ja Investointi 3: Ikäihmisten kotihoito.",
        "Toiminta-alueena olivat Kokkola, Kannus, Kaustinen, Perho ja Toholampi.",
        "Centria-ammattikorkeakoulu teki hankkeen ulkoisen arvioinnin. Investointi 1 otti",
        "käyttöön Suomi.fi-viestit ajanvarausmuistutuksissa.",
        "",
        "Loppuraportin tilannevalot:",
        "#Osa-alue|Investointi 1|Investointi 3",
        "#Aikataulu|vihreä|keltainen",
        "#Kustannukset|vihreä|vihreä",
        "#Tuotokset|keltainen|vihreä",
        "",
        "Kustannukset hankeajalta (euroa):",
        "#Investointi|Myönnetty|Toteutunut|Käyttöaste",
        "#Investointi 1|980 000|944 713|96 %",
        "#Investointi 3|620 000|602 115|97 %",
        "#Yhteensä|1 600 000|1 546 828|97 %",
        "Käyttämättä jäänyt avustus 53 172 euroa palautetaan valtionapuviranomaiselle.",
    ],
    [
        "Tavoitteiden toteutuminen (loppuraportin liite 2):",
        "Tavoite 1. Sähköinen ajanvaraus kaikissa sote-keskuksissa - Toteutunut",
        "Tavoite 2. Kotihoidon etäkäynnit 25 % kaikista käynneistä - Toteutunut",
        "osittain (18 %)",
        "Tavoite 3. Yöpartio Kaustisen ja Perhon alueelle - Ei toteutunut",
        "",
        "Hyvinvointialuejohtajan ehdotus:",
        "Aluevaltuusto merkitsee loppuraportin tiedoksi.",
        "",
        "Päätös:",
        "Ehdotus hyväksyttiin.",
        "",
        "Lisätiedot: Outi Rannanpää, etunimi.sukunimi@soite.fi",
    ],
]


def _of15() -> None:
    def header(n: int, total: int) -> list[tuple[int, str]]:
        return [(40, "Aluevaltuusto 24.3.2025"), (480, f"{n + 11} ({total + 20})")]

    def footer(n: int, total: int) -> list[tuple[int, str]]:
        return [(40, "Pöytäkirjantarkastajien nimikirjaimet ______")]

    pdf(
        TEST35 / "of15_keski_pohjanmaa_aluevaltuusto_2025.pdf",
        OF15,
        [40, 200, 320, 430],
        header,
        footer,
    )


# --- of03: Keski-Suomi, final report DOCX, work packages as columns of a closing assessment ---


def _of03() -> None:
    d = docx_document("Keski-Suomen hyvinvointialue", CREATED)
    d.add_heading("Hyvinvointia koulupoluille", level=0)
    d.add_paragraph("Hankkeen loppuraportti | Keski-Suomen hyvinvointialue | 28.2.2025")
    bold(d, "Hankkeen perustiedot")
    table(
        d,
        [
            ("Kohta", "Tieto"),
            ("Hankkeen nimi", "Hyvinvointia koulupoluille"),
            ("Ohjelma", "Tulevaisuuden sosiaali- ja terveyskeskus -ohjelma"),
            ("Rahoittaja", "Sosiaali- ja terveysministeriö"),
            ("Myönnetty avustus", "780 000 €"),
            ("Hankeaika", "1.1.2023–31.12.2024"),
            ("Toteutusalue", "Jyväskylä, Jämsä, Keuruu ja Äänekoski"),
        ],
    )
    d.add_paragraph(
        "Hanke jakautui kahteen työpakettiin: Työpaketti 1: Koulukuraattorien etävastaanotto ja "
        "Työpaketti 2: Vanhempainryhmät. Jyväskylän ammattikorkeakoulu (JAMK) koulutti kuraattorit "
        "etävastaanottoon. Vanhempainryhmiin ohjattiin Sähköisen perhekeskuksen kautta, ja Jyväskylän "
        "kaupungin sivistyspalvelut järjesti ryhmille tilat kouluilla."
    )
    bold(d, "Loppuarvio työpaketeittain")
    table(
        d,
        [
            ("Arvioitava asia", "Työpaketti 1", "Työpaketti 2"),
            ("Aikataulu", "Toteutui suunnitellusti", "Toteutui poiketen"),
            ("Kustannukset", "Toteutui suunnitellusti", "Toteutui suunnitellusti"),
            ("Henkilöstö", "Toteutui poiketen", "Toteutui suunnitellusti"),
        ],
    )
    bold(d, "Tavoitteet")
    table(
        d,
        [
            ("Tavoite", "Työpaketti", "Saavutettu?"),
            ("Kuraattorin etävastaanotto kaikissa yläkouluissa", "1", "Saavutettiin"),
            ("Kuraattorille pääsee viikon sisällä yhteydenotosta", "1", "Saavutettiin osin"),
            ("Vanhempainryhmä jokaisessa kunnassa lukuvuonna 2024–2025", "2", "Ei saavutettu"),
        ],
    )
    bold(d, "Talous koko hankeajalta")
    table(
        d,
        [
            ("Kustannuslaji", "Myönnetty (€)", "Toteutunut (€)", "Käyttöaste"),
            ("Henkilöstökulut", "610 000,00", "598 420,10", "98 %"),
            ("Palvelujen ostot", "140 000,00", "112 349,35", "80 %"),
            ("Materiaalikulut", "30 000,00", "28 000,00", "93 %"),
            ("Yhteensä", "780 000,00", "738 769,45", "95 %"),
        ],
    )
    d.add_paragraph("Käyttämättä jäänyt osuus 41 230,55 euroa palautetaan sosiaali- ja terveysministeriölle.")
    save(d, TEST35 / "of03_keski_suomi_loppuraportti_2025.docx", ZIP_TIME)


# --- of14: Pohjois-Karjala, RRF project plan DOCX, one estimate table per investment ---


def _of14() -> None:
    d = docx_document("Pohjois-Karjalan hyvinvointialue", CREATED)
    d.add_heading("Hankesuunnitelma", level=0)
    d.add_paragraph("Saatavuus kuntoon Pohjois-Karjalassa")
    d.add_paragraph("Suomen kestävän kasvun ohjelma, pilari 4 · versio 1.2 · 30.9.2022")
    bold(d, "1 Hakija ja rahoitus")
    table(
        d,
        [
            ("", ""),
            ("Hakija", "Pohjois-Karjalan hyvinvointialue (Siun sote)"),
            ("Rahoittaja", "Sosiaali- ja terveysministeriö / NextGenerationEU"),
            ("Haettava avustus", "1 625 000 €"),
            ("Hankeaika", "1.11.2022–31.12.2025"),
            ("Kumppanit", "Karelia-ammattikorkeakoulu (arviointi ja koulutus)"),
        ],
    )
    bold(d, "2 Investoinnit")
    d.add_paragraph(
        "Investointi 1: Hoitotakuun vahvistaminen. Kiireettömän hoidon tarpeen arvio siirretään "
        "Omaolo-palveluun ja yhteiseen hoidon tarpeen arviointiyksikköön Joensuussa. "
        "Investointi 1:n kustannusarvio on 1 000 000 euroa."
    )
    d.add_paragraph("[Ohje: kuvaa investoinnin tavoitteet ranskalaisin viivoin.]")
    d.add_paragraph("Tavoitteet:")
    d.add_paragraph("hoidon tarpeen arvio samana päivänä 90 %:lle yhteydenotoista", style="List Bullet")
    d.add_paragraph("kiireettömälle lääkärin vastaanotolle alle 14 vuorokaudessa", style="List Bullet")
    table(
        d,
        [
            ("Kustannuslaji", "Kustannusarvio (€)"),
            ("Henkilöstökulut", "820 000"),
            ("Palvelujen ostot", "160 000"),
            ("Matkakulut", "20 000"),
            ("Yhteensä", "1 000 000"),
        ],
    )
    d.add_paragraph(
        "Investointi 2: Monialaiset palvelut nuorille. Nuorten matalan kynnyksen palvelupiste avataan "
        "Lieksaan, Nurmekseen ja Kiteelle; Outokummussa palvelu toimii liikkuvana. "
        "Investointi 2:n kustannusarvio on 625 000 euroa."
    )
    d.add_paragraph("Tavoitteet:")
    d.add_paragraph("nuori saa ajan palvelupisteeseen viikon sisällä", style="List Bullet")
    d.add_paragraph("palvelupisteiden asiakkaista puolet ohjautuu ilman lähetettä", style="List Bullet")
    table(
        d,
        [
            ("Kustannuslaji", "Kustannusarvio (€)"),
            ("Henkilöstökulut", "540 000"),
            ("Toimitilakulut", "60 000"),
            ("Materiaalikulut", "25 000"),
            ("Yhteensä", "625 000"),
        ],
    )
    bold(d, "3 Riskit")
    table(
        d,
        [
            ("Riski", "Todennäköisyys", "Vaikutus", "Hallinta"),
            ("Rekrytointi viivästyy", "suuri", "suuri", "sijaisrekrytointi, Karelia-AMK:n harjoittelijat"),
            ("Tilat eivät valmistu Lieksassa", "pieni", "keskisuuri", "väistötilat kaupungilta"),
        ],
    )
    save(d, TEST35 / "of14_pohjois_karjala_hankesuunnitelma_2022.docx", ZIP_TIME)


# --- of04: Pirkanmaa, monitoring workbook XLSX, worry scale per sub-project ---


def _of04() -> None:
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Yhteenveto"
    ws.append(["Mielenterveyspalvelujen porrasmalli Pirkanmaalla – seurantaraportti 1.1.–30.9.2024"])
    ws.append(["Pirkanmaan hyvinvointialue · myönnetty avustus 1 900 000 € (STM) · hankeaika 2023–2025"])
    ws.append([])
    ws.append(["Alahankkeet:"])
    ws.append(["Alahanke A – Nuorten matalan kynnyksen palvelu (Tampere, Nokia)"])
    ws.append(["Alahanke B – Aikuisten terapiat etänä (Kangasala, Sastamala)"])
    ws.append([])
    ws.append(["Huoliasteikko: Ei huolta / Lievä huoli / Huolestuttava"])
    ws.append(["Alahanke", "Aikataulu", "Talous", "Henkilöstö", "Tuotokset", "Huomiot"])
    ws.append(["A", "Ei huolta", "Ei huolta", "Lievä huoli", "Ei huolta", ""])
    ws.append(
        [
            "B",
            "Huolestuttava",
            "Lievä huoli",
            "Ei huolta",
            "Lievä huoli",
            "etäterapia-alustan hankinta viivästyi",
        ]
    )
    ws.append([])
    ws.append(
        [
            "Yhteistyö: Nokian kaupungin nuorisopalvelut ohjaa nuoria A:n palveluun; A käyttää Mielenterveystalon "
            "nuorten omahoito-ohjelmia; Tampereen ammattikorkeakoulu (TAMK) kouluttaa B:n terapeutit."
        ]
    )
    ws2 = wb.create_sheet("Kustannukset Q1-Q3")
    ws2.append(["Kustannukset 1.1.–30.9.2024 (€)"])
    ws2.append(["Alahanke", "Kustannuslaji", "Jakson budjetti", "Jakson toteuma", "Sidottu"])
    rows = [
        ("A", "Henkilöstökulut", 255000, 241880, 0),
        ("A", "Palvelujen ostot", 60000, 22410, 18000),
        ("A", "Yhteensä", 315000, 264290, 18000),
        ("B", "Henkilöstökulut", 180000, 176005, 0),
        ("B", "Ohjelmistot", 45000, 51200, 6000),
        ("B", "Yhteensä", 225000, 227205, 6000),
    ]
    for row in rows:
        ws2.append(list(row))
    ws3 = wb.create_sheet("Tavoitteet")
    ws3.append(["Tavoite", "Alahanke", "Tila 30.9.2024"])
    ws3.append(["Nuori pääsee keskusteluun kolmen arkipäivän sisällä", "A", "Toteutunut"])
    ws3.append(
        ["Etäterapia käytössä kaikissa kuudessa aikuispsykiatrian yksikössä", "B", "Siirtyy vuodelle 2025"]
    )
    ws3.append(["Terapiaan pääsyn jono alle 30 päivää", "B", "Kesken"])
    raw = io.BytesIO()
    wb.properties.creator = "Pirkanmaan hyvinvointialue"
    wb.properties.created = CREATED
    wb.properties.modified = CREATED
    wb.save(raw)
    restamp(raw, TEST35 / "of04_pirkanmaa_seurantaraportti_2024.xlsx", CREATED)


# --- of05: Varsinais-Suomi, steering-group deck PPTX, lights as circle / triangle / cross marks ---


def _of05() -> None:
    from pptx import Presentation
    from pptx.util import Inches, Pt

    prs = Presentation()
    prs.core_properties.author = "Varsinais-Suomen hyvinvointialue"
    prs.core_properties.created = CREATED
    prs.core_properties.modified = CREATED
    prs.core_properties.last_modified_by = "Varsinais-Suomen hyvinvointialue"
    prs.core_properties.revision = 1

    s = prs.slides.add_slide(prs.slide_layouts[0])
    s.shapes.title.text = "Kiireettömän hoidon vahvistaminen"
    s.placeholders[1].text = "Ohjausryhmä 3/2024 · 12.9.2024\nVarsinais-Suomen hyvinvointialue (Varha)"

    s = prs.slides.add_slide(prs.slide_layouts[1])
    s.shapes.title.text = "Hanke lyhyesti"
    s.placeholders[1].text = (
        "Investointi 1 Ajanvarauksen keskittäminen – yksi numero Turussa, Raisiossa ja Loimaalla\n"
        "Investointi 2 Kotisairaalan laajennus – Salo ja Loimaa\n"
        "Kokonaisbudjetti 2023–2025: 4,2 milj. € (Suomen kestävän kasvun ohjelma, STM)\n"
        "Turun ammattikorkeakoulu arvioi ajanvarauksen asiakaskokemuksen; oirearviot Omaolon kautta"
    )

    def table_slide(title: str, rows: list[tuple[str, ...]], widths: list[float]) -> None:
        slide = prs.slides.add_slide(prs.slide_layouts[5])
        slide.shapes.title.text = title
        shape = slide.shapes.add_table(
            len(rows), len(rows[0]), Inches(0.4), Inches(1.5), Inches(9.2), Inches(0.4 * len(rows))
        )
        for c, w in enumerate(widths):
            shape.table.columns[c].width = Inches(w)
        for r, row in enumerate(rows):
            for c, text in enumerate(row):
                cell = shape.table.cell(r, c)
                cell.text = text
                for run in cell.text_frame.paragraphs[0].runs:
                    run.font.size = Pt(12)

    table_slide(
        "Tilannekuva 31.8.2024   ○ suunnitelmassa  △ seurattava  ✕ poikkeama",
        [
            ("", "Inv. 1", "Inv. 2"),
            ("Aikataulu", "○", "△"),
            ("Kustannukset", "○", "○"),
            ("Henkilöstö", "△", "✕"),
            ("Riskit", "○", "△"),
        ],
        [3.2, 3.0, 3.0],
    )
    table_slide(
        "Talous 2024, t€",
        [
            ("", "Budjetti 2024", "Toteuma 1–8/2024", "Sidottu"),
            ("Inv. 1 Henkilöstökulut", "520,0", "331,4", "0,0"),
            ("Inv. 1 Ohjelmistot", "210,0", "190,5", "19,5"),
            ("Inv. 1 yhteensä", "730,0", "521,9", "19,5"),
            ("Inv. 2 Henkilöstökulut", "610,0", "402,2", "0,0"),
            ("Inv. 2 ICT-laitehankinnat", "90,0", "38,0", "40,0"),
            ("Inv. 2 yhteensä", "700,0", "440,2", "40,0"),
        ],
        [3.7, 1.8, 1.9, 1.8],
    )
    s = prs.slides.add_slide(prs.slide_layouts[1])
    s.shapes.title.text = "Tavoitteet – missä ollaan"
    s.placeholders[1].text = (
        "Inv. 1: Hoitotakuu 14 vrk toteutuu 80 %:ssa käynneistä – nyt 71 %, kesken\n"
        "Inv. 1: Takaisinsoitto samana päivänä kaikille soittajille – valmis\n"
        "Inv. 2: Kotisairaala toimii ympäri vuorokauden Salossa ja Loimaalla – siirtyy 2025"
    )
    raw = io.BytesIO()
    prs.save(raw)
    restamp(raw, TEST35 / "of05_varsinais_suomi_ohjausryhma_2024.pptx", CREATED)


if __name__ == "__main__":
    _of02()
    _of03()
    _of04()
    _of05()
    _of14()
    _of15()
