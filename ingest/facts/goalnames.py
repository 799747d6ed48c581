"""One goal stated twice: a list item and a sentence elsewhere that restates or judges it.

A report lists its goals and then judges them in prose, each by naming it in other words
("- Asukkaan yörauha paranee …" and below "Yörauhaa koskeva tavoite toteutui."), or states
in its overview what became of one ("… suun terveydenhuollon oirearvio siirtyi vuodelle
2023" above "- Laajentaa Omaolo suun terveydenhuoltoon"). The sentence is a status of the
goal it names, not a goal of its own. A sentence names a goal when it shares a distinctive
word stem (compound nouns, inflected: "yörauhaa" ~ "yörauha") with that goal and with no
other goal of the list.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from hankegraafi.ingest.facts.model import Goal
from hankegraafi.ingest.facts.text import BULLET


@functools.lru_cache(maxsize=4096)
def norm(text: str) -> str:
    """Lower case, no bullet, no punctuation at the ends, single spaces: to compare two statements.

    Remembered: :func:`merge_goals` compares every pair of a report's goals (a long text of goals
    in running text spent most of its time making the same statements' forms again); 256 forms were
    too few for a report of some hundreds of goals, where every pair's forms were made again (R7-5)."""
    return re.sub(r"\s+", " ", BULLET.sub("", text).lower()).strip(" .,;:!?-–")


def _restates(a: str, b: str) -> bool:
    """``b`` states the goal ``a`` again ("X" and "X siirtyi vuodelle 2023 …"), both in their compared form
    (:func:`norm`), ``a`` long enough to name a goal (:func:`_names_goal`)."""
    return len(a) <= len(b) and (b == a or b.startswith(a + " ") or f" {a} " in f" {b} ")


def _names_goal(a: str) -> bool:
    """A compared form long enough to name a goal of its own: two words and twelve characters."""
    return len(a) >= 12 and len(a.split()) >= 2


def merge_goals(goals: list[Goal]) -> list[Goal]:
    """One goal stated in a summary sentence and in the list of goals is one goal.

    The listed statement (the shorter) gives the description and span; the status is the
    one that is known (the list's when both are), the reason either one's.
    """
    out: list[Goal] = []
    # each kept goal's compared form and whether it names a goal, made once: every pair is compared (R7-5)
    forms: list[tuple[str, bool]] = []
    for goal in goals:
        g = norm(goal.description)
        names = _names_goal(g)
        for i, seen in enumerate(out):
            s, seen_names = forms[i]
            if (seen_names and _restates(s, g)) or (names and _restates(g, s)):
                short, long = (seen, goal) if len(s) <= len(g) else (goal, seen)
                status = short.status if short.status != "unknown" else long.status
                spans = [x for x in (seen.span, *seen.restated, goal.span) if x != short.span]
                out[i] = Goal(short.description, status, short.reason or long.reason, short.span, spans)
                forms[i] = (s, seen_names) if short is seen else (g, names)
                break
        else:
            out.append(goal)
            forms.append((g, names))
    return merge_judged(out)


@dataclass
class JudgingSentence(Goal):
    """A goal read from a sentence of running text that states its status ("… siirtyi vuodelle
    2023"): kept only if it names no listed goal (``merge_judged``)."""


#: Word beginnings that every goal or status sentence has: they tell no goal from another.
_COMMON = (
    "tavoit", "toteut", "saavut", "valmist", "siirt", "osittain", "kesken", "hank", "kehit",
    "koskev", "vuode", "palvelu", "asiak", "asuk", "alueel", "kunnis", "käytös", "otettiin",
    "mukai", "jatku", "uppnå", "målet", "projekt",
)  # fmt: skip


#: Words of who or where the work is done ("Itä-Uudenmaan hyvinvointialue", "Vantaan kaupunki"):
#: a county or town names no goal apart from another of the same report.
_WHO = ("hyvinvointialue", "välfärdsområde", "kaupunki", "kaupungi", "kunnan", "kunta", "kommun", "staden")


def _stems(text: str) -> list[str]:
    """The distinctive words of a statement: no common word of goals and statuses, and no word of
    the name of who or where ("Itä-Uudenmaan hyvinvointialue": the place before its word too)."""
    words = re.findall(r"[A-Za-zÅÄÖåäö-]+", BULLET.sub("", text))
    out = []
    for i, word in enumerate(words):
        after = words[i + 1].lower() if i + 1 < len(words) else ""
        if word[:1].isupper() and after.startswith(_WHO):
            continue
        out += [w for w in re.findall(r"[a-zåäö]{5,}", word.lower()) if not w.startswith(_COMMON + _WHO)]
    return out


def _alike(x: str, y: str) -> bool:
    """Two forms of one word: "yörauhaa" ~ "yörauha", "terveydenhuollon" ~ "terveydenhuoltoon"."""
    n = 0
    while n < min(len(x), len(y)) and x[n] == y[n]:
        n += 1
    return n >= 5 and n >= 0.75 * min(len(x), len(y))


def _score(sentence: str, goal: Goal) -> int:
    own = _stems(goal.description)
    return sum(1 for word in _stems(sentence) if any(_alike(word, g) for g in own))


def named_goal(sentence: str, goals: list[Goal]) -> Goal | None:
    """The one goal of ``goals`` the sentence names, else None (none or a tie)."""
    scored = sorted(((_score(sentence, g), i) for i, g in enumerate(goals)), reverse=True)
    if not scored or scored[0][0] == 0 or (len(scored) > 1 and scored[1][0] == scored[0][0]):
        return None
    return goals[scored[0][1]]


def judge(goal: Goal, status: str | None, reason: str | None = None) -> None:
    """``goal`` takes the status a sentence naming it states, unless its own answer judged it."""
    if status is not None and goal.status == "unknown":
        goal.status = status
        goal.reason = goal.reason or reason


def merge_judged(goals: list[Goal]) -> list[Goal]:
    """A sentence that judges a listed goal by naming it is that goal's status, not a goal; nor is one on a later
    line of a listed goal's own span (its report under it, "Tavoitteen toteutuminen: kesken, …", read already)."""
    listed = [g for g in goals if not isinstance(g, JudgingSentence)]
    out: list[Goal] = []
    for goal in goals:
        inside = any(g.span.first < goal.span.first and goal.span.last <= g.span.last for g in listed)
        if isinstance(goal, JudgingSentence) and inside:
            continue
        target = named_goal(goal.description, listed) if isinstance(goal, JudgingSentence) else None
        if target is None:
            out.append(goal)
            continue
        judge(target, goal.status, goal.reason)
        target.restated.append(goal.span)
    return out
