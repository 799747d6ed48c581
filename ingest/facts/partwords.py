"""Lines that start a part of a project, by the words of the ``project-part`` vocabulary.

Outside the reporting tool a project's parts are headings or lines of their own in
many spellings: "Investointi 2 – X", "Investering 1: X", "Toimenpidekokonaisuus 1: X",
"Kehittämiskokonaisuus 1" or "Delområde 2" with the name on the next line, or a
paragraph that begins with its part as a run-in head ("Osakokonaisuus 1 – X. Text …").
The words are the vocabulary's (``ontology/vocab/kinds.ttl``, scheme ``project-part``),
so a new word for a part is a label there; this module reads the line's structure
(word, number, separator, name) and turns it into a ``part`` element the extractor
walks like the segmenter's own, and a work package ("Työpaketti 1: X") into a heading,
since it is a task of the whole and owns no text, sums or lights, unless its own lights or
cost table stand under it: then it reports on its own and is a part (``partlines.reports_alone``).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TypeVar, cast

from hankegraafi.ingest.facts.goalstatus import line_status
from hankegraafi.ingest.lightdims import dimension_of
from hankegraafi.ingest.namecuts import without_clause, without_matter, without_money_clause
from hankegraafi.ingest.segment import Element
from hankegraafi.ingest.sumcues import without_money_caption
from hankegraafi.ontology import registry

#: A name that is a sentence, not a heading: it ends in a full stop after a lower-case word.
_SENTENCE_END = re.compile(r"[a-zåäö0-9)]\.\s*$")
#: Dot leaders of a table of contents.
_TOC_LEADER = re.compile(r"\.{4,}|…{2,}|(?:\s\.){3,}")
#: The longest name a part heading carries.
_MAX_NAME = 100


_T = TypeVar("_T")
#: What was built from a scheme, with the scheme it was built from: a vocabulary extended in a
#: test (``registry.extended``) is a new scheme object, and everything is built again from it.
_BUILT: dict[tuple[str, str], tuple[object, object]] = {}


def from_scheme(name: str, what: str, build: Callable[[registry.Scheme], _T]) -> _T:
    """``build(scheme)`` for the scheme ``name``, built once per reading of the vocabularies."""
    scheme = registry.scheme(name)
    cached = _BUILT.get((name, what))
    if cached is None or cached[0] is not scheme:
        cached = _BUILT[(name, what)] = (scheme, build(scheme))
    return cast(_T, cached[1])


def part_words() -> dict[str, str]:
    """Each word that starts a part (lower case) → the concept's key: investment, sub-project, work-package."""

    def build(scheme: registry.Scheme) -> dict[str, str]:
        words: dict[str, str] = {}
        for concept in scheme:
            for label in concept.surface_forms():
                words.setdefault(label.lower(), concept.key)
        return words

    return from_scheme("project-part", "words", build)


#: The document's own words for its parts, which the vocabulary does not hold ("Kehityslinja", "Osio"):
#: set for each document before its families read it (:func:`own_words`, ``facts/partlists.py``).
_OWN: list[tuple[str, ...]] = [()]


def own_words(words: tuple[str, ...]) -> None:
    """Read ``words`` (lower case) as words of parts too, until the next document's are set."""
    _OWN[0] = words


def document_words() -> tuple[str, ...]:
    """The words :func:`own_words` set for the document being read."""
    return _OWN[0]


#: The work-package words (lower case) of the document being read whose packages report as parts, since a
#: lights or cost table keys them (``facts/partshort.py``): set while the parts family reads the document.
_REPORTING: list[frozenset[str]] = [frozenset()]


def reporting_words(words: frozenset[str]) -> None:
    """Read a work package in ``words`` as a part (a sub-project) until they are set again."""
    _REPORTING[0] = words


def kind_of(word: str) -> str:
    """The concept a part's word is of (investment, sub-project, work-package); a work package that reports
    (:func:`reporting_words`) and a word of the document's own are a sub-project's."""
    kind = part_words().get(word.lower(), "sub-project")
    return "sub-project" if kind == "work-package" and word.lower() in _REPORTING[0] else kind


def own_word_label(label: str) -> str:
    """A part's label in a word of the document's own, less what follows its name (:func:`own_name`): "Osio A:
    X – sairaalasta kotiin …" is "Osio A: X"."""
    if not _OWN[0] or (own := _own_pattern()) is None or (m := own.match(label)) is None or not m.group("name"):
        return label
    return f"{m.group('word')} {m.group('num')}: {own_name(m.group('name'))}"


def own_bare_name(label: str) -> str:
    """The name alone of a part labelled in a word of the document's own ("Osio A: X" is X), else ``label``."""
    if not _OWN[0] or (own := _own_pattern()) is None or (m := own.match(label)) is None or not m.group("name"):
        return label
    return own_name(m.group("name"))


#: What follows a part's name on its line in a word of the document's own: a description after a dash in
#: lower case or a figure, or after the name's bold ("**X** – 7.–9.-luokkalaisten …"), a short form
#: numbered as the part in brackets ("X (KL1)", which the tables use for it).
_AFTER_OWN_NAME = re.compile(
    r"(?:\*\*\s+[–—-]\s+.*|\*{0,2}\s+[–—-]\s+(?-i:[a-zåäö0-9]).*|\*{0,2}\s*\((?-i:[A-ZÅÄÖ]{1,4})\s?[\dA-H]{1,2}\))\s*$"
)


def own_name(name: str) -> str:
    """A part's name in a line of the document's own word, less what follows it (:data:`_AFTER_OWN_NAME`)."""
    return _without_note(_AFTER_OWN_NAME.sub("", name.strip(" :–—-*_")).strip(" :–—-*_")) or name


_NOTE = re.compile(r"\s*\((?P<note>[^()]{2,80})\)\s*$")


def _without_note(name: str) -> str:
    """The name less a bracketed note at its end ("X (Kuopio ja Iisalmi)", "Y (koko alue)", "Z (Omaperhe.fi)"),
    as every set's gold names a part; a short form in capitals ("Etäpalvelut (ETÄ)", "X (KL1)") stays."""
    m = _NOTE.search(name)
    if m is None or not m.start() or re.fullmatch(r"[A-ZÅÄÖ0-9][A-ZÅÄÖ0-9.-]{1,9}", m.group("note").strip()):
        return name
    return name[: m.start()].rstrip(" ,–—-") or name


_OWN_PATTERNS: dict[tuple[str, ...], re.Pattern[str]] = {}


def _line_pattern() -> re.Pattern[str]:
    """ "[1.2 ]<word> <number>[.] [<separator> <name>]" for every word of the vocabulary."""
    return from_scheme("project-part", "line", lambda _: _pattern_of(tuple(part_words())))


def _own_pattern() -> re.Pattern[str] | None:
    """The pattern of :func:`_line_pattern` for the document's own words, if it has any."""
    words = _OWN[0]
    if not words:
        return None
    if (found := _OWN_PATTERNS.get(words)) is None:
        found = _OWN_PATTERNS[words] = _pattern_of(words)
    return found


def _pattern_of(vocabulary: tuple[str, ...]) -> re.Pattern[str]:
    """The line pattern of :func:`_line_pattern` for these words."""
    words = "|".join(re.escape(w) for w in sorted(vocabulary, key=len, reverse=True))
    return re.compile(
        # the number: digits ("1", "4.2"), a capital letter or a Roman numeral ("Osakokonaisuus B",
        # "Delprojekt II"); the name after a separator, a space, or in brackets or quotes
        rf"^\s*(?:\d+(?:\.\d+)*\.?\s+)?(?P<word>{words})\s+(?P<num>\d+(?:\.\d+)?|(?-i:[A-H]|[IVX]{{1,4}})\b)\.?"
        # ", " before a capital too ("Investering 1, Digitala tjänster"), never "Investointi 1, 2 ja 3"
        r"(?:(?:\s*[:.–—-]\s*|\s*,\s*(?=[A-ZÅÄÖ])|\s+)(?P<name>\S.*?))?\s*[:–—-]?\s*$",
        re.I,
    )


def part_stems() -> re.Pattern[str]:
    """Any inflected form of a sub-project word ("osakokonaisuuden", "delområdets", "osahankkeelle").

    A sentence with one speaks of the part itself ("Toimenpidekokonaisuudelle myönnettiin …").
    """

    def build(_: registry.Scheme) -> re.Pattern[str]:
        stems = {"osa-projekt", "aliprojekt"}
        for word, key in part_words().items():
            if key == "sub-project" and " " not in word:
                stems.add(word_stem(word))
        alternatives = "|".join(re.escape(s) for s in sorted(stems, key=len, reverse=True))
        return re.compile(rf"\b(?:{alternatives})\w*", re.I)

    return from_scheme("project-part", "stems", build)


def word_stem(word: str) -> str:
    """The part of a Finnish or Swedish word its inflected forms share: "osakokonaisuus" → "osakokonaisuu"."""
    if word.endswith("hanke"):
        return word[:-3]  # osahanke → osahank(keen)
    if word.endswith("us"):
        return word[:-1]
    return word[:-1] if word[-1:] in "aeiouyäö" else word


#: Marks after a part's name, each apart: its first rating in a row of ratings, glued to the name by one
#: space ("Investering 3: Kunskapsbaserad ledning ●  ●  ◐", "Osahanke 2: X 🟢"), no part of the name; a
#: currency's sign is no mark ("Investointi 1: X – 300 000 €": the part's sum).
_RATING_MARKS = re.compile(r"(?:\s+[^\w\s()\[\]\"“”'«».,:;&/+€$£%-]{1,3})+\s*$")


#: A part's name given between commas after its word and number, a sentence going on after it in lower
#: case ("Osahanke 2, Yökotiutukset, tuo …", "Work stream 2, Home Rehabilitation, began …").
_APPOSED = re.compile(r"^(?P<name>[^,]{2,80}?),\s+(?-i:[a-zåäö])")


#: A name, a dash, and what follows it ("X — Schedule · Costs · Staffing · Risks": the dimensions rated below).
_DIMENSIONS_AFTER = re.compile(r"^(?P<name>\S.{2,100}?)\s+[—–-]\s+(?P<rest>\S.*)$")


def without_marks(name: str) -> str:
    """A part's name less the rating marks after it (:data:`_RATING_MARKS`)."""
    return _RATING_MARKS.sub("", name)


#: Numbers spelled out, 1 to 5, as a part's key after its word ("Workstream One", "Delprojekt Två") or as an
#: ordinal before it ("Ensimmäinen osahanke", "Andra delprojektet", "Second work package") (fi, sv, en).
_SPELLED = {
    word: str(number)
    for words in (
        ("yksi", "kaksi", "kolme", "neljä", "viisi"),
        ("ett", "två", "tre", "fyra", "fem"),
        ("one", "two", "three", "four", "five"),
        ("ensimmäinen", "toinen", "kolmas", "neljäs", "viides"),
        ("första", "andra", "tredje", "fjärde", "femte"),
        ("first", "second", "third", "fourth", "fifth"),
    )
    for number, word in enumerate(words, 1)
}
_ORDINALS: tuple[str, ...] = (
    "ensimmäinen",
    "toinen",
    "kolmas",
    "neljäs",
    "viides",
    "första",
    "andra",
    "tredje",
)
_ORDINALS += ("fjärde", "femte", "first", "second", "third", "fourth", "fifth")
#: A key spelled out before the separator of the name: "<Word> One: X", "<Ordinal> <word>: X" (a capital first).
_SPELLED_AFTER = re.compile(
    r"^(?P<word>(?-i:[A-ZÅÄÖ])[\w-]{2,24}(?:\s[a-z]{3,12})?)\s+(?P<num>"
    + "|".join(w for w in _SPELLED if w not in _ORDINALS)
    + r")(?=\s*[:–—])",
    re.I,
)
_SPELLED_BEFORE = re.compile(
    r"^(?P<num>(?-i:[A-ZÅÄÖ])(?:" + "|".join(w[1:] for w in _ORDINALS) + r"))\s+"
    r"(?P<word>[\w-]{3,24}?)(?:et|en|n)?(?=\s*[:–—])",
    re.I,
)


def _digit_key(line: str) -> str:
    """A part's line with a key spelled out as its number, when the word is a part's ("Workstream One: X" and
    "Ensimmäinen osahanke: X" are "Workstream 1: X" and "Osahanke 1: X"); any other line as it is."""
    for spelled in (_SPELLED_AFTER, _SPELLED_BEFORE):
        m = spelled.match(line)
        if m is None or (number := _SPELLED.get(m.group("num").lower())) is None:
            continue
        word = m.group("word")
        if word.lower() in part_words() or word.lower() in _OWN[0]:
            return f"{word[:1].upper()}{word[1:]} {number}{line[m.end() :]}"
    return line


#: A bracket after a part's key that holds only its period or unit, no name: "(2024)", "(1–6/2025)", "(Q3)",
#: "(k€)", "(euroa)", "(EUR)", "(htv)" (R16-18).
_ASIDE_ONLY = re.compile(
    r"[\W\d_]*|[HQ]\d[\W\d_]*|(?i:(?:tuhatta\s+)?euro[at]?|eur|t?k?€|htv|fte|sek)", re.UNICODE
)


def match_part_line(text: str) -> tuple[str, str, str, str] | None:
    """(kind, word as written, number, name) for a line that starts a part; the name may be empty."""
    line = _digit_key(text.strip())
    if "\n" in line or "\t" in line or len(line) > 160 or _TOC_LEADER.search(line):
        return None  # a table's row, or an entry of a table of contents ("Investointi 1: X ........ 4")
    m = _line_pattern().match(line)
    if m is None and (own := _own_pattern()) is not None:
        m = own.match(line)  # "Kehityslinja 1 – X": a word of the document's own, never before a sentence
        m = None if m is not None and _SENTENCE_END.search(m.group("name") or "") else m
    if m is None or not m.group("word")[:1].isupper():
        return None
    name = _RATING_MARKS.sub("", without_money_clause((m.group("name") or "").strip(" :–—-")))
    if re.search(rf";\s*{re.escape(m.group('word'))}\s", name, re.I):  # "Osio 1: X; Osio 2: Y": a list
        return None  # of parts (``partinline.in_list``), no part's line
    if re.fullmatch(r"[(\"“”«'].+[)\"“”»']", name):
        name = name[1:-1].strip()  # "Investointi 2 (Digitaaliset palvelut)", 'Delprojekt 1 "X"'
        name = (
            "" if _ASIDE_ONLY.fullmatch(name) else name
        )  # "Osahanke 1 (2024)", "TP 2 (k€)": its period or unit
    name = without_matter(_without_note(_without_own_remark(name)))
    between = line[m.end("num") : m.start("name")] if m.group("name") else ""
    if (listed := _DIMENSIONS_AFTER.match(name)) is not None and all(
        dimension_of(d.strip()) for d in re.split(r"\s*[·•,|/]\s*", listed.group("rest")) if d.strip()
    ):
        name = listed.group(
            "name"
        )  # "Track A: Hospital to home — Schedule · Costs · Staffing": the ratings' list
    name = without_money_caption(name)  # "Osahanke 1: Etäkotihoito – talous 2024": the part under its money
    if "," in between and (apposed := _APPOSED.match(name)) is not None:
        name = apposed.group(
            "name"
        )  # "Delprojekt 3, Digital rådgivning, startade i mars …": between the commas
    if _CAPTION_WORDS.match(name):
        name = ""  # "Delprojekt 2 – läget 30.9.2024": the part by its number, under a caption's own words
    if name and not name_like(name) and not _named_after_colon(line, m, name):
        return None
    return kind_of(m.group("word")), m.group("word"), m.group("num"), name


#: A month's name (fi in any case, sv, en): "kesäkuussa", "juni", "June".
_MONTH = (
    r"(?:tammi|helmi|maalis|huhti|touko|kesä|heinä|elo|syys|loka|marras|joulu)kuu\w*|"
    r"januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december|"
    r"january|february|march|may|june|july|august|october"
)
#: What a caption says of a part after its number instead of a name: lower-case words with the day or
#: period its figures stand at ("läget 30.9.2024", "tilanne 31.3.", "status 9/2024", "q3/2024", "situation
#: on 30 June 2024", "läget i juni 2025"), or a report's word for the state of things alone or with a
#: period ("tilannekatsaus", "lägesrapport juni", "status update", "tilanne kesäkuussa 2025").
_CAPTION_WORDS = re.compile(
    r"^(?=(?-i:[a-zåäö]))(?:[^\d]{0,40}?\b(?:\d{1,2}\.\d{1,2}\.(?:\d{2,4})?|\d{1,2}/\d{4}|q[1-4]/?\d{4}|"
    rf"(?:\d{{1,2}}\.?\s+)?(?:{_MONTH})(?:\s+\d{{4}})?)"
    r"|(?:tilanne|tilannekatsaus|tilannekuva|katsaus|seuranta|läge|läget|lägesbild|lägesrapport|uppföljning|"
    r"status|situation|state|progress|update)\b[^\d]{0,30}?(?:\d{4})?)\s*$",
    re.I,
)
#: A verb in the past after a part's name on a line that is a sentence: English "X reached …", "X began …";
#: Swedish of the first conjugation "X öppnade …", "X utökade …".
_PAST = re.compile(
    r"\s(?:[a-z]{2,}(?<!e)ed|began|grew|won|took|got|went|became|made|ran|saw|set|met|rose|fell|"
    r"[a-zåäö]{3,}ade)\b(?=\s)"
)
#: The most words of a part's name on a line whose sentence goes on to the next line.
_MAX_NAME_WORDS = 7


def sentence_name(name: str, text: str) -> str:
    """A part's name on a line that is a sentence about the part, up to the sentence's verb: as
    ``namecuts.without_clause`` cuts it, and first at an English or Swedish verb in the past ("Work package 1:
    Intravenous therapy at home reached Parikkala in October." is "Intravenous therapy at home"; "X of
    Y started …" keeps "of Y"); a line whose sentence goes on to the next line is a sentence too when
    its name runs longer than a name does ("Delhelhet 2: X utvidgades i september till kvällstid och")."""
    ended = text.rstrip().endswith(".")
    if not ended and len(name.split()) <= _MAX_NAME_WORDS:
        return without_clause(name, False)
    english = _PAST.search(name)
    if english is not None and name[: english.start()].split():
        return name[: english.start()].strip(" ,;:–-")
    return without_clause(name, True)


#: A remark in brackets after a part's name that speaks of the part itself by its word.
_OWN_REMARK = re.compile(r"\s*\((?P<remark>[^()]{3,60})\)\s*$")


def _without_own_remark(name: str) -> str:
    """The name less a remark in brackets that speaks of the part by its word in any case: "Digitaaliset
    innovaatiot (vain tämä investointi)", "Hemvård (endast detta delprojekt)", "X (this work stream only)"
    say which unit a report covers; the part's name is what stands before. A short form or a place in
    brackets ("Etäpalvelut (ETÄ)") has no part's word and stays."""
    m = _OWN_REMARK.search(name)
    if m is None or not m.start() or not _part_word_in().search(m.group("remark")):
        return name
    return name[: m.start()]


def _part_word_in() -> re.Pattern[str]:
    """Any word of the ``project-part`` vocabulary in any case ("investointi", "investoinnin",
    "delprojektet", "osahankkeen"): the shared start of its forms (consonant gradation aside)."""

    def build(_: registry.Scheme) -> re.Pattern[str]:
        stems = {w[:-2] if len(w) > 6 else w for w in part_words() if " " not in w}
        alternatives = "|".join(re.escape(s) for s in sorted(stems, key=len, reverse=True))
        return re.compile(rf"\b(?:{alternatives})\w*", re.I)

    return from_scheme("project-part", "any-case", build)


def names_a_part(text: str) -> bool:
    """``text`` speaks of a part by a word of the vocabulary in any case ("investoinnista 4", "delprojektets")
    or by the document's own word."""
    if _part_word_in().search(text):
        return True
    return any(
        re.search(rf"\b{re.escape(word[:-1] if len(word) > 5 else word)}", text, re.I) for word in _OWN[0]
    )


def _named_after_colon(line: str, m: re.Match[str], name: str) -> bool:
    """ "Investointi 1: hoitovelan purku 4,2 milj. euroa": after a colon or dash the name may be in
    lower case (a list of a page or minute); without one a lower-case word is a sentence going on
    ("Investointi 1 purki jonoja …")."""
    between = line[m.end("num") : m.start("name")] if m.group("name") else ""
    return bool(re.fullmatch(r"\.?\s*[:–—]\s+", between)) and len(name) <= _MAX_NAME and name[:1].isalpha()


#: A part's name, a spaced dash, and what the line goes on to say of the part: its places ("Etäkuntoutus –
#: Rovaniemi, Sodankylä, Inari"), a description ("**Mobil hemsjukhusvård** – sjukskötare med bil …").
_GLOSS = re.compile(r"^(?P<name>\S.{1,80}?)\**\s+[–—-]\s+\S.*$")


def without_gloss(name: str) -> str:
    """A listed part's name less what its line says of it after a spaced dash: a list item "Investointi 2:
    Etäkuntoutus – Rovaniemi, Sodankylä, Inari" names "Investointi 2: Etäkuntoutus", as its matrix heads it
    ("Inv. 2 Etäkuntoutus") and every set's gold names a part (test25 l50, test37 oh05). A goal judged after
    the dash ("X – toteutunut", :func:`judged_name`) stays whole for the goal families; so does a name whose
    part before the dash is no name (lower case, a sentence)."""
    name = name.strip()
    if (bold := name.find("**")) > 0 and re.match(r"\*\*\s+[–—-]\s+\S", name[bold:]):
        head = name[:bold].strip(" *_")  # the bold's end marks the name ("**X – Y** – …" is "X – Y", R11-1)
        return head if len(head) >= 3 and name_like(head) else name
    m = _GLOSS.match(name)
    if m is None or judged_name(name):
        return name
    head, tail = m.group("name").strip(" *_"), name[m.end("name") :]
    if re.match(r"\d", tail.lstrip(" *–—-")) and re.search(r"\d$", head):
        return name  # a range of years or numbers ("Ohjelma 2024 – 2025", "Palveluseteli 1 - 3", R11-1)
    if re.search(r"\s-(?-i:[a-zåäö])\w*\s*$", tail):
        return name  # a compound that goes on past the dash ("Rovaniemi – Sodankylä -yhteys", R11-1)
    return head if len(head) >= 3 and name_like(head) else name


def name_like(name: str) -> bool:
    """A heading's name: capitalised, short, not a sentence about the part ("Investointi 1 purki …")."""
    return (
        (name[:1].isupper() or name[:1].isdigit()) and len(name) <= _MAX_NAME and not _SENTENCE_END.search(name)
    )


#: Most words of a label headed by a part's word ("Raportoitava osakokonaisuus", "Aktuellt delprojekt").
_LABEL_WORDS = 3


def part_label(label: str) -> tuple[str, str] | None:
    """(kind, word) when a field's label names a part: the part's word alone ("Osahanke", "Delprojekt")
    or a short phrase whose head, its last word, is one ("Raportoitava osakokonaisuus", "Aktuellt
    delprojekt", "Reported work stream").

    Class read: a report of one part names the part in its head's fact box under a label of the
    template's own wording; Finnish, Swedish and English put a noun phrase's head last, so a label
    ending in a word of the ``project-part`` vocabulary says its value is such a part whatever the
    modifier before it. A modifier is words, no number or sign ("Investointi 2" is a part's line,
    "Investointi (€)" a column's header); a plural ("Osakokonaisuudet") is no part's word.
    """
    words = label.strip(" :*_\t").split()
    if not words or len(words) > _LABEL_WORDS:
        return None
    for start in range(len(words)):
        kind = part_words().get(" ".join(words[start:]).casefold())
        if kind is not None:
            modifiers = words[:start]
            if all(re.fullmatch(r"[^\W\d_][^\W\d_-]*(?:-[^\W\d_]+)*", w) for w in modifiers):
                return kind, " ".join(words[start:])
            return None
    return None


def named_part(label: str, value: str) -> tuple[str, str, str, str] | None:
    """A head field whose label names a part (:func:`part_label`) and whose value is the part's bare
    name ("Osahanke | Kotikuntoutuksen etäohjaus", "Delprojekt: Y", "Raportoitava osakokonaisuus: Z"):
    the report is about that part, which has no number; (kind, word, "", name) as
    :func:`match_part_line` gives a numbered one."""
    labelled = part_label(label)
    name = value.strip()
    if (
        labelled is None
        or labelled[0] == "work-package"
        or not name
        or not name_like(name)
        or match_part_line(name)
    ):
        return None
    kind, word = labelled
    word = word[:1].upper() + word[1:]
    if re.search(r"[\d€()]|\beur", name, re.I):
        return None  # "Investointi | Myönnetty (€)": a table's header over sums, no part's name
    return kind, word, "", name


def field_part(text: str) -> bool:
    """``text`` is a part named by a head field, its word and its bare name ("Osahanke: X", made by
    :func:`named_part`): the report is about that part, which reports on its own."""
    word, colon, name = text.partition(":")
    return bool(colon and name.strip()) and part_words().get(word.strip().casefold()) in (
        "investment",
        "sub-project",
    )


def labels_kind(label: str, kind: str) -> bool:
    """``label`` names a part of ``kind`` (:func:`part_label`): "Osahanke", "Raportoitava osakokonaisuus"."""
    labelled = part_label(label)
    return labelled is not None and labelled[0] == kind


#: A goal and its judgement after a dash ("Kotisairaalan asiakaspaikat 40:stä 60:een – saavutettu"), an arrow
#: ("X -> onnistui", "X => toteutunut", "X → uppnått") or a colon, or in brackets at its end ("X (toteutunut)"):
#: the tails a goal's line is judged by (goalforms._TAIL), each as a part's keyed goal writes it (test42 om09).
_JUDGED = re.compile(
    r"^(?P<goal>\S.{6,}?)(?:\s+[–—-]\s+|\s*(?:-{1,2}>|=>|[→⇒⟶])\s*|:\s+)(?P<status>.{2,80})$"
    r"|^(?P<bgoal>\S.{6,}?)\s*\((?P<bstatus>[^()]{2,60})\)\s*\.?$"
)


def judged_goal(elements: list[Element], index: int, name: str) -> bool:
    """A part's line or list item under a goals heading whose name is a goal judged after a dash
    ("Osahanke 1: Kotisairaalan asiakaspaikat 40:stä 60:een – saavutettu", "- Delprojekt 2: Chatten
    svarar inom en timme – delvis uppnått"): a goal of that part, left as text for the goal families,
    no heading and no part's name."""
    heading = next((e for e in reversed(elements[:index]) if e.type == "heading"), None)
    if heading is None or heading.key not in ("goals", "goal-results"):
        return False
    return judged_name(name)


def judged_name(name: str) -> bool:
    """A part's name that is a goal with its judgement after a dash ("X – toteutunut")."""
    m = _JUDGED.match(name)
    return m is not None and line_status(m.group("status") or m.group("bstatus")) is not None
