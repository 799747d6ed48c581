"""Write the held-out set test37's PDF, DOCX, XLSX and PPTX documents (invented text, see ../README.md).

test37/ was written blind in stop 45 by helper W34, who read no ingest code and no document of any
set. Run with ``.venv/bin/python tests/ingest/corpus/generate/test37_binaries.py``; the outputs are
committed, so the script is needed only to change them. Two runs write the same bytes: reportlab's
invariant mode for the PDFs; fixed core properties and one fixed time stamp on every zip entry of
the DOCX, XLSX and PPTX files.
"""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

from binaries_common import bold, docx_document, pdf, restamp, save, table

TEST37 = Path(__file__).resolve().parent.parent / "test37"
#: The time stamp of every zip entry (a zip stores local time, no zone).
ZIP_TIME = (2026, 12, 6, 13, 0, 0)
CREATED = dt.datetime(2026, 12, 6, 13, 0, 0)


# --- oh02: Etelä-Karjala, status report PDF, lights as percent of plan in bands ---

OH02 = [
    [
        "!Tilanneraportti 3/2024",
        "Etelä-Karjalan hyvinvointialue",
        "Hanke: Hoitoon pääsy Etelä-Karjalassa (RRF, Suomen kestävän kasvun ohjelma)",
        "Haettu avustus 3 400 000 €.",
        "Raportointijakso 1.5.–31.8.2024            Laadittu 15.9.2024",
        "Rahoittaja sosiaali- ja terveysministeriö, myönnetty avustus 3 150 000 €. Hankeaika",
        "1.1.2023–31.12.2025. Toteutus Lappeenrannassa, Imatralla, Parikkalassa ja",
        "Ruokolahdella.",
        "",
        "!1 Investointien eteneminen",
        "Luku kertoo toteuman prosentteina suunnitelmasta. Tulkinta: 90 % tai yli = suunnitelman",
        "mukainen; 70–89 % = lievä poikkeama; alle 70 % = merkittävä poikkeama.",
        "#Osa-alue|Investointi 1|Investointi 3",
        "#|Hoitotakuun toteutuminen|Digitaaliset palvelut",
        "#Aikataulu|94 %|68 %",
        "#Kustannukset|91 %|88 %",
        "#Tuotokset|97 %|72 %",
        "#Henkilöstö|85 %|93 %",
        "",
        "Investointi 3:n sähköisen asioinnin kilpailutus valmistui kesäkuussa kolme kuukautta",
        "suunniteltua myöhemmin.",
        "",
        "!2 Kustannukset 31.8.2024 (kumulatiivinen, €)",
        "Investointi 1 Hoitotakuun toteutuminen",
        "#Kustannuslaji|Budjetti|Toteutunut|Ennuste 2025",
        "#Henkilöstökulut|1 210 000,00|655 430,10|1 195 000,00",
        "#Palvelujen ostot|340 000,00|121 880,00|352 000,00",
        "#Yhteensä|1 550 000,00|777 310,10|1 547 000,00",
        "",
        "Investointi 3 Digitaaliset palvelut",
        "#Kustannuslaji|Budjetti|Toteutunut|Ennuste 2025",
        "#Ohjelmistot|720 000,00|402 115,00|760 000,00",
        "#Henkilöstökulut|880 000,00|371 060,00|845 000,00",
        "#Yhteensä|1 600 000,00|773 175,00|1 605 000,00",
    ],
    [
        "!3 Tavoitteet",
        "Investointi 1",
        "  Hoitotakuu (14 vrk) toteutuu 95 %:ssa kiireettömistä käynneistä",
        "        tila: kesken (88 % elokuussa)",
        "  Takaisinsoittopalvelu on käytössä kaikilla terveysasemilla",
        "        tila: saavutettu",
        "Investointi 3",
        "  Sähköinen asiointi kattaa myös suun terveydenhuollon",
        "        tila: siirtyy vuodelle 2025",
        "",
        "!4 Yhteistyö",
        "LAB-ammattikorkeakoulu arvioi hoitotakuun toteutumista ja asiakaskokemusta. Oirearviot",
        "tehdään Omaolo-palvelussa, josta ne siirtyvät hoitajan työjonoon.",
    ],
]


def _oh02() -> None:
    def header(n: int, total: int) -> list[tuple[int, str]]:
        return [(40, "Etelä-Karjalan hyvinvointialue – Tilanneraportti 3/2024"), (500, f"{n} ({total})")]

    def footer(n: int, total: int) -> list[tuple[int, str]]:
        return [(40, "Hoitoon pääsy Etelä-Karjalassa")]

    pdf(TEST37 / "oh02_etela_karjala_tilanneraportti_2024.pdf", OH02, [40, 200, 330, 450], header, footer)


# --- oh03: Pohjois-Pohjanmaa, final report DOCX, lights as X marks in verdict columns per part ---


def _oh03() -> None:
    d = docx_document("Pohjois-Pohjanmaan hyvinvointialue", CREATED)
    d.add_heading("Loppuraportti", level=0)
    d.add_paragraph("Yhteinen vastaanotto Pohjois-Pohjanmaalla")
    table(
        d,
        [
            ("Perustieto", ""),
            ("Hyvinvointialue", "Pohjois-Pohjanmaan hyvinvointialue"),
            ("Hankeaika", "1.1.2023–30.6.2025"),
            (
                "Rahoitus",
                "Sosiaali- ja terveysministeriö, Suomen kestävän kasvun ohjelma; myönnetty 2 480 000 €",
            ),
            ("Osahankkeet", "Osahanke A: Monialainen vastaanotto; Osahanke B: Liikkuva vastaanotto"),
            ("Toteutusalue", "Oulu, Kempele, Raahe, Kuusamo ja Pudasjärvi"),
            ("Raportin päiväys", "30.9.2025"),
        ],
    )
    d.add_heading("1 Toteutumisen arvio osahankkeittain", level=1)
    d.add_paragraph("Osahanke A: Monialainen vastaanotto")
    table(
        d,
        [
            ("Osa-alue", "Toteutui suunnitellusti", "Toteutui osin", "Ei toteutunut"),
            ("Aikataulu", "X", "", ""),
            ("Kustannukset", "X", "", ""),
            ("Laatu", "", "X", ""),
            ("Hyödyt", "X", "", ""),
        ],
    )
    d.add_paragraph("Osahanke B: Liikkuva vastaanotto")
    table(
        d,
        [
            ("Osa-alue", "Toteutui suunnitellusti", "Toteutui osin", "Ei toteutunut"),
            ("Aikataulu", "", "X", ""),
            ("Kustannukset", "X", "", ""),
            ("Laatu", "X", "", ""),
            ("Hyödyt", "", "", "X"),
        ],
    )
    d.add_heading("2 Tavoitteet", level=1)
    table(
        d,
        [
            ("Tavoite", "Toteutuminen", "Perustelu"),
            (
                "Lääkärin ja hoitajan yhteisvastaanotto kaikilla Oulun terveysasemilla",
                "Toteutui",
                "Käytössä 11/2024 alkaen",
            ),
            (
                "Liikkuva vastaanotto käy Pudasjärvellä ja Kuusamossa viikoittain",
                "Toteutui osittain",
                "Kuusamossa joka toinen viikko",
            ),
            ("Kiireettömän hoidon odotusaika alle 7 vuorokautta", "Ei toteutunut", "Keskimäärin 12 vrk"),
        ],
    )
    d.add_heading("3 Talous", level=1)
    d.add_paragraph(
        "Kustannukset koko hankeajalta, euroa. Käyttämättä jäänyt avustus 61 300 € palautetaan ministeriölle."
    )
    table(
        d,
        [
            ("Kustannuslaji", "Myönnetty", "Toteutunut", "Erotus"),
            ("Omat henkilöstökustannukset", "1 720 000", "1 702 350", "−17 650"),
            ("Asiantuntijapalvelut", "460 000", "431 120", "−28 880"),
            ("Viestintäpalvelut", "60 000", "45 230", "−14 770"),
            ("Puhelin- ja ICT-laitehankinnat", "240 000", "240 000", "0"),
            ("Yhteensä", "2 480 000", "2 418 700", "−61 300"),
        ],
    )
    d.add_heading("4 Yhteistyö", level=1)
    d.add_paragraph(
        "Oulun ammattikorkeakoulu arvioi yhteisvastaanoton vaikutukset. Liikkuvan vastaanoton ajanvaraus ja "
        "oirearviot hoidetaan Omaolo-palvelussa."
    )
    save(d, TEST37 / "oh03_pohjois_pohjanmaa_loppuraportti_2025.docx", ZIP_TIME)


# --- oh04: Keski-Pohjanmaa, monitoring workbook, lights as 1-3 codes per work package ---


def _oh04() -> None:
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Perustiedot"
    ws.append(["Hanke", "Hoitojonot hallintaan Keski-Pohjanmaalla"])
    ws.append(["Hyvinvointialue", "Keski-Pohjanmaan hyvinvointialue Soite"])
    ws.append(["Rahoittaja", "STM, Suomen kestävän kasvun ohjelma"])
    ws.append(["Myönnetty (€)", 1610000])
    ws.append(["Työpaketit", "TP1 Kiireetön vastaanotto; TP2 Suun terveydenhuolto"])
    ws.append(["Kunnat", "Kokkola, Kannus, Kaustinen, Perho"])
    ws.append(
        [
            "Yhteistyö",
            "Centria-ammattikorkeakoulu arvioi TP1:n; ajanvaraus Omaolossa, kirjaukset Kanta-palveluihin",
        ]
    )
    ws.append(["Päivitetty", "16.10.2023"])

    ws2 = wb.create_sheet("Tilanne")
    ws2.append(["Tilanne 30.9.2023", "TP1", "TP2"])
    ws2.append(["Aikataulu", 1, 2])
    ws2.append(["Kustannukset", 1, 1])
    ws2.append(["Henkilöstö", 2, 3])
    ws2.append(["Riskit", 1, 2])
    ws2.append(["Laatu", 1, 1])
    ws2.append([])
    ws2.append(["1 = ei poikkeamaa, 2 = poikkeama hallinnassa, 3 = korjaavia toimia tarvitaan"])

    ws3 = wb.create_sheet("Talous")
    ws3.append(["TP1 Kiireetön vastaanotto", "Budjetti 2023", "Toteuma 1-9/2023", "Ennuste 2023"])
    ws3.append(["Henkilöstökulut", 420000, 301200.5, 415000])
    ws3.append(["Palvelujen ostot", 85000, 61340, 84000])
    ws3.append(["Yhteensä", 505000, 362540.5, 499000])
    ws3.append([])
    ws3.append(["TP2 Suun terveydenhuolto", "Budjetti 2023", "Toteuma 1-9/2023", "Ennuste 2023"])
    ws3.append(["Henkilöstökulut", 260000, 171880, 248000])
    ws3.append(["Materiaalit ja tarvikkeet", 40000, 36210, 47000])
    ws3.append(["Yhteensä", 300000, 208090, 295000])

    ws4 = wb.create_sheet("Tavoitteet")
    ws4.append(["Tavoite", "TP", "Tilanne 30.9."])
    ws4.append(["Hoitoon pääsy lääkärille 14 vuorokaudessa", "TP1", "saavutettu"])
    ws4.append(["Puhelinjonossa odotus alle 10 minuuttia", "TP1", "ei saavutettu"])
    ws4.append(["Suun terveydenhuollon jono alle 3 kuukautta", "TP2", "kesken"])

    for sheet in wb.worksheets:
        sheet.column_dimensions["A"].width = 48
    wb.properties.creator = "Soite"
    wb.properties.created = CREATED
    wb.properties.modified = CREATED
    raw = io.BytesIO()
    wb.save(raw)
    restamp(raw, TEST37 / "oh04_keski_pohjanmaa_seurantaraportti_2023.xlsx", CREATED)


# --- oh05: Lappi, steering-group deck, lights as OK / HUOM / KRIITTINEN words, costs in t€ ---


def _oh05() -> None:
    from pptx import Presentation
    from pptx.util import Inches

    prs = Presentation()
    prs.core_properties.author = "Lapin hyvinvointialue"
    prs.core_properties.created = CREATED
    prs.core_properties.modified = CREATED
    prs.core_properties.last_modified_by = "Lapin hyvinvointialue"
    prs.core_properties.revision = 1

    def grid(slide, rows: list[tuple[str, ...]]) -> None:
        shape = slide.shapes.add_table(
            len(rows), len(rows[0]), Inches(0.6), Inches(1.7), Inches(8.8), Inches(3)
        )
        for r, row in enumerate(rows):
            for c, text in enumerate(row):
                shape.table.cell(r, c).text = text

    s = prs.slides.add_slide(prs.slide_layouts[0])
    s.shapes.title.text = "Lapin etäpalvelut kaikille"
    s.placeholders[1].text = "Ohjausryhmä 11.6.2024\nLapin hyvinvointialue"

    s = prs.slides.add_slide(prs.slide_layouts[1])
    s.shapes.title.text = "Hanke lyhyesti"
    s.placeholders[1].text = (
        "Rahoitus: sosiaali- ja terveysministeriö, Suomen kestävän kasvun ohjelma; myönnetty 2 130 000 €\n"
        "Investointi 2: Etäkuntoutus – Rovaniemi, Sodankylä, Inari\n"
        "Investointi 4: Digitaalinen sosiaalityö – Kemi ja Tornio\n"
        "Lapin ammattikorkeakoulu kouluttaa etäkuntouttajat; sosiaalityön chat vaatii Suomi.fi-tunnistuksen"
    )

    s = prs.slides.add_slide(prs.slide_layouts[5])
    s.shapes.title.text = "Tilannekuva 5/2024 (OK · HUOM · KRIITTINEN)"
    grid(
        s,
        [
            ("", "Inv. 2 Etäkuntoutus", "Inv. 4 Digitaalinen sosiaalityö"),
            ("Aikataulu", "OK", "KRIITTINEN"),
            ("Talous", "HUOM", "OK"),
            ("Henkilöstö", "OK", "HUOM"),
            ("Riskit", "OK", "HUOM"),
        ],
    )

    s = prs.slides.add_slide(prs.slide_layouts[5])
    s.shapes.title.text = "Talous 31.5.2024, kumulatiivinen (t€)"
    grid(
        s,
        [
            ("", "Budj. t€", "Tot. t€", "Ennuste t€"),
            ("Inv. 2", "1 150", "612,4", "1 190"),
            ("Inv. 4", "980", "377,9", "940"),
            ("Yhteensä", "2 130", "990,3", "2 130"),
        ],
    )

    s = prs.slides.add_slide(prs.slide_layouts[1])
    s.shapes.title.text = "Tavoitteet (✓ saavutettu · ◔ osittain · ✗ ei saavutettu)"
    s.placeholders[1].text = (
        "✓ Etäfysioterapia aloitettu Sodankylässä ja Inarissa\n"
        "◔ Puolet kuntoutuskäynneistä etänä Rovaniemen ulkopuolella\n"
        "✗ Sosiaalityön chat auki myös iltaisin"
    )
    raw = io.BytesIO()
    prs.save(raw)
    restamp(raw, TEST37 / "oh05_lappi_ohjausryhma_2024.pptx", CREATED)


# --- oh11: Etelä-Savo, project plan DOCX, one estimate table per work package ---


def _oh11() -> None:
    d = docx_document("Etelä-Savon hyvinvointialue", CREATED)
    d.add_heading("Hankesuunnitelma", level=0)
    d.add_paragraph(
        "Etelä-Savon digiklinikka – Suomen kestävän kasvun ohjelma, sosiaali- ja terveysministeriön haku 2022"
    )
    bold(d, "1 Perustiedot")
    table(
        d,
        [
            ("Kenttä", "Tieto"),
            ("Hankkeen nimi", "Etelä-Savon digiklinikka"),
            ("Hakija", "Etelä-Savon hyvinvointialue"),
            ("Toteutusalue", "Mikkeli, Savonlinna, Pieksämäki ja Juva"),
            ("Hankeaika", "1.1.2023–31.12.2025"),
            ("Haettava avustus", "2 100 000,00 €"),
            ("Kokonaiskustannukset", "2 625 000,00 € (omarahoitus 20 %)"),
            ("Päiväys", "30.9.2022"),
        ],
    )
    bold(d, "2 Tavoitteet")
    d.add_paragraph("Tavoite 1: Digiklinikka vastaa yhteydenottoihin kaikkina päivinä klo 7–22.")
    d.add_paragraph("Tavoite 2: Kotihoidon asiakkaista 300 käyttää etähoivaa vuoden 2025 loppuun mennessä.")
    d.add_paragraph("Tavoite 3: Päivystyksen kiireettömät käynnit vähenevät 15 %.")
    bold(d, "3 Työpaketit ja kustannusarvio")
    d.add_paragraph("Työpaketti 1: Digiklinikan palvelumalli")
    table(
        d,
        [
            ("Kustannuslaji", "Kustannusarvio (€)"),
            ("Henkilöstökulut", "980 000,00"),
            ("Ohjelmistot", "410 000,00"),
            ("Viestintäpalvelut", "35 000,00"),
            ("Yhteensä", "1 425 000,00"),
        ],
    )
    d.add_paragraph("Työpaketti 2: Kotona asumisen etäpalvelut")
    table(
        d,
        [
            ("Kustannuslaji", "Kustannusarvio (€)"),
            ("Henkilöstökulut", "720 000,00"),
            ("Puhelin- ja ICT-laitehankinnat", "380 000,00"),
            ("Matkakulut", "100 000,00"),
            ("Yhteensä", "1 200 000,00"),
        ],
    )
    bold(d, "4 Yhteistyö ja riippuvuudet")
    d.add_paragraph(
        "[Ohje: kuvaa kumppanit ja kansalliset palvelut, joihin hanke nojaa.] Kaakkois-Suomen ammattikorkeakoulu "
        "Xamk kouluttaa digiklinikan hoitajat. Oirearviot tehdään Omaolossa ja asiakas tunnistautuu "
        "Suomi.fi-tunnistuksella."
    )
    save(d, TEST37 / "oh11_etela_savo_hankesuunnitelma_2022.docx", ZIP_TIME)


# --- oh15: Etelä-Pohjanmaa, final report PDF, lights as school grades 4-10 ---

OH15 = [
    [
        "!LOPPURAPORTTI",
        "Sujuvaa arkea Etelä-Pohjanmaalla",
        "Tulevaisuuden sosiaali- ja terveyskeskus -ohjelma 2020–2023",
        "Etelä-Pohjanmaan hyvinvointialue                      15.12.2023",
        "",
        "Hankeaika 1.1.2022–31.10.2023. Sosiaali- ja terveysministeriö myönsi hankkeelle",
        "2 850 000 euroa. Toteutusalue: Seinäjoki, Lapua, Kauhajoki, Alajärvi ja Kurikka.",
        "",
        "!1 Onnistumisen arvio",
        "Ohjausryhmä arvioi osa-alueet kouluarvosanoin: 8–10 = toteutui suunnitellusti,",
        "6–7 = toteutui osittain, 4–5 = ei toteutunut.",
        "#Osa-alue|Arvosana",
        "#Aikataulu|8",
        "#Kustannukset|9",
        "#Tuotosten laatu|7",
        "#Laajuus|6",
        "#Hyödyt|8",
        "",
        "!2 Tavoitteet",
        "1. Sosiaaliohjaaja työskentelee jokaisella terveysasemalla",
        "   - Arvio: toteutui",
        "2. Omaolo-oirearvioiden määrä kaksinkertaistuu",
        "   - Arvio: toteutui osittain (+64 %)",
        "3. Kiireettömän hoidon jonot alle 7 päivää Seinäjoella",
        "   - Arvio: ei toteutunut, jono 10 päivää",
    ],
    [
        "!3 Kustannukset vuosittain (€)",
        "Vuosi 2022",
        "#Kustannuslaji|Myönnetty|Toteutunut|Käyttöaste %",
        "#Henkilöstökulut|820 000|797 410|97",
        "#Palvelujen ostot|260 000|244 830|94",
        "#Matkakulut|30 000|18 540|62",
        "#Yhteensä|1 110 000|1 060 780|96",
        "Vuosi 2023",
        "#Kustannuslaji|Myönnetty|Toteutunut|Käyttöaste %",
        "#Henkilöstökulut|1 300 000|1 286 900|99",
        "#Palvelujen ostot|400 000|412 110|103",
        "#Matkakulut|40 000|41 780|104",
        "#Yhteensä|1 740 000|1 740 790|100",
        "",
        "Avustusta jäi käyttämättä 48 430 euroa, joka palautetaan. Seinäjoen ammattikorkea-",
        "koulu SeAMK arvioi sosiaaliohjauksen vaikutukset; oirearviot tehtiin Omaolo-",
        "palvelussa.",
    ],
]


def _oh15() -> None:
    def header(n: int, total: int) -> list[tuple[int, str]]:
        return [(40, "Sujuvaa arkea Etelä-Pohjanmaalla – loppuraportti"), (520, str(n))]

    def footer(n: int, total: int) -> list[tuple[int, str]]:
        return [(40, "Etelä-Pohjanmaan hyvinvointialue")]

    pdf(TEST37 / "oh15_etela_pohjanmaa_loppuraportti_2023.pdf", OH15, [40, 220, 330, 440], header, footer)


# --- oh18: Vantaa ja Kerava, steering-group memo DOCX, lights as condition words ---


def _oh18() -> None:
    d = docx_document("Vantaan ja Keravan hyvinvointialue", CREATED)
    d.add_heading("Ohjausryhmän muistio 3/2024", level=0)
    d.add_paragraph("Nuorten mieli kuntoon Vantaalla ja Keravalla")
    d.add_paragraph(
        "Aika 4.6.2024 klo 13–15, Teams. Läsnä: palvelualuejohtaja (pj), hankepäällikkö (siht.), "
        "nuorisopalvelujen ja oppilashuollon edustajat Vantaalta ja Keravalta."
    )
    bold(d, "1 Kokouksen avaus ja edellinen muistio")
    d.add_paragraph("Puheenjohtaja avasi kokouksen. Muistio 2/2024 hyväksyttiin.")
    bold(d, "2 Hankkeen tilanne")
    d.add_paragraph(
        "Hankepäällikön arvio (hyvä = suunnitelman mukaan, tyydyttävä = pieni poikkeama, "
        "heikko = merkittävä poikkeama):"
    )
    table(
        d,
        [
            ("Osa-alue", "Arvio", "Perustelu"),
            ("Aikataulu", "hyvä", "Keravan vastaanotto aukesi huhtikuussa"),
            ("Kustannukset", "tyydyttävä", "Ostopalveluja sidottu arvioitua enemmän"),
            ("Henkilöstö", "hyvä", "Kaikki tehtävät täytetty"),
            ("Hyödyt", "heikko", "Lähetteiden määrä ei ole laskenut"),
        ],
    )
    bold(d, "3 Talous")
    d.add_paragraph(
        "Sosiaali- ja terveysministeriön Suomen kestävän kasvun ohjelmasta myöntämä valtionavustus on "
        "1 100 000 €. Tilanne 31.5.2024 (€):"
    )
    table(
        d,
        [
            ("Kustannuslaji", "Budjetti", "Toteuma", "Sidottu", "Vapaa"),
            ("Henkilöstökulut", "860 000", "402 700", "31 000", "426 300"),
            ("Palvelujen ostot", "210 000", "88 450", "60 000", "61 550"),
            ("Viestintäpalvelut", "30 000", "9 900", "4 500", "15 600"),
            ("Yhteensä", "1 100 000", "501 050", "95 500", "503 450"),
        ],
    )
    bold(d, "4 Tavoitteiden tilanne")
    d.add_paragraph("– Nuori pääsee vastaanotolle kolmessa arkipäivässä: saavutettu.")
    d.add_paragraph(
        "– Koulukuraattorit ohjaavat nuoret suoraan vastaanotolle: osittain, Keravalla vasta syksyllä."
    )
    d.add_paragraph("– Nuorisopsykiatrian lähetteet vähenevät 20 %: ei saavutettu.")
    bold(d, "5 Yhteistyö")
    d.add_paragraph(
        "HUS:n nuorisopsykiatria konsultoi vastaanoton työntekijöitä kerran viikossa. Metropolia "
        "Ammattikorkeakoulu arvioi mallin ja raportoi syksyllä."
    )
    bold(d, "6 Päätökset")
    d.add_paragraph(
        "Ohjausryhmä päätti siirtää 20 000 € henkilöstökuluista viestintään. Seuraava kokous 10.9.2024."
    )
    save(d, TEST37 / "oh18_vantaa_kerava_ohjausryhma_2024.docx", ZIP_TIME)


if __name__ == "__main__":
    _oh02()
    _oh03()
    _oh04()
    _oh05()
    _oh11()
    _oh15()
    _oh18()
