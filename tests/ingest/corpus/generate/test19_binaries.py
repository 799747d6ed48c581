"""Write the probe set test19's PDF and DOCX documents (invented text, see ../README.md).

test19/ was written blind in stop 34 by helper W16, who read the commit messages of the stop's
ingest rules (the class of form each claims to read) but no ingest code and no document of any set;
each document carries one claimed class in another wording, area, language or format than the
message's examples. Run with ``.venv/bin/python tests/ingest/corpus/generate/test19_binaries.py``;
the PDFs come out byte for byte the same (reportlab's invariant mode), the DOCX zip entries are
rewritten with a fixed time, so two runs are byte-identical.
"""

from __future__ import annotations

import datetime as dt
import zipfile
from pathlib import Path

TEST19 = Path(__file__).resolve().parent.parent / "test19"


def _pdf(name: str, pages: list[list[str]], columns: list[int]) -> None:
    """Pages of text lines; "#" starts a table row of "|"-separated cells, "!" a bold heading."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas as pdfcanvas

    c = pdfcanvas.Canvas(str(TEST19 / name), pagesize=A4, invariant=1)
    _width, height = A4
    for page in pages:
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


def _docx(created: dt.datetime, author: str):
    import docx

    d = docx.Document()
    d.core_properties.created = created
    d.core_properties.modified = created
    d.core_properties.author = author
    return d


def _table(d, rows: list[tuple[str, ...]]) -> None:
    table = d.add_table(rows=0, cols=len(rows[0]))
    table.style = "Table Grid"
    for row in rows:
        for cell, text in zip(table.add_row().cells, row, strict=True):
            cell.text = text


def _save(d, name: str) -> None:
    """Save a DOCX with every zip entry dated alike, so that runs are byte-identical."""
    path = TEST19 / name
    d.save(str(path))
    with zipfile.ZipFile(path) as z:
        entries = [(info.filename, z.read(info.filename)) for info in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for filename, data in entries:
            z.writestr(zipfile.ZipInfo(filename, date_time=(2026, 12, 5, 6, 0, 0)), data, zipfile.ZIP_DEFLATED)


def m02_pohjanmaa_delprojekt() -> None:
    """A report whose lead sentence names the project first and its part after it ('Inom projektet X
    har delprojekt 3, Y, …'), the part's cost table and sums after it, the whole's lights under a
    heading naming the whole."""
    d = _docx(dt.datetime(2024, 6, 18, 9, 0), "Välfärdsområdet Österbotten")
    d.add_heading("Lägesrapport juni 2024", level=1)
    d.add_paragraph("Välfärdsområdet Österbotten · 18.6.2024")
    d.add_paragraph(
        "Inom projektet Hälsa nära dig i Österbotten har delprojekt 3, Mobil munhälsovård, slutfört sin "
        "första turné i Närpes och Kristinestad. Delprojektet har beviljats 420 000 euro av projektets "
        "sammanlagt 2,1 miljoner euro. Yrkeshögskolan Novia utbildar munhygienisterna."
    )
    d.add_paragraph("Kostnader för delprojektet till 31.5.2024 (€)")
    _table(
        d,
        [
            ("Kostnadsslag", "Budget", "Utfall"),
            ("Personalkostnader", "260 000", "118 400"),
            ("Köpta tjänster", "90 000", "41 250"),
            ("Resekostnader", "20 000", "7 800"),
            ("Programvara", "50 000", "49 100"),
            ("Totalt", "420 000", "216 550"),
        ],
    )
    d.add_heading("Hela projektets läge", level=2)
    _table(d, [("Område", "Bedömning"), ("Tidtabell", "grön"), ("Kostnader", "gul")])
    d.add_paragraph("Projekttid 1.1.2023–31.12.2025. Finansiär: social- och hälsovårdsministeriet.")
    _save(d, "m02_pohjanmaa_sv_lagesrapport_2024.docx")


def m11_vantaa_kerava_ja_nej() -> None:
    """A follow-up form whose questions name a dimension and are answered yes or no; the polarity is
    the question's (a yes to 'is it late?' is a deviation, a no to 'is the budget exceeded?' on plan)."""
    d = _docx(dt.datetime(2024, 9, 30, 14, 0), "Vanda och Kervo välfärdsområde")
    d.add_heading("Uppföljningsblankett 2/2024 – Tryggt hemma i Vanda och Kervo", level=1)
    d.add_paragraph("Vanda och Kervo välfärdsområde · Ifylld 30.9.2024")
    d.add_paragraph(
        "Projekttid 1.3.2023–31.12.2025. Finansiär: social- och hälsovårdsministeriet. Projektet genomförs i "
        "Vanda och Kervo, och Laurea-yrkeshögskolan utvärderar hemsjukhusets nya nattpatrull."
    )
    d.add_heading("Projektets läge", level=2)
    _table(
        d,
        [
            ("Fråga", "Svar", "Kommentar"),
            ("Följer arbetet tidtabellen?", "Ja", ""),
            ("Överskrids budgeten?", "Nej", "Utfall 46 % av budgeten"),
            ("Saknas det personal?", "Ja", "Två sjukskötare saknas i nattpatrullen"),
            ("Uppnås de planerade nyttorna?", "Ja", "Färre akutbesök nattetid"),
        ],
    )
    _save(d, "m11_vantaa_kerava_sv_uppfoljning_2024.docx")


def m17_lansi_uusimaa_delprojekt() -> None:
    """Lights under a heading naming a part ('Delprojekt 2 – läget …'), rated in words of the
    vocabulary ('som avtalat', 'otillräckliga', 'tillräcklig'), and the whole's lights under its own."""
    _pdf(
        "m17_lansi_uusimaa_sv_lagesrapport_2024.pdf",
        [
            [
                "!Lägesrapport 3/2024 – Stöd i vardagen i Västra Nyland",
                "Västra Nylands välfärdsområde",
                "Datum: 14.10.2024",
                "Projekttid: 1.1.2023–31.12.2025",
                "Finansiär: Social- och hälsovårdsministeriet",
                "",
                "Projektet har två delprojekt: Delprojekt 1 Digitalt vardagsstöd och Delprojekt 2 Minnesteamet.",
                "Arbetet görs i Raseborg, Lojo och Ingå tillsammans med Yrkeshögskolan Novia.",
                "",
                "!Delprojekt 2 – läget 30.9.2024",
                "#Tidtabell|som avtalat",
                "#Resurser|otillräckliga",
                "#Kostnader|tillräcklig budget",
                "",
                "!Hela projektets läge 30.9.2024",
                "#Tidtabell|som avtalat",
                "#Kostnader|som avtalat",
                "#Resurser|tillräckliga",
            ]
        ],
        [40, 200],
    )


def m21_etela_pohjanmaa_tama() -> None:
    """A final report whose goals are each followed by a sentence judging it with a pronoun as its
    subject ('Tämä saavutettiin …', 'Tätä ei ehditty …', 'Tässä päästiin osittain …')."""
    d = _docx(dt.datetime(2025, 3, 4, 10, 0), "Etelä-Pohjanmaan hyvinvointialue")
    d.add_heading("Loppuraportti – Arjen turva Etelä-Pohjanmaalla", level=1)
    d.add_paragraph("Etelä-Pohjanmaan hyvinvointialue · 4.3.2025")
    d.add_paragraph(
        "Hankeaika 1.1.2023–31.12.2024. Rahoittaja: sosiaali- ja terveysministeriö. Hanke toteutettiin "
        "Seinäjoella, Lapualla ja Kauhavalla. SeAMK arvioi hankkeen tulokset."
    )
    d.add_heading("Tavoitteet ja niiden toteutuminen", level=2)
    d.add_paragraph(
        "Ikäihmisille avataan yhteinen neuvontanumero kaikissa kunnissa. Tämä saavutettiin jo syksyllä "
        "2023, ja numeroon tuli hankkeen aikana 11 000 soittoa."
    )
    d.add_paragraph(
        "Kotihoidon iltakäynnit korvataan osin etäkäynneillä. Tässä päästiin osittain, sillä Kauhavalla "
        "laitteet otettiin käyttöön vasta marraskuussa 2024."
    )
    d.add_paragraph(
        "Omaishoitajille perustetaan vertaisryhmä jokaiseen kuntaan. Tätä ei ehditty toteuttaa hankeaikana."
    )
    _save(d, "m21_etela_pohjanmaa_loppuraportti_2025.docx")


def m23_paijat_hame_mittarit() -> None:
    """A goal table with a target and an outcome column of figures ('Tavoite' | 'Toteutunut'),
    one goal of less, one of zero outcome."""
    _pdf(
        "m23_paijat_hame_vaikuttavuus_2024.pdf",
        [
            [
                "!Päijät-Hämeen hyvinvointialue",
                "!Hyvinvointia verkossa -hankkeen vaikuttavuusraportti 2024",
                "Raportin päivämäärä: 20.12.2024",
                "Hankeaika: 1.1.2023–31.12.2025",
                "Rahoittaja: Sosiaali- ja terveysministeriö",
                "",
                "Hanke toteutetaan Lahdessa ja Heinolassa yhdessä LAB-ammattikorkeakoulun kanssa.",
                "",
                "!Hankkeen tavoitteet ja mittarit",
                "#Hankkeen tavoite|Mittari|Lähtötaso|Tavoite 2025|Toteutunut",
                "#Sähköinen asiointi yleistyy|Sähköisten yhteydenottojen osuus (%)|18|30|34",
                "#Puhelinpalvelun jonotus lyhenee|Keskimääräinen jonotusaika (min)|14|alle 5|8",
                "#Verkkoryhmiä perustetaan|Uusien verkkoryhmien määrä|0|6|0",
            ]
        ],
        [40, 200, 390, 450, 510],
    )


def m25_kanta_hame_otsikot() -> None:
    """Goals as numbered headings, each judged by the first words of the paragraph below it
    ('Saavutettu.', 'Ei saavutettu:', 'Osittain saavutettu –')."""
    d = _docx(dt.datetime(2024, 12, 16, 8, 0), "Kanta-Hämeen hyvinvointialue")
    d.add_heading("Väliraportti 2024 – Hyvä kotiutus Kanta-Hämeessä", level=1)
    d.add_paragraph("Kanta-Hämeen hyvinvointialue · 16.12.2024")
    d.add_paragraph(
        "Hankeaika 1.1.2023–31.12.2025. Rahoittaja: sosiaali- ja terveysministeriö. Hanke toimii "
        "Hämeenlinnassa, Riihimäellä ja Forssassa; Hämeen ammattikorkeakoulu HAMK kouluttaa henkilöstöä."
    )
    d.add_heading("2 Tavoitteiden toteutuminen", level=2)
    d.add_heading("2.1 Kotiutustiimi kaikkiin kolmeen kaupunkiin", level=3)
    d.add_paragraph("Saavutettu. Tiimit aloittivat Riihimäellä ja Forssassa kesäkuussa 2024.")
    d.add_heading("2.2 Sairaalasta kotiutuvien uusintakäynnit vähenevät", level=3)
    d.add_paragraph("Ei saavutettu: uusintakäyntien määrä pysyi ennallaan, ja syitä selvitetään.")
    d.add_heading("2.3 Omaisille verkkovalmennus", level=3)
    d.add_paragraph("Osittain saavutettu – valmennus on valmis, mutta siihen on osallistunut vasta 20 omaista.")
    _save(d, "m25_kanta_hame_valiraportti_2024.docx")


def m32_keski_suomi_grant_nouns() -> None:
    """English sums whose kind stands in the noun they qualify ('its EUR 2.4 million state grant',
    'an additional funding application of EUR 150,000') and a clause going on from a grant."""
    _pdf(
        "m32_keski_suomi_en_newsletter_2024.pdf",
        [
            [
                "!Central Finland wellbeing services county – project newsletter 3/2024",
                "Date: 25 October 2024",
                "",
                "!Smooth Care Paths in Central Finland",
                "Thanks to its EUR 2.4 million state grant from the Ministry of Social Affairs and Health,",
                "the Smooth Care Paths project has opened care coordination desks in Jyväskylä and Äänekoski.",
                "The ministry granted EUR 2,400,000 to the project in 2023, and EUR 600,000 of that to",
                "investment 2, Mobile Rehabilitation.",
                "",
                "An additional funding application of EUR 150,000 was submitted in September 2024.",
                "",
                "JAMK University of Applied Sciences evaluates the coordination desks. The project runs",
                "until 31 December 2025.",
            ]
        ],
        [40],
    )


def m33_vantaa_kerava_targets() -> None:
    """An English indicator table in DOCX: a target level and a result column of figures, one goal
    of less with a ceiling ('max 14')."""
    d = _docx(dt.datetime(2025, 1, 31, 9, 0), "Vantaa and Kerava wellbeing services county")
    d.add_heading("Annual report 2024 – Youth Wellbeing Vantaa and Kerava", level=1)
    d.add_paragraph("Vantaa and Kerava wellbeing services county · 31 January 2025")
    d.add_paragraph(
        "Project period 1 January 2023 – 31 December 2025. Funder: Ministry of Social Affairs and Health. "
        "Laurea University of Applied Sciences runs the peer group training in Vantaa and Kerava."
    )
    d.add_heading("Indicators", level=2)
    _table(
        d,
        [
            ("Objective", "Indicator", "Baseline 2022", "Target level 2025", "Result 2024"),
            ("Faster access to youth counselling", "Days to first appointment", "30", "max 14", "12"),
            ("More young people in peer groups", "Participants per year", "40", "200", "120"),
            ("School nurses trained in brief therapy", "Nurses trained", "0", "25", "0"),
        ],
    )
    _save(d, "m33_vantaa_kerava_en_annual_report_2025.docx")


def m38_pohjois_savo_plan_labels() -> None:
    """A plan's sums on lines of their own, each a label with its currency before the number
    ('Kokonaiskustannusarvio (€) 3 200 000', 'Haettava valtionavustus, € 2 880 000')."""
    d = _docx(dt.datetime(2022, 11, 21, 13, 0), "Pohjois-Savon hyvinvointialue")
    d.add_heading("Hankesuunnitelma: Lähipalvelut Pohjois-Savossa", level=1)
    d.add_paragraph("Pohjois-Savon hyvinvointialue · 21.11.2022")
    d.add_paragraph(
        "Hanke toteutetaan 1.1.2023–31.12.2025 Kuopiossa, Siilinjärvellä ja Varkaudessa. Savonia-"
        "ammattikorkeakoulu vastaa hankkeen arvioinnista. Avustusta haetaan sosiaali- ja terveysministeriöltä."
    )
    d.add_heading("Hankkeen talous", level=2)
    d.add_paragraph("Kokonaiskustannusarvio (€) 3 200 000")
    d.add_paragraph("Haettava valtionavustus, € 2 880 000")
    d.add_paragraph("Kustannusarvio on laadittu vuoden 2022 hintatasossa.")
    _save(d, "m38_pohjois_savo_hankesuunnitelma_2022.docx")


def m44_vantaa_kerava_matter_title() -> None:
    """A Swedish report whose title is a matter over the project named after its word
    ('Redovisning av projektet X')."""
    _pdf(
        "m44_vantaa_kerava_sv_redovisning_2024.pdf",
        [
            [
                "!Redovisning av projektet Ungdomsstöd i Vanda och Kervo",
                "Vanda och Kervo välfärdsområde",
                "Datum: 11.12.2024",
                "Projekttid: 1.1.2023–31.12.2025",
                "Finansiär: Social- och hälsovårdsministeriet",
                "",
                "Ungdomsstödet har öppnat mottagningar i Dickursby och Kervo centrum. Yrkeshögskolan Arcada",
                "utbildar ungdomsarbetarna.",
                "",
                "Projektet har beviljats 1 050 000 euro.",
                "",
                "!Läget 30.11.2024",
                "#Tidtabell|grön",
                "#Kostnader|grön",
                "#Personal|röd",
            ]
        ],
        [40, 200],
    )


def m52_lappi_broken_xref() -> None:
    """A PDF whose startxref points past its end (a damaged file that still reads), with an
    ordinary report's facts on it."""
    name = "m52_lappi_tilanneraportti_2024.pdf"
    _pdf(
        name,
        [
            [
                "!Lapin hyvinvointialue – tilanneraportti 10/2024",
                "Hanke: Tunturin etähoito",
                "Raportin päivämäärä: 31.10.2024",
                "Hankeaika: 1.1.2023–31.12.2025",
                "Rahoittaja: Sosiaali- ja terveysministeriö",
                "",
                "Etähoito toimii Sodankylässä ja Rovaniemellä. Lapin ammattikorkeakoulu kouluttaa hoitajat.",
                "Hankkeelle on myönnetty 720 000 euroa.",
                "",
                "#Aikataulu|vihreä",
                "#Kustannukset|vihreä",
                "#Henkilöstö|punainen",
            ]
        ],
        [40, 200],
    )
    path = TEST19 / name
    data = path.read_bytes()
    at = data.rindex(b"startxref")
    path.write_bytes(data[:at] + b"startxref\n" + str(len(data) * 10).encode() + b"\n%%EOF\n")


if __name__ == "__main__":
    m02_pohjanmaa_delprojekt()
    m11_vantaa_kerava_ja_nej()
    m17_lansi_uusimaa_delprojekt()
    m21_etela_pohjanmaa_tama()
    m23_paijat_hame_mittarit()
    m25_kanta_hame_otsikot()
    m32_keski_suomi_grant_nouns()
    m33_vantaa_kerava_targets()
    m38_pohjois_savo_plan_labels()
    m44_vantaa_kerava_matter_title()
    m52_lappi_broken_xref()
