"""Money of the parts once the tables and lights are filed (``partscopes.refile``'s last steps).

A part's estimate said in a sentence and itemised in a table is one estimate; a sum returned to the funder,
read in a part's text, goes back to the grant it came from. Moved out of ``partscopes`` (at its line limit)
unchanged.
"""

from __future__ import annotations

from hankegraafi.ingest.facts.context import Context
from hankegraafi.ingest.facts.model import CostStatement
from hankegraafi.ingest.facts.partwords import names_a_part


def _total(statement: CostStatement) -> object:
    totals = [line.values.get("budget") for line in statement.lines if line.category == "total"]
    return totals[0] if totals else None


def one_estimate(ctx: Context) -> None:
    """A part's estimate said in a sentence ("Kostnadsförslag: 730 000 euro") and itemised in a table
    with the same total is one estimate: the sentence's total alone goes, the table stays."""
    for project in ctx.projects:
        estimates = [s for s in project.costs if s.kind == "estimate" and s.year is None]
        tables = [s for s in estimates if len(s.lines) > 1 and _total(s) is not None]
        for statement in estimates:
            if len(statement.lines) == 1 and any(_total(t) == _total(statement) for t in tables):
                project.costs.remove(statement)


def returns_to_grant(ctx: Context) -> None:
    """A sum returned to the funder, read in a part's text, goes back from the grant it came from: the
    whole's, when the part has no grant or application of its own and the sentence names no part
    ("Käyttämättä jäänyt 0,09 M€ palautetaan STM:lle." under a part's cost table). The returned family
    files it while the document is read, before the whole's grant of a head field is known."""
    root = ctx.root
    for project in ctx.projects:
        if project is root or root is None or project.level == "project":
            continue
        if any(s.kind in ("granted", "applied") for s in project.costs):
            continue
        for statement in [s for s in project.costs if s.kind == "returned" and not names_a_part(s.span.quote)]:
            project.costs.remove(statement)
            if not any(s.kind == "returned" for s in root.costs):
                root.costs.append(statement)


#: The single sums a sentence states, which a part's section may hold though they are the whole's.
_SENTENCE_SUMS = ("granted", "applied", "estimate")


def parts_sum_to_whole(ctx: Context) -> None:
    """A sum a sentence states in a part's section that is what the parts' estimate tables add up to, two parts or
    more, is the whole's ("Haettava valtionavustus on yhteensä 2 640 000 euroa" after the last investment's table,
    test48 os09): moved to the whole (or left out where the whole has it already), unless the sentence names a part
    or the whole states another sum of that kind."""
    root = ctx.root
    if root is None:
        return
    parts = [p for p in ctx.projects if p.parent is root]
    totals = [t for p in parts if (t := _table_total(p)) is not None]
    if len(totals) < 2:
        return
    whole = sum(totals)  # type: ignore[arg-type]
    for project in parts:
        for statement in list(project.costs):
            if statement.kind not in _SENTENCE_SUMS or len(statement.lines) != 1 or _total(statement) != whole:
                continue
            if names_a_part(statement.span.quote):
                continue
            held = [s for s in root.costs if s.kind == statement.kind and len(s.lines) == 1]
            if held and all(_total(s) != whole for s in held):
                continue  # the whole states another sum of that kind: this one may be the part's after all
            project.costs.remove(statement)
            if not held:
                root.costs.append(statement)  # else the whole holds it already (read twice)


def _table_total(project: object) -> object:
    """The total of a part's one estimate table (a table: more lines than its total)."""
    tables = [s for s in project.costs if s.kind == "estimate" and len(s.lines) > 1]  # type: ignore[attr-defined]
    totals = [_total(s) for s in tables]
    return totals[0] if len(totals) == 1 else None


def settle(ctx: Context) -> None:
    """The parts' money once their tables are filed: one estimate each, returns to the grant, the whole's sums."""
    one_estimate(ctx)
    returns_to_grant(ctx)
    parts_sum_to_whole(ctx)
