"""Legends whose marks are phrases of the document's own: "i fas = enligt plan, något efter = liten avvikelse",
"täysin raiteillaan = suunnitelman mukaan", or a sentence that explains them ("Godkänt betyder att delområdet
följer projektplanen; godkänt med anmärkning och underkänt är avvikelser", "Riskitaso matala tarkoittaa, että
osa-alue etenee suunnitelman mukaan; kohtalainen ja korkea ovat poikkeamia", "Cleared means that the area
follows the project plan; cleared with remarks and not cleared are deviations").

The class: a report that rates its dimensions by words no vocabulary holds and says once what they mean, a
mark of two words or more before an "=" (``lightvalues.WORD_PAIR`` takes one word) or marks of any length
in a sentence with "tarkoittaa / betyder / means" and, after it, the others with "ovat / är / are". For
``lightvalues.legend_pairs`` (the pairs) and ``lightvalues.explained`` (a cell's phrase looked up whole).

The negative side: a sentence with "tarkoittaa" whose meaning is no rating ("Etälääkäri tarkoittaa, että
lääkäri osallistuu kotikäyntiin videoyhteydellä") gives marks with no value, which no legend keeps; a prose
subject of more than four words is no mark; the marks rate only a cell or a value that is the phrase
itself, so "ovat olleet hieman sivuraiteella" in a sentence stays unread.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from hankegraafi.ingest.lightdims import dimension_of

#: A mark of two to four words before an "=", after the line's start or a separator: "i fas =", "något efter =".
_PHRASE_EQ = re.compile(
    r"(?:^|(?<=[:;,(·|]))\s*(?P<mark>(?!(?:tai|eller|or|ja|och|and)\b)[^\W\d_]+(?:[ -](?!(?:tai|eller|or|ja|och|and)\b)[^\W\d_]+){1,3})\s*=\s*"
    r"(?P<word>[^\W\d_][^,;=·]*?)(?=\s*(?:[,;=·)]|\.(?:\s|$)|$))"
)
#: The verb of a sentence that explains a mark (fi, sv, en): the cue tested first.
_VERBS = (
    r"tarkoittaa|tarkoittavat|tarkoitetaan|merkitsee|merkitsevät|betyder|innebär|menas|avses|means|mean"
    r"|stands? for|refers? to"
)
_MEANS = re.compile(rf"\b(?:{_VERBS})\b", re.I)
#: "X tarkoittaa, että …", "X betyder att …", "X means that …", '"X" stands for …', "Med X menas att …",
#: "Sanalla X tarkoitetaan, että …" (the verb after the mark, a preposition before it).
_MEANS_CLAUSE = re.compile(
    rf"^(?:(?:med|sanalla|termillä|by)\s+)?(?P<head>.{{1,80}}?)\s+(?:{_VERBS})"
    r"(?:\s+(?:i|in|tässä)\s+[^\W\d_]+)?\s*,?\s*(?:että|att|that)?\s+(?P<word>\S.*)$",
    re.I,
)
#: "Y ja Z ovat poikkeamia", "Y och Z är avvikelser", "Y and Z are deviations", "Y and Z stand for deviations".
_ARE_CLAUSE = re.compile(
    r"^(?P<head>.{1,80}?)\s+(?:ovat|on|är|are|is|stands? for|refers? to)\s+(?P<word>\S.{0,60})$", re.I
)
#: What joins two marks of one clause.
_JOINED = re.compile(r"\s*(?:,|\s(?:ja|sekä|tai|och|samt|eller|and|or)\s)\s*", re.I)
#: Quotes around a mark: »vakaa», "godkänt", 'cleared', “ok”.
_QUOTED = re.compile(r"[»«\"“”„'‘’]([^»«\"“”„'‘’]{1,40})[»«\"“”„'‘’]")
_QUOTES = "»«\"“”„'‘’*_ "
_NEGATION = re.compile(r"ei|ej|inte|icke|inga|ingen|inget|not|no", re.I)
#: Where a meaning's relative clause begins: "en avvikelse som …", "poikkeamaa, jota …", "a deviation which …".
_RELATIVE = re.compile(r",?\s+(?:that|which|som|joka|jota|jonka|mikä|mitä)\s", re.I)
#: A mark of a phrase's legend is four words at most.
_LONGEST = 4


def phrase_pairs(line: str, meanings: Meanings | None = None) -> list[tuple[str, str]]:
    """(mark, what it means) of the phrase marks of one legend line: those of two words or more before an
    "=", and those a sentence explains (the marks casefolded; a mark after a noun also as its last words,
    "riskitaso matala" and "matala"); with ``meanings`` also a declared scale's (:func:`_declared`)."""
    out: list[tuple[str, str]] = []
    if "=" in line:
        out += [(m["mark"].casefold(), m["word"].strip()) for m in _PHRASE_EQ.finditer(line)]
    if meanings is not None and ":" in line and (declared := _declared(line, meanings)):
        return out + declared
    if meanings is not None and "(" in line:
        out += _bracketed(line, meanings)
    if _MEANS.search(line):
        out += _sentence_pairs(line)
    if ":" in line and (keyed := _KEY_LABEL.match(line)) is not None:
        out += _colon_items(line[keyed.end() :])
    return out


#: A legend's label before its items: "Key —", "Selite:", "Merkinnät:", "Förklaring:", "Legend:".
_KEY_LABEL = re.compile(
    r"^\s*(?:key|legend|selite|selitteet|merkinnät|merkkien selitys|förklaring|teckenförklaring|nyckel)\s*[:—–-]\s*",
    re.I,
)
#: One item of a legend whose marks are given with a colon: "On course: as planned", "Drifting: minor deviation".
_COLON_ITEM = re.compile(
    r"^(?P<mark>[^\W\d_][\w-]*(?: [^\W\d_][\w-]*){0,3})\s*:\s*(?P<word>[^\W\d_][^:]{1,60})$"
)


def _colon_items(rest: str) -> list[tuple[str, str]]:
    """(mark, meaning) of a legend line whose marks are given with a colon, the items parted by a middle dot,
    a semicolon or a bar ("Key — On course: as planned · Drifting: minor deviation · Off course: serious
    deviation"), after the legend's label (:data:`_KEY_LABEL`). A mark that is a dimension ("Aikataulu: vihreä
    · Kustannukset: keltainen") makes it a line of lights, no legend; a survey's shares ("Very satisfied:
    41 %") have no words for a meaning."""
    items = [_COLON_ITEM.match(item.strip(" .")) for item in re.split(r"\s*[·;|]\s*", rest)]
    if len(items) < 2 or any(m is None or dimension_of(m["mark"]) for m in items):
        return []
    return [(m["mark"].casefold(), m["word"].strip()) for m in items if m]


#: A scale declared after its label: "Asteikko: erinomainen – hyvä – välttävä – huono", "Vastausvaihtoehdot:
#: Kaikki hyvin (suunnitelman mukaan) / Pieniä haasteita / Isoja haasteita", "Scale: fine / some trouble / stuck".
_DECLARED = re.compile(
    r"^\s*(?P<label>[^:]{0,30}?(?:asteik\w*|vastausvaihtoeh\w*|vaihtoehdot|skala\w*|svarsalternativ\w*"
    r"|alternativen|scale|options|answer options)):\s*(?P<rest>\S.*)$",
    re.I,
)
#: What parts a declared scale's options: a slash, a dash or a bar between spaces, a middle dot.
_OPTIONS = re.compile(r"\s+[/–—|·-]\s+")
#: An option: a word or a few, its meaning in brackets after it if the scale gives one.
_OPTION = re.compile(r"^(?P<mark>[^\W\d_][\w-]*(?: [^\W\d_][\w-]*){0,3})\s*(?:\((?P<meaning>[^()]{2,80})\))?$")
#: The value a scale's option has that no word of the document explains: the other value.
_OTHER = {"on-plan": "deviation", "deviation": "on plan"}


#: A word mark and its meaning in brackets after it: "vakaa (etenee suunnitelman mukaan)", "epävakaa (poikkeama)".
_BRACKETED = re.compile(r"(?<![\w-])(?P<mark>[^\W\d_][\w-]*)\s*\((?P<meaning>[^()]{2,80})\)")


def _bracketed(line: str, meanings: Meanings) -> list[tuple[str, str]]:
    """(word, meaning) of a legend that gives each mark's meaning in brackets after it, in a list or a
    sentence ("Tilanne arvioidaan sanoilla vakaa (etenee suunnitelman mukaan), epävakaa (poikkeama) ja
    kriittinen (vakava poikkeama)"): two marks or more whose meanings are ratings of both values.

    The negative side: brackets of prose ("Hanke eteni (suunnitelman mukaan) ja kulut nousivat (kaksi
    laskua)") explain one value or none; a rating word with its colour in brackets ("edennyt suunnitellusti
    (vihreä)") is a rating, and so is a dimension with its colour ("Aikataulu (green)   Kustannukset (red)");
    a capital code before its meaning is ``lightvalues.LEGEND_PAIR``'s."""
    pairs = [(m["mark"].casefold(), m["meaning"].strip()) for m in _BRACKETED.finditer(line)]
    # A word the vocabulary rates by itself is a rating, its bracket the colour it has ("aikataulu on edennyt
    # suunnitellusti (vihreä), kustannukset ovat ylittyneet (keltainen)"), no mark of the document's own.
    rated = [
        (mark, meaning)
        for mark, meaning in pairs
        if meanings([(mark, meaning)]).get(mark)
        and not meanings([(mark, mark)]).get(mark)
        and not dimension_of(mark)
    ]
    return rated if len(rated) >= 2 and len(set(meanings(rated).values())) == 2 else []


def _declared(line: str, meanings: Meanings) -> list[tuple[str, str]]:
    """(option, meaning) of a scale declared in a line, its options in order (two to five), some of them
    explained in brackets or in a sentence after the list ("Välttävä ja huono tarkoittavat, että osa-alue
    poikkeaa suunnitelmasta"): an option no word explains is the other value than those explained, when
    these are all one.

    The class: a report that names its own scale once and explains only one side of it (test24 r01 r05).
    The negative side: a scale none of whose options is explained (a survey's "Erittäin tyytyväinen /
    Tyytyväinen / Tyytymätön"), or explained both ways with an option left over, gives nothing."""
    m = _DECLARED.match(line)
    if m is None:
        return []
    listed, _, after = m["rest"].partition(". ")
    options = [_OPTION.match(o.strip(" .")) for o in _OPTIONS.split(listed)]
    if not 2 <= len(options) <= 5 or any(o is None for o in options):
        return []
    said = {mark: meaning for mark, meaning in _sentence_pairs(after, least=1)}
    pairs = [(o["mark"].casefold(), o["meaning"] or said.get(o["mark"].casefold(), "")) for o in options if o]
    values = {mark: meanings([(mark, meaning)]).get(mark) for mark, meaning in pairs if meaning}
    known = {v for v in values.values() if v is not None}
    if len(known) != 1 and not (len(known) == 2 and len(values) == len(pairs)):
        return []
    other = _OTHER[known.pop()] if len(known) == 1 else ""
    return [(mark, meaning if mark in values else other) for mark, meaning in pairs]


#: Mark → light value of a legend's pairs: ``lightvalues.legend_meanings``.
Meanings = Callable[[list[tuple[str, str]]], dict[str, str]]


def with_phrases(line: str, words: list[tuple[str, str]], meanings: Meanings) -> list[tuple[str, str]]:
    """The word pairs of a legend line (``lightvalues.WORD_PAIR``) with its phrase pairs, when these keep every
    mark the words explain ("i fas", "något efter" beside "fas", "efter"); else the words alone: "inom ramen =
    enligt projektplanen, utanför ramen = avvikelse" is read by its grades "inom", "utanför", whose one meaning
    the vocabulary lacks a legend's order gives, as it would not among four marks."""
    keys = {mark.casefold() for mark, _ in words}
    # A phrase holding one of the words' marks before its end is graded already ("matala riski": "matala"),
    # unless its meaning is the other value: "kuitattu ehdoin = poikkeama" beside "kuitattu = suunnitelman
    # mukaan" is a mark of its own, the word mark with a qualifier after it.
    phrases = [p for p in phrase_pairs(line, meanings) if p not in words]
    held = [p for p in phrases if keys & set(p[0].split()[:-1])]
    if held:
        graded = meanings(words)
        phrases = [
            p
            for p in phrases
            if p not in held
            or not any(graded.get(w) in (None, meanings([p]).get(p[0])) for w in keys & set(p[0].split()[:-1]))
        ]
    if not phrases:
        return words
    have, both = meanings(words), meanings(words + phrases)  # ``lightvalues.legend_meanings``
    return words + phrases if len(set(both.values())) == 2 and have.keys() <= both.keys() else words


def _sentence_pairs(line: str, least: int = 2) -> list[tuple[str, str]]:
    clauses = [c.strip() for c in re.split(r"(?<=[.!?])\s+|;\s*", line) if c.strip()]
    means = [m for c in clauses if (m := _MEANS_CLAUSE.match(c)) is not None]
    if not means:
        return []
    out: list[tuple[str, str]] = []
    explained, clauses_read = False, 0
    for clause in clauses:
        said = _MEANS_CLAUSE.match(clause)
        m = said or (_ARE_CLAUSE.match(clause) or _elided(clause) if explained else None)  # the others after it
        # "… is a deviation that the steering group follows": the meaning without its relative clause.
        meaning = _RELATIVE.split(m["word"].strip().rstrip("."), maxsplit=1)[0] if m is not None else ""
        if m is None or (said is None and len(meaning.split()) > _LONGEST):
            continue
        explained = explained or said is not None
        marks = _marks(m["head"], tails=said is not None)
        clauses_read += bool(marks)
        out += [(mark, meaning) for mark in marks]
    return out if clauses_read >= least else []  # one clause explains one answer: ``lightscales.answer_said``'s


#: A clause of marks and a short meaning that leaves out the explaining clause's verb before it ('"Ei huolta"
#: tarkoittaa …; "pieni huoli" ja "iso huoli" poikkeamaa', '"Lugnt" betyder …; "viss oro" och "stor oro" avvikelse'):
#: the marks quoted, or two or more joined by "and" or a comma before a meaning of one word (the quotes out).
_ELIDED = re.compile(r"^(?P<head>[»«\"“”„'‘’].{1,100}[»«\"“”„'‘’])\s+(?P<word>[^\W\d_][^»«\"“”„]{0,60})$")
_ELIDED_BARE = re.compile(r"^(?P<head>[^\W\d_][\w ,-]{1,100}?)\s+(?P<word>[^\W\d_]+)\.?$")


def _elided(clause: str) -> re.Match[str] | None:
    """A clause after an explaining one whose subject is only marks, joined by "and" or commas, and whose verb
    is the one the first clause gave (:data:`_ELIDED`); a clause of prose around a quote is none, nor one
    whose subject joins nothing."""
    m = _ELIDED.match(clause)
    if m is not None:
        return None if _JOINED.sub("", _QUOTED.sub("", m["head"])).strip() else m
    m = _ELIDED_BARE.match(clause)
    return m if m is not None and len(_JOINED.split(m["head"])) >= 2 else None


def _marks(head: str, *, tails: bool) -> list[str]:
    """The marks a clause's subject names: its quoted phrases, else each phrase "and" or a comma joins, of
    four words at most; with ``tails`` (the explaining clause's subject) each of its last words too, a noun
    standing before the mark ("Riskitaso matala": "matala"), not after a negation ("not cleared")."""
    quoted = _QUOTED.findall(head)
    # "but …", and an article before the mark: "a finding recorded is a deviation", "en anmärkning betyder …".
    items = quoted or _JOINED.split(
        re.sub(r"^(?:(?:men|mutta|but|while)\s+)?(?:(?:a|an|the|en|ett)\s+)?", "", head.strip(), flags=re.I)
    )
    out: list[str] = []
    for item in items:
        words = item.strip(_QUOTES + ".,:").split()
        if not words or len(words) > _LONGEST or not all(re.fullmatch(r"[^\W\d_][\w-]*", w) for w in words):
            return [] if not quoted else out  # a subject of prose, not a list of marks
        ends = range(len(words)) if tails and not _NEGATION.fullmatch(words[0]) else range(1)
        out += [" ".join(words[i:]).casefold() for i in ends]
    return out


#: A word or phrase in quotes of a kind no legend prints as a mark: »vakaa», “godkänt”, „ok“.
_WORD_QUOTED = re.compile(r"[»«“”„]([^\W\d_][^»«“”„=]{0,40}?)[»«“”„]")


#: A word or mark in Markdown emphasis: "*toteutui*", "**V**", "_hyvä_".
_EMPHASIS = re.compile(r"(?<![\w*_])(\*{1,2}|_{1,2})([^\s*_](?:[^*_]*?[^\s*_])?)\1(?![\w*_])")


def bare(line: str) -> str:
    """``line`` with its marks and words out of Markdown emphasis ("*toteutui* = vihreä") and out of quotes
    ("Tila »vakaa» tarkoittaa" → "Tila vakaa tarkoittaa"): a guillemet or a typographic quote around a word
    is no symbol mark of the legend."""
    line = _EMPHASIS.sub(r"\2", line)
    return _WORD_QUOTED.sub(r"\1", line) if any(q in line for q in "»«“”„") else line


def phrase_value(meant: dict[str, str], raw: str) -> str | None:
    """The value a legend gives the phrase a cell or a value prints ("godkänt med anmärkning", "i fas –
    kurserna startade"): its words before a comment, the longest first, two words at least (one word is the
    caller's)."""
    head = re.split(r"\s[–—-]\s|[(,;:]", raw, maxsplit=1)[0]
    words = head.strip(_QUOTES + ".").split()
    if not 2 <= len(words) <= _LONGEST:
        return None
    for n in range(len(words), 1, -1):
        key = " ".join(words[:n]).strip(_QUOTES + ".").casefold()
        if key in meant:
            return meant[key]
    return None


__all__ = ["bare", "phrase_pairs", "phrase_value", "with_phrases"]
