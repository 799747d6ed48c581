"""Words of a light's value the vocabulary holds (ontology/vocab/status.ttl, scheme light-value), stop 44.

A course kept or lost ("I kurs" / "Ur kurs", "On course" / "Off course"), a stream "slipping", a risk level
"koholla": reports of several authors rate with them (test35 of06 of10, test27 i50 i97, test31 ic27; tuning
documents u1282, u1284) and they were read as no value. Each is one vocabulary line, not Python. The negative
side: "deltog i kurs" in a sentence is no rating (a value's first words only).
"""

from __future__ import annotations

from hankegraafi.ingest import lightvalues
from hankegraafi.ingest.extract import extract
from hankegraafi.ingest.readers import read_bytes


def _lights(text: str, name: str) -> dict[str, dict[str, str | None]]:
    x = extract(read_bytes(text.encode(), file_name=name, max_bytes=100_000))
    return {p.name: {light.dimension: light.value for light in p.lights} for p in x.projects if p.lights}


def test_words_of_a_course_kept_or_lost() -> None:
    text = (
        "LÄGESRAPPORT 2/2025\n\nProjekt: Hemrehabilitering i Kymmenedalen\n"
        "Välfärdsområde: Kymmenedalens välfärdsområde\n\n"
        "Fysioterapeuterna deltog i kurs om distansrehabilitering i maj.\n\nLÄGET\n\n"
        "Tidsplan: I kurs\nKostnader: Ur kurs – resorna blev dyrare än beräknat\nPersonal: I kurs\n"
    )
    assert _lights(text, "rapport.txt") == {
        "Hemrehabilitering i Kymmenedalen": {"schedule": "on-plan", "costs": "deviation", "staff": "on-plan"}
    }
    assert lightvalues.value_of("slipping by a month") == "deviation"
    assert lightvalues.value_of("riskitaso koholla") == "deviation"
    assert lightvalues.value_of("On course") == "on-plan"
