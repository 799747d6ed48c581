"""Curation: a person's decisions about what the ingest read, kept as data and applied after every write.

The ingest will never read every document right. A publisher links a name nobody's vocabulary
knew to the organisation it is, confirms it as a new organisation, rejects a wrong fact, corrects
a value, merges two projects or adds a dependency the text left implicit. Each decision is a
``hg:CurationDecision`` in the curation graph ``<base>meta/curation`` with its PROV: who
(``prov:wasAttributedTo``, by default the publisher, not a person), when (``prov:endedAtTime``),
why (``hg:reason``) and on which version of which document (``prov:used`` the document graph,
``hg:documentSha256`` its checksum then). The curation graph is the only input people write; it is
never derived, so it survives every re-ingest and can be exported and imported (sorted Turtle).

Applying (:func:`recompute`, the first step of :mod:`hankegraafi.ingest.derived`) edits the
document graphs in place, so that every query sees the corrected graph by default, and leaves in
each edited graph one ``hg:Correction`` per changed statement: the decision, ``rdf:subject``,
``rdf:predicate``, the original (``hg:originalValue``) and the corrected value
(``hg:correctedValue``). A page shows a fact with a correction as corrected and can show the
original reading on request; a re-ingest replaces the graph with the document's own reading again
and the next recompute applies the decision anew. A correction node is also the mark that a
decision has been applied to this version of the graph.

A decision whose target is in no document graph any more (the document changed) is not dropped:
the derived graph ``<base>meta/curation-status`` records it as ``vanished`` and the review queue
(:func:`queue`) lists it again, flagged.
"""

from __future__ import annotations

from hankegraafi.ingest.curation.applying import Edit, apply, plan, recompute
from hankegraafi.ingest.curation.deciding import decide
from hankegraafi.ingest.curation.decisions import (
    ACTIONS,
    CurationError,
    Decision,
    checked,
    checked_fields,
    curation_graph_iri,
    decision_faults,
    decisions_from,
    default_agent,
    document_graphs,
    expand_iri,
    graph_holding,
    graph_of,
    graph_sha,
    import_graph,
    make,
    merge_pairs,
    new_decision_iri,
    read_decisions,
    record,
    record_of,
    sorted_turtle,
    split_pairs,
    status_graph_iri,
    value_like,
)
from hankegraafi.ingest.curation.reviewqueue import (
    GUESS_PROPERTIES,
    Item,
    corrections_of,
    find_item,
    item_id,
    queue,
    warnings,
)

__all__ = [
    "ACTIONS",
    "GUESS_PROPERTIES",
    "CurationError",
    "Decision",
    "Edit",
    "Item",
    "apply",
    "checked",
    "checked_fields",
    "corrections_of",
    "curation_graph_iri",
    "decide",
    "decision_faults",
    "decisions_from",
    "default_agent",
    "document_graphs",
    "expand_iri",
    "find_item",
    "graph_holding",
    "graph_of",
    "graph_sha",
    "import_graph",
    "item_id",
    "make",
    "merge_pairs",
    "new_decision_iri",
    "plan",
    "queue",
    "read_decisions",
    "recompute",
    "record",
    "record_of",
    "sorted_turtle",
    "split_pairs",
    "status_graph_iri",
    "value_like",
    "warnings",
]
