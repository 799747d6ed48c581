"""Wellbeing services county and region pages: counties, projects, budgets and dependencies."""

from __future__ import annotations

from rdflib.term import Identifier

from hankegraafi.server.pages.builder import PageBuilder, order
from hankegraafi.server.pages.numbers import money, percent_text
from hankegraafi.server.pages.shapes import Link, Section


def region_sections(b: PageBuilder) -> list[Section]:
    counties = [r["county"] for r in b.query("region-counties")]
    sections = []
    if counties and counties != [b.this]:
        sections.append(Section("counties", b.t("counties"), rows=[(b.t("counties"), b.links(counties))]))
    project_rows = []
    budget_rows = []
    for county in counties:
        for row in b.run("projects-by-region", region=str(county)):
            status = row.get("status")
            whole = row.get("whole")
            project_rows.append(
                [
                    b.link(row["project"]),
                    Link(str(row.get("identifier", ""))),
                    b.link(whole) if whole is not None else Link(""),
                    Link(b.name(status)) if status is not None else Link(""),
                ]
            )
        # Each investment's latest cumulative figures (the catalogue's default), as of its report's day.
        for row in b.run("budget-by-region", region=str(county)):
            budget_rows.append(
                [
                    b.link(row["project"]),
                    Link(str(row.get("asOfDate", ""))),
                    Link(money(row.get("budget"), b.lang)),
                    Link(money(row.get("actual"), b.lang)),
                    Link(percent_text(row.get("actual"), row.get("budget"), b.lang)),
                ]
            )
    project_rows.sort(key=lambda r: order(r[0]))
    sections.append(
        Section(
            "region-projects",
            b.t("region_projects"),
            table=([b.t("projects"), b.t("code"), b.t("part_of"), b.t("status")], project_rows),
        )
    )
    sections.append(
        Section(
            "region-budgets",
            b.t("region_budgets"),
            table=(
                [
                    b.t("projects"),
                    b.t("as_of"),
                    b.t("budget_col"),
                    b.t("actual_col"),
                    b.t("utilisation"),
                ],
                budget_rows,
            ),
        )
    )
    targets: dict[Identifier, tuple[set[str], list[Link]]] = {}
    # Per county (region-depends for the whole region at once read every county's projects first).
    for row in (row for county in counties for row in b.query("county-depends", this=county)):
        kinds, projects = targets.setdefault(row["target"], (set(), []))
        if row.get("kind") is not None:
            kinds.add(b.name(row["kind"]))
        if str(row["project"]) not in {p.iri for p in projects}:
            projects.append(b.link(row["project"]))
    dep_rows = [
        [
            b.link(target),
            Link(", ".join(sorted(kinds))),
            *sorted(projects, key=order),
        ]
        for target, (kinds, projects) in targets.items()
    ]
    dep_rows.sort(key=lambda r: order(r[0]))
    sections.append(
        Section(
            "region-depends",
            b.t("region_depends"),
            table=([b.t("target"), b.t("kind"), b.t("projects")], dep_rows),
        )
    )
    return sections
