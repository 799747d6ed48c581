"""The scale a cost table's sums are printed in: euros, thousands ("t€", "(1 000 €)", "EUR '000") or millions.

A table says it in its caption or its label column's head ("Kustannuslaji (1 000 €)"), or each money column in
its own head ("Budjetti (t€)"); a column whose head prints euros ("Toteuma (€)") beside one in thousands keeps
its euros ("Budjetti (t€) | Toteuma (€)" over "318 | 241 560"). Split from ``money.py`` (near its size bound).
"""

from __future__ import annotations

import re
from decimal import Decimal

from hankegraafi.ingest.facts.model import CostLine

#: Thousands of euros in any language and spelling ("t€", "k€", "TEUR", "1 000 €", "tuhatta euroa", "tusen euro",
#: "EUR '000", "€'000", "EUR thousand", "thousand euros").
THOUSANDS = re.compile(
    r"\b[tk]\s?€|\b[tk]\s*eur\b|\bteur\b|\bkeur\b|1\s*000\s*(?:€|eur)|tuhatta euroa|tuhansina euroina|tusen euro|"
    r"(?:€|\beur)\s?[’']?000\b|[’']000\s?(?:€|eur\b)|(?:€|\beur)\s?thousands?\b|thousands? (?:of )?euros?\b",
    re.I,
)
#: Millions of euros ("milj. €", "M€", "miljoonaa euroa", "miljoner euro").
MILLIONS = re.compile(r"\bmilj(?:\.|oonaa)?\s*(?:€|eur)|\bM€|miljoonina euroina|miljoner euro", re.I)
#: A head that prints its unit as euros and nothing more ("Toteuma (€)", "Utfall (euro)", "Spent €").
_EUROS = re.compile(r"\((?:€|eur|euroa|euro)\)|€$", re.I)


def scale_of(text: str) -> Decimal | None:
    """The scale ``text`` names: a million, a thousand, or None for none."""
    return Decimal(1_000_000) if MILLIONS.search(text) else Decimal(1000) if THOUSANDS.search(text) else None


def column_scales(header: list[str]) -> list[Decimal | None]:
    """Each column's own scale; where a column is in thousands or millions, one that prints euros is in euros
    (1), not in the scale of the others."""
    own = [scale_of(h) for h in header]
    if not any(own):
        return own
    return [
        s if s is not None else Decimal(1) if _EUROS.search(h.strip()) else None
        for s, h in zip(own, header, strict=True)
    ]


#: A table's caption or head that says its figures are pieces or people, not euros ("Asiakkaille toimitetut
#: välineet (kpl)", "Utrustning (st.)", "Items delivered (pcs)", "Laitteet, lkm").
_COUNTED = re.compile(r"\((?:kpl|lkm|st\.?|pcs|units|antal)\)|\b(?:kpl|lkm|pcs)\b", re.I)


def counted(text: str) -> bool:
    """``text`` (a table's caption, title or label head) says its figures are counts, not sums of money."""
    return bool(_COUNTED.search(text)) and not (_EUROS.search(text) or "€" in text)


#: Euros named in a caption or a head ("(euroa)", "Budjetti €", "EUR", "t€", "in euro").
_IN_EUROS = re.compile(r"€|\beur\b|\beuro(?:a|n|s)?\b|\beuroina\b", re.I)


def in_euros(text: str) -> bool:
    """``text`` (a table's caption, title or head) says its sums are euros."""
    return bool(_IN_EUROS.search(text))


def ledger_signed(lines: list[CostLine]) -> None:
    """A table of costs signed as a ledger books them, every sum below zero ("Henkilöstökulut | -262 000 |
    -221 730", "Kulut näkyvät kirjanpidon tapaan miinusmerkkisinä", test31 ic12): the costs are the sums without
    the sign. One positive sum (a deviation's sign, a refund) leaves the table as it stands."""
    sums = [
        v for line in lines for k, v in line.values.items() if k not in ("utilisation-percent", "deviation")
    ]
    if not sums or any(v > 0 for v in sums) or not any(v < 0 for v in sums):
        return
    for line in lines:
        line.values = {
            k: (-v if k not in ("utilisation-percent", "deviation") else v) for k, v in line.values.items()
        }
