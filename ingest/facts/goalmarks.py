"""A document's own marks for goal statuses: a legend explaining its marks ("◐ = osittain toteutunut",
"Merkinnät: [v] toteutunut ; [~] osittain"), read once per document and asked of every goal form.

Moved from goalstatus.py (at the 600-line limit) with no change; the marks' meanings are read by status_of.
"""

from __future__ import annotations

import re

from hankegraafi.ingest.facts.goalstatus import answer, status_of
from hankegraafi.ingest.labels import match_heading
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


#: A verdict before the goal: in brackets ("[VALMIS] X", "[SIIRTYY Q1/2024] X"), a word in capitals, its words joined
#: by "_" ("TOTEUTUNUT X", "EI_TOTEUTUNUT X": a task list's keywords), or a code with its meaning ("T (toteutunut) X").
_STATUS_AHEAD = re.compile(
    r"^(?:\[(?P<status>[^\[\]]{3,40})\]|(?P<caps>(?-i:[A-ZÅÄÖ][A-ZÅÄÖ_]{2,30}))|[A-ZÅÄÖ]{1,3}\s*\((?P<gloss>[^()]{3,40})\))"
    r"\s+(?P<goal>\S.+)$"
)


def status_ahead(line: str) -> tuple[str, str] | None:
    """(goal, status) of a line whose verdict stands before its goal (``_STATUS_AHEAD``); None if none does."""
    ahead = _STATUS_AHEAD.match(line)
    if ahead is None:
        return None
    if ahead.group("caps") and (
        not ahead.group("goal")[:1].isupper() or re.match(r"[A-ZÅÄÖ]{2,}\b", ahead.group("goal"))
    ):
        return None  # "COMPLETE SERVICE CHAIN …", "COMPLETE service chain … – partly": no keyword before a goal (R15-8)
    tail = re.split(r"\s+[–—-]\s+", ahead.group("goal"))
    if ahead.group("caps") and len(tail) > 1 and status_of(tail[-1]) is not None:
        return None  # "COMPLETE Service chain … – partly achieved": the verdict in its tail wins (R15-26)
    said = ahead.group("status") or ahead.group("gloss") or ahead.group("caps").replace("_", " ")
    found = status_of(said)
    return (ahead.group("goal").strip(), found) if found not in (None, "unknown") else None


#: The year or years a title is for: "Tavoitteet 2024", "Mål för 2025", "Goals 2024–2025", "Tavoitteet (2023)".
_FOR_YEAR = re.compile(r"\s+(?:för\s+|for\s+|vuodelle\s+)?\(?\d{4}(?:\s*[–—/-]\s*\d{2,4})?\)?$", re.I)


def goals_title(line: str) -> bool:
    """A title over goals, a year after it or not ("Tavoitteet 2024", "Mål för 2025"): no goal of its own."""
    bare = _FOR_YEAR.sub("", line.strip())
    found = match_heading(bare) if bare else None
    return found is not None and found[0] in ("goals", "goal-results") and not found[1]
