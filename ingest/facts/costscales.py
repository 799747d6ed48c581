"""The scale a cost table's sums are printed in: euros, thousands ("t€", "(1 000 €)", "EUR '000") or millions.

A table says it in its caption or its label column's head ("Kustannuslaji (1 000 €)"), or each money column in
its own head ("Budjetti (t€)"); a column whose head prints euros ("Toteuma (€)") beside one in thousands keeps
its euros ("Budjetti (t€) | Toteuma (€)" over "318 | 241 560"). Split from ``money.py`` (near its size bound).
"""

from __future__ import annotations

import re
from decimal import Decimal

from hankegraafi.ingest import cues
from hankegraafi.ingest.facts.context import Context
from hankegraafi.ingest.facts.model import CostLine
from hankegraafi.ingest.facts.text import parse_amount
from hankegraafi.ingest.segment import Element
from hankegraafi.ontology import registry

#: The vocabulary scheme of the scales and the currency they stand beside (``ontology/vocab/kinds.ttl``).
SCALE_SCHEME = "money-scale"

#: Thousands of euros in spellings that are no scale beside a currency ("tuhansina euroina" is one; these are
#: whole phrases of their own).
THOUSANDS = re.compile(r"tuhatta euroa|tuhansina euroina|tusen euro|thousands? (?:of )?euros?\b", re.I)
#: Millions of euros ("miljoonaa euroa", "miljoner euro") as whole phrases.
MILLIONS = re.compile(r"miljoonina euroina|miljoner euro", re.I)


def _alternatives(forms: list[str]) -> str:
    """The forms as one alternation, longest first, each form's spaces any run of spaces."""
    return "|".join(re.escape(f).replace(r"\ ", r"\s*") for f in sorted(set(forms), key=len, reverse=True))


@cues.per_reading
def _scale_patterns(scheme: str) -> dict[str, re.Pattern[str]]:
    """Per scale (``thousand``, ``million``): a scale word or letter of the vocabulary (``money-scale``) next to a
    currency label, on either side ("t€", "€k", "EUR '000", "M€", "€ m", "MEUR", "milj. €"). A letter or figures
    alone are no scale: only beside the currency, never inside a word or after a figure ("21 000 €", "1,2 M€" and
    "EUR 1 000 000" are sums, which a caption or a line above a table may state)."""
    concepts = {c.key: [f for f in c.surface_forms() if f.strip()] for c in registry.scheme(scheme)}
    money = _alternatives(concepts.pop("currency", []))
    out = {}
    for key, forms in concepts.items():
        scale = _alternatives(forms)
        words = _alternatives([f for f in forms if not f[0].isdigit()]) or "(?!)"
        figures = _alternatives([f for f in forms if f[0].isdigit()]) or "(?!)"
        # "1 000 €" or "M€" as a scale, but not the unit of a sum ("21 000 €", "1,2 M€"); a year may stand before
        # the scale ("Budjetti 2024 t€", "Budjetti 2025 1000 €", R15-14)
        before = (
            rf"(?<![\w.,’'])(?:(?<!\d\s)|(?<=\b(?:19|20)\d\d\s))(?:{words}|{figures})\.?\s?(?:{money})(?!\w)"
        )
        # "EUR 1 000 000", "€1,000,000" are sums, not a scale
        after = rf"(?<![\w])(?:{money})\s?(?:{scale})(?![\w]|\s?\d|[.,]\d)"
        out[key] = re.compile(rf"{before}|{after}", re.I)
    return out


#: A head that prints its unit as euros and nothing more ("Toteuma (€)", "Utfall (euro)", "Spent €").
_EUROS = re.compile(r"\((?:€|eur|euroa|euro)\)|€$", re.I)


def scale_of(text: str) -> Decimal | None:
    """The scale ``text`` names: a million, a thousand, or None for none."""
    patterns = _scale_patterns(SCALE_SCHEME)
    if MILLIONS.search(text) or ("million" in patterns and patterns["million"].search(text)):
        return Decimal(1_000_000)
    if THOUSANDS.search(text) or ("thousand" in patterns and patterns["thousand"].search(text)):
        return Decimal(1000)
    return None


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


def turned(rows: list[list[str]]) -> list[list[str]]:
    """``rows`` turned, columns as rows: a table of the categories as columns read as one of them as rows. A scale
    every category's head names alike ("Programvara (t€) | Personalkostnader (t€)") goes to the corner, which
    speaks for the whole table once those heads are row labels (the years' columns name none)."""
    width = max(len(row) for row in rows)
    out = [list(column) for column in zip(*(row + [""] * (width - len(row)) for row in rows), strict=True)]
    scales = {scale_of(head) for head in rows[0][1:] if head.strip()}
    if len(scales) == 1 and (scale := scales.pop()) is not None and out and scale_of(out[0][0]) is None:
        out[0][0] = f"{out[0][0]} ({'M€' if scale == 1_000_000 else 't€'})".strip()
    return out


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


#: The most lines between a table's last row and a note under it.
_NOTE_GAP = 2
#: The largest sum a table in thousands prints (a project's 100 million euros): a table of larger figures is in euros.
_MOST_IN_THOUSANDS = Decimal(100_000)


def note_under(ctx: Context, element: Element) -> Decimal | None:
    """The scale a note right under a table states ("Luvut tuhansina euroina.", "(1 000 €)", "Belopp i tusen euro.",
    "Figures in EUR thousands.", R17-1), when the table's sums are all small enough to be in it: a note under the
    table says what its figures count in as one above it does; a table of full euros under such a line keeps them."""
    lines = ctx.line_texts(element.last + 1, element.last + 1 + _NOTE_GAP)
    note = next((line.strip() for line in lines if line.strip()), "")
    if not note or len(note) > 80 or "\t" in note or "|" in note or (scale := scale_of(note)) is None:
        return None
    sums = [v for row in element.rows[1:] for cell in row[1:] if (v := parse_amount(cell)) is not None]
    return scale if sums and all(abs(v) < _MOST_IN_THOUSANDS for v in sums) else None
