"""The document's outline as its format marks it (ingest/readers.py, ingest/facts/outline.py).

The readers keep the heading levels the lines no longer show (HTML h1-h6, a DOCX's Title and
Heading N styles or a style's outline level, Markdown "#"); the title is the one top heading, lines
above it (a site's bar) and headings below it (a section "Kostnader …") name no project, and a part's
section ends at the next heading of its level. All texts are invented.
"""

from __future__ import annotations

import io

import docx
from docx.enum.style import WD_STYLE_TYPE
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

from hankegraafi.ingest.extract import Extraction, extract
from hankegraafi.ingest.readers import read_bytes


def read(data: str | bytes, name: str) -> Extraction:
    raw = data.encode() if isinstance(data, str) else data
    return extract(read_bytes(raw, file_name=name, max_bytes=1_000_000))


def levels(data: str | bytes, name: str) -> dict[str, int]:
    raw = data.encode() if isinstance(data, str) else data
    document = read_bytes(raw, file_name=name, max_bytes=1_000_000)
    return {document.line(n): level for n, level in document.headings.items()}


PAGE = """<html><body>
<div class="bar">Keski-Suomen hyvinvointialue · Kehittäminen · På svenska</div>
<h1>Muistiluotsi Jyväskylässä</h1>
<p>Julkaistu 2.5.2024</p>
<p>Muistiluotsi Jyväskylässä neuvoo muistisairaiden omaisia Jyväskylässä ja Laukaassa.</p>
<h2>Tavoitteet</h2>
<ul><li>Omaisneuvonta tavoittaa 400 perhettä</li></ul>
<h2>Hankkeen kustannukset 2024</h2>
<table><tr><th>Kustannuslaji</th><th>Budjetti</th><th>Toteutunut</th></tr>
<tr><td>Henkilöstökulut</td><td>210 000</td><td>98 400</td></tr>
<tr><td>Palvelujen ostot</td><td>40 000</td><td>12 900</td></tr></table>
</body></html>"""


def test_the_html_reader_keeps_the_heading_levels() -> None:
    assert levels(PAGE, "sivu.html") == {
        "Muistiluotsi Jyväskylässä": 1,
        "Tavoitteet": 2,
        "Hankkeen kustannukset 2024": 2,
    }


def test_the_markdown_headings_are_levels_and_a_text_has_none() -> None:
    text = "# Tilannekatsaus\n\n## Tilanne\n\nKaikki hyvin.\n"
    assert levels(text, "katsaus.md") == {"# Tilannekatsaus": 1, "## Tilanne": 2}
    assert levels(text, "katsaus.txt") == {}


def _docx(custom: bool) -> bytes:
    document = docx.Document()
    if custom:  # a translated template's own heading style: only its outline level says it is one
        style = document.styles.add_style("Otsikko ylin", WD_STYLE_TYPE.PARAGRAPH)
        p_pr = style.element.get_or_add_pPr()
        outline = OxmlElement("w:outlineLvl")
        outline.set(qn("w:val"), "0")
        p_pr.append(outline)
        document.add_paragraph("Kotiin turvallisesti Kainuussa", style="Otsikko ylin")
    else:
        document.add_paragraph("Kotiin turvallisesti Kainuussa", style="Title")
        document.add_paragraph("Taustaa", style="Heading 1")
    document.add_paragraph("Hanke kehittää kotihoitoa Kajaanissa.")
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def test_the_docx_reader_reads_title_heading_and_outline_level_styles() -> None:
    assert levels(_docx(custom=False), "suunnitelma.docx") == {
        "Kotiin turvallisesti Kainuussa": 0,
        "Taustaa": 1,
    }
    assert levels(_docx(custom=True), "suunnitelma.docx") == {"Kotiin turvallisesti Kainuussa": 1}


def test_the_pages_top_heading_names_it_not_the_bar_above_nor_a_section_below() -> None:
    extraction = read(PAGE, "sivu.html")
    assert [p.name for p in extraction.projects] == ["Muistiluotsi Jyväskylässä"]


MINUTE = """<html><body>
<p>Päätöksenteko · Toimielimet · Haku</p>
<p>Aluehallitus, kokous 14.10.2024</p>
<h1>§ 212 Arjen apu Pirkanmaalla -hankkeen väliraportti</h1>
<p>PIRHA-2024-5521</p>
<h3>Valmistelija</h3>
<ul><li>Sanna Koivisto, kehittämispäällikkö</li></ul>
<h3>Perustelut</h3>
<p>Sosiaali- ja terveysministeriö myönsi Arjen apu Pirkanmaalla -hankkeelle 2 100 000 euroa.</p>
</body></html>"""


def test_a_minutes_register_number_and_the_lines_of_its_sections_name_no_project() -> None:
    extraction = read(MINUTE, "poytakirja.html")
    assert extraction.projects[0].name.removesuffix(" -hanke") == "Arjen apu Pirkanmaalla"


SUBTITLE = "# Väliraportti\n\n## Kotona kuntoutuen Satakunnassa\n\nHanke kehittää kotikuntoutusta Porissa.\n"


def test_a_heading_right_below_the_title_is_its_subtitle() -> None:
    assert read(SUBTITLE, "raportti.md").projects[0].name == "Kotona kuntoutuen Satakunnassa"


LIST = """<html><body><h1>Kehittämishankkeet</h1>
<p>Päijät-Hämeen hyvinvointialueella on käynnissä kaksi kehittämishanketta.</p>
<h2>Perhekeskus verkossa -hanke</h2><p>Chat-palvelu perheille Lahdessa.</p>
<h2>Kotiin kuntoutus -hanke</h2><p>Kotikuntoutusta Heinolassa.</p>
</body></html>"""

NEWS = """<html><body><h1>Kainuulle 3,2 miljoonaa euroa hoitojonojen purkuun</h1>
<p>Sosiaali- ja terveysministeriö myönsi rahan Jonot kuriin Kainuussa -hankkeelle, joka alkaa tammikuussa.</p>
<h2>Hankkeella on kaksi tavoitetta</h2><ul><li>Hoitoon pääsee viikossa</li></ul>
</body></html>"""


def test_a_title_naming_a_list_or_a_sum_leaves_the_name_to_the_rest() -> None:
    assert {p.name for p in read(LIST, "hankkeet.html").projects} == {
        "Perhekeskus verkossa -hanke",
        "Kotiin kuntoutus -hanke",
    }
    assert read(NEWS, "uutinen.html").projects[0].name.removesuffix(" -hanke") == "Jonot kuriin Kainuussa"


PARTS = """<html><body><h1>Loppuraportti: Hyvä ikä Pohjanmaalla</h1>
<h2>Osahanke 1: Kotihoidon etäkäynnit</h2>
<h3>Tulokset</h3>
<p>Osahanke kokeili etäkäyntejä Vaasassa ja Mustasaaressa.</p>
<h2>Budjetin toteutuma</h2>
<table><tr><th>Kustannuslaji</th><th>Budjetti</th><th>Toteutunut</th></tr>
<tr><td>Henkilöstökulut</td><td>500 000</td><td>488 000</td></tr>
<tr><td>Matkakulut</td><td>20 000</td><td>11 500</td></tr></table>
</body></html>"""


def test_a_heading_of_a_parts_level_ends_its_section() -> None:
    extraction = read(PARTS, "loppuraportti.html")
    whole = extraction.projects[0]
    assert whole.name == "Hyvä ikä Pohjanmaalla"
    assert [line.raw_label for statement in whole.costs for line in statement.lines] == [
        "Henkilöstökulut",
        "Matkakulut",
    ]
    assert [p.name for p in extraction.projects[1:]] == ["Osahanke 1: Kotihoidon etäkäynnit"]
    assert not extraction.projects[1].costs


NUMBERED = """<html><body><h1>Hankesuunnitelma: Hyvä ikä Pohjanmaalla</h1>
<h2>1 Tausta</h2><p>Hanke kehittää kotihoitoa Vaasassa.</p>
<h2>2.1 Osahanke 1: Kotihoidon etäkäynnit</h2>
<h2>Kustannusarvio</h2>
<table><tr><th>Kustannuslaji</th><th>Budjetti</th></tr>
<tr><td>Henkilöstökulut</td><td>300 000</td></tr><tr><td>Matkakulut</td><td>10 000</td></tr></table>
<h2>3 Riskit</h2><p>Rekrytointi voi viivästyä.</p>
</body></html>"""


def test_a_flat_markup_numbered_in_its_text_bounds_no_part() -> None:
    # "1 Tausta" and "2.1 Osahanke 1" are both an <h2>: the numbers nest the sections, not the markup,
    # so the unnumbered "Kustannusarvio" below the part is the part's, as it was before the outline.
    extraction = read(NUMBERED, "suunnitelma.html")
    part = next(p for p in extraction.projects if p.name.startswith("Osahanke 1"))
    assert part.costs


LONE_PART = """<html><body><main><h1>Kotisairaalan laajennus</h1>
<p>Hallinnoija: Pirkanmaan hyvinvointialue.</p>
<h2>Osahankkeet</h2>
<h3>Osahanke 1: Yöhoitotiimi</h3><p>Tiimi aloitti Tampereella.</p>
<h2>Liikennevalot</h2>
<ul><li>Aikataulu: vihreä</li><li>Riskit: punainen</li></ul>
</main></body></html>"""


def test_the_lights_after_a_lone_parts_section_are_the_wholes() -> None:
    # "Liikennevalot" is an <h2> as "Osahankkeet" is, above the part's <h3>: the part's section has ended.
    extraction = read(LONE_PART, "sivu.html")
    lights = {p.name: [(light.dimension, light.value) for light in p.lights] for p in extraction.projects}
    assert lights == {
        "Kotisairaalan laajennus": [("schedule", "on-plan"), ("risks", "deviation")],
        "Osahanke 1: Yöhoitotiimi": [],
    }
