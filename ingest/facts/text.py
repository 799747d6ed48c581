"""Small parsers the fact families share: dates, periods, amounts, sentences and text chunks."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation

from hankegraafi.ingest.facts.model import Span

_DATE = re.compile(r"\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b")
_YEARS = re.compile(r"\b((?:19|20)\d{2})\s*[-–]\s*((?:19|20)\d{2})\b")


def parse_date(text: str) -> date | None:
    m = _DATE.search(text)
    if not m:
        return None
    try:
        return date(int(m.group(3)), int(m.group(2)), int(m.group(1)))
    except ValueError:
        return None


def parse_period(text: str) -> tuple[date | int | None, date | int | None]:
    """'2.5.2022 - 31.12.2022' → two dates; 'vuosina 2020-2021' → two years."""
    dates = [parse_date(m.group()) for m in _DATE.finditer(text)]
    dates = [d for d in dates if d]
    if len(dates) >= 2:
        return dates[0], dates[1]
    if len(dates) == 1:
        return dates[0], None
    years = _YEARS.search(text)
    if years:
        return int(years.group(1)), int(years.group(2))
    single = re.search(r"\b((?:19|20)\d{2})\b", text)
    return (int(single.group(1)), None) if single else (None, None)


def parse_amount(text: str) -> Decimal | None:
    """'950 000 €' → Decimal('950000'); '1 234,50 €' → Decimal('1234.50'); '1.100.000,00' and '−12 000' too."""
    cleaned = re.sub(r"[€%]|htp|eur(?:oa)?", "", text, flags=re.I).strip()
    cleaned = re.sub(r"[ \u00a0\u202f]", "", cleaned).replace("\u2212", "-").replace("\u2013", "-")
    if re.fullmatch(r"-?\d{1,3}(?:\.\d{3})+(?:,\d+)?", cleaned):
        cleaned = cleaned.replace(".", "")  # dots between thousands, a comma before the decimals
    cleaned = cleaned.replace(",", ".")
    if not re.fullmatch(r"-?\d+(?:\.\d+)?", cleaned):
        return None
    try:
        return Decimal(cleaned)
    except InvalidOperation:
        return None


BULLET = re.compile(r"^\s*(?:-+>|[-•·*–]+|\d{1,2}[.)](?!\d)|[a-h]\))\s*")
_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-ZÄÖÅ0-9\"“-])")


def sentences(text: str) -> list[str]:
    """Sentences of ``text``; a full stop inside brackets does not end one ("(… etäpalvelut. Q4 …)")."""
    out: list[str] = []
    for part in _SENTENCE.split(text):
        part = part.strip()
        if not part:
            continue
        if out and out[-1].count("(") > out[-1].count(")"):
            out[-1] = f"{out[-1]} {part}"
        else:
            out.append(part)
    return out


@dataclass
class Chunk:
    """A paragraph or list item: consecutive text lines within one section."""

    text: str
    first: int
    last: int
    bullet: bool
    numbered: bool

    @property
    def span(self) -> Span:
        return Span(self.first, self.last, self.text)


_QTY_PATTERNS = (
    re.compile(r"(?P<n>\d+)\s?(?P<u>kpl)\b", re.I),
    re.compile(
        r"\b(?:osallistui|osallistujia|osallistujaa)\s+(?:yhteensä\s+)?(?:noin\s+)?(?P<n>\d+)"
        r"(?:\s+(?P<u>[a-zäö]+))?",
        re.I,
    ),
    re.compile(r"\(n\s?=\s?(?P<n>\d+)\)"),
    re.compile(
        r"(?<![\d.,/-])(?P<n>\d{1,5})(?![\d.,%/-])\s+(?P<u>(?:[a-zäö-]+vaa|[a-zäö-]+vää)?\s?[a-zäö-]{3,})", re.I
    ),
)
_TIME_UNITS = re.compile(r"^(?:kuukau|vuo|päiv|viik|tunn|minuu|kerta|prosent|htp|eur|€|henkilötyö)", re.I)
_NOT_UNITS = {"ja", "tai", "sekä", "on", "oli", "ovat", "täytti", "alueen", "eri", "uutta"}


def quantities(text: str) -> list[tuple[Decimal, str | None]]:
    """Counted things in an output item: '3 liikkuvaa hoitoyksikköä' → (3, 'hoitoyksikköä')."""
    found: list[tuple[int, Decimal, str | None]] = []
    taken: list[tuple[int, int]] = []
    for pattern in _QTY_PATTERNS:
        for m in pattern.finditer(text):
            if any(m.start() < e and s < m.end() for s, e in taken):
                continue
            number = m.group("n")
            if re.fullmatch(r"(?:19|20)\d{2}", number):
                continue  # a year
            unit = (m.groupdict().get("u") or "").strip() or None
            if unit and (_TIME_UNITS.match(unit) or unit.lower() in _NOT_UNITS):
                unit = None
                if pattern is _QTY_PATTERNS[3]:
                    continue
            if unit:
                unit = unit.split()[-1]
            if pattern.pattern.startswith(r"\(n"):
                unit = "vastaajaa"
            taken.append((m.start(), m.end()))
            found.append((m.start(), Decimal(number), unit))
    return [(q, u) for _, q, u in sorted(found, key=lambda f: f[0])]
