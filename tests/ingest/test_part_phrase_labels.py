"""A head field whose label is a phrase headed by a part's word names the part the report is about.

"Raportoitava osakokonaisuus: X", "Aktuellt delprojekt | Y", "Tarkasteltava investointi: Investointi 2: Z":
the label's last word is a word of the ``project-part`` vocabulary, the words before it modify it
(partwords.part_label). Before, only the part's word alone was read as such a label ("Osahanke | X"), and
a report of one part under a template's own wording filed its lights and tables under the whole. Found
by the variant generator (labels=other x unit_of=part: cost cells and lights 0 %); tuning document u362.
"""

from __future__ import annotations

import pytest

from hankegraafi.ingest.extract import extract
from hankegraafi.ingest.facts.partwords import part_label
from hankegraafi.ingest.readers import read_bytes

_LIGHTS = "\n\nTilannekuva\nOsa-alue\tTila\nAikataulu\tvihreä\nRiskit\tkeltainen\n"


def _units(head: str, file_name: str = "raportti.txt") -> list[tuple[str, list[tuple[str, str]]]]:
    text = "Seurantaraportti 2/2024\n\n" + head + _LIGHTS
    x = extract(read_bytes(text.encode(), file_name=file_name, max_bytes=100_000))
    return [(p.name, [(light.dimension, light.value) for light in p.lights]) for p in x.projects]


@pytest.mark.parametrize(
    ("label", "kind"),
    [
        ("Osahanke", "sub-project"),
        ("Raportoitava osakokonaisuus", "sub-project"),
        ("Aktuellt delprojekt:", "sub-project"),
        ("**Tarkasteltava investointi**", "investment"),
        ("Reported work stream", "sub-project"),
    ],
)
def test_a_phrase_headed_by_a_parts_word_labels_a_part(label: str, kind: str) -> None:
    found = part_label(label)
    assert found is not None and found[0] == kind


@pytest.mark.parametrize(
    "label",
    [
        "Osakokonaisuudet",  # a plural heads a list of parts, no one part
        "Investointi 2",  # a part's own line, not a label
        "Investointi (€)",  # a column's header over sums
        "Osakokonaisuus ja sen tavoitteet",  # the head is not the last word
        "Hankkeen nimi",
    ],
)
def test_other_labels_name_no_part(label: str) -> None:
    assert part_label(label) is None


def test_the_part_under_a_phrase_label_owns_the_lights() -> None:
    head = (
        "Hanke: Ikäihmisten kotona asumisen tuki\n"
        "Tarkasteltava osahanke: Muistihoitajan etävastaanotto\n"
        "Hallinnoija: Kainuun hyvinvointialue"
    )
    assert _units(head) == [
        ("Ikäihmisten kotona asumisen tuki", []),
        ("Muistihoitajan etävastaanotto", [("schedule", "on-plan"), ("risks", "deviation")]),
    ]


def test_a_numbered_part_under_a_phrase_label_owns_the_lights() -> None:
    head = (
        "Hanke\tIkäihmisten kotona asumisen tuki\n"
        "Raportoitava investointi\tInvestointi 2: Muistihoitajan etävastaanotto\n"
        "Hallinnoija\tKainuun hyvinvointialue"
    )
    assert _units(head) == [
        ("Ikäihmisten kotona asumisen tuki", []),
        ("Investointi 2: Muistihoitajan etävastaanotto", [("schedule", "on-plan"), ("risks", "deviation")]),
    ]
