"""Which columns of a table are a goal table's: the goals, their status and the header.

A goal table is known by its header's words (``goal-column`` in ``ontology/vocab/kinds.ttl``), else by
its cells: a column beside the goals whose every cell states an achievement ("Tavoite | Lopputulos",
"Tavoite | Toteuma") is the status column, and a goal column of target levels only ("Mittari | Tavoite
| Tila" over "X | käytössä | Valmis") leaves the goals to the column that describes them. A sheet's goal
table joined on to the table above it across a blank row is read from its own header
(``inner_goal_table``). facts/goalforms.py reads the rows.
"""

from __future__ import annotations

import dataclasses
import re

from hankegraafi.ingest import cues
from hankegraafi.ingest.facts.goalstatus import answer, goal_status, legend_status, status_of
from hankegraafi.ingest.facts.goaltables import matrix_columns
from hankegraafi.ingest.facts.goaltargets import BASELINE as _BASELINE
from hankegraafi.ingest.facts.goaltargets import target_columns
from hankegraafi.ingest.facts.placeholders import placeholder
from hankegraafi.ingest.labels import match_light, norm_label
from hankegraafi.ingest.segment import Element

_GOAL_HEADER = re.compile(
    r"^(?:tavoitteen kuvaus|(?:[\w-]+\s+){0,2}(?:tavoite|tavoitteet|mål|målet|goal|goals|objective|objectives)"
    r"(?:\s+(?:ja|och|and)\s+\w+)?)$",
    re.I,
)
#: A goal column named by a kindred word (issue 13, stop 37): a compound whose last part is the goal word
#: ("Välitavoite", "Osatavoite", "Päätavoite", "Delmål"), a milestone, deliverable, sub-goal or key result, alone
#: or beside another after a slash ("Välitavoite / tavoite", "Milestone / key deliverable"). Such a table is a
#: goal table only where its status column states an achievement (``_states_enough``): a savings target's sums
#: ("Säästötavoite | Toteuma" over euros) and a payment plan ("Payment milestone | Status" over "Paid") are none.
_KIN = (
    r"(?:\w+tavoite|\w+tavoitteet|\w+mål|\w+målen|\w+målet|sub-?goals?|sub-?objectives?|milestones?|deliverables?"
    r"|key\s+results?|delleveranser|delleverans|milstolpar|milstolpe|virstanpylv\w+)"
)
_KINDRED_HEADER = re.compile(
    rf"^(?:[\w-]+\s+){{0,2}}{_KIN}(?:\s*/\s*(?:[\w-]+\s+){{0,2}}[\w-]+)?$|^(?:[\w-]+\s+){{0,2}}[\w-]+\s*/\s*{_KIN}$",
    re.I,
)


def _status_headers() -> tuple[re.Pattern[str], ...]:
    """The headers of a column that says whether a goal was met, strongest first: the
    achievement's own words, then an assessment or result column ("Tavoite | Mittari | Tulos
    | Toteutuminen" takes Toteutuminen). The words are the ``goal-column`` vocabulary's
    (``ontology/vocab/kinds.ttl``): a new header word is one cue there."""
    return tuple(pattern for _, pattern in cues.ranked("goal-column"))


#: A plan's goal table judges nothing: a goal, its measure and target level ("Mittari | Tavoitetaso").
_TARGET_HEADER = re.compile(
    r"^(?:mittari|mittarit|tavoitetaso|tavoitearvo|lähtötaso|mätare|målnivå|indicator|target)\b", re.I
)
#: A cell that only numbers its row: "3", "2.1", "4)", "#2". A goal table's first column of
#: them (under "#", "Nro" or a header cell the reader lost) is no goal.
_ROW_NUMBER = re.compile(r"^\s*#?\s*\d{1,2}(?:\.\d{1,2})*[.)]?\s*$")
_NUMBER_HEADER = re.compile(r"^(?:#|nro|nr|no|n:o|järj\.?\s*nro|ordning|)$", re.I)


def without_row_numbers(rows: list[list[str]]) -> list[list[str]]:
    """The rows without a first column that only numbers them.

    A header of "#" may be lost on the way (a "#" starting a line reads as a Markdown
    heading mark), so that the body rows are one cell longer than the header: the
    header is then kept as it is, the body rows lose their number.
    """
    if len(rows) < 2:
        return rows
    header, body = rows[0], [r for r in rows[1:] if any(c.strip() for c in r)]
    if not body or not all(r and _ROW_NUMBER.match(r[0]) for r in body):
        return rows
    longest = max(len(r) for r in body)
    if header and _NUMBER_HEADER.match(norm_label(header[0])) and len(header) == longest:
        header = header[1:]
    elif len(header) >= longest:
        return rows  # the header names the first column: the numbers are its values
    return [header, *[r[1:] if r and _ROW_NUMBER.match(r[0]) else r for r in rows[1:]]]


def goal_columns(rows: list[list[str]], whole: bool = False) -> tuple[int, int | None, list[str]] | None:
    """The goal column, the status column (None for a plan's goal and measure) and the header of
    a goal table's rows; None for any other table. ``whole``: the rows are a whole table of their own (not a piece
    after a header above, nor a block inside a joined table), which may be told by half of its verdicts."""
    header = [norm_label(h) for h in rows[0]] if rows else []
    # "Mål | Uppnåddes målet?": a head that asks whether the goal was met is the verdict's column, no goal's (test50
    # ou07); a head with a verb of reaching or a question mark beside the goal word asks, one of the goal word alone names
    goals = [
        i
        for i, h in enumerate(header)
        if _GOAL_HEADER.match(re.sub(r"\s*\([^()]*\)", "", h))
        and not (goal_status(h) is not None or rows[0][i].strip().endswith("?"))
    ]
    kindred = not goals and len(rows) >= 2
    if kindred:
        goals = [i for i, h in enumerate(header) if _KINDRED_HEADER.match(re.sub(r"\s*\([^()]*\)", "", h))][:1]
    # "Tavoite (alkuperäinen) | Tavoite (muutettu)": a change's table gives the goal before and after,
    # in that order; the goal is the one after.
    goal_col = goals[-1] if len(goals) == 2 else goals[0] if goals else None
    if goal_col is None:
        goal_col = _indicator_column(
            rows, header
        )  # "Indikator | Utgångsläge | Målsättning 2025 | Uppnått värde"
    if goal_col is None and _corner_matrix(rows, header):
        # " | Saavutettu | Osittain | Ei saavutettu" over "X | | X": the goals down the corner's column
        return 0, None, header
    status_col, stated = None, 0
    for pattern in _status_headers():
        columns = [i for i, h in enumerate(header) if i != goal_col and pattern.match(h)]
        if not columns:
            continue
        # "Tavoite | Tulos | Arvio": the column whose cells state achievement.
        best = max(columns, key=lambda i: sum(_cell_status(row, i) is not None for row in rows[1:]))
        count = sum(_cell_status(row, best) is not None for row in rows[1:])
        # "Mål | Utfall | Bedömning" over "96 % | uppnått": a result column of figures under the stronger word
        # states less than a weaker word's column of verdicts, which is then the status column.
        if status_col is None or count > stated:
            status_col, stated = best, count
    if goal_col is not None and (status_col is None or not _states_any(rows, status_col)):
        # "Tavoite | Tulos | Päätelmä" over "17 potilasta / kk | Päästiin osittain": a result column of figures
        # under a status word states nothing, the column beside it whose every cell states a status is the verdict
        status_col = _stating_column(rows, goal_col, most=status_col is not None) or status_col
    if (
        whole
        and goal_col is not None
        and not kindred
        and (status_col is None or not _states_any(rows, status_col))
    ):
        # "Objective | Evaluator's verdict", "Tavoite | Missä mennään": a goal column named so, beside a column
        # of the evaluator's own words, half of whose cells state a status ("Saatu maaliin elokuussa" among
        # "Ei aloitettu", "Työ jatkuu"): the verdict column, every row a goal ("unknown" where it says none)
        status_col = _stating_column(rows, goal_col, half=True) or status_col
    if goal_col is not None:
        goal_col = _described(rows, goal_col, status_col)
    if goal_col is None or goal_col == status_col:
        return None
    if kindred and goals and (status_col is None or not _states_enough(rows, status_col)):
        return None  # a kindred word over no achievement: a savings target's sums, a payment plan
    if (
        status_col is None
        and len(goals) != 2
        and not any(
            _TARGET_HEADER.match(h) or _schedule(h) for h in header
        )  # "Tavoite | Aikataulu": a plan's goals
        and not matrix_columns(header)
    ):
        return None  # a goal column beside neither a status, a measure nor a matrix of statuses: no goal table
    return goal_col, status_col, header


def _corner_matrix(rows: list[list[str]], header: list[str]) -> bool:
    """A matrix of goal statuses whose corner cell is empty (a form's tick grid, " | Saavutettu | Osittain | Ei
    saavutettu | Kesken"): every other header cell names a status, two rows or more below, their first cells goals
    of three words or more (a lights grid's "Aikataulu | X" is a dimension of one or two words)."""
    if len(rows) < 3 or not header or header[0] or len(header) < 3:
        return False
    named = matrix_columns(rows[0])
    if len(named) != len(header) - 1:
        return False
    return all(len(_LETTERS.findall(row[0])) >= 3 for row in rows[1:] if row and row[0].strip())


def _indicator_column(rows: list[list[str]], header: list[str]) -> int | None:
    """The column naming what an indicator table measures, where the table has a target and an outcome column
    and no goal column: its indicators are the goals the figures judge, when it follows two of them or more, or
    one from its baseline. The first column besides those whose every cell has words (an indicator's name),
    else None."""
    columns = target_columns(header)
    if columns is None:
        return None
    body = [row for row in rows[1:] if any(cell.strip() for cell in row)]
    if len(body) < 2 and not any(_BASELINE.match(h.strip()) for h in header):
        return None  # one measure beside a finance sheet's tables ("Mittari | Tavoitetaso | Toteuma"): no goals
    for column in range(len(header)):
        if column in columns or not body:
            continue
        if all(column < len(row) and len(_LETTERS.findall(row[column])) >= 2 for row in body):
            return column
    return None


def inner_goal_table(element: Element) -> Element | None:
    """A goal table joined on to the table above it across a blank line, as a sheet's tables one under
    another read ("Kustannuslaji | Myönnetty | …" rows, a blank row, "Mittari | Tavoite | Tila" and its
    rows): the rows from a goal table's header after a gap in the lines up to the next gap; None if no
    row after a gap heads a goal table."""
    lines = element.row_lines
    starts = [i for i in range(1, len(lines)) if lines[i] - lines[i - 1] > 1]
    for start in starts:
        end = next((i for i in range(start + 1, len(lines)) if lines[i] - lines[i - 1] > 1), len(lines))
        rows = element.rows[start:end]
        if len(rows) >= 2 and goal_columns(without_row_numbers(rows)) is not None:
            return dataclasses.replace(
                element, rows=rows, row_lines=lines[start:end], first=lines[start], last=lines[end - 1]
            )
    return None


#: A target level, not a goal: a figure or share ("+100 %", "6 ryhmää", "80 %") or one word ("käytössä").
_LEVEL = re.compile(r"^\s*(?:[-+±]?\s*\d[\d\s.,]*\s*%?\s*\w*|\S+)\s*$")
_LETTERS = re.compile(r"[^\W\d_]{2,}")


def _described(rows: list[list[str]], goal_col: int, status_col: int | None) -> int:
    """The column that says what each goal is: the goal column, unless its cells are only target levels
    ("Mittari | Tavoite | Tila" over "Neuvolan ryhmäohjaus kaikissa kunnissa | käytössä | Valmis", "X | +100 %
    | Osittain"): then the column whose cells describe (two words or more each, most of three or more), as
    the row's measure or action names what the level is of."""
    body = [row for row in rows[1:] if goal_col < len(row) and row[goal_col].strip()]
    if len(body) < 2 or not all(_LEVEL.match(row[goal_col]) for row in body):
        return goal_col
    for column in range(max(len(row) for row in rows)):
        if column in (goal_col, status_col):
            continue
        words = [len(_LETTERS.findall(row[column])) if column < len(row) else 0 for row in body]
        if min(words) >= 2 and 2 * sum(1 for n in words if n >= 3) >= len(words):
            return column
    return goal_col


def _schedule(header: str) -> bool:
    """The column is headed as the schedule light's dimension ("Aikataulu", "Tidtabell", "Schedule"): its cells are
    target dates ("Valmis 2025", "Klart 2026", "Done by 2025"), no verdict (red team R14-9)."""
    return match_light(header) == "schedule"


def _stating_column(rows: list[list[str]], goal_col: int, most: bool = False, half: bool = False) -> int | None:
    """The column beside the goals whose cells state an achievement, whatever its header says
    ("Tavoite | Lopputulos", "Tavoite | Toteuma", "Tavoite | Miten edettiin"): a table is known by
    its cells where the vocabulary does not know its header. Two rows or more, and every row with a
    goal states a status there (a plan's "Tavoite | Mittari" states none). A target's column
    ("Tavoitetaso") and a column of bare shares ("80 %", "100 %": a level unless the header says it is
    the achievement) are none. ``most``: beside a status word's column that states nothing, every row but one of
    three or more may state ("Jatkuu X-hankkeessa" under "Päätelmä" among "Päästiin osittain", "Ei päästy").
    ``half``: beside a column the header names as the goals, half of the rows or more, two at least, state in words
    (a bare share or figure states no verdict there: "412" beside "Met"), the column stating most wins."""
    body = [row for row in rows[1:] if goal_col < len(row) and not placeholder(row[goal_col])]
    if len(body) < 2:
        return None
    header = [norm_label(cell) for cell in rows[0]]
    width = max(len(row) for row in rows)
    if half:
        if any(
            _cell_status(rows[0], column) not in (None, "unknown")
            for column in range(width)
            if column != goal_col
        ):
            return None  # "DFD-40 | X | Done | objective": a row of data taken as the header, its "objective" a label
        if any(len(_LETTERS.findall(cell)) > 4 for cell in header) or not all(
            len(_LETTERS.findall(row[goal_col])) >= 2 for row in body
        ):
            # "Tavoite | X" over "Mittari | …", "Tilanne | Toteutunut": a record of labels and values, no table of goals
            return None
        counts = {
            column: sum(
                not _SHARE.match(row[column] if column < len(row) else "")
                and _cell_status(row, column) not in (None, "unknown")
                and not (_YEAR.search(row[column]) and _cell_status(row, column) == "achieved")
                for row in body
            )
            for column in range(width)
            if column != goal_col
            and not (
                column < len(header) and (_TARGET_HEADER.match(header[column]) or _schedule(rows[0][column]))
            )
        }
        best = max(counts, key=lambda column: counts[column], default=None)
        return best if best is not None and counts[best] >= 2 and 2 * counts[best] >= len(body) else None
    for column in (i for i in range(width) if i != goal_col):
        if column < len(header) and _TARGET_HEADER.match(header[column]):
            continue
        cells = [row[column] if column < len(row) else "" for row in body]
        if all(_SHARE.match(cell) for cell in cells):
            continue
        said = [_cell_status(row, column) for row in body]
        stated = sum(status not in (None, "unknown") for status in said)
        if stated == len(body) or (most and len(body) >= 3 and stated >= len(body) - 1):
            return column
    return None


#: A bare share or figure in a cell ("80 %", "100%", "+64 %").
#: A year beside "done" in a cell: "Valmis 2025", "Klart 2026", "Done by Q2/2026" is a date set for the goal, no
#: verdict by half of the rows (red team R14-16: under "Tavoiteaika", "Valmistuu", "Deadline", "Määräaika"); "Carried
#: over to 2026" still states that it moved.
_YEAR = re.compile(r"(?<!\d)20\d\d(?!\d)")
_SHARE = re.compile(r"^\s*[-+±]?\d[\d\s.,]*\s*%?\s*$")


def _cell_status(row: list[str], column: int) -> str | None:
    cell = row[column] if column < len(row) else ""
    return status_of(cell) or answer(cell) or legend_status(cell)


def _states_any(rows: list[list[str]], column: int) -> bool:
    """A row below the header states an achievement in ``column`` ("–" states no status, "mediaani 17 min" none)."""
    return any(_cell_status(row, column) not in (None, "unknown") for row in rows[1:])


def _states_enough(rows: list[list[str]], column: int) -> bool:
    """Most rows with cells state an achievement in ``column`` (a milestone table's "Done | Delayed | On track",
    not a payment plan's "Paid | Invoiced")."""
    body = [row for row in rows[1:] if any(cell.strip() for cell in row)]
    said = sum(_cell_status(row, column) not in (None, "unknown") for row in body)
    return bool(body) and 2 * said > len(body)
