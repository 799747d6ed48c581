"""Numbers, sums of money and percentages the way the reader writes them (the one place).

Finnish and Swedish group digits with a narrow no-break space and use a
decimal comma (1 234 567,5); English a comma and a point (1,234,567.5).
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation


def decimal(value: object) -> Decimal | None:
    """The value as a Decimal, or None when it is none or not a number."""
    if value is None:
        return None
    try:
        return Decimal(str(value))
    except InvalidOperation:
        return None


def number(value: Decimal | int | float, lang: str) -> str:
    """A number the way the reader writes it: 1 234 567,5 (fi, sv) or 1,234,567.5 (en)."""
    dec = Decimal(str(value))
    text = f"{int(dec):,}" if dec == dec.to_integral_value() else f"{dec:,.2f}".rstrip("0").rstrip(".")
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
    value = (a * 100 / b).quantize(Decimal("0.1"))
    text = f"{value}"
    if lang in ("fi", "sv"):
        text = text.replace(".", ",")
    return f"{text}\u00a0%"
