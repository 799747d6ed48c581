"""Write the TWENTIETH set's PDF and DOCX documents (invented text, see ../README.md).

test20/ is a held-out set written blind on 2026-12-05 (stop 35, helper W17) by an author who
never read the ingest code. Run with ``.venv/bin/python tests/ingest/corpus/generate/test20_binaries.py``;
the outputs are committed, so the script is needed only to change them. Two runs write the
same bytes: reportlab's invariant mode for the PDFs; fixed core properties and one fixed
time stamp on every zip entry for the DOCX files.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from binaries_common import Running, bold, docx_document, pdf, save, table

TEST20 = Path(__file__).resolve().parent.parent / "test20"
#: The time stamp of every zip entry of the DOCX files (a zip stores local time, no zone).
ZIP_TIME = (2026, 12, 5, 8, 30, 0)
_docx = docx_document
_table = table
_bold = bold


def _pdf(name: str, pages: list[list[str]], columns: list[int], header: Running, footer: Running) -> None:
    pdf(TEST20 / name, pages, columns, header, footer)


def _save(d, name: str) -> None:
    save(d, TEST20 / name, ZIP_TIME)


def n03_lansi_uusimaa_slutrapport() -> None:
    """A Swedish final report 2025 in Word: lights as how fully a part follows the plan, a cost
    table in t€ with deviations in parentheses, a goal table with Swedish achievement words."""
    name = "Tryggt hemma i Västnyland"
    d = _docx("Västra Nylands välfärdsområde", dt.datetime(2025, 3, 14, 10, 0, 0))
    d.add_paragraph("Västra Nylands välfärdsområde · Utvecklingsenheten")
    d.add_heading(f"{name} – slutrapport", level=1)
    d.add_paragraph(
        "Datum 14.3.2025 · Projekttid 1.2.2022–31.12.2024 · Finansiär: Social- och hälsovårdsministeriet"
    )
    d.add_heading("1 Sammanfattning", level=2)
    d.add_paragraph(
        f"Projektet {name} beviljades 2,57 miljoner euro i statsunderstöd. Av understödet blev "
        "98 000 euro oanvänt och återbetalas till ministeriet. Arbetet gjordes i Esbo, Kyrkslätt och Lojo."
    )
    d.add_paragraph(
        "Yrkeshögskolan Arcada utvärderade hemrehabiliteringen, och Folkhälsan ordnade gruppverksamheten "
        "för närstående. Läkemedelslistorna hämtas från Kanta-tjänsterna."
    )
    d.add_heading("2 Bedömning av genomförandet", level=2)
    d.add_paragraph("Följer delområdet planen? Helt = enligt plan; delvis eller inte alls = avvikelse.")
    _table(
        d,
        [
            ("Delområde", "Följer planen", "Motivering"),
            ("Tidtabell", "helt", ""),
            ("Kostnader", "delvis", "Licenskostnaderna steg."),
            ("Kvalitet", "helt", ""),
            ("Omfattning", "inte alls", "Lojo anslöt sig först 2024."),
            ("Personal", "helt", ""),
        ],
    )
    d.add_heading("3 Mål", level=2)
    _table(
        d,
        [
            ("Mål", "Måluppfyllelse"),
            ("Hemrehabilitering erbjuds alla som skrivs ut från sjukhus", "Nått"),
            ("Antalet återinskrivningar inom 30 dagar minskar med en femtedel", "Delvis nått"),
            ("Närståendevårdarna får en egen kontaktperson", "Inte nått"),
        ],
    )
    d.add_heading("4 Kostnader (1 000 euro)", level=2)
    _table(
        d,
        [
            ("Kostnadsslag", "Beviljat t€", "Utfall t€", "Avvikelse t€"),
            ("Personalkostnader", "1 540", "1 498", "(42)"),
            ("Köpta tjänster", "610", "655", "45"),
            ("Programvara", "380", "301", "(79)"),
            ("Resor", "40", "18", "(22)"),
            ("Totalt", "2 570", "2 472", "(98)"),
        ],
    )
    d.add_paragraph("Siffrorna omfattar inte välfärdsområdets egen andel.")
    _save(d, "n03_lansiuusimaa_sv_slutrapport_2025.docx")


N05_NAME = "Sujuva hoitopolku Pirkanmaa"
N05 = [
    [
        f"!Tilanneraportti 2022 – {N05_NAME}",
        "Pirkanmaan hyvinvointialueen valmistelu / Sote-keskusohjelma",
        "Raportointikausi 1.1.-31.12.2022             Päivitetty 15.2.2023",
        "",
        "!1. Hankkeen perustiedot",
        "Hankeaika 1.3.2022-31.12.2025. Hankkeelle haettiin 5,8 milj. euroa ja myönnettiin",
        "5 200 000 euroa (STM, Euroopan unionin elpymis- ja palautumistukiväline).",
        "Toteutus Tampereella, Nokialla, Kangasalla ja Orivedellä. Tampereen ammattikorkeakoulu",
        "kouluttaa hoitajat, ja oirearvio tehdään Omaolossa.",
        "",
        "!2. Poikkeamat suunnitelmasta",
        "#Osa-alue|Poikkeama|Korjaava toimenpide",
        "#Aikataulu|Nokian aloitus myöhästyi 2 kk|lisäkoulutus syksyllä",
        "#Henkilöstö|3 sairaanhoitajan vakanssia auki|rekrytointikampanja",
        "#Tuotosten laajuus|Orivesi ei vielä mukana|käyttöönotto 2023",
        "Muut osa-alueet (kustannukset, tuotosten laatu, hyödyt): ei poikkeamia.",
        "",
        "!3. Tavoitteet ja niiden tila 31.12.2022",
        "Tavoite 1: Kiireettömään hoitoon pääsee seitsemässä vuorokaudessa",
        "   Tila: toteutunut",
        "Tavoite 2: Sähköinen oirearvio on käytössä kaikissa neljässä kunnassa",
        "   Tila: kesken",
        "",
        "!4. Kustannukset (k€), kokonaissummat ensin",
        "#Kustannuslaji|Budjetti k€|Toteuma k€|Sidottu k€|Ennuste k€",
        "#Yhteensä|5 200|1 486|610|5 140",
        "#Henkilöstökulut|3 100|962|240|3 080",
    ],
    [
        "(taulukko jatkuu)",
        "#Palvelujen ostot|1 150|301|270|1 130",
        "#Ohjelmistot|620|158|85|610",
        "#Laitteet|260|54|15|255",
        "#Matkat|70|11|0|65",
        "",
        "!5. Seuraavan kauden painopisteet",
        "Oirearvion käyttöönotto Orivedellä.",
    ],
]


def n11_satakunta_hankesuunnitelma() -> None:
    """A plan 2022 in Word: applied sum and total estimate in a field table, a risk table whose
    risk numbers (probability x impact) carry the lights by the plan's own bands, an estimate
    table per year with the total column first."""
    name = "Satakunnan lähipalvelut kuntoon"
    d = _docx("Satakunnan hyvinvointialue", dt.datetime(2022, 5, 20, 14, 0, 0))
    d.add_heading(f"Hankesuunnitelma: {name}", level=1)
    d.add_paragraph("Kestävän kasvun ohjelma, RRF · Versio 2.0 · 20.5.2022")
    _table(
        d,
        [
            ("Kenttä", "Sisältö"),
            ("Hakija", "Satakunnan hyvinvointialue"),
            ("Toteutusalue", "Pori, Rauma, Ulvila ja Kankaanpää"),
            ("Hankeaika", "1.9.2022–31.12.2025"),
            ("Haettava avustus", "3 780 000 €"),
            ("Kokonaiskustannusarvio", "4 200 000 €"),
        ],
    )
    d.add_heading("Osapuolet", level=2)
    d.add_paragraph(
        "Satakunnan ammattikorkeakoulu (SAMK) vastaa vaikuttavuuden arvioinnista. DigiFinland Oy "
        "toimittaa digitaalisen palvelukanavan, ja oirearviot tehdään Omaolossa."
    )
    d.add_heading("Tavoitteet", level=2)
    for goal in (
        "Lähipalvelupisteet avataan neljään kuntaan vuoden 2023 aikana",
        "Etävastaanottojen osuus kaikista käynneistä nousee 25 prosenttiin",
        "Asiakastyytyväisyys nousee vähintään arvoon 4,2",
    ):
        d.add_paragraph(goal, style="List Number")
    d.add_heading("Riskit", level=2)
    d.add_paragraph(
        "Riskiluku = todennäköisyys (1–3) × vaikutus (1–3). Riskiluku 1–2: suunnitelman mukaan; "
        "3–4: seurattava poikkeama; 6–9: vakava poikkeama."
    )
    _table(
        d,
        [
            ("Riskin alue", "Kuvaus", "T", "V", "Riskiluku"),
            ("Aikataulu", "Tilojen muutostyöt viivästyvät", "2", "2", "4"),
            ("Kustannukset", "Rakennuskustannusten nousu", "1", "2", "2"),
            ("Henkilöstö", "Hoitajien saatavuus", "3", "3", "9"),
            ("Hyödyt", "Asiakkaat eivät ota etäpalveluja käyttöön", "1", "1", "1"),
        ],
    )
    d.add_heading("Kustannusarvio (euroa)", level=2)
    _table(
        d,
        [
            ("Kustannuslaji", "Yhteensä", "2023", "2024", "2025"),
            ("Henkilöstökulut", "2 310 000", "690 000", "850 000", "770 000"),
            ("Asiantuntijapalvelut", "560 000", "240 000", "200 000", "120 000"),
            ("Tilojen muutostyöt", "650 000", "500 000", "150 000", "0"),
            ("Puhelin- ja ICT-laitteet", "260 000", "180 000", "60 000", "20 000"),
            ("Yhteensä", "3 780 000", "1 610 000", "1 260 000", "910 000"),
        ],
    )
    _save(d, "n11_satakunta_hankesuunnitelma_2022.docx")


def main() -> None:
    TEST20.mkdir(exist_ok=True)
    n03_lansi_uusimaa_slutrapport()
    _pdf(
        "n05_pirkanmaa_tilanneraportti_2022.pdf",
        N05,
        [40, 200, 290, 380, 470],
        header=lambda n, total: [(40, "Pirkanmaa · Tilanneraportti 2022"), (500, f"{n} ({total})")],
        footer=lambda n, total: [(40, "Luottamuksellisuus: julkinen")],
    )
    n11_satakunta_hankesuunnitelma()


if __name__ == "__main__":
    main()
