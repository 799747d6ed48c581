"""The word that labels one goal, read from the vocabulary (status.ttl, ``goal-label``).

"Tavoite 2: X – toteutunut", "Mål 1 – X", "Päämäärä 3: X – jäi kesken": the goal readers
(goalforms.py, goals.py, goalleads.py) take any label of the ``goal-label`` concept as the word before
a goal's number or colon, so another template's word for a goal is one vocabulary line, not a pattern
in each reader. The patterns are built once per reading of the vocabularies.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from hankegraafi.ingest import cues
from hankegraafi.ontology import registry

_SCHEME = "goal-label"
#: Before the goal's words: a colon, a full stop or a bracket, a dash, or a capital after a space.
_AFTER_NUMBER = r"(?:[:.)]\s*|[–—-]\s+|\s(?=[A-ZÄÖÅ]))"
#: Between a goal's key and its words, any run of signs that is no word and no bracket opening one: an arrow of
#: any shape ("⟶", "→", "=>", "»", "->"), a bar, "::", "·" (stop 50: "Tavoite 1  ⟶  X").
_SIGNS = r"\s*[^\w\s(\[%‰€$£,.+]{1,3}\s*"  # no unit or figure's sign: "Tavoite 80 % asiakkaista …" has no key (R15-9)
#: A goal's key: its number ("2", "2.1", "3b"), or a capital letter or roman numeral standing alone ("Tavoite A: X",
#: "Mål B – X", "Goal IV: X"), written in capitals whatever the case of the label.
_KEY = r"(?:\d+(?:\.\d+)*[a-z]?(?!\w)|(?-i:[A-ZÄÖÅ]|[IVX]{2,4})(?!\w))"
#: After the key: the signs, or space before a capital ("Tavoite A   X", a form's key and its goal in columns).
_AFTER_KEY = rf"(?:{_SIGNS}|\s+(?-i:(?=[A-ZÄÖÅ])))"
#: A key of its own before the label: an outline number ("3.1 Tavoite: X") or a part's key and a slash ("TP 1 /
#: Tavoite 1: X", "Investointi 2 / Tavoite 1: X"); the goal is the words after the label.
_OWN_KEY = r"(?:\d{1,2}(?:\.\d{1,2})+\.?\s+|[^\W\d]{1,12}\s?\d{1,2}\s*/\s*)?"


@dataclass(frozen=True)
class GoalLabels:
    """The goal label's patterns: each reader's form of "<label> <number>" or "<label>:"."""

    #: "Tavoite 2: X" as a whole line, any case; the goal's words in ``goal``.
    line: re.Pattern[str]
    #: "Tavoite: X" without a number, the report and measures on the lines after it.
    plain: re.Pattern[str]
    #: "Tavoite: X." with "Tilanne: …" after it on the same text.
    pair: re.Pattern[str]
    #: Where a run of labelled goals joined on one text splits ("… Tavoite 2: …"), capitalised.
    split: re.Pattern[str]
    #: A label with its number anywhere ("Tavoite 2", "MÅL 1"), capitalised or in capitals.
    numbered: re.Pattern[str]
    #: "Tavoite 1 (X) – verdict": the goal in brackets after its label and key, its verdict after them.
    bracketed: re.Pattern[str]


@cues.per_reading
def _labels(scheme: str) -> GoalLabels:
    forms = sorted(
        {form.casefold() for concept in registry.scheme(scheme) for form in concept.surface_forms()}
        or {"tavoite"},
        key=lambda form: (-len(form), form),
    )
    any_case = "|".join(re.escape(form) for form in forms)
    written = "|".join(re.escape(form[:1].upper() + form[1:]) + "|" + re.escape(form.upper()) for form in forms)
    return GoalLabels(
        line=re.compile(
            rf"^\s*{_OWN_KEY}(?:{any_case})\s+(?:\d+(?:\.\d+)*\s*{_AFTER_NUMBER}|{_KEY}{_AFTER_KEY})"
            rf"(?P<goal>\S.{{3,}})$",
            re.I,
        ),
        plain=re.compile(rf"^\s*{_OWN_KEY}(?:{any_case})\s*:\s*(?P<goal>\S.{{3,}})$", re.I),
        pair=re.compile(
            rf"^\s*(?:{any_case})\s*:\s*(?P<goal>\S.{{3,}}?)\s+"
            r"(?:tilanne|tila|toteutuminen|toteuma|arvio|status|läge|utfall|progress|outcome)\s*:\s*(?P<status>\S.*)$",
            re.I,
        ),
        split=re.compile(rf"(?=\b(?:{written})\s+\d+(?:\.\d+)*\s*(?:[:.)]\s|[–—-]\s|\s(?=[A-ZÄÖÅ])))"),
        numbered=re.compile(rf"\b(?:{written})\s+\d+\b"),
        bracketed=re.compile(
            rf"^\s*(?:{any_case})\s+{_KEY}\s*\((?P<goal>[^()]{{8,}})\)\s*(?P<rest>(?:[^\w\s(]\s*\S.*)?)$", re.I
        ),
    )


def goal_labels() -> GoalLabels:
    """The patterns of the vocabulary as read now."""
    return _labels(_SCHEME)


@cues.per_reading
def _words(scheme: str) -> frozenset[str]:
    return frozenset(form.casefold() for concept in registry.scheme(scheme) for form in concept.surface_forms())


def goal_words() -> frozenset[str]:
    """Every word the vocabulary gives one goal ("tavoite", "mål", a template's "Kehityskohde"), lower case: a
    series numbered in one of them is goals, not a project's parts."""
    return _words(_SCHEME)


def unlabelled(text: str) -> str:
    """A goal's words without the label and key before them ("Tavoite A: X", "Tavoite 1 ⟶ X" are X; "Tavoite 1 (X) –
    valmis" is "X – valmis"); the text as it is without a label."""
    bracketed = goal_labels().bracketed.match(text)
    if bracketed is not None:
        return f"{bracketed.group('goal').strip()} {bracketed.group('rest')}".strip()
    line = goal_labels().line.match(text)
    return line.group("goal").strip() if line is not None else text
