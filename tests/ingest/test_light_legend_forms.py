"""Legends in the forms a template prints them (issue 13, stop 31, F9; test10 a05, a10, a12).

A scale's ranges with no "=" ("4-5 suunnitelman mukaan, 1-3 poikkeama"), a mark repeated as a scale
("◆◆◆ = …, ◆◆ = …, ◆ = …": each run its own mark) and a legend broken over two lines ("(A = …, B =
…," / "C = …)") explain the marks of the document's lights as a one-line legend does. Invented text.
"""

from __future__ import annotations

from hankegraafi.ingest.extract import extract
from hankegraafi.ingest.lightvalues import document_legend, score_pairs
from hankegraafi.ingest.readers import read_bytes


def _lights(text: str) -> dict[str, object]:
    x = extract(read_bytes(text.encode(), file_name="raportti.txt", max_bytes=100_000))
    return {light.dimension: light.value for p in x.projects for light in p.lights}


_HEAD = "Tilanneraportti 1/2025\nHankkeen nimi: Kainuun etäkuntoutus -hanke\nHallinnoija: Kainuun hyvinvointialue\n\n"


def test_score_ranges_without_an_equals_sign() -> None:
    assert score_pairs("(3–4 etenee suunnitellusti, 1–2 poikkeama)") == [
        ("3", "etenee suunnitellusti"),
        ("4", "etenee suunnitellusti"),
        ("1", "poikkeama"),
        ("2", "poikkeama"),
    ]
    assert score_pairs("Hankkeessa on 2-3 kuntaa mukana") == [("2", "kuntaa mukana"), ("3", "kuntaa mukana")]
    assert document_legend(["Hankkeessa on 2-3 kuntaa mukana"]) == {}  # no value: no legend


def test_a_scale_of_ranges_rates_the_scores() -> None:
    text = _HEAD + "Arviot (asteikko 1–5; 4–5 etenee suunnitellusti, 1–3 poikkeama)\nAikataulu\t5\nRiskit\t2\n"
    assert _lights(text) == {"schedule": "on-plan", "risks": "deviation"}


def test_runs_of_one_symbol_are_marks_of_their_own() -> None:
    legend = document_legend(["Merkit: ▲▲▲ = etenee suunnitellusti, ▲▲ = pieni poikkeama, ▲ = suuri poikkeama"])
    assert legend == {"▲▲▲": "on-plan", "▲▲": "deviation", "▲": "deviation"}
    text = _HEAD + "Merkit: ▲▲▲ = etenee suunnitellusti, ▲▲ = pieni poikkeama, ▲ = suuri poikkeama\n\n"
    text += "- Aikataulu: ▲▲▲\n- Kustannukset: ▲▲\n"
    assert _lights(text) == {"schedule": "on-plan", "costs": "deviation"}


def test_a_legend_broken_over_two_lines_is_read_whole() -> None:
    lines = ["ARVIO (X = etenee suunnitellusti, Y = pieniä poikkeamia,", "Z = merkittäviä poikkeamia)"]
    assert document_legend(lines) == {"X": "on-plan", "Y": "deviation", "Z": "deviation"}
    text = _HEAD + "\n".join(lines) + "\nAikataulu\tX\nHenkilöstö\tZ\n"
    assert _lights(text) == {"schedule": "on-plan", "staff": "deviation"}
