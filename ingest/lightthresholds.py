"""A scale of light values given by thresholds on a number: "vähintään 80 = suunnitelman mukaan, alle 80 =
poikkeama", "≥ 90 % vihreä … < 70 % punainen", "minst 80 = enligt plan, under 80 = avvikelse".

Templates that rate by a percentage or an index (a degree of completion, a utilisation rate) say in their
legend where a number turns from one value to the other; the cells then print the bare number ("90", "75 %").
``ingest/lightvalues.py`` keeps each threshold in the document's legend under a key that says it (">=80",
"<80") and reads a number against them (:func:`by_threshold`). A number no threshold settles is no value.
"""

from __future__ import annotations

import re

#: The words and signs of a threshold, as the comparison each makes.
_OPS = (
    (">=", r"vähintään|minst|at\s+least|≥|>="),
    (">", r"yli|över|above|over|more\s+than|>"),
    ("<=", r"enintään|högst|at\s+most|≤|<="),
    ("<", r"alle|under|below|less\s+than|<"),
)
_OP = "|".join(f"(?P<{'_'.join(('op', str(i)))}>{words})" for i, (_, words) in enumerate(_OPS))
#: "vähintään 80 = …", "≥ 90 %: …", "alle 80 – …": a threshold and what a number past it means.
#: A legend's sentence says "is" where a table says "=": "4 tai enemmän on poikkeama", "3 or more is a deviation";
#: or "counts as": "80 % or more counts as on track, anything below 80 % as a deviation" (test31 ic13, test38 oi09).
_IS = (
    r"(?:=|:|–|-|\s(?:on|ovat|tarkoittaa|är|betyder|is|are|means?|(?:counts?\s+|is\s+counted\s+)?as|räknas\s+som)"
    r"(?:,?\s+(?:että|att|that))?\s+(?:an?\s+)?)"
)
THRESHOLD = re.compile(
    rf"(?<![\w])(?:{_OP})\s*(?P<n>\d{{1,3}}(?:[.,]\d+)?)\s*(?:(?:%|prosenttia|procent|percent)\s*)?{_IS}\s*"
    r"(?P<word>[^\W\d_][^,;=.·()\t]*)",
    re.I,
)
#: A cell that is a number and nothing else: "90", "75 %", "82,5".
_NUMBER = re.compile(r"(?P<sign>[+−–-])?(?P<n>\d{1,3}(?:[.,]\d+)?)\s*%?")


#: A threshold whose comparison follows the number: "90 % tai enemmän = …", "80 eller mer: …", "70 or less – …".
_AFTER = (
    (
        ">=",
        r"(?:tai|eller|or)\s+(?:enemmän|yli|suurempi|korkeampi|parempi|mer|högre|över|bättre|more|higher|above|better)",
    ),
    (
        "<=",
        r"(?:tai|eller|or)\s+(?:vähemmän|alle|pienempi|alempi|matalampi|mindre|lägre|under|less|lower|below)",
    ),
)
THRESHOLD_AFTER = re.compile(
    r"(?<![\w.,])(?P<n>\d{1,3}(?:[.,]\d+)?)\s*(?:(?:%|prosenttia|procent|percent)\s*)?"
    rf"(?:(?P<ge>{_AFTER[0][1]})|(?P<le>{_AFTER[1][1]}))\s*{_IS}\s*(?P<word>[^\W\d_][^,;=.·()\t]*)",
    re.I,
)
#: A band between two thresholds: "70–89 % = lievä poikkeama" between "90 % tai yli = …" and "alle 70 % = …".
THRESHOLD_BAND = re.compile(
    r"(?<![\w.,])(?P<low>\d{1,3}(?:[.,]\d+)?)\s*(?:%\s*)?[–-]\s*(?P<high>\d{1,3}(?:[.,]\d+)?)\s*"
    rf"(?:(?:%|prosenttia|procent|percent)\s*)?{_IS}\s*(?P<word>[^\W\d_][^,;=.·()\t]*)",
    re.I,
)


#: A legend's own verb of rating ("80 % or more counts as on track, anything below 80 % as a deviation"): only after
#: it does a bare "as" rate a threshold; "over 80 % rated the visits as good and under 10 % as poor" is a survey (R12-12).
_COUNTED = re.compile(r"\b(?:counts?|counted)\s+as\b|\bräknas\s+som\b", re.I)
_BARE_AS = re.compile(r"\sas\s", re.I)


def threshold_pairs(line: str, *, least: int = 2) -> list[tuple[str, str]]:
    """(">=80", "suunnitelman mukaan"), ("<80", "poikkeama") of a legend of thresholds, two at least; the
    comparison before the number ("vähintään 80 =", "alle 80 =") or after it ("90 % tai enemmän =")."""
    found: list[tuple[int, str, str]] = []
    counted = _COUNTED.search(line) is not None
    for m in THRESHOLD.finditer(line):
        if not counted and _BARE_AS.search(line, m.start(), m.start("word")):
            continue  # "under 10 % as poor" of a survey: a bare "as" continues a legend that says "counts as" only
        op = next(_OPS[i][0] for i in range(len(_OPS)) if m.group(f"op_{i}"))
        found.append((m.start(), f"{op}{m.group('n').replace(',', '.')}", m.group("word").strip(" –-")))
    for m in THRESHOLD_AFTER.finditer(line):
        op = ">=" if m.group("ge") else "<="
        found.append((m.start(), f"{op}{m.group('n').replace(',', '.')}", m.group("word").strip(" –-")))
    if len(found) >= 2:
        # The bands between two thresholds: "90 % tai yli = suunnitelman mukainen; 70–89 % = lievä poikkeama;
        # alle 70 % = merkittävä poikkeama" (test37 oh02, test35 of11); without them a number of the middle
        # band is settled by no threshold. With one threshold the bands are a scale's (lightvalues.score_pairs).
        for m in THRESHOLD_BAND.finditer(line):
            low, high = (m.group(g).replace(",", ".") for g in ("low", "high"))
            found.append((m.start(), f"{low}..{high}", m.group("word").strip(" –-")))
    out = [(key, word) for _, key, word in sorted(found)]
    return out if len(out) >= least else []


#: A band of a scale as a legend's key: "75..100" (``lightvalues.score_pairs``).
_BAND = re.compile(r"(\d+(?:\.\d+)?)\.\.(\d+(?:\.\d+)?)")


def by_threshold(meant: dict[str, str], raw: str) -> str | None:
    """The value the legend's thresholds give a number ("90" under ">=80" on-plan, "<80" deviation), when
    the thresholds that hold for it agree; None when the cell is no number or no threshold settles it."""
    number = _NUMBER.fullmatch(raw.strip())
    keys = [k for k in meant if k[:1] in "<>"]
    bands = [(k, _BAND.fullmatch(k)) for k in meant if ".." in k]
    if number is None or not (keys or bands):
        return None
    x = float(number.group("n").replace(",", ".")) * (-1 if number.group("sign") in ("−", "–", "-") else 1)
    held = {meant[k] for k, band in bands if band and float(band.group(1)) <= x <= float(band.group(2))}
    for key in keys:
        op = key[:2] if key[1:2] == "=" else key[:1]
        try:
            n = float(key[len(op) :])
        except ValueError:  # a threshold without its number ("<=" of a damaged legend) settles nothing
            continue
        if {">=": x >= n, ">": x > n, "<=": x <= n, "<": x < n}[op]:
            held.add(meant[key])
    return held.pop() if len(held) == 1 else None


__all__ = ["THRESHOLD", "THRESHOLD_AFTER", "THRESHOLD_BAND", "by_threshold", "threshold_pairs"]
