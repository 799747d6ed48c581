"""A decision's IRI is an IRI as the engine's own parser reads it, or the decision is refused saying so.

Found by attack: ``hankegraafi review reject https://x.fi/%G0`` (or ``…/a[]``, ``…/a#b#c``) passed
the decisions' character check and failed in the SPARQL the decision is recorded with, ``error at
1:57: expected IRI parsing failed``: a place in a text the curator never wrote.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import URIRef
from typer.testing import CliRunner

from hankegraafi.cli import app
from hankegraafi.ingest.curation.decisions import CurationError, checked
from hankegraafi.store.embedded import EmbeddedStore

NOT_IRIS = ["https://x.fi/%G0", "https://x.fi/a[]", "https://x.fi/a#b#c", "urn:x:%zz"]


@pytest.mark.parametrize("value", NOT_IRIS)
def test_the_check_reads_the_iri_as_the_engine_does(value: str) -> None:
    with pytest.raises(CurationError, match="not an IRI"):
        checked(URIRef(value))


@pytest.mark.parametrize("value", ["https://x.fi/a%20b", "https://x.fi/ä#osa", "urn:x:y"])
def test_iris_the_engine_reads_pass(value: str) -> None:
    assert checked(URIRef(value)) == URIRef(value)


@pytest.mark.parametrize(
    "value", NOT_IRIS[:3]
)  # 'urn:x:%zz' is looked up as a name: "no review item, IRI or name"
def test_the_command_line_says_which_value(tmp_path: Path, value: str) -> None:
    EmbeddedStore(tmp_path / "store").close()
    result = CliRunner().invoke(app, ["review", "reject", value, "--store", str(tmp_path / "store")])
    assert result.exit_code != 0
    assert "not an IRI" in result.output, result.output
    assert "error at" not in result.output, result.output
