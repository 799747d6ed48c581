"""Markdown's setext and closed headings read as "# Title" (M1, stop 51; ingest/mdheadings.py).

The metamorphic tests (scripts/metamorph.py) wrote every development .md file's headings underlined
("Title\\n=====") or closed ("## Title ##"), as CommonMark allows: 12 of 66 and 10 of 67 files lost names (the
underline "=====" read as the project's name, "Lapin etäpalvelut #" with its hash). Invented text.
"""

from __future__ import annotations

from hankegraafi.ingest.extract import extract
from hankegraafi.ingest.mdheadings import markdown_headings_plain
from hankegraafi.ingest.readers import read_bytes


def test_setext_and_closed_headings_become_atx_line_for_line() -> None:
    lines = [
        "Omaishoitajien vertaistuki verkossa",
        "===================================",
        "",
        "Arvioinnin toteutus",
        "-------------------",
        "Savonia arvioi mallin.",
        "## Liitteet ##",
        "### Kuvat ###   ",
    ]
    assert markdown_headings_plain(lines) == [
        "",
        "# Omaishoitajien vertaistuki verkossa",
        "",
        "",
        "## Arvioinnin toteutus",
        "Savonia arvioi mallin.",
        "## Liitteet",
        "### Kuvat",
    ]


def test_rules_tables_lists_and_paragraphs_stay() -> None:
    lines = [
        "Ensimmäinen kappale.",
        "",
        "---",  # a thematic break after an empty line
        "| Kululaji | Budjetti |",
        "|---|---|",  # a table's delimiter row
        "| Palkat | 10 000 |",
        "---",  # under a table's row: no heading
        "- listan kohta",
        "---",  # under a list item: no heading
        "Kappaleen ensimmäinen rivi",
        "ja toinen rivi",
        "---",  # a paragraph of two lines over it: left as it is
        "## Otsikko ## lisää",  # hashes inside the title are text
        "# C#",  # a title ending in a hash with no space before it
    ]
    assert markdown_headings_plain(lines) == lines


REPORT = """Omaishoitajien vertaistuki verkossa
===================================

[Perustiedot](../perustiedot) | [Kehittämisen polku](../polku) | **Arviointi** | [Liitteet](../liitteet)

_Päivitetty 15.10.2024 · Pohjois-Savon hyvinvointialue_

Toimintamalli on kehitetty Pohjois-Savon hyvinvointialueella.

Arvioinnin toteutus
-------------------

Savonia-ammattikorkeakoulu arvioi mallin kyselyllä. Kuopion kaupunki antoi tilat.
"""


def _names(text: str) -> set[str]:
    document = read_bytes(text.encode("utf-8"), file_name="vertaistuki_arviointi_2024.md", max_bytes=1_000_000)
    return {p.name for p in extract(document).projects}


def test_an_underlined_title_is_the_name_not_its_underline() -> None:
    assert _names(REPORT) == {"Omaishoitajien vertaistuki verkossa"}


def test_a_closed_title_is_the_name_without_its_hashes() -> None:
    closed = REPORT.replace(
        "Omaishoitajien vertaistuki verkossa\n===================================",
        "# Omaishoitajien vertaistuki verkossa #",
    )
    assert _names(closed) == {"Omaishoitajien vertaistuki verkossa"}
