"""A work package with its own lights or cost table reports on its own: it is a part, not a heading.

The ``project-part`` vocabulary makes a work package a task of the whole ("Työpaketti 1: Hallinnointi
ja viestintä" over a sentence): its line is a heading and its text the whole's. A report whose
template gives each work package its lights and cost table ("Työpaketti 1: X" over "Aikataulu |
VIHREÄ", "Arbetspaket 2 – Y" over "Tidtabell: röd") makes each a reporting unit, as a sub-project is
(partlines.reports_alone). Found on test12 (c06); tuning document u364.
"""

from __future__ import annotations

from hankegraafi.ingest.extract import extract
from hankegraafi.ingest.readers import read_bytes


def _units(text: str) -> list[tuple[str, list[tuple[str, str]]]]:
    x = extract(read_bytes(text.encode(), file_name="raportti.txt", max_bytes=100_000))
    return [(p.name, [(light.dimension, light.value) for light in p.lights]) for p in x.projects]


_REPORT = """\
Väliraportti 1/2025
Hanke: Kotihoidon etäpalvelut Kainuussa
Hallinnoija: Kainuun hyvinvointialue

2 Työpaketit

Työpaketti 1: Etäkäynnit
Liikennevalo\tTila
Aikataulu\tvihreä
Riskit\tpunainen

Työpaketti 2: Hallinnointi
Ohjausryhmä kokoontuu kuukausittain.

3 Seuraava kausi
Työ jatkuu suunnitellusti.
"""


def test_a_work_package_with_its_lights_is_a_part_and_one_without_a_heading() -> None:
    assert _units(_REPORT) == [
        ("Kotihoidon etäpalvelut Kainuussa", []),
        ("Työpaketti 1: Etäkäynnit", [("schedule", "on-plan"), ("risks", "deviation")]),
    ]
