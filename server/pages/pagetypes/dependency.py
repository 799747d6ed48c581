"""Dependency pages: who depends on what, and of which kind."""

from __future__ import annotations

from hankegraafi.ontology.namespaces import HG
from hankegraafi.server.pages.builder import PageBuilder
from hankegraafi.server.pages.shapes import Section


def dependency_sections(b: PageBuilder) -> list[Section]:
    g = b.graph
    section = Section("dependency", b.t("dependency"))
    rows = [
        b.row("dependent", b.values(b.this, HG.dependent)),
        b.row("target", b.values(b.this, HG.dependsOn)),
        b.row("kind", b.values(b.this, HG.dependencyKind)),
    ]
    section.rows = [r for r in rows if r]
    del g
    return [section]
