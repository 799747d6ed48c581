"""The pairs of a scale's legend: each score or range of scores and what it means ("4–5 = etenee suunnitelman
mukaan, 1–3 = poikkeama", "3/3 = suunnitelman mukaan, 2/3 = pieni poikkeama", "3–4 etenee suunnitellusti, 1–2
poikkeama"). Split from ``lightvalues`` (stop 50, L7: the module stood at the 600-line limit); ``lightvalues``
gives the names on as before.
"""

from __future__ import annotations

import re
from collections.abc import Callable

#: A score or a range of scores a legend explains: "4–5 = etenee suunnitelman mukaan", "1 = kriittinen", a score
#: out of its maximum ("3/3 = suunnitelman mukaan, 2/3 = pieni poikkeama, 1/3 tai 0/3 = suuri poikkeama").
SCORE_PAIR = re.compile(
    r"(?<![\d/.,])(?P<low>\d{1,3})(?:/\d{1,2})?(?:\s*(?:(?P<dash>[–-])|,|\s(?:tai|eller|or|ja|och|and)\s)\s*"
    r"(?P<high>\d{1,3})(?:/\d{1,2})?)?\s*=\s*(?P<word>[^\W\d_][^,;=.·]*)"
)
#: A range of scores and its phrase with no "=" between, as a scale's legend may give it ("3–4 etenee
#: suunnitelman mukaisesti, 1–2 poikkeama"): a range only, since a lone number before a word is a count.
SCORE_RANGE = re.compile(
    r"(?<![\d/.,])(?P<low>\d{1,2})\s*[–-]\s*(?P<high>\d{1,2})(?![\d/.,%])\s+(?P<word>[^\W\d_][^,;=.()]*)"
)


#: A key given a score a line, its meaning after a colon or a dash ("1: suunnitelman mukaan" / "2 – poikkeama"):
#: the line is the pair and nothing else (``listed_legends`` reads a run of two such lines or more).
SCORE_LINE = re.compile(r"^\s*(?P<low>\d{1,2})\s*(?::|\s[–—-])\s*(?P<word>[^\W\d_][^;=·:]*)$")


def score_pairs(line: str) -> list[tuple[str, str]]:
    """(score, what it means) of a legend of a scale ("4–5 = etenee suunnitelman mukaan, 1–3 = poikkeama
    suunnitelmasta"): each score of a range its phrase; a scale of ten at most. A line of one score and its
    meaning (:data:`SCORE_LINE`, "1 = vihreä" alone) is one pair, read as a legend's only in a run of them."""
    if (lone := SCORE_LINE.match(line)) is not None:
        return [(lone["low"], lone["word"].strip(" .–-"))]
    out: list[tuple[str, str]] = []
    taken: list[tuple[int, int]] = []
    for m in SCORE_PAIR.finditer(line):
        low, high = sorted((int(m.group("low")), int(m.group("high") or m.group("low"))))  # "5-4 =" as "4-5 ="
        if high > 10:  # a band of a scale of a hundred ("75–100 = suunnitelman mukaan"): one key for the band
            out += [(f"{low}..{high}", m.group("word").strip(" .–-"))] if m.group("dash") else []
            continue
        phrase = m.group("word").strip(" .–-")
        # "2–3 = …" a range, "2 tai 3 = …" / "2, 3 = …" the two grades it joins.
        grades = range(low, high + 1) if m.group("dash") or not m.group("high") else (low, high)
        out += [(str(n), phrase) for n in grades]
        taken.append(m.span())
    for m in SCORE_RANGE.finditer(line):  # "4-5 suunnitelman mukaan, 1-3 poikkeama" beside or without "="
        low, high = sorted((int(m.group("low")), int(m.group("high"))))
        if low < high <= 10 and not any(a < m.end() and m.start() < b for a, b in taken):
            out += [(str(n), m.group("word").strip(" .–-")) for n in range(low, high + 1)]
    return out


#: A scale's range declared beside its legend: "asteikko 1/5–5/5", "asteikolla 1–5", "scale 1 to 10", "skala 0–4".
_DECLARED_RANGE = re.compile(
    r"\b(?:asteiko?\w*|scale|skala\w*|pisteyty\w*|scored?|poäng\w*)\s*:?\s*(?:of\s+|från\s+)?"
    r"(?P<low>\d{1,2})(?:/\d{1,2})?\s*(?:[–-]|to|till)\s*(?P<high>\d{1,2})(?:/\d{1,2})?(?![\d,.])",
    re.I,
)


def unexplained_scores(
    line: str, scores: list[tuple[str, str]], meanings: Callable[[list[tuple[str, str]]], dict[str, str]]
) -> list[tuple[str, str]]:
    """(score, "poikkeama") of each score of the scale a legend line declares ("Itsearvio (asteikko 1/5–5/5;
    4/5 tai 5/5 = suunnitelmassa)", test42 om09) that its pairs ``scores`` leave out, when these all lie in it
    and ``meanings`` (``lightvalues.legend_meanings``) reads them all on plan: the legend gave the plan's
    band, the scores it left deviate. None without a declared range."""
    m = _DECLARED_RANGE.search(line)
    if m is None or not scores:
        return []
    low, high = sorted((int(m["low"]), int(m["high"])))
    given = {int(score) for score, _ in scores if score.isdigit()}
    if high > 10 or len(given) != len(scores) or not given <= set(range(low, high + 1)):
        return []
    # Every score the line names after the range is one the pairs explain: "8, 9 and 10 = on plan" whose 8 no
    # pair took leaves the scale unread.
    named = {int(n) for n in re.findall(r"(?<![\d/])\d{1,2}(?![\d,.]\d)", line[m.end() :])}
    if not named <= given:
        return []
    if set(meanings(scores).values()) != {"on-plan"}:
        return []
    return [(str(n), "poikkeama") for n in range(low, high + 1) if n not in given]


__all__ = ["SCORE_LINE", "SCORE_PAIR", "SCORE_RANGE", "score_pairs", "unexplained_scores"]
