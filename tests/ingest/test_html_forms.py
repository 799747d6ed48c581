"""A saved web form's answers are read from its controls (issue 13, stop 37; test23 s34, tune u810).

A report filled in a portal and saved from the browser keeps its answers in markup only. Invented text.
"""

from __future__ import annotations

from pathlib import Path

from hankegraafi.ingest.htmlread import html_lines

_PAGE = """<html><body><main><h1>Väliraportti</h1>
<form><input type="hidden" name="id" value="999 999 €"><fieldset><legend>Perustiedot</legend>
<label>Hankkeen nimi</label> <input type="text" value="Lapin etähoiva -hanke"><br>
<label>Rahoittaja</label> <select><option>Valitse</option><option selected>STM</option></select><br>
<label>Aikataulu</label> <input type="radio" name="a" value="v"> Vihreä
<input type="radio" name="a" value="k" checked> Keltainen<br>
<label>Kustannukset</label> <select><option>– valitse –</option><option>Vihreä</option></select><br>
<label>Salasana</label> <input type="password" value="salainen"><br>
<label>Haku</label> <input type="search" value="kotihoito"> <input type="text" placeholder="esim. 12 000 €">
</fieldset>
<fieldset><legend>Tavoitteet</legend>
<label><input type="checkbox" checked> Etäkäynnit käytössä</label><br>
<label><input type="checkbox"> Vertaisryhmät verkossa</label>
<textarea>Ensimmäinen rivi.
Toinen rivi.</textarea>
</fieldset></form></main></body></html>"""


def _read() -> tuple[list[str], dict[int, int]]:
    headings: dict[int, int] = {}
    return html_lines(_PAGE.encode(), Path("lomake.html"), headings=headings), headings


def test_a_control_shows_its_answer_beside_its_label() -> None:
    lines, _ = _read()
    assert "Hankkeen nimi\tLapin etähoiva -hanke" in lines
    assert "Rahoittaja\tSTM" in lines  # the chosen option, not the list
    assert "Aikataulu\t( ) Vihreä (x) Keltainen" in lines  # radio buttons as a printout marks them
    assert "Kustannukset\t– valitse –" in lines  # nothing chosen: the first option, as a browser shows
    assert "[x] Etäkäynnit käytössä" in lines and "[ ] Vertaisryhmät verkossa" in lines
    assert lines[-2:] == ["Ensimmäinen rivi.", "Toinen rivi."]  # a text area's lines stay lines


def test_what_a_form_does_not_show_is_not_read() -> None:
    lines, _ = _read()
    text = "\n".join(lines)
    for hidden in ("999 999", "salainen", "kotihoito", "12 000"):
        assert hidden not in text  # hidden fields, passwords, search boxes, placeholders
    assert "Salasana" in lines and "Haku" in lines  # their labels stand alone, as printed


def test_a_fieldset_legend_is_a_heading_below_the_title() -> None:
    lines, headings = _read()
    assert headings[lines.index("Väliraportti") + 1] == 1
    assert headings[lines.index("Perustiedot") + 1] == 2
    assert headings[lines.index("Tavoitteet") + 1] == 2


def test_a_footnote_mark_after_an_amount_is_no_digit_of_it() -> None:
    """ "312 000<sup>2</sup>" read as text made 3 120 002; a mark after a word may be what the text says."""
    page = b"<p>Budjetti 312 000<sup>2</sup> euroa. Kustannukset<sup>*</sup> ylittyiv\xc3\xa4t.</p>"
    assert html_lines(page, Path("a.html")) == ["Budjetti 312 000 euroa. Kustannukset* ylittyivät."]


_SLIDERS = """<html><body><form><fieldset><legend>Läget</legend>
<datalist id="skala"><option value="1">grön</option><option value="2">gul</option><option value="3">röd</option></datalist>
<label for="a">Tidtabell</label> <input id="a" type="range" min="1" max="3" list="skala" value="3"><br>
<label for="b">Kostnader</label> <input id="b" type="range" min="1" max="3" list="skala" value="1"><br>
<label for="c">Personal</label> <input id="c" type="range" min="1" max="3" value="2"><br>
<label for="d">Risker</label> <input id="d" type="range" min="1" max="3" list="skala"><br>
<label for="e">Nöjdhet</label> <input id="e" type="range" min="0" max="10" list="saknas" value="7">
</fieldset></form></body></html>"""


def test_a_slider_shows_its_value_and_the_mark_its_list_gives_it() -> None:
    """A portal's rating sliders (test24 r15's class; here Swedish marks as option text, not labels)."""
    lines = html_lines(_SLIDERS.encode(), Path("reglage.html"))
    assert "Tidtabell\t3 röd" in lines and "Kostnader\t1 grön" in lines
    assert "Personal\t2" in lines  # no list of marks: the value alone
    assert "Risker" in lines  # no value of its own: the slider shows nothing a reader reads
    assert "Nöjdhet\t7" in lines  # a list the page does not hold: the value alone


def test_a_slider_says_what_its_aria_valuetext_says() -> None:
    """A slider without marks whose value text a screen reader reads out (test27 i26's class)."""
    page = (
        "<html><body><form><label>Aikataulu</label> <input type='range' min='1' max='3' value='2'"
        " aria-valuetext='keltainen, lievä poikkeama'><br><label>Riskit</label>"
        " <input type='range' value='3' aria-valuetext='3 – punainen'></form></body></html>"
    )
    lines = html_lines(page.encode(), Path("lomake.html"))
    assert "Aikataulu\t2 keltainen, lievä poikkeama" in lines
    assert "Riskit\t3 – punainen" in lines
