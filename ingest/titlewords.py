"""The words and patterns of titles that the generic title reader (generictitle.py) and generic.py share:
site chrome and minutes' words that are never a title, a name field's labels, a title about a project rather
than its name, a section's heading, and the name beside the word "hanke" in running text.

Split from generictitle.py (stop 51, no change of behaviour) to keep that module under the size limit.
"""

from __future__ import annotations

import re
import weakref

from hankegraafi.ingest import cues
from hankegraafi.ingest.domain import PROJECT_WORDS
from hankegraafi.ingest.entities import lemmatiser
from hankegraafi.ingest.facts.context import Context
from hankegraafi.ingest.facts.namesites import kind_part
from hankegraafi.ingest.namecuts import GOVERNING_BODY
from hankegraafi.ontology import registry

#: Lines that are never a title: site chrome, breadcrumbs, minutes headers, report words. "Home" before a word
#: begins a title ("Home care at night project", "Home Hospital Vantaa–Kerava"; R16-20), no site's link.
_NOT_TITLE = re.compile(
    r"^(?:etusivu|startsida|home(?!\s+[^\W\d_])|valikko|meny|menu|haku|sök|search|suomeksi|på svenska|in english|"
    r"sivun alkuun|jaa|dela|share|tulosta|skriv ut|print|kirjaudu|logga in|log in|ohita|hoppa|skip|"
    r"evästeet|kakor|cookies|pöytäkirja|protokoll|minutes|kokousaika|kokouspaikka|mötestid|mötesplats|"
    r"läsnä|närvarande|poissa|frånvarande|esittelijä|föredragande|valmistelija|beredare|"
    r"lisätietoja|mer information|julkaistu|publicerad|päivitetty|uppdaterad|sisällys|innehåll|liitteet|"
    r"ehdotus|förslag|päätös|beslut|perustelut|päätösehdotus|selostus|motivering|ärendet|beredning|"
    rf"{GOVERNING_BODY}|sivu\s+\d|sida\s+\d|"
    r"uutiset|nyheter|news|ajankohtaista|aktuellt|tiedotteet|pressmeddelanden|hankkeet|projekten|projects|"
    r"kokonaisuudet|helheter|toimintamallit|verksamhetsmodeller)\b",
    re.I,
)
_SECTION_MARK = re.compile(r"^\s*§\s*\d+\s*[.:–-]?\s*")
_MEETING_HEADER = re.compile(r"\b(?:pöytäkirja|protokoll|\d+/20\d\d)\b", re.I)
#: "hankkeelle X", "X-hanke", "hankkeen X" in running text: the name of the project a minute is about.
_NAMED_PROJECT = re.compile(
    # "hankkeemme X.", "hankkeestamme X (RRF)": a case with the possessive "our" begins a sentence as often as it
    # names; the name runs to the clause's end (test48 os11; tune u2372; R22-19), no verb in it (``own_name``).
    r"\b(?:[Hh]ankkee(?:lle|see|ssa|sta|lta|lla)?|[Pp]rojekti(?:lle|in|ssa|sta|lta|lla)?)mme\s+"
    r"(?P<own>[A-ZÄÖÅ0-9][^.,;:()!?]{2,80}?)(?=\s*[.,;:(!?]|$)|"
    r"(?:\b[Hh]ankkee(?:lle|seen|ssa|n)|\b[Pp]rojekt(?:ille|iin|et|ets))\s+"
    r"(?P<after>[A-ZÄÖÅ0-9][^.,;:()]{2,80}?)"
    # A word cut at a hyphen before "ja"/"och" is a compound's first half ("Mobil mun- och tandvård"):
    # the name goes on through the conjunction.
    r"(?=[.,;:(]|(?<!-)\s+(?:on|ovat|oli|ja|sekä|jonka|joka|är|och|som|för att|har|hade|ska|kommer|var|blir|enligt|liitteen|-)\s|$)"
    r"|(?P<before>(?:[A-ZÄÖÅ0-9][\w.:-]{0,80}\s+){0,6}[\w.:-]{1,80})\s?-hanke(?:\w*)"
    # English: "The Active Ageing Kainuu project (…) belongs to …": capitalised words before "project"
    r"|\b[Tt]he\s+(?P<inner>[A-Z][\w-]*(?:\s+(?:[A-Z][\w-]*|of|and|in|for|at|on|the)){0,7})\s+project\b",
)


# --- the title ----------------------------------------------------------------------------

#: A name given as "Label: value" on one line near the top ("Hanke: Kotona Keski-Suomessa").
_NAME_FIELD = re.compile(
    r"^(?:[-*•]\s+)?(?:hanke|hankkeen nimi|projekti|projektin nimi|toimintamalli|kokonaisuus|projekt|projektets namn|"
    r"project|project name)\s*[:\t]+\s*(?P<name>\S.{2,120}?)\s*(?:$|\.\s+(?=(?-i:[A-ZÅÄÖ][a-zåäö])))",  # "X. Owner …"
    re.I,
)
#: The same field as a row of a delimited file: "Project,Active Days in Pori,", "Projekt;Trygg kväll;;".
_ROW_NAME_FIELD = re.compile(
    r"^\"?(?:hanke|hankkeen nimi|projekti|projektin nimi|projekt|projektets namn|project|project name)\"?\s*[;,]\s*"
    r"\"?(?P<name>[^;,\"]{3,120}?)\"?\s*[;,]*\s*$",
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
    r"|\b(?:hankkeen|projektin)\s+[a-zåäö]|päällikkö|johtaja|koordinaattori|yhteyshenkilö|yhteystiedot|kontakt|valmistelija"
    r"|projektledare|samordnare|\bcoordinator\b|\bmanager\b|\bdirector\b"
    r"|^(?:the\s+)?project\s+(?:in|as|at|overall)\b|^projektet\s+(?:som|i\s+sin)\b|^hanke\s+kokonai"
    r"|^(?:osa|del|part)\s+\d{1,2}\b"  # a form's numbered part: "OSA 4 KUSTANNUKSET", "DEL 2", "PART 1"
    r"|^(?:tietoa\s+)?(?:hankkeesta|projektista)$|^(?:om|about)\s+(?:the\s+)?(?:projektet|project)$",  # "Om projektet"
    re.I,
)
_HANKE_AFTER = re.compile(
    r"(?P<sep>\s?[-–]\s?|\s)(?P<word>hanke|hankkee\w*|hankkeiden|hankkeisiin|hanke(?:n|lle|ssa|sta|lla|en))\b",
    re.I,
)


#: A minute's § title that opens with what is done, an action noun after its object's genitive ("Valtionavustuksen
#: hakeminen", "Avustuksen myöntäminen", "Hankesuunnitelman hyväksyminen"), then the project's whole name before
#: the hyphened "-hankkeelle" / "-hankkeen": the name is every word between, lower-case words too ("Hoitoon pääsyn
#: vauhdittaminen Kymenlaaksossa"), which the walk back from "-hanke" cuts at the first two lower-case words.
_ACTION_BEFORE_NAME = re.compile(
    r"^(?:[A-ZÅÄÖ]\w*(?:n|en)\s+)?(?:[a-zåäö]\w*(?:n|en)\s+)?[a-zåäö]\w*(?:minen|misen|mista|misesta)\s+"
    r"(?P<name>[A-ZÅÄÖ][^:;,.()]{2,100}?)\s?[-–]\s?hankkee(?:lle|n|seen|ssa|sta)\b"
)


def acted_name(text: str) -> str | None:
    """The name in a § title that opens with what is done to the project (:data:`_ACTION_BEFORE_NAME`)."""
    acted = _ACTION_BEFORE_NAME.match(re.sub(r"^§\s*\d+\s*", "", text.strip()))
    return f"{acted.group('name')} -hanke" if acted is not None else None


#: Between a title's label and its kind: a colon, or a dash between spaces.
_KIND_PARTS = re.compile(r":\s+|\s+[–—-]\s+")


def only_kinds(raw: str) -> bool:
    """A line of two parts or more, each a document's kind (:func:`kind_part`): a form's label and the
    report it is ("Lomake: Valtionavustushankkeen tilanneraportti (6 kk)", "Form: Interim report of a
    state-funded project (12 months)", "Blankett: Lägesrapport för statsunderstödsprojekt"), no name."""
    parts = [p.strip(" .*_#") for p in _KIND_PARTS.split(raw) if p.strip(" .*_#")]
    return len(parts) >= 2 and all(kind_part(p) for p in parts)


#: The line of a message's subject that named the project for want of a title (generictitle.subject_named): a
#: subject may be the message's topic ("Figures for Thursday"), so the name the lead gives replaces it as it
#: replaces a file's name.
SUBJECT_LINE: weakref.WeakKeyDictionary[Context, int] = weakref.WeakKeyDictionary()


# --- the name beside the report's kind and its bare project word (R19-28) -----------------------------------

#: The project's bare word before a title's kind or name: "Hankkeen tilanneraportti 2/2025", "Project status
#: report", "Projektets lägesrapport", "Hankkeen Kotona kuntoon tilanneraportti 2/2025".
_BARE_OWNER_WORD = re.compile(r"^\W*(?:hankkeen|projektin|projektets|(?:the\s+)?project(?:'s)?)\s+(?=\S)", re.I)


def bare_word_kind(text: str) -> bool:
    """A report's kind after the project's bare word ("Hankkeen tilanneraportti 2/2025", "PROJECT STATUS REPORT"):
    the kind's line of a head, whose project word names no project (generictitle.head_block_name)."""
    bare = _BARE_OWNER_WORD.match(text.strip(" *_#"))
    return bare is not None and kind_part(text.strip(" *_#")[bare.end() :])


def kind_named(text: str) -> bool:
    """A head's line that names a project by its word ("Muistio – X -hankkeen ohjausryhmä"); the kind after the bare
    word ("Hankkeen tilanneraportti 2/2025") names none."""
    return PROJECT_WORDS.search(text) is not None and not bare_word_kind(text)


def name_before_kind(text: str) -> str | None:
    """The name between the project's bare word and the report's kind on one title line: "Hankkeen Kotona kuntoon
    tilanneraportti 2/2025", "Projektin Arjen tuki loppuraportti", "Project Home Again status report 2/2025" give
    the capitalised words between. The kind's first word must be a kind's label alone ("tilanneraportti",
    "status"), the name's first capitalised; "Hankkeen tilanneraportti" names nothing."""
    line = text.strip(" *_#")
    bare = _BARE_OWNER_WORD.match(line)
    if bare is None or line.isupper():
        return None
    words = line[bare.end() :].split()
    if not words or not words[0][:1].isupper() or len(words) > 14:
        return None
    for at in range(1, len(words)):
        if kind_part(words[at]) and kind_part(" ".join(words[at:])):
            name = " ".join(words[:at]).strip(" ,:–-")
            return None if len(name) < 3 or _kind_qualifier(words[:at]) else name
    return None


#: A kind's qualifier before it, no name (R20's pins): "Project Annual Report", "Hankkeen Toinen tilanneraportti",
#: "Hankkeen Kevät 2025 tilanneraportti", "Hankkeen Syyskuun tilanneraportti": a period's, an order's or a kind's word.
_QUALIFIER = re.compile(
    r"(?:annual|quarterly|final|interim|mid-?term|monthly|half-year|progress|status|first|second|third|fourth|"
    r"ensimmäinen|toinen|kolmas|neljäs|viides|kuudes|första|andra|tredje|fjärde|kevät|kesä|syksy|talvi|"
    r"kevään|kesän|syksyn|talven|vår|sommar|höst|vinter|spring|summer|autumn|winter|fall|\w+kuun|\d.*)",
    re.I,
)


def _kind_qualifier(words: list[str]) -> bool:
    """The words before a kind qualify it: a qualifier first, a number, a case-ended code ("STM:lle") or a
    participle ("toimitettava") among them."""
    return bool(
        _QUALIFIER.fullmatch(words[0])
        or any(":" in w or w[:1].isdigit() or re.search(r"(?:tava|tävä|ttu|tty)$", w) for w in words)
    )


#: A line's words set in italics with one star or underscore ("*Kotona kuntoon -hanke*", "_Kotona kuntoon_ -hanke"),
#: which the cleaning leaves (it reads "**bold**"): no star of a light's grade ("***"), no list's bullet ("* X").
_ITALIC = re.compile(r"(?<![*\w])([*_])(?=[^\s*_])([^*_\n]{1,200}?)(?<=[^\s*_])\1(?![*\w])")


def unitalic(text: str) -> str:
    """``text`` with its italics' marks taken off (a title line's name set in italics under the kind's heading)."""
    return _ITALIC.sub(r"\2", text) if ("*" in text or "_" in text) else text


#: A plain-text title bar framed by a run of one mark on both sides ("== City of Helsinki | X | Progress report ==",
#: "*** X – loppuraportti ***", "-- X --", box-drawing "═══ X ═══" (R21-25)): the frame is no part of its first and
#: last segments.
_FRAME = re.compile(r"^\s*(?P<mark>[=*~#+\-═━─■▬◆●])(?P=mark)+\s+(?P<text>\S.*?\S)\s+(?P=mark){2,}\s*$")


def unframed(text: str) -> str:
    """``text`` without the frame of a plain-text title bar (test47 or18; tune u2342-u2343)."""
    m = _FRAME.match(text) if len(text) <= 300 else None
    return m.group("text") if m is not None else text


#: A clause whose subject is the report, its period or the project by its common noun ("Raportointijakso päättyi
#: kesäkuussa", "Raportin laati projektipäällikkö", "Hanke eteni suunnitelman mukaisesti", "The project progressed
#: as planned"): it says how the work went, it names nothing (R21-16, R21-26).
_ABOUT_ITSELF = re.compile(
    r"^(?:hanke|hankkeen|hankkeessa|projekti|projektin|projektet|projektets|the\s+project|this\s+project|"
    r"raportti|raportin|raportissa|raportointi\w*|seuranta\w*|rapporten|rapporterings\w*|"
    r"(?:the|this)\s+report(?:ing)?|reporting\s+period|katsaus|katsauksen|jakso|kausi|perioden)\b",
    re.I,
)


def about_itself(text: str) -> bool:
    """A title-shaped clause about the report or the project itself, no name (:data:`_ABOUT_ITSELF`)."""
    return _ABOUT_ITSELF.match(text.strip(" *_#")) is not None


@cues.per_reading
def _markings(scheme: str) -> frozenset[str]:
    """The labels of ``scheme`` (``document-marking``: "Julkinen", "Luonnos", "Konfidentiell"), folded."""
    return frozenset(form.casefold() for concept in registry.scheme(scheme) for form in concept.surface_forms())


def marking(text: str) -> bool:
    """A document's publicity class or state alone ("Julkinen", "LUONNOS"): a head cell, no name."""
    return text.strip(" *_.:").casefold() in _markings("document-marking")


def own_name(name: str) -> str | None:
    """The name after "hankkeemme" when it has a name's shape: no word that is only a finite verb in it ("Liisa
    Laine aloitti …", "Toukokuussa aloitettiin …": a sentence about the project, R22-19)."""
    for word in re.findall(r"[a-zåäö]+", name):
        found = lemmatiser().analyse(word)
        if found and all(
            a.get("CLASS") == "teonsana" and a.get("MOOD") in ("indicative", "conditional") for a in found
        ):
            return None
        if found and all(a.get("SIJAMUOTO") == "ulkoeronto" for a in found):
            return None  # "Kainuun liitolta tuli …": where something came from, a sentence's adverbial
    return name
