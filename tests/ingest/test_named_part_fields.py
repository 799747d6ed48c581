"""A report about one part, named by a head field with its bare name ("Osahanke | X", "Osakokonaisuus: X").

The part has no number, as "Osahanke 2: X" has; the field says the report is about it all the same, so
the part reports on its own: its lights and cost tables are its, not the whole project's
(partwords.named_part, partwords.field_part, context.start_sub). A table's header over sums
("Investointi | Myönnetty (€)") names no part. Found by the variant generator (bench/variants,
``unit_of`` = part); tuning document u313.
"""

from __future__ import annotations

import pytest

from hankegraafi.ingest.extract import extract
from hankegraafi.ingest.facts.partwords import field_part
from hankegraafi.ingest.readers import read_bytes

_LIGHTS = "\n\nLiikennevalot\nOsa-alue\tTila\nAikataulu\tvihreä\nRiskit\tkeltainen\n"


def _units(head: str) -> list[tuple[str, list[tuple[str, str]]]]:
    text = "Tilanneraportti 1/2024\n\nPerustiedot\n" + head + _LIGHTS
    x = extract(read_bytes(text.encode(), file_name="raportti.txt", max_bytes=100_000))
    return [(p.name, [(light.dimension, light.value) for light in p.lights]) for p in x.projects]


@pytest.mark.parametrize(
    "field", ["Osahanke\tKotikuntoutuksen etäohjaus", "Osakokonaisuus: Kotikuntoutuksen etäohjaus"]
)
def test_the_part_a_field_names_owns_the_lights(field: str) -> None:
    head = f"Hankkeen nimi\tSaattohoidon kotisairaala\n{field}\nHallinnoija\tSatakunnan hyvinvointialue"
    assert _units(head) == [
        ("Saattohoidon kotisairaala", []),
        ("Kotikuntoutuksen etäohjaus", [("schedule", "on-plan"), ("risks", "deviation")]),
    ]


def test_a_header_over_sums_is_no_part() -> None:
    assert not field_part("Myönnetty (€)")
    head = "Hankkeen nimi\tSaattohoidon kotisairaala\nInvestointi\tMyönnetty (€)\nHallinnoija\tSatakunnan hyvinvointialue"
    assert [name for name, _lights in _units(head)] == ["Saattohoidon kotisairaala"]
