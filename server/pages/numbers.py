"""Numbers, sums of money and percentages the way the reader writes them (the one place).

Finnish and Swedish group digits with a narrow no-break space and use a
decimal comma (1 234 567,5); English a comma and a point (1,234,567.5).

A value comes from the store, where the token's routes, ``load`` or a dump may have put any
lexical form under a numeric datatype ("INF"^^xsd:double, "1e200000"^^xsd:decimal, a
5 000-digit integer): each is shown, never an error, in time that does not grow with its
exponent (found by attack, stop 33: a page showing "1e200000"^^xsd:decimal took 5 s of the web
process's CPU, the int() of 200 001 digits, and then failed; "INF"^^xsd:double failed at once).
"""

from __future__ import annotations

from decimal import Decimal, DecimalException, InvalidOperation

#: Past this many digits before the point a number is written with an exponent (1.5E+40):
#: grouping its digits would be no easier to read, and an int of 10^6 digits costs seconds.
MAX_GROUPED_DIGITS = 30


def decimal(value: object) -> Decimal | None:
    """The value as a finite Decimal, or None when it is none or no finite number (sums and
    shares are not made of "INF" or "NaN")."""
    if value is None:
        return None
    try:
        dec = Decimal(str(value))
    except (InvalidOperation, ValueError):
        return None
    return dec if dec.is_finite() else None


def number(value: Decimal | int | float, lang: str) -> str:
    """A number the way the reader writes it: 1 234 567,5 (fi, sv) or 1,234,567.5 (en); an
    infinite one as ∞ or -∞, NaN as NaN, a very large one with an exponent (1,5E+40)."""
    try:
        dec = Decimal(str(value))
    except (InvalidOperation, ValueError):  # an int past Python's digits limit for str()
        dec = Decimal(value) if isinstance(value, int) else Decimal("NaN")
    if dec.is_nan():
        return "NaN"
    if dec.is_infinite():
        return "-∞" if dec.is_signed() else "∞"
    if dec.adjusted() >= MAX_GROUPED_DIGITS:
        text = f"{dec.normalize():E}"
    elif dec == dec.to_integral_value():
        text = f"{int(dec):,}"
    else:
        text = f"{dec:,.2f}".rstrip("0").rstrip(".")
    if lang in ("fi", "sv"):
        text = text.replace(",", "\u202f").replace(".", ",")
    return text


def money(value: object, lang: str, unit: str = "EUR") -> str:
    dec = decimal(value)
    if dec is None:
        return ""
    symbol = "€" if unit == "EUR" else unit
    return f"{number(dec, lang)}\u00a0{symbol}"


def percent_text(actual: object, budget: object, lang: str) -> str:
    a, b = decimal(actual), decimal(budget)
    if a is None or b is None or b == 0:
        return ""
    try:
        value = (a * 100 / b).quantize(Decimal("0.1"))
    except DecimalException:  # a share past the context's exponents or too long to round: none shown
        return ""
    text = f"{value}"
    if lang in ("fi", "sv"):
        text = text.replace(".", ",")
    return f"{text}\u00a0%"
