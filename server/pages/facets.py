"""Faceted browsing of projects: by region, programme, organisation, status and period.

Five small queries (one per facet) give, for every project, investment and
sub-project, the values it has; a project without a county or programme of
its own takes those of the project it is part of (two levels up, as the
catalogue queries do). The table is built once per data version and
filtered in memory, so a facet click costs no query.
"""

from __future__ import annotations

import logging
import re
from collections import Counter
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

from rdflib import Literal

from hankegraafi.queries.catalogue import Param, ParameterError, convert
from hankegraafi.queries.params import NameSearch, resolve
from hankegraafi.server.pages.access import DataAccess

log = logging.getLogger(__name__)

FACETS = ("region", "programme", "organisation", "status", "year")
#: Longest project period expanded into years (a longer one is most likely a typo).
MAX_YEARS = 30

_PROJECTS = """
PREFIX hg: <https://w3id.org/hankegraafi/ontology#>
SELECT DISTINCT ?project ?whole WHERE {
  ?project a ?class .
  VALUES ?class { hg:Project hg:Investment hg:SubProject hg:WorkPackage }
  # The records the documents state; a canonical project (a hg:Project by inference) stands for them elsewhere.
  FILTER NOT EXISTS { ?project a hg:CanonicalProject }
  OPTIONAL { ?project hg:partOf ?whole }
}
"""

_QUERIES = {
    "region": """
PREFIX hg: <https://w3id.org/hankegraafi/ontology#>
SELECT DISTINCT ?project ?value WHERE {
  ?project a ?class .
  VALUES ?class { hg:Project hg:Investment hg:SubProject hg:WorkPackage }
  FILTER NOT EXISTS { ?project a hg:CanonicalProject }  # a hg:Project by inference (issue 20)
  { ?project hg:region ?value } UNION { ?project hg:partOf ?w . ?w hg:region ?value }
  UNION { ?project hg:partOf/hg:partOf ?w2 . ?w2 hg:region ?value }
}
""",
    "programme": """
PREFIX hg: <https://w3id.org/hankegraafi/ontology#>
SELECT DISTINCT ?project ?value WHERE {
  ?project a ?class .
  VALUES ?class { hg:Project hg:Investment hg:SubProject hg:WorkPackage }
  FILTER NOT EXISTS { ?project a hg:CanonicalProject }  # a hg:Project by inference (issue 20)
  { ?project hg:programme|hg:funding/hg:programme ?value }
  UNION { ?project hg:partOf/(hg:programme|hg:funding/hg:programme) ?value }
  UNION { ?project hg:partOf/hg:partOf/(hg:programme|hg:funding/hg:programme) ?value }
}
""",
    "organisation": """
PREFIX hg: <https://w3id.org/hankegraafi/ontology#>
SELECT DISTINCT ?project ?value WHERE {
  ?project a ?class .
  VALUES ?class { hg:Project hg:Investment hg:SubProject hg:WorkPackage }
  FILTER NOT EXISTS { ?project a hg:CanonicalProject }  # a hg:Project by inference (issue 20)
  { ?project hg:participation/hg:organisation ?value } UNION { ?project hg:funding/hg:funder ?value }
}
""",
    "status": """
PREFIX hg: <https://w3id.org/hankegraafi/ontology#>
SELECT DISTINCT ?project ?value WHERE {
  ?project a ?class ; hg:lifecycleStatus ?value .
  VALUES ?class { hg:Project hg:Investment hg:SubProject hg:WorkPackage }
  FILTER NOT EXISTS { ?project a hg:CanonicalProject }  # a hg:Project by inference (issue 20)
}
""",
    "year": """
PREFIX hg: <https://w3id.org/hankegraafi/ontology#>
SELECT ?project ?start ?end WHERE {
  ?project a ?class .
  VALUES ?class { hg:Project hg:Investment hg:SubProject hg:WorkPackage }
  FILTER NOT EXISTS { ?project a hg:CanonicalProject }  # a hg:Project by inference (issue 20)
  OPTIONAL { ?project hg:startDate ?start }
  OPTIONAL { ?project hg:endDate ?end }
  FILTER(BOUND(?start) || BOUND(?end))
}
""",
}


@dataclass
class ProjectTable:
    """Every project with its facet values (IRIs, or years as strings)."""

    projects: list[str] = field(default_factory=list)
    whole: dict[str, str] = field(default_factory=dict)
    values: dict[str, dict[str, set[str]]] = field(default_factory=dict)

    def of(self, project: str, facet: str) -> set[str]:
        return self.values.get(facet, {}).get(project, set())

    def select(self, chosen: dict[str, str]) -> list[str]:
        """Projects that have every chosen value (one value per facet)."""
        return [p for p in self.projects if all(v in self.of(p, f) for f, v in chosen.items())]

    def counts(self, projects: list[str], facet: str) -> Counter[str]:
        out: Counter[str] = Counter()
        for p in projects:
            out.update(self.of(p, facet))
        return out

    def top_level(self) -> list[str]:
        return [p for p in self.projects if p not in self.whole]


def chosen(
    args: Mapping[str, list[str]],
    search: NameSearch | None,
    table: ProjectTable | None = None,
    named: Callable[[str], bool] | None = None,
) -> dict[str, str]:
    """The facet values a request chose (``args``: each name's values), read as the catalogue reads
    its parameters: a region, programme, organisation or status as an IRI, a CURIE, a county code or
    a name; a year as four digits. A value that reads as none of them, or a facet given twice, is a
    400 naming the facet (R4-2, stop 43: ``region=20``, ``region=hgv:county/20`` and
    ``region=Kainuu`` had matched no project, unsaid, and a second value was dropped unsaid).
    Other names are not facets and are left alone (a shared link may carry a tracker's).

    With ``table`` and ``named`` (is the IRI a resource the dataset names), a value that is no value of
    its facet in ``table`` and names nothing at all is a 400 too (R6's open item, stop 45:
    ``region=hgv:county/99`` or ``status=https://example.org/x`` answered a page of no project, as if
    a real region had none). A resource that exists but no project has (a county without projects)
    still answers its empty list: that is a true answer."""
    given: dict[str, str] = {}
    for facet in FACETS:
        values = args.get(facet, [])
        if len(values) > 1:
            raise ParameterError("browse", facet, f"given {len(values)} times; give it once")
        if values and values[0].strip():
            given[facet] = values[0].strip()
    resolved, refused = resolve({f: "iri" for f in FACETS if f != "year"}, given, search=search)
    for facet, reason in refused.items():
        raise ParameterError("browse", facet, reason)
    out: dict[str, str] = {}
    for facet, value in resolved.items():
        if facet == "year":
            if not re.fullmatch(r"[0-9]{4}", value):
                raise ParameterError("browse", facet, f"not a year (four digits): {value[:40]!r}")
            out[facet] = value
        else:
            out[facet] = str(convert("browse", Param(facet, "iri", False), value))
            if (
                table is not None
                and named is not None
                and not named(out[facet])
                and not _held(table, facet, out[facet])
            ):
                raise ParameterError("browse", facet, f"{value[:200]!r} names nothing in this dataset")
    return out


def _held(table: ProjectTable, facet: str, value: str) -> bool:
    """Whether some project has ``value`` for ``facet``."""
    return any(value in table.of(p, facet) for p in table.projects)


def _year(value: object) -> int | None:
    if not isinstance(value, Literal):
        return None
    text = str(value)
    head = text[:4]
    return int(head) if len(text) >= 4 and head.isdigit() else None


def build(data: DataAccess) -> ProjectTable:
    table = ProjectTable()
    seen: set[str] = set()
    for row in data.select(_PROJECTS):
        project = str(row["project"])
        if project not in seen:
            seen.add(project)
            table.projects.append(project)
        if "whole" in row:
            table.whole[project] = str(row["whole"])
    for facet in ("region", "programme", "organisation", "status"):
        by_project: dict[str, set[str]] = {}
        for row in data.select(_QUERIES[facet]):
            by_project.setdefault(str(row["project"]), set()).add(str(row["value"]))
        table.values[facet] = by_project
    years: dict[str, set[str]] = {}
    for row in data.select(_QUERIES["year"]):
        start, end = _year(row.get("start")), _year(row.get("end"))
        first, last = start or end, end or start
        if first is None or last is None:
            continue
        if last < first or last - first > MAX_YEARS:
            last = first
        years.setdefault(str(row["project"]), set()).update(str(y) for y in range(first, last + 1))
    table.values["year"] = years
    log.debug("facet table: %d projects", len(table.projects))
    return table
