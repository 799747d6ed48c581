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


def _table(
    d: Any, header: list[str] | None, rows: list[tuple[str, ...]], style: str | None = "Table Grid"
) -> Any:
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
    d.add_paragraph(
        "Tavoite 1.1 Kiireettömän hoidon jonot puretaan kaikilla terveysasemilla vuoden 2024 loppuun mennessä."
    )
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
            (
                "Läsnä",
                "Mari Salonen (pj.), Varsinais-Suomen hyvinvointialue\nJukka Aalto, Salon kaupunki\n"
                "Emilia Virta, Turun ammattikorkeakoulu\nOlli Rantanen, hankepäällikkö (sihteeri)",
            ),
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


# --- w11: a Swedish final report, PDF (Pohjanmaa / Österbotten) -----------------------------


def w11_pohjanmaa_slutrapport() -> None:
    """Swedish headings (Grunduppgifter, Trafikljus, Mål och utfall, Ekonomi), lights in a
    three-column table with a comment, goals "Uppnåddes delvis" / "Avbröts", Beviljat /
    Utfall / Avvikelse / Utnyttjandegrad % in "1 120 000,00", the returned sum in prose."""

    def header(_n: int, _total: int) -> list[tuple[int, str]]:
        return [(40, "Österbottens välfärdsområde"), (400, "SLUTRAPPORT 2025")]

    def footer(n: int, total: int) -> list[tuple[int, str]]:
        return [(40, "Närmare vård i Österbotten"), (520, f"Sida {n}/{total}")]

    pages = [
        [
            "!Slutrapport: Närmare vård i Österbotten",
            "",
            "!1 Grunduppgifter",
            "Projektets namn: Närmare vård i Österbotten",
            "Huvudman: Österbottens välfärdsområde",
            "Projekttid: 1.1.2023-30.6.2025",
            "Finansiär: Social- och hälsovårdsministeriet (SHM), programmet för hållbar tillväxt i",
            "Finland (EU:s facilitet för återhämtning och resiliens, RRF)",
            "Datum: 15.9.2025",
            "",
            "!2 Trafikljus vid projektets slut",
            "#Område|Bedömning|Kommentar",
            "#Tidsplan|grön|",
            "#Kostnader|grön|",
            "#Resultatens kvalitet|gul|chattens svarstider varierade",
            "#Resultatens omfattning|grön|",
            "#Personal|röd|tre vakanser under hösten 2024",
            "#Risker|grön|",
            "#Nytta|grön|",
            "Grön = enligt plan, gul = mindre avvikelse, röd = betydande avvikelse.",
            "",
            "!3 Mål och utfall",
            "#Mål|Utfall",
            "#Mobila team besöker äldre i Närpes och Kristinestad varje vecka|Uppnåddes",
            "#Väntetiden till icke-brådskande vård i Vasa kortas till sju dygn|Uppnåddes delvis",
            "#Digital servicehandledning på svenska och finska i Jakobstad|Uppnåddes inte",
            "#Gemensam kundregistrering i Korsholm|Avbröts (oavslutat)",
        ],
        [
            "!4 Samarbete",
            "Yrkeshögskolan Novia utvärderade de mobila teamen. Symtombedömningen gjordes i",
            "Omaolo och besöken dokumenterades i Kanta-tjänsterna. En studie från Åbo Akademi",
            "(2021) användes som bakgrund för planeringen. Klienternas taxiresor till",
            "mottagningarna ersattes via FPA:s direktersättning.",
            "",
            "!5 Ekonomi (kumulativt, euro)",
            "#Kostnadsslag|Beviljat|Utfall|Avvikelse|Utnyttjandegrad %",
            "#Egna personalkostnader|1 120 000,00|1 098 300,00|-21 700,00|98",
            "#Köp av tjänster|460 000,00|446 500,00|-13 500,00|97",
            "#Resekostnader|40 000,00|34 000,00|-6 000,00|85",
            "#Totalt|1 620 000,00|1 578 800,00|-41 200,00|97",
            "",
            "Av det beviljade statsunderstödet återbetalas 41 200 euro till SHM.",
            "",
            "!6 Fortsättning",
            "De mobila teamen fortsätter som ordinarie verksamhet från 1.7.2025.",
        ],
    ]
    _pdf("w11_pohjanmaa_slutrapport_sv_2025.pdf", pages, [40, 230, 320, 410, 490], header, footer)


# --- w12: a final report with a light matrix and an investment column merged down, DOCX (Pirkanmaa)


def w12_pirkanmaa_loppuraportti() -> None:
    """Lights as a matrix (one column per investment), goals per investment with a merged
    investment cell, a cost table whose first column holds the investment merged over its
    rows: Budjetti / Toteutunut / Käyttöaste %."""
    d = _docx(dt.datetime(2024, 12, 20, 10, 0, 0), "Pirkanmaan hyvinvointialue")
    d.add_heading("Loppuraportti", level=0)
    d.add_paragraph("Saatavuusloikka Pirkanmaalla – Kestävän kasvun hanke")
    _table(
        d,
        None,
        [
            ("Hyvinvointialue", "Pirkanmaan hyvinvointialue"),
            ("Hankeaika", "1.4.2022–31.10.2024"),
            ("Rahoitus", "Suomen kestävän kasvun ohjelma, STM:n valtionavustus"),
            ("Laadittu", "20.12.2024"),
        ],
    )
    d.add_heading("1 Liikennevalot hankkeen päättyessä", level=1)
    _table(
        d,
        ["Osa-alue", "Investointi 1", "Investointi 2"],
        [
            ("Aikataulu", "vihreä", "keltainen"),
            ("Kustannukset", "vihreä", "vihreä"),
            ("Tuotosten laatu", "vihreä", "vihreä"),
            ("Tuotosten laajuus", "keltainen", "vihreä"),
            ("Henkilöstö", "vihreä", "vihreä"),
            ("Riskit", "vihreä", "punainen"),
            ("Hyödyt", "vihreä", "vihreä"),
        ],
    )
    d.add_paragraph(
        "Investointi 1: Hoitoonpääsyn parantaminen. Investointi 2: Ikäihmisten kotiin annettavat palvelut."
    )
    d.add_heading("2 Tavoitteiden toteutuminen", level=1)
    goals = _table(
        d,
        ["Investointi", "Tavoite", "Toteutuminen"],
        [
            ("Investointi 1", "Terveysasemien kiireetön hoito järjestyy 14 vuorokaudessa", "Toteutui"),
            (
                "",
                "Ylöjärvellä ja Nokialla otetaan käyttöön yhteinen takaisinsoittojärjestelmä",
                "Toteutui osittain",
            ),
            ("Investointi 2", "Kotihoidon etäkäyntejä tehdään 2 000 kuukaudessa", "Toteutui"),
            ("", "Tampereen kotiutustiimi toimii ympäri vuorokauden", "Ei toteutunut"),
        ],
    )
    goals.rows[1].cells[0].merge(goals.rows[2].cells[0])
    goals.rows[3].cells[0].merge(goals.rows[4].cells[0])
    d.add_heading("3 Yhteistyö", level=1)
    d.add_paragraph(
        "Oirearviot ohjattiin Omaoloon. Kotihoidon etäkäyntien kirjaukset siirtyvät Kelan ylläpitämiin "
        "Kanta-palveluihin. Tampereen ammattikorkeakoulu (TAMK) kokosi asiakaspalautteen. "
        "THL:n FinSote-tutkimuksen tuloksia verrattiin alueen lähtötasoon."
    )
    d.add_heading("4 Kustannukset hankeajalta", level=1)
    costs = _table(
        d,
        ["Investointi", "Kustannuslaji", "Budjetti", "Toteutunut", "Käyttöaste %"],
        [
            ("Investointi 1", "Omat henkilöstökustannukset", "780 000", "771 200", "99"),
            ("", "Palvelujen ostot", "350 000", "298 750", "85"),
            ("", "Yhteensä", "1 130 000", "1 069 950", "95"),
            ("Investointi 2", "Omat henkilöstökustannukset", "540 000", "502 100", "93"),
            ("", "Puhelin- ja ICT-laitehankinnat", "120 000", "131 400", "110"),
            ("", "Matkakulut", "30 000", "21 600", "72"),
            ("", "Yhteensä", "690 000", "655 100", "95"),
        ],
    )
    costs.rows[1].cells[0].merge(costs.rows[3].cells[0])
    costs.rows[4].cells[0].merge(costs.rows[7].cells[0])
    d.add_paragraph("Luvut euroina.")
    _save_docx(d, "w12_pirkanmaa_loppuraportti_matriisi_2024.docx")


# --- w15: the ministry's grant decision, PDF (Etelä-Pohjanmaa) -----------------------------


def w15_etela_pohjanmaa_stm_paatos() -> None:
    """A state grant decision: diary number and "n (N)" in the running header, addressee
    block, Asia / Hakemus / Päätös / Perustelut, an Investointi / Haettu / Myönnetty table
    (no cost categories), conditions naming Innokylä and THL's assessment."""

    def header(n: int, total: int) -> list[tuple[int, str]]:
        return [
            (40, "Sosiaali- ja terveysministeriö"),
            (300, "PÄÄTÖS"),
            (400, "VN/28841/2022"),
            (520, f"{n} ({total})"),
        ]

    def footer(_n: int, _total: int) -> list[tuple[int, str]]:
        return [(40, "Sosiaali- ja terveysministeriö, PL 33, 00023 Valtioneuvosto · kirjaamo.stm@gov.fi")]

    pages = [
        [
            "15.12.2022",
            "",
            "Etelä-Pohjanmaan hyvinvointialue",
            "Hallinto / kirjaamo",
            "Seinäjoki",
            "",
            "!Asia: Valtionavustus Suomen kestävän kasvun ohjelman hankkeelle",
            "Hyvinvointia lähellä Etelä-Pohjanmaalla vuosille 2023-2025",
            "",
            "!Hakemus",
            "Etelä-Pohjanmaan hyvinvointialue on 30.9.2022 hakenut valtionavustusta yhteensä",
            "4 900 000 euroa hankkeelle Hyvinvointia lähellä Etelä-Pohjanmaalla.",
            "",
            "!Päätös",
            "Sosiaali- ja terveysministeriö myöntää Etelä-Pohjanmaan hyvinvointialueelle",
            "valtionavustusta enintään 4 350 000 euroa. Avustus rahoitetaan Euroopan unionin",
            "elpymis- ja palautumistukivälineestä (RRF). Avustuksen käyttöaika on",
            "1.1.2023-31.12.2025.",
            "",
            "#Investointi|Haettu (€)|Myönnetty (€)",
            "#Investointi 1: Hoitoon pääsy|2 100 000|1 850 000",
            "#Investointi 3: Palvelujen kustannusvaikuttavuus|1 300 000|1 200 000",
            "#Investointi 4: Digitaaliset innovaatiot|1 500 000|1 300 000",
            "#Yhteensä|4 900 000|4 350 000",
        ],
        [
            "!Perustelut",
            "Hankkeen arviointilausunnon antoi Terveyden ja hyvinvoinnin laitos (THL).",
            "Hanke painottuu Seinäjoen, Kauhavan ja Alavuden terveysasemiin. Investoinnin 4",
            "haettua summaa alennettiin, koska osa ohjelmistokuluista ei ole avustuskelpoisia.",
            "",
            "!Avustuksen ehdot",
            "1. Avustuksen saaja kuvaa hankkeessa kehitetyt toimintamallit Innokylään.",
            "2. Hankkeen tilanne raportoidaan ministeriölle kolmen kuukauden välein.",
            "3. Käyttämättä jäänyt avustus palautetaan valtionavustuslain (688/2001) mukaisesti.",
            "",
            "Muutoksenhaku: oikaisuvaatimusohje liitteenä.",
            "",
            "Osastopäällikkö      Kaisa Mäkelä",
            "Neuvotteleva virkamies      Jari Koskinen",
            "",
            "Tiedoksi: Terveyden ja hyvinvoinnin laitos",
        ],
    ]
    _pdf("w15_etela_pohjanmaa_stm_avustuspaatos_2022.pdf", pages, [40, 330, 440], header, footer)


# --- w16: an aluevaltuusto agenda item, DOCX (Etelä-Karjala) -------------------------------


def w16_etela_karjala_aluevaltuusto_esityslista() -> None:
    """An agenda (esityslista) in Word: a header table with merged cells, a § informing of
    a grant whose title only inflects the project's name, the earlier handling by the
    board above the proposal, an Investointi / Myönnetty / Osuus % table, no decision yet."""
    d = _docx(dt.datetime(2023, 3, 24, 8, 0, 0), "Etelä-Karjalan hyvinvointialue")
    top = _table(
        d,
        None,
        [
            ("ETELÄ-KARJALAN HYVINVOINTIALUE", "", "ESITYSLISTA", "3/2023"),
            ("Aluevaltuusto", "", "03.04.2023", "Sivu 14"),
        ],
    )
    top.rows[0].cells[0].merge(top.rows[0].cells[1])
    top.rows[1].cells[0].merge(top.rows[1].cells[1])
    d.add_paragraph("§ 41")
    d.add_paragraph(
        "Sosiaali- ja terveysministeriön valtionavustuspäätös Kestävän kasvun Etelä-Karjala -hankkeelle"
    )
    d.add_paragraph("EKHVA/212/05.00.00/2023")
    d.add_paragraph("Aluehallitus 20.03.2023 § 88")
    d.add_paragraph("Valmistelija: kehittämisjohtaja Tuula Rantala, etunimi.sukunimi@ekhva.fi")
    d.add_paragraph(
        "Etelä-Karjalan sosiaali- ja terveyspiiri Eksote haki syksyllä 2022 hyvinvointialueen puolesta "
        "valtionavustusta Suomen kestävän kasvun ohjelmasta vuosille 2023–2025. Hakemuksessa haettiin "
        "4 600 000 euroa. Ministeriö myönsi 3 900 000 euroa kolmelle investoinnille."
    )
    _table(
        d,
        ["Investointi", "Myönnetty (€)", "Osuus %"],
        [
            ("Investointi 1: Hoitoonpääsyn nopeuttaminen", "1 650 000", "42,3"),
            ("Investointi 2: Mielenterveys- ja päihdepalvelut", "980 000", "25,1"),
            ("Investointi 4: Digitaalinen asiointi", "1 270 000", "32,6"),
            ("Yhteensä", "3 900 000", "100,0"),
        ],
    )
    d.add_paragraph(
        "Hanke toteutetaan Lappeenrannan ja Imatran terveysasemilla sekä Taipalsaarella. "
        "LAB-ammattikorkeakoulu arvioi digitaalisen asioinnin vaikutuksia. Omaolon oirearviot ja "
        "Kanta-palvelujen ajanvarausrajapinta ovat investoinnin 4 edellytyksiä."
    )
    d.add_paragraph("Ehdotus Hyvinvointialuejohtaja")
    d.add_paragraph("Aluehallitus esittää aluevaltuustolle, että aluevaltuusto merkitsee päätöksen tiedoksi.")
    d.add_paragraph("Päätös")
    d.add_paragraph("Aluehallitus hyväksyi ehdotuksen.")
    d.add_paragraph("Aluevaltuusto 03.04.2023 § 41")
    d.add_paragraph("Päätösehdotus Aluehallitus")
    d.add_paragraph("Aluevaltuusto merkitsee tiedoksi sosiaali- ja terveysministeriön päätöksen.")
    d.add_paragraph("Päätös")
    d.add_paragraph("")
    _save_docx(d, "w16_etela_karjala_aluevaltuusto_esityslista_2023.docx")


# --- w18: a status review as presentation slides exported to PDF (Helsinki) -----------------


def w18_helsinki_tilannekatsaus_diat() -> None:
    """One slide per page with a large title: lights as OK / HUOM with a legend, goals as
    bullets "→ saavutettu", a 2024 table in t€ Budjetti / Ennuste / Ero with signed
    differences, dependencies as a bullet list, the slide footer with date and number."""

    def footer(n: int, _total: int) -> list[tuple[int, str]]:
        return [
            (40, "Helsingin kaupunki | Sosiaali-, terveys- ja pelastustoimiala"),
            (400, "11.6.2024"),
            (540, str(n)),
        ]

    pages = [
        [
            "%Sujuvat palvelut Helsingissä",
            "Kestävän kasvun ohjelman hanke",
            "Tilannekatsaus ohjausryhmälle 11.6.2024",
            "Rahoitus: sosiaali- ja terveysministeriö / EU NextGenerationEU",
        ],
        [
            "%Missä mennään?",
            "Valmiusaste 65 %",
            "#Aikataulu|OK",
            "#Kustannukset|HUOM",
            "#Tuotosten laatu|OK",
            "#Tuotosten laajuus|OK",
            "#Henkilöstö|HUOM",
            "#Riskit|OK",
            "#Hyödyt|OK",
            "OK = etenee suunnitelman mukaan, HUOM = poikkeama suunnitelmasta",
        ],
        [
            "%Tavoitteet",
            "- Terveysasemien kiireettömän hoidon jono alle 14 vuorokauden",
            "  -> saavutettu",
            "- Sosiaalineuvonnan chat suomeksi, ruotsiksi ja englanniksi",
            "  -> osittain (suomi ja ruotsi)",
            "- Omaolon oirearviot käyttöön suun terveydenhuollossa",
            "  -> siirtyy vuodelle 2025",
        ],
        [
            "%Talous 2024 (t€)",
            "#Kustannuslaji|Budjetti|Ennuste|Ero",
            "#Henkilöstökulut|2 400|2 280|-120",
            "#Palvelujen ostot|1 100|1 260|+160",
            "#Ohjelmistot|500|410|-90",
            "#Yhteensä|4 000|3 950|-50",
            "Ero = ennuste - budjetti",
        ],
        [
            "%Riippuvuudet ja kumppanit",
            "- Kanta-palvelut: asiakirjojen arkistointi",
            "- Suomi.fi-valtuudet: asiointi toisen puolesta",
            "- Metropolia Ammattikorkeakoulu: chatin arviointi",
            "- THL: jonotiedot kansalliseen hoitoonpääsyn seurantaan",
            "- Jonotilannetta verrataan Espoon ja Vantaan lukuihin",
        ],
    ]
    _pdf("w18_helsinki_tilannekatsaus_diat_2024.pdf", pages, [60, 260, 340, 420], None, footer)


def main() -> None:
    TEST4.mkdir(exist_ok=True)
    w01_kainuu_toimintamalli_tuloste()
    w04_etela_savo_hankesuunnitelma()
    w07_kanta_hame_valiraportti()
    w08_varsinais_suomi_ohjausryhma()
    w11_pohjanmaa_slutrapport()
    w12_pirkanmaa_loppuraportti()
    w15_etela_pohjanmaa_stm_paatos()
    w16_etela_karjala_aluevaltuusto_esityslista()
    w18_helsinki_tilannekatsaus_diat()


if __name__ == "__main__":
    main()
