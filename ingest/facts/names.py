"""The names one document mentions: vocabulary names, organisations known by their form, short forms.

One :class:`Names` per document keeps the entries it has made for names no
vocabulary knows, so that the same name (or its short form, "… kuntayhtymä
(Soite)" then "Soiten") gives the same entry in every fact family.
"""

from __future__ import annotations

import bisect
import re

from hankegraafi.ingest.entities import Entry, Gazetteer, Mention, Spans, new_entry
from hankegraafi.ingest.facts.model import Project
from hankegraafi.ingest.orgnames import analyses, base_word, find_org_names

#: Types of entry that take part in a project as organisations.
ORG_TYPES = ("national-actor", "organisation", "county", "municipality")
#: Organisations proper: no place (a town or a county named inside a name is its place).
_BODIES = ("national-actor", "organisation")
#: Short forms one document may introduce; beyond this a text is not a report but noise.
_MAX_ALIASES = 200
_PROJECT_REF = re.compile(
    r"(?P<name>(?:[A-ZÄÖÅ0-9][\w.:-]*|kasvun|kestävän|sote-keskus|rakenneuudistus|hyvinvointialueen)"
    r"(?:\s+(?:[A-ZÄÖÅ0-9][\w.:-]*|kasvun|kestävän|sote-keskus|rakenneuudistus|[IVX]+)){0,5})"
    r"(?P<sep>\s+-\s?|-\s?|\s+)(?P<hanke>hankkee(?:ssa|seen|sta|n|lle|lla)|hanke|hankkeiden|hankkeisiin)\b"
)


#: A Swedish organisation's name with its head word first and a capitalised name after it.
_SWEDISH_HEAD_FIRST = re.compile(
    r"\b(?:Yrkeshögskolan|Högskolan|Stiftelsen|Föreningen|Samkommunen|Universitetet i|Sjukvårdsdistriktet)"
    r"(?:\s+(?:i\s+)?[A-ZÅÄÖ][\w-]+){1,3}"
    r"|\b[A-ZÅÄÖ][\w-]+\s+(?:Akademi|universitet|högskola|yrkeshögskola|stad|kommun|samkommun)\b"
)


def _one_inner_org(known: list[Mention], start: int, end: int) -> Entry | None:
    """The one known organisation inside a Swedish name read by its head word: "Arcada yrkeshögskola",
    "JAMK yrkeshögskola" are the known Arcada and JAMK in the other word order, as a Finnish name with one
    known organisation inside is that organisation. A place inside ("Vasa yrkeshögskola") is none."""
    inner = [m.entry for m in known if start <= m.start and m.end <= end and m.entry.type in _BODIES]
    return inner[0] if len(inner) == 1 else None


#: An association's regional district is an organisation of its own ("Suomen Punaisen Ristin Hämeen piiri"), not
#: the known association inside its name.
_DISTRICT = re.compile(r"\s(?:piiri|distrikt)$", re.I)


#: What may stand between the known names of a list: joins, commas, articles.
_JOINS = re.compile(r"(?:[\s,&]|\b(?:and|the|ja|sekä|och|samt)\b)*", re.I)


def _only_joins(sentence: str, start: int, end: int, within: list[Mention]) -> bool:
    """The span holds nothing but the known mentions inside it and the joins between them."""
    rest, at = [], start
    for m in sorted(within, key=lambda m: m.start):
        if m.start < at or m.end > end:
            continue
        rest.append(sentence[at : m.start])
        at = m.end
    rest.append(sentence[at:end])
    return all(_JOINS.fullmatch(piece) for piece in rest)


class Names:
    """Entries for the names of one document, with the caches several families share."""

    def __init__(self, gaz: Gazetteer, lines: list[str]) -> None:
        self.gaz = gaz
        self.entries: dict[str, Entry] = {}
        self.mention_cache: dict[str, list[Mention]] = {}
        self.known_cache: dict[str, list[Mention]] = {}
        self.alias_entries: dict[str, Entry] = {}
        self.aliases: Gazetteer | None = None
        # Words the document uses in their bare form: the base forms of unknown names.
        self.bare_words = frozenset(w.lower() for line in lines for w in re.findall(r"\b[A-ZÄÖÅ]\w+\b", line))

    def mentions(self, sentence: str) -> list[Mention]:
        """Known names (gazetteer) and organisation names recognised by their form, not overlapping.

        A longer mention wins over a shorter one it overlaps ("Kaustisen seutukunta" over the
        municipality "Kaustisen"); at equal length the vocabulary wins.
        """
        cached = self.mention_cache.get(sentence)
        if cached is not None:
            return cached
        known_mentions = self.known(sentence)
        candidates: list[tuple[int, int, Mention]] = [(0, 0, m) for m in known_mentions]
        # The known mentions by where they start: those inside a name are looked up, not all
        # tested for each name (a long text of many names took time by their square).
        by_start = sorted(known_mentions, key=lambda m: m.start)
        starts = [m.start for m in by_start]
        for org in find_org_names(sentence, self.bare_words):
            known = self.gaz.lookup(org.name) or (self.gaz.lookup(org.acronym) if org.acronym else None)
            within = by_start[bisect.bisect_left(starts, org.start) : bisect.bisect_right(starts, org.end)]
            inner = [
                m.entry
                for m in within
                if m.end <= org.end and m.entry.type in ("organisation", "national-actor")
            ]
            if known is None and len(inner) >= 2 and _only_joins(sentence, org.start, org.end, within):
                continue  # "Ministry of Social Affairs and Health and Kela": a list of known names, no new one
            if known is None and len(inner) == 1 and ": " not in org.name and not _DISTRICT.search(org.name):
                # "sosiaalialan osaamiskeskus SONet BOTNIA" is the known SONet BOTNIA; a unit after a
                # colon ("X-piiri: Y-keskus") is not the known organisation that runs it.
                known = inner[0]
            if known is not None and known.type in ORG_TYPES:
                entry = known
            elif org.acronym and org.acronym in self.alias_entries:
                entry = self.alias_entries[org.acronym]  # the same short form: the same organisation
            else:
                entry = self.unlinked(org.name, "organisation", org.surface.split(" (")[0])
                if org.acronym:
                    self.alias(entry, org.acronym)
            # A genitive sharing the rest of a name is that name, not the place it names alone.
            candidates.append((-1 if org.shared else 1, 0, Mention(entry, org.start, org.end, org.surface)))
        for m in _SWEDISH_HEAD_FIRST.finditer(sentence):
            # Swedish names put the head word first ("Yrkeshögskolan Novia", "Stiftelsen Y"),
            # which the Finnish form rules (head word last) do not see.
            name = m.group().strip()
            linked = self.gaz.lookup(name) or _one_inner_org(known_mentions, m.start(), m.end())
            entry = linked or self.unlinked(name, "organisation", name)
            if entry.type in ORG_TYPES:
                candidates.append((1, 0, Mention(entry, m.start(), m.end(), name)))
        if self.aliases is not None:
            candidates += [(2, 0, m) for m in self.aliases.find(sentence)]
        candidates.sort(key=lambda c: (-(c[2].end - c[2].start), c[0], c[2].start))
        spans = Spans()
        taken = [mention for _, _, mention in candidates if spans.add(mention.start, mention.end)]
        taken.sort(key=lambda m: m.start)
        for mention in taken:
            if not mention.entry.linked and mention.surface not in mention.entry.surfaces:
                mention.entry.surfaces.append(mention.surface)
        self.mention_cache[sentence] = taken
        return taken

    def known(self, text: str) -> list[Mention]:
        """The gazetteer's mentions in ``text``, computed once per text (several passes ask)."""
        found = self.known_cache.get(text)
        if found is None:
            found = self.known_cache[text] = self.gaz.find(text)
        return found

    def alias(self, entry: Entry, short: str) -> None:
        """A short form the text introduces in brackets ("… kuntayhtymä (Soite)") names ``entry`` later."""
        if short in entry.labels or len(self.alias_entries) >= _MAX_ALIASES:
            return
        # A small gazetteer of the document's own new names with their short forms: it
        # finds "Soiten" or "VSHP:n" later in the text and gives the same entry.
        if self.aliases is None:
            self.aliases = Gazetteer([])
        new = [short] if any(e is entry for e in self.alias_entries.values()) else [*entry.labels, short]
        entry.labels.add(short)
        self.alias_entries[short] = entry
        self.aliases.add(entry, new)
        self.mention_cache.clear()

    def first_org(self, text: str) -> Entry | None:
        for mention in self.mentions(text):
            if mention.entry.type in ("national-actor", "organisation", "county", "municipality"):
                return mention.entry
        return None

    def org_from_value(self, value: str) -> Entry:
        """The organisation a field names: known, recognised by form, or new ("Name (ACR)" split)."""
        entry = self.first_org(value)
        if entry is not None:
            return entry
        m = re.fullmatch(r"\s*(.+?)\s*\(\s*([^()]{1,20}?)\s*\)\s*", value)
        name, short = (m.group(1), m.group(2)) if m else (value.strip(), None)
        if short and short in self.alias_entries:
            return self.alias_entries[short]
        entry = self.unlinked(name, "organisation", value.strip())
        if short:
            self.alias(entry, short)
        return entry

    def unlinked(self, name: str, type_: str, surface: str | None = None) -> Entry:
        key = f"{type_}:{name.lower()}"
        if key not in self.entries:
            self.entries[key] = new_entry(name, type_)
        entry = self.entries[key]
        if surface and surface not in entry.surfaces:
            entry.surfaces.append(surface)
        return entry

    def project_refs(self, sentence: str) -> list[tuple[str, int, int, str]]:
        """(name, start, end, case) for '<Name> -hankkeessa' style references to projects."""
        text = re.sub(r"(\w)-\s?(hank)", r"\1 -\2", sentence)
        text = re.sub(r"(\w)- (hank)", r"\1 -\2", text)
        out = []
        for m in _PROJECT_REF.finditer(text):
            words = m.group("name").split()
            # Drop a sentence-initial common word and lowercase lead words.
            while words and (words[0][:1].islower() and words[0] not in ("sote-keskus",)):
                words.pop(0)
            if not words:
                continue
            name = " ".join(words)
            if "-" not in m.group("sep") and m.group("hanke").startswith("hank"):
                if len(words) == 1 and words[0].endswith("n") and not re.search(r"\d", name):
                    continue  # "Satakulttuurin hankkeessa": a genitive, not a name we can restore
                name = f"{name} hanke" if not re.search(r"hanke$", name) else name
            else:
                name = project_base(name)  # "Satakulttuurin -hankkeessa" names Satakulttuuri
            if len(name) < 3 or name.lower() in ("hanke", "tämä hanke"):
                continue
            out.append((name, m.start(), m.end(), m.group("hanke")))
        return out


def names_itself(name: str, own_names: list[str]) -> bool:
    """A reference that names the project itself: its name, or its name without a qualifier.

    "Kestävän kasvun hanke" in "Etelä-Savon Kestävän kasvun hanke" (in its earlier phases)
    is the project itself; "Kestävän kasvun Lappi" in "Kestävän kasvun Lappi 2" is not: names
    that differ in a number are a project and its successor (docs/MODEL.md).
    """
    ref = " ".join(re.findall(r"[\w-]+", name.lower()))
    if not ref:
        return False
    for own in own_names:
        whole = " ".join(re.findall(r"[\w-]+", own.lower()))
        if ref == whole:
            return True
        padded = f" {whole} "
        if f" {ref} " in padded and not re.search(r"\d", padded.replace(f" {ref} ", " ", 1)):
            return True
    return False


def own_names(project: Project) -> list[str]:
    """The names of a project and of the projects it is part of."""
    names: list[str] = []
    current: Project | None = project
    while current is not None:
        names.append(current.name)
        current = current.parent
    return names


def project_base(name: str) -> str:
    """A project name in its base form: a one-word name in the genitive (by Voikko, or a word
    it does not know ending in vowel + n) takes its base form ("Satakulttuurin -hankkeessa" →
    "Satakulttuuri"); longer names are names as written."""
    name = name.strip(" -–,")
    if " " in name or not re.fullmatch(r"[A-ZÄÖÅ][\w-]+[aeiouyäö]n", name):
        return name
    found = analyses(name)
    if not found or all(case == "omanto" for _, _, case in found):
        return base_word(name)
    return name


def plain_case(ctx_or_names: object, name: str) -> str:
    """A name a cover page writes in capitals in the case a sentence writes it: "KOTIIN
    TURVALLISESTI -HANKE" is "Kotiin turvallisesti -hanke"; words the vocabularies know as
    names keep their capital ("KESTÄVÄN KASVUN KAINUU" is "Kestävän kasvun Kainuu")."""
    letters = [c for c in name if c.isalpha()]
    if len(letters) < 6 or not all(c.isupper() for c in letters):
        return name
    gaz = getattr(ctx_or_names, "gaz", None)
    words = name.lower().split(" ")
    out = [words[0][:1].upper() + words[0][1:]]
    for word in words[1:]:
        proper = word[:1].upper() + word[1:]
        known = gaz is not None and word[:1].isalpha() and bool(gaz.find(proper))
        out.append(proper if known else word)
    return " ".join(out)


def person_name(name: str) -> bool:
    """Two or three capitalised words, the first a first name (Voikko's class): a person ("Olli Rantanen",
    "Sarah Jones"), who is neither an organisation nor a project."""
    words = name.split()
    return (
        2 <= len(words) <= 3
        and all(w[:1].isupper() for w in words)
        and any(cls == "etunimi" for _, cls, _ in analyses(words[0]))
    )
