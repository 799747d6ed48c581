"""A toimintamalli's tab saved as a page names its whole only in its text.

The form's "Toimintamallin kokonaisuus" stands on the main tab; a tab page ("Arviointi",
"Kehittämisen polku") saved alone may name the whole project only as the source of the model's
money or report: "X -hankkeen varoilla", "Kokonaisuuden X väliraportin mukaan". A Markdown
export writes the tab strip as links. Texts are invented.
"""

from __future__ import annotations

import pytest

from hankegraafi.ingest.extract import extract
from hankegraafi.ingest.facts.innokyla import tab_strip
from hankegraafi.ingest.facts.model import Extraction
from hankegraafi.ingest.readers import read_bytes


def read(text: str) -> Extraction:
    return extract(read_bytes(text.encode(), file_name="arviointi.md", max_bytes=1_000_000))


PAGE = (
    "# Muistihoitajan etäkäynnit\n\n[Perustiedot](../) | [Kehittämisen polku](../polku) | **Arviointi**\n\n"
    "## Arviointi\n\nMuistihoitaja teki etäkäyntejä Kuopion ja Iisalmen asiakkaille, ja hoidon jatko sovittiin omaisten kanssa. "
    "{sentence}\n"
)


def test_a_markdown_tab_strip_of_links_is_a_tab_strip() -> None:
    assert tab_strip("[Perustiedot](../) | [Kehittämisen polku](../polku) | **Arviointi**")
    assert not tab_strip("[Etusivu](/) › [Toimintamallit](/toimintamallit)")


@pytest.mark.parametrize(
    ("sentence", "whole"),
    [
        ("Tabletit hankittiin Kotona Savossa -hankkeen varoilla.", "Kotona Savossa -hanke"),
        (
            "Kokonaisuuden Sujuva Arki Savossa väliraportin mukaan kotiutus nopeutui.",
            "Sujuva Arki Savossa",
        ),
        ("Työtä tehtiin yhdessä Kotona Savossa -hankkeen kanssa.", None),
    ],
)
def test_the_whole_a_tab_page_names_in_its_text(sentence: str, whole: str | None) -> None:
    x = read(PAGE.format(sentence=sentence))
    model = x.projects[0]
    assert x.tab_of == "Muistihoitajan etäkäynnit" and model.name == "Muistihoitajan etäkäynnit"
    assert (model.parent.name if model.parent is not None else None) == whole
