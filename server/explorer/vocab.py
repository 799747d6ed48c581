"""What the explorer draws: node types, relations, and their names in fi/sv/en.

The graph has many classes; the explorer shows six kinds of node and a few
relations between them, so that a map of dependencies stays readable. The
names of kinds and relations are the interface's (the one table, ``explorer.name:…``); dependency kinds and
traffic-light dimensions are the vocabulary's (``ontology/registry.py``),
and labels of data come from the store.
"""

from __future__ import annotations

from hankegraafi.ontology import registry
from hankegraafi.ontology.namespaces import VOCAB
from hankegraafi.server.i18n import STRINGS, translate

#: The explorer's six kinds of node, as groups of the pages' kinds (``pages.labels.kind_of``).
GROUPS: dict[str, str] = {
    "investment": "investment",
    "subproject": "project",
    "workpackage": "project",
    "project": "project",
    "service": "service",
    "county": "region",
    "region": "region",
    "programme": "programme",
    "national-actor": "organisation",
    "municipality": "organisation",
    "organisation": "organisation",
}
KINDS = ("project", "investment", "organisation", "service", "region", "programme")

#: Relations drawn as edges, each from its source to its target.
RELATIONS = ("dependency", "partof", "region", "programme", "participation", "developer", "continuation")
#: Relations a path may use unless the user asks for others: who relies on whom.
PATH_RELATIONS = ("dependency", "partof", "developer", "continuation", "participation")

DEPENDENCY_KIND_PREFIX = f"{VOCAB}dependency-kind/"
LIGHT_DIMENSION_PREFIX = f"{VOCAB}light-dimension/"


def dependency_kinds() -> tuple[str, ...]:
    """The keys of the dependency kinds, in the vocabulary's order (``technical`` …)."""
    return registry.dependency_kinds().keys


def name(key: str, lang: str) -> str:
    """The name of a node kind or relation (``rel:…``), or of a dependency kind or light dimension
    by its key (the vocabulary's label), in ``lang`` with the one fallback order; else the key."""
    own = f"explorer.name:{key}"  # the interface's names of node kinds and relations (groupings, not concepts)
    if own in STRINGS:
        return translate(own, lang)
    for scheme in (registry.dependency_kinds(), registry.light_dimensions()):
        concept = scheme.get(key)
        if concept is not None:
            return concept.label(lang).text
    return key


def kind_of(types: set[str]) -> str:
    """The node kind of a resource with ``types`` (``other`` for what the explorer does not draw)."""
    from hankegraafi.server.pages.labels import kind_of as page_kind

    return GROUPS.get(page_kind(types), "other")


def local_key(iri: str, prefix: str) -> str | None:
    """The last segment of a vocabulary concept IRI under ``prefix`` (None if not under it)."""
    return iri[len(prefix) :] if iri.startswith(prefix) else None
