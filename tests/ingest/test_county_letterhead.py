"""A county named as it names itself on its letterhead, "Välfärdsområdet X" (scripts/build_vocab.py).

Swedish texts write a county as "Xs välfärdsområde", "Välfärdsområdet i X" and, on the county's own
letterhead, "Välfärdsområdet X". Under a report's title that line is the county, not the project's
name, and the name field below it then names the project, not an investment of a project named after
the county (test12 c12 had it so). All texts are invented.
"""

from __future__ import annotations

import pytest

from hankegraafi.ingest.extract import Extraction, extract
from hankegraafi.ingest.readers import read_bytes


def read(text: str) -> Extraction:
    return extract(read_bytes(text.encode(), file_name="rapport.txt", max_bytes=100_000))


@pytest.mark.parametrize(
    ("county", "code"), [("Välfärdsområdet Västra Nyland", "03"), ("Välfärdsområdet Egentliga Finland", "05")]
)
def test_the_countys_letterhead_under_the_title_is_the_county_not_the_project(county: str, code: str) -> None:
    x = read(
        f"MELLANRAPPORT 2/2024\n{county}\n\n"
        "Projektets namn: Hemvård på distans\n"
        "Rapportperiod: 1.7.2024 - 31.12.2024\n\n"
        "Projektet har köpt 40 surfplattor till hemvården.\n"
    )
    assert [(p.name, p.level) for p in x.projects] == [("Hemvård på distans", "project")]
    assert x.region is not None and str(x.region.iri).endswith(f"/county/{code}")
