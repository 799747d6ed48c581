"""The gazetteer knows a concept by its labels in all three languages of the vocabularies.

Found by the probe set test19 (stop 34): an English status summary ("LAPLAND WELLBEING SERVICES
COUNTY", "Funding: Ministry of Social Affairs and Health", "Lapland University of Applied
Sciences") was refused as about no sote project, since only Finnish and Swedish labels were indexed.
"""

from __future__ import annotations

import pytest

from hankegraafi.ingest.entities import Gazetteer
from hankegraafi.ingest.extract import extract
from hankegraafi.ingest.readers import read_bytes
from hankegraafi.ontology.namespaces import vocab


@pytest.mark.parametrize(
    ("text", "iri"),
    [
        ("Lapland wellbeing services county", vocab("county", "21")),
        ("Funding: Ministry of Social Affairs and Health (RRF)", vocab("organisation", "stm")),
        ("Kainuu wellbeing services county runs the project", vocab("county", "20")),
    ],
)
def test_an_english_label_finds_its_concept(text: str, iri: object) -> None:
    found = {m.entry.iri for m in Gazetteer.default().find(text)}
    assert iri in found, found


def test_an_english_summary_of_a_project_is_read_not_refused() -> None:
    text = (
        "KAINUU WELLBEING SERVICES COUNTY\n"
        "Home Care at a Distance - half-year summary for the steering group\n"
        "Reporting date: 31 March 2025\n"
        "Funding: Ministry of Social Affairs and Health\n\n"
        "The remote visits started in Kajaani and Suomussalmi in January.\n"
    )
    x = extract(read_bytes(text.encode(), file_name="kainuu_en_summary.txt", max_bytes=1_000_000))
    assert x.kind != "refused"
    assert {str(p.region.iri) for p in x.projects if p.region is not None} == {str(vocab("county", "20"))}
