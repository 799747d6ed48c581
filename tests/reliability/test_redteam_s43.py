"""Faults the stop-43 red team (R4) found in the public face, each pinned on the behaviour it broke.

- R4-1: ``/reconcile`` echoed a query's ``type`` list into every candidate entry for entry, so a
  list of one type 500 times made a 1 MB request a 210 MB answer built in the web process.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from hankegraafi.ontology.namespaces import HG
from hankegraafi.server import reconcile

COUNTY = str(HG.WellbeingServicesCounty)


@dataclass(frozen=True)
class _Hit:
    iri: str
    label: str
    score: int


def _counties(text: str) -> list[_Hit]:
    """A search that finds 23 counties for any text (as "hyvinvointialue" does on the samples)."""
    return [_Hit(f"https://w3id.org/hankegraafi/vocab/county/{i:02}", f"Alue {i}", 2) for i in range(1, 24)]


def _answer(types: object) -> dict[str, object]:
    queries = {f"q{i}": {"query": "hyvinvointialue", "type": types, "limit": 50} for i in range(20)}
    return reconcile.answer(queries, _counties, lambda iri: {COUNTY}, lambda iri: "", "fi")


def test_a_type_given_many_times_is_named_once_per_candidate() -> None:
    """R4-1: the wanted types are a set (order kept), so the answer's size does not grow with the list."""
    once = _answer(["county"])
    many = _answer(["county", COUNTY, {"id": COUNTY}] * 500)
    assert many == once
    first = many["q0"]["result"][0]  # type: ignore[index]
    assert first["type"] == [{"id": COUNTY, "name": reconcile.TYPE_BY_ID[COUNTY].name("fi")}]
    assert len(many["q0"]["result"]) == 23  # type: ignore[index]
    assert len(json.dumps(many)) < 200_000


def test_two_types_keep_the_order_given() -> None:
    both = reconcile._types(["project", "county", "project", "county"])
    assert [t.key for t in both] == ["project", "county"]
