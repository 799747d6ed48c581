"""Write the held-out set test28's PDF and DOCX documents (invented text, see ../README.md).

test28/ was written blind in stop 39 by helper W25, who read no ingest code and no document of any
set. HELD OUT: like the set's documents, this script is not to be read by anyone tuning the ingest.
Run with ``.venv/bin/python tests/ingest/corpus/generate/test28_binaries.py``; the outputs are
committed, so the script is needed only to change them. Two runs write the same bytes: reportlab's
invariant mode for the PDFs; fixed core properties and one fixed time stamp on every zip entry for
the DOCX files.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from binaries_common import docx_document, pdf, save, table

TEST28 = Path(__file__).resolve().parent.parent / "test28"
#: The time stamp of every zip entry of the DOCX files (a zip stores local time, no zone).
ZIP_TIME = (2026, 12, 5, 20, 0, 0)


def _save(d, name: str) -> None:
    save(d, TEST28 / name, ZIP_TIME)


# --- ob04: Pohjois-Savo, a Word project plan whose tables carry the facts: work lines named in a
# table, an estimate per year, the state of each work line as words in a table ---


def ob04_pohjois_savo_hankesuunnitelma() -> None:
    d = docx_document("Pohjois-Savon hyvinvointialue", dt.datetime(2022, 9, 30, 12, 0, 0))
    d.add_heading("Savon matalan kynnyksen palvelut – hankesuunnitelma", level=1)
    d.add_paragraph("Versio 3, päivitetty 30.9.2022")
    d.add_heading("1 Perustiedot", level=2)
    table(
        d,
        [
            ("Kenttä", "Tieto"),
            ("Hankkeen nimi", "Savon matalan kynnyksen palvelut"),
            ("Hallinnoija", "Pohjois-Savon hyvinvointialue"),
            ("Toteutusaika", "1.3.2022–30.6.2025"),
            ("Toteutuskunnat", "Kuopio, Iisalmi, Varkaus"),
            ("Rahoittaja", "Sosiaali- ja terveysministeriö (Suomen kestävän kasvun ohjelma)"),
            ("Haettava avustus", "2 150 000 €"),
            ("Kumppanit", "Savonia-ammattikorkeakoulu kouluttaa neuvonnan henkilöstön"),
            ("Riippuvuudet", "Terveyskylä.fi:n omahoito-ohjelmat (työlinja 3)"),
        ],
    )
    d.add_heading("2 Työlinjat", level=2)
    d.add_paragraph("Hanke toteutetaan kolmena työlinjana, joihin tässä suunnitelmassa viitataan numerolla.")
    table(
        d,
        [
            ("Työlinja", "Nimi", "Kustannusarvio €"),
            ("1", "Sosiaalihuollon neuvonta", "640 000"),
            ("2", "Suun terveydenhuollon jonot", "780 000"),
            ("3", "Mielenterveyden etäpalvelut", "730 000"),
            ("", "Yhteensä", "2 150 000"),
        ],
    )
    d.add_heading("3 Tavoitteet", level=2)
    table(
        d,
        [
            ("Tavoite", "Mittari", "Tavoitetaso"),
            ("Sosiaalihuollon neuvontaan vastataan samana päivänä", "vastausaika", "100 % samana päivänä"),
            (
                "Suun terveydenhuollon kiireettömän hoidon jono lyhenee alle kolmeen kuukauteen",
                "jonon pituus",
                "alle 3 kk",
            ),
            ("Mielenterveyden etäpalvelu on tarjolla kaikissa kolmessa kaupungissa", "kaupunkien määrä", "3"),
        ],
    )
    d.add_heading("4 Kustannusarvio vuosittain (€)", level=2)
    table(
        d,
        [
            ("Kustannuslaji", "2022", "2023", "2024", "2025", "Yhteensä"),
            ("Henkilöstökustannukset", "90 000", "520 000", "540 000", "250 000", "1 400 000"),
            ("Ostopalvelut", "20 000", "160 000", "170 000", "60 000", "410 000"),
            ("ICT-laitteet", "15 000", "120 000", "60 000", "5 000", "200 000"),
            ("Viestintä", "5 000", "50 000", "60 000", "25 000", "140 000"),
            ("Yhteensä", "130 000", "850 000", "830 000", "340 000", "2 150 000"),
        ],
    )
    d.add_heading("5 Toteutuksen tilanne (lisätty versioon 3)", level=2)
    table(
        d,
        [
            ("Työlinja", "Aikataulu", "Kustannukset"),
            ("1", "Suunnitelman mukainen", "Suunnitelman mukainen"),
            ("2", "Korjaavia toimia tarvitaan", "Suunnitelman mukainen"),
            ("3", "Suunnitelman mukainen", "Korjaavia toimia tarvitaan"),
        ],
    )
    d.add_paragraph("Työlinjan 2 aikataulu venyy, koska hammashoitajien rekrytointi on kesken Varkaudessa.")
    _save(d, "ob04_pohjois_savo_hankesuunnitelma_2022.docx")


# --- ob05: Pirkanmaa, a PDF exported from steering-group slides: short lines, slide titles, lights
# as "what goes well / what worries", thousands of euros with the total first ---

OB05 = [
    [
        "!Pirkanmaan kotiutumisen tuki",
        "Ohjausryhmä 17.10.2023",
        "Pirkanmaan hyvinvointialue",
    ],
    [
        "!Hanke lyhyesti",
        "• Toteutusaika 1.1.2023–31.12.2025",
        "• Tampere, Nokia ja Kangasala",
        "• Myönnetty rahoitus 1,84 M€ (sosiaali- ja terveysministeriö)",
        "• TAMK kouluttaa kotiutushoitajat",
        "• Kotiutusyhteenveto kirjataan Kanta-palveluihin",
    ],
    [
        "!Mikä menee hyvin?",
        "• Aikataulu: kaikki sisätautiosastot mukana",
        "• Henkilöstö: rekrytoinnit valmiit",
        "• Tuotosten laatu: potilaspalaute 4,6 / 5",
        "",
        "!Mikä huolettaa?",
        "• Kustannukset: etäseurannan laitteet kallistuneet",
        "• Riskit: tietosuojan vaikutustenarviointi kesken",
    ],
    [
        "!Talous 30.9.2023 (k€)",
        "#Kustannuslaji|Budjetti|Toteuma|Toteuma-%",
        "#Yhteensä|1 840|1 012|55 %",
        "#Henkilöstö|1 150|688|60 %",
        "#Palvelujen ostot|390|201|52 %",
        "#Laitteet|220|104|47 %",
        "#Muut|80|19|24 %",
        "",
        "• Lisärahoitusta haetaan 0,3 M€ etäseurannan laitteisiin",
    ],
    [
        "!Tavoitteet – tilanne 9/2023",
        "• Kotiutushoitaja kaikilla sisätautiosastoilla – valmis",
        "• Etäseurannassa 200 asiakasta – toteutunut osittain (140)",
        "• Päivystyksen uusintakäynnit vähenevät 15 % – mittaus kesken",
    ],
]


def ob05_pirkanmaa_ohjausryhma() -> None:
    def header(number: int, pages: int) -> list[tuple[int, str]]:
        return [(40, "Pirkanmaan kotiutumisen tuki")]

    def footer(number: int, pages: int) -> list[tuple[int, str]]:
        return [(40, "Pirkanmaan hyvinvointialue"), (520, f"{number}")]

    pdf(TEST28 / "ob05_pirkanmaa_ohjausryhma_2023.pdf", OB05, [40, 220, 320, 420], header, footer)


# --- ob08: Lappi, a Word follow-up report under a letterhead: modules listed once, then lights as a
# declared 0–2 scale by module number; a cost table in thousands with the total first, continued in a
# second table ---


def ob08_lappi_seurantaraportti() -> None:
    d = docx_document("Lapin hyvinvointialue", dt.datetime(2025, 4, 30, 10, 0, 0))
    d.add_paragraph("LAPIN HYVINVOINTIALUE | Hankehallinto")
    d.add_heading("Seurantaraportti 3/2025", level=1)
    table(
        d,
        [
            ("Hankkeen nimi", "Monipalvelut Lapin kyliin"),
            ("Toteutusaika", "1.5.2023–30.4.2026"),
            ("Raportointijakso", "1.1.–31.3.2025"),
            ("Toteutuskunnat", "Rovaniemi, Sodankylä, Tornio"),
            ("Rahoittaja", "Sosiaali- ja terveysministeriö"),
            ("Raportin päivä", "30.4.2025"),
        ],
    )
    d.add_paragraph(
        "Hankkeelle on myönnetty 2,4 miljoonaa euroa. Lapin ammattikorkeakoulu vastaa moduulin 2 "
        "palvelumuotoilusta. Asiakkaat tunnistautuvat etävastaanotolle Suomi.fi-tunnistuksella."
    )
    d.add_heading("Moduulit", level=2)
    for line in ("Moduuli 1 – Kyläpisteet", "Moduuli 2 – Etävastaanotto", "Moduuli 3 – Liikkuva laboratorio"):
        d.add_paragraph(line, style="List Bullet")
    d.add_heading("Tilannearvio moduuleittain", level=2)
    d.add_paragraph("Arvio: 0 = ei poikkeamaa, 1 = pieni poikkeama, 2 = merkittävä poikkeama")
    table(
        d,
        [
            ("Moduuli", "Aikataulu", "Kustannukset", "Henkilöstö"),
            ("1", "0", "0", "1"),
            ("2", "1", "0", "0"),
            ("3", "0", "2", "0"),
        ],
    )
    d.add_heading("Tavoitteet", level=2)
    table(
        d,
        [
            ("Tavoite", "Miten edennyt"),
            ("Kyläpiste toimii kymmenessä kylässä", "Saavutettu (11 kylää)"),
            ("Etävastaanotolla hoidetaan 3 000 käyntiä vuodessa", "Puolivälissä, 1 480 käyntiä"),
            ("Liikkuva laboratorio kiertää kaikki kolme kuntaa", "Lykätty syksyyn 2025"),
        ],
    )
    d.add_heading("Kustannukset kumulatiivisesti 31.3.2025 (tuhatta euroa)", level=2)
    table(
        d,
        [
            ("Kustannuslaji", "Myönnetty", "Toteutunut", "Sidottu", "Ennuste"),
            ("Yhteensä", "2 400,0", "1 287,4", "310,5", "2 362,0"),
            ("Henkilöstö", "1 520,0", "861,2", "120,0", "1 498,0"),
        ],
    )
    d.add_paragraph("(taulukko jatkuu)")
    d.add_page_break()
    table(
        d,
        [
            ("Ostopalvelut", "480,0", "250,3", "95,5", "470,0"),
            ("Investoinnit", "340,0", "152,6", "90,0", "344,0"),
            ("Matkat", "60,0", "23,3", "5,0", "50,0"),
        ],
    )
    d.add_paragraph("Moduulin 3 laboratorioauton hinta nousi toimitussopimuksessa.")
    _save(d, "ob08_lappi_seurantaraportti_2025.docx")


# --- ob14: Kanta-Häme, aluehallitus minutes as PDF: investments named once, then a per-investment
# table by number split by a page break; the steering group's picture as +/– signs ---

OB14 = [
    [
        "!§ 186 Kanta-Hämeen kestävän kasvun hanke: väliraportti ja kustannusarvion päivitys",
        "KHHVA/2210/00.01.02/2022",
        "Valmistelija: kehittämisjohtaja",
        "",
        "Kanta-Hämeen hyvinvointialueen Kestävän kasvun hankkeen (1.1.2023–31.12.2025)",
        "kokonaiskustannusarvio on 3 960 000 euroa. Hanketta rahoittaa sosiaali- ja terveysministeriö.",
        "Hämeen ammattikorkeakoulu HAMK toteuttaa investoinnin 3 henkilöstökoulutukset, ja",
        "oirearviot tehdään Omaolo-palvelussa. Hanke toimii Hämeenlinnassa, Riihimäellä ja Forssassa.",
        "",
        "Hankkeen investoinnit:",
        "Investointi 1: Hoitoon pääsyn nopeuttaminen",
        "Investointi 2: Ennaltaehkäisevät palvelut",
        "Investointi 3: Osaamisen vahvistaminen",
        "Investointi 4: Digitaaliset palvelut",
        "",
        "Investointikohtainen seuranta 30.6.2024",
        "#Investointi|Myönnetty €|Toteutunut €|Käyttöaste",
        "#Investointi 1|1 420 000|812 940|57 %",
        "#Investointi 2|980 000|451 900|46 %",
    ],
    [
        "#Investointi 3|610 000|402 600|66 %",
        "#Investointi 4|950 000|398 850|42 %",
        "#Yhteensä|3 960 000|2 066 290|52 %",
        "",
        "Ohjausryhmän tilannekuva 12.6.2024 (+ = suunnitelman mukainen, – = poikkeama):",
        "Aikataulu +    Kustannukset +    Henkilöstö –    Hyödyt +",
        "",
        "Hankkeen tavoitteista väliraportin mukaan:",
        "a) hoitotakuu 14 vuorokautta perusterveydenhuollossa – toteutunut",
        "b) ennaltaehkäisevät kotikäynnit kaikille 75 vuotta täyttäneille – osittain toteutunut",
        "",
        "!Ehdotus",
        "Aluehallitus päättää",
        "1. merkitä väliraportin tiedoksi ja",
        "2. hyväksyä hankkeen päivitetyn kustannusarvion 3 960 000 euroa.",
        "",
        "!Päätös",
        "Ehdotus hyväksyttiin yksimielisesti.",
    ],
]


def ob14_kanta_hame_poytakirja() -> None:
    def header(number: int, pages: int) -> list[tuple[int, str]]:
        return [(40, "Kanta-Hämeen hyvinvointialue"), (330, "PÖYTÄKIRJA 11/2024")]

    def footer(number: int, pages: int) -> list[tuple[int, str]]:
        return [(40, "Aluehallitus 26.8.2024"), (480, f"sivu {number}/{pages}")]

    pdf(TEST28 / "ob14_kanta_hame_poytakirja_2024.pdf", OB14, [40, 200, 320, 440], header, footer)


def main() -> None:
    ob04_pohjois_savo_hankesuunnitelma()
    ob05_pirkanmaa_ohjausryhma()
    ob08_lappi_seurantaraportti()
    ob14_kanta_hame_poytakirja()


if __name__ == "__main__":
    main()
