"""The ontology's documents (HTML documentation, the ontology in each RDF format), built once per process.

They come from the package's own files, not the store: the same for every data version. Their own
module beside the routes that serve them (server/pages/routes.py), which stay under the line limit.
"""

from __future__ import annotations

import threading

from rdflib import Graph

from hankegraafi.server.pages import rdfout

_ontology_lock = threading.Lock()
_ontology_docs: dict[str, bytes] = {}


def ontology_document_body(key: str) -> bytes:
    """The ontology's documentation (``html``) or the ontology in an RDF format, built once per process.

    It comes from the package's own files, not the store, so it is the same
    for every data version; ``pages.register`` builds the HTML in the
    background at start-up (a second or so) so that no reader waits for it.
    """
    with _ontology_lock:
        body = _ontology_docs.get(key)
        if body is None:
            if key == "html":
                from hankegraafi.ontology.docs import render_html

                body = render_html().encode("utf-8")
            else:
                from hankegraafi.ontology.loader import ontology_graph

                body = rdfout.serialize(_copy(ontology_graph()), key)
            _ontology_docs[key] = body
        return body


def _copy(graph: Graph) -> Graph:
    out = Graph()
    for triple in graph:
        out.add(triple)
    return out
