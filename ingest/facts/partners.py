"""Partners as dependencies: an organisation the project works with relies on its share of the work.

An organisation named as a partner or a provider, with words of working together ("yhteistyössä X:n kanssa",
"X kouluttaa"), or as the subject doing the work (facts/agency.py), is a dependency of shared work as well
as a participant (docs/MODEL.md); one only named, the county itself or its own units are none. Read by the
organisations family (facts/organisations.py) at its end, over the participations it has made.
"""

from __future__ import annotations

import functools
import re

from rdflib import URIRef
from rdflib.namespace import SKOS

from hankegraafi.ingest import cues
from hankegraafi.ingest.entities import Entry
from hankegraafi.ingest.facts.agency import acts_in
from hankegraafi.ingest.facts.context import Context
from hankegraafi.ingest.facts.continuations import CONT_CUE
from hankegraafi.ingest.facts.mentioned import STEERING_GROUP, mentioned_only
from hankegraafi.ingest.facts.model import Dependency, Participation, Project, Span
from hankegraafi.ingest.facts.text import BULLET, sentences
from hankegraafi.ontology import loader

#: The entries that are parties: organisations and national actors.
ORG_ENTRIES = ("organisation", "national-actor")


#: Roles of organisations whose work the project's own work relies on: a dependency of shared work.
_WORKING_ROLES = ("partner", "service-provider")


WORKS_WITH = re.compile(
    r"yhteistyö|\bkanssa\b|\byhdessä\b|kumppan|toteuttaj|\bsamarbet|\btillsammans\b|\bpartner|\btoimitta|\bhankit(?:aan|tiin)\b|"
    # A service bought from it: "ostettiin Mehiläinen Oy:ltä", "köptes av Medibuss Ab".
    r"\bostet(?:aan|tiin)\b|\bköp(?:tes|s)\b|"
    # Doing part of the work: "X järjestää koulutuksen", "X kouluttaa", "Arvioinnin toteutti X".
    r"\bjärjestä(?:ä|vät)\b|\bjärjesti(?:vät)?\b|\bkoulutta(?:a|vat)\b|\bkoulutti(?:vat)?\b|\btoteutti(?:vat)?\b|"
    r"\btuotta(?:a|vat)\b|\btuotti(?:vat)?\b|\barvioi(?:vat)?\b|\butbild\w*|\bansvar(?:ar|ade)\b",
    re.I,
)


@functools.cache
def county_organisations(county: str) -> frozenset[str]:
    """The organisations the vocabulary ties to a county (skos:related): its predecessors and units."""
    graph = loader.vocabulary_graph()
    node = URIRef(county)
    related = {str(o) for o in graph.objects(node, SKOS.related)}
    related |= {str(s) for s in graph.subjects(SKOS.related, node)}
    return frozenset(related)


def sentence_of(quote: str, surface: str) -> str:
    """The sentence of a paragraph that names ``surface`` (the paragraph if none does alone):
    a "kanssa" in the next sentence says nothing of this one's organisation."""
    found = [s for s in sentences(quote) if surface and surface in s]
    return found[0] if len(found) == 1 else quote


def _does_work(sentence: str) -> bool:
    """The sentence says its organisation does a share of the work ("henkilöstö koulutetaan
    X:ssä", "X ordnar kamratstöd"): the cues of the ``work-share`` vocabulary."""
    return any(pattern.search(sentence) for _, pattern in cues.ranked("work-share"))


#: Towns named together as bodies: "Porin ja Rauman kaupungit", "Mikkelin, Savonlinnan ja Pieksämäen
#: kaupungit", "Borgå och Lovisa städer": after the town's name, the rest of the list and the plural body word.
_BODIES_AFTER = re.compile(
    r"^(?:\s*(?:,|\bja\b|\bsekä\b|\boch\b)\s*[A-ZÄÖÅ][\w-]*)*\s+(?:kaupungit|kunnat|städer(?:na)?|kommuner(?:na)?)\b"
)


#: A town named as a body, not a place: "Lahden kaupunki", "Sodankylän kunnan", "Esbo stad".
_TOWN_BODY = re.compile(r"\b(?:kaupun\w*|kun(?:ta|nan|nat)\b|stad(?:en)?\b|kommun(?:en)?\b)", re.I)


def _named_as_body(sentence: str, surface: str) -> bool:
    """The municipality is named in a list of towns as bodies ("Porin ja Rauman kaupungit tuottavat …"),
    as "Porin kaupunki" names one: a party that may do part of the work, not a place; towns listed as
    co-implementers ("Osatoteuttajina ovat Juvan ja Puumalan kunnat") take part only, by convention."""
    at = sentence.find(surface) if surface else -1
    if at < 0 or _BODIES_AFTER.match(sentence[at + len(surface) :]) is None:
        return False
    return not dict(cues.ranked("role"))["co-implementer"].search(sentence)  # co-implementers only take part


#: Roles of a participant that a later sentence may show doing a share of the work.
_LATER_ROLES = ("stakeholder", "partner", "service-provider", "attendee")


def _acting_mention(
    p: Participation, named: list[tuple[Project, Entry, Span, str]]
) -> tuple[str, Span, str] | None:
    """A later sentence naming the participant in which it does part of the work (its sentence, span and
    surface): a party named first among those present or in a steering group may act further on
    ("Närvarande: … Vasa yrkeshögskola" … "Vasa yrkeshögskola analyserar svaren")."""
    for _, entry, span, surface in named:
        # the same party, or its name made the municipality it names as a body ("Hangö stad": Hanko)
        same = entry is p.organisation or entry.label == p.surface
        if not same or span == p.span:
            continue
        said = sentence_of(span.quote, surface)
        if entry.type == "municipality":  # "Hangö stad ordnar …": the town with its body word is the subject
            body = re.search(
                re.escape(surface) + r"\s+(?:kaupun\w*|kun(?:ta|nan|nat)\b|stad\w*|kommun\w*)", said
            )
            surface = body.group() if body is not None else surface
        if not mentioned_only(said) and not STEERING_GROUP.search(said) and acts_in(said, surface):
            return said, span, surface
    return None


#: A partner's task named after it as a label's value: "Karelia-ammattikorkeakoulu: perheohjaajien täydennyskoulutus.",
#: "THL – vaikuttavuuden arviointi", "Novia: utvärdering av modellen" (two words or more, not a placeholder).
_TASK_AFTER = re.compile(r"^\s*(?:\([^)]{1,40}\)\s*)?(?::|\s[–—-])\s*(?P<task>[^\W\d][^.;]*)")


#: A seat, not a task: "X: en representant", "X – jäsen", "X: puheenjohtaja" (a body's member governs, does no work).
_SEAT = re.compile(
    r"\b(?:edusta\w*|jäsen\w*|puheenjohtaj\w*|representant\w*|medlem\w*|ordförande|members?|representatives?|chair)\b",
    re.I,
)


def _tasked(sentence: str, surface: str) -> bool:
    """The partner opens its sentence or list item with its task after a colon or a dash: a share of the work it
    does; a seat after it ("X: en representant") is none."""
    text = BULLET.sub("", sentence).strip()
    if not surface or not text.startswith(surface):
        return False
    m = _TASK_AFTER.match(text[len(surface) :])
    return m is not None and len(m.group("task").split()) >= 2 and not _SEAT.search(m.group("task"))


def partners_as_dependencies(ctx: Context, named: list[tuple[Project, Entry, Span, str]] | None = None) -> None:
    """An organisation the project works with ("yhteistyössä X:n kanssa", a partner list) is also
    a dependency of shared work (docs/MODEL.md: partners are dependencies as well as participants)."""
    own = ctx.result.region
    for project in ctx.projects:
        targets = {id(d.target) for d in project.dependencies}
        for p in project.participations:
            entry = p.organisation
            said = sentence_of(p.span.quote, p.surface)
            acts = acts_in(said, p.surface)  # "X tekee …", "Lahden kaupunki lainaa …": the subject works
            # a co-implementer, the administrator or the funder is the project's own side whatever it does later
            later = None if acts or p.role not in _LATER_ROLES else _acting_mention(p, named or [])
            if later is not None:
                said, acts = later[0], True
            # A town named as a body ("Lahden kaupunki lainaa …", a partner "Riihimäen kaupunki (liikuntapalvelut)")
            # is a party that may do part of the work, not a place.
            body = entry.type == "municipality" and (
                _named_as_body(said, p.surface)
                or ((acts or p.role in _WORKING_ROLES) and _TOWN_BODY.search(p.surface) is not None)
                or (later is not None and _TOWN_BODY.search(later[2]) is not None)
            )
            if id(entry) in targets or (entry.type not in ORG_ENTRIES and not body):
                continue
            if p.role in _WORKING_ROLES or body:
                relied = (
                    WORKS_WITH.search(said) is not None or _does_work(said) or acts or _tasked(said, p.surface)
                )
            else:
                relied = p.role == "stakeholder" and (_does_work(said) or acts)
            if not relied or mentioned_only(said):
                continue  # a name in a list of actors takes part; only work done together is relied on
            if own is not None and (
                entry.iri == own.iri or str(entry.iri) in county_organisations(str(own.iri))
            ):
                continue  # the county itself, or one of its own organisations (Soite in Keski-Pohjanmaa)
            if CONT_CUE.search(p.span.quote):
                continue  # "yhteistyö … kanssa jatkuu": earlier work continued, not relied on
            targets.add(id(entry))
            if later is not None:  # the sentence in which it acts
                project.dependencies.append(
                    Dependency(entry, "shared-work", later[1].quote, later[1], later[2])
                )
                continue
            project.dependencies.append(Dependency(entry, "shared-work", p.span.quote, p.span, p.surface))
