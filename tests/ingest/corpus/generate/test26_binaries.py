"""Write the held-out set test26's PDF and DOCX documents (invented text, see ../README.md).

test26/ was written blind in stop 38 by helper W23, who read no ingest code and no document of any
set. Run with ``.venv/bin/python tests/ingest/corpus/generate/test26_binaries.py``; the outputs are
committed, so the script is needed only to change them. Two runs write the same bytes: reportlab's
invariant mode for the PDFs; fixed core properties and one fixed time stamp on every zip entry for
the DOCX files.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from binaries_common import bold, docx_document, pdf, save, table

TEST26 = Path(__file__).resolve().parent.parent / "test26"
#: The time stamp of every zip entry of the DOCX files (a zip stores local time, no zone).
ZIP_TIME = (2026, 12, 5, 17, 30, 0)

O04_NAME = "Arjen tuki kotiin"
#: A slide deck exported to PDF: one slide a page, short lines, slide titles in bold.
O04 = [
    [
        "!" + O04_NAME,
        "Loppuraportti ohjausryhmälle",
        "Vantaan ja Keravan hyvinvointialue",
        "12.6.2025",
    ],
    [
        "!Hanke lyhyesti",
        "• Toteutus 1.1.2023–30.6.2025",
        "• Alueena Vantaa ja Kerava",
        "• Rahoitus: STM, valtionavustus 2,10 M€",
        "• Kaksi kehityslinjaa:",
        "   Kehityslinja 1 – Kotikuntoutus (KL1)",
        "   Kehityslinja 2 – Etähoiva (KL2)",
        "• Laurea-ammattikorkeakoulu arvioi",
        "   molemmat kehityslinjat",
        "• Kela ohjaa asiakkaat",
        "   kuntoutuskursseille (KL1)",
    ],
    [
        "!Tilannekuva kesäkuu 2025",
        "#|KL1|KL2",
        "#Aikataulu|raiteilla|raiteilla",
        "#Kustannukset|raiteilla|sivuraiteella",
        "#Henkilöstö|sivuraiteella|raiteilla",
        "#Tuotosten laajuus|raiteilla|raiteilla",
        "",
        "raiteilla = suunnitelman mukaan",
        "sivuraiteella = poikkeama suunnitelmasta",
    ],
    [
        "!Kustannukset KL1 (M€)",
        "#|Budjetti|Toteutunut|Käyttöaste",
        "#Henkilöstö|0,62|0,60|97 %",
        "#Palvelujen ostot|0,21|0,24|114 %",
        "#Materiaalit ja laitteet|0,05|0,04|80 %",
        "#Yhteensä|0,88|0,88|100 %",
    ],
    [
        "!Kustannukset KL2 (M€)",
        "#|Budjetti|Toteutunut|Käyttöaste",
        "#Henkilöstö|0,74|0,69|93 %",
        "#Palvelujen ostot|0,18|0,16|89 %",
    ],
    [
        "!Kustannukset KL2 (M€), jatkuu",
        "#|Budjetti|Toteutunut|Käyttöaste",
        "#Ohjelmistot|0,30|0,28|93 %",
        "#Yhteensä|1,22|1,13|93 %",
        "",
        "Käyttämättä jäänyt 0,09 M€",
        "palautetaan STM:lle.",
    ],
    [
        "!Mitä saavutettiin?",
        "Kotikuntoutus alkaa 3 vrk:n kuluessa",
        "kotiutuksesta – Toteutui: kyllä",
        "Etähoivan asiakkaita 400",
        "– Toteutui: osittain (310)",
        "Ikäihmisten päivystyskäynnit",
        "vähenevät 10 % – Toteutui: ei (−3 %)",
    ],
]


def o05_varsinais_suomi_valiraportti() -> None:
    d = docx_document("Hankekoordinaattori", dt.datetime(2022, 9, 15, 10, 0, 0))
    d.add_heading("Väliraportti 1.1.–31.8.2022", level=1)
    d.add_paragraph("Hanke: Saariston etäpalvelut")
    d.add_paragraph("Hallinnoija: Varsinais-Suomen hyvinvointialue (valmisteluvaihe)")
    d.add_paragraph("Hankeaika: 1.1.2022–31.12.2023 · Raportti laadittu 15.9.2022")
    d.add_paragraph(
        "Saariston etäpalvelut tuo terveydenhoitajan ja lääkärin vastaanotot etäyhteydellä Paraisten, "
        "Kemiönsaaren, Kustavin ja Taivassalon saaristoon. Hanke toteutetaan yhteistyössä Turun "
        "ammattikorkeakoulun kanssa, joka vastaa etävastaanottojen käyttäjätutkimuksesta. Ajanvaraus "
        "etävastaanotolle hoidetaan Omaolo-palvelun kautta."
    )
    d.add_paragraph(
        "Hankkeen kokonaisbudjetti on 540 000 euroa. Sosiaali- ja terveysministeriön valtionavustus on "
        "432 000 euroa ja omarahoitus 108 000 euroa."
    )
    d.add_heading("Riskit ja osa-alueiden tila 31.8.2022", level=2)
    d.add_paragraph(
        "Tässä raportissa osa-alueen tila luetaan riskitaulukosta: jos osa-alueen riski on toteutunut, "
        "osa-alueella on poikkeama; jos ei, osa-alue etenee suunnitelman mukaan."
    )
    table(
        d,
        [
            ("Riski", "Osa-alue", "Toteutunut?", "Toimenpide"),
            ("Laitetoimitukset viivästyvät", "Aikataulu", "Kyllä, 6 viikkoa", "Varalaitteet lainattu"),
            ("Kustannukset ylittävät arvion", "Kustannukset", "Ei", "–"),
            ("Hoitajien vaihtuvuus", "Henkilöstö", "Ei", "–"),
            ("Tietoliikenne ei riitä ulkosaaristossa", "Tuotosten laatu", "Kyllä, osin", "Mobiilireititin"),
            ("Asiakkaat eivät ota etäpalvelua käyttöön", "Hyödyt", "Ei", "–"),
        ],
    )
    d.add_heading("Kustannukset 1.1.–31.8.2022", level=2)
    table(
        d,
        [
            ("Kustannuslaji", "Myönnetty €", "Toteutunut €", "Käyttöaste %"),
            ("Omat henkilöstökulut", "284 000", "101 240", "36"),
            ("Puhelin- ja ICT-laitteet", "96 000", "88 310", "92"),
            ("Asiantuntijapalvelut", "40 000", "10 000", "25"),
            ("Matkakulut", "12 000", "2 650", "22"),
            ("Yhteensä", "432 000", "202 200", "47"),
        ],
    )
    d.add_heading("Tavoitteet", level=2)
    table(
        d,
        [
            ("Tavoite", "Tilanne 31.8.2022"),
            ("Etävastaanotto käytössä kaikissa neljässä saarikunnassa", "Osittain: Parainen ja Kemiönsaari"),
            ("Lauttamatkoja säästyy 500 vuodessa", "Ei vielä arvioitavissa"),
            ("Kotihoidon hoitajat koulutettu etäkäyntiin", "Valmis: 46 hoitajaa koulutettu"),
        ],
    )
    save(d, TEST26 / "o05_varsinais_suomi_valiraportti_2022.docx", ZIP_TIME)


def o17_pohjanmaa_sv_slutrapport() -> None:
    d = docx_document("Projektledare", dt.datetime(2025, 8, 29, 12, 0, 0))
    d.add_paragraph("Välfärdsområdet i Österbotten")
    d.add_heading("Slutrapport", level=1)
    bold(d, "Äldrecoach Österbotten")
    d.add_paragraph("Projekttid 1.1.2023–30.6.2025 · Rapporten godkänd av styrgruppen 29.8.2025")
    d.add_paragraph(
        "Projektet verkade i Vasa, Korsholm, Närpes, Kristinestad och Vörå och hade två delprojekt:"
    )
    d.add_paragraph("Delprojekt A: Mobila teamet")
    d.add_paragraph("Delprojekt B: Minnesmottagning på distans")
    d.add_paragraph(
        "Social- och hälsovårdsministeriet beviljade projektet 945 000 euro. Av beviljade medel "
        "återbetalas 57 800 euro som inte användes. Vasa yrkeshögskola (VAMK) utvärderade det mobila "
        "teamets arbete och Åbo Akademi utbildade personalen i minnesbedömning."
    )
    d.add_heading("Uppföljning", level=2)
    d.add_paragraph("Skala: planenligt = enligt projektplanen; ej planenligt = avvikelse från planen.")
    table(
        d,
        [
            ("Uppföljningsområde", "Delprojekt A", "Delprojekt B"),
            ("Tidtabell", "planenligt", "planenligt"),
            ("Kostnader", "planenligt", "ej planenligt"),
            ("Personal", "ej planenligt", "planenligt"),
            ("Kvalitet", "planenligt", "planenligt"),
        ],
    )
    d.add_heading("Kostnader per delprojekt", level=2)
    d.add_paragraph("Delprojekt A")
    table(
        d,
        [
            ("Kostnadsslag", "Beviljat €", "Utfall €", "Utnyttjandegrad %"),
            ("Personalkostnader", "520 000", "498 300", "96"),
            ("Köpta tjänster", "60 000", "41 200", "69"),
            ("Resekostnader", "35 000", "38 900", "111"),
            ("Totalt", "615 000", "578 400", "94"),
        ],
    )
    d.add_paragraph("Delprojekt B")
    table(
        d,
        [
            ("Kostnadsslag", "Beviljat €", "Utfall €", "Utnyttjandegrad %"),
            ("Personalkostnader", "240 000", "236 800", "99"),
            ("Programvara", "90 000", "72 000", "80"),
            ("Totalt", "330 000", "308 800", "94"),
        ],
    )
    d.add_heading("Mål och utfall", level=2)
    table(
        d,
        [
            ("Mål", "Utfall"),
            ("Hembesök av mobila teamet för 600 äldre per år", "Uppnåddes inte, 410 äldre per år"),
            ("Väntetiden till minnesutredning under tre månader", "Uppnådd"),
            ("Alla kommuner använder samma bedömningsblankett", "Delvis, Närpes och Kristinestad återstår"),
        ],
    )
    save(d, TEST26 / "o17_pohjanmaa_sv_slutrapport_2025.docx", ZIP_TIME)


def main() -> None:
    TEST26.mkdir(exist_ok=True)
    pdf(
        TEST26 / "o04_vantaa_kerava_loppuraportti_2025.pdf",
        O04,
        [40, 200, 330, 440],
        header=lambda n, total: [(40, O04_NAME), (520, f"{n}/{total}")],
        footer=lambda n, total: [(40, "Vantaan ja Keravan hyvinvointialue")],
    )
    o05_varsinais_suomi_valiraportti()
    o17_pohjanmaa_sv_slutrapport()


if __name__ == "__main__":
    main()
