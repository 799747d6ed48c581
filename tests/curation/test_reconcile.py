"""/reconcile: the Reconciliation Service API 0.2 as OpenRefine calls it."""

from __future__ import annotations

import json

from flask import Flask

from hankegraafi.ontology.namespaces import HG

VOCAB = "https://w3id.org/hankegraafi/vocab/"

#: The fields the spec's manifest schema (0.2) requires, and the ones we offer besides.
REQUIRED = {"versions", "name", "identifierSpace", "schemaSpace"}


def test_manifest_has_the_specs_fields(read_app: Flask) -> None:
    client = read_app.test_client()
    answer = client.get("/reconcile")
    assert answer.status_code == 200 and answer.mimetype == "application/json"
    manifest = answer.get_json()
    assert set(manifest) >= REQUIRED
    assert "0.2" in manifest["versions"]
    assert manifest["identifierSpace"] == "https://w3id.org/hankegraafi/id/"
    assert manifest["schemaSpace"] == str(HG)
    assert all(set(t) == {"id", "name"} for t in manifest["defaultTypes"])
    assert {t["id"] for t in manifest["defaultTypes"]} == {
        str(HG.WellbeingServicesCounty),
        str(HG.Municipality),
        str(HG.Organisation),
        str(HG.DigitalService),
        str(HG.Project),
    }
    assert "{{id}}" in manifest["view"]["url"]
    assert client.get("/reconcile?hl=sv").get_json()["name"].startswith("Hankegraafi: välfärdsområden")


def test_openrefine_sequence_manifest_then_form_encoded_batch(read_app: Flask) -> None:
    client = read_app.test_client()
    assert client.get("/reconcile").status_code == 200
    queries = {
        "q0": {"query": "Kelan", "type": str(HG.Organisation), "limit": 3, "type_strict": "should"},
        "q1": {"query": "DigiFinlandin", "limit": 3},
        "q2": {"query": "Kainuun hyvinvointialueella", "type": "county"},
        "q3": {"query": "Kainuun etäkotihoito", "type": str(HG.Project)},
        "q4": {"query": "Sotkamon", "type": str(HG.Municipality)},
        "q5": {"query": "Kantaan"},
    }
    answer = client.post("/reconcile", data={"queries": json.dumps(queries)})
    assert answer.status_code == 200
    body = answer.get_json()
    assert set(body) == set(queries)
    for result in body.values():
        for candidate in result["result"]:
            assert {"id", "name", "score", "match", "type"} <= set(candidate)
            assert all({"id", "name"} <= set(t) for t in candidate["type"])
    top = {key: result["result"][0] for key, result in body.items()}
    assert top["q0"]["id"] == VOCAB + "organisation/kela" and top["q0"]["match"] is True
    assert top["q1"]["id"] == VOCAB + "organisation/digifinland" and top["q1"]["match"] is True
    assert top["q2"]["id"] == VOCAB + "county/20"
    assert top["q3"]["name"] == "Kainuun etäkotihoito" and top["q3"]["score"] == 100
    assert top["q4"]["type"] == [{"id": str(HG.Municipality), "name": "Kunta"}]
    assert "sotkamo" in top["q4"]["name"].casefold()
    assert top["q5"]["id"] == VOCAB + "service/kanta"  # the national service, in the illative
    # Sorted best first.
    for result in body.values():
        scores = [c["score"] for c in result["result"]]
        assert scores == sorted(scores, reverse=True)


def test_json_body_single_query_and_bad_requests(read_app: Flask) -> None:
    client = read_app.test_client()
    answer = client.post("/reconcile", json={"queries": {"a": {"query": "Kelan"}}})
    assert answer.get_json()["a"]["result"][0]["id"] == VOCAB + "organisation/kela"
    single = client.get("/reconcile", query_string={"query": "DigiFinlandin"}).get_json()
    assert single["result"][0]["id"] == VOCAB + "organisation/digifinland"
    assert client.post("/reconcile", data={"queries": "{not json"}).status_code == 400
    assert (
        client.post(
            "/reconcile", data={"queries": json.dumps({"a": {"query": "x", "type": "nope"}})}
        ).status_code
        == 400
    )
    nothing = client.post("/reconcile", data={"queries": json.dumps({"a": {"query": "Qwzxv"}})}).get_json()
    assert nothing == {"a": {"result": []}}
