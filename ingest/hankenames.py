"""The project's name a text gives before its word "-hanke" (split from generictitle.py at stop 56, unchanged).

Words are taken backwards from "hanke" while they can stand in a name; :func:`_section_word` tells a
section's, a rated dimension's or a kind's word alone, which is no name.
"""

from __future__ import annotations

import functools
import re

from hankegraafi.ingest.facts.namesites import kind_part
from hankegraafi.ingest.labels import match_field, match_heading
from hankegraafi.ingest.namecuts import (
    finite_verb,
    function_word,
    inner_word,
    only_verb,
    owner_genitive,
    plural_subject,
)
from hankegraafi.ingest.segment import match_light
from hankegraafi.ingest.titlewords import _HANKE_AFTER, _NOT_TITLE, _WEAK_TITLE, acted_name


@functools.lru_cache(maxsize=4096)
def _section_word(word: str) -> bool:
    """A section's, a rated dimension's or a report's kind's word alone ("Talous", "Tavoitteet", "Tila"): no name."""
    return match_heading(word) is not None or match_light(word) is not None or _kind_word(word)


def _kind_word(text: str) -> bool:
    """A report's kind in one word alone ("Yhteenveto", "Summary", "Tila"); "X-seuranta" in a name is none."""
    return len(text.split()) == 1 and kind_part(text)


def name_before_hanke(text: str) -> str | None:
    """The project's name a text gives before "-hanke" ("Hakemus Kestävän kasvun X -hankkeen …").

    Words are taken backwards from the word "hanke" while they can stand in a name
    (capitalised, a number, a genitive); a word ending in ":" or ",", or the first
    capitalised word of the sentence that is no name (an application, a notice),
    ends it.
    """
    text = re.sub(r"§\s*\d+\s*", " ", text)
    if (acted := acted_name(text)) is not None:
        return acted  # "Valtionavustuksen hakeminen X y z Q -hankkeelle": X y z Q
    for match in _HANKE_AFTER.finditer(text):
        if match.group("word")[:1].isupper() and not re.search(r"[-–]", match.group("sep")):
            continue  # "Perustelut Hankkeen arviointilausunnon …": a heading run into the sentence it heads
        words = text[: match.start()].split()
        taken: list[str] = []
        for word in reversed(words[-8:]):
            bare = word.strip("\"”“'()")
            if not bare or bare.endswith((":", ",", ";", ".")) or _WEAK_TITLE.fullmatch(bare):
                break
            if (heading := _NOT_TITLE.match(bare)) is not None and heading.end() == len(bare):
                break  # "Perustelut Satakunnan X -hanke …": a minute's margin heading run into its text
            if owner_genitive(bare):
                break  # "Keski-Pohjanmaan hyvinvointialueen Digiarki-hanke": the owner is no part of the name
            if not (bare[:1].isupper() or bare[:1].isdigit() or inner_word(bare)):
                # A lower-case word right after a capitalised one may stand inside the name
                # ("Sujuvat hoitoketjut Keski-Suomessa -hanke"); after another lower-case word not.
                at = len(words) - len(taken) - 2  # the word left of this one
                left = words[at] if at >= 0 else ""
                hyphen = bool(re.search(r"[-–]", match.group("sep")))
                if (
                    not hyphen
                    or not left[:1].isupper()
                    or left.endswith((":", ",", ";", "."))
                    or only_verb(bare)
                ):
                    break  # only "X y Z -hanke" holds lower-case words; "X y hankkeen alusta" is a phrase
                if function_word(left.strip("\"”“'()")):
                    break
            taken.append(bare)
        taken.reverse()
        verbs = [i for i, w in enumerate(taken[:-1]) if w.lower().endswith(_PASSIVE) and finite_verb(w)]
        if verbs:
            # "Käsiteltiin X -hankkeen tilannetta": the sentence's passive verb, no word of the name, nor what
            # stands before it ("1. Hankkeen tilanne Esiteltiin X -hankkeen talous": a heading run into it)
            del taken[: verbs[-1] + 1]
        while taken and not (taken[0][:1].isupper() or taken[0][:1].isdigit()):
            taken.pop(0)
        if len(taken) > 1 and re.fullmatch(r"\d{1,2}(?:\.\d{1,2})*\.?", taken[0]):
            taken.pop(0)  # "2 Miten hanke voi": a numbered section's heading, its number no word of a name
        if len(taken) == 1 and (function_word(taken[0]) or finite_verb(taken[0]) or _section_word(taken[0])):
            continue  # "Mitä hankkeessa tehtiin?": a question; "Saimme hankkeelle …": a verb; "Talous hankkeen
            # alusta (€)", "Kustannukset hankkeen alusta": a section's word over a table, not a name
        if (
            len(taken) == 1
            and not re.search(r"[-–]", match.group("sep"))
            and (plural_subject(taken[0]) or match_field(taken[0]))
        ):
            continue  # "Tilannevalot hankkeen päättyessä", "Tila hankkeen päättyessä": what the heading is about
        if taken and any(w[:1].isupper() for w in taken):
            hyphen = "-" in match.group("sep") or "–" in match.group("sep")
            return " ".join(taken) + (" -hanke" if hyphen else " hanke")
    return None


#: The endings of a passive verb in the past or present ("käsiteltiin", "esitellään", "todettiin").
_PASSIVE = ("ttiin", "tiin", "taan", "tään", "daan", "dään")
