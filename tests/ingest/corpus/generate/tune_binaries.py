"""Write the TUNING set's PDF and DOCX documents (invented text, see ../README.md).

Run with ``.venv/bin/python tests/ingest/corpus/generate/tune_binaries.py``; the outputs
are committed, so the script is needed only to change them.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

TUNE = Path(__file__).resolve().parent.parent / "tune"


def _pdf(name: str, header: str, pages: list[list[str]], columns: list[int]) -> None:
    """Pages of text lines; a line starting with "#" is a table row of "|"-separated cells."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas as pdfcanvas

    c = pdfcanvas.Canvas(str(TUNE / name), pagesize=A4, invariant=1)
    _width, height = A4
    for number, page in enumerate(pages, start=1):
        c.setFont("Helvetica", 8)
        c.drawString(40, height - 30, header)
        c.drawString(500, height - 30, f"{number}/{len(pages)}")
        c.setFont("Helvetica", 10)
        y = height - 70
        for line in page:
            if line.startswith("#"):
                for x, text in zip(columns, line[1:].split("|"), strict=False):
                    c.drawString(x, y, text)
            else:
                c.drawString(40, y, line)
            y -= 14
        c.showPage()
    c.save()


# --- u07: RRF plan of phase 2 (2022), PDF ---------------------------------------------------

U07 = [
    [
        "Suomen kestävän kasvun ohjelma",
        "",
        "HANKESUUNNITELMA",
        "Lapin Kestävän kasvun hanke, vaihe 2 (Lappi 2)",
        "Hakija: Lapin hyvinvointialue (valmisteluvaiheessa Lapin sairaanhoitopiirin",
        "kuntayhtymä)",
        "Päiväys: 30.9.2022",
        "",
        "1 Tiivistelmä",
        "Lappi 2 jatkaa vuonna 2022 alkaneen Lappi 1 -hankkeen työtä. Hankkeessa puretaan hoito- ja",
        "palveluvelkaa Rovaniemellä, Torniossa, Kemissä ja Sodankylässä sekä kehitetään etäpalveluja",
        "harvaan asutuille alueille. Hankeaika on 1.1.2023–31.12.2024.",
        "",
        "2 Investoinnit",
        "Investointi 1: Palveluvelan purku",
        "Tavoitteet:",
        "- Suun terveydenhuollon kiireettömän hoidon jono puretaan.",
        "- Mielenterveyspalvelujen ensikäynti toteutuu kolmessa viikossa.",
        "Investointi 2: Etäpalvelut",
        "Tavoitteet:",
        "- Etävastaanotto on käytössä kaikissa Lapin kunnissa.",
        "- Liikkuva palveluyksikkö kiertää Pohjois-Lapin kylissä.",
        "Etäpalvelujen kehittäminen toteutetaan yhteistyössä DigiFinlandin kanssa ja edellyttää",
        "Omaolon käyttöönottoa Lapin hyvinvointialueella.",
    ],
    [
        "3 Kustannusarvio (euroa)",
        "#Kustannuslaji|Investointi 1|Investointi 2|Yhteensä",
        "#Palvelujen ostot|1 150 000|420 000|1 570 000",
        "#Omat henkilöstö-|600 000|380 000|980 000",
        "#kustannukset|||",
        "#Muut kustannukset|50 000|200 000|250 000",
        "#Yhteensä|1 800 000|1 000 000|2 800 000",
        "",
        "4 Riskit",
        "Henkilöstön saatavuus Itä- ja Pohjois-Lapissa on heikko. Riskiä pienennetään",
        "etäpalveluilla ja ostopalveluilla.",
        "",
        "5 Viestintä",
        "[Kuvaa tähän hankkeen viestintäsuunnitelma]",
    ],
]


# --- u13: final report 2023, PDF ------------------------------------------------------------

U13 = [
    [
        "LOPPURAPORTTI",
        "Varsinais-Suomen Kestävän kasvun hanke, Investointi 1",
        "Hyvinvointialue: Varsinais-Suomen hyvinvointialue (Varha)",
        "Hankeaika: 1.1.2022 – 31.12.2023        Raportti päivätty: 29.2.2024",
        "",
        "Liikennevalot",
        "#Edistyminen|100 %",
        "#Aikataulu|● Suunniteltu",
        "#Kustannukset|● Suunniteltu",
        "#Tuotosten laatu|● Suunniteltu",
        "#Tuotosten laajuus|● Poikkeama, vaatii seurantaa",
        "#Henkilöstö|● Suunniteltu",
        "#Riskit|● Suunniteltu",
        "#Hyödyt|● Suunniteltu",
        "",
        "Yleistilanne",
        "Investointi 1 purki hoitojonoja Turussa, Salossa ja Paraisilla. Jononpurku toteutettiin",
        "yhteistyössä Tyksin kanssa. Tuotosten laajuus jäi suunnitellusta, koska saariston",
        "liikkuva vastaanotto ei käynnistynyt.",
        "",
        "Tavoitteet",
        "- Kiireettömän hoidon jono puretaan alle kahteen viikkoon. Toteutunut.",
        "- Saariston liikkuva vastaanotto aloittaa. Ei toteutunut.",
        "- Palvelusetelin käyttö laajenee suun terveydenhuoltoon. Toteutunut osittain.",
    ],
    [
        "Kustannukset (kumulatiivinen)",
        "#Nimi|Budjetti|Toteuma|Sidotut|Ennuste",
        "#Palvelujen osto|1 200 000|1 188 400|0|0",
        "#Omat henkilöstökustannukset|700 000|652 300|0|0",
        "#Muut kustannukset|100 000|71 900|0|0",
        "#Yhteensä|2 000 000|1 912 600|0|0",
    ],
]


# --- u25: status report 2024, PDF (running header/footer, values broken over lines) ----------

U25 = [
    [
        "TILANNERAPORTTI 2024",
        "Etelä-Pohjanmaan Kestävän kasvun hanke, Investointi 2: Kotona asumisen tuki",
        "Hyvinvointialue: Etelä-Pohjanmaan hyvinvointialue",
        "Raportointijakso: 1.1.2024 – 30.6.2024",
        "Päivitetty: 14.8.2024",
        "",
        "1 Liikennevalot",
        "#Mittari|Tilanne",
        "#Edistyminen|55 %",
        "#Aikataulu|● Poikkeama, vaatii",
        "#|seurantaa",
        "#Kustannukset|● Suunniteltu",
        "#Tuotosten laatu|● Suunniteltu",
        "#Tuotosten laajuus|● Suunniteltu",
        "#Henkilöstö|● Poikkeama, vaatii",
        "#|seurantaa",
        "#Riskit|● Suunniteltu",
        "#Hyödyt|● Suunniteltu",
        "",
        "2 Tilannekatsaus",
        "Kotona asumisen tuki eteni Seinäjoella ja Lapualla suunnitellusti; Kurikan etähoivan",
        "käynnistys siirtyi syksyyn. Etähoivan ratkaisu hankitaan DigiFinlandin kautta, ja se",
        "liitetään Kanta-palveluihin. Asiakaskokemusta arvioi Seinäjoen ammattikorkeakoulu.",
        "",
        "3 Tavoitteet",
        "Tavoite 1: Etäkäyntien osuus kotihoidon käynneistä nousee 25 prosenttiin – Toteutunut",
        "Tavoite 2: Kotihoidon asiakkaiden palvelutarve arvioidaan yhtenäisellä mittarilla –",
        "Toteutunut osittain",
        "Tavoite 3: Omaishoitajien valmennus tarjotaan verkossa – Ei toteutunut",
    ],
    [
        "4 Kustannukset (kumulatiivinen)",
        "#Kustannuslaji|Budjetti|Toteuma|Sidottu|Ennuste|Käyttöaste %",
        "#Palvelujen osto|1.100.000,00|640.250,00|120.000,00|1.080.000,00|58",
        "#Omat henkilöstö-|||||",
        "#kustannukset|860.000,00|512.300,00|0,00|850.000,00|60",
        "#Puhelin- ja ICT-|||||",
        "#laitehankinnat|40.000,00|38.500,00|0,00|40.000,00|96",
        "#Yhteensä|2.000.000,00|1.191.050,00|120.000,00|1.970.000,00|60",
        "",
        "5 Riskit",
        "Henkilöstön saatavuus kotihoidossa on heikko erityisesti Kurikassa.",
    ],
]


def u22_keski_suomi_interim_docx() -> None:
    """An interim report (väliraportti) 2023 in Word, costs with granted and realised, '1 234 567,50 euroa'."""
    import docx

    d = docx.Document()
    d.core_properties.created = dt.datetime(2023, 10, 16)
    d.core_properties.modified = dt.datetime(2023, 10, 16)
    d.core_properties.author = "Hyvaks hankepalvelut"
    d.add_heading("Väliraportti 1.1.–31.8.2023", level=0)
    d.add_paragraph("Tulevaisuuden kotona asumista tukevat palvelut iäkkäille -ohjelma")
    d.add_paragraph("Hanke: Kotona Keski-Suomessa")
    d.add_paragraph("Hyvinvointialue: Keski-Suomen hyvinvointialue")
    d.add_paragraph("Päivämäärä: 16.10.2023")
    d.add_heading("1 Hankkeen eteneminen", level=1)
    d.add_paragraph(
        "Hanke kehittää ikääntyneiden asiakasohjausta ja kotihoitoa Jyväskylässä, Laukaassa, "
        "Viitasaarella ja Kannonkoskella. Kotihoidon etähoiva otettiin käyttöön Laukaassa "
        "toukokuussa. Kehittämistä koordinoi kansallisesti THL, ja ohjelmaa rahoittaa STM."
    )
    d.add_heading("2 Tavoitteet", level=1)
    t = d.add_table(rows=1, cols=2)
    t.rows[0].cells[0].text = "Tavoite"
    t.rows[0].cells[1].text = "Tila 31.8.2023"
    for goal, status in (
        ("Asiakasohjauksen palvelupiste jokaisessa kunnassa", "Toteutunut osittain"),
        ("Etähoivan asiakkaita vähintään 300", "Toteutunut"),
        ("Omaishoidon vapaiden digitaalinen varaus", "Siirtyi myöhemmäksi"),
    ):
        cells = t.add_row().cells
        cells[0].text = goal
        cells[1].text = status
    d.add_heading("3 Kustannukset", level=1)
    c = d.add_table(rows=1, cols=3)
    for cell, text in zip(c.rows[0].cells, ("Kustannuslaji", "Myönnetty", "Toteutunut"), strict=True):
        cell.text = text
    for row in (
        ("Palvelujen ostot", "210 000,00 euroa", "96 412,50 euroa"),
        ("Omat henkilöstökustannukset", "1 020 000,00 euroa", "611 930,00 euroa"),
        ("Muut kustannukset", "70 000,00 euroa", "22 118,75 euroa"),
        ("Yhteensä", "1 300 000,00 euroa", "730 461,25 euroa"),
    ):
        cells = c.add_row().cells
        for cell, text in zip(cells, row, strict=True):
            cell.text = text
    d.add_heading("4 Muuta", level=1)
    d.add_paragraph("-")
    d.save(TUNE / "u22_keski_suomi_valiraportti_2023.docx")


def u49_kainuu_status_docx() -> None:
    """A Word status report: lights as "Aikataulu – vihreä" paragraphs, a cost table whose header
    runs over two rows (the second gives the units, "tuhatta euroa" and "%"), amounts in thousands."""
    import docx

    d = docx.Document()
    d.core_properties.created = dt.datetime(2024, 8, 20)
    d.core_properties.modified = dt.datetime(2024, 8, 20)
    d.core_properties.author = "Hankepalvelut"
    d.add_heading("Tilanneraportti 1–6/2024", level=0)
    d.add_paragraph("Hankkeen nimi: Kotona Kainuun kylissä")
    d.add_paragraph("Hallinnoija: Kainuun hyvinvointialue")
    d.add_heading("1 Tilannekuva", level=1)
    for line in (
        "Aikataulu – vihreä",
        "Kustannukset – keltainen, henkilöstökulut kasvoivat palkkaratkaisun vuoksi",
        "Henkilöstö – vihreä",
        "Riskit – vihreä",
    ):
        d.add_paragraph(line)
    d.add_paragraph("Kotikäyntejä tehtiin Kajaanissa ja Sotkamossa aiempaa enemmän.")
    d.add_heading("2 Raportointijakson kustannukset", level=1)
    c = d.add_table(rows=2, cols=4)
    for cell, text in zip(
        c.rows[0].cells, ("Kustannuslaji", "Budjetti", "Toteuma", "Toteutumisaste"), strict=True
    ):
        cell.text = text
    for cell, text in zip(c.rows[1].cells, ("", "tuhatta euroa", "tuhatta euroa", "%"), strict=True):
        cell.text = text
    for row in (
        ("Palvelujen ostot", "310,0", "288,4", "93"),
        ("Omat henkilöstökustannukset", "640,0", "671,2", "105"),
        ("Matkakulut", "12,5", "9,8", "78"),
        ("Yhteensä", "962,5", "969,4", "101"),
    ):
        cells = c.add_row().cells
        for cell, text in zip(cells, row, strict=True):
            cell.text = text
    d.add_heading("3 Seuraava jakso", level=1)
    d.add_paragraph("Syksyllä laajennetaan etäkäynnit Kuhmoon.")
    d.save(TUNE / "u49_kainuu_tilanneraportti_2024.docx")


if __name__ == "__main__":
    _pdf(
        "u07_lappi_suunnitelma_v2.pdf",
        "Lapin hyvinvointialue – Hankesuunnitelma Lappi 2",
        U07,
        [40, 200, 300, 400],
    )
    _pdf("u13_varsinais_suomi_loppuraportti_2023.pdf", "Varha | Loppuraportti", U13, [40, 220, 300, 380, 440])
    u22_keski_suomi_interim_docx()
    u49_kainuu_status_docx()
    _pdf(
        "u25_etela_pohjanmaa_tilanneraportti_2024.pdf",
        "Etelä-Pohjanmaan hyvinvointialue | Tilanneraportti 2024",
        U25,
        [40, 200, 290, 370, 440, 510],
    )


# --- u94: status report 2025 as PDF: "Tavoite N" blocks with wrapped goals, "Toteutuminen:" lines,
# indicators under each goal, a dependency table in positioned columns (issue 13, stop 26) ---------

U94 = [
    [
        "TILANNERAPORTTI 1/2025",
        "Hanke: Mielenterveyden matalan kynnyksen palvelut Pohjois-Karjalassa",
        "Hyvinvointialue: Pohjois-Karjalan hyvinvointialue",
        "Raportointijakso: 1.7.2024–31.12.2024",
        "Raportti laadittu: 11.2.2025",
        "",
        "1 Yhteenveto",
        "Matalan kynnyksen mielenterveyspisteet avattiin Joensuussa ja Lieksassa. Nurmeksen ja",
        "Kiteen pisteiden avaaminen viivästyi tilojen vuoksi. Nuorten chat-palvelussa käytiin",
        "jaksolla noin 1 400 keskustelua, mikä ylitti odotukset.",
        "",
        "2 Tavoitteet",
        "Tavoite 1",
        "Matalan kynnyksen mielenterveyspiste toimii jokaisessa neljässä",
        "seutukunnassa",
        "Toteutuminen: Ei toteutunut kokonaan",
        "Mittari: avoinna olevien pisteiden määrä. Lähtötaso: 0. Tavoitetaso: 4.",
        "Tavoite 2",
        "Nuorten chat-palvelu on avoinna arki-iltaisin",
        "Toteutuminen: Toteutunut",
        "Mittari: chat-keskustelujen määrä. Lähtötaso: 0. Tavoitetaso: 800.",
        "Tavoite 3",
        "Ensikäynnille pääsee kahden viikon kuluessa yhteydenotosta koko",
        "alueella",
        "Toteutuminen: Kesken",
        "Tavoite 4",
        "Omaisten vertaisryhmät toimivat verkossa",
        "Toteutuminen: Ei käynnistynyt",
    ],
    [
        "3 Riippuvuudet ja yhteistyötahot",
        "#Taho|Kuvaus",
        "#Mielenterveystalo|Chatin ohjaus nettiterapioihin",
        "#Itä-Suomen yliopisto|Vaikuttavuuden arviointi",
        "#Karjalan Mielenterveysseura ry|Vertaisohjaajat pisteisiin",
        "",
        "Kanta-palvelut on mainittu hankesuunnitelmassa, mutta hanke ei vielä liity niihin.",
        "Hankkeen tuloksista on raportoitu Sosiaali- ja terveysministeriölle.",
        "",
        "4 Seuraava jakso",
        "Nurmeksen ja Kiteen pisteet avataan keväällä 2025.",
    ],
]


def u94_pohjois_karjala_status_pdf() -> None:
    """Goals in "Tavoite N" blocks wrapped over lines, statuses on "Toteutuminen:" lines."""
    _pdf(
        "u94_pohjois_karjala_tilanneraportti_2025.pdf",
        "Pohjois-Karjalan hyvinvointialue | Tilanneraportti 1/2025",
        U94,
        [40, 220],
    )


if __name__ == "__main__":
    u94_pohjois_karjala_status_pdf()


# --- u103: a final report in Word whose text stops in the middle of a word: the file is whole,
# the text was cut off when it was copied from another system (issue 13, stop 27) ---------------


def u103_pohjois_pohjanmaa_final_docx() -> None:
    """A Word final report whose last paragraph ends mid-word, with no end punctuation."""
    import docx

    d = docx.Document()
    d.core_properties.created = dt.datetime(2025, 9, 30)
    d.core_properties.modified = dt.datetime(2025, 9, 30)
    d.core_properties.author = "Hankepalvelut"
    d.add_heading("Loppuraportti", level=0)
    d.add_paragraph("Hankkeen nimi: Kotisairaala kaikille")
    d.add_paragraph("Hyvinvointialue: Pohjois-Pohjanmaan hyvinvointialue")
    d.add_paragraph("Hankeaika: 1.1.2023–30.6.2025")
    d.add_paragraph("Raportin päivämäärä: 30.9.2025")
    d.add_heading("1 Yhteenveto", level=1)
    d.add_paragraph(
        "Hanke laajensi kotisairaalan toiminnan Oulusta Raaheen ja Kempeleeseen. Suonensisäiset "
        "lääkehoidot annetaan nyt kotona kaikissa kolmessa kunnassa, ja lääkärin etäkonsultaatio on "
        "käytössä ympäri vuorokauden."
    )
    d.add_heading("2 Tavoitteiden toteutuminen", level=1)
    t = d.add_table(rows=1, cols=2)
    t.rows[0].cells[0].text = "Tavoite"
    t.rows[0].cells[1].text = "Toteutuminen"
    for goal, status in (
        ("Kotisairaala toimii Raahessa ja Kempeleessä", "Toteutunut"),
        ("Etäkonsultaatio ympäri vuorokauden", "Toteutunut"),
        ("Kotisairaalan asiakkaita 1 500 vuodessa", "Toteutui osittain"),
    ):
        cells = t.add_row().cells
        cells[0].text = goal
        cells[1].text = status
    d.add_heading("3 Jatkuvuus", level=1)
    d.add_paragraph(
        "Kotisairaalan toiminta jatkuu hyvinvointialueen perustoimintana. Etäkonsultaation "
        "palvelusopimus kilpailutetaan syksyllä, ja sitä ennen toimintaa rahoitetaan hyvinvointialueen "
        "omasta budjetista. Hankkeen tulokset esitellään aluehallitukselle marraskuussa, minkä jälkeen "
        "kotisairaalan toimintamalli kuvataan Innokylään muiden hyvinvointialueiden käyt"
    )
    d.save(TUNE / "u103_pohjois_pohjanmaa_loppuraportti_katkennut.docx")


if __name__ == "__main__":
    u103_pohjois_pohjanmaa_final_docx()
