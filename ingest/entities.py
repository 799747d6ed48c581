"""Find organisations, places, services, programmes and projects named in Finnish text.

Finnish inflects names ("DigiFinlandin", "THL:n", "Omaolon", "Satakunnan
hyvinvointialueella"), so each word is reduced to candidate base forms with
Voikko (for words its dictionary knows), colon forms ("THL:n" → "THL") and a
small suffix stripper for names no dictionary knows. Labels of the gazetteer
are reduced the same way and matched token by token.
"""

from __future__ import annotations

import bisect
import functools
import logging
import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from rdflib import Graph, URIRef
from rdflib.namespace import RDF, SKOS

from hankegraafi.ontology.namespaces import HG, vocab

logger = logging.getLogger(__name__)

# --- lemmatisation --------------------------------------------------------------------------


class _Lemmatiser:
    """Voikko when installed; otherwise only the suffix stripper (with one warning)."""

    def __init__(self) -> None:
        self._voikko = None
        try:
            from libvoikko import Voikko

            self._voikko = Voikko("fi")
        except Exception as exc:  # missing libvoikko1/voikko-fi raises OSError or VoikkoException
            logger.warning(
                "Voikko is not available (%s): Finnish names are matched with suffix stripping "
                "only; install the Debian packages libvoikko1 and voikko-fi for better recall",
                exc,
            )

    @functools.lru_cache(maxsize=100_000)  # noqa: B019 - one instance per process
    def analyse(self, word: str) -> tuple[dict[str, str], ...]:
        """Voikko's analyses of ``word`` (base form, class, case …); () if unknown or no Voikko."""
        if self._voikko is None or not word:
            return ()
        try:
            return tuple(self._voikko.analyze(word))
        except Exception:  # a word Voikko cannot take (odd characters)
            return ()

    @functools.lru_cache(maxsize=100_000)  # noqa: B019 - one instance per process
    def baseforms(self, word: str) -> tuple[str, ...]:
        return tuple(dict.fromkeys(a["BASEFORM"] for a in self.analyse(word) if a.get("BASEFORM")))

    @property
    def available(self) -> bool:
        return self._voikko is not None


@functools.cache
def lemmatiser() -> _Lemmatiser:
    return _Lemmatiser()


_ENDINGS = sorted(
    {
        "ineen",
        "iden",
        "itten",
        "ista",
        "istä",
        "issa",
        "issä",
        "illa",
        "illä",
        "ille",
        "ilta",
        "iltä",
        "ihin",
        "seen",
        "ssa",
        "ssä",
        "sta",
        "stä",
        "lla",
        "llä",
        "lta",
        "ltä",
        "lle",
        "ksi",
        "tta",
        "ttä",
        "na",
        "nä",
        "in",
        "en",
        "an",
        "än",
        "on",
        "un",
        "yn",
        "ön",
        "ta",
        "tä",
        "n",
        "a",
        "ä",
        "t",
        "ja",
        "jä",
        "ia",
    },
    key=len,
    reverse=True,
)


def strip_suffixes(word: str) -> set[str]:
    """Candidate stems of an inflected name no dictionary knows ("DigiFinlandin" → "digifinland")."""
    low = word.lower()
    out: set[str] = set()
    for ending in _ENDINGS:
        if low.endswith(ending) and len(low) - len(ending) >= 2:
            stem = low[: -len(ending)]
            out.add(stem)
            # Illative doubles the vowel: "Tarmoaan" → "tarmoa"; weak grade "hankkee" → "hanke".
            if len(stem) > 2 and stem[-1] == stem[-2] and stem[-1] in "aeiouyäö":
                out.add(stem[:-1])
                weak = re.sub(r"(kk|tt|pp)(?=[aeiouyäö]$)", lambda m: m.group(1)[0], stem[:-1])
                out.add(weak)
            # Words in -us/-ys take -kse- before an ending: "Chydeniuksen" → "chydenius".
            if stem.endswith(("kse", "ksi")) and len(stem) > 4:
                out.add(stem[:-3] + "s")
    return out


_TOKEN = re.compile(r"[0-9A-Za-zÀ-ÖØ-öø-ÿ]+(?:[-:.][0-9A-Za-zÀ-ÖØ-öø-ÿ]+)*")


@dataclass(frozen=True)
class Token:
    text: str
    start: int
    end: int


def tokens(text: str) -> list[Token]:
    return [Token(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(text)]


@functools.lru_cache(maxsize=200_000)
def candidates(word: str) -> tuple[frozenset[str], frozenset[str]]:
    """(whole-word candidates, candidates from the first part of a hyphenated word)."""
    whole: set[str] = {word.lower()}
    base = word.split(":", 1)[0]
    if base != word:
        whole.add(base.lower())  # THL:n, PTV:ön, 2M-IT:n
    whole.update(b.lower() for b in lemmatiser().baseforms(base))
    if not lemmatiser().baseforms(base) or (base[:1].isupper() and not _proper_reading(base)):
        # A name no dictionary knows, or a capitalised word the dictionary reads only as a
        # common word ("Soitelle" as the verb "soitella"): strip case endings too. A stem that a
        # noun's base form goes on from is the noun's, not a name's ("Kemian" is "kemia", no
        # "kemi"; "Kaavion" is "kaavio", no "kaavi"); a stem beyond a clitic's reading stays
        # ("Diakin" read as "dia" + "-kin" is Diak's genitive).
        nouns = _noun_bases(base)
        whole.update(
            s for s in strip_suffixes(base) if not any(len(b) > len(s) and b.startswith(s) for b in nouns)
        )
    if len(base) >= 5 and base.endswith("s") and base[-2:-1].isalpha():
        whole.add(base[:-1].lower())  # a Swedish genitive: "DigiFinlands", "Kommunförbundets", "välfärds"
    if "-" in base:
        # "ICT-muutosrahoituksen": lemmatise the last part, keep the rest as it is.
        head, tail = base.rsplit("-", 1)
        if tail:
            forms = lemmatiser().baseforms(tail) or tuple(strip_suffixes(tail))
            whole.update(f"{head}-{form}".lower() for form in forms)
    partial: set[str] = set()
    if "-" in base:
        first = base.split("-", 1)[0]
        if len(first) >= 3:
            partial.add(first.lower())
            partial.update(b.lower() for b in lemmatiser().baseforms(first))
    return frozenset(whole), frozenset(partial - whole)


def _noun_bases(word: str) -> set[str]:
    """The base forms of Voikko's readings of the word as a common noun or adjective, lower-cased."""
    return {
        str(a.get("BASEFORM", "")).lower()
        for a in lemmatiser().analyse(word)
        if a.get("CLASS") in ("nimisana", "laatusana", "nimisana_laatusana")
    }


def _proper_reading(word: str) -> bool:
    """Voikko reads the word as a name (a place, a person) in at least one analysis."""
    return any(
        a.get("CLASS") in ("paikannimi", "sukunimi", "etunimi", "nimi") for a in lemmatiser().analyse(word)
    )


def label_key(word: str) -> str:
    """How one word of a gazetteer label is compared: its first base form, lower-cased."""
    base = word.split(":", 1)[0]
    forms = lemmatiser().baseforms(base)
    if any(f.lower() == base.lower() for f in forms):
        return base.lower()  # a label is written in its base form: keep it when it is one of Voikko's readings
    if not forms and "-" in base and (tail := base.rsplit("-", 1)[1]) and lemmatiser().baseforms(tail):
        # "Suomi.fi-tunnistautuminen": the last part as :func:`candidates` reads it in a text ("Suomi.fi-
        # tunnistautumisella" → "suomi.fi-tunnistautua"; test48 os07, tune u2378).
        return f"{base.rsplit('-', 1)[0]}-{label_key(tail)}".lower()
    return (forms[0] if forms else base).lower()


# --- gazetteer ------------------------------------------------------------------------------

TYPES = ("county", "region", "municipality", "national-actor", "organisation", "service", "programme")
_TYPE_OF_CLASS = {
    HG.WellbeingServicesCounty: "county",
    HG.ServiceArea: "county",  # Åland (code 91): an area of the classification, a county as the ingest sees it
    HG.Region: "region",
    HG.Municipality: "municipality",
    HG.NationalActor: "national-actor",
    HG.Organisation: "organisation",
    HG.DigitalService: "service",
    HG.Programme: "programme",
}


@dataclass
class Entry:
    iri: URIRef
    type: str
    label: str
    labels: set[str] = field(default_factory=set)
    county: URIRef | None = None  # for municipalities, regions, counties
    developer: URIRef | None = None  # for services
    linked: bool = True  # False: a name no vocabulary knows (a new node, flagged for review)
    surfaces: list[str] = field(default_factory=list)  # of a new node: the forms the text used


@dataclass(frozen=True)
class Mention:
    entry: Entry
    start: int
    end: int
    surface: str


class Spans:
    """Non-overlapping [start, end) spans, kept sorted: adding one is O(log n), not O(n).

    A text with thousands of mentions made the pairwise overlap test quadratic.
    """

    def __init__(self) -> None:
        self.starts: list[int] = []
        self.ends: list[int] = []

    def overlaps(self, start: int, end: int) -> bool:
        i = bisect.bisect_right(self.starts, start)
        if i > 0 and self.ends[i - 1] > start:
            return True
        return i < len(self.starts) and self.starts[i] < end

    def add(self, start: int, end: int) -> bool:
        """Add the span unless it overlaps one already there; True when added."""
        if self.overlaps(start, end):
            return False
        i = bisect.bisect_right(self.starts, start)
        self.starts.insert(i, start)
        self.ends.insert(i, end)
        return True


#: The most texts a gazetteer remembers what it found in (then it starts again), and the longest.
_FOUND_KEPT = 20_000
_FOUND_LONGEST = 2_000


class Gazetteer:
    """Names of known things, indexed by the base forms of their words."""

    def __init__(self, entries: Iterable[Entry]) -> None:
        self.entries: list[Entry] = list(entries)
        self.by_iri: dict[str, Entry] = {str(e.iri): e for e in self.entries}
        self._index: dict[str, list[tuple[tuple[str, ...], bool, Entry]]] = {}
        #: What :meth:`find` found in a text, while the index is as it was (:meth:`_index_label`
        #: forgets it): a document's readers ask about the same lines and names again and again
        #: (8 100 calls for 835 texts over the bench's 100 documents).
        self._found: dict[str, tuple[Mention, ...]] = {}
        for entry in self.entries:
            for label in entry.labels | {entry.label}:
                self._index_label(entry, label)

    def _index_label(self, entry: Entry, label: str) -> None:
        self._found.clear()
        words = [t.text for t in tokens(label)]
        if not words:
            return
        keys = tuple(label_key(w) for w in words)
        # Proper names (capitalised single words, acronyms, names with capitals inside) must be
        # capitalised in text; a capitalised common-noun phrase ("Sosiaali- ja terveysministeriö",
        # "Kestävän kasvun ohjelma") is written in lower case inside a sentence.
        proper = words[0][:1].isupper() and (
            len(words) == 1 or words[0].isupper() or any(w[:1].isupper() for w in words[1:])
        )
        for first in {keys[0], words[0].lower()}:
            self._index.setdefault(first, []).append((keys, proper, entry))

    def add(self, entry: Entry, labels: Iterable[str]) -> None:
        """Index more names of ``entry`` (a document's own new names as it introduces them)."""
        if not any(e is entry for e in self.entries):
            self.entries.append(entry)
        for label in labels:
            self._index_label(entry, label)

    def __len__(self) -> int:
        return len(self.entries)

    def find(self, text: str) -> list[Mention]:
        """Every non-overlapping mention in ``text``, longest and whole-word matches first."""
        if len(text) > _FOUND_LONGEST:
            return self._find(text)
        found = self._found.get(text)
        if found is None:
            if len(self._found) >= _FOUND_KEPT:
                self._found.clear()
            found = self._found[text] = tuple(self._find(text))
        return list(found)

    def _find(self, text: str) -> list[Mention]:
        toks = tokens(text)
        found: list[tuple[int, int, int, Mention]] = []  # (priority, start, end, mention)
        for i, tok in enumerate(toks):
            whole, partial = candidates(tok.text)
            for cand_set, is_partial in ((whole, False), (partial, True)):
                for cand in cand_set:
                    for keys, proper, entry in self._index.get(cand, ()):
                        if proper and not tok.text[:1].isupper():
                            continue
                        if len(keys) > 1 and is_partial:
                            continue
                        end = i + len(keys)
                        if end > len(toks):
                            continue
                        ok = all(
                            keys[k] in candidates(toks[i + k].text)[0] or keys[k] == toks[i + k].text.lower()
                            for k in range(1, len(keys))
                        )
                        if not ok:
                            continue
                        span_end = toks[end - 1].end
                        priority = len(keys) * 2 + (0 if is_partial else 1)
                        found.append(
                            (
                                priority,
                                tok.start,
                                span_end,
                                Mention(entry, tok.start, span_end, text[tok.start : span_end]),
                            )
                        )
        found.sort(key=lambda f: (-f[0], f[1]))
        taken = Spans()
        out: list[Mention] = []
        for _, start, end, mention in found:
            if taken.add(start, end):
                out.append(mention)
        return sorted(out, key=lambda m: m.start)

    def lookup(self, name: str) -> Entry | None:
        """The entry whose label is exactly ``name`` in some inflected form."""
        mentions = self.find(name)
        if len(mentions) == 1 and mentions[0].start == 0 and mentions[0].end >= len(name.rstrip()):
            return mentions[0].entry
        return None

    # --- construction ---------------------------------------------------------------------

    @classmethod
    def from_graph(cls, graph: Graph, *, exclude: Iterable[str] = ()) -> Gazetteer:
        """Entries from the vocabulary graph (skos labels, types, hg:inCounty, hg:developer)."""
        skip = set(exclude)
        entries: list[Entry] = []
        for cls_iri, type_ in _TYPE_OF_CLASS.items():
            for subject in graph.subjects(RDF.type, cls_iri):
                if not isinstance(subject, URIRef) or str(subject) in skip:
                    continue
                if any(e.iri == subject for e in entries):
                    continue
                labels = {
                    str(o)
                    for p in (SKOS.prefLabel, SKOS.altLabel, SKOS.hiddenLabel)
                    for o in graph.objects(subject, p)
                    if getattr(o, "language", "fi") in (None, "fi", "sv", "en")
                }
                pref = next(
                    (
                        str(o)
                        for o in graph.objects(subject, SKOS.prefLabel)
                        if getattr(o, "language", None) == "fi"
                    ),
                    None,
                )
                if not labels:
                    continue
                county = next((o for o in graph.objects(subject, HG.inCounty) if isinstance(o, URIRef)), None)
                developer = next(
                    (o for o in graph.objects(subject, HG.developer) if isinstance(o, URIRef)), None
                )
                entries.append(
                    Entry(
                        subject,
                        type_,
                        pref or sorted(labels)[0],
                        labels,
                        county if type_ != "county" else subject,
                        developer,
                    )
                )
        _link_regions(entries, graph)
        _add_genitive_labels(entries)
        _add_bare_legal_forms(entries)
        return cls(entries)

    @classmethod
    def default(cls) -> Gazetteer:
        """From the vocabulary graph (ontology/vocab), read once."""
        return _default_gazetteer()


@functools.cache
def _default_gazetteer() -> Gazetteer:
    from hankegraafi.ontology import loader

    return Gazetteer.from_graph(loader.vocabulary_graph())


def _link_regions(entries: list[Entry], graph: Graph) -> None:
    """A region's county, when exactly one county lies in it (not so for Uusimaa)."""
    counties: dict[URIRef, list[URIRef]] = {}
    for entry in entries:
        if entry.type == "county":
            for region in graph.objects(entry.iri, HG.inRegion):
                counties.setdefault(region, []).append(entry.iri)  # type: ignore[arg-type]
    for entry in entries:
        if entry.type == "region":
            found = counties.get(entry.iri, [])
            entry.county = found[0] if len(found) == 1 else None


def _add_genitive_labels(entries: list[Entry]) -> None:
    """'Satakunnan hyvinvointialue' is also called just 'Satakunnan …' in project names."""
    for entry in entries:
        if entry.type == "county" and entry.label.endswith(" hyvinvointialue"):
            entry.labels.add(entry.label[: -len(" hyvinvointialue")])


#: A company's or an association's legal form after its name, which running text leaves out.
_LEGAL_FORM = re.compile(r"\s+(?:Oyj?|Abp?|ry|r\.y\.|rf|r\.f\.|sr|Ltd)$")


def _add_bare_legal_forms(entries: list[Entry]) -> None:
    """'Folkhälsan Välfärd Ab' is also 'Folkhälsan Välfärd' in running text ("Folkhälsan Välfärd håller
    motionsgrupper"): an organisation's label without its legal form, when two words or more remain (one word
    alone may be a place's or a word's) and no other entry has that label."""
    taken = {label.lower() for entry in entries for label in entry.labels}
    for entry in entries:
        if entry.type != "organisation":
            continue
        for label in list(entry.labels):
            bare = _LEGAL_FORM.sub("", label)
            if bare != label and len(bare.split()) >= 2 and bare.lower() not in taken:
                entry.labels.add(bare)


SEED_COUNTIES = ("01", "06", "17", "18")
"""Counties of the five seed documents (Itä-Uusimaa, Satakunta, Pohjanmaa, Keski-Pohjanmaa)."""

SEED_REGIONAL_NAMES = (
    "organisation/sonet-botnia",
    "organisation/centria",
    "organisation/chydenius",
    "organisation/kpedu",
    "organisation/keski-pohjanmaan-liitto",
    "service/zoturi",
)
"""Regional names of the seeds that the vocabulary does not tie to a county (skos:related)."""


def regional_names(graph: Graph, counties: Iterable[str]) -> set[str]:
    """IRIs of these counties and of everything the vocabulary places in them.

    That is: the counties; municipalities in them (hg:inCounty); regions whose
    counties are all among them (Uusimaa also holds counties kept); and concepts
    related (skos:related) to any of these, such as a county's hospital district.
    """
    codes = set(counties)
    county_iris = {vocab("county", code) for code in codes}
    out: set[URIRef] = set(county_iris)
    out |= {s for s, o in graph.subject_objects(HG.inCounty) if o in county_iris}  # type: ignore[misc]
    region_counties: dict[URIRef, set[URIRef]] = {}
    for county, region in graph.subject_objects(HG.inRegion):
        if (county, RDF.type, HG.WellbeingServicesCounty) in graph:
            region_counties.setdefault(region, set()).add(county)  # type: ignore[arg-type]
    out |= {r for r, cs in region_counties.items() if cs <= county_iris}
    out |= {s for s, o in graph.subject_objects(SKOS.related) if o in out}  # type: ignore[misc]
    return {str(i) for i in out}


def gazetteer_without(counties: Iterable[str], *, extra: Iterable[str] = ()) -> Gazetteer:
    """A gazetteer that has never heard of these counties and the names placed in them.

    Built from the vocabulary graph; ``extra`` (keys such as "organisation/centria") is
    left out too.
    """
    from hankegraafi.ontology import loader

    counties = tuple(counties)
    graph = loader.vocabulary_graph()
    skip = regional_names(graph, counties) | {str(vocab(*key.split("/", 1))) for key in extra}
    logger.info("gazetteer without %d regional names of counties %s", len(skip), ", ".join(counties))
    return Gazetteer.from_graph(graph, exclude=skip)


def new_entry(name: str, type_: str) -> Entry:
    """A node for a name no vocabulary knows; mapping flags it for review."""
    return Entry(URIRef(""), type_, name, {name}, linked=False)


__all__ = [
    "SEED_COUNTIES",
    "SEED_REGIONAL_NAMES",
    "TYPES",
    "Entry",
    "Gazetteer",
    "Mention",
    "candidates",
    "gazetteer_without",
    "lemmatiser",
    "regional_names",
    "strip_suffixes",
    "tokens",
]
