"""Write the FIFTEENTH set's PDF and DOCX documents (test15, held out; invented text, see ../README.md).

test15/ was written blind in stop 33 by helper W12, who never read the ingest code; nobody
developing the ingest reads or runs it, this script included. Run with
``.venv/bin/python tests/ingest/corpus/generate/test15_binaries.py``; the outputs are committed.
Two runs give byte-identical files: reportlab's invariant mode for the PDFs, and the DOCX
packages rewritten with one fixed timestamp for every zip entry and fixed core properties.
"""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from collections.abc import Callable
from pathlib import Path

TEST15 = Path(__file__).resolve().parent.parent / "test15"
STAMP = (2026, 12, 5, 2, 0, 0)


def _pdf(
    name: str,
    pages: list[list[str]],
    columns: list[int],
    header: Callable | None = None,
    footer: Callable | None = None,
) -> None:
    """Pages of lines; "#" starts a table row of "|"-separated cells, "!" a bold heading."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas as pdfcanvas

    c = pdfcanvas.Canvas(str(TEST15 / name), pagesize=A4, invariant=1)
    _width, height = A4
    for number, page in enumerate(pages, start=1):
        c.setFont("Helvetica", 8)
        for x, text in header(number, len(pages)) if header else []:
            c.drawString(x, height - 28, text)
        for x, text in footer(number, len(pages)) if footer else []:
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


def _docx(author: str):
    import docx

    d = docx.Document()
    when = dt.datetime(2026, 12, 5, 2, 0, 0)
    d.core_properties.created = when
    d.core_properties.modified = when
    d.core_properties.last_printed = when
    d.core_properties.author = author
    d.core_properties.last_modified_by = author
    d.core_properties.revision = 1
    return d


def _save(d, name: str) -> None:
    """Save with every zip entry stamped alike, so two runs give the same bytes."""
    buffer = io.BytesIO()
    d.save(buffer)
    source = zipfile.ZipFile(io.BytesIO(buffer.getvalue()))
    with zipfile.ZipFile(TEST15 / name, "w", zipfile.ZIP_DEFLATED) as out:
        for item in sorted(source.infolist(), key=lambda i: (i.filename != "[Content_Types].xml", i.filename)):
            info = zipfile.ZipInfo(item.filename, date_time=STAMP)
            info.compress_type = zipfile.ZIP_DEFLATED
            out.writestr(info, source.read(item.filename))


def _table(d, rows: list[tuple[str, ...]], style: str | None = "Table Grid"):
    table = d.add_table(rows=0, cols=len(rows[0]))
    if style:
        table.style = style
    for row in rows:
        for cell, text in zip(table.add_row().cells, row, strict=True):
            cell.text = text
    return table


# --- f03: Swedish lägesrapport, DOCX (Pohjanmaa / Österbotten): a matrix of delprojekt x dimension ----
def f03_pohjanmaa_lagesrapport() -> None:
    d = _docx("Projektkontoret")
    d.add_heading("Lägesrapport 1/2024", 0)
    d.add_paragraph("Projekt: Österbottens projekt för hållbar tillväxt")
    d.add_paragraph("Välfärdsområde: Österbottens välfärdsområde")
    d.add_paragraph("Projekttid: 1.1.2022–31.12.2025     Datum: 15.3.2024")
    d.add_paragraph(
        "Projektet har beviljats 6 750 000 euro av social- och hälsovårdsministeriet ur EU:s facilitet för "
        "återhämtning och resiliens. Delprojekten genomförs i Vasa, Korsholm och Närpes."
    )
    d.add_heading("1 Bedömning per delprojekt", 1)
    d.add_paragraph("Skala: grön = enligt plan, gul = mindre avvikelse, röd = allvarlig avvikelse.")
    _table(
        d,
        [
            ("Dimension", "Delprojekt 1: Vårdgaranti", "Delprojekt 2: Hemvård på distans"),
            ("Tidtabell", "grön", "gul"),
            ("Kostnader", "grön", "grön"),
            ("Personal", "röd", "grön"),
            ("Nytta", "gul", "grön"),
        ],
    )
    d.add_heading("2 Mål", 1)
    _table(
        d,
        [
            ("Delprojekt", "Mål", "Läge"),
            ("1", "Vårdgaranti på sju dygn i hela området", "delvis uppnått"),
            ("2", "Distansbesök för 250 hemvårdsklienter", "uppnått"),
            ("2", "Nattpatrull ersätts av kameratillsyn", "skjuts till 2025"),
        ],
    )
    d.add_heading("3 Kostnader 2023 (euro)", 1)
    _table(
        d,
        [
            ("Delprojekt / kostnadsslag", "Budget 2023", "Utfall 2023", "Avvikelse"),
            ("Delprojekt 1: Vårdgaranti", "", "", ""),
            ("Personalkostnader", "512 000", "498 700", "-13 300"),
            ("Köpta tjänster", "96 000", "104 250", "8 250"),
            ("Summa", "608 000", "602 950", "-5 050"),
            ("Delprojekt 2: Hemvård på distans", "", "", ""),
            ("Personalkostnader", "230 000", "201 600", "-28 400"),
            ("IT-utrustning", "145 000", "151 900", "6 900"),
            ("Summa", "375 000", "353 500", "-21 500"),
        ],
    )
    d.add_heading("4 Samarbete", 1)
    d.add_paragraph(
        "Yrkeshögskolan Novia utvärderar distansbesöken. Korsholms kommun sköter installationerna i "
        "klienternas hem. Besöken dokumenteras i Kanta."
    )
    d.add_paragraph("Ett belopp om 80 000 euro återbetalas efter projektets slut enligt prognosen.")
    _save(d, "f03_pohjanmaa_lagesrapport_sv_2024.docx")


# --- f04: project plan 2022, DOCX (Kymenlaakso): estimate columns per year, readiness words -----------
def f04_kymenlaakso_hankesuunnitelma() -> None:
    d = _docx("Kymenlaakson hyvinvointialue")
    d.add_heading("Hankesuunnitelma: Kymenlaakson kotona asumisen tuki", 0)
    d.add_paragraph("Kestävän kasvun Suomi -ohjelma, haku 2022 · Päivätty 30.9.2022")
    _table(
        d,
        [
            ("Hakija", "Kymenlaakson hyvinvointialue"),
            ("Hankkeen kesto", "1.1.2023–31.12.2025"),
            ("Haettava valtionavustus", "1 720 000 €"),
            ("Omarahoitus", "191 000 €"),
            ("Toteutusalue", "Kotka, Kouvola, Hamina ja Miehikkälä"),
        ],
        style=None,
    )
    d.add_heading("1 Tavoitteet", 1)
    for goal in (
        "Kotona asuvien 75 vuotta täyttäneiden osuus kasvaa",
        "Kotihoidon käyntiajasta 60 % välitöntä asiakastyötä",
        "Omaishoitajien vapaat toteutuvat kaikille",
    ):
        d.add_paragraph(goal, style="List Bullet")
    d.add_heading("2 Toteuttajat ja yhteistyö", 1)
    d.add_paragraph(
        "Kaakkois-Suomen ammattikorkeakoulu Xamk tekee kotihoidon toiminta-analyysin. Kouvolan kaupungin "
        "liikuntapalvelut järjestävät kotikuntoutuksen ryhmät. Asiakkaan tiedot kirjataan Kanta-palveluihin."
    )
    d.add_heading("3 Valmius käynnistää (lähtötilanteen arvio)", 1)
    _table(
        d,
        [
            ("Osa-alue", "Arvio"),
            ("Aikataulu", "kunnossa"),
            ("Kustannukset", "kunnossa"),
            ("Henkilöstö", "vaatii toimia"),
            ("Riskit", "vaatii toimia"),
        ],
    )
    d.add_heading("4 Kustannusarvio (€)", 1)
    _table(
        d,
        [
            ("Kustannuslaji", "2023", "2024", "2025", "Yhteensä"),
            ("Henkilöstökustannukset", "410 000", "455 000", "420 000", "1 285 000"),
            ("Palvelujen ostot", "120 000", "180 000", "90 000", "390 000"),
            ("Laitteet", "160 000", "40 000", "0", "200 000"),
            ("Matkat", "12 000", "14 000", "10 000", "36 000"),
            ("Yhteensä", "702 000", "689 000", "520 000", "1 911 000"),
        ],
    )
    d.add_paragraph("Riskit: rekrytointien onnistuminen, laitetoimitukset.")
    _save(d, "f04_kymenlaakso_hankesuunnitelma_2022.docx")


# --- f07: interim report PDF (Satakunta): ratings as words, cost table split over two pages -----------
def f07_satakunta_valiraportti() -> None:
    def head(n: int, total: int) -> list[tuple[int, str]]:
        return [(40, "Satakunnan hyvinvointialue  |  Väliraportti 2024"), (500, f"{n}/{total}")]

    def foot(n: int, total: int) -> list[tuple[int, str]]:
        return [(40, "Sataslaatu-hanke, Osakokonaisuus 3: Lasten ja nuorten mielenterveys")]

    page1 = [
        "!Väliraportti ajalta 1.1.–31.12.2024",
        "Hanke: Satakunnan sote-palveluiden saatavuushanke (Sataslaatu-hanke)",
        "Raportoitava osakokonaisuus: Osakokonaisuus 3: Lasten ja nuorten mielenterveys",
        "Hankeaika 1.1.2022–31.12.2025. Myönnetty avustus koko hankkeelle 5 480 000 euroa,",
        "osakokonaisuudelle 3 yhteensä 1 240 000 euroa. Raportti päivätty 14.2.2025.",
        "Toteutus Porissa, Raumalla ja Kankaanpäässä. Satakunnan ammattikorkeakoulu (SAMK) kouluttaa",
        "koulujen työntekijät IPC-menetelmään. Nuoret ohjataan Mielenterveystalon nettiterapioihin.",
        "",
        "!1 Tilannearvio",
        "Arvot: hyvä = suunnitelman mukainen, tarkkailtava = lievä poikkeama, kriittinen = vakava poikkeama",
        "#Aikataulu|hyvä",
        "#Kustannukset|tarkkailtava",
        "#Tuotosten laajuus|hyvä",
        "#Henkilöstö|hyvä",
        "#Riskit|kriittinen",
        "",
        "!2 Tavoitteet",
        "#Nuorten hoitoon pääsy alle 3 viikkoa|saavutettu",
        "#IPC-ohjaajia jokaisessa yläkoulussa|osittain (14/20 koulua)",
        "#Lastensuojelun sijoitukset vähenevät|ei voida vielä arvioida",
        "",
        "!3 Kustannukset 2024 (euroa)",
        "#Kustannuslaji|Budjetti 2024|Toteutunut 2024|Ennuste 2025",
        "#Omat henkilöstökulut|402 000|388 560|410 000",
        "#Asiantuntijapalvelut|58 000|71 240|40 000",
    ]
    page2 = [
        "!3 Kustannukset 2024 (euroa), jatkuu",
        "#Kustannuslaji|Budjetti 2024|Toteutunut 2024|Ennuste 2025",
        "#Matkakulut|9 000|4 120|8 000",
        "#Materiaalit|6 000|7 300|5 000",
        "#Yhteensä|475 000|471 220|463 000",
        "",
        "Osakokonaisuudelle haetaan 25 000 euron lisäystä materiaalikuluihin.",
    ]
    _pdf("f07_satakunta_valiraportti_2025.pdf", [page1, page2], [40, 260, 370, 470], head, foot)


# --- f11: final report PDF (Pirkanmaa): rating now beside the previous one with an arrow --------------
def f11_pirkanmaa_loppuraportti() -> None:
    def head(n: int, total: int) -> list[tuple[int, str]]:
        return [(40, "PIRKANMAAN HYVINVOINTIALUE"), (460, f"Sivu {n} ({total})")]

    page1 = [
        "!LOPPURAPORTTI – Pirkanmaan Tulevaisuuden sote-keskus -hanke",
        "Hankeaika 1.1.2022–31.12.2023          Päiväys 29.2.2024",
        "Rahoittaja: Sosiaali- ja terveysministeriö, valtionavustus 3 120 000 euroa.",
        "Toteutus: Tampere, Nokia, Kangasala, Ylöjärvi.",
        "Tampereen ammattikorkeakoulu (TAMK) toteutti asiakasraadit ja arvioinnin.",
        "Palvelut koottiin Palvelutietovarantoon ja ajanvaraus Omaoloon.",
        "",
        "!Mittariston muutos (edellinen raportti 9/2023 -> loppu 12/2023)",
        "Värit: vihreä = tavoitteessa, keltainen tai punainen = poikkeama",
        "#Aikataulu|keltainen -> vihreä",
        "#Kustannukset|vihreä -> vihreä",
        "#Tuotosten laatu|vihreä -> keltainen",
        "#Hyödyt|punainen -> keltainen",
        "",
        "!Tavoitteiden toteutuminen",
        "#Sote-keskuksen palveluohjaus yhdellä numerolla|Toteutui",
        "#Asiakaspalaute vähintään 4,2|Toteutui osittain (4,0)",
        "#Lääkärin kiireetön vastaanotto 14 vrk|Jäi kesken",
    ]
    page2 = [
        "!Talous 1.1.2022–31.12.2023 (1 000 €)",
        "#Kustannuslaji|Myönnetty|Toteuma|Käyttö-%",
        "#Henkilöstökulut|2 240|2 198|98",
        "#Palvelujen ostot|610|575|94",
        "#Ohjelmistot|180|151|84",
        "#Muut kulut|90|62|69",
        "#Yhteensä|3 120|2 986|96",
        "",
        "Valtionavustusta palautetaan 134 000 euroa.",
    ]
    _pdf("f11_pirkanmaa_loppuraportti_2024.pdf", [page1, page2], [40, 300, 390, 470], head)


# --- f12: final report DOCX (Lappi): yes/no questions per dimension, two investments' columns ---------
def f12_lappi_loppuraportti() -> None:
    d = _docx("Lapin hyvinvointialue")
    d.add_heading("Lapin Kestävän kasvun hanke – loppuraportti", 0)
    d.add_paragraph("Investointi 2: Etäpalvelut harvaan asutulle alueelle")
    d.add_paragraph("Hankeaika 1.1.2022–31.12.2025 · Raportti 30.6.2025")
    d.add_paragraph(
        "Lapin Kestävän kasvun hankkeelle myönnettiin 7 800 000 euroa, josta investoinnille 2 osoitettiin "
        "2 100 000 euroa. Etäpalveluja kokeiltiin Rovaniemellä, Torniossa, Sallassa ja Enontekiöllä. "
        "Lapin ammattikorkeakoulu arvioi etävastaanottojen vaikuttavuuden, ja DigiFinland toimitti "
        "chat-alustan. Asiakkaat tunnistautuvat Suomi.fi-tunnistuksella."
    )
    d.add_heading("Toteutuiko suunnitelma?", 1)
    _table(
        d,
        [
            ("Kysymys", "Vastaus"),
            ("Pysyikö investointi aikataulussa?", "Kyllä"),
            ("Pysyivätkö kustannukset budjetissa?", "Ei"),
            ("Oliko henkilöstöä riittävästi?", "Kyllä"),
            ("Toteutuivatko tuotokset laajuudeltaan?", "Ei"),
            ("Syntyivätkö odotetut hyödyt?", "Kyllä"),
        ],
    )
    d.add_heading("Tavoitteet", 1)
    _table(
        d,
        [
            ("Tavoite", "Arvio"),
            ("Etävastaanotto kaikissa kunnissa", "Saavutettiin"),
            ("Matkakorvauskulut laskevat 20 %", "Saavutettiin osittain (-12 %)"),
            ("Liikkuva laboratorio Käsivarteen", "Ei toteutunut"),
        ],
    )
    d.add_heading("Kustannukset koko hankeajalta (€)", 1)
    _table(
        d,
        [
            ("Kustannuslaji", "Kustannusarvio", "Toteutunut", "Ero"),
            ("Palkat", "1 120 000,00", "1 098 420,00", "-21 580,00"),
            ("Laitteet ja ohjelmistot", "640 000,00", "702 880,00", "62 880,00"),
            ("Palveluostot", "290 000,00", "281 000,00", "-9 000,00"),
            ("Matkat", "50 000,00", "39 700,00", "-10 300,00"),
            ("Yhteensä", "2 100 000,00", "2 122 000,00", "22 000,00"),
        ],
    )
    d.add_paragraph("Ylitys 22 000 euroa katettiin hyvinvointialueen omalla rahoituksella.")
    _save(d, "f12_lappi_loppuraportti_2025.docx")


def main() -> None:
    TEST15.mkdir(exist_ok=True)
    f03_pohjanmaa_lagesrapport()
    f04_kymenlaakso_hankesuunnitelma()
    f07_satakunta_valiraportti()
    f11_pirkanmaa_loppuraportti()
    f12_lappi_loppuraportti()


if __name__ == "__main__":
    main()
