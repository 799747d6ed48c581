"""A report whose head names one work package as its subject is that work package's report.

"Tilannekatsaus 1/2025 – Työpaketti 3: X" over lights and a cost table: the work package reports on its
own, as one with its own lights under its heading does (partwords._reports), so subject.named reads a
work package after the title's dash as it reads a sub-project there. Found on test12 c18; tuning
document u367.
"""

from __future__ import annotations

from hankegraafi.ingest.extract import extract
from hankegraafi.ingest.readers import read_bytes


def _lights(text: str) -> dict[str, list[tuple[str, str]]]:
    x = extract(read_bytes(text.encode(), file_name="katsaus.txt", max_bytes=100_000))
    return {p.name: [(light.dimension, light.value) for light in p.lights] for p in x.projects}


def test_the_work_package_the_title_names_owns_the_lights() -> None:
    text = (
        "Lägesrapport 1/2025 – Arbetspaket 4: Digital rådgivning\n\nProjekt: Närvård i Västnyland\n\n"
        "Läget\nTidtabell: gul\nRisker: grön\n"
    )
    assert _lights(text) == {
        "Närvård i Västnyland": [],
        "Arbetspaket 4: Digital rådgivning": [("schedule", "deviation"), ("risks", "on-plan")],
    }


def test_a_work_package_named_in_passing_owns_nothing() -> None:
    text = (
        "Lägesrapport 1/2025\n\nProjekt: Närvård i Västnyland\n\n"
        "Arbetspaket 4 – digital rådgivning – startade i mars.\n\nLäget\nTidtabell: gul\nRisker: grön\n"
    )
    assert _lights(text)["Närvård i Västnyland"] == [("schedule", "deviation"), ("risks", "on-plan")]
