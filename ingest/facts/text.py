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


#: A scale printed in the cell itself: "1,2 milj. €", "120 t€", "85 k€", "2 miljoonaa euroa", abbreviated "120 tuh. €",
#: "120 t. €" (R20-10).
_CELL_SCALE = re.compile(
    r"(?<=[\d\s])(?P<scale>milj(?:\.|oonaa)?|mrd|M(?=\s*(?:€|eur))|t\.?(?=\s*€)|tuh\.(?=\s*(?:€|eur))|k(?=\s*(?:€|eur))"
    r"|tuhatta|tusen)\s*(?:€|eur\w*)?\s*$",
    re.I,
)
#: A sum's unit after it, its scale with it or not: "€", "euroa", "t€", "k€", "M€", "1,2 milj. €", "tuhatta euroa",
#: "MEUR", "keur"; the currency alone or a scale and its currency (a bare "t" or "M" after a number is no unit). For the
#: patterns that take a cell of two sums apart ("0,42 M€ / 0,31 M€", ``gluedsums``): ``parse_amount`` reads the scale.
SUM_UNIT = r"(?:\s?(?:(?:milj(?:\.|oonaa)?|mrd|tuh\.|tuhatta|tusen|[tkM]\.?)\s?(?:€|eur(?:oa|o)?\b)|[tkM]?€|[tkM]?eur(?:oa|o)?\b))"
_SCALES = {"milj": Decimal(1_000_000), "m": Decimal(1_000_000), "mrd": Decimal(10**9)}
#: A cell's currency before its number and thousand letter ("€64k", "EUR 64k"), moved after it.
_CURRENCY_FIRST = re.compile(r"^(?:€|eur\b)\s?(?P<rest>[-−]?\d[\d .,]*k)$", re.I)
#: Spaces that group thousands: ordinary, no-break, narrow no-break, thin, figure, punctuation.
_GROUPING = "[ \u00a0\u202f\u2009\u2007\u2008']"


def has_scale(text: str) -> bool:
    """The cell prints its own scale ("1,2 milj. €", "120 t€"): a column's t€ does not apply again."""
    return bool(_CELL_SCALE.search(text.strip()))


def parse_amount(text: str) -> Decimal | None:
    """'950 000 €' → Decimal('950000'); also '1 234,50 €', '1.100.000,00', '−12 000', '(12 000)'.

    A number is read whatever the grouping (spaces of any width, dots) and sign (a
    minus, an en dash, parentheses); a scale printed in the cell ("1,2 milj. €",
    "120 t€", "85 k€") multiplies it out.
    """
    raw = _CURRENCY_FIRST.sub(r"\g<rest> €", text.strip())  # "€64k", "EUR 64k": the currency after (R16-1)
    scale = Decimal(1)
    m = _CELL_SCALE.search(raw)
    if m:
        word = m.group("scale").lower().rstrip(".")
        scale = _SCALES.get(word[:4] if word.startswith("milj") else word, Decimal(1000))
        if word.startswith("milj"):
            scale = Decimal(1_000_000)
        raw = raw[: m.start()]
    negative = False
    cleaned = re.sub(r"[€%]|htp|eur(?:oa|o)?\b|\be\b", "", raw, flags=re.I).strip()
    cleaned = re.sub(r"[,:][-–]$", "", cleaned)  # "12 000,- €", "12 000:-": no cents
    if re.fullmatch(r"\(.*\)", cleaned):
        negative, cleaned = True, cleaned[1:-1]  # an accountant's negative: (12 000)
    cleaned = re.sub(_GROUPING, "", cleaned).replace("\u2212", "-").replace("\u2013", "-").replace("+", "")
    if re.fullmatch(r"-?\d{1,3}(?:\.\d{3})+(?:,\d+)?", cleaned):
        cleaned = cleaned.replace(".", "")  # dots between thousands, a comma before the decimals
    elif re.fullmatch(r"-?\d{1,3}(?:,\d{3}){2,}(?:\.\d+)?", cleaned):
        cleaned = cleaned.replace(",", "")  # English grouping of millions: 1,234,567.89
    cleaned = cleaned.replace(",", ".")
    if not re.fullmatch(r"-?\d+(?:\.\d+)?", cleaned):
        return None
    try:
        value = Decimal(cleaned) * scale
    except InvalidOperation:
        return None
    if scale != 1:
        value = value.normalize()
        value = value.quantize(Decimal(1)) if value == value.to_integral_value() else value
    return -value if negative else value


def adds_up(rows: list[list[str]], whole: int, parts: list[int]) -> bool:
    """Column ``whole`` is the sum of the columns ``parts`` (within a euro) in every row that has them all, two rows
    at least: the parts of a period beside their whole, whatever their heads say."""
    seen = 0
    for row in rows:
        read = [parse_amount(row[i]) if i < len(row) else None for i in [whole, *parts]]
        values = [v for v in read if v is not None]
        if len(values) < len(read):
            continue
        if abs(values[0] - sum(values[1:], Decimal(0))) > 1:
            return False
        seen += 1
    return seen >= 2


BULLET = re.compile(r"^\s*(?:-+>|[-•·*–]+|\d{1,2}[.)](?!\d)|[a-h]\))\s*")
_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-ZÄÖÅ0-9\"“-])")


def sentences(text: str) -> list[str]:
    """Sentences of ``text``; a full stop inside brackets does not end one ("(… etäpalvelut. Q4 …)").

    The brackets a sentence leaves open are counted part by part, and its parts joined once: a
    bracket never closed joins the rest of the text, and counting the joined text again at every
    part took time by the square of its length (a 600 kB line with one "(" 12 s)."""
    out: list[str] = []
    pending: list[str] = []  # the parts of a sentence whose brackets are still open
    depth = 0
    for part in _SENTENCE.split(text):
        part = part.strip()
        if not part:
            continue
        pending.append(part)
        depth += part.count("(") - part.count(")")
        if depth <= 0:
            out.append(" ".join(pending))
            pending, depth = [], 0
    if pending:
        out.append(" ".join(pending))
    return out


#: The most characters of running text the fact families read as one paragraph. The longest
#: paragraph of the corpus and the seeds is under 1 500; a "paragraph" of 10 000 characters is a
#: page run together (a text saved without its line ends, a PDF without blank lines), and the
#: families' tests of each name against its paragraph took time by the square of its length.
MAX_CHUNK = 10_000


def pieces(text: str, limit: int = MAX_CHUNK) -> list[str]:
    """``text`` in pieces of at most ``limit`` characters: whole sentences where they fit, a
    longer sentence cut at its last space before the bound (at the bound if it has none)."""
    if len(text) <= limit:
        return [text]
    out: list[str] = []
    kept: list[str] = []
    size = 0
    for sentence in sentences(text):
        if kept and size + 1 + len(sentence) > limit:
            out.append(" ".join(kept))
            kept, size = [], -1
        while len(sentence) > limit:
            cut = sentence.rfind(" ", 0, limit + 1)
            cut = cut if cut > 0 else limit
            out.append(sentence[:cut].strip())
            sentence = sentence[cut:].strip()
        if sentence:
            kept.append(sentence)
            size += 1 + len(sentence)
    if kept:
        out.append(" ".join(kept))
    return [piece for piece in out if piece]


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
