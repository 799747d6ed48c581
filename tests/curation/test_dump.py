"""The N-Quads dump carries the curation graph and the corrections beside the documents."""

from __future__ import annotations

import gzip
from pathlib import Path

from flask import Flask
from rdflib import Literal, URIRef

from hankegraafi.ingest import curation
from hankegraafi.ontology.namespaces import HG
from tests.curation.documents import PROJECT

BASE = "https://w3id.org/hankegraafi/id/"


def test_dump_carries_decisions_and_corrections(review_app: Flask, tmp_path: Path) -> None:
    review_app.extensions["hankegraafi.pages"].dump_dir = str(tmp_path / "dumps")
    store = review_app.extensions["hankegraafi"].runner.store
    decision, state = curation.decide(
        store,
        BASE,
        "set",
        URIRef(PROJECT),
        by=curation.default_agent(BASE),
        prop=HG.endDate,
        corrected=Literal("2023"),
    )
    assert state == "applied"
    review_app.extensions["hankegraafi"].runner.generation += 1  # the data changed under the app
    answer = review_app.test_client().get("/dumps/hankegraafi.nq.gz")
    assert answer.status_code == 200
    lines = gzip.decompress(answer.data).decode("utf-8").splitlines()
    answer.close()
    curation_graph = f"<{BASE}meta/curation> ."
    assert any(line.startswith(f"<{decision}> ") and line.endswith(curation_graph) for line in lines)
    corrections = [line for line in lines if f"<{HG.decision}> <{decision}>" in line]
    assert len(corrections) == 1 and corrections[0].endswith(f"<{BASE}graph/kuvitelma-innokyla-txt> .")
