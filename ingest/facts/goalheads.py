"""A goal on a line of its own, judged by the first words of the paragraph below it.

Final reports, status reports and project pages give each goal as a heading or a line of its own (a
labelled "Tavoite 2: X", an outline number "4.1 X", a bare number "1 X", a web page's heading) and judge
it in the paragraph right below, whose first sentence or clause is the verdict: "Tavoite saavutettiin
kesäkuussa 2024.", "Toteutui osittain: …", "Ei toteutunut hankkeen aikana; …", "Status: Achieved. …",
"Måluppfyllelse: Delvis uppnått.", "Saavutettiinko tavoite: Kyllä". A form printed as a definition list
gives the labels on lines of their own ("Tavoite" / X / "Tilanne" / "Toteutunut"): a label alone on its
line is read with the line after it. A numbered goal line may carry its own verdict after a dash ("1 X –
Uppnått") with its explanation on the lines below.

The class is the shape, not the words: the goal is the line (label, number and marks off), the verdict a
phrase of the goal-status scale (facts/goalstatus.py), a status column's label before it the vocabulary's
(``goal-column`` in ``ontology/vocab/kinds.ttl``), a goal's label the vocabulary's (``goal-label``). In a
goals section two such goals or more are read, or one labelled or numbered; elsewhere only labelled goals.
A goal another reader made of the same lines (the heading without its verdict, the verdict as a goal of
its own, the two run together) gives way to the goal read here.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from hankegraafi.ingest import cues
from hankegraafi.ingest.facts.context import Context
from hankegraafi.ingest.facts.goallabels import goal_labels, unlabelled
from hankegraafi.ingest.facts.goalleads import lead_in
from hankegraafi.ingest.facts.goalmarks import goal_legend, goals_title, status_ahead
from hankegraafi.ingest.facts.goalnames import norm
from hankegraafi.ingest.facts.goalstatus import (
    ARROW,
    answer_status,
    asked_status,
    line_status,
    status_of,
    status_reason,
    worded_status,
)
from hankegraafi.ingest.facts.goalverdicts import verdict
from hankegraafi.ingest.facts.model import Goal, Project, Span
from hankegraafi.ingest.facts.partwords import match_part_line
from hankegraafi.ingest.facts.text import BULLET, Chunk, sentences
from hankegraafi.ingest.facts.wholedoc import single_rows, status_lines
from hankegraafi.ingest.segment import Element

#: Marks of emphasis, headings and quotes around a line's words ("### X", "**X**", a quoted or marked item "> X").
_MARKUP = re.compile(r"^[#*_>\s]+|[*_\s]+$")
#: Emphasis marks inside a line ("**Tavoite:** X → *Tila:* kesken"): no words of the goal's.
_EMPHASIS = re.compile(r"\*{1,2}|(?<!\w)_{1,2}|_{1,2}(?!\w)")
#: An outline number ("4.1 ", "2.3.1. "), or a bare number before a capital ("1 Digital …", "(2) Perhetalo …").
_NUMBER = re.compile(r"^(?:\d{1,2}(?:\.\d{1,2})+\.?|\d{1,2}[.)]?|\(\d{1,2}\))\s+(?=[A-ZÅÄÖ])")
#: A line marked as an item by a quote's or an arrow's mark before its words ("> X").
_MARKED = re.compile(r"^\s*>")
#: Columns laid out with wide gaps or tabs: the lines of a table, not a wrapped sentence.
_COLUMNS = re.compile(r"\t|\S\s{3,}\S")
#: A goal's code before its text ("T1 X", "M2 X", "TA3: X"), a word in a capital after it.
_CODE = re.compile(r"^[A-ZÅÄÖ]{1,2}\d{1,2}(?:\.\d{1,2})*[.:)]?\s+(?=[A-ZÅÄÖ])")
#: A label before its value on one line: up to four words and a colon, or a question ("Saavutettiinko tavoite:").
_LABEL = re.compile(r"^(?P<label>[^\W\d][\w-]*(?:\s+[\w-]+){0,3})\s*(?:\??\s*:|\?(?=\s))\s*(?P<rest>\S.*)$")
#: Where a verdict's first clause ends.
_CLAUSE_END = re.compile(r"[.;:!?]\s|[.;:!?]$|,\s|\s[–—-]\s")
#: A goal and its verdict after a dash, an arrow, a bar or dot leaders on the goal's own line ("1 X –
#: Uppnått", "X → *Utfall:* uppnått", "X – status: klart", "X ........ toteutunut").
_DASH_TAIL = re.compile(
    r"^(?P<goal>.{8,}?)(?:\s+[–—-]\s+|\s*(?:→|⇒|->|=>|\|)\s*|\s+(?:>{1,2}|»|›)\s+|\s*(?:\.\s?){3,}\s*|\s*…+\s*)"
    r"(?P<status>[^–—→|]{2,90}?)\.?$"
)
#: A printed form's field: its label (a required field's star after it) and its value after a wide gap
#: ("Tavoite 1 *     X", "Toteutuminen *  [valinta: Toteutui]"), or its value in a box right after it ("Tila [ X ]").
_FORM_FIELD = re.compile(
    r"^(?P<label>[^\W\d][\w-]*(?:\s+[\w-]+){0,2}?)(?:\s*\*\s+|\t|\s{2,}|\s+(?=\[\s))\s*(?P<value>\S.*)$"
)
#: A form's choice printed in brackets: "[valinta: Toteutui]", "[val: Uppnått]", "[choice: Met]".
_CHOICE = re.compile(r"^\[\s*(?:valinta|valittu|val|vald|choice|selected)\s*:\s*(?P<value>[^\]]+)\]$", re.I)
#: A form's value printed in its box of brackets: "Tila<TAB>[ Toteutunut ]", "Objective 1  [ X ]" (a tick box
#: "[ ]" / "[x]" is no value).
_BOXED = re.compile(r"^\[\s+(?P<value>[^\[\]]{2,}?)\s+\]$")


@dataclass
class _Line:
    first: int
    last: int
    text: str


@dataclass
class _Head:
    goal: str
    marked: bool  # labelled or numbered: a goal by its form, not only by its place
    status: str | None  # the verdict on the goal's own line, if any


def _status_label(label: str) -> bool:
    """A label of a status column ("Tilanne", "Måluppfyllelse", "Saavutettiinko tavoite"): the vocabulary's."""
    low = label.strip().lower()
    return any(pattern.match(low) for _, pattern in cues.ranked("goal-column"))


def _status_field(text: str) -> bool:
    """A status column's label and its value on one line ("tilanne: toteutunut", "Status: delvis")."""
    labelled = _LABEL.match(text.strip())
    return labelled is not None and _status_label(labelled.group("label"))


def opening_verdict(text: str) -> str | None:
    """The status the first sentence or clause of a paragraph gives a goal just named; None when it
    begins otherwise."""
    # "=> Delvis uppnått (…)": the arrow before the verdict off
    line = ARROW.sub("", BULLET.sub("", _MARKUP.sub("", text))).strip()
    labelled = _LABEL.match(line)
    if labelled is not None and line[labelled.end("label") :].lstrip().startswith("?"):
        found = line_status(line)  # "Uppnåddes målet? Delvis": the verb asked, the answer decides
        if found is not None:
            return found
    if labelled is not None and (found := asked_status(line)) is not None:
        return found  # "Täyttynyt: osittain", "Toteutui: ei": the verb asked, the answer decides (test50 ou15)
    if labelled is not None and (found := line_status(labelled.group("label"))) is not None:
        return found  # "Toteutui osittain: kahdessa kunnassa": the status, then what it was
    if labelled is not None and _status_label(labelled.group("label")):
        line = labelled.group("rest").strip()
        said = _CLAUSE_END.split(line, maxsplit=1)[0].strip()
        whole = (
            sentences(line)[0].rstrip(".") if line else ""
        )  # "31 %, työ jatkuu": the share and the work going on
        return status_of(whole) or status_of(said) or answer_status(said) or line_status(said)
    if labelled is not None and (found := worded_status(labelled.group("rest"))) is not None:
        # "Missä ollaan: osittain saavutettu, …": a label no vocabulary knows, then a status in words; a share, a
        # bare yes or a degree of something else ("Osuus yli 75-vuotiaista: 78 %", "Deltog alla: ja, tolv av tolv",
        # "Evening group: fully booked") answers the label's own question, not the goal's
        return found
    first = sentences(line)[0] if line else ""
    found = verdict(first)  # "Tavoite toteutui osittain: …", "Målet uppnåddes inte."
    if found is not None:
        return found
    said = _CLAUSE_END.split(line, maxsplit=1)[0].strip()
    if not said or len(said.split()) > 6:
        return None
    return line_status(said)


def goal_head(text: str) -> _Head | None:
    """The goal a line of its own states, without its label or number; None for a line that is no goal
    (a sentence, a status, a label alone)."""
    line = _EMPHASIS.sub("", BULLET.sub("", _MARKUP.sub("", text))).strip()
    marked = False
    labelled = goal_labels().plain.match(line)  # "Tavoite: X"; "Tavoite 1 (X) – valmis" is "X – valmis"
    bare = unlabelled(line) if labelled is None else labelled.group("goal")
    if bare != line:
        line, marked = bare.strip(), True
    numbered = _NUMBER.match(line) or _CODE.match(line)
    if numbered is not None:
        line, marked = line[numbered.end() :].strip(), True
    part = match_part_line(line)
    if part is not None and part[3]:
        line, marked = part[3].strip(), True  # "Osakokonaisuus 1: X – toteutunut": the part's goal X
    line = _MARKUP.sub("", line)
    status = None
    ahead = status_ahead(line)  # "[VALMIS] X", "TOTEUTUNUT X", "T (toteutunut) X"
    if ahead is not None:
        line, status, marked = ahead[0], ahead[1], True
    bulleted = BULLET.match(_MARKUP.sub("", text))  # "> 1) X – uppnått": an item quoted in a mail too
    tail = _DASH_TAIL.match(line) if status is None and (marked or bulleted) else None
    if tail is not None and (found := _tail_status(tail.group("status"))) is not None:
        line, status, marked = tail.group("goal").strip(), found, True
    said = sentences(line) if status is None else []
    if len(said) >= 2 and (found := opening_verdict(" ".join(said[1:]))) is not None:
        line, status, marked = (
            said[0],
            found,
            True,
        )  # "X. Tavoite toteutui osittain.": the goal, then its verdict
    words = line.split()
    if (
        not 2 <= len(words) <= 20
        or not (line[:1].isupper() or (status is not None and line[:1].isalnum()))
        or line.endswith((":", ";", ",", "?", "–", "—", "-"))
    ):
        return None
    if line.endswith((".", "!")) and not (marked and len(sentences(line)) == 1):
        return None  # a sentence of running text, not a goal's line
    if (
        line_status(line) is not None
        or opening_verdict(line) is not None
        or goal_legend([line])
        or goals_title(line)
    ):
        return None  # a status, a legend, or the goals' own title ("Tavoitteet 2024")
    return _Head(line.rstrip(".").strip(), marked, status)


def _tail_status(said: str) -> str | None:
    """The status a goal's tail states, a status column's label before it or not ("*Utfall:* uppnått")."""
    text = _MARKUP.sub("", said).strip()
    return status_of(text) or line_status(text)


def form_line(text: str) -> str:
    """A printed form's field as "label: value", its choice without its brackets ("Toteutuminen *  [valinta:
    Toteutui]" → "Toteutuminen: Toteutui"); a goal label with its number too ("Tavoite 1 *  X" → "Tavoite 1: X").
    Any other line as it is. A form's note on the field's kind in brackets after the label ("Tavoite 1 (teksti): X",
    "Tavoitteen tila (valikko): Toteutunut", "Goal status (drop-down): Achieved") is left out."""
    noted = _NOTED_LABEL.match(text.strip())
    if noted is not None and _goal_or_status_label(noted.group("label")):
        return f"{noted.group('label')}: {_CHOSEN.sub('', noted.group('value').strip())}"
    m = _FORM_FIELD.match(text.strip())
    if m is None:
        return text
    label, value = m.group("label").strip(), m.group("value").strip()
    choice = _CHOICE.match(value) or _BOXED.match(value)
    value = choice.group("value").strip() if choice is not None else value
    if not _goal_or_status_label(label):
        return text
    return f"{label}: {value}"


#: A field's label with a form's note in brackets, then a colon, a tab or a wide gap: up to three words, a note of
#: the field's kind or its counter ("(teksti)", "(valikko)", "(free text)", "(merkkejä 42/300)", "(max 300 tecken)"),
#: then the value, a chosen option's mark before it or not ("Toteutuminen (valitse)<TAB>» Toteutui").
_NOTED_LABEL = re.compile(
    r"^(?P<label>[^\W\d][\w-]*(?:\s+[\w-]+){0,2}?)\s*\([^()\n]{1,60}\)\s*(?::\s*|\t\s*|\s{2,})(?P<value>\S.*)$"
)
#: A field's value left empty: a dash or nothing after the label's colon.
_EMPTY_VALUE = re.compile(r":\s*[-–—]?\s*$")
#: A chosen option's mark before the value ("» Toteutui", "› Not met").
_CHOSEN = re.compile(r"^[»›]\s*")


def _goal_or_status_label(label: str) -> bool:
    """A goal's label, alone or with its number ("Tavoite", "Mål 2"), or a status column's ("Tila", "Tavoitteen tila")."""
    numbered = re.match(r"^(?P<word>[^\W\d]+)\s+\d{1,2}$", label)
    word = numbered.group("word") if numbered is not None else label
    return goal_labels().plain.match(f"{word}: xxxx") is not None or _status_label(label)


def _lines(ctx: Context, chunks: list[Chunk]) -> list[_Line]:
    """The chunks' lines in order, a label alone on its line read with the line after it."""
    numbers = {no for c in chunks for no in range(c.first, c.last + 1)}
    # A printed form's field the segmenter took for a table of one row ("Tavoite 1 *     X" over the text line
    # "Toteutuminen *  [valinta: Toteutui]"): its line, above a line of the chunks, is one of theirs.
    rows = single_rows(ctx)
    above = {no - 1 for no in numbers if no - 1 in rows and no - 1 not in numbers}
    # A labelled goal's report the segmenter took for the project's status field ("Tavoite 1: X" over
    # "Tila<TAB>toteutunut", "Mål 2: X" over "Status: delvis uppnått"): its line, right below, is the goal's.
    status = status_lines(ctx)
    near = {no + step for no in numbers for step in (1, 2)} & status  # a goal above it is one of the chunks'
    reports = {no for no in near if _goal_above(ctx, no, numbers)}
    raw = [
        (no, form_line(rows[no] if no in above else text.strip()))
        for no in sorted(numbers | above | reports)
        for text in ctx.line_texts(no, no)
    ]
    raw = [(no, text) for no, text in raw if text]
    out: list[_Line] = []
    i = 0
    while i < len(raw):
        no, text = raw[i]
        alone = text.rstrip(":").strip()
        is_label = (
            ":" not in alone
            and len(alone.split()) <= 3
            and (goal_labels().plain.match(f"{alone}: xxxx") is not None or _status_label(alone))
        )
        if is_label and i + 1 < len(raw) and goal_head(alone) is None and line_status(alone) is None:
            out.append(_Line(no, raw[i + 1][0], f"{alone}: {raw[i + 1][1]}"))
            i += 2
            continue
        if (
            out
            and text[:1].islower()
            and not BULLET.match(text)  # "b) X -> kesken": the next item, not the one above wrapped
            and not _status_field(text)  # "tilanne: kesken": the verdict below the goal, not its words wrapped
            and out[-1].last + 1 == no
            and not out[-1].text.endswith((".", "!", "?", ":"))
            and not _COLUMNS.search(out[-1].text + "\n" + text)
        ):
            # a line broken off the one above (a PDF's or a fixed width's wrap): "… Arvio: toteutui" / "osittain, …"
            out[-1] = _Line(out[-1].first, no, f"{out[-1].text} {text}")
        else:
            out.append(_Line(no, no, text))
        i += 1
    return out


def _goal_above(ctx: Context, no: int, numbers: set[int]) -> bool:
    """The line above ``no``, or the one above a blank line between, is a labelled goal of the chunks."""
    for above in (no - 1, no - 2):
        text = next(iter(ctx.line_texts(above, above)), "") if above > 0 else ""
        if above in numbers:
            return _labelled_text(text)
        if text.strip():
            return False
    return False


def _starts_paragraph(lines: list[_Line], i: int, taken: set[int]) -> bool:
    if i == 0 or (i - 1) in taken or _MARKED.match(lines[i].text):
        return True  # a line marked as an item ("> X") begins one
    before = lines[i - 1]
    # a line announcing the goals ("3. Tavoitteet ja niiden tila 31.12.2022") is a title of its own, no sentence run on
    ends = before.text.rstrip().endswith((".", "!", "?", ":")) or lead_in(before.text)
    return before.last + 1 < lines[i].first or ends


#: Words that join a verdict clause to what was measured before it: "…, joten tavoite toteutui osittain".
_CLAUSES = re.compile(r"[,;]\s+|\s+[–—]\s+|\s+(?:ja|och|and|mutta|men|but)\s+(?=\w+\s+\w)", re.I)
_JOINED = re.compile(r"^(?:joten|ja|mutta|eli|siis|så|och|men|alltså|so|and|but|thus)\s+", re.I)


def labelled_verdict(text: str) -> str | None:
    """The status a labelled line gives its goal: a status opening what follows the label ("Toteutuminen: osittain
    – …", "Hur det gick: uppnått"), or a clause of it whose subject is the goal ("Miten kävi: osuus oli 52 %, tavoite
    saavutettiin.", "…, så målet uppnåddes delvis"); None for a line with no label or no verdict."""
    m = _LABEL.match(BULLET.sub("", _MARKUP.sub("", text)).strip())
    if m is None:
        return None
    found = opening_verdict(text)
    if found is not None:
        return found
    for clause in _CLAUSES.split(m.group("rest")):
        found = verdict(_JOINED.sub("", clause.strip()).rstrip("."))
        if found is not None:
            return found
    return None


#: A labelled note on a goal, a figure or a few words after a label of any length ("Lähtötaso: 12 %", "Share of
#: cafés held as planned: 94 %"), or notes joined on one line ("Lähtötaso 2023: 14 pv · Tulos 2025: 3 pv", stop 50).
_NOTE = re.compile(r"^(?:[^:.!?·|•]{2,80}:\s+\S[^.!?·|•]{0,60}\s+[·|•]\s+)*[^:.!?]{2,80}:\s+\S[^.!?]{0,60}$")


def _label(text: str) -> str | None:
    line = BULLET.sub("", _MARKUP.sub("", text)).strip()
    m = None if goal_labels().line.match(line) else _LABEL.match(line)  # "Objective A :: X": a goal, no field
    return m.group("label").casefold() if m is not None else None


def _loose_head(text: str) -> _Head | None:
    """The goal of a line that a repeated verdict label judges: one sentence of 2-20 words, its full stop or a
    figure first or not ("Kolmannes käynneistä videolla.", "40 trained volunteers"); None for a line that is a
    status, a labelled note, ends as a lead-in does or runs on in sentences."""
    line = _EMPHASIS.sub("", BULLET.sub("", _MARKUP.sub("", text))).strip()
    if _NOTE.match(line) and not (goal_labels().line.match(line) or goal_labels().plain.match(line)):
        return None  # "Tavoitetaso: 5", "Share of cafés held as planned: 94 %": a note, no goal
    head = goal_head(text)
    if head is not None:
        return head
    line = _EMPHASIS.sub("", BULLET.sub("", _MARKUP.sub("", text))).strip()
    if (
        len(sentences(line)) != 1
        or _LABEL.match(line)
        or line.endswith((":", ";", ","))
        or not line[:1].isalnum()
    ):
        return None
    line = line.rstrip(".").strip()
    if not 2 <= len(line.split()) <= 20 or line_status(line) is not None or opening_verdict(line) is not None:
        return None
    return _Head(line, False, None)


def _under_repeated_label(lines: list[_Line]) -> list[tuple[_Head, str, str, int, int, int, int]]:
    """Goals each judged by a line below under one label that the document repeats for every goal ("X." /
    "Toteutuminen: tavoite saavutettiin …", "X" / "Lähtötaso: 12 %" / "Miten onnistuimme: …, joten tavoite
    toteutui osittain."): the repeated label is the form's verdict field, whatever its words, so the goal's line
    may end in a full stop and one labelled note (a baseline, a figure) may stand between. Two such goals at least
    in a run; a line under the label that judges nothing ends the run ("Hur det gick: salen var full")."""
    labels = [_label(ln.text) for ln in lines]
    verdicts = [
        labelled_verdict(ln.text) if lab is not None else None for ln, lab in zip(lines, labels, strict=True)
    ]
    judged = [lab for lab, v in zip(labels, verdicts, strict=True) if v is not None]
    repeated = {lab for lab in judged if lab is not None and judged.count(lab) >= 2}
    out: list[tuple[_Head, str, str, int, int, int, int]] = []
    for label in repeated:
        run: list[tuple[_Head, str, str, int, int, int, int]] = []
        for j, (lab, status) in enumerate(zip(labels, verdicts, strict=True)):
            if lab != label:
                continue
            at = j - 1
            if at >= 1 and _NOTE.match(lines[at].text) and labels[at] != label and labels[at - 1] is None:
                at -= 1  # "Lähtötaso: 12 %" between the goal and its verdict: a note on the goal
            head = _loose_head(lines[at].text) if at >= 0 and labels[at] != label else None
            if status is None or head is None or head.status is not None:
                if len(run) >= 2:
                    out += run
                run = []
                continue
            run.append((head, status, lines[j].text, lines[at].first, lines[j].last, at, j))
        if len(run) >= 2:
            out += run
    return out


def headed_goals(ctx: Context, chunks: list[Chunk], project: Project, in_goals: bool) -> None:
    """Read the goals each on a line of its own with its verdict below (or on its numbered line), and
    let them take the place of what other readers made of the same lines."""
    lines = _lines(ctx, chunks)
    found: list[tuple[_Head, str, str, int, int]] = []  # head, status, verdict text, first, last line
    taken: set[int] = set()
    if in_goals and len(lines) >= 4:
        for judged, verdict_of, said, first, last, at, j in _under_repeated_label(lines):
            found.append((_Head(judged.goal, True, None), verdict_of, said, first, last))
            taken |= set(range(at, j + 1))
    i = 0
    while i < len(lines):
        if i in taken:
            i += 1
            continue
        head = goal_head(lines[i].text) if _starts_paragraph(lines, i, taken) else None
        if head is None:
            i += 1
            continue
        below = lines[i + 1] if i + 1 < len(lines) and head.status is None else None
        if below is not None and goal_labels().line.match(below.text):
            below = None  # "Tavoite 2: Y / Arvio: Toteutui" judges goal 2, not the goal above it (test47 or14)
        status = opening_verdict(below.text) if below is not None else None
        if status is not None and below is not None:
            # judged by a status field below ("tilanne: kesken"): a goal by its form
            if _status_field(below.text):
                head = _Head(head.goal, True, head.status)
            found.append((head, status, below.text, lines[i].first, below.last))
            taken |= {i, i + 1}
            i += 2
            continue
        if head.status is not None:
            found.append((head, head.status, lines[i].text, lines[i].first, lines[i].last))
            taken.add(i)
        i += 1
    if not found:
        return
    if not in_goals:
        firsts = {f[3] for f in found if f[0].status is not None}
        led = [f for f in found if _led(lines, f[3], firsts)]
        # Lines of their own each judged by the paragraph opening below it ("Mobila besök" / "Uppnått. …",
        # "X" / "Not achieved: …"), two or more: goals by their shape wherever they stand.
        judged_below = [f for f in found if f[0].status is None and f[4] > f[3]]
        found = [
            f
            for f in found
            if _labelled(lines, f[3])
            or (len(led) >= 2 and f in led)
            or (len(judged_below) >= 2 and f in judged_below)
        ]
    elif len(found) < 2:
        found = [f for f in found if f[0].marked]
    for head, status, said, first, last in found:
        same = [g for g in project.goals if _same(g.description, head.goal)]
        if any(g.status not in ("unknown", None) for g in same):
            continue  # read already, judged (the same goal by another reader, its words as here)
        # what another reader made of these lines: a goal that begins on them (its words may run on below)
        at = next((i for i, g in enumerate(project.goals) if first <= g.span.first <= last), len(project.goals))
        project.goals[:] = [g for g in project.goals if not first <= g.span.first <= last]
        reason = status_reason(said) if status not in ("achieved", "unknown") else None
        goal = Goal(head.goal[:500], status, reason, Span(first, last, f"{head.goal} {said}"))
        project.goals.insert(min(at, len(project.goals)), goal)  # in its place among the others


def _same(one: str, other: str) -> bool:
    """Two statements of one goal: the same words, whatever the marks and case."""
    return _plain(one) == _plain(other)


@functools.lru_cache(maxsize=4096)
def _plain(text: str) -> str:
    """A statement's words to compare, remembered: each goal found is compared with every goal read (R7-5)."""
    return norm(_EMPHASIS.sub("", text))


def _led(lines: list[_Line], first: int, items: set[int]) -> bool:
    """The goal's line is an item, with its own verdict, of a list under a line announcing goals
    ("Hankesuunnitelman tavoitteista on raportoitu seuraavaa:" over "- X ........ toteutunut")."""
    at = next((i for i, ln in enumerate(lines) if ln.first == first), None)
    if at is None or first not in items:
        return False
    while at > 0 and lines[at - 1].first in items:
        at -= 1
    return at > 0 and lead_in(_MARKUP.sub("", lines[at - 1].text))  # "> Mål …:" quoted in a mail too


def _labelled(lines: list[_Line], first: int) -> bool:
    """The goal's line carries a goal label ("Tavoite: X", "Mål 2. X"): a goal wherever it stands."""
    line = next((ln for ln in lines if ln.first == first), None)
    return line is not None and _labelled_text(line.text)


def _labelled_text(text: str) -> bool:
    plain = BULLET.sub("", _MARKUP.sub("", form_line(text.strip()))).strip()
    return bool(goal_labels().line.match(plain) or goal_labels().plain.match(plain))


def form_goals(element: Element) -> list[Goal]:
    """A printed form's goal fields the segmenter took for a table of two columns ("Tavoite 1 *" | X over
    "Toteutuminen *" | "[valinta: Toteutui]", row by row): each goal judged by the field below it. Empty
    unless every row is a goal's field or the field judging the goal above it."""
    if len(element.rows) < 2 or any(len(row) != 2 for row in element.rows):
        return []
    lines = [form_line("  ".join(cell.strip() for cell in row)) for row in element.rows]
    out: list[Goal] = []
    i = 0
    while i + 1 < len(lines):
        if _EMPTY_VALUE.search(lines[i]) and _goal_or_status_label(lines[i].split(":", 1)[0]):
            # a goal field left empty ("Mål 4 (max 300 tecken) | -" over "» -"): nothing, the rest read on; its
            # status field below it, if it has one (a form may print no status field under an empty goal)
            i += 1 if _goal_field(lines[i + 1]) else 2
            continue
        head = (
            goal_head(lines[i])
            if goal_labels().line.match(lines[i]) or goal_labels().plain.match(lines[i])
            else None
        )
        # the row below judges the goal, unless it is the next goal's ("Tavoite 2.2: Y …… ei saavutettu")
        below_goal = goal_labels().line.match(lines[i + 1]) or goal_labels().plain.match(lines[i + 1])
        status = opening_verdict(lines[i + 1]) if head is not None and below_goal is None else None
        if head is None or status is None:
            return []
        no = element.row_lines[i] if i < len(element.row_lines) else element.first
        below = element.row_lines[i + 1] if i + 1 < len(element.row_lines) else no
        reason = status_reason(lines[i + 1]) if status not in ("achieved", "unknown") else None
        out.append(Goal(head.goal[:500], status, reason, Span(no, below, f"{lines[i]} {lines[i + 1]}")))
        i += 2
    return out if i == len(lines) else []


def _goal_field(line: str) -> bool:
    """A form's line is a goal's field, filled or left empty ("Tavoite 2: X", "Objective 3: -")."""
    if _EMPTY_VALUE.search(line):
        label = line.split(":", 1)[0].strip()
        numbered = re.match(r"^(?P<word>[^\W\d]+)\s+\d{1,2}$", label)
        return numbered is not None and goal_labels().plain.match(f"{numbered.group('word')}: xxxx") is not None
    labelled = goal_labels().line.match(line) or goal_labels().plain.match(line)
    return labelled is not None and goal_head(line) is not None


def form_goals_within(element: Element) -> list[Goal]:
    """A printed form's goal fields joined on to the rows of another table above them (a form prints its basic
    data, its sums and its goals as one run of "label<TAB>value" lines): from the first goal field, the run of goal
    fields each with the field judging it below ("Objective 1 (required) | X" over "Objective achieved? | Yes"),
    up to the first row that is neither; two goals at least. Empty when the rows hold no such run."""
    rows = element.rows
    if len(rows) < 3:
        return []
    # the rows of two cells only: a form's fields (a sum's row of three cells above them is the other table's)
    lines = [form_line("  ".join(cell.strip() for cell in row)) if len(row) == 2 else "" for row in rows]
    start = next((i for i, line in enumerate(lines) if line and _goal_field(line)), None)
    if start is None:
        return []
    end = start
    while (
        end < len(lines)
        and lines[end]
        and (_goal_field(lines[end]) or (end > start and opening_verdict(lines[end]) is not None))
    ):
        end += 1
    if end - start < 4 or (start == 0 and end == len(lines)):
        return []  # the whole table a form: form_goals reads it
    part = Element(
        element.type,
        element.row_lines[start],
        element.row_lines[end - 1],
        element.text,
        rows=rows[start:end],
        row_lines=element.row_lines[start:end],
    )
    found = form_goals(part)
    return found if len(found) >= 2 else []


def reported_rows(element: Element) -> list[Goal]:
    """A numbered list laid out with tabs, which the segmenter took for a table: each goal's row ("1." | X) with
    its report in the row below, under the goal ("" | "Eteneminen: valmis"). Empty unless every row is one of
    the two and every goal has its report."""
    rows = [[cell.strip() for cell in row] for row in element.rows]
    if len(rows) < 2 or len(rows) % 2 or any(len(row) != 2 for row in rows):
        return []
    out: list[Goal] = []
    for i in range(0, len(rows), 2):
        (number, goal), (empty, report) = rows[i], rows[i + 1]
        head = goal_head(goal) if re.fullmatch(r"\d{1,2}[.)]?", number) and not empty else None
        status = opening_verdict(report) if head is not None and _LABEL.match(report) else None
        if head is None or status is None:
            return []
        no = element.row_lines[i] if i < len(element.row_lines) else element.first
        below = element.row_lines[i + 1] if i + 1 < len(element.row_lines) else no
        reason = status_reason(report) if status not in ("achieved", "unknown") else None
        out.append(Goal(head.goal[:500], status, reason, Span(no, below, f"{goal} {report}")))
    return out


def without_repeats(goals: list[Goal]) -> list[Goal]:
    """One goal read twice with the same words and status (by two readers, marks aside) is one goal."""
    out: list[Goal] = []
    for goal in goals:
        if not any(_same(g.description, goal.description) and g.status == goal.status for g in out):
            out.append(goal)
    return out
