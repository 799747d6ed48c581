"""A text that opens by introducing one part of a named project: what it reports is that part's.

Class read: a county's news item, an intranet notice or a web page about one investment or
sub-project, whose first sentence introduces the part as a part of the project it names ("Etelä-
Savon Kestävän kasvun hankkeen investointi 2 päättyi …", "X -hankkeen osahanke 3: Y valmistui …",
"Delprojekt 2: Y inom projektet X avslutades …", "Investment 2: Y of the X project ended …") and
then gives, under headings that name no unit ("Loppuarvio", "Kustannukset 2023–2024", "Slut-
bedömning"), that part's lights and cost table. The walk files them under the whole (no part
heading began) or, where the lead sentence itself was read as a part's line, under a part named by
the whole sentence. Here the part is made or found (by its word and number), named by the words
after its number up to the sentence's verb or the whole's name ("Y"), and the lights and cost
tables after the lead go to it, except those under a heading or caption that names the whole
("Hankkeen tilannekuva", "Koko hankkeen talous", "Hela projektets budget"), which stay (or go
back to) the whole's. A sum a sentence states goes to the unit its clause names
(``sumunits.file_sums``: "Osahankkeelle myönnettiin …", "Koko hankkeen avustus on …").

Not read here: a lead that names a part without naming its project ("Investointi 2 (X) viivästyi
kesällä": a status report of the whole mentioning a part), a part named only in a later sentence
(the text's first sentence is about the whole), and a document with headings, lights or tables
of other parts (``subject._other_parts``).
"""

from __future__ import annotations

import re
from typing import NamedTuple

from hankegraafi.ingest.domain import PROJECT_WORDS
from hankegraafi.ingest.facts.context import Context
from hankegraafi.ingest.facts.model import Project, Span
from hankegraafi.ingest.facts.namesites import rename
from hankegraafi.ingest.facts.partscopes import Reference, part_pattern, target
from hankegraafi.ingest.facts.partwords import match_part_line, part_words
from hankegraafi.ingest.facts.projectname import weak_title
from hankegraafi.ingest.facts.sumunits import file_sums, paragraphs
from hankegraafi.ingest.namecuts import without_clause
from hankegraafi.ingest.segment import Element

#: The project's genitive right before the part's word: "X -hankkeen investointi 2", "X:n hankkeen",
#: "Projektet Y:s delprojekt 2", "the X project's investment 2" (the whole's name before it).
_WHOLE_BEFORE = re.compile(
    r"(?P<whole>(?-i:[A-ZÅÄÖ])[^.;:!?()]{1,100}?)\s*[-–]?\s*"
    r"(?:hankkee|hanke|projekti|kokonaisuude)n\s*$"
    r"|(?P<sv>(?-i:[A-ZÅÄÖ])[^.;:!?()]{1,100}?)[-–]projektets\s*$"
    r"|(?P<en>(?-i:[A-ZÅÄÖ])[^.;:!?()]{1,100}?)\s+project's\s*$"
    # or in a phrase of place before it: "Inom projektet X har delprojekt 3", "X-hankkeessa osahanke 2",
    # "In the X project, work stream 2"
    r"|(?:inom|i)\s+projektet\s+(?P<sv_in>(?-i:[A-ZÅÄÖ])[^.;:!?()]{1,100}?)\s+(?:har|hade|är|var|ska|blev)\s+$"
    r"|(?P<fi_in>(?-i:[A-ZÅÄÖ])[^.;:!?()]{1,100}?)(?:\s*[-–]\s*|(?<=\w))hankkeessa\s+(?:on\s+|oli\s+)?$"
    r"|\bin\s+the\s+(?P<en_in>(?-i:[A-ZÅÄÖ])[^.;:!?()]{1,100}?)\s+project,?\s+(?:the\s+)?$",
    re.I,
)
#: The project named after the part: "… inom projektet X", "… i projektet X", "… of the X project".
_WHOLE_AFTER = re.compile(
    # the name up to its period in brackets first ("inom projektet Trygga nätter i Österbotten (1.1.2025–…)":
    # "nätter" is a plural, no verb), else up to a verb's ending, a stop or the end
    r"\s(?:inom|i|för)\s+projektet\s+(?P<sv_dated>(?-i:[A-ZÅÄÖ])[^.;:!?()]{2,100}?)\s*\((?=[^()]{0,40}\d{4})"
    r"|\s(?:inom|i|för)\s+projektet\s+(?P<sv>(?-i:[A-ZÅÄÖ])[^.;:!?()]{2,100}?)(?=\s+(?-i:[a-zåäö]+(?:des|ades|tes|de|te|r)\b)|[.,;]|$)"
    r"|\sof\s+the\s+(?P<en>(?-i:[A-ZÅÄÖ])[^.;:!?()]{2,100}?)\s+project\b",
)
#: A heading or caption that names the whole project (fi, sv, en): its lights and tables are the whole's.
_WHOLE_CAPTION = re.compile(
    r"\b(?:hank(?:e|keen|keelle|keessa)|projekt(?:in|et|ets|issa)?|kokonaisuu(?:s|den|delle)|"
    r"koko\s+hank\w*|hela\s+projekt\w*|whole\s+project|entire\s+project|the\s+project)\b",
    re.I,
)
#: The kinds of a sum a sentence states (``sumunits.file_sums`` files them), not a table's.
_SUMS = ("granted", "applied", "estimate", "returned")
#: The most words of a part's name read from a sentence.
_MAX_NAME_WORDS = 10
#: The elements at the text's start where its lead paragraph may stand.
_LEAD_WITHIN = 15


class Lead(NamedTuple):
    """The part a text's lead sentence introduces, its line, and the whole's name said there."""

    part: Reference
    line: int
    whole: str


def _prose(text: str) -> bool:
    """A paragraph of running text: several words and a sentence's end."""
    return len(text.split()) >= 6 and re.search(r"[.!?](?:\s|$)", text) is not None


def _first_sentence(text: str) -> str:
    flat = " ".join(text.split())
    return re.split(r"(?<=[^\W\d_)])[.!?](?:\s+(?=[A-ZÅÄÖ0-9])|$)", flat, maxsplit=1)[0]


def part_name(after: str) -> str:
    """The part's name after its number ("2: Kotisairaala kaikkiin kuntiin päättyi …" gives "Kotisairaala
    kaikkiin kuntiin"): capitalised after a colon or dash, up to the sentence's first verb or joining
    word (``namecuts.without_clause``) or a comma; "" when no name follows the number."""
    m = re.match(r"^\s*[:–—-]\s*(?P<rest>(?-i:[A-ZÅÄÖ])[^,;()]*)", after)
    if m is None:
        # or between commas, an apposition: "delprojekt 3, Mobil munhälsovård, slutförde …"
        apposition = re.match(r"^\s*,\s*(?P<name>(?-i:[A-ZÅÄÖ])[^,;:()]{2,80}?)\s*,", after)
        name = apposition.group("name").strip() if apposition else ""
        return name if name and len(name.split()) <= _MAX_NAME_WORDS else ""
    rest = m.group("rest").strip()
    name = without_clause(rest.rstrip(".") + ".")
    return "" if name == rest.rstrip(".") + "." or len(name.split()) > _MAX_NAME_WORDS else name


#: Lower-case words that stand inside a project's name: a genitive ("Kestävän kasvun") or a small word.
_INNER = re.compile(r"^(?:\w+n|ja|sekä|och|i|på|för|av)$")


def _genitive_name(before: str, hyphen: bool) -> str:
    """The project's name in its base form from the words before its genitive word: capitalised words
    and the genitives or small words between them, from the last run ("Tänä vuonna Kanta-Hämeen
    Kestävän kasvun" gives "Kanta-Hämeen Kestävän kasvun hanke"); "" when none is capitalised."""
    words = before.split()
    taken: list[str] = []
    for word in reversed(words[-8:]):
        if not (word[:1].isupper() or _INNER.match(word)):
            break
        taken.append(word)
    while taken and not taken[-1][:1].isupper():
        taken.pop()
    if not taken:
        return ""
    name = " ".join(reversed(taken))
    return f"{name} -hanke" if hyphen else f"{name} hanke"


def lead(ctx: Context) -> Lead | None:
    """The part the text's lead sentence introduces as a part of the project it names, else None."""
    prose = [e for e in paragraphs(ctx.seg.elements[:_LEAD_WITHIN]) if _prose(e.text)]
    if not prose:
        return None
    element = prose[0]
    sentence = _first_sentence(element.text)
    found = list(part_pattern().finditer(sentence))
    if len({m.group("num") for m in found}) != 1:
        return None
    m = found[0]
    key = part_words()[m.group("word").lower()]
    if key == "work-package":
        return None
    before = _WHOLE_BEFORE.search(sentence[: m.start()])
    after = _WHOLE_AFTER.search(sentence[m.end() :])
    if before is None and after is None:
        return None  # the part alone, its project not named: a mention in passing
    whole = ""
    if before is not None and before.group("whole"):
        hyphen = re.search(r"[-–]\s*\w+\s*$", sentence[: m.start()]) is not None
        whole = _genitive_name(before.group("whole"), hyphen)
    elif before is not None:
        whole = "".join(before.group(g) or "" for g in ("sv", "en", "sv_in", "fi_in", "en_in")).strip()
        whole = f"{whole} -hanke" if before.group("fi_in") else re.sub(r"^(?:The|A)\s+", "", whole)
    elif after is not None:
        whole = (after.group("sv_dated") or after.group("sv") or after.group("en") or "").strip()
    tail = sentence[m.end() :]
    if after is not None:
        tail = tail[: after.start()]
    name = part_name(tail)
    word = m.group("word")
    word = word[:1].upper() + word[1:].lower() if not word[1:].islower() else word[:1].upper() + word[1:]
    level = "investment" if key == "investment" else "subproject"
    return Lead(Reference(level, word, m.group("num"), name), element.first, whole)


def _caption(elements: list[Element], line: int) -> str:
    """The heading or caption line over the fact read at ``line``: the nearest heading or short line
    that is no sentence above it."""
    above = [
        e
        for e in elements
        if e.last < line
        and (e.type in ("heading", "text", "part") or (e.type == "field" and not e.value.strip()))
    ]
    for element in reversed(above):
        text = element.text.strip()
        if element.type == "heading" or (len(text) <= 80 and not _prose(text)):
            return text
    return ""


def _named_part(ctx: Context, whole: Project, said: Lead) -> Project | None:
    """The part of ``said``'s word and number, found or made, named by the lead's name when it had none
    or the whole sentence as its name."""
    part = target(ctx, said.part)
    if part is None or part is whole:
        return None
    own = match_part_line(part.name)
    name = said.part.name
    if name and own is not None and own[3] != name and (not own[3] or own[3].startswith(name + " ")):
        label = f"{own[1]} {own[2]}: {name}"
        old = part.path
        part.name, part.path = label, (*old[:-1], label)
        for other in ctx.projects:
            if other is not part and other.path[: len(old)] == old:
                other.path = (*part.path, *other.path[len(old) :])
    return part


def _rename_whole(ctx: Context, whole: Project, said: Lead) -> None:
    """The whole takes the name the lead gives it when its own came from a line that names no project:
    a news headline ("Distansrehabilitering blir en del av vardagen", "Kotisairaala laajeni koko
    maakuntaan – Kestävän kasvun hanke"), the file's name."""
    if not said.whole or whole.name.casefold() == said.whole.casefold():
        return
    if whole is ctx.fallback or not PROJECT_WORDS.search(whole.name) or weak_title(whole.name):
        rename(ctx, whole, said.whole, Span(said.line, said.line, said.whole))


def _other_parts(ctx: Context, whole: Project, said: Lead) -> bool:
    """The document heads or fills in parts besides the lead's: a report of several parts."""
    for element in ctx.seg.elements:
        if element.type == "part":
            own = match_part_line(element.text.strip("*_# ").split(". ")[0])
            if own is not None and own[2] != said.part.number:
                return True
    return any(
        p is not whole
        and (own := match_part_line(p.name)) is not None
        and own[2] != said.part.number
        and (p.lights or any(len(s.lines) > 1 for s in p.costs))
        for p in ctx.projects
    )


def file_under_lead_part(ctx: Context) -> None:
    """The lights and cost tables after a lead sentence introducing one part go to it (see the module)."""
    whole = ctx.root
    if whole is None or whole.level != "project" or whole.parent is not None:
        return
    said = lead(ctx)
    if said is None or _other_parts(ctx, whole, said):
        return
    part = _named_part(ctx, whole, said)
    if part is None or part.parent is not whole:
        return
    elements = ctx.seg.elements
    _rename_whole(ctx, whole, said)
    for source, owner in ((whole, part), (part, whole)):
        for statement in [s for s in source.costs if s.kind not in _SUMS and s.span.first > said.line]:
            if bool(_WHOLE_CAPTION.search(_caption(elements, statement.span.first))) == (owner is whole):
                source.costs.remove(statement)
                owner.costs.append(statement)
        for light in [x for x in source.lights if x.span.first > said.line]:
            if bool(_WHOLE_CAPTION.search(_caption(elements, light.span.first))) == (owner is whole):
                source.lights.remove(light)
                owner.lights.append(light)
    file_sums(ctx, (part, whole, False))


#: For ``partends``, which files the lead's part's lights and tables while the text is read.
WHOLE_CAPTION = _WHOLE_CAPTION
caption = _caption
named_part = _named_part
