"""Write the ingest test fixtures: invented documents of every kind in every format.

Each document is described once, as blocks (title lines, headings, fields,
traffic lights, tables, paragraphs, lists, withdrawn parts), and rendered to
.txt, .html (like a page saved from a browser, with navigation, scripts and a
footer), .pdf (reportlab, text layer) and .docx (python-docx). The content is
invented: no text of the real seed documents is used. The same content in the
four formats must give isomorphic graphs (tests/ingest/test_golden.py).

    .venv/bin/python scripts/make_fixtures.py [--out tests/ingest/fixtures]

Run it only when the fixtures should change; then regenerate the expected
Turtle with ``pytest tests/ingest --regen-golden`` and read the diff.
"""

from __future__ import annotations

import argparse
import html
import io
import logging
import zipfile
from dataclasses import dataclass
from pathlib import Path

log = logging.getLogger("make_fixtures")

OUT = Path(__file__).resolve().parents[1] / "tests" / "ingest" / "fixtures"
# Fixed so that the bytes of the PDF and DOCX files do not change from run to run.
FIXED_DATE = "2024-01-01T00:00:00"


@dataclass(frozen=True)
class Block:
    """One piece of a document; ``kind`` says how each format renders it."""

    kind: str  # title, heading, field, light, para, bullets, numbered, table, withdrawn, header
    text: str = ""
    value: str = ""
    rows: tuple[tuple[str, ...], ...] = ()
    items: tuple[str, ...] = ()


def title(text: str) -> Block:
    return Block("title", text)


def heading(text: str) -> Block:
    return Block("heading", text)


def field(label: str, value: str) -> Block:
    return Block("field", label, value)


def light(label: str, value: str) -> Block:
    return Block("light", label, value)


def para(text: str) -> Block:
    return Block("para", text)


def bullets(*items: str) -> Block:
    return Block("bullets", items=items)


def numbered(*items: str) -> Block:
    """Numbered items; an item may carry its answer after a newline ("Toteutunut: …")."""
    return Block("numbered", items=items)


def table(*rows: tuple[str, ...]) -> Block:
    return Block("table", rows=rows)


def withdrawn(text: str) -> Block:
    """A heading struck out and marked POISTETTU: the part was withdrawn from the plan."""
    return Block("withdrawn", text)


# --- the invented documents -----------------------------------------------------------------

COSTS = (
    ("Kustannusajoittelu", "Budjetti", "Toteuma", "Sidotut", "Ennuste"),
    ("Palvelujen osto", "120 000 €", "98 450 €", "0 €", "0 €"),
    ("Asiantuntijapalvelut", "100 000 €", "91 200 €", "0 €", "0 €"),
    ("Viestintäpalvelut", "20 000 €", "7 250 €", "0 €", "0 €"),
    ("Omat henkilöstökustannukset", "310 000 €", "287 615 €", "0 €", "0 €"),
    ("Henkilöstökulut", "310 000 €", "287 615 €", "0 €", "0 €"),
    ("Muut kustannukset", "70 000 €", "12 340 €", "0 €", "0 €"),
    ("Matkakulut", "5 000 €", "1 220 €", "0 €", "0 €"),
    ("Investointikulut", "65 000 €", "11 120 €", "0 €", "0 €"),
    ("Väilliset kustannukset", "0 €", "0 €", "0 €", "0 €"),
    ("Yhteensä", "500 000 €", "398 405 €", "0 €", "0 €"),
)

FINAL_REPORT = (
    title("Suomen kestävän kasvun ohjelma"),
    title("Kestävän kasvun Kanta-Häme"),
    title("Loppuraportti"),
    title("Kanta-Hämeen hyvinvointialue"),
    title("15.03.2024"),
    field("Hankkeen / Projektin nimi", "Kanta-Hämeen Pilari 4, Investointi 1"),
    field("Vaihe", "Lopetus"),
    field("Tila", "Päättynyt"),
    field("Hanke- tai Projektipäällikkö", "Virtanen Liisa"),
    field("Aloituspäivämäärä", "01.01.2023"),
    field("Valmistuspäivämäärä", "31.12.2023"),
    heading("Liikennevalot"),
    light("Liikennevalo Edistymä", "85%"),
    light("Liikennevalo Aikataulu", "● Suunniteltu"),
    light("Liikennevalo Kustannukset", "⚠ Poikkeama, vaatii seurantaa"),
    light("Liikennevalo Tuotosten laatu", "● Suunniteltu"),
    light("Liikenneval- Henkilöstö", "● Suunniteltu"),
    light("Liikennevalo Riskit", "● Suunniteltu"),
    heading("Kumulatiivinen kokonaisseuranta (eur)"),
    table(*COSTS),
    heading("Tavoitteet"),
    numbered(
        "Kotihoidon etävastaanoton käyttöönotto koko alueella:\nToteutunut: Etävastaanotto on käytössä kaikissa kotihoidon tiimeissä.",
        "Omaolo-palvelun oirearvioiden laajentaminen suun terveydenhuoltoon:\nToteutunut: Ei toteutunut, koska integraatio potilastietojärjestelmään viivästyi.",
        "Jonotilanteen raportoinnin yhtenäistäminen:\nToteutunut: Työ jäi kesken henkilöstövaihdosten vuoksi.",
    ),
    heading("Tuotokset"),
    bullets(
        "Etävastaanoton toimintamalli ja ohjeistus kotihoidolle.",
        "Suun terveydenhuoltoon hankittiin 3 liikkuvaa hoitoyksikköä.",
        "Digitaalisten palvelujen koulutuksiin osallistui 45 ammattilaista.",
    ),
    heading("Keskeiset hyödyt"),
    para(
        "Asiakkaat pääsevät hoitoon nopeammin, kun kotihoidon käynnit korvautuvat osin etäkäynneillä ja "
        "hoitajien aikaa vapautuu kiireellisempiin tehtäviin."
    ),
    heading("Riippuvuudet"),
    para(
        "DigiFinland on Omaolo-palvelun kehittäjä, minkä vuoksi oirearvioiden laajentaminen on riippuvaista "
        "DigiFinlandin aikataulusta. Kirjaamisen käytännöissä noudatetaan THL:n ohjeistusta."
    ),
    # Projects listed with one shared plural "-hankkeiden": each is its own dependency.
    para("Yhteistyötä on tehty Hämeen Hyvä Arki-, Ikäkoti Plus- ja Vesiviisas -hankkeiden kanssa."),
    heading("Keskeiset tehtävät seuraavalla raportointikaudella"),
    para("Jatkokehittämistä toteutetaan Kestävän kasvun Kanta-Häme 2 -hankkeessa."),
    para("Lisätietoja antaa projektipäällikkö Liisa Virtanen, liisa.virtanen@example.fi, puh. 040 123 4567."),
)

STATUS_REPORT = (
    title("Suomen kestävän kasvun ohjelma"),
    title("Etelä-Karjalan kestävän kasvun hanke"),
    title("Tilanneraportti"),
    title("Etelä-Karjalan hyvinvointialue"),
    field("Hankkeen / Projektin nimi", "Etelä-Karjalan Pilari 4, Investointi 4"),
    field("Tila", "Käynnissä"),
    field("Raportointijakso", "1.1.2024 - 30.6.2024"),
    heading("Liikennevalot"),
    light("Liikennevalo Edistymä", "40%"),
    light("Liikennevalo Aikataulu", "⚠ Poikkeama, vaatii seurantaa"),
    light("Liikennevalo Kustannukset", "● Suunniteltu"),
    light("Liikennevalo Hyödyt", "● Suunniteltu"),
    heading("Keskeiset aikaansaannokset raportointikaudella"),
    bullets(
        "Chat-palvelun kilpailutus saatiin päätökseen.",
        "Asiakasohjauksen puhelinpalveluun koulutettiin 12 ohjaajaa.",
    ),
    heading("Poikkeamat, ongelmat tai riskit"),
    para(
        "Sähköisen ajanvarauksen käyttöönotto siirtyi syksylle 2024 järjestelmätoimittajan resurssipulan vuoksi."
    ),
    heading("Mittarit"),
    para("Tavoitteena on, että 45 % kontakteista hoidetaan etänä sähköisin välinein Q4/2025 mennessä."),
    heading("Kumulatiivinen kokonaisseuranta (eur)"),
    table(
        ("Kustannusjaottelu", "Budjetti", "Toteuma", "Sidotut", "Ennuste"),
        ("Palvelujen osto", "80 000 €", "20 500 €", "5 000 €", "80 000 €"),
        ("Omat henkilöstökustannukset", "150 000 €", "61 300 €", "0 €", "150 000 €"),
        ("Yhteensä", "230 000 €", "81 800 €", "5 000 €", "230 000 €"),
    ),
)

INNOKYLA = (
    field("Kokonaisuuden nimi", "Päijät-Hämeen perhekeskusten digipolku"),
    field(
        "Lyhyt kuvaus",
        "Hankkeessa kehitetään perhekeskusten sähköisiä palveluja Päijät-Hämeessä niin, että perhe löytää "
        "avun yhdestä paikasta.",
    ),
    field("Toimiaika", "2021-2023"),
    heading("Toimijat"),
    para(
        "Hankkeen hallinnoija on Päijät-Hämeen hyvinvointialue. Hankkeen keskeisiä sidosryhmiä ovat THL, "
        "Salpausharjun sosiaali- ja terveyspalvelujen kuntayhtymä (Salpaus), Vesijärven seutukunta, "
        "alueen kunnat ja järjestöt."
    ),
    # Invented organisations no vocabulary knows: found by the form of their names, an
    # inflected short form ("Salpauksen") linked to the name it was introduced with.
    para(
        "Hankkeen osatoteuttajina toimivat Hollola, Orimattila ja Järvikylän perusturva. Palvelumallia "
        "kehitetään yhteistyössä Salpauksen ja Tietotalo Aalto Oy:n kanssa."
    ),
    field("Rahoittaja", "Sosiaali- ja terveysministeriö (STM)"),
    field("Yhteyshenkilön nimi", "Aino Esimerkki"),
    field("Yhteyshenkilön organisaatio", "Päijät-Hämeen hyvinvointialue"),
    field("Yhteyshenkilön sähköpostiosoite", "aino.esimerkki@example.fi"),
    field("Luotu", "12.04.2021"),
    field("Viimeksi muokattu", "03.11.2023"),
    heading("Tavoiteltavat tulokset, tuotokset ja vaikutukset"),
    numbered(
        "Sähköisen perhekeskuksen palvelut ovat alueen perheiden käytössä",
        "Perhekeskuksen ammattilaiset käyttävät yhteistä digitaalista työtilaa",
    ),
    heading("Riippuvuudet"),
    para("Sähköisen perhekeskuksen käyttöönotto edellyttää, että palvelut on kuvattu Palvelutietovarantoon."),
    field("Aihealueet", "Sosiaali- ja terveyskeskukset"),
    field("Ilmiöt", "Ei liity ilmiöön"),
)

PLAN = (
    title("Suomen kestävän kasvun ohjelma"),
    title("Pohjois-Karjalan Kestävän kasvun hanke"),
    title("Hankesuunnitelma"),
    title("Pohjois-Karjalan hyvinvointialue"),
    title("02.05.2024"),
    heading("1 Hankkeen tarve ja suhde muuhun kehittämiseen"),
    para("Hyvinvointialueen palvelustrategia painottaa nopeaa pääsyä oikeaan palveluun."),
    heading("2 Hankkeen toteutus"),
    withdrawn("2.1 Investointi 1: Etäkuntoutuksen malli"),
    heading("2.2 Investointi 2: Järjestöjen palvelutarjotin"),
    heading("Tavoitteet:"),
    para("Tavoitteena on, että palvelutarjotin on alueen asukkaiden käytössä vuoden 2025 loppuun mennessä."),
    heading("Toimenpiteet:"),
    bullets(
        "Tarmoa-palvelu otetaan käyttöön osana ennaltaehkäiseviä palveluja.",
        "Järjestöjen palvelut kuvataan Palvelutietovarantoon.",
    ),
    heading("Riippuvuudet"),
    para("Käyttöönotto on riippuvainen DigiFinlandin Tarmoa-palvelun kehityksestä."),
    # A plan's cost estimate: items in the resources section and the total.
    heading("Resurssit ja kustannusarvio:"),
    bullets("Henkilöstökulut 30 000 €", "Asiantuntijapalvelut 12 000 €"),
    para("Kustannusarvio yhteensä 42 000 €."),
    withdrawn("2.3 Investointi 4: Etäkuntoutuksen digiratkaisut"),
    heading("3 Riskit ja niihin varautuminen"),
    table(
        ("Riskin kuvaus", "Todennäköisyys (1 – 5)", "Vaikutus (1 – 5)", "Riskipisteet", "Vastuutaho"),
        ("Järjestöt eivät ehdi kuvata palvelujaan", "3", "4", "12", "Hankejohto"),
        ("Tarmoan kustannukset nousevat", "2", "5", "10", "Talousjohtaja"),
    ),
)

DOCUMENTS: dict[str, tuple[str, tuple[Block, ...]]] = {
    "loppuraportti": ("final-report", FINAL_REPORT),
    "tilanneraportti": ("status-report", STATUS_REPORT),
    "innokyla": ("innokyla-page", INNOKYLA),
    "hankesuunnitelma": ("project-plan", PLAN),
}


# --- renderers ------------------------------------------------------------------------------


def to_text(kind: str, blocks: tuple[Block, ...]) -> str:
    """Plain text as the export tools give it: tab between label and value, blank lines between blocks."""
    lines: list[str] = []
    for b in blocks:
        if b.kind in ("title", "heading", "para"):
            lines += [b.text, ""]
        elif b.kind in ("field", "light"):
            if kind == "innokyla-page":
                lines += [b.text, *b.value.split("\n"), ""]
            else:
                lines += [f"{b.text}\t{b.value}"]
        elif b.kind == "bullets":
            lines += [f"- {item}" for item in b.items] + [""]
        elif b.kind == "numbered":
            for n, item in enumerate(b.items, start=1):
                lines += [f"{n}. {item}", ""]
        elif b.kind == "table":
            lines += ["\t".join(row) for row in b.rows] + [""]
        elif b.kind == "withdrawn":
            lines += [f"~~{b.text}~~ POISTETTU", ""]
    return "\n".join(lines).rstrip("\n") + "\n"


def to_html(kind: str, name: str, blocks: tuple[Block, ...]) -> str:
    """A page as a browser saves it: head, scripts, navigation, the content in <main>, a footer."""
    e = html.escape
    body: list[str] = []
    for b in blocks:
        if b.kind == "title":
            body.append(f"<p class='title'>{e(b.text)}</p>")
        elif b.kind == "heading":
            body.append(f"<h2>{e(b.text)}</h2>")
        elif b.kind == "para":
            body.append(f"<p>{e(b.text)}</p>")
        elif b.kind in ("field", "light"):
            values = "".join(f"<div class='field__item'>{e(v)}</div>" for v in b.value.split("\n"))
            body.append(f"<div class='field'><div class='field__label'>{e(b.text)}</div>{values}</div>")
        elif b.kind == "bullets":
            body.append("<ul>" + "".join(f"<li>{e(i)}</li>" for i in b.items) + "</ul>")
        elif b.kind == "numbered":
            items = []
            for item in b.items:
                head, _, answer = item.partition("\n")
                items.append(f"<li>{e(head)}" + (f"<p>{e(answer)}</p>" if answer else "") + "</li>")
            body.append("<ol>" + "".join(items) + "</ol>")
        elif b.kind == "table":
            head, *rows = b.rows
            body.append(
                "<table><thead><tr>"
                + "".join(f"<th>{e(c)}</th>" for c in head)
                + "</tr></thead><tbody>"
                + "".join("<tr>" + "".join(f"<td>{e(c)}</td>" for c in r) + "</tr>" for r in rows)
                + "</tbody></table>"
            )
        elif b.kind == "withdrawn":
            body.append(f"<h2><del>{e(b.text)}</del> POISTETTU</h2>")
    chrome_top = chrome_bottom = ""
    if kind == "innokyla-page":
        chrome_top = (
            "<header><nav><a href='/'>Etusivu</a> <a href='/fi/hakusivu'>Haku</a>"
            "<button>Kirjaudu</button></nav></header>"
        )
        chrome_bottom = "<footer><p>Innokylä on THL:n ylläpitämä palvelu.</p></footer>"
    return (
        "<!DOCTYPE html>\n<html lang='fi'><head><meta charset='utf-8'>"
        f"<title>{e(name)} | Innokylä</title><style>body{{font-family:sans-serif}}</style>"
        "<script>window.dataLayer=[];</script></head><body>"
        f"{chrome_top}<main>{''.join(body)}</main>{chrome_bottom}"
        "<!-- saved from a browser --></body></html>\n"
    )


def to_pdf(kind: str, blocks: tuple[Block, ...], path: Path) -> None:
    """A text-layer PDF (reportlab): fields and tables as tables, withdrawn headings with their mark."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.lib.units import cm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    styles = getSampleStyleSheet()
    e = html.escape
    story: list[object] = []
    plain = TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)])
    small = TableStyle(
        [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("FONTSIZE", (0, 0), (-1, -1), 8),
        ]
    )
    for b in blocks:
        if b.kind == "title":
            story.append(Paragraph(e(b.text), styles["Title"]))
        elif b.kind == "heading":
            story.append(Paragraph(e(b.text), styles["Heading2"]))
        elif b.kind == "para":
            story.append(Paragraph(e(b.text), styles["BodyText"]))
        elif b.kind in ("field", "light"):
            if kind == "innokyla-page":
                story.append(Paragraph(e(b.text), styles["Heading4"]))
                story += [Paragraph(e(v), styles["BodyText"]) for v in b.value.split("\n")]
            else:
                story.append(Table([[b.text, b.value]], colWidths=[8 * cm, 8 * cm], style=plain))
        elif b.kind == "bullets":
            story += [Paragraph(e(f"- {i}"), styles["BodyText"]) for i in b.items]
        elif b.kind == "numbered":
            for n, item in enumerate(b.items, start=1):
                head, _, answer = item.partition("\n")
                story.append(Paragraph(e(f"{n}. {head}"), styles["BodyText"]))
                if answer:
                    story.append(Paragraph(e(answer), styles["BodyText"]))
        elif b.kind == "table":
            # Columns as wide as their longest cell (8 pt Helvetica, about 0.5 em a letter), so
            # no cell wraps or runs into the next; the text layer then keeps the gaps between them.
            widths = [max(len(row[c]) for row in b.rows) * 4.4 + 14 for c in range(len(b.rows[0]))]
            scale = min(1.0, 16 * cm / sum(widths))
            story.append(
                Table([list(row) for row in b.rows], colWidths=[w * scale for w in widths], style=small)
            )
        elif b.kind == "withdrawn":
            # The text layer of a PDF has no strike-through; the POISTETTU mark says it.
            story.append(Paragraph(f"<strike>{e(b.text)}</strike> POISTETTU", styles["Heading2"]))
        story.append(Spacer(1, 4))
    doc = SimpleDocTemplate(
        str(path),
        pagesize=A4,
        title=path.stem,
        author="hankegraafi fixtures",
        creator="make_fixtures.py",
        invariant=1,
        allowSplitting=0,
    )
    doc.build(story)


def to_docx(kind: str, blocks: tuple[Block, ...], path: Path) -> None:
    """A Word document: headings, list styles, tables, struck runs for withdrawn parts."""
    import datetime as dt

    import docx

    d = docx.Document()
    for b in blocks:
        if b.kind == "title":
            d.add_paragraph(b.text, style="Title")
        elif b.kind == "heading":
            d.add_heading(b.text, level=2)
        elif b.kind == "para":
            d.add_paragraph(b.text)
        elif b.kind in ("field", "light"):
            if kind == "innokyla-page":
                d.add_paragraph(b.text, style="Heading 4")
                for v in b.value.split("\n"):
                    d.add_paragraph(v)
            else:
                t = d.add_table(rows=1, cols=2)
                t.rows[0].cells[0].text, t.rows[0].cells[1].text = b.text, b.value
        elif b.kind == "bullets":
            for item in b.items:
                d.add_paragraph(item, style="List Bullet")
        elif b.kind == "numbered":
            for item in b.items:
                head, _, answer = item.partition("\n")
                d.add_paragraph(head, style="List Number")
                if answer:
                    d.add_paragraph(answer)
        elif b.kind == "table":
            t = d.add_table(rows=len(b.rows), cols=len(b.rows[0]))
            for r, row in enumerate(b.rows):
                for c, text in enumerate(row):
                    t.rows[r].cells[c].text = text
        elif b.kind == "withdrawn":
            p = d.add_heading("", level=2)
            p.add_run(b.text).font.strike = True
            p.add_run(" POISTETTU")
    fixed = dt.datetime.fromisoformat(FIXED_DATE)
    d.core_properties.created = d.core_properties.modified = fixed
    d.core_properties.author = "hankegraafi fixtures"
    buffer = io.BytesIO()
    d.save(buffer)
    # Word files are ZIP archives whose members carry the time of writing: fix it, so that
    # running the script again gives the same bytes.
    with zipfile.ZipFile(io.BytesIO(buffer.getvalue())) as src, zipfile.ZipFile(path, "w") as dst:
        for info in src.infolist():
            fixed_info = zipfile.ZipInfo(info.filename, date_time=(2024, 1, 1, 0, 0, 0))
            fixed_info.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(fixed_info, src.read(info.filename))


def write_all(out: Path) -> list[Path]:
    out.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    for name, (kind, blocks) in DOCUMENTS.items():
        txt = out / f"{name}.txt"
        txt.write_text(to_text(kind, blocks), encoding="utf-8")
        page = out / f"{name}.html"
        page.write_text(to_html(kind, name, blocks), encoding="utf-8")
        to_pdf(kind, blocks, out / f"{name}.pdf")
        to_docx(kind, blocks, out / f"{name}.docx")
        written += [txt, page, out / f"{name}.pdf", out / f"{name}.docx"]
    return written


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=OUT, help="folder for the fixtures (default: %(default)s)")
    args = parser.parse_args()
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    for path in write_all(args.out):
        log.info("wrote %s (%d bytes)", path, path.stat().st_size)


if __name__ == "__main__":
    main()
