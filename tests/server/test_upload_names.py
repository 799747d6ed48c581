"""``POST|DELETE /ingest``: a document's name given twice, or two ways that differ, is refused by
the parameter's name (400), nothing written or removed.

Found by attack (stop 31): ``DELETE /ingest?name=a.txt&name=b.txt`` removed a.txt alone and
answered 200, and ``POST /ingest?name=a.txt`` with ``Content-Disposition: attachment;
filename=b.txt`` stored the body as a.txt: which document a request means was read one way by
the server and may be read another by whatever built it (the graph store's ``?graph=`` is
refused so since stop 30).
"""

from __future__ import annotations

from pathlib import Path

from flask.testing import FlaskClient

from tests.queries.test_one_project import write
from tests.server.conftest import TOKEN

AUTH = {"Authorization": f"Bearer {TOKEN}"}


def _graphs(client: FlaskClient) -> set[str]:
    r = client.post(
        "/sparql",
        data={
            "query": "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } FILTER(CONTAINS(STR(?g), '/graph/')) }"
        },
        headers={"Accept": "application/sparql-results+json"},
    )
    assert r.status_code == 200, r.text
    return {b["g"]["value"] for b in r.get_json()["results"]["bindings"]}


def test_a_name_given_twice_is_refused_and_nothing_changes(
    writable_client: FlaskClient, tmp_path: Path
) -> None:
    folder = tmp_path / "docs"
    folder.mkdir()
    documents = sorted(write(folder))[:2]
    for path in documents:
        stored = writable_client.post(f"/ingest?name={path.name}", data=path.read_bytes(), headers=AUTH)
        assert stored.status_code == 201, stored.text
    before = _graphs(writable_client)
    first, second = (p.name for p in documents)
    twice = writable_client.delete(f"/ingest?name={first}&name={second}", headers=AUTH)
    assert twice.status_code == 400 and "'name'" in twice.text and "more than once" in twice.text, twice.text
    upload = writable_client.post(
        f"/ingest?name=uusi.txt&name={first}", data=documents[0].read_bytes(), headers=AUTH
    )
    assert upload.status_code == 400 and "'name'" in upload.text, upload.text
    both = writable_client.post(
        "/ingest?name=uusi.txt",
        data=documents[0].read_bytes(),
        headers={**AUTH, "Content-Disposition": "attachment; filename=toinen.txt"},
    )
    assert both.status_code == 400 and "Content-Disposition" in both.text, both.text
    assert _graphs(writable_client) == before
    # the same name both ways is one name
    same = writable_client.delete(
        f"/ingest?name={first}", headers={**AUTH, "Content-Disposition": f"attachment; filename={first}"}
    )
    assert same.status_code == 200, same.text
