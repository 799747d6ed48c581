"""A breadcrumb at the top of a saved page names the page's project by its last item.

"Etusivu > Hankkeet > X" above the page's heading: the items before the last are a site's sections,
the last is what the page is about (identity.last_crumb, read in the title block). Before, the
line was taken whole for the project's name. Found by the variant generator (name_place=breadcrumb).
All texts are invented.
"""

from __future__ import annotations

from hankegraafi.ingest.extract import extract
from hankegraafi.ingest.facts.identity import last_crumb
from hankegraafi.ingest.readers import read_bytes


def test_the_last_item_of_a_breadcrumb_is_the_pages_name() -> None:
    assert last_crumb("Etusivu > Hankkeet > Muistiluotsi Keski-Suomessa") == "Muistiluotsi Keski-Suomessa"
    assert last_crumb("Framsida » Projekt » Seniorstöd på distans") == "Seniorstöd på distans"
    assert last_crumb("Muistiluotsi Keski-Suomessa") is None  # no crumbs
    assert last_crumb("Hoitoon pääsy nopeutuu kaikilla terveysasemilla > 80 %") is None  # no short sections


def test_a_report_saved_with_its_breadcrumb_is_named_by_its_last_item() -> None:
    page = (
        "Etusivu › Hankkeet › Muistiluotsi Keski-Suomessa\n\n"
        "Muistiluotsi Keski-Suomessa\n\n"
        "Tilanneraportti 1/2025\n\n"
        "Hallinnoija: Keski-Suomen hyvinvointialue\n\n"
        "Liikennevalot\n"
        "Aikataulu: vihreä\n"
    )
    extraction = extract(read_bytes(page.encode(), file_name="sivu.txt", max_bytes=100_000))
    assert [p.name for p in extraction.projects] == ["Muistiluotsi Keski-Suomessa"]
