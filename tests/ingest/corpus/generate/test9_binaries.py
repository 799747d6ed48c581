"""Write the NINTH set's PDF and DOCX documents (invented text, see ../README.md).

test9/ is a development set written blind on 2026-12-04 by an author who never read the
ingest code. Run with ``.venv/bin/python tests/ingest/corpus/generate/test9_binaries.py``;
the outputs are committed, so the script is needed only to change them. Two runs write the
same bytes: reportlab's invariant mode for the PDFs; fixed core properties and one fixed
time stamp on every zip entry for the DOCX files.
"""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from collections.abc import Callable
from pathlib import Path

TEST9 = Path(__file__).resolve().parent.parent / "test9"
#: The time stamp of every zip entry of the DOCX files (a zip stores local time, no zone).
ZIP_TIME = (2026, 12, 4, 12, 0, 0)
Running = Callable[[int, int], list[tuple[int, str]]]


def _pdf(name: str, pages: list[list[str]], columns: list[int], header: Running, footer: Running) -> None:
    """Pages of text lines; "#" starts a table row of "|"-separated cells, "!" a bold heading."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas as pdfcanvas

    c = pdfcanvas.Canvas(str(TEST9 / name), pagesize=A4, invariant=1)
    _width, height = A4
    for number, page in enumerate(pages, start=1):
        c.setFont("Helvetica", 8)
        for x, text in header(number, len(pages)):
            c.drawString(x, height - 28, text)
        for x, text in footer(number, len(pages)):
            c.drawString(x, 26, text)
        y = height - 64
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


def _docx(author: str, created: dt.datetime):
    import docx

    d = docx.Document()
    d.core_properties.created = created
    d.core_properties.modified = created
    d.core_properties.last_printed = created
    d.core_properties.author = author
    d.core_properties.last_modified_by = author
    d.core_properties.revision = 1
    return d


def _table(d, rows: list[tuple[str, ...]], merge_first_row: bool = False):
    table = d.add_table(rows=0, cols=len(rows[0]))
    table.style = "Table Grid"
    for row in rows:
        cells = table.add_row().cells
        for cell, text in zip(cells, row, strict=True):
            cell.text = text
    if merge_first_row:
        first = table.rows[0].cells
        merged = first[1].merge(first[-1])
        merged.text = rows[0][1]
    return table


def _save(d, name: str) -> None:
    """Save with every zip entry stamped ZIP_TIME, so that a rerun writes the same bytes."""
    raw = io.BytesIO()
    d.save(raw)
    raw.seek(0)
    out = TEST9 / name
    with zipfile.ZipFile(raw) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            info = zipfile.ZipInfo(item.filename, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(info, src.read(item.filename))


# --- q04: Satakunta status report 2023 as PDF, cost table in t€ split over a page break -------

Q04_NAME = "Satakunnan Kestävän kasvun hanke"
Q04 = [
    [
        "!TILANNERAPORTTI 2/2023",
        f"Hanke: {Q04_NAME}",
        "Investointi 2: Mielenterveys- ja päihdepalvelut",
        "Raportointikausi: 1.1.–30.6.2023        Raportin pvm: 15.8.2023",
        "Hallinnoija: Satakunnan hyvinvointialue",
        "Avustus (STM, NextGenerationEU): 5 200 000 € koko hankkeelle, investoinnille 2: 1 150 000 €",
        "",
        "!Etenemisen arvio",
        "Arvio asteikolla A (suunnitelman mukaan) – B (lievä poikkeama) – C (vakava poikkeama)",
        "#Aikataulu|B",
        "#Kustannukset|A",
        "#Tuotosten laatu|A",
        "#Tuotosten laajuus|A",
        "#Henkilöstö|A",
        "#Riskit|B",
        "#Hyödyt|A",
        "",
        "!Tavoitteiden toteutuminen",
        "Tavoite 2.1  Päihdepoliklinikan jono puolittuu Porissa",
        "             Tilanne: toteutunut",
        "Tavoite 2.2  Mielenterveysneuvonta puhelimitse Raumalla ja Nakkilassa",
        "             Tilanne: osittain toteutunut (Rauma valmis)",
        "Tavoite 2.3  Yhteinen kirjaamiskäytäntö Kanta-palveluihin",
        "             Tilanne: kesken",
        "",
        "!Yhteistyö",
        "Porin kaupunki tuottaa nuorten matalan kynnyksen palvelun. SAMK arvioi",
        "päihdepoliklinikan mallin. Mielenterveystalo on ohjauksen kanava.",
        "",
        "!Kustannukset (t€)",
        "#Kustannuslaji|Myönnetty t€|Toteutunut t€|Ennuste t€",
        "#Henkilöstökulut|640|201,4|640",
    ],
    [
        "#Kustannuslaji|Myönnetty t€|Toteutunut t€|Ennuste t€",
        "#Ostopalvelut|380|96,7|370",
        "#Matkat|30|4,1|20",
        "#Muut kulut|100|22,8|120",
        "#Yhteensä|1 150|325,0|1 150",
        "",
        "Taulukko jatkuu edelliseltä sivulta.",
    ],
]

# --- q14: Pirkanmaa aluehallitus minutes 2023 as PDF: § page, investments in a table ---------

Q14_NAME = "Pirkanmaan Kestävän kasvun ohjelma"
Q14 = [
    [
        "!§ 212 Pirkanmaan Kestävän kasvun ohjelman tilannekatsaus ja lisärahoitushakemus",
        "PIRDno-2022-118",
        "Valmistelija: kehittämisjohtaja, puh. 040 000 0000",
        "",
        "Perustelut",
        "Sosiaali- ja terveysministeriö myönsi hyvinvointialueelle 9 870 000 euroa Pirkanmaan",
        "Kestävän kasvun ohjelmaan. Tilannekatsauksen (30.9.2023) mukaan ohjelma etenee;",
        "investointien tila on koottu alle (K = kunnossa, J = jäljessä).",
        "#Investointi|Aikataulu|Kustannukset|Hyödyt",
        "#Investointi 1: Hoitotakuu|K|K|K",
        "#Investointi 3: Digitaaliset palvelut|J|K|J",
        "",
        "Ohjelman tavoitteista hoitotakuun 14 vuorokauden raja saavutettiin Tampereella,",
        "Nokialla ja Ikaalisissa. Digitaalisen asiointialustan käyttöönotto siirtyy vuodelle",
        "2024. Sosiaalihuollon kirjaamisen yhtenäistäminen on kesken.",
        "Tampereen yliopisto ja TAMK arvioivat digitaalisten palvelujen vaikutuksia.",
        "Alusta hankitaan DigiFinland Oy:ltä, ja se liitetään Kanta-palveluihin.",
    ],
    [
        "Investointien kustannukset 1.1.2022–30.9.2023 (euroa)",
        "#|Budjetti|Toteutunut|Sidottu",
        "#Investointi 3: Digitaaliset palvelut||||",
        "#Henkilöstökulut|1 480 000|612 300|220 000",
        "#Ohjelmistot ja lisenssit|1 150 000|388 450|410 000",
        "#Yhteensä|2 630 000|1 000 750|630 000",
        "",
        "Investointiin 3 haetaan lisärahoitusta 540 000 euroa.",
        "",
        "Päätösehdotus  Aluehallitus päättää",
        "  1. merkitä tilannekatsauksen tiedoksi ja",
        "  2. hakea lisärahoitusta 540 000 euroa investointiin 3.",
        "Päätös  Ehdotus hyväksyttiin yksimielisesti.",
    ],
]


def q05_kanta_hame_valiraportti() -> None:
    """Kanta-Häme interim report 2024 as Word: lights as percentages with a card legend."""
    d = _docx("Hankekoordinaattori", dt.datetime(2024, 9, 12, 9, 0, 0))
    d.add_heading("Väliraportti 1.1.–30.6.2024", level=1)
    d.add_paragraph("Kanta-Hämeen Kestävän kasvun hanke – Osahanke 1: Kotihoidon etäpalvelut")
    _table(
        d,
        [
            ("Hallinnoija", "Kanta-Hämeen hyvinvointialue"),
            ("Rahoitus", "Sosiaali- ja terveysministeriö, EU:n elpymis- ja palautumistukiväline"),
            ("Hankkeen kokonaisavustus", "4 100 000 euroa"),
            ("Osahankkeen budjetti", "980 000 euroa"),
            ("Raportti laadittu", "12.9.2024"),
        ],
    )
    d.add_heading("Arvio etenemisestä", level=2)
    d.add_paragraph("Kortin väri: yli 80 % = vihreä, 50–80 % = keltainen, alle 50 % = punainen.")
    _table(
        d,
        [
            ("Osa-alue", "Toteutuma", "Kortti"),
            ("Aikataulu", "85 %", "vihreä"),
            ("Kustannukset", "90 %", "vihreä"),
            ("Tuotosten laajuus", "60 %", "keltainen"),
            ("Henkilöstö", "45 %", "punainen"),
        ],
    )
    d.add_heading("Tavoitteet", level=2)
    _table(
        d,
        [
            ("Tavoite", "Arvio 30.6.2024"),
            ("Etäkotihoito käytössä Hämeenlinnassa ja Forssassa", "Saavutettu"),
            ("Kolmannes kotihoidon käynneistä etänä", "Osittain (22 %)"),
            ("Lääkeautomaatit Riihimäen kotihoitoon", "Ei edennyt, siirtyy 2025"),
        ],
    )
    d.add_heading("Kumppanit", level=2)
    d.add_paragraph(
        "HAMK kouluttaa kotihoidon henkilöstön etäkäynteihin. Riihimäen kaupunki vastaa "
        "lääkeautomaattien kokeilun tiloista. Asiakkaan tiedot kirjataan Kanta-palveluihin."
    )
    d.add_heading("Talous (euroa)", level=2)
    _table(
        d,
        [
            ("Kustannuslaji", "Budjetti 2024", "Toteutunut 1–6/2024", "Poikkeama"),
            ("Henkilöstökulut", "310 000", "141 900", "−168 100"),
            ("Laitteet", "120 000", "64 300", "−55 700"),
            ("Palvelujen ostot", "70 000", "38 250", "−31 750"),
            ("Yhteensä", "500 000", "244 450", "−255 550"),
        ],
    )
    _save(d, "q05_kanta_hame_valiraportti_2024.docx")


def q10_kymenlaakso_hankesuunnitelma() -> None:
    """Kymenlaakso updated plan 2022 as Word: estimates per kind under a merged year header."""
    d = _docx("Kymenlaakson hyvinvointialue", dt.datetime(2022, 11, 30, 10, 0, 0))
    d.add_heading("Kymenlaakson Kestävän kasvun hanke", level=0)
    d.add_paragraph("Päivitetty hankesuunnitelma, versio 1.2 (30.11.2022)")
    d.add_heading("1 Perustiedot", level=1)
    d.add_paragraph("Hakija: Kymenlaakson hyvinvointialue (Kymsote 31.12.2022 asti)")
    d.add_paragraph("Toteutusaika: 1.1.2023–31.12.2025")
    d.add_paragraph("Rahoittaja: sosiaali- ja terveysministeriö (RRF, NextGenerationEU)")
    d.add_paragraph("Haettava valtionavustus: 3 750 000 euroa. Aiemmin myönnetty: 1 200 000 euroa.")
    d.add_heading("2 Investointi 4: Kotona asumisen tuki", level=1)
    d.add_paragraph("Tavoitteet:")
    for goal in (
        "Ikäihmisten etähoiva laajenee Kotkaan ja Kouvolaan",
        "Omaishoitajien vapaat järjestetään sähköisellä varauksella",
        "Ympärivuorokautisen hoivan tarve kasvaa hitaammin",
    ):
        d.add_paragraph(goal, style="List Bullet")
    d.add_paragraph(
        "Xamk kouluttaa kotihoidon tiimit. Kouvolan kaupunki tarjoaa liikuntaryhmien tilat. "
        "Varaukset tehdään Omaolo-palvelussa."
    )
    d.add_heading("3 Tilannearvio ennen toteutusta", level=1)
    d.add_paragraph("Valmisteluvaiheen arvio: Aikataulu – kunnossa; Henkilöstö – riski; Riskit – kunnossa.")
    d.add_heading("4 Kustannusarvio, Investointi 4", level=1)
    _table(
        d,
        [
            ("Kustannuslaji", "Kustannusarvio (€)", "", ""),
            ("", "2023", "2024", "2025"),
            ("Henkilöstökustannukset", "180 000", "220 000", "150 000"),
            ("Laitehankinnat", "90 000", "40 000", "10 000"),
            ("Yhteensä", "270 000", "260 000", "160 000"),
        ],
        merge_first_row=True,
    )
    d.add_paragraph("Investoinnin kustannusarvio yhteensä 690 000 euroa.")
    _save(d, "q10_kymenlaakso_hankesuunnitelma_2022.docx")


def q17_varsinais_suomi_slutrapport() -> None:
    """Egentliga Finland Swedish final report 2025 as Word: label table, lights as symbols."""
    d = _docx("Projektkoordinator", dt.datetime(2025, 3, 20, 8, 30, 0))
    d.add_heading("Slutrapport", level=0)
    _table(
        d,
        [
            ("Projekt", "Hållbar tillväxt i Egentliga Finland"),
            ("Delprojekt", "Delprojekt 4: Skärgårdens tjänster"),
            ("Huvudman", "Egentliga Finlands välfärdsområde"),
            ("Finansiär", "Social- och hälsovårdsministeriet (RRF)"),
            ("Projekttid", "1.1.2022–31.12.2024"),
            ("Beviljat (hela projektet)", "8 900 000 euro"),
            ("Återbetalas", "37 600 euro"),
            ("Datum", "20.3.2025"),
        ],
    )
    d.add_heading("Genomförande enligt plan", level=1)
    d.add_paragraph("✔ = enligt plan, ✖ = avvek från planen")
    _table(
        d,
        [
            ("Tidtabell", "✔"),
            ("Kostnader", "✔"),
            ("Resultatens omfattning", "✖"),
            ("Personal", "✔"),
            ("Nytta", "✔"),
        ],
    )
    d.add_heading("Mål och utfall", level=1)
    _table(
        d,
        [
            ("Mål", "Utfall"),
            ("Mobil tandvård besöker skärgården i Pargas och Kimitoön", "Uppnåddes"),
            ("Distansmottagning på alla skärgårdsöar", "Uppnåddes delvis"),
            ("Gemensam färjetidtabell för hemvården", "Uppnåddes inte"),
        ],
    )
    d.add_paragraph(
        "Pargas stad ordnade lokalerna för distansmottagningen. Åbo yrkeshögskola (Turku AMK) "
        "utvärderade tjänsten. Kunderna identifierade sig med Suomi.fi-identifikation."
    )
    d.add_heading("Kostnader för delprojekt 4 (euro)", level=1)
    _table(
        d,
        [
            ("Kostnadsslag", "Beviljat", "Utfall", "Utnyttjandegrad %"),
            ("Personalkostnader", "520 000", "508 400", "98"),
            ("Köpta tjänster", "210 000", "196 300", "93"),
            ("Resor", "40 000", "27 700", "69"),
            ("Totalt", "770 000", "732 400", "95"),
        ],
    )
    _save(d, "q17_varsinais_suomi_sv_slutrapport_2025.docx")


def main() -> None:
    _pdf(
        "q04_satakunta_tilanneraportti_2023.pdf",
        Q04,
        [40, 250, 350, 450],
        header=lambda n, total: [(40, f"{Q04_NAME} | Tilanneraportti 2/2023"), (500, f"{n}/{total}")],
        footer=lambda n, total: [(40, "Satakunnan hyvinvointialue · Sairaalantie 3, Pori")],
    )
    q05_kanta_hame_valiraportti()
    q10_kymenlaakso_hankesuunnitelma()
    _pdf(
        "q14_pirkanmaa_aluehallitus_2023.pdf",
        Q14,
        [40, 300, 390, 480],
        header=lambda n, total: [
            (40, "Pirkanmaan hyvinvointialue    Pöytäkirja 18/2023    Aluehallitus 23.10.2023"),
            (480, f"{[14, 15][n - 1]} (31)"),
        ],
        footer=lambda n, total: [
            (40, "Pöytäkirjan tarkastajat ______ ______   Otteen oikeaksi todistaa ______")
        ],
    )
    q17_varsinais_suomi_slutrapport()


if __name__ == "__main__":
    main()
