"""Every rating value in a document, so that the ones no light used can be accounted for.

A template may put its lights in a form no reader of ``ingest/lighttext.py`` knows; its values are still
values of the light scale: a colour word ("keltainen", "Amber"), a coloured symbol ("🟡"), a mark the
document's legend explains ("K" under "V = vihreä, K = keltainen"), a ticked option, a verdict of the
scale ("Ei OK"). :func:`ratings` finds every such value where a rating stands (a table cell, a short line
or the value after a label), whatever the words around it say, and :func:`unread` those on lines no fact
was read from, so that the coverage report (``ingest/coverage.py``) shows a publisher the ratings the
ingest left unread. The class is the value, not the layout: a new template's lights show here even when
nothing reads them. A scale written out (a legend, a header of colours "Vihreä | Keltainen | Punainen")
rates nothing and is no rating.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from hankegraafi.ingest.labels import table_cells
from hankegraafi.ingest.lightdims import dimension_of, dimension_spoken_of, loose_dimension
from hankegraafi.ingest.lightorder import ordered
from hankegraafi.ingest.lightscales import spelt
from hankegraafi.ingest.lightstate import realigned
from hankegraafi.ingest.lightvalues import (
    LEGEND,
    cost_header,
    document_legend,
    explained,
    legend_pairs,
    strict_value,
    value_of,
)
from hankegraafi.ingest.lightwords import colour_word

#: The values a light takes.
_RATED = ("on-plan", "deviation")
#: A line longer than this is prose: a colour word in it is no rating by its place.
_SHORT = 60
#: A definition of the scale ("V = vihreä", "punainen = merkittävä poikkeama", a legend's line broken in two).
_DEFINES = re.compile(r"\S\s*=\s*\S")
#: "Label: value", "Label – value": the value after a short label.
_AFTER_LABEL = re.compile(r"^(?P<label>[^:–—]{1,40}?)\s*(?::|\s[–—-]\s)\s*(?P<value>\S.*)$")


@dataclass(frozen=True)
class Rating:
    """One value of the light scale: where it stands (line number, cell index or -1 for a line) and what it says."""

    line: int
    cell: int
    text: str
    value: str


def _scale(values: list[str | None], cells: list[str]) -> bool:
    """The cells write a scale out, not a rating: both values among three cells or more that are all values
    (a header of colours, a legend in a row)."""
    filled = [c for c in cells if c.strip()]
    named = [v for v in values if v in _RATED]
    return len(filled) >= 3 and len(named) >= len(filled) - 1 and set(named) == set(_RATED)


def _bare(cell: str, *, label: bool) -> bool:
    """The cell is a value with a comment at most: a mark, a ticked option, or a value of three words or
    fewer ("Keltainen", "Ei OK", "Risk för avvikelse") or one followed by a comment after a dash or in
    brackets. A row's first cell (its label) is a value only alone: "Vihreä siirtymä" names a theme."""
    raw = cell.strip().strip("*_ ")
    words = raw.split()
    if label:
        return len(words) <= 1
    return len(words) <= 3 or bool(re.match(r"^\S+\s*(?:[–—-]\s|\()", raw)) or not raw[:1].isalnum()


def _in_line(no: int, text: str) -> Iterator[Rating]:
    raw = text.strip().strip("*_ ").lstrip("-•* ").strip()
    if not raw or len(raw) > _SHORT or _DEFINES.search(raw) or len(legend_pairs(raw)) >= 2:
        return
    after = _AFTER_LABEL.match(raw)
    for candidate in ([after.group("value")] if after else []) + [raw]:
        value = strict_value(candidate)
        words = len(candidate.split())
        if value in _RATED and words <= 5 and not candidate.rstrip().endswith((".", "!", "?")):
            yield Rating(no, -1, raw, value)
            return


def ratings(lines: list[str]) -> list[Rating]:
    """Every value of the light scale in ``lines`` where a rating stands (line numbers from 1): a table cell
    that says a value by itself, or a short line that is one or ends in one after a label."""
    lines = [spelt(line) for line in lines]
    token = LEGEND.set(document_legend(lines))
    try:
        out: list[Rating] = []
        for no, text in enumerate(lines, start=1):
            cells = table_cells(text)
            if cells:
                values = [
                    strict_value(c) if len(c.strip()) <= _SHORT and not _DEFINES.search(c) else None
                    for c in cells
                ]
                if _scale(values, cells) or len(legend_pairs(text)) >= 2:
                    continue
                out += [
                    Rating(no, i, c.strip(), v)
                    for i, (c, v) in enumerate(zip(cells, values, strict=True))
                    if v in _RATED and _bare(c, label=i == 0 and len(cells) > 1)
                ]
            elif cells is None:
                out += _in_line(no, text)
        return out
    finally:
        LEGEND.reset(token)


def unread(lines: list[str], used: Iterable[int], kept: Iterable[int] | None = None) -> list[Rating]:
    """The ratings on lines no fact used (``used``: line numbers), of the lines ``kept`` (all when None)."""
    taken, keep = set(used), set(kept) if kept is not None else None
    return [r for r in ratings(lines) if r.line not in taken and (keep is None or r.line in keep)]


#: A column that weighs a risk, not a rating of the project: its "kriittinen" or "suuri" is the risk's.
_NOT_RATING = re.compile(
    r"todennäköisyy\w*|vaikutu\w*|vakavuu\w*|sannolikhet\w*|konsekven\w*|påverkan|likelihood|probability|impact"
    r"|severity|ennust\w*|prognos\w*|forecast\w*|edelli\w*|aiemp\w*|föregående|förra|previous|tavoite\w*|mål\b|target",
    re.I,
)
#: A cell's own label word before its value: "tilanne: hyvä", "valinta: lievä poikkeama", "Status: OK".
_FIELD = re.compile(r"^(?P<label>[^\W\d_]{2,15})\s*:\s*(?P<value>\S.*)$")
#: An answer to a yes-or-no question ("Pysyivätkö kustannukset budjetissa? | Kyllä", "… tidplanen? | Nej").
_YES = re.compile(r"^(?:kyllä|joo|ja|yes)\b", re.I)
_NO = re.compile(r"^(?:ei|eivät|nej|no)\b", re.I)
#: Where an answer's remark begins: "Nej – en farmaceut saknas", "Ei, henkilöstökulut ylittyvät", "No (see 3.2)".
_REMARK = re.compile(r"\s*[–—,;:(]\s*|\s+-\s+")
#: A question that asks after a shortfall: "Puuttuuko hankkeesta henkilöstöä?", "Saknas det personal?", "Is the
#: project short of staff?" (its yes is a deviation).
_SHORTFALL = re.compile(
    r"\b(?:puuttu\w*|vaj[ae]\w*|pula\w*|riittämät\w*|jälkeen|jäljessä|vaaranta\w*|uhka\w*"
    r"|sakna\w*|brist\w*|otillräcklig\w*|efter|hota\w*|äventyra\w*"
    r"|short of|shortage\w*|understaff\w*|lack\w*|missing|insufficient|behind|threaten\w*|endanger\w*)\b"
    # Whether there are risks, not whether they are in hand: the partitive "Onko merkittäviä riskejä?", "Finns det
    # risker?", "Are there any risks?" (test35 of02); "Ovatko riskit hallinnassa?" asks after control.
    r"|\briskejä\b|\briskiä\b|\bfinns det (?:\w+ )?risker\b|\bare there (?:\w+ )?risks\b",
    re.I,
)
#: Staff named inside a word of being staffed: "understaffed", "vajaalla miehityksellä".
_STAFFED = re.compile(r"understaff\w*|\bstaffed\b|miehity\w*", re.I)
#: The parts of a line that lists ratings: "Tidplan G · Kostnader Gu", "aikataulu 9, kustannukset 8; …".
_LISTED = re.compile(r"\s+[·•|/]\s+|;\s*|,\s+")
#: A value that ends in a code's dot: "viiv.", "s.m.".
_CODE_END = re.compile(r"(?:^|\s)(?:\w{1,5}\.)+$")
#: A value with a comment: its first clause ("ylittyneet laitehankinnoissa", "viiv. (toimittaja)").
_CLAUSE = re.compile(r"\s*(?:[,;(]|\s[–—-]\s)")


@dataclass(frozen=True)
class Candidate:
    """A rating where a rating stands, with the dimension its place gives it (None when no place names one):
    the row's first cell, the column's header or the label before it."""

    line: int
    cell: int
    text: str
    value: str
    dimension: str | None
    #: The row's first cell when it names no dimension: the unit the row rates ("Investointi 1: X").
    row: str = ""


def rating_value(text: str) -> str | None:
    """The light value a short place says by itself: a mark, a score or a number the document's scale
    explains, a colour, or a rating word or phrase of the vocabulary as the whole value or its first clause
    ("kriittinen", "hyvä", "s.m.", "edennyt sovitusti", "ylittyneet laitehankinnoissa"), also after the
    cell's own label word ("tilanne: hyvä", "[valinta: lievä poikkeama]"). A sentence (an end mark, more
    than six words) says more than a rating; a bare percentage is progress, not a rating."""
    raw = text.strip().strip("*_ ")
    if raw.startswith("[") and raw.endswith("]"):
        raw = raw[1:-1].strip()  # a form's field: "[valinta: suunnitelman mukainen]"
    if explained(raw) in _RATED:
        return strict_value(
            raw
        )  # the legend's mark opens it, a remark after: "Huomautus: ostopalvelut ylittyvät …"
    field = _FIELD.match(raw)
    if field is not None and dimension_of(field["label"]) is None:
        raw = field["value"]  # "tilanne: hyvä", "Läge: gul": the value after the cell's own label word
    if not raw or len(raw) > _SHORT or _DEFINES.search(raw) or raw.endswith(("!", "?")):
        return None
    if raw.endswith(".") and not _CODE_END.search(raw):
        return None  # "… on." is a sentence, "viiv." and "s.m." are codes
    head = _CLAUSE.split(raw, maxsplit=1)[0].strip()
    if len(head.split()) > 4 or len(raw.split()) > 6:
        return None
    # A phrase rates when it is short or opens with its rating word ("edennyt sovitusti", "ylittyneet
    # laitehankinnoissa"); one whose rating word comes later reports an event ("Rekrytointi voi viivästyä").
    phrase = value_of(head) if len(head.split()) <= 2 else None
    for said in (strict_value(raw), phrase, value_of(raw, first_word=True)):
        if said in _RATED:
            return said
    return None


#: A legend is short: a longer text is read as none (legend_pairs on a row of 160 000 tabs took seconds).
_LEGEND_LONGEST = 1_000


def _legendish(text: str) -> bool:
    """Whether ``text`` defines two values of a scale or more, as a legend does."""
    return len(text) <= _LEGEND_LONGEST and len(legend_pairs(text)) >= 2


def _table_blocks(lines: list[str]) -> Iterator[list[tuple[int, list[str]]]]:
    """Runs of table rows (line number, cells); a separator rule stays inside its run."""
    run: list[tuple[int, list[str]]] = []
    for no, text in enumerate(lines, start=1):
        cells = table_cells(text)
        if cells == [] or (cells and all(re.fullmatch(r":?-+:?", c.strip()) for c in cells if c.strip())):
            continue  # "|---|---|", "|---|:-:|"
        if cells and "\t" in text:
            # Tabs and runs of spaces mixed in one row ("Käytetty €  Aikataulu  Kustannukset"): both part cells.
            cells = (
                [part.strip() for cell in cells for part in re.split(r"\s{2,}", cell)]
                if "  " in text
                else cells
            )
        if cells and len(cells) >= 2:
            run.append((no, realigned(cells)))
            continue
        if run:
            yield run
        run = []
    if run:
        yield run


def candidates(lines: list[str]) -> list[Candidate]:
    """Every rating where a rating stands in ``lines`` (numbers from 1), under the document's scale (its
    legend, thresholds or scores) and the vocabulary's words, with the dimension its place names:

    - a table cell: its row's first cell when that is a dimension ("Aikataulu | s.m."), else its column's
      header ("Investointi | Aikataulu | Kustannukset" over "Investointi 1: X | s.m. | viiv."), the row's
      first cell then the unit rated;
    - a short line: the label before a colon or a dash ("Kustannukset — ylittyneet laitehankinnoissa").

    Legends and scales written out rate nothing; a column that weighs a risk (likelihood, impact), forecasts
    or compares an earlier period gives no rating of the report.
    """
    lines = [spelt(line) for line in lines]
    token = LEGEND.set(document_legend(lines))
    try:
        out: list[Candidate] = []
        for rows in _table_blocks(_questions_joined(lines)):
            header = rows[0][1]
            # A column of dimensions: a row label in other words is one too ("Hyödyt asiakkaille" under "Aikataulu").
            listed = sum(1 for _, cells in rows if dimension_of(cells[0])) >= 2 or _loosely_listed(rows)
            for at, (no, cells) in enumerate(rows):
                out += _row(no, cells, header if at else None, lines[no - 1], listed=listed)
            out += _section_rating(rows, lines)
        rated = {c.line for c in out}
        for no, text in enumerate(lines, start=1):
            if table_cells(text) is None:
                found = _line(no, text)
                rated.update(c.line for c in found)
                out += found
        for no, text in enumerate(lines, start=1):
            # A label in other words ("Nytta för invånarna — enligt målet") beside lines that rate is one too.
            if no not in rated and ({no - 1, no + 1} & rated) and table_cells(text) is None:
                out += _line(no, text, loose=True)
        for no, text in enumerate(lines, start=1):
            if table_cells(text) is None:
                # Values in the order of the dimensions named beside them, on the line or the line after it.
                nxt = lines[no] if no < len(lines) and table_cells(lines[no]) is None else ""
                joined = f"{text} {nxt}".strip()
                out += [Candidate(no, -1, joined, value, dim) for dim, value in ordered(joined)]
        return sorted(out, key=lambda c: (c.line, c.cell))
    finally:
        LEGEND.reset(token)


#: A column header that says its cells assess: "Arvio 30.4.2024", "Tilanne", "Läge i april", "Rating".
_ASSESSED = re.compile(
    r"^(?:\w*arvio\w*|arvi\w*|tila|tilanne\w*|läge\w*|\w*bedömning\w*|status\w*|assessment|rating|evaluation|state)\b",
    re.I,
)


#: In a column of dimensions, a row that names the people served rates the benefits ("Residents reached",
#: "Nuorten saama apu", "Difference made for families"), one that names money the costs ("Rahan riittäminen").
_ROW_WORDS = (
    (
        re.compile(
            r"\b(?:asiakka\w*|asukka\w*|perhe\w*|nuor\w*|lasten|lapsi\w*|ikäihmis\w*|potila\w*|kuntalais\w*"
            r"|invånar\w*|klient\w*|famil\w*|unga|äldre|senior\w*|patient\w*|resident\w*|client\w*|young|elderly)\b",
            re.I,
        ),
        "benefits",
    ),
    (re.compile(r"\b(?:raha\w*|pengar\w*|money)\b", re.I), "costs"),
    (re.compile(r"\b(?:in post|i tjänst|toimessa)\b", re.I), "staff"),
)


def _listed_dimension(label: str) -> str | None:
    """The dimension a row of a column of dimensions names in other words."""
    found = loose_dimension(label)
    if found is None and len(label.split()) <= 8:
        # "Getting things done on time": a cue of the dimension ("on time", "delay"), else the people or money.
        named = {dim for pattern, dim in _ROW_WORDS if pattern.search(label)}
        found = dimension_spoken_of(label) or (named.pop() if len(named) == 1 else None)
    return found


def _loosely_listed(rows: list[tuple[int, list[str]]]) -> bool:
    """Under a header whose second column assesses, three rows or more each name a dimension in other words
    and rate it in the next cell, each dimension once: a column of dimensions whatever its words ("Seurattava
    asia | Arvio" over "Aikataulussa pysyminen | tavoitteen mukainen", "Item followed | Rating" over "Staffing
    levels | on target"). Without such a header the same rows are a plan's items ("Henkilöstön koulutus")."""
    header = rows[0][1]
    if len(header) < 2 or not _ASSESSED.match(header[1].strip().strip("*_ ")):
        return False
    dims = [
        _listed_dimension(cells[0])
        for _, cells in rows[1:]
        if len(cells) >= 2 and len(cells[0]) <= 50 and rating_value(cells[1]) is not None
    ]
    named = [d for d in dims if d is not None and d != "progress"]
    # Values that say themselves (colours, marks) rate with two such rows; words of a scale need three.
    said = all(
        strict_value(cells[1]) is not None for _, cells in rows[1:] if len(cells) >= 2 and cells[1].strip()
    )
    return len(named) >= (2 if said else 3) and len(set(named)) == len(named)


def _row(
    no: int, cells: list[str], header: list[str] | None, text: str, *, listed: bool = False
) -> list[Candidate]:
    # Under a header of dimensions every cell is a value, the first too ("Aikataulu | Kustannukset" / "(!) | (+)").
    dims_above = header is not None and _dimensions(header)
    if cost_header(cells[1:]) or (header is not None and cost_header(header[1:])):
        return []  # "Kustannukset | Budjetti | Toteuma | Poikkeama": a cost table's columns, its deviation in euros
    # A cell that writes the scale out ("5-4 = suunnitelman mukaan, …") beside the rating rates nothing itself.
    defining = {i for i, c in enumerate(cells) if _DEFINES.search(c) or _legendish(c)}
    if not defining and _legendish("\t".join(cells)):
        return []  # a legend a cell each: "● | vihreä | ▲ | keltainen"
    values = [rating_value(c) if (i or dims_above) and i not in defining else None for i, c in enumerate(cells)]
    # A header of colours ("| Vihreä | Keltainen | Punainen") writes the scale out; a row under a header rates.
    if (header is None or not cells[0].strip()) and _scale(values, cells):
        return []
    question = answered(cells) if not dims_above else None
    if question is not None:
        return [
            _latest_answer(no, cells, header) or Candidate(no, 1, cells[1].strip(), question[1], question[0])
        ]
    own = None if dims_above else dimension_of(cells[0]) or (_listed_dimension(cells[0]) if listed else None)
    # A row that names its dimension in another cell ("Rekrytoinnit viivästyvät | Henkilöstö | suuri | Keltainen").
    named = [i for i, c in enumerate(cells) if i and dimension_of(c) and rating_value(c) is None]
    beside = dimension_of(cells[named[0]]) if own is None and not dims_above and len(named) == 1 else None
    out: list[Candidate] = []
    for i, value in enumerate(values):
        if value is None:
            continue
        head = header[i] if header is not None and i < len(header) else ""
        if head and _NOT_RATING.search(head):
            continue
        dim = own or (dimension_of(head) if head else None) or beside
        unit = "" if own or dims_above or (beside and dim == beside) else cells[0].strip()
        out.append(Candidate(no, i, cells[i].strip(), value, dim, unit))
    if (own is not None or beside is not None) and len(out) > 1:
        # A rating and a comment that reads like one ("1 | Henkilöstökulut ylittyvät …"): the value that says
        # itself (a mark, a score, a colour); several such (periods, options) are the readers' to settle.
        bare = [c for c in out if strict_value(c.text) in _RATED]
        return bare if len(bare) == 1 else []
    return out


def _section_rating(rows: list[tuple[int, list[str]]], lines: list[str]) -> list[Candidate]:
    """A section's rating as a table of one row under a header that assesses ("## Kustannukset" over "| Arvio |
    Perustelu |" / "| keltainen | henkilöstökulut ylittyvät |", "## Aikataulu" over "| Tilanne | Selite |"; red team
    R20-27): the row's first cell rates the dimension the heading right above the table names, as the same rating
    on a line under the heading does. A table of two rows or more is a list (of parts, of periods), no such rating."""
    if len(rows) != 2 or len(rows[0][1]) < 2 or not _ASSESSED.match(rows[0][1][0].strip().strip("*_ ")):
        return []
    above = rows[0][0] - 1
    while above >= 1 and not lines[above - 1].strip():
        above -= 1
    heading = lines[above - 1].strip().strip("#*_ ") if above >= 1 else ""
    dim = dimension_of(heading) if heading and len(heading) <= 40 and table_cells(heading) is None else None
    no, cells = rows[1]
    value = rating_value(cells[0])
    return [Candidate(no, 0, cells[0].strip(), value, dim)] if dim and dim != "progress" and value else []


def _dimensions(header: list[str]) -> bool:
    """The row is a header of dimensions: its first cell one, and all its cells but one at most."""
    filled = [c for c in header if c.strip()]
    named = [c for c in filled if dimension_of(c)]
    return bool(header) and dimension_of(header[0]) is not None and len(named) >= max(2, len(filled) - 1)


def _questions_joined(lines: list[str]) -> list[str]:
    """The lines with a question a row's first cell breaks off ("Onko … jotka voivat | Kyllä" over "vaarantaa
    hankkeen tavoitteiden saavuttamisen?") whole in its cell: the next line goes on in lower case and ends it."""
    out = list(lines)
    for i, text in enumerate(lines[:-1]):
        cells = table_cells(text)
        nxt = lines[i + 1].strip()
        if (
            cells
            and len(cells) >= 2
            and not cells[0].rstrip().endswith("?")
            and nxt.endswith("?")
            and nxt[:1].islower()
            and len(nxt) <= 100
            and table_cells(lines[i + 1]) is None
        ):
            out[i] = text.replace(cells[0], f"{cells[0].rstrip()} {nxt}", 1)
    return out


def answered(cells: list[str]) -> tuple[str, str] | None:
    """(dimension, value) of a yes-or-no question about a dimension and its answer ("Pysyivätkö kustannukset
    budjetissa? | Kyllä", "Följer projektet tidplanen? | Nej"): yes is on plan, unless the question asks
    after a deviation ("Onko aikataulu viivästynyt? | Kyllä")."""
    asked = cells[0].strip().strip("*_ ")
    if len(cells) < 2 or not asked.endswith("?") or len(asked) > 160:
        return None
    # "Is the project short of staff?": a longer question names its dimension by one word of it.
    dim = (
        dimension_of(asked.rstrip(" ?"))
        or loose_dimension(asked.rstrip(" ?"))
        or dimension_spoken_of(asked)
        or ("staff" if _STAFFED.search(asked) else None)
    )
    # "[ Kyllä ]" of a form printed with its fields; "No – the tablets cost more …": the answer, then its remark.
    answer = _REMARK.split(cells[1].strip().strip("*_[]() "), maxsplit=1)[0]
    yes, no = bool(_YES.match(answer)), bool(_NO.match(answer))
    if dim is None or dim == "progress" or yes == no or len(answer.split()) > 4:
        return None
    negative = value_of(asked.rstrip(" ?")) == "deviation" or _SHORTFALL.search(asked) is not None
    return dim, "on-plan" if yes != negative else "deviation"


#: A column head that is a period: it names a year ("Kevät 2024", "Syksy 2024", "3/2024", "Q2 2025", "2025").
_PERIOD_HEAD = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")


def _latest_answer(no: int, cells: list[str], header: list[str] | None) -> Candidate | None:
    """A yes-or-no question answered once a period ("Onko aikataulussa pysytty? | Kyllä | Ei" under "Kysymys |
    Kevät 2024 | Syksy 2024"): the latest period's answer rates, as a matrix of periods gives its latest value.
    None unless two answers or more stand under heads that each name a year (a column per part is the matrix
    reader's, ``facts/lightmatrix.py``; an answer and its comment keep the first answer)."""
    if header is None or len(header) != len(cells) or len(cells) < 3:
        return None
    said = [(i, answered([cells[0], cells[i]])) for i in range(1, len(cells)) if cells[i].strip()]
    given = [(i, a) for i, a in said if a is not None]
    if len(given) < 2 or len(given) != len(said) or not all(_PERIOD_HEAD.search(header[i]) for i, _ in given):
        return None
    i, (dim, value) = given[-1]
    return Candidate(no, i, cells[i].strip(), value, dim)


def _line(no: int, text: str, *, loose: bool = False) -> list[Candidate]:
    """A short line that rates: "Label: value", "Label – value", or a list of ratings on one line ("Tidplan G ·
    Kostnader Gu · Risker R", "aikataulu 9, kustannukset 8, henkilöstö 6"), each part a dimension and its
    value, two parts at least, each dimension once."""
    raw = text.strip().strip("*_ ").lstrip("-•* ").strip()
    if not raw or len(raw) > 2 * _SHORT or len(legend_pairs(raw)) >= 2 or _DEFINES.search(raw):
        return []
    parts = [p.strip() for p in _LISTED.split(raw.rstrip(".")) if p.strip()]
    if len(parts) >= 2:
        listed = [_pair(p) for p in parts]
        lead = _AFTER_LABEL.match(parts[0]) if listed[0] is None else None
        if lead is not None and dimension_of(lead.group("label")) is None:
            # A label that says what the list is, before its first pair: "Overall: Schedule G · Budget A",
            # "Kokonaistilanne – aikataulu V · kustannukset K".
            listed[0] = _pair(lead.group("value"))
        found = [pair for pair in listed if pair is not None]
        dims = [dim for dim, _ in found]
        if len(found) >= 2 and len(found) >= len(parts) - 1 and len(set(dims)) == len(dims):
            return [Candidate(no, -1, raw, value, dim) for dim, value in found]
    asked = _ASKED.match(raw)  # "Onko hanke aikataulussa? Kyllä.": a question and its answer on one line
    said = (
        answered([asked["question"], asked["answer"]]) if asked and _asks_the_plan(asked["question"]) else None
    )
    if said is not None:
        return [Candidate(no, -1, raw, said[1], said[0])]
    after = _AFTER_LABEL.match(raw)
    if after is None:
        return []
    value = rating_value(after.group("value"))
    dim = dimension_of(after.group("label")) or (loose_dimension(after.group("label")) if loose else None)
    return [Candidate(no, -1, raw, value, dim)] if dim is not None and value is not None else []


#: A yes-or-no question and its answer after it on the line, as minutes or a plain-text form write them.
_ASKED = re.compile(r"^(?P<question>[^?]{5,160}\?)\s+(?P<answer>\S.{0,80})$")
#: A question's words of a plan kept or enough of a resource: "pysyvätkö", "riittääkö", "håller", "within", "enough".
_KEEPS = re.compile(
    r"\b(?:pysy\w*|pitä\w*|riittä\w*|hallin\w*|håll\w*|följ\w*|tillräck\w*|inom|within|enough|sufficient\w*"
    r"|stay\w*|kept|keep\w*|on track)\b",
    re.I,
)


def _asks_the_plan(question: str) -> bool:
    """The question asks whether a dimension keeps its plan ("Onko hanke aikataulussa?", "Are the costs within the
    budget?", "Is there enough staff?"), not only mentions it ("Voiko aikataulusta kysyä projektipäälliköltä?",
    "Esiteltiinkö aikataulu ohjausryhmälle?", red team R22-17): a rating's words, a keeping verb or a shortfall."""
    said = question.rstrip(" ?")
    return value_of(said) is not None or bool(
        _KEEPS.search(said) or _SHORTFALL.search(said) or _STAFFED.search(said)
    )


def _pair(part: str) -> tuple[str, str] | None:
    """(dimension, value) of one part of a listed line: "Kostnader Gu", "tuotosten laajuus 7", "Riskit: OK"."""
    after = _AFTER_LABEL.match(part)
    if after is not None:
        dim, value = dimension_of(after.group("label")), rating_value(after.group("value"))
        return (dim, value) if dim and value else None
    words = part.split()
    for k in range(1, min(3, len(words) - 1) + 1):
        dim, value = dimension_of(" ".join(words[:k])), rating_value(" ".join(words[k:]))
        if dim and value and len(words) - k <= 3:
            return dim, value
    # A colour last, the dimension before it in other words: "nytta för familjerna grön", "staffing levels amber".
    colour = colour_word(words[-1]) if 2 <= len(words) <= 6 else None
    label = " ".join(words[:-1])
    dim = (dimension_of(label) or loose_dimension(label)) if colour else None
    return (dim, colour) if dim and colour else None


def asked_lines(found: list[Candidate], lines: list[str]) -> set[int]:
    """The lines of ``found`` that answer a yes-or-no question about a dimension (:func:`answered`), when two
    dimensions or more are so answered: a steering group's questions a page or a plan rates by ("Onko
    kokonaisuus edennyt aikataulussa? | Kyllä" / "Onko kustannusarviossa pysytty? | Ei – …"). One question
    alone is a page's question and answer ("Maksaako käynti? | Ei"), no rating."""
    asked = {
        c.line: c.dimension for c in found if c.cell == 1 and answered(table_cells(lines[c.line - 1]) or [])
    }
    return set(asked) if len(set(asked.values())) >= 2 else set()


__all__ = ["Candidate", "Rating", "answered", "asked_lines", "candidates", "rating_value", "ratings", "unread"]
