"""Write the held-out set test30's PDF and DOCX documents (invented text, see ../README.md).

test30/ was written blind in stop 40 by helper W27, who read no ingest code and no document of any
set. Run with ``.venv/bin/python tests/ingest/corpus/generate/test30_binaries.py``; the outputs are
committed, so the script is needed only to change them. Two runs write the same bytes: reportlab's
invariant mode for the PDFs; fixed core properties and one fixed time stamp on every zip entry for the
DOCX files.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from binaries_common import Running, bold, docx_document, pdf, save, table

TEST30 = Path(__file__).resolve().parent.parent / "test30"
#: The time stamp of every zip entry of the DOCX files (a zip stores local time, no zone).
ZIP_TIME = (2026, 12, 5, 23, 30, 0)


def _pdf(name: str, pages: list[list[str]], columns: list[int], header: Running, footer: Running) -> None:
    pdf(TEST30 / name, pages, columns, header, footer)


def _save(d, name: str) -> None:
    save(d, TEST30 / name, ZIP_TIME)


# --- oc02: Pohjois-Savo, status report PDF printed from a project tool; two trials (Kokeilu A / B) ---

OC02 = [
    [
        "!Mielen Savo – tilanneraportti 2023",
        "Pohjois-Savon hyvinvointialue · raportti ohjausryhmälle 7.12.2023",
        "Hankeaika 1.3.2023–28.2.2025 · Rahoittaja: sosiaali- ja terveysministeriö",
        "",
        "Hankkeessa on kaksi kokeilua:",
        "Kokeilu A: Koulujen mielenterveystiimit (Kuopio ja Iisalmi)",
        "Kokeilu B: Aikuisten chat-vastaanotto (koko alue, pilottina Varkaus)",
        "Savonia-ammattikorkeakoulu kouluttaa tiimien terapeutit. Chatin ajanvaraus ja kirjaus",
        "tehdään Mielenterveystalon ja Kannan kautta. Koko hankkeelle on myönnetty 1 900 000 euroa.",
        "",
        "!Seurantataso",
        "Normaali seuranta = suunnitelman mukaan; tehostettu seuranta = poikkeama.",
        "#Osa-alue|Kokeilu A|Kokeilu B",
        "#Aikataulu|normaali|tehostettu",
        "#Budjetti|normaali|normaali",
        "#Resurssit|tehostettu|normaali",
        "#Tulosten laajuus|normaali|tehostettu",
        "",
        "!Talous (euroa)",
        "#Kustannuslaji|Budjetti 2023|Toteutunut 1-11/2023|Budjetti 2024",
        "#A: henkilöstö|420 000|236 000|455 000",
        "#A: palvelut|60 000|22 000|70 000",
        "#B: henkilöstö|310 000|142 000|330 000",
        "#B: ohjelmistot|90 000|88 000|40 000",
        "#Yhteensä|880 000|488 000|895 000",
    ],
    [
        "!Tavoitteet",
        "Kokeilu A: mielenterveystiimi jokaisessa yläkoulussa",
        "  – valmis Kuopiossa, Iisalmessa kevään 2024 aikana",
        "Kokeilu B: chat vastaa alle 24 tunnissa",
        "  – ei toteudu, jono 3 vrk",
        "Yhteinen: palvelupolku kuvattu Innokylään",
        "  – tehty",
    ],
]


# --- oc08: Keski-Suomi, final report PDF; each cost kind a line of its own with its amounts below ---

OC08_NAME = "Keski-Suomen hyvinvointialue · Kotihoidon teknologia-avusteinen yöhoito"
OC08 = [
    [
        "!Loppuraportti",
        "Kotihoidon teknologia-avusteinen yöhoito",
        "Hankeaika 1.1.2023–31.12.2024 · Raportti jätetty 28.2.2025",
        "",
        "Hanke korvasi osan kotihoidon yökäynneistä etävalvonnalla Jyväskylässä, Jämsässä ja Äänekoskella.",
        "Jyväskylän ammattikorkeakoulu JAMK arvioi asiakasturvallisuuden. Valvontakeskuksen palvelun",
        "tuotti Kuntien Tiera Oy. Rahoittaja: sosiaali- ja terveysministeriö, myönnetty 1 150 000 euroa.",
        "",
        "!Toteutuiko osa-alue suunnitellusti? (täysin = suunnitelman mukaan; pääosin tai vain osin = poikkeama)",
        "#Aikataulu|täysin",
        "#Kustannukset|pääosin",
        "#Henkilöstö|täysin",
        "#Laatu|täysin",
        "",
        "!Kustannukset koko hankeajalta (euroa)",
        "Henkilöstökulut",
        "     budjetti 780 000 · toteutunut 771 900 · jäi käyttämättä 8 100",
        "Laitteet ja lisenssit",
        "     budjetti 260 000 · toteutunut 244 180 · jäi käyttämättä 15 820",
        "Ostopalvelut",
        "     budjetti 90 000 · toteutunut 72 400 · jäi käyttämättä 17 600",
        "Matkat",
        "     budjetti 20 000 · toteutunut 10 160 · jäi käyttämättä 9 840",
        "Kaikki yhteensä",
        "     budjetti 1 150 000 · toteutunut 1 098 640 · jäi käyttämättä 51 360",
        "",
        "Käyttämättä jäänyt 51 360 euroa palautetaan valtionavustuksen tarkastuksen jälkeen.",
        "",
        "!Tavoitteiden toteutuminen",
        "Tavoite 1. Yökäyntejä korvataan etävalvonnalla 30 prosenttia.",
        "Arvio: Toteutui, 34 % yökäynneistä korvattiin.",
        "Tavoite 2. Asiakkaiden kaatumiset yöllä eivät lisäänny.",
        "Arvio: Toteutui.",
        "Tavoite 3. Malli laajenee Keuruulle.",
        "Arvio: Ei toteutunut hankeaikana; Keuruun kotihoito päätti odottaa uutta laitehankintaa.",
    ],
]


def oc03_lappi_valiraportti() -> None:
    d = docx_document("Lapin hyvinvointialue", dt.datetime(2024, 5, 31, 10, 0, 0))
    d.add_heading("Väliraportti 1/2024", level=1)
    table(
        d,
        [
            ("Kenttä", "Tieto"),
            ("Hankkeen nimi", "Pohjoisen etäpalvelut"),
            ("Hallinnoija", "Lapin hyvinvointialue"),
            ("Toteutusaika", "1.6.2023–31.5.2025"),
            (
                "Kehittämisalueet",
                "Kehittämisalue 1 Saamenkieliset etäpalvelut; Kehittämisalue 2 Tunturi-Lapin liikkuva neuvola",
            ),
            ("Kunnat", "Inari, Utsjoki, Enontekiö, Kittilä"),
            ("Raportin päivä", "31.5.2024"),
        ],
    )
    d.add_paragraph(
        "Saamelaisalueen koulutuskeskus kääntää etävastaanottojen materiaalit pohjoissaameksi ja "
        "inarinsaameksi. Lapin ammattikorkeakoulu kouluttaa neuvola-auton hoitajat. Etävastaanotot "
        "pidetään Omaolon ja Terveyskylän kautta."
    )
    d.add_heading("Poikkeamat kehittämisalueittain", level=2)
    d.add_paragraph(
        "Poikkeaman laatu: ei poikkeamaa = suunnitelman mukaan; tilapäinen = poikkeama, joka korjautuu "
        "raportointikauden aikana; pysyvä = poikkeama, joka muuttaa suunnitelmaa."
    )
    table(
        d,
        [
            ("Näkökulma", "Kehittämisalue 1", "Kehittämisalue 2"),
            ("Aikataulu", "tilapäinen", "ei poikkeamaa"),
            ("Kustannukset", "ei poikkeamaa", "pysyvä"),
            ("Henkilöstö", "pysyvä", "ei poikkeamaa"),
        ],
    )
    d.add_heading("Talous 1.6.2023–30.4.2024", level=2)
    table(
        d,
        [
            ("Alue", "Kustannuslaji", "Myönnetty €", "Sidottu €", "Toteutunut €", "Ennuste €"),
            ("1", "Henkilöstökulut", "€ 248 000", "€ 12 000", "€ 96 420", "€ 240 000"),
            ("1", "Asiantuntijapalvelut", "€ 64 000", "€ 18 500", "€ 31 760", "€ 70 000"),
            ("2", "Henkilöstökulut", "€ 196 000", "€ 0", "€ 88 150", "€ 196 000"),
            ("2", "Investoinnit (neuvola-auto)", "€ 112 000", "€ 0", "€ 109 800", "€ 109 800"),
        ],
    )
    d.add_paragraph(
        "STM:n myöntämä valtionavustus on yhteensä 620 000 euroa. Hankkeelle haetaan 45 000 euron "
        "lisärahoitus käännöstyöhön."
    )
    d.add_heading("Tavoitteet", level=2)
    table(
        d,
        [
            ("Tavoite", "Miten edennyt"),
            (
                "Saamenkielinen etävastaanotto on tarjolla viikoittain kolmessa kunnassa",
                "Inarissa ja Utsjoella kyllä, Enontekiöllä vasta syksyllä",
            ),
            (
                "Neuvola-auto käy jokaisessa tunturikylässä kuukausittain",
                "Tavoite on saavutettu huhtikuusta alkaen",
            ),
        ],
    )
    _save(d, "oc03_lappi_valiraportti_2024.docx")


def oc16_pohjois_karjala_tilanneraportti() -> None:
    d = docx_document("Siun sote", dt.datetime(2025, 9, 12, 8, 30, 0))
    d.add_paragraph("POHJOIS-KARJALAN HYVINVOINTIALUE – SIUN SOTE")
    d.add_paragraph("Tilanneraportti elokuu 2025")
    d.add_heading("Karjalan nuorten työkykypolku", level=1)
    d.add_paragraph(
        "Hanke (1.1.2024–31.12.2026) ohjaa koulunsa keskeyttäneet nuoret Joensuussa, Lieksassa ja "
        "Kiteellä työkykyarvioon ja kuntoutukseen. Karelia-ammattikorkeakoulu vastaa nuorten "
        "työkokeiluista ja Kela myöntää ammatillisen kuntoutuksen päätökset yhteisessä tiimissä. "
        "Hanke rahoitetaan STM:n valtionavustuksella (1 380 000 euroa)."
    )
    d.add_heading("Ennuste suunnitelman toteutumisesta", level=2)
    d.add_paragraph('Vain "saavutetaan" tarkoittaa suunnitelman mukaista etenemistä.')
    table(
        d,
        [
            ("Näkökulma", "Saavutetaanko suunnitelma?", "Selitys"),
            ("Aikataulu", "saavutetaan viiveellä", "Kiteen tiimi aloitti kuukauden myöhässä"),
            ("Talous", "saavutetaan", "-"),
            ("Henkilöstö", "ei saavuteta", "kaksi psykologin tointa auki"),
            ("Tulosten laatu", "saavutetaan", "-"),
            ("Hyödyt", "saavutetaan viiveellä", "työkokeiluun pääsy hidasta"),
        ],
    )
    d.add_heading("Kustannusarvio ja toteuma vuosittain (euroa)", level=2)
    table(
        d,
        [
            ("", "2024 arvio", "2024 toteuma", "2025 arvio", "2025 toteuma 31.7."),
            ("Henkilöstökulut", "360 000", "342 900", "410 000", "228 300"),
            ("Ostopalvelut", "70 000", "81 600", "80 000", "39 900"),
            ("Muut kulut", "20 000", "12 400", "20 000", "7 750"),
            ("Yhteensä", "450 000", "436 900", "510 000", "275 950"),
        ],
    )
    d.add_heading("Tavoitteet ja toteutuminen", level=2)
    for text in (
        "Nuori pääsee työkykyarvioon kuukauden kuluessa ohjauksesta. Toteutunut.",
        "Työkokeiluun pääsee 150 nuorta vuodessa. Toteutunut vain osittain: 96 nuorta vuonna 2024.",
        "Lieksaan perustetaan oma nuorten tiimi. Ei vielä alkanut, siirretty vuodelle 2026.",
    ):
        d.add_paragraph(text, style="List Number")
    bold(d, "Hyväksytty ohjausryhmässä 10.9.2025")
    _save(d, "oc16_pohjois_karjala_tilanneraportti_2025.docx")


def main() -> None:
    _pdf(
        "oc02_pohjois_savo_tilanneraportti_2023.pdf",
        OC02,
        [40, 200, 330, 460],
        header=lambda n, total: [(40, "Pohjois-Savon hyvinvointialue"), (520, f"{n}/{total}")],
        footer=lambda n, total: [(40, "Mielen Savo · ohjausryhmä")],
    )
    oc03_lappi_valiraportti()
    _pdf(
        "oc08_keski_suomi_loppuraportti_2025.pdf",
        OC08,
        [40, 240, 330, 420, 500],
        header=lambda n, total: [(40, OC08_NAME)],
        footer=lambda n, total: [(40, "Loppuraportti"), (500, f"sivu {n} / {total}")],
    )
    oc16_pohjois_karjala_tilanneraportti()


if __name__ == "__main__":
    main()
