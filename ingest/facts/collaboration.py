"""Dependencies stated in running text in the many ways documents state them.

The dependencies family reads a dependency section and sentences with its cue words;
pages and reports of other templates state the same in other words: "yhteistyössä
HUSin ja Kelan kanssa", "Arviointikumppani on LUT-yliopisto", "Porin perusturva
vastasi toiminnasta", "Kelan Kanta-palveluiden ja THL:n tietorakenteiden mukaisesti",
"Lääkelista tarkistetaan Kanta-palveluiden reseptikeskuksesta", "tukee Kansallisen
mielenterveysstrategian toimeenpanoa". A sentence with such a cue makes each
organisation, national actor, service and programme it names (other than the
project's own county, its places and the project itself) a dependency, and an
organisation also a partner.
"""

from __future__ import annotations

import re

from hankegraafi.ingest.entities import Mention
from hankegraafi.ingest.facts.context import Context, Family
from hankegraafi.ingest.facts.model import Dependency, Participation, Project
from hankegraafi.ingest.facts.names import names_itself, own_names
from hankegraafi.ingest.facts.text import Chunk

#: Cue words, each with the kind of dependency it states.
_CUES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("national-guidance", re.compile(r"\bmukaise\w*|\bohjeistu\w*|\blinjaus\w*|\btoimeenpan\w*", re.I)),
    (
        "technical",
        re.compile(
            r"\btallentu\w*|\btarkistetaan\b|\brajapin\w*|\bintegroi\w*|\bliitty\w* \w*(?:järjestelm|palvelu)",
            re.I,
        ),
    ),
    (
        "shared-work",
        re.compile(
            r"\byhteistyö\w*|\bkanssa\b|\bkumppani\w*|\bmukana\b|\bvastasi\b|\bvastaa\b|\bvastaavat\b|"
            r"\bsitoutu\w*|\bkonsultaatio\w*|\bosallistu\w*|\btukena\b|\bsamarbete\w*|\btillsammans\b",
            re.I,
        ),
    ),
    (
        "functional",
        re.compile(
            r"\bkäytetään\b|\bkäyttää\b|\bkäyttöön\w*|\blaajennet\w*|\blaajenne\w*|\bhyödyn\w*|"
            r"\bedellyt\w*|\btukee\b|\bperustuu\b|\butnyttj\w*|\bbygger på\b",
            re.I,
        ),
    ),
)
#: Stakeholders and co-implementers take part in the project (the organisations family); no dependency.
_PARTICIPANTS = re.compile(r"sidosryhm|osatoteuttaj|intressent", re.I)
_OTHER_SECTIONS = ("dependencies", "toc", "goals", "goal-results", "outputs", "indicators", "benefits")
_TYPES = ("organisation", "national-actor", "service", "programme", "county")


def _kind(sentence: str) -> str | None:
    return next((kind for kind, pattern in _CUES if pattern.search(sentence)), None)


def _begins_project_name(mention: Mention, sentence: str) -> bool:
    """An organisation's name that begins a project's ("Soite 2.0 sote-keskus -hankkeen")."""
    return (
        re.match(r"(?:\s+[\w.:]+(?:-[\w.:]+)*){0,4}?\s*[-–]?\s?hank", sentence[mention.end :], re.I) is not None
    )


def _sentence(ctx: Context, sentence: str, chunk: Chunk, project: Project) -> None:
    if ctx.section in _OTHER_SECTIONS or len(sentence) > 600:
        return  # a dependency section is read whole by the dependencies family; goals are no dependencies
    kind = _kind(sentence)
    if kind is None or _PARTICIPANTS.search(sentence):
        return
    own_county = ctx.result.region
    names = own_names(project)
    for mention in ctx.names.mentions(sentence):
        entry = mention.entry
        if entry.type not in _TYPES:
            continue
        if entry.type == "county" and (
            own_county is None or entry.iri == own_county.iri or ctx.is_own_county(entry)
        ):
            continue
        if (
            entry.type == "programme"
            and kind == "shared-work"
            and "hank" in sentence[mention.end : mention.end + 12]
        ):
            continue  # "sote-rakenneuudistuksen hankkeen kanssa": the project, read by the dependencies family
        if names_itself(entry.label, names) or _begins_project_name(mention, sentence):
            continue
        if any(d.target is entry for d in project.dependencies):
            continue
        project.dependencies.append(Dependency(entry, kind, sentence, chunk.span, mention.surface))
        if entry.type in ("organisation", "national-actor") and not any(
            p.organisation is entry for p in project.participations
        ):
            project.participations.append(Participation(entry, "partner", chunk.span, mention.surface))


FAMILY = Family("collaboration", sentence=_sentence)
