"""Lights a paragraph gives clause by clause, each clause naming its dimension and saying how it went.

"Hankkeen aikataulu on pitänyt suunnitellusti ja henkilöstöä on riittävästi, mutta kustannukset ylittävät
budjetin", "The project kept to its schedule and the staffing was sufficient, but the costs exceeded the
budget. The benefits fell short of the plan.": three dimensions or more rated in one paragraph, each once,
each in a clause of its own that names it (by a word of its labels anywhere in the clause, after a
conjunction or an article) and rates it by a phrase of the vocabulary or a colour. Fewer than three, or a
dimension twice, is running text that reports, not a list of ratings (``facts/lights._chunks``).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from hankegraafi.ingest.lightdims import dimension_of, dimension_spoken_of
from hankegraafi.ingest.lightvalues import sentence_light, value_of
from hankegraafi.ingest.lightwords import colour_word

#: What parts the clauses of a sentence: a comma, a semicolon, "ja/sekä/och/and" before a word.
_CLAUSES = re.compile(r",\s+|;\s+|\s+(?:ja|sekä|och|samt|and)\s+(?=[^\W\d_])")
#: Words that open a clause before its subject: "mutta kustannukset …", "but the costs …".
_LEADING = re.compile(r"^(?:(?:mutta|vaan|kuitenkin|men|dock|but|while|whereas|however|the|its)\s+)+", re.I)
#: A clause longer than this is no rating.
_LONGEST = 160


def clause_light(clause: str) -> tuple[str, str] | None:
    """(dimension, value) of one clause: the one dimension it names and the value its words say."""
    text = _LEADING.sub("", clause.strip())
    if not text or len(text) > _LONGEST:
        return None
    rated = sentence_light(text)
    if rated is not None:
        return rated
    dim = dimension_spoken_of(text)
    value = value_of(text) if dim is not None and dim != "progress" else None
    return (dim, value) if dim is not None and value in ("on-plan", "deviation") else None


def paragraph_lights(sentences: list[str]) -> dict[str, str]:
    """The lights of a paragraph rated clause by clause: three dimensions or more, each rated once."""
    clauses = [c for s in sentences for c in _CLAUSES.split(s.split(":", 1)[1] if ":" in s[:40] else s)]
    return _rated_once(clauses, clause_light)


def _rated_once(clauses: list[str], rate: Callable[[str], tuple[str, str] | None]) -> dict[str, str]:
    """Each clause's light by ``rate``: three dimensions or more, each rated once, else nothing (a dimension
    rated twice is running text about it, not a list of ratings)."""
    out: dict[str, str] = {}
    for clause in clauses:
        rated = rate(clause)
        if rated is None:
            continue
        if rated[0] in out:
            return {}
        out[rated[0]] = rated[1]
    return out if len(out) >= 3 else {}


#: "all are green except staffing", "kaikki ovat vihreitä paitsi henkilöstö", "alla är gröna utom personalen".
_ALL_BUT = re.compile(
    r"\b(?:all|alla|allt|kaikki\w*)\b(?P<head>[^.;]{0,40}?)\s(?:except|but|utom|förutom|paitsi|lukuun ottamatta)\s"
    r"(?P<rest>[^.;]{1,120})",
    re.I,
)
_WORDS = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)?")


def _named(text: str) -> list[str]:
    """The dimensions a text names word by word (one or two words a label), each once, in order."""
    words = _WORDS.findall(text)
    out: list[str] = []
    for i in range(len(words)):
        dim = dimension_of(" ".join(words[i : i + 2])) or dimension_of(words[i])
        if dim is not None and dim != "progress" and dim not in out:
            out.append(dim)
    return out


def all_but(sentence: str) -> dict[str, str]:
    """The lights of a sentence that gives every dimension it names one colour but some ("Of the five areas rated
    – schedule, costs, staffing, risks and benefits – all are green except staffing, which is amber"): the
    excepted ones the colour said of them, else the other value. Three dimensions named at least."""
    m = _ALL_BUT.search(sentence) if len(sentence) <= 400 else None
    colour = colour_word(m.group("head").split()[-1].strip(",")) if m and m.group("head").split() else None
    if m is None or colour is None:
        return {}
    excepted = _named(m.group("rest"))
    said = [c for c in (colour_word(w) for w in _WORDS.findall(m.group("rest"))) if c]
    other = said[0] if said else {"on-plan": "deviation", "deviation": "on-plan"}[colour]
    named = _named(sentence[: m.start()] + " " + sentence[m.end() :]) + excepted
    rest = [d for d in dict.fromkeys(named) if d not in excepted]
    if not excepted or len(rest) + len(excepted) < 3:
        return {}
    return {d: colour for d in rest} | dict.fromkeys(excepted, other)


def clause_list(sentence: str) -> dict[str, str]:
    """The lights of one sentence that rates three dimensions or more clause by clause ("Kokonaistilanne:
    aikataulu on suunnitelman mukainen, kustannuksissa on poikkeama (…), henkilöstötilanne on kriittinen … ja
    riskit ovat hallinnassa."), each clause starting with its dimension: a list of ratings written as a
    sentence, read in any kind that rates (a generic document's too: three dimensions rated in one sentence
    are no report of events). Fewer than three, or a dimension twice, is running text."""
    body = sentence.split(":", 1)[1] if ":" in sentence[:40] else sentence
    clauses = re.split(r",\s+|;\s+|\s+(?:ja|sekä|och|and)\s+(?=[^\W\d_])", body)
    return _rated_once([clause.strip() for clause in clauses], sentence_light)


#: A verdict as a label, the dimensions it applies to listed after it: "Poikkeamia: kustannukset ja riskit."
#: A label may stand before it ("Styrgruppens bedömning: Enligt plan: tidtabell och personal.").
_VERDICT_LIST = re.compile(
    r"^\s*(?:[^:]{0,60}:\s*)?(?P<verdict>[^:,.]{2,40}):\s*(?P<listed>[^:]{3,200}?)[.!]?\s*$"
)
#: What parts the listed dimensions: a comma, "ja/sekä/och/samt/and".
_ITEMS = re.compile(r",\s*|\s+(?:ja|sekä|och|samt|and)\s+", re.I)


def verdict_lists(sentences: list[str]) -> dict[str, str]:
    """The lights of a paragraph that gives each verdict once, as a label, with the dimensions it applies to
    listed after it ("Suunnitelmassa: aikataulu, henkilöstö ja hyödyt. Poikkeamia: kustannukset ja riskit.",
    "On track: schedule and staffing. Off track: costs."): every listed item a dimension, and verdicts of both
    values in the paragraph. The negative side: a label whose list names no dimensions ("Onnistumisia:
    kotikäynnit ja ryhmät"), one verdict alone ("Poikkeamia: kustannukset.": a remark, not a rating of all)."""
    out: dict[str, str] = {}
    values: set[str] = set()
    for sentence in sentences:
        m = _VERDICT_LIST.match(sentence) if ":" in sentence else None
        value = value_of(m["verdict"]) if m is not None and not dimension_of(m["verdict"]) else None
        if m is None or value not in ("on-plan", "deviation"):
            continue
        dims = [dimension_of(item.strip(" *_")) for item in _ITEMS.split(m["listed"])]
        if not dims or not all(dims) or len(set(dims)) != len(dims):
            continue
        for dim in dims:
            out.setdefault(dim or "", value)
        values.add(value)
    return out if len(values) == 2 else {}


__all__ = ["all_but", "clause_light", "clause_list", "paragraph_lights", "verdict_lists"]
