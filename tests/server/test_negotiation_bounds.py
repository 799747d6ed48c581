"""A content-negotiation header listing more values than any client sends is refused by its name
(400) before anything parses it.

Found by attack on a real server (stop 31): an ``Accept`` of 4 500 media ranges (62 kB, under the
64 kB header limit) cost 0.3-0.5 s of the web process's CPU per request on /sparql, /queries/NAME,
the pages, VoID and the feed (werkzeug parses each range, and ``best_match`` compares every one
with every offer: 60 ms a call, several calls a request), against 2-10 ms without it; an
``Accept-Language`` of 5 000 tags 0.34 s on every page. One client within the rate limit kept
most of a core busy. The error's own answer is negotiated without the header.
"""

from __future__ import annotations

import pytest
from flask.testing import FlaskClient

from hankegraafi.server.app import MAX_NEGOTIATION_VALUES

MANY = ",".join(f"a/x{i};q=0.{i % 9 + 1}" for i in range(4500))
LANGS = ",".join(f"x{i};q=0.5" for i in range(5000))
FEW = ",".join(["text/html;q=0.9", *(f"a/x{i};q=0.1" for i in range(MAX_NEGOTIATION_VALUES - 2)), "*/*;q=0.8"])


@pytest.mark.parametrize(
    "path", ["/sparql?query=ASK%7B%7D", "/queries/projects-by-region", "/", "/.well-known/void"]
)
@pytest.mark.parametrize(("header", "value"), [("Accept", MANY), ("Accept-Language", LANGS)])
def test_a_negotiation_header_of_too_many_values_is_refused_by_name(
    client: FlaskClient, path: str, header: str, value: str
) -> None:
    answer = client.get(path, headers={header: value})
    assert answer.status_code == 400, (path, answer.status_code, answer.text[:200])
    assert f"'{header}'" in answer.text and str(MAX_NEGOTIATION_VALUES) in answer.text, answer.text[:300]


@pytest.mark.parametrize("path", ["/sparql?query=ASK%7B%7D", "/"])
def test_a_header_within_the_bound_is_negotiated_as_before(client: FlaskClient, path: str) -> None:
    answer = client.get(path, headers={"Accept": FEW, "Accept-Language": "sv-FI,sv;q=0.9,en;q=0.5"})
    assert answer.status_code == 200, answer.text[:300]
