"""Two grids of one part's money: the budget in one, what was spent in the next.

A steering group's deck or a report may print a part's money as two grids of the same rows and columns, a slide
or a table each: "Talous: budjetti koko hankekaudelle (€)" and then "Talous: toteutunut 28.2.2025 mennessä (€)",
each "Kustannuslaji | TP1 | TP2 | Yhteensä". Read alone, the first is a plan's estimate per part; with the second
it is the budget the spending is followed against: one cumulative statement of budget and actual per part, as a
single grid "Kustannuslaji | Budjetti | Toteutunut" would give (test45 op08).
"""

from __future__ import annotations

from hankegraafi.ingest.facts.model import CostStatement, Project


def joins_budget(project: Project, spent: CostStatement) -> bool:
    """The grid of what ``project`` spent (``spent``, every line an actual) joins the grid of its budget read
    before it (an estimate without a year or a cue, two lines or more, each only a budget, of every category
    ``spent`` has): that one becomes a cumulative statement of both. False, and nothing changed, when there is
    none (a grid of what was spent alone, or after a plan's estimate of other rows)."""
    wanted = [line.category for line in spent.lines]
    if None in wanted or not all(set(line.values) == {"actual"} for line in spent.lines):
        return False
    for said in project.costs:
        budget = {line.category: line for line in said.lines}
        if (
            said.kind != "estimate"
            or said.year is not None
            or said.cue is not None
            or len(said.lines) < 2
            or None in budget
            or not all(set(line.values) == {"budget"} for line in said.lines)
            or not set(wanted) <= set(budget)
        ):
            continue
        for line in spent.lines:
            budget[line.category].values["actual"] = line.values["actual"]
        said.kind = "cumulative"
        return True
    return False
