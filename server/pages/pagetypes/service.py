"""Digital service pages: the developer, the projects that depend on it, by county."""

from __future__ import annotations

from collections import defaultdict

from hankegraafi.ontology.namespaces import HG
from hankegraafi.server.pages.builder import PageBuilder
from hankegraafi.server.pages.pagetypes.organisation import dependents_section
from hankegraafi.server.pages.shapes import Link, Section


def service_sections(b: PageBuilder) -> list[Section]:
    basics = Section("basic", b.t("basic_data"))
    dev = b.values(b.this, HG.developer)
    if dev:
        basics.rows.append((b.t("developer"), dev))
    dependents = dependents_section(b, whole=True)  # the summary below lists every dependent
    by_region: dict[str, list[Link]] = defaultdict(list)
    seen: set[tuple[str, str | None]] = set()  # (county, project) listed: a set each row cost O(n^2)
    for project, region, _ in dependents.table[1] if dependents.table else []:
        if (region.text, project.iri) not in seen:
            seen.add((region.text, project.iri))
            by_region[region.text].append(project)
    summary = Section("by-region", b.t("by_region"))
    summary.rows = [(region, links) for region, links in sorted(by_region.items())]
    return [basics, dependents, summary]
