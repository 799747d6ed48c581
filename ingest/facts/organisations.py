"""Places and organisations: who runs, funds, implements and takes part in a project, its people,
and the county the document is about.

Organisations come from fields (hallinnoija, rahoittaja, yhteyshenkilön organisaatio)
and from sentences with a role cue ("osatoteuttajina toimivat A, B ja C"). Every
sentence votes for the county it names; the context settles the county at the end.
People's names are kept only to scrub them from quotes, never published.
"""

from __future__ import annotations

import re
import weakref

from hankegraafi.ingest import cues
from hankegraafi.ingest.emptyanswers import empty_answer
from hankegraafi.ingest.entities import Entry, Mention
from hankegraafi.ingest.facts.context import Context, Family, FieldHook
from hankegraafi.ingest.facts.mentioned import (
    mentioned_only,
    not_taking_part,
    origins_of_money,
    owner_of_instrument,
    site_keeper,
)
from hankegraafi.ingest.facts.model import Participation, PersonRole, Project, Span
from hankegraafi.ingest.facts.names import ORG_TYPES
from hankegraafi.ingest.facts.partners import (
    WORKS_WITH,
    county_organisations,
    partners_as_dependencies,
    sentence_of,
)
from hankegraafi.ingest.facts.text import Chunk, sentences
from hankegraafi.ingest.orglists import list_names, place_where
from hankegraafi.ingest.orgnames import LEGAL_FORMS, analyses, heads
from hankegraafi.ingest.segment import Element

_PROJECT_WORD = re.compile(r"hank|projekt|ohjelm", re.I)


def role_cues() -> tuple[tuple[str, re.Pattern[str]], ...]:
    """(role, its cue pattern) by rank: the words of the ``role`` scheme (``ontology/vocab/kinds.ttl``)."""
    return cues.ranked("role")


#: Roles whose cue may come anywhere in the text; the others count only in an actors section.
_ANYWHERE_ROLES = ("co-implementer", "stakeholder", "service-provider", "partner")
#: Roles whose cue is often followed by a list of names ("osatoteuttajina toimivat A, B ja C").
_LIST_ROLES = ("co-implementer", "stakeholder")


@cues.per_reading
def _org_form(scheme: str) -> re.Pattern[str]:
    """A name ending in an organisation's head word (``scheme`` adds the vocabulary's) or legal
    form ("Karelia-ammattikorkeakoulu", "X ry")."""
    return re.compile(
        r"(?:" + "|".join(heads()) + r")(?:\s*\([^)]*\))?$|\s(?:" + "|".join(LEGAL_FORMS) + r")\.?$", re.I
    )


def has_org_form(name: str) -> bool:
    return _org_form("organisation-head").search(name) is not None


_PROJECT_AFTER = re.compile(r"(?:\s+[\w.:]+(?:-[\w.:]+)*){0,4}?\s*[-–]?\s?hank", re.I)


def participations(ctx: Context, chunk: Chunk, project: Project, default: str | None) -> None:
    for sentence in sentences(chunk.text):
        cue = next(((r, p.search(sentence)) for r, p in role_cues() if p.search(sentence)), None)
        role = cue[0] if cue else default
        if role is None or (default is None and role not in _ANYWHERE_ROLES) or not_taking_part(sentence):
            continue
        if mentioned_only(sentence) or site_keeper(ctx.result.kind, sentence, ctx.names.mentions(sentence)):
            continue  # a source, an informed body or an event among the actors' sentences: no party
        all_mentions = ctx.names.mentions(sentence)
        origins = origins_of_money(all_mentions, sentence) if role == "funder" else set()
        mentions = [
            m
            for n, m in enumerate(all_mentions)
            if m.entry.type in ORG_TYPES
            and not _modifier(m, sentence)
            and not _names_project(m, sentence)
            and not owner_of_instrument(m, sentence)
            and n not in origins
        ]
        if (cue is not None and role in _LIST_ROLES) or (cue is None and default is not None):
            # Names in the list after the cue, or in an actors section's list, that neither the
            # vocabulary nor the form of the name recognised ("Eura, Huittinen, Porin petu ja Posa",
            # "…, Karelia-ammattikorkeakoulu, …") are new nodes.
            covered = [(m.start, m.end) for m in all_mentions]
            after = cue[1].end() if cue is not None and cue[1] is not None else 0
            for name, start, end in list_names(sentence, after):
                if cue is None and not has_org_form(name):
                    continue  # without a cue only a name with an organisation's head word or legal form
                if any(s < end and start < e for s, e in covered) or _PROJECT_WORD.search(name):
                    continue
                entry = ctx.names.unlinked(name, "organisation", sentence[start:end])
                mentions.append(Mention(entry, start, end, sentence[start:end]))
        if role == "administrator":
            m = re.search(r"hallinnoija on ([^.,(]+)", sentence)
            if m:
                mentions = [x for x in mentions if x.start >= m.start(1)]
            if m and not mentions:
                entry = ctx.names.unlinked(m.group(1).strip(), "organisation")
                project.participations.append(Participation(entry, role, chunk.span, m.group(1)))
        for mention in mentions:
            if any(p.organisation is mention.entry and p.role == role for p in project.participations):
                continue
            if role == "partner" and mention.entry.type == "municipality":
                continue
            if mention.entry.type == "municipality" and place_where(mention.surface):
                continue  # "Kuhmossa koulutettiin henkilöstö": where the work is done, no party to it
            if role == "partner" and default is None and mention.entry.type == "county":
                continue  # "yhteistyössä hyvinvointialueen kanssa" outside an actors section
            project.participations.append(Participation(mention.entry, role, chunk.span, mention.surface))


def _names_project(mention: Mention, sentence: str) -> bool:
    """An organisation's name that begins a project's name ("Soite 2.0 sote-keskus -hankkeen")."""
    return names_project_after(sentence, mention.end)


def names_project_after(sentence: str, end: int) -> bool:
    """The words from ``end`` up to a "hanke" word go on a name ("… 2.0 sote-keskus -hankkeen").

    A finite verb between them ends the name: "Lapin yliopisto arvioi hankkeen vaikutuksia",
    "X osallistuu hankkeen koulutuksiin" name the organisation, the subject of the verb.
    """
    m = _PROJECT_AFTER.match(sentence, end)
    if m is None:
        return False
    return not any(_verb(word) for word in re.findall(r"[^\W\d_]+", m.group()[:-4]))


def _verb(word: str) -> bool:
    """A lower-case word Voikko reads as a finite verb ("arvioi", "osallistuvat", which is also the
    plural of a participle: no project's name goes on in lower case through either)."""
    return word.islower() and any(cls == "teonsana" for _, cls, _ in analyses(word))


def _modifier(mention: Mention, sentence: str) -> bool:
    """A county's bare genitive before another name ("Keski-Pohjanmaan LAPE -työryhmä") names that other thing."""
    if mention.entry.type != "county" or "hyvinvointialue" in mention.surface.lower():
        return False
    return bool(re.match(r"\s+[A-ZÄÖÅ]", sentence[mention.end :]))


def _person(ctx: Context, role: str, name: str, org: Entry | None, span: Span) -> None:
    if not name or "@" in name or empty_answer(name):
        return  # "Hankepäällikkö: ei vielä tiedossa", "Projektledare: –": nobody named
    _scrub(ctx, name)
    ctx.unit.persons.append(PersonRole(role, name, org, span))


def _scrub(ctx: Context, name: str) -> None:
    """A person's name, in both orders ("Niemi Mari", "Mari Niemi"), is scrubbed from quotes."""
    ctx.result.person_names.add(name)
    parts = name.split()
    if len(parts) == 2:
        ctx.result.person_names.add(f"{parts[1]} {parts[0]}")


def _author(ctx: Context, element: Element, value: str, span: Span) -> None:
    """The author of a page (Innokylä "Tekijä") is a person: kept only to scrub from quotes."""
    if value and "@" not in value:
        _scrub(ctx, value)


#: A funder field's value that begins with a sum ("450 000 euroa", "EUR 1.2m", "€ 300 000"): the money, not who gives it.
_SUM_FIRST = re.compile(r"\s*(?:(?:EUR|€|euro)\s*)?\d", re.I)
#: An amount of money anywhere in a value: "1 200 000 €", "1,2 M€", "EUR 1,200,000", "300 000 euroa" (R17-16: a
#: funding section's first line is a sum under its kind, "Valtionavustus: 1 200 000 €", which names no party).
_AN_AMOUNT = re.compile(r"\d[\d\s\u00a0.,]*\s*(?:€|[tkm]€|eur\b|euro[a-z]*|milj)|(?:€|\beur)\s*\d", re.I)
#: A funder field that says there is none: "Ei erillisrahoitusta", "Ei ulkopuolista rahoitusta",
#: "Ingen separat finansiering", "No external funding".
_NO_FUNDING = re.compile(
    r"\s*(?:ei|ingen|no|none)\b(?:\s+\w+){0,2}?\s*[\w-]*(?:rahoitu|finansier|funding)\w*\s*[.]?\s*$", re.I
)


def _funder(ctx: Context, element: Element, value: str, span: Span) -> None:
    """The funder a field names; a county beside a national or EU funder only carries the project.

    "Itä-Uudenmaan hyvinvointialue; Kestävän kasvun hanke (EU, NextGenerationEU)" names
    the county that runs the project and the funder of its money: the funder is the EU.
    """
    if value and (_NO_FUNDING.match(value) or empty_answer(value)):
        return  # "Ei erillisrahoitusta", "Ingen separat finansiering", "ei vielä päätetty": no funder named
    if value:
        mentions = ctx.names.mentions(value)
        origins = origins_of_money(mentions, value)
        owners = [m.entry for n, m in enumerate(mentions) if owner_of_instrument(m, value) or n in origins]
        parties = [m.entry for m in mentions if m.entry.type in ORG_TYPES and m.entry not in owners]
        if owners and not parties:
            return  # "Kestävän kasvun ohjelma / EU:n elpymisväline": an instrument, no party named
        programmes = [m.entry for m in mentions if m.entry.type == "programme"]
        if not parties and programmes:
            # "Suomen kestävän kasvun ohjelma / NextGenerationEU": programmes only, no party; the first
            # is the project's programme, and the funder follows from it, as when no field names one.
            ctx.unit.programme = ctx.unit.programme or programmes[0]
            return
        if not parties and _a_sentence(value):
            return  # "Finansiering: Projektet har beviljats 2,9 miljoner euro. …": what it says, no funder named
        if not parties and "\t" in value.strip():
            return  # "Rahoitus" over a table: its head row ("Rahoituslähde<TAB>Euroa") names no funder
        if not parties and (_SUM_FIRST.match(value) or _AN_AMOUNT.search(value)):
            return  # "Rahoitus: 450 000 euroa"; "## Rahoitus" over "- Valtionavustus: 1 200 000 €": a sum, no funder
        entry = ctx.names.org_from_value(value)
        channel = next(
            (origins[n].entry for n, m in enumerate(mentions) if n in origins and m.entry is entry), None
        )
        if channel is not None:
            entry = channel  # "EU via the Ministry …": the party the money comes through
        elif entry in owners:
            entry = parties[0]  # "STM (EU:n elpymisväline)": the party, not the instrument's owner
        if entry.type == "county":
            funders = [
                m.entry for m in ctx.names.known(value) if m.entry.type in ("national-actor", "organisation")
            ]
            entry = funders[0] if funders else entry
        target = ctx.unit
        target.funder = entry
        target.funder_span = span
        target.participations.append(Participation(entry, "funder", span, value))


def _manager(ctx: Context, element: Element, value: str, span: Span) -> None:
    if value:
        _person(ctx, "project-manager", value, None, span)


def _contact_name(ctx: Context, element: Element, value: str, span: Span) -> None:
    if value:
        _person(ctx, "contact-person", value.split(",")[0].strip(), None, span)


#: A unit of an organisation ("Kotihoidon palvelualue", "Ikäihmisten palvelut"): no organisation of its own.
_UNIT = re.compile(
    r"(?:palvelualue|tulosalue|vastuualue|toimiala|palvelulinja|yksikkö|osasto|tiimi|palvelut|verksamhetsområde|"
    r"enhet|avdelning|tjänster)$",
    re.I,
)


def _field_org(ctx: Context, value: str) -> Entry | None:
    """The organisation a field names; None for a unit of one that the vocabularies do not know
    ("Kotihoidon palvelualue"): the county or organisation it belongs to is named elsewhere."""
    if empty_answer(value):
        return None  # "Hallinnoija: –", "Contact organisation: TBD": nobody named
    known = ctx.names.first_org(value)
    if known is None and _UNIT.search(value.strip().rstrip(".")) and not has_org_form(value.strip()):
        return ctx.result.region if ctx.result.region is not None else None
    if known is None and not has_org_form(value.strip()) and _a_sentence(value):
        return None  # "Hankkeen hallinnointi" over "Ohjausryhmä kokoontui kuusi kertaa.": text, no name
    return ctx.names.org_from_value(value)


def _a_sentence(value: str) -> bool:
    """A field's value that is a sentence (a full stop at its end, a finite verb in lower case after its
    first word): what the field says, not the name of who it is."""
    text = value.strip()
    words = re.findall(r"[^\W\d_]+", text)
    if not text.endswith((".", "!")) or len(words) < 3:
        return False
    # two sentences or more, or a long one, in any language ("Projektet har beviljats 2,9 miljoner euro.
    # Välfärdsområdet ansöker …"): no organisation's name is written so
    return len(sentences(text)) > 1 or len(words) >= 10 or any(w[:1].islower() and _verb(w) for w in words[1:])


def _contact_org(ctx: Context, element: Element, value: str, span: Span) -> None:
    if value:
        entry = _field_org(ctx, value)
        if entry is None:
            return
        target = ctx.unit
        for person in target.persons:
            if person.role == "contact-person" and person.organisation is None:
                person.organisation = entry
        target.participations.append(Participation(entry, "contact-organisation", span, value))


def _administrator(ctx: Context, element: Element, value: str, span: Span) -> None:
    if value:
        entry = _field_org(ctx, value)
        if entry is None:
            return
        ctx.unit.participations.append(Participation(entry, "administrator", span, value))
        if entry.type == "county":  # "Hallinnoija: X hyvinvointialue", "Huvudman: …": the owner's (R17-18)
            ctx.vote_region(value, 5)


def _chunks(ctx: Context, chunks: list[Chunk], project: Project) -> None:
    """In an actors section every organisation named takes part, as a partner unless a cue says more."""
    if ctx.section == "actors":
        for chunk in chunks:
            for text in _texts(ctx, chunk.text, chunk):  # a list's lines apart, not run together
                participations(
                    ctx, Chunk(text, chunk.first, chunk.last, chunk.bullet, False), project, "partner"
                )


def _sentence(ctx: Context, sentence: str, chunk: Chunk, project: Project) -> None:
    """A role cue makes a participant in that role; every sentence votes for its county; any
    other organisation the text names is noted, a stakeholder at the end unless it has a role."""
    if ctx.section != "actors" and any(
        pattern.search(sentence) for role, pattern in role_cues() if role in _ANYWHERE_ROLES
    ):
        participations(ctx, Chunk(sentence, chunk.first, chunk.last, False, False), project, default=None)
    ctx.vote_region(sentence, 1)
    if ctx.section not in _NO_ACTORS:
        _list_lead(ctx, sentence, chunk, project)
        _note_named(ctx, sentence, chunk, project)


#: The lead-in of a list that says the work is done with its items, per document.
_LEADS: weakref.WeakKeyDictionary[Context, str] = weakref.WeakKeyDictionary()


def _list_lead(ctx: Context, sentence: str, chunk: Chunk, project: Project) -> None:
    """The items of a list whose lead-in says the work is done with them ("Hanke tarvitsee
    sopimukset seuraavien tahojen kanssa:" / "1) X: arviointi") are partners: the lead-in's
    words are theirs, as if each item were written into it."""
    text = sentence.strip()
    if text.endswith(":") and WORKS_WITH.search(text) and not mentioned_only(text):
        _LEADS[ctx] = text
        return
    lead = _LEADS.get(ctx)
    if lead is None:
        return
    if not (chunk.bullet or chunk.numbered):
        del _LEADS[ctx]  # the list has ended
        return
    for mention in ctx.names.mentions(text):
        if mention.entry.type not in _ORG_ENTRIES or _names_project(mention, text):
            continue
        if any(p.organisation is mention.entry and p.role == "partner" for p in project.participations):
            continue
        span = Span(chunk.first, chunk.last, f"{lead} {text}")
        project.participations.append(Participation(mention.entry, "partner", span, mention.surface))


#: Sections whose names are no organisation taking part (a table of contents, a distribution list).
_NO_ACTORS = ("toc",)
_ORG_ENTRIES = ("organisation", "national-actor")
#: Organisations named per document, waiting for a role: (project, entry, span, surface).
_NAMED: weakref.WeakKeyDictionary[Context, list[tuple[Project, Entry, Span, str]]] = weakref.WeakKeyDictionary()
_LIST_LINE = re.compile(r"^[^.!?]{2,90}$")


def _texts(ctx: Context, sentence: str, chunk: Chunk) -> list[str]:
    """The sentence, or the lines of a list the reader joined into one ("X ry" / "Y Oy" / …):
    read apart, no name runs into the next item."""
    if chunk.last <= chunk.first:
        return [sentence]
    lines = [line.strip() for line in ctx.line_texts(chunk.first, chunk.last)]
    lines = [line for line in lines if line]
    if len(lines) > 1 and all(_LIST_LINE.match(line) and len(line.split()) <= 8 for line in lines):
        return lines
    return [sentence]


def _note_named(ctx: Context, sentence: str, chunk: Chunk, project: Project) -> None:
    """Every organisation the text names, by the vocabulary or by the form of its name, takes part.

    A county's, a city's or a project page names the organisations it works with in running
    text far more often than under a cue; one that begins a project's name is left out.
    """
    named = _NAMED.setdefault(ctx, [])
    if _DISTRIBUTION.match(sentence.strip()):
        return  # who gets a copy or answers questions is no party to the project
    if _BANNER.search(sentence):
        return  # the EU emblem's text on every RRF document, not a party to the project
    if not_taking_part(sentence) or mentioned_only(sentence):
        return  # "X ry ei osallistunut", "taustalla on X:n selvitys", "on tiedotettu X:ää": no party
    if site_keeper(ctx.result.kind, sentence, ctx.names.mentions(sentence)):
        return  # "Palvelua ylläpitää THL", "© THL" in a site's chrome: no party
    for text in _texts(ctx, sentence, chunk):
        mentions = ctx.names.mentions(text)
        for n, mention in enumerate(mentions):
            if mention.entry.type == "municipality" and (
                _BODY_AFTER.match(text, mention.end) or _BODY_BEFORE.search(text, 0, mention.start)
            ):
                # "antavat käyttöön Kangasniemen ja Mäntyharjun kunnat": the municipality as a body
                if len(named) < _MAX_NAMED:
                    named.append((project, mention.entry, chunk.span, mention.surface))
                continue
            if mention.entry.type not in _ORG_ENTRIES or _names_project(mention, text):
                continue
            if owner_of_instrument(mention, text):
                continue  # "rahoitetaan EU:n elpymisvälineestä": the instrument's owner, no party
            if mention.start > 0 and text[mention.start - 1] == "-":
                continue  # the tail of a hyphenated name ("Etelä-Pohjanmaan …" is not "Pohjanmaan …")
            if _CODE_AFTER.match(text, mention.end):
                continue  # "(dnro STM/1187/2022)": the prefix of a diary number or code, no party named
            if _county_in_brackets(mention, mentions[n + 1 : n + 2], text):
                continue  # "Soiten (Keski-Pohjanmaan hyvinvointialue)": the county itself
            if len(named) < _MAX_NAMED:
                named.append((project, mention.entry, chunk.span, mention.surface))


_MAX_NAMED = 500
#: After an acronym, a slash and a number: a diary number's or a decision's code ("STM/1187/2022",
#: "VN/4455/2023"), which names the registry the number belongs to, not a party to the project.
_CODE_AFTER = re.compile(r"\s*/\s*\d")
#: The head that names a municipality as a body after its genitive, also at the end of a list of
#: them ("Porin, Rauman ja Kankaanpään kaupungeista", "Lieksan ja Nurmeksen kaupungit", "Vasa stad").
_BODY_AFTER = re.compile(
    r"(?:\s*(?:,|\bja\b|\bsekä\b|\boch\b)\s*[A-ZÄÖÅ][\w-]*)*\s+"
    r"(?:kaupun[gk]\w*|kun(?:ta|nan|nat|tien|nista|nille|nilta|nissa|taan|tiin|nasta|nalle|nalta|nassa)|"
    r"stad|staden|städerna|kommun|kommunen|kommunerna)\b"
)
#: The English head that names a municipality as a body before its name, capitalised as a body's name is: "City of
#: Vaasa", "the Municipality of Korsholm", "Town of Muurame" (R16-26); "in the city of Kemi" is the place.
_BODY_BEFORE = re.compile(r"\b(?:City|Municipality|Town)\s+of\s+$")
#: A municipality's body by its own name: "Mikkelin kaupunki", "Juvan kunta", "Vasa stad".
_BODY_NAME = re.compile(r"\S+\s+(?:kaupunki|kunta|stad|kommun)", re.I)


def _municipality_of(ctx: Context, entry: Entry) -> Entry | None:
    """The municipality a new organisation's name names as its body ("Mikkelin kaupunki"): the
    vocabulary's municipality, not a node of its own (the gold schema counts the municipality)."""
    if entry.linked or entry.type != "organisation" or not _BODY_NAME.fullmatch(entry.label):
        return None
    found = ctx.names.known(entry.label)
    if found and found[0].start == 0 and found[0].entry.type == "municipality":
        return found[0].entry
    return None


def _municipal_bodies(ctx: Context) -> None:
    """Participants and dependencies named as a municipality's body become the municipality."""
    for project in ctx.projects:
        for pa in project.participations:
            municipality = _municipality_of(ctx, pa.organisation)
            if municipality is not None:
                pa.organisation = municipality
        for d in project.dependencies:
            municipality = _municipality_of(ctx, d.target)
            if municipality is not None:
                d.target = municipality
        if project.funder is not None and (municipality := _municipality_of(ctx, project.funder)) is not None:
            project.funder = municipality


#: Lines of distribution, contact and copyright: "Tiedoksi", "Jakelu", "Lisätietoja", "©".
_DISTRIBUTION = re.compile(
    r"(?:tiedoksi|jakelu|lisätiedot|lisätietoja|yhteystiedot|ota yhteyttä|mer information|kontakt\w*|"
    r"för kännedom|sändlista|contact|copyright)\b|©",
    re.I,
)
_BANNER = re.compile(r"rahoittama\s*[-–]?\s*NextGeneration|finansierad av europeiska unionen", re.I)


def _county_in_brackets(mention: Mention, following: list[Mention], text: str) -> bool:
    """The next name, in brackets right after this one, is a county: this is the county's other name."""
    if not following or following[0].entry.type != "county":
        return False
    return bool(re.fullmatch(r"\s*\(\s*", text[mention.end : following[0].start]))


def _instrument_owner_only(ctx: Context, pa: Participation) -> bool:
    """Every mention of the participant in its sentence owns a funding instrument ("rahoitus tulee
    EU:n elpymisvälineestä"): read as a funder by a cue, it is still no party to the project."""
    quote = sentence_of(pa.span.quote, pa.surface)
    found = [m for m in ctx.names.mentions(quote) if m.entry is pa.organisation]
    return bool(found) and all(owner_of_instrument(m, quote) for m in found)


def _no_instrument_owners(ctx: Context) -> None:
    for project in ctx.projects:
        kept = []
        for pa in project.participations:
            if pa.role in ("funder", "stakeholder") and _instrument_owner_only(ctx, pa):
                if project.funder is pa.organisation:
                    # The instrument's owner is no funder ("Rahoitus tulee EU:n elpymisvälineestä", "STM
                    # myönsi … EU:n elpymisvälineestä"): the funder is the authority granting the
                    # instrument's money, which funding.py reads from the programme, as where no
                    # funder is named (test12 c10, c11, c15: the EU, the gold and the convention STM).
                    project.funder, project.funder_span, project.funder_named = None, None, True
                continue
            kept.append(pa)
        project.participations = kept


#: A health station or centre of the county's own services ("Haminan terveysasema", "Pieksämäen terveyskeskus",
#: "hälsostationen i Borgå", "vårdcentralen"): where
#: the county's work is done, named in passing, no party of the project; with a role of its own ("yhteistyössä
#: X:n terveysaseman kanssa") it takes part as named.
_SERVICE_POINT = re.compile(
    r"(?:terveys|sote|hyvinvointi)asema$|terveyskeskus$|(?:hälsostation|vårdcentral|hälsocentral)(?:en)?$", re.I
)


def _finish(ctx: Context) -> None:
    """Organisations named without a role take part as stakeholders (of the part that names them)."""
    _no_instrument_owners(ctx)
    taking_part = {id(p.organisation) for project in ctx.projects for p in project.participations} | {
        id(d.target) for project in ctx.projects for d in project.dependencies
    }
    taking_part |= {id(project.funder) for project in ctx.projects if project.funder is not None}
    project_names = {project.name.casefold() for project in ctx.projects}
    own = ctx.result.region
    own_orgs = county_organisations(str(own.iri)) if own is not None else frozenset()
    named = _NAMED.pop(ctx, [])
    for project, entry, span, surface in named:
        if id(entry) in taking_part or entry.label.casefold() in project_names:
            continue  # a project named like an organisation ("Kuopion kotisairaala") is the project
        if str(entry.iri) in own_orgs or _SERVICE_POINT.search(entry.label):
            continue  # the county's own predecessor or unit, named in passing ("Haminan terveysasemalla")
        if project not in ctx.projects:  # a whole named by the file, dropped: its top part takes it
            if ctx.root is None or ctx.root not in ctx.projects:
                continue
            project = ctx.root
        taking_part.add(id(entry))
        project.participations.append(Participation(entry, "stakeholder", span, surface))
    _municipal_bodies(ctx)
    partners_as_dependencies(ctx, named)
    _not_the_project(ctx)


def _not_the_project(ctx: Context) -> None:
    """A new party named as a project of the document is that project, no organisation of it ("Saimaa Home
    Hospital" in an export's name row, read by its kind word "Hospital")."""
    names = [project.name.casefold() for project in ctx.projects]

    def of_a_name(
        entry: Entry,
    ) -> bool:  # the name, or words of it ("Home Hospital" of "Home Hospital at Night")
        label = entry.label.casefold()
        return not entry.linked and any(
            re.search(rf"(?<![\w-]){re.escape(label)}(?![\w-])", name) for name in names
        )

    for project in ctx.projects:
        project.participations[:] = [p for p in project.participations if not of_a_name(p.organisation)]
        project.dependencies[:] = [d for d in project.dependencies if not of_a_name(d.target)]


# Contact e-mail and phone fields are read and dropped on purpose: never published.
_FIELDS: dict[str, FieldHook] = {
    "funder": _funder,
    "manager": _manager,
    "contact-name": _contact_name,
    "contact-org": _contact_org,
    "administrator": _administrator,
    "author": _author,
}

FAMILY = Family("places-and-organisations", fields=_FIELDS, chunks=_chunks, sentence=_sentence, finish=_finish)
