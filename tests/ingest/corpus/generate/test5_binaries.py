"""Write the FIFTH held-out set's PDF and DOCX documents (invented text, see ../README.md).

test5/ is held out: it was written blind on 2026-12-03 by an author who never read the
ingest code, and nobody developing the ingest reads or runs it, this script included.
Run with ``.venv/bin/python tests/ingest/corpus/generate/test5_binaries.py``; the outputs
are committed, so the script is needed only to change them. Two runs give byte-identical
files: the PDFs through reportlab's invariant mode, the DOCX because their core properties
carry fixed dates and their zip entries are rewritten with one fixed time stamp.
"""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

TEST5 = Path(__file__).resolve().parent.parent / "test5"
#: The time stamp of every zip entry of the DOCX files (a zip stores local time, no zone).
ZIP_TIME = (2026, 12, 3, 23, 0, 0)

Running = Callable[[int, int], list[tuple[int, str]]]


def _pdf(name: str, pages: list[list[str]], columns: list[int], header: Running, footer: Running) -> None:
    """Pages of text lines; a line starting with "#" is a table row of "|"-separated cells
    drawn at ``columns``, a line starting with "!" a bold heading. ``header`` and ``footer``
    give each page's running lines as (x, text) pairs from (page number, page count)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas as pdfcanvas

    c = pdfcanvas.Canvas(str(TEST5 / name), pagesize=A4, invariant=1)
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


def _docx(created: dt.datetime, author: str) -> Any:
    import docx

    d = docx.Document()
    d.core_properties.created = created
    d.core_properties.modified = created
    d.core_properties.last_printed = created
    d.core_properties.author = author
    d.core_properties.last_modified_by = author
    d.core_properties.revision = 1
    return d


def _save(d: Any, name: str) -> None:
    """Save with every zip entry stamped ZIP_TIME, so that a rerun writes the same bytes."""
    raw = io.BytesIO()
    d.save(raw)
    out = io.BytesIO()
    with zipfile.ZipFile(raw) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            info = zipfile.ZipInfo(item.filename, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o600 << 16
            dst.writestr(info, src.read(item.filename))
    (TEST5 / name).write_bytes(out.getvalue())


def _table(d: Any, rows: list[tuple[str, ...]], style: str | None = "Table Grid") -> Any:
    table = d.add_table(rows=0, cols=len(rows[0]))
    if style:
        table.style = style
    for row in rows:
        for cell, text in zip(table.add_row().cells, row, strict=True):
            cell.text = text
    return table


def _merge(table: Any, row: int, first: int, last: int, text: str) -> None:
    """Merge cells ``first``..``last`` of a row and give the merged cell one text."""
    cell = table.rows[row].cells[first].merge(table.rows[row].cells[last])
    cell.text = text


# --- v04: an RRF project plan with a per-year estimate table, PDF (Kainuu) -------------------


def v04_kainuu_hankesuunnitelma() -> None:
    """A plan exported to PDF: running header and "Sivu n (N)" footer, two numbered
    investments with "Tavoite 1.1" goals (one wrapped onto the next line), an estimate table
    with one column per year and a total, a category name broken over two lines, the sum
    applied for and the investments' estimates in prose, Kela named as outside the project."""
    pages = [
        [
            "!HANKESUUNNITELMA",
            "Kestävää kasvua Kainuuseen",
            "Suomen kestävän kasvun ohjelma – sosiaali- ja terveydenhuollon valtionavustushaku 2022",
            "",
            "!1 Perustiedot",
            "Hakija: Kainuun hyvinvointialue",
            "Hankkeen nimi: Kestävää kasvua Kainuuseen",
            "Hankeaika: 1.10.2022–31.12.2025",
            "Haettava valtionavustus: 3 450 000 euroa",
            "Yhteyshenkilö: kehittämispäällikkö Anne Kyllönen",
            "",
            "!2 Lähtötilanne",
            "Kainuussa on pitkät etäisyydet ja ikääntyvä väestö. Kiireettömään hoitoon pääsy vaihtelee:",
            "Kajaanissa ja Sotkamossa hoitoon pääsee noin kolmessa viikossa, Kuhmossa,",
            "Suomussalmella, Puolangalla ja Hyrynsalmella selvästi hitaammin.",
            "",
            "!3 Investoinnit ja tavoitteet",
            "!Investointi 1: Hoitoon pääsyn vahvistaminen",
            "Tavoite 1.1: Kiireettömään hoitoon pääsee kaikilla terveysasemilla 14 vuorokaudessa.",
            "Tavoite 1.2: Hoidon tarpeen arvio tehdään ensimmäisessä yhteydenotossa",
            "kaikissa kuudessa kunnassa.",
            "Investoinnin 1 kustannusarvio on 2 100 000 euroa.",
        ],
        [
            "!Investointi 4: Digitaaliset ratkaisut",
            "Tavoite 4.1: Sähköinen oirearvio on käytössä kaikissa kunnissa.",
            "Tavoite 4.2: Etävastaanotto on tarjolla jokaisessa sote-keskuksessa.",
            "Investoinnin 4 kustannusarvio on 1 350 000 euroa.",
            "",
            "!4 Yhteistyö ja riippuvuudet",
            "Oirearvio tehdään Omaolossa, jonka palvelut hankitaan DigiFinland Oy:ltä. Etävastaanoton",
            "kirjaukset tallennetaan Kanta-palveluihin. Kajaanin ammattikorkeakoulu (KAMK) kouluttaa",
            "henkilöstön etävastaanottoon. Kelan kuntoutuspalvelut eivät kuulu hankkeeseen.",
            "",
            "!5 Kustannusarvio vuosittain (euroa)",
            "#Kustannuslaji|2022|2023|2024|2025|Yhteensä",
            "#Omat henkilöstökustannukset|120 000|760 000|780 000|540 000|2 200 000",
            "#Palvelujen ostot|30 000|260 000|250 000|160 000|700 000",
            "#Puhelin- ja ICT-|20 000|300 000|150 000|30 000|500 000",
            "#laitehankinnat|||||",
            "#Matkakulut|5 000|15 000|20 000|10 000|50 000",
            "#Yhteensä|175 000|1 335 000|1 200 000|740 000|3 450 000",
            "",
            "Hankkeen kokonaiskustannusarvio on 3 450 000 euroa.",
        ],
    ]
    _pdf(
        "v04_kainuu_hankesuunnitelma_vuosiarvio_2022.pdf",
        pages,
        [40, 200, 265, 330, 395, 460],
        lambda n, total: [(40, "Kainuun hyvinvointialue – Hankesuunnitelma"), (400, "Versio 1.2 / 15.9.2022")],
        lambda n, total: [(270, f"Sivu {n} ({total})")],
    )


# --- v11: a Tulevaisuuden sote-keskus final report with lights ticked in columns, PDF (Kymenlaakso)


def v11_kymenlaakso_loppuraportti() -> None:
    """A final report exported to PDF: running header with the report's date and "n / N"
    footer, lights as an "x" under vihreä / keltainen / punainen columns, numbered goals with
    the status on the next line and one goal broken by the page break, a cost table with the
    budget, the actual cost per year and in total, the sum granted and returned in prose."""
    pages = [
        [
            "!LOPPURAPORTTI",
            "Hanke: Yhdessä Kymenlaaksossa – Kymenlaakson tulevaisuuden sote-keskus",
            "Ohjelma: Tulevaisuuden sosiaali- ja terveyskeskus -ohjelma",
            "Hallinnoija: Kymenlaakson sosiaali- ja terveyspalvelujen kuntayhtymä Kymsote",
            "(1.1.2023 alkaen Kymenlaakson hyvinvointialue)",
            "Hankeaika: 1.1.2020–28.2.2023",
            "Rahoittaja: sosiaali- ja terveysministeriö",
            "",
            "!1 Tiivistelmä",
            "Hankkeessa otettiin käyttöön sote-keskusten yhteinen palveluohjaus Kotkassa, Kouvolassa ja",
            "Haminassa sekä etävastaanotto Pyhtäällä, Miehikkälässä ja Virolahdella.",
            "Mielenterveystalon omahoito-ohjelmat (HUS) otettiin osaksi nuorten palveluja. Xamk arvioi",
            "palveluohjauksen vaikutuksia asiakaskokemukseen.",
            "",
            "!2 Liikennevalot hankkeen päättyessä",
            "#|vihreä|keltainen|punainen",
            "#Aikataulu|x||",
            "#Kustannukset|x||",
            "#Tuotosten laatu|x||",
            "#Tuotosten laajuus||x|",
            "#Henkilöstö|||x",
            "#Riskit|x||",
            "#Hyödyt|x||",
            "",
            "!3 Tavoitteiden toteutuminen",
            "1. Asiakas saa palveluohjauksen yhdellä yhteydenotolla",
            "   Toteutuminen: toteutui",
            "2. Nuorten mielenterveyspalveluihin pääsee kahdessa viikossa",
        ],
        [
            "   Toteutuminen: toteutui osittain",
            "3. Etävastaanotto kaikissa Kymenlaakson kunnissa",
            "   Toteutuminen: ei toteutunut",
            "4. Sosiaalityön chat vakiintuu osaksi perustoimintaa",
            "   Toteutuminen: siirtyi hyvinvointialueen kehittämisohjelmaan",
            "",
            "!4 Talous",
            "#Kustannuslaji|Budjetti|Toteutunut 2022|Toteutunut 2023|Toteutunut yht.",
            "#Henkilöstökulut|1 980 000,00|1 424 560,00|512 300,00|1 936 860,00",
            "#Palvelujen ostot|540 000,00|401 220,00|112 640,00|513 860,00",
            "#Muut kulut|130 000,00|98 400,00|59 600,00|158 000,00",
            "#Yhteensä|2 650 000,00|1 924 180,00|684 540,00|2 608 720,00",
            "",
            "Sosiaali- ja terveysministeriö myönsi hankkeelle 2 650 000 euroa. Käyttämättä jäänyt",
            "avustus, 41 280 euroa, palautettiin ministeriölle.",
        ],
    ]
    _pdf(
        "v11_kymenlaakso_tsk_loppuraportti_rastivalot_2023.pdf",
        pages,
        [40, 200, 300, 400, 490],
        lambda n, total: [(40, "Kymenlaakson hyvinvointialue"), (250, "Loppuraportti"), (480, "28.4.2023")],
        lambda n, total: [(520, f"{n} / {total}")],
    )


# --- v07: an interim report with a two-row merged cost header, DOCX (Keski-Pohjanmaa) -------


def v07_keski_pohjanmaa_valiraportti() -> None:
    """A Word interim report: a header table with merged cells, lights as words (kunnossa /
    huomioitava / kriittinen) with a legend, a goal table Tavoite / Mittari / Tilanne 30.6.2023,
    a cost table whose merged "Kustannukset (€)" header spans Myönnetty / Toteutunut / Ennuste /
    Poikkeama with "−" signs, the grant and a sum applied for in a change application."""
    d = _docx(dt.datetime(2023, 8, 21, 9, 0), "Hanketoimisto, Soite")
    top = _table(
        d,
        [
            ("Keski-Pohjanmaan hyvinvointialue Soite", "", "VÄLIRAPORTTI"),
            ("Hanke", "Kestävä Keski-Pohjanmaa", ""),
            ("Raportointijakso", "1.1.–30.6.2023", ""),
            ("Päivämäärä", "21.8.2023", ""),
        ],
    )
    _merge(top, 0, 0, 1, "Keski-Pohjanmaan hyvinvointialue Soite")
    for row in (1, 2, 3):
        _merge(top, row, 1, 2, top.rows[row].cells[1].text)
    d.add_heading("1 Hankkeen eteneminen", level=1)
    d.add_paragraph(
        "Kestävä Keski-Pohjanmaa -hanke kuuluu Suomen kestävän kasvun ohjelmaan, ja sitä rahoittaa "
        "sosiaali- ja terveysministeriö EU:n elpymisvälineestä. Hankkeelle on myönnetty 2 400 000 euroa. "
        "Toukokuussa hanke haki muutoshakemuksella 180 000 euroa lisää etävastaanoton laitteisiin."
    )
    d.add_paragraph(
        "Keväällä etävastaanotto avattiin Kokkolassa, Kannuksessa ja Kaustisella. Perhon, Toholammin, "
        "Vetelin, Halsuan ja Lestijärven terveysasemat liittyvät syksyllä."
    )
    d.add_heading("2 Liikennevalot", level=1)
    d.add_paragraph(
        "Selite: kunnossa = etenee suunnitellusti; huomioitava = pieni poikkeama; kriittinen = suuri poikkeama"
    )
    _table(
        d,
        [
            ("Osa-alue", "Arvio"),
            ("Aikataulu", "kunnossa"),
            ("Kustannukset", "huomioitava"),
            ("Tuotosten laatu", "kunnossa"),
            ("Tuotosten laajuus", "huomioitava"),
            ("Henkilöstö", "kunnossa"),
            ("Riskit", "kriittinen"),
            ("Hyödyt", "kunnossa"),
        ],
    )
    d.add_heading("3 Tavoitteet", level=1)
    _table(
        d,
        [
            ("Tavoite", "Mittari", "Tilanne 30.6.2023"),
            ("Etävastaanotto on käytössä kaikilla terveysasemilla", "asemia 8/8", "Osittain (3/8)"),
            ("Hoitotakuu toteutuu perusterveydenhuollossa", "odotusaika ≤ 14 vrk", "Toteutunut"),
            ("Kotihoidon toiminnanohjaus otetaan käyttöön", "käyttöönotto", "Kesken"),
            (
                "Asukkaiden sähköinen palaute kerätään jokaisesta käynnistä",
                "vastausaste",
                "Siirretty vuodelle 2024",
            ),
        ],
    )
    d.add_heading("4 Kustannukset", level=1)
    costs = _table(
        d,
        [
            ("Kustannuslaji", "Kustannukset (€)", "", "", ""),
            ("", "Myönnetty", "Toteutunut", "Ennuste", "Poikkeama"),
            ("Omat henkilöstökustannukset", "1 600 000", "402 310", "1 587 600", "−12 400"),
            ("Palvelujen ostot", "560 000", "118 950", "575 000", "15 000"),
            ("Puhelin- ja ICT-laitehankinnat", "240 000", "96 400", "236 500", "−3 500"),
            ("Yhteensä", "2 400 000", "617 660", "2 399 100", "−900"),
        ],
    )
    _merge(costs, 0, 1, 4, "Kustannukset (€)")
    cell = costs.rows[0].cells[0].merge(costs.rows[1].cells[0])
    cell.text = "Kustannuslaji"
    d.add_heading("5 Yhteistyö", level=1)
    d.add_paragraph(
        "Centria-ammattikorkeakoulu kouluttaa hoitajat etävastaanottoon ja Kpedu järjestää "
        "lähihoitajien täydennyskoulutuksen. Etävastaanoton kirjaukset tallentuvat Kanta-palveluihin "
        "ja oirearvio tehdään Omaolossa. Keski-Pohjanmaan liittoa on informoitu hankkeesta."
    )
    _save(d, "v07_keski_pohjanmaa_valiraportti_yhdistetyt_2023.docx")


# --- v14: a minutes extract of an application for an RRF grant, DOCX (Pohjois-Karjala) -----


def v14_pohjois_karjala_poytakirjanote() -> None:
    """A minutes extract (pöytäkirjanote) in Word: a header table with merged cells, a §
    title naming no project, the project named only inflected, an investment table with a
    merged "Haettava rahoitus (€)" header over Valtionavustus / Omarahoitus / Yhteensä, a
    numbered decision and "Otteen oikeaksi todistaa"."""
    d = _docx(dt.datetime(2022, 11, 22, 8, 0), "Hallintopalvelut, Siun sote")
    top = _table(
        d,
        [
            ("POHJOIS-KARJALAN HYVINVOINTIALUE", "", "PÖYTÄKIRJANOTE"),
            ("Aluehallitus", "21.11.2022", "§ 144"),
        ],
    )
    _merge(top, 0, 0, 1, "POHJOIS-KARJALAN HYVINVOINTIALUE")
    d.add_heading("§ 144 Valtionavustuksen hakeminen sosiaali- ja terveydenhuollon kehittämiseen", level=1)
    d.add_paragraph("PKHVA/318/05.01.00/2022")
    d.add_paragraph("Valmistelija: hyvinvointialuejohtaja Ilkka Pesonen")
    d.add_paragraph(
        "Sosiaali- ja terveysministeriö on avannut Suomen kestävän kasvun ohjelman toisen "
        "valtionavustushaun. Siun sote on valmistellut hyvinvointialueen puolesta hakemuksen "
        "Kestävää kasvua Pohjois-Karjalaan -hankkeelle. Hanke toteutetaan koko maakunnassa, ja sen "
        "pilotit aloitetaan Joensuussa, Lieksassa, Nurmeksessa, Kiteellä, Outokummussa ja Ilomantsissa."
    )
    d.add_paragraph(
        "Investoinnissa 4 otetaan käyttöön DigiFinlandin Omaolo-palvelun uudet oirearviot. "
        "Karelia-ammattikorkeakoulu osallistuu investoinnin 1 toteutukseen kouluttamalla henkilöstöä."
    )
    inv = _table(
        d,
        [
            ("Investointi", "Haettava rahoitus (€)", "", ""),
            ("", "Valtionavustus", "Omarahoitus", "Yhteensä"),
            ("1 Hoitoon pääsyn parantaminen", "1 850 000", "0", "1 850 000"),
            ("2 Ennaltaehkäisevät palvelut", "640 000", "0", "640 000"),
            ("4 Digitaaliset palvelut", "1 210 000", "0", "1 210 000"),
            ("Yhteensä", "3 700 000", "0", "3 700 000"),
        ],
    )
    _merge(inv, 0, 1, 3, "Haettava rahoitus (€)")
    cell = inv.rows[0].cells[0].merge(inv.rows[1].cells[0])
    cell.text = "Investointi"
    d.add_paragraph("Päätösehdotus: Aluehallitus päättää")
    d.add_paragraph(
        "1. hakea sosiaali- ja terveysministeriöltä 3 700 000 euron valtionavustusta "
        "Kestävää kasvua Pohjois-Karjalaan -hankkeelle edellä esitetyn mukaisesti ja"
    )
    d.add_paragraph(
        "2. valtuuttaa hyvinvointialuejohtajan tekemään hakemukseen tarvittavat tekniset korjaukset."
    )
    d.add_paragraph("Päätös: Ehdotus hyväksyttiin yksimielisesti.")
    d.add_paragraph("Otteen oikeaksi todistaa, Joensuu 22.11.2022")
    d.add_paragraph("Minna Hirvonen, hallintosihteeri")
    _save(d, "v14_pohjois_karjala_poytakirjanote_2022.docx")


# --- v17: an updated RRF project plan with an estimate per investment in t€, DOCX (Lappi) ---


def v17_lappi_paivitetty_hankesuunnitelma() -> None:
    """An updated plan in Word: a change log table, investments with numbered goals in a
    table, an estimate table in thousands of euros with one column per investment under a
    merged header, the grant of the first decision and the new estimate in prose, a Sámi
    body as a partner and the regional council only informed."""
    d = _docx(dt.datetime(2024, 3, 8, 12, 0), "Lapin hyvinvointialue")
    d.add_paragraph("LAPIN HYVINVOINTIALUE")
    d.add_heading("Päivitetty hankesuunnitelma – Lappi hoitaa", level=0)
    d.add_paragraph("Lappi hoitaa – Lapin kestävän kasvun hanke")
    _table(
        d,
        [
            ("Versio", "Päivämäärä", "Muutos"),
            ("1.0", "30.9.2022", "Alkuperäinen hakemus"),
            ("2.0", "8.3.2024", "Investoinnin 2 sisältö ja kustannusarvio päivitetty"),
        ],
    )
    d.add_heading("1 Hankkeen tiedot", level=1)
    d.add_paragraph(
        "Sosiaali- ja terveysministeriö myönsi 9.12.2022 hankkeelle 3,2 miljoonaa euroa Suomen kestävän "
        "kasvun ohjelmasta (NextGenerationEU). Päivitetyn suunnitelman kokonaiskustannusarvio on 3 380 000 "
        "euroa. Hankeaika on 1.1.2023–31.12.2025."
    )
    d.add_paragraph(
        "Hanke toimii koko Lapissa; kokeilut tehdään Rovaniemellä, Kemissä, Torniossa, Sodankylässä, "
        "Inarissa ja Utsjoella."
    )
    d.add_heading("2 Investoinnit ja tavoitteet", level=1)
    goals = _table(
        d,
        [
            ("Investointi", "Tavoite"),
            (
                "Investointi 1: Saamenkieliset etäpalvelut",
                "1. Saamenkielinen etävastaanotto on tarjolla kaikissa saamelaisalueen kunnissa",
            ),
            ("", "2. Tulkkauksen tarve vastaanotoilla vähenee puoleen"),
            (
                "Investointi 2: Ensihoidon ja päivystyksen etäkonsultaatio",
                "3. Ensihoitaja saa lääkärin etäkonsultaation 10 minuutissa",
            ),
            ("", "4. Turhat siirrot Lapin keskussairaalaan vähenevät"),
        ],
    )
    goals.rows[1].cells[0].merge(goals.rows[2].cells[0]).text = "Investointi 1: Saamenkieliset etäpalvelut"
    goals.rows[3].cells[0].merge(
        goals.rows[4].cells[0]
    ).text = "Investointi 2: Ensihoidon ja päivystyksen etäkonsultaatio"
    d.add_heading("3 Kustannusarvio investoinneittain (1 000 €)", level=1)
    est = _table(
        d,
        [
            ("Kustannuslaji", "Investointi", "", ""),
            ("", "1", "2", "Yhteensä"),
            ("Omat henkilöstökustannukset", "820", "1 040", "1 860"),
            ("Palvelujen ostot", "310", "450", "760"),
            ("Puhelin- ja ICT-laitehankinnat", "120", "580", "700"),
            ("Matkakulut", "40", "20", "60"),
            ("Yhteensä", "1 290", "2 090", "3 380"),
        ],
    )
    _merge(est, 0, 1, 3, "Investointi")
    cell = est.rows[0].cells[0].merge(est.rows[1].cells[0])
    cell.text = "Kustannuslaji"
    d.add_heading("4 Yhteistyö ja riippuvuudet", level=1)
    d.add_paragraph(
        "Saamenkielisten palvelujen suunnittelussa kumppanina on Saamelaiskäräjät. Lapin "
        "ammattikorkeakoulu (Lapin AMK) kouluttaa ensihoitajat etäkonsultaatioon. Etävastaanoton "
        "kirjaukset tallennetaan Kanta-palveluihin. Lapin liittoa on informoitu hankkeen etenemisestä."
    )
    _save(d, "v17_lappi_paivitetty_hankesuunnitelma_teur_2024.docx")


def main() -> None:
    TEST5.mkdir(exist_ok=True)
    v04_kainuu_hankesuunnitelma()
    v07_keski_pohjanmaa_valiraportti()
    v11_kymenlaakso_loppuraportti()
    v14_pohjois_karjala_poytakirjanote()
    v17_lappi_paivitetty_hankesuunnitelma()


if __name__ == "__main__":
    main()
