"""Cost tables and lights filed under the part that their caption or section heading names.

A report often keeps its parts out of the headings that own text and names them where
it qualifies a table or a section: a caption "Taulukko 1. Investointi 1: Hoitojonojen
purku, kertymä 31.8.2023 (€)" or "Investering 4, kostnadsförslag per kostnadsslag"
right above a table, a caption "Koko hanke, raportointijakso …" for the whole, or a
numbered section "2  LIIKENNEVALOT, INVESTOINTI 4" whose lights and tables run to the
next section of the same level. Such a line is no part heading (the text after the
section is not the part's), so the walk files what it reads under the current unit;
at the end each cost statement and light read inside that caption's table or that
section moves to the part named (found by its word and number, made when new) or the
whole. The words of parts are the ``project-part`` vocabulary's (``partwords.py``).
"""

from __future__ import annotations

import re
from typing import NamedTuple

from hankegraafi.ingest.facts.context import Context
from hankegraafi.ingest.facts.model import Project, Span
from hankegraafi.ingest.facts.partcodes import coded_part, give_back_listed
from hankegraafi.ingest.facts.partmoney import settle
from hankegraafi.ingest.facts.partruns import run_end
from hankegraafi.ingest.facts.partwords import (
    document_words,
    from_scheme,
    kind_of,
    match_part_line,
    part_stems,
    part_words,
)
from hankegraafi.ingest.facts.wholedoc import after
from hankegraafi.ingest.segment import Element
from hankegraafi.ontology import registry

#: An outline number at the start of a heading: "2  LIIKENNEVALOT", "4.2 Kumulatiivinen …".
_OUTLINE = re.compile(r"^\s*(\d{1,2}(?:\.\d{1,2})*)\.?\s+(?=[A-ZÅÄÖ])")
#: A caption or heading about the whole project rather than one of its parts (fi, sv, en).
_WHOLE = re.compile(
    r"\b(?:koko\s+hank(?:e|ke(?:en|elle|essa|esta|eella))|hela\s+projekt(?:et|ets)|whole\s+project|entire\s+project)\b"
    # the whole project's time, not the whole project: "Budget for the whole project period", "koko hankkeen ajalle"
    r"(?!\s+(?:period|duration|ajalle|ajan|aikana|tiden)\b)",
    re.I,
)
#: A caption that spreads its table over the parts ("osahankkeittain", "per delprojekt", "by subproject"): no one
#: part's and not the whole's alone, whatever else it says ("Budget for the whole project by subproject").
_BY_PART = re.compile(
    r"\w+(?:hankkeittain|paketeittain|investoinneittain|kokonaisuuksittain)\b|\bper\s+(?:delprojekt|investering|"
    r"arbetspaket)\b|\bby\s+(?:sub-?projects?|investments?|work\s*packages?|work\s*streams?)\b",
    re.I,
)
#: The name after a part's number: "Investointi 1: X, kertymä …", "Investointi 2 (X), …", "– X".
_NAME_AFTER = re.compile(
    r"^\s*(?:[:–—-]\s*(?P<plain>[^,(]{3,80}?)|\((?P<bracketed>[^()]{3,80})\))\s*(?:[,(]|$)"
)
#: A caption line's longest length and a table's farthest distance below it.
_MAX_CAPTION = 160
_MAX_GAP = 2


#: A part's number is no date: "Läget per delprojekt 31.3.2024", "investoinneittain 31.12.2022" give the
#: day a caption's figures stand at, not a part numbered 31.3 (the number ends where no ".digit" goes on).
_NOT_A_DATE = r"(?!\.\d)"


class Reference(NamedTuple):
    """The part a caption or heading names: its level, word, number and name (may be empty)."""

    level: str  # investment, subproject
    word: str
    number: str
    name: str


def _pattern() -> re.Pattern[str]:
    """A word of an investment or sub-project and its number anywhere in a line, in any case."""

    def build(_: registry.Scheme) -> re.Pattern[str]:
        words = sorted((w for w, key in part_words().items() if key != "work-package"), key=len, reverse=True)
        alternatives = "|".join(re.escape(w) for w in words)
        return re.compile(rf"\b(?P<word>{alternatives})\s+(?P<num>\d+(?:\.\d+)?)\b{_NOT_A_DATE}", re.I)

    return from_scheme("project-part", "reference", build)


def _package_pattern() -> re.Pattern[str]:
    """A work package's word and its number anywhere in a line (:func:`_pattern` for the work packages)."""

    def build(_: registry.Scheme) -> re.Pattern[str]:
        words = sorted((w for w, key in part_words().items() if key == "work-package"), key=len, reverse=True)
        alternatives = "|".join(re.escape(w) for w in words)
        return re.compile(rf"\b(?P<word>{alternatives})\s+(?P<num>\d+(?:\.\d+)?)\b{_NOT_A_DATE}", re.I)

    return from_scheme("project-part", "package-reference", build)


def reference(text: str) -> Reference | str | None:
    """The part (or ``"whole"``) a caption or heading qualifies its content by, else None.

    A line that is a part heading itself is the walk's; two parts in one line name neither.
    """
    line = text.strip().strip("#*_ ")
    if not line or len(line) > _MAX_CAPTION or "\t" in line or match_part_line(line) is not None:
        return None
    found = list(_pattern().finditer(line))
    if not found:  # "Talous: Työpaketti 1: X" over a package's own table, where packages report as parts
        found = [m for m in _package_pattern().finditer(line) if kind_of(m.group("word")) == "sub-project"]
    if len({m.group("num") for m in found}) > 1:
        return None
    if not found:
        whole = _WHOLE.search(line) is not None and _BY_PART.search(line) is None
        return inflected_reference(line) or ("whole" if whole else None)
    m = found[0]
    key = part_words()[m.group("word").lower()]
    word = (
        m.group("word")
        if m.group("word")[1:].islower() and m.group("word")[:1].isupper()
        else m.group("word").capitalize()
    )
    after = _NAME_AFTER.match(line[m.end() :])
    name = ((after.group("plain") or after.group("bracketed")) if after else "") or ""
    if name and not (name[:1].isupper() and not re.search(r"\d{1,2}\.\d{1,2}\.", name)):
        name = ""  # "– kustannukset 1.1.–30.6.": what follows is the caption's own words
    return Reference("investment" if key == "investment" else "subproject", word, m.group("num"), name.strip())


def _inflected() -> tuple[re.Pattern[str], dict[str, str]]:
    """Any inflected form of a part's word before its number ("Investoinnille 4", "investeringen 2",
    "osakokonaisuuden 1"), with the part's name in brackets after it when given; and each stem's word."""

    def build(_: registry.Scheme) -> tuple[re.Pattern[str], dict[str, str]]:
        words = {w: key for w, key in part_words().items() if key != "work-package" and " " not in w}
        stems = {w[:-2] if len(w) > 6 else w: w for w in sorted(words, key=len)}
        alternatives = "|".join(re.escape(stem) for stem in sorted(stems, key=len, reverse=True))
        pattern = re.compile(
            rf"\b(?P<stem>{alternatives})\w*\s+(?P<num>\d+(?:\.\d+)?)\b{_NOT_A_DATE}(?!\s*(?:ja|och|and|,|–|-)\s*\d)"
            r"(?:\s*\(\s*[*_]*(?P<name>[^()*_]{3,80}?)[*_]*\s*\))?",
            re.I,
        )
        return pattern, stems

    return from_scheme("project-part", "inflected", build)


def inflected_reference(line: str, named: bool = False) -> Reference | None:
    """A heading or caption naming one part in an inflected form ("Investoinnin 3 tilannekatsaus",
    "Investoinnin 3 talous, euroa", "Osakokonaisuuden 2 kustannukset"): that part, by number only, or
    with the name in brackets after it when ``named`` ("osahanketta 2 (Mobiilineuvola)")."""
    pattern, stems = _inflected()
    found = list(pattern.finditer(line))
    if not found or len({m.group("num") for m in found}) > 1:
        return None
    m = next((x for x in found if x.group("name")), found[0]) if named else found[0]
    word = stems[next(stem for stem in stems if stem.casefold() == m.group("stem").casefold())]
    key = part_words()[word]
    name = (m.group("name") or "").strip() if named else ""
    return Reference(
        "investment" if key == "investment" else "subproject", word[:1].upper() + word[1:], m.group("num"), name
    )


#: The name after a part's word in a sentence: capitalised, to the sentence's end (at most eight words).
_BARE_NAME = r"(?-i:[A-ZÅÄÖ])[^.;:!?()\d]{2,80}?(?=\s*(?:[.;!?]|$))"


def said_reference(line: str) -> Reference | None:
    """The one part a sentence names as what it is about, by its word and a name written out: the word
    in any case and the bare name after it ("tämä katsaus koskee osakokonaisuutta Etäkuntoutus kotiin.",
    "Rapporten gäller delprojektet Hemrehabilitering."), or the part's own line inside the sentence
    ("Raportti koskee osaa **Osakokonaisuus 2: Mielenterveyspalvelut**."). None for a part named by
    number alone, two parts, or a lower-case word after the part's word (a sentence going on).

    Class read: an e-mail's, a page's or a report's opening sentence saying which part the text reports
    on, in the words of its writer rather than a field of a form (``subject._said_in_text`` reads it
    only in a line that says what the text is about).
    """
    clean = re.sub(r"\*\*|__", "", line)
    numbered = list(_pattern().finditer(clean))
    if len({m.group("num") for m in numbered}) == 1:
        rest = re.split(r"(?<=[^\W\d_)])\.(?:\s|$)", clean[numbered[0].start() :], maxsplit=1)[0]
        found = match_part_line(rest)
        if found is not None and found[3] and found[0] != "work-package":
            level = "investment" if found[0] == "investment" else "subproject"
            return Reference(level, found[1], found[2], found[3])
        return None
    if numbered:
        return None
    pattern, stems = _bare()
    hits = list(pattern.finditer(clean))
    if len(hits) != 1 or len(hits[0].group("name").split()) > 8 or _SEVERAL.search(hits[0].group("name")):
        return None  # "kuuluvat osahankkeet Kotihoito ja Etäkuntoutus": two parts, no one part
    m = hits[0]
    word = stems[next(stem for stem in stems if stem.casefold() == m.group("stem").casefold())]
    level = "investment" if part_words()[word] == "investment" else "subproject"
    return Reference(level, word[:1].upper() + word[1:], "", m.group("name").strip())


#: Names joined in one: a comma, or "ja"/"och"/"and" before a capitalised word ("Kotihoito ja Etäkuntoutus").
_SEVERAL = re.compile(r",\s|\s(?:ja|och|and)\s+(?-i:[A-ZÅÄÖ])")


def _bare() -> tuple[re.Pattern[str], dict[str, str]]:
    """A part's word in any case followed by a capitalised name (:func:`said_reference`)."""

    def build(_: registry.Scheme) -> tuple[re.Pattern[str], dict[str, str]]:
        stems = _inflected()[1]
        alternatives = "|".join(re.escape(stem) for stem in sorted(stems, key=len, reverse=True))
        return re.compile(rf"\b(?P<stem>{alternatives})\w*\s+(?P<name>{_BARE_NAME})", re.IGNORECASE), stems

    return from_scheme("project-part", "bare", build)


def part_in_sentence(ctx: Context, sentence: str) -> Project | None:
    """The part a sentence names by its word and number in any case ("Investoinnille 3 (X) myönnettiin
    250 000 euroa"): a known part, or one made when the sentence gives its name too. A sentence
    naming two parts ("investoinnista 1 investointiin 4") names neither."""
    pattern, stems = _inflected()
    found = list(pattern.finditer(sentence))
    if not found or len({m.group("num") for m in found}) > 1:
        return None
    m = next((x for x in found if x.group("name")), found[0])
    word = stems[next(stem for stem in stems if stem.casefold() == m.group("stem").casefold())]
    key = part_words()[word]
    level = "investment" if key == "investment" else "subproject"
    named = Reference(level, word[:1].upper() + word[1:], m.group("num"), (m.group("name") or "").strip())
    known = [p for p in ctx.projects if p.level == level and _numbered(p, named)]
    if known or not named.name:
        return known[0] if known else None
    return _target(ctx, named)


def _numbered(project: Project, named: Reference) -> bool:
    own = match_part_line(project.name)
    return (
        own is not None
        and own[2] == named.number
        and (named.level == "investment" or own[1].casefold() == named.word.casefold())
    )


def _depth(text: str) -> int | None:
    m = _OUTLINE.match(text)
    return len(m.group(1).split(".")) if m else None


def _scope(elements: list[Element], index: int) -> tuple[int, int] | None:
    """The lines a caption or heading at ``index`` qualifies: a numbered or marked heading's section
    (to the next heading of its level), else the table right below a caption line."""
    element = elements[index]
    following = elements[index + 1] if index + 1 < len(elements) else None
    depth = _depth(element.text)
    if depth is None and element.type != "heading":
        # A caption: the table right below it, nothing after.
        if (
            following is not None
            and following.type == "table"
            and following.first - element.last <= _MAX_GAP + 1
        ):
            return following.first, following.last
        return None
    last = elements[-1].last if elements else element.last
    for later in after(elements, index):
        if later.type not in ("heading", "text", "part"):
            continue
        later_depth = _depth(later.text)
        if (depth is not None and later_depth is not None and later_depth <= depth) or (
            depth is None and later.type in ("heading", "part")
        ):
            last = later.first - 1
            break
    return element.last + 1, last


def _target(ctx: Context, named: Reference | str) -> Project | None:
    """The project a reference names: the whole, or the part of that word and number (made when new)."""
    if isinstance(named, str):
        return ctx.root
    if not named.number:  # a part named by its bare name ("osakokonaisuutta Etäkuntoutus kotiin")
        if ctx.root is None or not named.name:
            return None
        same = [p for p in ctx.projects if p.name.casefold() == named.name.casefold() and p is not ctx.root]
        return same[0] if same else ctx.new_project(named.level, named.name, Span(0, 0, ""), ctx.root)
    candidates = [
        p
        for p in ctx.projects
        if p.level == named.level
        and (own := match_part_line(p.name)) is not None
        and own[2] == named.number
        and (named.level == "investment" or own[1].casefold() == named.word.casefold())
    ]
    if candidates:
        return max(candidates, key=lambda p: bool((match_part_line(p.name) or ("", "", "", ""))[3]))
    if ctx.root is None:
        return None
    label = f"{named.word} {named.number}: {named.name}" if named.name else f"{named.word} {named.number}"
    return ctx.new_project(named.level, label, Span(0, 0, ""), ctx.root, named.number)


def _within(project: Project, ancestor: Project) -> bool:
    while project is not None:
        if project is ancestor:
            return True
        project = project.parent  # type: ignore[assignment]
    return False


def _numbers(element: Element) -> tuple[int, ...] | None:
    """The outline number of a heading-like line ("2.1 Toimenpidekokonaisuus 1: X", "3 Talous"), else None.

    Only a heading or a short line that is no sentence counts: "3. Hoitotakuu toteutuu kaikissa
    kunnissa vuoteen 2025 mennessä." is an item of a numbered list, not a section."""
    text = element.text.strip()
    m = _OUTLINE.match(text)
    if m is None or element.first != element.last or element.type not in ("heading", "text", "part"):
        return None
    if element.type == "text" and (len(text) > 60 or text.endswith((".", "!", "?", ":"))):
        return None
    return tuple(int(n) for n in m.group(1).split("."))


def _later(number: tuple[int, ...], reference: tuple[int, ...]) -> bool:
    """``number`` is a section after ``reference`` at its level or above ("3" after "2.1", "2.2" after "2.1")."""
    return len(number) <= len(reference) and number > reference[: len(number)]


def _move(source: Project, target: Project, first: int, last: int, keep: set[int] | None = None) -> None:
    """The cost statements and lights of ``source`` read on lines ``first``..``last`` go to ``target``,
    except those read on a line in ``keep``."""
    kept = keep or set()
    for statement in [s for s in source.costs if first <= s.span.first <= last and s.span.first not in kept]:
        source.costs.remove(statement)
        target.costs.append(statement)
    for light in [x for x in source.lights if first <= x.span.first <= last and x.span.first not in kept]:
        source.lights.remove(light)
        target.lights.append(light)


def _naming(elements: list[Element], project: Project) -> set[int]:
    """The first lines of the tables and light rows that name ``project`` by its number themselves
    ("Kustannuslaji | Investointi 1 | Investointi 2", "Investointi 4: X | K | V"): what they hold
    is the part's by their own words, wherever the part's section ended."""
    own = match_part_line(project.name)
    if own is None:
        return set()
    words = "|".join(re.escape(w) for w in document_words())  # the document's own too ("Arbetslinje 2")
    mine = re.compile(rf"\b(?:{words})\s+(?P<num>\d{{1,2}}|(?-i:[A-H]))\b", re.I) if words else _pattern()
    found: set[int] = set()
    header = -1  # the last line of a header row naming the part, over light rows the segmenter parted
    for e in elements:
        if e.type in ("table", "light") and any(
            m.group("num") == own[2] for p in (_pattern(), mine) for m in p.finditer(e.text)
        ):
            found.add(e.first)
            header = e.last
        elif e.type == "light" and e.first == header + 1:
            found.add(e.first)  # "Område | Arbetslinje 1 | Arbetslinje 2" over "Tidsplan | grön | gul"
            header = e.last
    return found


def _part_of(ctx: Context, element: Element) -> Project | None:
    """The project a part element started or resumed: made on its line, or named by its label."""
    value = element.value.strip()
    for project in ctx.projects:
        if project.level in ("investment", "subproject") and (
            project.span.first == element.first
            or (value and (project.name == value or project.name.endswith(": " + value)))
        ):
            return project
    found = match_part_line(element.text)
    if found is not None and not found[3]:  # "Investointi 2" again: the part of that number
        level = "investment" if found[0] == "investment" else "subproject"
        named = Reference(level, found[1], found[2], "")
        return next((p for p in ctx.projects if p.level == level and _numbered(p, named)), None)
    return None


def _over_its_table(element: Element, project: Project, later: list[Element]) -> bool:
    """A heading of the part's word and number alone that names again a part made further up and
    stands right over a table."""
    found = match_part_line(element.text)
    return (
        found is not None
        and not found[3]
        and project.span.first < element.first
        and bool(later)
        and later[0].type == "table"
    )


def end_parts(ctx: Context) -> None:
    """A part heading in a numbered outline ends at the next section after it at its level or above.

    "2.1 Toimenpidekokonaisuus 1: X" ends at "2.2 …" or "3 Talous"; a part without a number
    inside "3 INVESTOINNIT" ends at "4 …". The walk keeps the last part current until another
    part begins, so the tables and lights after its end go back to the unit above it.
    """
    elements = ctx.seg.elements
    section: tuple[int, ...] | None = None
    for index, element in enumerate(elements):
        numbers = _numbers(element)
        if element.type != "part":
            section = numbers or section
            continue
        reference = numbers or section
        project = _part_of(ctx, element)
        following = elements[index + 1 : index + 2]
        if project is not None and project.parent is not None and _over_its_table(element, project, following):
            # "Investointi 2" again, by number alone, right over its table: a caption of the table, after
            # which the text is the whole's again ("Käyttämättä jäänyt avustus … palautetaan").
            stop = next((e.first - 1 for e in after(elements, index + 1) if e.type == "part"), None)
            last = stop if stop is not None else ctx.result.line_count or 10**9
            _move(project, project.parent, following[0].last + 1, last, _naming(elements, project))
            continue
        if reference is None or project is None or project.parent is None:
            continue
        end = next(
            (e for e in after(elements, index) if (n := _numbers(e)) is not None and _later(n, reference)), None
        )
        if end is None or end.type == "part":
            continue  # the next part begins there: the walk filed what follows under it
        stop = next(
            (e.first - 1 for e in after(elements, index) if e.type == "part" and e.first > end.first), None
        )
        last = stop if stop is not None else ctx.result.line_count or 10**9
        _move(project, project.parent, end.first, last, _naming(elements, project))


#: Fewest parts in a run that show its shape (``close_last_of_run``).
MIN_RUN = 2


def close_last_of_run(ctx: Context) -> None:
    """The last of a run of parts ends at the first heading after it, when the parts before it hold none.

    Class read: a document that presents its parts one after another, each a heading over a short
    text or its own lights ("Osahankkeet" over "Osahanke 1: A" / a sentence / "Osahanke 2: B" / a
    sentence), and then goes on with the whole project's sections ("Liikennevalot", "Tavoitteet",
    "Talous"). In the page the part headings stand a level below the whole's (an h3 under an h2, a
    smaller style), but the lines the readers give keep no level, and the walk keeps the last part
    current until another part begins: every light and cost table of the whole was filed under the
    last part. The parts before it show the run's shape: when none of them holds a heading of its
    own, a heading after the last part's text is not a section inside that part but the next section
    of the whole, and the lights and cost statements after it go back to the part's parent, except
    those of a table or light row that names the part itself (``_naming``); a caption naming the
    part still gives its table to it (``refile`` runs after this).

    Parts with their ratings alone end at a caption too (``partruns``). Left as they are: a single part, a
    run whose parts hold headings of their own, a part of the same parent before the run with a heading
    between (not one shape), and numbered outlines, which ``end_parts`` closes by number.
    """
    elements = ctx.seg.elements
    parts = [
        (index, _part_of(ctx, element)) for index, element in enumerate(elements) if element.type == "part"
    ]
    known = [(index, project) for index, project in parts if project is not None and project.parent is not None]
    if len(known) < MIN_RUN or len(known) != len(parts):
        return
    parent = known[-1][1].parent
    run: list[tuple[int, Project]] = []
    for index, project in reversed(known):
        if project.parent is not parent:
            break
        if run and any(e.type == "heading" for e in elements[index + 1 : run[-1][0]]):
            break  # a heading between two parts: the parts hold headings of their own
        run.append((index, project))
    if (
        len(run) < MIN_RUN
        or parent is None
        or any(p.parent is parent for _, p in known[: len(known) - len(run)])
    ):
        return
    last_index, last = run[0]
    heading = run_end(elements, [i for i, _ in reversed(run)], caption_line, own_part_caption)
    if heading is not None and _numbers(heading) is None and _numbers(elements[last_index]) is None:
        _move(last, parent, heading.first, ctx.result.line_count or 10**9, _naming(elements, last))


def _sentence(text: str) -> bool:
    """A line of running text: six words or more and a sentence's end."""
    return len(text.split()) >= 6 and re.search(r"[^\W\d_]\.(?:\s|$)", text) is not None


def caption_line(element: Element) -> bool:
    """A heading, or a short line of text that is no sentence and no list item: a caption; also a label
    the segmenter read as a field's with no value ("Hela projektet" as a "part-of" field)."""
    return (
        element.type == "heading"
        or (element.type == "text" and len(element.text) <= 80 and not _sentence(element.text))
        or (element.type == "field" and not element.value.strip() and len(element.text.strip()) <= 80)
    ) and element.text.strip()[:1] not in "-•*"


def sentence_end(elements: list[Element], index: int) -> int | None:
    """The line where the section of a part opened by a sentence (``elements[index]``) ends: the first
    caption after it before the next part; None when the part is no sentence or no caption follows."""
    element = elements[index]
    if element.type != "part" or not _sentence(element.text):
        return None
    for later in after(elements, index):
        if later.type == "part":
            return None
        if caption_line(later) and not own_part_caption(later.text):
            return later.first
    return None


#: The English words for a part with the article, where a caption names "the" part ("Status of the work stream").
_THE_PART = re.compile(r"\b(?:the|this)\s+(?:work\s+stream|work\s+package|sub-?project|investment)\b", re.I)


def own_part_caption(text: str) -> bool:
    """A caption naming a part by its word alone, no number ("Osahankkeen tilanne 30.9.2025", "Delprojektets
    läge", "Status of the work stream, 30 September 2024"): the part the text is in, whose section goes on."""
    text = text.strip()
    return inflected_reference(text) is None and bool(part_stems().search(text) or _THE_PART.search(text))


#: A caption that rates or reckons the whole project as one, beside ``_WHOLE``'s words (fi, sv, en):
#: "Hankkeen kokonaistilanne", "Kokonaisarvio", "Hanke kokonaisuutena", "Helhetsläget", "Projektet som
#: helhet", "Overall status", "The project as a whole".
_OVERALL = re.compile(
    r"\b(?:kokonais(?:tilan|arvi|kuva|tilanne)\w*|kokonaisuutena|kokonaisuudessaan|helhets\w+|"
    r"(?:som|i\s+sin)\s+helhet|in\s+its\s+entirety|"
    r"overall\s+(?:status|situation|assessment|picture|rating|progress)|as\s+a\s+whole)\b",
    re.I,
)


def whole_caption(element: Element) -> bool:
    """A heading or caption line that names the whole project ("Koko hankkeen tilannekuva", "Hela
    projektets läge", "Läget för hela projektet", "Hankkeen kokonaistilanne") and no part."""
    if not caption_line(element) or element.first != element.last:
        return False
    named = reference(element.text)
    return named == "whole" or (named is None and _OVERALL.search(element.text) is not None)


def close_sentence_parts(ctx: Context) -> None:
    """A part opened by a sentence about it keeps only what stands right under the sentence.

    Class read: a minute's, a page's or an e-mail's sentence that begins with a part's word and
    number ("Investering 2: Digitala tjänster har en budget på 1 150 000 euro.", "Osahanke A: X sai
    uuden ohjaajan.") is read as the part's line, and the walk keeps the part current until another
    part begins. A caption or heading after it ("Läget 31.5.2023", "Kostnader") starts the text's
    next matter, the whole's: the lights and tables from there to the next part go back to the part's
    parent, except those of a table or light row naming the part itself (``_naming``). What stands
    right under the sentence, before any such line (its own lights, a list), stays the part's.
    ``partends`` ends the part at the same line while the document is read."""
    elements = ctx.seg.elements
    for index, element in enumerate(elements):
        end = sentence_end(elements, index)
        project = _part_of(ctx, element) if end is not None else None
        if end is None or project is None or project.parent is None:
            continue
        stop = next(
            (e.first - 1 for e in after(elements, index) if e.type == "part"), ctx.result.line_count or 10**9
        )
        _move(project, project.parent, end, stop, _naming(elements, project))


def refile(ctx: Context) -> None:
    """Each cost statement and light read inside a qualified table or section moves to its part."""
    end_parts(ctx)
    close_last_of_run(ctx)
    close_sentence_parts(ctx)
    give_back_listed(ctx, _naming)  # parts listed one a line: the costs after the list are the whole's
    elements = ctx.seg.elements
    for index, element in enumerate(elements):
        if element.type not in ("heading", "text") or element.first != element.last:
            continue
        if element.type == "text" and (
            element.text.lstrip()[:1] in "-•*" or element.text.rstrip().endswith(".")
        ):
            continue  # a list item or a sentence, not a caption or heading
        coded = coded_part(ctx.projects, element.text)  # "Kustannukset, TP1 (€)": the part by its code
        named = reference(element.text) or (Reference(*coded, "") if coded else None)
        scope = _scope(elements, index) if named is not None else None
        if named is None or scope is None:
            continue
        target = _target(ctx, named)
        if target is None:
            continue
        first, last = scope
        for project in list(ctx.projects):
            if project is target or (target is not ctx.root and _within(project, target)):
                continue  # a sub-project's own table inside its investment's section stays its own
            _move(project, target, first, last)
    settle(ctx)  # the parts' money: one estimate each, returns to the grant, the whole's sums


#: For a document's subject (facts/subject.py): a part's word and number in a line, and the project a
#: reference names (made when new); for ``partends``: the project a part element made or resumed.
part_pattern = _pattern
target = _target
part_of = _part_of
naming = _naming
