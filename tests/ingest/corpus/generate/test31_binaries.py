"""Write the development set test31's PDF and DOCX documents (invented text, see ../README.md).

test31/ was written blind in stop 40 by helper W28: first breadth documents in forms of lights, cost
tables, goals and parts that none of the earlier layout, probe and forms tables lists, then probes of the
classes the stop's commits claim (read from their messages only). No ingest code and no document of any
set was read. Run with ``.venv/bin/python tests/ingest/corpus/generate/test31_binaries.py``; the outputs
are committed, so the script is needed only to change them. Two runs write the same bytes: reportlab's
invariant mode for the PDFs; fixed core properties and one fixed time stamp on every zip entry for the
DOCX files.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from binaries_common import Running, docx_document, pdf, save, table

TEST31 = Path(__file__).resolve().parent.parent / "test31"
#: The time stamp of every zip entry of the DOCX files (a zip stores local time, no zone).
ZIP_TIME = (2026, 12, 5, 23, 30, 0)


def _pdf(name: str, pages: list[list[str]], columns: list[int], header: Running, footer: Running) -> None:
    pdf(TEST31 / name, pages, columns, header, footer)


def _save(d, name: str) -> None:
    save(d, TEST31 / name, ZIP_TIME)


def _sym(paragraph, char: str, font: str = "Wingdings") -> None:
    """A Word symbol (``w:sym``): the glyph is a font and a code point, the run holds no text."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    run = paragraph.add_run()
    sym = OxmlElement("w:sym")
    sym.set(qn("w:font"), font)
    sym.set(qn("w:char"), char)
    run._r.append(sym)


#: Wingdings' check mark and cross.
CHECK, CROSS = "F0FC", "F0FB"


def ic02_pohjois_karjala_tilanneraportti() -> None:
    """Finnish status report whose every fact is in tables: the project's name only in the page header
    (and once inflected in running text); lights as Wingdings symbols (``w:sym``, no text) keyed by the same
    symbols; parts "Kärki N: …"; deviations in brackets for negatives; goals as indicators with baseline,
    target and outcome, achievement by a stated rule."""
    d = docx_document("Hankekoordinaattori", dt.datetime(2024, 10, 3, 9, 0, 0))
    header = d.sections[0].header.paragraphs[0]
    header.text = "Liikkuva lapsiperhetyö Pielisen Karjalassa  |  Tilanneraportti 2/2024  |  Pohjois-Karjalan hyvinvointialue"
    d.add_heading("Tilanneraportti 2/2024 (1.1.–30.9.2024)", level=1)
    table(
        d,
        [
            ("Tieto", "Sisältö"),
            ("Hankeaika", "1.1.2023–31.12.2024"),
            ("Hallinnoija", "Pohjois-Karjalan hyvinvointialue"),
            ("Kunnat", "Lieksa, Nurmes ja Juuka"),
            (
                "Rahoitus",
                "Valtionavustus, sosiaali- ja terveysministeriö (Tulevaisuuden sote-keskus -ohjelma), 740 000 euroa",
            ),
            ("Raportin päivä", "3.10.2024"),
        ],
    )
    d.add_paragraph(
        "Ohjausryhmä käsitteli raportin 3.10.2024 ja totesi, että hanke Liikkuva lapsiperhetyö Pielisen Karjalassa "
        "etenee kahdessa kärjessä. Karelia-ammattikorkeakoulu kouluttaa etäneuvolan työntekijät, ja Lieksan kaupunki "
        "antaa neuvola-auton hallin hankkeen käyttöön. Perheet tekevät oirearvion Omaolossa ennen etävastaanottoa."
    )
    table(
        d,
        [
            ("Kärki", "Sisältö"),
            ("Kärki 1: Neuvola-auto", "Neuvola-auto kiertää kylissä kahdesti kuukaudessa."),
            ("Kärki 2: Etäneuvola", "Terveydenhoitajan videovastaanotto iltaisin."),
        ],
    )
    d.add_paragraph()
    key = d.add_paragraph("Merkit: ")
    _sym(key, CHECK)
    key.add_run(" = suunnitelman mukaan, ")
    _sym(key, CROSS)
    key.add_run(" = poikkeama suunnitelmasta")
    grid = table(
        d,
        [
            ("Osa-alue", "Kärki 1", "Kärki 2"),
            ("Aikataulu", "", ""),
            ("Kustannukset", "", ""),
            ("Henkilöstö", "", ""),
            ("Hyödyt", "", ""),
        ],
    )
    marks = [(CHECK, CROSS), (CROSS, CHECK), (CHECK, CROSS), (CHECK, CHECK)]
    for row, (first, second) in zip(grid.rows[1:], marks, strict=True):
        _sym(row.cells[1].paragraphs[0], first)
        _sym(row.cells[2].paragraphs[0], second)
    d.add_paragraph()
    d.add_paragraph(
        "Talous 1.1.2023–30.9.2024, euroa. Suluissa olevat luvut ovat negatiivisia (alle budjetin)."
    )
    table(
        d,
        [
            ("Kustannuslaji", "Budjetti", "Toteuma", "Poikkeama"),
            ("Henkilöstökulut", "520 000", "498 300", "(21 700)"),
            ("Ostopalvelut", "160 000", "171 450", "11 450"),
            ("Tilakulut", "36 000", "36 000", "0"),
            ("Matkakulut", "24 000", "18 640", "(5 360)"),
            ("Yhteensä", "740 000", "724 390", "(15 610)"),
        ],
    )
    d.add_paragraph()
    d.add_paragraph(
        "Tavoitteet mittareina. Tavoite on saavutettu, kun toteuma on vähintään tavoitetaso, ja osittain "
        "saavutettu, kun toteuma on lähtötason ja tavoitetason välissä. Odotusajassa pienempi luku on parempi."
    )
    table(
        d,
        [
            ("Mittari", "Lähtötaso 2023", "Tavoite 2024", "Toteuma 9/2024"),
            ("Neuvola-auton käynnit kuukaudessa", "0", "40", "46"),
            ("Etäneuvolan asiakasperheet", "12", "150", "97"),
            ("Odotusaika ensikäynnille (vrk)", "21", "10", "24"),
        ],
    )
    _save(d, "ic02_pohjois_karjala_tilanneraportti_2024.docx")


IC06_NAME = "Trygg hemkomst i Jakobstadsnejden"
IC06 = [
    [
        "!Mellanrapport 2/2024 (1.1–30.6.2024)",
        f"Projekt: {IC06_NAME}",
        "Välfärdsområdet i Österbotten, projekttid 1.3.2023–31.8.2025, rapportdatum 15.8.2024",
        "",
        "Projektet ordnar trygg hemkomst från sjukhuset för äldre i Jakobstad, Pedersöre, Nykarleby och Larsmo.",
        "Social- och hälsovårdsministeriet har beviljat 960 000 euro i statsunderstöd inom programmet",
        "Framtidens social- och hälsocentral. Yrkeshögskolan Novia utvärderar försöken och Jakobstads stad",
        "lånar ut en servicebil till hemkomstteamet.",
        "",
        "Projektet har två försök:",
        "Försök 1: Hemkomstteam på kvällen",
        "Försök 2: Läkemedelsstöd första veckan",
        "",
        "!Eskaleringsnivå per område",
        "Nivå 0 = enligt plan (ingen åtgärd), nivå 1 = projektgruppen åtgärdar, nivå 2 = styrgruppen åtgärdar.",
        "#Område|Försök 1|Försök 2",
        "#Tidplan|0|1",
        "#Ekonomi|0|0",
        "#Personal|2|0",
        "#Nytta|0|1",
        "",
        "!Kostnader 2024 (euro)",
        "#Kostnadsslag|Budget 2024|Utfall 1-6/2024|Prognos 2024",
        "#Personalkostnader|318 000|151 200|310 000",
        "#Köpta tjänster|84 000|30 900|80 000",
        "#Experttjänster|36 000|12 000|36 000",
        "#Att transportera|438 000|194 100|426 000",
    ],
    [
        "!Kostnader 2024 (euro), fortsättning",
        "#Kostnadsslag|Budget 2024|Utfall 1-6/2024|Prognos 2024",
        "#Transport|438 000|194 100|426 000",
        "#Resekostnader|14 000|6 480|13 000",
        "#Lokalkostnader|24 000|12 000|24 000",
        "#Kommunikation|8 000|1 950|8 000",
        "#Summa|484 000|214 530|471 000",
        "",
        "!Mål",
        "Mål 1 - Hemkomstteam i alla fyra kommuner: uppnått i Jakobstad och Pedersöre, ännu inte i",
        "Nykarleby och Larsmo.",
        "Mål 2 - Läkemedelsgenomgång inom tre dagar efter hemkomst: klart sedan mars.",
        "Mål 3 - Kvällsbesök även på helger: skjuts upp till 2025.",
        "",
        "Kontaktperson: projektledare Sara Grönlund",
    ],
]


def ic06_pohjanmaa_sv_mellanrapport() -> None:
    """Swedish interim report PDF: a cost table split over two pages by a carried-forward subtotal row ("Att
    transportera" / "Transport"); lights as escalation levels 0–2 per trial ("Försök N: …")."""
    _pdf(
        "ic06_pohjanmaa_sv_mellanrapport_2024.pdf",
        IC06,
        [40, 220, 330, 440],
        header=lambda n, total: [(40, "Välfärdsområdet i Österbotten"), (430, "Mellanrapport 2/2024")],
        footer=lambda n, total: [(40, IC06_NAME), (500, f"Sida {n} av {total}")],
    )


def _form_pdf(out: Path, draw) -> None:
    """A fillable PDF form (AcroForm): ``draw(canvas, form)`` prints the labels and adds the fields."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas as pdfcanvas

    c = pdfcanvas.Canvas(str(out), pagesize=A4, invariant=1)
    draw(c, c.acroForm)
    c.save()


def _checks(form, name: str, y: int, xs: list[int], chosen: int) -> None:
    for i, x in enumerate(xs):
        form.checkbox(name=f"{name}_{i}", x=x, y=y - 2, size=10, checked=i == chosen, buttonStyle="cross")


def ic09_keski_suomi_valiselvitys() -> None:
    """Finnish state-grant interim report as a fillable PDF: the authority's system printed the project's
    name, the grant and the goals of the application; the reporter's answers (lights, goal verdicts,
    cost amounts, partners) stand only in form fields: checkboxes and text fields, none in the text layer."""

    def draw(c, form) -> None:
        c.setFont("Helvetica-Bold", 12)
        c.drawString(40, 800, "VALTIONAVUSTUKSEN VÄLISELVITYS 2025")
        c.setFont("Helvetica", 9)
        lines = [
            "Avustuksen saaja: Keski-Suomen hyvinvointialue",
            "Hanke: Sydänkuntoutus kotona Keski-Suomessa",
            "Diaarinumero VN/4471/2024 · avustuspäätös 14.3.2024 · myönnetty avustus 820 000 euroa",
            "Hankeaika 1.4.2024-31.12.2025 · selvityskausi 1.1.-30.6.2025",
        ]
        for i, line in enumerate(lines):
            c.drawString(40, 780 - 12 * i, line)
        c.drawString(40, 722, "Toiminta-alueen kunnat:")
        form.textfield(
            name="kunnat",
            value="Jyväskylä, Äänekoski ja Jämsä",
            x=160,
            y=716,
            width=380,
            height=14,
            borderWidth=0,
            fontSize=9,
        )
        c.setFont("Helvetica-Bold", 10)
        c.drawString(40, 696, "1 Hankkeen eteneminen osa-alueittain (valitse yksi)")
        c.setFont("Helvetica", 8)
        c.drawString(250, 682, "Suunnitelman mukaan")
        c.drawString(350, 682, "Lievä poikkeama")
        c.drawString(440, 682, "Merkittävä poikkeama")
        areas = [
            ("Aikataulu", 0),
            ("Kustannukset", 0),
            ("Henkilöstö", 1),
            ("Tuotosten laatu", 0),
            ("Riskit", 2),
        ]
        for i, (area, chosen) in enumerate(areas):
            y = 666 - 16 * i
            c.setFont("Helvetica", 9)
            c.drawString(40, y, area)
            _checks(form, f"tila{i}", y, [280, 370, 470], chosen)
        c.setFont("Helvetica-Bold", 10)
        c.drawString(40, 572, "2 Kustannukset (euroa)")
        c.setFont("Helvetica", 8)
        c.drawString(250, 558, "Budjetti 2025")
        c.drawString(380, 558, "Toteuma 1-6/2025")
        costs = [
            ("Henkilöstökulut", "300 000", "141 900"),
            ("Palvelujen ostot", "80 000", "52 300"),
            ("Matkakulut", "12 000", "4 870"),
            ("Muut kulut", "18 000", "6 210"),
            ("Yhteensä", "410 000", "205 280"),
        ]
        for i, (label, budget, actual) in enumerate(costs):
            y = 542 - 16 * i
            c.setFont("Helvetica", 9)
            c.drawString(40, y, label)
            form.textfield(
                name=f"budj{i}", value=budget, x=250, y=y - 4, width=100, height=14, borderWidth=0, fontSize=9
            )
            form.textfield(
                name=f"tot{i}", value=actual, x=380, y=y - 4, width=100, height=14, borderWidth=0, fontSize=9
            )
        c.setFont("Helvetica-Bold", 10)
        c.drawString(40, 448, "3 Hakemuksessa ilmoitetut tavoitteet")
        c.setFont("Helvetica", 8)
        for x, word in [(330, "Saavutettu"), (390, "Osittain"), (440, "Ei saavutettu"), (505, "Kesken")]:
            c.drawString(x, 434, word)
        goals = [
            ("Kotikuntoutusjakso 200 sydänpotilaalle vuodessa", 3),
            ("Sairaalahoitojaksot lyhenevät keskimäärin päivällä", 0),
            ("Etäkuntoutusryhmät kolmessa kunnassa", 1),
        ]
        for i, (goal, chosen) in enumerate(goals):
            y = 418 - 16 * i
            c.setFont("Helvetica", 9)
            c.drawString(40, y, goal)
            _checks(form, f"tav{i}", y, [345, 400, 455, 515], chosen)
        c.setFont("Helvetica-Bold", 10)
        c.drawString(40, 354, "4 Yhteistyökumppanit ja heidän tehtävänsä")
        form.textfield(
            name="kumppanit",
            value="Jyväskylän ammattikorkeakoulu JAMK arvioi etäkuntoutuksen. Äänekosken kaupunki antaa kuntosalin "
            "ryhmien käyttöön.",
            x=40,
            y=300,
            width=500,
            height=44,
            borderWidth=0,
            fontSize=9,
            fieldFlags="multiline",
        )
        c.setFont("Helvetica", 8)
        c.drawString(40, 60, "Lomake VA-VS 2025 · palautetaan valtionavustusjärjestelmän kautta · sivu 1/1")
        c.showPage()

    _form_pdf(TEST31 / "ic09_keski_suomi_valiselvitys_2025.pdf", draw)


def _legacy_checkbox(paragraph, checked: bool) -> None:
    """A legacy Word form checkbox (FORMCHECKBOX field): its state only in ``w:ffData``, no text."""
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    state = "<w:checked/>" if checked else ""
    runs = [
        f'<w:r {nsdecls("w")}><w:fldChar w:fldCharType="begin"><w:ffData><w:name w:val="Kontroll"/><w:enabled/>'
        f'<w:calcOnExit w:val="0"/><w:checkBox><w:sizeAuto/><w:default w:val="0"/>{state}</w:checkBox>'
        "</w:ffData></w:fldChar></w:r>",
        f'<w:r {nsdecls("w")}><w:instrText xml:space="preserve"> FORMCHECKBOX </w:instrText></w:r>',
        f'<w:r {nsdecls("w")}><w:fldChar w:fldCharType="end"/></w:r>',
    ]
    for run in runs:
        paragraph._p.append(parse_xml(run))


def _checkbox_table(d, head: tuple[str, ...], rows: list[tuple[str, int]]) -> None:
    grid = table(d, [head, *[(label, *[""] * (len(head) - 1)) for label, _ in rows]])
    for row, (_label, chosen) in zip(grid.rows[1:], rows, strict=True):
        for i, cell in enumerate(row.cells[1:]):
            _legacy_checkbox(cell.paragraphs[0], i == chosen)


def ic10_ita_uusimaa_sv_arsrapport() -> None:
    """Swedish annual report from an old Word form template: lights and goal verdicts as legacy form
    checkboxes (FORMCHECKBOX fields, the state only in ``w:ffData``) in columns of the choices."""
    d = docx_document("Projektsekreterare", dt.datetime(2025, 2, 11, 10, 0, 0))
    d.add_heading("Årsrapport 2024", level=1)
    table(
        d,
        [
            ("Uppgift", "Svar"),
            ("Projektets namn", "Vardagsstöd för närståendevårdare i Östra Nyland"),
            ("Huvudman", "Östra Nylands välfärdsområde"),
            ("Projekttid", "1.1.2023–31.12.2025"),
            ("Kommuner", "Borgå, Lovisa, Sibbo och Lappträsk"),
            (
                "Finansiär",
                "Social- och hälsovårdsministeriet, statsunderstöd 1 100 000 euro för hela projekttiden",
            ),
            ("Rapportdatum", "11.2.2025"),
        ],
    )
    d.add_paragraph(
        "Projektet ger närståendevårdare avlösning i hemmet och kamratgrupper på kvällarna. Folkhälsan leder "
        "kamratgrupperna och Arcada utvärderar avlösningsmodellen. Lovisa stad upplåter lokaler i Lovisa "
        "servicecentral för gruppträffarna."
    )
    d.add_paragraph("1. Projektets läge (kryssa för ett alternativ per område)")
    _checkbox_table(
        d,
        ("Område", "Enligt plan", "Mindre avvikelse", "Allvarlig avvikelse"),
        [("Tidtabell", 0), ("Kostnader", 0), ("Personal", 2), ("Resultatens kvalitet", 0), ("Nytta", 1)],
    )
    d.add_paragraph()
    d.add_paragraph("2. Kostnader 2024 (euro)")
    table(
        d,
        [
            ("Kostnadsslag", "Budget 2024", "Utfall 2024", "Avvikelse"),
            ("Personalkostnader", "286 000", "279 450", "-6 550"),
            ("Köpta tjänster", "74 000", "81 200", "7 200"),
            ("Resekostnader", "9 000", "6 120", "-2 880"),
            ("Övriga kostnader", "11 000", "8 930", "-2 070"),
            ("Totalt", "380 000", "375 700", "-4 300"),
        ],
    )
    d.add_paragraph()
    d.add_paragraph("3. Måluppfyllelse 2024 (kryssa för ett alternativ per mål)")
    _checkbox_table(
        d,
        ("Mål", "Uppnått", "Delvis uppnått", "Inte uppnått", "Flyttat framåt"),
        [
            ("Avlösning i hemmet för 120 familjer", 0),
            ("Kvällsgrupper i alla fyra kommuner", 1),
            ("Avlösning på finska och svenska i Lappträsk", 3),
        ],
    )
    _save(d, "ic10_ita_uusimaa_sv_arsrapport_2025.docx")


def _numbered_heading_style(d, text: str) -> int:
    """A numbering definition whose level text is ``text`` ("Osahanke %1:"), for headings: the label and
    the number come from numbering.xml, not from the paragraph's text."""
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    numbering = d.part.numbering_part.element
    abstract = parse_xml(
        f'<w:abstractNum {nsdecls("w")} w:abstractNumId="71"><w:multiLevelType w:val="singleLevel"/>'
        f'<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:pStyle w:val="Heading2"/>'
        f'<w:lvlText w:val="{text}"/><w:lvlJc w:val="left"/></w:lvl></w:abstractNum>'
    )
    first_num = numbering.find("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}num")
    if first_num is not None:
        first_num.addprevious(abstract)
    else:
        numbering.append(abstract)
    numbering.append(parse_xml(f'<w:num {nsdecls("w")} w:numId="71"><w:abstractNumId w:val="71"/></w:num>'))
    return 71


def _numbered_heading(d, text: str, num_id: int) -> None:
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    heading = d.add_heading(text, level=2)
    heading._p.get_or_add_pPr().append(
        parse_xml(f'<w:numPr {nsdecls("w")}><w:ilvl w:val="0"/><w:numId w:val="{num_id}"/></w:numPr>')
    )


def ic11_kanta_hame_tilanneraportti() -> None:
    """Finnish status report whose part headings are numbered by Word ("Osahanke %1:" in numbering.xml:
    the part word and number are in no paragraph's text); lights as school grades 4–10 by a stated key."""
    d = docx_document("Hankepäällikkö", dt.datetime(2025, 11, 20, 12, 0, 0))
    d.add_heading("Hyvä kotiutus Kanta-Hämeessä – tilanneraportti 3/2025", level=1)
    d.add_paragraph("Raportointikausi 1.1.–31.10.2025 · laadittu 20.11.2025")
    d.add_paragraph(
        "Hyvä kotiutus Kanta-Hämeessä on Kanta-Hämeen hyvinvointialueen kestävän kasvun ohjelman hanke "
        "(1.6.2023–31.12.2025), jota rahoitetaan EU:n elpymisvälineestä. Sosiaali- ja terveysministeriö myönsi "
        "hankkeelle 1 480 000 euroa. Toiminta-alueena ovat Hämeenlinna, Riihimäki ja Forssa. Hämeen "
        "ammattikorkeakoulu HAMK kouluttaa kotiutushoitajat, ja Riihimäen kaupunki lainaa hankkeelle "
        "palvelukeskuksensa tiloja. Kotiutussuunnitelmat kirjataan Kanta-palveluihin."
    )
    d.add_paragraph(
        "Osa-alueiden tila on arvioitu kouluarvosanoin: 9–10 = suunnitelman mukaan, 7–8 = lievä poikkeama, "
        "4–6 = vakava poikkeama."
    )
    num = _numbered_heading_style(d, "Osahanke %1:")
    _numbered_heading(d, "Kotisairaalan iltavuoro", num)
    table(
        d,
        [
            ("Osa-alue", "Arvosana"),
            ("Aikataulu", "9"),
            ("Kustannukset", "10"),
            ("Henkilöstö", "7"),
            ("Hyödyt", "9"),
        ],
    )
    d.add_paragraph("Kustannukset 2025, euroa")
    table(
        d,
        [
            ("Kustannuslaji", "Budjetti 2025", "Toteuma 1–10/2025"),
            ("Henkilöstökulut", "260 000", "214 600"),
            ("Palvelujen ostot", "40 000", "31 250"),
            ("Yhteensä", "300 000", "245 850"),
        ],
    )
    d.add_paragraph("Tavoitteet:")
    d.add_paragraph("Iltavuoro kotisairaalaan arkipäivisin – toteutunut", style="List Bullet")
    d.add_paragraph("Iltavuoro myös viikonloppuisin – siirtyy vuoteen 2026", style="List Bullet")
    _numbered_heading(d, "Kotiutuksen digipolku", num)
    table(
        d,
        [
            ("Osa-alue", "Arvosana"),
            ("Aikataulu", "6"),
            ("Kustannukset", "9"),
            ("Henkilöstö", "9"),
            ("Hyödyt", "8"),
        ],
    )
    d.add_paragraph("Kustannukset 2025, euroa")
    table(
        d,
        [
            ("Kustannuslaji", "Budjetti 2025", "Toteuma 1–10/2025"),
            ("Henkilöstökulut", "120 000", "88 900"),
            ("Ohjelmistot", "90 000", "52 000"),
            ("Yhteensä", "210 000", "140 900"),
        ],
    )
    d.add_paragraph("Tavoitteet:")
    d.add_paragraph(
        "Kotiutusohjeet mobiilisovellukseen – toteutunut osittain (kaksi osastoa kuudesta)", style="List Bullet"
    )
    d.add_paragraph("Soittopyyntö kotiutuksen jälkeisenä päivänä kaikille – kesken", style="List Bullet")
    _save(d, "ic11_kanta_hame_tilanneraportti_2025.docx")


def _slides(out: Path, slides: list[tuple[str, list[str]]], footer: str) -> None:
    """Slides saved as PDF: one landscape page a slide, a large title, lines of text; a line starting
    with "#" is a table row of "|"-separated cells at fixed positions."""
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.pdfgen import canvas as pdfcanvas

    c = pdfcanvas.Canvas(str(out), pagesize=landscape(A4), invariant=1)
    width, height = landscape(A4)
    for number, (title, lines) in enumerate(slides, start=1):
        c.setFont("Helvetica-Bold", 24)
        c.drawString(50, height - 70, title)
        y = height - 120
        for line in lines:
            if line.startswith("#"):
                c.setFont("Helvetica", 14)
                for x, cell in zip([60, 360, 500, 640], line[1:].split("|"), strict=False):
                    c.drawString(x, y, cell)
            else:
                c.setFont("Helvetica", 16)
                c.drawString(60, y, line)
            y -= 26
        c.setFont("Helvetica", 9)
        c.drawString(50, 24, footer)
        c.drawString(width - 90, 24, f"{number} / {len(slides)}")
        c.showPage()
    c.save()


IC15 = [
    ("Etäkotihoito Kainuussa", ["Ohjausryhmä 12.6.2025", "Kainuun hyvinvointialue"]),
    (
        "Hanke lyhyesti",
        [
            "Hankeaika 1.9.2023–31.8.2025",
            "Kunnat: Kajaani, Kuhmo, Suomussalmi ja Hyrynsalmi",
            "Kestävän kasvun ohjelma: STM myönsi 1 050 000 € (EU:n elpymisväline)",
            "Kajaanin ammattikorkeakoulu KAMK arvioi etäkäyntien laadun",
            "Kuhmon kaupunki tarjoaa lääkeautomaattien varaston",
            "Toimenpidekokonaisuus 1: Kuvapuhelukäynnit",
            "Toimenpidekokonaisuus 2: Lääkeautomaatit",
        ],
    ),
    (
        "Aikataulu: kulunut aika ja valmiusaste",
        [
            "Aikataulu on suunnitelmassa, kun valmiusaste on enintään",
            "5 prosenttiyksikköä jäljessä kuluneesta ajasta.",
            "#|Aikaa kulunut|Valmiina",
            "#Toimenpidekokonaisuus 1|88 %|86 %",
            "#Toimenpidekokonaisuus 2|88 %|70 %",
        ],
    ),
    (
        "Muut osa-alueet",
        [
            "OK = suunnitelman mukaan, HUOLI = poikkeama",
            "#|TPK 1|TPK 2",
            "#Kustannukset|OK|OK",
            "#Henkilöstö|HUOLI|OK",
            "#Hyödyt|OK|HUOLI",
        ],
    ),
    (
        "Talous 1.9.2023–31.5.2025",
        [
            "#Kustannuslaji|Budjetti|Toteuma|Käyttöaste",
            "#Henkilöstökulut|620 000|541 800|87 %",
            "#ICT-laitteet|280 000|262 000|94 %",
            "#Palvelujen ostot|100 000|71 500|72 %",
            "#Muut kulut|50 000|31 200|62 %",
            "#Yhteensä|1 050 000|906 500|86 %",
        ],
    ),
    (
        "Tavoitteet",
        [
            "Kuvapuhelukäynti 300 asiakkaalle – valmis",
            "Lääkeautomaatti 120 asiakkaalle – kesken (84 asennettu)",
            "Yökäyntien väheneminen 30 % – siirtyy jatkohankkeeseen",
        ],
    ),
]


def ic15_kainuu_ohjausryhma_diat() -> None:
    """Finnish slides as PDF: the schedule judged by elapsed time against the share done, by a stated
    tolerance, per "Toimenpidekokonaisuus N: …" (short "TPK N" on a later slide); other areas OK / HUOLI."""
    _slides(TEST31 / "ic15_kainuu_ohjausryhma_diat_2025.pdf", IC15, "Etäkotihoito Kainuussa · ohjausryhmä")


def ic18_varsinais_suomi_hankesuunnitelma() -> None:
    """Finnish RRF plan (2022) whose estimate tables are calculations: quantity, unit price and their
    product per row ("3,0 htv × 62 000 = 186 000"); only the product column is the estimate. Parts
    "Kehittämiskokonaisuus N: …"; goals as a SMART table with indicators, baselines and target levels."""
    d = docx_document("Kehittämispalvelut", dt.datetime(2022, 9, 15, 8, 0, 0))
    d.add_heading("Hankesuunnitelma: Etäsosiaalityö saaristoon", level=1)
    table(
        d,
        [
            ("Kohta", "Tieto"),
            ("Hakija", "Varsinais-Suomen hyvinvointialue"),
            ("Hanke", "Etäsosiaalityö saaristoon"),
            ("Rahoitus", "Kestävän kasvun ohjelma, EU:n elpymis- ja palautumistukiväline (RRF)"),
            ("Hankeaika", "1.1.2023–31.12.2025"),
            ("Kunnat", "Parainen, Kemiönsaari, Kustavi, Taivassalo ja Naantali"),
            ("Päiväys", "15.9.2022"),
        ],
    )
    d.add_paragraph(
        "Hankkeen kustannusarvio on 366 000 euroa, ja sosiaali- ja terveysministeriöltä haetaan valtionavustusta "
        "366 000 euroa. Turun ammattikorkeakoulu arvioi, miten videoasiointi muuttaa asiakkaan asiointimatkoja. "
        "Asiakas tunnistautuu videotapaamiseen Suomi.fi-tunnistuksella."
    )
    d.add_heading("Kehittämiskokonaisuus 1: Videoasiointi", level=2)
    d.add_paragraph("Kustannusarvio koko hankeajalle (määrä × yksikköhinta)")
    table(
        d,
        [
            ("Kustannuslaji", "Määrä", "Yksikköhinta, €", "Yhteensä, €"),
            ("Henkilöstökulut (sosiaalityöntekijät)", "3,0 htv", "62 000", "186 000"),
            ("Videolaitteet (puhelin- ja ICT-laitehankinnat)", "40 kpl", "900", "36 000"),
            ("Koulutus (palvelujen osto)", "6 päivää", "2 500", "15 000"),
            ("Yhteensä", "", "", "237 000"),
        ],
    )
    d.add_heading("Kehittämiskokonaisuus 2: Sähköinen hakemus", level=2)
    d.add_paragraph("Kustannusarvio koko hankeajalle (määrä × yksikköhinta)")
    table(
        d,
        [
            ("Kustannuslaji", "Määrä", "Yksikköhinta, €", "Yhteensä, €"),
            ("Henkilöstökulut", "1,5 htv", "62 000", "93 000"),
            ("Ohjelmistot (lisenssit)", "12 kk", "3 000", "36 000"),
            ("Yhteensä", "", "", "129 000"),
        ],
    )
    d.add_heading("Tavoitteet", level=2)
    table(
        d,
        [
            ("Tavoite", "Mittari", "Lähtötaso 2022", "Tavoitetaso 2025"),
            (
                "Asiakas voi tavata sosiaalityöntekijän videolla kaikissa viidessä kunnassa",
                "kuntien määrä",
                "1",
                "5",
            ),
            ("Saaristolaisen asiointimatkat vähenevät", "matkoja asiakasta kohden vuodessa", "6", "2"),
            ("Toimeentulotuen hakemus sähköisesti", "sähköisten hakemusten osuus", "15 %", "60 %"),
        ],
    )
    _save(d, "ic18_varsinais_suomi_hankesuunnitelma_2022.docx")


IC20_NAME = "Home Hospital at Night in North Savo"
IC20 = [
    [
        "!FINAL REPORT",
        "!Home Hospital at Night in",
        "!North Savo",
        "North Savo wellbeing services county · 15 September 2025",
        "",
        "Project period 1 March 2023 – 30 June 2025. The Ministry of Social Affairs and Health granted",
        "EUR 1,000,000 from the Sustainable Growth Programme for Finland (RRF). The project ran night visits",
        "of the home hospital in Kuopio, Siilinjärvi, Iisalmi and Varkaus. Savonia University of Applied",
        "Sciences trained the night nurses, and the City of Varkaus lent the project a car.",
        "",
        "!Closing status by area",
        "Key: Closed green = delivered as planned; Closed amber or Closed red = delivered with deviations.",
        "#Area|Closing status",
        "#Schedule|Closed green",
        "#Costs|Closed green",
        "#Staff|Closed amber",
        "#Quality of outputs|Closed green",
        "#Benefits|Closed red",
    ],
    [
        "!Costs over the project period (EUR), with the budget revisions",
        "#Cost type|Original 3/2023|Revision 1 2/2024|Revision 2 11/2024|Actual",
        "#Staff costs|700,000|760,000|745,000|741,300",
        "#Purchased services|200,000|140,000|150,000|149,200",
        "#ICT equipment|60,000|60,000|65,000|64,900",
        "#Travel|40,000|40,000|40,000|31,700",
        "#Total|1,000,000|1,000,000|1,000,000|987,100",
        "",
        "Revision 2 is the budget in force. The unused EUR 12,900 is returned to the ministry.",
        "",
        "!Objectives",
        "#Objective|Assessment",
        "#Night visits in all four towns|Fully achieved",
        "#Ambulance calls from home care fall by a quarter|Largely achieved (-19 %)",
        "#Night physician on call by video|Not achieved",
        "Key: only Fully achieved means the objective was met; Largely and Partly mean it was met in part.",
    ],
]


def ic20_pohjois_savo_en_final_report() -> None:
    """English final report PDF: the title (the project's name) broken over two bold lines of the cover;
    a cost table with the original budget and two revisions as columns (the last revision is the budget);
    closing statuses "Closed green / amber / red"."""
    _pdf(
        "ic20_pohjois_savo_en_final_report_2025.pdf",
        IC20,
        [40, 190, 290, 390, 490],
        header=lambda n, total: [(40, "North Savo wellbeing services county"), (460, "Final report")],
        footer=lambda n, total: [(500, f"{n} ({total})")],
    )


def _pdf_right_aligned(
    out: Path, pages: list[list[str]], left: int, rights: list[int], header: Running, footer: Running
) -> None:
    """As ``pdf``, but a table row's first cell is drawn from ``left`` and every other cell ends at its
    right edge in ``rights`` (numbers right-aligned, as report generators draw them)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas as pdfcanvas

    c = pdfcanvas.Canvas(str(out), pagesize=A4, invariant=1)
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
                first, *rest = line[1:].split("|")
                c.drawString(left, y, first)
                for x, text in zip(rights, rest, strict=False):
                    c.drawRightString(x, y, text)
            elif line.startswith("!"):
                c.setFont("Helvetica-Bold", 11)
                c.drawString(40, y, line[1:])
            else:
                c.setFont("Helvetica", 10)
                c.drawString(40, y, line)
            y -= 14
        c.showPage()
    c.save()


IC25_NAME = "Mångspråkig rådgivning för barnfamiljer i Vanda och Kervo"
IC25 = [
    [
        "!Lägesrapport 3/2025",
        f"Projekt: {IC25_NAME}",
        "Vanda och Kervo välfärdsområde · projekttid 1.1.2024–31.12.2025 · rapportdatum 20.10.2025",
        "",
        "Projektet ger barnfamiljer rådgivning på sex språk på rådgivningsbyråerna i Vanda och Kervo.",
        "Social- och hälsovårdsministeriet beviljade 980 000 euro inom programmet för barn- och",
        "familjetjänster (LAPE). Yrkeshögskolan Arcada utvärderar rådgivningen, och Vanda stads bibliotek",
        "lånar ut lokaler för föräldragrupperna.",
        "",
        "!Läget per område (stabil = enligt plan, osäker = mindre avvikelse, kritisk = allvarlig avvikelse)",
        "#Område|Läge",
        "#Tidtabell|stabil",
        "#Kostnader|stabil",
        "#Personal|osäker",
        "#Resultatens omfattning|kritisk",
        "#Nytta|stabil",
        "",
        "!Kostnader 2025 (euro)",
        "#Kostnadsslag|Budget 2025|Utfall 1–9/2025|Prognos 2025|Utnyttjandegrad %",
        "#Personalkostnader|356 000|254 700|348 000|72",
        "#Köpta tjänster (tolkning)|88 000|71 950|96 000|82",
        "#Kommunikation|12 000|4 300|9 000|36",
        "#Lokalkostnader|30 000|22 500|30 000|75",
        "#Totalt|486 000|353 450|483 000|73",
        "",
        "!Mål",
        "Rådgivning på sex språk – uppnått",
        "Tolk vid varje första besök – delvis uppnått (80 %)",
        "Föräldragrupper på dari – inte uppnått",
        "Chatt på arabiska – flyttat till 2026",
    ]
]


def ic25_vantaa_kerava_sv_lagesrapport() -> None:
    """Swedish status report PDF whose numbers are right-aligned in their columns (each cell ends at the
    column's right edge, so a wider figure starts further left); lights on the scale "stabil / osäker /
    kritisk" stated in the heading."""
    _pdf_right_aligned(
        TEST31 / "ic25_vantaa_kerava_sv_lagesrapport_2025.pdf",
        IC25,
        40,
        [300, 380, 460, 550],
        header=lambda n, total: [(40, "Vanda och Kervo välfärdsområde"), (470, "Lägesrapport 3/2025")],
        footer=lambda n, total: [(40, IC25_NAME), (520, f"{n}/{total}")],
    )


IC30_CHUNK = """<html><head><meta charset="utf-8"></head><body>
<h2>Läget per område</h2>
<p>grön = enligt plan, gul = mindre avvikelse, röd = allvarlig avvikelse</p>
<table border="1">
<tr><th>Område</th><th>Läge</th><th>Kommentar</th></tr>
<tr><td>Tidtabell</td><td>grön</td><td></td></tr>
<tr><td>Kostnader</td><td>grön</td><td></td></tr>
<tr><td>Personal</td><td>gul</td><td>en fysioterapeut saknas</td></tr>
<tr><td>Nytta</td><td>grön</td><td></td></tr>
<tr><td>Risker</td><td>röd</td><td>hyresavtalet för gymmet upphör</td></tr>
</table>
<h2>Kostnader 2025 (euro)</h2>
<table border="1">
<tr><th>Kostnadsslag</th><th>Budget 2025</th><th>Utfall 1–9/2025</th></tr>
<tr><td>Personalkostnader</td><td>420 000</td><td>318 400</td></tr>
<tr><td>Köpta tjänster</td><td>60 000</td><td>41 900</td></tr>
<tr><td>Resekostnader</td><td>20 000</td><td>17 650</td></tr>
<tr><td>Totalt</td><td>500 000</td><td>377 950</td></tr>
</table>
</body></html>
"""


def ic30_helsinki_sv_lagesrapport() -> None:
    """Swedish DOCX written by a reporting system: the lights and the cost table are an HTML part imported
    with ``w:altChunk`` (word/afchunk1.html), so document.xml holds none of them; the heading, the first
    paragraph and the goal list after the chunk are Word text."""
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from docx.opc.packuri import PackURI
    from docx.opc.part import Part
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    d = docx_document("Rapporteringssystem", dt.datetime(2025, 10, 31, 14, 0, 0))
    d.add_heading("Svenskspråkig hemrehabilitering i Helsingfors – lägesrapport 3/2025", level=1)
    d.add_paragraph(
        "Helsingfors stad, social-, hälsovårds- och räddningssektorn · projekttid 1.1.2024–31.12.2025 · "
        "rapportdatum 31.10.2025. Projektet finansieras med 1 250 000 euro ur programmet för hållbar tillväxt "
        "(RRF), beviljat av social- och hälsovårdsministeriet. Folkhälsan leder gruppträningen."
    )
    chunk = Part(PackURI("/word/afchunk1.html"), "text/html", IC30_CHUNK.encode("utf-8"), d.part.package)
    rid = d.part.relate_to(chunk, RT.A_F_CHUNK)
    body = d.element.body
    body.insert(len(body) - 1, parse_xml(f'<w:altChunk {nsdecls("w", "r")} r:id="{rid}"/>'))
    d.add_paragraph("Mål")
    d.add_paragraph(
        "Hemrehabilitering på svenska inom en vecka efter utskrivning – uppnått", style="List Bullet"
    )
    d.add_paragraph("Fysioterapeut på kvällstid i alla distrikt – delvis uppnått", style="List Bullet")
    d.add_paragraph("Gruppträning i Folkhälsanhuset – flyttat till 2026", style="List Bullet")
    _save(d, "ic30_helsinki_sv_lagesrapport_2025.docx")


def ic31_lappi_valiraportti() -> None:
    """Finnish ESR+ interim report in Word tables: a flat-rate row of indirect costs computed from the staff
    costs ("flat rate 15 %"), income rows and a net row under the total of costs (the total is the costs'
    total); the grant as a ceiling and a share of the eligible total; lights as "etenee suunnitellusti" or a
    word of delay."""
    d = docx_document("Hankekoordinaattori", dt.datetime(2025, 8, 20, 9, 0, 0))
    d.add_heading("Väliraportti 1.1.–30.6.2025: Osallisuuden polku Lapissa", level=1)
    table(
        d,
        [
            ("Hankkeen tiedot", ""),
            ("Toteuttaja", "Lapin hyvinvointialue"),
            ("Rahoittajat", "Euroopan unioni (ESR+) ja valtio, Lapin ELY-keskus"),
            ("Ohjelma", "Uudistuva ja osaava Suomi 2021–2027"),
            ("Hankeaika", "1.9.2023–31.8.2026"),
            ("Kunnat", "Rovaniemi, Kemi, Tornio ja Sodankylä"),
        ],
    )
    d.add_paragraph(
        "Hankkeen hyväksyttävät kokonaiskustannukset ovat 600 000 euroa, ja tuki on enintään 480 000 euroa (80 %). "
        "Rovaniemen koulutuskuntayhtymä REDU järjestää työpajojen valmennuksen, ja Tornion kaupunki antaa "
        "kohtaamispaikalle tilat."
    )
    d.add_paragraph(
        "Hankkeen eteneminen (etenee suunnitellusti = suunnitelman mukaan, muut merkinnät = poikkeama)"
    )
    table(
        d,
        [
            ("Osa-alue", "Tilanne"),
            ("Aikataulu", "etenee suunnitellusti"),
            ("Kustannukset", "etenee suunnitellusti"),
            ("Henkilöstö", "viivästynyt, ohjaajan rekrytointi kesken"),
            ("Tuotosten laajuus", "etenee suunnitellusti"),
            ("Hyödyt", "jäljessä suunnitelmasta"),
        ],
    )
    d.add_paragraph()
    d.add_paragraph("Kustannusarvio ja toteuma hankkeen alusta 30.6.2025 asti (euroa)")
    table(
        d,
        [
            ("Erittely", "Kustannusarvio", "Toteuma"),
            ("Henkilöstökulut", "480 000", "301 500"),
            ("Laskennalliset yleiskulut (flat rate 15 % henkilöstökuluista)", "72 000", "45 225"),
            ("Ostopalvelut", "60 000", "38 400"),
            ("Kustannukset yhteensä", "612 000", "385 125"),
            ("Tulot (osallistumismaksut)", "-12 000", "-4 300"),
            ("Nettokustannukset", "600 000", "380 825"),
        ],
    )
    d.add_paragraph()
    d.add_paragraph("Tavoitteet")
    table(
        d,
        [
            ("Tavoite", "Tilanne 30.6.2025"),
            ("80 nuorta aikuista osallistuu työpajoihin", "kesken (52 osallistunut)"),
            ("Matalan kynnyksen kohtaamispaikka jokaisessa neljässä kunnassa", "toteutunut"),
            ("Sosiaalisen kuntoutuksen ryhmät saamen kielellä", "ei toteudu hankkeessa"),
        ],
    )
    _save(d, "ic31_lappi_valiraportti_2025.docx")


def ic35_helsinki_en_final_report() -> None:
    """English final report DOCX: a goal table with two verdict columns (the team's self-assessment and
    the external evaluator's) and a stated rule that the evaluator's is final; lights per half-year column
    (the later half counts)."""
    d = docx_document("Project office", dt.datetime(2025, 9, 30, 12, 0, 0))
    d.add_heading("Evening Nurse Helsinki – final report", level=1)
    d.add_paragraph(
        "City of Helsinki, Social Services, Health Care and Rescue Services Division · 30 September 2025. "
        "Evening Nurse Helsinki ran from 1 January 2023 to 30 June 2025 with EUR 1.4 million from the "
        "Sustainable Growth Programme for Finland (RRF), granted by the Ministry of Social Affairs and Health. "
        "HUS Helsinki University Hospital referred patients to the evening nurses, and Haaga-Helia University "
        "of Applied Sciences evaluated the project."
    )
    d.add_paragraph("Status by area (Green = as planned, Amber = minor deviation, Red = serious deviation)")
    table(
        d,
        [
            ("Area", "1st half 2025", "2nd half 2025 (final)"),
            ("Schedule", "Amber", "Green"),
            ("Costs", "Green", "Green"),
            ("Staffing", "Red", "Amber"),
            ("Benefits", "Green", "Green"),
        ],
    )
    d.add_paragraph()
    d.add_paragraph("Costs over the whole project (EUR)")
    table(
        d,
        [
            ("Cost type", "Budget", "Actual"),
            ("Staff costs", "1,120,000", "1,098,400"),
            ("Purchased services", "180,000", "171,250"),
            ("Software", "60,000", "59,800"),
            ("Travel", "40,000", "22,150"),
            ("Total", "1,400,000", "1,351,600"),
        ],
    )
    d.add_paragraph("EUR 48,400 was left unused and is returned.")
    d.add_paragraph("Objectives. Where the two assessments differ, the evaluator's assessment is final.")
    table(
        d,
        [
            ("Objective", "Self-assessment", "Evaluator's assessment"),
            ("An evening nurse visit within two hours of a call", "Achieved", "Achieved"),
            ("Emergency visits of home care clients fall by 15 %", "Achieved", "Partly achieved"),
            ("Evening nurse service in Swedish in every district", "Partly achieved", "Not achieved"),
        ],
    )
    _save(d, "ic35_helsinki_en_final_report_2025.docx")


def _workbook(created: dt.datetime):
    """An openpyxl workbook whose core properties are fixed (so that two runs write the same bytes)."""
    from openpyxl import Workbook

    wb = Workbook()
    wb.properties.creator = "Projektkontoret"
    wb.properties.lastModifiedBy = "Projektkontoret"
    wb.properties.created = created
    wb.properties.modified = created
    return wb


def _save_workbook(wb, name: str, modified: str) -> None:
    """Save a workbook with every zip entry stamped ZIP_TIME and its core 'modified' fixed (openpyxl
    stamps the time of saving)."""
    import io
    import re
    import zipfile

    raw = io.BytesIO()
    wb.save(raw)
    raw.seek(0)
    with zipfile.ZipFile(raw) as src, zipfile.ZipFile(TEST31 / name, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            data = src.read(item.filename)
            if item.filename == "docProps/core.xml":
                data = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*", rb"\g<1>" + modified.encode(), data)
            if item.filename == "[Content_Types].xml" and name.endswith(".xlsm"):
                data = data.replace(
                    b"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
                    b"application/vnd.ms-excel.sheet.macroEnabled.main+xml",
                )
            info = zipfile.ZipInfo(item.filename, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(info, data)


def _fill(hex_rgb: str):
    from openpyxl.styles import PatternFill

    return PatternFill(fill_type="solid", start_color=hex_rgb, end_color=hex_rgb)


def ic37_aland_sv_uppfoljning() -> None:
    """Probe of 2af418f (workbooks read; a cell's fill as the light): a Swedish workbook whose lights are
    EMPTY cells filled green / yellow / red in a column to the RIGHT of the area names, keyed by a legend of
    filled cells on the same sheet; decorative header fills (blue, grey) that are no lights; amounts as
    numbers shown through a number format; a hidden sheet with an older budget (left out) and a sheet of
    visit counts (no cost table)."""
    wb = _workbook(dt.datetime(2025, 3, 14, 9, 0, 0))
    info = wb.active
    info.title = "Projekt"
    for row in [
        ("Projekt", "Tryggt boende i skärgården"),
        ("Huvudman", "Ålands hälso- och sjukvård"),
        ("Finansiär", "Ålands landskapsregering"),
        ("Beviljat stöd", "480 000 euro"),
        ("Projekttid", "1.1.2024–31.12.2025"),
        ("Kommuner", "Brändö, Kumlinge och Vårdö"),
        ("Rapportdatum", "14.3.2025"),
        (
            "Samarbete",
            "Ålands sjöräddningssällskap kör sjuktransporterna; Brändö kommun lånar ut ett rum i kommungården",
        ),
    ]:
        info.append(row)
    lage = wb.create_sheet("Läge 2024")
    lage.append(("Område", "Läge", "Kommentar"))
    for cell in lage[1]:
        cell.fill = _fill("FF1F4E79")
    colours = {"grön": "FF00B050", "gul": "FFFFC000", "röd": "FFFF0000"}
    for i, (area, colour, note) in enumerate(
        [
            ("Tidtabell", "grön", ""),
            ("Kostnader", "grön", ""),
            ("Personal", "röd", "sjukskötaren slutade i oktober"),
            ("Resultatens kvalitet", "grön", ""),
            ("Nytta", "gul", "färre hembesök på vintern"),
        ],
        start=2,
    ):
        lage.cell(row=i, column=1, value=area)
        lage.cell(row=i, column=2).fill = _fill(colours[colour])
        lage.cell(row=i, column=3, value=note or None)
    lage.cell(row=9, column=1, value="Förklaring")
    for i, (colour, meaning) in enumerate(
        [("grön", "enligt plan"), ("gul", "mindre avvikelse"), ("röd", "allvarlig avvikelse")], start=10
    ):
        lage.cell(row=i, column=2).fill = _fill(colours[colour])
        lage.cell(row=i, column=3, value=meaning)
    eko = wb.create_sheet("Ekonomi 2024")
    eko.append(("Kostnadsslag", "Budget 2024", "Utfall 2024"))
    for cell in eko[1]:
        cell.fill = _fill("FFD9D9D9")
    for row in [
        ("Personalkostnader", 168000, 171350),
        ("Köpta tjänster (sjötransporter)", 52000, 47900),
        ("Resekostnader", 14000, 9650),
        ("Material", 6000, 5200),
        ("Totalt", 240000, 234100),
    ]:
        eko.append(row)
    for line in eko.iter_rows(min_row=2, min_col=2, max_col=3):
        for cell in line:
            cell.number_format = '# ##0 "€"'
    mal = wb.create_sheet("Mål")
    mal.append(("Mål", "Läge 12/2024"))
    mal.append(("Hembesök varannan vecka hos alla klienter över 80 år", "uppnått"))
    mal.append(("Sjuktransport med båt inom två timmar", "delvis uppnått"))
    mal.append(("Distanskonsultation med läkare i Mariehamn", "flyttat till 2025"))
    besok = wb.create_sheet("Besök")
    besok.append(("Månad", "Hembesök", "Båttransporter"))
    for row in [("Oktober", 64, 5), ("November", 58, 7), ("December", 41, 9)]:
        besok.append(row)
    old = wb.create_sheet("Budget 2023 (gammal)")
    old.append(("Kostnadsslag", "Budget 2023"))
    old.append(("Personalkostnader", 150000))
    old.append(("Totalt", 150000))
    old.sheet_state = "hidden"
    _save_workbook(wb, "ic37_aland_sv_uppfoljning_2025.xlsx", "2025-03-14T09:00:00Z")


def ic39_ita_uusimaa_seuranta() -> None:
    """Probe of 2af418f (a dot whose font colour is the light): a Finnish workbook whose lights are "●" in
    a matrix of dimensions × parts (the parts as COLUMNS), each dot's colour set by the font, keyed by
    coloured dots in a legend row; the cost sheet in thousands named only in its title cell."""
    from openpyxl.styles import Font

    wb = _workbook(dt.datetime(2025, 11, 12, 8, 0, 0))
    perus = wb.active
    perus.title = "Perustiedot"
    for row in [
        ("Hanke", "Kotiutuksen tukitiimi Itä-Uudellamaalla"),
        ("Hallinnoija", "Itä-Uudenmaan hyvinvointialue"),
        ("Hankeaika", "1.5.2024–30.4.2026"),
        ("Rahoitus", "STM, kestävän kasvun ohjelma (RRF), myönnetty 970 000 euroa"),
        ("Kunnat", "Porvoo, Loviisa, Askola ja Pukkila"),
        ("Osahanke 1", "Kotiutustiimi"),
        ("Osahanke 2", "Omaisneuvonta"),
        ("Kumppanit", "Laurea-ammattikorkeakoulu arvioi kotiutustiimin; Porvoon kaupunki antaa tiimille tilat"),
        ("Päivitetty", "12.11.2025"),
    ]:
        perus.append(row)
    tila = wb.create_sheet("Tilanne")
    tila.append(("Osa-alue", "Osahanke 1", "Osahanke 2"))
    colours = {"vihreä": "FF00B050", "keltainen": "FFFFC000", "punainen": "FFC00000"}
    matrix = [
        ("Aikataulu", "vihreä", "keltainen"),
        ("Kustannukset", "vihreä", "vihreä"),
        ("Henkilöstö", "punainen", "vihreä"),
        ("Hyödyt", "vihreä", "keltainen"),
    ]
    for r, (area, first, second) in enumerate(matrix, start=2):
        tila.cell(row=r, column=1, value=area)
        for c, colour in ((2, first), (3, second)):
            cell = tila.cell(row=r, column=c, value="●")
            cell.font = Font(color=colours[colour])
    tila.cell(row=7, column=1, value="Selite")
    for c, (colour, meaning) in enumerate(
        [("vihreä", "suunnitelman mukaan"), ("keltainen", "lievä poikkeama"), ("punainen", "vakava poikkeama")],
        start=2,
    ):
        dot = tila.cell(row=7, column=2 * c - 2, value="●")
        dot.font = Font(color=colours[colour])
        tila.cell(row=7, column=2 * c - 1, value=meaning)
    talous = wb.create_sheet("Talous")
    talous.append(("Kustannukset 2025, koko hanke (1 000 €)",))
    talous.append(("Kustannuslaji", "Budjetti 2025", "Toteuma 1–10/2025"))
    for row in [
        ("Henkilöstökulut", 412.5, 318.2),
        ("Palvelujen ostot", 64.0, 51.7),
        ("Matkakulut", 12.5, 8.1),
        ("Yhteensä", 489.0, 378.0),
    ]:
        talous.append(row)
    for line in talous.iter_rows(min_row=3, min_col=2, max_col=3):
        for cell in line:
            cell.number_format = "0.0"
    tav = wb.create_sheet("Tavoitteet")
    tav.append(("Tavoite", "Tilanne 10/2025"))
    tav.append(("Kotiutustiimin käynti kotiutumispäivänä", "toteutunut"))
    tav.append(("Päivystyskäynnit vähenevät 20 %", "toteutunut osittain (-12 %)"))
    tav.append(("Omaisneuvonta myös iltaisin", "kesken"))
    _save_workbook(wb, "ic39_ita_uusimaa_seuranta_2025.xlsx", "2025-11-12T08:00:00Z")


def _png(rgb: tuple[int, int, int]) -> bytes:
    import io

    from PIL import Image

    raw = io.BytesIO()
    Image.new("RGB", (48, 48), rgb).save(raw, format="PNG")
    return raw.getvalue()


def ic38_etela_karjala_en_deck() -> None:
    """Probe of 2af418f (decks read; a label beside a coloured circle; a picture by its alt text): an
    English steering-group deck whose status slide puts each filled circle to the LEFT of its label, a
    decorative header bar that is no light, the risk light only in a picture's alternative text, a cost
    table, and the objectives in a body placeholder."""
    import io

    from pptx import Presentation
    from pptx.dml.color import RGBColor
    from pptx.enum.shapes import MSO_SHAPE
    from pptx.util import Inches, Pt

    prs = Presentation()
    core = prs.core_properties
    core.author = "Project office"
    core.last_modified_by = "Project office"
    core.created = dt.datetime(2025, 12, 4, 9, 0, 0)
    core.modified = dt.datetime(2025, 12, 4, 9, 0, 0)
    core.revision = 1
    title = prs.slides.add_slide(prs.slide_layouts[0])
    title.shapes.title.text = "Home Rehab South Karelia"
    title.placeholders[1].text = "Steering group · 4 December 2025 · South Karelia wellbeing services county"

    brief = prs.slides.add_slide(prs.slide_layouts[1])
    brief.shapes.title.text = "Project in brief"
    body = brief.placeholders[1].text_frame
    lines = [
        "1 February 2024 – 31 January 2026",
        "Lappeenranta, Imatra, Ruokolahti and Parikkala",
        "EUR 860,000 from the Ministry of Social Affairs and Health (Future Health and Social Services Centre programme)",
        "LAB University of Applied Sciences trains the home rehab teams",
        "The City of Imatra lends its gym for the group sessions",
    ]
    body.text = lines[0]
    for line in lines[1:]:
        body.add_paragraph().text = line

    status = prs.slides.add_slide(prs.slide_layouts[5])
    status.shapes.title.text = "Status"
    bar = status.shapes.add_shape(MSO_SHAPE.RECTANGLE, Inches(0.5), Inches(1.45), Inches(9), Inches(0.1))
    bar.fill.solid()
    bar.fill.fore_color.rgb = RGBColor(0x1F, 0x4E, 0x79)
    colours = {
        "green": RGBColor(0x00, 0xB0, 0x50),
        "amber": RGBColor(0xFF, 0xC0, 0x00),
        "red": RGBColor(0xC0, 0x00, 0x00),
    }
    areas = [
        ("Schedule", "green"),
        ("Budget", "green"),
        ("Staffing", "red"),
        ("Quality", "green"),
        ("Benefits", "amber"),
    ]
    for i, (area, colour) in enumerate(areas):
        top = Inches(1.9 + 0.6 * i)
        dot = status.shapes.add_shape(MSO_SHAPE.OVAL, Inches(1.0), top, Inches(0.35), Inches(0.35))
        dot.fill.solid()
        dot.fill.fore_color.rgb = colours[colour]
        label = status.shapes.add_textbox(Inches(1.5), top, Inches(4), Inches(0.4))
        label.text_frame.text = area
        label.text_frame.paragraphs[0].runs[0].font.size = Pt(20)
    key = status.shapes.add_textbox(Inches(1.0), Inches(5.2), Inches(8), Inches(0.4))
    key.text_frame.text = "Green = on plan · Amber = minor deviation · Red = serious deviation"

    risks = prs.slides.add_slide(prs.slide_layouts[5])
    risks.shapes.title.text = "Risks"
    picture = risks.shapes.add_picture(
        io.BytesIO(_png((0xFF, 0xC0, 0x00))), Inches(1), Inches(2), Inches(1), Inches(1)
    )
    picture._element.nvPicPr.cNvPr.set("descr", "Risks: amber – the gym lease ends in March 2026")

    costs = prs.slides.add_slide(prs.slide_layouts[5])
    costs.shapes.title.text = "Costs 2025 (EUR)"
    rows = [
        ("Cost type", "Budget 2025", "Actual Jan–Oct"),
        ("Staff costs", "380,000", "301,200"),
        ("Purchased services", "60,000", "44,900"),
        ("Premises", "24,000", "20,000"),
        ("Travel", "16,000", "9,350"),
        ("Total", "480,000", "375,450"),
    ]
    grid = costs.shapes.add_table(len(rows), 3, Inches(0.8), Inches(1.8), Inches(8), Inches(3)).table
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            grid.cell(r, c).text = text

    goals = prs.slides.add_slide(prs.slide_layouts[1])
    goals.shapes.title.text = "Objectives"
    frame = goals.placeholders[1].text_frame
    items = [
        "Home rehabilitation period for every new home care client — achieved",
        "Group sessions in all four municipalities — partly achieved (Parikkala from 2026)",
        "Falls among clients down by a fifth — too early to say",
    ]
    frame.text = items[0]
    for item in items[1:]:
        frame.add_paragraph().text = item
    _save(prs, "ic38_etela_karjala_en_steering_deck_2025.pptx")


def ic44_kymenlaakso_loppuraportti() -> None:
    """Finnish final report (2023) PDF whose second page is a portrait page turned by ``/Rotate 90``: the
    wide cost table (years as columns, a total and the granted sum) is drawn rotated on it, so the page
    shows landscape and its text runs up the media box."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas as pdfcanvas

    out = TEST31 / "ic44_kymenlaakso_loppuraportti_2023.pdf"
    c = pdfcanvas.Canvas(str(out), pagesize=A4, invariant=1)
    width, height = A4
    page1 = [
        ("!", "Loppuraportti: Ikäneuvola Kymenlaaksossa"),
        ("", "Hankeaika 1.1.2020–31.10.2022 · raportti 15.2.2023"),
        ("", "Toteuttajat: Kotkan kaupunki ja Haminan kaupunki; mukana Miehikkälä ja Virolahti."),
        (
            "",
            "Rahoitus: sosiaali- ja terveysministeriö, Tulevaisuuden sosiaali- ja terveyskeskus -ohjelma, 900 000 euroa.",
        ),
        ("", "Kaakkois-Suomen ammattikorkeakoulu Xamk teki hankkeen loppuarvioinnin."),
        ("", "Käyttämättä jäänyt avustus 50 000 euroa palautetaan."),
        ("", ""),
        ("!", "Hankkeen tila päättyessä"),
        (
            "",
            "Aikataulu: vihreä · Kustannukset: vihreä · Henkilöstö: keltainen · Tuotosten laajuus: vihreä · Hyödyt: vihreä",
        ),
        ("", "(vihreä = suunnitelman mukaan, keltainen = lievä poikkeama, punainen = vakava poikkeama)"),
        ("", ""),
        ("!", "Tavoitteiden toteutuminen"),
        ("", "Ikäneuvolan terveystarkastus kaikille 75-vuotiaille: toteutui."),
        ("", "Kaatumisriskin arvio osaksi jokaista tarkastusta: toteutui."),
        ("", "Ikäneuvola myös Miehikkälässä ja Virolahdella: toteutui osittain, vain Virolahdella."),
        ("", ""),
        ("", "Kustannukset vuosittain: katso liite (sivu 2)."),
    ]
    y = height - 60
    for style, text in page1:
        c.setFont("Helvetica-Bold" if style else "Helvetica", 11 if style else 9)
        c.drawString(40, y, text)
        y -= 16
    c.setFont("Helvetica", 8)
    c.drawString(500, 26, "1 (2)")
    c.showPage()
    c.setPageRotation(90)
    c.saveState()
    c.translate(width, 0)
    c.rotate(90)
    c.setFont("Helvetica-Bold", 11)
    c.drawString(40, width - 50, "Liite: kustannukset vuosittain ja koko hankeajalta (euroa)")
    rows = [
        ("Kustannuslaji", "2020", "2021", "2022", "Yhteensä", "Myönnetty"),
        ("Henkilöstökulut", "120 000", "310 000", "268 500", "698 500", "720 000"),
        ("Palvelujen ostot", "15 000", "48 000", "52 300", "115 300", "120 000"),
        ("Matkakulut", "2 100", "6 800", "7 450", "16 350", "30 000"),
        ("Muut kulut", "4 000", "9 200", "6 650", "19 850", "30 000"),
        ("Yhteensä", "141 100", "374 000", "334 900", "850 000", "900 000"),
    ]
    xs = [40, 220, 320, 420, 520, 640]
    yy = width - 90
    for row in rows:
        c.setFont("Helvetica", 10)
        for x, text in zip(xs, row, strict=True):
            c.drawString(x, yy, text)
        yy -= 18
    c.setFont("Helvetica", 8)
    c.drawString(height - 80, 26, "2 (2)")
    c.restoreState()
    c.showPage()
    c.save()


def _hide(paragraph) -> None:
    """Word's hidden text (``w:vanish``) on every run of a paragraph: shown only with formatting marks."""
    for run in paragraph.runs:
        run.font.hidden = True


def ic54_kymenlaakso_valiraportti() -> None:
    """Finnish interim report DOCX with Word's non-breaking hyphens (U+2011) inside the name and the periods
    ("ilta‑ ja yöhoito", "1‑6/2025") and hidden text (``w:vanish``): a template instruction with a sample
    goal, a light row of the previous report and an old budget row are hidden, so none of them is read."""
    nbh = "\u2011"
    d = docx_document("Hankepäällikkö", dt.datetime(2025, 8, 12, 10, 0, 0))
    d.add_heading(f"Kotisairaalan ilta{nbh} ja yöhoito Kymenlaaksossa – väliraportti 1{nbh}6/2025", level=1)
    hint = d.add_paragraph(
        "Ohje: kirjoita tähän hankkeen tiivistelmä. Esimerkki tavoitteesta: Yöhoito kaikissa kunnissa – toteutunut."
    )
    _hide(hint)
    d.add_paragraph(
        f"Kotisairaalan ilta{nbh} ja yöhoito Kymenlaaksossa (1.1.2024–31.12.2025) vie kotisairaalan hoitajat "
        "iltaisin ja öisin Kouvolaan, Kotkaan, Haminaan ja Iittiin. Kestävän kasvun ohjelmasta (EU:n "
        "elpymisväline) myönnettiin 1 300 000 euroa. Kaakkois-Suomen ammattikorkeakoulu Xamk arvioi yöhoidon, "
        "ja Kouvolan kaupunki antaa hoitajien tukikohdaksi tilat Kuusankoskelta. Raportti laadittu 12.8.2025."
    )
    d.add_paragraph(f"Tilanne 1{nbh}6/2025 (vihreä = suunnitelman mukaan, keltainen ja punainen = poikkeama)")
    grid = table(
        d,
        [
            ("Osa-alue", f"Tila 1{nbh}6/2025"),
            ("Aikataulu", "vihreä"),
            ("Kustannukset", "vihreä"),
            ("Henkilöstö (edellinen raportti 7–12/2024)", "punainen"),
            ("Henkilöstö", "vihreä"),
            ("Hyödyt", "keltainen"),
        ],
    )
    for cell in grid.rows[3].cells:
        _hide(cell.paragraphs[0])
    d.add_paragraph()
    d.add_paragraph("Kustannukset 2025, euroa")
    costs = table(
        d,
        [
            ("Kustannuslaji", "Budjetti 2025", f"Toteuma 1{nbh}6/2025"),
            ("Vanha budjetti ennen muutosta", "700 000", ""),
            ("Henkilöstökulut", "520 000", "248 600"),
            ("Palvelujen ostot", "70 000", "31 900"),
            ("Matkakulut", "60 000", "27 750"),
            ("Yhteensä", "650 000", "308 250"),
        ],
    )
    for cell in costs.rows[1].cells:
        _hide(cell.paragraphs[0])
    d.add_paragraph()
    d.add_paragraph("Tavoitteet")
    d.add_paragraph("Iltakäynnit kaikissa neljässä kunnassa – toteutunut", style="List Bullet")
    d.add_paragraph("Yöhoito Kouvolassa ja Kotkassa – toteutunut osittain (Kotka)", style="List Bullet")
    d.add_paragraph("Sairaalan päivystyskäynnit vähenevät 15 % – kesken", style="List Bullet")
    _save(d, "ic54_kymenlaakso_valiraportti_2025.docx")


IC57 = [
    (
        "Närvård i skärgården",
        ["Styrgruppen 11.12.2024", "Välfärdsområdet Egentliga Finland · Åbolands sjukhus"],
    ),
    (
        "Projektet i korthet",
        [
            "Projekttid 1.1.2024–31.12.2025",
            "Kommuner: Pargas, Kimitoön och Gustavs",
            "Statsunderstöd 740 000 € från social- och hälsovårdsministeriet",
            "(programmet för hållbar tillväxt, RRF)",
            "Yrkeshögskolan Novia utbildar skärgårdens närvårdare",
            "Pargas stad lånar ut förbindelsebåtens väntsal som mottagning",
        ],
    ),
    (
        "Flaggor",
        [
            "Ingen flagga = enligt plan · gul flagga = mindre avvikelse · röd flagga = allvarlig avvikelse",
            "#Tidtabell|ingen flagga",
            "#Kostnader|ingen flagga",
            "#Personal|röd flagga",
            "#Resultatens omfattning|gul flagga",
            "#Risker|ingen flagga",
        ],
    ),
    (
        "Kostnader (euro)",
        [
            "#Perioden 1.7–31.12.2024|Periodens budget|Periodens utfall",
            "#Personalkostnader|142 000|128 450",
            "#Köpta tjänster|30 000|21 700",
            "#Resekostnader|8 000|9 150",
            "#Totalt|180 000|159 300",
            "#Sedan projektets start|Budget|Utfall",
            "#Personalkostnader|270 000|248 900",
            "#Köpta tjänster|56 000|40 100",
            "#Resekostnader|14 000|15 800",
            "#Totalt|340 000|304 800",
        ],
    ),
    (
        "Mål",
        [
            "Mottagning på Nagu, Korpo och Houtskär varje vecka – uppnått",
            "Hembesök med båt inom ett dygn – delvis uppnått",
            "Distansmottagning med läkare på Åbolands sjukhus – flyttat till 2025",
        ],
    ),
]


def ic57_varsinais_suomi_sv_diabilder() -> None:
    """Swedish slides as PDF: lights as flags ("ingen flagga" = on plan, "gul flagga", "röd flagga"); one slide
    holds a period table and a cumulative table one under the other, each with its own head row."""
    _slides(
        TEST31 / "ic57_varsinais_suomi_sv_styrgrupp_diabilder_2024.pdf",
        IC57,
        "Närvård i skärgården · styrgruppen",
    )


def ic59_pohjois_pohjanmaa_itsearviointi() -> None:
    """Probe of 0d5bbb1 (a grid of dimensions against verdicts, a mark in the cell): Word tables, one per
    part, whose verdict columns are a four-step scale of the template's own ("Erinomainen | Hyvä |
    Tyydyttävä | Heikko", only the first on plan, stated) and whose mark is a filled square "■"; negatives:
    a grid where one dimension is marked in two columns (left unread), and a grid of services against
    municipalities with the same marks."""
    d = docx_document("Hankekoordinaattori", dt.datetime(2025, 10, 30, 9, 0, 0))
    d.add_heading("Itsearviointi 10/2025: Perhekeskusten iltapalvelut Pohjois-Pohjanmaalla", level=1)
    d.add_paragraph(
        "Hanke (1.1.2024–31.12.2025) avaa perhekeskusten iltavastaanotot Oulussa, Kempeleessä, Limingassa ja "
        "Muhoksella. Sosiaali- ja terveysministeriö myönsi lapsi- ja perhepalveluiden muutosohjelmasta 620 000 "
        "euroa. Oulun ammattikorkeakoulu arvioi iltapalvelut, ja Kempeleen kunta antaa käyttöön nuorisotilan. "
        "Hankkeen osahankkeet ovat Osahanke 1: Iltaneuvola ja Osahanke 2: Perheiden iltaryhmät."
    )
    d.add_paragraph(
        "Ohjausryhmä arvioi osa-alueet asteikolla Erinomainen – Hyvä – Tyydyttävä – Heikko. Vain erinomainen "
        "tarkoittaa etenemistä suunnitelman mukaan; muut arviot ovat poikkeamia. Merkitse ■ yhteen sarakkeeseen."
    )
    head = ("Osa-alue", "Erinomainen", "Hyvä", "Tyydyttävä", "Heikko")

    def grid(title: str, marks: list[tuple[str, int]]) -> None:
        d.add_paragraph(title)
        rows = [head]
        for area, col in marks:
            cells = [""] * 4
            cells[col] = "■"
            rows.append((area, *cells))
        table(d, rows)
        d.add_paragraph()

    grid("Osahanke 1: Iltaneuvola", [("Aikataulu", 0), ("Kustannukset", 0), ("Henkilöstö", 2), ("Hyödyt", 0)])
    grid(
        "Osahanke 2: Perheiden iltaryhmät",
        [("Aikataulu", 1), ("Kustannukset", 0), ("Henkilöstö", 0), ("Hyödyt", 3)],
    )
    d.add_paragraph("Koko hankkeen riskiarvio (kaksi merkintää: ohjausryhmä ei päässyt yksimielisyyteen)")
    table(d, [head, ("Riskit", "■", "■", "", "")])
    d.add_paragraph()
    d.add_paragraph("Iltapalvelut kunnittain (■ = palvelu käytössä)")
    table(
        d,
        [
            ("Palvelu", "Oulu", "Kempele", "Liminka", "Muhos"),
            ("Iltaneuvola", "■", "■", "■", ""),
            ("Iltaryhmä", "■", "■", "", ""),
        ],
    )
    d.add_paragraph()
    d.add_paragraph("Kustannukset 2025 (euroa)")
    table(
        d,
        [
            ("Kustannuslaji", "Budjetti 2025", "Toteuma 1–9/2025"),
            ("Henkilöstökulut", "244 000", "181 600"),
            ("Palvelujen ostot", "26 000", "17 250"),
            ("Tilavuokrat", "10 000", "7 500"),
            ("Yhteensä", "280 000", "206 350"),
        ],
    )
    d.add_paragraph("Tavoitteet")
    d.add_paragraph("Iltaneuvola kolmena iltana viikossa – toteutunut", style="List Bullet")
    d.add_paragraph("Iltaryhmät kaikissa neljässä kunnassa – toteutunut osittain", style="List Bullet")
    _save(d, "ic59_pohjois_pohjanmaa_itsearviointi_2025.docx")


IC60_NAME = "Trygg hemgång i Västra Nyland"
IC60 = [
    [
        "!Självvärdering hösten 2025",
        f"Projekt: {IC60_NAME}",
        "Västra Nylands välfärdsområde · projekttid 1.2.2024–31.1.2026 · 24.10.2025",
        "",
        "Projektet ordnar trygg hemgång från sjukhuset i Lojo, Raseborg och Ingå. Social- och hälsovårds-",
        "ministeriet beviljade 560 000 euro ur programmet Framtidens social- och hälsocentral. Yrkeshögskolan",
        "Arcada utvärderar hemgången och Ingå kommun lånar ut sin servicebil.",
        "",
        "!Läget per område (X i en kolumn; endast Grönt betyder enligt plan)",
        "#Område|Grönt|Gult|Rött",
        "#Tidtabell|X||",
        "#Kostnader|X||",
        "#Personal||X|",
        "#Nytta|||X",
        "",
        "!Rapporterat till styrgruppen (X = rapport lämnad)",
        "#Område|Kvartal 1|Kvartal 2|Kvartal 3",
        "#Tidtabell|X|X|X",
        "#Kostnader|X||X",
        "",
        "!Kostnader 2025 (euro)",
        "#Kostnadsslag|Budget 2025|Utfall 1–9/2025",
        "#Personalkostnader|188 000|142 350",
        "#Köpta tjänster|22 000|19 900",
        "#Totalt|210 000|162 250",
        "",
        "!Mål",
        "Hembesök samma dag som patienten skrivs ut – uppnått",
        "Färre återinläggningar inom en månad – för tidigt att bedöma",
    ]
]


def ic60_lansi_uusimaa_sv_sjalvvardering() -> None:
    """Probe of 0d5bbb1: the grid in a PDF, where the text layer drops the empty cells (the mark's column
    stands only in its position); verdict heads "Grönt | Gult | Rött"; negative: a grid of areas against
    quarters with X = "reported" (no verdicts)."""
    _pdf(
        "ic60_lansi_uusimaa_sv_sjalvvardering_2025.pdf",
        IC60,
        [40, 240, 330, 420],
        header=lambda n, total: [(40, "Västra Nylands välfärdsområde"), (440, "Självvärdering 2025")],
        footer=lambda n, total: [(40, IC60_NAME), (520, f"{n}/{total}")],
    )


def ic69_pirkanmaa_loppuraportti() -> None:
    """Finnish final report DOCX whose goal labels "Tavoite 1:", "Tavoite 2:" … are Word numbering (the
    level text in numbering.xml), each goal paragraph holding only the goal and its verdict after a dash;
    lights and costs in ordinary tables."""
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    d = docx_document("Hankepäällikkö", dt.datetime(2025, 9, 5, 9, 0, 0))
    d.add_heading("Loppuraportti: Kuntouttava päivätoiminta Pirkanmaalla", level=1)
    d.add_paragraph(
        "Raportti 5.9.2025. Hanke toteutettiin 1.3.2023–30.6.2025 Ikaalisissa, Parkanossa, Kihniössä ja "
        "Hämeenkyrössä. Sosiaali- ja terveysministeriö myönsi Tulevaisuuden sote-keskus -ohjelmasta 640 000 "
        "euroa. Tampereen ammattikorkeakoulu arvioi päivätoiminnan, ja Parkanon kaupunki antoi käyttöön "
        "palvelutalon salin."
    )
    d.add_paragraph("Tila hankkeen päättyessä (vihreä = suunnitelman mukaan, muut = poikkeama)")
    table(
        d,
        [
            ("Osa-alue", "Tila"),
            ("Aikataulu", "vihreä"),
            ("Kustannukset", "vihreä"),
            ("Henkilöstö", "keltainen"),
            ("Tuotosten laajuus", "punainen"),
        ],
    )
    d.add_paragraph()
    d.add_paragraph("Kustannukset koko hankeajalta (euroa)")
    table(
        d,
        [
            ("Kustannuslaji", "Myönnetty", "Toteutunut"),
            ("Henkilöstökulut", "470 000", "462 300"),
            ("Palvelujen ostot", "110 000", "104 900"),
            ("Tilavuokrat", "40 000", "40 000"),
            ("Matkakulut", "20 000", "11 800"),
            ("Yhteensä", "640 000", "619 000"),
        ],
    )
    d.add_paragraph("Tavoitteiden toteutuminen")
    num = _numbered_heading_style(d, "Tavoite %1:")
    for text in [
        "Kuntouttava päivätoiminta kahtena päivänä viikossa jokaisessa neljässä kunnassa – toteutui",
        "Päivätoiminnan asiakkaiden toimintakyky säilyy vuoden seurannassa – toteutui osittain",
        "Kyytipalvelu päivätoimintaan haja-asutusalueilta – ei toteutunut",
    ]:
        par = d.add_paragraph(text)
        par._p.get_or_add_pPr().append(
            parse_xml(f'<w:numPr {nsdecls("w")}><w:ilvl w:val="0"/><w:numId w:val="{num}"/></w:numPr>')
        )
    _save(d, "ic69_pirkanmaa_loppuraportti_2025.docx")


def ic70_etela_pohjanmaa_seuranta_xlsm() -> None:
    """Probe of ae4d449 (an Excel workbook is a sheet to the sheet rules): a macro-enabled workbook (.xlsm)
    whose one sheet stacks four blocks like a CSV of several blocks (facts as label/value rows, a light
    block, a cost block, a goal block), blank rows between them, and a chart-helper block of visit counts
    to the right of the cost block (no cost table)."""
    wb = _workbook(dt.datetime(2025, 10, 27, 8, 0, 0))
    ws = wb.active
    ws.title = "Seuranta"
    rows = [
        ("Hanke", "Sydänhoitajan etävastaanotto Etelä-Pohjanmaalla"),
        ("Hankeaika", "1.1.2025–31.12.2026"),
        ("Kunnat", "Lapua, Kauhava, Kuortane ja Ilmajoki"),
        ("Rahoitus", "STM, Tulevaisuuden sote-keskus -ohjelma, 520 000 euroa"),
        ("Kumppani", "SeAMK arvioi etävastaanoton; Kauhavan kaupunki antaa vastaanottotilan"),
        ("Päivitetty", "27.10.2025"),
        (),
        ("Osa-alue", "Tila"),
        ("Aikataulu", "vihreä"),
        ("Kustannukset", "vihreä"),
        ("Henkilöstö", "keltainen"),
        ("Hyödyt", "punainen"),
        ("Selite", "vihreä = suunnitelman mukaan, keltainen = lievä poikkeama, punainen = vakava poikkeama"),
        (),
        ("Kustannuslaji", "Budjetti 2025", "Toteuma 1–9/2025", None, "Kuukausi", "Etäkäynnit"),
        ("Henkilöstökulut", 168000, 121950, None, "heinäkuu", 84),
        ("Palvelujen ostot", 22000, 14600, None, "elokuu", 131),
        ("Ohjelmistot", 30000, 29500, None, "syyskuu", 152),
        ("Yhteensä", 220000, 166050),
        (),
        ("Tavoite", "Tilanne 9/2025"),
        ("Etävastaanotto kaikissa neljässä kunnassa", "toteutunut"),
        ("Sydänpotilaan kontrolli kuukauden kuluessa kotiutuksesta", "osittain"),
        ("Kotimittausten tulokset suoraan hoitajalle", "kesken"),
    ]
    for row in rows:
        ws.append(row)
    _save_workbook(wb, "ic70_etela_pohjanmaa_seuranta_2025.xlsm", "2025-10-27T08:00:00Z")


def ic72_keski_pohjanmaa_sv_deck() -> None:
    """Probe of 2af418f (decks: one-line shapes side by side joined as a row's cells; body placeholders'
    paragraphs as list items; pictures by their alternative text): a Swedish deck whose status slide is
    label and value text boxes side by side (no shapes, no table), a timeline slide of quarter boxes side by
    side (no lights), goals as level-0 paragraphs with their verdicts as level-1 paragraphs under them, and a
    logo picture whose alternative text names the county (no light)."""
    import io

    from pptx import Presentation
    from pptx.util import Inches, Pt

    prs = Presentation()
    core = prs.core_properties
    core.author = "Projektkontoret"
    core.last_modified_by = "Projektkontoret"
    core.created = dt.datetime(2025, 11, 12, 9, 0, 0)
    core.modified = dt.datetime(2025, 11, 12, 9, 0, 0)
    core.revision = 1
    first = prs.slides.add_slide(prs.slide_layouts[0])
    first.shapes.title.text = "Rehabilitering hemma i Karleby"
    first.placeholders[1].text = "Styrgruppen 12.11.2025 · Mellersta Österbottens välfärdsområde"
    logo = first.shapes.add_picture(
        io.BytesIO(_png((0x1F, 0x4E, 0x79))), Inches(8.5), Inches(6.5), Inches(1), Inches(0.6)
    )
    logo._element.nvPicPr.cNvPr.set("descr", "Logo: Mellersta Österbottens välfärdsområde")

    brief = prs.slides.add_slide(prs.slide_layouts[1])
    brief.shapes.title.text = "Projektet"
    frame = brief.placeholders[1].text_frame
    lines = [
        "Projekttid 1.1.2024–31.12.2025",
        "Karleby, Kronoby och Kannus",
        "Statsunderstöd 450 000 euro från social- och hälsovårdsministeriet (Framtidens social- och hälsocentral)",
        "Centria yrkeshögskola utvärderar hemrehabiliteringen",
        "Kronoby kommun lånar ut sitt gym på kvällarna",
    ]
    frame.text = lines[0]
    for line in lines[1:]:
        frame.add_paragraph().text = line

    status = prs.slides.add_slide(prs.slide_layouts[5])
    status.shapes.title.text = "Läge 10/2025"
    for i, (area, value) in enumerate(
        [
            ("Tidtabell", "Enligt plan"),
            ("Kostnader", "Enligt plan"),
            ("Personal", "Avvikelse"),
            ("Nytta", "Enligt plan"),
        ]
    ):
        top = Inches(1.8 + 0.55 * i)
        for left, text in ((Inches(1.0), area), (Inches(4.0), value)):
            box = status.shapes.add_textbox(left, top, Inches(2.8), Inches(0.45))
            box.text_frame.text = text
            box.text_frame.paragraphs[0].runs[0].font.size = Pt(20)

    timeline = prs.slides.add_slide(prs.slide_layouts[5])
    timeline.shapes.title.text = "Tidslinje 2025"
    for i, text in enumerate(["Q1 Rekrytering", "Q2 Start i Kronoby", "Q3 Start i Kannus", "Q4 Utvärdering"]):
        box = timeline.shapes.add_textbox(Inches(0.5 + 2.3 * i), Inches(3), Inches(2.2), Inches(0.6))
        box.text_frame.text = text

    costs = prs.slides.add_slide(prs.slide_layouts[5])
    costs.shapes.title.text = "Kostnader 2025 (euro)"
    rows = [
        ("Kostnadsslag", "Budget 2025", "Utfall 1–10/2025"),
        ("Personalkostnader", "176 000", "139 700"),
        ("Köpta tjänster", "24 000", "15 950"),
        ("Totalt", "200 000", "155 650"),
    ]
    grid = costs.shapes.add_table(len(rows), 3, Inches(0.8), Inches(1.8), Inches(8), Inches(2)).table
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            grid.cell(r, c).text = text

    goals = prs.slides.add_slide(prs.slide_layouts[1])
    goals.shapes.title.text = "Mål"
    body = goals.placeholders[1].text_frame
    items = [
        ("Rehabiliteringsperiod hemma för alla som skrivs ut från bäddavdelningen", 0),
        ("Uppnått", 1),
        ("Gruppträning i alla tre kommuner", 0),
        ("Delvis uppnått – Kannus börjar i januari", 1),
    ]
    body.text = items[0][0]
    for text, level in items[1:]:
        par = body.add_paragraph()
        par.text = text
        par.level = level
    _save(prs, "ic72_keski_pohjanmaa_sv_styrgrupp_2025.pptx")


def _page_break(d) -> None:
    from docx.enum.text import WD_BREAK

    d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def ic73_satakunta_en_interim_report() -> None:
    """Probe of 74a2824 (the rest of a table after a page break, saying nothing of its own, read under the
    first part's caption): an English DOCX whose cost table in EUR thousand stops at a page break and goes
    on as a second Word table of rows only (no caption, no head row); after it a block with its own head
    (loaned equipment in pieces) that keeps its own."""
    d = docx_document("Project office", dt.datetime(2025, 11, 18, 9, 0, 0))
    d.add_heading("Interim report 2/2025: Pori Home Dialysis Support", level=1)
    d.add_paragraph(
        "Satakunta wellbeing services county · period 1 January – 30 September 2025 · 18 November 2025. Pori Home "
        "Dialysis Support (1 March 2024 – 28 February 2026) helps patients in Pori, Ulvila and Kokemäki to run "
        "their dialysis at home. The Ministry of Social Affairs and Health granted EUR 760,000 from the Future "
        "Health and Social Services Centre programme. SAMK trains the home dialysis nurses and the City of Ulvila "
        "provides a training flat."
    )
    d.add_paragraph("Status: schedule as planned; costs as planned; staffing deviation; benefits as planned.")
    d.add_paragraph("Table 3. Costs in 2025 by category (EUR thousand)")
    table(
        d,
        [
            ("Category", "Budget 2025", "Actual Jan–Sep"),
            ("Staff costs", "262.0", "191.4"),
            ("Purchased services", "48.0", "35.2"),
        ],
    )
    _page_break(d)
    table(
        d,
        [
            ("Materials", "30.0", "27.9"),
            ("Travel", "10.0", "6.5"),
            ("Total", "350.0", "261.0"),
        ],
    )
    d.add_paragraph()
    d.add_paragraph("Equipment loaned to patients (pcs)")
    table(d, [("Item", "2024", "2025"), ("Dialysis machines", "6", "11"), ("Scales", "6", "12")])
    d.add_paragraph()
    d.add_paragraph("Objectives")
    d.add_paragraph(
        "Home dialysis for 12 patients by the end of 2025 – partly achieved (11 patients)", style="List Bullet"
    )
    d.add_paragraph("A nurse's home visit within a day of any alarm – achieved", style="List Bullet")
    _save(d, "ic73_satakunta_en_interim_report_2025.docx")


def ic76_kanta_hame_tilanneraportti() -> None:
    """Probe of 74a2824 (two sums in one cell, their roles only in the head, in its order): a Finnish DOCX
    whose column heads name the order BUDGET FIRST ("2024 (budjetti / toteuma), €", "2025 (budjetti /
    toteuma), €"), one column a year (two annual tables); negatives: a share in brackets beside a budget,
    and client counts as "tavoite / toteuma" pairs."""
    d = docx_document("Hankekoordinaattori", dt.datetime(2025, 10, 21, 9, 0, 0))
    d.add_heading("Tilanneraportti 10/2025: Nuorten päihdetyö Riihimäen seudulla", level=1)
    d.add_paragraph(
        "Hanke (1.1.2024–31.12.2025) tuo nuorten päihdetyön kouluihin Riihimäellä, Hausjärvellä ja Lopella. "
        "Sosiaali- ja terveysministeriö myönsi Tulevaisuuden sote-keskus -ohjelmasta 430 000 euroa. Hämeen "
        "ammattikorkeakoulu arvioi koulujen päihdetyön, ja Lopen kunta antaa nuorisotilan iltaryhmille."
    )
    d.add_paragraph(
        "Tila (vihreä = suunnitelman mukaan, keltainen = lievä, punainen = vakava poikkeama): aikataulu vihreä, "
        "kustannukset vihreä, henkilöstö vihreä, hyödyt keltainen."
    )
    table(
        d,
        [
            (
                "Kustannuslaji",
                "2024 (budjetti / toteuma), €",
                "2025 (budjetti / toteuma), €",
                "Osuus budjetista 2025",
            ),
            ("Henkilöstökulut", "150 000 / 141 800", "170 000 / 128 350", "170 000 (79 %)"),
            ("Palvelujen ostot", "30 000 / 26 400", "25 000 / 17 900", "25 000 (12 %)"),
            ("Matkakulut", "10 000 / 8 650", "20 000 / 13 300", "20 000 (9 %)"),
            ("Yhteensä", "190 000 / 176 850", "215 000 / 159 550", "215 000 (100 %)"),
        ],
    )
    d.add_paragraph()
    table(
        d,
        [
            ("Asiakkaat", "2024 (tavoite / toteuma)", "2025 (tavoite / toteuma)", ""),
            ("Nuoret ryhmissä", "60 / 54", "80 / 71", ""),
        ],
    )
    d.add_paragraph()
    d.add_paragraph("Tavoitteet")
    d.add_paragraph("Päihdetyöntekijä jokaisessa yläkoulussa viikoittain – toteutunut", style="List Bullet")
    d.add_paragraph("Nuorten iltaryhmä kolmessa kunnassa – toteutunut osittain", style="List Bullet")
    _save(d, "ic76_kanta_hame_tilanneraportti_2025.docx")


def ic81_etela_karjala_itsearvio_xlsx() -> None:
    """Probe of 0d5bbb1 and 74a2824 in a workbook (the sheet reader of 2af418f): a verdict grid with "x" in
    the column that applies ("Kunnossa | Huomioitavaa | Hälyttävä"), and cost cells holding two sums parted
    by a slash whose order stands only in the column head ("Toteuma / budjetti 2025"); negative: a grid of
    dimensions × months with "x" = reported."""
    wb = _workbook(dt.datetime(2025, 11, 24, 8, 0, 0))
    ws = wb.active
    ws.title = "Itsearvio"
    rows = [
        ("Hanke", "Päihdetyön kotikäynnit Etelä-Karjalassa"),
        ("Hankeaika", "1.2.2025–31.1.2027"),
        ("Kunnat", "Lappeenranta, Imatra ja Rautjärvi"),
        ("Rahoitus", "STM, Tulevaisuuden sote-keskus -ohjelma, 600 000 euroa"),
        ("Yhteistyö", "A-klinikkasäätiö tuottaa korvaushoidon kotikäynnit; LAB arvioi mallin"),
        ("Arviointipäivä", "24.11.2025"),
        (),
        ("Osa-alue", "Kunnossa", "Huomioitavaa", "Hälyttävä"),
        ("Aikataulu", "x", None, None),
        ("Kustannukset", "x", None, None),
        ("Henkilöstö", None, None, "x"),
        ("Hyödyt", None, "x", None),
        ("Vain Kunnossa tarkoittaa suunnitelman mukaista etenemistä.",),
        (),
        ("Raportoitu ohjausryhmälle", "syyskuu", "lokakuu", "marraskuu"),
        ("Aikataulu", "x", "x", "x"),
        ("Kustannukset", None, "x", "x"),
        (),
        ("Kustannuslaji", "Toteuma / budjetti 2025 (€)"),
        ("Henkilöstökulut", "143 900 / 190 000"),
        ("Palvelujen ostot", "52 300 / 70 000"),
        ("Matkakulut", "9 850 / 15 000"),
        ("Yhteensä", "206 050 / 275 000"),
        (),
        ("Tavoite", "Tilanne"),
        ("Kotikäynti viikon sisällä hoitoon hakeutumisesta", "toteutunut"),
        ("Korvaushoidon kotikäynnit Rautjärvellä", "siirtyy vuodelle 2026"),
    ]
    for row in rows:
        ws.append(row)
    _save_workbook(wb, "ic81_etela_karjala_itsearvio_2025.xlsx", "2025-11-24T08:00:00Z")


IC83_NAME = "Kotikuntoutuksen tehostettu jakso Pohjois-Savossa"
IC83 = [
    [
        "!Väliraportti 2/2025",
        f"Hanke: {IC83_NAME}",
        "Pohjois-Savon hyvinvointialue · hankeaika 1.1.2024–31.12.2025 · raportti 20.11.2025",
        "",
        "Hanke tarjoaa tehostetun kotikuntoutusjakson sairaalasta kotiutuville Kuopiossa, Leppävirralla ja",
        "Tuusniemellä. Sosiaali- ja terveysministeriö myönsi kestävän kasvun ohjelmasta (RRF) 1 020 000 euroa.",
        "Savonia-ammattikorkeakoulu arvioi jakson vaikutukset, ja Leppävirran kunta antaa kuntosalin käyttöön.",
        "",
        "Tila: aikataulu vihreä, kustannukset vihreä, henkilöstö punainen, hyödyt vihreä",
        "(vihreä = suunnitelman mukaan, keltainen = lievä poikkeama, punainen = vakava poikkeama)",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "!Taulukko 2. Kustannukset 2025 (tuhatta euroa)",
        "#Kustannuslaji|Budjetti 2025|Toteuma 1–10/2025",
        "#Henkilöstökulut|388,0|301,6",
        "#Palvelujen ostot|52,0|44,9",
    ],
    [
        "#Matkakulut|24,0|18,3",
        "#Kuntoutusvälineet|36,0|35,2",
        "#Yhteensä|500,0|400,0",
        "",
        "Välineitä lainattu asiakkaille (kpl): rollaattoreita 42, kävelysauvoja 65.",
        "",
        "!Tavoitteet",
        "Tehostettu kotikuntoutusjakso 300 asiakkaalle vuodessa – toteutunut osittain (246)",
        "Uusi sairaalajakso kuukauden sisällä alle 10 prosentilla – toteutunut",
    ],
]


def ic83_pohjois_savo_valiraportti() -> None:
    """Probe of 74a2824 (1): a PDF whose cost table in thousands (scale in the caption "(tuhatta euroa)") runs
    from the foot of page 1 to page 2, where its last rows stand under the running header with no head row
    and no continuation mark; after it an itemised count line (no cost cells)."""
    _pdf(
        "ic83_pohjois_savo_valiraportti_2025.pdf",
        IC83,
        [40, 260, 380],
        header=lambda n, total: [(40, "Pohjois-Savon hyvinvointialue"), (430, "Väliraportti 2/2025")],
        footer=lambda n, total: [(40, IC83_NAME), (520, f"{n} ({total})")],
    )


def _docx_bytes(d) -> bytes:
    """A DOCX document's bytes with every zip entry stamped ZIP_TIME (for an e-mail attachment)."""
    import io
    import zipfile

    raw = io.BytesIO()
    d.save(raw)
    raw.seek(0)
    out = io.BytesIO()
    with zipfile.ZipFile(raw) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            info = zipfile.ZipInfo(item.filename, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(info, src.read(item.filename))
    return out.getvalue()


IC85_HTML = """<html><head><meta charset="utf-8"></head><body>
<p>Hei Anu,</p>
<p>tässä syyskuun tilanne. Kotiin tukea Äänekoskella (1.1.2024–31.12.2025) vie kotihoidon iltakäynnit
Äänekoskelle ja Konnevedelle. Jyväskylän ammattikorkeakoulu JAMK arvioi iltakäynnit ja Konneveden kunta
lainaa hankkeelle auton.</p>
<table border="1">
<tr><th>Osa-alue</th><th>Tila</th></tr>
<tr><td>Aikataulu</td><td>vihreä</td></tr>
<tr><td>Kustannukset</td><td>vihreä</td></tr>
<tr><td>Henkilöstö</td><td>punainen</td></tr>
<tr><td>Hyödyt</td><td>keltainen</td></tr>
</table>
<p>(vihreä = suunnitelman mukaan, keltainen = lievä poikkeama, punainen = vakava poikkeama)</p>
<p>Tavoitteet:</p>
<ul>
<li>Iltakäynnit molemmissa kunnissa joka päivä – toteutunut</li>
<li>Kotihoidon asiakkaiden päivystyskäynnit vähenevät neljänneksellä – toteutunut osittain</li>
</ul>
<p>Talous on liitteenä (talous_2025.csv).</p>
<p>Terveisin<br>Jari Niskanen<br>hankepäällikkö</p>
</body></html>
"""

IC85_CSV = """Kustannuslaji;Budjetti 2025;Toteuma 1-9/2025
Henkilöstökulut;210 000;163 800
Palvelujen ostot;30 000;21 450
Matkakulut;20 000;17 900
Yhteensä;260 000;203 150
"""


def ic85_keski_suomi_valitetty_eml() -> None:
    """Probe of 6022783 (an e-mail saved as .eml is read): a Finnish forward whose own body is one line,
    the project manager's report attached WHOLE as a message (message/rfc822) that is multipart/alternative
    (a plain text that only says the report is in HTML, and the HTML with the light table and the goals),
    the costs as a CSV attachment of that inner message, and a logo picture (no facts)."""
    from email.message import EmailMessage
    from email.policy import default

    inner = EmailMessage(policy=default)
    inner["From"] = "Jari Niskanen <jari.niskanen@hyvaks.example>"
    inner["To"] = "Anu Lahtinen <anu.lahtinen@hyvaks.example>"
    inner["Subject"] = "Tilanneraportti 9/2025 – Kotiin tukea Äänekoskella"
    inner["Date"] = "Fri, 10 Oct 2025 14:05:00 +0300"
    inner["Message-ID"] = "<ic85-inner@hyvaks.example>"
    inner.set_content("Raportti on tämän viestin HTML-versiossa ja talous liitteenä.\n")
    inner.add_alternative(IC85_HTML, subtype="html")
    inner.add_attachment(IC85_CSV.encode("utf-8"), maintype="text", subtype="csv", filename="talous_2025.csv")
    outer = EmailMessage(policy=default)
    outer["From"] = "Anu Lahtinen <anu.lahtinen@hyvaks.example>"
    outer["To"] = "Ohjausryhmä <ohjausryhma@hyvaks.example>"
    outer["Subject"] = "VL: Tilanneraportti 9/2025 – Kotiin tukea Äänekoskella"
    outer["Date"] = "Mon, 13 Oct 2025 08:30:00 +0300"
    outer["Message-ID"] = "<ic85-outer@hyvaks.example>"
    outer.set_content(
        "Hei ohjausryhmä, välitän hankepäällikön raportin. Hanke on osa Tulevaisuuden sote-keskus -ohjelmaa, ja "
        "sosiaali- ja terveysministeriö myönsi sille 480 000 euroa.\n\nAnu\n"
    )
    outer.add_attachment(inner)
    outer.add_attachment(_png((0x1F, 0x4E, 0x79)), maintype="image", subtype="png", filename="logo.png")
    for i, part in enumerate(outer.walk()):
        if part.get_content_maintype() == "multipart":
            part.set_boundary(f"==ic85-boundary-{i}==")
    (TEST31 / "ic85_keski_suomi_valitetty_2025.eml").write_bytes(outer.as_bytes())


def ic86_keski_pohjanmaa_sv_eml() -> None:
    """Probe of 6022783: a Swedish e-mail whose plain text is ISO-8859-1 in quoted-printable (the lights in the
    body), with a DOCX attachment holding the cost table and the goals."""
    from email.mime.application import MIMEApplication
    from email.mime.multipart import MIMEMultipart
    from email.mime.text import MIMEText

    d = docx_document("Projektledaren", dt.datetime(2025, 9, 22, 9, 0, 0))
    d.add_paragraph("Bilaga till lägesrapporten 9/2025 – Minnesstöd i Karleby")
    table(
        d,
        [
            ("Kostnadsslag", "Budget 2025", "Utfall 1–8/2025"),
            ("Personalkostnader", "150 000", "98 600"),
            ("Köpta tjänster", "20 000", "16 100"),
            ("Totalt", "170 000", "114 700"),
        ],
    )
    d.add_paragraph("Mål")
    d.add_paragraph("Minnesskötare på hembesök inom två veckor efter diagnos – uppnått", style="List Bullet")
    d.add_paragraph("Anhöriggrupp på svenska och finska – flyttat till 2026", style="List Bullet")
    body = (
        "Hej styrgruppen,\n\nläget för Minnesstöd i Karleby (1.1.2025-31.12.2026) i september:\n"
        "tidtabell grön, kostnader grön, personal gul, nytta grön\n"
        "(grön = enligt plan, gul = mindre avvikelse, röd = allvarlig avvikelse).\n\n"
        "Projektet har 390 000 euro i statsunderstöd från social- och hälsovårdsministeriet. Centria yrkeshögskola "
        "utvärderar hembesöken och Karleby stad lånar ut ett mottagningsrum i Kronoby.\n\n"
        "Kostnaderna och målen finns i bilagan.\n\nHälsningar\nMaria Björkqvist\n"
    )
    msg = MIMEMultipart("mixed", boundary="==ic86-boundary==")
    msg["From"] = "Maria Bjorkqvist <maria.bjorkqvist@soite.example>"
    msg["To"] = "styrgruppen@soite.example"
    msg["Subject"] = "Lägesrapport 9/2025 – Minnesstöd i Karleby"
    msg["Date"] = "Mon, 22 Sep 2025 10:12:00 +0300"
    msg["Message-ID"] = "<ic86@soite.example>"
    text = MIMEText(body, "plain", "iso-8859-1")
    del text["Content-Transfer-Encoding"]
    text["Content-Transfer-Encoding"] = "quoted-printable"
    import quopri

    text.set_payload(quopri.encodestring(body.encode("iso-8859-1")).decode("ascii"))
    msg.attach(text)
    attachment = MIMEApplication(_docx_bytes(d), "vnd.openxmlformats-officedocument.wordprocessingml.document")
    attachment.add_header("Content-Disposition", "attachment", filename="lagesrapport_bilaga.docx")
    msg.attach(attachment)
    (TEST31 / "ic86_keski_pohjanmaa_sv_lagesrapport_2025.eml").write_bytes(msg.as_bytes())


def ic92_pohjois_karjala_tilanneraportti() -> None:
    """Probe of a1fc003 (yes-or-no questions about the dimensions): a Finnish DOCX whose questions are bold
    paragraphs and whose answers stand in the NEXT paragraph ("Kyllä." / "Ei. Kaksi …"), no brackets, no
    remark on the question's line."""
    d = docx_document("Hankepäällikkö", dt.datetime(2025, 11, 6, 9, 0, 0))
    d.add_heading("Tilanneraportti 3/2025: Omaishoitajien vapaat Keski-Karjalassa", level=1)
    d.add_paragraph(
        "Hanke (1.1.2024–31.12.2025) järjestää omaishoitajille vapaat kotiin tulevan sijaisen avulla Kiteellä, "
        "Tohmajärvellä ja Rääkkylässä. Sosiaali- ja terveysministeriö myönsi Tulevaisuuden sote-keskus "
        "-ohjelmasta 370 000 euroa. Karelia-ammattikorkeakoulu kouluttaa sijaiset, ja Tohmajärven kunta "
        "antaa sijaisille auton. Raportti 6.11.2025."
    )
    for question, answer in [
        ("Onko hanke edennyt aikataulussa?", "Kyllä."),
        ("Onko kustannusarviossa pysytty?", "Kyllä."),
        ("Onko hankkeella riittävästi henkilöstöä?", "Ei. Kaksi sijaista lopetti syyskuussa."),
        (
            "Ovatko hankkeen hyödyt toteutuneet suunnitellusti?",
            "Ei vielä: vapaita on pidetty puolet arvioidusta.",
        ),
    ]:
        d.add_paragraph().add_run(question).bold = True
        d.add_paragraph(answer)
    d.add_paragraph("Kustannukset 2025, euroa")
    table(
        d,
        [
            ("Kustannuslaji", "Budjetti 2025", "Toteuma 1–10/2025"),
            ("Henkilöstökulut", "150 000", "121 900"),
            ("Matkakulut", "20 000", "16 300"),
            ("Yhteensä", "170 000", "138 200"),
        ],
    )
    d.add_paragraph("Tavoitteet")
    d.add_paragraph(
        "Kaksi vapaapäivää kuukaudessa jokaiselle omaishoitajalle – toteutunut osittain", style="List Bullet"
    )
    d.add_paragraph("Sijaisrekisteri kaikkiin kolmeen kuntaan – toteutunut", style="List Bullet")
    _save(d, "ic92_pohjois_karjala_tilanneraportti_2025.docx")


def _radios(form, name: str, y: int, xs: list[int], values: list[str], chosen: int) -> None:
    for i, (x, value) in enumerate(zip(xs, values, strict=True)):
        form.radio(name=name, value=value, selected=i == chosen, x=x, y=y - 2, size=10, buttonStyle="circle")


def ic96_pohjanmaa_sv_blankett() -> None:
    """Probe of d7b324f (a fillable PDF's answers read where they stand): a Swedish form whose lights are
    RADIO-button groups (one group per area, export values "enligt", "mindre", "allvarlig") and whose goal
    verdicts are drop-down choice fields; the costs are text fields in a printed table; the name printed."""

    def draw(c, form) -> None:
        c.setFont("Helvetica-Bold", 12)
        c.drawString(40, 800, "UPPFÖLJNINGSBLANKETT 2025")
        c.setFont("Helvetica", 9)
        for i, line in enumerate(
            [
                "Projekt: Stöd för unga vuxna i Vasa",
                "Välfärdsområdet i Österbotten · projekttid 1.3.2024–28.2.2026 · ifylld 30.10.2025",
                "Statsunderstöd 520 000 euro från social- och hälsovårdsministeriet (Framtidens social- och hälsocentral).",
                "Yrkeshögskolan Vamk utvärderar stödet och Korsholms kommun lånar ut ett kontor i Smedsby.",
            ]
        ):
            c.drawString(40, 780 - 12 * i, line)
        c.setFont("Helvetica-Bold", 10)
        c.drawString(40, 718, "1 Läget per område")
        c.setFont("Helvetica", 8)
        for x, word in [(250, "Enligt plan"), (340, "Mindre avvikelse"), (440, "Allvarlig avvikelse")]:
            c.drawString(x, 704, word)
        for i, (area, chosen) in enumerate([("Tidtabell", 0), ("Kostnader", 0), ("Personal", 1), ("Nytta", 2)]):
            y = 688 - 16 * i
            c.setFont("Helvetica", 9)
            c.drawString(40, y, area)
            _radios(form, f"lage{i}", y, [270, 370, 470], ["enligt", "mindre", "allvarlig"], chosen)
        c.setFont("Helvetica-Bold", 10)
        c.drawString(40, 610, "2 Kostnader 2025 (euro)")
        c.setFont("Helvetica", 8)
        c.drawString(250, 596, "Budget 2025")
        c.drawString(380, 596, "Utfall 1–9/2025")
        for i, (label, budget, actual) in enumerate(
            [
                ("Personalkostnader", "176 000", "131 200"),
                ("Köpta tjänster", "24 000", "17 850"),
                ("Totalt", "200 000", "149 050"),
            ]
        ):
            y = 580 - 16 * i
            c.setFont("Helvetica", 9)
            c.drawString(40, y, label)
            form.textfield(
                name=f"b{i}", value=budget, x=250, y=y - 4, width=100, height=14, borderWidth=0, fontSize=9
            )
            form.textfield(
                name=f"u{i}", value=actual, x=380, y=y - 4, width=100, height=14, borderWidth=0, fontSize=9
            )
        c.setFont("Helvetica-Bold", 10)
        c.drawString(40, 520, "3 Mål (välj i listan)")
        options = ["Uppnått", "Delvis uppnått", "Inte uppnått", "Pågår", "Flyttat"]
        for i, (goal, chosen) in enumerate(
            [
                ("Handledare på plats inom en vecka efter kontakt", "Uppnått"),
                ("Kvällsgrupp i Korsholm", "Flyttat"),
            ]
        ):
            y = 504 - 18 * i
            c.setFont("Helvetica", 9)
            c.drawString(40, y, goal)
            form.choice(
                name=f"mal{i}", value=chosen, options=options, x=330, y=y - 4, width=120, height=14, fontSize=9
            )
        c.setFont("Helvetica", 8)
        c.drawString(40, 60, "Blankett UB-2025 · sida 1/1")
        c.showPage()

    _form_pdf(TEST31 / "ic96_pohjanmaa_sv_blankett_2025.pdf", draw)


def ic97_keski_suomi_loppuraportti() -> None:
    """Probe of 185f483 (a verdict under a label repeated for every goal, after one labelled note): a Finnish
    DOCX whose goals are bold paragraphs, each followed by TWO labelled notes ("Mittari:", "Lähtötaso:") and
    then "Lopputulos:" with the verdict, once as a clause whose subject is the goal; negative: the same
    label under the closing seminar (an event)."""
    d = docx_document("Hankepäällikkö", dt.datetime(2025, 8, 29, 9, 0, 0))
    d.add_heading("Loppuraportti: Nuorten aikuisten talous- ja velkaneuvonta Keski-Suomessa", level=1)
    d.add_paragraph(
        "Hanke toteutettiin 1.3.2023–30.6.2025 Jyväskylässä, Jämsässä ja Keuruulla. Sosiaali- ja terveysministeriö "
        "myönsi Tulevaisuuden sote-keskus -ohjelmasta 450 000 euroa. Jyväskylän ammattikorkeakoulu arvioi "
        "neuvonnan, ja Keuruun kaupunki antoi neuvonnalle tilat kirjastosta. Raportti 29.8.2025."
    )
    d.add_paragraph("Tavoitteet ja niiden toteutuminen")
    for goal, meter, base, result in [
        (
            "Velkaneuvonnan ensiaika kahden viikon sisällä",
            "Mittari: odotusaika ensiaikaan",
            "Lähtötaso: 9 viikkoa",
            "Lopputulos: Toteutui; odotusaika oli lopussa 10 päivää.",
        ),
        (
            "Talousneuvonta osaksi aikuissosiaalityön jokaista asiakkuutta",
            "Mittari: asiakkuudet, joissa on tehty talouskartoitus",
            "Lähtötaso: 15 %",
            "Lopputulos: Kartoituksia tehtiin 55 prosentissa asiakkuuksista, joten tavoite toteutui osittain.",
        ),
        (
            "Vertaisryhmä velkaantuneille nuorille aikuisille",
            "Mittari: ryhmien määrä",
            "Lähtötaso: 0",
            "Lopputulos: Ei toteutunut; ohjaajaa ei saatu.",
        ),
    ]:
        d.add_paragraph().add_run(goal).bold = True
        d.add_paragraph(meter)
        d.add_paragraph(base)
        d.add_paragraph(result)
    d.add_paragraph().add_run("Päätösseminaari 12.6.2025").bold = True
    d.add_paragraph("Lopputulos: Sali oli täynnä, ja esitykset tallennettiin.")
    d.add_paragraph(
        "Tila hankkeen päättyessä: aikataulu vihreä, kustannukset vihreä, henkilöstö keltainen, hyödyt vihreä."
    )
    _save(d, "ic97_keski_suomi_loppuraportti_2025.docx")


IC103_PLAIN = """Hi all,

Q3 status of Espoo Family Night Line below.

Area
Status
Schedule
On track
Budget
On track
Staffing
Off track
Benefits
On track

Cost type
Budget 2025
Actual Jan-Sep
Staff costs
240,000
183,600
Purchased services
40,000
27,300
Total
280,000
210,900

Objectives: a night line every night of the week - achieved; a family worker visit within 24 hours - partly achieved.

Sanna
"""

IC103_HTML = """<html><body>
<p>Hi all,</p>
<p>Q3 status of Espoo Family Night Line below. The line (1 January 2025 &ndash; 31 December 2026) serves families in
Espoo and Kauniainen; the Ministry of Social Affairs and Health granted EUR 620,000 (Sustainable Growth Programme for
Finland, RRF). Laurea University of Applied Sciences evaluates the calls.</p>
<table border="1"><tr><th>Area</th><th>Status</th></tr>
<tr><td>Schedule</td><td>On track</td></tr><tr><td>Budget</td><td>On track</td></tr>
<tr><td>Staffing</td><td>Off track</td></tr><tr><td>Benefits</td><td>On track</td></tr></table>
<p>On track = as planned; Off track = deviation.</p>
<table border="1"><tr><th>Cost type</th><th>Budget 2025</th><th>Actual Jan&ndash;Sep</th></tr>
<tr><td>Staff costs</td><td>240,000</td><td>183,600</td></tr>
<tr><td>Purchased services</td><td>40,000</td><td>27,300</td></tr>
<tr><td>Total</td><td>280,000</td><td>210,900</td></tr></table>
<p>Objectives: a night line every night of the week &ndash; achieved; a family worker visit within 24 hours &ndash;
partly achieved.</p>
<p>Sanna</p>
</body></html>
"""


def ic103_lansi_uusimaa_en_alternative_eml() -> None:
    """Probe of 6022783 (the body's HTML alternative when there is one): an English .eml whose body is a
    multipart/alternative beside a .zip attachment; its plain alternative is the table flattened one cell a line (as mail clients
    write it) and whose HTML alternative holds the real tables; a .zip attachment (no reader: named only)."""
    from email.message import EmailMessage
    from email.policy import default

    msg = EmailMessage(policy=default)
    msg["From"] = "Sanna Virta <sanna.virta@luvn.example>"
    msg["To"] = "Steering group <steering@luvn.example>"
    msg["Subject"] = "Q3 status: Espoo Family Night Line"
    msg["Date"] = "Thu, 9 Oct 2025 16:40:00 +0300"
    msg["Message-ID"] = "<ic103@luvn.example>"
    msg.set_content(IC103_PLAIN)
    msg.add_alternative(IC103_HTML, subtype="html")
    msg.make_mixed()
    msg.add_attachment(
        b"PK\x05\x06" + b"\x00" * 18, maintype="application", subtype="zip", filename="photos.zip"
    )
    for i, part in enumerate(msg.walk()):
        if part.get_content_maintype() == "multipart":
            part.set_boundary(f"==ic103-boundary-{i}==")
    (TEST31 / "ic103_lansi_uusimaa_en_status_2025.eml").write_bytes(msg.as_bytes())


def ic104_etela_savo_taulukko_aukot() -> None:
    """Probe of 556d8b5 (a run of empty rows is one blank line): a Finnish workbook whose blocks stand far
    apart on one sheet (facts at the top, the light block from row 40, the cost block from row 400, the goals
    from row 2 000), with a cell of notes at row 20 000; none of the gaps parts a block or joins two."""
    wb = _workbook(dt.datetime(2025, 11, 28, 8, 0, 0))
    ws = wb.active
    ws.title = "Seuranta"
    blocks = {
        1: [
            ("Hanke", "Etäkuntoutus Savonlinnan seudulla"),
            ("Hankeaika", "1.1.2025–31.12.2026"),
            ("Kunnat", "Savonlinna, Enonkoski ja Sulkava"),
            ("Rahoitus", "STM, Tulevaisuuden sote-keskus -ohjelma, 410 000 euroa"),
            ("Kumppani", "Xamk arvioi etäkuntoutuksen; Enonkosken kunta lainaa tabletit"),
            ("Päivitetty", "28.11.2025"),
        ],
        40: [
            ("Osa-alue", "Tila"),
            ("Aikataulu", "vihreä"),
            ("Kustannukset", "vihreä"),
            ("Henkilöstö", "vihreä"),
            ("Hyödyt", "keltainen"),
            (
                "Selite",
                "vihreä = suunnitelman mukaan, keltainen = lievä poikkeama, punainen = vakava poikkeama",
            ),
        ],
        400: [
            ("Kustannuslaji", "Budjetti 2025", "Toteuma 1–10/2025"),
            ("Henkilöstökulut", 160000, 131800),
            ("Ohjelmistot", 30000, 28400),
            ("Yhteensä", 190000, 160200),
        ],
        2000: [
            ("Tavoite", "Tilanne"),
            ("Etäkuntoutusjakso 100 asiakkaalle vuodessa", "toteutunut osittain"),
            ("Etäkuntoutus kaikissa kolmessa kunnassa", "toteutunut"),
        ],
        20000: [("Muistiinpano: taulukko päivitetään kuukausittain.",)],
    }
    for start, rows in blocks.items():
        for offset, row in enumerate(rows):
            for col, value in enumerate(row, start=1):
                ws.cell(row=start + offset, column=col, value=value)
    _save_workbook(wb, "ic104_etela_savo_seuranta_2025.xlsx", "2025-11-28T08:00:00Z")


def main() -> None:
    TEST31.mkdir(exist_ok=True)
    ic02_pohjois_karjala_tilanneraportti()
    ic06_pohjanmaa_sv_mellanrapport()
    ic09_keski_suomi_valiselvitys()
    ic10_ita_uusimaa_sv_arsrapport()
    ic11_kanta_hame_tilanneraportti()
    ic15_kainuu_ohjausryhma_diat()
    ic18_varsinais_suomi_hankesuunnitelma()
    ic20_pohjois_savo_en_final_report()
    ic25_vantaa_kerava_sv_lagesrapport()
    ic30_helsinki_sv_lagesrapport()
    ic31_lappi_valiraportti()
    ic35_helsinki_en_final_report()
    ic37_aland_sv_uppfoljning()
    ic38_etela_karjala_en_deck()
    ic39_ita_uusimaa_seuranta()
    ic44_kymenlaakso_loppuraportti()
    ic54_kymenlaakso_valiraportti()
    ic57_varsinais_suomi_sv_diabilder()
    ic59_pohjois_pohjanmaa_itsearviointi()
    ic60_lansi_uusimaa_sv_sjalvvardering()
    ic69_pirkanmaa_loppuraportti()
    ic70_etela_pohjanmaa_seuranta_xlsm()
    ic72_keski_pohjanmaa_sv_deck()
    ic73_satakunta_en_interim_report()
    ic76_kanta_hame_tilanneraportti()
    ic81_etela_karjala_itsearvio_xlsx()
    ic83_pohjois_savo_valiraportti()
    ic85_keski_suomi_valitetty_eml()
    ic86_keski_pohjanmaa_sv_eml()
    ic92_pohjois_karjala_tilanneraportti()
    ic96_pohjanmaa_sv_blankett()
    ic97_keski_suomi_loppuraportti()
    ic103_lansi_uusimaa_en_alternative_eml()
    ic104_etela_savo_taulukko_aukot()


if __name__ == "__main__":
    main()
