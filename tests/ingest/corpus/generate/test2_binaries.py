"""Write the SECOND held-out set's PDF and DOCX documents (invented text, see ../README.md).

test2/ is held out: nobody developing the ingest reads or runs it, this script included.
Run with ``.venv/bin/python tests/ingest/corpus/generate/test2_binaries.py``; the outputs
are committed, so the script is needed only to change them. The PDFs come out byte for
byte the same (reportlab's invariant mode); the DOCX the same in text and properties, its
zip entries carrying the time of writing.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

TEST2 = Path(__file__).resolve().parent.parent / "test2"


def _pdf(name: str, header: str, footer: str, pages: list[list[str]], columns: list[int]) -> None:
    """Pages of text lines; a line starting with "#" is a table row of "|"-separated cells.

    A line starting with "!" is set in bold (a heading); every page gets the running header
    and footer, as exported reports and minutes have.
    """
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas as pdfcanvas

    c = pdfcanvas.Canvas(str(TEST2 / name), pagesize=A4, invariant=1)
    _width, height = A4
    for number, page in enumerate(pages, start=1):
        c.setFont("Helvetica", 8)
        c.drawString(40, height - 30, header)
        c.drawString(480, height - 30, f"{number} ({len(pages)})")
        c.drawString(40, 30, footer)
        y = height - 70
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


# --- h08: interim report 2024 of an STM programme, PDF (Kainuu) ----------------------------

H08 = [
    [
        "!VÄLIRAPORTTI 2024",
        "",
        "Hanke: Hyvä arki Kainuussa – Kainuun Kestävän kasvun hanke",
        "Hallinnoija: Kainuun hyvinvointialue",
        "Raportointikausi: 1.1.2024–31.12.2024",
        "Hankeaika: 1.1.2023–31.12.2025",
        "Rahoittaja: Sosiaali- ja terveysministeriö, EU:n elpymis- ja palautumistukiväline (RRF)",
        "Päivämäärä: 28.2.2025",
        "",
        "!1 Yhteenveto",
        "Vuonna 2024 hanke laajensi perhekeskuksen sähköisiä palveluja ja kotihoidon etäkäyntejä",
        "Kajaanista Sotkamoon, Kuhmoon ja Suomussalmelle. Suun terveydenhuollon jonot saatiin",
        "hoitotakuun rajoihin. Lastensuojelun avohuollon jonoja ei saatu purettua, koska",
        "sosiaalityöntekijöiden rekrytoinnit epäonnistuivat Kuhmossa ja Suomussalmella.",
        "",
        "!2 Tavoitteiden toteutuminen",
        "#Tavoite|Tila 31.12.2024",
        "#Perhekeskuksen palvelut löytyvät OmaPerhe.fi-palvelusta|Toteutunut",
        "#Kotihoidon etäkäyntien osuus on vähintään 20 %|Toteutunut osittain (14 %)",
        "#kaikista kotihoidon käynneistä|",
        "#Lastensuojelun avohuollon jonot puretaan|Ei toteutunut",
        "#Suun terveydenhuollon hoitotakuu (3 kk) toteutuu|Toteutunut",
        "",
    ],
    [
        "!3 Talous",
        "Kumulatiiviset kustannukset hankkeen alusta 1.1.2023–31.12.2024:",
        "",
        "#Kustannuslaji|Myönnetty|Toteutunut 2023–2024|Käyttöaste %",
        "#Palvelujen ostot|1 450 000,00 €|912 334,18 €|62,9",
        "#Omat henkilöstö-|2 210 000,00 €|1 498 120,55 €|67,8",
        "#kustannukset|||",
        "#Matkakulut|40 000,00 €|18 206,40 €|45,5",
        "#Välilliset kustannukset|331 500,00 €|224 718,08 €|67,8",
        "#Yhteensä|4 031 500,00 €|2 653 379,21 €|65,8",
        "",
        "!4 Yhteistyö",
        "Hanke tekee yhteistyötä Kelan, THL:n ja Oulun yliopiston kanssa. Perhekeskuksen",
        "sähköiset palvelut julkaistaan OmaPerhe.fi-palvelussa, jonka kehittämisestä vastaa",
        "DigiFinland. Kotihoidon etäkäynneissä käytetään hyvinvointialueen omaa",
        "videopalvelua.",
        "",
        "Raportin laati: Tiina Heikkinen, projektipäällikkö",
    ],
]


# --- h16: aluevaltuusto minutes with the final accounting of a project, PDF (Kanta-Häme) ------

H16 = [
    [
        "!KANTA-HÄMEEN HYVINVOINTIALUE                     PÖYTÄKIRJA 4/2025",
        "Aluevaltuusto",
        "",
        "Aika         16.6.2025 klo 17.00–20.45",
        "Paikka       Verkatehdas, Vanajanlinnan sali, Hämeenlinna",
        "",
        "!§ 41 Kestävän kasvun hankkeen loppuselvitys",
        "KHHVA/1882/00.01.02/2025",
        "",
        "Aluehallitus 26.5.2025 § 133",
        "",
        "Valmistelija: kehittämisjohtaja Minna Laakso, minna.laakso@omahame.fi",
        "",
        "Kanta-Hämeen hyvinvointialueen Kestävän kasvun hanke (Oma Häme RRF) toteutettiin",
        "1.1.2023–31.3.2025 Suomen kestävän kasvun ohjelman rahoituksella. Sosiaali- ja",
        "terveysministeriö myönsi hankkeelle yhteensä 5 612 000 euroa. Hankkeen kustannuksiin",
        "käytettiin 5 288 431,20 euroa. Käyttämättä jäänyt avustus 323 568,80 euroa",
        "palautetaan sosiaali- ja terveysministeriölle.",
        "",
        "Toteutuneet kustannukset investoinneittain (euroa):",
        "#Investointi|Myönnetty|Toteutunut",
        "#Investointi 1: Hoito-, kuntoutus- ja|2 100 000,00|2 044 917,65",
        "#palveluvelan purku||",
        "#Investointi 2: Ennaltaehkäisy|980 000,00|901 400,00",
        "#Investointi 3: Toimintakäytäntöjen|1 032 000,00|958 113,55",
        "#uudistaminen||",
        "#Investointi 4: Digitaaliset palvelut|1 500 000,00|1 384 000,00",
        "#Yhteensä|5 612 000,00|5 288 431,20",
        "",
    ],
    [
        "Hankkeessa purettiin suun terveydenhuollon jonoja Hämeenlinnassa, Riihimäellä ja",
        "Forssassa, otettiin käyttöön Omaolon oirearviot ja sähköinen ajanvaraus sekä",
        "vakiinnutettiin Janakkalassa ja Hattulassa kokeiltu liikkuva neuvola. Hämeen",
        "ammattikorkeakoulu HAMK arvioi liikkuvan neuvolan vaikutukset. Asiakirjat",
        "arkistoitiin Kanta-palveluihin.",
        "",
        "Loppuraportti on liitteenä.",
        "",
        "Aluehallituksen ehdotus",
        "Aluevaltuusto merkitsee tiedoksi Kestävän kasvun hankkeen loppuselvityksen.",
        "",
        "Käsittely",
        "Valtuutettu Saarinen kysyi, miksi investoinnin 4 kustannukset alittuivat.",
        "Kehittämisjohtaja Laakso vastasi, että ohjelmistohankinnan hinta jäi arvioitua",
        "pienemmäksi.",
        "",
        "Päätös",
        "Aluevaltuusto merkitsi loppuselvityksen tiedoksi.",
        "",
        "Muutoksenhaku: Ei muutoksenhakuoikeutta, asia on merkitty tiedoksi.",
    ],
]


# --- h10: Swedish final report (slutrapport), DOCX (Pohjanmaa / Österbotten) ---------------


def h10_pohjanmaa_slutrapport() -> None:
    """A Swedish final report: goal table Mål / Utfall, costs Beviljat / Utfall / Utnyttjandegrad."""
    import docx

    d = docx.Document()
    d.core_properties.created = dt.datetime(2025, 9, 15)
    d.core_properties.modified = dt.datetime(2025, 9, 15)
    d.core_properties.author = "Välfärdsområdets utvecklingsenhet"
    d.add_paragraph("Programmet för hållbar tillväxt i Finland – pelare 4")
    d.add_heading("Slutrapport", level=0)
    d.add_paragraph("Botnia Bättre – Österbottens projekt för hållbar tillväxt")
    info = d.add_table(rows=0, cols=2)
    for label, value in [
        ("Projektets namn", "Botnia Bättre – Österbottens projekt för hållbar tillväxt"),
        ("Huvudman", "Österbottens välfärdsområde"),
        ("Projekttid", "1.1.2023–30.6.2025"),
        ("Finansiär", "Social- och hälsovårdsministeriet (NextGenerationEU)"),
        ("Datum", "15.9.2025"),
    ]:
        cells = info.add_row().cells
        cells[0].text = label
        cells[1].text = value
    d.add_heading("1 Sammanfattning", level=1)
    d.add_paragraph(
        "Projektet avvecklade vårdköer, införde digitala tjänster och utvecklade mottagningar "
        "på två språk. Arbetet gjordes i hela Österbotten med pilotenheter i Vasa, Jakobstad, "
        "Närpes och Korsholm. I Kristinestad och Malax prövades en mobil mottagning."
    )
    d.add_heading("2 Måluppfyllelse", level=1)
    goals = d.add_table(rows=1, cols=2)
    goals.rows[0].cells[0].text = "Mål"
    goals.rows[0].cells[1].text = "Utfall"
    for goal, outcome in [
        ("Vårdgarantin inom primärvården uppfylls på alla hälsostationer", "Uppnått"),
        ("Invånarna kan göra symtombedömning i Omaolo på svenska", "Uppnått"),
        ("Väntetiden till munhälsovården är under tre månader", "Delvis uppnått"),
        ("Mobil mottagning i Kristinestad och Malax blir permanent", "Inte uppnått"),
        ("Distansrehabilitering för äldre i hela regionen", "Flyttas till 2026"),
    ]:
        cells = goals.add_row().cells
        cells[0].text = goal
        cells[1].text = outcome
    d.add_heading("3 Kostnader", level=1)
    d.add_paragraph("Kostnader för hela projekttiden (euro):")
    costs = d.add_table(rows=1, cols=4)
    for cell, text in zip(
        costs.rows[0].cells, ["Kostnadsslag", "Beviljat", "Utfall", "Utnyttjandegrad %"], strict=True
    ):
        cell.text = text
    for row in [
        ("Köp av tjänster", "1 820 000,00", "1 702 551,30", "93,5"),
        ("Egna personalkostnader", "2 640 000,00", "2 598 004,10", "98,4"),
        ("Övriga kostnader", "240 000,00", "190 312,60", "79,3"),
        ("Totalt", "4 700 000,00", "4 490 868,00", "95,6"),
    ]:
        for cell, text in zip(costs.add_row().cells, row, strict=True):
            cell.text = text
    d.add_heading("4 Samarbete och beroenden", level=1)
    d.add_paragraph(
        "Symtombedömningen bygger på Omaolo, som utvecklas av DigiFinland, och journalhandlingarna "
        "arkiveras i Kanta. Projektet deltog i nätverken som Institutet för hälsa och välfärd (THL) "
        "och Folkpensionsanstalten samordnade. Yrkeshögskolan Novia och Åbo Akademi utvärderade "
        "den tvåspråkiga mottagningen."
    )
    d.add_heading("5 Fortsättning", level=1)
    d.add_paragraph(
        "Den digitala symtombedömningen och den tvåspråkiga mottagningen blir en del av "
        "välfärdsområdets ordinarie verksamhet."
    )
    d.save(str(TEST2 / "h10_pohjanmaa_slutrapport_2025_sv.docx"))


def main() -> None:
    """Write every binary document of test2."""
    _pdf(
        "h08_kainuu_valiraportti_2024.pdf",
        "Kainuun hyvinvointialue · Hyvä arki Kainuussa · Väliraportti 2024",
        "Euroopan unionin rahoittama – NextGenerationEU",
        H08,
        [40, 330, 420, 520],
    )
    _pdf(
        "h16_kanta_hame_aluevaltuusto_2025.pdf",
        "Kanta-Hämeen hyvinvointialue · Aluevaltuusto · Pöytäkirja 4/2025",
        "Pöytäkirja on tarkastettu ja pidetty yleisesti nähtävänä 23.6.2025",
        H16,
        [40, 330, 440],
    )
    h10_pohjanmaa_slutrapport()


if __name__ == "__main__":
    main()
