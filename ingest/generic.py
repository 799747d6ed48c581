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
from hankegraafi.ingest.facts.namesites import begins_alike, own_crumb, short_name_of, subject_title
from hankegraafi.ingest.facts.outline import title_heads
from hankegraafi.ingest.facts.text import Chunk, parse_date
from hankegraafi.ingest.facts.wholes import whole_named
from hankegraafi.ingest.fallbacks import drop_empty_fallback
from hankegraafi.ingest.namecuts import (
    GOVERNING_BODY,
    OWNER,
    caption_line,
    cut_at_break,
    function_word,
    genitive_before_matter,
    headline_name,
    inner_word,
    list_title,
    message_line,
    name_beside_matter,
    only_verb,
    owner_genitive,
    states_sum,
    subject_name,
    without_kind,
    without_kind_before,
    without_period,
    without_sum,
)
from hankegraafi.ingest.paragraphs import broken_line
from hankegraafi.ingest.readers import IngestError
from hankegraafi.ingest.segment import Element, kind_scores

#: The document kind of a document read without a known layout (vocab/document-kind/generic).
GENERIC = "generic"

#: Lines that are never a title: site chrome, breadcrumbs, minutes headers, report words.
_NOT_TITLE = re.compile(
    r"^(?:etusivu|startsida|home|valikko|meny|menu|haku|sök|search|suomeksi|på svenska|in english|"
    r"sivun alkuun|jaa|dela|share|tulosta|skriv ut|print|kirjaudu|logga in|log in|ohita|hoppa|skip|"
    r"evästeet|kakor|cookies|pöytäkirja|protokoll|minutes|kokousaika|kokouspaikka|mötestid|mötesplats|"
    r"läsnä|närvarande|poissa|frånvarande|esittelijä|föredragande|valmistelija|beredare|"
    r"lisätietoja|mer information|julkaistu|publicerad|päivitetty|uppdaterad|sisällys|innehåll|liitteet|"
    r"ehdotus|förslag|päätös|beslut|perustelut|päätösehdotus|selostus|motivering|ärendet|beredning|"
    rf"{GOVERNING_BODY}|sivu\s+\d|sida\s+\d|"
    r"uutiset|nyheter|news|ajankohtaista|aktuellt|tiedotteet|pressmeddelanden|hankkeet|projekten|projects|"
    r"kokonaisuudet|toimintamallit|verksamhetsmodeller)\b",
    re.I,
)
_SECTION_MARK = re.compile(r"^\s*§\s*\d+\s*[.:–-]?\s*")
_MEETING_HEADER = re.compile(r"\b(?:pöytäkirja|protokoll|\d+/20\d\d)\b", re.I)
#: "hankkeelle X", "X-hanke", "hankkeen X" in running text: the name of the project a minute is about.
_NAMED_PROJECT = re.compile(
    r"(?:\b[Hh]ankkee(?:lle|seen|ssa|n)|\b[Pp]rojekt(?:ille|iin|et|ets))\s+"
    r"(?P<after>[A-ZÄÖÅ0-9][^.,;:()]{2,80}?)"
    r"(?=[.,;:(]|\s+(?:on|ovat|oli|ja|sekä|jonka|joka|är|och|som|för att|har|hade|ska|kommer|var|blir|enligt|liitteen|-)\s|$)"
    r"|(?P<before>(?:[A-ZÄÖÅ0-9][\w.:-]{0,80}\s+){0,6}[\w.:-]{1,80})\s?-hanke(?:\w*)",
)
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
    r"\brahoitta(?:a|vat|nut|jana|jina|jia|ja)\b|\brahoittama\w*\b|\brahoitus\w*\s+(?:saadaan|tulee|on saatu)\b|"
    r"\bmyönt(?:ää|änyt|i)\b|\bmyöntämä\w*|\bmyönsi(?:vät)?\b|\bfinansier(?:as|ar|ad|ing)\w*\b|\bfunded by\b|"
    r"\bfinansiär(?:en)?\b|\bfunder\b|"  # the label of a list item: "- Finansiär: X", "Funder: X"
    r"\bsa(?:a|avat|i|ivat)\b(?=[^.]{0,80}?(?:avustu|rahoitu)[^.]{0,40}?\w+(?:lta|ltä)\b)|"  # "saa … avustusta X:ltä"
    r"\bbevilja(?:de|t|r)\b|\bhak(?:ea|ee|evat|i|ivat)\b(?=[^.]{0,80}?\w+(?:lta|ltä)\s+valtionavustu)",
    re.I,
)
_FUNDER_TYPES = ("national-actor", "organisation")  # hg:funder is an organisation


def is_generic(ctx: Context) -> bool:
    return ctx.seg.kind == GENERIC


# --- the title ----------------------------------------------------------------------------

#: A name given as "Label: value" on one line near the top ("Hanke: Kotona Keski-Suomessa").
_NAME_FIELD = re.compile(
    r"^(?:[-*•]\s+)?(?:hanke|hankkeen nimi|projekti|projektin nimi|toimintamalli|kokonaisuus|projekt|projektets namn|"
    r"project|project name)\s*[:\t]\s*(?P<name>\S.{2,120}?)\s*$",
    re.I,
)
#: A title about a project rather than its name: an application, decision, notice or report.
_WEAK_TITLE = re.compile(
    r"\b(?:\w*hakemus\w*|valtionavustu\w*|avustu\w*|tiedoksianto|rahoituspäätö\w*|päätö\w*|esitys|ehdotus|"
    r"selvitys|katsaus|\w*ansökan|\w*beslut|statsunderstöd\w*|\w*raportti|\w*rapport)\b|-?ohjelman?\b",
    re.I,
)
#: A section heading that names no project: "Hankkeen investoinnit", "Missä kehitetään?".
_SECTION_LIKE = re.compile(
    r"^(?:hankkeen|projektin|kokonaisuuden|toimintamallin|projektets|hankkeet|investoinnit)(?:\s+\w+)?$|\?$"
    r"|\b(?:hankkeen|projektin)\s+[a-zåäö]|päällikkö|johtaja|koordinaattori|yhteyshenkilö|yhteystiedot|kontakt|valmistelija",
    re.I,
)
_HANKE_AFTER = re.compile(
    r"(?P<sep>\s?[-–]\s?|\s)(?P<word>hanke|hankkee\w*|hankkeiden|hankkeisiin|hanke(?:n|lle|ssa|sta|lla|en))\b",
    re.I,
)


def name_before_hanke(text: str) -> str | None:
    """The project's name a text gives before "-hanke" ("Hakemus Kestävän kasvun X -hankkeen …").

    Words are taken backwards from the word "hanke" while they can stand in a name
    (capitalised, a number, a genitive); a word ending in ":" or ",", or the first
    capitalised word of the sentence that is no name (an application, a notice),
    ends it.
    """
    text = re.sub(r"§\s*\d+\s*", " ", text)
    for match in _HANKE_AFTER.finditer(text):
        if match.group("word")[:1].isupper() and not re.search(r"[-–]", match.group("sep")):
            continue  # "Perustelut Hankkeen arviointilausunnon …": a heading run into the sentence it heads
        words = text[: match.start()].split()
        taken: list[str] = []
        for word in reversed(words[-8:]):
            bare = word.strip("\"”“'()")
            if not bare or bare.endswith((":", ",", ";", ".")) or _WEAK_TITLE.fullmatch(bare):
                break
            if (heading := _NOT_TITLE.match(bare)) is not None and heading.end() == len(bare):
                break  # "Perustelut Satakunnan X -hanke …": a minute's margin heading run into its text
            if owner_genitive(bare):
                break  # "Keski-Pohjanmaan hyvinvointialueen Digiarki-hanke": the owner is no part of the name
            if not (bare[:1].isupper() or bare[:1].isdigit() or inner_word(bare)):
                # A lower-case word right after a capitalised one may stand inside the name
                # ("Sujuvat hoitoketjut Keski-Suomessa -hanke"); after another lower-case word not.
                at = len(words) - len(taken) - 2  # the word left of this one
                left = words[at] if at >= 0 else ""
                hyphen = bool(re.search(r"[-–]", match.group("sep")))
                if (
                    not hyphen
                    or not left[:1].isupper()
                    or left.endswith((":", ",", ";", "."))
                    or only_verb(bare)
                ):
                    break  # only "X y Z -hanke" holds lower-case words; "X y hankkeen alusta" is a phrase
                if function_word(left.strip("\"”“'()")):
                    break
            taken.append(bare)
        taken.reverse()
        while taken and not (taken[0][:1].isupper() or taken[0][:1].isdigit()):
            taken.pop(0)
        if len(taken) == 1 and function_word(taken[0]):
            continue  # "Mitä hankkeessa tehtiin?": a question, not a name
        if taken and any(w[:1].isupper() for w in taken):
            hyphen = "-" in match.group("sep") or "–" in match.group("sep")
            return " ".join(taken) + (" -hanke" if hyphen else " hanke")
    return None


def _clean_title(text: str) -> str:
    """A title without its § mark, markdown hashes, a second language after " / " or the document's
    kind after a dash ("Vakehyvan X -hanke – hankesuunnitelma" is the project's name and the kind)."""
    text = _SECTION_MARK.sub("", text.strip().strip("#").strip())
    text = name_beside_matter(without_kind(text))  # "Tilannekatsaus: X", "X -hanke, väliraportti"
    halves = [h.strip() for h in re.split(r"\s+/\s+", text)]
    return halves[0] if len(halves) == 2 and min(len(h) for h in halves) >= 8 else text


def title_candidates(elements: list[Element]) -> list[tuple[Element, str]]:
    """Short lines near the top that could be a title; a breadcrumb gives its last item."""
    out: list[tuple[Element, str]] = []
    for element in elements[:40]:
        element = _section_row(element) or element
        if element.type not in ("text", "heading") or (element.type == "heading" and element.key):
            continue  # a section the vocabulary knows ("Kokonaisuuteen kuuluvat toimintamallit") names no project
        raw = element.text.strip()
        if len(raw) > 300:
            continue  # no title; and the patterns below stay linear
        crumbs = re.split(r"\s+[>»›]\s+", raw)
        crumbs = crumbs if len(crumbs) >= 2 else _slashed_trail(raw)
        if len(crumbs) >= 2:
            raw = own_crumb(crumbs, elements[:40])  # "Etusivu > Hankkeet > X": the page's own name, X
        parts = [p for p in re.split(r"\s+[–—|]\s+", raw) if not _NOT_TITLE.fullmatch(p.strip())]
        if not parts:
            continue  # "Hyvinvointialue – Ajankohtaista" less its section word: a site's name at most
        raw = " – ".join(parts)
        text = subject_name(_clean_title(raw))  # "Subject: Tilannekatsaus Q3/2023 - X": X
        if message_line(text):
            continue  # a message's sender, recipients, date, greeting or closing
        head, colon, tail = text.partition(": ")
        if colon and _MEETING_HEADER.search(tail) and re.search(r"hank|projekt", head, re.I):
            text = head  # "X -hanke: ohjausryhmän kokous 2/2025": the project's name, then the meeting
        if caption_line(text):
            continue  # a caption over a table of amounts or a list ("Menot kululajeittain (€):")
        if not text or len(text) > 140 or (text.endswith((".", ",")) and len(text.split()) > 4):
            continue  # a sentence of running text, not a title
        if _NOT_TITLE.match(text) or _MEETING_HEADER.search(text) or tab_strip_like(text):
            continue
        if not (text[:1].isupper() or text[:1].isdigit()) or re.search(r"[a-zåäö][.!?;]\s+[A-ZÄÖÅ]", text):
            continue  # a line of a paragraph broken by the export, not a heading
        if (parse_date(text) and len(text) <= 40) or not re.search(r"[A-Za-zÄÖÅäöå]{3}", text):
            continue
        out.append((element, text))
    return out


def _slashed_trail(line: str) -> list[str]:
    """A breadcrumb whose items a slash parts ("Innokylä / Kokonaisuudet / X", a Markdown export's
    links): the items before the last are short and one is a site's section word. A title in two
    languages ("Kotona Kainuussa / Hemma i Kajanaland") has no section word: it is no trail."""
    items = re.split(r"\s+/\s+", line)
    trail = items[:-1]
    if trail and all(len(i.split()) <= 2 for i in trail) and any(_NOT_TITLE.fullmatch(i) for i in trail):
        return items
    return []


def _section_row(element: Element) -> Element | None:
    """A minute's § title that a tab put in a row of the head's table ("§ 133<tab>X:n väliraportti")."""
    rows = element.text.split("\n") if element.type == "table" else []
    at = next((i for i, row in enumerate(rows) if _SECTION_MARK.match(row)), None)
    text = " ".join(c.strip() for c in rows[at].split("\t") if c.strip()) if at is not None else ""
    return Element("text", element.first + at, element.first + at, text) if at is not None else None


def tab_strip_like(text: str) -> bool:
    return text.count("|") >= 2


def choose_title(ctx: Context, elements: list[Element], plain_too: bool) -> tuple[Element, str] | None:
    """The element and name of a document's project, by the strongest sign found near the top.

    A name field ("Hanke: X") first; then a heading or breadcrumb naming a project, or
    the name inside a title about one ("Hakemus X -hankkeen valtionavustukseksi");
    with ``plain_too``, else the first heading that is not only a place or
    organisation's name.
    """
    for element in elements[:40]:
        field = _NAME_FIELD.match(element.text.strip()) if element.type == "text" else None
        if field and PROJECT_WORDS.search(element.text.split(":")[0].lstrip("-*• ") + " hanke"):
            return element, field.group("name").strip()
    if (subject := subject_title(elements[:40])) is not None and not _whole_entity(ctx, subject[1]):
        return subject  # "Aihe: Tilannekatsaus: X (RRF), ohjausryhmä 14.3.": X
    lines = ctx.doc.lines  # a line of a paragraph the export broke is no title, whatever it names
    candidates = [(e, t) for e, t in title_candidates(elements) if not broken_line(lines, e.first, e.last)]
    heads = title_heads(ctx.doc, candidates)  # the outline's title and subtitle (facts/outline.py)
    chosen = _chosen(ctx, heads, plain_too) if heads else None
    return chosen or _chosen(ctx, candidates, plain_too)  # else: a headline's, a list's "Hankkeet"


def _chosen(ctx: Context, candidates: list[tuple[Element, str]], plain_too: bool) -> tuple[Element, str] | None:
    """:func:`choose_title`'s choice among the title candidates."""
    for element, text in candidates:
        named = name_beside_description(ctx, text)
        if named is not None:
            return element, named
    for element, text in candidates:
        crumb = len(element.text) <= 300 and re.search(r"\s[>»›]\s", element.text)
        if crumb and not _whole_entity(ctx, text) and not _WEAK_TITLE.search(text):
            return element, text  # a breadcrumb ends in the page's own name
    for element, text in candidates:
        if _whole_entity(ctx, text):
            continue
        if _WEAK_TITLE.search(text):
            inner = name_before_hanke(text) or _name_after_word(ctx, text) or genitive_before_matter(text)
            inner = None if inner is None or _whole_entity(ctx, inner) else inner
            if inner:
                return element, inner
            continue
        if states_sum(text):
            continue  # a sum ("870 000 euro för projektet X", a headline's "X:lle 7,9 miljoonaa euroa …"): no title
        if _SECTION_LIKE.search(text):
            continue
        if PROJECT_WORDS.search(text):
            return element, headline_name(text) or text  # "X hanke ehti puoliväliin" names "X hanke"
    if plain_too:
        for element, text in candidates:
            if (
                _standalone(ctx, element)
                and len(text.split()) <= 12
                and not _whole_entity(ctx, text)
                and not _SECTION_LIKE.search(text)
                and not _WEAK_TITLE.search(text)
                and not (states_sum(text) or list_title(text))
            ):
                return element, text
    return None


#: A bracketed aside at the end of a title: its programme, pillar or period ("(Suomen kestävän
#: kasvun ohjelma, pilari 4)"), no part of the name.
_ASIDE = re.compile(r"\s*\([^()]*\)\s*$")


def name_beside_description(ctx: Context, text: str) -> str | None:
    """The name in a title that pairs it with the project's formal description, either way round:
    "Kestävästi Savossa – Savon hyvinvointialueen Kestävän kasvun hanke (ohjelma, pilari 4)".

    The description is the half that opens with its owner's genitive and says "hanke"; the
    other half, a short capitalised name that is no organisation, report or section, is the
    project's own name (the description would give only its generic "Kestävän kasvun hanke").
    """
    halves = [h.strip() for h in re.split(r"\s+[–—]\s+", _ASIDE.sub("", text))]
    if len(halves) != 2:
        return None
    for name, description in (halves, halves[::-1]):
        words = description.split()
        if not (
            len(words) >= 2 and any(OWNER.fullmatch(w) for w in words[:3]) and _HANKE_AFTER.search(description)
        ):
            continue
        if (
            name[:1].isupper()
            and 2 <= len(name.split()) <= 8
            and re.search(r"[A-Za-zÅÄÖåäö]{3}", name)
            and not PROJECT_WORDS.search(name)
            and not _whole_entity(ctx, name)
            and not _WEAK_TITLE.search(name)
            and not _SECTION_LIKE.search(name)
            and not _NOT_TITLE.match(name)
        ):
            return name
    return None


def _standalone(ctx: Context, element: Element) -> bool:
    """A heading, or a line with blank lines around it: not a line of a broken paragraph."""
    if element.type == "heading":
        return True
    lines = ctx.doc.lines
    before = lines[element.first - 2].strip() if element.first >= 2 else ""
    after = lines[element.last].strip() if element.last < len(lines) else ""
    return not before and not after


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


def _name_after_word(ctx: Context, text: str) -> str | None:
    """The name after "hankkeelle" / "för projektet" in a title about an application or decision
    ("Ansökan om statsunderstöd för projektet Hållbar tillväxt i Österbotten, fas 3")."""
    match = _NAMED_PROJECT.search(text)
    name = (
        without_sum(match.group("after").strip(" -–")) if match is not None and match.group("after") else None
    )
    if name is None or len(name) < 4 or _whole_entity(ctx, name) or _WEAK_TITLE.search(name):
        return None
    return None if cut_at_break(name) else name


def _whole_entity(ctx: Context, text: str) -> bool:
    """``text`` is only the name of a county, organisation or municipality (a page's owner)."""
    mentions = ctx.names.known(text)
    return len(mentions) == 1 and len(mentions[0].surface) >= len(text.rstrip(" .:")) - 2


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
    named = _QUOTED.search(sentence) or _NAME_IS.search(sentence) or _BRACKETED.search(sentence)
    match = named or _NAMED_PROJECT.search(sentence)
    name = None
    found = (match.group("after") or match.groupdict().get("inner")) if match is not None else None
    if match is not None and found:
        name = without_sum(found.strip(" -–"))
        name = None if name is not None and cut_at_break(name) else name
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
    if not re.search(r"[A-Za-zÅÄÖåäö]{3}", name):  # "Kostnader för projektet 2024": no name
        return
    if _COMMON_WHOLE.fullmatch(name):
        return  # "Koko hankkeelle on myönnetty …": the whole project by a common noun, no name
    weak = root is not None and bool(
        _WEAK_TITLE.search(root.name)
        or _MEETING_HEADER.search(root.name)
        or _NOT_TITLE.match(root.name)
        # A news headline ("Digitaaliset palvelut laajenevat Kokkolassa") names no project;
        # the text's "Digiarki-hanke" does.
        or (not PROJECT_WORDS.search(root.name) and (re.search(r"hanke|projekt", name, re.I) or explicit))
    )
    if root is not None and any(e.type == "field" and e.key == "name" for e in ctx.seg.elements):
        return  # a name field named it
    if root is not None and short_name_of(name, root.name):
        return  # "PEVE-hankkeen chat" under "Perhekeskus verkossa Pirkanmaalla (PEVE)": its short name
    if root is not None and begins_alike(name, root.name):
        return  # "Projektet Seniorernas vardag utvecklar …" under "Seniorernas vardag", "X i Vanda" under "X i Vanda och Kervo"
    if root is not None and ": " in root.name and _bare(root.name.split(": ", 1)[0]) == _bare(name):
        weak = True  # "X: a subtitle" titled the page, and the text names X: the name is X
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
