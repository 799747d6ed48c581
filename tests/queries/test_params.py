"""Names where people use names (issue 19): CURIEs, county codes and names for ``iri`` parameters.

On the invented catalogue graph, with the pages' real name search built over
the same store: a name or an inflected form gives the rows its IRI gives, a
county code is the county, an ambiguous name is refused with its candidates
and how to pick one, and ``lang`` takes only the label languages.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlencode

import pytest
from flask.testing import FlaskClient

from hankegraafi.queries import ParameterError, get, run
from hankegraafi.queries.params import NameSearch, curie, resolve_value
from hankegraafi.server import create_app
from hankegraafi.server.pages import labels, search
from hankegraafi.server.query import QueryService
from hankegraafi.store.embedded import EmbeddedStore
from tests.server.conftest import CATALOGUE_DATA, server_config

V = "https://w3id.org/hankegraafi/vocab/"
ID = "https://w3id.org/hankegraafi/id/"
OMAOLO = f"{V}service/omaolo"


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[EmbeddedStore]:
    path = tmp_path_factory.mktemp("params") / "store"
    st = EmbeddedStore(path)
    st.load(CATALOGUE_DATA, "trig")
    yield st
    st.close()


@pytest.fixture(scope="module")
def names(store: EmbeddedStore) -> NameSearch:
    index = search.build(labels.build(QueryService.of_store(store), person_names=False))
    return lambda text: index.search(text)


def rows(
    store: EmbeddedStore, name: str, names: NameSearch | None = None, **params: str
) -> list[tuple[str, ...]]:
    return [tuple(str(v) for v in row) for row in run(store, name, params, search=names).rows]


def test_curie_county_code_and_iri_are_read_without_a_search() -> None:
    prefixes = {"hgv": V}
    assert resolve_value("node", "hgv:service/omaolo", prefixes=prefixes, search=None) == OMAOLO
    assert resolve_value("region", "06", prefixes=prefixes, search=None) == f"{V}county/06"
    assert resolve_value("node", OMAOLO, prefixes=prefixes, search=None) == OMAOLO
    assert curie(OMAOLO) == "hgv:service/omaolo"


@pytest.mark.parametrize("given", ["Omaolo", "Omaolon", "omaolo", "hgv:service/omaolo"])
def test_a_name_gives_the_rows_of_its_iri(store: EmbeddedStore, names: NameSearch, given: str) -> None:
    expected = rows(store, "regions-depending-on", node=OMAOLO)
    assert expected, "the catalogue graph has projects depending on Omaolo"
    assert rows(store, "regions-depending-on", names, node=given) == expected


def test_county_code_and_county_name(store: EmbeddedStore, names: NameSearch) -> None:
    by_iri = rows(store, "projects-by-region", region=f"{V}county/06")
    assert by_iri
    assert rows(store, "projects-by-region", names, region="06") == by_iri
    # "Satakunnan" is an inflected form of the county's name; a region parameter prefers counties.
    assert rows(store, "projects-by-region", names, region="Satakunnan") == by_iri


def test_the_parameter_says_what_a_name_stands_for(names: NameSearch) -> None:
    # "Omaolo" names the service and (inside a longer name) a sub-project: a node is the service.
    _, bindings = get("dependents-of").bind({"node": "Omaolo"}, search=names)
    assert str(bindings["node"]) == OMAOLO


def test_an_ambiguous_name_answers_with_candidates_and_how_to_pick(names: NameSearch) -> None:
    with pytest.raises(ParameterError) as caught:
        get("dependents-of").bind({"node": "hyvinvointialue"}, search=names)
    err = caught.value
    assert err.param == "node"
    assert "hgv:county/06" in err.reason and "hgv:county/17" in err.reason
    assert "Pick one by its IRI or CURIE, e.g. node=hgv:county/" in err.reason


def test_unknown_names_and_no_search_are_refused_naming_the_parameter(names: NameSearch) -> None:
    with pytest.raises(ParameterError, match="parameter 'node': no resource is named 'Zyxxy'"):
        get("dependents-of").bind({"node": "Zyxxy"}, search=names)
    with pytest.raises(
        ParameterError, match=re.escape("parameter 'node': not an absolute http(s) or urn IRI, a CURIE")
    ):
        get("dependents-of").bind({"node": "Omaolo"})
    with pytest.raises(ParameterError, match="parameter 'node'"):
        get("dependents-of").bind({"node": "nosuchprefix:thing"})


@pytest.mark.parametrize("lang", ["xx", "de", "en-GB"])
def test_lang_outside_fi_sv_en_is_refused(lang: str) -> None:
    with pytest.raises(ParameterError, match=f"parameter 'lang': labels are given in fi, sv, en, not '{lang}'"):
        get("regions-depending-on").bind({"node": OMAOLO, "lang": lang})


def test_names_on_queries_over_http(store: EmbeddedStore, tmp_path: Path) -> None:
    assert store.path is not None
    app = create_app(server_config(store.path, max_rows=1000), store=store)
    client: FlaskClient = app.test_client()

    def get_json(**params: str) -> object:
        r = client.get("/queries/regions-depending-on?" + urlencode({**params, "format": "json"}))
        assert r.status_code == 200, r.text
        return r.get_json()["results"]["bindings"]

    by_iri = get_json(node=OMAOLO)
    assert by_iri
    assert get_json(node="Omaolon") == by_iri
    assert get_json(node="hgv:service/omaolo") == by_iri
    counties = client.get("/queries/projects-by-region?" + urlencode({"region": "06", "format": "json"}))
    assert counties.status_code == 200 and counties.get_json()["results"]["bindings"]
    bad = client.get("/queries/regions-depending-on?" + urlencode({"node": OMAOLO, "lang": "xx"}))
    assert bad.status_code == 400 and "lang" in bad.text
    ambiguous = client.get("/queries/dependents-of?" + urlencode({"node": "hyvinvointialue"}))
    assert ambiguous.status_code == 400 and "Pick one" in ambiguous.text


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        ("hankegraafi query regions", ["regions-depending-on"]),
        ("hankegraafi query regions-depending-on --param ", ["node=", "lang="]),
        ("hankegraafi query dependency-path --param t", ["to="]),
    ],
)
def test_shell_completion_of_query_names_and_parameters(words: str, expected: list[str]) -> None:
    """Typer's bash completion, asked the way the installed completion script asks it."""
    exe = shutil.which("hankegraafi") or str(Path(sys.executable).with_name("hankegraafi"))
    env = {**os.environ, "_HANKEGRAAFI_COMPLETE": "complete_bash", "COMP_WORDS": words}
    env["COMP_CWORD"] = str(len(words.split(" ")) - 1)
    done = subprocess.run([exe], env=env, capture_output=True, text=True, timeout=60, check=True)
    assert done.stdout.split() == expected


# -- the done-when of issue 19, on the bundled samples ------------------------------------------


@pytest.fixture(scope="module")
def samples(tmp_path_factory: pytest.TempPathFactory, samples_store: Path) -> Iterator[EmbeddedStore]:
    """The bundled samples through the real pipeline (ingested once per session in
    tests/conftest.py, about 8 s; a copy of it here)."""
    import shutil

    path = tmp_path_factory.mktemp("samples") / "store"
    shutil.copytree(samples_store, path)
    st = EmbeddedStore(path)
    yield st
    st.close()


def test_samples_omaolo_by_name_and_county_code(samples: EmbeddedStore) -> None:
    index = search.build(labels.build(QueryService.of_store(samples), person_names=False))
    found: NameSearch = lambda text: index.search(text)  # noqa: E731
    by_iri = rows(samples, "regions-depending-on", node=OMAOLO)
    assert by_iri
    assert rows(samples, "regions-depending-on", found, node="Omaolo") == by_iri
    assert rows(samples, "regions-depending-on", found, node="Omaolon") == by_iri
    kainuu = rows(samples, "projects-by-region", region=f"{V}county/20")
    assert kainuu and rows(samples, "projects-by-region", found, region="20") == kainuu


def test_samples_kainuu_investment_to_omaolo_is_a_path(samples: EmbeddedStore) -> None:
    """Canonical 'Kainuun Pilari 4, Investointi 1' → Omaolo: through the report's project, each step's kind."""
    canonical = samples.query(
        "SELECT ?p WHERE { ?p a <https://w3id.org/hankegraafi/ontology#CanonicalProject> ; "
        "<http://www.w3.org/2000/01/rdf-schema#label>|<http://www.w3.org/2004/02/skos/core#prefLabel> ?l "
        'FILTER(STR(?l) = "Kainuun Pilari 4, Investointi 1") }'
    )
    start = str(canonical.rows[0][0])  # type: ignore[union-attr]
    result = run(samples, "dependency-path", {"from": start, "to": OMAOLO})
    assert result.rows, "a path from the canonical investment to Omaolo"
    first = dict(zip(result.variables, result.rows[0], strict=True))
    assert int(first["hops"]) == 2  # type: ignore[call-overload]
    assert str(first["kind1"]) == "http://www.w3.org/ns/prov#specializationOf"
    assert str(first["kind2"]).startswith(f"{V}dependency-kind/")
    assert str(first["source2"]).startswith(f"{ID}document/")
