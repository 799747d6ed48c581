"""Write the held-out TEST set's PDF and DOCX documents (invented text, see ../README.md).

Part of the held-out set: do not read this file while tuning the ingest. Run it with
``.venv/bin/python tests/ingest/corpus/generate/heldout_binaries.py``; the outputs are
committed, so the script is needed only to change them. reportlab and python-docx
write a fixed creation date (invariant=1 / core properties) so reruns give the same bytes.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

TEST = Path(__file__).resolve().parent.parent / "test"


# --- T06: RRF project plan, phase 3, DOCX -------------------------------------------------


def t06_pohjois_savo_plan() -> None:
    """A phase-3 plan with one cost-estimate table per investment and a risks table."""
    import docx

    d = docx.Document()
    d.core_properties.created = dt.datetime(2023, 2, 15)
    d.core_properties.modified = dt.datetime(2023, 2, 15)
    d.core_properties.author = "Hankehallinto"
    d.add_paragraph("Suomen kestävän kasvun ohjelma")
    d.add_heading("Pohjois-Savon Kestävän kasvun hanke", level=0)
    d.add_paragraph("Hankesuunnitelma, 3. vaihe (2023–2025)")
    d.add_paragraph("Pohjois-Savon hyvinvointialue")
    d.add_paragraph("15.2.2023")
    d.add_paragraph("Euroopan unionin rahoittama – NextGenerationEU")
    d.add_paragraph(
        "[Ohje: Kuvaa lyhyesti, miten hanke liittyy hyvinvointialueen strategiaan. Poista ohjeteksti ennen lähettämistä.]"
    )
    d.add_heading("1 Hankkeen tausta ja tarve", level=1)
    d.add_paragraph(
        "Pohjois-Savon hyvinvointialue aloitti toimintansa 1.1.2023. Hoitoonpääsyn viiveet "
        "ovat suurimmat Kuopion ja Iisalmen terveysasemilla, ja suun terveydenhuollon jonot "
        "kasvoivat koronavuosina. Hanke jatkaa Pohjois-Savon sote-keskus -hankkeessa aloitettua "
        "työtä ja Kestävän kasvun hankkeen 1. ja 2. vaiheen investointeja."
    )
    d.add_paragraph(
        "Hankkeen kesto on 1.3.2023–31.12.2025. Hallinnoijana toimii Pohjois-Savon "
        "hyvinvointialue; kunnista mukana ovat Kuopio, Iisalmi, Varkaus, Siilinjärvi ja Leppävirta "
        "hyvinvointipalvelujen yhdyspintatyössä."
    )
    d.add_heading("2 Hankkeen toteutus", level=1)
    plans = [
        (
            "Investointi 1: Hoitotakuun jononpurku",
            [
                "Ei-kiireellisen hoidon jonot puretaan suun terveydenhuollossa ja lääkärin vastaanotolla.",
                "Hoitoonpääsyn mediaaniaika lyhenee 30 vuorokauteen.",
                "Palvelusetelin käyttö vakiintuu jonojen tasaamisessa.",
            ],
            [
                ("Palvelujen ostot", 640000),
                ("Omat henkilöstökustannukset", 520000),
                ("Muut kustannukset", 80000),
                ("Yhteensä", 1240000),
            ],
        ),
        (
            "Investointi 2: Digitaalinen palveluohjaus",
            [
                "Omaolon oirearviot ja palvelutarpeen arviot ovat käytössä kaikilla terveysasemilla.",
                "Chat-palveluohjaus vastaa arkipäivisin klo 8–20.",
            ],
            [
                ("Palvelujen ostot", 310000),
                ("Omat henkilöstökustannukset", 400000),
                ("Muut kustannukset", 150000),
                ("Yhteensä", 860000),
            ],
        ),
        (
            "Investointi 3: Sosiaalihuollon kirjaaminen Kantaan",
            [
                "Sosiaalihuollon asiakasasiakirjat tallentuvat Kanta-arkistoon vaiheen 2 mukaisesti.",
            ],
            [
                ("Palvelujen ostot", 120000),
                ("Omat henkilöstökustannukset", 210000),
                ("Muut kustannukset", 20000),
                ("Yhteensä", 350000),
            ],
        ),
        (
            "Investointi 4: Tiedolla johtaminen",
            [
                "Hoitotakuun toteutumista seurataan viikoittain päivittyvällä raportilla.",
                "Kustannusvaikuttavuuden mittaristo on otettu käyttöön.",
            ],
            [
                ("Palvelujen ostot", 180000),
                ("Omat henkilöstökustannukset", 200000),
                ("Muut kustannukset", 30000),
                ("Yhteensä", 410000),
            ],
        ),
    ]
    for i, (title, goals, costs) in enumerate(plans, start=1):
        d.add_heading(f"2.{i} {title}", level=2)
        d.add_paragraph("Tavoitteet")
        for goal in goals:
            d.add_paragraph(goal, style="List Bullet")
        if i == 2:
            d.add_paragraph(
                "Investointi toteutetaan yhteistyössä DigiFinlandin kanssa, ja se edellyttää "
                "Omaolon uusien oirearvioiden käyttöönottoa koko alueella. Chat-palvelun "
                "integraatio Kanta-palveluihin selvitetään THL:n ohjeiden mukaan."
            )
        if i == 3:
            d.add_paragraph(
                "Kirjaamisen käyttöönotto tehdään Kelan Kanta-palveluiden liittymisaikataulun mukaisesti."
            )
        d.add_paragraph("Kustannusarvio")
        table = d.add_table(rows=1, cols=2)
        table.rows[0].cells[0].text = "Kustannuslaji"
        table.rows[0].cells[1].text = "Kustannusarvio (€)"
        for label, amount in costs:
            row = table.add_row().cells
            row[0].text = label
            row[1].text = f"{amount:,}".replace(",", " ") + " €"
    d.add_heading("3 Riskit ja niihin varautuminen", level=1)
    risks = d.add_table(rows=1, cols=3)
    for cell, text in zip(risks.rows[0].cells, ("Riski", "Todennäköisyys", "Varautuminen"), strict=True):
        cell.text = text
    for r in (
        ("Ostopalvelujen saatavuus heikkenee", "Kohtalainen", "Useampi palveluntuottaja"),
        ("Omaolon integraatio viivästyy", "Suuri", "Väliaikainen manuaalinen ohjaus"),
        ("Henkilöstön vaihtuvuus", "Kohtalainen", "Perehdytysmateriaali"),
    ):
        cells = risks.add_row().cells
        for cell, text in zip(cells, r, strict=True):
            cell.text = text
    d.add_heading("4 Viestintä", level=1)
    d.add_paragraph("-")
    d.save(TEST / "t06_pohjois_savo_suunnitelma_v3.docx")


# --- T07: status report 2024, PDF with page headers and broken lines --------------------

T07_PAGES: list[list[str]] = [
    [
        "Suomen kestävän kasvun ohjelma",
        "",
        "TILANNERAPORTTI",
        "Raportointijakso 1.1.2024 – 30.6.2024",
        "",
        "Hanke: Keski-Suomen Kestävän kasvun hanke, Investointi 2: Digitaaliset",
        "palvelut ja etävastaanotto",
        "Hyvinvointialue: Keski-Suomen hyvinvointialue (Hyvaks)",
        "Projektipäällikkö: Veera Laitiala",
        "Toteutusaika: 1.1.2023 – 31.12.2025",
        "Raportin päivämäärä: 15.8.2024",
        "",
        "1. Liikennevalot",
        "@Edistyminen|55 %",
        "@Aikataulu|● Poikkeama, vaatii seurantaa",
        "@Kustannukset|● Suunniteltu",
        "@Tuotosten laatu|● Suunniteltu",
        "@Tuotosten laajuus|● Poikkeama, vaatii",
        "@|seurantaa",
        "@Henkilöstö|● Suunniteltu",
        "@Riskit|● Suunniteltu",
        "@Hyödyt|● Suunniteltu",
        "",
        "2. Yleiskuvaus etenemisestä",
        "Etävastaanotto on käytössä Jyväskylän, Jämsän ja Äänekosken sote-asemilla. Saarijärven ja",
        "Keuruun käyttöönotto siirtyi syksyyn, koska ajanvarausjärjestelmän päivitys viivästyi.",
        "Hanke toteutetaan yhteistyössä DigiFinlandin kanssa; oirearvioiden laajentaminen",
        "edellyttää Omaolon version 2024.2 käyttöönottoa.",
    ],
    [
        "3. Tavoitteet ja niiden toteutuminen",
        "Tavoite 1: Etävastaanottojen osuus lääkärikäynneistä nousee 15 prosenttiin. –",
        "Toteutunut osittain (11 %).",
        "Tavoite 2: Chat-palvelun vastausaika on alle 10 minuuttia arkisin. – Toteutunut.",
        "Tavoite 3: Sähköinen ajanvaraus on käytössä kaikissa suun terveydenhuollon",
        "yksiköissä. – Siirtyi myöhemmäksi (2025).",
        "Tavoite 4: Asiakaspalautteen NPS vähintään 40. – Ei toteutunut.",
        "",
        "Huom. tavoitteiden 1 ja 3 seuranta jatkuu seuraavassa raportissa.",
        "",
        "4. Kustannukset (kumulatiivinen, euroa)",
        "#Kustannuslaji|Budjetti|Toteuma|Sidottu|Ennuste|Käyttöaste %",
        "#Palvelujen|1.100.000,00|512.340,50|120.000,00|1.050.000,00|46,6",
        "#ostot||||",
        "#Omat henkilöstö-|760.000,00|401.220,00|0,00|760.000,00|52,8",
        "#kustannukset|||||",
        "#Muut kustannukset|140.000,00|38.915,25|12.500,00|130.000,00|27,8",
        "#Yhteensä|2.000.000,00|952.475,75|132.500,00|1.940.000,00|47,6",
    ],
    [
        "5. Riskit",
        "Toimittajan resurssit ajanvarausjärjestelmän integraatiossa ovat rajalliset. Riskiä",
        "hallitaan viikoittaisella tilannepalaverilla.",
        "",
        "6. Muuta",
        "-",
    ],
]


def _pdf_row(canvas: object, y: float, cells: list[str], xs: list[int]) -> None:
    for x, text in zip(xs, cells, strict=False):
        canvas.drawString(x, y, text)  # type: ignore[attr-defined]


def t07_keski_suomi_status_pdf() -> None:
    """Three pages; each has a running header and footer; lights and costs are positioned columns."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas as pdfcanvas

    c = pdfcanvas.Canvas(str(TEST / "t07_keski_suomi_tilanneraportti_2024.pdf"), pagesize=A4, invariant=1)
    _width, height = A4
    for number, page in enumerate(T07_PAGES, start=1):
        c.setFont("Helvetica", 8)
        c.drawString(40, height - 30, "Keski-Suomen hyvinvointialue")
        c.drawString(400, height - 30, f"Tilanneraportti 1/2024    {number} ({len(T07_PAGES)})")
        c.setFont("Helvetica", 10)
        y = height - 70
        for line in page:
            if line.startswith("@"):
                _pdf_row(c, y, line[1:].split("|"), [50, 220])
            elif line.startswith("#"):
                _pdf_row(c, y, line[1:].split("|"), [40, 160, 250, 335, 405, 495])
            else:
                c.drawString(40, y, line)
            y -= 14
        c.setFont("Helvetica", 8)
        c.drawString(40, 30, "Euroopan unionin rahoittama – NextGenerationEU")
        c.showPage()
    c.save()


# --- T21: final report 2024, DOCX with a t€ table -----------------------------------------


def t21_keski_uusimaa_final_docx() -> None:
    """A final report whose cost table is in thousands of euros (t€) with granted and realised."""
    import docx

    d = docx.Document()
    d.core_properties.created = dt.datetime(2025, 2, 27)
    d.core_properties.modified = dt.datetime(2025, 2, 27)
    d.core_properties.author = "Keusote hanketoimisto"
    d.add_heading("Loppuraportti", level=0)
    d.add_paragraph("Keski-Uudenmaan hyvinvointialue – Keusote")
    d.add_paragraph(
        "Hanke: Tulevaisuuden kotona asumista tukevat palvelut iäkkäille, Keski-Uusimaa (Koti-Keusote)"
    )
    d.add_paragraph("Hankeaika: 1.9.2022–31.12.2024")
    d.add_paragraph("Päivätty 27.2.2025")
    d.add_heading("Tiivistelmä", level=1)
    d.add_paragraph(
        "Koti-Keusote kehitti iäkkäiden kotona asumista tukevia palveluja Hyvinkäällä, Järvenpäässä, "
        "Nurmijärvellä, Tuusulassa, Mäntsälässä ja Pornaisissa. Hanke kuului STM:n Tulevaisuuden "
        "kotona asumista tukevat palvelut iäkkäille -ohjelmaan, ja sitä koordinoi kansallisesti THL."
    )
    d.add_heading("Tavoitteiden toteutuminen", level=1)
    goals = d.add_table(rows=1, cols=2)
    goals.rows[0].cells[0].text = "Tavoite"
    goals.rows[0].cells[1].text = "Toteutuminen"
    for goal, status in (
        ("Palvelutarpeen arviointi käynnistyy viiden arkipäivän kuluessa yhteydenotosta.", "Toteutunut"),
        ("Kotihoidon toiminnanohjausjärjestelmä kattaa kaikki alueen kotihoidon tiimit.", "Toteutunut"),
        ("Omaishoitajien vapaiden käyttöaste nousee 80 prosenttiin.", "Osittain toteutunut"),
        ("Ikääntyneiden asiakasohjauksen yhteinen puhelinpalvelu aloittaa.", "Toteutunut"),
        ("Teknologiapalvelujen kokeilu laajenee kaikkiin kuntiin.", "Siirtyi myöhemmäksi"),
        ("Kaatumisten ehkäisyn ryhmätoiminta jokaisessa kunnassa.", "Ei toteutunut"),
    ):
        cells = goals.add_row().cells
        cells[0].text = goal
        cells[1].text = status
    d.add_heading("Kustannusten toteutuminen", level=1)
    d.add_paragraph("Luvut tuhansina euroina (t€).")
    costs = d.add_table(rows=1, cols=4)
    for cell, text in zip(
        costs.rows[0].cells, ("Kustannuslaji", "Myönnetty t€", "Toteutunut t€", "Käyttöaste"), strict=True
    ):
        cell.text = text
    for row in (
        ("Palvelujen ostot", "412", "388", "94 %"),
        ("Omat henkilöstökustannukset", "1 236", "1 190", "96 %"),
        ("Muut kustannukset", "52", "31", "60 %"),
        ("Yhteensä", "1 700", "1 609", "95 %"),
    ):
        cells = costs.add_row().cells
        for cell, text in zip(cells, row, strict=True):
            cell.text = text
    d.add_paragraph(
        "Valtionavustusta jäi käyttämättä 91 t€, joka palautetaan STM:lle. Kuntaosuus katettiin "
        "hyvinvointialueen talousarviosta."
    )
    d.add_heading("Jatkuvuus", level=1)
    d.add_paragraph(
        "Toiminnanohjausjärjestelmän ylläpito siirtyy hyvinvointialueen tietohallinnolle. "
        "Teknologiapalvelujen kokeilu jatkuu Kestävän kasvun hankkeessa vuonna 2025."
    )
    d.save(TEST / "t21_keski_uusimaa_loppuraportti.docx")


if __name__ == "__main__":
    t06_pohjois_savo_plan()
    t07_keski_suomi_status_pdf()
    t21_keski_uusimaa_final_docx()
