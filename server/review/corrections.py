"""What a page shows of the corrections made to its resource: the fact as corrected, by whom (the
publisher's organisation by default, never a person unless the publisher chose to name one), when
and why, and the original reading on request (a ``<details>``, no script).

A resource page includes ``review/corrections.html``, which calls :func:`for_page` through the
Jinja global ``curation_corrections``. A canonical project's page shows the corrections of its
records too, and a page shows corrections one step away (a participation whose organisation was
linked to the right one)."""

from __future__ import annotations

from dataclasses import dataclass

from rdflib import URIRef

from hankegraafi.ontology.namespaces import HG
from hankegraafi.server.i18n import translate

QUERY = """
PREFIX hg: <https://w3id.org/hankegraafi/ontology#>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
SELECT DISTINCT ?subject ?property ?original ?corrected ?decision ?action ?by ?at ?why WHERE {
  { BIND(?page AS ?subject) }
  UNION { ?subject prov:specializationOf ?page }
  UNION { ?page ?out ?subject FILTER(isIRI(?subject)) }
  UNION { ?record prov:specializationOf ?page . ?record ?out2 ?subject FILTER(isIRI(?subject)) }
  GRAPH ?g { ?c a hg:Correction ; hg:decision ?decision ; rdf:subject ?subject ; rdf:predicate ?property .
    OPTIONAL { ?c hg:originalValue ?original } OPTIONAL { ?c hg:correctedValue ?corrected } }
  OPTIONAL { GRAPH ?cur { ?decision hg:curationAction ?action ; prov:wasAttributedTo ?by ; prov:endedAtTime ?at .
    OPTIONAL { ?decision hg:reason ?why } } }
}
ORDER BY DESC(?at) ?property ?subject
"""


@dataclass(frozen=True)
class Shown:
    """One corrected fact as a page shows it."""

    property: str
    subject: str
    corrected: str
    original: str
    by: str
    at: str
    why: str


def for_page(iri: str) -> list[Shown]:
    """The corrections to show on the page of ``iri``, in the reader's language (newest first)."""
    from hankegraafi.server.i18n import current_lang
    from hankegraafi.server.pages import routes
    from hankegraafi.server.pages.access import access
    from hankegraafi.server.runtime import services

    lang = current_lang()
    labels = routes.names()  # the page's own names: no whole label index on a resource page
    base = str(services().config.base_iri)

    def x(key: str) -> str:
        return translate(f"review.correction.{key}", lang)

    def name(term: object) -> str:
        if term is None:
            return ""
        if isinstance(term, URIRef):
            if str(term) == f"{base}publisher":
                return x("publisher")
            return labels.name(str(term), lang)
        return str(term)

    out = []
    # Bounded by the page's resource (its records, what it points at) and the corrections: the
    # local lane, as the page's other queries (no query worker for a page).
    for row in access().bounded_select(QUERY, {"page": URIRef(iri)}):
        if row.get("property") == HG.linkedTo:
            continue  # the name's own record: the statements that pointed at it are shown
        corrected = row.get("corrected")
        out.append(
            Shown(
                property=labels.name(str(row["property"]), lang),
                subject=name(row["subject"]),
                corrected=name(corrected) if corrected is not None else x("removed"),
                original=name(row.get("original")) if row.get("original") is not None else x("added"),
                by=name(row.get("by")),
                at=str(row.get("at") or "")[:10],
                why=str(row.get("why") or ""),
            )
        )
    return out


def text(key: str) -> str:
    from hankegraafi.server.i18n import current_lang

    return translate(f"review.correction.{key}", current_lang())
