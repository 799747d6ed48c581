"""Programmes a project belongs to: the programme it is part of or funded from is a dependency.

"Hanke on osa Suomen kestävän kasvun ohjelmaa", "Euroopan unionin rahoittama –
NextGenerationEU", "rahoitetaan Tulevaisuuden sote-keskus -ohjelmasta": the
project's money, schedule and reporting depend on that programme, as the seed
annotation and the corpus gold read it. The dependencies family leaves a project's
own programme out of the dependencies it reads from cue words; this family adds it
when a sentence says the project belongs to it or is funded from it, and at the end
for every whole project whose programme is known (a project coded RRP…, a pillar's
investment or named "Kestävän kasvun …" is in the Sustainable Growth programme).
"""

from __future__ import annotations

import re

from hankegraafi.ingest.entities import Mention
from hankegraafi.ingest.facts.context import Context, Family
from hankegraafi.ingest.facts.model import Dependency, Project, Span
from hankegraafi.ingest.facts.text import Chunk
from hankegraafi.ingest.segment import Element

#: Words saying a project belongs to or is funded from the programme named in the sentence.
_MEMBERSHIP = re.compile(
    r"\bosa(?:na|a|ksi)?\b|\brahoit\w*|\bohjelma(?:sta|an)\b|-ohjelma(?:sta|an)\b|\bkuulu\w*|\bhankkeena\b|"
    r"\brahoituksella\b|\bdel av\b|\bfinansier\w*|\bfunded\b|\bpart of\b|"
    # Tied to it: "ryhmät liittyvät Kansalliseen mielenterveysstrategiaan", "hör till", "linked to".
    r"\bliitty\w*|\bhör(?:de)? till\b|\blinked to\b|"
    # Named in brackets after the project's name: "… palveluhanke (Tulevaisuuden sote-keskus -ohjelma)".
    r"(?:hanke|projekt(?:et)?|project)\s*\(",
    re.I,
)
#: The EU's funding emblem ("Euroopan unionin rahoittama – NextGenerationEU") names no programme of the project.
_EMBLEM = re.compile(r"rahoittama\s*[–-]\s*NextGeneration|funded by the european union", re.I)
#: Characters between the cue and the programme's name at most.
_NEAR = 60


def _sentence(ctx: Context, sentence: str, chunk: Chunk, project: Project) -> None:
    """The programme named nearest a membership or funding cue, in a sentence (not an emblem)."""
    if len(sentence.split()) < 5 or _EMBLEM.search(sentence):
        return
    cues = [m.span() for m in _MEMBERSHIP.finditer(sentence)]
    if not cues:
        return
    best = None
    for mention in ctx.names.known(sentence):
        if mention.entry.type != "programme":
            continue
        distance = min(max(0, s - mention.end, mention.start - e) for s, e in cues)
        if distance <= _NEAR and (best is None or distance < best[0]):
            best = (distance, mention)
    if best is None:
        return
    for mention in _listed_after(sentence, best[1], ctx.names.known(sentence)):
        if not any(d.target is mention.entry for d in project.dependencies):
            project.dependencies.append(
                Dependency(mention.entry, "resource", sentence, chunk.span, mention.surface)
            )


#: Between two programmes of one list: "… rakenneuudistuksen hankkeeseen sekä Kansalliseen …".
_AND = re.compile(r"^[^.;:()]{0,30}?(?:,|\b(?:ja|sekä|och|samt|and)\b)[^.;:()]{0,30}$", re.I)


def _listed_after(sentence: str, first: Mention, mentions: list[Mention]) -> list[Mention]:
    """The programme nearest the cue and those listed after it with "ja", "sekä" or a comma."""
    found = [first]
    for mention in sorted(mentions, key=lambda m: m.start):
        if mention.entry.type != "programme" or mention.start <= found[-1].start:
            continue
        if not _AND.match(sentence[found[-1].end : mention.start]):
            break
        found.append(mention)
    return found


#: Marks of a recovery-plan (RRF) project: a plan code, a pillar's investment, the programme's name.
_RRF = re.compile(r"^RRP[\d.]|\bPilari\s+\d+|\bKestävän kasvun\b|\bHållbar tillväxt\b", re.I)
_RRF_PROGRAMME = "https://w3id.org/hankegraafi/vocab/programme/kestavan-kasvun-ohjelma"


def _finish(ctx: Context) -> None:
    """Each whole project depends on its programme; a project marked as an RRF one is in that programme."""
    rrf = ctx.gaz.by_iri.get(_RRF_PROGRAMME)
    for project in ctx.projects:
        if project.parent is not None:
            continue
        marks = " ".join([project.name, project.identifier or "", project.investment_line or ""])
        if project.programme is None and rrf is not None and (_RRF.search(marks) or project.investment_line):
            project.programme = rrf
        programme = project.programme
        if programme is None or any(d.target is programme for d in project.dependencies):
            continue
        project.dependencies.append(
            Dependency(programme, "resource", project.span.quote or project.name, project.span, programme.label)
        )


def _programme_field(ctx: Context, element: Element, value: str, span: Span) -> None:
    """A programme field ("Ohjelma: Tulevaisuuden sote-keskus", a fact box's "Rahoitusohjelma") names
    the programme of the project it describes: the project's programme, so a dependency at the end."""
    project = ctx.unit
    for mention in ctx.names.known(value):
        if mention.entry.type != "programme":
            continue
        if project.programme is None:
            project.programme = mention.entry
        elif project.programme is not mention.entry and not any(
            d.target is mention.entry for d in project.dependencies
        ):
            project.dependencies.append(Dependency(mention.entry, "resource", value, span, mention.surface))
        return


FAMILY = Family("programmes", sentence=_sentence, fields={"programme": _programme_field}, finish=_finish)
