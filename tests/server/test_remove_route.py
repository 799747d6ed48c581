"""``DELETE /ingest?name=FILE`` (token required) removes a document and recomputes what it contributed."""

from __future__ import annotations

from pathlib import Path

from flask.testing import FlaskClient

from tests.queries.test_one_project import write
from tests.server.conftest import TOKEN

AUTH = {"Authorization": f"Bearer {TOKEN}"}
PROJECT = "https://w3id.org/hankegraafi/id/project/canonical/10/investointi-2"


def conflicts(client: FlaskClient) -> set[str]:
    r = client.get(f"/queries/conflicts?project={PROJECT}&format=json")
    assert r.status_code == 200, r.text
    return {b["property"]["value"].rsplit("#", 1)[-1] for b in r.get_json()["results"]["bindings"]}


def test_remove_route_recomputes_conflicts(writable_client: FlaskClient, tmp_path: Path) -> None:
    folder = tmp_path / "docs"
    folder.mkdir()
    wanted = {"kymenlaakso-tilanneraportti-2022.txt", "kymenlaakso-loppuraportti.html"}
    for path in write(folder):
        if path.name in wanted:
            r = writable_client.post(f"/ingest?name={path.name}", data=path.read_bytes(), headers=AUTH)
            assert r.status_code == 201, r.text
    assert conflicts(writable_client) == {
        "endDate"
    }  # 31.12.2023 in the status report, 31.3.2024 in the final one
    assert writable_client.delete("/ingest?name=kymenlaakso-loppuraportti.html").status_code in (401, 403)
    r = writable_client.delete("/ingest?name=kymenlaakso-loppuraportti.html", headers=AUTH)
    assert r.status_code == 200, r.text
    assert r.get_json()["graph"].endswith("/graph/kymenlaakso-loppuraportti-html")
    assert conflicts(writable_client) == set()
    again = writable_client.delete("/ingest?name=kymenlaakso-loppuraportti.html", headers=AUTH)
    assert again.status_code == 404 and again.get_json()["status"] == "not-found"
