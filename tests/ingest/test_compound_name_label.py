"""A name field labelled by a kind of project the vocabulary lacks ("Kehittämishanke: X").

Finnish and Swedish compounds put the head last, so "Pilottihanke", "Investointihanke" and
"Utvecklingsprojekt" are each a project, and a field so labelled holds the project's name, as
"Hanke: X" does (labels._compound_name_label). Found by the variant generator (labels=other:
the document was named after its file and every fact keyed by its name was lost). All texts
are invented.
"""

from __future__ import annotations

from hankegraafi.ingest.extract import Extraction, extract
from hankegraafi.ingest.labels import match_field
from hankegraafi.ingest.readers import read_bytes


def read(text: str, name: str = "katsaus.txt") -> Extraction:
    return extract(read_bytes(text.encode(), file_name=name, max_bytes=100_000))


def test_a_compound_of_the_project_word_written_as_a_label_is_the_name_field() -> None:
    assert match_field("Pilottihanke:", marked=True) == "name"
    assert match_field("Investointihanke", marked=True) == "name"
    assert match_field("Utvecklingsprojekt", marked=True) == "name"
    assert match_field("Sote-hanke", marked=True) == "name"


def test_only_the_name_field_is_read_by_its_head_and_a_part_word_stays_a_part() -> None:
    assert match_field("Kokonaisrahoitus", marked=True) is None  # a sum, no funder
    assert match_field("Osahanke", marked=True) is None  # a part (project-part vocabulary)
    assert match_field("Delprojekt", marked=True) is None
    assert match_field("Hanke", marked=True) == "name"  # the vocabulary's own label as before


def test_a_compound_alone_on_a_line_is_no_label() -> None:
    # A heading "Tekonurmihanke" or a title "Kyläneuvola-hanke" has no value after it.
    assert match_field("Tekonurmihanke") is None
    assert match_field("Kyläneuvola-hanke") is None


REPORT = (
    "PUOLIVUOTISKATSAUS 1/2025\n\n"
    "Investointihanke:    Muistihoitajan etävastaanotto\n"
    "Laadittu:            3.3.2025\n\n"
    "Tilannekuva\n"
    "Aikataulu: vihreä\n"
    "Kustannukset: punainen – laitehankinnat kallistuivat\n"
)


def test_a_report_whose_name_field_is_a_kind_of_project_is_named_and_keeps_its_lights() -> None:
    extraction = read(REPORT)
    assert [p.name for p in extraction.projects] == ["Muistihoitajan etävastaanotto"]
    lights = extraction.project("Muistihoitajan etävastaanotto").lights
    assert {(light.dimension, light.value) for light in lights} == {
        ("schedule", "on-plan"),
        ("costs", "deviation"),
    }
