"""A choice whose state only ARIA gives: a segmented control of buttons, one pressed ("<button
aria-pressed="true">vihreä</button>…": test29 ib15), or ARIA radios ("<span role="radio" aria-checked="true">")
printed as the radio buttons they stand for (``htmlforms._pressed_groups``), and a ticked option named by the
document's own legend word ("(x) välttävä" under "välttävä = lievä poikkeama": ``lightvalues.marked_option``).
Invented here in other areas and words (tune u1466); the negative is a page's language and filter toggles (u1467)."""

from __future__ import annotations

from hankegraafi.ingest.extract import Extraction, extract
from hankegraafi.ingest.readers import read_bytes

_HEAD = """<html><body><main><h1>Etäkuntoutus Satakunnassa</h1>
<p>Satakunnan hyvinvointialueen hanke Porissa ja Raumalla.</p><h2>Tilannearvio</h2>
"""


def _read(html: str) -> Extraction:
    return extract(read_bytes(html.encode(), file_name="sivu.html", max_bytes=100_000))


def _lights(x: Extraction) -> set[tuple[str, str]]:
    return {(light.dimension, light.value) for p in x.projects for light in p.lights}


def test_a_pressed_button_of_a_group_is_the_ticked_colour() -> None:
    row = '<div><span>{}</span><span role="group">{}</span></div>'
    buttons = lambda on: "".join(  # noqa: E731
        f'<button type="button" aria-pressed="{str(c == on).lower()}">{c}</button>'
        for c in ("vihreä", "keltainen", "punainen")
    )
    html = _HEAD + row.format("Aikataulu", buttons("keltainen")) + row.format("Henkilöstö", buttons("vihreä"))
    assert _lights(_read(html + "</main></body></html>")) == {("schedule", "deviation"), ("staff", "on-plan")}


def test_aria_radios_named_by_the_documents_own_words() -> None:
    legend = "<p>Valittu on voimassa: hyvä = suunnitelman mukaan, heikko = poikkeama.</p>"
    row = '<div><span>{}</span><div role="radiogroup">{}</div></div>'
    radios = lambda on: "".join(  # noqa: E731
        f'<span role="radio" aria-checked="{str(w == on).lower()}">{w}</span>' for w in ("hyvä", "heikko")
    )
    html = (
        _HEAD + legend + row.format("Aikataulu", radios("heikko")) + row.format("Kustannukset", radios("hyvä"))
    )
    assert _lights(_read(html + "</main></body></html>")) == {("schedule", "deviation"), ("costs", "on-plan")}


def test_toggles_of_a_page_are_no_lights() -> None:
    toggles = (
        '<div role="group"><button aria-pressed="true">suomi</button><button aria-pressed="false">svenska'
        '</button></div><button aria-pressed="false">Valikko</button>'
    )
    x = _read(_HEAD + toggles + "<p>Hanke aloitti keväällä.</p></main></body></html>")
    assert _lights(x) == set()
    assert [p.name for p in x.projects] == ["Etäkuntoutus Satakunnassa"]
