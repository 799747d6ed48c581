"""Wellbeing services county and region pages: counties, projects, budgets and dependencies."""

from __future__ import annotations

from rdflib.term import Identifier

from hankegraafi.queries.pagelists import COUNTY_DEPENDS
from hankegraafi.server.pages.builder import PageBuilder, order
from hankegraafi.server.pages.numbers import money, percent_text
from hankegraafi.server.pages.shapes import Link, Section
from hankegraafi.store.terms import json_to_rdflib


def region_sections(b: PageBuilder) -> list[Section]:
    counties = [r["county"] for r in b.query("region-counties")]
    sections = []
    if counties and counties != [b.this]:
        sections.append(Section("counties", b.t("counties"), rows=[(b.t("counties"), b.links(counties))]))
    project_found: list[dict[str, Identifier]] = []
    budget_found: list[dict[str, Identifier]] = []
    for county in counties:
        project_found += b.run("projects-by-region", region=str(county))
        # Each investment's latest cumulative figures (the catalogue's default), as of its report's day.
        budget_found += b.run("budget-by-region", region=str(county))

    # A county at 10^6 triples has hundreds of projects in each table: rows are made only for the
    # part of the page shows (PageBuilder.rows_part), in the order of the whole list.
    def project_row(row: dict[str, Identifier]) -> list[Link]:
        status = row.get("status")
        whole = row.get("whole")
        return [
            b.link(row["project"]),
            Link(str(row.get("identifier", ""))),
            b.link(whole) if whole is not None else Link(""),
            Link(b.name(status)) if status is not None else Link(""),
        ]

    def budget_row(row: dict[str, Identifier]) -> list[Link]:
        return [
            b.link(row["project"]),
            Link(str(row.get("asOfDate", ""))),
            Link(money(row.get("budget"), b.lang)),
            Link(money(row.get("actual"), b.lang)),
            Link(percent_text(row.get("actual"), row.get("budget"), b.lang)),
        ]

    project_rows, project_paging = b.rows_part(
        "region-projects", project_found, project_row, key=lambda row: b.order_key(row["project"])
    )
    sections.append(
        Section(
            "region-projects",
            b.t("region_projects"),
            table=([b.t("projects"), b.t("code"), b.t("part_of"), b.t("status")], project_rows),
            paging=project_paging,
        )
    )
    budget_rows, budget_paging = b.rows_part("region-budgets", budget_found, budget_row)
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
            paging=budget_paging,
        )
    )
    targets: dict[Identifier, tuple[set[Identifier], dict[Identifier, None]]] = {}
    # Stored when the data was written (queries/pagelists.py: one small query instead of every
    # (target, kind, project) row of each county, 170-780 at 10^6 triples), else live per county
    # (region-depends for the whole region at once read every county's projects first).
    stored = b.stored(COUNTY_DEPENDS, [str(county) for county in counties])
    if stored is not None:
        for county in counties:
            for target_term, kind_terms, project_terms in stored[str(county)]:
                kinds, projects = targets.setdefault(json_to_rdflib(target_term), (set(), {}))
                kinds.update(json_to_rdflib(kind) for kind in kind_terms)
                projects.update(dict.fromkeys(json_to_rdflib(project) for project in project_terms))
        b.index.want(
            term for target, (kinds, projects) in targets.items() for term in (target, *kinds, *projects)
        )
    else:
        for row in (row for county in counties for row in b.query(COUNTY_DEPENDS, this=county)):
            kinds, projects = targets.setdefault(row["target"], (set(), {}))
            if row.get("kind") is not None:
                kinds.add(row["kind"])
            projects[row["project"]] = None

    def depends_row(target: Identifier) -> list[Link]:
        kinds, projects = targets[target]
        return [
            b.link(target),
            Link(", ".join(sorted({b.name(kind) for kind in kinds}))),
            *sorted((b.link(project) for project in projects), key=order),
        ]

    dep_rows, dep_paging = b.rows_part("region-depends", list(targets), depends_row, key=b.order_key)
    sections.append(
        Section(
            "region-depends",
            b.t("region_depends"),
            table=([b.t("target"), b.t("kind"), b.t("projects")], dep_rows),
            paging=dep_paging,
        )
    )
    return sections
