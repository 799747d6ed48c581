"""Ordinal symbol scales of lights: Harvey balls, weather symbols, faces, thumbs (``light-scale`` vocabulary).

A report may rate its dimensions with the grades of a family of symbols ("Aikataulu: ☀️", "◑ | ●", "Tidplan
:-)", "👎 Kustannukset: …"). Each grade is a concept of ``ontology/vocab/status.ttl`` (scheme
``light-scale``): its key the family and its rank, 1 the best; its hidden labels the symbols and spellings
that print it. The class:

* The document's own legend decides what a mark means (``lightvalues.document_legend``); a legend's grade in
  words the vocabulary does not know ("◕ lähes", "◔ heikosti") takes its family's order: the best grade is
  on plan, every other grade a deviation (:func:`ranked`).
* Without a legend, a family's grades are read by that order only when the document rates with two grades
  of the family or more, each where a rating stands: alone in a cell, after a short label, or before one
  (:func:`scale_legend`). A lone "●" is a bullet, a "☀️" in a greeting decoration.

Emoji are printed with a variation selector ("☀️" is "☀" and U+FE0F) and faces in ASCII (":-)"): both are
spelt as the family's first symbol before anything is read (:func:`spelt`).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable

from hankegraafi.ingest import cues
from hankegraafi.ingest.lightwords import colour_word, hue_word, symbols
from hankegraafi.ontology import registry

#: The vocabulary scheme of the scales.
SCALE_SCHEME = "light-scale"
#: Variation selectors and the zero-width joiner print a symbol, they are no part of its meaning.
_SELECTORS = re.compile("[\ufe0e\ufe0f\u200d]")
#: A label longer than this is prose, not one a grade stands after ("Aikataulu: ☀", "Budget 😐  fuel …").
_LABEL = 40
#: Symbols lists are bulleted with: before a label such a grade is a bullet, not a rating.
_BULLETS = frozenset("●○◯⬤◦")
#: What parts a line's cells: a tab, a bar, two spaces or more, a semicolon.
_CELL_SPLIT = re.compile(r"\t|\s*\|\s*|\s{2,}|;")


@cues.per_reading
def _grades(scheme: str) -> dict[str, tuple[str, int]]:
    """Symbol or spelling → (family, rank) of every grade of the scales."""
    out: dict[str, tuple[str, int]] = {}
    for concept in registry.scheme(scheme):
        family, _, rank = concept.key.rpartition("-")
        for forms in concept.hidden.values():
            for form in forms:
                out.setdefault(form, (family, int(rank)))
                out.setdefault(form.casefold(), (family, int(rank)))  # "Täysin samaa mieltä", "Strongly agree"
    return out


@cues.per_reading
def _spellings(scheme: str) -> tuple[re.Pattern[str], dict[str, str]]:
    """The pattern of the grades printed in more than one character (":-)", ":|"), and each one's symbol."""
    grades = _grades(scheme)
    first: dict[tuple[str, int], str] = {}
    for form, grade in sorted(grades.items()):  # the same symbol on every reading
        if len(form) == 1:
            first.setdefault(grade, form)
    long = sorted((f for f in grades if len(f) > 1 and grades[f] in first), key=len, reverse=True)
    if not long:
        return re.compile(r"(?!)"), {}
    # A face stands apart: after a space, a bracket or the start, before a space, a mark or the end ("|:-:|" of a
    # Markdown rule, "10:30" and "2:)" are none).
    pattern = re.compile(r"(?<![^\s(\[])(?:" + "|".join(map(re.escape, long)) + r")(?![\w)(|:;/-])")
    return pattern, {f: first[grades[f]] for f in long}


#: What :func:`spelt` changes starts with one of these: a selector, a face's colon, a colour code, a bar.
_TRIGGER = re.compile("[\ufe0e\ufe0f\u200d:;#■●★▰⬤◼█]|rgb")
#: One mark alone in round or square brackets, a variation selector after it or not ("(🟢)", "[🔴]").
_BRACKETED = re.compile("[(\\[]\\s*(?P<mark>[^\\w\\s()\\[\\]])[\ufe0e\ufe0f]?\\s*[)\\]]")
#: A colour written as a code: "#FFC20E", "#0a6", "rgb(0, 166, 81)".
_CODED = re.compile(r"(?<![\w#&])#(?:[0-9a-fA-F]{6}|[0-9a-fA-F]{3})(?![\w-])|\brgba?\([\d\s,.%]+\)")


@functools.lru_cache(maxsize=8192)
def spelt(text: str) -> str:
    """``text`` with each grade printed as its family's symbol: no variation selector ("☀️" → "☀"), a face in
    ASCII as the emoji (":-)" → "🙂"); and a colour written as a code ("#FFC20E", "rgb(0, 166, 81)") as the
    light's colour its hue is (``lightwords.hue_word``: yellow; grey, blue and pale tints stay as written)."""
    if not text:
        return text
    if ("(" in text or "[" in text) and _BRACKETED.search(text):
        # A coloured symbol alone in brackets after its dimension ("Aikataulu (🟢)", "Kustannukset [🔴]"): the symbol.
        text = _BRACKETED.sub(lambda m: m["mark"] if m["mark"] in symbols() else m.group(), text)
    if not _TRIGGER.search(text):
        return text
    text = _SELECTORS.sub("", text)
    if "#" in text or "rgb" in text:
        text = _CODED.sub(lambda m: _hue(m, text), text)
    if _BAR_MARK.search(text):
        # A full bar beside bars of its length with empty marks ("★★★ = …, ★★☆ = …") is their top score: "3/3".
        lengths = {len(m.group("u")) for m in _BAR.finditer(text) if m.group("u")}
        text = _BAR.sub(_score, text)
        text = _FULL.sub(
            lambda m: f"{len(m.group())}/{len(m.group())}" if len(m.group()) in lengths else m.group(), text
        )
    if ":" not in text and ";" not in text:
        return text
    pattern, symbol = _spellings(SCALE_SCHEME)
    return pattern.sub(lambda m: symbol[m.group()], text)


#: A bar of filled and empty marks that prints a score: "[■■■■□] 4/5", "★★★☆☆", "▰▰▱▱▱", "[■■■■■]".
_FILLED, _EMPTY = "■●★▰⬤◼█", "□○☆▱◯◻░"
_BAR_MARK = re.compile(f"[{_FILLED}][{_EMPTY}]|\\[[{_FILLED}]{{2,}}\\]")
_BAR = re.compile(
    f"(?:\\[(?P<b>[{_FILLED}]+[{_EMPTY}]*)\\]|(?P<u>(?<![{_FILLED}{_EMPTY}])[{_FILLED}]+[{_EMPTY}]+)(?![{_FILLED}{_EMPTY}]))"
    r"(?P<given>\s*\d{1,2}\s*/\s*\d{1,2}|\s*\d{1,3}(?:,\d+)?\s*%)?"
)


#: A run of one filled mark alone, two or more: a full bar ("★★★", "▰▰▰▰▰").
_FULL = re.compile(f"(?<![{_FILLED}{_EMPTY}])([{_FILLED}])\\1+(?![{_FILLED}{_EMPTY}])")


def _score(bar: re.Match[str]) -> str:
    """A bar as the score it prints: the score or percentage written after it ("[■■■■□] 4/5" → "4/5"), else its filled
    marks of all its marks ("★★★☆☆" → "3/5"), to be read on the document's scale of scores."""
    if bar.group("given"):
        return bar.group("given").strip()
    marks = bar.group("b") or bar.group("u")
    filled = sum(1 for c in marks if c in _FILLED)
    return f"{filled}/{len(marks)}"


def full_bars(lines: Iterable[str], meant: dict[str, str]) -> dict[str, str]:
    """Mark → value of a bar with every mark filled ("★★★★★") in a document whose other bars print scores out
    of the same length (``★★★☆☆``): the value of the full score on the legend's scale. A run of filled
    marks alone is a legend's mark of its own otherwise ("★★★ = etenee suunnitellusti")."""
    lines = [line for line in lines if _BAR_MARK.search(line)]
    lengths = {len(m.group("u")) for line in lines for m in _BAR.finditer(line) if m.group("u")}
    filled = {m.group("u")[0] for line in lines for m in _BAR.finditer(line) if m.group("u")}
    return {
        mark * n: meant[str(n)]
        for n in lengths
        for mark in filled
        if str(n) in meant and mark * n not in meant and meant[str(n)] in ("on-plan", "deviation")
    }


def _hue(code: re.Match[str], text: str) -> str:
    """The colour word of a colour code, unless the code stands in brackets: "Kostnader (diagramfärg #2E7D32)"
    is the colour a chart draws the costs in, not their rating."""
    before = text[: code.start()]
    if before.count("(") > before.count(")"):
        return code.group()
    return hue_word(code.group()) or code.group()


def grade(mark: str) -> tuple[str, int] | None:
    """(family, rank) of a mark that is a grade of a scale ("◕" → ("harvey", 2)), else None."""
    return _grades(SCALE_SCHEME).get(spelt(mark).strip())


def agreement(answer: str) -> str | None:
    """The light value of an answer on a scale of agreement with a statement ("täysin samaa mieltä" on plan,
    "jokseenkin eri mieltä", "somewhat agree" deviations): the best grade only is on plan."""
    found = _grades(SCALE_SCHEME).get(re.sub(r"[\s.!]+$", "", answer.strip().strip("*_\"' ")).casefold())
    if found is None or found[0] != "agreement":
        return None
    return "on-plan" if found[1] == 1 else "deviation"


#: The answers of a yes-or-no question, each with its opposite.
_OPPOSITE = {"kyllä": "ei", "ja": "nej", "yes": "no", "tosi": "epätosi", "sant": "falskt", "true": "false"}
_OPPOSITE |= {no: yes for yes, no in _OPPOSITE.items()}
#: The answers that deny: in a column that asks after a deviation ("Poikkeama | EPÄTOSI") the dimension is on plan.
DENIALS = frozenset(("ei", "nej", "no", "epätosi", "falskt", "false"))


def other_answer(meant: dict[str, str]) -> dict[str, str]:
    """The other answer of a yes-or-no legend that explains one ("kyllä = osa-alue on ylittänyt hälytysrajan",
    "yes = the limit was crossed"): the other value. A column that asks after a problem answers it so. A count
    of deviations whose zero is explained ("0 betyder att området följer planen"): any other count deviates."""
    if len(meant) != 1:
        return {}
    ((mark, value),) = meant.items()
    other = ">0" if mark == "0" else _OPPOSITE.get(mark.casefold())  # "0 = följer planen": any count deviates
    bound = re.fullmatch(r"(<=|>=|<|>)(\d+(?:\.\d+)?)", mark)
    if bound:  # "värden under 0,8 är avvikelser": the numbers on the other side of the one threshold
        other = {"<": ">=", ">=": "<", ">": "<=", "<=": ">"}[bound.group(1)] + bound.group(2)
    return {other: "on-plan" if value == "deviation" else "deviation"} if other else {}


#: One answer of a yes-or-no question explained in a sentence: "Svaret ja betyder att området har överskridit
#: sin larmgräns", "Vastaus kyllä tarkoittaa, että raja ylittyi", "'Yes' means that the limit was crossed".
_ANSWER_SAID = re.compile(
    r"(?<![\w,.])[\"'“”]?(?P<mark>kyllä|ei|ja|nej|yes|no|0|nolla|noll|zero)[\"'“”]?\s+(?:tarkoittaa|merkitsee|betyder|innebär|means)"
    r"\s*,?\s*(?:että|att|that)?\s+(?P<word>[^.;]+)",
    re.I,
)


def answer_said(line: str) -> tuple[str, str] | None:
    """(answer, what it means) of a sentence that explains one answer of a yes-or-no column (:data:`_ANSWER_SAID`)."""
    low = line.casefold()
    verb = any(v in low for v in ("tarkoit", "merkits", "betyder", "innebär", "means"))
    m = _ANSWER_SAID.search(line) if verb and len(line) <= 200 else None
    mark = m.group("mark").casefold() if m else ""
    return ("0" if mark in ("nolla", "noll", "zero") else mark, m.group("word").strip()) if m else None


def ranked(mark: str) -> str | None:
    """The light value a grade has by its family's order: the best on plan, any other a deviation."""
    found = grade(mark)
    if found is None:
        return None
    return "on-plan" if found[1] == 1 else "deviation"


def _rated_at(line: str) -> list[str]:
    """The grades of one line that stand where a rating stands: alone in a cell, after a short label
    ("Aikataulu: ☀", "Schedule 🙂 the rounds started"), or first before a short label ("👍 Aikataulu pitää")."""
    grades = _grades(SCALE_SCHEME)
    raw = line.strip().lstrip(">").strip().strip("*_-• ").strip()
    if not raw or len(raw) > 200:
        return []
    found: list[str] = []
    cells = [c.strip().strip("*_ ") for c in _CELL_SPLIT.split(raw) if c.strip()]
    for at, cell in enumerate(cells):
        head, _, rest = cell.partition(" ")
        if cell in grades and at > 0:
            found.append(cell)  # alone in a cell beside its label
        elif (
            head in grades
            and head not in _BULLETS
            and rest
            and len(rest) <= _LABEL
            and not rest.rstrip().endswith(".")
        ):
            found.append(head)  # before a short label ("👍 Aikataulu pitää"); "● Aikataulu" is a bullet
        elif at == 0 and (m := re.match(r"^[^\W\d_][^:]{0,40}?[:\s]\s*(\S+)", cell)) and m.group(1) in grades:
            found.append(m.group(1))  # after a short label
    return found


@cues.per_reading
def _symbol_class(scheme: str) -> re.Pattern[str]:
    """Any one-character symbol of a grade, as one character class (a quick test before a line is read)."""
    return re.compile("[" + re.escape("".join(f for f in _grades(scheme) if len(f) == 1)) + "]")


def _colour_header(line: str) -> bool:
    """The line is a header of colours: two cells or more, each a colour word ("Grön    Gul    Röd")."""
    cells = [c.strip() for c in _CELL_SPLIT.split(line.strip()) if c.strip()]
    return len(cells) >= 2 and all(colour_word(c) for c in cells)


def scale_legend(lines: Iterable[str], explained: dict[str, str]) -> dict[str, str]:
    """Mark → light value of the scales the document rates with and its legend does not explain: each family
    of which two grades or more stand where ratings stand, all its symbols by the family's order. A grade the
    legend explains in one of its symbols means the same in the others ("☹" under ":( = ongelma")."""
    grades = _grades(SCALE_SCHEME)
    said: dict[tuple[str, int], set[str]] = {}
    for mark, value in explained.items():
        if mark in grades:
            said.setdefault(grades[mark], set()).add(value)
    # A legend that gives two symbols of one grade two values ("◑ grön, ◐ gul") uses them as marks of its own.
    meant = {g: values.pop() for g, values in said.items() if len(values) == 1}
    same = {
        form: meant[g] for form, g in grades.items() if len(form) == 1 and g in meant and form not in explained
    }
    used: dict[str, set[int]] = {}
    lines = list(lines)
    symbols = _symbol_class(SCALE_SCHEME)
    for line in lines:
        if symbols.search(line) or ":" in line:  # a face may be spelt ":-)"
            for mark in _rated_at(spelt(line)):
                family, rank = grades[mark]
                used.setdefault(family, set()).add(rank)
    # A header of colours ("Grön | Gul | Röd") over rows of "● | ○ | ○": the dots tick a column, they grade nothing.
    if any(len(ranks) >= 2 for ranks in used.values()) and any(_colour_header(line) for line in lines):
        used = {}
    out: dict[str, str] = same
    for form, (family, rank) in grades.items():
        if len(form) == 1 and len(used.get(family, ())) >= 2 and form not in explained and form not in same:
            out[form] = "on-plan" if rank == 1 else "deviation"
    return out


__all__ = [
    "SCALE_SCHEME",
    "agreement",
    "answer_said",
    "full_bars",
    "grade",
    "other_answer",
    "ranked",
    "scale_legend",
    "spelt",
]


#: A legend of a yes-or-no answer's two marks ("✓ = kyllä, ✗ = ei (poikkeama)", "1 = kyllä, 0 = ei", "J = ja,
#: N = nej"), with what follows the no (its gloss) and nothing more of the line.
_YES_NO = re.compile(
    r"(?<![\w=])(?P<yes>[^\s=,;:()]{1,3})\s*=\s*(?:kyllä|ja|yes)\b\s*[,;/]?\s*"
    r"(?P<no>[^\s=,;:()]{1,3})\s*=\s*(?:ei|nej|no)\b(?P<gloss>[^=]{0,40})",
    re.I,
)


#: A gloss after the no is set apart from it: a bracket, a dash or a colon ("ei (poikkeama)", "ei – poikkeama");
#: a word right after the no makes one phrase with it (R8-8, stop 45: "E = ei poikkeamaa" had inverted the marks).
_GLOSS_OPENS = re.compile(r"\s*[(\[–—:-]")


def yes_no_legend(lines: Iterable[str], rate: Callable[[str], str | None]) -> dict[str, str]:
    """Mark → light value of a legend that explains a yes-or-no answer's marks ("✓ = kyllä, ✗ = ei", "☑ = ja
    ☐ = nej", "1 = kyllä, 0 = ei", "Y = yes / N = no"). The legend itself may gloss its no as a deviation
    ("✓ = kyllä, ✗ = ei (poikkeama)", test36 og16): the yes is then on plan. Else the question the legend
    answers decides (:func:`_asked`): one after the plan ("ENLIGT PLAN?  ☑ = ja  ☐ = nej", test42 om15;
    "Suunnitelman mukaan (1 = kyllä, 0 = ei)") makes the yes on plan, one after a problem ("Onko viiveitä? K =
    kyllä, E = ei") the yes a deviation. A legend that answers no question the document rates by ("Suositteletko
    palvelua? K = kyllä, E = ei") says nothing of a value. ``rate`` is ``lightvalues.value_of``."""
    lines = list(lines)
    for at, line in enumerate(lines):
        if len(line) > 300 or "=" not in line or (m := _YES_NO.search(line)) is None:
            continue
        gloss = m["gloss"].strip(" ()[].,;\t")
        if _GLOSS_OPENS.match(m["gloss"]) and gloss and rate(gloss) == "deviation":
            return {m["yes"]: "on-plan", m["no"]: "deviation"}
        # "E = ei poikkeamaa": the word after the no is the no's own phrase ("no deviation"), no gloss; the
        # question, where the document asks one, still says what the yes is (R8-8, stop 45).
        value = _asked(line[: m.start()], lines[max(0, at - 2) : at], lines[at + 1 : at + 4], rate)
        if value is not None:
            return {m["yes"]: value, m["no"]: "on-plan" if value == "deviation" else "deviation"}
    return {}


#: What stands around a question before its legend: brackets, a colon, a dash, tabs, a bar, a semicolon.
_ASK_EDGES = " \t([:;|–—-*_#"
#: What parts a line's cells where a question may stand as a column's header: a tab, a bar, a semicolon.
_ASK_CELLS = re.compile(r"\t|\|| ;|;")


def _asked(before: str, above: list[str], below: list[str], rate: Callable[[str], str | None]) -> str | None:
    """The value a yes answers with to the question a yes-or-no legend stands in, under or over: the legend
    line's own text before the legend ("Poikkeama? ☑ = kyllä", "Suunnitelman mukaan (1 = kyllä, 0 = ei)": its
    last cell); else the nearest question just above (a line that ends in a question mark, "Följer området
    planen?") or a column's header just below that asks one ("Key: Y = yes, N = no" over "| Area | Within plan?
    |"); the question rated by ``rate``. A sentence is no question of a column: eight words at most."""
    cells = [c for c in _ASK_CELLS.split(before) if c.strip(_ASK_EDGES)]
    asked = [cells[-1]] if cells else []
    for line in [*reversed(above), *below]:
        asked += [c for c in _ASK_CELLS.split(line) if c.strip(_ASK_EDGES).endswith("?")][:1]
    for question in asked:
        question = question.strip(_ASK_EDGES).rstrip("?").strip(_ASK_EDGES)
        if question and len(question.split()) <= 8 and (value := rate(question)) is not None:
            return value
    return None
