"""Write the SEVENTEENTH set's PDF and DOCX documents (invented text, see ../README.md).

test17/ is a development set written blind on 2026-12-05 (stop 34, helper W14) by an author who
never read the ingest code. Run with ``.venv/bin/python tests/ingest/corpus/generate/test17_binaries.py``;
the outputs are committed, so the script is needed only to change them. Two runs write the
same bytes: reportlab's invariant mode for the PDF; fixed core properties and one fixed
time stamp on every zip entry for the DOCX files.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from binaries_common import docx_document, pdf, save, table

TEST17 = Path(__file__).resolve().parent.parent / "test17"
#: The time stamp of every zip entry of the DOCX files (a zip stores local time, no zone).
ZIP_TIME = (2026, 12, 5, 5, 0, 0)


def _pdf(name: str, pages: list[list[str]], columns: list[int], title: str, footer: str) -> None:
    """Pages of text lines; "#" starts a table row of "|"-separated cells, "!" a bold heading."""
    pdf(
        TEST17 / name,
        pages,
        columns,
        lambda number, count: [(40, title), (500, f"{number} ({count})")],
        lambda _number, _count: [(40, footer)],
    )


def _save(d, name: str) -> None:
    """Save with every zip entry stamped ZIP_TIME, so that a rerun writes the same bytes."""
    save(d, TEST17 / name, ZIP_TIME)


_docx = docx_document
_table = table


# --- j04: Etelä-Karjala project plan 2022 in Word: totals first, lights as a risk table's status ---


def j04_etela_karjala_hankesuunnitelma() -> None:
    d = _docx("Hankevalmistelu", dt.datetime(2022, 3, 9, 9, 0, 0))
    d.add_heading("HANKESUUNNITELMA", level=0)
    d.add_paragraph("Etelä-Karjalan hyvinvointialue – Kestävän kasvun ohjelma, pilari 4")
    _table(
        d,
        [
            ("Hankkeen nimi", "Saimaan sote-sillat"),
            ("Hakija", "Etelä-Karjalan hyvinvointialue"),
            ("Osatoteuttaja", "Imatran kaupunki"),
            ("Toteutusaika", "1.4.2022–31.12.2025"),
            ("Haettava avustus", "4 870 000 €"),
            ("Päiväys", "9.3.2022"),
        ],
    )
    d.add_heading("1 Hankkeen tausta", level=1)
    d.add_paragraph(
        "Hanke rahoitetaan Sosiaali- ja terveysministeriön myöntämällä valtionavustuksella. "
        "Työ kohdistuu Lappeenrannan, Imatran, Ruokolahden ja Parikkalan terveysasemiin. "
        "LAB-ammattikorkeakoulu toteuttaa hankkeen arvioinnin ja kouluttaa henkilöstön uusiin "
        "toimintatapoihin. Kirjaukset ja reseptit siirtyvät Kanta-palveluihin."
    )
    d.add_heading("2 Investointi 1: Hoitoon pääsyn nopeuttaminen", level=1)
    d.add_paragraph("Tavoitteet:")
    d.add_paragraph("Kiireettömään hoitoon pääsee seitsemässä päivässä", style="List Bullet")
    d.add_paragraph("Lappeenrannan ja Imatran terveysasemat yhdistävät ajanvarauksensa", style="List Bullet")
    d.add_paragraph("Kustannusarvio, Investointi 1")
    _table(
        d,
        [
            ("Kustannuslaji", "Kustannusarvio (€)"),
            ("Yhteensä", "1 960 000"),
            ("Henkilöstökulut", "1 240 000"),
            ("Palvelujen ostot", "470 000"),
            ("Laitteet", "250 000"),
        ],
    )
    d.add_heading("3 Investointi 3: Digitaaliset palvelut", level=1)
    d.add_paragraph("Investoinnin 3 osuus haettavasta avustuksesta on 1 210 000 euroa.")
    d.add_paragraph("Tavoitteet:")
    d.add_paragraph("Sähköinen asiointi kattaa neljä uutta palvelua", style="List Bullet")
    d.add_paragraph("Kanta-kirjausten rakenteisuus paranee", style="List Bullet")
    d.add_paragraph("Kustannusarvio, Investointi 3")
    _table(
        d,
        [
            ("Kustannuslaji", "Kustannusarvio (€)"),
            ("Yhteensä", "1 210 000"),
            ("Henkilöstökulut", "520 000"),
            ("Ohjelmistot", "560 000"),
            ("Viestintäpalvelut", "130 000"),
        ],
    )
    d.add_heading("4 Koko hankkeen kustannusarvio", level=1)
    _table(
        d,
        [
            ("Kustannuslaji", "Kustannusarvio (€)"),
            ("Yhteensä", "4 870 000"),
            ("Henkilöstökulut", "2 640 000"),
            ("Palvelujen ostot", "1 090 000"),
            ("Laitteet", "330 000"),
            ("Ohjelmistot", "680 000"),
            ("Viestintäpalvelut", "130 000"),
        ],
    )
    d.add_heading("5 Riskit ja niiden tila", level=1)
    d.add_paragraph("Tila: vihreä = hallinnassa, keltainen = vaatii toimia, punainen = toteutunut riski.")
    _table(
        d,
        [
            ("Riski", "Osa-alue", "Todennäköisyys", "Tila"),
            ("Rekrytoinnit viivästyvät", "Henkilöstö", "suuri", "Keltainen"),
            ("Laitetoimitukset myöhästyvät", "Aikataulu", "kohtalainen", "Keltainen"),
            ("Kustannustason nousu", "Kustannukset", "pieni", "Vihreä"),
            ("Hyödyt eivät ulotu haja-asutusalueille", "Hyödyt", "pieni", "Vihreä"),
        ],
    )
    _save(d, "j04_etela_karjala_hankesuunnitelma_2022.docx")


# --- j06: Pohjois-Karjala interim report 2024 as PDF: lights per quarter, table over a page break ---

J06 = [
    [
        "!VÄLIRAPORTTI 3/2024",
        "Hanke: Arjen tuki Pohjois-Karjalassa",
        "Hallinnoija: Pohjois-Karjalan hyvinvointialue",
        "Hankeaika: 1.9.2022–31.12.2025        Raportointijakso: 1.7.–30.9.2024",
        "Rahoitus: Kestävän kasvun ohjelma (STM), myönnetty 3 150 000 euroa",
        "Laadittu: 21.10.2024",
        "",
        "!1 Tilanne neljännesvuosittain",
        "Värit: vihreä = suunnitelmassa, keltainen = poikkeama, punainen = vakava poikkeama.",
        "#Neljännes|Aikataulu|Kustannukset|Henkilöstö|Riskit|Hyödyt",
        "#1/2024|vihreä|vihreä|keltainen|keltainen|vihreä",
        "#2/2024|vihreä|keltainen|keltainen|vihreä|vihreä",
        "#3/2024|keltainen|vihreä|vihreä|vihreä|punainen",
        "",
        "!2 Toiminta jaksolla",
        "Joensuussa, Lieksassa, Kiteellä ja Outokummussa aloitti omaishoitajien valmennusryhmä.",
        "Karelia-ammattikorkeakoulu ohjaa valmennusryhmät ja arvioi niiden tulokset. Suomen",
        "Punainen Risti järjestää vapaaehtoiset kotikäyntien tueksi. Asiakkaat ohjataan myös",
        "Mielenterveystalon omahoito-ohjelmiin.",
        "Osahanke A: Omaishoitajien valmennus sai jaksolla uuden ohjaajan. Osahankkeelle on",
        "kohdennettu 640 000 euroa hankkeen avustuksesta.",
        "",
        "!3 Kustannukset 2024 (euroa)",
        "#Kustannuslaji|Budjetti 2024|Toteuma 1-9/2024|Erotus",
        "#Henkilöstökulut|620 000|431 800|-188 200",
        "#Asiantuntijapalvelut|140 000|151 300|11 300",
    ],
    [
        "!3 Kustannukset 2024 (jatkuu)",
        "#Kustannuslaji|Budjetti 2024|Toteuma 1-9/2024|Erotus",
        "#Viestintäpalvelut|30 000|17 450|-12 550",
        "#Matkat|18 000|9 870|-8 130",
        "#Yhteensä|808 000|610 420|-197 580",
        "",
        "Vuodelle 2025 arvioidaan tarvittavan 410 000 euroa.",
        "",
        "!4 Tavoitteet ja arvio",
        "Tavoite 1: 200 omaishoitajaa osallistuu valmennukseen",
        "   Arvio: toteutunut, 214 osallistujaa",
        "Tavoite 2: Omaishoitajien vapaapäivien käyttö kasvaa 20 %",
        "   Arvio: osittain toteutunut (+11 %)",
        "Tavoite 3: Kotikäyntien sähköinen kirjaus otetaan käyttöön",
        "   Arvio: siirtyy vuoteen 2025",
    ],
]


# --- j14: Länsi-Uusimaa regionstyrelsen 2023 in Word (Swedish): lights as Ja / Nej answers ---


def j14_lansi_uusimaa_regionstyrelsen() -> None:
    d = _docx("Förvaltningen", dt.datetime(2023, 6, 12, 14, 0, 0))
    d.add_paragraph("Västra Nylands välfärdsområde")
    d.add_paragraph("Regionstyrelsen        Protokoll 12.6.2023")
    d.add_heading("§ 87 Lägesrapport för projektet Trygg vård i Västnyland", level=1)
    d.add_paragraph("VNVODnr-2023-412")
    d.add_paragraph("Beredare: utvecklingsdirektör Nora Fält, fornamn.efternamn@vakehyva.example")
    d.add_paragraph(
        "Projektet Trygg vård i Västnyland genomförs 1.1.2022–31.12.2025 inom programmet för hållbar "
        "tillväxt och har av social- och hälsovårdsministeriet beviljats 5 300 000 euro. Lojo stad "
        "deltar som delgenomförare. Yrkeshögskolan Novia utvärderar projektets resultat. Invånarna "
        "loggar in med Suomi.fi-identifikation."
    )
    d.add_paragraph("Investering 2: Digitala tjänster har en budget på 1 150 000 euro.")
    d.add_paragraph("Läget 31.5.2023")
    _table(
        d,
        [
            ("Fråga", "Svar"),
            ("Följer projektet tidplanen?", "Ja"),
            ("Håller sig kostnaderna inom budget?", "Nej"),
            ("Räcker personalresurserna?", "Ja"),
            ("Uppnås resultaten i planerad omfattning?", "Ja"),
            ("Är riskerna under kontroll?", "Nej"),
        ],
    )
    d.add_paragraph("Mål och läge")
    _table(
        d,
        [
            ("Mål", "Läge"),
            ("Digital hälsokontroll för 65-åringar i Lojo och Raseborg", "uppnått"),
            ("Mobil vårdenhet i Hangö och Ingå", "pågår"),
            ("Gemensam tidsbokning med Vichtis", "skjuts upp till 2024"),
        ],
    )
    d.add_paragraph("Kostnader 31.5.2023 (euro)")
    _table(
        d,
        [
            ("Kostnadsslag", "Budget", "Utfall", "Prognos"),
            ("Personalkostnader", "3 420 000", "1 288 400", "3 510 000"),
            ("Köpta tjänster", "1 640 000", "402 950", "1 600 000"),
            ("Resor", "240 000", "61 300", "190 000"),
            ("Totalt", "5 300 000", "1 752 650", "5 300 000"),
        ],
    )
    d.add_paragraph("Förslag")
    d.add_paragraph(
        "Regionstyrelsen antecknar lägesrapporten för kännedom och beslutar ansöka om 220 000 euro "
        "i tilläggsfinansiering för den mobila vårdenheten."
    )
    d.add_paragraph("Beslut")
    d.add_paragraph("Förslaget godkändes.")
    _save(d, "j14_lansi_uusimaa_sv_regionstyrelsen_2023.docx")


def main() -> None:
    TEST17.mkdir(exist_ok=True)
    j04_etela_karjala_hankesuunnitelma()
    _pdf(
        "j06_pohjois_karjala_valiraportti_2024.pdf",
        J06,
        [40, 150, 250, 350, 430, 500],
        title="Arjen tuki Pohjois-Karjalassa – väliraportti 3/2024",
        footer="Pohjois-Karjalan hyvinvointialue",
    )
    j14_lansi_uusimaa_regionstyrelsen()


if __name__ == "__main__":
    main()
