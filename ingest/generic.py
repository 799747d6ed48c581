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

from hankegraafi.ingest.entities import Entry
from hankegraafi.ingest.facts.context import Context, Family
from hankegraafi.ingest.facts.model import Extraction, Participation, Project, Span
from hankegraafi.ingest.facts.names import ORG_TYPES
from hankegraafi.ingest.facts.text import Chunk, parse_date
from hankegraafi.ingest.readers import IngestError
from hankegraafi.ingest.segment import Element

#: The document kind of a document read without a known layout (vocab/document-kind/generic).
GENERIC = "generic"

#: Words that make a heading the name of a project (fi/sv/en), in any inflection.
PROJECT_WORDS = re.compile(
    r"hank(?:e|keen|keessa|keelle|kee(?:seen|sta|lla)|keiden)\b|-hanke|projekt|toimintamalli|investointi|"
    r"kehittämis(?:hanke|ohjelma)|pilotti|kokeilu|\bsote-keskus|ohjelma\b|-ohjelma|verksamhetsmodell|"
    r"\bproject\b|\bpilot\b",
    re.I,
)
#: Lines that are never a title: site chrome, breadcrumbs, minutes headers, report words.
_NOT_TITLE = re.compile(
    r"^(?:etusivu|startsida|home|valikko|meny|menu|haku|sök|search|suomeksi|på svenska|in english|"
    r"sivun alkuun|jaa|dela|share|tulosta|skriv ut|print|kirjaudu|logga in|log in|ohita|hoppa|skip|"
    r"evästeet|kakor|cookies|pöytäkirja|protokoll|minutes|kokousaika|kokouspaikka|mötestid|mötesplats|"
    r"läsnä|närvarande|poissa|frånvarande|esittelijä|föredragande|valmistelija|beredare|"
    r"lisätietoja|mer information|julkaistu|publicerad|päivitetty|uppdaterad|sisällys|innehåll|liitteet|"
    r"ehdotus|förslag|päätös|beslut)\b",
    re.I,
)
_BREADCRUMB = re.compile(r"(?:\s[>»/|›]\s.*){1,}")
_SECTION_MARK = re.compile(r"^\s*§\s*\d+\s*[.:–-]?\s*")
_MEETING_HEADER = re.compile(r"\b(?:pöytäkirja|protokoll|\d+/20\d\d)\b", re.I)
#: "hankkeelle X", "X-hanke", "hankkeen X" in running text: the name of the project a minute is about.
_NAMED_PROJECT = re.compile(
    r"(?:hankkee(?:lle|seen|ssa|n)|projektille|projektiin)\s+(?P<after>[A-ZÄÖÅ0-9][^.,;:()]{2,80}?)(?=[.,;:(]|\s+(?:on|ovat|ja|sekä|jonka|joka|-)\s|$)"
    r"|(?P<before>(?:[A-ZÄÖÅ0-9][\w.:-]*\s+){0,6}[\w.:-]+)\s?-hanke(?:\w*)",
)
_FUNDED_BY = re.compile(
    r"\brahoitta(?:a|vat|nut|jana|jina|jia|ja)\b|\brahoittama\w*\b|\brahoitus\w*\s+(?:saadaan|tulee|on saatu)\b|"
    r"\bmyönt(?:ää|änyt|ämä|ämää|i)\b|\bfinansier(?:as|ar|ad|ing)\w*\b|\bfunded by\b",
    re.I,
)
_FUNDER_TYPES = ("national-actor", "organisation", "programme")


def is_generic(ctx: Context) -> bool:
    return ctx.seg.kind == GENERIC


# --- the title ----------------------------------------------------------------------------


def title_candidates(elements: list[Element]) -> list[tuple[Element, str]]:
    """Short lines near the top that could be a title, each with its text cleaned of § marks."""
    out: list[tuple[Element, str]] = []
    for element in elements[:40]:
        if element.type not in ("text", "heading"):
            continue
        text = _SECTION_MARK.sub("", element.text.strip().strip("#").strip())
        if not text or len(text) > 140 or (text.endswith((".", ",")) and len(text.split()) > 12):
            continue
        if _NOT_TITLE.match(text) or _BREADCRUMB.search(text) or _MEETING_HEADER.search(text):
            continue
        if (parse_date(text) and len(text) <= 40) or not re.search(r"[A-Za-zÄÖÅäöå]{3}", text):
            continue
        out.append((element, text))
    return out


def _begin(ctx: Context, elements: list[Element]) -> None:
    """A generic document's project: its first heading naming a project, else its first heading.

    Runs before the identity family's title block, which then leaves the project be.
    """
    if not is_generic(ctx):
        return
    candidates = title_candidates(elements)
    named = [(e, t) for e, t in candidates if PROJECT_WORDS.search(t) and not _whole_entity(ctx, t)]
    plain = [(e, t) for e, t in candidates if not _whole_entity(ctx, t) and not t.endswith(".")]
    choice = (named or plain or [None])[0]
    if choice is None:
        return
    element, text = choice
    span = Span(element.first, element.last, element.text.strip())
    ctx.root = ctx.new_project("project", text, span)
    ctx.result.title = text
    ctx.result.title_span = span
    ctx.vote_region(text, 5)


def _whole_entity(ctx: Context, text: str) -> bool:
    """``text`` is only the name of a county, organisation or municipality (a page's owner)."""
    mentions = ctx.names.known(text)
    return len(mentions) == 1 and len(mentions[0].surface) >= len(text.rstrip(" .:")) - 2


def _project_in_text(ctx: Context, sentence: str, chunk: Chunk) -> None:
    """A generic document whose headings name no project takes the one its text names ("hankkeelle X")."""
    root = ctx.root
    if root is not None and root is not ctx.fallback and PROJECT_WORDS.search(root.name):
        return
    match = _NAMED_PROJECT.search(sentence)
    if match is None:
        return
    name = (match.group("after") or (match.group("before") + "-hanke")).strip(" -–")
    if len(name) < 4 or _whole_entity(ctx, name):
        return
    span = Span(chunk.first, chunk.last, sentence)
    if root is None:
        ctx.root = ctx.new_project("project", name, span)
    else:
        root.name, root.path, root.span = name, (name,), span
    ctx.fallback = None
    ctx.result.title = ctx.result.title or name


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
    # "X:n rahoittama" names the funder before the cue; "rahoittaa X" after it.
    passive = re.match(r"rahoittama", cue.group(), re.I)
    ordered = (before[::-1] + after) if passive else (after + before[::-1])
    # An organisation before a programme: "STM osana Kestävän kasvun ohjelmaa" is funded by STM.
    ordered.sort(key=lambda m: m.entry.type == "programme")
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


# --- refuse or warn -----------------------------------------------------------------------

#: What must be found for a document to be about a sote project (said in the refusal).
LOOKED_FOR = (
    "a project's name (a heading or sentence naming a hanke, projekti, toimintamalli or investointi), "
    "a wellbeing services county, an organisation, programme or national service the vocabularies know"
)


def evidence(x: Extraction) -> list[str]:
    """What in the extraction shows the document is about a sote project (empty: nothing)."""
    found: list[str] = []
    named = [p for p in x.projects if PROJECT_WORDS.search(p.name) and p.span.first > 0]
    if named:
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
    if any(p.goals or p.costs or p.lights for p in x.projects):
        found.append("goals, costs or traffic lights")
    return found


def settle_generic(ctx: Context) -> Extraction:
    """Keep a generic document about a project, with a warning; refuse text about none.

    A county counts as evidence only when the text names it (or its region) itself:
    one voted for only by the municipalities a road notice names is no evidence.
    """
    x, document = ctx.result, ctx.doc
    if ctx.seg.kind != GENERIC:
        return x  # a family recognised the layout after all (an Innokylä tab saved as a page)
    explicit_county = any(
        m.entry.type in ("county", "region") for found in ctx.names.known_cache.values() for m in found
    )
    found = [f for f in evidence(x) if explicit_county or not f.startswith("county ")]
    if not found:
        raise IngestError(
            document.path or document.file_name,
            f"unrecognised document, not about a sote project: looked for {LOOKED_FOR}, and found none "
            "(tunnistamaton dokumentti, ei sote-hanketta / okänt dokument, inget social- och hälsovårdsprojekt)",
        )
    x.warnings.insert(
        0,
        f"{document.file_name}: layout not recognised (no heading or field of a final report, status report, "
        f"project plan or Innokylä page); read as a generic document from {'; '.join(found)} — check the facts "
        "(tuntematon asettelu / okänd layout)",
    )
    return x


__all__ = ["FAMILY", "GENERIC", "LOOKED_FOR", "PROJECT_WORDS", "evidence", "funder_in", "settle_generic"]
