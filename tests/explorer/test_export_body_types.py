"""The explorer's Turtle export reads a JSON body: a value of another type than the field's is a 400
naming the field, never a 500.

Found by attack on a real server: ``{"edges": [{…, "rel": "dependency", "dependency": 123}]}`` (or
a list, or an object) reached the IRI parameter reader, which expects text, and ended in
``AttributeError: 'dict' object has no attribute 'strip'`` (500 internal-error, a traceback in the log).
"""

from __future__ import annotations

from typing import Any

import pytest
from flask.testing import FlaskClient

from tests.explorer.conftest import V

OMAOLO = V + "service/omaolo"
KELA = V + "organisation/kela"


def _edge(**fields: Any) -> dict[str, Any]:
    return {"nodes": [OMAOLO, KELA], "edges": [{"source": KELA, "target": OMAOLO, **fields}]}


@pytest.mark.parametrize("value", [123, 1.5, True, ["x"], {"a": 1}])
@pytest.mark.parametrize(
    ("body", "field"),
    [
        (lambda v: _edge(rel="dependency", dependency=v), "edges[0].dependency"),
        (lambda v: _edge(rel="partof", source=v), "edges[0].source"),
        (lambda v: _edge(rel="partof", target=v), "edges[0].target"),
        (lambda v: {"nodes": [OMAOLO, v], "edges": []}, "nodes[1]"),
    ],
)
def test_a_field_of_another_type_is_refused_by_its_name(
    client: FlaskClient, body: Any, field: str, value: Any
) -> None:
    response = client.post("/explorer/api/export.ttl", json=body(value))
    assert response.status_code == 400, response.get_data(as_text=True)
    message = response.get_json()["message"]
    assert f"'{field}'" in message
    assert "IRI" in message


def test_a_dependency_given_as_text_is_exported(client: FlaskClient) -> None:
    response = client.post("/explorer/api/export.ttl", json=_edge(rel="dependency", dependency=V + "x/dep"))
    assert response.status_code == 200
    assert "x/dep" in response.get_data(as_text=True)
