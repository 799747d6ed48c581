"""Write the held-out set test22's PDF and DOCX documents (invented text, see ../README.md).

test22/ was written blind in stop 36 by helper W19, who read no ingest code and no document of any
other set. Run with ``.venv/bin/python tests/ingest/corpus/generate/test22_binaries.py``; the outputs
are committed, so the script is needed only to change them. Two runs write the same bytes:
reportlab's invariant mode for the PDFs; fixed core properties and one fixed time stamp on every zip
entry for the DOCX files.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from binaries_common import Running, bold, docx_document, pdf, save, table

TEST22 = Path(__file__).resolve().parent.parent / "test22"
#: The time stamp of every zip entry of the DOCX files (a zip stores local time, no zone).
ZIP_TIME = (2026, 12, 5, 11, 0, 0)


def _pdf(name: str, pages: list[list[str]], columns: list[int], header: Running, footer: Running) -> None:
    pdf(TEST22 / name, pages, columns, header, footer)


def _save(d, name: str) -> None:
    save(d, TEST22 / name, ZIP_TIME)


# --- q07: Kymenlaakso, an updated project plan in Word; lights as whether a part's dimension had to
# be changed from the plan, a per-year estimate table with cents ---


def q07_kymenlaakso_hankesuunnitelma() -> None:
    d = docx_document("Kymenlaakson hyvinvointialueen valmistelu", dt.datetime(2022, 9, 30, 12, 0, 0))
    d.add_heading("Päivitetty hankesuunnitelma 9/2022", level=1)
    d.add_paragraph("Yhden yhteydenoton palveluohjaus")
    table(
        d,
        [
            ("Kenttä", "Tieto"),
            ("Hakija", "Kymenlaakson hyvinvointialue (valmistelu)"),
            ("Hankeaika", "1.1.2022–31.12.2023"),
            ("Rahoitus", "Sosiaali- ja terveysministeriö, Suomen kestävän kasvun ohjelma (RRF)"),
            ("Haettava avustus", "1 480 000 €"),
            ("Kokonaiskustannusarvio", "1 650 000 €"),
        ],
    )
    d.add_heading("1 Hankkeen kuvaus", level=2)
    d.add_paragraph(
        "Yhden yhteydenoton palveluohjaus kokoaa sosiaali- ja terveyspalvelujen neuvonnan yhteen "
        "puhelinnumeroon ja verkkopalveluun Kotkassa, Kouvolassa ja Haminassa. Hankkeessa on kaksi "
        "osakokonaisuutta: Osakokonaisuus 1 Puhelinpalvelu ja Osakokonaisuus 2 Digitaalinen palveluohjaus. "
        "Kaakkois-Suomen ammattikorkeakoulu Xamk arvioi palveluohjauksen vaikuttavuutta. Palveluohjaajat "
        "hakevat palvelujen tiedot Palvelutietovarannosta (PTV), joten PTV:n kuvausten on oltava ajan tasalla."
    )
    d.add_heading("2 Muutokset hankesuunnitelmaan", level=2)
    d.add_paragraph(
        "Osa-alue, johon on jouduttu tekemään muutos, poikkeaa alkuperäisestä suunnitelmasta; "
        "\u201dei muutosta\u201d tarkoittaa, että osa-alue etenee suunnitelman mukaan."
    )
    for part, rows in (
        (
            "Osakokonaisuus 1: Puhelinpalvelu",
            (
                ("Aikataulu", "ei muutosta"),
                ("Kustannukset", "muutettu: ohjelmistokustannuksia siirretty vuodelle 2023"),
                ("Henkilöstö", "ei muutosta"),
            ),
        ),
        (
            "Osakokonaisuus 2: Digitaalinen palveluohjaus",
            (
                ("Aikataulu", "muutettu: avaaminen siirtyy vuoteen 2023"),
                ("Kustannukset", "ei muutosta"),
                ("Henkilöstö", "muutettu: kaksi palveluohjaajaa rekrytoidaan vasta keväällä"),
            ),
        ),
    ):
        bold(d, part)
        table(d, [("Osa-alue", "Muutos hankesuunnitelmaan"), *rows])
        d.add_paragraph("")
    d.add_heading("3 Tavoitteet", level=2)
    table(
        d,
        [
            ("Tavoite", "Tilanne 9/2022"),
            ("Palvelunumero on auki arkisin klo 8–18 kaikille kolmelle kunnalle.", "toteutunut"),
            ("80 prosenttia yhteydenotoista ratkeaa ensimmäisellä kerralla.", "kesken"),
            ("Digitaalinen palveluohjaus avataan asukkaille vuonna 2022.", "siirtyy vuoteen 2023"),
        ],
    )
    d.add_heading("4 Kustannusarvio vuosittain (€)", level=2)
    table(
        d,
        [
            ("Kustannuslaji", "2022", "2023", "Yhteensä"),
            ("Omat henkilöstökustannukset", "420 000,00", "610 000,00", "1 030 000,00"),
            ("Ohjelmistot", "150 000,00", "90 000,00", "240 000,00"),
            ("Asiantuntijapalvelut", "110 000,00", "140 000,00", "250 000,00"),
            ("Välilliset kustannukset", "63 000,00", "67 000,00", "130 000,00"),
            ("Yhteensä", "743 000,00", "907 000,00", "1 650 000,00"),
        ],
    )
    _save(d, "q07_kymenlaakso_hankesuunnitelma_2022.docx")


# --- q08: Satakunta, a status report in PDF; lights as deviation classes in Roman numerals, a cost
# table split over a page break with its header repeated ---

Q08 = [
    [
        "!Tilanneraportti 2/2023: Mielen etäväylä",
        "Satakunnan hyvinvointialue | raportointijakso 1.1.–31.8.2023 | 15.9.2023",
        "",
        "Mielen etäväylä (1.2.2023–31.12.2025) tuo mielenterveyspalvelujen ensikäynnit ja lyhytterapian",
        "videovastaanotolle Porissa, Raumalla ja Huittisissa. Sosiaali- ja terveysministeriö on myöntänyt",
        "hankkeelle 1 020 000 euroa. Satakunnan ammattikorkeakoulu (SAMK) kouluttaa terapeutit",
        "videovälitteiseen työhön. Pidempää hoitoa tarvitsevat ohjataan Kelan kuntoutuspsykoterapiaan,",
        "joten hoitopolku toimii vain, jos Kelan päätökset tulevat ajallaan.",
        "",
        "!Poikkeamaluokat 31.8.2023",
        "Luokka I = ei poikkeamaa suunnitelmasta, II = lievä poikkeama, III = vakava poikkeama.",
        "#Osa-alue|Luokka|Perustelu",
        "#Aikataulu|I|",
        "#Kustannukset|II|lisenssien hinta nousi",
        "#Henkilöstö|I|",
        "#Hyödyt|I|",
        "",
        "!Tavoitteet",
        "#Tavoite|Mittari|Tilanne 8/2023",
        "#Ensikäynti viikon sisällä yhteydenotosta|jonotusaika|saavutettu",
        "#Puolet lyhytterapioista videolla|osuus|osittain (38 %)",
        "#Huittisten vastaanotto avataan|avattu|ei saavutettu",
        "",
        "!Kustannukset 2023 (euroa)",
        "#Kustannuslaji|Budjetti 2023|Toteuma 1–8/2023|Sidottu|Käyttöaste",
        "#Omat henkilöstökustannukset|380 000|251 300|0|66 %",
        "#Asiantuntijapalvelut|60 000|41 250|12 000|69 %",
        "#Viestintäpalvelut|12 000|3 900|2 000|33 %",
    ],
    [
        "!Kustannukset 2023 (euroa), jatkuu",
        "#Kustannuslaji|Budjetti 2023|Toteuma 1–8/2023|Sidottu|Käyttöaste",
        "#Matkakulut|8 000|5 120|0|64 %",
        "#Ohjelmistot|45 000|44 800|0|100 %",
        "#Välilliset kustannukset|57 000|37 695|0|66 %",
        "#Yhteensä|562 000|384 065|14 000|68 %",
        "",
        "Ohjelmistolisenssien hinta nousi maaliskuussa; ylitys katetaan viestinnän säästöillä.",
        "",
        "Raportin hyväksyi ohjausryhmä 14.9.2023.",
    ],
]


def q08_satakunta_tilanneraportti() -> None:
    def header(_number: int, _pages: int) -> list[tuple[int, str]]:
        return [(40, "Satakunnan hyvinvointialue"), (400, "Mielen etäväylä – tilanneraportti")]

    def footer(number: int, pages: int) -> list[tuple[int, str]]:
        return [(40, "Tulostettu 15.9.2023"), (480, f"Sivu {number}/{pages}")]

    _pdf("q08_satakunta_tilanneraportti_2023.pdf", Q08, [40, 230, 330, 420, 490], header, footer)


# --- q12: Kanta-Häme, a final report in Word; lights as a coloured dot whose colour alone carries
# the value (the legend is coloured the same way), goals judged by the numbers and one sentence ---

GREEN, AMBER, RED = "00A651", "FFB000", "E0301E"


def _dot(d, label: str, colour: str, comment: str) -> None:
    from docx.shared import RGBColor

    paragraph = d.add_paragraph(f"{label}  ")
    run = paragraph.add_run("●")
    run.font.color.rgb = RGBColor.from_string(colour)
    if comment:
        paragraph.add_run(f"  {comment}")


def q12_kantahame_loppuraportti() -> None:
    d = docx_document("Kanta-Hämeen hyvinvointialue", dt.datetime(2025, 1, 31, 10, 0, 0))
    d.add_heading("Kanta-Hämeen lapsiperheiden palvelupolku – loppuraportti", level=1)
    d.add_paragraph("Kanta-Hämeen hyvinvointialue, 31.1.2025")
    d.add_paragraph(
        "Hankeaika 1.1.2023–31.12.2024. Hanke kokosi lapsiperheiden neuvolan, perhetyön ja "
        "kasvatus- ja perheneuvonnan yhdeksi palvelupoluksi Hämeenlinnassa, Riihimäellä ja Forssassa. "
        "Sosiaali- ja terveysministeriö myönsi hankkeelle 1 670 000 euroa. Hämeen ammattikorkeakoulu HAMK "
        "teki perheiden haastattelut ja arvioi palvelupolun. Vanhemmat ohjataan iltaisin Sähköisen "
        "perhekeskuksen chattiin, jonka varaan hanke rakensi iltojen neuvonnan."
    )
    d.add_heading("Hankkeen arvio loppuvaiheessa", level=2)
    legend = d.add_paragraph("Merkit: ")
    for colour, meaning in ((GREEN, "suunnitelman mukaan"), (AMBER, "poikkeama"), (RED, "vakava poikkeama")):
        from docx.shared import RGBColor

        run = legend.add_run("●")
        run.font.color.rgb = RGBColor.from_string(colour)
        legend.add_run(f" {meaning}   ")
    _dot(d, "Aikataulu", GREEN, "")
    _dot(d, "Kustannukset", GREEN, "")
    _dot(d, "Henkilöstö", AMBER, "perheneuvonnan psykologin paikka oli auki puoli vuotta")
    _dot(d, "Hyödyt", GREEN, "")
    _dot(d, "Riskit", RED, "palvelupolun ylläpidolle ei ole vielä vastuuhenkilöä")
    d.add_heading("Tavoitteet", level=2)
    table(
        d,
        [
            ("Tavoite", "Lähtötaso", "Tavoitetaso", "Saavutettu"),
            ("Neuvolan perhetyön jonotusaika lyhenee", "6 viikkoa", "2 viikkoa", "2 viikkoa"),
            ("Palvelutarpeen arvio tehdään yhdellä käynnillä", "35 %", "80 %", "58 %"),
            ("Vanhempien tyytyväisyys palvelupolkuun (1–5)", "3,6", "4,2", "4,3"),
        ],
    )
    d.add_paragraph("Ensimmäinen ja kolmas tavoite saavutettiin; toinen jäi puolitiehen.")
    d.add_heading("Talous", level=2)
    table(
        d,
        [
            ("Kustannuslaji", "Myönnetty", "Toteutunut", "Käyttöaste"),
            ("Omat henkilöstökustannukset", "1 200 000", "1 121 600", "93,5 %"),
            ("Palvelujen osto", "300 000", "288 900", "96,3 %"),
            ("Investointikulut", "150 000", "98 700", "65,8 %"),
            ("Matkakulut", "20 000", "11 000", "55,0 %"),
            ("Yhteensä", "1 670 000", "1 520 200", "91,0 %"),
        ],
    )
    d.add_paragraph("Käyttämättä jäänyt avustus, 149 800 euroa, palautetaan sosiaali- ja terveysministeriölle.")
    _save(d, "q12_kantahame_loppuraportti_2025.docx")


# --- q16: Keski-Pohjanmaa, a follow-up report in PDF; lights as how far a deviation was handled
# (suunnitelmassa / korjaussuunnitelma / eskaloitu) in a matrix of investments by dimension with a
# progress column, a cost table per investment ---

Q16 = [
    [
        "!Keski-Pohjanmaan lähipalvelut – seurantaraportti 1/2023",
        "Keski-Pohjanmaan hyvinvointialue, 15.8.2023",
        "",
        "Keski-Pohjanmaan lähipalvelut (1.1.2023–31.12.2024) vie kotihoidon ja mielenterveyspalvelut",
        "lähemmäs asukkaita Kokkolassa, Kannuksessa ja Kaustisella. Hankkeelle on myönnetty",
        "1 040 000 euroa sosiaali- ja terveysministeriöltä. Centria-ammattikorkeakoulu kouluttaa",
        "kotihoidon etähoitajat. Matalan kynnyksen palveluissa käytetään Mielenterveystalon",
        "omahoito-ohjelmia, joiden varaan ohjaus rakentuu.",
        "",
        "Investointi 1: Kotihoidon etäkäynnit",
        "Investointi 2: Matalan kynnyksen mielenterveyspalvelut",
        "",
        "!Tilannearvio 30.6.2023",
        "suunnitelmassa = ei poikkeamaa; korjaussuunnitelma = poikkeama, jolle on laadittu korjaus;",
        "eskaloitu = vakava poikkeama, viety ohjausryhmän ratkaistavaksi",
        "#Investointi|Aikataulu|Kustannukset|Henkilöstö|Edistyminen",
        "#Investointi 1|suunnitelmassa|korjaussuunnitelma|suunnitelmassa|70 %",
        "#Investointi 2|korjaussuunnitelma|suunnitelmassa|eskaloitu|45 %",
        "",
        "!Tavoitteet",
        "Investointi 1: Etäkäyntejä tehdään 1 500 kuukaudessa – saavutettu",
        "Investointi 2: Mielenterveystalon omahoito-ohjelmat ovat käytössä kaikissa kolmessa kunnassa",
        "– osittain (Kaustinen puuttuu)",
        "Investointi 2: Matalan kynnyksen vastaanotto ilman lähetettä Kannuksessa – siirtyy vuoteen 2024",
    ],
    [
        "!Kustannukset investoinneittain (euroa)",
        "",
        "Investointi 1: Kotihoidon etäkäynnit",
        "#Kustannuslaji|Budjetti 2023|Toteuma 1–6/2023|Ennuste 2023",
        "#Henkilöstökulut|240 000|101 500|236 000",
        "#Puhelin- ja ICT-laitehankinnat|60 000|48 200|60 000",
        "#Yhteensä|300 000|149 700|296 000",
        "",
        "Investointi 2: Matalan kynnyksen mielenterveyspalvelut",
        "#Kustannuslaji|Budjetti 2023|Toteuma 1–6/2023|Ennuste 2023",
        "#Henkilöstökulut|180 000|83 900|175 000",
        "#Palvelujen osto|40 000|12 600|38 000",
        "#Yhteensä|220 000|96 500|213 000",
        "",
        "Kannuksen vastaanoton psykiatrisen sairaanhoitajan rekrytointi ei onnistunut keväällä.",
    ],
]


def q16_keskipohjanmaa_seurantaraportti() -> None:
    def header(_number: int, _pages: int) -> list[tuple[int, str]]:
        return [(40, "Keski-Pohjanmaan hyvinvointialue"), (430, "Seurantaraportti 1/2023")]

    def footer(number: int, pages: int) -> list[tuple[int, str]]:
        return [(500, f"{number} ({pages})")]

    _pdf("q16_keskipohjanmaa_seurantaraportti_2023.pdf", Q16, [40, 140, 250, 360, 480], header, footer)


if __name__ == "__main__":
    q07_kymenlaakso_hankesuunnitelma()
    q08_satakunta_tilanneraportti()
    q12_kantahame_loppuraportti()
    q16_keskipohjanmaa_seurantaraportti()
