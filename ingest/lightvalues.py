"""What a light's value cell says: a colour, a symbol, a legend's mark, a ticked option, a phrase, a percentage.

The words come from the ``light-value`` vocabulary (``ingest/lightwords.py``); a legend line of
the document explains its own marks ("● = vihreä, ▲ = keltainen", "V = vihreä"), kept in
:data:`LEGEND` while the document is segmented (``ingest/lighttext.py`` sets it).
"""

from __future__ import annotations

import functools
import re
from contextvars import ContextVar

from hankegraafi.ingest.labels import light_value
from hankegraafi.ingest.lightcolumns import cost_header, period_key
from hankegraafi.ingest.lightdims import LEAD, dimension_in_sentence, dimension_of
from hankegraafi.ingest.lightitems import with_items
from hankegraafi.ingest.lightonly import only_legend
from hankegraafi.ingest.lightphrases import bare, phrase_value, with_phrases
from hankegraafi.ingest.lightpieces import piece_legend, table_keys
from hankegraafi.ingest.lightprogress import LEADING_PERCENT, progress_value, takes
from hankegraafi.ingest.lightscales import answer_said, full_bars, other_answer, ranked, scale_legend, spelt
from hankegraafi.ingest.lightscales import yes_no_legend as _yes_no
from hankegraafi.ingest.lightscorepairs import SCORE_PAIR, score_pairs, unexplained_scores
from hankegraafi.ingest.lightthresholds import by_threshold, threshold_pairs
from hankegraafi.ingest.lightwordmarks import WORD_PAIR, alternatives, graded, listed_legends
from hankegraafi.ingest.lightwords import colour_word, colours_in, symbols
from hankegraafi.ingest.lightwords import words as _words
from hankegraafi.ontology import registry

PERCENT = re.compile(r"^(?P<n>\d{1,3}(?:,\d+)?)\s?(?:%|prosenttia|procent)$", re.I)


#: The symbols a document's legend explains ("● = vihreä, ▲ = keltainen"), while it is segmented.
LEGEND: ContextVar[dict[str, str]] = ContextVar("legend", default={})  # noqa: B039 - never mutated
#: A legend's mark: any one symbol ("●", "◐", "▲") or a run of one repeated as a scale ("◆◆◆ = …, ◆◆ = …") with
#: or without "=", a short capital code that an "=", a ":" or its meaning in brackets explains ("V = vihreä",
#: "OK: etenee suunnitellusti", "V – vihreä", "A (suunnitelman mukaan) – B (…)"), or a sign that an "=" explains
#: ("+ = kunnossa, - = vaatii toimia"; without the "=" a sign is a bullet or an empty cell), or a sign or one
#: letter in brackets ("(+) etenee suunnitellusti, (-) poikkeama", "(!) viivästynyt", "(o) suunnitellusti (x)
#: jäljessä"). A middle dot parts the items ("hyvä = … · heikko = …") and marks none.
LEGEND_PAIR = re.compile(
    r"(?:(?<![\w])(?P<symbol>(?P<glyph>[^\w\s,.;:()\[\]=/%€&+*'\"–—·|-])(?P=glyph){0,4})|(?<![\w-])(?P<code>[A-ZÄÖÅ]{1,4})(?=\s*(?:[=:]|\(\w)|\s[–—-]\s)"
    r"|(?<![\w+−–-])(?P<sign>[+−–-])(?=\s*=)|(?P<bsign>\((?:[^\w\s()]|[^\W_])\)))"
    r"\s*(?:=|:|–|-|\()?\s*(?P<word>[^\W\d_]+)"
)
#: The dashes a sign mark is printed with: a legend's "-" is the table's "–" or "−" too.
_DASHES = "-–−"


#: A score as a card or a cell prints it: "4", "4/5", "4 / 5".
SCORE = re.compile(r"(?P<n>\d{1,2})(?:\s*/\s*\d{1,2})?")


def legend_pairs(line: str) -> list[tuple[str, str]]:
    """(mark, what it means) of a legend line: the words after each mark up to a comma, a semicolon or
    the next mark ("OK = etenee suunnitellusti, HUOM = poikkeama" → ("OK", "etenee suunnitellusti")),
    or each score of a scale's legend (:func:`score_pairs`). Remembered per line, vocabulary reading and
    document legend (a phrase's meaning is looked up under it): the readers ask the same line many times."""
    schemes = registry.schemes()
    key = (line, id(schemes), legend_key(LEGEND.get()))
    hit = _PAIRS.get(key)
    if hit is not None and hit[0] is schemes:  # the same reading: its id is not reused while it is kept here
        return list(hit[1])
    if len(_PAIRS) >= 20_000:
        _PAIRS.clear()
    out = _legend_pairs(line)
    _PAIRS[key] = (schemes, tuple(out))
    return out


#: :func:`legend_pairs` remembered: (line, id of the vocabulary read, the legend's key) → (read, pairs).
_PAIRS: dict[tuple[str, int, tuple[tuple[str, str], ...]], tuple[object, tuple[tuple[str, str], ...]]] = {}


def legend_key(meant: dict[str, str]) -> tuple[tuple[str, str], ...]:
    """What a legend says, as a key of the readers' memories: two legends that say the same (the segmenter's
    and the sweep's of one document, every document's without one) are one key, so a cell or a line one
    reader asked is not read again by the next (the readers depend on the legend only by what it says, and a
    legend is never changed once made)."""
    if not meant:
        return ()
    hit = _KEYS.get(id(meant))
    if hit is not None and hit[0] is meant:  # the legend is kept here: its id is not reused meanwhile
        return hit[1]
    if len(_KEYS) >= 1_000:
        _KEYS.clear()
    key = tuple(meant.items())
    _KEYS[id(meant)] = (meant, key)
    return key


#: :func:`legend_key` remembered: id of the legend → (legend, key).
_KEYS: dict[int, tuple[dict[str, str], tuple[tuple[str, str], ...]]] = {}


def _legend_pairs(line: str) -> list[tuple[str, str]]:
    line = bare(spelt(line))  # "*toteutui* = vihreä", "»vakaa» tarkoittaa": the mark without emphasis or quotes
    return with_items(line, _word_pairs(line), legend_meanings)  # "åtgärd pågår och åtgärd krävs = …"


def _word_pairs(line: str) -> list[tuple[str, str]]:
    if line.count("=") >= 2 and line.count(" | ") >= 1:  # "Key: G = on track | A = at risk": bars between pairs
        line = _PIPES.sub(r"\1; ", line)
    if line.count("=") >= 2:  # "OK = enligt plan   Obs = avvikelse": a wide gap between pairs, set as a table's
        line = _GAPS.sub(r"\1; ", line)
    thresholds = threshold_pairs(line, least=1)  # "vähintään 80 = suunnitelman mukaan, alle 80 = poikkeama"
    if len(thresholds) >= 2:
        return thresholds
    scores = score_pairs(line)
    scores += unexplained_scores(line, scores, legend_meanings)  # "asteikko 1/5–5/5; 4/5 tai 5/5 = …"
    if scores and thresholds:  # "8–10 = suunnitelman mukaan, 7 tai alle = poikkeama": grades and a threshold
        return scores + thresholds
    found = list(LEGEND_PAIR.finditer(line))
    if len(scores) >= 2 or (scores and not found):  # signs before them: "(– = ingen avvikelse, 1 = …)"
        signs = [m for m in found if m.group("sign") and not m.group("word")[:1].isdigit()]
        return [
            (m.group("sign"), re.split(r"[,;(]", line[m.start("word") :])[0].strip()) for m in signs
        ] + scores
    words = [pair for m in WORD_PAIR.finditer(line) for pair in alternatives(line, m)]
    words = with_phrases(line, graded(line, words), legend_meanings)
    if len(found) < 2 and len(words) >= 2:
        return words  # the document's own words as marks: "hyvä = etenee suunnitelman mukaan, heikko = …"
    if not found and len(words) == 1 and other_answer({words[0][0]: "deviation"}):
        return words  # "(kyllä = osa-alue on ylittänyt hälytysrajan)": one answer explains the other too
    if not found and not words and (said := answer_said(line)) is not None:
        return [said]  # "Svaret ja betyder att området har överskridit sin larmgräns."
    if not found and not words and len(thresholds) == 1:
        return thresholds  # "värden under 0,8 är avvikelser": one side given, the other is the other value
    out: list[tuple[str, str]] = []
    for at, m in enumerate(found):
        end = found[at + 1].start() if at + 1 < len(found) else len(line)
        phrase = re.split(r"[,;(]", line[m.start("word") : end], maxsplit=1)[0].strip(" –-")
        mark = m.group("symbol") or m.group("code") or m.group("sign") or m.group("bsign")
        joined = _JOINED_CODE.search(line[: m.start()]) if m.group("code") else None
        if joined is not None:  # "A ja B = etenee suunnitelman mukaan": A means what B means
            out.append((joined.group("code"), phrase))
        out.append((mark, phrase))
    # A code in mixed case beside capital ones ("G = grönt, Gu = gult, R = rött"): its word pair. Beside marks
    # that are symbols ("● grön = …, ● gul = …") the words are the colours the symbol is printed in, no codes.
    if not all(m.group("code") for m in found):
        return out
    have = {mark.casefold() for mark, _ in out}
    return out + [(mark, meaning) for mark, meaning in words if len(mark) <= 3 and mark not in have]


#: A bar between a legend's pairs, each with its "=" ("G = on track | A = at risk"), not a table's cell.
_PIPES = re.compile(r"(?<==)([^=|]*?)\s+\|\s+(?=[^|=]{1,30}=)")
#: A wide gap (two spaces or more, a tab) between a legend's pairs, each with its "=", where a comma would stand
#: ("Sujuu = suunnitelman mukaan     Varo = poikkeama"): a key aligned under a table (test48 os17).
_GAPS = re.compile(r"(?<==)([^=]*?\S)(?:[ ]{2,}|\t+)(?=[^\s=][^=]{0,30}=)")
#: A code mark joined to the next one before the meaning both share: "A ja B =", "C och D =", "A, B =", "R/A =".
_JOINED_CODE = re.compile(r"(?<![\w-])(?P<code>[A-ZÄÖÅ]{1,4})\s*(?:,|/|\s(?:ja|och|and|tai|eller|or)\s)\s*$")


#: Signs that say a grade by themselves when a legend's words do not.
_SIGNED = dict.fromkeys("-–−0?!~", "deviation") | {"+": "on-plan"}


def legend_meanings(pairs: list[tuple[str, str]]) -> dict[str, str]:
    """Mark → light value of a legend's (mark, meaning) pairs: the marks whose meaning is a value. A mark
    explained twice keeps its first value: the second is a gloss ("V = vihreä, K = keltainen; V =
    suunnitelmassa"), which would otherwise leave the legend without its green."""
    out: dict[str, str] = {}
    pairs = [(m, w) for m, w in pairs if not dimension_of(m)]  # "Aikataulu = vihreä" rates, explains no mark
    # A grade of a symbol scale in words the vocabulary lacks ("◕ lähes"): its family's order (lightscales).
    values = [value_of(phrase) or ranked(mark) for mark, phrase in pairs]
    values = _other_end(values)
    if None in values and all(m.strip("()") in _SIGNED and not dimension_of(w) for m, w in pairs):
        # Signs whose words the vocabulary lacks ("(+) hyvässä vauhdissa (0) seurattava (–) pysähdyksissä"):
        # the plus is on plan, any other sign (a minus, a zero, a query) a deviation.
        values = [v or _SIGNED[mark.strip("()")] for (mark, _), v in zip(pairs, values, strict=True)]
    for (mark, _), value in zip(pairs, values, strict=True):
        signs = _DASHES if mark.strip("()") in _DASHES else ()
        for same in [f"({d})" if mark.startswith("(") else d for d in signs] or [mark]:
            if value in ("on-plan", "deviation"):
                out.setdefault(same, value)
    return out | other_answer(out)


def _other_end(values: list[str | None]) -> list[str | None]:
    """A legend's values with the one grade the vocabulary does not know given by its place: a scale is
    written from its best grade to its worst, so an unknown first grade over grades that are all deviations
    is on plan ("(+) etenee, (!) viivästynyt"), an unknown last under grades all on plan a deviation."""
    unknown = [i for i, v in enumerate(values) if v is None]
    known = {v for v in values if v is not None}
    if len(values) < 2 or len(unknown) != 1 or not known:
        return values
    # "(+) as planned (?) uncertain (-) behind plan": the worst grade last is a deviation whatever its words.
    if unknown[0] == 0 and values[1] == "deviation":
        return ["on-plan", *values[1:]]
    if unknown[0] == len(values) - 1 and "on-plan" in known:
        return [*values[:-1], "deviation"]
    return values


def document_legend(lines: list[str]) -> dict[str, str]:
    """Mark → light value of the document's first legend that explains both values (``lighttext.legend``); a
    legend line that goes on ("… B = pieniä poikkeamia," / "C = merkittäviä poikkeamia)") read whole; and the
    symbol scales it rates with that no legend explains (``lightscales.scale_legend``). Read once for the
    segmenter, the facts and the sweep of one document (the answer is shared: never change it)."""
    return _document_legend(tuple(lines), id(registry.schemes()))  # a vocabulary read again reads it again


@functools.lru_cache(maxsize=8)
def _document_legend(lines: tuple[str, ...], _reading: int) -> dict[str, str]:
    explicit = _explicit_legend([spelt(line) for line in lines] + table_keys(list(lines), dimension_of))
    found = explicit or only_legend(list(lines), value_of) or _yes_no(lines, value_of)  # "vain X", "✓ = kyllä"
    # a key read piece by piece ("+ suunnitelman mukainen, ± …", "▮▮▯ minor deviation"): the marks it prints whole
    # that the legend found does not explain already
    # A key broken after a comma is read whole first ("*** = enligt plan, ** = lindrig avvikelse," / "* = allvarlig …").
    pieces, token = piece_legend(_with_whole(list(lines)), legend_meanings, value_of), LEGEND.set(found)
    try:
        found = {mark: value for mark, value in pieces.items() if explained(mark) is None} | found
    finally:
        LEGEND.reset(token)
    return found | scale_legend(lines, found) | full_bars(lines, found)


def _explicit_legend(lines: list[str]) -> dict[str, str]:
    whole = [
        f"{line} {lines[i + 1].strip()}" if i + 1 < len(lines) and _goes_on(line, lines[i + 1]) else line
        for i, line in enumerate(lines)
    ]
    # Each line read once for both: legend_pairs remembers 20 000 lines, and a longer document was read twice.
    asked = {line: legend_pairs(line) for line in whole}
    listed = listed_legends(lines, lambda line: asked[line] if line in asked else legend_pairs(line))
    for pairs in [*(asked[line] for line in whole), *listed]:
        if len(pairs) < 2 and not (pairs and other_answer({pairs[0][0]: "deviation"})):
            continue  # one pair explains a scale only when it is one answer of a yes-or-no question
        meant = legend_meanings(pairs)
        if len(meant) >= 2 and len(set(meant.values())) == 2:
            return meant
    return {}


def _with_whole(lines: list[str]) -> list[str]:
    """Each line, the line and the next one joined before it where it breaks off a legend (:func:`_goes_on`)."""
    out: list[str] = []
    for i, line in enumerate(lines):
        if i + 1 < len(lines) and _goes_on(line, lines[i + 1]):
            out.append(f"{line} {lines[i + 1].strip()}")
        out.append(line)
    return out


def _goes_on(line: str, below: str) -> bool:
    """The line breaks off a legend: it ends in a comma or a semicolon, opens a bracket it does not close, or
    its sentence goes on in the next line ("Arvot 0–3 ovat suunnitelman" / "mukaisia, 4 tai enemmän …")."""
    if line.rstrip().endswith((",", ";")) or line.count("(") > line.count(")"):
        return True
    nxt = below.strip()
    return bool(nxt[:1].islower() and not line.rstrip().endswith((".", ":")) and len(line) <= 200)


#: A count out of its whole ("4/4", "3 / 5") and the words a legend explains a whole or a short count by
#: ("täysi luku = suunnitelman mukaan, vajaa luku = poikkeama", "full marks = on plan, partial marks = …").
_FRACTION = re.compile(r"^(?P<n>\d{1,3})\s*(?:/|of|av|/)\s*(?P<of>\d{1,3})$")
_WHOLE = frozenset(
    {"täysi", "täydet", "full", "fullt", "fulla", "hel", "hela", "kaikki", "all", "complete", "komplett"}
)
_SHORT = frozenset(
    {"vajaa", "vajaat", "osittainen", "partial", "ofullständig", "ofullständigt", "incomplete", "ofullständiga"}
)


def _whole_or_short(meant: dict[str, str], raw: str) -> str | None:
    """The value a legend gives a whole count ("4/4") or a short one ("3/5") by its words for them (test26 o06)."""
    m = _FRACTION.match(raw.strip())
    if m is None or int(m["n"]) > int(m["of"]):
        return None
    words = _WHOLE if m["n"] == m["of"] else _SHORT
    return next((value for mark, value in meant.items() if words & set(mark.casefold().split()[:2])), None)


#: A symbol before a word ("■ henkilöstö"): two of a legend's in one text are a row of lights.
_MARKED_WORD = re.compile(r"(?:^|\s)([^\w\s])\s*[^\W\d_]{3,}")
#: A mark printed as a run of one symbol ("◆◆", "★★★").
_RUN = re.compile(r"([^\w\s])\1*")


def explained(raw: str) -> str | None:
    """The value a legend gives the mark ``raw`` starts with ("◐", "K", "● kommentti")."""
    meant = LEGEND.get()
    if not meant:
        return None
    raw = spelt(raw)
    if (" " in (whole := raw.strip(" .").casefold()) and whole in meant) or (whole := raw.strip()) in meant:
        return meant[whole]  # a mark printed whole: a phrase ("åtgärd pågår", "2 av 2"), a bar ("[##-]")
    if not raw or sum(1 for m in _MARKED_WORD.finditer(raw) if m.group(1) in meant) >= 2:
        return None  # "□ aikataulu  ■ henkilöstö": a row of lights, each mark its own dimension's, no one value
    if _SIGNED_QUANTITY.match(raw):
        return None  # "+ 2 kk viivettä", "+ 15 000 € yli budjetin": a signed quantity, whose words rate it
    bracketed = re.match(r"\((?:[^\w\s()]|[^\W_])\)", raw)
    if bracketed is not None:
        return meant.get(bracketed.group(0))  # "(+) aikataulu" under "(+) etenee suunnitellusti, (-) poikkeama"
    score = SCORE.fullmatch(raw.strip())
    if raw[0].isdigit() or (raw[0] in "+−–-" and raw[1:2].isdigit()):  # "−1" on a scale of −2…+2 too
        if score is not None and score.group("n") in meant:
            return meant[score.group("n")]  # "4/5" on a scale the legend explains
        return _whole_or_short(meant, raw) or by_threshold(meant, raw)  # "90" over "vähintään 80 = …"
    run = _RUN.match(raw)
    if run and run.group(0) in meant and (run.end() == len(raw) or not raw[run.end()].isalnum()):
        return meant[run.group(0)]  # "◆◆" of a scale "◆◆◆ = …, ◆◆ = …, ◆ = …", not its "◆"
    if run and run.end() == len(raw.rstrip()) and len(run.group(0)) >= 4:
        return None  # "--------": a rule under a heading, not the legend's "-" (test33 id34)
    if raw[0] in meant and (len(raw) == 1 or not raw[1].isalnum()):
        return meant[raw[0]]
    first = raw.split()[0].strip(".,;:()")
    if first.isupper() and first in meant:
        return meant[first]
    if (phrased := phrase_value(meant, raw)) is not None:
        return phrased  # a phrase mark ("godkänt med anmärkning"), a negated word mark ("ei toteutunut")
    # A word mark of the legend's own, as a value by itself ("hyvä", "Kunnossa – …"), not a sentence's first
    # word; or with a comment after it in brackets or after a dash ("huoli (kaksi sijaista)", "jumissa – …").
    commented = raw.split()[0].endswith(":") or _COMMENT.match(raw[len(raw.split()[0]) :])  # "Huomautus: …"
    return meant.get(first.casefold()) if len(raw.split()) <= 3 or commented else None


#: A sign before a number: a signed quantity ("+ 2 kk", "− 3 %"), not a sign key's mark.
_SIGNED_QUANTITY = re.compile(r"^[+−–±-]\s\d[\d\s,.]*[^\d\s,.]")
#: A comment after a value: in brackets, after a dash or a colon ("huomautus: ostopalvelut ylittyvät").
_COMMENT = re.compile(r"^\s*(?:\(.*\)|[–—-]\s.*|:\s.*)\s*$")


def mark_before(text: str) -> tuple[str, str] | None:
    """(value, the rest) of a text that begins with a mark of the document's legend and goes on: "(+) aikataulu",
    "◐ Riskit – …" (a line or a row's first cell that puts the legend's mark before the dimension).

    A number before the words is the section's or the item's number ("4 Kustannukset (€)", "2 TALOUS"), not
    a score of the legend's scale even when the scale has it: a score stands after its dimension or in a
    cell of its own. The class: a report that rates on a scale of numbers and numbers its sections."""
    first, _, rest = re.sub(r"^[-*•]\s+", "", text.strip()).partition(" ")  # a list item's bullet first
    signed = _SIGNED_QUANTITY.match(f"{first} {rest}")  # "+ 2 kk viivettä": a quantity, not the mark "+"
    value = (
        explained(first) if first and rest.strip() and not first.rstrip(".)").isdigit() and not signed else None
    )
    return (value, rest.strip()) if value in ("on-plan", "deviation") else None


#: A pointer before the option a printed form's select shows ("Aikataulu (valitse)   » Ei poikkeamaa").
_POINTER = re.compile(r"^[»›▸►→⇒]\s+")
#: A change since the last report: a value, an arrow, the value now ("keltainen → vihreä", "gul -> grön").
_CHANGE = re.compile(r"^(?P<before>[^→⇒➜⟶>]{1,40}?)\s*(?:→|⇒|➜|⟶|->|=>)\s*(?P<after>\S.*)$")


def value_of(text: str, *, first_word: bool = False) -> str | None:
    """'on-plan', 'deviation' or 'NN%' for a value as a cell, a colon line's tail or a list item prints it.

    A symbol or a colour word at the start decides; else (unless ``first_word``) a template's
    phrase anywhere in the first 80 characters ("toteutui suunnitellusti", "Poikkeama, vaatii
    seurantaa").

    Remembered per text, vocabulary reading and document legend, as :func:`legend_pairs` is: the segmenter, the
    facts and the sweep ask the same cells and tails again and again (150 000 calls over the corpus, 5 % of
    extraction's time).
    """
    if len(text) > _VALUE_LONGEST:
        return _value_of(text, first_word)
    schemes = registry.schemes()
    key = (text, first_word, id(schemes), legend_key(LEGEND.get()))
    hit = _VALUES.get(key)
    if hit is not None and hit[0] is schemes:  # the same reading: its id is not reused while it is kept here
        return hit[1]
    if len(_VALUES) >= 20_000:
        _VALUES.clear()
    value = _value_of(text, first_word)
    _VALUES[key] = (schemes, value)
    return value


#: The longest text :func:`value_of` remembers (a cell, a tail; a paragraph is seldom asked twice), and what it
#: remembered: (text, first_word, id of the vocabulary read, the legend's key) → (read, value).
_VALUE_LONGEST = 200
_VALUES: dict[tuple[str, bool, int, tuple[tuple[str, str], ...]], tuple[object, str | None]] = {}


def _value_of(text: str, first_word: bool) -> str | None:
    raw = _POINTER.sub("", text.strip())  # "» Ei poikkeamaa": a form's chosen option after its pointer
    if not raw:
        return None
    change = _CHANGE.match(raw)
    if change and value_of(change.group("before")) and value_of(change.group("after"), first_word=first_word):
        return value_of(change.group("after"), first_word=first_word)  # "keltainen → vihreä": now green
    marked = marked_option(raw)
    if marked is not None:
        return marked or None  # "": options, none ticked — no value
    legend_value = explained(raw)
    if legend_value is not None:
        return legend_value
    if raw[0] in symbols("on-plan"):
        return "on-plan"
    if raw[0] in symbols("deviation"):
        return "deviation"
    denied = _denied(raw)
    if denied is not None:
        return denied
    known = light_value(" ".join(raw.split()[:2]) if first_word else raw)
    if known is not None:
        return known
    head = LEAD.sub("", raw).lstrip("([ ")[:80]  # "(vihreä) – …": a value in brackets after its dimension
    percent = PERCENT.match(head)
    if percent:
        return percent.group("n").replace(" ", "") + "%"
    first = re.split(r"[\s,.;:–—()\[\]-]+", head, maxsplit=1)[0]
    if _words("deviation").fullmatch(first):
        return "deviation"
    if _words("on-plan").fullmatch(first):
        return "on-plan"
    # A colour named in the phrase is its rating, whatever words the reason has ("pieni viive (vihreä)").
    colour = colour_in(head) if not first_word and len(raw) <= 80 else None
    if colour is not None:
        return colour
    # A phrase of the vocabulary that starts the value, a reason after it ("över budget, licenserna dyrare").
    starts = [v for v in ("on-plan", "deviation") if _words(v).match(head)]
    if len(starts) == 1:
        return starts[0]
    if first_word or len(raw) > 80:
        return None
    on, off = _words("on-plan").search(head), _words("deviation").search(head)
    if on and (off is None or on.start() <= off.start()):
        return "on-plan"
    return "deviation" if off else None


#: A negation among a value's first words: "ei suunnitelman mukainen", "följer inte planen", "not on track".
_NEGATED = re.compile(
    r"^(?P<before>(?:[^\W\d_]+ ){0,2})(?P<neg>(?:ei|ej|inte|icke|inga|ingen|not|no|does not|is not) )", re.I
)


#: A negation last, after a verb of one or two words: "överskrids inte", "budget exceeded not".
_NEGATED_LAST = re.compile(r"^(?P<before>[^\W\d_]+(?: [^\W\d_]+)?) (?:inte|ej|icke)$", re.I)
#: What parts a value's clauses: a comma, a dash, a bracket, "but".
_CLAUSES = re.compile(r"[,;:(–—]|\s-\s|\b(?:mutta|vaan|men|utan|but)\b", re.I)


def _denied(raw: str) -> str | None:
    """The other value, when the value denies a phrase of one: "ei suunnitelman mukainen", "inte enligt plan",
    "följer inte planen", "not on track", "Ei riittävä" are deviations; "ei viivästy", "not delayed", "ei
    poikkeamia" are on plan."""
    m = _NEGATED.match(raw[:80])
    rest = raw[m.end() :].strip() if m is not None else ""
    after = _NEGATED_LAST.match(raw[:80]) if not rest else None  # "överskrids inte", "försenad inte"
    m = after or m
    if m is None or not (rest or after) or len(rest.split()) > 4 or _CLAUSES.search(rest):
        return None  # "ei ole kriittinen mutta vaatii seurantaa": the negation is one clause's, not the value's
    said = value_of(m.group("before") + rest)
    return {"on-plan": "deviation", "deviation": "on-plan"}.get(said or "")


def colour_in(text: str) -> str | None:
    """The value of the colour a sentence names ("Kulut kertyivät hitaammin; arvio keltainen."), when it
    names colours of one value only; a sentence that names none, or both kinds, gives none."""
    if len(text) > 300:
        return None
    values = {colour_word(m.group()) for m in colours_in(text)}
    return values.pop() if len(values) == 1 else None


def sentence_light(sentence: str) -> tuple[str, str] | None:
    """(dimension, value) of a sentence that rates one dimension ("Kustannukset pysyivät budjetissa")."""
    if len(sentence) > 200:
        return None
    dim = dimension_in_sentence(sentence)
    if dim is None:
        return None
    on, off = _words("on-plan").search(sentence), _words("deviation").search(sentence)
    if on and off:
        # The subject's own words may hold a value's word ("Aikataulussa pysymisen liikennevalo on punainen":
        # "aikataulussa" names the dimension here): a colour after the first word names the value outright.
        rest = sentence.strip().split(maxsplit=1)[1:]
        named = colours_in(rest[0]) if rest else []
        if len({colour_word(m.group()) for m in named}) == 1:
            return dim, colour_word(named[0].group()) or ""
        return None  # "ei viivästynyt, mutta …": a sentence weighing both says no one value
    if on or off:
        return dim, "on-plan" if on else "deviation"
    return None


OPTION = re.compile(r"(?P<mark>[☐☒☑□■▣✓✔]|\[\s*[xX✓]?\s*\]|\(\s*[xX•]?\s*\))\s*(?P<word>[^\W\d_]+)")


def marked_option(text: str) -> str | None:
    """A form's options with one ticked ("☐ Vihreä ☒ Keltainen ☐ Punainen", "[x] grön [ ] gul"): the ticked one;
    "" when there are options and none is ticked, None when the text lists no options."""
    options = OPTION.findall(text)
    if len(options) == 1 and OPTION.match(text.strip()) and len(text.split()) <= 3:
        # One option of a form that lists them on lines of their own ("☐ Vihreä" / "☒ Keltainen").
        mark, word = options[0]
        if not re.search(r"[☒☑■▣✓✔xX•]", mark):
            return ""
        options = [(mark, word)]
    elif len(options) < 2:
        return None
    found = list(OPTION.finditer(text))
    # Each option's words up to the next option's mark: "(x) Suunnitelman mukainen ( ) Poikkeama".
    phrases = [
        text[m.start("word") : found[i + 1].start() if i + 1 < len(found) else len(text)].strip(" \t,;/|")
        for i, m in enumerate(found)
    ]
    ticked = [
        (word, phrase)
        for (mark, word), phrase in zip(options, phrases, strict=False)
        if re.search(r"[☒☑■▣✓✔xX•]", mark)
    ]
    if len(ticked) != 1:
        return "" if not ticked else None
    word, phrase = ticked[0]
    said = value_of(phrase) if phrase != word else None  # "(x) Etenee suunnitellusti": the option's words
    if said in ("on-plan", "deviation"):
        return said
    if _words("deviation").fullmatch(word):
        return "deviation"
    if _words("on-plan").fullmatch(word):
        return "on-plan"
    return LEGEND.get().get(word.casefold())  # "(x) välttävä" under "välttävä = lievä poikkeama": its own word


def strict_value(text: str) -> str | None:
    """The value of a cell that says it by itself: a symbol, a legend's mark, a ticked option, a
    colour word first ("Keltainen – …"), or a percentage first ("64 %")."""
    raw = text.strip().strip("*_ ")
    if not raw:
        return None
    if marked_option(raw) or explained(raw) is not None or raw[0] in symbols():
        return value_of(raw)
    head = LEAD.sub("", raw)
    percent = LEADING_PERCENT.match(head)
    if percent:
        return percent.group("n") + "%"
    first = re.split(r"[\s,.;:–—()-]+", head, maxsplit=1)[0]
    return colour_word(first) if first else None


__all__ = [
    "LEADING_PERCENT",
    "LEGEND",
    "PERCENT",
    "SCORE_PAIR",
    "colour_in",
    "cost_header",
    "document_legend",
    "explained",
    "legend_key",
    "legend_meanings",
    "legend_pairs",
    "listed_legends",
    "mark_before",
    "marked_option",
    "period_key",
    "progress_value",
    "score_pairs",
    "sentence_light",
    "strict_value",
    "takes",
    "value_of",
]
