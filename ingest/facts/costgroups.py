"""Cost tables with a group of columns per part: "Kustannuslaji | Osa 1 myönnetty | Osa 1 toteutunut | Osa 2
myönnetty | Osa 2 toteutunut", "Cost type | Pathway 1 budget | Pathway 1 actual | Pathway 2 budget | …".

The class (test31 ic51, test30 oc04; tuning documents u1285, u1286): a report sets its parts' follow-ups side by
side, each group's heads opening with the part's word and number (or its key or name). The table reader already
reads each group of columns as a statement of its own (``money._read``); here each group's statement goes to
the part its heads name, and a group of the whole ("Koko hanke", "Yhteensä") stays the unit's.

The negative side: groups whose heads name years or periods ("2024 budjetti | 2024 toteuma | 2025 …"), or name
no part the document has, or two groups that name one part: the statements stay where the table stands.
"""

from __future__ import annotations

import re

from hankegraafi.ingest.facts.context import Context
from hankegraafi.ingest.facts.lightmatrix import known_part
from hankegraafi.ingest.facts.model import CostStatement, Project

#: A group's heads of the whole project, not a part's ("Koko hanke budjetti", "Whole project actual").
_WHOLE = re.compile(r"^(?:koko hanke|hela projektet|whole project|yhteensä|totalt|total)$", re.I)


def _prefix(heads: list[str]) -> str:
    """The words every head of a group opens with ("Pathway 1" of "Pathway 1 budget", "Pathway 1 actual")."""
    words = [h.split() for h in heads if h.strip()]
    if len(words) < 2:
        return ""
    common: list[str] = []
    for column in zip(*words, strict=False):
        if any(w.casefold() != column[0].casefold() for w in column):
            break
        common.append(column[0])
    return " ".join(common).strip(" :–-")


def group_owners(ctx: Context, header: list[str], groups: list[list[int]]) -> list[Project | None]:
    """The part each group of columns is of, by the words its heads open with; every one None unless each
    group names a part of its own (a group of the whole names the unit: None)."""
    owners: list[Project | None] = []
    for group in groups:
        named = _prefix([header[i] for i in group if i < len(header)])
        if not named or re.fullmatch(r"[\d\s/–-]+", named):
            return [None] * len(groups)  # years or periods, or no words in common: no parts
        owner = None if _WHOLE.match(named) else known_part(ctx, named)
        if owner is None and not _WHOLE.match(named):
            return [None] * len(groups)
        owners.append(owner)
    found = [o for o in owners if o is not None]
    if len(found) < 2 or len({id(o) for o in found}) != len(found):
        return [None] * len(groups)
    return owners


def move(home: Project, before: int, owner: Project | None) -> None:
    """The statements ``home`` was given from ``before`` on go to ``owner`` (when there is one)."""
    if owner is None or owner is home:
        return
    made: list[CostStatement] = home.costs[before:]
    del home.costs[before:]
    owner.costs.extend(made)


__all__ = ["group_owners", "move"]
