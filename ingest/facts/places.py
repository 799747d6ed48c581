"""Places: the municipalities a document names, linked to the municipality vocabulary.

A project is carried out in places its document names in running text ("toteutetaan
Kajaanissa, Sotkamossa ja Kuhmossa", "i Jakobstad och Nykarleby"), in a field
(Toteutuspaikka) or in a title. Every municipality named anywhere (outside page
headers the segmenter dropped) is kept once, with the first line naming it; each
one also gives a small vote to its wellbeing services county, so a document that
never writes its county's name still has one. The names are the gazetteer's, so
inflected and Swedish forms link to the same concept.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

from hankegraafi.ingest import cues
from hankegraafi.ingest.entities import Entry, Gazetteer, Mention, lemmatiser
from hankegraafi.ingest.facts.context import Context, Family
from hankegraafi.ingest.facts.model import Span
from hankegraafi.ingest.segment import Element
from hankegraafi.ontology import registry

#: A municipality's vote for its county: well below a sentence naming the county (1) or a title (5).
MUNICIPALITY_VOTE = 0.4


_INSTITUTION = re.compile(
    r"\s+(?:yliopisto|ammattikorkeakoulu|kauppakorkeakoulu|seurakunta|kansanopisto|lukio|"
    r"universitet|yrkeshögskola|akademi|högskola)\w*",
    re.I,
)


def _part_of_a_name(mention: Mention, text: str, others: Sequence[Mention] = ()) -> bool:
    """A municipality's name that is part of another name, not the place.

    A street ("Porintie 5"), an institution named after its town ("Helsingin yliopisto",
    "Tampereen yliopiston"), or a roman numeral ("Prima Botnia II" is no Ii).
    """
    after = text[mention.end : mention.end + 40]
    if re.match(r"(?:tie|katu|kuja|väylä|polku|gatan|vägen)\b", after, re.I) or _INSTITUTION.match(after):
        return True
    if _surname(text[: mention.start]) or _in_persons_name(mention, text, others):
        return True
    return mention.surface.isupper() and len(mention.surface) <= 3


#: The capitalised word right before a mention ("Minna Salo", "Kaisa Tervo").
_WORD_BEFORE = re.compile(r"(?:^|[\s(])([A-ZÅÄÖ][a-zåäö]+(?:-[A-ZÅÄÖ][a-zåäö]+)?)\s+$")


def _surname(before: str) -> bool:
    """The mention follows a first name: it is a person's surname ("projektipäällikkö Minna Salo", "Anna Sotkamo"),
    not the place. The first name is one the dictionary reads as a first name and not as a place."""
    m = _WORD_BEFORE.search(before[-40:])
    if m is None:
        return False
    classes = {a.get("CLASS") for part in m.group(1).split("-") for a in lemmatiser().analyse(part)}
    return "etunimi" in classes and "paikannimi" not in classes


#: The capitalised word right after a mention, one space between ("Kaarina Salo", "Salo Kaarina").
_WORD_AFTER = re.compile(r" ([A-ZÅÄÖ][a-zåäö]+(?:-[A-ZÅÄÖ][a-zåäö]+)?)(?![\w-])")


@cues.per_reading
def _first_name_homonyms(scheme: str) -> frozenset[str]:
    """Municipalities' names that are first names the dictionary does not read so (``first-name-homonym``)."""
    return frozenset(form for concept in registry.scheme(scheme) for form in concept.surface_forms())


def _first_name(word: str) -> bool:
    """A first name in the nominative: the vocabulary's homonyms ("Kaarina"), or one the dictionary reads as a
    first name and not as a place ("Matti", "Anna")."""
    if word in _first_name_homonyms("first-name-homonym"):
        return True
    found = lemmatiser().analyse(word)
    return any(a.get("CLASS") == "etunimi" and a.get("SIJAMUOTO") == "nimento" for a in found) and not any(
        a.get("CLASS") == "paikannimi" for a in found
    )


def _surname_like(word: str) -> bool:
    """A word that can be a surname: a proper name to the dictionary ("Salo", "Marttila") or one it does not know
    ("Björk"); a common noun ("Kotihoito", "Projektipäällikkö") is none."""
    found = lemmatiser().analyse(word)
    return not found or any(a.get("CLASS") in ("sukunimi", "paikannimi", "etunimi", "nimi") for a in found)


#: A compound's hyphen right after a pair of names: "Kaarina Turku -yhteistyö" is the two towns' co-operation.
_HYPHEN_AFTER = re.compile(r" ?-\w")


def _in_persons_name(mention: Mention, text: str, others: Sequence[Mention]) -> bool:
    """The mention is one of a person's two names, the first name before or after the surname with one space
    between ("Projektipäällikkö: Kaarina Salo", "Laatija: Salo Kaarina", "Raportin laati Kaarina Marttila"):
    a first name beside a word that can be a surname, no comma or join of a list of places between, no compound's
    hyphen after the two ("Kaarina Turku -yhteistyö") and no third town beside them ("Kaarina Salo Marttila" is a
    list of towns written with spaces; "Kaarina Kotihoito" is the town's unit: a common noun is no surname)."""
    if not mention.surface[:1].isupper() or " " in mention.surface:
        return False
    after = _WORD_AFTER.match(text, mention.end)
    before = _WORD_BEFORE.search(text[max(0, mention.start - 40) : mention.start])
    own_first = _first_name(mention.surface)
    if after is not None and (_first_name(after.group(1)) or (own_first and _surname_like(after.group(1)))):
        pair = (mention.start, after.end())
    elif before is not None and (
        _first_name(before.group(1)) or (own_first and _surname_like(before.group(1)))
    ):
        pair = (mention.start - len(before.group()), mention.end)
    else:
        return False
    if _HYPHEN_AFTER.match(text, pair[1]):
        return False
    return not any(
        o.entry.type == "municipality"
        and (o.end in (pair[0] - 1, pair[0] - 2) or o.start in (pair[1] + 1, pair[1] + 2))
        for o in others
    )


_COUNTY_WORD = re.compile(r"hyvinvointialue|välfärdsområde|\bHVA\b|wellbeing", re.I)


@functools.lru_cache(maxsize=4)
def sole_municipalities(gaz: Gazetteer) -> dict[str, Entry]:
    """County IRI → its one municipality, for a county that is one municipality (the City of Helsinki,
    code 90 of the classification, organises its own services: hg:inCounty of the vocabulary)."""
    members: dict[str, list[Entry]] = {}
    for entry in gaz.entries:
        if entry.type == "municipality" and entry.linked and entry.county is not None:
            members.setdefault(str(entry.county), []).append(entry)
    return {county: found[0] for county, found in members.items() if len(found) == 1}


def _with_named_towns(ctx: Context, mentions: list[Mention]) -> list[Mention]:
    """The towns in a county's name used as a place ("Vantaalla ja Keravalla" is Vantaa and Kerava), and the town
    that is the county ("Helsingin kaupunki", "Helsingfors stad", "City of Helsinki": the gold's municipality too)."""
    out: list[Mention] = []
    sole = sole_municipalities(ctx.gaz)
    for mention in mentions:
        out.append(mention)
        if mention.entry.type == "county" and (town := sole.get(str(mention.entry.iri))) is not None:
            out.append(Mention(town, mention.start, mention.end, mention.surface))
            continue
        if mention.entry.type != "county" or _COUNTY_WORD.search(mention.surface):
            continue
        offset = mention.start
        for part in re.split(r"(\s+(?:ja|och)\s+)", mention.surface):
            for inner in ctx.names.known(part):
                if inner.entry.type == "municipality":
                    start = offset + inner.start
                    out.append(Mention(inner.entry, start, start + len(inner.surface), inner.surface))
            offset += len(part)
    return out


@cues.per_reading
def _homonyms(scheme: str) -> dict[str, tuple[re.Pattern[str], ...]]:
    """The common words of ``scheme`` (``place-homonym``: "sund", "ingå"), folded, each with the patterns of
    the words it goes with as a word (its ``hg:cue``)."""
    return {
        form.casefold(): tuple(re.compile(cue, re.I) for texts in concept.cues.values() for cue in texts)
        for concept in registry.scheme(scheme)
        for form in concept.surface_forms()
    }


#: A place's word right after the name ("Sunds kommun", "Sund kommun", "Ingån kunta").
_PLACE_AFTER = re.compile(r"\s*(?:kommun|kunta|kunnan|kunnassa|municipality)\b", re.I)
#: A preposition of place right before the name ("i Sund", "från Geta", "in Sund").
_PLACE_BEFORE = re.compile(r"(?:^|\s)(?:i|från|till|på|in|from|to|at)\s+$", re.I)
#: A list's join right before the name: "Raseborg och Ingå", "Hangö, Ingå".
_JOIN_BEFORE = re.compile(r"[ ]*(?:,|och|ja|and|&)[ ]*$", re.I)


def _common_word(mention: Mention, text: str, others: list[Mention]) -> bool:
    """The name is a common word before a word it goes with ("Sund kost för unga", "en Sund vardag",
    "Sund, frisk och aktiv", "Ingå avtal"), no place; everywhere else, alone, as a subject, in a list or
    after "i", the place. Only the name's neighbours in its cell are read (red team R13-3, R14-2, R14-3,
    R14-7, R14-12, R14-13)."""
    companions = _homonyms("place-homonym").get(mention.surface.casefold())
    if companions is None:
        return False
    if _PLACE_BEFORE.search(text[max(0, mention.start - 8) : mention.start]) or _PLACE_AFTER.match(
        text, mention.end
    ):
        return False
    before = _JOIN_BEFORE.search(text[max(0, mention.start - 8) : mention.start])
    if before is not None:
        joined_at = mention.start - len(before.group())
        if any(o.end == joined_at and o.entry.type == "municipality" and o is not mention for o in others):
            return False  # "i Raseborg och Ingå i juni", "Raseborg, Hangö och Ingå"
    after = text[mention.end : mention.end + 60].split("\t", 1)[0].lstrip(" ")
    return any(cue.match(after) for cue in companions)


def municipalities_named(ctx: Context) -> list[tuple[Entry, Span]]:
    """Each municipality the document's kept lines name, once, with the first line naming it."""
    removed = set(ctx.seg.removed)
    seen: dict[str, tuple[Entry, Span]] = {}
    for line in ctx.seg.lines:
        if line.no in removed or not line.text.strip() or line.withdrawn:
            continue
        text = line.text.replace("~~", "")
        mentions = _with_named_towns(ctx, ctx.names.known(text))
        for mention in mentions:
            entry = mention.entry
            if entry.type != "municipality" or not entry.linked or _part_of_a_name(mention, text, mentions):
                continue
            if _common_word(mention, text, mentions):
                continue
            seen.setdefault(str(entry.iri), (entry, Span(line.no, line.no, text.strip())))
    return list(seen.values())


def _begin(ctx: Context, elements: list[Element]) -> None:
    named = municipalities_named(ctx)
    ctx.result.municipalities = named
    for entry, _span in named:
        if entry.county is not None:
            key = str(entry.county)
            ctx.region_votes[key] = ctx.region_votes.get(key, 0) + MUNICIPALITY_VOTE
            county = ctx.gaz.by_iri.get(key)
            if county is not None:
                ctx.names.entries.setdefault(f"county:{key}", county)


FAMILY = Family("places", begin=_begin)
