"""The words that tell a concept in a text, read from its vocabulary (``hg:cue``, ``hg:cueRank``).

Document kinds, output types, participation roles and cost-statement kinds keep
their cue words in ``ontology/vocab/*.ttl`` beside their labels, so a new cue
(or a new concept with cues) is one vocabulary entry; ingest reads them here,
once per reading of the vocabularies (``registry.extended`` in a test re-reads).
"""

from __future__ import annotations

import re

from hankegraafi.ontology import registry

#: (vocabulary as read, scheme name → its patterns), rebuilt when the registry re-reads.
_ranked: tuple[object, dict[str, tuple[tuple[str, re.Pattern[str]], ...]]] | None = None
_weighted: tuple[object, dict[str, dict[str, tuple[tuple[str, int], ...]]]] | None = None


def ranked(scheme: str) -> tuple[tuple[str, re.Pattern[str]], ...]:
    """(concept key, its cues as one pattern) of each ranked concept of ``scheme`` with cues, by rank.

    A concept's cue literals are alternatives of one case-insensitive pattern
    (in the order written as the registry keeps them); the first concept in
    rank order whose pattern is found in a text is what the text states.
    """
    global _ranked
    current = registry.schemes()
    if _ranked is None or _ranked[0] is not current:
        _ranked = (current, {})
    found = _ranked[1].get(scheme)
    if found is None:
        concepts = sorted(
            (c for c in registry.scheme(scheme) if c.cue_rank is not None and c.cues),
            key=lambda c: c.cue_rank or 0,
        )
        found = tuple(
            (c.key, re.compile("|".join(f"(?:{cue})" for texts in c.cues.values() for cue in texts), re.I))
            for c in concepts
        )
        _ranked[1][scheme] = found
    return found


def weighted(scheme: str) -> dict[str, tuple[tuple[str, int], ...]]:
    """Concept key → its (pattern, weight) cues (``hg:weightedCue``), concepts in rank order.

    For a reading that adds up evidence (a document's kind) rather than taking
    the first cue found.
    """
    global _weighted
    current = registry.schemes()
    if _weighted is None or _weighted[0] is not current:
        _weighted = (current, {})
    found = _weighted[1].get(scheme)
    if found is None:
        concepts = sorted(
            (c for c in registry.scheme(scheme) if c.cue_rank is not None and c.weighted_cues),
            key=lambda c: c.cue_rank or 0,
        )
        found = {c.key: c.weighted_cues for c in concepts}
        _weighted[1][scheme] = found
    return found
