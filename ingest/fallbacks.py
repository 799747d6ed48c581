"""A project named only by the document's file, dropped when the document names its own top.

A report whose name field names an investment got a whole named by its file above it while
the title block read; at the end, such a whole that holds no fact of its own is no project:
the parts the document names are its top. Moved out of generic.py (its size) unchanged.
"""

from __future__ import annotations

from hankegraafi.ingest.facts.context import Context
from hankegraafi.ingest.facts.model import Project


def _has_facts(project: Project) -> bool:
    return bool(
        project.lights
        or project.costs
        or project.goals
        or project.outputs
        or project.risks
        or project.dependencies
        or project.participations
        or project.continuations
        or project.funder
    )


def drop_empty_fallback(ctx: Context) -> None:
    """A project named by the file that holds nothing but the parts the document names is no project.

    A report whose name field names an investment ("Kestävän kasvun Kainuu – Investointi 1: …")
    got a whole named by its file above it; the investment is then the document's top.
    """
    fallback = ctx.fallback
    if fallback is None or fallback not in ctx.projects or _has_facts(fallback):
        return
    children = [p for p in ctx.projects if p.parent is fallback]
    if not children:
        return
    for project in ctx.projects:
        if project is not fallback and project.path[:1] == fallback.path:
            project.path = project.path[1:]
    for child in children:
        child.parent = None
        child.status = child.status or fallback.status
        child.start = child.start or fallback.start
        child.end = child.end or fallback.end
        child.reporting_period = child.reporting_period or fallback.reporting_period
        child.reporting_span = child.reporting_span or fallback.reporting_span
    ctx.projects.remove(fallback)
    ctx.fallback = None
    if ctx.root is fallback:
        ctx.root = children[0]
    ctx.result.warnings = [w for w in ctx.result.warnings if "named by file" not in w]
