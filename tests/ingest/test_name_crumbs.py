"""A breadcrumb or a table's caption near the top names the report's project.

"Etusivu > Hankkeet > X" above the page's heading: the items before the last are a site's sections,
the last is what the page is about (identity.last_crumb). "Taulukko 1. X: perustiedot": a caption
names the project beside the section of the form it shows (identity.caption_name). Before, each
line was taken whole for the project's name, or the report was named after its file. Found by the
variant generator (name_place=breadcrumb, name_place=caption). All texts are invented.
"""

from __future__ import annotations

from hankegraafi.ingest.extract import extract
from hankegraafi.ingest.facts.identity import caption_name, last_crumb
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


def test_a_caption_names_the_project_beside_the_section_it_shows() -> None:
    assert caption_name("Taulukko 1. Muistiluotsi Keski-Suomessa: perustiedot") == "Muistiluotsi Keski-Suomessa"
    assert caption_name("Tabell 2 – Seniorstöd på distans – grunduppgifter") == "Seniorstöd på distans"
    assert caption_name("Taulukko 3. Kustannukset vuosittain") is None  # no name beside a section
    report = (
        "Väliraportti 1/2025\n\n"
        "Perustiedot\n\n"
        "Taulukko 1. Muistiluotsi Keski-Suomessa: perustiedot\n"
        "Hallinnoija\tKeski-Suomen hyvinvointialue\n\n"
        "Liikennevalot\n"
        "Aikataulu\tvihreä\n"
    )
    extraction = extract(read_bytes(report.encode(), file_name="raportti.txt", max_bytes=100_000))
    assert [p.name for p in extraction.projects] == ["Muistiluotsi Keski-Suomessa"]
