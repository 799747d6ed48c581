"""Write the held-out set test24's PDF and DOCX documents (invented text, see ../README.md).

test24/ was written blind in stop 37 by helper W21, who read no ingest code and no document of any
other set. Run with ``.venv/bin/python tests/ingest/corpus/generate/test24_binaries.py``; the outputs
are committed, so the script is needed only to change them. Two runs write the same bytes:
reportlab's invariant mode for the PDFs; fixed core properties and one fixed time stamp on every
zip entry for the DOCX files. This script belongs to the held-out set: do not read it while
developing the ingest.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from binaries_common import Running, bold, docx_document, pdf, save, table

TEST24 = Path(__file__).resolve().parent.parent / "test24"
#: The time stamp of every zip entry of the DOCX files (a zip stores local time, no zone).
ZIP_TIME = (2026, 12, 5, 14, 0, 0)


def _pdf(name: str, pages: list[list[str]], columns: list[int], header: Running, footer: Running) -> None:
    pdf(TEST24 / name, pages, columns, header, footer)


def _save(d, name: str) -> None:
    save(d, TEST24 / name, ZIP_TIME)


# --- r04: Varsinais-Suomi, Word plan of 2022; per-year estimates in t€ per investment, lights as
# colours in the translative in the steering group's sentences ---


def r04_varsinais_suomi_hankesuunnitelma() -> None:
    d = docx_document("Hankevalmistelu", dt.datetime(2022, 11, 30, 15, 0, 0))
    d.add_paragraph("Varsinais-Suomen hyvinvointialue")
    d.add_heading("HANKESUUNNITELMA", level=1)
    d.add_paragraph("Hoitoon pääsyn vauhdittaminen Varsinais-Suomessa")
    d.add_paragraph("Versio 1.3 · päivitetty 30.11.2022 · toteutusaika 1.10.2022–31.12.2025")
    d.add_heading("1 Tausta ja kuvaus", level=2)
    d.add_paragraph(
        "Hanke lyhentää jonoja perusterveydenhuoltoon ja kuntoutukseen Turussa, Salossa, Uudessakaupungissa "
        "ja Loimaalla. Hanke jakautuu kahteen investointiin. Avustusta haetaan sosiaali- ja "
        "terveysministeriöltä yhteensä 1 800 000 euroa Suomen kestävän kasvun ohjelmasta."
    )
    bold(d, "Investointi 1 – Digitaalinen palvelutarpeen arvio")
    d.add_paragraph(
        "Asukas kirjautuu arvioon Suomi.fi-tunnistuksella, ja vastaukset ohjaavat hänet suoraan oikealle "
        "ammattilaiselle. Turun ammattikorkeakoulu testaa kysymyssarjat asukasraadin kanssa."
    )
    bold(d, "Investointi 2 – Kuntoutuksen hoitoketju")
    d.add_paragraph(
        "Fysioterapian suoravastaanotto laajennetaan kaikille terveysasemille, ja leikkauksen "
        "jälkeinen kuntoutus aloitetaan kotona."
    )
    d.add_heading("2 Tavoitteet", level=2)
    for goal in (
        "Kiireettömän hoidon tarpeen arvio tehdään samana päivänä 90 prosentille yhteydenotoista",
        "Fysioterapiaan pääsee suoraan ilman lääkärin lähetettä kaikilla terveysasemilla",
        "Polven tekonivelleikkauksen jälkeinen kuntoutus alkaa viikon kuluessa kotiutuksesta",
    ):
        d.add_paragraph(goal, style="List Number")
    d.add_heading("3 Kustannusarvio", level=2)
    d.add_paragraph("Investointi 1 – kustannusarvio vuosittain (t€)")
    table(
        d,
        [
            ("Kustannuslaji", "2022", "2023", "2024", "2025", "Yhteensä"),
            ("Omat henkilöstökustannukset", "60", "180", "180", "90", "510"),
            ("Palvelujen ostot", "40", "220", "150", "30", "440"),
            ("Muut kustannukset", "5", "20", "20", "5", "50"),
            ("Yhteensä", "105", "420", "350", "125", "1 000"),
        ],
    )
    d.add_paragraph("Investointi 2 – kustannusarvio vuosittain (t€)")
    table(
        d,
        [
            ("Kustannuslaji", "2022", "2023", "2024", "2025", "Yhteensä"),
            ("Omat henkilöstökustannukset", "45", "210", "230", "115", "600"),
            ("Palvelujen ostot", "10", "60", "60", "20", "150"),
            ("Muut kustannukset", "5", "15", "15", "15", "50"),
            ("Yhteensä", "60", "285", "305", "150", "800"),
        ],
    )
    d.add_heading("4 Valmistelun tilannearvio", level=2)
    d.add_paragraph(
        "Ohjausryhmä arvioi 28.11.2022 investoinnin 1 aikataulun keltaiseksi, koska arviolomakkeen "
        "integraatio potilastietojärjestelmään viivästyy, ja sen kustannukset vihreiksi. Investoinnin 2 "
        "henkilöstötilanteen ohjausryhmä arvioi punaiseksi, koska fysioterapeutteja ei ole saatu "
        "rekrytoitua, ja aikataulun vihreäksi."
    )
    _save(d, "r04_varsinais_suomi_hankesuunnitelma_2022.docx")


# --- r05: Pirkanmaa, PDF status report of 2023; lights as words of how hard things are ("Kaikki
# hyvin / Pieniä haasteita / Isoja haasteita"), deviations signed with "+" and an en dash ---

R05_NAME = "Mielen tuki lähelle"
R05 = [
    [
        "Pirkanmaan hyvinvointialue",
        "!Mielen tuki lähelle",
        "Tilanneraportti, raportointikausi 1.7.–30.9.2023 · laadittu 16.10.2023",
        "",
        "!1 Yhteenveto",
        "Hanke (1.1.2023–31.12.2025) tuo lyhytterapiat ja ohjatun omahoidon terveysasemille Tampereella,",
        "Nokialla, Ylöjärvellä ja Orivedellä. Omahoito-ohjelmat ovat Mielenterveystalossa, ja Tampereen",
        "ammattikorkeakoulu kouluttaa hoitajat terapiamenetelmiin. Sosiaali- ja terveysministeriö on",
        "myöntänyt hankkeelle valtionavustusta 1 284 000 euroa koko toteutusajalle.",
        "",
        "!2 Miten hanke voi",
        "Vastausvaihtoehdot: Kaikki hyvin (suunnitelman mukaan) / Pieniä haasteita / Isoja haasteita",
        "#Osa-alue|Tilanne 9/2023",
        "#Aikataulu|Kaikki hyvin",
        "#Kustannukset|Pieniä haasteita",
        "#Henkilöstö|Isoja haasteita",
        "#Tuotokset|Kaikki hyvin",
        "",
        "!3 Tavoitteet",
        "#Tavoite|||Tilanne 9/2023",
        "#Lyhytterapiaa tarjotaan jokaisella terveysasemalla|||valmis",
        "#Jonotusaika lyhytterapiaan on alle 4 viikkoa|||kesken",
        "#Nuorten ryhmämuotoinen omahoito käynnistyy kouluissa|||ei alkanut",
    ],
    [
        "!4 Talous",
        "Raportointikauden kustannukset (€), poikkeama = toteuma – budjetti",
        "#Kustannuslaji|Jakson budjetti|Jakson toteuma|Poikkeama",
        "#Omat henkilöstökustannukset|120 000|107 600|–12 400",
        "#Palvelujen ostot|45 000|51 300|+6 300",
        "#Matkakulut|3 000|1 850|–1 150",
        "#Yhteensä|168 000|160 750|–7 250",
        "",
        "Kustannukset hankkeen alusta 30.9.2023 saakka (€)",
        "#Kustannuslaji|Budjetti|Toteuma|Käyttöaste %",
        "#Omat henkilöstökustannukset|960 000|402 300|42",
        "#Palvelujen ostot|300 000|171 000|57",
        "#Matkakulut|24 000|7 900|33",
        "#Yhteensä|1 284 000|581 200|45",
        "",
        "Palvelujen ostot ylittivät jakson budjetin, koska terapeuttikoulutus maksettiin kerralla.",
        "Henkilöstökulut jäivät alle suunnitellun kahden avoimen toimen vuoksi.",
    ],
]


# --- r08: Pohjois-Pohjanmaa, PDF final report of 2025; two investments, lights as the steering group's
# confidence (korkea / kohtalainen / matala),
# costs in k€ per investment, goals with "Toteutuminen:" words ---

R08_NAME = "Oulun seudun kotisairaala"
R08 = [
    [
        "!LOPPURAPORTTI 2025",
        "Oulun seudun kotisairaala",
        "Pohjois-Pohjanmaan hyvinvointialue · 28.2.2025 · toteutusaika 1.4.2022–31.12.2024",
        "",
        "Hanke siirsi suonensisäisen lääkehoidon ja saattohoidon koteihin Oulussa, Kempeleessä,",
        "Limingassa ja Muhoksella. Oulun ammattikorkeakoulu vastasi hoitajien simulaatiokoulutuksesta, ja",
        "etäseurannan mittaustulokset siirtyivät Kanta-palveluihin. Myönnetystä avustuksesta jäi",
        "käyttämättä 84 000 euroa, joka palautetaan valtionapuviranomaiselle. Hanke rahoitettiin Suomen",
        "kestävän kasvun ohjelmasta sosiaali- ja terveysministeriön myöntämällä valtionavustuksella.",
        "",
        "Luottamus tarkoittaa ohjausryhmän luottamusta siihen, että osa-alue toteutuu suunnitellusti:",
        "korkea = suunnitelman mukaan, kohtalainen = lievä poikkeama, matala = vakava poikkeama.",
        "",
        "!Investointi 1: Lääkehoito kotona",
        "#Osa-alue|Luottamus",
        "#Aikataulu|korkea",
        "#Kustannukset|kohtalainen",
        "#Henkilöstö|matala",
        "Tavoite: Kotona annettavat antibioottihoidot korvaavat 2 000 hoitopäivää vuodeosastolla",
        "Toteutuminen: täysin (2 350 hoitopäivää)",
        "Tavoite: Kotisairaala toimii ympäri vuorokauden kaikissa neljässä kunnassa",
        "Toteutuminen: osittain, Muhoksella vain arkisin",
        "Kustannukset (k€)",
        "#Kustannuslaji|Myönnetty|Toteutunut|Käyttöaste",
        "#Omat henkilöstökustannukset|820,0|801,5|98 %",
        "#Palvelujen ostot|140,0|112,4|80 %",
        "#Materiaalikulut|60,0|66,1|110 %",
        "#Yhteensä|1 020,0|980,0|96 %",
        "",
        "!Investointi 2: Saattohoito kotona",
        "#Osa-alue|Luottamus",
        "#Aikataulu|kohtalainen",
        "#Kustannukset|korkea",
        "#Hyödyt|korkea",
        "Tavoite: Saattohoitopotilaista 60 % voi kuolla kotona halutessaan",
        "Toteutuminen: täysin",
        "Tavoite: Omaisille avataan ympärivuorokautinen tukipuhelin",
        "Toteutuminen: ei, puhelin yhdistettiin päivystysapuun",
    ],
    [
        "Kustannukset (k€)",
        "#Kustannuslaji|Myönnetty|Toteutunut|Käyttöaste",
        "#Omat henkilöstökustannukset|410,0|392,0|96 %",
        "#Palvelujen ostot|90,0|74,0|82 %",
        "#Matkakulut|30,0|20,0|67 %",
        "#Yhteensä|530,0|486,0|92 %",
        "",
        "Hyväksynyt: ohjausryhmä 26.2.2025",
    ],
]


# --- r09: Pohjanmaa, Swedish Word final report of 2025; lights as utmärkt / godtagbart / bristfälligt,
# actual costs with the years as columns ---


def r09_pohjanmaa_sv_slutrapport() -> None:
    d = docx_document("Projektkansliet", dt.datetime(2025, 4, 10, 9, 0, 0))
    d.add_paragraph("Välfärdsområdet i Österbotten · Slutrapport · 10.4.2025")
    d.add_heading("Trygg hemma i Österbotten", level=1)
    d.add_paragraph(
        "Projektet pågick 1.3.2023–28.2.2025 i Vasa, Jakobstad, Närpes och Kristinestad. Det "
        "finansierades med ett statsunderstöd på 1,6 miljoner euro från social- och hälsovårdsministeriet. "
        "Yrkeshögskolan Novia utbildade hemvårdens personal i rehabiliterande arbetssätt och Folkhälsan "
        "ordnade frivilliga vänbesök i Närpes och Kristinestad."
    )
    d.add_heading("Projektets läge vid avslut", level=2)
    table(
        d,
        [
            ("Område", "Bedömning"),
            ("Tidtabell", "utmärkt"),
            ("Kostnader", "godtagbart"),
            ("Personal", "bristfälligt"),
            ("Nytta", "utmärkt"),
        ],
    )
    d.add_paragraph(
        "Skala: utmärkt = enligt plan, godtagbart = mindre avvikelse, bristfälligt = allvarlig avvikelse."
    )
    d.add_heading("Mål och utfall", level=2)
    table(
        d,
        [
            ("Mål", "Utfall"),
            ("Hemvårdens klienter får en rehabiliteringsplan inom två veckor", "uppnåddes"),
            ("Antalet fallolyckor i hemmet minskar med 15 procent", "till en del, minskning 9 procent"),
            ("Vänbesök erbjuds i alla fyra kommuner", "flyttas till 2026 i Vasa och Jakobstad"),
        ],
    )
    d.add_heading("Utfall per år (euro)", level=2)
    table(
        d,
        [
            ("Kostnadsslag", "2023", "2024", "2025", "Sammanlagt"),
            ("Personalkostnader", "402 000", "588 500", "96 300", "1 086 800"),
            ("Köp av tjänster", "88 000", "147 200", "21 400", "256 600"),
            ("Resekostnader", "12 300", "18 900", "2 100", "33 300"),
            ("Totalt", "502 300", "754 600", "119 800", "1 376 700"),
        ],
    )
    d.add_paragraph("Av understödet återstod 223 300 euro som återbetalas.")
    _save(d, "r09_pohjanmaa_sv_slutrapport_2025.docx")


def main() -> None:
    TEST24.mkdir(exist_ok=True)
    r04_varsinais_suomi_hankesuunnitelma()
    _pdf(
        "r05_pirkanmaa_tilanneraportti_2023.pdf",
        R05,
        [40, 250, 340, 430, 500],
        header=lambda n, total: [
            (40, "Pirkanmaan hyvinvointialue · Tilanneraportti Q3/2023"),
            (500, f"{n} ({total})"),
        ],
        footer=lambda n, total: [(40, "Suomen kestävän kasvun ohjelma – hankeraportointi")],
    )
    _pdf(
        "r08_pohjoispohjanmaa_loppuraportti_2025.pdf",
        R08,
        [40, 250, 340, 430],
        header=lambda n, total: [(40, R08_NAME), (500, f"sivu {n}/{total}")],
        footer=lambda n, total: [(40, "Pohjois-Pohjanmaan hyvinvointialue")],
    )
    r09_pohjanmaa_sv_slutrapport()


if __name__ == "__main__":
    main()
