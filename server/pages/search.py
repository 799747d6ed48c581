"""Search over names that finds inflected Finnish forms.

Every name of the label index is split into words and each word reduced to
its base forms with the lemmatiser ingest uses (Voikko, colon forms such as
"THL:n", a suffix stripper for names no dictionary knows). The words of a
query are reduced the same way; a name matches when every query word shares
a base form with one of its words (or, for a word of four letters or more,
begins one: "perhekesk" finds "perhekeskus"). "Omaolon", "Tarmoaan",
"Satakunnan hyvinvointialueella" and "palvelutarjottimen" so find Omaolo,
Tarmoa, Satakunta's county and "… palvelutarjotin".
"""

from __future__ import annotations

import logging
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field

from hankegraafi.ingest.entities import candidates, tokens
from hankegraafi.server.pages.labels import LabelIndex

log = logging.getLogger(__name__)

#: Most words of a query that are used.
MAX_WORDS = 8
#: Shortest query form that may match the beginning of a longer word.
MIN_PREFIX = 4
#: Most hits returned.
MAX_HITS = 200


def fold(text: str) -> str:
    return unicodedata.normalize("NFKC", text).casefold()


def forms(word: str) -> frozenset[str]:
    """The lower-case base forms of one word (the word itself among them)."""
    whole, partial = candidates(word)
    return frozenset({fold(word), *(fold(f) for f in whole | partial)})


@dataclass
class Entry:
    iri: str
    label: str
    lang: str
    words: list[frozenset[str]]


@dataclass
class Hit:
    iri: str
    label: str
    lang: str
    score: int


@dataclass
class SearchIndex:
    """Lemmatised names, with an inverted index from base form to entries."""

    entries: list[Entry] = field(default_factory=list)
    by_form: dict[str, set[int]] = field(default_factory=lambda: defaultdict(set))
    sorted_forms: list[str] = field(default_factory=list)

    def search(self, query: str, *, limit: int = MAX_HITS) -> list[Hit]:
        words = [t.text for t in tokens(query)][:MAX_WORDS]
        if not words:
            return []
        query_forms = [forms(w) for w in words]
        candidates_sets = [self._matching(fs) for fs in query_forms]
        common = set.intersection(*candidates_sets) if candidates_sets else set()
        whole = fold(query.strip())
        best: dict[str, Hit] = {}
        for i in common:
            entry = self.entries[i]
            score = self._score(entry, query_forms, whole)
            hit = best.get(entry.iri)
            if hit is None or (score, entry.label) < (hit.score, hit.label):
                best[entry.iri] = Hit(entry.iri, entry.label, entry.lang, score)
        hits = sorted(best.values(), key=lambda h: (h.score, len(h.label), h.label.casefold()))
        return hits[:limit]

    def _matching(self, query_forms: frozenset[str]) -> set[int]:
        import bisect

        found: set[int] = set()
        for form in query_forms:
            found |= self.by_form.get(form, set())
            if len(form) >= MIN_PREFIX:
                start = bisect.bisect_left(self.sorted_forms, form)
                for candidate in self.sorted_forms[start:]:
                    if not candidate.startswith(form):
                        break
                    found |= self.by_form[candidate]
        return found

    @staticmethod
    def _score(entry: Entry, query_forms: list[frozenset[str]], whole: str) -> int:
        """0: the name is the query; 1: every word matched a base form; 2: some matched a prefix."""
        if fold(entry.label) == whole:
            return 0
        exact = all(any(fs & w for w in entry.words) for fs in query_forms)
        return 1 if exact else 2


def build(index: LabelIndex) -> SearchIndex:
    """Lemmatise every name of the label index (Voikko's cache makes repeats cheap)."""
    out = SearchIndex()
    names = [(iri, lang, label) for iri, by_lang in index.labels.items() for lang, label in by_lang.items()]
    names += [
        (iri, lang, label) for iri, alts in index.alt.items() if iri in index.labels for lang, label in alts
    ]
    for iri, lang, label in names:
        words = [forms(t.text) for t in tokens(label)]
        if not words:
            continue
        n = len(out.entries)
        out.entries.append(Entry(iri, label, lang, words))
        for ws in words:
            for form in ws:
                out.by_form[form].add(n)
    out.sorted_forms = sorted(out.by_form)
    log.debug("search index: %d names, %d forms", len(out.entries), len(out.sorted_forms))
    return out
