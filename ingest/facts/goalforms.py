"""Goals in the other forms reports give them: a table of goals and statuses, a status after the goal.

Templates of 2022–2025 write a goal's achievement as a table ("Tavoite | Tila",
"Tavoite | Saavutettu | Selite", an evaluation's "Tavoite | Mittari | Tulos |
Toteutuminen") or after the goal on the same line ("- Raportti kattaa kaikki
terveysasemat. Toteutunut osittain.", "Asiakirjat Kantaan – Siirtyi myöhemmäksi").
A table row is a goal judged by its status cell; a goal item ending in a status
phrase is the goal before it, judged by it.
"""

from __future__ import annotations

import re

from hankegraafi.ingest.facts.context import Context, Family
from hankegraafi.ingest.facts.goalchecks import read_marked
from hankegraafi.ingest.facts.goalcodes import judge_by_codes
from hankegraafi.ingest.facts.goalcolumns import goal_columns, inner_goal_table, without_row_numbers
from hankegraafi.ingest.facts.goalcut import without_cut_goals
from hankegraafi.ingest.facts.goaldone import done_by_goal_verb
from hankegraafi.ingest.facts.goalheads import (
    form_goals,
    form_goals_within,
    headed_goals,
    reported_rows,
    without_repeats,
)
from hankegraafi.ingest.facts.goalkeys import without_part_keys
from hankegraafi.ingest.facts.goallabels import goal_labels, unlabelled
from hankegraafi.ingest.facts.goallegend import GOAL_LEGEND
from hankegraafi.ingest.facts.goallists import listed_in_a_sentence
from hankegraafi.ingest.facts.goalmarks import goal_legend, mark_items, status_ahead
from hankegraafi.ingest.facts.goalnumbers import verdict_alone
from hankegraafi.ingest.facts.goalpairs import line_text, status_line_pairs
from hankegraafi.ingest.facts.goals import legend_line, merge_goals, status_wrapped
from hankegraafi.ingest.facts.goalsections import in_section
from hankegraafi.ingest.facts.goalshares import judge_by_shares
from hankegraafi.ingest.facts.goalstatus import (
    answer,
    exact_label,
    goal_status,
    legend_status,
    line_status,
    status_of,
    status_reason,
)
from hankegraafi.ingest.facts.goaltables import (
    OUTLINE,
    choice_lines,
    choice_row,
    continued_columns,
    goes_on,
    headerless_columns,
    matrix_columns,
    options_end,
    rows_after,
    ticked_column,
)
from hankegraafi.ingest.facts.goaltargets import target_status
from hankegraafi.ingest.facts.model import Goal, Project, Span
from hankegraafi.ingest.facts.partwords import match_part_line
from hankegraafi.ingest.facts.placeholders import placeholder
from hankegraafi.ingest.facts.text import BULLET, Chunk, sentences
from hankegraafi.ingest.facts.wholedoc import first_below
from hankegraafi.ingest.lightdims import dimension_of
from hankegraafi.ingest.lightvalues import WORD_PAIR
from hankegraafi.ingest.segment import Element

#: A status phrase after a goal: ". Toteutunut.", " – Siirtyi myöhemmäksi", ": Kesken".
#: A goal and its status after a dash, a colon or an arrow; the status a phrase, or one mark (a symbol the
#: document's legend explains: "X – ◐"; after a sentence's full stop too: "X. ✖", goals one a line in prose), or
#: a symbol or pictograph then the verdict's words, one space each side, as a slide prints it ("X ⏳ kesken").
#: A separator led by spaces starts after the goal's last letter (?<=\S): a long run of spaces is tried once, not
#: from each of its spaces (quadratic in the run's length).
_TAIL = re.compile(
    r"^(?P<goal>.{8,}?)(?:\.\s+(?=[A-ZÄÖÅ]|[^\w\s.]\s*$)|(?<=\S)\s+(?:[–—]|-{1,3})\s+|:\s+|(?<=\S)\s*(?:=>|->|-->|→|⇒|⟶)\s*|(?<=\S)\s+(?:>{1,2}|»|›)\s+"
    r"|(?<=\S)\s*(?:\.\s?){3,}\s*|(?<=\S)\s*…+\s*"  # a form's dot leaders: "X .......... tehty"
    r"|\s(?=[\u2300-\u2bff\U0001f300-\U0001faff]\ufe0f?\s+\w)"  # a mark before the verdict: "X ✅ valmis", "X ⏳ kesken"
    r"|(?<=\w)\s+(?=[\u2300-\u2bff\U0001f300-\U0001faff~]\ufe0f?\s*$))"  # a verdict's mark alone at the end: "X ✅" (R16-27)
    r"(?P<status>[^.]{2,80}?|[^\w\s.])\.?\s*$"
)


def _table(ctx: Context, element: Element) -> bool:
    """A table with a goal column and a status column: each row a goal with its status; a part of
    one whose header is above (goaltables.continued_columns), each row that states a status."""
    project = ctx.current
    if choice_row(ctx, element, project):
        return True
    formed = (form_goals(element) or reported_rows(element)) if ctx.section in ("goals", "goal-results") else []
    if formed:  # "Tavoite 1 *" | X over "Toteutuminen *" | "[valinta: Toteutui]": a form's goal fields
        project.goals.extend(formed)
        return True
    joined = form_goals_within(element)  # a form's goal fields run on after its basic data or sums
    if joined:
        project.goals.extend(joined)
        return False  # the rows above them are another family's
    rows = without_row_numbers(element.rows)
    found = goal_columns(rows, whole=True)
    inner = inner_goal_table(element) if found is None else None
    if inner is not None:
        element, rows = inner, without_row_numbers(inner.rows)
        found = goal_columns(rows)
    body = list(zip(rows[1:], element.row_lines[1:], strict=False))
    continued = found is None
    if continued:
        found = continued_columns(ctx, element, lambda rows: goal_columns(without_row_numbers(rows)))
        found = found or headerless_columns(ctx, element)  # "T1 | X | Osittain" under "Tavoitteet"
        body = list(zip(element.rows, element.row_lines, strict=False))
    if found is None:
        return False
    goal_col, status_col, header = found
    matrix = matrix_columns(header)  # "Tavoite | Toteutunut | Osittain | Ei": the column a row ticks
    read, above = 0, ""  # the status cell of the row above
    for row, line_no in body:
        status_part = row[status_col].strip() if status_col is not None and status_col < len(row) else ""
        if (
            read
            and goal_col < len(row)
            and not row[goal_col].strip()
            and status_part
            and re.search(r"\w\s*[,–—-]\s*$", above)
        ):
            whole = (
                f"{above.strip()} {status_part}"  # "| X | Ei toteutunut – |" / "| | siirtyy vuodelle 2025 |"
            )
            project.goals[-1].status = line_status(whole) or status_of(whole) or project.goals[-1].status
            above = status_part
            continue
        if goal_col >= len(row) or placeholder(row[goal_col]):
            continue
        goal = OUTLINE.sub("", BULLET.sub("", row[goal_col])).strip()  # "- X" as a cell: a list's mark
        status_cell = row[status_col] if status_col is not None and status_col < len(row) else ""
        if status_col is not None and "%" in header[status_col] and re.fullmatch(r"\s*\d{1,3}\s*", status_cell):
            status_cell = f"{status_cell.strip()} %"  # "Toteutuminen %" | "80": a percentage
        status = (
            ticked_column(row, matrix)
            or target_status(header, row, goal_col, status_col)  # "30 % | 30 %": the outcome against the target
            or status_of(status_cell)
            or answer(status_cell)
            or legend_status(status_cell)
            or (
                done_by_goal_verb(goal, status_cell) if status_col is not None else None
            )  # "X julkaistaan" | "Julkaistu"
        )
        if read and len(row) > len(header) and status is None and not matrix:
            break  # a row wider than the header that states no status: the next table, joined on across a blank line
        if read and goes_on(goal, status_cell, status, above):
            project.goals[-1].description += " " + goal  # "20 prosenttiin | (16 %)": the goal above, wrapped
            if status not in (
                None,
                "unknown",
            ):  # "Inte uppnått –" / "flyttas till 2025": one status, read whole
                whole = f"{above.strip()} {status_cell.strip()}"
                project.goals[-1].status = line_status(whole) or status_of(whole) or project.goals[-1].status
            above = status_cell
            continue
        above = status_cell
        if status is None and continued and status_col is not None:
            continue  # a part without the header: a row with no status is the page's running text
        others = " ".join(c for i, c in enumerate(row) if i not in (goal_col, status_col))
        reason = status_reason(others) if status not in ("achieved", "unknown", None) else None
        span = Span(line_no, line_no, "\t".join(row))
        project.goals.append(Goal(goal[:500], status or "unknown", reason, span))
        read += 1
    if continued and not read:
        return False  # no row of it a goal: another table after the goal table
    if inner is not None:
        return False  # the rest of the joined table is another family's (a cost table above the goals)
    rows_after(ctx, element, project, lambda rows: goal_columns(without_row_numbers(rows)))
    return True


# A goal as a labelled line ("Tavoite 2: Etäkuntoutus käytössä – Toteutunut osittain"), a goal labelled
# without a number ("Tavoite: X") and a goal with its report ("Tavoite: X. Tilanne: …"): goallabels.py,
# by the vocabulary's words for a goal.
#: A goal with its status in brackets at the end: "Yöhoito kattaa kaikki kunnat (toteutunut)".
_PAREN_TAIL = re.compile(r"^(?P<goal>.{8,}?)\s*\((?P<status>[^()]{2,60})\)\s*\.?\s*$")
#: A goal's text followed by its report's label without a colon (a <dl> read as lines).
_REPORT_TAIL = re.compile(
    r"^(?P<goal>.{8,}?)\.?\s+(?P<status>(?:tila|tilanne|toteutuminen|toteutunut|arvio|status|utfall)\b.{2,80})$",
    re.I,
)
#: A verdict after a comma, a semicolon or a slash, or in square brackets, ending the goal's text ("X, toteutunut", "X;
#: delvis uppnått", "X / achieved", "X [osittain toteutunut]": R17-9, R16-6); read only where the tail is a whole verdict.
_MARKED_TAIL = re.compile(r"^(?P<goal>.{8,}?)(?:\s*[,;]\s+|\s+/\s+)(?P<status>[^,;/\[\]]{2,40}?)\s*\.?\s*$")
_SQUARE_TAIL = re.compile(r"^(?P<goal>.{8,}?)\s*\[(?P<status>[^\[\]]{2,40})\]\s*\.?\s*$")


def _chunks(ctx: Context, chunks: list[Chunk], project: Project) -> None:
    """Each "Tavoite N: …" line is a goal, judged by a status phrase after it if there is one;
    "Tavoite: X" with a "Tilanne: …" line after it is X judged by that line."""
    for chunk in chunks:
        plain = goal_labels().plain.match(chunk.text)
        if plain is not None and _block(plain.group("goal")) is not None:
            _add_block(plain.group("goal"), chunk, project)
            continue
        pair = goal_labels().pair.match(chunk.text)
        if pair is not None:
            goal = pair.group("goal").strip().rstrip(".")
            status = status_of(pair.group("status").split(",")[0]) or goal_status(pair.group("status"))
            if not placeholder(goal) and not any(g.description == goal for g in project.goals):
                reason = status_reason(pair.group("status")) if status not in (None, "achieved") else None
                project.goals.append(Goal(goal[:500], status or "unknown", reason, chunk.span))
        listed_in_a_sentence(chunk, project)
        for goal in choice_lines(
            ctx.doc.lines[chunk.first - 1 : options_end(ctx.doc.lines, chunk.last)], chunk.first
        ):
            if not any(_stem(g.description) == _stem(goal.description) for g in project.goals):
                project.goals.append(goal)
    if ctx.section not in _NOT_GOALS:
        _status_tailed_list(chunks, project)
    if ctx.section == "goal-results":
        judge_by_shares(chunks, project)  # "X – 130 %" under "Tavoitteiden toteutuminen": judged by the share
    if ctx.section in ("goals", "goal-results"):
        chunks = in_section(ctx, chunks)
        status_line_pairs(ctx, chunks, project)
        _tailed_lines(ctx, chunks, project)
    wrapped = status_wrapped(chunks)
    for i, chunk in enumerate(wrapped):
        following = wrapped[i + 1] if i + 1 < len(wrapped) else None
        if _heads_a_list(chunk, following):
            continue  # "Tavoite 1 – Saavutettavuus" over bulleted goals: their heading, no goal
        parts = goal_labels().split.split(chunk.text)
        # A run of labelled lines, or one with its report's field right below ("Tila: kesken"): goals.
        in_run = sum(1 for part in parts if goal_labels().line.match(part)) > 1 or _report_below(ctx, chunk)
        for part in parts:
            _labelled(part, chunk, project, followed=in_run)
        if ctx.section in ("goals", "goal-results"):
            read_marked(ctx, chunk, project)  # "✔ X", a checklist "[x] X" / "[ ] Y": goals their marks judge
    in_goals = ctx.section in ("goals", "goal-results")
    if in_goals or ctx.section not in _NOT_GOALS:
        headed_goals(ctx, chunks, project, in_goals)  # "Tavoite 1: X" over "Toteutui osittain. …"


#: Sections whose lists are no goals: lights, sums, risks, tasks, parties, outputs; and the goals
#: sections, whose lists the goals family reads item by item.
_NOT_GOALS = (
    "lights",
    "costs",
    "costs-annual",
    "risks",
    "schedule",
    "resources",
    "indicators",
    "dependencies",
    "cooperation",
    "actors",
    "outputs",
    "next-tasks",
    "actions",
    "model-steps",
    "basics",
    "goals",
    "goal-results",
)


def _status_tailed_list(chunks: list[Chunk], project: Project) -> None:
    """A bulleted list whose every item is a goal with its status after a dash ("- X — kesken",
    "- Y — saavutettu") under a heading the vocabulary does not know ("Missä mennään syksyllä
    2024"): each item a goal judged by its tail. Two items or more, each of three words or more
    and none a light's dimension ("- Aikataulu — toteutui" is a light)."""
    runs: list[list[Chunk]] = []
    for chunk in chunks:
        if chunk.bullet and runs and runs[-1] and chunk.first <= runs[-1][-1].last + 1:
            runs[-1].append(chunk)
        else:
            runs.append([chunk] if chunk.bullet else [])
    for run in (r for r in runs if len(r) >= 2):
        read = []
        for item in run:
            tail = _TAIL.match(BULLET.sub("", item.text).strip())
            if tail is None or re.search(r"[.!?:;]$", tail.group("goal")) or ":" in tail.group("goal"):
                break
            goal, status = tail.group("goal").strip("*_ "), line_status(tail.group("status"))
            if status is None or len(goal.split()) < 3 or dimension_of(goal) is not None or line_status(goal):
                break
            read.append((goal, status, item))
        if len(read) < len(run):
            continue
        for goal, status, item in read:
            if not any(g.description == goal for g in project.goals):
                project.goals.append(Goal(goal[:500], status, None, item.span))


def _report_below(ctx: Context, chunk: Chunk) -> bool:
    """The element right below the chunk is a report's field ("Tila: kesken", "Status: uppnått")."""
    below = first_below(ctx, chunk.last)
    return below is not None and below.type == "field" and below.key == "status"


def _heads_a_list(chunk: Chunk, following: Chunk | None) -> bool:
    """A labelled line with no status, followed by list items: a group's heading ("Tavoite 2 –
    Yhteistyö ja tiedonkulku" over its bulleted goals), whose items are the goals."""
    if following is None or not following.bullet or chunk.bullet or placeholder(following.text):
        return False  # "Tavoite 3: X" over "-": the goal, its text left empty
    m = goal_labels().line.match(chunk.text)
    if m is None or chunk.last != chunk.first:
        return False
    text = m.group("goal").strip()
    return _block(text) is None and status_of(text) is None and not text.endswith(".")


def _tailed_lines(ctx: Context, chunks: list[Chunk], project: Project) -> None:
    """Goals each on a line of its own with the status after it ("**X** — Saavutettu", "X – Ei
    toteutunut", "X: kesken"), as slides and exports print them without list marks: each line a goal
    judged by its tail. A paragraph is read so only when every line of it is such a line; prose,
    whose lines a sentence runs over, is left to the goals family."""
    for chunk in chunks:
        if chunk.bullet or chunk.numbered:
            continue
        lines = [line_text(ctx, no).strip() for no in range(chunk.first, chunk.last + 1)]
        # A legend of the marks among the lines ("Merkinnät: ✔ = toteutunut, …") explains them, no goal.
        lines = [line for line in lines if line and not goal_legend([line]) and not legend_line(line)]
        read = []
        for line in lines:
            part = match_part_line(line)
            # "Osahanke 1: X – saavutettu": the goal of a part, its label before it (the goal is the part's)
            tail = _TAIL.match(part[3] if part is not None and part[3] else line)
            status = line_status(tail.group("status")) if tail is not None else None
            goal = OUTLINE.sub("", tail.group("goal").strip("*_ ")).strip() if tail is not None else ""
            goal = unlabelled(goal)  # "Tavoite 1 (X): valmis": X
            seam = re.search(r"\s+[/|]\s+(?P<label>[^/|]{2,40})$", goal)  # "X / Bedömning: uppnått": X (R21-5)
            if seam is not None and _REPORT_LABEL.fullmatch(seam.group("label") + ":"):
                goal = goal[: seam.start()]
            if status is None and (ahead := status_ahead(line)) is not None:
                goal, status = ahead  # "U (uppnått) X", "EI_TOTEUTUNUT X": the verdict before the goal
            if status is None or len(goal.split()) < 2 or re.search(r"[.!?:;]$", goal) or line_status(goal):
                break
            if len(goal.split()) < 3 and dimension_of(goal) is not None:
                break  # "Tuotosten laajuus: toteutui": a light's dimension, no goal
            read.append((goal, status, tail.group("status") if tail is not None else ""))
        if not lines or len(read) < len(lines) or all(len(goal.split()) < 3 for goal, _, _ in read):
            continue  # a run of two-word labels is a form's fields, not its goals
        # The paragraph is these goals: a goal the goals family read of its lines run together
        # ("X: saavutettu Y: osittain saavutettu …") is none.
        goals = [goal for goal, _, _ in read]
        project.goals[:] = [
            g
            for g in project.goals
            if not (chunk.first <= g.span.first and g.span.last <= chunk.last and g.description not in goals)
        ]
        for goal, status, said in read:
            if placeholder(goal) or any(g.description == goal for g in project.goals):
                continue
            reason = status_reason(said) if status not in ("achieved", "unknown") else None
            project.goals.append(Goal(goal[:500], status, reason, chunk.span))


#: The label of a goal's report in a labelled goal's block ("… Toteutuminen: Kesken", "Utfall: delvis").
_REPORT_LABEL = re.compile(
    r"(?:^|\s)(?:toteutuminen|toteutunut|toteuma|tila|tilanne|arvio|arviointi|status|utfall|måluppfyllelse|läge|"
    r"bedömning|achievement|toteutumisaste|uppfyllelsegrad"
    # the share of the goal reached as the report's label: "Saavutettu osuus tavoitteesta: 60 %", "Share achieved: 45 %"
    r"|(?:saavutettu|toteutunut|uppnådd|achieved)\s+(?:osuus|andel|share)(?:\s+(?:tavoitteesta|av\s+målet|of\s+(?:the\s+)?(?:goal|target)))?"
    r"|(?:share|proportion)\s+(?:of\s+(?:the\s+)?(?:goal|target)\s+)?(?:achieved|reached|met))\s*:\s*",
    re.I,
)
#: The label of a goal's measure, which ends the goal's text and its report ("Mittari:", "Lähtötaso:"), also with
#: the year or date of its level ("Lähtötaso 2023:", "Baseline (2023):", "Utgångsnivå 31.12.2022:").
_MEASURE_LABEL = re.compile(
    r"(?:^|\s)(?:mittari|mittarit|lähtötaso|tavoitetaso|tavoitearvo|mätare|utgångsnivå|målnivå|indicator|"
    r"baseline|target)\s*(?:\(?\s*(?:\d{1,2}[./]){0,2}\d{4}(?:\s*[–/-]\s*\d{2,4})?\s*\)?\s*)?:",
    re.I,
)


def _block(text: str) -> tuple[str, str | None] | None:
    """A labelled goal's block cut at its labels: (goal, its report's words or None).

    "Matalan … seutukunnassa Toteutuminen: Ei toteutunut kokonaan Mittari: …" is the
    goal before the first label, judged by the words after the report's label up to the
    next label; a goal with only measures after it is judged by nothing. None without labels.
    """
    labels = sorted([*_REPORT_LABEL.finditer(text), *_MEASURE_LABEL.finditer(text)], key=lambda m: m.start())
    if not labels:
        return None
    goal = text[: labels[0].start()].strip().rstrip(".:–-/|").strip()  # "X  /  Arvio: Y", "X | Tila: Y"
    report = next((m for m in labels if m.re is _REPORT_LABEL), None)
    if report is None:
        return goal, None
    after = [m for m in labels if m.start() >= report.end()]
    said = text[report.end() : after[0].start() if after else len(text)].strip()
    return goal, said


def _add_block(text: str, chunk: Chunk, project: Project) -> bool:
    """The goal of a labelled block with the status its report gives; False if it is no block."""
    block = _block(text)
    # "Valmennus / Arvio: …": a goal of one word before a slash and its report is a goal too (R21-5)
    seam = block is not None and re.search(r"\S\s+[/|]\s+\S", text) is not None
    if block is None or len(block[0].split()) < (1 if seam else 2):
        return False
    goal, said = block
    status = "unknown"
    if said:
        first = re.split(r"[,;.(]", said, maxsplit=1)[0]
        status = status_of(first) or answer(first) or status_of(said) or "unknown"
    if not placeholder(goal) and not any(g.description == goal for g in project.goals):
        reason = status_reason(said) if said and status not in ("achieved", "unknown") else None
        project.goals.append(Goal(goal[:500], status, reason, chunk.span))
    return True


def _labelled(line: str, chunk: Chunk, project: Project, followed: bool = False) -> None:
    """A labelled goal's line ("Tavoite 2: X – Toteutunut"); a short one is a goal in a run of labelled
    lines ("Tavoite 1 — X" / "Tavoite 2 — Y"), else a heading over the goal's own text."""
    m = goal_labels().line.match(line)
    if m is None:
        return
    text = m.group("goal").strip()
    if _add_block(text, chunk, project):
        return
    if len(text.split()) < (2 if followed else 3):
        return  # "Tavoite 1. Saatavuus": a heading over the goal's own text
    if verdict_alone(text) is not None:
        return  # "Osatavoite 2: osittain toteutunut": a verdict on goal 2 (facts/goalnumbers.py), no goal
    status = "unknown"
    for pattern in (_TAIL, _REPORT_TAIL, _PAREN_TAIL):
        tail = pattern.match(text)
        if tail is not None and (found := status_of(tail.group("status")) or answer(_bare_status(tail))):
            text, status = tail.group("goal").strip().rstrip("."), found
            break
    said = sentences(text)
    if status == "unknown" and len(said) > 1 and len(said[0].split()) >= 4:
        # "Tavoite 1.2 X. Investoinnin 1 kustannusarvio on …": the goal is its sentence, the
        # lines run on after it are the plan's text about it
        text = said[0]
    same = next((g for g in project.goals if g.description == text), None)
    if same is not None and same.status == "unknown":
        same.status = status  # read before without its verdict ("Tavoite 1: X. –" over "Toteutunut osittain.")
    if placeholder(text) or same is not None:
        return
    project.goals.append(Goal(text[:500], status, None, chunk.span))


def _bare_status(match: re.Match[str]) -> str:
    """The status words of a tail without its label ("Tila Osittain" → "Osittain")."""
    return re.sub(
        r"^(?:tila|tilanne|toteutuminen|toteutunut|arvio|status|utfall)\s*:?\s*",
        "",
        match.group("status"),
        flags=re.I,
    )


#: A mark before a goal's words: a pictograph or symbol with its variation selector ("⏳ ", "❌ ", "✔️ ").
_LEAD_MARK = re.compile(r"^(?:[^\w\s\d(\[\"'„“”«»-]\ufe0f?\s*)+")
#: A mark explained by a word ("✔ = suunnitelman mukaan", "vihreä = valmis aloittamaan"): a legend.
_EXPLAINED_MARK = re.compile(r"(?:^|\s|\()[^\w\s(]+\ufe0f?\s*=\s*[^\W\d_]")  # a run of marks too ("●●●○○ = …")
#: A sentence saying what marks or scores mean for a goal ("Tre fyllda prickar betyder att målet nåddes delvis"): a legend.
_DEFINES = re.compile(
    r"\b(?:betyder|innebär|tarkoittaa|tarkoittavat|merkitsee|means?|stands?\s+for)\b.*\b(?:mål|tavoit|goal|objective)",
    re.I,
)


def _without_lead_mark(goal: Goal) -> None:
    """A goal whose line begins with a mark ("⏳ Chat-neuvonta auki myös iltaisin — kesken") is the words
    after it; the mark judges the goal where no word after it does (as a symbol goal's mark does)."""
    mark = _LEAD_MARK.match(goal.description)
    rest = goal.description[mark.end() :].strip() if mark else ""
    if mark is None or len(rest.split()) < 2:
        return
    if goal.status == "unknown":
        said = mark.group().strip()
        goal.status = answer(said[:1]) or legend_status(said) or "unknown"
    goal.description = rest


def explains_marks(text: str) -> bool:
    """A text that defines marks (two "word = meaning" pairs, or one symbol's "✔ = …"): a legend, no goal,
    whatever reader took it for one ("3 Valmiusarvio Vihreä = valmis aloittamaan, keltainen = …")."""
    return (
        _EXPLAINED_MARK.search(text) is not None
        or len(WORD_PAIR.findall(text)) >= 2
        or bool(_DEFINES.search(text))
    )


def _legend_line(ctx: Context, goal: Goal) -> bool:
    """The goal was read from a legend of marks without "=" ("Merkinnät: [v] toteutunut ; [~] osittain")."""
    return 1 <= goal.span.first <= len(ctx.doc.lines) and bool(mark_items(ctx.doc.lines[goal.span.first - 1]))


def _legend_mark_first(goal: Goal, legend: dict[str, str]) -> None:
    """A goal opening with a mark of the document's legend ("[~] X", "(/) X") is X, judged by the mark."""
    m = re.match(r"^(\[[^\]\s]{1,2}\]|\([^)\s]{1,2}\))\s+(?=\S)", goal.description)
    if m is not None and m.group(1).casefold() in legend:
        goal.description = goal.description[m.end() :].strip()
        goal.status = legend[m.group(1).casefold()] if goal.status == "unknown" else goal.status


def _finish(ctx: Context) -> None:
    """A goal read with its status phrase still attached is that goal, judged by the phrase."""
    legend = GOAL_LEGEND.get()
    for project in ctx.projects:
        # A question answered yes or no ("Hölls ett slutseminarium? | Ja") asks, it states no goal.
        project.goals = [
            g
            for g in project.goals
            if not explains_marks(g.description)
            and not _legend_line(ctx, g)
            and not g.description.endswith("?")
        ]
        for goal in project.goals:
            _without_lead_mark(goal)
            _legend_mark_first(goal, legend)
            # The first form whose tail states a status: "X (tilanne: 18 %, jatkuu)" is no "X (tilanne" and "18 %, …)".
            text = goal.description.strip()
            for m in (
                _TAIL.match(text),
                _PAREN_TAIL.match(text),
                _MARKED_TAIL.match(text),
                _SQUARE_TAIL.match(text),
            ):
                if m is None:
                    continue
                said = m.group("status")
                if m.re in (_MARKED_TAIL, _SQUARE_TAIL) and exact_label(said) in (None, "unknown"):
                    continue  # after a comma, a slash or in square brackets only a whole verdict ("X, toteutunut")
                status = status_of(said) or answer(said) or legend_status(said)  # "X – ◐": the legend's mark
                if status is None or status == "unknown" or goal.status not in ("unknown", status):
                    continue
                goal.description = m.group("goal").strip()
                goal.status = status
                goal.reason = goal.reason or (status_reason(said) if status != "achieved" else None)
                break
    without_part_keys(ctx)  # "Osa 1 – X", "A  X": the part's key before the goal (goalkeys.py)
    for project in ctx.projects:
        # A pair or a tail read here may restate a goal the goals family read whole ("X Uppnått").
        project.goals = without_repeats(merge_goals(project.goals))
    judge_by_codes(ctx)  # "T1 X" … "Arvio: T1 toteutunut.": the goal of that code, judged (goalcodes.py)
    _report_of_a_listed_goal(ctx)
    without_cut_goals(ctx)  # a goal on the last line of a document cut short is a fragment (goalcut.py)


def _stem(text: str) -> str:
    """The first three words, each cut to its first six letters: one goal told in two forms
    ("Suun terveydenhuollon oirearvio …", "Suun terveydenhuollon oirearvion käyttöönotto …")."""
    words = re.findall(r"\w+", text.lower())[:3]
    return " ".join(w[:6] for w in words) if len(words) == 3 else ""


_BECAUSE_CLAUSE = re.compile(r",\s+(?:koska|sillä|joten|eftersom|because)\b", re.I)


def _report_of_a_listed_goal(ctx: Context) -> None:
    """A sentence of running text reporting on a goal that a list or table also gives ("Suun
    terveydenhuollon oirearvion käyttöönotto siirtyi vuodelle 2024, koska …") is that goal's
    report, not a second goal: the shorter, listed form stays."""
    goals = [(project, goal) for project in ctx.projects for goal in project.goals]
    for project, goal in goals:
        stem = _stem(goal.description)
        if not stem or len(goal.description.split()) < 8 or not _BECAUSE_CLAUSE.search(goal.description):
            continue  # only a sentence with its reason ("…, koska …") reports on a goal
        if any(
            other is not goal
            and _stem(other.description) == stem
            and len(other.description) < len(goal.description)
            for _, other in goals
        ):
            project.goals = [g for g in project.goals if g is not goal]


def _begin(ctx: Context, elements: list[Element]) -> None:
    """The document's legend of goal statuses, for its tables' marks (goalstatus.legend_status)."""
    GOAL_LEGEND.set(goal_legend(ctx.doc.lines))


FAMILY = Family("goal-forms", begin=_begin, table=_table, chunks=_chunks, finish=_finish)
