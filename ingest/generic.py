"""Reading a document whose layout no rule knows: never refuse text about a project.

A county's web page, a board's minutes or a template nobody has seen yet has no
field or heading the segmenter recognises. Such a document is still read by the
same fact families — names, county and municipalities, organisations, programmes
and services, dependencies in running text, dates, sums — with its kind recorded
as ``generic`` and a warning, so a publisher sees it was read by guesswork. What
this module adds for it: a title chosen from the first heading that names a
project (not a breadcrumb, a site menu or a minutes header), the project's name
from running text when no heading gives it ("hakee avustusta hankkeelle X"), and
the decision to refuse only text about no sote project at all, with a message
that says what was looked for. The funder named in running text ("Hanketta
rahoittaa X") is read for every kind that has no funder field.
"""

from __future__ import annotations

import re

from hankegraafi.ingest.domain import LOOKED_FOR, PROJECT_WORDS, domain_evidence, evidence, refusal_message
from hankegraafi.ingest.entities import Entry
from hankegraafi.ingest.facts import namesites
from hankegraafi.ingest.facts.context import Context, Family
from hankegraafi.ingest.facts.model import Extraction, Participation, Project, Span
from hankegraafi.ingest.facts.names import ORG_TYPES, plain_case
from hankegraafi.ingest.facts.namesites import begins_alike, short_name_of
from hankegraafi.ingest.facts.signednames import signed_name, subject_label
from hankegraafi.ingest.facts.text import Chunk
from hankegraafi.ingest.facts.wholes import whole_named
from hankegraafi.ingest.fallbacks import drop_empty_fallback
from hankegraafi.ingest.generictitle import (
    _MEETING_HEADER,
    _NAMED_PROJECT,
    _NOT_TITLE,
    _WEAK_TITLE,
    FIRM,
    _slashed_trail,
    _whole_entity,
    choose_title,
    programme_project,
)
from hankegraafi.ingest.generictitle import _clean_title as _clean_title
from hankegraafi.ingest.generictitle import name_before_hanke as name_before_hanke
from hankegraafi.ingest.generictitle import name_beside_description as name_beside_description
from hankegraafi.ingest.namecuts import (
    cut_at_break,
    without_clause,
    without_kind_before,
    without_period,
    without_sum,
)
from hankegraafi.ingest.orgwords import analyses
from hankegraafi.ingest.readers import IngestError
from hankegraafi.ingest.segment import Element, kind_scores
from hankegraafi.ingest.titlewords import own_name

#: The document kind of a document read without a known layout (vocab/document-kind/generic).
GENERIC = "generic"

#: A project's name in quotes beside its word: «X» -hanke, "X" -hankkeessa, hankkeessa "X", projektet ”X”.
_QUOTED = re.compile(
    r"[«\"”“](?P<after>[A-ZÄÖÅ0-9][^«»\"”“\n]{2,80})[»\"”“](?=\s?-\s?(?:hank|projekt))"
    r"|(?:\b[Hh]ank(?:e|kee\w*)|\b[Pp]rojekt\w*|\btoimintamalli\w*)\s+[«\"”“](?P<inner>[A-ZÄÖÅ0-9][^«»\"”“\n]{2,80})[»\"”“]"
)
#: A sentence naming a project beside this one: work with it, after it, like it.
_OTHER_PROJECT = re.compile(
    r"\bkanssa\b|yhteistyö|\byhdessä\b|\bjatk(?:aa|oa|uu|o)\b|\baiemm\w*|\bedelli\w*|\bkuten\b|"
    r"\bsamarbet\w*|\btillsammans\b|\btidigare\b|\bfortsätt\w*",
    re.I,
)
#: A project's short name in brackets after its generic word: "… kehittämishanke (Lähi-PH) eteni".
#: Words are bounded ({0,80}): an unbounded run tried from every position of a long run of letters
#: (a damaged file's 50 000 "ä") took seconds per sentence.
_BRACKETED = re.compile(r"\w{0,80}(?:hanke|projekti|projektet)\s+\((?P<after>[A-ZÄÖÅ][\w .-]{1,30}?)\)")
#: "Hankkeen nimi on X", "Projektets namn är X", "hanke on nimeltään X", "projektet heter X".
_NAME_IS = re.compile(
    r"\b(?:(?:[Hh]ankkeen|[Pp]rojektin|[Tt]oimintamallin|[Pp]rojektets)\s+(?:nimi|namn)\s+(?:on|oli|är|var)"
    r"|(?:[Hh]anke|[Pp]rojekti)\s+(?:on\s+|oli\s+)?nimeltään|[Pp]rojektet\s+heter)\s+"
    r"(?P<after>[A-ZÄÖÅ0-9][^.,;:()]{2,80}?)(?=[.,;:(]|$)"
)
_FUNDED_BY = re.compile(
    r"\brahoitt(?:aa|avat|anut|ajana|ajina|ajia|aja|i|ivat)\b|\brahoittama\w*\b|\brahoitus\w*\s+(?:saadaan|tulee|on saatu)\b|"
    r"\bmyönt(?:ää|änyt|i)\b|\bmyöntämä\w*|\bmyönsi(?:vät)?\b|\bfinansier(?:as|ar|ad|ing)\w*\b|\bfunded by\b|"
    r"\bfinansiär(?:en)?\b|\bfunder\b|"  # the label of a list item: "- Finansiär: X", "Funder: X"
    # An English verb of funding with the project or a sum as its object ("The Ministry … funds the project", "X granted
    # EUR …", "EUR 640,000 granted by X"); "Kela granted rehabilitation to …" funds no project (R12).
    r"\bfunds\s+(?:the\s+)?(?:project|pilot|work|model)\b|(?:\d|€|EUR|euros?)\s+granted\s+by\b|"
    r"(?<!\bwas )(?<!\bwere )(?<!\bbeen )(?<!\bis )\bgrant(?:s|ed)\s+(?:the\s+(?:project|pilot)\s+)?"
    r"(?:(?:an?\s+)?(?:state\s+)?grant\b|EUR\b|€|\d)|"
    r"\bsa(?:a|avat|i|ivat)\b(?=[^.]{0,80}?(?:avustu|rahoitu)[^.]{0,40}?\w+(?:lta|ltä)\b)|"  # "saa … avustusta X:ltä"
    r"\bbevilja(?:de|t|r)\b|\bhak(?:ea|ee|evat|i|ivat)\b(?=[^.]{0,80}?\w+(?:lta|ltä)\s+valtionavustu)",
    re.I,
)
_FUNDER_TYPES = ("national-actor", "organisation")  # hg:funder is an organisation


def is_generic(ctx: Context) -> bool:
    return ctx.seg.kind == GENERIC


#: The project word before a title's name ("§ 142 Projektet Barn och familj i X, lägesrapport", "The project
#: Home Care Online"): the name is what follows it, capitalised. Taken off at the end: while the text is read,
#: the word marks the title as one naming a project (``_project_in_text`` keeps it).
_PROJECT_WORD = re.compile(r"^(?:projektet|the\s+project)\s+(?=(?-i:[A-ZÅÄÖ])\w)", re.I)


def _project_word_off(name: str) -> str:
    """``name`` less the project word before it and the report's kind after a comma ("The project X,
    interim report": X); a name that does not open with the word stays as it is."""
    if not _PROJECT_WORD.match(name):
        return name
    bare = _PROJECT_WORD.sub("", name)
    return re.sub(rf",\s*(?:{namesites.KIND_WORDS})$", "", bare, flags=re.I) or bare


def _set_root(ctx: Context, element: Element, name: str) -> None:
    name = without_period(plain_case(ctx, name))
    span = Span(element.first, element.last, element.text.strip())
    ctx.root = ctx.new_project("project", name, span)
    ctx.result.title = name
    ctx.result.title_span = span
    ctx.vote_region(element.text, 5)


def _begin(ctx: Context, elements: list[Element]) -> None:
    """A generic document's project, chosen before the identity family's title block (which then leaves it)."""
    if not is_generic(ctx):
        return
    if any(e.type == "field" and e.key == "name" for e in elements):
        return  # the name field names it ("**Hankkeen nimi:** X" in a Markdown report)
    choice = choose_title(ctx, elements, plain_too=True)
    if choice is None or subject_label(choice[1]):
        choice = signed_name(ctx) or choice  # "Subject: Tilannekatsaus 9/2022" over "Terveisin / … / X -hanke"
    if choice is not None:
        _set_root(ctx, *choice)


def _late_title(ctx: Context, elements: list[Element]) -> None:
    """A recognised layout whose title block gave no project: a name field or a heading naming one."""
    if ctx.root is not None or ctx.investment is not None or is_generic(ctx):
        return
    if any(e.type == "field" and e.key == "name" for e in elements):
        return  # the name field names it
    # An Innokylä page of a template without "Kokonaisuuden nimi" is named by its heading.
    choice = choose_title(ctx, elements, plain_too=ctx.seg.kind == "innokyla-page")
    if choice is not None:
        _set_root(ctx, *choice)


def _project_in_text(ctx: Context, sentence: str, chunk: Chunk) -> None:
    """A generic document whose title names no project takes the one its text names.

    "hakee avustusta hankkeelle X", "X -hanke toteutetaan …": replaces a project named
    by the file or by a title about an application or decision, never a heading's name.
    """
    root = ctx.root
    if root is not None and root is not ctx.fallback and root.parent is None:
        whole = whole_named(sentence, root.name)  # "Osahanke X on osa Y -hanketta": X stays, a part of Y
        if whole is not None:
            root.parent = ctx.new_project("project", whole, Span(chunk.first, chunk.last, sentence))
            root.level, root.path = "subproject", (whole, *root.path)
    if root is not None and root.parent is not None:
        return  # a part whose whole the text named keeps its own name
    if re.search(r"\s[>»›]\s", sentence) or _slashed_trail(sentence.strip()):
        return  # a breadcrumb ("Etusivu / Hankkeet / Päättyneet hankkeet / …") is a site's path, no sentence
    if namesites.names_whole(sentence):
        return  # "Helhet: X-projektet", "kuuluu kokonaisuuteen X": the whole the page's model belongs to
    if (
        root is not None
        and root is not ctx.fallback
        and sentence.strip().casefold().startswith(root.name.casefold() + " ")
    ):
        return  # "X oli Lapin hyvinvointialueen Kestävän kasvun hanke": the title's X is the subject, described
    named = _QUOTED.search(sentence) or _NAME_IS.search(sentence) or _BRACKETED.search(sentence)
    match = named or _NAMED_PROJECT.search(sentence)
    name = None
    found = (match.group("after") or match.groupdict().get("inner")) if match is not None else None
    if match is not None and named is None and match.group("own"):
        found = own_name(match.group("own"))  # "hankkeestamme X (RRF)": X, a name's shape after "our project"
    if match is not None and found:
        name = without_sum(found.strip(" -–"))
        name = None if name is not None and cut_at_break(name) else name
        # "Projektet X genomfördes 1.3.2023–…", "i projektet X inför mötet": the name less the clause after it
        name = without_clause(name, sentence=True) if name is not None and named is None else name
        if (
            name is not None
            and named is not None
            and _QUOTED.search(sentence)
            and re.search(r"-\s?hank", sentence[match.end() : match.end() + 10])
        ):
            name += " -hanke"  # «Kotiin turvallisesti» -hankkeessa: the name with its word
    if _OTHER_PROJECT.search(sentence) and named is None:
        return  # "yhdessä X-hankkeen kanssa", "jatkaa X-hankkeen työtä": another project
    explicit = name is not None and not _whole_entity(ctx, name)
    name = name or name_before_hanke(sentence)
    name = without_kind_before(name) if name else name  # "Tilannekatsaus Q3/2023 - X -hanke" names X
    if name is None or len(name) < 4 or _whole_entity(ctx, name) or _WEAK_TITLE.search(name):
        return
    if programme_project(ctx, sentence, name):
        return  # "Kestävän kasvun ohjelman (RRF) hanke · 2023–2025": the programme's project, no name
    if namesites.owner_name(_bare(name)):
        return  # "Vantaan ja Keravan hyvinvointialue – Hanke X" read as "… hyvinvointialue -hanke": the owner
    if _owners_project(ctx, name):
        return  # "Siun soten hanke vie neuvonnan verkkoon": the owner's project, named by its h1
    if not re.search(r"[A-Za-zÅÄÖåäö]{3}", name):  # "Kostnader för projektet 2024": no name
        return
    if _COMMON_WHOLE.fullmatch(name):
        return  # "Koko hankkeelle on myönnetty …": the whole project by a common noun, no name
    firm = root is not None and FIRM.get(ctx) == root.span.first  # a head block's name (generictitle)
    weak = (
        root is not None
        and not firm
        and bool(
            _WEAK_TITLE.search(root.name)
            or _MEETING_HEADER.search(root.name)
            or _NOT_TITLE.match(root.name)
            # A news headline ("Digitaaliset palvelut laajenevat Kokkolassa") names no project;
            # the text's "Digiarki-hanke" does.
            or (not PROJECT_WORDS.search(root.name) and (re.search(r"hanke|projekt", name, re.I) or explicit))
        )
    )
    if root is not None and any(e.type == "field" and e.key == "name" for e in ctx.seg.elements):
        return  # a name field named it
    if root is not None and short_name_of(name, root.name):
        return  # "PEVE-hankkeen chat" under "Perhekeskus verkossa Pirkanmaalla (PEVE)": its short name
    if root is not None and ": " in root.name and _bare(root.name.split(": ", 1)[0]) == _bare(name):
        weak = True  # "X: a subtitle" titled the page, and the text names X: the name is X
    elif root is not None and begins_alike(name, root.name):
        return  # "Projektet Seniorernas vardag utvecklar …" under "Seniorernas vardag", "X i Vanda" under "X i Vanda och Kervo"
    if root is not None and root is not ctx.fallback and not weak and not namesites.fuller(name, root.name):
        # Only a fuller name of the same project replaces a heading's ("Kestävän kasvun hanke"
        # in a decision's title, "Kanta-Hämeen Kestävän kasvun hankkeelle" in its text).
        return
    span = Span(chunk.first, chunk.last, sentence)
    if root is None:
        ctx.root = ctx.new_project("project", name, span)
    else:
        root.name, root.path, root.span = name, (name,), span
    ctx.fallback = None
    ctx.result.title = ctx.result.title or name


def _owners_project(ctx: Context, name: str) -> bool:
    """ "Siun soten hanke", "Eksoten hanke", "Kotkan kaupungin hanke": an owner's genitive before the bare word
    (no hyphen) says whose project it is, not its name. The owner is a known county, organisation or town, or
    a brand no dictionary knows ("Siun soten", "Pirhan"); "Kestävän kasvun hanke" (words of the language) and
    "Eksote-hanke", "Siun sote -hanke" (a hyphen) are names."""
    owner, _, word = name.rpartition(" ")
    words = owner.split()
    if word.casefold() != "hanke" or not 1 <= len(words) <= 2 or not all(w.endswith("n") for w in words):
        return False
    if not owner[:1].isupper():
        return False
    known = ctx.names.known(owner)
    if len(known) == 1 and known[0].entry.type in ORG_TYPES and known[0].end >= len(owner) - 1:
        return True
    return all(w.isalpha() and not analyses(w) for w in words)


#: The whole project named by a common noun: "Koko hanke", "Hela projektet", "The whole project".
_COMMON_WHOLE = re.compile(r"(?:koko|hela|the whole)\s+(?:-\s?)?(?:hanke|projekt\w*|project)", re.I)


def _bare(name: str) -> str:
    return re.sub(r"\s*-?\s*hanke$", "", re.sub(r"\s+", " ", name.casefold())).strip()


# --- the funder ---------------------------------------------------------------------------


def funder_in(ctx: Context, sentence: str) -> tuple[Entry, str] | None:
    """The organisation or programme a sentence says funds the project, nearest after the cue."""
    cue = _FUNDED_BY.search(sentence)
    if cue is None:
        return None
    mentions = [m for m in ctx.names.mentions(sentence) if m.entry.type in _FUNDER_TYPES and m.entry.linked]
    if not mentions:
        return None
    after = [m for m in mentions if m.start >= cue.end()]
    before = [m for m in mentions if m.end <= cue.start()]
    # A name that holds the cue ("Euroopan unionin rahoittama – NextGenerationEU") is the funder;
    # "X:n rahoittama", "X:n myöntämällä avustuksella" (the agent's participle, any case) name it
    # before the cue, "rahoittaa X" after it.
    holding = [m for m in mentions if m.start < cue.end() and cue.start() < m.end]
    passive = re.match(r"rahoittama|myöntämä", cue.group(), re.I)
    ordered = holding + ((before[::-1] + after) if passive else (after + before[::-1]))
    # An organisation before a programme: "STM osana Kestävän kasvun ohjelmaa" is funded by STM.
    ordered[len(holding) :] = sorted(ordered[len(holding) :], key=lambda m: m.entry.type == "programme")
    if not ordered:
        return None  # the only names are part of the cue's own words
    best = ordered[0]
    return best.entry, best.surface


def _funder_sentence(ctx: Context, sentence: str, chunk: Chunk, project: Project) -> None:
    if is_generic(ctx):
        _project_in_text(ctx, sentence, chunk)
    target = ctx.unit
    if target.funder is not None:
        return
    found = funder_in(ctx, sentence)
    if found is None:
        return
    entry, surface = found
    span = Span(chunk.first, chunk.last, sentence)
    target.funder = entry
    target.funder_span = span
    if entry.type in ORG_TYPES and not any(p.organisation is entry for p in target.participations):
        target.participations.append(Participation(entry, "funder", span, surface))


FAMILY = Family("generic", begin=_begin, sentence=_funder_sentence)


#: A layout recognised by less than this cue weight is a guess (one word such as "kustannusarvio"
#: in a club's notice): the document must then show the sote domain as a generic one must.
_WEAK_LAYOUT = 3


def _refuse_weak_layout(ctx: Context) -> None:
    """A layout recognised by one weak cue is read only when the text is about a sote project."""
    kind = ctx.seg.kind
    if kind is None or is_generic(ctx) or kind_scores(ctx.doc.lines).get(kind, 0) >= _WEAK_LAYOUT:
        return
    if any(e.type in ("light", "field", "part") or (e.type == "heading" and e.key) for e in ctx.seg.elements):
        return  # the layout's own labels or section headings were found: a report, however short
    # (a heading the vocabulary does not know, such as a minute's "28 § KATUVALAISTUKSEN …", is none)
    if not domain_evidence(ctx):
        raise IngestError(ctx.doc.path or ctx.doc.file_name, refusal_message(ctx))


def _late_finish(ctx: Context) -> None:
    drop_empty_fallback(ctx)
    root = ctx.root
    if is_generic(ctx) and root is not None and (bare := _project_word_off(root.name)) != root.name:
        if ctx.result.title == root.name:
            ctx.result.title = bare
        namesites.rename(ctx, root, bare, root.span)  # "Projektet X" titled the minute: X
    _refuse_weak_layout(ctx)


#: Runs after the identity family: a title for a recognised layout whose title block found none,
#: and at the end no whole named by the file above the parts the document names, and the
#: refusal of a document whose weakly recognised layout is about no sote project.
LATE = Family("generic-title", begin=_late_title, finish=_late_finish)


# --- refuse or warn -----------------------------------------------------------------------


def settle_generic(ctx: Context) -> Extraction:
    """Keep a generic document about a project, with a warning; refuse text about none."""
    x, document = ctx.result, ctx.doc
    if ctx.seg.kind != GENERIC:
        return x  # a family recognised the layout after all (an Innokylä tab saved as a page)
    found = domain_evidence(ctx)
    if not found:
        raise IngestError(document.path or document.file_name, refusal_message(ctx))
    x.warnings.insert(
        0,
        f"{document.file_name}: layout not recognised (no heading or field of a final report, status report, "
        f"project plan or Innokylä page); read as a generic document from {'; '.join(found)} — check the facts "
        "(tuntematon asettelu / okänd layout)",
    )
    return x


__all__ = [
    "FAMILY",
    "GENERIC",
    "LATE",
    "LOOKED_FOR",
    "PROJECT_WORDS",
    "evidence",
    "funder_in",
    "settle_generic",
]
