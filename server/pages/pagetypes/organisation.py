"""Organisation pages (also national actors, counties and municipalities as organisations):
the projects it takes part in, the services it develops, the counties it reaches, who depends on it."""

from __future__ import annotations

from collections import defaultdict

from rdflib import Literal, URIRef
from rdflib.term import Identifier

from hankegraafi.ontology.namespaces import HG
from hankegraafi.server.pages.builder import PageBuilder, order
from hankegraafi.server.pages.shapes import Link, Section


def organisation_sections(b: PageBuilder) -> list[Section]:
    roles: dict[URIRef, set[Identifier]] = defaultdict(set)
    for row in b.query("organisation-projects"):
        roles[row["project"]].add(row.get("role", Literal("")))  # type: ignore[index]
    rows = []
    for project, rs in roles.items():
        named = [b.name(r) for r in rs if isinstance(r, URIRef)]
        rows.append([b.link(project), Link(", ".join(sorted(named)))])
    rows.sort(key=lambda r: order(r[0]))
    takes = Section("takes-part", b.t("takes_part"), table=([b.t("projects"), b.t("role")], rows))
    develops = Section("develops", b.t("develops"))
    services = b.links(b.graph.subjects(HG.developer, b.this))
    if services:
        develops.rows = [(b.t("services"), services)]
    regions = [r["region"] for r in b.query("organisation-regions")]
    reaches = Section("reaches", b.t("reaches"))
    if regions:
        reaches.rows = [(b.t("regions"), b.links(regions))]
    return [takes, develops, reaches, dependents_section(b)]


def dependents_section(b: PageBuilder) -> Section:
    rows = []
    for row in b.run("dependents-of", node=str(b.this)):
        region = row.get("region")
        kind = row.get("kind")
        rows.append(
            [
                b.link(row["project"]),
                b.link(region) if region is not None else Link(b.t("region_unknown")),
                Link(b.name(kind)) if kind is not None else Link(""),
            ]
        )
    rows.sort(key=lambda r: (order(r[1]), order(r[0])))
    return Section(
        "dependents",
        b.t("dependents"),
        table=([b.t("projects"), b.t("region"), b.t("kind")], rows),
    )
