"""Programmes a project belongs to: the programme it is part of or funded from is a dependency.

"Hanke on osa Suomen kestävän kasvun ohjelmaa", "Euroopan unionin rahoittama –
NextGenerationEU", "rahoitetaan Tulevaisuuden sote-keskus -ohjelmasta": the
project's money, schedule and reporting depend on that programme, as the seed
annotation and the corpus gold read it. The dependencies family leaves a project's
own programme out of the dependencies it reads from cue words; this family adds it
when a sentence says the project belongs to it or is funded from it, and at the end
for every whole project whose programme is known (a project coded RRP…, a pillar's
investment or named "Kestävän kasvun …" is in the Sustainable Growth programme).

Outside sentences (stop 32): a document about one project that names the recovery facility's
money anywhere (a running footer "… · Elpymis- ja palautumistukiväline (RRF)", "… -hankkeelle
17 450 000 euroa EU:n elpymis- ja palautumistukivälineestä", "RRP-hanke") is that programme's, and
a programme alone in the document's margin (its first lines, or a running header repeated on
every page: "Tulevaisuuden sote-keskus -ohjelma<TAB>Sivu 1 (2)") is the project's programme.
"""

from __future__ import annotations

import functools
import re

from rdflib import URIRef
from rdflib.namespace import SKOS

from hankegraafi.ingest.entities import Mention
from hankegraafi.ingest.facts.context import Context, Family
from hankegraafi.ingest.facts.mentioned import MENTIONED_ONLY
from hankegraafi.ingest.facts.model import Dependency, Project, Span
from hankegraafi.ingest.facts.text import Chunk
from hankegraafi.ingest.segment import Element
from hankegraafi.ontology import loader

#: Words saying a project belongs to or is funded from the programme named in the sentence.
_MEMBERSHIP = re.compile(
    r"\bosa(?:na|a|ksi)?\b|\brahoit\w*|\bohjelma(?:sta|an)\b|-ohjelma(?:sta|an)\b|\bkuulu\w*|\bhankkeena\b|"
    r"\brahoituksella\b|\bdel av\b|\bfinansier\w*|\bfunded\b|\bpart of\b|"
    # Tied to it: "ryhmät liittyvät Kansalliseen mielenterveysstrategiaan", "hör till", "linked to".
    r"\bliitty\w*|\bhör(?:de)? till\b|\blinked to\b|"
    # Where the work was developed, its origin: "Malli kehitettiin X -ohjelmassa", "togs fram inom programmet X",
    # "was developed in the X programme" (stop 35, G4).
    r"\bkehite(?:tty|ttiin|tään|ttu)\b|\bkehitetyn?\b|\bsyntyi\b|\bluotiin\b|\butveckla(?:des|ts|d|t)\b|"
    r"\btogs\s+fram\b|\bskapades\b|\b(?:was|were)\s+(?:developed|created|designed)\b|"
    # Named in brackets after the project's name: "… palveluhanke (Tulevaisuuden sote-keskus -ohjelma)".
    r"(?:hanke|projekt(?:et)?|project)\s*\(|"
    # The grant paid from it: "beviljade 420 000 euro inom programmet X", "granted EUR 250,000 from the X programme",
    # "STM:n avustus 260 000 euroa (X -ohjelma)" (G8, stop 39).
    r"\bbevilja\w*|\binom\s+programmet\b|\b(?:valtion)?avustu\w*|\bgrant(?:ed|s)?\b",
    re.I,
)
#: A grant or its sum on a line outside sentences that names a programme (a funding field, a table's cell, a CSV's
#: row: "Grant,EUR 480,000 (Ministry …, X programme)"): the programme the project's money comes from.
#: A sum alone is none ("Kunnan liikuntapalvelut saivat 20 000 euroa Työkykyohjelmasta": another body's money).
_GRANT = re.compile(
    r"\b(?:valtion)?avustu|\bmyön(?:si|nett|netty)|\bbevilja|\bgrant"
    r"|^\W*(?:rahoitus|rahoittaja|finansiering|finansiär|funding|funder)\b",
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
    _outside_sentences(ctx)
    for project in ctx.projects:
        if project.parent is not None:
            continue
        marks = " ".join([project.name, project.identifier or "", project.investment_line or ""])
        if project.programme is None and rrf is not None and (_RRF.search(marks) or project.investment_line):
            project.programme = rrf
        programme = project.programme
        if programme is not None and not any(d.target is programme for d in project.dependencies):
            project.dependencies.append(
                Dependency(
                    programme, "resource", project.span.quote or project.name, project.span, programme.label
                )
            )
        _one_recovery_dependency(project)


#: Lines read for a programme named outside sentences: the head funding.py reads for the funder
#: (a long table's rows name none; ``Names.known`` keeps each line's mentions for both).
_HEAD_LINES = 400
#: The first lines of a document: its running header, breadcrumb, cover and title.
_MARGIN_LINES = 3
#: What a margin line holds beside a programme's name: page numbers, a period, separators.
_PAGE = re.compile(r"\b(?:sivu|sida|page|s\.)\s*\d+\s*(?:\(\d+\)|/\s*\d+)?|\b\d+\s*(?:\(\d+\)|/\s*\d+)", re.I)
_YEARS = re.compile(r"\b(?:19|20)\d\d\b")
_SEPARATOR = re.compile(r"[\s|/·•–—,:;()*#_\[\]-]+")


@functools.cache
def recovery_family() -> frozenset[str]:
    """The Sustainable Growth programme with the instruments that pay it (skos:related and their
    skos:broader in programmes.ttl: RRF, NextGenerationEU): one chain of money, so a project in one
    is in the programme, and one dependency on the chain is all a text states."""
    g = loader.vocabulary_graph()
    family = {URIRef(_RRF_PROGRAMME), *g.objects(URIRef(_RRF_PROGRAMME), SKOS.related)}
    family |= {broader for member in list(family) for broader in g.objects(member, SKOS.broader)}
    return frozenset(str(member) for member in family)


def _outside_sentences(ctx: Context) -> None:
    """The programme of a document about one project, named where no sentence says it is the project's.

    Two classes of form: the recovery facility's money named anywhere in the head (a running footer, a
    sum "EU:n elpymis- ja palautumistukivälineestä", "X on … RRP-hanke") makes the project one of the
    Sustainable Growth programme, for the facility pays only its projects (a past project of another
    programme is the one the text names in passing: "jatkaa Tulevaisuuden sote-keskus -hankkeen työtä");
    and a programme alone in the margin (the first lines, or a running header or footer repeated on the
    pages) is the project's, as a cover's programme line above the name is (identity.py).
    """
    whole = [p for p in ctx.projects if p.parent is None]
    if len(whole) != 1:
        return  # a page of several projects: each one's own sentences say which programme is whose
    project = whole[0]
    family = recovery_family()
    rrf = ctx.gaz.by_iri.get(_RRF_PROGRAMME)
    lines = ctx.doc.lines[:_HEAD_LINES]
    counts: dict[str, int] = {}
    for line in lines:
        counts[line.strip()] = counts.get(line.strip(), 0) + 1
    margin = [line for line in lines if line.strip()][:_MARGIN_LINES]
    for number, line in enumerate(lines, start=1):
        text = line.strip()
        if not text or MENTIONED_ONLY.search(text):
            continue
        mentions = ctx.names.known(text.capitalize() if text.isupper() else text)
        programmes = [m for m in mentions if m.entry.type == "programme"]
        if not programmes:
            continue
        named = next((m for m in programmes if str(m.entry.iri) in family), None)
        if named is not None and rrf is not None and not _depends_on_recovery(project, family):
            project.dependencies.append(
                Dependency(rrf, "resource", text, Span(number, number, text), named.surface)
            )
            project.programme = project.programme or rrf
        in_margin = line in margin or (counts[text] > 1 and _PAGE.search(text))
        if in_margin and project.programme is None and _programme_alone(text, mentions):
            project.programme = programmes[0].entry
        elif project.programme is None and named is None and _GRANT.search(text):
            # the grant's programme ("STM:n avustus 260 000 euroa (X -ohjelma)"); the recovery chain's is read above
            project.programme = programmes[0].entry


def _programme_alone(text: str, mentions: list[Mention]) -> bool:
    """Whether a line names a programme and nothing of its own beside the known names, a page's number,
    a period and separators ("Tulevaisuuden sote-keskus -ohjelma<TAB>Sivu 2 (3)")."""
    rest = text
    for mention in sorted(mentions, key=lambda m: -len(m.surface)):
        rest = rest.replace(mention.surface, " ")
    rest = _YEARS.sub(" ", _PAGE.sub(" ", rest))
    return len([word for word in _SEPARATOR.split(rest) if word]) <= 1


def _depends_on_recovery(project: Project, family: frozenset[str]) -> bool:
    return any(str(d.target.iri) in family for d in project.dependencies) or (
        project.programme is not None and str(project.programme.iri) in family
    )


def _one_recovery_dependency(project: Project) -> None:
    """One dependency on the recovery chain: "STM, NextGenerationEU" beside a Kestävän kasvun name
    states the programme once, not twice; the programme itself is kept over the instruments paying it
    (the project depends on the programme's rules and reporting; the instruments are its money)."""
    family = recovery_family()
    chain = [d for d in project.dependencies if str(d.target.iri) in family]
    if len(chain) < 2:
        return
    keep = next((d for d in chain if str(d.target.iri) == _RRF_PROGRAMME), chain[0])
    project.dependencies[:] = [d for d in project.dependencies if d is keep or d not in chain]


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
