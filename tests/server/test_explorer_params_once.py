"""The explorer's JSON API takes each parameter once, as the catalogue and the ingest routes do.

Found by attack on a live server (stop 34): ``/explorer/api/node?node=06&node=07`` answered 200
with county 06 alone, the second value dropped unsaid; ``?limit=1&limit=500``, ``?dir=in&dir=out``
and ``?q=a&q=b`` the same. Only ``/api/start`` takes ``node`` many times (its start nodes).
"""

from __future__ import annotations

import pytest
from flask.testing import FlaskClient

EX = "http%3A%2F%2Fexample.org%2Fhankegraafi-test%2Falice"


@pytest.mark.parametrize(
    ("url", "param"),
    [
        (f"/explorer/api/node?node={EX}&node=06", "node"),
        (f"/explorer/api/expand?node={EX}&limit=1&limit=500", "limit"),
        (f"/explorer/api/expand?node={EX}&dir=in&dir=out", "dir"),
        (f"/explorer/api/expand?node={EX}&rel=a&rel=b", "rel"),
        ("/explorer/api/search?q=a&q=b", "q"),
        (f"/explorer/api/path?a={EX}&a=06&b=07", "a"),
    ],
)
def test_a_parameter_given_twice_is_a_400_naming_it(client: FlaskClient, url: str, param: str) -> None:
    answer = client.get(url)
    assert answer.status_code == 400
    message = answer.get_json()["message"]
    assert f"parameter '{param}'" in message and "given 2 times" in message


def test_start_takes_many_nodes_and_one_node_still_answers(client: FlaskClient) -> None:
    assert client.get(f"/explorer/api/start?node={EX}&node=06").status_code == 200
    assert client.get(f"/explorer/api/node?node={EX}").status_code == 200
