"""The catalogue workload: every catalogue query with parameters that hit synthetic data.

The same (name, parameters) list drives every engine in the benchmark, so the
figures compare the same work. Parameters name nodes the generator always
produces: national services, counties, and projects of the first documents.
"""

from __future__ import annotations

from collections.abc import Mapping

from rdflib.term import Identifier

from hankegraafi.ontology.namespaces import BASE_IRI_DEFAULT
from hankegraafi.queries import get, load_catalogue
from hankegraafi.store.base import inject_values

HGV = "https://w3id.org/hankegraafi/vocab/"
PROJECT = f"{BASE_IRI_DEFAULT}project/synth-"

#: (query name, raw parameters) — at least one entry per catalogue query.
WORKLOAD: tuple[tuple[str, dict[str, str]], ...] = (
    ("regions-depending-on", {"node": f"{HGV}service/omaolo"}),
    ("regions-depending-on", {"node": f"{HGV}organisation/digifinland"}),
    ("dependents-of", {"node": f"{HGV}service/palvelutietovaranto"}),
    ("dependencies-of", {"project": f"{PROJECT}000001"}),
    ("dependency-path", {"from": f"{PROJECT}000002", "to": f"{HGV}service/omaolo"}),
    ("shared-dependencies", {"region1": f"{HGV}county/08", "region2": f"{HGV}county/90"}),
    ("budget-by-region", {}),
    ("budget-by-region", {"region": f"{HGV}county/08"}),
    # The generator writes annual statements only: the default (latest cumulative) finds none.
    ("budget-by-region", {"kind": "annual"}),
    ("deviations", {}),
    ("deviations", {"region": f"{HGV}county/19", "dimension": f"{HGV}light-dimension/costs"}),
    ("unmet-goals", {}),
    ("outputs-by-type", {}),
    ("continuations", {}),
    ("collaborations", {}),
    ("project-card", {"project": f"{PROJECT}000001"}),
    ("projects-by-region", {"region": f"{HGV}county/08"}),
    ("projects-by-region", {}),
    ("search-labels", {"text": "perhekeskus"}),
    # The synthetic data has no canonical graph (ingest builds it): these time the empty case.
    ("conflicts", {}),
    ("quality", {"region": f"{HGV}county/08"}),
    # EURIO terms come from the inferred graph, which ingest builds: this times the empty case too.
    ("eurio-projects", {}),
    ("project-history", {"project": f"{PROJECT}000001"}),
    (
        "changes-between",
        {
            "project": f"{PROJECT}000001",
            "before": f"{BASE_IRI_DEFAULT}document/synth-000001",
            "after": f"{BASE_IRI_DEFAULT}document/synth-000002",
        },
    ),
)

#: Queries that aggregate over the whole graph: the p95 target includes them.
AGGREGATING = {"budget-by-region", "outputs-by-type", "collaborations", "shared-dependencies"}


def label(name: str, params: Mapping[str, str]) -> str:
    """A short row label: the query name and its non-default parameters."""
    if not params:
        return name
    short = ",".join(f"{k}={v.rsplit('/', 1)[-1]}" for k, v in sorted(params.items()))
    return f"{name}({short})"


def bound(name: str, params: Mapping[str, str]) -> tuple[str, dict[str, Identifier]]:
    """The query text and its checked bindings, as the catalogue gives them."""
    return get(name).bind(params)


def sparql_text(name: str, params: Mapping[str, str]) -> str:
    """The query with its bindings written in (a VALUES block), for engines without substitution."""
    text, bindings = bound(name, params)
    return inject_values(text, bindings)


def check_covers_catalogue() -> list[str]:
    """Catalogue queries the workload leaves out (empty when it covers them all)."""
    covered = {name for name, _ in WORKLOAD}
    return sorted(set(load_catalogue()) - covered)
