"""A light's state that only the page's markup gives, keyed by a legend drawn the same way: a dot selected by a
``data-`` attribute (``<li data-status="warn">Riskit</li>`` under ``<li data-status="warn">pieni poikkeama</li>``,
test31 ic07), a shaded cell whose class is a colour key's (test29 ib02) (``lightmarkup.spell_legend_marks``).
Invented here in other areas and words (tune u1543, u1544); the negative marks places, not dimensions, with a
legend's marks (tune u1545)."""

from __future__ import annotations

from hankegraafi.ingest.extract import extract
from hankegraafi.ingest.readers import read_bytes


def _lights(page: str) -> set[tuple[str, str | None]]:
    x = extract(read_bytes(page.encode(), file_name="page.html", max_bytes=100_000))
    return {(light.dimension, light.value) for p in x.projects for light in p.lights}


_HEAD = """<html><head><meta charset="utf-8"></head><body><main>
<h1>Perhekeskus Lappiin</h1>
<p>Lapin hyvinvointialueen hanke tuo perhekeskuksen palvelut Rovaniemelle ja Kemiin.</p>"""


def test_items_marked_as_a_legends_entries_take_its_words() -> None:
    page = f"""{_HEAD}
<ul><li class="m" data-rag="g">suunnitelman mukaan</li><li class="m" data-rag="r">merkittävä poikkeama</li></ul>
<ul><li class="m" data-rag="r">Aikataulu</li><li class="m" data-rag="g">Kustannukset</li></ul>
</main></body></html>"""
    assert _lights(page) == {("schedule", "deviation"), ("costs", "on-plan")}


def test_shaded_cells_take_the_colour_keys_words() -> None:
    page = f"""{_HEAD}
<table><tr><td class="k a1"></td><td>on plan</td></tr><tr><td class="k a2"></td><td>deviation</td></tr></table>
<table><tr><td>Area</td><td>Status</td></tr>
<tr><td>Schedule</td><td class="k a2"></td></tr><tr><td>Staff</td><td class="k a1"></td></tr></table>
</main></body></html>"""
    assert _lights(page) == {("schedule", "deviation"), ("staff", "on-plan")}


def test_places_marked_by_a_legend_rate_nothing() -> None:
    page = f"""{_HEAD}
<ul><li data-open="y">as planned</li><li data-open="n">needs attention</li></ul>
<ul><li data-open="y">Rovaniemi, tiistai</li><li data-open="n">Kemi, keskiviikko</li></ul>
</main></body></html>"""
    assert _lights(page) == set()
