"""Write the TENTH set's PDF and DOCX documents (invented text, see ../README.md).

test10/ is a development set written blind on 2026-12-04 (stop 31, helper W5) by an author who
never read the ingest code. Run with ``.venv/bin/python tests/ingest/corpus/generate/test10_binaries.py``;
the outputs are committed, so the script is needed only to change them. Two runs write the
same bytes: reportlab's invariant mode for the PDFs; fixed core properties and one fixed
time stamp on every zip entry for the DOCX files.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from binaries_common import Running, docx_document, pdf, save, table

TEST10 = Path(__file__).resolve().parent.parent / "test10"
#: The time stamp of every zip entry of the DOCX files (a zip stores local time, no zone).
ZIP_TIME = (2026, 12, 4, 12, 0, 0)
_docx = docx_document
_table = table


def _pdf(name: str, pages: list[list[str]], columns: list[int], header: Running, footer: Running) -> None:
    """Pages of text lines; "#" starts a table row of "|"-separated cells, "!" a bold heading."""
    pdf(TEST10 / name, pages, columns, header, footer)


def _save(d, name: str) -> None:
    """Save with every zip entry stamped ZIP_TIME, so that a rerun writes the same bytes."""
    save(d, TEST10 / name, ZIP_TIME)


# --- a05: Varsinais-Suomi final report 2025 as PDF, grades 1-5, cost table over a page break ---

A05_NAME = "Varsinais-Suomen Kestävän kasvun hanke"
A05 = [
    [
        "!LOPPURAPORTTI",
        f"Hanke: {A05_NAME}",
        "Raportoitava osa: Investointi 1: Sote-keskusten palveluverkko",
        "Hankeaika: 1.1.2022-31.12.2024          Raportin pvm: 28.3.2025",
        "Rahoittaja: Sosiaali- ja terveysministeriö",
        "",
        "!1 Yhteenveto",
        "Investoinnille myönnettiin 2 840 000 euroa. Koko hankkeen avustus oli 11,6 milj. euroa.",
        "Palveluverkko uudistettiin Turussa, Salossa ja Uudessakaupungissa. Turun ammattikorkeakoulu",
        "vastasi ammattilaisten koulutuksesta. Oirearviot tehdään Omaolossa.",
        "",
        "!2 Onnistumisen arvosanat (5 = erinomainen ... 1 = heikko; 4-5 suunnitelman mukaan, 1-3 poikkeama)",
        "#Aikataulu|4|",
        "#Kustannukset|5|",
        "#Henkilöstö|3|sijaisuuksia jäi täyttämättä",
        "#Tuotosten laatu|4|",
        "#Hyödyt|2|vaikutukset jonoihin jäivät tavoitteesta",
        "",
        "!3 Tavoitteet",
        "T1 Sote-keskuksen palveluohjaus yhdellä puhelinnumerolla koko alueella",
        "     Toteuma: Saavutettu",
        "T2 Hoitoon pääsyn mediaani-odotusaika lyhenee 20 päivästä 10 päivään",
        "     Toteuma: Osin saavutettu (13 päivää)",
        "T3 Kaarinan terveysaseman toimintamallin laajennus naapurikuntiin",
        "     Toteuma: Ei toteutunut",
        "",
        "!4 Kustannukset (€)",
        "#Kustannuslaji|Myönnetty|Toteutunut|Toteutunut %",
        "#Henkilöstökulut|1 640 000,00|1 602 881,20|97,7",
        "#Palvelujen ostot|560 000,00|533 410,00|95,3",
    ],
    [
        "(jatkuu edelliseltä sivulta)",
        "#Ohjelmistot|380 000,00|371 920,50|97,9",
        "#Laitteet|210 000,00|199 380,00|94,9",
        "#Viestintä|50 000,00|31 218,30|62,4",
        "#Yhteensä|2 840 000,00|2 738 810,00|96,4",
        "",
        "!5 Hyvien käytäntöjen levittäminen",
        "Toimintamalli on kuvattu Innokylään.",
    ],
]

# --- a16: Lappi interim report 2023 as PDF: lights as percentages of target, two parts -----------

A16_NAME = "Lapin Kestävän kasvun hanke"
A16 = [
    [
        "!VÄLIRAPORTTI 1.1.-30.6.2023",
        f"{A16_NAME} (2022-2025)",
        "Avustuksen saaja: Lapin hyvinvointialue   Rahoitus: STM / NextGenerationEU",
        "Raportti hyväksytty ohjausryhmässä 7.9.2023",
        "",
        "Hanke toimii Rovaniemellä, Kemissä, Torniossa ja Sodankylässä. Lapin ammattikorkeakoulu",
        "kehittää etäkuntoutuksen menetelmät, ja Sodankylän kunta tarjoaa pilotin tilat.",
        "Hankkeelle on myönnetty 6 250 000 euroa.",
        "",
        "!Osahanke A: Etäkuntoutus",
        "Tilannemittari (vihreä = suunnitelman mukaan, punainen = poikkeama):",
        "#Aikataulu|vihreä",
        "#Budjetti|vihreä",
        "#Resurssit|punainen",
        "Tavoitteet:",
        "- Etäkuntoutus käynnistyy neljässä kunnassa (tilanne: tehty)",
        "- Kuntoutusjaksoista 30 % etänä (tilanne: 18 %, jatkuu)",
        "#Kulut 2023|Budjetti|Toteuma 1-6",
        "#Henkilöstökulut|310 000|142 600",
        "#Laitteet|90 000|84 100",
        "#Yhteensä|400 000|226 700",
        "",
        "!Osahanke B: Pohjoisen sosiaalipäivystys",
        "Tilannemittari:",
        "#Aikataulu|punainen",
        "#Budjetti|vihreä",
        "#Resurssit|vihreä",
        "Tavoitteet:",
        "- Sosiaalipäivystyksen etäyhteys kaikkiin Lapin kuntiin (tilanne: siirtyy vuodelle 2024)",
        "- Yhteinen päivystysohje Kelan kanssa (tilanne: valmis)",
        "#Kulut 2023|Budjetti|Toteuma 1-6",
        "#Henkilöstökulut|270 000|121 950",
        "#Palvelujen ostot|60 000|18 400",
        "#Yhteensä|330 000|140 350",
    ],
]


def a07_kanta_hame_hankesuunnitelma() -> None:
    """A plan 2022 in Word: applied sum, readiness colours, an estimate table with a column per year."""
    d = _docx("Kanta-Hämeen hyvinvointialue", dt.datetime(2022, 9, 30, 9, 0, 0))
    d.add_heading("HANKESUUNNITELMA – Kanta-Hämeen Kestävän kasvun hanke", level=1)
    d.add_paragraph("Versio 1.2 · 30.9.2022 · Haku: Kestävän kasvun ohjelma, RRF vaihe 2")
    _table(
        d,
        [
            ("Hankkeen nimi", "Kanta-Hämeen Kestävän kasvun hanke"),
            ("Hakija", "Kanta-Hämeen hyvinvointialue"),
            ("Kumppanit", "Hämeen ammattikorkeakoulu HAMK (arviointi); Riihimäen kaupunki (liikuntapalvelut)"),
            ("Toteutusaika", "1.1.2023–31.12.2025"),
            ("Haettava avustus", "3 960 000 €"),
        ],
    )
    d.add_heading("Tavoitteet", level=2)
    for goal in (
        "Hämeenlinnan ja Forssan sote-keskuksissa otetaan käyttöön yhteinen asiakasohjaus.",
        "Lasten ja nuorten mielenterveyspalveluihin pääsee kahdessa viikossa.",
        "Ammattilaisten konsultaatio siirtyy Terveyskylän kautta tehtäväksi.",
    ):
        d.add_paragraph(goal, style="List Bullet")
    d.add_heading("Valmiusarvio ennen käynnistystä", level=2)
    _table(
        d,
        [
            ("Osa-alue", "Arvio", "Huomio"),
            ("Aikataulu", "vihreä", ""),
            ("Henkilöstö", "keltainen", "rekrytoinnit kesken"),
            ("Kustannukset", "vihreä", ""),
            ("Riskit", "keltainen", "tietojärjestelmäintegraatio"),
        ],
    )
    d.add_heading("Kustannusarvio kustannuslajeittain (€)", level=2)
    _table(
        d,
        [
            ("Kustannuslaji", "2023", "2024", "2025", "Yhteensä"),
            ("Henkilöstökulut", "780 000", "820 000", "640 000", "2 240 000"),
            ("Asiantuntijapalvelut", "300 000", "260 000", "180 000", "740 000"),
            ("Ohjelmistot", "420 000", "260 000", "120 000", "800 000"),
            ("Matkat", "60 000", "70 000", "50 000", "180 000"),
            ("Yhteensä", "1 560 000", "1 410 000", "990 000", "3 960 000"),
        ],
    )
    d.add_paragraph("Hakemukseen on liitetty kuntien lausunnot.")
    _save(d, "a07_kanta_hame_hankesuunnitelma_2022.docx")


def a15_pohjanmaa_regionstyrelsen() -> None:
    """Swedish minutes § 2024 in Word: a table of two parts x lights in words, goals per part, a cost table."""
    d = _docx("Välfärdsområdet Österbotten", dt.datetime(2024, 11, 25, 14, 0, 0))
    d.add_paragraph("VÄLFÄRDSOMRÅDET ÖSTERBOTTEN          PROTOKOLL 14/2024")
    d.add_paragraph("Regionstyrelsen 25.11.2024 § 212        Dnr ÖSTVÅ/822/2022")
    d.add_heading("Lägesrapport för projektet Hållbar tillväxt i Österbotten", level=1)
    d.add_paragraph(
        "Projektet Hållbar tillväxt i Österbotten har beviljats 7 300 000 euro av social- och "
        "hälsovårdsministeriet. Projektet genomförs i Vasa, Jakobstad och Korsholm. Yrkeshögskolan "
        "Novia utbildar personalen, och Kristinestads stad sköter en del av hemvårdens nattpatrull."
    )
    d.add_paragraph("Läget 30.9.2024 (grön = enligt plan, gul eller röd = avvikelse):")
    _table(
        d,
        [
            ("Delhelhet", "Tidtabell", "Kostnader", "Personal"),
            ("Investering 1: Nattpatrull i hemvården", "grön", "gul", "grön"),
            ("Investering 2: Digital rådgivning", "röd", "grön", "grön"),
        ],
    )
    d.add_paragraph("Mål för investering 1:")
    d.add_paragraph("Nattpatrullen når alla kunder inom 30 minuter – uppnått", style="List Bullet")
    d.add_paragraph("Mål för investering 2:")
    d.add_paragraph("Rådgivningen erbjuds via chatt alla vardagar – pågår", style="List Bullet")
    d.add_paragraph("Tidsbokning till rådgivningen via Omaolo – inte uppnått", style="List Bullet")
    d.add_paragraph("Kostnader för projektet 1.1–30.9.2024 (euro):")
    _table(
        d,
        [
            ("Kostnadsslag", "Budget 2024", "Utfall 1–9/2024", "Prognos 2024"),
            ("Personalkostnader", "1 120 000", "801 340", "1 090 000"),
            ("Köpta tjänster", "340 000", "188 210", "320 000"),
            ("Resor", "45 000", "30 120", "42 000"),
            ("Totalt", "1 505 000", "1 019 670", "1 452 000"),
        ],
    )
    d.add_paragraph("Förslag: Regionstyrelsen antecknar lägesrapporten för kännedom.")
    d.add_paragraph("Beslut: Förslaget godkändes.")
    d.add_paragraph(
        "Suomenkielinen tiivistelmä: Aluehallitus merkitsi tiedoksi Pohjanmaan Kestävän kasvun hankkeen tilanteen."
    )
    _save(d, "a15_pohjanmaa_sv_regionstyrelsen_2024.docx")


def main() -> None:
    TEST10.mkdir(exist_ok=True)
    _pdf(
        "a05_varsinais_suomi_loppuraportti_2025.pdf",
        A05,
        [40, 230, 330, 430],
        header=lambda n, total: [(40, f"{A05_NAME} · Loppuraportti"), (500, f"Sivu {n}/{total}")],
        footer=lambda n, total: [(40, "Varsinais-Suomen hyvinvointialue")],
    )
    a07_kanta_hame_hankesuunnitelma()
    a15_pohjanmaa_regionstyrelsen()
    _pdf(
        "a16_lappi_valiraportti_2023.pdf",
        A16,
        [60, 260, 360],
        header=lambda n, total: [(40, "Lapin hyvinvointialue – Väliraportti"), (520, str(n))],
        footer=lambda n, total: [(40, "Julkinen")],
    )


if __name__ == "__main__":
    main()
