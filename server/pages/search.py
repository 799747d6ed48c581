"""The one search over names: finds inflected Finnish forms; the pages, the explorer and /reconcile use it.

Every name of the label index (each language's name and ``skos:altLabel``)
is split into words and each word reduced to its base
forms with the lemmatiser ingest uses (Voikko, colon forms such as "THL:n",
a suffix stripper for names no dictionary knows). The words of a query are
reduced the same way. A name matches when every query word, in one of its
forms, is

1. a base form of one of the name's words ("Kelan" → Kela, "Satakunnan" →
   Satakunta, "DigiFinlandin" → DigiFinland),
2. or, from :data:`MIN_PREFIX` letters, the beginning of one ("perhekesk"
   finds "perhekeskus"),
3. or, from :data:`MIN_INSIDE` letters, inside one (the last part of a
   compound: "tarjotin" finds "palvelutarjotin").

Hits are ranked by how closely they matched: 0 the whole name is the query
(or, for a one-word query, one of its base forms), 1 every word matched a base form, 2 some word only as a beginning, 3 some
word only inside a longer word. Until issue 18 the explorer had a search of
its own (six words, three-letter forms tested with SPARQL ``CONTAINS``);
this one keeps its compound rule, with longer forms, and the pages' eight
words and prefixes.

The stable entry point is :meth:`SearchIndex.search`.
"""

from __future__ import annotations

import bisect
import logging
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from hankegraafi.ingest.entities import candidates, tokens
from hankegraafi.queries import nameindex
from hankegraafi.server.errors import BadRequest
from hankegraafi.server.pages.labels import LabelIndex

log = logging.getLogger(__name__)

#: Most words of a query that are used.
MAX_WORDS = 8
#: Shortest query form that may match the beginning of a longer word.
MIN_PREFIX = 4
#: Shortest query form that may match inside a longer word (the tail of a compound).
MIN_INSIDE = 5
#: Most hits returned.
MAX_HITS = 200


#: The longest search text read, as the explorer's (a label is never longer; a longer text is a mistake or a probe).
MAX_QUERY = 200


def asked(text: str | None) -> str:
    """The search text of ``q``, stripped; longer than :data:`MAX_QUERY` is a 400 naming ``q`` (it had been cut
    to its first 200 characters unsaid, and the results were for a text nobody typed)."""
    query = (text or "").strip()
    if len(query) > MAX_QUERY:
        raise BadRequest(f"parameter 'q': longer than {MAX_QUERY} characters ({len(query)})")
    return query


fold = nameindex.fold


def forms(word: str) -> frozenset[str]:
    """The lower-case base forms of one word (the word itself among them)."""
    return nameindex.word_forms(word, candidates)


def query_forms(query: str) -> list[list[str]]:
    """For each word of the query, its forms, longest first (what the explorer shows it searched for)."""
    return [sorted(forms(t.text), key=lambda f: (-len(f), f)) for t in tokens(query)][:MAX_WORDS]


@dataclass
class Entry:
    """One name of a resource. Its words' forms are only in :attr:`SearchIndex.by_form`: a copy of
    them per entry held 9 MB more in the web process at 10^6 triples, and nothing read it."""

    iri: str
    label: str
    lang: str


@dataclass
class Hit:
    """One resource found: its IRI, the name that matched (and its language), its types and the rank."""

    iri: str
    label: str
    lang: str
    score: int
    types: frozenset[str] = frozenset()


@dataclass
class SearchIndex:
    """Lemmatised names, with an inverted index from base form to entries."""

    entries: list[Entry] = field(default_factory=list)
    #: Each form's entries, in order (a tuple: a set of a few ints took ~650 bytes of each form's).
    by_form: dict[str, tuple[int, ...]] = field(default_factory=dict)
    sorted_forms: list[str] = field(default_factory=list)
    types: dict[str, set[str]] = field(default_factory=dict)
    _joined: str = ""
    _starts: list[int] = field(default_factory=list)
    _longest: int = 0

    def search(self, query: str, *, types: Iterable[str] | None = None, limit: int = MAX_HITS) -> list[Hit]:
        """Resources whose names match every word of ``query``, best first, at most ``limit``.

        ``types`` (class IRIs) keeps only resources of one of those classes.
        Each resource appears once, with its best matching name. This is the
        search the pages, the explorer and the reconciliation service share.
        """
        words = [t.text for t in tokens(query)][:MAX_WORDS]
        if not words:
            return []
        wanted = {str(t) for t in types} if types is not None else None
        query_sets = [forms(w) for w in words]
        levels = [self._matching(fs) for fs in query_sets]
        common = set.intersection(*(set(level) for level in levels))
        whole = {fold(query.strip())}
        if len(query_sets) == 1:
            whole |= query_sets[0]  # one word: a name that is its base form ("Satakunnan" → Satakunta)
        best: dict[str, Hit] = {}
        for i in common:
            entry = self.entries[i]
            found = self.types.get(entry.iri, set())
            if wanted is not None and not found & wanted:
                continue
            score = 0 if fold(entry.label) in whole else max(level[i] for level in levels)
            hit = best.get(entry.iri)
            if hit is None or (score, entry.label) < (hit.score, hit.label):
                best[entry.iri] = Hit(entry.iri, entry.label, entry.lang, score, frozenset(found))
        # The IRI last: names equal in rank and text (a project and its document) had come in the order of
        # a set of ints, so which of them a limit kept could change with how the index was built.
        hits = sorted(best.values(), key=lambda h: (h.score, len(h.label), h.label.casefold(), h.iri))
        return hits[:limit]

    def _matching(self, query_set: frozenset[str]) -> dict[int, int]:
        """The entries one query word matches, each with how (1 base form, 2 beginning, 3 inside)."""
        found: dict[int, int] = {}

        def add(entries: Iterable[int], how: int) -> None:
            for i in entries:
                if found.get(i, 9) > how:
                    found[i] = how

        for form in query_set:
            add(self.by_form.get(form, ()), 1)
            if len(form) >= MIN_PREFIX:
                start = bisect.bisect_left(self.sorted_forms, form)
                for candidate in self.sorted_forms[start:]:
                    if not candidate.startswith(form):
                        break
                    add(self.by_form[candidate], 2)
            if len(form) >= MIN_INSIDE:
                for candidate in self._inside(form):
                    add(self.by_form[candidate], 3)
        return found

    def _inside(self, form: str) -> Iterable[str]:
        """Forms of the index that hold ``form`` after their first letter (one C-level scan of all forms).

        After a form is found to hold it, the scan goes on at the next form's start: a query word
        repeated inside one long form (a name of 10^5 letters "a") costs one step per form that
        holds it, not one per offset (found by attack: one reconcile batch held a thread for minutes).
        """
        if not self._starts or len(form) > self._longest:
            return
        at = self._joined.find(form)
        while at >= 0:
            i = bisect.bisect_right(self._starts, at) - 1
            if at > self._starts[i]:
                yield self.sorted_forms[i]
                nxt = i + 1
                if nxt >= len(self._starts):
                    return
                at = self._joined.find(form, self._starts[nxt])
            else:
                at = self._joined.find(form, at + 1)


def build(index: LabelIndex, stored: nameindex.Stored | None = None) -> SearchIndex:
    """Lemmatise every name of the label index (Voikko's cache makes repeats cheap); ``stored``: the
    index the write stored, whose words' forms are taken as they are (a word it lacks is lemmatised)."""
    out = SearchIndex(types=index.types)
    by_form: dict[str, list[int]] = defaultdict(list)
    names = [(iri, lang, label) for iri, by_lang in index.labels.items() for lang, label in by_lang.items()]
    names += [
        (iri, lang, label) for iri, alts in index.alt.items() if iri in index.labels for lang, label in alts
    ]
    known: dict[str, frozenset[str]] = {}  # each word's forms once (names repeat their words)

    def word_forms(text: str) -> frozenset[str]:
        found = known.get(text)
        if found is None:
            found = known[text] = (stored.forms_of(text) if stored is not None else None) or forms(text)
        return found

    split = stored.words_of() if stored is not None else {}  # the words the write split each name into

    for iri, lang, label in names:
        found = split.get(label)
        words = [word_forms(t) for t in (found if found is not None else (t.text for t in tokens(label)))]
        if not words:
            continue
        n = len(out.entries)
        out.entries.append(Entry(iri, label, lang))
        for form in set().union(*words):
            by_form[form].append(n)
    out.by_form = {form: tuple(entries) for form, entries in by_form.items()}
    out.sorted_forms = sorted(out.by_form)
    # Every form on one line of one string, so that a form inside others is found by str.find.
    out._joined = "\n" + "\n".join(out.sorted_forms) + "\n"
    at = 1
    for form in out.sorted_forms:
        out._starts.append(at)
        at += len(form) + 1
    out._longest = max(map(len, out.sorted_forms), default=0)
    log.debug("search index: %d names, %d forms", len(out.entries), len(out.sorted_forms))
    return out
