"""A project page's fact box in an <aside> is the page's own facts; a list of other pages is chrome.

County pages put the funder, programme, municipalities and grant of a project in a box
beside the text (<aside class="factbox">), and the titles of other projects or news in
another (<aside> "Muita hankkeita"). The reader keeps the first, by its form (label–value
pairs), and leaves the second out, as it did every aside. All pages here are invented.
"""

from __future__ import annotations

import pytest
from bs4 import BeautifulSoup

from hankegraafi.ingest.htmlchrome import fact_box
from hankegraafi.ingest.readers import read_bytes

PAGE = """<!DOCTYPE html><html lang="fi"><head><meta charset="utf-8"><title>Kotikuntoutus</title></head>
<body><main><h1>Kotikuntoutus kyliin</h1>
<aside class="factbox"><h2>Perustiedot</h2>
<p>Rahoittaja: sosiaali- ja terveysministeriö</p><p>Ohjelma: Tulevaisuuden sote-keskus</p>
<p>Kunnat: Juva, Puumala</p></aside>
<p>Fysioterapeutti tekee kotikäyntejä kylissä.</p>
<aside><h2>Muita hankkeita</h2><ul><li>Perhekeskus verkossa</li><li>Etävastaanotto Kainuussa</li></ul></aside>
</main></body></html>"""


def lines_of(html: str) -> list[str]:
    return read_bytes(html.encode(), file_name="sivu.html", max_bytes=1_000_000).lines


def test_a_fact_box_is_read_and_a_list_of_other_pages_is_not() -> None:
    lines = lines_of(PAGE)
    assert "Rahoittaja: sosiaali- ja terveysministeriö" in lines
    assert "Kunnat: Juva, Puumala" in lines
    assert not any("Perhekeskus verkossa" in line or "Muita hankkeita" in line for line in lines)


@pytest.mark.parametrize(
    ("html", "box"),
    [
        ("<aside><dl><dt>Hankeaika</dt><dd>2023–2025</dd><dt>Rahoittaja</dt><dd>STM</dd></dl></aside>", True),
        (
            "<aside><table><tr><td>Kesto:</td><td>2023–2025</td></tr><tr><td>Avustus:</td><td>1 M€</td></tr></table></aside>",
            True,
        ),
        ("<aside><p>Kesto: 2023–2025</p><p>Avustus: 640 000 €</p></aside>", True),
        (
            "<aside><ul><li>Kesto: 2023–2025</li><li>Avustus: 640 000 €</li><li>Kunnat: Kitee</li></ul></aside>",
            True,
        ),
        (
            "<aside><h2>Katso myös</h2><ul><li><a href='/a'>Liikkuva neuvola</a></li><li>Chat: nuoret</li></ul></aside>",
            False,
        ),
        ("<aside><h3>Lisätietoja</h3><p>Hankejohtaja Liisa Esimerkki, puh. 044 000 0000</p></aside>", False),
        ("<aside><p>Huom: sivu päivittyy.</p></aside>", False),  # one pair is a note, not a box
        # A status box: a table of the page's own words (test24 r10's class); a table of links is not.
        (
            "<aside><table><tr><th>Aikataulu</th><th>Kulut</th></tr><tr><td>●</td><td>●</td></tr></table></aside>",
            True,
        ),
        (
            "<aside><table><tr><td><a href='/a'>Perhekeskus</a></td><td><a href='/k'>Kainuu</a></td></tr>"
            "<tr><td><a href='/b'>Etäneuvola</a></td><td>Lappi</td></tr></table></aside>",
            False,
        ),
        ("<aside><table><tr><td>Aikataulu</td><td>vihreä</td></tr></table></aside>", False),  # one row
        # A marked label and its value with no colon (test38 oi01, test34 oe01; tune u1503, u1504): a box.
        (
            "<aside><p><strong>Rahoittaja</strong><br>STM</p><p><strong>Toteutuspaikka</strong><br>Juva ja Puumala</p></aside>",
            True,
        ),
        (
            "<aside><div><h3>Toteutuspaikka</h3><p>Kitee</p></div><div><h3>Rahoittaja</h3><p>STM</p></div></aside>",
            True,
        ),
        # Bold names over links are a list of other pages (tune u1505); bold words inside sentences are no labels.
        (
            "<aside><h3>Muut hankkeet</h3><p><strong>Perhekeskus</strong><br><a href='/a'>Lue lisää</a></p>"
            "<p><strong>Etäneuvola</strong><br><a href='/b'>Lue lisää</a></p></aside>",
            False,
        ),
        (
            "<aside><p>Soita <strong>Liisalle</strong> arkisin.</p><p>Katso myös <b>Kainuun</b> sivut.</p></aside>",
            False,
        ),
        # R12-5b: cards of other projects whose labels are field labels: a card's title under the aside's heading, a
        # label written twice (two cards).
        (
            "<aside><h2>Samankaltainen hanke</h2><h3>Perhekeskus verkossa</h3><p><strong>Toteuttaja</strong><br>"
            "Pohjois-Karjalan hyvinvointialue</p><p><strong>Toteutuspaikka</strong><br>Joensuu</p>"
            "<p><strong>Rahoittaja</strong><br>Kela</p></aside>",
            False,
        ),
        (
            "<aside><div><p><b>Hankeaika</b> 2022–2025</p><p><b>Toteutuspaikka</b> Joensuu</p></div>"
            "<div><p><b>Hankeaika</b> 2023–2024</p><p><b>Toteutuspaikka</b> Kajaani</p></div></aside>",
            False,
        ),
        # Two labels of one field ("Toteutuspaikka" and "Paikkakunta, maakunta tai hyvinvointialue": test34 oe01).
        (
            "<aside><div><h3>Toteutuspaikka</h3><p>Saarijärvi</p></div><div><h3>Paikkakunta, maakunta tai"
            " hyvinvointialue</h3><p>Keski-Suomen hyvinvointialue</p></div></aside>",
            True,
        ),
        # R12-5: bold titles of other projects, news headings, people's names over text: their labels name no field.
        (
            "<aside><h2>Muita hankkeita</h2><p><strong>Perhekeskus verkossa</strong><br>Pohjois-Karjalan"
            " hyvinvointialue, Joensuu</p><p><strong>Liikkuva neuvola</strong><br>Lapin hyvinvointialue</p></aside>",
            False,
        ),
        (
            "<aside><h3>Ajankohtaista</h3><p>Koulutus Kuopiossa 5.5.</p>"
            "<h3>Tapahtumat</h3><p>Verkostopäivä Oulussa syyskuussa.</p></aside>",
            False,
        ),
        (
            "<aside><p><strong>Maija Meikäläinen</strong><br>projektipäällikkö</p>"
            "<p><strong>Matti Esimerkki</strong><br>kehittäjä, Kuopion kaupunki</p></aside>",
            False,
        ),
    ],
)
def test_a_fact_box_is_told_by_its_label_value_pairs(html: str, box: bool) -> None:
    aside = BeautifulSoup(html, "html.parser").find("aside")
    assert aside is not None
    assert fact_box(aside) is box  # type: ignore[arg-type]


def test_a_box_of_marked_labels_is_read() -> None:
    """A fact box of bold labels over their values (test38 oi01's class) is read, its values on their lines."""
    lines = lines_of(
        "<html><body><main><h1>Muistihoitaja kotona</h1><aside class='perustiedot'>"
        "<p><strong>Toteutuspaikka</strong><br>Juva ja Puumala</p><p><strong>Rahoittaja</strong><br>STM</p></aside>"
        "<p>Hoitaja tekee kotikäyntejä.</p></main></body></html>"
    )
    assert "Juva ja Puumala" in lines and "STM" in lines


def test_an_abbreviation_reads_with_what_its_title_says_it_stands_for() -> None:
    """An abbreviation ("<abbr title='grön – enligt plan'>G</abbr>") is a letter a reader hovers over; printed,
    the title stands beside it. A long abbreviation, or one whose title only repeats it, stays as is."""
    lines = lines_of(
        "<html><body><main><p>Läget: <abbr title='grön – enligt plan'>G</abbr></p>"
        "<p><abbr title='Sosiaali- ja terveysministeriö'>STM</abbr> myönsi avustuksen.</p>"
        "<p><abbr title='stm'>STM</abbr> ja <abbr title='x'>Tulevaisuuden sote-keskus -ohjelma</abbr></p>"
        "</main></body></html>"
    )
    assert "Läget: G (grön – enligt plan)" in lines
    assert "STM (Sosiaali- ja terveysministeriö) myönsi avustuksen." in lines
    assert "STM ja Tulevaisuuden sote-keskus -ohjelma" in lines


def test_a_fact_box_beside_the_marked_content_is_read_and_links_beside_it_are_not() -> None:
    """A sidebar's status table next to role="main" (test27 i28's class; here Finnish and an <aside>)."""
    lines = lines_of(
        "<html><body><header><nav><a href='/'>Etusivu</a></nav></header>"
        "<div class='wrap'><main><h1>Yöhoitaja kotiin</h1><p>Hanke toimii Imatralla.</p></main>"
        "<aside><h2>Tila 11/2024</h2><table><tr><th>Osa-alue</th><th>Arvio</th></tr>"
        "<tr><td>Aikataulu</td><td>vihreä</td></tr><tr><td>Kustannukset</td><td>keltainen</td></tr></table></aside>"
        "<div role='complementary'><h2>Katso myös</h2><table><tr><td><a href='/a'>Kotisairaala</a></td>"
        "<td><a href='/b'>Etäklinikka</a></td></tr><tr><td><a href='/c'>Perhekeskus</a></td><td>Lappi</td></tr>"
        "</table></div></div><footer><aside><table><tr><td>Osoite</td><td>Katu 1</td></tr>"
        "<tr><td>Puhelin</td><td>000</td></tr></table></aside></footer></body></html>"
    )
    assert lines[0] == "Yöhoitaja kotiin"
    assert "Aikataulu\tvihreä" in lines and "Kustannukset\tkeltainen" in lines  # after the content
    assert lines.index("Aikataulu\tvihreä") > lines.index("Hanke toimii Imatralla.")
    text = "\n".join(lines)
    assert "Kotisairaala" not in text and "Katu 1" not in text  # links beside it; the footer's box


def test_an_icons_short_alt_text_reads_as_its_label() -> None:
    """Status icons whose alt is a word, not a colour (test22 q04's class); photos and decoration stay out."""
    lines = lines_of(
        "<html><body><main><table><tr><td>Tidtabell</td><td><img src='ok.svg' alt='I fas'></td></tr>"
        "<tr><td>Kostnader</td><td><img src='v.svg' alt='Kräver åtgärder'></td></tr></table>"
        "<p><img src='p.jpg' alt='Två sjukskötare och en klient vid ett köksbord i Närpes under ett hembesök'></p>"
        "<p><img src='line.png' alt=''>Slut.</p></main></body></html>"
    )
    assert "Tidtabell\tI fas" in lines and "Kostnader\tKräver åtgärder" in lines
    assert not any("Närpes" in line for line in lines)  # a photo's description is not read
    assert "Slut." in lines


def test_a_field_marked_up_inline_reads_as_its_label_and_value_lines() -> None:
    """'<span class="field-label">X</span> <span>Y</span>' (test22 q04's class): two lines, not one."""
    lines = lines_of(
        "<html><body><main><div><span class='field-label'>Rahoittaja</span> <span>STM</span></div>"
        "<p><strong>Huom!</strong> <span>Sivu päivittyy.</span></p></main></body></html>"
    )
    assert lines[:2] == ["Rahoittaja", "STM"]
    assert "Huom! Sivu päivittyy." in lines  # no label class: a sentence as it stands
