"""Is a document about a sote project at all? The signs looked for, and the refusal's words.

A document whose layout no rule knows, or one recognised by a single weak cue, is read
only when it shows the sote domain: a project's name in a text about social and health
care, a wellbeing services county named as such (or in a sote text), an organisation,
programme or national service the vocabularies know, or a report's traffic lights. A
road-maintenance notice, a club's pitch project or a recipe shows none of these.

A county, an organisation or a national service named is not enough on its own: a fee
table, a job advert, a tender, an event calendar or a timetable of a wellbeing services
county names them too, with sums. Such a text is told by its genre's words, weighed
against a development project's words (both from the ``text-genre`` vocabulary); it is
refused when the other genre outweighs the project and no project, programme or traffic
light was read from it. A project named as such is never refused.

What a text is about shows in its words before any genre's: a notice of snow clearing, a
car lease or room rents names a county, towns, Kela and sums in words of no genre listed,
and none of a development project ("hanke", "kehittää", "pilotti", "tavoitteena on" …).
Such a text, from which no project, programme or traffic light was read, is refused
however many names it has: it is about no development at all (not a list of topics).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from hankegraafi.ingest import cues
from hankegraafi.ingest.entities import Entry
from hankegraafi.ontology import registry

if TYPE_CHECKING:  # annotations only: importing the facts package here closed a cycle through it
    from hankegraafi.ingest.facts.context import Context
    from hankegraafi.ingest.facts.model import Extraction

#: Words that make a heading the name of a project (fi/sv/en), in any inflection.
PROJECT_WORDS = re.compile(
    r"hank(?:e|keen|keessa|keelle|kee(?:seen|sta|lla)|keiden)\b|-hanke|\bprojekt(?:i|in|issa|iin|ille|et|en)?\b|"
    r"toimintamalli|investointi|kehittämis(?:hanke|ohjelma)|pilotti|kokeilu|\bsote-keskus|kestävän kasvun|"
    r"hållbar tillväxt|ohjelma\b|-ohjelma|verksamhetsmodell|\bproject\b|\bpilot\b",
    re.I,
)

#: What must be found for a document to be about a sote project (said in the refusal).
LOOKED_FOR = (
    "a project's name (a heading or sentence naming a hanke, projekti, toimintamalli or investointi), "
    "a wellbeing services county, an organisation, programme or national service the vocabularies know"
)


def _care_words() -> re.Pattern[str]:
    """Words of social and health care in fi/sv/en (the ``care-field`` vocabulary, stems of inflected
    forms too: "asiakkaat", "hoidon", "hemtjänsten"): a project's name counts only in a text that uses
    them. Until stop 40 a list here held nine Swedish and no English word: a Swedish steering group's
    minutes about elderly care at home were refused as about no sote project (test27 i40)."""
    return dict(cues.ranked(CARE_FIELD))["social-and-health-care"]


#: The scheme of the words of the field.
CARE_FIELD = "care-field"


#: The last text judged by :func:`sote_text` (the words' pattern of its reading, the text, the answer): a document's
#: evidence asks it of the same whole text two or three times (tune: 2 255 calls, 896 texts).
_SOTE_LAST: list[tuple[object, str, bool]] = []


def sote_text(text: str) -> bool:
    """The text uses at least three different words of social and health care (read up to the third)."""
    words = _care_words()
    last = _SOTE_LAST[0] if _SOTE_LAST else None
    if last is not None and last[0] is words and last[1] == text:
        return last[2]
    seen: set[str] = set()
    answer = False
    for m in words.finditer(text[:50_000]):
        seen.add(m.group().lower())
        if len(seen) >= 3:
            answer = True
            break
    _SOTE_LAST[:] = [(words, text, answer)]
    return answer


#: Words of care too common outside it to tell a project's name by ("talvihoito" is a road's).
_BROAD_CARE = frozenset({"hoito", "hoidon", "vård", "omsorg"})


def _care_named(x: Extraction, text: str) -> bool:
    """The document's project is named by a word of social or health care ("Lapin etäkuntoutus") in a
    text with a development project's words (a project number, a state grant: weight of at least
    :data:`MIN_GENRE_WEIGHT`): a cost sheet or form of a project, however few its care words
    (test23 s39: a monthly cost sheet, its title, project number, grant and municipalities)."""
    if not x.projects or x.projects[0].span.first <= 0:
        return False
    words = {m.group().lower() for m in _care_words().finditer(x.projects[0].name)} - _BROAD_CARE
    return bool(words) and development_weight(text) >= MIN_GENRE_WEIGHT


def evidence(x: Extraction, text: str = "") -> list[str]:
    """What in the extraction shows the document is about a sote project (empty: nothing).

    A project's name ("Kirkkotien perusparannushanke") is evidence only in a text about
    social and health care; a county, an organisation, programme or service of the
    vocabularies is evidence on its own.
    """
    found: list[str] = []
    named = [p for p in x.projects if PROJECT_WORDS.search(p.name) and p.span.first > 0]
    if text and _care_named(x, text):
        found.append(f"project {x.projects[0].name!r}")
    elif text and sote_text(text) and (named or PROJECT_WORDS.search(text[:50_000])):
        found.append(f"project {(named or x.projects)[0].name!r}" if x.projects else "a project")
    elif named and not text:
        found.append(f"project {named[0].name!r}")
    if x.region is not None:
        found.append(f"county {x.region.label}")
    entries: list[Entry] = []
    for p in x.projects:
        entries += [pa.organisation for pa in p.participations] + [d.target for d in p.dependencies]
        entries += [e for e in (p.programme, p.funder) if e is not None]
    entries += [d.organisation for d in x.developers] + [d.service for d in x.developers]
    linked = sorted({e.label for e in entries if e.linked and e.type != "municipality"})
    if linked:
        found.append("named " + ", ".join(linked[:5]))
    # A club's pitch has a cost estimate and a goal too: goals and costs count in a sote text only.
    if any(p.lights for p in x.projects) or (
        (not text or sote_text(text)) and any(p.goals or p.costs for p in x.projects)
    ):
        found.append("goals, costs or traffic lights")
    return found


def _county_named(ctx: Context, text: str) -> bool:
    """The text names a county itself, as a wellbeing services county or in a sote text.

    A county voted for only by the municipalities a road notice names is no evidence, nor
    is a region's genitive in a recipe's campaign ("Pirkanmaan lähiruokaviikko").
    """
    named = [
        m for found in ctx.names.known_cache.values() for m in found if m.entry.type in ("county", "region")
    ]
    if not named:
        return False
    if sote_text(text) or any(_COUNTY_WORDS.search(m.surface) for m in named):
        return True
    # "Kotona Kainuussa -hanke kehittää kotihoitoa": a project of care in a named region.
    return bool(_care_words().search(text[:50_000]) and PROJECT_WORDS.search(text[:50_000]))


_COUNTY_WORDS = re.compile(
    r"hyvinvointialue|välfärdsområde|hyvinvointikuntayhtym|wellbeing services|\bHVA\b", re.I
)


#: The scheme of text genres and its concept of a development project's text.
GENRES = "text-genre"
PROJECT_GENRE = "development-project"
#: Weight of another genre's words, at least, before that genre can outweigh a project.
MIN_GENRE_WEIGHT = 4
#: Weight of a development project's words, at least, for a text from which no project was read to be
#: about one: a single word of developing ("kehittää kotiutumista") is enough, none is not.
MIN_PROJECT_WEIGHT = 1


@cues.per_reading
def _genre_cues(scheme: str) -> dict[str, tuple[tuple[re.Pattern[str], int], ...]]:
    """The weighted cues of ``scheme``'s genres, compiled once per reading of the vocabularies: searched by their
    text, their hundreds of patterns with everyone else's overflowed ``re``'s cache and were compiled again for
    each document (5 % of extraction CPU on test33-35)."""
    return {
        key: tuple((re.compile(cue, re.I | re.M), weight) for cue, weight in found)
        for key, found in cues.weighted(scheme).items()
    }


#: The last text weighed (its cues, its head, its weights): a document's evidence weighs the same text twice, for
#: another genre and for a project's words (``domain_evidence``), each time all of the genres' cues over 50 000
#: characters (2 % of extraction CPU on test33-35).
_LAST: list[tuple[object, str, dict[str, int]]] = []


def genre_weights(text: str) -> dict[str, int]:
    """Each text genre's weight in ``text``: the sum of the weights of its cues found, each once."""
    head, every = text[:50_000], _genre_cues(GENRES)
    last = _LAST[0] if _LAST else None
    if last is None or last[0] is not every or last[1] != head:
        last = (
            every,
            head,
            {key: sum(w for cue, w in found if cue.search(head)) for key, found in every.items()},
        )
        _LAST[:] = [last]
    return dict(last[2])  # a copy: other_genre takes the project's weight out of it


def other_genre(text: str) -> tuple[str, int] | None:
    """The genre other than a project's text that ``text`` reads as, with its weight, when it
    outweighs a development project's words and weighs at least :data:`MIN_GENRE_WEIGHT`."""
    weights = genre_weights(text)
    project = weights.pop(PROJECT_GENRE, 0)
    if not weights:
        return None
    key, weight = max(weights.items(), key=lambda kv: kv[1])  # ties: the first in rank order
    return (key, weight) if weight >= MIN_GENRE_WEIGHT and weight > project else None


def development_weight(text: str) -> int:
    """The weight of a development project's words in ``text`` (the text-genre vocabulary's cues)."""
    return genre_weights(text).get(PROJECT_GENRE, 0)


def _project_read(x: Extraction) -> bool:
    """A project named as such, a programme or funder of the vocabularies, or traffic lights was read:
    a text about a project whatever other genre's words it has (never refuse a project)."""
    for p in x.projects:
        if p.lights or (p.span.first > 0 and PROJECT_WORDS.search(p.name)):
            return True
        if any(e is not None and e.linked for e in (p.programme, p.funder)):
            return True
    return False


def _named(ctx: Context, text: str) -> list[str]:
    """evidence(), a county counted only when the text names it itself.

    A county the text names as such counts even when no county was settled for the document (a
    cost sheet's "Hyvinvointialue;Kainuun hyvinvointialue" row, a label no field knows: the
    votes need more than one mention); the settling is about which county, this about whether one.
    """
    county = _county_named(ctx, text)
    found = [f for f in evidence(ctx.result, text) if county or not f.startswith("county ")]
    if county and not any(f.startswith("county ") for f in found):
        named = sorted(
            {m.entry.label for hits in ctx.names.known_cache.values() for m in hits if m.entry.type == "county"}
        )
        if named:
            found.insert(0, f"county {named[0]}")
    return found


def domain_evidence(ctx: Context) -> list[str]:
    """What shows the document is about a sote project: evidence() with the county named itself,
    and nothing when no project was read and the text is of another genre (a fee table, a job
    advert …) or speaks of no development (too few of a project's words: a snow-clearing notice)."""
    text = "\n".join(ctx.doc.lines)
    found = _named(ctx, text)
    if not found or _project_read(ctx.result):
        return found  # the genres' hundreds of cues over 50 000 characters are weighed only when they decide
    about_else = other_genre(text) is not None or development_weight(text) < MIN_PROJECT_WEIGHT
    return [] if about_else else found


def _genre_names(key: str) -> dict[str, str]:
    concept = registry.scheme(GENRES)[key]
    return {lang: concept.label(lang).text for lang in registry.LANGUAGES}


def refusal_message(ctx: Context | None = None) -> str:
    """Why a document is refused: what was looked for, what was found, and the genre the text
    looked like instead (in fi/sv/en), so that a publisher sees what the ingest expected."""
    text = "\n".join(ctx.doc.lines) if ctx is not None else ""
    genre = other_genre(text) if ctx is not None else None
    found = _named(ctx, text) if ctx is not None else []
    if genre is None and found:
        return (
            f"unrecognised document, not about a sote project: looked for {LOOKED_FOR}; it names "
            f"{'; '.join(found)}, but no project, programme or word of developing one (hanke, projekti, "
            "kehittäminen, pilotti, tavoitteet) "
            "(ei sote-hanketta: ei hanketta eikä kehittämisen sanoja / inget social- och hälsovårdsprojekt: "
            "inget projekt och inga ord om utveckling)"
        )
    if genre is None:
        return (
            f"unrecognised document, not about a sote project: looked for {LOOKED_FOR}, and found none "
            "(tunnistamaton dokumentti, ei sote-hanketta / okänt dokument, inget social- och hälsovårdsprojekt)"
        )
    names = _genre_names(genre[0])
    named = f"; it names {'; '.join(found)}, as such texts do" if found else ""
    return (
        f"unrecognised document, not about a sote project: looked for {LOOKED_FOR}; "
        f"the text is of another genre: {names['en'].lower()}, not a development project's text{named} "
        f"(ei sote-hanketta, tekstilaji: {names['fi'].lower()} / inget social- och hälsovårdsprojekt, "
        f"textgenre: {names['sv'].lower()})"
    )


__all__ = [
    "GENRES",
    "LOOKED_FOR",
    "MIN_PROJECT_WEIGHT",
    "PROJECT_WORDS",
    "development_weight",
    "domain_evidence",
    "evidence",
    "genre_weights",
    "other_genre",
    "refusal_message",
    "sote_text",
]
