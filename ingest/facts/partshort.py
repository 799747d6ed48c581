"""Parts named by an abbreviation of a part's word that the document defines once.

A report that numbers its parts often shortens the word and says so once: "Lyhenteet: TP = työpaketti",
"Hanke on jaettu kahteen osakokonaisuuteen (OK)", "Projektet består av tre arbetspaket (AP)",
"Abbreviations: WP = work package". Its part lines then read "TP1 Neuvolan perhevalmennus", "OK1:
Kotikuntoutus", "AP 2 – Distansgrupper", "**WP1 Remote physiotherapy**". Such a line is read as the
same line with the word written out ("Työpaketti 1: Neuvolan perhevalmennus"), by the rules of
``partwords``: a work package is a part only where its own lights or cost table stand under it
(right under it: :func:`partlines.reports_alone`), else a heading of the whole; an investment or a sub-project is a part.

The words are the ``project-part`` vocabulary's (any inflection of one: "osakokonaisuuteen (OK)"); an
abbreviation of any other word ("THL = Terveyden ja hyvinvoinnin laitos") makes nothing. Two lines
numbered apart at least; a sentence starting with the abbreviation ("TP2:n viestintäsuunnitelma
valmistui") is no part line.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable

from hankegraafi.ingest.facts.partlines import reports_alone
from hankegraafi.ingest.facts.partwords import (
    from_scheme,
    judged_goal,
    kind_of,
    match_part_line,
    part_words,
    sentence_name,
    word_stem,
)
from hankegraafi.ingest.facts.text import BULLET
from hankegraafi.ingest.namecuts import states_sum
from hankegraafi.ingest.segment import Element

#: Fewest numbered lines in the abbreviation that make them parts.
_MIN_LINES = 2
#: An abbreviation: one to four capitals.
_ABBREVIATION = r"[A-ZÅÄÖ]{1,4}"
#: A word that says the abbreviation is used from here on ("jäljempänä TP", "nedan AP", "hereafter WP").
_FROM_HERE = r"(?:jäljempänä|jatkossa|nedan|hädanefter|hereafter|below)\s+"


def _stems() -> dict[str, tuple[str, str]]:
    """Each part word's stem (lower case) → the concept's key and the word as a line writes it."""

    def build(_: object) -> dict[str, tuple[str, str]]:
        stems: dict[str, tuple[str, str]] = {}
        for word, key in part_words().items():
            stems.setdefault(word_stem(word), (key, word[:1].upper() + word[1:]))
        return stems

    return from_scheme("project-part", "short-stems", build)


def _definition() -> re.Pattern[str]:
    """ "TP = työpaketti", "OK: osakokonaisuus", "osakokonaisuuteen (OK)", "arbetspaket (nedan AP)"."""

    def build(_: object) -> re.Pattern[str]:
        words = "|".join(re.escape(s) for s in sorted(_stems(), key=len, reverse=True))
        return re.compile(
            rf"(?<![\w-])(?P<abbr>{_ABBREVIATION})\s*[=:–]\s*(?i:(?P<word>{words})[\wåäö]*)"
            rf"|(?i:(?P<word2>{words})[\wåäö]*)\s*\((?i:{_FROM_HERE})?(?P<abbr2>{_ABBREVIATION})\)"
        )

    return from_scheme("project-part", "short-definition", build)


def abbreviations(elements: list[Element]) -> dict[str, str]:
    """Each abbreviation the text defines for a part's word → the word written out ("TP" → "Työpaketti");
    without a definition, the ones it keys its parts by that are a part word's initials (:func:`inferred`)."""
    stems = _stems()
    found: dict[str, str] = {}
    for element in elements:
        text = element.text
        if element.type not in ("text", "heading") or ("=" not in text and "(" not in text and ":" not in text):
            continue
        for m in _definition().finditer(text):
            abbreviation, word = m.group("abbr") or m.group("abbr2"), m.group("word") or m.group("word2")
            stem = next(s for s in sorted(stems, key=len, reverse=True) if word.lower().startswith(s))
            if len(abbreviation) < len(stem):
                found.setdefault(abbreviation, stems[stem][1])
    return {**truncated(elements), **(found or inferred(elements))}


#: A key of a part in an abbreviation and a number: "TP1", "DP 2", "OH-1" (not "TP1.2", "OH12345").
_KEY = re.compile(r"(?<![\w-])(?P<abbr>[A-ZÅÄÖ]{2,4})[ -]?(?P<num>\d{1,2})(?![\w.,]?\d)(?!\w)")


def _initials_of(abbreviation: str, word: str) -> bool:
    """The abbreviation's letters are the initials of the word's parts: of its words ("WP" work package, "FA"
    focus area), or of a compound's members ("DP" delprojekt, "OH" osahanke, "TPK" toimenpidekokonaisuus). A
    compound's members are not marked, so each later letter, where it first stands after the one before, must be
    three letters or more past it and two or more of the word (a stem, "osaha") from its end: "OS" is no initials of "osahanke" (R5-3: ward codes OS1, OS2 in a text
    that writes the word once became two invented sub-projects)."""
    letters, folded = abbreviation.casefold(), word.casefold()
    words = folded.split()
    if len(words) > 1:
        return len(words) == len(letters) and all(w.startswith(c) for w, c in zip(words, letters, strict=True))
    if not folded.startswith(letters[0]):
        return False
    at = 0
    for letter in letters[1:]:
        nearest = folded.find(letter, at + 1)
        if nearest - at < 3 or len(folded) - nearest < 2:
            return False  # not found, or too near the letter before to begin a member of the compound
        at = nearest
    return True


def inferred(elements: list[Element]) -> dict[str, str]:
    """Abbreviations no line defines, read off a part word the document writes (test34 oe08 "har två delprojekt"
    over "DP1 = X", oe11 "Osahankkeet" over rows "OH1;X", test30 oc09 "Työpaketit" over "TP1  X"): an
    abbreviation numbered 1 and 2 at least, whose letters are the initials of one concept's words of those the
    text writes, stands for that word. A key no part word of the text fits ("T1" a goal's, "KL1") is none."""
    return _inferred_in("\n".join(e.text for e in elements if len(e.text) <= 20_000))


@functools.lru_cache(maxsize=4)
def _inferred_in(written: str) -> dict[str, str]:
    """:func:`inferred` of a document's text."""
    numbers: dict[str, set[str]] = {}
    for m in _KEY.finditer(written):
        numbers.setdefault(m.group("abbr"), set()).add(m.group("num"))
    keyed = [a for a, seen in numbers.items() if len(seen) >= _MIN_LINES]
    if not keyed:
        return {}
    stems = _stems()
    present = [
        stem
        for stem in sorted(stems, key=len, reverse=True)
        if re.search(r"(?<!\w)" + r"\s+".join(re.escape(w) for w in stem.split()), written, re.I)
    ]
    found: dict[str, str] = {}
    for abbreviation in keyed:
        fits = [stem for stem in present if _initials_of(abbreviation, stem)]
        if fits and len({stems[stem][0] for stem in fits}) == 1:
            # The concept's first label of the same beginning ("Työpaketti" for "Työpaketit" written).
            found[abbreviation] = next(
                word
                for stem, (key, word) in stems.items()
                if key == stems[fits[0]][0] and stem[:4] == fits[0][:4] and _initials_of(abbreviation, stem)
            )
    return found


#: A part's word cut short with a full stop before its number: "Inv. 1", "Delpr. 2", "Osah.3" (not "Inv. 1.2").
_CUT = re.compile(r"(?<![\w-])(?P<abbr>[A-ZÅÄÖ][a-zåäö]{2,6}\.)[ \u00a0]?(?P<num>\d{1,2})(?![\w.,]?\d)(?!\w)")


def truncated(elements: list[Element]) -> dict[str, str]:
    """Keys that cut a part's word short ("Inv. 1 | Inv. 2" over a lights matrix and a cost table, "Inv. 1 X"
    rows: test35 of05, test32 od06, test22 q02) → the word as the text writes it in full ("Investointi"): the
    cut word begins one concept's word that the text writes with two of the same numbers at least, so the
    document names those parts in full too ("Investering 1 X, Investering 2 Y"). A cut word the text never
    writes out with those numbers ("Kpl. 1", "Inv. 1" beside no "Investointi 1") stands for nothing."""
    return _truncated_in("\n".join(e.text for e in elements if len(e.text) <= 20_000))


@functools.lru_cache(maxsize=4)
def _truncated_in(written: str) -> dict[str, str]:
    """:func:`truncated` of a document's text."""
    numbers: dict[str, set[str]] = {}
    for m in _CUT.finditer(written):
        numbers.setdefault(m.group("abbr"), set()).add(m.group("num"))
    stems = _stems()
    found: dict[str, str] = {}
    for abbreviation, seen in numbers.items():
        if len(seen) < _MIN_LINES:
            continue
        cut = abbreviation[:-1].casefold()
        fits = [
            stem
            for stem in sorted(stems, key=len, reverse=True)
            if stem.startswith(cut) and len(stem) > len(cut)
        ]
        if not fits or len({stems[stem][0] for stem in fits}) != 1:
            continue
        # The word in full before the same numbers ("Investointi 1", "investeringen 2"), as the text writes it.
        full = re.compile(
            rf"(?<!\w)(?P<word>{'|'.join(re.escape(s) for s in fits)})[\wåäö]*[ \u00a0]+(?P<num>\d{{1,2}})(?!\w)",
            re.I,
        )
        written_with = {m.group("num") for m in full.finditer(written) if m.group("num") in seen}
        if len(written_with) >= _MIN_LINES:
            found[abbreviation] = next(
                stems[s][1] for s in fits if re.search(rf"(?i)(?<!\w){re.escape(s)}", written)
            )
    return found


def _named_in_full(written: str, word: str, number: str, name: str) -> bool:
    """A line keyed by a cut word ("Inv. 1 Digital första kontakt") names the part only when the text writes the
    part in full with that name's first word ("Investering 1 Digital första kontakt"): a cost row "Inv. 1
    Henkilöstökulut" is the part's cost line, not a part named "Henkilöstökulut"."""
    first = name.split()[0].strip(" *_:,") if name.split() else ""
    return bool(first) and (
        re.search(
            rf"(?i)(?<!\w){re.escape(word_stem(word.casefold()))}[\wåäö]*[ \u00a0]+{number}\s*[:.–—-]?\s+{re.escape(first)}(?!\w)",
            written,
        )
        is not None
    )


def written_key(text: str, key: str) -> str:
    """A sub-project's or an investment's key ("DP1", "OH 2") written out by the word of the document's text whose
    initials it is ("Delprojekt 1", "Osahanke 2"), else "": a light matrix's column or row that keys a part so."""
    m = re.fullmatch(r"(?P<abbr>[A-ZÅÄÖ]{2,4})[ -]?(?P<num>\d{1,2})", key.strip(" *_"))
    word = _inferred_in(text).get(m.group("abbr")) if m is not None else None
    if m is None and (m := _CUT.fullmatch(key.strip(" *_"))) is not None:
        word = _truncated_in(text).get(m.group("abbr"))  # "Inv. 1" of a text that writes "Investointi 1"
    if m is None or word is None:
        return ""
    return "" if kind_of(word) == "work-package" else f"{word} {m.group('num')}"


#: A sum in a cell: "120 000", "512340,75", "1 480 000 €" (a cost table's row).
_AMOUNT = re.compile(r"^\s*\d{1,3}(?:[ \u00a0.]?\d{3})+(?:,\d{1,2})?\s*(?:€|eur|t€)?\s*$", re.I)


def _cells(element: Element) -> list[list[str]]:
    """A table's rows, or a light's lines split into cells (a tab or a Markdown bar between)."""
    if element.type == "table":
        return element.rows
    return [[c.strip() for c in re.split(r"\t|\|", line)] for line in element.text.split("\n")]


def _reports(elements: list[Element], index: int) -> bool:
    """The element is a lights or cost table: a light, a table of sums, or a header right over lights."""
    element = elements[index]
    if element.type == "light":
        return True
    if element.type != "table":
        return False
    following = elements[index + 1] if index + 1 < len(elements) else None
    return (following is not None and following.type == "light") or any(
        _AMOUNT.match(cell) for row in element.rows for cell in row[1:]
    )


def keyed_work_packages(elements: list[Element]) -> frozenset[str]:
    """The work-package words (lower case) whose packages a lights or cost table keys, two numbers at least:
    by the word ("Arbetspaket 1: X" rows with their lights and costs, test31 ic04) or by its initials ("TP1" rows
    of a cost table, a lights matrix's "TP1 | TP2" columns: test32 od04, test30 oc09, test28 ob16, test34 oe05).
    Such packages report as parts; a work package only named over running text stays a task of the whole."""
    words = {w: w for w, kind in part_words().items() if kind == "work-package"}
    words |= {a: w.casefold() for a, w in abbreviations(elements).items() if words.get(w.casefold())}
    if not words:
        return frozenset()
    key = re.compile(
        rf"(?P<key>{'|'.join(re.escape(w) for w in sorted(words, key=len, reverse=True))})[ -]?(?P<num>\d{{1,2}})"
        r"(?:\s*[:.–—-]\s*\S.*|\s+\S.*)?",
        re.I,
    )
    numbers: dict[str, set[str]] = {}
    for index, element in enumerate(elements):
        if (
            element.type not in ("table", "light")
            or len(element.text) > 20_000
            or not _reports(elements, index)
        ):
            continue
        for row in _cells(element):
            for cell in row:
                if (m := key.fullmatch(cell.strip(" *_"))) is not None:
                    word = words.get(m.group("key")) or words.get(m.group("key").casefold(), "")
                    numbers.setdefault(word, set()).add(m.group("num"))
    return frozenset(w for w, seen in numbers.items() if w and len(seen) >= _MIN_LINES)


def _line(short: dict[str, str]) -> re.Pattern[str]:
    names = "|".join(re.escape(a) for a in sorted(short, key=len, reverse=True))
    return re.compile(
        rf"^\s*(?P<abbr>{names})\s?(?P<num>\d{{1,2}}|[A-H])\b\.?(?:\s*[:.=–—-]\s*|\s+)(?P<name>(?-i:[A-ZÅÄÖ]).{{2,100}})$"
    )


def _rated_below(elements: list[Element], index: int, costs: Callable[[list[str]], bool]) -> bool:
    """The work package's own lights or cost table stand right under its line: a light, or a table
    :func:`partlines.reports_alone` takes, comes before any text, heading or part."""
    for element in elements[index + 1 :]:
        if element.type == "light":
            return True
        if element.type != "table":
            return False
        if reports_alone([elements[index], element], 0, costs):
            return True
    return False


def _written_out(elements: list[Element], short: dict[str, str], line: re.Pattern[str]) -> None:
    """A table's or a light row's cells that key a part by the abbreviation of its word ("DP1", "OH 2
    Etävastaanotto") are written out ("Delprojekt 1", "Osahanke 2: Etävastaanotto"), as the tables that file
    lights and costs under a part read them; a key beside the part's name ("TP1 | Työpaketti 1: X", "OH1 | X")
    is the part's whole label. A work package's key stays unless it reports (``partwords.reporting_words``)."""
    kept = {a: w for a, w in short.items() if kind_of(w) != "work-package"}
    if not kept:
        return
    bare = re.compile(rf"(?P<abbr>{'|'.join(re.escape(a) for a in kept)})[ -]?(?P<num>\d{{1,2}}|[A-H])")
    written_text = (
        "\n".join(e.text for e in elements if len(e.text) <= 20_000)
        if any(a.endswith(".") for a in kept)
        else ""
    )

    def written(cell: str, beside: str = "") -> str | None:
        text = cell.strip(" *_")
        if (m := bare.fullmatch(text)) is not None:
            label = f"{kept[m.group('abbr')]} {m.group('num')}"
            named = match_part_line(beside)
            if named is not None and named[2] == m.group("num") and named[3]:
                return f"{label}: {named[3]}"  # "TP1 | Työpaketti 1: X"
            return label
        if (m := line.match(text)) is not None and m.group("abbr") in kept:
            word, number, name = kept[m.group("abbr")], m.group("num"), m.group("name").strip(" *_")
            if m.group("abbr").endswith(".") and not _named_in_full(written_text, word, number, name):
                return None  # "Inv. 1 Henkilöstökulut": the part's cost line
            return f"{word} {number}: {name}"
        return None

    for element in elements:
        if element.type == "light":
            *above, last = element.text.split("\n")
            cells = last.split("\t")
            if len(cells) >= 2 and (first := written(cells[0])) is not None:
                # "TP1 X | ✔ | !" (under its header): the row's part written out
                element.text = "\n".join([*above, "\t".join([first, *cells[1:]])])
        if element.type != "table":
            continue
        for row in element.rows:
            for at, cell in enumerate(row):
                if (out := written(cell, row[at + 1] if at == 0 and len(row) > 1 else "")) is not None:
                    row[at] = out


def read_short_parts(elements: list[Element], costs: Callable[[list[str]], bool]) -> None:
    """The lines of parts named by a defined abbreviation become part elements or headings, in place."""
    short = abbreviations(elements)
    if not short:
        return
    line = _line(short)
    _written_out(elements, short, line)
    written_text = "\n".join(e.text for e in elements if len(e.text) <= 20_000)
    found: list[tuple[int, tuple[str, str, str, str]]] = []
    cut: dict[int, bool] = {}  # a line keyed by a cut word ("Delpr. 1 X")
    for index, element in enumerate(elements):
        if element.type not in ("text", "heading") or "\n" in element.text.strip():
            continue
        m = line.match(BULLET.sub("", element.text).strip("*_# "))  # "- KK1 X", a list's item too
        if m is None:
            continue
        if m.group("abbr").endswith(".") and not _named_in_full(
            written_text, short[m.group("abbr")], m.group("num"), m.group("name")
        ):
            continue  # "Inv. 1 Henkilöstökulut  520 000": a cost line of the part, no part's line
        written = match_part_line(f"{short[m.group('abbr')]} {m.group('num')}: {m.group('name').strip(' *_')}")
        if written is not None and judged_goal(elements, index, written[3]):
            continue  # "- TP 1: X – valmis" under a goals heading: a goal of the part, as partlines reads it
        if written is not None and written[3]:
            found.append((index, written))
            cut[index] = m.group("abbr").endswith(".")
    if len({written[2] for _, written in found}) < _MIN_LINES:
        return
    # Each line's scope ends at the next one: the others are headings while a work package's is judged.
    scoped = list(elements)
    for index, _ in found:
        scoped[index] = Element("heading", elements[index].first, elements[index].last, elements[index].text)
    for index, (kind, word, number, name) in found:
        element = elements[index]
        if kind == "work-package" and not _rated_below(scoped, index, costs):
            elements[index] = Element("heading", element.first, element.last, element.text)
            continue
        name = name if states_sum(name) else sentence_name(name, element.text.strip("*_# "))
        key = "investment" if kind == "investment" else "subproject"
        elements[index] = Element(
            "part",
            element.first,
            element.last,
            f"{word} {number}: {name}" if cut.get(index) else element.text,  # "Delpr. 1 X" as the part's line
            key=key,
            value=f"{word} {number}: {name}",
            title=number,
        )
