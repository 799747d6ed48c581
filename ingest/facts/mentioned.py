"""Sentences that name a party without the project relying on it.

A report names national services and actors in many roles besides dependencies: the
bodies it informed or reported to, the channel its news goes out in, the background
study it starts from, a past project, a name a plan only mentions, those who took part in
an event (a workshop, a seminar). Both the
dependencies and the collaboration families skip such sentences, so "Hankkeen
etenemisestä on tiedotettu Kelaa" makes Kela no dependency (Kela is still an
organisation the text names).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence

from hankegraafi.ingest import cues
from hankegraafi.ingest.entities import Mention
from hankegraafi.ingest.sumcues import RETURNED
from hankegraafi.ontology import registry

_EVENT = r"(?:työpaj|seminaar|tilaisuu|webinaar|messu|workshop|seminari|evenemang|mässa)"
_TOOK_PART = r"(?:osallistu|deltog|deltar|participat)"
MENTIONED_ONLY = re.compile(
    r"\b(?:on|oli|ovat|olivat|ei)\s+(?:\w+\s+)?(?:kerrottu|tiedotettu|raportoitu|esitelty|informoitu)\b|"
    r"\b(?:kerrotaan|kerrottiin|tiedotetaan|tiedotettiin|raportoidaan|raportoitiin|esiteltiin|esitellään)\b|"
    r"\btaustalla\s+(?:on|oli|ovat)\b|\bmainit(?:tu|aan|tiin)\b|"
    r"\bviestinnä(?:ssä|n)\b|\btiedottamise(?:ssa|en)\b|\bi kommunikationen\b|\bin (?:the )?communication\b|"
    r"\b(?:aiemmin|aikaisemmin)\b(?=[^.]{0,80}?\b(?:toteutet\w*|toteutettiin|toteutui|päätty\w*|hankkee\w*)\b)|"
    r"\b(?:toteutettiin|toteutui|päättyi)\s+(?:jo\s+)?(?:aiemmin|aikaisemmin)\b|\bpäättyneessä\b|"
    r"\b(?:har|hade)\s+(?:\w+\s+)?(?:presenterats|informerats|rapporterats)\b|\bbakgrunden\s+(?:är|var)\b|"
    r"\btidigare\s+(?:\w+\s+)?(?:genomför\w*|avslut\w*)|"
    r"\b(?:was|were|has been|have been)\s+(?:informed|reported|presented)\b|"
    # Sent or noted for information: "Rapporten skickas för kännedom till X", "sent to X for information." (the
    # English phrase ends its clause: "tools for information sharing" is none, R12-11).
    r"\bför kännedom\b|\bfor (?:your )?information\b(?=\s*(?:[.,;:)]|$))|"
    # Taking part in an event: "työpajaan osallistui myös X ry", "X deltog i seminariet".
    rf"\b{_EVENT}\w*(?=[^.]*\b{_TOOK_PART})|\b{_TOOK_PART}\w*(?=[^.]*\b{_EVENT})",
    re.I,
)

#: A service named as an overlap or as the alternative the work gives way to, not as something
#: it relies on: "päällekkäiseksi kansallisen Omaolo-kehitystyön kanssa", "X:n sijaan", "vastaava
#: toiminnallisuus saadaan Mielenterveystalon kautta" (an item cut because a national service
#: brings the same). Both the dependencies and the collaboration families skip such sentences.
NOT_RELIED = re.compile(
    r"päällekkäi|\bsijaan\b|\bsijasta\b|\bei (?:\w+ )?(?:käytetä|hyödynnetä|tarvita|liity)\b|\bkorvaa\w*|"
    r"\b(?:sama|saman|samaa|samat|vastaava|vastaavan|vastaavaa|vastaavat)\s+toiminnallisuu\w*|"
    r"\böverlapp|\bi stället för\b|\bersätt\w*|\b(?:samma|motsvarande)\s+funktion\w*|"
    r"\boverlap\w*|\binstead of\b|\b(?:same|equivalent)\s+functionality\b",
    re.I,
)
#: A steering group's members govern the project with its owner: organisations the text names,
#: not dependencies (the corpus convention): "ohjausryhmässä ovat mukana Kuntaliiton edustajat",
#: "I styrgruppen sitter förutom Soite en representant för …".
STEERING_GROUP = re.compile(r"ohjausryhm|styrgrupp|steering (?:group|committee)", re.I)

_SCHEME = "mention-cue"


#: A distribution line of a memo or report: who gets it, not who does the work.
_DISTRIBUTION_LINE = re.compile(
    r"\s*(?:tiedoksi|jakelu|jakelussa|för kännedom|sändlista|distribution|copy to|cc)\s*:", re.I
)


# Asked of the same sentence by the partner and dependency readers (tune: 17 655 calls, 7 915 texts).
@cues.per_text
def mentioned_only(sentence: str) -> bool:
    """The sentence names its parties as informed, background or past, not as relied on:
    the cues above, a distribution line ("Jakelu: Kela, DVV", "Tiedoksi: THL"), or a cue of
    the ``mention-cue`` vocabulary (a source, a past project, a party said not to take part)."""
    if _DISTRIBUTION_LINE.match(sentence):
        return True
    return MENTIONED_ONLY.search(sentence) is not None or any(
        pattern.search(sentence) for _, pattern in cues.ranked(_SCHEME)
    )


def not_taking_part(sentence: str) -> bool:
    """The sentence says its party is no part of the project ("X ry ei osallistunut hankkeeseen")."""
    return any(p.search(sentence) for key, p in cues.ranked(_SCHEME) if key == "not-taking-part")


#: Funding words; and the grant's return (sumcues.RETURNED), which names the funder as the one paid back
#: ("… palautetaan sosiaali- ja terveysministeriölle", "maksetaan takaisin STM:lle", "återbetalas till STM"): no
#: partner either.
_FUNDING = re.compile(
    r"\brahoitta\w*|\brahoitti\w*|\brahoittama\w*|\bmyönsi\b|\bmyöntä\w*|\bfinansier\w*|\bbevilja\w*|\bfund(?:s|ed|ing)\b"
    rf"|{RETURNED.pattern}",
    re.I,
)
_CLAUSE_BREAK = re.compile(r"[,;:]|\s(?:ja|sekä|och|and)\s")


def funds_in_clause(sentence: str, start: int, end: int) -> bool:
    """The clause around ``sentence[start:end]`` says it funds ("ohjelmaa rahoittaa STM"): a funder,
    which the funding family reads, is no partner the work relies on."""
    left = max((m.end() for m in _CLAUSE_BREAK.finditer(sentence, 0, start)), default=0)
    right = next((m.start() for m in _CLAUSE_BREAK.finditer(sentence, end)), len(sentence))
    return _FUNDING.search(sentence, left, right) is not None


_BRACKETED = re.compile(r"\s*\(\s*")
_KEEPER_TYPES = ("organisation", "national-actor")


def keepers_in_brackets(sentence: str, mentions: Sequence[Mention]) -> list[tuple[Mention, Mention]]:
    """(service, keeper) pairs written "Service (Keeper)": "Omaolo (DigiFinland Oy)",
    "Kanta-tjänsterna (FPA)". The keeper in brackets only says who keeps the service the
    project relies on; it is an organisation the text names, not a dependency of its own."""
    pairs = []
    for service, keeper in itertools.pairwise(mentions):
        if service.entry.type != "service" or keeper.entry.type not in _KEEPER_TYPES:
            continue
        opened = _BRACKETED.fullmatch(sentence, service.end, keeper.start)
        if opened and re.match(r"\s*\)", sentence[keeper.end :]):
            pairs.append((service, keeper))
    return pairs


#: A funding instrument's name after its owner's genitive: "EU:n elpymisväline", "Euroopan unionin
#: elpymis- ja palautumistukivälineestä", "NextGenerationEU-elpymisvälineen", "EU:s facilitet".
_INSTRUMENT_AFTER = re.compile(
    r"(?::[ns])?\s+(?:\w+-\s+(?:ja|och|and)\s+)?[\w-]*?(?:välin|facilitet|instrument|rahasto|fond\b|fonden\b)",
    re.I,
)


#: The English form: the owner, its possessive or no ending, and the instrument's capitalised name
#: ("EU's Recovery and Resilience Facility", "the EU Recovery and Resilience Facility", "the European
#: Union's Social Fund"); case-sensitive, so that "EU funds via …" is no instrument's name. The name opens
#: with a capitalised word right after the owner, in the same cell (spaces, no tab): "Kela and European
#: Social Fund" and "Sitra<TAB>European Social Fund" list a funder beside a fund (red team R14-1).
_INSTRUMENT_AFTER_EN = re.compile(
    r"(?:['’]s)?[ ]+[A-Z][\w-]*(?:[ ]+(?:[A-Z][\w-]*|and|for|of)){0,5}?[ ]+(?:Facility|Fund|Instrument)\b"
)


def owner_of_instrument(mention: Mention, text: str) -> bool:
    """The mention, in the genitive, only owns the funding instrument named right after it
    ("rahoitetaan EU:n elpymisvälineestä", "medel ur EU:s facilitet", "EU's Recovery and Resilience
    Facility via the Ministry"): the text names where the money comes from, not a party acting,
    funding or partnering (the gold schema's rule)."""
    if _INSTRUMENT_AFTER_EN.match(text, mention.end):
        return True
    m = _INSTRUMENT_AFTER.match(text, mention.end)
    if m is None:
        return False
    suffix = re.match(r":[ns]\b", text[mention.end :])
    owner = mention.surface + (suffix.group() if suffix else "")
    return owner.endswith(("n", "s"))  # the genitive ("EU:n", "unionin", "EU:s", "unionens")


#: The money's channel between its origin and the party that grants it: "EU's RRF via the Ministry", "EU:s
#: facilitet genom STM", "through the Ministry".
#: The channel's preposition right before the party that grants, alone, after a comma or opening a bracket:
#: "EU's RRF via the Ministry", "EU genom STM", "EU funds, via the Ministry", "EU (via the Ministry)"; not
#: "through 2026" (a time) nor "genom projektbidrag och Sitra" (a means, then a list).
_VIA_BEFORE = re.compile(r"\s*[,(]?\s*\b(?:via|through|genom)\s+(?:the\s+)?$", re.I)
#: The Finnish postposition after the party that grants: "EU:n elpymisvälineestä STM:n kautta", "EU (STM:n kautta)".
_KAUTTA_AFTER = re.compile(r"(?::[a-zåäö]+)?\s+kautta\b", re.I)
#: Only a bracket opening right before the channel: "EU (STM:n kautta)".
_OPENS = re.compile(r"\s*\(\s*$")
#: What parts the origin from the channel's phrase: a clause's end, a comma ("STM, yhteydet Kelan kautta",
#: "the Ministry, reporting via THL").
_PARTED = re.compile(r"[\t;\n,]|[.!?](?:\s|$)")
#: Only a list's join between two names: "Kelan ja THL:n kautta" names two channels.
_ONLY_A_JOIN = re.compile(r"\s*(?:&|\b(?:ja|och|and|sekä|samt)\b)\s*(?:the\s+)?", re.I)


def _origin_phrase(head: str) -> bool:
    """What follows the origin up to the channel's phrase names its money, in balanced brackets, with no
    comma or clause end: "'s Recovery & Resilience Facility", " (RRF)", " funds"."""
    return not _PARTED.search(head) and head.count("(") == head.count(")")


def origins_of_money(mentions: Sequence[Mention], text: str) -> dict[int, Mention]:
    """The mentions (by index) that only say where the money comes from, each with the next organisation
    named in the same phrase, the one it comes through: "EU's Recovery & Resilience Facility via the
    Ministry", "EU (RRF) via STM", "EU funds, via the Ministry", "EU (STM:n kautta)", "EU:n RRF-rahoitus
    STM:n kautta" (red team R13-9, R14-6, R15-6). The party that grants the money is the channel; its origin
    is no funder of the project. Only the party right before the channel is its origin ("Kela, Sitra and EU
    via the Ministry": Kela and Sitra fund), and a preposition inside a phrase of something else is no
    channel's ("Sitra (applications via Kela)", "the Ministry, reporting via THL", "Kela through 2026, with
    THL": red team R15-1 to R15-3)."""
    orgs = [
        (n, m) for n, m in enumerate(mentions) if m.entry.type not in {"programme", "service", "municipality"}
    ]
    found: dict[int, Mention] = {}
    for (n, origin), (_m, channel) in itertools.pairwise(orgs):
        gap = text[origin.end : channel.start]
        if channel.entry is origin.entry or _ONLY_A_JOIN.fullmatch(gap):
            continue
        via = _VIA_BEFORE.search(gap)
        if via is not None and _origin_phrase(gap[: via.start()]):
            found[n] = channel
            continue
        kautta = _KAUTTA_AFTER.match(text, channel.end)
        opens = _OPENS.search(gap)
        if kautta is not None and _origin_phrase(gap[: opens.start()] if opens else gap):
            found[n] = channel
    return found


#: Between an owner in the genitive and its service: nothing, or a participle of keeping.
_OWNED = re.compile(r"\s+(?:(?:ylläpitämä|tuottama|kehittämä|koordinoima|omistama)\w*\s+)?")
#: Between a service and its owner in a relative clause: "Palvelutietovarantoon, jota ylläpitää DVV".
_OWNED_BY = re.compile(
    r",\s*(?:jota|joita|jonka|joiden|josta|joista)\s+(?:ylläpitä(?:ä|vät)|tuotta(?:a|vat)|kehittä(?:ä|vät)|"
    r"vastaa(?:vat)?|koordinoi(?:vat)?|omista(?:a|vat))\s+"
)


def owners_before(sentence: str, mentions: Sequence[Mention]) -> list[tuple[Mention, Mention]]:
    """(owner, service) pairs written "Owner's Service": "HUSin Mielenterveystalon kautta", "HUSin
    ylläpitämän Mielenterveystalon", or with a relative clause: "Palvelutietovarantoon, jota ylläpitää
    Digi- ja väestötietovirasto". Unlike a keeper in brackets, the owner is part of what the
    sentence says the work relies on (the gold counts it a dependency with its service)."""
    out = []
    for owner in mentions:
        if owner.entry.type not in _KEEPER_TYPES:
            continue
        genitive = owner.surface.endswith("n")
        for service in mentions:
            if service.entry.type != "service":
                continue
            if (genitive and _OWNED.fullmatch(sentence, owner.end, service.start)) or _OWNED_BY.fullmatch(
                sentence, service.end, owner.start
            ):
                out.append((owner, service))
    return out


@cues.per_reading
def site_of(kind: str) -> frozenset[str]:
    """The IRIs of the services a document kind's labels name: an "Innokylä-sivu" is a page of
    Innokylä, and its chrome ("Hyppää sisältöön Innokylä Etusivu …", "Innokylä on avoin
    kehittämisyhteisö") names the site it is published in, not a service the work relies on."""
    concept = registry.scheme("document-kind").get(kind)
    if concept is None:
        return frozenset()
    labels = " ".join(concept.surface_forms()).casefold()
    return frozenset(
        str(service.iri)
        for service in registry.scheme("service")
        if any(
            len(form) >= 4 and re.search(r"\b" + re.escape(form.casefold()) + r"\b", labels)
            for form in service.surface_forms()
        )
    )


#: Words of keeping a site: "Sivustoa ylläpitää THL", "© THL 2024", "Tjänsten upprätthålls av THL".
_KEEPS = re.compile(r"©|\bylläpit\w*|\bupprätthåll\w*|\bunderhåll\w*|\bmaintain\w*", re.I)


def site_keeper(kind: str, sentence: str, mentions: Sequence[Mention]) -> bool:
    """On a page of a site (a kind whose labels name a service), a sentence of keeping that names
    no other service is the site's chrome naming its keeper ("Palvelua ylläpitävät Terveyden ja
    hyvinvoinnin laitos", "© THL"): no organisation of the document (the corpus convention)."""
    site = site_of(kind) if kind else frozenset()
    if not site or not _KEEPS.search(sentence):
        return False
    return all(str(m.entry.iri) in site for m in mentions if m.entry.type == "service")
