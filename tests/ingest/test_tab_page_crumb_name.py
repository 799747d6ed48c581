"""An Innokylä tab page whose title is a breadcrumb is named by the crumb's own item, not the whole trail
(invented text; innokyla._begin through identity.last_crumb): "Innokylä › Toimintamallit › X" names X,
"Start » Verksamhetsmodeller » X » Utvärdering" names X (the last item is the page's tab)."""

from __future__ import annotations

from hankegraafi.ingest.extract import extract
from hankegraafi.ingest.readers import read_bytes


def _root(text: str) -> str:
    return extract(read_bytes(text.encode(), file_name="sivu.md", max_bytes=100_000)).projects[0].name


def test_a_crumb_trail_over_the_tabs_names_its_last_item() -> None:
    text = (
        "Innokylä › Toimintamallit › Muistiluotsi kotiin\n\n"
        "[Kuvaus](../kuvaus) | [Kehittämisen polku](../polku) | **Arviointi** | [Juurruttaminen](../juurruttaminen)\n\n"
        "# Muistiluotsi kotiin – Arviointi\n\n"
        "Toimintamalli: Muistiluotsi kotiin (Kanta-Hämeen hyvinvointialue, Hämeenlinna ja Riihimäki)\n\n"
        "## Arvioinnin asetelma\n\nHämeen ammattikorkeakoulu haastatteli asiakkaita ja muistihoitajia.\n"
    )
    assert _root(text) == "Muistiluotsi kotiin"


def test_a_crumb_trail_ending_in_the_tab_names_the_item_before_it() -> None:
    text = (
        "Start » Verksamhetsmodeller » Minnesstöd i hemmet » Utvärdering\n\n"
        "[Verksamhetsmodell](../modell) | [Utvecklingsväg](../vag) | **Utvärdering** | [Förankring](../forankring)\n\n"
        "# Utvärdering\n\nVerksamhetsmodellen Minnesstöd i hemmet utvecklades i Vasa och Korsholm.\n"
    )
    assert _root(text) == "Minnesstöd i hemmet"
