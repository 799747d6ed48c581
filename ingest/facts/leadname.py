"""The project's name as the lead gives it with its period, when the head's reading is not it.

A document's head is often a line of fields ("Kanta-Hämeen hyvinvointialue · Ikääntyneiden palvelut ·
X"), a memo's "Re: X", a heading that is a section or a kind ("Ohjausryhmälle 14.10.2025",
"Progress report, autumn 2025"), or a § title about a matter ("Palautettava avustus hankkeelta X").
Its lead then names the project with its period in brackets: "X (1.2.2024–31.1.2026) yhdistää …",
"the status of X (1 April 2024 – 31 March 2026), which …", "Etelä-Pohjanmaan hyvinvointialueen hanke X
(…) tuo …". That name, said also in a head line at or above the line the project was named by, is the
project's name (:func:`settle_lead_name`).

The class is structural: a name, its period in brackets, a verb or an apposition after it, and the same
name in the head. Not read: a name field's value (a form names its project), a name the text says again
(a real title recurs; a section heading does not), a name said in the head only below the title it would
replace ("# X" over "Jatkoa Y-hankkeelle" and "Y (2020–2022) kehitti …": Y is an earlier project), a lead
or a head line that names another project beside this one ("Jatkoa Y -hankkeelle", :func:`names_another`),
a county, an organisation, a part, or a word for a project only ("Projektet (1.1.2023–…) finansieras").

A project nothing named (its file's name, or a header's label "Subject") takes the lead's name before a
bracket of its period or places with no head line saying it (:func:`_file_named`): a message whose subject
names no project ("Figures for Thursday", "Läget i oktober") names it there (test27 i92, test33 id62).
"""

from __future__ import annotations

import re

from hankegraafi.ingest.facts.context import Context
from hankegraafi.ingest.facts.model import Project, Span
from hankegraafi.ingest.facts.names import person_name
from hankegraafi.ingest.facts.namesites import rename
from hankegraafi.ingest.facts.partwords import match_part_line
from hankegraafi.ingest.facts.projectname import names_another
from hankegraafi.ingest.namecuts import MAIL_HEADER
from hankegraafi.ingest.orgnames import role_word
from hankegraafi.ingest.titlewords import SUBJECT_LINE

#: A bracket holding a year: a period ("(1.2.2024–31.1.2026)", "(1 April 2024 – 31 March 2026)", "(2020–2022)").
_DATED_BRACKET = re.compile(r"\((?=[^()]*(?:19|20)\d\d)[^()]{4,60}\)")
#: After the bracket: a verb or an apposition ("… ) yhdistää", "… ), which", "… ) stöder").
_GOES_ON = re.compile(r"\s*,\s|\s+(?-i:[a-zåäö])")
#: A project word before the name, with the owner's genitives ("Etelä-Pohjanmaan hyvinvointialueen hanke X").
_PROJECT_WORD = re.compile(
    r"^(?:[\w-]+n\s+){0,3}(?:hanke|projekti|projektet|projekt|the project|project)\s+", re.I
)
#: A name from a sentence's start: capitalised, no sentence mark, no digit, at most eight words.
_NAME = re.compile(r"(?-i:[A-ZÅÄÖ])[^.;:!?()\d\"“”]{2,80}")
#: A run of capitalised words before the bracket ("the status of Safe Nights Kainuu"), small words inside.
_CAPITALISED = re.compile(
    r"(?:(?-i:[A-ZÅÄÖ])[\w-]+(?:\s+(?:i|och|på|of|and|for|the|ja)(?=\s+(?-i:[A-ZÅÄÖ])))?\s+)+$"
)
#: A word for a project, no name: "Projektet (1.1.2023–31.12.2025) finansieras …", "Hanke (2024–2025) tuo …".
_PROJECT_ONLY = re.compile(
    r"^(?:the\s+|this\s+|our\s+|tämä\s+|denna\s+|detta\s+)?(?:hanke|hankkeemme|projekti|projektet|projekt|"
    r"project|ohjelma|programmet|programme|toimintamalli|verksamhetsmodellen|investointi|investeringen|investment)$",
    re.I,
)
#: Where a sentence begins inside a line.
_SENTENCE_START = re.compile(r"(?:^|[.!?:]\s+)(?=\S)")
#: Between the parts of a head line: a separator ("·", "|", "/", ":" or a dash between spaces).
_SEPARATOR = re.compile(r"\s[·•|/–—-]\s|:\s|^\s*[·•|/:–—-]|[·•|/:–—-]\s*$")
#: The lines where a lead stands.
_LEAD_LINES = 40
_MAX_WORDS = 8


def _lead_names(line: str) -> list[str]:
    """The names right before the first dated bracket of ``line``: from the sentence's start (less a
    project word and its owner), and the run of capitalised words before the bracket."""
    bracket = _DATED_BRACKET.search(line)
    if bracket is None or _GOES_ON.match(line, bracket.end()) is None:
        return []
    before = line[max(0, bracket.start() - 200) : bracket.start()].rstrip()  # a name stands close before it
    starts = [m.end() for m in _SENTENCE_START.finditer(before)]
    opening = _PROJECT_WORD.sub("", before[starts[-1] :] if starts else before).strip()
    names = [opening] if _NAME.fullmatch(opening) and len(opening.split()) <= _MAX_WORDS else []
    run = _CAPITALISED.search(before + " ")
    if run is not None and len(run.group().split()) >= 2 and run.group().strip() not in names:
        names.append(run.group().strip())
    return names


def _said_in(name: str, line: str) -> bool:
    return re.search(rf"(?<![\w-]){re.escape(name)}(?![\w])", line) is not None


def settle_lead_name(ctx: Context) -> None:
    """The whole project takes the name its lead gives with its period (module docstring)."""
    root = ctx.root
    if root is None or root.level != "project" or root.parent is not None:
        return
    if any(e.type == "field" and e.key == "name" for e in ctx.seg.elements):
        return  # a name field names the project
    if root is ctx.fallback or MAIL_HEADER.match(root.name + ":") or SUBJECT_LINE.get(ctx) == root.span.first:
        _file_named(
            ctx, root
        )  # named by its file, a header's label ("Subject" of "Subject: Läget i oktober") or the subject alone
        return
    lines = [line.casefold() for line in ctx.doc.lines[:_LEAD_LINES]]
    for index, line in enumerate(ctx.doc.lines[:_LEAD_LINES]):
        if "(" not in line or _DATED_BRACKET.search(line) is None:
            continue
        names = [
            n
            for n in _lead_names(line)
            if not _PROJECT_ONLY.match(n) and match_part_line(n) is None and not _an_entity(ctx, n)
        ]
        if names and not names_another(line):
            _settle(ctx, names, index, lines, line)
        return  # only the first dated bracket of the lead


#: A bracket of the lead, closed on its line or on a later one ("… X (1 January 2025 – 31 December 2026; Nokia,").
_OPENED = re.compile(r"\((?P<inside>[^()]{4,100})(?:\)|$)")
#: A period: a dash and a year after it ("1.3.2024–28.2.2026", "1 January 2025 – 31 December 2026", "2023–2025").
_PERIOD = re.compile(r"[–—-]\s*[^()–—-]{0,20}?(?:19|20)\d\d")
#: A word of a name: letters and hyphens, a capital's or a small word's ("Memory", "tvåspråkiga", "on").
_WORD = re.compile(r"[^\W\d_][\w-]*")


def _named_before(before: str) -> str:
    """The name right before a bracket: from the first capitalised word at the sentence's start or after a word
    in lower case, of the words that run to the bracket with no number or mark between ("the figures for Nokia
    Memory Home Visits", "läget för Lojo tvåspråkiga barnrådgivning", "Ikäkuntoutus etänä Kuhmossa"), two to
    eight words; else ""."""
    words = before.split()
    run = len(words)
    while run > 0 and _WORD.fullmatch(words[run - 1]):
        run -= 1  # back to a number, a comma or a mark: the name starts after it
    for at in range(run, len(words)):
        opens = at == 0 or (at == run and words[at - 1].endswith(":")) or words[at - 1][:1].islower()
        if words[at][:1].isupper() and opens and 2 <= len(words) - at <= _MAX_WORDS:
            return " ".join(words[at:])
    return ""


def _file_named(ctx: Context, root: Project) -> None:
    """A project named by its file (no title, field or sentence named it: a message whose subject is "Figures
    for Thursday", "Läget i oktober") takes the name its lead gives right before a bracket of the project's
    period or places: "the figures for Nokia Memory Home Visits (1 January 2025 – 31 December 2026; Nokia, …",
    "här kommer läget för Lojo tvåspråkiga barnrådgivning (Västra Nylands välfärdsområde; Lojo, …)" (test27 i92,
    test33 id62). The bracket holds a year or a county or place the gazetteer knows; the first such bracket
    of the lead alone counts, and a name that is a county, a place, an organisation, a person, a part or a word
    for a project only is none; a bracket of a role's word is a person's term, and one of a single day an
    event's, no project's."""
    for index, line in enumerate(ctx.doc.lines[:_LEAD_LINES]):
        bracket = _OPENED.search(line) if "(" in line else None
        if bracket is None or _SEPARATOR.match(line) or re.match(r"\s*[\w-]{1,20}:\s", line):
            continue  # no bracket, or a header's field ("To: …", "Aihe: …")
        inside = bracket["inside"]
        if not re.search(r"(?:19|20)\d\d", inside) and not any(
            m.entry.type in ("county", "municipality", "region") for m in ctx.gaz.find(inside)
        ):
            continue
        if re.search(r"(?:19|20)\d\d", inside) and not _PERIOD.search(inside):
            return  # one day, an event's or a meeting's ("the Regional Care Forum (Tampere, 12 March 2025)")
        if any(role_word(word) for word in _WORD.findall(inside)):
            return  # a person's role and term ("Maria Lindqvist (projektledare 2023–2025)"): no project's bracket
        before = line[: bracket.start()].rstrip()
        starts = [m.end() for m in _SENTENCE_START.finditer(before)]
        name = _named_before(before[starts[-1] :] if starts else before)
        if (
            name
            and not _PROJECT_ONLY.match(name)
            and match_part_line(name) is None
            and not _an_entity(ctx, name)
            and not person_name(name)  # "comments from Sarah Jones (project manager 2023–2025)"
            and not names_another(line)
        ):
            if ctx.result.title == root.name:
                ctx.result.title = name
            rename(ctx, root, name, Span(index + 1, index + 1, line.strip()))
            ctx.fallback = None
            stale = f"{ctx.doc.file_name}: no project name found; named by file"  # extract's, before the finish
            ctx.result.warnings[:] = [w for w in ctx.result.warnings if w != stale]
        return


def _settle(ctx: Context, names: list[str], index: int, lines: list[str], line: str) -> None:
    root = ctx.root
    assert root is not None
    current = root.name.casefold().strip()
    said_in_head = [
        (n, i) for n in names for i, text in enumerate(lines[:index]) if _said_in(n.casefold(), text)
    ]
    if not said_in_head:
        return  # the head does not say the name
    if names_another(lines[said_in_head[0][1]]):
        return  # "Jatkoa Y -hankkeelle": the head names Y as an earlier project
    name, head = said_in_head[0]
    folded = name.casefold()
    if _bare(folded) == _bare(current):
        return
    said = [i for i, text in enumerate(ctx.doc.lines) if current in text.casefold()]
    if len(said) > 1 or (said and head > said[0]):
        return  # the current name recurs, or stands above the head's line naming the lead's name
    if folded in current:
        rest = current.replace(folded, " ", 1)
        if not _SEPARATOR.search(rest) and len(rest.split()) < 3:
            return  # "X -hanke", "Etelä-Savon X": the name with its own words
    if ctx.result.title == root.name:
        ctx.result.title = name
    rename(ctx, root, name, Span(index + 1, index + 1, line.strip()))


def _an_entity(ctx: Context, name: str) -> bool:
    """The name is a county, a place or an organisation the gazetteer knows, whole."""
    return any(len(m.surface) >= len(name) - 2 for m in ctx.gaz.find(name))


def _bare(name: str) -> str:
    return re.sub(r"\s*-?\s*hanke$", "", re.sub(r"\s+", " ", name)).strip(" .,:;")
