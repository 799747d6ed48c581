"""Write the FOURTEENTH set's PDF and DOCX documents (invented text, see ../README.md).

test14/ is a development set written blind on 2026-12-05 (stop 33, helper W11) by an author who
never read the ingest code. Run with ``.venv/bin/python tests/ingest/corpus/generate/test14_binaries.py``;
the outputs are committed, so the script is needed only to change them. Two runs write the
same bytes: reportlab's invariant mode for the PDFs; fixed core properties and one fixed
time stamp on every zip entry for the DOCX files.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from binaries_common import Running, docx_document, pdf, save, table

TEST14 = Path(__file__).resolve().parent.parent / "test14"
#: The time stamp of every zip entry of the DOCX files (a zip stores local time, no zone).
ZIP_TIME = (2026, 12, 5, 2, 0, 0)
_docx = docx_document
_table = table


def _pdf(name: str, pages: list[list[str]], columns: list[int], header: Running, footer: Running) -> None:
    """Pages of text lines; "#" starts a table row of "|"-separated cells, "!" a bold heading."""
    pdf(TEST14 / name, pages, columns, header, footer)


def _save(d, name: str) -> None:
    """Save with every zip entry stamped ZIP_TIME, so that a rerun writes the same bytes."""
    save(d, TEST14 / name, ZIP_TIME)


# --- e04: Varsinais-Suomi RRF plan 2022 in Word: readiness words, an estimate matrix of investments ---

E04_NAME = "Varsinais-Suomen hoitotakuu kuntoon"


def e04_varsinais_suomi_hankesuunnitelma() -> None:
    """A plan: two investments as headings, readiness in words, estimates as a kind x investment matrix."""
    d = _docx("Varsinais-Suomen hyvinvointialue", dt.datetime(2022, 6, 15, 9, 0, 0))
    d.add_paragraph("VARSINAIS-SUOMEN HYVINVOINTIALUE – VALMISTELU          Päiväys 15.6.2022")
    d.add_heading(f"Hankesuunnitelma: {E04_NAME}", level=1)
    _table(
        d,
        [
            ("Hakija", "Varsinais-Suomen hyvinvointialue (väliaikainen valmistelutoimielin)"),
            ("Hankeaika", "1.9.2022–31.12.2025"),
            ("Rahoitusohjelma", "Kestävän kasvun Suomi -ohjelma, RRF; valtionavustus STM"),
            ("Haettava avustus", "2 310 000 euroa"),
        ],
    )
    d.add_heading("1 Lähtökohdat", level=2)
    d.add_paragraph(
        "Hoitoon pääsyssä on suuria eroja Turun ja Salon seutujen välillä. Turun ammattikorkeakoulu "
        "kouluttaa hoitajat uusiin vastaanottomalleihin. Omaolo ja Kanta ovat hankkeen kansalliset palvelut."
    )
    d.add_heading("2 Investointi 1: Hoitoonpääsyn vahvistaminen", level=2)
    for goal in (
        "Hoidon tarpeen arvio samana päivänä kaikissa sote-keskuksissa",
        "Hoitajavastaanottojen osuus kasvaa 40 prosenttiin",
    ):
        d.add_paragraph(goal, style="List Bullet")
    d.add_heading("3 Investointi 4: Digitaaliset palvelut", level=2)
    for goal in ("Sähköinen ajanvaraus avataan kaikille terveysasemille",):
        d.add_paragraph(goal, style="List Bullet")
    d.add_heading("4 Valmius käynnistää", level=2)
    d.add_paragraph("Valmius: korkea = suunnitelman mukainen; kohtalainen tai matala = poikkeama.")
    _table(
        d,
        [
            ("Osa-alue", "Valmius", "Perustelu"),
            ("Aikataulu", "korkea", "hankinnat valmisteltu"),
            ("Henkilöstö", "matala", "projektipäällikön haku auki"),
            ("Kustannukset", "korkea", ""),
            ("Riskit", "kohtalainen", "järjestelmäsiirto 2023"),
        ],
    )
    d.add_heading("5 Kustannusarvio (€)", level=2)
    _table(
        d,
        [
            ("Kustannuslaji", "Investointi 1", "Investointi 4", "Yhteensä"),
            ("Henkilöstökulut", "900 000", "420 000", "1 320 000"),
            ("Palvelujen ostot", "310 000", "260 000", "570 000"),
            ("Ohjelmistot", "40 000", "380 000", "420 000"),
            ("Yhteensä", "1 250 000", "1 060 000", "2 310 000"),
        ],
    )
    d.add_paragraph("Jatkorahoitusta vuodelle 2026 arvioidaan tarvittavan 400 000 euroa.")
    _save(d, "e04_varsinais_suomi_hankesuunnitelma_2022.docx")


# --- e06: Pirkanmaa interim report 2024 as PDF: a matrix of parts x lights, part tables over a page ---

E06_NAME = "Pirkanmaan Kestävän kasvun hanke"
E06 = [
    [
        "!VÄLIRAPORTTI 1.1.–30.6.2024",
        f"{E06_NAME}",
        "Hankeaika 1.1.2022–31.12.2025     Päivämäärä 29.8.2024",
        "Avustuksen myöntäjä: sosiaali- ja terveysministeriö (RRF)",
        "",
        "Hankkeen kokonaisavustus on 9 800 000 euroa. Muutospäätöksellä haettiin lisäystä 250 000 euroa.",
        "Työ tehdään Tampereella ja Nokialla. Tampereen ammattikorkeakoulu (TAMK) arvioi osahankkeet,",
        "ja Nokian kaupunki antaa kotisairaalan tukikohdan. Lähetteet kulkevat Kannan kautta.",
        "",
        "!1 Tilanne osahankkeittain",
        "Merkinnät: vihr. = vihreä (suunnitelman mukaan), kelt. = keltainen, pun. = punainen",
        "#Osahanke|Aikataulu|Kustannukset|Henkilöstö|Riskit",
        "#Osahanke 1: Kotisairaala|vihr.|vihr.|kelt.|vihr.",
        "#Osahanke 2: Päihdepalvelujen digipolku|pun.|vihr.|vihr.|kelt.",
        "",
        "!2 Tavoitteet",
        "Osahanke 1: Kotisairaalan asiakaspaikat 40:stä 60:een – saavutettu",
        "Osahanke 2: Päihdepalvelujen chat avoinna arkisin – osittain",
        "Osahanke 2: Digipolun ajanvaraus käytössä – ei toteutunut",
        "",
        "!3 Kustannukset kumulatiivisesti 30.6.2024 (€)",
        "#Osahanke 1: Kotisairaala",
        "#Kustannuslaji|Myönnetty|Toteutunut|Käyttöaste %",
        "#Henkilöstökulut|1 100 000|612 400|56",
        "#Palvelujen ostot|300 000|142 900|48",
        "#Laitteet|160 000|151 400|95",
        "#Yhteensä|1 560 000|906 700|58",
        "#Osahanke 2: Päihdepalvelujen digipolku",
        "#Kustannuslaji|Myönnetty|Toteutunut|Käyttöaste %",
    ],
    [
        "(taulukko jatkuu)",
        "#Henkilöstökulut|520 000|233 700|45",
        "#Ohjelmistot|280 000|96 300|34",
        "#Yhteensä|800 000|330 000|41",
        "",
        "!4 Viestintä",
        "Väliraportti on käsitelty ohjausryhmässä 27.8.2024.",
    ],
]


# --- e11: Pohjanmaa Swedish final report 2025 in Word: assessment words with reasons ---

E11_NAME = "Vård i tid i Österbotten"


def e11_pohjanmaa_slutrapport() -> None:
    """A Swedish final report: a three-column assessment table, goal table, a cumulative cost table."""
    d = _docx("Välfärdsområdet Österbotten", dt.datetime(2025, 3, 31, 10, 0, 0))
    d.add_paragraph("VÄLFÄRDSOMRÅDET ÖSTERBOTTEN                 31.3.2025")
    d.add_heading(f"Slutrapport – {E11_NAME}", level=1)
    d.add_paragraph("Projekttid 1.1.2022–31.12.2024. Finansiär: social- och hälsovårdsministeriet (RRF).")
    d.add_paragraph(
        "Projektet beviljades 3,04 miljoner euro; 83 100 euro återbetalas. Arbetet gjordes i Vasa, "
        "Korsholm och Jakobstad. VAMK utvärderade projektet och Korsholms kommun upplät lokaler för "
        "distansmottagningen. Remisserna går via Kanta."
    )
    d.add_heading("Bedömning", level=2)
    _table(
        d,
        [
            ("Dimension", "Bedömning", "Motivering"),
            ("Tidtabell", "Enligt plan", ""),
            ("Kostnader", "Mindre avvikelse", "programvaran dyrare"),
            ("Kvalitet", "Enligt plan", ""),
            ("Nyttor", "Kritisk", "köerna kortades inte"),
        ],
    )
    d.add_paragraph("Skala: Enligt plan / Mindre avvikelse / Kritisk.")
    d.add_heading("Mål och utfall", level=2)
    _table(
        d,
        [
            ("Mål", "Utfall"),
            ("Vårdgaranti på sju dagar i hela området", "uppnåddes inte"),
            ("Distansmottagning i Korsholm och Jakobstad", "uppnåddes"),
            ("Gemensam telefontjänst på två språk", "delvis"),
        ],
    )
    d.add_heading("Kostnader 2022–2024 (euro)", level=2)
    _table(
        d,
        [
            ("Kostnadsslag", "Beviljat", "Utfall", "Utnyttjandegrad %"),
            ("Personalkostnader", "2 100 000", "2 046 300", "97"),
            ("Köpta tjänster", "640 000", "598 200", "93"),
            ("Programvara", "300 000", "312 400", "104"),
            ("Totalt", "3 040 000", "2 956 900", "97"),
        ],
    )
    _save(d, "e11_pohjanmaa_sv_slutrapport_2025.docx")


def main() -> None:
    TEST14.mkdir(exist_ok=True)
    e04_varsinais_suomi_hankesuunnitelma()
    _pdf(
        "e06_pirkanmaa_valiraportti_2024.pdf",
        E06,
        [40, 250, 330, 410, 480],
        header=lambda n, total: [(40, f"{E06_NAME} – väliraportti 1/2024"), (500, f"{n} ({total})")],
        footer=lambda n, total: [(40, "Pirkanmaan hyvinvointialue · julkinen")],
    )
    e11_pohjanmaa_slutrapport()


if __name__ == "__main__":
    main()
