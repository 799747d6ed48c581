"""Write the TWELFTH set's PDF and DOCX documents (invented text, see ../README.md).

test12/ is a development set written blind on 2026-12-04 (stop 32, helper W7) by an author who
never read the ingest code. Run with ``.venv/bin/python tests/ingest/corpus/generate/test12_binaries.py``;
the outputs are committed, so the script is needed only to change them. Two runs write the
same bytes: reportlab's invariant mode for the PDFs; fixed core properties and one fixed
time stamp on every zip entry for the DOCX files.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from binaries_common import Running, docx_document, pdf, save, table

TEST12 = Path(__file__).resolve().parent.parent / "test12"
#: The time stamp of every zip entry of the DOCX files (a zip stores local time, no zone).
ZIP_TIME = (2026, 12, 4, 12, 0, 0)
_docx = docx_document
_table = table


def _pdf(name: str, pages: list[list[str]], columns: list[int], header: Running, footer: Running) -> None:
    """Pages of text lines; "#" starts a table row of "|"-separated cells, "!" a bold heading."""
    pdf(TEST12 / name, pages, columns, header, footer)


def _save(d, name: str) -> None:
    """Save with every zip entry stamped ZIP_TIME, so that a rerun writes the same bytes."""
    save(d, TEST12 / name, ZIP_TIME)


# --- c04: Pohjois-Karjala RRF plan 2022 as Word: header table, one transposed estimate table per investment
C04_NAME = "Pohjois-Karjalan Kestävän kasvun hanke"


def c04_pohjois_karjala_hankesuunnitelma() -> None:
    d = _docx("Pohjois-Karjalan hyvinvointialue", dt.datetime(2022, 9, 15, 9, 0, 0))
    d.add_heading("HANKESUUNNITELMA", 0)
    d.add_paragraph(
        "Suomen kestävän kasvun ohjelma – sosiaali- ja terveydenhuollon investoinnit (RRP, pilari 4)"
    )
    _table(
        d,
        [
            ("Hakija", "Pohjois-Karjalan hyvinvointialue"),
            ("Hankkeen nimi", C04_NAME),
            ("Hankeaika", "1.1.2023–31.12.2025"),
            ("Haettava avustus", "12 400 000 €"),
            ("Päivämäärä", "15.9.2022"),
        ],
    )
    d.add_heading("1 Tausta", 1)
    d.add_paragraph(
        "Hoitojonot kasvoivat Joensuussa, Lieksassa, Kiteellä ja Nurmeksessa vuosina 2020–2022. "
        "Hanke purkaa jonoja ja rakentaa digitaalisen palvelupolun, jonka oirearvio tehdään Omaolossa. "
        "Rahoitus haetaan sosiaali- ja terveysministeriöltä EU:n elpymis- ja palautumistukivälineestä."
    )
    d.add_paragraph(
        "Karelia-ammattikorkeakoulu arvioi investointien vaikuttavuuden. Joensuun kaupunki antaa "
        "vastaanottotilat Rantakylän kirjastosta iltavastaanotoille."
    )
    d.add_heading("2 Investoinnit ja tavoitteet", 1)
    d.add_heading("Investointi 1: Hoitojonot hallintaan", 2)
    d.add_paragraph("Tavoite 1.1 Kiireettömään hoitoon pääsee 14 vuorokaudessa", style="List Bullet")
    d.add_paragraph("Tavoite 1.2 Suun terveydenhuollon jono puolittuu", style="List Bullet")
    d.add_paragraph("Investoinnin 1 osuus haettavasta avustuksesta on 5 100 000 €.")
    d.add_paragraph("Kustannusarvio, Investointi 1 (€)")
    _table(
        d,
        [
            ("Vuosi", "Henkilöstö", "Ostopalvelut", "Laitteet", "Yhteensä"),
            ("2023", "1 100 000", "500 000", "100 000", "1 700 000"),
            ("2024", "1 200 000", "550 000", "50 000", "1 800 000"),
            ("2025", "1 100 000", "450 000", "50 000", "1 600 000"),
            ("Yhteensä", "3 400 000", "1 500 000", "200 000", "5 100 000"),
        ],
    )
    d.add_heading("Investointi 3: Digitaalinen palvelupolku", 2)
    d.add_paragraph("Tavoite 3.1 Puolet yhteydenotoista alkaa sähköisesti", style="List Bullet")
    d.add_paragraph("Tavoite 3.2 Etävastaanotto käytössä kaikilla terveysasemilla", style="List Bullet")
    d.add_paragraph("Kustannusarvio, Investointi 3 (€)")
    _table(
        d,
        [
            ("Vuosi", "Henkilöstö", "Ostopalvelut", "Laitteet", "Yhteensä"),
            ("2023", "600 000", "400 000", "300 000", "1 300 000"),
            ("2024", "700 000", "450 000", "150 000", "1 300 000"),
            ("2025", "650 000", "300 000", "50 000", "1 000 000"),
            ("Yhteensä", "1 950 000", "1 150 000", "500 000", "3 600 000"),
        ],
    )
    d.add_heading("3 Valmiusarvio", 1)
    d.add_paragraph("Vihreä = valmis aloittamaan, keltainen = valmistelu kesken, punainen = este.")
    _table(
        d,
        [
            ("Osa-alue", "Arvio", "Huomio"),
            ("Aikataulu", "vihreä", "hankeorganisaatio nimetty"),
            ("Henkilöstö", "keltainen", "neljä rekrytointia auki"),
            ("Riskit", "vihreä", "riskirekisteri laadittu"),
        ],
    )
    d.add_heading("4 Riskit", 1)
    d.add_paragraph("-")
    _save(d, "c04_pohjois_karjala_hankesuunnitelma_2022.docx")


# --- c05: Kymenlaakso status report 2023 as PDF: name in the running header, tables over a page break
C05_NAME = "Kymenlaakson Kestävän kasvun hanke"
C05 = [
    [
        "!TILANNERAPORTTI 1/2023 (1.1.–30.6.2023)",
        f"Hanke: {C05_NAME} (KymRRP)",
        "Hallinnoija: Kymenlaakson hyvinvointialue            Raportti päivätty 14.8.2023",
        "Koko hankkeelle myönnetty avustus 10 590 000 €. Hanke toimii Kotkassa, Kouvolassa,",
        "Haminassa ja Pyhtäällä. Kaakkois-Suomen ammattikorkeakoulu (Xamk) arvioi",
        "osahankkeiden tulokset. Kotihoidon käynnit kirjataan Kanta-palveluihin.",
        "",
        "!Osahanke 2: Kotiin annettavat palvelut",
        "Osahankkeelle on kohdennettu avustusta 1 850 000 €.",
        "#Seurattava asia|Tilanne",
        "#Aikataulu|Suunnitelman mukaisesti",
        "#Kustannukset|Suunnitelman mukaisesti",
        "#Henkilöstö|Viivästynyt",
        "#Tavoite|Tilanne 6/2023",
        "#Yöhoidon etäkäynnit 200 kk:ssa|Toteutunut",
        "#Kotikuntoutus kaikissa kunnissa|Kesken",
        "",
        "#Kustannuslaji|Budjetti 2023|Toteuma 1–6/2023|Toteutumis-%",
        "#Henkilöstökulut|420 000 €|198 300 €|47 %",
        "#Laitteet|80 000 €|61 900 €|77 %",
    ],
    [
        "#Kustannuslaji (jatkuu)|Budjetti 2023|Toteuma 1–6/2023|Toteutumis-%",
        "#Koulutus|25 000 €|6 250 €|25 %",
        "",
        "!Osahanke 4: Sähköiset palvelut",
        "#Seurattava asia|Tilanne",
        "#Aikataulu|Viivästynyt",
        "#Kustannukset|Ylittyy",
        "#Tuotosten laatu|Suunnitelman mukaisesti",
        "#Tavoite|Tilanne 6/2023",
        "#Sähköinen ajanvaraus kaikkiin|Viivästyy, siirtyy 2024",
        "#Chat-palvelu aikuissosiaalityöhön|Toteutunut",
        "",
        "#Kustannuslaji|Budjetti 2023|Toteuma 1–6/2023|Toteutumis-%",
        "#Ohjelmistot|310 000 €|205 400 €|66 %",
        "#Asiantuntijapalvelut|140 000 €|92 000 €|66 %",
        "#Henkilöstökulut|260 000 €|121 750 €|47 %",
    ],
]


# --- c09: Itä-Uusimaa Swedish final report 2025 as Word: assessment words with a legend, Beviljat/Utfall table
C09_NAME = "Trygg vård i Östra Nyland"


def c09_ita_uusimaa_slutrapport() -> None:
    d = _docx("Välfärdsområdet Östra Nyland", dt.datetime(2025, 2, 28, 10, 0, 0))
    d.add_heading("SLUTRAPPORT", 0)
    d.add_paragraph(f"Projekt: {C09_NAME}")
    d.add_paragraph("Välfärdsområdet Östra Nyland · Projekttid 1.1.2022–31.12.2024 · Datum 28.2.2025")
    d.add_paragraph(
        "Projektet hörde till programmet för hållbar tillväxt och finansierades av social- och "
        "hälsovårdsministeriet med medel från EU:s facilitet för återhämtning och resiliens. "
        "Projektet fortsatte arbetet i projektet Framtidens social- och hälsocentral i Östra Nyland."
    )
    d.add_heading("1. Sammanfattning", 1)
    d.add_paragraph(
        "Arbetet gjordes i Borgå, Lovisa, Sibbo och Lappträsk. Haaga-Helia yrkeshögskola utvärderade "
        "projektets resultat. Distansmottagningarnas anteckningar sparas i Kanta-tjänsterna."
    )
    d.add_heading("2. Bedömning av genomförandet", 1)
    d.add_paragraph("Skala: Bra = enligt plan; Tillfredsställande eller Svag = avvikelse från planen.")
    _table(
        d,
        [
            ("Område", "Bedömning", "Kommentar"),
            ("Tidtabell", "Bra", ""),
            ("Kostnader", "Bra", "under budget"),
            ("Personal", "Tillfredsställande", "vakanser hösten 2023"),
            ("Nytta", "Svag", "effekten syns först 2025"),
        ],
    )
    d.add_heading("3. Mål och utfall", 1)
    _table(
        d,
        [
            ("Mål", "Utfall"),
            ("Kötiden till läkare under 14 dygn", "Uppnåddes"),
            ("Mobil hemsjukvård i hela området", "Uppnåddes delvis"),
            ("Digital tidsbokning för 60 % av besöken", "Uppnåddes inte"),
        ],
    )
    d.add_heading("4. Ekonomi", 1)
    d.add_paragraph("Beviljat totalt 6 800 000 euro. Av det oanvända bidraget återbetalas 143 220,45 euro.")
    _table(
        d,
        [
            ("Kostnadsslag", "Beviljat", "Utfall", "Utnyttjandegrad %"),
            ("Personalkostnader", "4 600 000,00", "4 512 330,10", "98,1"),
            ("Köpta tjänster", "1 700 000,00", "1 661 904,00", "97,8"),
            ("IT-utrustning", "500 000,00", "482 545,45", "96,5"),
            ("Totalt", "6 800 000,00", "6 656 779,55", "97,9"),
        ],
    )
    _save(d, "c09_ita_uusimaa_sv_slutrapport_2025.docx")


# --- c16: Pohjois-Savo TSK final report 2024 as PDF: programme heading above the project, two numbered parts
C16_NAME = "Hyvinvointia Pohjois-Savoon"
C16 = [
    [
        "!LOPPURAPORTTI",
        f"!{C16_NAME} -hanke",
        "Hankeaika 1.10.2020–31.12.2023 · Raportti hyväksytty 29.2.2024",
        "Rahoittaja: sosiaali- ja terveysministeriö. Myönnetty valtionavustus 5.900.000,00 €.",
        "Käyttämättä jäänyt avustus 88.410,20 € palautetaan valtionapuviranomaiselle.",
        "Hanke toteutettiin Kuopiossa, Iisalmessa, Varkaudessa, Siilinjärvellä ja Suonenjoella.",
        "Savonia-ammattikorkeakoulu koulutti vastaanottojen henkilöstön. Kuopion kaupungin",
        "liikuntapalvelut veti liikuntaneuvonnan ryhmät. Oirearviot tehtiin Omaolossa.",
        "",
        "!Kehittämiskokonaisuudet",
        "Kehittämiskokonaisuus 1: Palvelujen saatavuus",
        "Kehittämiskokonaisuus 2: Ennaltaehkäisy",
        "",
        "!Onnistuminen (Onnistui = suunnitelman mukaan; Osittain tai Ei = poikkeama)",
        "#Kokonaisuus|Aikataulu|Kustannukset|Hyödyt",
        "#Kehittämiskokonaisuus 1|Onnistui|Onnistui|Osittain",
        "#Kehittämiskokonaisuus 2|Osittain|Onnistui|Onnistui",
        "",
        "!Tavoitteet",
        "#1.1 Hoitoon pääsy 7 vrk:ssa|Toteutui",
        "#1.2 Etävastaanotto kaikilla asemilla|Toteutui osittain",
        "#2.1 Liikuntaneuvonta vakiintuu|Toteutui",
        "#2.2 Savuttomuusryhmät kuntiin|Ei toteutunut",
    ],
    [
        "!Kustannukset 1.10.2020–31.12.2023",
        "#Kustannuslaji|Myönnetty|Toteutunut|Käyttöaste",
        "#Henkilöstökustannukset|4.100.000,00|4.061.200,50|99 %",
        "#Palvelujen ostot|1.150.000,00|1.118.014,30|97 %",
        "#Matkakustannukset|150.000,00|132.375,00|88 %",
    ],
    [
        "#Kustannuslaji|Myönnetty|Toteutunut|Käyttöaste",
        "#Muut kustannukset|500.000,00|500.000,00|100 %",
        "#Yhteensä|5.900.000,00|5.811.589,80|99 %",
    ],
]


def main() -> None:
    TEST12.mkdir(exist_ok=True)
    c04_pohjois_karjala_hankesuunnitelma()
    _pdf(
        "c05_kymenlaakso_tilanneraportti_2023.pdf",
        C05,
        [40, 250, 360, 470],
        header=lambda n, total: [(40, f"{C05_NAME} – Tilanneraportti 1/2023"), (500, f"sivu {n}/{total}")],
        footer=lambda n, total: [(40, "Kymenlaakson hyvinvointialue · Hankepalvelut")],
    )
    c09_ita_uusimaa_slutrapport()
    _pdf(
        "c16_pohjois_savo_loppuraportti_2024.pdf",
        C16,
        [40, 230, 330, 430],
        header=lambda n, total: [
            (40, "Tulevaisuuden sosiaali- ja terveyskeskus -ohjelma"),
            (480, f"{n} ({total})"),
        ],
        footer=lambda n, total: [(40, f"{C16_NAME} · Loppuraportti · Pohjois-Savon hyvinvointialue")],
    )


if __name__ == "__main__":
    main()
