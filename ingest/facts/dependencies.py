"""Dependencies: the services, national actors, programmes and projects a project's work relies on.

In a dependency section every name counts; elsewhere a sentence must say so
("yhteistyössä X-hankkeen kanssa", "Omaolo-palvelun käyttöönotto"). The kind of
dependency (technical, national guidance, shared work …) comes from the
sentence's words. Who makes a national service ("DigiFinland on Omaolo-palvelun
valmistaja") is read here too.
"""

from __future__ import annotations

import re

from hankegraafi.ingest import cues
from hankegraafi.ingest.entities import Entry, Mention
from hankegraafi.ingest.facts.context import Context, Family
from hankegraafi.ingest.facts.continuations import CONT_CUE
from hankegraafi.ingest.facts.mentioned import (
    MENTIONED_ONLY,
    NOT_RELIED,
    STEERING_GROUP,
    funds_in_clause,
    keepers_in_brackets,
    mentioned_only,
    owners_before,
    site_of,
)
from hankegraafi.ingest.facts.model import Dependency, Developer, Project, Span
from hankegraafi.ingest.facts.names import ORG_TYPES, names_itself, own_names, project_base
from hankegraafi.ingest.facts.organisations import role_cues
from hankegraafi.ingest.facts.partytables import read_label_rows, read_party_table, read_role_rows
from hankegraafi.ingest.facts.text import Chunk
from hankegraafi.ingest.orglists import list_names
from hankegraafi.ingest.segment import Element
from hankegraafi.ontology import registry


def _label_cue(label: str) -> str:
    """A label as a cue, its inflected forms too: the last two letters may change
    ("Tiedonvaihto", "tiedonvaihdon" → tiedonvaih…)."""
    text = label.lower()
    return re.escape(text[:-2] if len(text) >= 8 else text)


def _patterns() -> tuple[tuple[str, re.Pattern[str]], ...]:
    """Each dependency kind of the vocabulary as (key, pattern), in the order a sentence is tried.

    The words are the vocabulary's (``ontology/vocab/kinds.ttl``): a kind
    without ``hg:cueRank`` is found by its labels' stems, first and in written
    order, so a new kind is one vocabulary entry; then the kinds with
    ``hg:cue`` words, by rank (``continuation`` before the ``kanssa`` of shared
    work). A ranked kind with no cue (``functional``) is only ever a default.
    """
    return (*_by_label(_SCHEME), *cues.ranked(_SCHEME))


_SCHEME = "dependency-kind"


@cues.per_reading
def _by_label(scheme: str) -> tuple[tuple[str, re.Pattern[str]], ...]:
    """(key, pattern of its labels' stems) of each kind of ``scheme`` without ``hg:cueRank``."""
    found = []
    for concept in registry.scheme(scheme):
        labels = [f for f in concept.surface_forms() if len(f) >= 4]
        if concept.cue_rank is None and labels:
            found.append((concept.key, re.compile(r"\b(?:" + "|".join(map(_label_cue, labels)) + ")", re.I)))
    return tuple(found)


def dependency_kind(sentence: str, default: str) -> str:
    """The kind of dependency a sentence states: a vocabulary kind named by its label, else its cues."""
    for key, pattern in _patterns():
        if pattern.search(sentence):
            return key
    return default


_DEP_CUE = re.compile(
    r"riippu|yhteistyö|yhteiskehit|kanssa|ohjau|koordinoi|linjau|edellyt|käyttöön|pilotoin|"
    r"kehittämä|osallistu|noudat|hyödyn|laajenta|jatku|kuvattu|kuvat|"
    r"beroende|\bberor på\b|förutsätt|\bbygger på\b|\banvänd\w*|\butnyttja\w*|\bdepend\w*|\brel(?:y|ies) on\b",
    re.I,
)
#: Where a model is described or published (Innokylä's materials) is no service the work relies on.
#: A service's own descriptions ("palvelukuvaukset viedään Palvelutietovarantoon") are the data a
#: national service holds, not the work documented.
_DOCUMENTED = re.compile(
    r"(?<!palvelu)kuvau|kuvat|materiaal|dokumentoi|(?<!tjänste)beskriv|(?<!service )described", re.I
)
#: Publishing is documentation when what is published is the work's model, results or materials,
#: or the project itself ("Toimintamallit julkaistaan Innokylässä", "Hankkeen esittelyvideo on
#: julkaistu"); a schedule or a service's details published in a national service
#: ("aikataulu julkaistaan Lähellä.fi-palvelussa") is the work using it.
_PUBLISHED = re.compile(r"julkai|publicer|published", re.I)
_WORK_DOCUMENTED = re.compile(
    r"toimintamall|\bmall(?:i|it|ien|eja)\b|tulok|tuotok|raport|opas|oppa|ohjeist|esittel|video|uutis|blogi|artikkel|"
    r"\bhankkeen\b|modell|resultat|projektets|\bmodels?\b|results?\b|\bproject's\b",
    re.I,
)


def _published_in(sentence: str) -> bool:
    """ "Toimintamalli on kuvattu Innokylään", "julkaistu Innokylässä": where the work is published."""
    return (
        re.search(r"\b(?:on|oli|ovat|ja)\s+(?:\w+\s+)?(?:kuvattu|julkaistu|tallennettu)\b", sentence, re.I)
        is not None
    )


#: A page's breadcrumb: three or more short items joined by "/", ">" or "»" ("Innokylä / Kokonaisuudet / X").
_BREADCRUMB = re.compile(r"^[^/>»›.!?]{1,60}(?:\s[/>»›]\s[^/>»›.!?]{1,100}){2,}$")


def breadcrumb(text: str) -> bool:
    """A page's breadcrumb ("Innokylä > Toimintamallit > X"): the site and its sections, no statement;
    a cue word in the page's own name ("… etäohjaus") says nothing of the site."""
    return _BREADCRUMB.match(text) is not None


def _statement(sentence: str) -> bool:
    """A sentence that states something (not a heading, a list item's label or a page's breadcrumb,
    whose first item is the site: Innokylä), about no documentation."""
    text = sentence.strip()
    if breadcrumb(text):
        return False
    words = text.split()
    documented = _DOCUMENTED.search(text) or (_PUBLISHED.search(text) and _WORK_DOCUMENTED.search(text))
    return (text.endswith((".", "!")) or len(words) >= 8) and len(words) >= 3 and not documented


_DEVELOPER_CUE = re.compile(r"valmistaja|kehittäjä|koordinoima|ylläpitämä|tuottama", re.I)
#: Projects read from the lists of one sentence at most (bounds the work on hostile text).
_MAX_LISTED = 40
_PLURAL_HANKE = re.compile(
    r"(?:(?<=\w)-|\s[-–]\s?)hankke(?:et|iden|isiin|issa|ista|illa|ille|ita|ihin)\b", re.I
)
_HYPHEN_SEP = re.compile(r"(?<=\w)-\s*(?:,\s*(?:ja\s+|sekä\s+)?|\s+(?:ja|sekä)\s+)")
_EXAMPLE_LIST = re.compile(
    r"hank(?:e|kee|kei)\w*(?:\s+kanssa)?\s*(?:,\s*(?:esimerkiksi|kuten|mm\.|muun muassa)|\()\s*", re.I
)
_WORKS_WITH = re.compile(
    r"yhteistyö\w*\b(?=[^.]{0,300}?\bkanssa\b)|\bkanssa\b(?=[^.]{0,300}?\byhteistyö)"
    r"|\byhdessä\b(?=[^.]{0,200}?\bkanssa\b)|\btillsammans med\b|\bi samarbete med\b|\bsamarbeta\w*\s+med\b",
    re.I,
)
_SHARED_CUE = re.compile(r"yhteistyö|\bkanssa\b|yhdessä|linkitty|riippu", re.I)


def _dependencies(ctx: Context, sentence: str, chunk: Chunk, project: Project, in_section: bool) -> None:
    if mentioned_only(sentence) or (in_section and NOT_RELIED.search(sentence)):
        _developers(ctx, sentence, chunk)
        return  # informed, reported to, background, a past project: named, not relied on
    mentions = [m for m in ctx.names.mentions(sentence) if m.entry.type not in ("municipality", "region")]
    kept_by = keepers_in_brackets(sentence, mentions)
    for service, keeper in kept_by:
        _developer(ctx, service.entry, keeper.entry, chunk)
    mentions = [m for m in mentions if not any(m is keeper for _, keeper in kept_by)]
    kept_by_owner = list(mentions)
    if dict(role_cues())["co-implementer"].search(sentence):  # co-implementers are partners, not dependencies
        mentions = [m for m in mentions if m.entry.type not in ("organisation", "county")]
    if STEERING_GROUP.search(sentence):  # a steering group's members govern, they do no shared work
        mentions = [m for m in mentions if m.entry.type not in ORG_TYPES]
    listed = project_list_refs(sentence) if in_section or _SHARED_CUE.search(sentence) else []
    if listed:
        # A name inside a listed project's name is part of it ("Soite 2.0 sote-keskus-"),
        # unless it is the whole name (a programme the vocabulary knows).
        whole = [m for m in mentions if any(_covers(m, s, e) for _, s, e in listed)]
        mentions = [m for m in mentions if not any(s <= m.end and m.start <= e for _, s, e in listed)] + whole
        listed = [(n, s, e) for n, s, e in listed if not any(_covers(m, s, e) for m in whole)]
        _listed_projects(ctx, listed, sentence, chunk, project, mentions)
    # Outside a dependency section, "yhteistyössä X-hankkeen kanssa" still names a project
    # the work depends on; other project names there are only mentioned.
    with_projects = in_section or bool(_WORKS_WITH.search(sentence))
    if not in_section:
        mentions = [m for m in mentions if m.entry.type in ("service", "national-actor", "programme")]
        if not _DEP_CUE.search(sentence) and not NOT_RELIED.search(sentence) and _statement(sentence):
            # A national service the project's work is done in needs no cue word: "Oirearviot
            # tehdään Omaolossa", "Lösningen bygger på Omaolo".
            mentions = [m for m in mentions if m.entry.type == "service"]
            cued = bool(mentions)
        else:
            cued = bool(_DEP_CUE.search(sentence)) and not NOT_RELIED.search(sentence)
            cued = cued and not _published_in(sentence) and not breadcrumb(sentence.strip())
        if not with_projects and (not mentions or not cued):
            _developers(ctx, sentence, chunk)
            return
    refs = ctx.names.project_refs(sentence) if with_projects else []
    if refs:
        # "Kestävän kasvun Kainuu -hankkeen kanssa" names a project; the programme's words
        # inside its name are no dependency of their own.
        mentions = [
            m
            for m in mentions
            if not (
                m.entry.type == "programme"
                and any(s <= m.start and m.end <= e and e - s > m.end - m.start for _, s, e, _ in refs)
            )
        ]
    for owner, service in owners_before(sentence, kept_by_owner):
        if any(m is service for m in mentions) and not any(m is owner for m in mentions):
            mentions.append(owner)  # "HUSin Mielenterveystalon kautta": relied on with its service
            _developer(ctx, service.entry, owner.entry, chunk)
    kind = dependency_kind(sentence, "functional")
    own = ctx.result.region
    seen = {(d.target.iri, d.target.label, d.kind) for d in project.dependencies}
    for mention in mentions:
        entry = mention.entry
        if entry.type == "county" and (own is None or entry.iri == own.iri or ctx.is_own_county(entry)):
            continue
        if entry.type == "programme" and entry is project.programme:
            continue
        if entry.type in ("organisation", "national-actor") and funds_in_clause(
            sentence, mention.start, mention.end
        ):
            continue  # "ohjelmaa rahoittaa STM": the funder, not a partner
        key = (entry.iri, entry.label, kind)
        if key in seen or (not in_section and any(d.target is entry for d in project.dependencies)):
            continue
        seen.add(key)
        project.dependencies.append(Dependency(entry, kind, sentence, chunk.span, mention.surface))
    if with_projects:
        covered = [(m.start, m.end) for m in mentions]
        for name, start, end, _case in refs:
            if any(s < end and start < e for s, e in covered):
                continue
            if names_itself(name, own_names(project)) or CONT_CUE.search(sentence):
                continue
            if any(name in other for other, _, _ in listed):
                continue  # the tail of a listed name ("… Pohjois-Suomessa-hankkeiden")
            entry = ctx.gaz.lookup(name) or ctx.names.unlinked(name, "project")
            key = (entry.iri, entry.label, kind)
            if key in seen or entry.type == "county":
                continue
            seen.add(key)
            project.dependencies.append(Dependency(entry, kind, sentence, chunk.span, name))
    _developers(ctx, sentence, chunk)


def _listed_projects(
    ctx: Context,
    listed: list[tuple[str, int, int]],
    sentence: str,
    chunk: Chunk,
    project: Project,
    mentions: list[Mention],
) -> None:
    """Projects named in a list ("A-, B- ja C-hankkeiden kanssa") are shared-work dependencies."""
    kind = dependency_kind(sentence, "shared-work")
    for name, _start, _end in listed:
        if names_itself(name, own_names(project)):
            continue
        entry = ctx.gaz.lookup(name)
        if entry is None or entry.type not in ("programme", "project"):
            entry = ctx.names.unlinked(name, "project")
        if any(d.target is entry for d in project.dependencies):
            continue
        project.dependencies.append(Dependency(entry, kind, sentence, chunk.span, name))


def project_list_refs(sentence: str) -> list[tuple[str, int, int]]:
    """(name, start, end) of projects listed together.

    Two ways Finnish lists projects: names joined by hyphens before one plural
    "hankkeiden" ("Soite 2.0 sote-keskus-, Robo-Sote- ja UNA-hankkeiden"), and names
    after "hankkeiden kanssa, esimerkiksi" / "hankkeita (…)".
    """
    out: list[tuple[str, int, int]] = []
    for m in _PLURAL_HANKE.finditer(sentence):
        if len(out) >= _MAX_LISTED:
            break
        # A list of names is at most a few hundred characters: scanning further back for
        # each "-hankkeiden" would make a long hostile sentence quadratic.
        pre = sentence[: m.start()]
        floor = max(0, m.start() - 600)
        items: list[tuple[int, int]] = []
        end = len(pre.rstrip(" -–"))
        for sep in reversed(list(_HYPHEN_SEP.finditer(pre, floor, end))):
            items.append((sep.end(), end))
            end = sep.start()
            if len(items) > 12:
                break
        if not items:
            continue
        first_start = (
            max(
                floor - 1,
                pre.rfind(",", floor, end),
                pre.rfind("(", floor, end),
                pre.rfind(":", floor, end),
            )
            + 1
        )
        items.append((_first_item_start(sentence, first_start, end), end))
        for start, stop in reversed(items):
            ref = _list_item(sentence, start, stop)
            if ref is not None:
                out.append(ref)
    for m in _EXAMPLE_LIST.finditer(sentence):
        if len(out) >= _MAX_LISTED:
            break
        for name, start, end in list_names(sentence, m.end()):
            if not any(s < end and start < e for _, s, e in out):
                out.append((project_base(name), start, end))
    return out[:_MAX_LISTED]


def _developer(ctx: Context, service: Entry, organisation: Entry, chunk: Chunk) -> None:
    """Who keeps or makes a service, once."""
    if not any(d.service is service and d.organisation is organisation for d in ctx.result.developers):
        ctx.result.developers.append(Developer(service, organisation, chunk.span))


def _developers(ctx: Context, sentence: str, chunk: Chunk) -> None:
    cue = _DEVELOPER_CUE.search(sentence)
    if not cue:
        return
    mentions = ctx.names.mentions(sentence)
    orgs = [m for m in mentions if m.entry.type in ("national-actor", "organisation")]
    services = [m for m in mentions if m.entry.type == "service"]
    for org in orgs:
        for service in services:
            # "DigiFinland on Omaolo-palvelun valmistaja", "DigiFinlandin koordinoimaan X:ään"
            between = org.end <= cue.start() <= service.start or (
                org.end <= service.start and service.end <= cue.start() <= service.end + 40
            )
            if between and not any(
                d.service is service.entry and d.organisation is org.entry for d in ctx.result.developers
            ):
                ctx.result.developers.append(Developer(service.entry, org.entry, chunk.span))


def _covers(mention: Mention, start: int, end: int) -> bool:
    """The mention is (nearly) the whole of a listed name."""
    overlap = min(mention.end, end) - max(mention.start, start)
    return overlap >= 0.9 * (end - start)


def _first_item_start(sentence: str, start: int, stop: int) -> int:
    """Where the first name of a list begins in the clause before it ("… sekä mm. Tulevaisuuden …").

    The name begins at the first capitalised word that follows a lower-case word, or
    at the clause's first word when a comma, bracket or colon opens the clause; a
    capitalised word that only begins the sentence ("Yhteistyötä on tehty …") does not.
    """
    words = list(re.finditer(r"\S+", sentence[start:stop]))
    for i, w in enumerate(words):
        if not (w.group()[:1].isupper() or w.group()[:1].isdigit()):
            continue
        if i == 0 and start > 0:
            return start + w.start()
        if i > 0 and not words[i - 1].group()[:1].isupper():
            return start + w.start()
    return start


def _list_item(sentence: str, start: int, stop: int) -> tuple[str, int, int] | None:
    """One listed project name: lower-case lead words dropped, capitalised, at most six words."""
    text = sentence[start:stop]
    words = list(re.finditer(r"\S+", text))
    while words and not words[0].group()[:1].isupper() and not words[0].group()[:1].isdigit():
        words.pop(0)
    if not words or len(words) > 6:
        return None
    first, last = start + words[0].start(), start + words[-1].end()
    return project_base(sentence[first:last]), first, last


def _sentence(ctx: Context, sentence: str, chunk: Chunk, project: Project) -> None:
    _dependencies(ctx, sentence, chunk, project, ctx.section == "dependencies")


def _namesake(project: Project, target: Entry) -> bool:
    """The thing a project is named after ("Omaolo" sub-project, Omaolo service) is its subject."""
    name = project.name.strip().lower()
    return name == target.label.lower() or name in {label.lower() for label in target.labels}


def _funded_from(ctx: Context) -> None:
    """A programme a funder field names ("Rahoittaja: STM (Suomen kestävän kasvun ohjelma)") is
    the whole project's programme: a dependency, as the programme it is funded from always is."""
    project = ctx.root
    if project is None or project not in ctx.projects:
        return
    for element in ctx.seg.elements:
        if element.type != "field" or element.key != "funder" or not element.value:
            continue
        for mention in ctx.names.known(element.value):
            entry = mention.entry
            if entry.type == "programme" and not any(d.target is entry for d in project.dependencies):
                span = Span(element.first, element.last, element.value)
                project.dependencies.append(Dependency(entry, "resource", element.value, span, mention.surface))


#: A part's level word and number, and punctuation: what is left of a name that names nothing else.
_LEVEL_AND_NUMBER = re.compile(
    r"\b(?:investointi|investering|investment|osahanke|delprojekt|osio|työpaketti)\b|[\d\W_]+", re.I
)


def _named_in_part(ctx: Context) -> None:
    """A part whose name names a national service ("Investointi 3: Kanta-palvelujen käyttöönotto",
    "Investering 3, Socialvårdens dokumentation i Kanta") is the work of bringing it in: it relies on it."""
    for project in ctx.projects:
        if project.parent is None:
            continue
        for mention in ctx.names.known(project.name):
            entry = mention.entry
            if entry.type != "service" or any(d.target is entry for d in project.dependencies):
                continue
            if not _LEVEL_AND_NUMBER.sub("", project.name[: mention.start] + project.name[mention.end :]):
                continue  # named by the service alone ("Investointi 3: Kanta-palvelut"): its subject
            kind = dependency_kind(project.name, "functional")
            project.dependencies.append(Dependency(entry, kind, project.name, project.span, mention.surface))


def _finish(ctx: Context) -> None:
    """Drop what a project cannot depend on: the organisations that run it, what it is named
    after (a sub-project "Omaolo" brings Omaolo in: its investment depends on it), its own county,
    the site its page is published in."""
    _named_in_part(ctx)
    site = site_of(ctx.result.kind) if ctx.result.kind else frozenset()
    for project in ctx.projects:
        project.dependencies = [d for d in project.dependencies if str(d.target.iri) not in site]
    running = {
        id(p.organisation)
        for project in ctx.projects
        for p in project.participations
        if p.role in ("administrator", "contact-organisation")
    }
    for project in ctx.projects:
        kept = []
        for d in project.dependencies:
            if id(d.target) in running and d.target.type in ORG_TYPES:
                continue
            if _namesake(project, d.target):
                # The part that brings a service in is its whole's dependency on it.
                parent = project.parent
                if parent is not None and not any(x.target is d.target for x in parent.dependencies):
                    parent.dependencies.append(d)
                continue
            kept.append(d)
        project.dependencies = kept
    _funded_from(ctx)
    own = ctx.result.region
    if own is None:
        return
    for project in ctx.projects:
        project.dependencies = [
            d for d in project.dependencies if not (d.target.type == "county" and d.target.iri == own.iri)
        ]


def _table(ctx: Context, element: Element) -> bool:
    """A table of parties ("Taho | Riippuvuuden kuvaus"): each row a dependency."""
    not_relied = re.compile(f"{NOT_RELIED.pattern}|{MENTIONED_ONLY.pattern}", re.I)
    read_role_rows(ctx, element, ctx.current)
    read_label_rows(ctx, element, ctx.current)
    return read_party_table(ctx, element, ctx.current, dependency_kind, not_relied)


def _not_on_funders(ctx: Context) -> None:
    """The organisation that funds a project steers it and runs its programme's network: working
    with it ("neuvoteltiin STM:n yhteyshenkilön kanssa", "mukana STM:n koordinoimassa
    verkostossa") is no shared work it depends on; its guidance followed still is (seed 000's
    "linjaukset (STM, THL ja DigiFinland) vaikuttavat"). Run after the funding family, which
    names the funder last (by default from the programme)."""
    funders = {id(project.funder) for project in ctx.projects if project.funder is not None}
    for project in ctx.projects:
        project.dependencies = [
            d
            for d in project.dependencies
            if not (id(d.target) in funders and d.target.type in ORG_TYPES and d.kind == "shared-work")
        ]


FAMILY = Family("dependencies", sentence=_sentence, finish=_finish)
#: Last of all, when the funder is known.
FUNDERS = Family("dependencies-on-funders", finish=_not_on_funders)
#: Run before the money family, which takes every table it meets.
TABLES = Family("party-tables", table=_table)
