"""One decision made, recorded and applied, with the derived graphs rebuilt (the CLI and /review)."""

from __future__ import annotations

from rdflib import URIRef

from hankegraafi.ingest.curation.decisions import graph_of, make, record, status_graph_iri
from hankegraafi.ontology.namespaces import HG


def decide(store: object, base: str, action: str, target: URIRef, **kw: object) -> tuple[URIRef, str]:
    """Make, record and apply one decision (the command line and /review both come here); returns
    its IRI and its state: ``applied``, ``vanished`` (its target is in no document graph; kept and
    listed in the queue)."""
    from hankegraafi.ingest.derived import recompute_all

    decision = make(store, base, action, target, **kw)  # type: ignore[arg-type]
    record(store, base, decision)
    recompute_all(store, base)  # type: ignore[arg-type]
    state = graph_of(store, status_graph_iri(base)).value(decision.iri, HG.decisionStatus)
    return decision.iri, str(state or "recorded")
