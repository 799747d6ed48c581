"""Organisation pages (also national actors, counties and municipalities as organisations):
the projects it takes part in, the services it develops, the counties it reaches, who depends on it."""

from __future__ import annotations

from collections import defaultdict

from rdflib import Literal, URIRef
from rdflib.term import Identifier

from hankegraafi.ontology.namespaces import HG
from hankegraafi.queries.pagelists import ORGANISATION_PROJECTS, ORGANISATION_REGIONS
from hankegraafi.server.pages.builder import PageBuilder, order
from hankegraafi.server.pages.shapes import Link, Section
from hankegraafi.store.terms import json_to_rdflib


def organisation_sections(b: PageBuilder) -> list[Section]:
    roles: dict[URIRef, set[Identifier]] = defaultdict(set)
    # Stored when the data was written (queries/pagelists.py: 3-5 ms of the engine per page at
    # 10^6 triples), else live.
    taking = b.stored(ORGANISATION_PROJECTS, [str(b.this)])
    if taking is not None:
        for project_term, role_term in taking[str(b.this)]:
            project = json_to_rdflib(project_term)
            roles[project].add(json_to_rdflib(role_term) if role_term is not None else Literal(""))  # type: ignore[index]
        b.index.want(term for project, found in roles.items() for term in (project, *found))
    else:
        for row in b.query("organisation-projects"):
            roles[row["project"]].add(row.get("role", Literal("")))  # type: ignore[index]

    def role_row(project: URIRef) -> list[Link]:
        named = [b.name(r) for r in roles[project] if isinstance(r, URIRef)]
        return [b.link(project), Link(", ".join(sorted(named)))]

    rows, paging = b.rows_part("takes-part", list(roles), role_row, key=b.order_key)
    takes = Section(
        "takes-part", b.t("takes_part"), table=([b.t("projects"), b.t("role")], rows), paging=paging
    )
    develops = Section("develops", b.t("develops"))
    services = b.links(b.graph.subjects(HG.developer, b.this))
    if services:
        develops.rows = [(b.t("services"), services)]
    # Stored when the data was written (queries/pagelists.py: an organisation reaching every
    # county cost 150-190 ms of the engine at 10^6 triples for 22 rows), else live.
    stored = b.stored(ORGANISATION_REGIONS, [str(b.this)])
    if stored is not None:
        regions = [json_to_rdflib(term) for term in stored[str(b.this)]]
        b.index.want(regions)
    else:
        regions = [r["region"] for r in b.query(ORGANISATION_REGIONS)]
    reaches = Section("reaches", b.t("reaches"))
    if regions:
        reaches.rows = [(b.t("regions"), b.links(regions))]
    return [takes, develops, reaches, dependents_section(b)]


def dependents_section(b: PageBuilder, *, whole: bool = False) -> Section:
    """Who depends on the resource, by county; rows made only for the page's part of them (a
    service at 10^6 triples has 230-410), or for all of them with ``whole``."""
    unknown = Link(b.t("region_unknown"))

    def key(row: dict[str, Identifier]) -> tuple[tuple[str, str, str], tuple[str, str, str]]:
        region = row.get("region")
        return (b.order_key(region) if region is not None else order(unknown), b.order_key(row["project"]))

    def make(row: dict[str, Identifier]) -> list[Link]:
        region = row.get("region")
        kind = row.get("kind")
        return [
            b.link(row["project"]),
            b.link(region) if region is not None else Link(unknown.text),
            Link(b.name(kind)) if kind is not None else Link(""),
        ]

    found = b.run("dependents-of", node=str(b.this))
    if whole:
        rows, paging = [make(row) for row in sorted(found, key=key)], None
    else:
        rows, paging = b.rows_part("dependents", found, make, key=key)
    return Section(
        "dependents",
        b.t("dependents"),
        table=([b.t("projects"), b.t("region"), b.t("kind")], rows),
        paging=paging,
    )
