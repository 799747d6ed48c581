"""Recognise a line as a label: a section heading, a field, a traffic light, a part, a table row.

The labels are data: the field labels, section headings and light dimensions with
their variants (old and new template names, Swedish forms, misspellings seen in
documents) are the concepts of the SKOS schemes ``document-field``,
``document-section`` (``ontology/vocab/fields.ttl``) and ``light-dimension``
(``status.ttl``), read through :mod:`hankegraafi.ontology.registry`. A new
variant is one ``skos:hiddenLabel`` there. Labels are matched fuzzily against
every label of a concept, and a section concept with a broader concept is read as
that broader section (its role for the fact families).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping
from dataclasses import dataclass
from difflib import SequenceMatcher
from types import MappingProxyType
from typing import Literal

from hankegraafi.ingest.headingforms import qualified_heading
from hankegraafi.ingest.labelindex import FAST_FROM, index_of
from hankegraafi.ingest.namecuts import without_matter, without_money_clause
from hankegraafi.ingest.sumcues import without_money_caption
from hankegraafi.ontology import registry

#: How a field's value is laid out: the next line ("one"), lines up to a blank line
#: ("list") or paragraphs up to the next label ("text"). Fields not named here are "one".
FIELD_SHAPES: dict[str, Literal["one", "list", "text"]] = {
    "description": "text",
    "topics": "list",
    "phenomena": "list",
    "attachments": "list",
}

FIELD_SCHEME = "document-field"
SECTION_SCHEME = "document-section"
PART_SCHEME = "project-part"


@dataclass(frozen=True)
class LabelTables:
    """Key → label variants for fields, section headings and light dimensions, in written order."""

    fields: MappingProxyType[str, tuple[str, ...]]
    headings: MappingProxyType[str, tuple[str, ...]]
    lights: MappingProxyType[str, tuple[str, ...]]
    #: The words of a project's parts ("osahanke", "delprojekt"), lower case: a compound of the
    #: project's word that names a part is no name field (:func:`_compound_name_label`).
    part_words: frozenset[str] = frozenset()


def _variants(scheme: registry.Scheme, *, by_role: bool = False) -> MappingProxyType[str, tuple[str, ...]]:
    """Each concept's labels in every language; with ``by_role`` a narrower concept's go to its broader."""
    table: dict[str, list[str]] = {}
    for concept in scheme:
        key = concept.key
        if by_role and concept.broader is not None:
            key = scheme.key_of(str(concept.broader)) or key
        table.setdefault(key, []).extend(concept.surface_forms())
    return MappingProxyType({k: tuple(dict.fromkeys(v)) for k, v in table.items()})


_tables: tuple[object, LabelTables] | None = None


def tables() -> LabelTables:
    """The label tables of the vocabularies as they are now (rebuilt when the registry is re-read)."""
    global _tables
    current = registry.schemes()
    if _tables is None or _tables[0] is not current:
        for remembered in (_best_in, _match_heading, _match_light, _match_field):
            remembered.cache_clear()
        _tables = (
            current,
            LabelTables(
                fields=_variants(registry.scheme(FIELD_SCHEME)),
                headings=_variants(registry.scheme(SECTION_SCHEME), by_role=True),
                lights=_variants(registry.light_dimensions()),
                part_words=frozenset(
                    label.lower()
                    for concept in registry.scheme(PART_SCHEME)
                    for label in concept.surface_forms()
                ),
            ),
        )
    return _tables[1]


def field_shape(key: str) -> Literal["one", "list", "text"]:
    return FIELD_SHAPES.get(key, "one")


_MD_LINK = re.compile(r"\[([^\]\n]{1,300})\]\((?:https?://|/|#)[^)\s]{0,500}\)")
_MD_EMPHASIS = re.compile(r"(\*\*|__)(?=\S)(.{1,300}?)(?<=\S)\1")
_MD_HEADING = re.compile(r"^#{1,6}\s+")


def plain_markdown(text: str) -> str:
    """A line of Markdown as the text it shows: "**Label**" and "[name](url)" are the label and the name."""
    if "*" not in text and "_" not in text and "[" not in text and "#" not in text:
        return text
    text = _MD_LINK.sub(r"\1", text)
    text = _MD_EMPHASIS.sub(r"\2", text)
    return _MD_HEADING.sub("", text)


_MARKERS = re.compile(r"\[\s*[*?]\s*\]|\^\{\s*\*\s*\}|<[^>]{1,80}>")


def norm_label(text: str) -> str:
    """Lower-case label text without markers, numbering, brackets and end punctuation.

    Remembered for lines up to :data:`_REMEMBERED` characters: the segmenter and the fact
    readers ask about the same lines again and again (75 000 calls for 1 500 texts over the
    bench's 100 documents), and the answer depends on the text alone."""
    if len(text) > _REMEMBERED:
        return _norm_label(text)
    return _norm_label_remembered(text)


#: The longest text whose answers are remembered (a longer one is a paragraph, asked about once).
_REMEMBERED = 400


#: A form's hint after a label: "(pakollinen)", "(free text)", "[kuten päätöksessä]"; "(lyhenne)" is no hint.
_HINT = (
    r"pakollinen|valinnainen|vapaa\s?teksti|valitse(?:\s+(?:listasta|valikosta))?|pudotusvalikko|alasvetovalikko|"
    r"enintään\s+\d+\s+merkkiä|fritext|obligatorisk|valfri(?:tt)?|välj(?:\s+i\s+listan)?|rullgardinsmeny|"
    r"högst\s+\d+\s+tecken|free\s+text|required|mandatory|optional|drop-?down(?:\s+menu|\s+list)?|"
    r"select(?:\s+from\s+(?:the\s+)?list)?|max\.?\s+\d+\s+(?:characters|merkkiä|tecken)"
)
_FORM_HINT = re.compile(
    rf"\s*(?:\((?:{_HINT})(?:\s*[,;]\s*(?:{_HINT}))*\)|(?<=\S)\s*\[(?-i:[a-zåäö])[^\[\]]{{0,79}}\])\s*(?=[:*?.]*\s*$)",
    re.I,
)


def _norm_label(text: str) -> str:
    text = _MARKERS.sub(" ", text)
    if "(" in text or "[" in text:  # a form's hint: "(pakollinen)", "[kuten avustuspäätöksessä]"
        text = _FORM_HINT.sub(" ", text)
    text = re.sub(r"\((?:eur|htp|€)\)", " ", text, flags=re.I)
    text = text.strip().lower()
    text = re.sub(r"^\d+(?:\.\d+)*\.?\s+", "", text)
    # rstrip, not re.sub(r"[\s*?:.]+$"): that regex is quadratic on a long run of these
    # characters which does not end the line (tens of thousands of tabs took seconds).
    while text and (text[-1].isspace() or text[-1] in "*?:."):
        text = text.rstrip().rstrip("*?:.")
    return re.sub(r"\s+", " ", text).strip()


_norm_label_remembered = functools.lru_cache(maxsize=1 << 16)(_norm_label)


@functools.lru_cache(maxsize=1 << 16)
def similar(a: str, b: str) -> float:
    """Similarity of two normalised labels, 0.0 below 0.75 (cached: the same labels recur in every document)."""
    if a == b:
        return 1.0
    # The ratio is at most 2·min/(sum of lengths): decide that before building a matcher.
    if 2 * min(len(a), len(b)) < 0.75 * (len(a) + len(b)):
        return 0.0
    matcher = SequenceMatcher(None, a, b, autojunk=False)
    if matcher.real_quick_ratio() < 0.75 or matcher.quick_ratio() < 0.75:
        return 0.0
    return matcher.ratio()


def best_label(text: str, table: Mapping[str, tuple[str, ...]], cutoff: float = 0.84) -> str | None:
    """The key whose variant is most like ``text`` (already normalised), if close enough.

    The first variant, in the table's order, with the highest :func:`similar` above
    ``cutoff`` wins; an exact variant beats every other. The index (``labelindex.index_of``) gives
    the same answer without comparing the line with every variant.
    """
    if FAST_FROM <= cutoff < 1.0:
        return index_of(table).best(text, cutoff)
    return _best_by_scan(text, table, cutoff)


def _best_by_scan(text: str, table: Mapping[str, tuple[str, ...]], cutoff: float) -> str | None:
    """:func:`best_label` by comparing ``text`` with every variant (the definition; tests compare)."""
    best, score = None, cutoff
    for key, variants in table.items():
        for variant in variants:
            s = similar(text, variant.lower())
            if s > score or (s == 1.0 and score < 1.0):
                best, score = key, s
    return best


_LIGHT_PREFIX = "liikennevalo"


_INSTRUCTION = re.compile(r"^(?:Arvioi|Kuvaa|Kerro|Mainitse|Perustele|Listaa|Nimeä)\b[^?]*[.?]?$")


def match_heading(text: str) -> tuple[str, str] | None:
    """(key, rest of line) if the line is a section heading, maybe followed by its question.

    Remembered per line while the vocabularies are unchanged (:func:`tables` clears it): the
    segmenter asks about every line several times (14 000 calls for 430 lines over the bench's
    100 documents)."""
    tables()
    return _match_heading(text) if len(text) <= _REMEMBERED else _match_heading.__wrapped__(text)


@functools.lru_cache(maxsize=1 << 15)
def _match_heading(text: str) -> tuple[str, str] | None:
    raw = text.strip()
    if not raw:
        return None
    head, rest = raw, ""
    # A heading followed by its form question may run on into the answer on the
    # same line ("Riippuvuudet - Mitkä ovat …? Kansallisten toimijoiden …"), so
    # the length limit applies only to lines without such a question.
    question = re.match(r"^(.{3,80}?)\s+[-–]\s+([^?]{0,300}\?)\s*(.*)$", raw, flags=re.S)
    if not question and len(raw) > 400:
        return None
    if question:
        head, rest = question.group(1), question.group(3)
        if _INSTRUCTION.match(rest):
            rest = ""  # the form's own instruction ("Arvioi myös …"), not the answer
    elif (
        len(raw) > 90
        or (raw.endswith(".") and not re.match(r"^\d", raw))
        or (":" in raw and not raw.rstrip().endswith(":"))
    ):
        return None
    tables()
    key = _heading_key(head)
    if key is None:
        # "3. Tavoitteet ja niiden tila 31.12.2022", "OSA 4 KUSTANNUKSET": the label with the date the section
        # reports on after it, or a form's part number before it; the label alone is looked up exactly.
        bare = _FORM_PART.sub("", _REPORTED_ON.sub("", head)).strip()
        if bare != head.strip() and bare:
            key = _best_in("headings", norm_label(bare), 0.999) or _joined_heading(norm_label(bare))
    if key is None:
        # "Tavoitteet / Mål", "Mål · Tavoitteet": a bilingual page's heading, the label in each language
        halves = re.split(r"\s+[/·|]\s+", head.strip())
        if len(halves) == 2 and all(halves):
            found = {_best_in("headings", norm_label(half), 0.999) for half in halves}
            key = found.pop() if len(found) == 1 else None
    if key is None:
        return None
    return key, rest


def _heading_key(head: str) -> str | None:
    key = _best_in("headings", norm_label(head), 0.84)
    if key is None:
        key = _joined_heading(norm_label(head))
    if key is None:
        key = _aside_heading(head)
    if key is None:
        # "Tavoitteet, tilanne lokakuussa", "4 Kokeilujen tavoitteet" (ingest/headingforms.py)
        key = qualified_heading(head, lambda label: _best_in("headings", norm_label(label), 0.999), _states)
    return key


#: The date or period a section reports on after its label: "31.12.2022", "1.1.–30.6.2024", "2/2024", "Q3/2025",
#: "(tilanne 31.8.2024)", "per 30.9.2023" — a full date or a period, never a year alone ("Kustannukset 2024").
_DATE = r"\d{1,2}\.\d{1,2}\.(?:\d{4})?"
_PERIOD = rf"(?:{_DATE}\s*[–—-]\s*{_DATE}|{_DATE}|(?:Q[1-4]|\d{{1,2}})\s*/\s*\d{{4}})"
_REPORTED_ON = re.compile(
    rf"\s+(?:\(\s*(?:(?:tilanne|tilanteessa|läge|status|per|as\s+of)\s+)?{_PERIOD}\s*\)|(?:(?:per|as\s+of)\s+)?{_PERIOD})\s*$",
    re.I,
)
#: A form's part and its number before the section's label: "OSA 3 TAVOITTEET", "Osio 2: Kustannukset", "Del 3 Mål",
#: "PART 2 GOALS", "Section 4 – Costs".
_FORM_PART = re.compile(r"^\s*(?:osa|osio|del|part|section)\s+\d{1,2}\s*[.:)–—-]?\s+(?=\S)", re.I)


#: "Mitä tavoittelemme – ja missä ollaan", "Talous - mitä on käytetty": a section's label, a dash
#: and an aside of the page's own in lower case (a title after a dash is capitalised: "Tavoite 2 – Yhteistyö").
_ASIDE = re.compile(r"^(?P<label>[^–—:-]{3,50}?)\s+[–—-]\s+(?P<aside>[a-zåäö][^–—:]{0,50})$")


def _aside_heading(text: str) -> str | None:
    """The section a heading names by a label of the vocabulary exactly, an aside after a dash."""
    m = _ASIDE.match(text)
    return _best_in("headings", norm_label(m.group("label")), 0.999) if m is not None else None


#: "Riippuvuudet ja kumppanit", "Beroenden och partner": a section's label joined to a few more words; an aside of
#: its own after the label ("Tavoitteet ja missä nyt ollaan", "Goals and where we stand now") has up to five.
_JOINED = re.compile(r"^(?P<label>\w+(?:\s\w+)?)\s+(?:ja|och|and|sekä)\s+\w+(?:\s\w+){0,4}$")


def _joined_heading(text: str) -> str | None:
    """The section a heading names by a label of the vocabulary exactly, joined by "ja" / "och" to
    a few words of its own ("Riippuvuudet ja kumppanit"); None when the label is not exact."""
    m = _JOINED.match(text)
    if m is None or _states(text):
        return None  # "Tavoitteet ja tulokset on esitetty liitteessä": a sentence, its full stop left off
    return _best_in("headings", m.group("label"), 0.999)


#: A finite verb of a statement, and a question word that opens a clause of a heading's aside ("missä nyt ollaan",
#: "hur långt vi har kommit", "where we stand"): a verb after such a word belongs to the aside.
_VERB = re.compile(r"\b(?:on|ovat|oli|olivat|ei|eivät|är|var|har|hade|is|are|was|were|has|have|had)\b", re.I)
_ASKS = re.compile(
    r"\b(?:missä|miten|mitä|kuinka|mihin|millä|mikä|hur|vad|var|vilka|vart|where|how|what|which)\b", re.I
)


def _states(line: str) -> bool:
    """A line that makes a statement: a finite verb before any question word."""
    verb, asks = _VERB.search(line), _ASKS.search(line)
    return verb is not None and (asks is None or verb.start() < asks.start())


@functools.lru_cache(maxsize=1 << 15)
def _best_in(table: Literal["fields", "headings", "lights"], text: str, cutoff: float) -> str | None:
    """:func:`best_label` over one of :func:`tables`, remembered: a document's segmenter asks
    about the same lines several times and every document of a template has the same labels
    (about 40 % of reading a document went to this loop). Cleared when the tables are rebuilt."""
    return best_label(text, getattr(tables(), table), cutoff)


def match_field(label: str, *, marked: bool = False) -> str | None:
    """The field a label names; ``marked`` when the text is written as a label (a colon or a
    cell before its value follows it), which a word read by its compound's head needs: alone on
    a line, "Tekonurmihanke" or "Kyläneuvola-hanke" is a heading or a title, no field."""
    tables()  # a re-read registry clears the remembered answers first
    if len(label) > _REMEMBERED:
        return _match_field.__wrapped__(label, marked)
    return _match_field(label, marked)


@functools.lru_cache(maxsize=1 << 15)
def _match_field(label: str, marked: bool) -> str | None:
    text = norm_label(label)
    # A word of five letters or fewer is matched as written: one letter makes another word of it
    # ("Aihe", a message's subject, is no "Vaihe", the phase).
    found = _best_in("fields", text, 0.99 if len(text) <= 5 else 0.86)
    if found is None and text.endswith(")") and (bare := _NOTE.sub("", text)) != text:
        found = _best_in("fields", bare, 0.99 if len(bare) <= 5 else 0.86)
    if found is not None and _best_in("headings", text, 0.999) and not _best_in("fields", text, 0.999):
        # "2. Genomförande" is the implementation section's heading, not "Genomförandetid" (the period) misspelt:
        # a line that is exactly a section's label is no field's label it only resembles.
        return None
    return found if found is not None or not marked else _compound_name_label(text)


#: A form's note in brackets after a label, which no field's label holds: a phrase of two words or more
#: ("Hankkeen nimi (sellaisena kuin päätöksessä)", "Project name (as in the decision)", "Projektets namn
#: (enligt beslutet)"), a date's mask ("Hankeaika (pp.kk.vvvv–pp.kk.vvvv)", "(dd.mm.yyyy)") or a unit
#: ("(euroa)"). One word stays: "Hankkeen nimi (lyhenne)" is another field's label.
_NOTE = re.compile(
    r"\s*\((?:[a-zåäö][\w.,-]*(?:\s+[\w.,-]+)+|[pkvdmyå]{1,4}(?:[./–-]+[pkvdmyå]{1,4}){1,7}|euroa?|eur|€)\)$"
)


#: The field whose one-word labels are words for the thing it names ("Hanke", "Projekt").
_NAMED_BY_HEAD = "name"


def _compound_name_label(text: str) -> str | None:
    """The name field for a one-word label the vocabulary lacks whose head is a word for a project.

    Finnish and Swedish compounds put the head last: "Kehittämishanke", "Investointihanke",
    "Pilottihanke", "Utvecklingsprojekt" are each a kind of project, and a field labelled by a
    kind of project holds the project's name, as "Hanke: X" and "Projekt: X" do. Only the name
    field is read so: the head of another field's compound does not say what its value is
    ("Kokonaisrahoitus: 1,2 M€" is a sum, no funder). A compound that is a word for a part
    ("Osahanke", "Delprojekt", the ``project-part`` vocabulary) names a part, not the project.
    """
    if not re.fullmatch(r"[a-zåäöéü-]{8,40}", text) or text in tables().part_words:
        return None
    for head in tables().fields.get(_NAMED_BY_HEAD, ()):
        head = head.lower()
        if " " in head or len(head) < 5 or not text.endswith(head):
            continue
        modifier = text[: -len(head)].rstrip("-")
        if len(modifier) >= 3 and modifier.isalpha():
            return _NAMED_BY_HEAD
    return None


def match_light(label: str) -> str | None:
    """The light dimension for a label such as 'Liikenneval- Riskit [*]' (remembered per label
    while the vocabularies are unchanged: 34 000 calls for 1 000 labels over the bench's 100
    documents)."""
    tables()
    return _match_light(label) if len(label) <= _REMEMBERED else _match_light.__wrapped__(label)


@functools.lru_cache(maxsize=1 << 15)
def _match_light(label: str) -> str | None:
    text = norm_label(label)
    words = text.split(" ", 1)
    if len(words) == 2 and similar(re.sub(r"[^a-zäö]", "", words[0]), _LIGHT_PREFIX) >= 0.75:
        text = words[1]
    tables()
    return _best_in("lights", text, 0.84)


_ON_PLAN = re.compile(
    r"^[●○•✓✔\s]*(?:suunniteltu\w*|suunnitellusti|aikataulussa|budjetissa|ei poikkeam\w*|vihreä|"
    r"enligt plan\w*|grön|green|on plan|on track|ingen avvikelse)\b",
)
_DEVIATION = re.compile(
    r"poikkeama|poikkeaa|poikkeus|myöhässä|viivästy\w*|avvikelse|avviker|deviation|^[●○•▲⚠\s]*(?:keltainen|"
    r"punainen|gul|röd|yellow|red)\b"
)


def light_value(text: str) -> str | None:
    """'on-plan', 'deviation' or a percentage string for a light's value cell.

    The templates write a light as a symbol and words ("● Suunniteltu", "⚠ Poikkeama,
    vaatii seurantaa"), as a colour (vihreä / keltainen / punainen, grön / gul / röd), or
    as a percentage; "Ei poikkeamaa" is on plan.
    """
    low = text.strip().lower()
    if len(low) > 80:
        return None
    if re.fullmatch(r"\d{1,3}(?:,\d+)?\s?(?:%|prosenttia)", low):
        return re.sub(r"\s?prosenttia$", "%", low).replace(" ", "")
    if _ON_PLAN.match(low):
        return "on-plan"
    if _DEVIATION.search(low):
        return "deviation"
    return None


_AMOUNT = r"(?<!\d)-?\d{1,3}(?:[ \u00a0\u202f]\d{3}){0,6}(?:,\d+)?\s?(?:€|htp)"
_AMOUNT_RE = re.compile(_AMOUNT)
#: A label and two sums or more to the line's end ("Henkilöstökulut 120 000 € 80 000 €"), matched on the line reversed
#: in one pass: read left to right, each place a lazy label could end was tried to the end (R2: quadratic).
_AMOUNT_REVERSED = r"(?:€|pth)\s?(?:\d+,)?(?:\d{3}[ \u00a0\u202f]){0,6}\d{1,3}-?(?!\d)"
_MONEY_ROW_REVERSED = re.compile(rf"(?P<cells>(?:\s*{_AMOUNT_REVERSED}){{2,}})\s+(?P<label>.+)")
_LABEL_START = re.compile(r"[^\d\t|]")


def _money_row(stripped: str) -> list[str] | None:
    """A label (no digit, tab or pipe first) and its sums, or None."""
    if not stripped.endswith(("€", "htp")) or not _LABEL_START.match(stripped):
        return None
    if (found := _MONEY_ROW_REVERSED.fullmatch(stripped[::-1])) is None:
        return None
    return [found.group("label")[::-1].strip(), *_AMOUNT_RE.findall(found.group("cells")[::-1])]


#: A table's first cell that is a lettered or numbered item cut before its sentence ends ("b) Omaolon
#: oirearviot on otettu käyttöön"): the line below it goes on the item, a capital or not.
_OPEN_ITEM = re.compile(r"^(?:[a-zåäö]|\d{1,2})[.)]\s.*[^.!?:;]$")


def open_item(cell: str) -> bool:
    """A lettered or numbered item in a table's first cell whose sentence goes on below."""
    return _OPEN_ITEM.match(cell.strip()) is not None


def table_cells(text: str) -> list[str] | None:
    """Cells of a table row: tab-separated, markdown pipes, or a label followed by amounts."""
    stripped = text.strip()
    if stripped.startswith("|") and stripped.count("|") >= 3:
        cells = [c.strip() for c in stripped.strip("|").split("|")]
        if stripped.startswith("||") and not stripped.startswith("|||"):
            cells = ["", *cells]  # "||Osio A|Osio B|": the corner cell left empty
        if all(re.fullmatch(r":?-+:?", c) or not c for c in cells):
            return []  # separator row
        return cells
    if re.fullmatch(r"-{3,}(?:[ \t]+-{3,})+", stripped):
        return []  # the rule under a space-aligned table's header ("-------  ------")
    if "\t" in text:
        cells = [c.strip() for c in text.split("\t")]
        while cells and not cells[-1]:
            cells.pop()
        if len(cells) >= 2:
            return cells
    return _money_row(stripped)


_PART_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "investment",
        re.compile(r"^(?:\d+(?:\.\d+)*\.?\s+)?Investointi\s+(?P<num>\d+(?:\.\d+)?)\.?\s*[:.]?\s*(?P<name>.*)$"),
    ),
    ("investment", re.compile(r"^(?P<name>[A-ZÄÖÅ][\w-]*\s+Pilari\s+\d+,\s*Investointi\s+(?P<num>\d+))$")),
    ("subproject", re.compile(r"^Osa-projekti(?:\s*:\s*|\s+|$)(?P<name>[^:.]{0,120}?):?$")),
    ("subproject", re.compile(r"^(?P<name>[A-ZÄÖ][\w-]+)\s+osa-projekti\s*:?$")),
    ("subproject", re.compile(r"^Aliprojekti\s+(?P<name>.+?):?$")),
    ("subproject", re.compile(r"^Osa-alue\s+(?P<num>\d+)\s*:\s*(?P<name>.+)$")),
    ("subproject", re.compile(r"^Työpaketti\s+(?P<num>\d+)?\s*:?\s*(?P<name>.+)$")),
)


def match_part(text: str) -> tuple[str, str, str] | None:
    """(level, number, name) for a line that starts an investment or a sub-project."""
    raw = text.strip()
    if len(raw) > 160 or "\t" in raw:
        return None
    for level, pattern in _PART_PATTERNS:
        if m := pattern.match(raw):
            groups = m.groupdict()
            name = without_money_caption(
                without_matter(without_money_clause((groups.get("name") or "").strip(" .:")))
            )
            if (
                level == "investment"
                and name[:1].islower()
                and not re.search(r"Investointi\s+[\d.]+\s*[:.]", raw)
            ):
                return None  # "Investointi 1 purki hoitojonoja …": a sentence about the part, no heading
            return level, (groups.get("num") or ""), name
    return None


#: The head of a column of years in a table ("Vuosi", "År", "Year"): a cost sheet kept in long form
#: (``facts/yearrows.py``), whose header is no light for its "Poikkeama" (``lightvalues.cost_header``).
YEAR_HEAD = re.compile(r"vuosi|vuodet|år|åren|year|years", re.I)
