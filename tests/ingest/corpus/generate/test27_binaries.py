"""Write the development set test27's PDF and DOCX documents (invented text, see ../README.md).

test27/ was written blind in stop 38 by helper W24: first breadth documents in forms of lights, cost
tables, goals and parts that none of the earlier layout, probe and forms tables lists, then probes of the
classes the stop's commits claim (read from their messages only). No ingest code and no document of any
set was read. Run with ``.venv/bin/python tests/ingest/corpus/generate/test27_binaries.py``; the outputs
are committed, so the script is needed only to change them. Two runs write the same bytes: reportlab's
invariant mode for the PDFs; fixed core properties and one fixed time stamp on every zip entry for the
DOCX files.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from binaries_common import Running, bold, docx_document, pdf, save, table

TEST27 = Path(__file__).resolve().parent.parent / "test27"
#: The time stamp of every zip entry of the DOCX files (a zip stores local time, no zone).
ZIP_TIME = (2026, 12, 5, 17, 30, 0)


def _pdf(name: str, pages: list[list[str]], columns: list[int], header: Running, footer: Running) -> None:
    pdf(TEST27 / name, pages, columns, header, footer)


def _save(d, name: str) -> None:
    save(d, TEST27 / name, ZIP_TIME)


I02_NAME = "Digital hemvård Västnyland"
#: A steering group's slide deck saved as PDF, one slide a page (Swedish): the lights of each track on a
#: scale of the team's own words, each track's cost table on its own slide, goals on the last slide.
I02 = [
    [
        "!Digital hemvård Västnyland – lägesbild för styrgruppen",
        "Styrgruppsmöte 4.3.2025",
        "Välfärdsområdet Västra Nyland",
        "",
        "Presentatör: Annika Lindqvist, projektchef",
    ],
    [
        "!Översikt",
        "•  Projekttid 1.1.2024–31.12.2025",
        "•  Beviljat statsunderstöd från social- och hälsovårdsministeriet: 780 000 euro",
        "•  Kommuner: Raseborg, Ingå, Lojo och Sjundeå",
        "•  Två spår: Spår 1: Nattpatrull på distans och Spår 2: Rehab i hemmet",
        "•  Yrkeshögskolan Novia utvärderar modellen; Folkhälsan ordnar frivilliga besökare",
        "•  Distanstillsynen bygger på Kanta-tjänsterna och Suomi.fi-meddelanden",
        "",
        "Skala i lägesbilderna: Flyter på = enligt plan · Går trögt = mindre avvikelse · Står still = allvarlig avvikelse",
    ],
    [
        "!Spår 1: Nattpatrull på distans",
        "#Område|Läge",
        "#Tidtabell|Flyter på",
        "#Kostnader|Flyter på",
        "#Personal|Går trögt",
        "#Risker|Flyter på",
        "",
        "Kostnader sedan start 1.1.2024–28.2.2025 (euro)",
        "#Kostnadsslag|Budget|Utfall",
        "#Personalkostnader|210 000|118 400",
        "#Köpta tjänster|95 000|40 250",
        "#IT-utrustning|60 000|57 900",
        "#Totalt|365 000|216 550",
    ],
    [
        "!Spår 2: Rehab i hemmet",
        "#Område|Läge",
        "#Tidtabell|Går trögt",
        "#Kostnader|Flyter på",
        "#Personal|Flyter på",
        "#Nytta|Går trögt",
        "",
        "Kostnader sedan start 1.1.2024–28.2.2025 (euro)",
        "#Kostnadsslag|Budget|Utfall",
        "#Personalkostnader|300 000|171 300",
        "#Resekostnader|25 000|14 020",
        "#Övriga kostnader|90 000|22 480",
        "#Totalt|415 000|207 800",
    ],
    [
        "!Måluppfyllelse",
        "› Nattpatrullen når alla klienter med trygghetslarm i fyra kommuner — uppnått",
        "› 40 klienter har nattlig distanstillsyn — delvis (31 klienter)",
        "› Rehab i hemmet börjar inom tre dygn efter utskrivning — pågår",
        "› En gemensam rehabmodell med Folkhälsan — flyttas till hösten 2025",
        "",
        "Nästa steg: grönt ljus från regionstyrelsen för fortsättningen väntas i april.",
    ],
]


def i03_pirkanmaa_loppuraportti() -> None:
    """A Word final report whose facts all stand in tables: lights as the template's abbreviations keyed in
    a paragraph, a deviation column with accounting parentheses for negatives, a yes/partly/no column."""
    d = docx_document("Pirkanmaan hyvinvointialue", dt.datetime(2025, 3, 14, 9, 0, 0))
    d.add_heading("LOPPURAPORTTI", level=1)
    table(
        d,
        [
            ("Kenttä", "Tieto"),
            ("Hankkeen nimi", "Matalan kynnyksen mielenterveyspolku"),
            ("Hallinnoija", "Pirkanmaan hyvinvointialue"),
            ("Toteutusalue", "Tampere, Nokia, Ylöjärvi, Kangasala ja Pirkkala"),
            ("Rahoittaja", "Sosiaali- ja terveysministeriö (Suomen kestävän kasvun ohjelma)"),
            ("Hankeaika", "1.3.2023–31.12.2024"),
            ("Myönnetty avustus", "810 000 €"),
            ("Raportin päivämäärä", "14.3.2025"),
        ],
    )
    bold(d, "1 Hankkeen eteneminen")
    d.add_paragraph(
        "Arviot on annettu raporttipohjan lyhentein: SM = suunnitelman mukainen, LP = lievä poikkeama, "
        "MP = merkittävä poikkeama."
    )
    table(
        d,
        [
            ("Osa-alue", "Arvio", "Perustelu"),
            ("Aikataulu", "SM", "Kaikki vaiheet valmistuivat hankeajan puitteissa."),
            ("Kustannukset", "SM", "Toteuma jäi alle budjetin."),
            ("Henkilöstö", "LP", "Psykiatrisen sairaanhoitajan sijaisuus täyttyi vasta 4/2024."),
            ("Tuotosten laatu", "SM", "Asiakaspalaute 4,4/5."),
            ("Hyödyt", "MP", "Jonot lyhenivät vain Tampereella."),
        ],
    )
    bold(d, "2 Tavoitteet ja niiden toteutuminen")
    table(
        d,
        [
            ("Tavoite", "Mittari", "Lähtötaso", "Tavoitetaso", "Saavutettu", "Toteutui?"),
            ("Nuori pääsee mielenterveyskäynnille viikon sisällä yhteydenotosta", "mediaani, vrk", "23", "7", "6", "Kyllä"),
            ("Digitaalinen terapia tarjotaan kaikille lieviä oireita kokeville", "osuus, %", "15", "60", "41", "Osittain"),
            ("Koulujen kuraattorit ohjaavat suoraan matalan kynnyksen vastaanotolle", "ohjauksia / kk", "0", "40", "0", "Ei"),
        ],
    )
    d.add_paragraph(
        "Digitaalinen terapia tarjottiin Mielenterveystalon terapiaohjelmien kautta. Tampereen "
        "ammattikorkeakoulu koulutti 48 ohjaajaa ja arvioi mallin vaikuttavuutta."
    )
    bold(d, "3 Kustannukset")
    d.add_paragraph("Kustannukset koko hankeajalta, euroa. Poikkeama = toteutunut − budjetti; negatiiviset luvut suluissa.")
    table(
        d,
        [
            ("Kululaji", "Budjetti", "Toteutunut", "Poikkeama"),
            ("Henkilöstökulut", "620 000", "604 850", "(15 150)"),
            ("Ostopalvelut", "140 000", "146 300", "6 300"),
            ("Matkakulut", "30 000", "17 450", "(12 550)"),
            ("Viestintä", "20 000", "12 000", "(8 000)"),
            ("Yhteensä", "810 000", "780 600", "(29 400)"),
        ],
    )
    d.add_paragraph("Käyttämättä jäänyt avustus, 29 400 euroa, palautetaan ministeriölle.")
    bold(d, "4 Asiakkaat")
    table(
        d,
        [
            ("Vuosi", "Yhteydenotot", "Käynnit", "Digiterapiat"),
            ("2023", "1 240", "3 410", "212"),
            ("2024", "2 015", "5 880", "604"),
        ],
    )
    _save(d, "i03_pirkanmaa_loppuraportti_taulukot_2025.docx")


def main() -> None:
    _pdf(
        "i02_lansiuusimaa_sv_styrgruppsbilder_2025.pdf",
        I02,
        [40, 230, 330],
        header=lambda n, total: [(40, I02_NAME), (480, f"Bild {n} / {total}")],
        footer=lambda n, total: [(40, "Välfärdsområdet Västra Nyland · styrgruppen 4.3.2025")],
    )
    i03_pirkanmaa_loppuraportti()


if __name__ == "__main__":
    main()
