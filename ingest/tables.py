"""What each column of a cost table holds, whatever the table's form.

A cost table comes as an HTML or DOCX table, tab-separated or space-aligned text,
markdown pipes or PDF text; by the time it reaches here it is rows of cells. Its
columns are told first by their header words, matched against the labels of the
``cost-column`` vocabulary (``ontology/vocab/status.ttl``: a new spelling is one
``skos:hiddenLabel`` there), after the header's units, years and dates are set aside;
a header a PDF or a two-row HTML header split over two rows is joined first. Where the
words do not tell, the numbers do: a column of percentages is the utilisation per cent,
and a column that is, row by row, the difference of the budget and the actual is the
deviation (only under a header that says nothing else). Columns that differ by their year
alone ("2024 | 2025 | Yhteensä") are a column per year, their role told by the words they
share or the table's title; a PDF page's running header above a table is no header of it.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable

from hankegraafi.ingest import cues, kindheads
from hankegraafi.ingest.labels import best_label, norm_label
from hankegraafi.ontology import registry

COLUMN_SCHEME = "cost-column"

#: Units, years and dates in a header: not words of its role ("Budjetti 2025 (t€)", "Toteuma 31.12.2023").
#: (:mod:`columnshapes` reads them too.)
_UNIT = re.compile(
    r"\((?:[^)]{0,20}(?:€|eur|euroa|euro|%))\)|\b[tk]?€|\b(?:t|k)?eur(?:oa|o)?\b|\btuhatta\b|\btusen\b|"
    r"\b1\s?000\b|\d{1,2}\.\d{1,2}\.(?:\d{2,4})?|\b(?:Q|H)?\d{1,2}(?:\s*[–-]\s*\d{1,2})?\s*/\s*(?=(?:19|20)\d{2})|"
    # the months a column covers, with no year: "Toteuma 1-6", "Toteuma (7–12)", "Toteuma 1.-6." (the fuzzy
    # match had read "toteuma 1-6" as the per cent label "toteuma-%": test10 a09, a16)
    r"\b\d{1,2}\.?\s*[–-]\s*\d{1,2}\.?(?![\d.])|"
    r"\b(?:19|20)\d{2}\b|\bsumma\b|[()]",
    re.I,
)


@cues.per_reading
def _labels(scheme: str) -> dict[str, tuple[str, ...]]:
    """Column key → its labels in every language, read again when the vocabularies are."""
    return {c.key: tuple(f.lower() for f in c.surface_forms()) for c in registry.scheme(scheme)}


def labels() -> dict[str, tuple[str, ...]]:
    return _labels(COLUMN_SCHEME)


#: The vocabularies :func:`_role` remembers its answers for.
_reading: list[object] = [None]


#: Person-days in any spelling ("htp", "Henkilötyöpäivät", "henkilötyöpäivinä", "dagsverken", "person-days"):
#: a table counted in them is no table of euros.
PERSON_DAYS = re.compile(r"\bhtp\b|henkilötyöpäiv\w*|\bpersondag\w*|\bdagsverk\w*|\bperson-?days?\b", re.I)


#: A column header is a few words; a longer cell is no header. Bounds the work per cell: each
#: cut of the words below is a fuzzy match, so a damaged table whose "header" was a page of
#: text (400 kB in one cell) took a minute before this bound.
MAX_HEADER_CHARS = 160


#: A percentage with its number ("20 %", "12,5 %"): a value in a cell, never a column's header.
_PERCENT_VALUE = re.compile(r"(?<![\d/.])\d{1,3}(?:[,.]\d+)?\s*%")


@functools.lru_cache(maxsize=4096)
def _role(header: str) -> str | None:
    """Remembered per header (a table repeats its headers), until the vocabularies are read again."""
    if len(header) > MAX_HEADER_CHARS:
        return None
    full = norm_label(header)
    bare = re.sub(r"\s+", " ", _UNIT.sub(" ", full)).strip(" -–:%")
    table = labels()
    if (difference := _DIFFERENCE.fullmatch(bare)) is not None:
        # "Actual - budget", "Toteuma – budjetti": a column of the difference between two columns' sums
        first, second = _role(difference.group("a")), _role(difference.group("b"))
        if first in _SUMS and second in _SUMS and first != second:
            return "deviation"
    if bare in _total_labels("cost-category"):
        # a total's own label ("Grand total", "Total costs", "Menot yhteensä") names no column, not by its first
        # word nor by a near label ("granted", "actual", "forecast"): a row or a column of the totals
        return None
    role = kindheads.role_of(bare, table) or best_label(bare or full, table, cutoff=0.75)
    if role is None and bare:
        # "Toteutuneet kustannukset yhteensä", "Hyväksytty budjetti 2022–2025": the first words tell.
        words = bare.split()
        for cut in range(len(words) - 1, 0, -1):
            role = best_label(" ".join(words[:cut]), table, cutoff=0.8)
            if role:
                break
        for cut in range(1, len(words)) if role is None else ():
            # "Kumulatiivinen budjetti", "Vuosi 2024 toteuma": a group's words, then the column's.
            role = best_label(" ".join(words[cut:]), table, cutoff=0.8)
            if role:
                break
    negated = _NEGATED.fullmatch(bare)
    if role is not None and negated and negated.group("word") in table.get(role, ()):
        return None  # "Unused", "Unspent", "Oförbrukat": what is left, not the column the fuzzy match found
    if role is None:
        role = _bracket_role(full)  # "Kustannukset (toteutuneet, €)": the role said beside the unit
    if role is None and _PERCENT_VALUE.search(_NOTE_IN_BRACKETS.sub(" ", full)):
        return None  # a value, not a header: "Kertakorvaus 20 % henkilöstökuluista" (a label / value row)
    role = role or _abbreviated(header)
    percent = "%" in _NOTE_IN_BRACKETS.sub(" ", full)  # "(alv 0 %, €)" is a note, no column of per cent
    if percent and role in (None, "actual", "budget", "granted"):
        return "utilisation-percent"
    if percent and role == "deviation":
        return None  # a deviation in per cent: the model's deviation is in euros
    return role


#: A column's word negated by its prefix ("unused", "unspent", sv "oförbrukat", "ej använt").
_NEGATED = re.compile(r"(?:un|o|ej |not )(?P<word>[^\W\d_]{3,})")
#: Two columns' names with a minus between them, spaced ("Actual - budget", "Utfall − budget").
_DIFFERENCE = re.compile(r"(?P<a>[^\W\d_][^-–−]{1,40}?)\s+[-–−]\s+(?P<b>[^\W\d_][^-–−]{1,40})")
#: The columns of sums one can be the difference of.
_SUMS = frozenset({"budget", "granted", "actual", "forecast", "estimate", "committed"})

#: A share in a note in brackets, no column of per cent: "(alv 0 %, €)", "(VAT 0 %, EUR)".
_NOTE_IN_BRACKETS = re.compile(r"\([^()%]*\d\s*%[^()]*\)")
_BRACKET = re.compile(r"\(([^()]{1,40})\)")


def _bracket_role(full: str) -> str | None:
    """The column key the words in a bracket name, a unit beside them set aside: a caption's "Kustannukset
    (toteutuneet, €)", "Kostnader per år (utfall, euro)", "Project costs by year (actual, k€)"; None when they
    name none ("(alv 0 %, €)")."""
    for inner in _BRACKET.findall(full):
        words = re.sub(r"\s+", " ", _UNIT.sub(" ", inner.replace(",", " ").replace(";", " "))).strip(" -–:%")
        if len(words) >= 3 and (role := best_label(words, labels(), cutoff=0.8)):
            return role
    return None


#: A word cut short with a full stop ("Budj.", "Utf.", "Progn.", "Enn."), as a narrow column's head prints it.
_CUT_WORD = re.compile(r"(?<![\w.])([^\W\d_]{3,})\.(?!\w)")


def _abbreviated(header: str) -> str | None:
    """The column a head names by one word cut short ("Budj. 2024", "Utf. 1–9/2025", "Progn.", "Enn."):
    the one column a one-word label of which begins with the word; none when such labels of two columns
    do. A sheet or a PDF with narrow columns abbreviates its heads in any language; each abbreviation
    need not be a label of its own, the vocabulary's words are cut the same way."""
    cut = _CUT_WORD.findall(header.lower())
    if len(cut) != 1:
        return None
    keys = {
        key for key, forms in labels().items() for form in forms if " " not in form and form.startswith(cut[0])
    }
    return next(iter(keys)) if len(keys) == 1 else None


def column_role(header: str) -> str | None:
    """The column key a header cell names ("Toteutunut (€)" → actual, "Käyttöaste-%" → utilisation-percent)."""
    current = registry.schemes()
    if current is not _reading[0]:
        _reading[0] = current
        _role.cache_clear()
    return _role(header)


_DIGIT = re.compile(r"\d")
_WORD = re.compile(r"[^\W\d_]{3,}")


#: The numbers a header's second row holds: a year, perhaps with the months or the date it runs to ("2024",
#: "2025 (1–5)", "2024 (Jan–Jun)", "2024 (–31.8.)"), or a scale ("1 000 €"); not an amount.
_HEAD_NUMBER = re.compile(
    r"(?:19|20)\d{2}(?:\s*\([^()\d]{0,12}\d{0,2}\.?\s*[–-]\s*[^()]{1,12}\))?|1\s?000\s?€?"
)


def join_header(rows: list[list[str]], is_row_label: object = None) -> list[list[str]]:
    """``rows`` with a header broken over two rows joined: the second row holds no amounts.

    "Hyväksytty | Toteutunut" over "budjetti | kustannukset" (a PDF's two-line header), or
    "Myönnetty | Toteutunut | Käyttöaste" over "euroa | euroa | %" (an HTML header whose first
    cell spans both rows). A shorter second row is aligned to the right, where the columns end.
    """
    if len(rows) < 3:
        return rows
    header, second = rows[0], rows[1]
    if any(_DIGIT.search(c) and not _HEAD_NUMBER.fullmatch(c.strip()) for c in second):
        return rows
    width = max(len(row) for row in rows)
    if len(second) > width or not any(c.strip() for c in second):
        return rows
    if callable(is_row_label) and second[0].strip() and is_row_label(second[0]):
        return rows  # a group row ("Muut kustannukset") under the header, not the header's tail
    # The second row stands under the label column when its first cell is empty; else it is
    # aligned to the right, where the columns end (the label's cell spans both rows) — or, when the
    # reader left out the cells that span both rows, under the columns a group cell spans.
    shift = 0 if not second[0].strip() else width - len(second)
    header = [*header, *[""] * (width - len(header))]
    under = _under_groups(header, second) or [""] * shift + second
    joined = list(header)
    for index in range(2, width):
        # A group header spans the columns under it ("Vuosi 2024" | "" over "Budjetti" | "Toteuma"):
        # the empty cells the span left take the group's words.
        if not header[index].strip() and index < len(under) and under[index].strip():
            joined[index] = _group_words(header, index)
    for index, cell in enumerate(under):
        if index < width and cell.strip() and norm_label(cell) != norm_label(header[index]):
            # A cell merged over both rows is printed in each by some readers ("Yhteensä" over "Yhteensä"): once.
            joined[index] = f"{joined[index]} {cell.strip()}".strip()
    return [joined, *rows[2:]]


def _under_groups(header: list[str], second: list[str]) -> list[str] | None:
    """The second header row placed under the columns its group cells span, when a reader gave only
    the cells under the groups ("Menolaji | Arvio vuosittain (€) | | Yhteensä" over "2024 | 2025": the
    label and the total span both rows); None when the row does not fit the spans so."""
    spans: list[int] = []
    for index in range(1, len(header)):
        opens = bool(header[index].strip()) and index + 1 < len(header) and not header[index + 1].strip()
        goes_on = not header[index].strip() and (index - 1 in spans or bool(header[index - 1].strip()))
        if opens or goes_on:
            spans.append(index)  # a group cell, or an empty cell its span covers
    if len(second) >= len(header) or not spans or len(spans) != len(second):
        return None
    under = [""] * len(header)
    for index, cell in zip(spans, second, strict=True):
        under[index] = cell
    return under


def _group_words(header: list[str], index: int) -> str:
    """The words of the group header cell left of ``index`` that spans it."""
    at = index
    while at > 1 and not header[at].strip():
        at -= 1
    return header[at].strip() if at >= 1 else ""


def column_groups(roles: list[str | None]) -> list[list[int]]:
    """Column indexes (after the label column) in groups: a role met again starts a new group.

    "Budjetti | Toteuma | Budjetti | Toteuma" under "Vuosi 2024" and "Kumulatiivinen" are two
    statements side by side; each group is read as a table of its own.
    """
    groups: list[list[int]] = [[]]
    seen: set[str] = set()
    for index, role in enumerate(roles):
        if index == 0 or role is None:
            continue
        if role in seen:
            groups.append([])
            seen = set()
        seen.add(role)
        groups[-1].append(index)
    return [g for g in groups if g]


def clean_cell(cell: str) -> str:
    """A cell without markdown emphasis ("**Yhteensä**")."""
    return cell.strip().strip("*_").strip()


_CODE = re.compile(r"(?:\d{1,5}|[a-hA-H]|[ivx]{1,4})[.)]?|nro|no\.?|#|tili|konto", re.I)


def without_code_column(rows: list[list[str]]) -> list[list[str]]:
    """``rows`` without a first column of row numbers or account codes ("1.", "4300", "a)", header "Nro")."""
    body = [row for row in rows[1:] if row and row[0].strip()]
    if len(body) < 2 or any(len(row) < 3 for row in rows):
        return rows
    if not all(_CODE.fullmatch(row[0].strip()) for row in body):
        return rows
    if any(_DIGIT.search(row[1]) and not re.search(r"[^\W\d_]{3}", row[1]) for row in body):
        return rows  # the second column holds amounts: the first is the row's label
    return [row[1:] for row in rows]


def with_corner(rows: list[list[str]]) -> list[list[str]]:
    """``rows`` with the empty corner cell given back to a header printed without it.

    PDF text and a row typed without its first tab drop the empty cell over the label column
    ("Budjetti | Toteutunut | Sidottu" over "Palkat | 220 000 | 131 500 | 40 000"), which would name
    each column by its left neighbour's header. Only when every header cell names a money column and
    every row with amounts is one cell wider, its first cell words.
    """
    if len(rows) < 2 or not rows[0] or not all(c.strip() and column_role(c) for c in rows[0]):
        return rows
    first = re.sub(r"\s+", " ", _UNIT.sub(" ", norm_label(rows[0][0]))).strip(" -–:%")
    if not any(first in names for names in labels().values()):
        return rows  # a first cell named a column only by likeness ("Kustannuslaji"): the label column's header
    body = [row for row in rows[1:] if any(_DIGIT.search(c) for c in row[1:])]
    if not body or any(len(row) != len(rows[0]) + 1 or not _WORD.search(row[0]) for row in body):
        return rows
    return [["", *rows[0]], *rows[1:]]


#: A cell that only draws a line: "-----", "=====", "|:---:|", "+----+", "_____".
_RULE_CELL = re.compile(r"[-=_+:|~.\s\u2500-\u257f]*[-=_~\u2500-\u257f]{3,}[-=_+:|~.\s\u2500-\u257f]*")


def without_rule_rows(rows: list[list[str]], lines: list[int]) -> tuple[list[list[str]], list[int]]:
    """``rows`` without the rows that only underline the header or close the table.

    Plain-text tables draw a rule of dashes or equals signs under their header ("-----  -----"),
    Markdown and box-drawn ones "|---|" or "+----+": such a row holds no words and no amounts, and
    taken for a row it becomes the header's second row, which hides the header's words.
    """
    keep = [
        i
        for i, row in enumerate(rows)
        if not (
            any(c.strip() for c in row) and all(not c.strip() or _RULE_CELL.fullmatch(c.strip()) for c in row)
        )
    ]
    if len(keep) == len(rows):
        return rows, lines
    return [rows[i] for i in keep], [lines[i] for i in keep if i < len(lines)]


_PAGE_MARK = re.compile(
    r"^(?:\d{1,3}\s*/\s*\d{1,3}|\d{1,3}\s*\(\d{1,3}\)|(?:sivu|sida|page)\s*\d{1,3}.*)$", re.I
)


def without_running_header(rows: list[list[str]], lines: list[int]) -> tuple[list[list[str]], list[int]]:
    """``rows`` without a page's running header a PDF put above the table ("Lapin hyvinvointialue |
    Tilanneraportti 3/2024 | 2/2"): a first row that ends in a page mark, stands apart from the
    next row (a blank line between) and names no column, above a row that names columns."""
    if len(rows) < 3 or len(lines) < 2 or lines[1] - lines[0] < 2:
        return rows, lines
    first, second = rows[0], rows[1]
    if not first or not _PAGE_MARK.match(first[-1].strip()) or any(column_role(c) for c in first[1:]):
        return rows, lines
    if sum(1 for c in second[1:] if column_role(c)) < 1:
        return rows, lines
    return rows[1:], lines[1:]


_YEAR = re.compile(r"(?:19|20)\d{2}")


@cues.per_reading
def _kind_labels(scheme: str) -> dict[str, tuple[str, ...]]:
    """Statement kind → its labels in every language ("Kustannusarvio", "Kostnadsberäkning" …)."""
    return {c.key: tuple(f.lower() for f in c.surface_forms()) for c in registry.scheme(scheme)}


def names_estimate(text: str) -> bool:
    """``text`` (a table's title) names a cost estimate by a label of the ``statement-kind`` scheme."""
    low = norm_label(text)
    return any(label in low for label in _kind_labels("statement-kind").get("estimate", ()))


#: A stage's key in a column head: a number, a Roman numeral or a letter ("Phase 3", "Vaihe II", "Etapp B").
_STAGE_KEY = re.compile(r"\b(?:\d{1,2}|[ivx]{1,4}|[a-z])\b", re.I)


def year_columns(header: list[str]) -> dict[int, str | None] | None:
    """Columns that differ by their year alone ("Kustannuslaji | 2024 | 2025 | 2026 | Yhteensä", or a group
    header over years joined into "Kustannusarvio (€) 2024 | Kustannusarvio (€) 2025"): index → the year,
    and None for the total column beside them; None when fewer than two columns are such.

    Each year must stand once and every such column must say the same besides its year; what they
    say ("Kustannusarvio"), else the table's title, tells their role (:func:`year_words`).
    """
    out: dict[int, str | None] = {}
    rests: set[str] = set()
    for index, cell in enumerate(header):
        years = _YEAR.findall(cell)
        if index and len(years) == 1:
            out[index] = years[0]
            # a stage's number or letter beside its year is no word of the column's own ("Phase 3 (2024) | Phase 4
            # (2025)", "Vaihe I: 2023 | Vaihe II: 2024", test31 ic23)
            rests.add(re.sub(r"\s+", " ", _STAGE_KEY.sub(" ", year_words(cell))).strip())
    if (
        len(out) < 2
        or len(set(out.values())) < len(out)
        or len(rests) != 1
        or any(column_role(header[i]) in _OTHER_ROLES for i in out)
    ):
        return None
    totals = {"total": _total_labels("cost-category")}
    rest = next(iter(rests))
    for index, cell in enumerate(header):
        # the total column's words without the words the years share, with its unit and without ("Totalt (k€)";
        # "Summa", which the units' pattern takes for a unit)
        forms = {norm_label(cell), year_words(cell)}
        bares = {re.sub(re.escape(rest), " ", f).strip() if rest else f for f in forms}
        if index and index not in out and cell.strip() and any(b and best_label(b, totals, 0.8) for b in bares):
            out[index] = None  # the total of the years
    return out


def single_year_column(header: list[str]) -> dict[int, str | None] | None:
    """The one money column of a table headed by its year alone ("Kustannuslaji | 2023 (€)"): index → year.

    A plan's estimate for one year has no second year to tell the column by (:func:`year_columns`);
    a header that is a year and a unit and nothing else is that year's column, its role the title's.
    """
    if len(header) != 2:
        return None
    years = _YEAR.findall(header[1])
    if len(years) != 1 or year_words(header[1]).strip() or column_role(header[1]) is not None:
        return None
    return {1: years[0]}


def merge_broken_rows(rows: list[list[str]], lines: list[int]) -> tuple[list[list[str]], list[int]]:
    """Rows a PDF or a narrow layout broke over two lines, joined again.

    A label with no amounts followed by amounts with no label ("Omat henkilöstö-
    kustannukset" / "600 000  380 000") is one row; so is a label whose second half
    stands alone under it ("Puhelin- ja ICT-" / "laitehankinnat").
    """
    out: list[list[str]] = []
    out_lines: list[int] = []
    for row, line in zip(rows, lines, strict=False):
        values = [c for c in row[1:] if c]
        previous = out[-1] if out else None
        previous_empty = previous is not None and not any(c for c in previous[1:])
        if previous is not None and previous_empty and row and not row[0] and values:
            out[-1] = [previous[0], *row[1:]]
            continue
        if previous is not None and row and row[0] and not values and row[0][:1].islower() and len(out) > 1:
            joiner = "" if previous[0].endswith("-") and not previous[0].endswith(" -") else " "
            label = previous[0][:-1] if joiner == "" else previous[0]
            out[-1] = [f"{label}{joiner}{row[0]}", *previous[1:]]
            continue
        if previous is not None and previous_empty and row and row[0][:1].islower() and values and len(out) > 1:
            out[-1] = [f"{previous[0]} {row[0]}", *row[1:]]
            continue
        out.append(row)
        out_lines.append(line)
    return out, out_lines


def estimate_column(header: list[str], said: str) -> list[str | None]:
    """The columns of a table under a cost estimate's title ("Kustannusarvio", "Käyttöönoton
    kustannusarvio") whose header names no money column: the one column headed by the estimate's
    own word, by a unit alone ("Arvio €", "Arvio (€)", "€", "(tuhatta euroa)") or by a word that says only the sum
    ("Summa", "Belopp", "Amount": the ``amount-head`` vocabulary) holds the estimate, its budget; a
    column of who or when ("Vastuu", "Aikataulu") holds none. "Arvio" alone is no column's name
    elsewhere (a report's "Arvio" may be a forecast or an assessment): the title tells.
    """
    out: list[str | None] = [None] * len(header)
    if not names_estimate(said):
        return out
    estimate_words = {w for label in _kind_labels("statement-kind").get("estimate", ()) for w in label.split()}
    amounts = _amount_heads("amount-head")
    money = []
    for index, cell in enumerate(header):
        words = re.sub(r"[€()%:]|\beur\w*|\s+", " ", norm_label(cell), flags=re.I).split()
        bare = year_words(cell)
        # the unit alone, with its scale ("€", "(euro)", "(k€)", "(tuhatta euroa)", "(milj. €)"), no year
        unit_only = (not words and "€" in cell) or (
            bool(cell.strip()) and not bare and not _YEAR.search(cell) and bool(_UNIT.search(norm_label(cell)))
        )
        own_word = bool(words) and all(any(w == e or e.endswith(w) for e in estimate_words) for w in words)
        if index and (unit_only or own_word or bare in amounts):  # or a bare "Summa", "Belopp", "Amount"
            money.append(index)
    if len(money) == 1:
        out[money[0]] = "budget"
    return out


@cues.per_reading
def _amount_heads(scheme: str) -> frozenset[str]:
    """The heads that say only "the sum" (``amount-head``: "Summa", "Belopp", "Amount", "Euroa"), as year_words gives them."""
    return frozenset(year_words(f) for c in registry.scheme(scheme) for f in c.surface_forms() if year_words(f))


def role_year_columns(header: list[str]) -> dict[int, str | None] | None:
    """Money columns that each name their role and their own year ("Hyväksytty budjetti | Toteuma 2023 |
    Toteuma 2024 | Ennuste 2025"): index → the year, None for a column naming no year (the project's).

    A follow-up sheet puts each year's actual, and the coming year's forecast, beside the project's
    budget: each year's column is that year's statement, whatever its role. Only when two columns or
    more name distinct years alone and every money column has a role and is no period's.
    """
    from hankegraafi.ingest.facts.costkinds import years_alone  # the facts' reading of a year printed alone

    out: dict[int, str | None] = {}
    for index, cell in enumerate(header):
        if not index or not cell.strip():
            continue
        role, years = column_role(cell), years_alone(cell)
        if role is None or role in _OTHER_ROLES or len(years) > 1:
            return None
        out[index] = years[0] if years else None
    named = [year for year in out.values() if year]
    return out if len(named) >= 2 and len(set(named)) == len(named) else None


def role_year_grid(header: list[str]) -> dict[str, list[int]] | None:
    """Money roles over years: a header whose group cells name the role and span its years ("Budget | | Utfall
    | " over "2024 | 2025 | 2024 | 2025 (1–5)", joined "Budget 2024 | Budget 2025 | Utfall 2024 | …"): year →
    the indexes of its columns, one statement a year with each role beside it; None for no such header.

    Every money column names one role and one year, at least two roles and two years, each (role, year)
    once, and a year under two roles or more: a grid, not a row of years (:func:`year_columns`) nor roles
    each of its own year (:func:`role_year_columns`)."""
    from hankegraafi.ingest.facts.costkinds import years_alone

    pairs: dict[int, tuple[str, str]] = {}
    for index, cell in enumerate(header):
        if not index or not cell.strip():
            continue
        role, years = column_role(cell), years_alone(cell)
        if role is None or role in _OTHER_ROLES or len(years) != 1:
            return None
        pairs[index] = (role, years[0])
    roles = {role for role, _ in pairs.values()}
    by_year: dict[str, list[int]] = {}
    for index, (_, year) in pairs.items():
        by_year.setdefault(year, []).append(index)
    if len(roles) < 2 or len(by_year) < 2 or len(set(pairs.values())) < len(pairs):
        return None
    return by_year if any(len(keep) > 1 for keep in by_year.values()) else None


def label_box(rows: list[list[str]], is_category: Callable[[str], str | None]) -> bool:
    """``rows`` are a box of labels with one value each, not a cost table.

    A report's head ("MYÖNNETTY AVUSTUS | 480 000 euroa", "OMARAHOITUSOSUUS | 20 %",
    "KOKONAISKUSTANNUKSET | 600 000 euroa") is two columns whose header names no money column, and
    its rows with an amount are mostly not cost categories: its total cost is a sum of the project,
    its share a percentage of nothing in a table.
    """
    if any(len(row) > 2 for row in rows) or (len(rows[0]) > 1 and column_role(rows[0][1])):
        return False
    amounts = [row for row in rows if len(row) > 1 and _DIGIT.search(row[1])]
    return 2 * sum(1 for row in amounts if is_category(row[0]) not in (None, "total")) < len(amounts)


def years_of(header: list[str]) -> dict[int, str | None] | None:
    """The columns of a table that differ by their year (:func:`year_columns`, :func:`single_year_column`,
    :func:`role_year_columns`): index → year, None for a column of the project; None for no such table."""
    return year_columns(header) or single_year_column(header) or role_year_columns(header)


def own_role(cell: str, shared: str) -> str | None:
    """The role a year's column names by its own words ("Ennuste 2025"), when they are not the words every
    year's column shares."""
    words = year_words(cell)
    return column_role(words) if words and words != shared else None


#: Roles that vary with the year's column in a table of another kind ("Jakso suun. 2024").
_OTHER_ROLES = ("period-budget", "period-actual", "utilisation-percent", "deviation")


def year_words(cell: str) -> str:
    """A header cell without its year, units and dates: the words a row of year columns shares."""
    return re.sub(r"\s+", " ", _UNIT.sub(" ", norm_label(cell))).strip(" -–:")


@cues.per_reading
def _total_labels(_scheme: str) -> tuple[str, ...]:
    """The labels of the cost-category vocabulary's total ("Yhteensä", "Totalt", "Total")."""
    return tuple(
        f.lower() for c in registry.cost_categories() if c.notation == "total" for f in c.surface_forms()
    )


def year_role(title: str) -> str:
    """The role of year columns from the table's title: the column role it names, budget when none."""
    return column_role(title) or "budget"


__all__ = [
    "COLUMN_SCHEME",
    "clean_cell",
    "column_role",
    "join_header",
    "labels",
    "names_estimate",
    "without_code_column",
    "without_running_header",
    "year_columns",
    "year_role",
    "year_words",
]
