"""A weight (``q``) outside the grammar RFC 9110 §12.4.2 gives (``0`` to ``1``, at most three decimals)
is a 400 naming the header and the value, on every negotiation header.

Found by attack (stop 35): ``Accept: text/csv;q=1.5`` on /sparql was answered as JSON, ``text/csv;q=1.5,
application/json;q=0.9`` as 406: werkzeug skips a value whose weight it cannot read, so the request was
answered as if the client had not asked for CSV at all (or had asked only for what was left). The
client's mistake was never said. The error's own answer is negotiated without the header.
"""

from __future__ import annotations

import pytest
from flask.testing import FlaskClient

ASK = "/sparql?query=ASK%7B%7D"


@pytest.mark.parametrize(
    ("header", "value", "bad"),
    [
        ("Accept", "text/csv;q=1.5", "text/csv;q=1.5"),
        ("Accept", "text/csv;q=1.5, application/json;q=0.9", "text/csv;q=1.5"),
        ("Accept", "application/json, text/csv; Q=abc", "text/csv; Q=abc"),
        ("Accept", "text/csv;q=-1", "text/csv;q=-1"),
        ("Accept", "text/csv;q=0.0001", "text/csv;q=0.0001"),
        ("Accept", "text/csv;q=1.001", "text/csv;q=1.001"),
        ("Accept", "text/csv;q=", "text/csv;q="),
        ("Accept-Language", "sv;q=2", "sv;q=2"),
        ("Accept-Encoding", "gzip;q=1e0", "gzip;q=1e0"),
        ("Accept-Charset", "utf-8;q=.5", "utf-8;q=.5"),
    ],
)
@pytest.mark.parametrize("path", [ASK, "/", "/queries/projects-by-region"])
def test_an_invalid_weight_is_refused_naming_header_and_value(
    client: FlaskClient, path: str, header: str, value: str, bad: str
) -> None:
    answer = client.get(path, headers={header: value})
    assert answer.status_code == 400, (path, header, value, answer.status_code, answer.text[:200])
    assert f"'{header}'" in answer.text and bad in answer.text, answer.text[:400]
    assert "RFC 9110" in answer.text


@pytest.mark.parametrize(
    ("accept", "media"),
    [
        ("text/csv;q=1", "text/csv"),
        ("text/csv;q=1.000, application/json;q=0.999", "text/csv"),
        ("application/json;q=0.5, text/csv;q=0.6", "text/csv"),
        ("text/csv; q=0.5, application/json;Q=0.4", "text/csv"),
        ("text/csv;q=0, application/sparql-results+json", "application/sparql-results+json"),
    ],
)
def test_valid_weights_are_negotiated_as_before(client: FlaskClient, accept: str, media: str) -> None:
    answer = client.get(ASK, headers={"Accept": accept})
    assert answer.status_code == 200, answer.text[:300]
    assert answer.mimetype == media


def test_a_quoted_parameter_is_one_piece() -> None:
    from hankegraafi.server.app import _bad_weight

    assert _bad_weight('text/csv;x="a;q=9, b";q=0.8, application/json;q=0.1') is None
    assert _bad_weight('text/csv;x="a;q=0.5";q=9') == 'text/csv;x="a;q=0.5";q=9'


@pytest.mark.parametrize(
    ("header", "value", "bad"),
    [
        ("Accept", "text/csv;q=0.5;q=1", "text/csv;q=0.5;q=1"),
        ("Accept", "application/json;q=0.1, text/csv; q=1; Q=0.2", "text/csv; q=1; Q=0.2"),
        ("Accept-Language", "sv;q=1;q=1", "sv;q=1;q=1"),
    ],
)
@pytest.mark.parametrize("path", [ASK, "/"])
def test_a_value_with_two_weights_is_refused(
    client: FlaskClient, path: str, header: str, value: str, bad: str
) -> None:
    """RFC 9110 gives a value one weight; werkzeug read the last of two unsaid (stop 35's attack)."""
    answer = client.get(path, headers={header: value})
    assert answer.status_code == 400, (path, value, answer.status_code, answer.text[:200])
    assert f"header '{header}': the value {bad!r} gives the weight q more than once" in answer.text, answer.text
    assert "RFC 9110" in answer.text
