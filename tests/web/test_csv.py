"""The catalogue's CSV is safe to open in a spreadsheet; /sparql's CSV stays the standard's.

On 3bf40d1 ``/queries/NAME?format=csv`` and ``hankegraafi query --format
csv`` gave ``=HYPERLINK(…)`` as it is, and without ``Content-Disposition``.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path
from urllib.parse import quote

import pytest
from flask.testing import FlaskClient

from tests.web.conftest import FORMULA, hankegraafi

#: The labels of the hostile project and how a spreadsheet-safe CSV gives them.
SAFE = {
    FORMULA: "'" + FORMULA,
    "+kaavatesti plus": "'+kaavatesti plus",
    "-kaavatesti minus": "'-kaavatesti minus",
    "@kaavatesti at": "'@kaavatesti at",
    "\tkaavatesti tab": "'\tkaavatesti tab",
    "kaavatesti tavallinen": "kaavatesti tavallinen",
    "-1200.50": "-1200.50",  # a plain number runs nothing and stays a number
}
QUERY = (
    "SELECT ?label WHERE { <https://w3id.org/hankegraafi/id/project/kaavatesti-1> "
    "<http://www.w3.org/2000/01/rdf-schema#label> ?label } ORDER BY ?label"
)


def labels(body: bytes, column: str) -> set[str]:
    return {row[column] for row in csv.DictReader(io.StringIO(body.decode("utf-8"), newline=""))}


def test_neutralise_cell_follows_owasp() -> None:
    from hankegraafi.queries.spreadsheet import neutralise_cell

    for start in ("=", "+", "-", "@", "\t", "\r"):
        assert neutralise_cell(start + "SUM(A1)") == "'" + start + "SUM(A1)"
    for number in ("-1", "+2.5", "-3e4", "12", "-.5"):
        assert neutralise_cell(number) == number
    assert neutralise_cell("-2+3") == "'-2+3"
    assert neutralise_cell("Hanke") == "Hanke"


def test_catalogue_csv_is_neutralised_and_a_download(hostile_client: FlaskClient) -> None:
    r = hostile_client.get("/queries/search-labels?format=csv&text=kaavatesti")
    assert r.status_code == 200
    assert r.mimetype == "text/csv"
    assert r.headers["Content-Disposition"] == 'attachment; filename="search-labels.csv"'
    got = labels(r.data, "label")
    assert got == set(SAFE.values()) - {"-1200.50"}  # the number has no "kaavatesti" in it
    assert r.data.count(b"\r\n") == len(got) + 1  # still CRLF lines, a header and one per row


def test_sparql_csv_is_the_standard(hostile_client: FlaskClient) -> None:
    r = hostile_client.get(f"/sparql?format=csv&query={quote(QUERY)}")
    assert r.status_code == 200
    assert labels(r.data, "label") == set(SAFE)  # values exactly as stored (SPARQL 1.1 CSV)
    assert "Content-Disposition" not in r.headers


@pytest.fixture(scope="module")
def cli_store(hostile_file: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store of its own for the command line (the in-process app holds the other one open)."""
    path = tmp_path_factory.mktemp("cli") / "store"
    done = hankegraafi("load", str(hostile_file), "--store", str(path))
    assert done.returncode == 0, done.stderr
    return path


def test_query_command_csv_is_neutralised(cli_store: Path) -> None:
    done = hankegraafi(
        "query", "search-labels", "--param", "text=kaavatesti", "--format", "csv", "--store", str(cli_store)
    )
    assert done.returncode == 0, done.stderr
    assert labels(done.stdout.encode(), "label") == set(SAFE.values()) - {"-1200.50"}


def test_sparql_command_csv_is_the_standard(cli_store: Path) -> None:
    done = hankegraafi("sparql", QUERY, "--format", "csv", "--store", str(cli_store))
    assert done.returncode == 0, done.stderr
    assert labels(done.stdout.encode(), "label") == set(SAFE)
