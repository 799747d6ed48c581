"""Which light dimension a label or a sentence names, from the ``light-dimension`` vocabulary.

A dimension (``ontology/vocab/status.ttl``: Aikataulu, Kustannukset, Riskit … with their
Swedish and English labels and hidden variants) is named by its label, by a label with words
about it ("Aikataulu ja eteneminen"), by a longer label in other words whose one known word
tells it ("Tulosten laatu", "Riskitaso"), or by the word a sentence starts with
("Riskit arvioitiin …"). ``ingest/lighttext.py`` pairs these with values.
"""

from __future__ import annotations

import re

from hankegraafi.ingest import cues
from hankegraafi.ingest.labels import match_light, tables
from hankegraafi.ontology import registry

#: A coloured symbol says the value by itself.
LEAD = re.compile(r"^[\s●○•◉▲■◆⚠️✓✔✅❌⛔🟢🟡🟠🔴🟩🟨🟧🟥💚*_\-–:]+")
#: Words that may stand before the dimension: "Hankkeen edistyminen", "Liikennevalo Aikataulu".
PREFIX = re.compile(r"^(?:liikennevalo\w*|trafikljus\w*|hankkeen|projektets|projektin|tila|läge)\s+", re.I)
#: The corner of a matrix whose rows are units by name: a project or a model ("Hanke", "Projekt", "Project",
#: "Toimintamalli", "Verksamhetsmodell"); the part words are the facts' (``lightrows.units_corner``).
UNITS_CORNER = re.compile(
    r"^(?:toimintamalli\w*|malli|verksamhetsmodell\w*|modell\w*|models?|practices?|"
    r"hanke|hankkeet|projekti|projektit|projekt|projekten|projects?)$",
    re.I,
)
_PART_WORDS: list[tuple[object, frozenset[str]]] = []


def units_corner_word(cell: str) -> bool:
    """The cell names a kind of unit a matrix's rows may be: :data:`UNITS_CORNER`, or a word that starts a
    part in the ``project-part`` vocabulary ("Delprojekt", "Osahanke", "Investointi", "Workstream")."""
    word = cell.strip(" *_")
    scheme = registry.scheme("project-part")
    if not _PART_WORDS or _PART_WORDS[0][0] is not scheme:  # once per reading of the vocabularies
        _PART_WORDS[:] = [(scheme, frozenset(f.lower() for c in scheme for f in c.surface_forms()))]
    return bool(UNITS_CORNER.match(word)) or word.lower() in _PART_WORDS[0][1]


#: A form's item code before the label ("6a aikataulu", "2.3 Riskit", "b) Kostnader").
ITEM = re.compile(r"^(?:\d{1,2}(?:\.\d{1,2})*[a-zåäö]?[.)]?|[a-zåäö][.)])\s+", re.I)


def dimension_of(text: str) -> str | None:
    """The light dimension a label names ("Aikataulu", "🟢 Aikataulu", "Hankkeen edistyminen", "Tidsplan").

    Remembered per text while the vocabularies are unchanged: a table's cell is asked as a header, as a row's
    label and by the sweep, four times a cell (a .tsv of 6 000 cells: 25 000 calls)."""
    if len(text) > _REMEMBERED:
        return _dimension_of(text)
    schemes = registry.schemes()
    if _READING[0] is not schemes:
        _READING[0] = schemes
        _DIMENSIONS.clear()
    if text not in _DIMENSIONS:
        if len(_DIMENSIONS) >= 50_000:
            _DIMENSIONS.clear()
        _DIMENSIONS[text] = _dimension_of(text)
    return _DIMENSIONS[text]


#: Texts up to this length are remembered by :func:`dimension_of` (a label is shorter; a line may be long).
_REMEMBERED = 200
#: :func:`dimension_of` remembered: text → dimension, for the reading of the vocabularies in :data:`_READING`.
_DIMENSIONS: dict[str, str | None] = {}
_READING: list[object] = [None]


def _dimension_of(text: str) -> str | None:
    label = PREFIX.sub("", ITEM.sub("", LEAD.sub("", text.strip())))
    if not label or len(label) > 50:
        return None
    found = match_light(label)
    if found is None:
        # "Aikataulu ja eteneminen", "Henkilöstö (resurssit)": the dimension, then words about it.
        head = re.split(r"\s*\(|\s+(?:ja|sekä|och|and|&)\s+", label, maxsplit=1)[0]
        found = match_light(head) if head != label and head else None
    if found is None and (m := _STATE_AFTER.match(label) or _STATE_BEFORE.match(label)) is not None:
        found = _of_state(
            m["head"]
        )  # "Aikataulun tila", "Schedule status", "Status of the budget", "Läget för …"
    if found is None and label.count("/") == 1:
        # A label in two languages ("Tidtabell / Aikataulu"): both sides name the one dimension.
        sides = {match_light(side.strip()) for side in label.split("/")}
        found = sides.pop() if len(sides) == 1 else None
    return found


#: A dimension's label (inflected) before a noun of its state: "Aikataulun tila", "Kustannusten tilanne",
#: "Tidtabellens status", "Schedule status", "Budget rating" (R19-2).
_STATE_AFTER = re.compile(r"^(?P<head>[^\W\d_]+)\s+(?:tila|tilanne|status|rating|state|läge|RAG)$", re.I)


#: A state's noun before the dimension it is of, after "of" / "för" or a dash: "Status of schedule", "Status of the
#: budget", "Status – schedule", sv "Status för tidtabellen", "Läget för kostnaderna" (red team R20-3); other nouns of
#: a rating and other words for "of" ("Assessment of staffing", "Status regarding costs", sv "Läget i fråga om
#: tidtabellen", "Bedömning av personalen"), fi the noun before a case or a postposition ("Arvio aikataulusta",
#: "Tilanne aikataulun osalta", R21-21).
_STATE_BEFORE = re.compile(
    r"^(?:status|state|rating|assessment|läge|läget|bedömning|bedömningen|tilanne|tila|arvio|arviointi)"
    r"(?:\s+(?:of|för|for|regarding|concerning|on|av|beträffande|gällande|angående|"
    r"i fråga om|när det gäller|with regard to|in respect of)(?:\s+the)?\s+|\s*[–—-]\s*|\s+)"
    r"(?P<head>[^\W\d_]+)(?:\s+(?:osalta|suhteen|kohdalla))?$",
    re.I,
)


def _of_state(head: str) -> str | None:
    """The dimension of a state's label's first word: a label itself ("Schedule"), or a one-word label inflected
    (its stem and a few letters more: "aikataulun", "kustannusten", "tidtabellens", "kostnadernas")."""
    found = match_light(head)
    if found is None:
        word = head.lower()
        found = next(
            (key for stem, key in _stems() if word.startswith(stem) and len(word) <= len(stem) + 8), None
        )
    return found if found != "progress" else None


def _stems() -> list[tuple[str, str]]:
    """(stem, dimension) of every one-word label: the form a sentence inflects ("aikataulun", "riskien"); built
    once a reading of the vocabularies (every sentence of every document asks)."""
    return _stems_of(_SCHEME)


#: The scheme of the light dimensions, the key the lists of its labels are remembered by.
_SCHEME = "light-dimension"


@cues.per_reading
def _stems_of(_scheme: str) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    for key, labels in tables().lights.items():
        for label in labels:
            low = label.lower()
            if " " in low or len(low) < 5:
                continue
            out.append((low[: max(5, len(low) - 4)], key))
    return sorted(set(out), key=lambda s: -len(s[0]))


def _one_word_labels() -> list[tuple[str, str, str]]:
    """(label, stem, dimension) of every one-word label of the vocabulary ("riskit", "riski", risks)."""
    return _one_word_labels_of(_SCHEME)


@cues.per_reading
def _one_word_labels_of(_scheme: str) -> list[tuple[str, str, str]]:
    out: set[tuple[str, str, str]] = set()
    for key, labels in tables().lights.items():
        for label in labels:
            low = label.lower()
            if " " not in low and len(low) >= 5 and low.isalpha():
                out.add((low, low[: max(5, len(low) - 4)], key))
    return sorted(out, key=lambda s: -len(s[1]))


@cues.per_reading
def _one_word_index(
    _scheme: str,
) -> tuple[dict[str, list[tuple[str, str]]], dict[str, list[tuple[str, str]]]]:
    """:func:`_one_word_labels` by the first five letters of each stem (stem, dimension) and the last five of each
    label (label, dimension): a word starts with a stem or ends with a label only where these agree (stems and
    labels have five letters at least), so each word is matched against a few labels, not all of them."""
    starts: dict[str, list[tuple[str, str]]] = {}
    ends: dict[str, list[tuple[str, str]]] = {}
    for full, stem, key in _one_word_labels():
        starts.setdefault(stem[:5], []).append((stem, key))
        ends.setdefault(full[-5:], []).append((full, key))
    return starts, ends


def loose_dimension(text: str) -> str | None:
    """The dimension a label in other words is about, when one of its words is a dimension's word.

    A template's label need not be the vocabulary's: a known word heads or starts a longer label
    ("Tulosten laatu", "Resultatens kvalitet", "Kustannusten kehitys", "Valmiusaste jakson
    lopussa") or a compound ("Riskitaso", "Kokonaisvalmiusaste"). The label has five words at
    most and names one dimension only. Such a label is no proof of a light by itself ("Henkilöstön
    koulutus" heads a section), so its value must say itself (:func:`strict_value`).
    """
    label = PREFIX.sub("", LEAD.sub("", text.strip())).strip(" :*_")
    words = re.findall(r"[^\W\d_]+", label.lower())
    if not words or len(words) > 5 or len(label) > 50:
        return None
    starts, ends = _one_word_index(_SCHEME)
    found = {key for word in words for stem, key in starts.get(word[:5], ()) if word.startswith(stem)} | {
        key
        for word in words
        for full, key in ends.get(word[-5:], ())
        if len(word) > len(full) and word.endswith(full)
    }
    if len(found) > 1:
        found.discard("progress")  # "Progress against the timetable": the timetable is what is rated
    if len(found) > 1 and (own := {w for w in words if w not in _shared_heads(_SCHEME)}) != set(words):
        return loose_dimension(
            " ".join(own)
        )  # "tuotosten laadussa": the outputs' word qualifies, "laatu" rates
    if len(found) > 1 and (head := _HEAD_OF.match(label)) is not None:
        return loose_dimension(head["head"])  # "Quality of the deliverables": what is rated, then whose
    return found.pop() if len(found) == 1 else None


#: A label that names what is rated before a preposition and whose it is after ("Quality of the deliverables",
#: "Scope of outputs", sv "Kvaliteten på leveranserna", "Omfattningen av prestationerna"): the head rates, the
#: words after it only qualify, though they are another dimension's ("Deliverables", "Prestationer": the scope).
_HEAD_OF = re.compile(r"^(?P<head>[^\W\d_]+(?:\s[^\W\d_]+)?)\s+(?:of|on|in|för|på|av|i)\s+\S", re.I)


@cues.per_reading
def _shared_heads(_scheme: str) -> frozenset[str]:
    """The first words that the labels of two dimensions or more share ("tuotosten" of "Tuotosten laatu" and
    "Tuotosten laajuus", "prestationernas", "output"): a word that says whose the rated thing is, not what. Beside
    another dimension's word it yields ("Poikkeamia tuotosten laadussa?" is the quality; "Tuotokset" alone the
    scope)."""
    heads: dict[str, set[str]] = {}
    for key, labels in tables().lights.items():
        for label in labels:
            words = label.lower().split()
            if len(words) == 2:
                heads.setdefault(words[0], set()).add(key)
    return frozenset(word for word, keys in heads.items() if len(keys) >= 2)


#: The noun of a light itself, whose sentence names the dimension after it ("Trafikljuset för X",
#: "The X light", "Liikennevalo X:n osalta" is read by "osalta").
_LIGHT_NOUN = re.compile(r"^(?:trafikljus\w*|liikennevalo\w*|light|lights|signal\w*)$")
#: A state's noun before the dimension it is of: "Läget för riskerna är gult", "The status of costs is green".
_STATE_NOUNS = frozenset({"läget", "status", "state", "rating"})


def dimension_in_sentence(sentence: str) -> str | None:
    """The dimension a sentence is about: its first word (or the word before "osalta", or the one the light
    noun names: "Trafikljuset för tidsplanen", "The schedule light") inflects a label."""
    words = re.findall(r"[\wåäöÅÄÖ-]+", sentence.lower())[:4]
    if not words:
        return None
    candidates = [(words[0], words[1:2])]
    if "osalta" in words[1:3]:
        candidates.append((words[words.index("osalta") - 1], []))
    lead = words[1:] if words[0] == "the" else words  # "The light for costs is green"
    if (
        len(lead) > 2
        and (_LIGHT_NOUN.match(lead[0]) or lead[0] in _STATE_NOUNS)
        and lead[1] in ("för", "for", "of")
    ):
        candidates.append((lead[2], lead[3:4]))  # "Trafikljuset för tidsplanen är grönt"
    if words[0] == "the" and len(words) > 2 and _LIGHT_NOUN.match(words[2]):
        candidates.append((words[1], []))  # "The schedule light is amber"
    for word, after in candidates:
        # a label of two words first: "Prestationernas kvalitet", "Output quality" (not the first word's scope)
        two = dimension_of(f"{word} {after[0]}") if after else None
        for stem, key in _stems():
            if word.startswith(stem) and key != "progress":
                return two if two not in (None, "progress") else key
    return None


#: A percentage in running text ("70 %", "55 procent", "60 prosenttia").
SENTENCE_PERCENT = re.compile(r"(?<![\d,.])\d{1,3}(?:,\d+)?[\s-]?(?:%|prosent\w*|procent\w*|per ?cent)", re.I)
#: Words that make a sentence's subject the project as a whole.
_WHOLE = re.compile(
    r"^(?:hanke\w*|hankkee\w*|projekt\w*|project\w*|kokonais\w*|helhet\w*|overall|whole)$", re.I
)


def _progress_cue(word: str) -> bool:
    """``word`` says how far a thing is done (the progress concept's ``hg:cue`` words: valmis, färdigt, complete)."""
    concept = next((c for c in registry.scheme("light-dimension") if c.key == "progress"), None)
    cues = [cue for texts in (concept.cues.values() if concept else ()) for cue in texts]
    return any(re.fullmatch(cue, word, re.I) for cue in cues)


def dimension_spoken_of(text: str) -> str | None:
    """The one dimension a line speaks of, by a word of its labels ("Läget gäller tidtabellen") or of its
    ``hg:cue`` (status.ttl: "V = aikataulussa, K = viivettä" speaks of time), or None when it names none
    or several. Progress is left out: a percentage says it, not a word."""
    low = text.lower()
    stems, cued = _spoken_index(_SCHEME)
    words = re.findall(r"[^\W\d_]+", low)
    found = {key for key, starts in stems if any(word.startswith(starts) for word in words)}
    found |= {key for key, patterns in cued if any(p.search(low) for p in patterns)}
    found.discard("progress")
    if len(found) > 1 and (own := [w for w in words if w not in _shared_heads(_SCHEME)]) != words:
        return dimension_spoken_of(" ".join(own))  # "tuotosten laadussa": the quality (:func:`_shared_heads`)
    return found.pop() if len(found) == 1 else None


@cues.per_reading
def _spoken_index(
    scheme: str,
) -> tuple[list[tuple[str, tuple[str, ...]]], list[tuple[str, list[re.Pattern[str]]]]]:
    """For :func:`dimension_spoken_of`, once a reading of the vocabularies (it asks of every line of a page):
    (dimension, the stems of its one-word labels) and (dimension, its ``hg:cue`` patterns as whole words)."""
    stems: dict[str, list[str]] = {}
    for stem, key in _stems():
        stems.setdefault(key, []).append(stem)
    cued = [
        (
            concept.key,
            [re.compile(rf"(?<!\w)(?:{cue})(?!\w)") for texts in concept.cues.values() for cue in texts],
        )
        for concept in registry.scheme(scheme)
    ]
    return [(key, tuple(starts)) for key, starts in stems.items()], cued


def progress_in_sentence(sentence: str) -> str | None:
    """'NN%' when a sentence says how far the project is ("Hankkeen kokonaisvalmiusaste on 88 %",
    "Projektet är till 55 % färdigt", "The project is now 70 % complete").

    The sentence has one percentage, a word of progress near it (a progress label, or a cue
    word with the project as its subject), and no word of another dimension or of money:
    "41 % of the budget" and "80 % of the staff have completed the training" are no progress.
    """
    if len(sentence) > 220 or re.search(r"€|\beur(?:o\w*)?\b", sentence, re.I):
        return None
    found = SENTENCE_PERCENT.findall(sentence)
    if len(found) != 1:
        return None
    tokens = re.findall(
        r"(?<![\d,.])\d{1,3}(?:,\d+)?[\s-]?(?:%|prosent\w*|procent\w*|per ?cent)|[^\W\d_]+", sentence
    )
    at = next(i for i, t in enumerate(tokens) if t[0].isdigit())
    words = [(i, t.lower()) for i, t in enumerate(tokens) if not t[0].isdigit()]
    dims = {w: dimension_of(w) or loose_dimension(w) for _, w in words}
    if any(d is not None and d != "progress" for d in dims.values()):
        return None
    labelled = any(dims[w] == "progress" and abs(i - at) <= 4 for i, w in words)
    cued = any(_progress_cue(w) and abs(i - at) <= 4 for i, w in words) and any(
        _WHOLE.match(w) for _, w in words
    )
    if not (labelled or cued):
        return None
    return re.match(r"\d{1,3}(?:,\d+)?", found[0]).group() + "%"  # type: ignore[union-attr]


__all__ = [
    "ITEM",
    "LEAD",
    "PREFIX",
    "SENTENCE_PERCENT",
    "UNITS_CORNER",
    "dimension_in_sentence",
    "dimension_of",
    "dimension_spoken_of",
    "loose_dimension",
    "progress_in_sentence",
    "units_corner_word",
]
