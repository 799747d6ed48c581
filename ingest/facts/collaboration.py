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

from hankegraafi.ingest.entities import Mention, lemmatiser
from hankegraafi.ingest.facts.context import Context, Family
from hankegraafi.ingest.facts.mentioned import NOT_RELIED, STEERING_GROUP, funds_in_clause, mentioned_only
from hankegraafi.ingest.facts.model import Dependency, Participation, Project
from hankegraafi.ingest.facts.names import names_itself, own_names
from hankegraafi.ingest.facts.organisations import names_project_after
from hankegraafi.ingest.facts.text import Chunk
from hankegraafi.ingest.labels import match_field
from hankegraafi.ingest.orgnames import base_word

#: Cue words, each with the kind of dependency it states.
_CUES: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "national-guidance",
        re.compile(
            r"\bmukaise\w*|\bohjeistu\w*|\blinjaus\w*|\btoimeenpan\w*|"
            # A body's instructions followed: "Kelan ohjeiden mukaan", "seurataan Valviran ohjeita".
            r"\bohje(?:iden|ita|et|en|issa|ihin)\b|\banvisning(?:ar|arna|en)?\b|\bguidance\b|\bguidelines\b",
            re.I,
        ),
    ),
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
            r"\byhteistyö\w*|\bkanssa\b|kumppani\w*|\bmukana\b|\bvastasi\b|\bvastaa\b|\bvastaavat\b|"
            r"\bsitoutu\w*|\bkonsultaatio\w*|\bosallistu\w*|\btukena\b|\bsamarbete\w*|\btillsammans\b|"
            # An organisation doing part of the work: "X kouluttaa ohjaajat", "Arvioinnin toteutti X".
            r"\bkoulutta(?:a|vat)\b|\bkoulutti(?:vat)?\b|\btoteutta(?:a|vat)\b|\btoteutti(?:vat)?\b|"
            r"\btuotta(?:a|vat)\b|\btuotti(?:vat)?\b|\btoimitta(?:a|vat)\b|\btoimitti(?:vat)?\b|"
            # Supported a share of the work: "Arviointia tuki Lapin yliopiston opiskelijaryhmä" (the verb,
            # not the noun "tuki": a name follows it, or its plural).
            r"(?-i:\btuki)\s+(?=(?-i:[A-ZÄÖÅ]))|\btukivat\b|\bstödde\b|\bwas supported by\b|\bwere supported by\b|"
            r"\barvioi(?:vat)?\b|\barvioinut\b|\bjärjestä(?:ä|vät)\b|\bjärjesti(?:vät)?\b|\btoimesta\b|"
            r"\b(?:görs|gjordes|utförs|utfördes|genomförs|genomfördes|utvärderas|utvärderades|följs upp|följdes upp)\s+av\b|\bföljer upp\b|\bföljde upp\b|"
            r"\bevaluated by\b|\bfollowed up by\b|\b(?:is|was|are|were)\s+done\s+by\b|\butvärderar\b|\butvärderade\b|\bevaluates\b|\bevaluated\b|"
            r"\butbildar\b|\butbildade\b|\bansvarar\b|\bansvarade\b|\bgenomför(?:de)?\b|\blevererar\b|"
            r"\blevererade\b|\btrains\b|\btrained\b|\bdelivers\b|\bdelivered\b|"
            # The same work done by now, in the perfect: "Yrkeshögskolan Novia har utbildat sex rådgivare",
            # "Laurea yrkeshögskola har utvärderat nattpatrullen", "Xamk on kouluttanut sijaiset".
            r"\b(?:har|hade)\s+(?:\w+\s+)?(?:utbildat|utvärderat|ansvarat|genomfört|levererat|följt upp)\b|"
            r"\b(?:on|ovat|oli|olivat)\s+(?:\w+\s+)?(?:koulutta|toteutta|tuotta|toimitta|järjestä)ne(?:et|ut)\b",
            re.I,
        ),
    ),
    (
        "functional",
        re.compile(
            r"\bkäytetään\b|\bkäyttää\b|\bkäyttöön\w*|\blaajennet\w*|\blaajenne\w*|\bhyödyn\w*|"
            r"\bedellyt\w*|\btukee\b|\bperustu(?:u|vat|i|ivat)\b|\butnyttj\w*|\bbygger på\b|"
            # What the work is built on: "rakennetaan Omaolon varaan", "on Kanta-palvelujen varassa".
            r"\bvara(?:an|ssa)\b",
            re.I,
        ),
    ),
)
#: Stakeholders and co-implementers take part in the project (the organisations family); no dependency.
_PARTICIPANTS = re.compile(r"sidosryhm|osatoteuttaj|intressent", re.I)
_OTHER_SECTIONS = ("dependencies", "toc", "goals", "goal-results", "outputs", "indicators", "benefits")
#: Goal, result and indicator sections: what a goal's text or its result says the work is done in
#: ("julkaistaan OmaPerhe.fi-palvelussa", "THL:n Avohilmo-raportoinnista") is relied on; the
#: organisations named there (a collaboration meant to go on, a venue) are not.
_GOAL_SECTIONS = ("goals", "goal-results", "indicators")
_GOAL_TYPES = ("service", "national-actor")
_TYPES = ("organisation", "national-actor", "service", "programme", "county")


def _kind(sentence: str) -> str | None:
    return next((kind for kind, pattern in _CUES if pattern.search(sentence)), None)


def _begins_project_name(mention: Mention, sentence: str) -> bool:
    """An organisation's name that begins a project's ("Soite 2.0 sote-keskus -hankkeen")."""
    return names_project_after(sentence, mention.end)


#: Organisations that run, fund or take part without the project depending on them.
_TAKING_PART = (
    ("administrator", re.compile(r"\bhallinnoi\w*|\bhallinnoija\w*|\bvastuuorganisaatio\w*", re.I)),
    ("funder", re.compile(r"\bavannut haun\b|\bmyönsi\b|\bmyöntänyt\b|\bmyöntää\b|\bbeviljade\b", re.I)),
    ("partner", re.compile(r"\bosallistu\w*|\bmukana\b|\bdeltar\b", re.I)),
)
#: "yhteistyössä Tyksin ja Kelan kanssa", "yhdessä Saamelaiskäräjien kanssa": the names between the cue and "kanssa".
_WITH = re.compile(
    r"\b(?:yhteistyö\w*|yhdessä)\s+(?P<names>(?:[A-ZÄÖÅ][\w:-]*(?:,\s*|\s+(?:ja|sekä)\s+)?){1,6}?)\s*kanssa\b"
    r"|kumppani\w*\s+(?:on|oli|ovat|olivat|toimii|toimi)\s+(?P<partner>[A-ZÄÖÅ][\w:-]*)"
)


def _base(word: str) -> str:
    """The base form of a short name in the genitive: "Tyksin" → "Tyks", "Essoten" → "Essote";
    a name Voikko reads only as a plural keeps its number ("Marttojen" → "Martat",
    "Saamelaiskäräjien" → "Saamelaiskäräjät")."""
    word = word.split(":")[0]
    if word.endswith("in") and len(word) > 4 and re.search(r"[bcdfghjklmnpqrstvwxz]{2}$", word[:-2], re.I):
        return word[:-2]
    return _plural_name(word, base_word(word))


def _plural_name(word: str, base: str) -> str:
    """The nominative plural of a plural name, the form of ``base`` Voikko reads as such: "-a" →
    "-at" with the stem's weak grade where it has one ("Martta" → "Martat"), "-nen" → "-set"."""
    found = lemmatiser().analyse(word)
    if not found or not all(a.get("NUMBER") == "plural" for a in found):
        return base
    stem, vowel = base[:-1], base[-1:]
    weak = [stem[: -len(strong)] + soft + vowel for strong, soft in _GRADES if stem.endswith(strong)]
    for form in (base[:-3] + "set", base + "t", *(w + "t" for w in weak)):
        if any(
            a.get("BASEFORM", "").lower() == base.lower()
            and a.get("NUMBER") == "plural"
            and a.get("SIJAMUOTO") == "nimento"
            for a in lemmatiser().analyse(form)
        ):
            return form
    return base


#: Strong and weak grades of a stem's last consonants (Finnish consonant gradation).
_GRADES = (
    ("tt", "t"),
    ("kk", "k"),
    ("pp", "p"),
    ("nt", "nn"),
    ("nk", "ng"),
    ("mp", "mm"),
    ("lt", "ll"),
    ("rt", "rr"),
    ("t", "d"),
    ("p", "v"),
    ("k", ""),
)


#: After a town's name, the rest of a list of towns and the body word: "Juvan ja Puumalan kunnat", "Lahden
#: kaupunki", "Borgå stad", "the City of …" aside. A town named so is a party; named bare, a place.
_BODY_AFTER = re.compile(
    r"(?:\s*(?:,|\bja\b|\bsekä\b|\boch\b|\band\b)\s*[A-ZÄÖÅ][\w-]*)*\s+"
    r"(?:kaupun\w*|kun(?:ta|nan|nat|tien|nille|nilta)\b|stad\w*|städer\w*|kommun\w*|municipalit\w*|town\b|city\b)",
    re.I,
)


def _as_body(sentence: str, end: int) -> bool:
    """The town whose name ends at ``end`` is named as a body (its body word follows), not as a place."""
    return _BODY_AFTER.match(sentence, end) is not None


def _administrator_item(sentence: str) -> bool:
    """A list item that is the administrator's field ("- Hallinnoija: X", "* Huvudman: X", "- Administrator: X";
    R19-17): its organisation, the county too, runs the project as the same line without the bullet says."""
    label, colon, _ = sentence.lstrip("-*•·– ").partition(":")
    return bool(colon) and len(label) <= 40 and match_field(label.strip(" *_")) == "administrator"


def _taking_part(ctx: Context, sentence: str, chunk: Chunk, project: Project) -> None:
    """Organisations (and municipalities) a sentence says run, fund or take part in the project."""
    field = _administrator_item(sentence)
    role = (
        "administrator" if field else next((r for r, pattern in _TAKING_PART if pattern.search(sentence)), None)
    )
    if role is None:
        return
    own_county = ctx.result.region
    for mention in ctx.names.mentions(sentence):
        entry = mention.entry
        if entry.type not in ("organisation", "national-actor", "municipality") and not (
            field and entry.type == "county"
        ):
            continue
        if entry.type == "municipality" and (role != "partner" or not _as_body(sentence, mention.end)):
            continue  # "Mukana ovat Oulu, Kempele ja Muhos", "Kunnat mukana: A, B": a place list, no party
        if own_county is not None and entry.iri == own_county.iri and not field:
            continue
        if not any(p.organisation is entry for p in project.participations):
            project.participations.append(Participation(entry, role, chunk.span, mention.surface))


def _unknown_partners(ctx: Context, sentence: str, chunk: Chunk, project: Project) -> None:
    """Short names no vocabulary knows in "yhteistyössä X:n kanssa" are new organisations."""
    m = _WITH.search(sentence)
    if m is None:
        return
    known = [(x.start, x.end) for x in ctx.names.mentions(sentence)]
    group = "names" if m.group("names") else "partner"
    for word in re.finditer(r"[A-ZÄÖÅ][\w:-]*", m.group(group)):
        start, end = m.start(group) + word.start(), m.start(group) + word.end()
        if any(s < end and start < e for s, e in known):
            continue
        entry = ctx.names.unlinked(_base(word.group()), "organisation", word.group())
        if not any(d.target is entry for d in project.dependencies):
            project.dependencies.append(Dependency(entry, "shared-work", sentence, chunk.span, word.group()))
        if not any(p.organisation is entry for p in project.participations):
            project.participations.append(Participation(entry, "partner", chunk.span, word.group()))


def _sentence(ctx: Context, sentence: str, chunk: Chunk, project: Project) -> None:
    if ctx.section not in _OTHER_SECTIONS and len(sentence) <= 600:
        _taking_part(ctx, sentence, chunk, project)
        _unknown_partners(ctx, sentence, chunk, project)
    _depends(ctx, sentence, chunk, project)


def _depends(ctx: Context, sentence: str, chunk: Chunk, project: Project) -> None:
    in_goals = ctx.section in _GOAL_SECTIONS
    if (ctx.section in _OTHER_SECTIONS and not in_goals) or len(sentence) > 600:
        return  # a dependency section is read whole by the dependencies family
    kind = _kind(sentence)
    if (
        kind is None
        or _PARTICIPANTS.search(sentence)
        or mentioned_only(sentence)
        or NOT_RELIED.search(sentence)
    ):
        return  # informed or background; an overlap or an alternative ("päällekkäinen X:n kanssa")
    own_county = ctx.result.region
    names = own_names(project)
    steering = STEERING_GROUP.search(sentence) is not None
    for mention in ctx.names.mentions(sentence):
        entry = mention.entry
        if entry.type not in _TYPES or (in_goals and entry.type not in _GOAL_TYPES):
            continue
        if steering and entry.type in ("organisation", "national-actor", "county"):
            continue  # a steering group's member: an organisation of the project, no shared work
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
        if entry.type in ("organisation", "national-actor") and funds_in_clause(
            sentence, mention.start, mention.end
        ):
            continue  # "ohjelmaa rahoittaa STM": the funder, not a partner
        if any(d.target is entry for d in project.dependencies):
            continue
        project.dependencies.append(Dependency(entry, kind, sentence, chunk.span, mention.surface))
        if entry.type in ("organisation", "national-actor") and not any(
            p.organisation is entry for p in project.participations
        ):
            project.participations.append(Participation(entry, "partner", chunk.span, mention.surface))


def _goal_services(ctx: Context) -> None:
    """A goal that names a national service is work done in it ("Asiakas saa ajan Omaolon oirearvion
    jälkeen", "Sähköisen perhekeskuksen käyttäjämäärä kaksinkertaistuu"): the service is relied on,
    whatever form the goals came in (a table's cells, a list, prose); an organisation named in a goal
    (a venue, a collaboration meant to go on) is not."""
    for project in ctx.projects:
        for goal in project.goals:
            text = goal.description
            if len(text) > 600 or mentioned_only(text) or NOT_RELIED.search(text):
                continue
            for mention in ctx.names.mentions(text):
                entry = mention.entry
                if entry.type != "service" or any(d.target is entry for d in project.dependencies):
                    continue
                project.dependencies.append(Dependency(entry, "functional", text, goal.span, mention.surface))


FAMILY = Family("collaboration", sentence=_sentence, finish=_goal_services)
