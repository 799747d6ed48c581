"""A document's own marks for goal statuses: a legend explaining its marks ("◐ = osittain toteutunut",
"Merkinnät: [v] toteutunut ; [~] osittain"), read once per document and asked of every goal form.

Moved from goalstatus.py (at the 600-line limit) with no change; the marks' meanings are read by status_of.
"""

from __future__ import annotations

import re

from hankegraafi.ingest.facts.goalstatus import answer, status_of
from hankegraafi.ingest.lightvalues import legend_pairs


def goal_legend(lines: list[str]) -> dict[str, str]:
    """Mark (case-folded) → goal status of every legend line that explains two statuses or more; a mark
    explained twice keeps its first meaning. A legend of light colours in the words of goals ("vihreä =
    toteutui") explains a goal table's colours the same way."""
    out: dict[str, str] = {}
    for line in lines:
        if "=" not in line or len(line) > 300:
            continue
        found: dict[str, str] = {}
        for mark, said in legend_pairs(line):
            meaning = said.strip().rstrip(")]").strip()  # the last pair of a legend in brackets: "(…, E = ei)"
            status = status_of(meaning) or answer(meaning)
            if status not in (None, "unknown"):
                found.setdefault(mark.casefold(), status)
        if len(set(found.values())) >= 2:
            for mark, status in found.items():
                out.setdefault(mark, status)
    for (
        line
    ) in lines:  # "Merkinnät: [v] toteutunut ; [~] osittain ; [-] ei toteudu": marks before words, no "="
        for mark, status in mark_items(line).items():
            out.setdefault(mark, status)
    return out


#: A mark before its meaning in a legend without "=": a bracketed sign ("[v]", "(x)", "(/)") or a run of signs.
_MARK_ITEM = re.compile(r"^\s*(?P<mark>\[[^\]\s]{1,2}\]|\([^)\s]{1,2}\)|[^\w\s]{1,3})\s+(?P<said>[^\W\d].*)$")


def mark_items(line: str) -> dict[str, str]:
    """Mark (case-folded) → goal status of a legend written as marks before words, parted by "·", ";" or "|" after a
    label ("Merkinnät: [v] toteutunut ; [~] osittain", "Merkit: (/) toteutunut · (!) osittain"); empty unless two
    items or more each read as a status and they name two statuses or more."""
    if "=" in line or len(line) > 300 or not re.search(r"[·;|]", line):
        return {}
    body = line.split(":", 1)[1] if ":" in line.split("[", 1)[0].split("(", 1)[0] else line
    found: dict[str, str] = {}
    for item in re.split(r"\s[·;|]\s", body):
        m = _MARK_ITEM.match(item)
        status = status_of(m.group("said")) if m else None
        if m is None or status in (None, "unknown"):
            return {}
        found.setdefault(m.group("mark").casefold(), status)
    return found if len(found) >= 2 and len(set(found.values())) >= 2 else {}
