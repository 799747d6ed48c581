"""Money returned to the funder: "Käyttämättä jäänyt avustus, 86 400 euroa, palautetaan …".

A final report or a message states the part of a grant that was not used and goes back
to the funder ("palautetaan", "palautettava", "återbetalas"). It is neither a cost nor a
grant: it is kept as a statement of its own kind (``statement-kind/returned``), so that
no query adds it to budgets, and owned like any sum of running text (the part a sentence
names, else the reporting unit, the whole when the sentence speaks of it).
"""

from __future__ import annotations

import re

from hankegraafi.ingest.facts.context import Context, Family
from hankegraafi.ingest.facts.model import CostLine, CostStatement, Project, Span
from hankegraafi.ingest.facts.money import of_part, owner
from hankegraafi.ingest.facts.sums import AMOUNT, sum_of
from hankegraafi.ingest.facts.text import Chunk, sentences
from hankegraafi.ingest.sumcues import RETURNED, plain_sums

#: Words saying the money was not used: the sum right after them is the one returned.
_UNUSED = re.compile(r"\bkäyttämättä\b|\boanvän\w*|\bunused\b|\bunspent\b", re.I)
_SUM = re.compile(AMOUNT, re.I)


def returned_sum(sentence: str) -> tuple[str, str] | None:
    """(cue, the sum as written) of a sentence that returns money, or None.

    The sum after "käyttämättä" when the sentence says so, else the first after the word
    of returning, else the last before it ("42 500 euroa palautetaan"). A sum with its currency first ("EUR 46 900,00",
    "EUR 12,400") is read as the money cues read it (sumcues.plain_sums).
    """
    sentence = plain_sums(sentence)
    cue = RETURNED.search(sentence)
    if cue is None:
        return None
    unused = _UNUSED.search(sentence)
    sums = list(_SUM.finditer(sentence))
    after_unused = [m for m in sums if unused is not None and m.start() > unused.end()]
    after = [m for m in sums if m.start() > cue.end()]
    before = [m for m in sums if m.end() <= cue.start()]
    candidates = after_unused or after or before[-1:]
    return (cue.group(), candidates[0].group("amount")) if candidates else None


def _grant_holder(unit: Project, sentence: str) -> Project:
    """Whose grant the money goes back from: the unit's own, else the nearest above it that has one.

    "osa avustuksesta jää käyttämättä" inside a part's text returns part of the project's
    grant; a sentence naming the part ("delområdets medel") keeps it with the part.
    """
    if of_part(sentence) or any(c.kind == "granted" for c in unit.costs):
        return unit
    above = unit.parent
    while above is not None:
        if any(c.kind == "granted" for c in above.costs):
            return above
        above = above.parent
    return unit


def _chunks(ctx: Context, chunks: list[Chunk], project: Project) -> None:
    for chunk in chunks:
        for sentence in sentences(chunk.text):
            found = returned_sum(sentence)
            value = sum_of(found[1]) if found else None
            if found is None or not value:  # "Unused grant returned to STM: EUR 0.": nothing returned
                continue
            unit = _grant_holder(owner(ctx, project, sentence), sentence)
            if any(c.kind == "returned" for c in unit.costs):
                continue
            span = Span(chunk.first, chunk.last, chunk.text)
            line = CostLine(found[0], "total", None, {"budget": value}, span)
            unit.costs.append(CostStatement("EUR", "returned", None, [line], span, cue=found[0]))


FAMILY = Family("returned", chunks=_chunks)
