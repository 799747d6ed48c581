"""Write the THIRTEENTH set's PDF and DOCX documents (invented text, see ../README.md).

test13/ is a held-out set written blind on 2026-12-04 (stop 32, helper W8) by an author who never
read the ingest code. Run with ``.venv/bin/python tests/ingest/corpus/generate/test13_binaries.py``;
the outputs are committed, so the script is needed only to change them. Two runs write the same
bytes: reportlab's invariant mode for the PDFs; fixed core properties and one fixed time stamp on
every zip entry for the DOCX files.
"""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from collections.abc import Callable
from pathlib import Path

TEST13 = Path(__file__).resolve().parent.parent / "test13"
#: The time stamp of every zip entry of the DOCX files (a zip stores local time, no zone).
ZIP_TIME = (2026, 12, 4, 12, 0, 0)
Running = Callable[[int, int], list[tuple[int, str]]]


def _pdf(name: str, pages: list[list[str]], columns: list[int], header: Running, footer: Running) -> None:
    """Pages of text lines; "#" starts a table row of "|"-separated cells, "!" a bold heading."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas as pdfcanvas

    c = pdfcanvas.Canvas(str(TEST13 / name), pagesize=A4, invariant=1)
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
    out = TEST13 / name
    with zipfile.ZipFile(raw) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            info = zipfile.ZipInfo(item.filename, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(info, src.read(item.filename))


# --- d04: Etelä-Pohjanmaa plan 2022 as Word: work packages, estimates per year, readiness colours ---


def d04_etela_pohjanmaa_hankesuunnitelma() -> None:
    """A plan whose parts are "Työpaketti N", each with its own per-year estimate table."""
    d = _docx("Etelä-Pohjanmaan hyvinvointialue", dt.datetime(2022, 5, 16, 10, 0, 0))
    d.add_paragraph("Etelä-Pohjanmaan hyvinvointialueen valmistelu        Luonnos 0.9        16.5.2022")
    d.add_heading("Eteläpohjalainen sote-keskus 2025 – hankesuunnitelma", level=1)
    d.add_paragraph(
        "Hakemus: Kestävän kasvun ohjelma (RRF), sosiaali- ja terveysministeriön valtionavustus. "
        "Hankeaika 1.6.2022–31.12.2025. Hankkeesta käytetään lyhennettä ESK25."
    )
    d.add_paragraph(
        "Hanke toteutetaan koko maakunnassa; pilottialueina ovat Seinäjoki, Lapua ja Kurikka, "
        "ja toisessa vaiheessa mukaan tulevat Alavus ja Kauhajoki. Seinäjoen ammattikorkeakoulu "
        "arvioi hankkeen vaikutukset. Lapuan kaupunki tarjoaa pilotin tilat liikuntakeskuksesta."
    )
    d.add_heading("1 Hankkeen tavoitteet", level=2)
    for goal in (
        "Kiireettömän hoidon hoitotakuu toteutuu seitsemässä päivässä kaikilla terveysasemilla",
        "Sähköisen asioinnin osuus yhteydenotoista kasvaa 40 prosenttiin",
        "Kotiin vietävät palvelut ehkäisevät päivystyskäyntejä",
    ):
        d.add_paragraph(goal, style="List Number")
    d.add_heading("2 Työpaketit", level=2)
    d.add_heading("Työpaketti 1: Digitaalinen palvelutarjotin", level=3)
    d.add_paragraph(
        "Oirearvio ja ajanvaraus Omaolon kautta, tunnistautuminen Suomi.fi-tunnistuksella. "
        "Työpaketin kustannusarvio on 1 860 000 euroa."
    )
    _table(
        d,
        [
            ("Kustannuslaji", "2022", "2023", "2024", "2025", "Yhteensä"),
            ("Henkilöstökulut", "120 000", "310 000", "320 000", "250 000", "1 000 000"),
            ("Ohjelmistot", "60 000", "300 000", "200 000", "100 000", "660 000"),
            ("Asiantuntijapalvelut", "20 000", "80 000", "60 000", "40 000", "200 000"),
            ("Yhteensä", "200 000", "690 000", "580 000", "390 000", "1 860 000"),
        ],
    )
    d.add_heading("Työpaketti 2: Kotiin vietävät palvelut", level=3)
    d.add_paragraph("Liikkuva hoitajayksikkö ja etäkotihoito. Työpaketin kustannusarvio on 1 140 000 euroa.")
    _table(
        d,
        [
            ("Kustannuslaji", "2022", "2023", "2024", "2025", "Yhteensä"),
            ("Henkilöstökulut", "80 000", "260 000", "260 000", "200 000", "800 000"),
            ("Investoinnit (ajoneuvot)", "0", "240 000", "0", "0", "240 000"),
            ("Matkakulut", "10 000", "30 000", "30 000", "30 000", "100 000"),
            ("Yhteensä", "90 000", "530 000", "290 000", "230 000", "1 140 000"),
        ],
    )
    d.add_heading("3 Käynnistysvalmius", level=2)
    d.add_paragraph("Arvio valmiudesta (vihreä = valmis, keltainen = puutteita, punainen = ei valmis):")
    _table(
        d,
        [
            ("Osa-alue", "Arvio", "Huomio"),
            ("Aikataulu", "vihreä", ""),
            ("Henkilöstö", "keltainen", "kaksi rekrytointia auki"),
            ("Riskit", "vihreä", "riskienhallintasuunnitelma laadittu"),
        ],
    )
    d.add_heading("4 Rahoitus", level=2)
    d.add_paragraph(
        "Haettava valtionavustus on yhteensä 3 000 000 euroa. Hanke jatkaa Tulevaisuuden sote-keskus "
        "-ohjelman työtä, jossa kehitettiin palveluohjauksen perusta."
    )
    d.add_heading("5 Riskit", level=2)
    d.add_paragraph("-")
    _save(d, "d04_etela_pohjanmaa_hankesuunnitelma_2022.docx")


# --- d05: Kymenlaakso status report 2/2023 as PDF: two investments, letter lights, split table ---

D05_NAME = "Kymenlaakson Kestävän kasvun hanke"
D05 = [
    [
        "!TILANNERAPORTTI 2/2023 (raportointijakso 1.1.-30.6.2023)",
        "Hanke: Kymenlaakson Kestävän kasvun hanke   Hankenumero VN/4411/2022",
        "Tuensaaja: Kymenlaakson hyvinvointialue   Rahoittaja: STM",
        "Raportti hyväksytty ohjausryhmässä 29.8.2023",
        "Hankkeelle on myönnetty yhteensä 5 800 000 euroa. Hanke toimii Kotkassa, Kouvolassa ja Haminassa.",
        "Kaakkois-Suomen ammattikorkeakoulu (Xamk) arvioi investointien vaikutukset.",
        "",
        "!Investointi 1: Sote-keskuksen etäpalvelut",
        "Investoinnille myönnetty 2 100 000 euroa. Oirearviot tehdään Omaolossa.",
        "Tilannearvio (V = vihreä, K = keltainen, P = punainen; vihreä = suunnitelman mukaan):",
        "#Aikataulu|V|",
        "#Kustannukset|K|hankinnat viivästyivät syksyyn",
        "#Tuotosten laajuus|V|",
        "Tavoite: Etävastaanotto käytössä kaikilla terveysasemilla - Tila: toteutunut",
        "Tavoite: Digihoitajan chat auki myös iltaisin - Tila: kesken",
        "Kustannukset 2023 (€)",
        "#Kustannuslaji|Budjetti 2023|Toteuma 1-6/2023|Toteuma-%",
        "#Henkilöstökulut|420 000|205 300|49 %",
        "#Ohjelmistot|180 000|41 800|23 %",
        "#Laitteet|60 000|58 200|97 %",
        "#Yhteensä|660 000|305 300|46 %",
    ],
    [
        "!Investointi 3: Mielenterveyspalvelujen matala kynnys",
        "Investoinnille myönnetty 1 450 000 euroa. Pyhtään ja Virolahden asukkaat ohjataan",
        "Mielenterveystalon omahoito-ohjelmiin; Kela on mukana yhteisessä kuntoutuksen palveluohjauksessa.",
        "Tilannearvio (V = vihreä, K = keltainen, P = punainen):",
        "#Aikataulu|P|terapeuttien rekrytointi epäonnistui keväällä",
        "#Henkilöstö|P|",
        "#Hyödyt|V|",
        "Tavoite: Nuorten terapiaan pääsy alle kuukaudessa - Tila: siirtyy vuodelle 2024",
        "Tavoite: Matalan kynnyksen vastaanotto avataan Kouvolaan - Tila: toteutunut",
        "Kustannukset 2023 (€)",
        "#Kustannuslaji|Budjetti 2023|Toteuma 1-6/2023|Toteuma-%",
        "#Henkilöstökulut|390 000|122 900|32 %",
    ],
    [
        "(Investointi 3, kustannukset jatkuu)",
        "#Ostopalvelut|110 000|64 100|58 %",
        "#Viestintä|20 000|4 200|21 %",
        "#Yhteensä|520 000|191 200|37 %",
        "",
        "!Ohjausryhmän kannanotto",
        "Ohjausryhmä edellytti rekrytointisuunnitelmaa investoinnille 3 seuraavaan kokoukseen.",
    ],
]


def d05_kymenlaakso_tilanneraportti() -> None:
    """A PDF whose running header names the project on every page; a table split over pages."""
    _pdf(
        "d05_kymenlaakso_tilanneraportti_2023.pdf",
        D05,
        [40, 210, 320, 430],
        lambda n, total: [(40, f"Kymenlaakson hyvinvointialue | {D05_NAME} | Tilanneraportti 2/2023")],
        lambda n, total: [(500, f"Sivu {n}/{total}")],
    )


# --- d08: Ostrobothnia interim report of one sub-project 2024 as Swedish Word ---------------------


def d08_pohjanmaa_sv_delrapport() -> None:
    """A Swedish report about ONE delprojekt of a larger project, check-mark lights, forecast column."""
    d = _docx("Välfärdsområdet Österbotten", dt.datetime(2024, 8, 20, 9, 0, 0))
    d.add_paragraph("Välfärdsområdet Österbotten – Pohjanmaan hyvinvointialue")
    d.add_heading("Delrapport 1.1–30.6.2024", level=1)
    d.add_paragraph(
        "Rapporten gäller delprojekt 2: Mobila team på landsbygden, en del av projektet "
        "Framtidens vårdcentral i Österbotten (2023–2025) inom programmet Framtidens social- och "
        "hälsocentral. Rapportdatum 20.8.2024."
    )
    d.add_paragraph(
        "Delprojektet har beviljats 640 000 euro av projektets totala statsunderstöd på "
        "2 450 000 euro från social- och hälsovårdsministeriet. De mobila teamen kör i Korsholm, "
        "Malax, Pedersöre och Kristinestad; basen finns i Vasa. Yrkeshögskolan Novia utvärderar "
        "teamens verksamhet och Vasa stad lånar ut ett servicefordon. Kunderna gör symptombedömningen "
        "i Omaolo före besöket."
    )
    d.add_heading("Läget enligt indikator", level=2)
    d.add_paragraph("✔ = enligt plan, ✖ = avvikelse")
    _table(
        d,
        [
            ("Indikator", "Läge", "Kommentar"),
            ("Tidtabell", "✔", ""),
            ("Kostnader", "✔", ""),
            ("Personal", "✖", "två sjukskötare saknas i Kristinestad"),
            ("Nytta", "✔", ""),
        ],
    )
    d.add_heading("Mål och utfall", level=2)
    _table(
        d,
        [
            ("Mål", "Läge 30.6.2024"),
            ("Teamet besöker varje kommun minst två dagar i veckan", "uppnått"),
            ("Hälften av besöken ersätter en mottagningstid", "delvis uppnått"),
            ("Teamet utför även laboratorieprov", "skjuts upp till 2025"),
        ],
    )
    d.add_heading("Ekonomi för delprojekt 2 år 2024 (euro)", level=2)
    _table(
        d,
        [
            ("Kostnadsslag", "Budget 2024", "Utfall 1–6/2024", "Prognos 2024"),
            ("Personalkostnader", "210 000", "98 400", "205 000"),
            ("Fordon och utrustning", "40 000", "38 900", "38 900"),
            ("Resor", "12 000", "7 100", "13 500"),
            ("Totalt", "262 000", "144 400", "257 400"),
        ],
    )
    d.add_paragraph("Nästa rapport lämnas till styrgruppen i februari 2025.")
    _save(d, "d08_pohjanmaa_sv_delrapport_2024.docx")


# --- d11: Päijät-Häme final report of one sub-project 2025 as PDF, t€ with decimals, split table --

D11_PART = "Osahanke 4: Hyvinvointiteknologia kotihoidossa"
D11 = [
    [
        "!LOPPURAPORTTI",
        "Päijät-Hämeen Kestävän kasvun hanke 2022-2025",
        f"Tämä raportti koskee hankkeen osaa {D11_PART}.",
        "Raportointipäivä 14.2.2025   Hankeaika 1.1.2022-31.12.2024",
        "Rahoitus: sosiaali- ja terveysministeriö, Euroopan unionin elpymisväline",
        "",
        "!1. Tiivistelmä",
        "Osahankkeelle myönnettiin 1 320 000 euroa. Lääkemuistuttimet ja etäkäynnit otettiin",
        "käyttöön Lahdessa, Heinolassa, Hollolassa ja Orimattilassa. LAB-ammattikorkeakoulu",
        "teki vaikuttavuusarvioinnin. Asiakkaille lähetetään käyntimuistutukset Suomi.fi-viestien kautta.",
        "Käyttämättä jäänyt avustus, 58 460 euroa, palautetaan.",
        "",
        "!2. Arviot (OK = suunnitelman mukaan, HUOMIO = poikkeama)",
        "#Aikataulu|OK",
        "#Kustannukset|OK",
        "#Tuotosten laatu|HUOMIO",
        "#Riskit|OK",
        "",
        "!3. Tavoitteet",
        "1) Etäkäyntien osuus kotihoidon käynneistä nousee 25 prosenttiin",
        "   -> Saavutettiin (27 %)",
        "2) Lääkemuistutin käytössä 400 asiakkaalla",
        "   -> Saavutettiin osittain, 310 asiakasta",
    ],
    [
        "3) Kotihoidon työajasta vapautuu 10 % välittömään asiakastyöhön",
        "   -> Ei saavutettu",
        "",
        "!4. Talous (t€)",
        "#Kustannuslaji|Myönnetty t€|Toteutunut t€|Erotus t€",
        "#Henkilöstökustannukset|640,0|633,2|-6,8",
        "#Laitteet|420,0|385,5|-34,5",
    ],
    [
        "#Ohjelmistot ja lisenssit|210,0|196,8|-13,2",
        "#Koulutus|50,0|46,0|-4,0",
        "#Yhteensä|1 320,0|1 261,5|-58,5",
        "",
        "!5. Jatko",
        "Toiminta siirtyy kotihoidon perustoimintaan 1.1.2025.",
    ],
]


def d11_paijat_hame_loppuraportti() -> None:
    """A PDF about one sub-project, the part named in the running header, t€ with a decimal comma."""
    _pdf(
        "d11_paijat_hame_loppuraportti_osahanke_2025.pdf",
        D11,
        [40, 220, 330, 440],
        lambda n, total: [(40, f"Loppuraportti | {D11_PART}")],
        lambda n, total: [(480, f"sivu {n} ({total})")],
    )


# --- d17: West Uusimaa final report 2025 as Swedish PDF: two delprojekt, lights in sentences ------

D17_NAME = "Hållbar tillväxt i Västra Nyland"
D17 = [
    [
        "!SLUTRAPPORT",
        f"Projekt: {D17_NAME} (HTVN)",
        "Stödmottagare: Västra Nylands välfärdsområde   Finansiär: social- och hälsovårdsministeriet",
        "Projekttid 1.1.2022-31.12.2024   Rapporten godkänd 30.4.2025",
        "Projektet finansieras av Europeiska unionen - NextGenerationEU.",
        "Projektet beviljades 4 100 000 euro. Arbetet gjordes i Lojo, Raseborg, Ingå och Hangö,",
        "och i samarbete med Esbo stad kring jourhjälpen. Av understödet återbetalas 96 300 euro.",
        "",
        "!Delprojekt A: Digitala tjänster",
        "Tidtabellen höll och läget är grönt. Kostnaderna låg enligt plan (grön).",
        "Personalsituationen var gul under hela 2024 eftersom två utvecklare slutade.",
        "Mål: Chattjänsten öppen alla vardagar - uppnåddes",
        "Mål: Elektronisk tidsbokning till tandvården - uppnåddes inte",
        "Kostnader (euro)",
        "#Kostnadsslag|Budget|Utfall|Avvikelse",
        "#Personalkostnader|1 100 000|1 082 600|-17 400",
        "#Programvara|500 000|471 300|-28 700",
        "#Totalt|1 600 000|1 553 900|-46 100",
    ],
    [
        "!Delprojekt B: Vårdkedjor",
        "Tidtabellen är gul: vårdkedjan infördes ett halvår senare än planerat. Nyttan bedöms som grön.",
        "Arcada utbildade personalen i den nya vårdkedjan och HUS gav konsultationer",
        "via Kanta-tjänsterna.",
        "Mål: Gemensam vårdkedja för minnessjuka i alla kommuner - uppnåddes delvis",
        "Mål: Återinläggningar minskar med 15 % - uppnåddes",
        "Kostnader (euro)",
        "#Kostnadsslag|Budget|Utfall|Avvikelse",
        "#Personalkostnader|2 000 000|1 960 200|-39 800",
        "#Köpta tjänster|500 000|489 600|-10 400",
        "#Totalt|2 500 000|2 449 800|-50 200",
        "",
        "Färgskala: grön = enligt plan, gul = mindre avvikelse, röd = stor avvikelse.",
    ],
]


def d17_lansi_uusimaa_sv_slutrapport() -> None:
    """A Swedish PDF with two delprojekt, each with its own costs; lights given in sentences."""
    _pdf(
        "d17_lansi_uusimaa_sv_slutrapport_2025.pdf",
        D17,
        [40, 220, 330, 440],
        lambda n, total: [(40, "Västra Nylands välfärdsområde"), (400, "Slutrapport 2025")],
        lambda n, total: [(40, D17_NAME), (500, f"{n}/{total}")],
    )


def main() -> None:
    d04_etela_pohjanmaa_hankesuunnitelma()
    d05_kymenlaakso_tilanneraportti()
    d08_pohjanmaa_sv_delrapport()
    d11_paijat_hame_loppuraportti()
    d17_lansi_uusimaa_sv_slutrapport()


if __name__ == "__main__":
    main()
