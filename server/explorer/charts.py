"""The explorer's cross-region charts: budgets, deviating traffic lights, the service matrix.

Each is drawn from a catalogue query (``budget-by-region``, ``deviations``,
``regions-depending-on``) and links it, so the chart and its table agree.
"""

from __future__ import annotations

from collections import defaultdict
from decimal import Decimal, InvalidOperation
from typing import Any

from rdflib.term import Identifier

from hankegraafi.ontology import registry
from hankegraafi.server.explorer import sparql
from hankegraafi.server.explorer.graph import Explorer, local_name
from hankegraafi.server.explorer.vocab import LIGHT_DIMENSION_PREFIX, local_key


def _decimal(term: Identifier | None) -> float | None:
    if term is None:
        return None
    try:
        return float(Decimal(str(term)))
    except (InvalidOperation, ValueError):
        return None


def budget_chart(ex: Explorer, lang: str) -> dict[str, Any]:
    """Budget against actual per county and investment, from ``budget-by-region``.

    Only comparable figures are added: each investment's latest cumulative statement (its
    totals as of its latest report), never its annual or period tables beside them, and
    never two reports' cumulative figures of one investment.
    """
    params = {"lang": lang, "kind": "cumulative"}
    rows = ex.catalogue("budget-by-region", params)
    counties: dict[str, dict[str, Any]] = {}
    for row in rows:
        region = str(row["region"])
        county = counties.setdefault(
            region,
            {
                "id": region,
                "label": str(row["regionLabel"]) if "regionLabel" in row else local_name(region),
                "budget": 0.0,
                "actual": 0.0,
                "projects": {},
            },
        )
        project = str(row["project"])
        entry = county["projects"].setdefault(
            project,
            {
                "id": project,
                "label": str(row["projectLabel"]) if "projectLabel" in row else local_name(project),
                "budget": 0.0,
                "actual": 0.0,
                "asOf": str(row["asOfDate"]) if "asOfDate" in row else None,
                "document": str(row["document"]) if "document" in row else None,
            },
        )
        budget, actual = _decimal(row.get("budget")) or 0.0, _decimal(row.get("actual")) or 0.0
        entry["budget"] += budget
        entry["actual"] += actual
    for county in counties.values():
        projects = list(county["projects"].values())
        county["budget"] = sum(p["budget"] for p in projects)
        county["actual"] = sum(p["actual"] for p in projects)
        for p in projects:
            p["utilisation"] = round(100 * p["actual"] / p["budget"], 1) if p["budget"] else None
        county["projects"] = sorted(projects, key=lambda p: p["label"])
        county["utilisation"] = (
            round(100 * county["actual"] / county["budget"], 1) if county["budget"] else None
        )
    return {
        "counties": sorted(counties.values(), key=lambda c: c["label"]),
        "query": ex.query_link("budget-by-region", params),
        "rows": len(rows),
    }


def deviation_chart(ex: Explorer, lang: str) -> dict[str, Any]:
    """Deviating traffic lights per dimension and county (distinct projects), from ``deviations``."""
    rows = ex.catalogue("deviations", {"lang": lang})
    cells: dict[tuple[str, str], set[str]] = defaultdict(set)
    counties: dict[str, str] = {}
    dimensions: dict[str, str] = {}
    for row in rows:
        region, dim_iri = str(row["region"]), str(row["dimension"])
        dim = local_key(dim_iri, LIGHT_DIMENSION_PREFIX) or local_name(dim_iri)
        counties[region] = str(row["regionLabel"]) if "regionLabel" in row else local_name(region)
        known = registry.light_dimensions().get(dim)
        dimensions[dim] = (
            known.label(lang).text
            if known is not None
            else (str(row["dimensionLabel"]) if "dimensionLabel" in row else dim)
        )
        cells[(region, dim)].add(str(row["project"]))
    order = registry.light_dimensions().keys  # the vocabulary's order
    dims = [d for d in order if d in dimensions] + sorted(d for d in dimensions if d not in order)
    return {
        "counties": [{"id": c, "label": label} for c, label in sorted(counties.items(), key=lambda x: x[1])],
        "dimensions": [{"id": d, "label": dimensions[d]} for d in dims],
        "cells": [
            {"region": r, "dimension": d, "projects": sorted(p), "count": len(p)}
            for (r, d), p in sorted(cells.items())
        ],
        "query": ex.query_link("deviations", {"lang": lang}),
        "rows": len(rows),
    }


def service_matrix(ex: Explorer, lang: str) -> dict[str, Any]:
    """Projects of each county depending on each national digital service, from ``regions-depending-on``."""
    services: list[dict[str, Any]] = []
    for row in ex.select(sparql.services_query()):
        services.append({"id": str(row["service"]), "label": str(row["label"]) if "label" in row else None})
    described = ex.describe([s["id"] for s in services], lang)
    counties: dict[str, str] = {}
    cells = []
    for service in services:
        service["label"] = described[service["id"]]["label"]
        service["query"] = ex.query_link("regions-depending-on", {"node": service["id"], "lang": lang})
        per_region: dict[str, set[str]] = defaultdict(set)
        for row in ex.catalogue("regions-depending-on", {"node": service["id"], "lang": lang}):
            region = str(row["region"])
            counties[region] = str(row["regionLabel"]) if "regionLabel" in row else local_name(region)
            per_region[region].add(str(row["project"]))
        for region, projects in sorted(per_region.items()):
            cells.append({"region": region, "service": service["id"], "count": len(projects)})
    used = {c["service"] for c in cells}
    return {
        "counties": [{"id": c, "label": label} for c, label in sorted(counties.items(), key=lambda x: x[1])],
        "services": [s for s in services if s["id"] in used],
        "cells": cells,
        "query": ex.query_link("regions-depending-on", {"lang": lang}),
    }
