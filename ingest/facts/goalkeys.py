"""A part's key before a goal: the part the goal belongs to, not the goal's words.

A report of several trials or parts lists each goal under the key of its part: "Osa 1 – Kotiutus
viivästyy …", "Kokeilu B: chat vastaa …", or the part's letter alone in a memo's list ("A  Iltalääkärin
kotikäynti …", "B  Sosiaaliohjaaja …"). The key is read off the goal's text where it is a key:

- a word and a number or letter before a colon or a dash, the word one of the vocabulary's words of a
  part (``project-part``) or the document's own word of its parts (facts/partwords.py); or, before a dash,
  a word that keys two goals or more with different numbers ("Osa 1 – …", "Osa 2 – …"). Before a colon
  such a word is the goal's own label ("Outcome 1: …", "Tulos 2: …"), kept as "Tavoite 1:" is;
- a capital letter alone, where the project's goals run A, B, C … in order: "A nurse at every school" is
  a goal beginning with its article, and one such goal is no series;
- a capital letter and a colon, where two letters or more key the goals in order ("A: X", "A: Y", "B: Z"), and
  an acronym of a part's word keying goals with two keys or more before a colon ("TP A: X", "TP B: Y").
"""

from __future__ import annotations

import re
from collections import Counter

from hankegraafi.ingest.facts.context import Context
from hankegraafi.ingest.facts.goallabels import goal_words
from hankegraafi.ingest.facts.model import Goal
from hankegraafi.ingest.facts.partwords import document_words, part_words

#: "Osa 1 – X", "Kokeilu B: X", "Delprojekt II: X", "Work package 2 – X": a word, its number or letter, and a colon or
#: a dash before the goal, which begins in a capital or a figure.
_WORD_KEY = re.compile(
    r"^(?P<word>[A-ZÅÄÖ][\w-]*(?:\s[a-zåäö][\w-]*)?\.?)\s+(?P<key>\d{1,2}|[A-H]|[IVX]{1,4})"
    r"(?:\s*(?P<colon>:)|\s+[–—-])\s+(?P<goal>[A-ZÅÄÖ0-9].{7,})$"
)
#: "A  Iltalääkärin kotikäynti …": a letter alone and the goal after it, in a capital.
_LETTER_KEY = re.compile(r"^(?P<key>[A-H])\s+(?P<goal>[A-ZÅÄÖ].{7,})$")
#: "A: Sosiaalityöntekijä on tavattavissa …": a part's letter and a colon before the goal.
_LETTER_COLON = re.compile(r"^(?P<key>[A-H]):\s+(?P<goal>[A-ZÅÄÖ].{7,})$")
#: "(WS1) X", "[TP 2] X", "(Osahanke 1) X": a part's code or word and key in brackets before the goal (test50 ou17).
_BRACKETED_KEY = re.compile(
    r"^[(\[](?P<key>[A-ZÅÄÖ]{1,4}[ -]?(?:\d{1,2}|[A-H])|[A-ZÅÄÖ][\w-]+\s(?:\d{1,2}|[A-H]))[)\]]\s+"
    r"(?P<goal>[A-ZÅÄÖ0-9].{7,})$"
)
#: "TP", "WP", "DP": a part's word cut to its capitals ("TP A: X", "TP B: Y"), no goal's label ("Tulos 2: X").
_ACRONYM = re.compile(r"^[A-ZÅÄÖ]{2,3}$")


def _written_out(word: str, known: set[str]) -> str:
    """A part's word cut short with a full stop ("Inv. 1: X", "Delpr. 2 – Y") as a known word it begins (which
    one does not matter: "inv." begins "investointi", "investering" and "investment" alike); else as it is."""
    if not word.endswith(".") or len(word) < 4:
        return word
    return min((k for k in known if k.startswith(word[:-1])), default=word)


def _keyed_words(goals: list[Goal]) -> set[str]:
    """Words that key two goals or more with different numbers or letters."""
    keys: dict[str, set[str]] = {}
    for goal in goals:
        m = _WORD_KEY.match(goal.description.strip())
        if m is not None:
            keys.setdefault(m.group("word").lower(), set()).add(m.group("key"))
    return {word for word, seen in keys.items() if len(seen) >= 2}


def _letters_by_part(goals: list[Goal]) -> bool:
    """Two goals or more keyed "A: X", "A: Y", "B: Z": letters of two parts or more, in order (a part's goals
    together), each goal's letter the part it belongs to; one letter alone may be a goal's own code."""
    letters = [m.group("key") for g in goals if (m := _LETTER_COLON.match(g.description.strip())) is not None]
    return len(letters) >= 2 and len(set(letters)) >= 2 and letters == sorted(letters)


def _lettered(goals: list[Goal]) -> bool:
    """The goals' letters run A, B, C … in order, each once, two or more."""
    letters = [m.group("key") for g in goals if (m := _LETTER_KEY.match(g.description.strip())) is not None]
    expected = [chr(ord("A") + i) for i in range(len(letters))]
    return len(letters) >= 2 and letters == expected and max(Counter(letters).values()) == 1


def _without_bracketed_keys(ctx: Context) -> None:
    """Goals keyed by their part in brackets, two or more ("(WS1) X", "(WS1) Y", "(WS2) Z"): each goal's text
    without its key; one goal alone with a bracket before it keeps it (it may be the goal's own words)."""
    keyed = [
        (g, m) for p in ctx.projects for g in p.goals if (m := _BRACKETED_KEY.match(g.description.strip()))
    ]
    if len(keyed) < 2:
        return
    for goal, m in keyed:
        goal.description = m.group("goal").strip()


def without_part_keys(ctx: Context) -> None:
    """Each goal's text without the key of the part it was listed under."""
    _without_bracketed_keys(ctx)
    known = set(part_words()) | set(document_words())
    labels = goal_words()
    for project in ctx.projects:
        keyed = _keyed_words(project.goals)
        lettered = _lettered(project.goals)
        by_part = _letters_by_part(project.goals)
        for goal in project.goals:
            text = goal.description.strip()
            m = _WORD_KEY.match(text)
            if m is not None:
                word = _written_out(m.group("word").lower(), known)
                # A word no vocabulary knows before a colon labels the goal itself ("Outcome 1: X", "Tulos 2: Y"),
                # as "Tavoite 1:" does; before a dash, repeated with other numbers, it keys the goal's part.
                # An acronym repeated with other keys before a colon ("TP A: X", "TP B: Y") keys the goal's part too.
                acronym = _ACRONYM.match(m.group("word")) is not None
                if word not in labels and (
                    word in known or (word in keyed and (not m.group("colon") or acronym))
                ):
                    goal.description = m.group("goal").strip()
                continue
            m = _LETTER_KEY.match(text)
            if m is not None and lettered:
                goal.description = m.group("goal").strip()
            m = _LETTER_COLON.match(text)
            if m is not None and by_part:
                goal.description = m.group("goal").strip()
