"""Resources the publication itself mints beyond ``/id/`` and ``/vocab/``: the ontology's version IRI
and the OpenSearch description that VoID's ``void:openSearchDescription`` points at.

Kept apart from :mod:`.routes` so that the dataset description's promises
(every IRI it names dereferences) live next to :mod:`.dataset`.
"""

from __future__ import annotations

import functools
from xml.sax.saxutils import escape, quoteattr

from flask import Blueprint, Response, redirect, request
from rdflib import OWL, URIRef

from hankegraafi.ontology.namespaces import ONTOLOGY_IRI
from hankegraafi.server.pages.iris import SUFFIX_OF, SUFFIXES, Mapping, split_suffix

bp = Blueprint("published", __name__)

OPENSEARCH_PATH = "/opensearch.xml"
OPENSEARCH_MEDIA = "application/opensearchdescription+xml"


@functools.cache
def version_iris() -> frozenset[str]:
    """The ontology's ``owl:versionIRI`` values (from the package's own file)."""
    from hankegraafi.ontology.loader import ontology_graph

    return frozenset(str(v) for v in ontology_graph().objects(URIRef(ONTOLOGY_IRI), OWL.versionIRI))


def local_url(iri: str, base_iri: str) -> str | None:
    """The path on this server that answers for ``iri``, or None for an IRI it does not mint."""
    if iri in version_iris():
        return "/ontology/" + iri[len(ONTOLOGY_IRI) + 1 :]
    return Mapping(base_iri).local_path(iri)


@bp.route("/ontology/<path:version>")
def ontology_version(version: str) -> Response:
    """The version IRI stands for this version of the ontology: 303 to its document in the negotiated format."""
    from hankegraafi.server.pages.routes import ResourceNotFound, choose

    stem, suffix = split_suffix(version)
    iri = f"{ONTOLOGY_IRI}/{stem}"
    if iri not in version_iris():
        raise ResourceNotFound(iri)
    key = SUFFIXES[suffix] if suffix else choose(request.accept_mimetypes).key
    response = redirect(f"/ontology.{SUFFIX_OF[key]}", code=303)
    response.vary.add("Accept")
    return response  # type: ignore[return-value]


@bp.route(OPENSEARCH_PATH)
def opensearch() -> Response:
    """An OpenSearch 1.1 description of the search page, so that clients can find the search template."""
    root = request.host_url
    template = root + "search?q={searchTerms}"
    body = (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<OpenSearchDescription xmlns="http://a9.com/-/spec/opensearch/1.1/">\n'
        "  <ShortName>Hankegraafi</ShortName>\n"
        "  <Description>Hae sote-kehittämishankkeita, organisaatioita ja käsitteitä / "
        "Search social and health care development projects</Description>\n"
        "  <InputEncoding>UTF-8</InputEncoding>\n"
        "  <Language>fi</Language>\n"
        "  <Language>sv</Language>\n"
        "  <Language>en</Language>\n"
        f'  <Url type="text/html" template={quoteattr(template)}/>\n'
        f'  <Url type={quoteattr(OPENSEARCH_MEDIA)} rel="self" template={quoteattr(root + OPENSEARCH_PATH[1:])}/>\n'
        f"  <Attribution>{escape('Hankegraafi')}</Attribution>\n"
        "</OpenSearchDescription>\n"
    )
    return Response(body, mimetype=OPENSEARCH_MEDIA)
