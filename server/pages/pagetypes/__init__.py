"""The page types: one module per type of resource page, in a registry keyed by class.

A page type names the classes it serves and the function that makes its
sections from a :class:`~hankegraafi.server.pages.builder.PageBuilder`
(the resource's card is already read). A *whole* page type (projects,
documents) makes the whole page; the others add their sections to each
other's, so a county that is also an organisation shows both, followed by
the sources of the resource itself. A resource of no registered class (a
goal, a concept, a term of the ontology …) is the generic page: its
sources, and the statements table every page has.

A new page type is a module here with its ``sections`` function and one
entry in :data:`REGISTRY` (its queries in ``../sparql/*.rq``).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from rdflib import URIRef

from hankegraafi.ontology.namespaces import HG
from hankegraafi.server.pages.builder import PageBuilder
from hankegraafi.server.pages.labels import PROJECT_CLASSES
from hankegraafi.server.pages.labels import kind_of as kind_of_types
from hankegraafi.server.pages.pagetypes import (
    county,
    dependency,
    document,
    organisation,
    project,
    service,
    timeline,
)
from hankegraafi.server.pages.shapes import Section


@dataclass(frozen=True)
class PageType:
    name: str
    classes: frozenset[URIRef]
    sections: Callable[[PageBuilder], list[Section]]
    #: Its sections are the whole page (no other type's, no separate sources).
    whole: bool = False


def _project(b: PageBuilder) -> list[Section]:
    canonical = HG.CanonicalProject in b.types()
    return project.project_sections(b) + timeline.time_sections(b, canonical=canonical)


#: In the order a page shows their sections.
REGISTRY: tuple[PageType, ...] = (
    PageType("project", frozenset({*PROJECT_CLASSES, HG.CanonicalProject}), _project, whole=True),
    PageType("document", frozenset({HG.SourceDocument}), document.document_sections, whole=True),
    PageType(
        "county", frozenset({HG.WellbeingServicesCounty, HG.ServiceArea, HG.Region}), county.region_sections
    ),
    PageType("service", frozenset({HG.DigitalService}), service.service_sections),
    PageType(
        "organisation",
        frozenset({HG.Organisation, HG.NationalActor, HG.WellbeingServicesCounty, HG.Municipality}),
        organisation.organisation_sections,
    ),
    PageType("dependency", frozenset({HG.Dependency}), dependency.dependency_sections),
)


def sections_of(b: PageBuilder, types: set[URIRef]) -> list[Section]:
    """The sections of a resource of ``types``: its whole page type's, or every matching type's and its sources."""
    matching = [t for t in REGISTRY if t.classes & types]
    for page_type in matching:
        if page_type.whole:
            return page_type.sections(b)
    sections: list[Section] = []
    for page_type in matching:
        sections += page_type.sections(b)
    own = b.quotes(b.this)
    if own:
        sections.append(Section("sources", b.t("source"), quotes=own))
    return sections


def kind_of(b: PageBuilder, types: set[URIRef]) -> str:
    """The page's kind (its label and the explorer link follow it): the label index's, else by class.

    A canonical project is shown as what it is: a project, an investment or a sub-project.
    """
    if HG.CanonicalProject in types:
        # By its level, whatever classes the inferred graph gives it beside (hg:Project …).
        level = str(b.graph.value(b.this, HG.level) or "project")
        return level if level in ("project", "investment", "subproject") else "project"
    kind = b.index.kind(str(b.this))
    if kind == "other" and types:
        kind = kind_of_types(str(t) for t in types)
    return kind


def classify(b: PageBuilder, types: set[URIRef]) -> tuple[str, list[Section]]:
    """A page's kind and sections, what :meth:`PageBuilder.build` asks of the registry."""
    return kind_of(b, types), sections_of(b, types)
