"""Deviations measured against a stated tolerance: "1 kk myöhässä" beside "2 kk", "+14 %" beside "±10 %",
"2,4 htv (suunniteltu 3,0)" beside "−10 %".

A report may rate a dimension by how far it is from the plan and how far it may be: a column of the measured
deviation and one of the tolerance ("Sallittu poikkeama", "Tolerans", "Allowed deviation"). The light is on
plan when the measured deviation is within the tolerance, a deviation when it is beyond it. The class:

* a tolerance in per cent reads the measured deviation in per cent ("+14 %"), or computes it from a measured
  value and its planned one ("2,4 htv (suunniteltu 3,0)", "2.4 FTE of 3.0 planned");
* a tolerance in a unit (months, weeks, days) reads the measured deviation in the same unit ("1 kk myöhässä");
* a measured deviation that says none ("ei poikkeamaa", "0") is within any tolerance; anything that cannot be
  compared (no number, other units) gives no light.
"""

from __future__ import annotations

import re
from decimal import Decimal

#: A column of the tolerance: "Sallittu poikkeama", "Toleranssi", "Tillåten avvikelse", "Tolerance".
TOLERANCE_HEAD = re.compile(
    r"\b(?:sallit\w*\s+poikkeam\w*|toleran\w*|tillåt\w*\s+avvikelse\w*|allowed\s+deviation\w*|"
    r"acceptable\s+deviation\w*|poikkeaman\s+raja\w*)",
    re.I,
)
_NUMBER = r"[+−–-]?\s*\d+(?:[.,]\d+)?"
#: "2,4 htv (suunniteltu 3,0)", "2.4 FTE of 3.0 planned", "2,4 (planerat 3,0)": a measured value and its plan.
_OF_PLAN = re.compile(
    rf"(?P<got>{_NUMBER})[^\d(]*\(?\s*(?:suunnitel\w*|planer\w*|planned|of|av|/)\s*(?P<plan>{_NUMBER})"
    rf"|(?P<got2>{_NUMBER})\s*(?:of|av|/)\s*(?P<plan2>{_NUMBER})\s*(?:planned|planerat|suunnitel\w*)",
    re.I,
)
#: Units of time a tolerance is given in, each as its kind: kk/months/mån, vk/weeks/v., pv/days/dagar.
_UNITS = (
    ("month", r"kk|kuukau\w*|kuukaus\w*|mån\w*|months?"),
    ("week", r"vk|viik\w*|veck\w*|weeks?|v\."),
    ("day", r"pv|päiv\w*|dag\w*|days?|d\."),
)
_NONE = re.compile(r"^(?:ei\s+poikkeam\w*|ingen\s+avvikelse|no\s+deviation|0(?:[.,]0+)?\s*%?)$", re.I)


def _number(text: str) -> Decimal | None:
    m = re.search(_NUMBER, text)
    if m is None:
        return None
    raw = re.sub(r"\s", "", m.group()).replace(",", ".").replace("−", "-").replace("–", "-")
    return Decimal(raw)


def _unit(text: str) -> str | None:
    for kind, words in _UNITS:
        if re.search(rf"\d\s*(?:{words})(?!\w)", text, re.I):
            return kind
    return None


def _percent_off(measured: str) -> Decimal | None:
    """The measured deviation in per cent: "+14 %", or computed from a value and its plan."""
    plan = _OF_PLAN.search(measured)
    if plan is not None:
        got = _number(plan.group("got") or plan.group("got2"))
        planned = _number(plan.group("plan") or plan.group("plan2"))
        if got is None or not planned:
            return None
        return (got - planned) / planned * 100
    return _number(measured) if "%" in measured else None


def within(measured: str, tolerance: str) -> str | None:
    """'on-plan' when ``measured`` is within ``tolerance``, 'deviation' when beyond it, None when the two
    cannot be compared."""
    measured, tolerance = measured.strip(), tolerance.strip()
    if not measured or not tolerance:
        return None
    if _NONE.match(measured):
        return "on-plan"
    allowed = _number(tolerance)
    if allowed is None:
        return None
    if "%" in tolerance:
        off = _percent_off(measured)
    else:
        unit = _unit(tolerance)
        off = _number(measured) if unit is not None and _unit(measured) == unit else None
    if off is None:
        return None
    return "on-plan" if abs(off) <= abs(allowed) else "deviation"


__all__ = ["TOLERANCE_HEAD", "within"]
