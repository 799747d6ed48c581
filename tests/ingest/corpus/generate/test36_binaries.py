"""Write the held-out set test36's PDF, DOCX, XLSX and PPTX documents (invented text, see ../README.md).

test36/ was written blind in stop 44 by helper W33, who read no ingest code and no document of any
set. Run with ``.venv/bin/python tests/ingest/corpus/generate/test36_binaries.py``; the outputs are
committed, so the script is needed only to change them. Two runs write the same bytes: reportlab's
invariant mode for the PDFs; fixed core properties and one fixed time stamp on every zip entry of
the DOCX, XLSX and PPTX files.
"""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

from binaries_common import bold, docx_document, pdf, restamp, save, table

TEST36 = Path(__file__).resolve().parent.parent / "test36"
#: The time stamp of every zip entry (a zip stores local time, no zone).
ZIP_TIME = (2026, 12, 6, 10, 0, 0)
CREATED = dt.datetime(2026, 12, 6, 10, 0, 0)


# --- og02: Varsinais-Suomi, status report PDF, lights as a 1-5 score per investment ---

OG02 = [
    [
        "!Seurantaraportti 2/2024 - RRF-hanke",
        "Varsinais-Suomen hyvinvointialue (Varha)",
        "Hankkeen nimi: Hoitoketjut sujuviksi Varsinais-Suomessa",
        "Raportointijakso: 1.5.2024 - 31.10.2024      Raportin pvm: 20.11.2024",
        "Rahoitus: sosiaali- ja terveysministeriö, Suomen kestävän kasvun ohjelma",
        "(Euroopan unionin elpymisväline). Myönnetty 2 940 000 euroa, hankeaika",
        "1.1.2023-31.12.2025.",
        "",
        "!1 Investoinnit ja tilannearvio",
        "Arvio asteikolla 1-5 (5 = täysin suunnitelman mukaan, 4 = suunnitelman mukaan,",
        "3 = lievä poikkeama, 2 = merkittävä poikkeama, 1 = kriittinen).",
        "#Osa-alue|Investointi 1|Investointi 2",
        "#|Kiireetön hoito|Kotisairaala",
        "#Aikataulu|4|2",
        "#Kustannukset|5|3",
        "#Henkilöstö|3|4",
        "#Riskit|4|2",
        "Investointi 1 Kiireetön hoito toteutetaan Turun, Salon ja Uudenkaupungin",
        "terveysasemilla; Investointi 2 Kotisairaala Loimaalla ja Paraisilla.",
        "",
        "!2 Kustannukset kumulatiivisesti 31.10.2024 (euroa)",
        "#Kustannuslaji|Budjetti|Toteutunut|Poikkeama",
        "#Inv. 1 Henkilöstökulut|980 000|702 115|-277 885",
        "#Inv. 1 Palvelujen ostot|410 000|388 900|-21 100",
        "#Inv. 2 Henkilöstökulut|1 120 000|654 300|-465 700",
        "#Inv. 2 Materiaalit ja tarvikkeet|90 000|101 450|11 450",
        "#Yhteensä|2 600 000|1 846 765|-753 235",
    ],
    [
        "!3 Tavoitteiden eteneminen",
        "Investointi 1: Hoitotakuu (14 vrk) toteutuu 90 prosentissa kiireettömistä",
        "     käynneistä.  Tila: toteutunut osittain (82 %)",
        "Investointi 1: Sähköinen yhteydenotto Omaolon kautta kaikilla terveysasemilla.",
        "     Tila: toteutunut",
        "Investointi 2: Kotisairaalan hoitopäivät kasvavat 25 %.",
        "     Tila: kesken, arvio 2025",
        "",
        "!4 Yhteistyö ja riippuvuudet",
        "Turun ammattikorkeakoulu arvioi kotisairaalan. Kelan kanssa sovitaan",
        "matkakorvauksista. Hoitotakuun seuranta perustuu THL:n Avohilmo-tietoihin.",
    ],
]


def _og02() -> None:
    def header(n: int, total: int) -> list[tuple[int, str]]:
        return [(40, "Varha | Seurantaraportti 2/2024"), (500, f"{n}/{total}")]

    def footer(n: int, total: int) -> list[tuple[int, str]]:
        return [(40, "Julkinen")]

    pdf(TEST36 / "og02_varsinais_suomi_seurantaraportti_2024.pdf", OG02, [40, 230, 340, 450], header, footer)


# --- og03: Pohjois-Savo, final report DOCX, lights as coloured squares with words ---


def _og03() -> None:
    d = docx_document("Pohjois-Savon hyvinvointialue", CREATED)
    d.add_heading("Loppuraportti", level=0)
    d.add_paragraph("Sosiaalihuollon palvelut kuntoon Pohjois-Savossa")
    d.add_paragraph("Pohjois-Savon hyvinvointialue · 14.3.2023")
    table(
        d,
        [
            ("Tieto", "Sisältö"),
            ("Hankeaika", "1.1.2021–31.12.2022"),
            (
                "Rahoittaja",
                "Sosiaali- ja terveysministeriö (Tulevaisuuden sosiaali- ja terveyskeskus -ohjelma)",
            ),
            ("Myönnetty valtionavustus", "1 050 000 €"),
            (
                "Osahankkeet",
                "Osahanke A: Aikuissosiaalityön jalkautuminen; Osahanke B: Lastensuojelun perhetyö",
            ),
            ("Toteutusalue", "Kuopio, Iisalmi, Varkaus ja Siilinjärvi"),
        ],
    )
    d.add_heading("1 Onnistumisen arvio", level=1)
    d.add_paragraph(
        "■ vihreä = toteutui suunnitellusti   ■ keltainen = pieni poikkeama   ■ punainen = suuri poikkeama"
    )
    table(
        d,
        [
            ("", "Osahanke A", "Osahanke B"),
            ("Aikataulu", "■ vihreä", "■ keltainen"),
            ("Talous", "■ vihreä", "■ vihreä"),
            ("Tulosten laatu", "■ keltainen", "■ vihreä"),
            ("Hyödyt", "■ vihreä", "■ punainen"),
        ],
    )
    d.add_heading("2 Tavoitteet", level=1)
    table(
        d,
        [
            ("Tavoite", "Arvio"),
            ("A: Sosiaalityöntekijä on tavattavissa jokaisella terveysasemalla viikoittain", "Saavutettiin"),
            ("A: Aikuissosiaalityön jonot puolittuvat", "Saavutettiin osittain"),
            ("B: Perhetyön aloitus viikon kuluessa lastensuojeluilmoituksesta", "Ei saavutettu"),
        ],
    )
    d.add_heading("3 Talous", level=1)
    d.add_paragraph("Kustannukset koko hankeajalta (€). Käyttämätöntä avustusta palautetaan 62 380 €.")
    table(
        d,
        [
            ("Kustannuslaji", "Myönnetty", "Toteutunut", "Käyttöaste"),
            ("Henkilöstökustannukset", "840 000", "801 220", "95 %"),
            ("Palvelujen ostot", "150 000", "131 400", "88 %"),
            ("Matkakustannukset", "60 000", "55 000", "92 %"),
            ("Yhteensä", "1 050 000", "987 620", "94 %"),
        ],
    )
    d.add_heading("4 Kumppanit", level=1)
    d.add_paragraph(
        "Savonia-ammattikorkeakoulu teki osahankkeen A arvioinnin. Perhetyön kirjaukset tehdään Kanta-palvelujen "
        "sosiaalihuollon asiakastiedon arkistoon."
    )
    save(d, TEST36 / "og03_pohjois_savo_loppuraportti_2023.docx", ZIP_TIME)


# --- og04: Keski-Suomi, status workbook, RAG letters with a legend and per-quarter columns ---


def _og04() -> None:
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Tilanne"
    ws.append(["Keski-Suomen hyvinvointialue – hankesalkku"])
    ws.append(["Hanke", "Palveluketjut kotiin Keski-Suomessa"])
    ws.append(["Rahoitus", "STM, Suomen kestävän kasvun ohjelma (RRF)"])
    ws.append(["Myönnetty", 1730000])
    ws.append(["Kokonaisbudjetti", 2162500])
    ws.append(["Päivitetty", "28.6.2024"])
    ws.append([])
    ws.append(["Tila (V = vihreä, K = keltainen, P = punainen)", "Q1/2024", "Q2/2024"])
    ws.append(["Aikataulu", "V", "K"])
    ws.append(["Talous", "V", "V"])
    ws.append(["Laajuus", "K", "K"])
    ws.append(["Henkilöstö", "V", "P"])
    ws.append(["Valmiusaste", "35 %", "48 %"])
    ws.append([])
    ws.append(["Kunnat", "Jyväskylä, Jämsä, Äänekoski, Keuruu"])
    ws.append(["Kumppanit", "JAMK arvioi; kotikuntoutuksen sovellus DigiFinlandin kautta"])

    ws2 = wb.create_sheet("Talous")
    ws2.append(["Kustannukset vuonna 2024", "Budjetti", "Toteuma 30.6.", "Ennuste", "Käyttöaste %"])
    ws2.append(["Omat henkilöstökustannukset", 540000, 261480.2, 530000, 48.4])
    ws2.append(["Asiantuntijapalvelut", 120000, 38900, 115000, 32.4])
    ws2.append(["Viestintäpalvelut", 15000, 4210.5, 12000, 28.1])
    ws2.append(["Ohjelmistot", 85000, 79990, 85000, 94.1])
    ws2.append(["Yhteensä", 760000, 384580.7, 742000, 50.6])

    ws3 = wb.create_sheet("Tavoitteet")
    ws3.append(["Tavoite", "Tila 6/2024"])
    ws3.append(["Kotiutuminen sairaalasta tapahtuu arkipäivinä klo 16 mennessä", "toteutunut"])
    ws3.append(["Kotikuntoutus alkaa 48 tunnin sisällä kotiutumisesta", "osittain"])
    ws3.append(["Ikäihmisten palveluohjaus yhden puhelinnumeron kautta", "ei aloitettu"])
    raw = io.BytesIO()
    wb.save(raw)
    restamp(raw, TEST36 / "og04_keski_suomi_tilanneraportti_2024.xlsx", CREATED)


# --- og05: Pirkanmaa, steering-group deck, lights as coloured circle emoji ---


def _og05() -> None:
    from pptx import Presentation

    prs = Presentation()
    prs.core_properties.author = "Pirkanmaan hyvinvointialue"
    prs.core_properties.created = CREATED
    prs.core_properties.modified = CREATED
    prs.core_properties.last_modified_by = "Pirkanmaan hyvinvointialue"
    prs.core_properties.revision = 1

    s = prs.slides.add_slide(prs.slide_layouts[0])
    s.shapes.title.text = "Mielen hyvinvointi Pirkanmaalla"
    s.placeholders[1].text = "Hankkeen ohjausryhmä 5.10.2023\nPirkanmaan hyvinvointialue"

    s = prs.slides.add_slide(prs.slide_layouts[1])
    s.shapes.title.text = "Perustiedot"
    s.placeholders[1].text = (
        "Kesto 1.3.2022–31.12.2024\n"
        "Rahoitus: STM, kestävän kasvun ohjelma; haettu 2 400 000 €, myönnetty 2 100 000 €\n"
        "Työpaketit: TP A Terapiat ensin (Tampere, Nokia) · TP B Nuorten jalkautuva tiimi (Sastamala, Valkeakoski)\n"
        "Tampereen yliopisto arvioi TP A:n; Mielenterveystalo-palvelut käytössä"
    )

    s = prs.slides.add_slide(prs.slide_layouts[5])
    s.shapes.title.text = "Tilannekuva 🟢 ok · 🟡 huomio · 🔴 toimenpiteitä"
    rows = [
        ("", "TP A", "TP B"),
        ("Aikataulu", "🟢", "🟡"),
        ("Budjetti", "🟢", "🟢"),
        ("Resurssit", "🟡", "🔴"),
        ("Riskit", "🟢", "🟡"),
    ]
    from pptx.util import Inches

    shape = s.shapes.add_table(len(rows), 3, Inches(0.8), Inches(1.8), Inches(8), Inches(3))
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            shape.table.cell(r, c).text = text

    s = prs.slides.add_slide(prs.slide_layouts[5])
    s.shapes.title.text = "Talous 1–8/2023 (€)"
    rows = [
        ("", "Jakson budjetti", "Jakson toteuma"),
        ("TP A palkat", "380 000", "351 270"),
        ("TP A ostopalvelut", "95 000", "40 100"),
        ("TP B palkat", "260 000", "188 640"),
        ("TP B matkat", "12 000", "9 815"),
        ("Yhteensä", "747 000", "589 825"),
    ]
    shape = s.shapes.add_table(len(rows), 3, Inches(0.8), Inches(1.8), Inches(8), Inches(3.2))
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            shape.table.cell(r, c).text = text

    s = prs.slides.add_slide(prs.slide_layouts[1])
    s.shapes.title.text = "Tavoitteet"
    s.placeholders[1].text = (
        "TP A: Terapiat ensin -malli käytössä kaikilla aikuisten mielenterveysasemilla ✅ valmis\n"
        "TP A: Odotusaika psykoterapiaan alle 3 kk ⏳ kesken\n"
        "TP B: Jalkautuva tiimi tavoittaa 200 nuorta vuodessa ❌ ei toteudu, 120 nuorta"
    )
    raw = io.BytesIO()
    prs.save(raw)
    restamp(raw, TEST36 / "og05_pirkanmaa_ohjausryhma_2023.pptx", CREATED)


# --- og13: Keski-Pohjanmaa, RRF plan DOCX with a yearly estimate table ---


def _og13() -> None:
    d = docx_document("Keski-Pohjanmaan hyvinvointialue Soite", CREATED)
    d.add_heading("Hankesuunnitelma", level=0)
    d.add_paragraph("Soite lähellä – digitaalinen sote-keskus Keski-Pohjanmaalle")
    d.add_paragraph("Versio 1.2 · 9.5.2022 · Keski-Pohjanmaan hyvinvointialue Soite")
    bold(d, "1 Hankkeen perustiedot")
    table(
        d,
        [
            ("Kenttä", "Arvo"),
            ("Haettava rahoitus", "Suomen kestävän kasvun ohjelma, RRF, vaihe 2 (STM)"),
            ("Haettu avustus", "1 420 000 €"),
            ("Kokonaiskustannusarvio", "1 775 000 €"),
            ("Kesto", "1.9.2022–31.12.2025"),
            ("Alue", "Kokkola, Kannus, Kaustinen, Perho"),
        ],
    )
    bold(d, "2 Toimenpidekokonaisuudet")
    d.add_paragraph("Toimenpidekokonaisuus 1: Etävastaanotto terveysasemille")
    d.add_paragraph("Toimenpidekokonaisuus 2: Sähköinen palveluohjaus")
    bold(d, "3 Tavoitteet")
    d.add_paragraph("• Kiireettömän lääkärinvastaanoton odotusaika lyhenee alle 14 päivän.")
    d.add_paragraph("• Puolet ensikontakteista hoidetaan digitaalisesti.")
    d.add_paragraph("• Palveluohjaus tavoittaa paljon palveluja käyttävät asiakkaat.")
    bold(d, "4 Kustannusarvio vuosittain (€)")
    table(
        d,
        [
            ("Kustannuslaji", "2022", "2023", "2024", "2025", "Yhteensä"),
            ("Henkilöstökulut", "95 000", "310 000", "310 000", "240 000", "955 000"),
            ("Palvelujen ostot", "40 000", "180 000", "160 000", "60 000", "440 000"),
            ("Investointikulut", "0", "250 000", "80 000", "0", "330 000"),
            ("Välilliset kustannukset", "5 000", "15 000", "15 000", "15 000", "50 000"),
            ("Yhteensä", "140 000", "755 000", "565 000", "315 000", "1 775 000"),
        ],
    )
    bold(d, "5 Riippuvuudet")
    d.add_paragraph(
        "Etävastaanotto edellyttää Kanta-palvelujen ja Suomi.fi-tunnistuksen käyttöä. Centria-ammattikorkeakoulu "
        "kouluttaa henkilöstön. Ratkaisu hankitaan yhteistyössä Keski-Pohjanmaan liiton kanssa."
    )
    save(d, TEST36 / "og13_keski_pohjanmaa_hankesuunnitelma_2022.docx", ZIP_TIME)


# --- og14: Pohjois-Karjala, regional council minutes PDF, lights as hyvä / tyydyttävä / heikko ---

OG14 = [
    [
        "!Aluevaltuusto 18.6.2025 § 41",
        "Kestävän kasvun hankkeen loppuraportti tiedoksi",
        "PKHVA/812/00.01.01/2025",
        "",
        "Pohjois-Karjalan hyvinvointialue (Siun sote) toteutti Kestävän kasvun Pohjois-Karjala",
        "-hankkeen 1.1.2022-31.3.2025. Sosiaali- ja terveysministeriön myöntämä avustus oli",
        "4 200 000 euroa; hyvinvointialue palauttaa käyttämättä jääneen osuuden 118 640 euroa.",
        "Hankkeessa oli kaksi investointia: Investointi 1 Hoitotakuu ja Investointi 4",
        "Sähköiset palvelut. Työtä tehtiin Joensuussa, Lieksassa, Nurmeksessa ja Kiteellä.",
        "",
        "Loppuarvio (hyvä = suunnitelman mukainen, tyydyttävä / heikko = poikkeama)",
        "#|Investointi 1|Investointi 4",
        "#Aikataulu|hyvä|tyydyttävä",
        "#Kustannukset|hyvä|hyvä",
        "#Tuotokset|tyydyttävä|heikko",
        "",
        "Kustannukset koko hankeajalta, euroa",
        "#|Myönnetty|Toteutunut|Käyttöaste",
        "#Investointi 1|2 300 000,00|2 251 900,00|97,9 %",
        "#Investointi 4|1 900 000,00|1 829 460,00|96,3 %",
        "#Yhteensä|4 200 000,00|4 081 360,00|97,2 %",
    ],
    [
        "Tavoitteiden toteutuminen",
        "- Hoitotakuun seitsemän päivän tavoite perusterveydenhuollossa: toteutui 2024",
        "  alkaen kaikilla terveysasemilla.",
        "- Sähköinen asiointi kattaa kaikki aikuissosiaalityön palvelut: toteutui osittain,",
        "  toimeentulotuen neuvonta puuttuu.",
        "",
        "Karelia-ammattikorkeakoulu arvioi sähköisiä palveluja. Asiointi perustuu",
        "Omaolo-palveluun.",
        "",
        "Ehdotus   Aluehallitus: Aluevaltuusto merkitsee loppuraportin tiedoksi.",
        "Päätös    Ehdotus hyväksyttiin.",
    ],
]


def _og14() -> None:
    def header(n: int, total: int) -> list[tuple[int, str]]:
        return [(40, "POHJOIS-KARJALAN HYVINVOINTIALUE   Pöytäkirja 3/2025"), (480, f"Sivu {n + 20}")]

    def footer(n: int, total: int) -> list[tuple[int, str]]:
        return [(40, "Pöytäkirjantarkastajat ____ ____")]

    pdf(TEST36 / "og14_pohjois_karjala_aluevaltuusto_2025.pdf", OG14, [40, 200, 320, 440], header, footer)


if __name__ == "__main__":
    _og02()
    _og03()
    _og04()
    _og05()
    _og13()
    _og14()
