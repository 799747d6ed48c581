"""A legend's mark printed before the dimension, a sign in brackets among them (issue 13, stop 31, F9).

"Merkit: (+) etenee suunnitellusti, (-) poikkeama" over "(+) aikataulu", "(-) riskit | X voi viivästyä":
the mark the legend explains rates the dimension after it, on a line, a list item or a row's first cell
(test10 a09; tuning document u347). Without the legend a bracketed sign is no light. Invented text.
"""

from __future__ import annotations

from hankegraafi.ingest.extract import extract
from hankegraafi.ingest.lightvalues import document_legend
from hankegraafi.ingest.readers import read_bytes


def _lights(text: str) -> dict[str, object]:
    x = extract(read_bytes(text.encode(), file_name="raportti.txt", max_bytes=100_000))
    return {light.dimension: light.value for p in x.projects for light in p.lights}


_HEAD = (
    "Tilanneraportti 4/2025\nHankkeen nimi: Lapin etäpalvelut -hanke\nHallinnoija: Lapin hyvinvointialue\n\n"
)


def test_signs_in_brackets_are_a_legends_marks() -> None:
    assert document_legend(["Merkit: (+) etenee suunnitellusti, (-) poikkeama"]) == {
        "(+)": "on-plan",
        "(-)": "deviation",
        "(–)": "deviation",
        "(−)": "deviation",
    }


def test_any_one_mark_in_brackets() -> None:
    assert document_legend(["Merkinnät: (✓) suunnitelman mukaan, (!) poikkeama"]) == {
        "(✓)": "on-plan",
        "(!)": "deviation",
    }


def test_marks_before_the_dimension_rate_it() -> None:
    text = _HEAD + (
        "Merkit: (+) etenee suunnitellusti, (-) poikkeama\n\n"
        "  (+) aikataulu\n"
        "  (-) riskit\tkaluston hankinta voi viivästyä\n"
        "- (+) Henkilöstö — rekrytoinnit valmiit\n"
    )
    assert _lights(text) == {"schedule": "on-plan", "risks": "deviation", "staff": "on-plan"}


def test_without_a_legend_a_bracketed_sign_is_no_light() -> None:
    assert _lights(_HEAD + "  (+) aikataulu\n  (-) riskit\n") == {}
