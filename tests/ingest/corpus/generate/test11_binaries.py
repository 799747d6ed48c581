"""Write the ELEVENTH set's PDF and DOCX documents (invented text, see ../README.md).

test11/ is a HELD-OUT set written blind on 2026-12-04 (stop 31) by an author who never read the
ingest code; like the set itself, this script is not to be read or tuned on. Run with
``.venv/bin/python tests/ingest/corpus/generate/test11_binaries.py``; the outputs are committed,
so the script is needed only to change them. Two runs write the same bytes: reportlab's
invariant mode for the PDFs; fixed core properties and one fixed time stamp on every zip entry
for the DOCX files.
"""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from collections.abc import Callable
from pathlib import Path

TEST11 = Path(__file__).resolve().parent.parent / "test11"
#: The time stamp of every zip entry of the DOCX files (a zip stores local time, no zone).
ZIP_TIME = (2026, 12, 4, 12, 0, 0)
Running = Callable[[int, int], list[tuple[int, str]]]


def _pdf(name: str, pages: list[list[str]], columns: list[int], header: Running, footer: Running) -> None:
    """Pages of text lines; "#" starts a table row of "|"-separated cells, "!" a bold heading."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas as pdfcanvas

    c = pdfcanvas.Canvas(str(TEST11 / name), pagesize=A4, invariant=1)
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


def _table(d, rows: list[tuple[str, ...]]):
    table = d.add_table(rows=0, cols=len(rows[0]))
    table.style = "Table Grid"
    for row in rows:
        cells = table.add_row().cells
        for cell, text in zip(cells, row, strict=True):
            cell.text = text
    return table


def _save(d, name: str) -> None:
    """Save with every zip entry stamped ZIP_TIME, so that a rerun writes the same bytes."""
    raw = io.BytesIO()
    d.save(raw)
    raw.seek(0)
    out = TEST11 / name
    with zipfile.ZipFile(raw) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            info = zipfile.ZipInfo(item.filename, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(info, src.read(item.filename))


# --- b04: Kymenlaakso RRF project plan 2022, Word, estimate per investment and year ----------

B04_NAME = "Kymenlaakson Kestävän kasvun hanke"


def b04_kymenlaakso_hankesuunnitelma() -> None:
    d = _docx("Kymenlaakson hyvinvointialue", dt.datetime(2022, 3, 18, 9, 0, 0))
    d.add_heading("HANKESUUNNITELMA", 0)
    d.add_paragraph(f"{B04_NAME} (Kestävän kasvun ohjelma, RRF, haku 2022)")
    _table(
        d,
        [
            ("Hakija", "Kymenlaakson hyvinvointialue"),
            ("Haettava avustus", "6 480 000 euroa"),
            ("Toteutusaika", "1.4.2022–31.12.2025"),
            ("Päiväys", "18.3.2022"),
        ],
    )
    d.add_heading("1 Tausta ja tarve", 1)
    d.add_paragraph(
        "Kotkan, Kouvolan ja Haminan terveysasemilla kiireettömän hoidon jonot ovat pidentyneet. "
        "Hanke rahoitetaan EU:n elpymisvälineestä sosiaali- ja terveysministeriön myöntämällä avustuksella."
    )
    d.add_heading("2 Investoinnit ja tavoitteet", 1)
    d.add_heading("Investointi 1: Hoitotakuun toteutuminen perusterveydenhuollossa", 2)
    d.add_paragraph(
        "Tavoite 1.1 Hoitoon pääsy kiireettömässä hoidossa seitsemässä vuorokaudessa kaikilla terveysasemilla"
    )
    d.add_paragraph("Tavoite 1.2 Omaolo-oirearvion käyttö kaksinkertaistuu")
    d.add_paragraph("Investoinnin 1 kustannusarvio on yhteensä 2 350 000 euroa.")
    _table(
        d,
        [
            ("Kustannuslaji", "2022", "2023", "2024", "2025", "Yhteensä"),
            ("Henkilöstökustannukset", "260 000", "640 000", "640 000", "380 000", "1 920 000"),
            ("Ostopalvelut", "40 000", "150 000", "150 000", "90 000", "430 000"),
            ("Yhteensä", "300 000", "790 000", "790 000", "470 000", "2 350 000"),
        ],
    )
    d.add_heading("3 Toteuttajat ja kumppanit", 1)
    d.add_paragraph(
        "Kaakkois-Suomen ammattikorkeakoulu Xamk arvioi hoitotakuun toteutumista. Kymsoten "
        "ICT-palvelut liittää ajanvarauksen Kanta-palveluihin."
    )
    d.add_heading("4 Riskit", 1)
    d.add_paragraph("-")
    d.add_heading("5 Seurannan liikennevalot", 1)
    d.add_paragraph(
        "Lähtötilanteen arvio hakuhetkellä: aikataulu vihreä (suunnitelman mukainen), henkilöstö "
        "keltainen (rekrytointiriski), kustannukset vihreä."
    )
    _save(d, "b04_kymenlaakso_hankesuunnitelma_2022.docx")


# --- b05: Etelä-Pohjanmaa status report 2023, PDF, letter lights, table split over pages ------

B05_NAME = "Etelä-Pohjanmaan Kestävän kasvun hanke"
B05_PART = "Investointi 3: Ikääntyneiden palvelut ja kotihoito"
B05 = [
    [
        "!TILANNERAPORTTI 1.1.–30.6.2023",
        f"{B05_NAME}",
        f"{B05_PART}",
        "Hallinnoija: Etelä-Pohjanmaan hyvinvointialue         Raportoitu: 14.8.2023",
        "Myönnetty valtionavustus (STM/NextGenerationEU): 4 760 000 €; investointi 3: 1 380 000 €",
        "",
        "!Toteutuksen arvio   (A = etenee suunnitellusti, B = poikkeamaa, C = vakava poikkeama)",
        "#Aikataulu|A|Kustannukset|A",
        "#Tuotosten laatu|B|Henkilöstö|A",
        "#Riskit|B|Hyödyt|A",
        "",
        "!Tavoitteet",
        "1. Kotihoidon etäkäynnit Seinäjoella, Lapualla ja Kauhavalla  >  Toteutunut",
        "2. Muistihoitajan vastaanotto kaikissa kunnissa  >  Osittain toteutunut",
        "3. Ikäneuvolan palveluohjaus Kurikassa  >  Siirtyy vuodelle 2024",
        "",
        "Seinäjoen ammattikorkeakoulu SeAMK kouluttaa kotihoidon henkilöstön. Etäkäyntien",
        "ajanvaraus on Omaolossa.",
        "",
        "!Kustannukset investointi 3 (€)",
        "#Kustannuslaji|Budjetti 2023|Toteuma 1–6/2023|Sidottu",
        "#Henkilöstökustannukset|402 000,00|188 460,10|20 000,00",
    ],
    [
        "#Kustannuslaji|Budjetti 2023|Toteuma 1–6/2023|Sidottu",
        "#Laitehankinnat|96 000,00|71 230,00|12 500,00",
        "#Muut kustannukset|22 000,00|6 115,40|0,00",
        "#Yhteensä|520 000,00|265 805,50|32 500,00",
        "",
        "Taulukko jatkuu edelliseltä sivulta.",
    ],
]

# --- b14: Pohjois-Pohjanmaa aluevaltuusto minutes 2022, PDF, investments in a table ----------

B14_NAME = "Pohjois-Pohjanmaan Tulevaisuuden sote-keskus -ohjelma"
B14 = [
    [
        "!§ 58  POHJOIS-POHJANMAAN TULEVAISUUDEN SOTE-KESKUS -OHJELMAN JATKORAHOITUS",
        "POPHA/512/00.01/2022",
        "",
        f"{B14_NAME} käynnistyi vuonna 2021.",
        "Aluehallitus 21.11.2022 § 141",
        "Sosiaali- ja terveysministeriö on myöntänyt ohjelmalle 4 900 000 euroa. Ohjelma",
        "toteutetaan Oulussa, Kempeleessä, Raahessa ja Kuusamossa. Oulun ammattikorkeakoulu",
        "arvioi ohjelman vaikutuksia ja Pohjois-Pohjanmaan sairaanhoitopiirin (PPSHP)",
        "konsultaatiopalvelu tukee etävastaanottoja.",
        "",
        "Ohjelman tilannekuva 31.10.2022 (ohjausryhmän arvio):",
        "#Aikataulu|etenee",
        "#Kustannukset|etenee",
        "#Hyödyt|viivästynyt",
        "",
        "Ohjelman tavoitteista sähköinen asiointi kaikissa sote-keskuksissa on toteutunut.",
        "Monialaisen palvelutarpeen arvion yhtenäistäminen on kesken, ja",
        "perhekeskusten yhteinen ajanvaraus siirtyy vuodelle 2023.",
    ],
    [
        "Kustannusarvio jatkokaudelle 1.1.–31.12.2023 (euroa)",
        "#Menolaji|Kustannusarvio",
        "#Henkilöstömenot|1 240 000",
        "#Asiantuntijapalvelut|180 000",
        "#Yhteensä|1 420 000",
        "",
        "Jatkokaudelle haetaan lisäavustusta 1 420 000 euroa.",
        "",
        "Aluehallituksen ehdotus   Aluevaltuusto päättää hyväksyä jatkorahoituksen hakemisen.",
        "Päätös                    Ehdotus hyväksyttiin.",
    ],
]

# --- b18: Itä-Uusimaa Swedish final report 2025, PDF ---------------------------------------

B18_NAME = "Östra Nylands projekt för hållbar tillväxt"
B18_PART = "Investering 2: Psykisk hälsa och missbruksvård"
B18 = [
    [
        "!SLUTRAPPORT",
        f"Projekt: {B18_NAME}",
        f"{B18_PART}",
        "Projekttid: 1.1.2022–31.12.2024         Datum: 20.3.2025",
        "Beviljat statsunderstöd: 3 150 000 euro (social- och hälsovårdsministeriet, EU:s facilitet",
        "för återhämtning och resiliens)",
        "",
        "!Bedömning",
        "#Delområde|Bedömning|Kommentar",
        "#Tidtabell|grön|",
        "#Kostnader|grön|",
        "#Nyttor|gul|effekterna syns först 2025",
        "(grön = enligt plan, gul = avvikelse, röd = allvarlig avvikelse)",
        "",
        "!Mål",
        "Mål 1: Låg tröskel-mottagning för unga i Borgå och Lovisa – Uppnåddes",
        "Mål 2: Digital terapi via Mielenterveystalo för vuxna – Uppnåddes delvis",
        "Mål 3: Gemensam missbruksjour med Sibbo – Uppnåddes inte",
    ],
    [
        "Yrkeshögskolan Arcada utvärderade mottagningsmodellen. HUS Psykiatri konsulterade",
        "mottagningarna i Borgå.",
        "",
        "!Kostnader för hela projekttiden (euro)",
        "#Kostnadsslag|Beviljat|Utfall|Avvikelse",
        "#Personalkostnader|690 000|684 210|-5 790",
        "#Köpta tjänster|190 000|171 500|-18 500",
        "#Totalt|880 000|855 710|-24 290",
        "",
        "Outnyttjat understöd, 24 290 euro, återbetalas.",
    ],
]


# --- b15: Länsi-Uusimaa Swedish regionstyrelse minutes 2024, Word ---------------------------

B15_NAME = "Västra Nylands projekt för hållbar tillväxt"


def b15_lansi_uusimaa_regionstyrelsen() -> None:
    d = _docx("Västra Nylands välfärdsområde", dt.datetime(2024, 5, 14, 10, 0, 0))
    _table(
        d, [("VÄSTRA NYLANDS VÄLFÄRDSOMRÅDE", "PROTOKOLL", "7/2024"), ("Regionstyrelsen", "13.5.2024", "§ 96")]
    )
    d.add_heading(f"§ 96 {B15_NAME}: ändring av investeringarnas budget", 1)
    d.add_paragraph("LUVN/1820/01.04.00/2022")
    d.add_paragraph("Beredare: utvecklingsdirektör")
    d.add_heading("Motivering", 2)
    d.add_paragraph(
        "Social- och hälsovårdsministeriet har beviljat välfärdsområdet 7 020 000 euro för projektet. "
        "Investering 4: Digitala tjänster genomförs i Lojo, Raseborg och Esbo. Laurea-yrkeshögskolan "
        "utvärderar de digitala tjänsterna och tidsbokningen sker i Omaolo. Investering 4 har "
        "beviljats 1 640 000 euro."
    )
    d.add_paragraph(
        "Lägesrapporten 31.3.2024: tidtabell – enligt plan, kostnader – avvikelse, personal – enligt plan."
    )
    d.add_paragraph(
        "Av investeringens mål har den digitala chatten för social service uppnåtts. "
        "Videomottagning i alla hälsostationer har uppnåtts delvis och den gemensamma "
        "kundportalen skjuts upp till 2025."
    )
    d.add_paragraph("Investering 4: Digitala tjänster, budget för 2024 (euro):")
    _table(
        d,
        [
            ("Kostnadsslag", "Ursprunglig budget", "Ändrad budget"),
            ("Personalkostnader", "520 000", "580 000"),
            ("Programvara", "310 000", "250 000"),
            ("Totalt", "830 000", "830 000"),
        ],
    )
    d.add_heading("Förslag", 2)
    d.add_paragraph("Regionstyrelsen beslutar godkänna den ändrade budgeten för investering 4.")
    d.add_heading("Beslut", 2)
    d.add_paragraph("Förslaget godkändes.")
    d.add_paragraph("Suomenkielinen tiivistelmä: aluehallitus hyväksyi investoinnin 4 muutetun talousarvion.")
    _save(d, "b15_lansi_uusimaa_sv_regionstyrelsen_2024.docx")


# --- b17: Kanta-Häme final report 2025, Word, lights and goals as one matrix -----------------

B17_NAME = "Kanta-Hämeen Kestävän kasvun hanke"
B17_PART = "Osahanke 2: Sosiaalihuollon hoitotakuu"


def b17_kanta_hame_loppuraportti() -> None:
    d = _docx("Kanta-Hämeen hyvinvointialue", dt.datetime(2025, 4, 2, 8, 0, 0))
    d.add_heading(f"{B17_NAME} – loppuraportti", 0)
    _table(
        d,
        [
            ("Raportoitava osa", B17_PART),
            ("Hankeaika", "1.1.2022–31.12.2024"),
            ("Raportin päivämäärä", "2.4.2025"),
            ("Myönnetty avustus", "koko hanke 4,85 M€, osahanke 2: 980 000 €"),
        ],
    )
    d.add_heading("Loppuarvio", 1)
    d.add_paragraph("Asteikko: ✔ tavoitteen mukainen, ✖ ei tavoitteen mukainen")
    _table(
        d,
        [
            ("Arvioitava asia", "Arvio"),
            ("Aikataulu", "✔"),
            ("Kustannukset", "✔"),
            ("Tuotosten laajuus", "✖"),
            ("Henkilöstö", "✔"),
        ],
    )
    d.add_heading("Tavoitteet ja niiden toteutuminen", 1)
    _table(
        d,
        [
            ("Tavoite", "Toteutuminen"),
            ("Aikuissosiaalityön palvelutarpeen arvio seitsemässä arkipäivässä", "Toteutunut"),
            ("Sosiaalipäivystyksen etäkonsultaatio Riihimäelle ja Forssaan", "Toteutunut osittain"),
            ("Asiakasohjauksen yhteinen kirjaaminen Kanta-palveluihin", "Jäi kesken"),
        ],
    )
    d.add_paragraph(
        "Hämeen ammattikorkeakoulu HAMK arvioi hoitotakuun toteutumista. Hämeenlinnan toimipisteessä "
        "käytettiin Kanta-palveluiden sosiaalihuollon asiakastiedon arkistoa."
    )
    d.add_heading("Kustannukset (t€)", 1)
    _table(
        d,
        [
            ("", "Myönnetty t€", "Toteutunut t€", "Käyttöaste"),
            ("Henkilöstökulut", "810", "792,4", "97,8 %"),
            ("Matkakulut", "20", "11,6", "58,0 %"),
            ("Muut kulut", "150", "139,0", "92,7 %"),
            ("Yhteensä", "980", "943,0", "96,2 %"),
        ],
    )
    d.add_paragraph("Käyttämättä jäänyt osuus 37 000 € palautetaan.")
    _save(d, "b17_kanta_hame_loppuraportti_2025.docx")


def main() -> None:
    b04_kymenlaakso_hankesuunnitelma()
    _pdf(
        "b05_etela_pohjanmaa_tilanneraportti_2023.pdf",
        B05,
        [40, 250, 350, 450],
        header=lambda n, total: [(40, f"{B05_NAME} · Tilanneraportti 1/2023"), (520, f"Sivu {n}/{total}")],
        footer=lambda n, total: [(40, "Etelä-Pohjanmaan hyvinvointialue · Hanketoimisto")],
    )
    _pdf(
        "b14_pohjois_pohjanmaa_aluevaltuusto_2022.pdf",
        B14,
        [40, 300],
        header=lambda n, total: [
            (40, "Pohjois-Pohjanmaan hyvinvointialue   PÖYTÄKIRJA 6/2022   Aluevaltuusto 12.12.2022"),
            (500, f"{[22, 23][n - 1]}"),
        ],
        footer=lambda n, total: [(40, "Pöytäkirjantarkastajat ____ ____")],
    )
    b15_lansi_uusimaa_regionstyrelsen()
    b17_kanta_hame_loppuraportti()
    _pdf(
        "b18_ita_uusimaa_sv_slutrapport_2025.pdf",
        B18,
        [40, 220, 330],
        header=lambda n, total: [(40, "Östra Nylands välfärdsområde"), (500, f"{n} ({total})")],
        footer=lambda n, total: [(40, "Slutrapport · hållbar tillväxt")],
    )


if __name__ == "__main__":
    main()
