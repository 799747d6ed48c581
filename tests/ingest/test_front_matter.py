"""A Markdown file's YAML front matter holds fields: "hanke: X" names the project as "Hanke: X" would.

The keys are in lower case, as YAML writes them, so the segmenter read "hanke: X" as a title line and
named the project "hanke: X". The texts are invented.
"""

from __future__ import annotations

from hankegraafi.ingest.extract import extract
from hankegraafi.ingest.plaintext import front_matter
from hankegraafi.ingest.readers import read_bytes

PAGE = """---
otsikko: Väliraportti 1/2025
hanke: Kotiin kuntoutumaan -hanke
pvm: 2025-03-31
---

# Väliraportti 1/2025

Etelä-Pohjanmaan hyvinvointialueen kotikuntoutus laajeni Seinäjoelle ja Lapualle. Fysioterapeutit
tekivät kotihoidon asiakkaiden luona 420 käyntiä.
"""


def test_front_matter_keys_become_labels() -> None:
    lines = [
        "---",
        "otsikko: Väliraportti 1/2025",
        'hanke: "Kotiin kuntoutumaan -hanke"',
        "---",
        "",
        "Teksti: ei",
    ]
    assert front_matter(lines) == [
        "---",
        "otsikko\tVäliraportti 1/2025",
        "hanke\tKotiin kuntoutumaan -hanke",
        "---",
        "",
        "Teksti: ei",
    ]


def test_a_fenced_block_of_text_is_no_front_matter() -> None:
    lines = ["---", "Hanke eteni suunnitellusti.", "hanke: X", "---"]
    assert front_matter(lines) == lines
    assert front_matter(["hanke: X", "---"]) == ["hanke: X", "---"]


def test_the_front_matter_names_the_project() -> None:
    x = extract(read_bytes(PAGE.encode(), file_name="valiraportti.md", max_bytes=1_000_000))
    assert [p.name for p in x.projects] == ["Kotiin kuntoutumaan -hanke"]
