"""The last of a run of parts ends at the first heading after it when the parts before it hold none.

A page lists its parts as headings over a short text each ("Osahanke 1: A" / a sentence / "Osahanke 2:
B" / a sentence) and goes on with the whole's sections ("Liikennevalot", "Talous"); its lines keep no
heading level, so the whole's lights and tables were filed under the last part
(partscopes.close_last_of_run). Found by the variant generator (parts_form=headings: lights 17 %, all
under the last part) and named by N1 for test7 y08; tuning document u365.
"""

from __future__ import annotations

from hankegraafi.ingest.extract import extract
from hankegraafi.ingest.readers import read_bytes


def _lights(html: str) -> dict[str, list[tuple[str, str]]]:
    x = extract(read_bytes(html.encode(), file_name="sivu.html", max_bytes=100_000))
    return {p.name: [(light.dimension, light.value) for light in p.lights] for p in x.projects}


_PAGE = """<html><body><main><h1>Kotisairaalan laajennus</h1>
<p>Hallinnoija: Pirkanmaan hyvinvointialue.</p>
<h2>Osahankkeet</h2>
{parts}
<h2>Liikennevalot</h2>
<ul><li>Aikataulu: vihreä</li><li>Riskit: punainen</li></ul>
</main></body></html>"""

_TWO = """<h3>Osahanke 1: Yöhoitotiimi</h3><p>Tiimi aloitti Tampereella.</p>
<h3>Osahanke 2: Etäseuranta</h3><p>Mittarit jaettiin potilaille.</p>"""


def test_the_wholes_section_after_a_run_of_parts_is_the_wholes() -> None:
    lights = _lights(_PAGE.format(parts=_TWO))
    assert lights["Kotisairaalan laajennus"] == [("schedule", "on-plan"), ("risks", "deviation")]
    assert lights["Osahanke 2: Etäseuranta"] == []


_TEXT_PAGE = """Kotisairaalan laajennus

Hallinnoija: Pirkanmaan hyvinvointialue.

Osahankkeet

Osahanke 1: Yöhoitotiimi

Tiimi aloitti Tampereella.

Liikennevalot

- Aikataulu: vihreä
- Riskit: punainen
"""


def test_a_single_part_shows_no_shape_and_keeps_what_follows() -> None:
    """Plain text marks no heading levels: one part shows no run, and what follows it stays its own. (A
    page's outline decides where its format marks the levels: an ``<h2>`` after the part's ``<h3>``
    under an ``<h2>`` is the whole's section.)"""
    x = extract(read_bytes(_TEXT_PAGE.encode(), file_name="sivu.txt", max_bytes=100_000))
    lights = {p.name: [(light.dimension, light.value) for light in p.lights] for p in x.projects}
    assert lights["Osahanke 1: Yöhoitotiimi"] == [("schedule", "on-plan"), ("risks", "deviation")]


def test_parts_with_sections_of_their_own_keep_them() -> None:
    """In plain text (no heading levels) a run of parts that hold sections of their own shows no run's
    end: the last part keeps what follows. (A page's outline decides where its format marks levels.)"""
    text = _TEXT_PAGE.replace(
        "Osahanke 1: Yöhoitotiimi\n\nTiimi aloitti Tampereella.\n",
        "Osahanke 1: Yöhoitotiimi\n\nTiimi aloitti.\n\nLiikennevalot\n\n- Henkilöstö: keltainen\n\n"
        "Osahanke 2: Etäseuranta\n\nMittarit jaettiin potilaille.\n",
    )
    x = extract(read_bytes(text.encode(), file_name="sivu.txt", max_bytes=100_000))
    lights = {p.name: [(light.dimension, light.value) for light in p.lights] for p in x.projects}
    assert lights["Osahanke 1: Yöhoitotiimi"] == [("staff", "deviation")]
    assert lights["Osahanke 2: Etäseuranta"] == [("schedule", "on-plan"), ("risks", "deviation")]
