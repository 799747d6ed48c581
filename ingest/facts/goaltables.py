"""Goal tables in the pieces a document's text layer leaves of them.

A goal table is not always one table with a header: a form's row of choice boxes under
a goal ("☐ Toteutunut | ☒ Osittain | ☐ Ei toteutunut") is the goal's status; a goal
wrapped in its cell prints its tail as a row of its own ("20 prosenttiin | (16 %)"); a
wrapped goal or a page break cuts the table in two, the second part without a header
("Hämeenlinnaan ja Riihimäelle" between "Tavoite | Tilanne" and the rest); and a PDF's text
layer may give the rows as lines with the cells run together ("… varje veckaUppnåddes").
Each piece is read as a part of the table it belongs to (facts/goalforms.py reads whole tables).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable

from hankegraafi.ingest import cues
from hankegraafi.ingest.facts.context import Context
from hankegraafi.ingest.facts.goalleads import lead_in
from hankegraafi.ingest.facts.goalstatus import (
    answer,
    is_choice_line,
    legend_status,
    line_status,
    status_of,
    ticked_option,
)
from hankegraafi.ingest.facts.model import Goal, Project, Span
from hankegraafi.ingest.facts.text import sentences
from hankegraafi.ingest.facts.wholedoc import element_before
from hankegraafi.ingest.segment import Element

#: Outline numbering, an item mark or a goal code before a goal's text ("4.1 Sähköinen ajanvaraus …",
#: "b) …", "T2 Kirjausmalli …"): the report's, not the goal's.
OUTLINE = re.compile(
    r"^\s*(?:\d{1,2}(?:\.\d{1,2})+\.?|[a-hA-H]\)|\d{1,2}\)|[A-ZÅÄÖ]{1,2}\d{1,2}(?:\.\d{1,2})*[.:)]?)\s+(?=\S)"
)
GOAL_SECTIONS = ("goals", "goal-results")
#: A goal table's goal column, status column (None in a plan's table of measures) and header.
Columns = tuple[int, int | None, list[str]]


def choice_row(ctx: Context, element: Element, project: Project) -> bool:
    """A row of choice boxes under a goal's line ("A1 Kotihoito …" / "☐ Toteutunut  ☒ Osittain  ☐ Ei"),
    which aligned columns made a table: the goal above, judged by the option ticked."""
    if ctx.section not in GOAL_SECTIONS or len(element.rows) != 1:
        return False
    row = " ".join(cell.strip() for cell in element.rows[0])
    option = ticked_option(row) if is_choice_line(row) else None
    above = element_before(ctx, element)
    if option is None or above is None or above.type != "text" or element.first - above.last > 2:
        return False
    goal = OUTLINE.sub("", above.text.strip()).strip(" *_").rstrip(".")
    if len(goal.split()) < 3 or any(g.description == goal for g in project.goals):
        return False
    status = status_of(option) or answer(option) or "unknown"
    project.goals.append(Goal(goal[:500], status, None, Span(above.first, element.last, f"{goal} {row}")))
    return True


#: How many short text elements may stand between two parts of one goal table (a wrapped goal's
#: tail, a page's running header and footer).
_GAP = 4


def continued_columns(
    ctx: Context, element: Element, columns_of: Callable[[list[list[str]]], Columns | None]
) -> Columns | None:
    """The columns of the goal table that the headerless ``element`` goes on: a goals section's table
    above it with only short text between (a wrapped goal's tail, a page break's running lines)
    or other headerless parts of it. ``columns_of`` reads a table's header (facts/goalforms.py)."""
    if ctx.section not in GOAL_SECTIONS:
        return None
    elements = ctx.seg.elements
    index = next((i for i, e in enumerate(elements) if e is element), 0)
    between = 0
    for above in reversed(elements[:index]):
        if above.type == "text" and above.last - above.first < 2 and between < _GAP:
            between += 1
            continue
        if above.type != "table":
            return None
        found = columns_of(above.rows)
        if found is not None:
            width = len(above.rows[0])
            return found if any(len(row) == width for row in element.rows) else None
    return None


#: A caption that names goals ("Osatavoitteiden eteneminen 30.9.2025", "Delmål för investering 3", "Goals
#: of part 2"), not their measures ("Tavoitteiden mittarit") nor reachability ("tavoitettavuus"); "målgrupp" is
#: no goal.
_GOAL_CAPTION = re.compile(r"\w*tavoit(?!ettav)\w*|\w*mål(?:en|et)?\b|\bgoals?\b|\bobjectives?\b", re.I)
_MEASURES = re.compile(r"mittar|indikaattor|mätare|indikator|indicator", re.I)


#: A word of letters: a goal's words, not an amount's digits ("640 000 €").
_WORD = re.compile(r"[^\W\d_]{2,}")


def _captioned(ctx: Context, element: Element) -> bool:
    """The line right above the table is its caption and names goals (a heading further up, which the
    segmenter also gives as a table's title, is not its caption)."""
    above = element_before(ctx, element)
    if above is None or above.type != "text" or element.first - above.last > 2:
        return False
    if above.text.strip() == element.title and names_goals(element.title):
        return True
    # A sentence announcing the goals right above ("Hankesuunnitelman tavoitteista on raportoitu seuraavaa:"
    # over "- X ........ toteutunut"), which the segmenter gives as no caption.
    return not element.title and lead_in(sentences(above.text)[-1] if above.text.strip() else "")


def names_goals(caption: str) -> bool:
    """A table's caption (the short line right above it) that says its rows are goals."""
    return (
        bool(caption)
        and len(caption.split()) <= 8
        and bool(_GOAL_CAPTION.search(caption))
        and not (_MEASURES.search(caption))
    )


def headerless_columns(ctx: Context, element: Element) -> Columns | None:
    """The columns of a goal table with no header of its own under a goals heading or a caption that
    names goals ("T1 | Kiireettömään hoitoon pääsee … | Osittain", "- X ....... uppnått" under "Delmål för
    investering 3", as tab-aligned text and exports print them): every row's last cell
    states a status and the cell with the most words is a goal of two words or more, most of them of
    three or more (an amount's digits are no words); a code or number beside it is the report's. None
    for any other table (lights, parties, sums)."""
    rows = element.rows
    if len(rows) < 2:
        return None
    width = len(rows[0])
    if width < 2 or any(len(row) != width for row in rows):
        return None
    if ctx.section not in GOAL_SECTIONS and not _captioned(ctx, element) and _labelled_column(rows) is None:
        return None
    # The status in the last column, or in the first ("✓ klart | X", "Done | X": a status printed before its goal).
    status_col = next((c for c in (width - 1, 0) if all(_states(row[c]) for row in rows)), None)
    if status_col is None and width == 2 and all(_LABEL_CELL.match(row[0]) for row in rows):
        # "Tavoite 1 | X", "Mål 2 | Y": goals under their labels, judged later by them if at all (goalcodes.py)
        return (1, None, ["", ""]) if all(len(_WORD.findall(row[1])) >= 3 for row in rows) else None
    if status_col is None:
        return None
    others = [i for i in range(width) if i != status_col]
    goal_col = max(others, key=lambda i: sum(len(_WORD.findall(row[i])) for row in rows))
    words = [len(_WORD.findall(row[goal_col])) for row in rows]
    if min(words) < 2 or 2 * sum(1 for n in words if n >= 3) < len(words):
        return None  # goals of two words or more, most of three or more; "640 000 €" has none
    return goal_col, status_col, [""] * width


def _labelled_column(rows: list[list[str]]) -> int | None:
    """The column whose every cell opens with one status column's label and states a status after it ("Outcome 1:
    X | Status: Achieved", "Tulos 2: Y | Tilanne: osittain (70 %)"): the header printed in every cell, a goal table
    wherever it stands. None when the label differs from row to row, is no status column's or judges nothing
    ("Tehtävä 1: X | Vastuu: Y")."""
    for col in range(len(rows[0])):
        labels = {m.group("label").casefold() if (m := _CELL_LABEL.match(row[col])) else None for row in rows}
        if len(labels) != 1 or None in labels:
            continue
        label = next(iter(labels)) or ""
        if any(pattern.match(label) for _, pattern in cues.ranked("goal-column")) and all(
            _states(_CELL_LABEL.sub("", row[col])) for row in rows
        ):
            return col
    return None


#: A label before a cell's value: "Status: Achieved", "Tilanne: osittain".
_CELL_LABEL = re.compile(r"^\s*(?P<label>[^\W\d][\w-]*(?:\s+[\w-]+){0,2})\s*:\s*(?=\S)")


#: A goal's numbered label alone in a cell: "Tavoite 1", "Mål 2:", "Goal 3", "Osatavoite 1.2".
_LABEL_CELL = re.compile(
    r"^\s*(?:tavoite|osatavoite|mål|delmål|goal|objective)\s+\d{1,2}(?:\.\d{1,2})*\s*[.:)]?\s*$", re.I
)


def _states(cell: str) -> bool:
    """The cell states a goal's status (a phrase, an answer or a mark of the document's legend)."""
    return (
        status_of(cell) not in (None, "unknown") or answer(cell) is not None or legend_status(cell) is not None
    )


#: A goal cell that goes on the goal above: it begins in lower case or with a figure ("20 prosenttiin").
_GOES_ON = re.compile(r"^[a-zåäö0-9(]")
#: A status cell that adds to the status above: empty, or a figure or note in brackets ("(16 %)").
_ADDS = re.compile(r"^\s*(?:\([^()]*\))?\s*$")


def goes_on(goal: str, status_cell: str, status: str | None, above: str = "") -> bool:
    """A row that is the goal above wrapped in its cell: its goal cell goes on a sentence, its
    status cell is empty or a bracket ("20 prosenttiin | (16 %)"), or the status ``above`` wrapped too,
    going on with no status of its own: in lower case ("terveysasemalla | puuttuu" under "Moniammatillinen
    tiimi toimii jokaisella | Toteutui osittain, Kouvola") or after a comma or dash ending the cell above
    ("kotihoidon asiakkaat | Kiuruvesi puuttuu" under "… | Toteutui osittain,")."""
    wrapped = (
        _ADDS.match(status_cell) is not None
        or _GOES_ON.match(status_cell.strip()) is not None
        or re.search(r"\w\s*[,–—-]\s*$", above) is not None
    )
    # A status cell above broken off after a dash or comma goes on here whatever this part says ("Inte uppnått –"
    # over "flyttas till 2025"): the two are one status, read together (goalforms._table).
    broken = re.search(r"\w\s*[,–—-]\s*$", above) is not None
    return bool(_GOES_ON.match(goal)) and wrapped and (status in (None, "unknown") or broken)


#: A line that numbers a section ("3 Jatko", "4. Talous"): the table has ended.
_SECTION_LINE = re.compile(r"^\s*\d{1,2}\.?\s+[A-ZÅÄÖ]")


def glued_row(line: str) -> tuple[str, str] | None:
    """A row of a goal table printed as one line, the status at its end and run into the goal by a
    PDF's text layer or set apart by spaces: ("… varje vecka", "Uppnåddes") of "… varje veckaUppnåddes".
    The status is the longest tail of at most five words that begins a word and reads as a status."""
    for m in re.finditer(r"(?<=[a-zåäö\s])[A-ZÅÄÖ]", line):
        goal, tail = line[: m.start()].strip(), line[m.start() :].strip()
        if len(tail.split()) > 5 or len(goal.split()) < 3 or re.search(r"[.!?:;]$", goal):
            continue  # a goal ends no sentence before its status: "… saavutettiin. Valmis malli …" is prose
        if line_status(tail) is not None and line_status(goal) is None:
            return goal, tail
    return None


def rows_after(
    ctx: Context, element: Element, project: Project, columns_of: Callable[[list[list[str]]], Columns | None]
) -> None:
    """The lines right after a part of a goal table that are its rows all the same: a row whose cells
    the text layer ran together (``glued_row``), and the tail of the goal above wrapped onto a line
    of its own when another part of the table, without a header of its own, follows (a table with
    a header is another table, the line its caption)."""
    if ctx.section not in GOAL_SECTIONS:
        return
    elements = ctx.seg.elements
    index = next((i for i, e in enumerate(elements) if e is element), 0)
    last = project.goals[-1] if project.goals else None
    for at, after in enumerate(elements[index + 1 :], start=index + 1):
        if after.type != "text":
            return
        lines = [line.strip() for line in ctx.line_texts(after.first, after.last)]
        for line in (line for line in lines if line):
            glued = glued_row(line)
            if glued is not None:
                goal, said = glued
                status = line_status(said) or "unknown"
                last = Goal(OUTLINE.sub("", goal)[:500], status, None, Span(after.first, after.last, line))
                project.goals.append(last)
                continue
            following = elements[at + 1] if at + 1 < len(elements) else None
            if (
                last is not None
                and following is not None
                and following.type == "table"
                and columns_of(following.rows) is None
                and any(len(row) == len(element.rows[0]) for row in following.rows)  # the same table's width
                and len(line.split()) <= 5
                and not re.search(r"[.!?:]$", line)
                and not _SECTION_LINE.match(line)
                and not line.isupper()  # "KOSTNADER UNDER HELA PROJEKTTIDEN": a section's heading in capitals
                and line_status(line) is None
                and after.first not in ctx.doc.headings
            ):
                # "Hämeenlinnaan ja Riihimäelle": the goal above, wrapped; a heading ("<h2>Koulutukset</h2>" over a
                # training table) is none
                last.description += " " + line
                continue
            return


#: A tick in a cell of a matrix ("x", "✓", "●", "☒", "[X]").
_TICK = re.compile(r"^\s*(?:[xX✓✔●■☒☑]|\[\s*[xX]\s*\])\s*$")


def matrix_columns(header: list[str]) -> dict[int, str]:
    """The columns of a goal matrix, each named by a status ("Tavoite | Toteutunut | Osittain | Ei
    toteutunut"), with the status each names; empty unless two columns or more are so named."""
    found = {i: status_of(cell) or answer(cell) for i, cell in enumerate(header)}
    named = {i: status for i, status in found.items() if status is not None and status != "unknown"}
    return named if len(named) >= 2 else {}


def ticked_column(row: list[str], columns: dict[int, str]) -> str | None:
    """The status of the one column of a goal matrix that the row ticks; None unless exactly one."""
    ticked = [status for i, status in columns.items() if i < len(row) and _TICK.match(row[i])]
    return ticked[0] if len(ticked) == 1 else None


#: A goal line's outline number, letter or bullet ("3.1 ", "b) ", "- ").
_LINE_LEAD = re.compile(r"^\s*(?:\d{1,2}(?:\.\d{1,2})*\.?|[a-zA-Z]\)|[-*•])\s+")
#: A box of a form's choice line, ticked or not ("[ ]", "[x]", "☐", "☒").
_ANY_BOX = re.compile(r"\[[^\]\n]{0,2}\]|[☐☒☑□■▣]|\(\s*[xX]?\s*\)")
#: A line of one option and its box: a form's options stacked one a line under the goal ("(x) Toteutunut" / "( )
#: Osittain" / …, test50 ou13), read as the choice line they would be side by side.
_ONE_OPTION = re.compile(r"^\s*(?:\[\s*[xX✓✔]?\s*\]|[☐☒☑□■▣]|\(\s*[xX]?\s*\))\s*[^\W\d][^\[\]()☐☒☑□■▣]*$")


def _stacked(lines: list[str]) -> tuple[list[str], list[tuple[int, int]]]:
    """The lines with each run of two stacked options or more joined into one choice line, and for each line the
    first and last index of the lines it stands for."""
    out: list[str] = []
    spans: list[tuple[int, int]] = []
    i = 0
    while i < len(lines):
        j = i
        while _ONE_OPTION.match(lines[i]) and j + 1 < len(lines) and _ONE_OPTION.match(lines[j + 1]):
            j += 1
        out.append(" ".join(line.strip() for line in lines[i : j + 1]) if j > i else lines[i])
        spans.append((i, j))
        i = j + 1
    return out, spans


def options_end(lines: list[str], last: int) -> int:
    """``last`` (a line number) moved on over the stacked options that follow it: a paragraph cut inside a goal's
    options ("( ) Osittain" / "(x) Kesken" on the next lines) reads them all."""
    while last < len(lines) and _ONE_OPTION.match(lines[last]) and _ONE_OPTION.match(lines[last - 1]):
        last += 1
    return last


def choice_lines(lines: list[str], first: int) -> list[Goal]:
    """Goals each on a line of their own with a form's choice line of goal statuses below ("3.1 X" / "[ ]
    Saavutettu [x] Osittain saavutettu [ ] Ei saavutettu"): the line is a goal, judged by the option ticked.

    The class: a form printed as text, its goals under a heading the vocabulary may not know ("OSIO 3 –
    TAVOITTEET", test10 a14); a choice line whose options are goal statuses (two at least) says by itself
    that the line above is a goal. ``lines`` are the document's lines from line number ``first`` on.
    """
    out: list[Goal] = []
    lines, spans = _stacked(lines)
    for i, (line, below) in enumerate(itertools.pairwise(lines)):
        ticked = ticked_option(below) if is_choice_line(below) and not is_choice_line(line) else None
        options = [o.strip() for o in _ANY_BOX.split(below) if o.strip()]
        if ticked is None or sum(status_of(o) is not None for o in options) < 2:
            continue
        goal = _LINE_LEAD.sub("", line).strip()
        if len(goal.split()) >= 3 and not goal.endswith(":"):  # "[x] Ei vielä arvioitavissa": a goal, unjudged
            out.append(
                Goal(
                    goal[:500],
                    status_of(ticked) or "unknown",
                    None,
                    Span(first + spans[i][0], first + spans[i + 1][1], f"{line}\n{below}"),
                )
            )
    return out
