"""A county named in English as texts write it (scripts/build_vocab.english_forms, stop 36).

English texts write "Eastern Uusimaa wellbeing services county", "the Wellbeing Services County of South-West
Finland", "North Savo welfare area": the direction as an adjective, the county word before the place with
"of", other words for a county. A place alone ("Northern Ostrobothnia", "Eastern Uusimaa") names no county.
Texts invented.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

from hankegraafi.ingest.entities import Gazetteer

_SPEC = importlib.util.spec_from_file_location(
    "build_vocab", Path(__file__).resolve().parents[2] / "scripts" / "build_vocab.py"
)
assert _SPEC is not None and _SPEC.loader is not None
build_vocab = importlib.util.module_from_spec(_SPEC)
sys.modules.setdefault("build_vocab", build_vocab)  # dataclasses look it up
_SPEC.loader.exec_module(build_vocab)


def test_english_forms_of_a_county_name() -> None:
    forms = build_vocab.english_forms("East Uusimaa wellbeing services county")
    assert "Eastern Uusimaa wellbeing services county" in forms
    assert "wellbeing services county of East Uusimaa" in forms
    assert "Eastern Uusimaa welfare area" in forms
    assert "East Uusimaa wellbeing services county" not in forms  # the official name is the prefLabel
    assert not any(form in ("East Uusimaa", "Eastern Uusimaa") for form in forms)
    assert "South-West Finland wellbeing services county" in build_vocab.english_forms(
        "Southwest Finland wellbeing services county"
    )
    assert build_vocab.english_forms("City of Helsinki") == []


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("The Eastern Uusimaa wellbeing services county starts a night patrol.", "01"),
        ("The Wellbeing Services County of South-West Finland has started the project.", "05"),
        ("North Savo welfare area reports on the pilot.", "13"),
    ],
)
def test_the_gazetteer_finds_the_county(text: str, code: str) -> None:
    counties = [m.entry.iri for m in Gazetteer.default().find(text) if m.entry.type == "county"]
    assert [str(iri).rsplit("/", 1)[-1] for iri in counties] == [code]


def test_a_place_alone_names_no_county() -> None:
    found = Gazetteer.default().find(
        "A similar model has been in use in Northern Ostrobothnia and Eastern Uusimaa."
    )
    assert [m for m in found if m.entry.type == "county"] == []
