"""Write the FOURTH held-out set's PDF and DOCX documents (invented text, see ../README.md).

test4/ is held out: it was written blind on 2026-12-03 by an author who never read the
ingest code, and nobody developing the ingest reads or runs it, this script included.
Run with ``.venv/bin/python tests/ingest/corpus/generate/test4_binaries.py``; the outputs
are committed, so the script is needed only to change them. Every file comes out byte for
byte the same on every run: the PDFs through reportlab's invariant mode, the DOCX files
by fixing their core properties and rewriting their zip entries with one fixed time.
"""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

TEST4 = Path(__file__).resolve().parent.parent / "test4"
#: The time stamped on every zip entry of a DOCX (a zip cannot hold dates before 1980).
ZIP_TIME = (2026, 12, 3, 12, 0, 0)

Running = Callable[[int, int], list[tuple[int, str]]]


def _pdf(
    name: str,
    pages: list[list[str]],
    columns: list[int],
    header: Running | None = None,
    footer: Running | None = None,
    title_size: int = 11,
) -> None:
    """Pages of text lines; a line starting with "#" is a table row of "|"-separated cells
    set at ``columns``; "!" starts a bold heading, "%" a large slide title. ``header`` and
    ``footer`` give each page's running lines from (page number, page count)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas as pdfcanvas

    c = pdfcanvas.Canvas(str(TEST4 / name), pagesize=A4, invariant=1)
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
                c.setFont("Helvetica-Bold", title_size)
                c.drawString(40, y, line[1:])
            elif line.startswith("%"):
                c.setFont("Helvetica-Bold", 20)
                c.drawString(40, y, line[1:])
                y -= 12
            else:
                c.setFont("Helvetica", 10)
                c.drawString(40, y, line)
            y -= 14
        c.showPage()
    c.save()


def _docx(created: dt.datetime, author: str) -> Any:
    import docx

    d = docx.Document()
    props = d.core_properties
    props.created = created
    props.modified = created
    props.last_printed = created
    props.author = author
    props.last_modified_by = author
    props.revision = 1
    return d


def _table(d: Any, header: list[str] | None, rows: list[tuple[str, ...]], style: str | None = "Table Grid") -> Any:
    width = len(header) if header else len(rows[0])
    table = d.add_table(rows=0, cols=width)
    if style:
        table.style = style
    for row in ([tuple(header)] if header else []) + rows:
        for cell, text in zip(table.add_row().cells, row, strict=True):
            cell.text = text
    return table


def _save_docx(d: Any, name: str) -> None:
    """Save with every zip entry stamped ZIP_TIME, so that a rerun gives the same bytes."""
    buffer = io.BytesIO()
    d.save(buffer)
    source = zipfile.ZipFile(io.BytesIO(buffer.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            info = zipfile.ZipInfo(item.filename, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            target.writestr(info, source.read(item.filename))
    (TEST4 / name).write_bytes(out.getvalue())


# --- w01: an Innokylä toimintamalli page printed from a browser, PDF (Kainuu) ---------------


def w01_kainuu_toimintamalli_tuloste() -> None:
    """The whole toimintamalli page printed: print time and page title as the running
    header, address and "n/N" as the footer, the field labels on their own lines, the
    funder as a programme, section headings ending in " **", THL named only as a source."""
    url = "https://innokyla.fi/fi/toimintamalli/kotikuntoutuksen-etaohjaus-kainuussa"

    def header(_n: int, _total: int) -> list[tuple[int, str]]:
        return [(30, "2.12.2024 9.47"), (230, "Kotikuntoutuksen etäohjaus Kainuussa | Innokylä")]

    def footer(n: int, total: int) -> list[tuple[int, str]]:
        return [(30, url), (540, f"{n}/{total}")]

    pages = [
        [
            "Siirry pääsisältöön",
            "Innokylä   Toimintamallit   Kokonaisuudet   Ajankohtaista   Kirjaudu",
            "Etusivu / Toimintamallit / Kotikuntoutuksen etäohjaus Kainuussa",
            "!Kotikuntoutuksen etäohjaus Kainuussa",
            "Kotiin annettava kuntoutus toteutetaan osin videoyhteydellä: fysioterapeutti ohjaa",
            "harjoitteet kuvapuhelussa ja käy kotona vain, kun etäohjaus ei riitä.",
            "Perustiedot",
            "Toimintamallin nimi",
            "Kotikuntoutuksen etäohjaus Kainuussa",
            "Toimintamallin lyhyt kuvaus",
            "Kotiin annettava kuntoutus toteutetaan osin videoyhteydellä: fysioterapeutti ohjaa",
            "harjoitteet kuvapuhelussa ja käy kotona vain, kun etäohjaus ei riitä.",
            "Toteutuspaikka",
            "Kotikuntoutus Kajaanissa, Sotkamossa ja Kuhmossa",
            "Paikkakunta, maakunta tai hyvinvointialue",
            "Kainuun hyvinvointialue",
            "Toimintamallin rahoittaja",
            "Suomen kestävän kasvun ohjelma (EU:n elpymisväline NextGenerationEU)",
            "Toimintamallin kokonaisuus",
            "Kainuun Kestävän kasvun hanke 2022-2025",
            "Tekijä",
            "Riikka Väyrynen",
            "Luotu",
            "14.02.2023",
            "Viimeksi muokattu",
            "21.11.2024",
            "!Ratkaisun perusidea **",
            "Kotikuntoutuksen asiakas saa tabletin ja ohjauksen sen käyttöön. Toimintamallin",
            "tavoitteena on, että",
            "- puolet kotikuntoutuksen ohjauskerroista tehdään etäyhteydellä",
            "- asiakkaan odotus kotikuntoutuksen alkuun lyhenee alle kahteen viikkoon",
            "- fysioterapeuttien ajomatkat vähenevät neljänneksellä",
        ],
        [
            "Asiakas täyttää ennen ensikäyntiä toimintakykykyselyn Omaolossa, ja",
            "fysioterapeutti kirjaa etäohjauksen Kanta-palveluihin kuten kotikäynnin.",
            "!Toimintaympäristö **",
            "Kainuussa välimatkat ovat pitkiä: THL:n tilastojen mukaan yli 75-vuotiaiden osuus",
            "väestöstä kasvaa alueella maan keskiarvoa nopeammin. Kotikuntoutus toimii kolmesta",
            "toimipisteestä.",
            "!Toimivuuden ja käyttöönoton ehdot **",
            "Toimiva mobiiliverkko asiakkaan kotona ja videopalvelu, jonka kotikuntoutuksen",
            "tiimi saa käyttöön hyvinvointialueen ICT-palveluista. Kajaanin",
            "ammattikorkeakoulu arvioi mallin vaikutuksia opinnäytetöissä vuonna 2024.",
            "!Resurssit ja kustannukset **",
            "-",
            "Liitteet",
            "Ei liitteitä",
            "Toimintamallit   Kokonaisuudet   Tietoa palvelusta   Saavutettavuusseloste",
        ],
    ]
    _pdf("w01_kainuu_toimintamalli_tuloste_2024.pdf", pages, [40], header, footer)


# --- w04: a project plan with an estimate table per year, merged header cells, DOCX (Etelä-Savo)


def w04_etela_savo_hankesuunnitelma() -> None:
    """A plan for the years 2023–2025: investments as numbered headings, a cost estimate
    table whose merged header cell spans the years (one column per year and a total),
    a risk table, the sum applied for in prose, and Kela named as outside the project."""
    d = _docx(dt.datetime(2022, 10, 27, 9, 0, 0), "Etelä-Savon hyvinvointialue / hankevalmistelu")
    d.add_paragraph("Etelä-Savon hyvinvointialue")
    d.add_paragraph("HANKESUUNNITELMA – valtionavustushaku 2022 (avustuskausi 2023–2025)")
    d.add_heading("Saatavuus kuntoon Etelä-Savossa", level=0)
    d.add_paragraph("Suomen kestävän kasvun ohjelma, pilari 4 – sosiaali- ja terveydenhuollon saatavuus")
    d.add_paragraph("Päivämäärä 27.10.2022 · Versio 1.3 · Valmistelija: hankevalmistelija Ville Hämäläinen")
    d.add_heading("1 Hankkeen tausta", level=1)
    d.add_paragraph(
        "Hanke jatkaa vuonna 2022 aloitettua työtä koko maakunnassa. Hoitoonpääsyn viiveet ovat pisimpiä "
        "Savonlinnan ja Pieksämäen seuduilla, ja Mikkelissä mielenterveyspalvelujen jonot ovat kasvaneet."
    )
    d.add_heading("2 Investoinnit ja tavoitteet", level=1)
    d.add_heading("Investointi 1: Hoitotakuun tukeminen", level=2)
    d.add_paragraph("Tavoite 1.1 Kiireettömän hoidon jonot puretaan kaikilla terveysasemilla vuoden 2024 loppuun mennessä.")
    d.add_paragraph("Tavoite 1.2 Ensikontakti hoidetaan digitaalisesti Omaolon oirearvion avulla.")
    d.add_paragraph("Investoinnin 1 kustannusarvio on 1 520 000 euroa.")
    d.add_heading("Investointi 2: Ennaltaehkäisevä mielenterveystyö", level=2)
    d.add_paragraph("Tavoite 2.1 Nuorille tarjotaan lyhytterapeuttisia interventioita matalalla kynnyksellä.")
    d.add_paragraph("Investoinnin 2 kustannusarvio on 960 000 euroa.")
    d.add_heading("Investointi 4: Digitaaliset palvelut", level=2)
    d.add_paragraph(
        "Tavoite 4.1 Asiakas näkee hoitosuunnitelmansa Kanta-palvelujen OmaKannasta. "
        "Integraation toteuttaa DigiFinland Oy, jonka kanssa tehdään palvelusopimus."
    )
    d.add_paragraph("Investoinnin 4 kustannusarvio on 1 000 000 euroa.")
    d.add_paragraph(
        "Kelan kuntoutuspalvelut ja työterveyshuolto eivät kuulu hankkeen piiriin, eikä niitä kehitetä hankkeessa."
    )
    d.add_heading("3 Kustannusarvio", level=1)
    d.add_paragraph("Taulukko 1. Hankkeen kustannusarvio kustannuslajeittain ja vuosittain (€)")
    table = _table(
        d,
        ["Kustannuslaji", "Kustannusarvio vuosittain (€)", "", "", "Yhteensä"],
        [
            ("", "2023", "2024", "2025", ""),
            ("Henkilöstökulut", "520 000", "610 000", "350 000", "1 480 000"),
            ("Palvelujen ostot", "300 000", "640 000", "420 000", "1 360 000"),
            ("Ohjelmistot", "120 000", "260 000", "60 000", "440 000"),
            ("Matkakulut", "60 000", "80 000", "60 000", "200 000"),
            ("Yhteensä", "1 000 000", "1 590 000", "890 000", "3 480 000"),
        ],
    )
    top = table.rows[0].cells
    top[1].merge(top[3])
    table.rows[0].cells[0].merge(table.rows[1].cells[0])
    table.rows[0].cells[4].merge(table.rows[1].cells[4])
    d.add_paragraph("Haettava valtionavustus on yhteensä 3 480 000 euroa; omarahoitusosuutta ei edellytetä.")
    d.add_heading("4 Riskit", level=1)
    _table(
        d,
        ["Riski", "Todennäköisyys", "Vaikutus", "Hallintakeino"],
        [
            ("Rekrytoinnit viivästyvät", "suuri", "keskisuuri", "ostopalvelut ja sijaisuudet"),
            ("Integraation toimitus viivästyy", "keskisuuri", "suuri", "vaiheistus ja varasuunnitelma"),
        ],
    )
    d.add_heading("5 Arviointi", level=1)
    d.add_paragraph("-")
    _save_docx(d, "w04_etela_savo_hankesuunnitelma_vuosittain_2022.docx")


# --- w07: an interim report with lights as percentages and colour words, PDF (Kanta-Häme) ----


def w07_kanta_hame_valiraportti() -> None:
    """Running header and "Sivu n (N)" footer, lights as "NN % (colour)" after dotted
    leaders, goal table Tavoite / Tilanne 30.6.2023, an annual table Suunniteltu /
    Toteutunut / Ennuste with "€" after each amount and a category label broken in two."""

    def header(_n: int, _total: int) -> list[tuple[int, str]]:
        return [(40, "Kanta-Hämeen hyvinvointialue"), (300, "VÄLIRAPORTTI 1.1.-30.6.2023"), (480, "Julkinen")]

    def footer(n: int, total: int) -> list[tuple[int, str]]:
        return [(40, "Kestävän kasvun Kanta-Häme / Investointi 2"), (500, f"Sivu {n} ({total})")]

    pages = [
        [
            "!Väliraportti: Kestävän kasvun Kanta-Häme",
            "Investointi 2: Mielenterveys- ja päihdepalvelujen saatavuus",
            "Raportointikausi 1.1.-30.6.2023, päivätty 14.8.2023",
            "Rahoittaja: sosiaali- ja terveysministeriö, Suomen kestävän kasvun ohjelma (EU:n",
            "elpymis- ja palautumistukiväline RRF)",
            "Investoinnille myönnettiin 1 240 000 euroa vuosille 2023-2025.",
            "",
            "!1 Etenemisen arvio",
            "Arvio on osa-alueittain prosentteina suunnitellusta ja värinä (vihreä = suunnitelman",
            "mukaan, keltainen = lievä poikkeama, punainen = vakava poikkeama).",
            "Aikataulu ............................. 95 % (vihreä)",
            "Kustannukset ......................... 70 % (keltainen)",
            "Tuotosten laatu ...................... 100 % (vihreä)",
            "Tuotosten laajuus .................... 90 % (vihreä)",
            "Henkilöstö ........................... 100 % (vihreä)",
            "Riskit ............................... 60 % (punainen)",
            "Hyödyt ............................... 85 % (vihreä)",
            "Kokonaisvalmiusaste 35 %",
            "",
            "!2 Tavoitteet",
            "#Tavoite|Tilanne 30.6.2023",
            "#Matalan kynnyksen mielenterveysvastaanotto aukeaa|Toteutunut",
            "#Hämeenlinnaan ja Riihimäelle|",
            "#Päihdeasiakkaiden hoitoon pääsy nopeutuu|Kesken",
            "#Forssan seudun nuorille digitaalinen terapiaohjelma|Siirretty syksyyn 2023",
        ],
        [
            "!3 Yhteistyö",
            "Nuorten digitaaliset terapiaohjelmat hankitaan HUSin ylläpitämästä",
            "Mielenterveystalosta. Hämeen ammattikorkeakoulu (HAMK) kouluttaa vastaanoton",
            "työntekijät. Sitran raporttia mielenterveyden kustannuksista käytettiin taustana.",
            "",
            "!4 Talous vuonna 2023",
            "#Kustannuslaji|Suunniteltu 2023|Toteutunut 1-6/2023|Ennuste 2023",
            "#Omat henkilöstö-|310 000 €|142 600 €|300 000 €",
            "#kustannukset|||",
            "#Asiantuntija-|90 000 €|12 400 €|60 000 €",
            "#palvelut|||",
            "#Matkakulut|8 000 €|2 150 €|6 000 €",
            "#Yhteensä|408 000 €|157 150 €|366 000 €",
            "",
            "!5 Seuraava raportointikausi",
            "Vastaanoton aukioloa laajennetaan iltoihin syyskuusta alkaen.",
        ],
    ]
    _pdf("w07_kanta_hame_valiraportti_prosenttivalot_2023.pdf", pages, [40, 290, 380, 480], header, footer)


# --- w08: a steering group's meeting memo, DOCX with merged cells (Varsinais-Suomi) ---------


def w08_varsinais_suomi_ohjausryhma() -> None:
    """Ohjausryhmän muistio: attendees with their organisations, lights as ✓ / ! with a
    legend, goal table with "saavutettu osittain", one cost table holding two investments
    under merged group rows, decisions as numbered items."""
    d = _docx(dt.datetime(2025, 4, 10, 15, 30, 0), "Hankesihteeri")
    d.add_paragraph("Varsinais-Suomen hyvinvointialue                         MUISTIO")
    d.add_heading("Lähellä sinua – Varsinais-Suomen RRF-hanke: ohjausryhmän kokous 2/2025", level=1)
    _table(
        d,
        None,
        [
            ("Aika", "10.4.2025 klo 13.00–14.30"),
            ("Paikka", "Teams"),
            ("Läsnä", "Mari Salonen (pj.), Varsinais-Suomen hyvinvointialue\nJukka Aalto, Salon kaupunki\n"
             "Emilia Virta, Turun ammattikorkeakoulu\nOlli Rantanen, hankepäällikkö (sihteeri)"),
        ],
    )
    d.add_heading("1 Kokouksen avaus ja asialistan hyväksyminen", level=2)
    d.add_paragraph("Puheenjohtaja avasi kokouksen. Asialista hyväksyttiin.")
    d.add_heading("2 Hankkeen tilannekatsaus", level=2)
    d.add_paragraph(
        "Hankepäällikkö esitteli tilanteen 31.3.2025. Hanke päättyy 31.12.2025. Valmiusaste 80 %. "
        "Kanta-liittymän testaus siirtyi huhtikuulle; DigiFinlandin kanssa sovittiin Omaolon "
        "oirearvioiden uudesta julkaisuaikataulusta."
    )
    lights = _table(
        d,
        ["Liikennevalot", "", ""],
        [
            ("Osa-alue", "Arvio", "Kommentti"),
            ("Aikataulu", "!", "Kanta-testaus viivästyi"),
            ("Kustannukset", "✓", ""),
            ("Tuotosten laatu", "✓", ""),
            ("Tuotosten laajuus", "!", "etävastaanotto yhdellä paikkakunnalla vähemmän"),
            ("Henkilöstö", "✓", ""),
            ("Riskit", "✓", ""),
            ("Hyödyt", "✓", ""),
        ],
    )
    lights.rows[0].cells[0].merge(lights.rows[0].cells[2])
    d.add_paragraph("Symbolit: ✓ = suunnitelman mukaan, ! = poikkeama suunnitelmasta.")
    d.add_heading("3 Tavoitteiden tila", level=2)
    _table(
        d,
        ["Tavoite", "Tila 31.3.2025"],
        [
            ("Hoitotakuun seitsemän päivän raja toteutuu Turussa ja Salossa", "saavutettu"),
            ("Digitaalisen ajanvarauksen käyttöaste nousee 40 prosenttiin", "saavutettu osittain (32 %)"),
            ("Uudenkaupungin etävastaanotto vakiintuu pysyväksi", "ei saavutettu"),
        ],
    )
    d.add_heading("4 Talous 31.3.2025 (kertymä hankkeen alusta)", level=2)
    costs = _table(
        d,
        ["Kustannuslaji", "Budjetti", "Toteutunut", "Käyttöaste"],
        [
            ("Investointi 1: Hoitoon pääsyn nopeuttaminen", "", "", ""),
            ("Palvelujen ostot", "640 000 €", "512 300 €", "80 %"),
            ("Omat henkilöstökustannukset", "910 000 €", "801 450 €", "88 %"),
            ("Yhteensä", "1 550 000 €", "1 313 750 €", "85 %"),
            ("Investointi 3: Digitaalinen asiointi", "", "", ""),
            ("Ohjelmistot", "300 000 €", "276 000 €", "92 %"),
            ("Asiantuntijapalvelut", "150 000 €", "97 500 €", "65 %"),
            ("Yhteensä", "450 000 €", "373 500 €", "83 %"),
        ],
    )
    for row in (1, 5):
        costs.rows[row].cells[0].merge(costs.rows[row].cells[3])
    d.add_heading("5 Päätökset", level=2)
    d.add_paragraph("1. Ohjausryhmä merkitsi tilannekatsauksen tiedoksi.")
    d.add_paragraph("2. Uudenkaupungin etävastaanoton jatkosta päätetään seuraavassa kokouksessa.")
    d.add_paragraph("Seuraava kokous 12.6.2025. Muistion vakuudeksi Olli Rantanen.")
    _save_docx(d, "w08_varsinais_suomi_ohjausryhman_muistio_2025.docx")
