"""Recognise a document's kind and cut its lines into headings, fields, lights, tables and text.

Sote documents come from a few web forms (the RRF reporting tool, Innokylä) and
from word-processor plans, exported to text with noise: page headers repeated
on every page, blocks repeated by the exporter, labels misspelt by OCR-like
conversion ("Liikenneval-", "Kustannusajoittelu"). Labels are therefore matched
fuzzily against canonical lists, and every element keeps its line numbers.
"""

from __future__ import annotations

import functools
import logging
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from difflib import SequenceMatcher

from lxml import etree

logger = logging.getLogger(__name__)

# --- canonical labels ---------------------------------------------------------------------

HEADINGS: dict[str, tuple[str, ...]] = {
    "basics": ("Perustiedot",),
    "lights": ("Liikennevalot",),
    "overview": ("Yleistilanne suhteessa hanke-/projektisuunnitelmaan", "Yleistilanne"),
    "achievements": (
        "Keskeiset aikaansaannokset raportointikaudella",
        "Keskeiset aikaansaannokset",
    ),
    "deviations": ("Poikkeamat, ongelmat tai riskit", "Poikkeamat"),
    "next-tasks": ("Keskeiset tehtävät seuraavalla raportointikaudella",),
    "goals": (
        "Tavoitteet",
        "Päämäärä ja päätavoite",
        "Kokonaisuuden tarkoitus ja tavoitteet",
        "Tavoiteltavat tulokset, tuotokset ja vaikutukset",
    ),
    "goal-results": ("Tavoitteiden toteutuminen ja tulokset",),
    "outputs": ("Tuotokset", "Tuotokset ja tulokset", "Tulokset"),
    "benefits": (
        "Hyödyt",
        "Keskeiset hyödyt",
        "Vaikutukset",
        "Vaikutukset ja vaikuttavuus",
        "Lyhyen aikavälin vaikutukset ja vaikuttavuus",
        "Hankkeen lyhyen aikavälin vaikutukset ja vaikuttavuus",
        "Pitkän aikavälin vaikutukset",
    ),
    "dependencies": (
        "Riippuvuudet",
        "Vaikutus muihin alueen hankkeisiin",
        "Muiden hankkeiden vaikutus",
    ),
    "background": (
        "Tausta ja yleiskuvaus",
        "Lähtötilanne ja strategiset liittymäkohdat",
        "Hankkeen tarve ja suhde muuhun kehittämiseen",
    ),
    "costs": ("Kumulatiivinen kokonaisseuranta",),
    "costs-annual": ("Vuositason ja raportointijakson seuranta",),
    "financial-benefits": ("Taloudelliset hyödyt",),
    "risks": ("Riskit ja niihin varautuminen",),
    "actions": ("Toimenpiteet", "Suunniteltuja toimenpiteitä"),
    "indicators": ("Mittarit", "Mittarit ja indikaattorit"),
    "schedule": ("Karkea aikataulu",),
    "resources": ("Resurssit ja kustannusarvio",),
    "cooperation": ("Yhteistyö ja viestintä",),
    "actors": ("Toimijat",),
    "implementation": ("Hankkeen toteutus",),
    "toc": ("Sisällysluettelo",),
}

#: Field labels: key -> (variants, shape) where shape is "one" (next line), "list"
#: (lines up to a blank line) or "text" (paragraphs up to the next label).
FIELDS: dict[str, tuple[tuple[str, ...], str]] = {
    "name": (("Hankkeen / Projektin nimi", "Kokonaisuuden nimi", "Hankkeen nimi"), "one"),
    "status": (("Tila",), "one"),
    "phase": (("Vaihe",), "one"),
    "manager": (("Hanke- tai Projektipäällikkö", "Projektipäällikkö", "Hankepäällikkö"), "one"),
    "period": (("Aloitusaika valmistuspvm", "Toimiaika"), "one"),
    "start": (("Aloituspäivämäärä", "Aloitusaika"), "one"),
    "end": (("Valmistuspäivämäärä", "Valmistuspvm"), "one"),
    "reporting-period": (("Raportointijakso",), "one"),
    "reporting-start": (("Raportointi alkupvm",), "one"),
    "reporting-end": (("Raportointi loppupvm",), "one"),
    "description": (("Lyhyt kuvaus",), "text"),
    "funder": (("Rahoittaja",), "one"),
    "contact-name": (("Yhteyshenkilön nimi", "Yhteyshenkilö"), "one"),
    "contact-org": (("Yhteyshenkilön organisaatio",), "one"),
    "contact-email": (("Yhteyshenkilön sähköpostiosoite", "Sähköpostiosoite"), "one"),
    "contact-phone": (("Yhteyshenkilön puhelinnumero", "Puhelinnumero"), "one"),
    "created": (("Luotu",), "one"),
    "modified": (("Viimeksi muokattu",), "one"),
    "administrator": (("Hallinnoija",), "one"),
    "topics": (("Aihealueet",), "list"),
    "phenomena": (("Ilmiöt",), "list"),
    "attachments": (
        (
            "Liitetiedostot ja linkit",
            "Raportin liitteet ja linkit",
            "Tilanneraportin liitteet",
            "Tilanneraportin linkit",
            "Liitteet",
        ),
        "list",
    ),
}

LIGHTS: dict[str, tuple[str, ...]] = {
    "progress": ("Edistyminen", "Edistymä"),
    "schedule": ("Aikataulu",),
    "costs": ("Kustannukset",),
    "output-quality": ("Tuotosten laatu",),
    "output-scope": ("Tuotosten laajuus",),
    "staff": ("Henkilöstö",),
    "risks": ("Riskit",),
    "benefits": ("Hyödyt",),
}

KINDS = ("final-report", "status-report", "project-plan", "innokyla-page")

# --- elements -----------------------------------------------------------------------------


@dataclass(frozen=True)
class Line:
    no: int
    text: str
    withdrawn: bool = False


@dataclass
class Element:
    """One recognised piece of a document, with the lines it came from."""

    type: str  # heading, field, light, table, part, text
    first: int
    last: int
    text: str
    key: str = ""
    value: str = ""
    withdrawn: bool = False
    rows: list[list[str]] = field(default_factory=list)
    row_lines: list[int] = field(default_factory=list)
    title: str = ""

    @property
    def header(self) -> list[str]:
        return self.rows[0] if self.rows else []


@dataclass
class Segmented:
    kind: str | None  # None: no cue of any known kind (the caller refuses the document)
    elements: list[Element]
    lines: list[Line]
    removed: list[int]  # line numbers dropped as page headers or repeated blocks

    def of_type(self, type_: str) -> Iterable[Element]:
        return (e for e in self.elements if e.type == type_)


# --- fuzzy label matching -----------------------------------------------------------------

_MARKERS = re.compile(r"\[\s*[*?]\s*\]|\^\{\s*\*\s*\}|<[^>]{1,80}>")


def norm_label(text: str) -> str:
    """Lower-case label text without markers, numbering, brackets and end punctuation."""
    text = _MARKERS.sub(" ", text)
    text = re.sub(r"\((?:eur|htp|€)\)", " ", text, flags=re.I)
    text = text.strip().lower()
    text = re.sub(r"^\d+(?:\.\d+)*\.?\s+", "", text)
    # rstrip, not re.sub(r"[\s*?:.]+$"): that regex is quadratic on a long run of these
    # characters which does not end the line (tens of thousands of tabs took seconds).
    while text and (text[-1].isspace() or text[-1] in "*?:."):
        text = text.rstrip().rstrip("*?:.")
    return re.sub(r"\s+", " ", text).strip()


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


def best_label(text: str, table: dict[str, tuple[str, ...]], cutoff: float = 0.84) -> str | None:
    """The key whose variant is most like ``text`` (already normalised), if close enough."""
    best, score = None, cutoff
    for key, variants in table.items():
        for variant in variants:
            s = similar(text, variant.lower())
            if s > score or (s == 1.0 and score < 1.0):
                best, score = key, s
    return best


_FIELD_TABLE = {k: v[0] for k, v in FIELDS.items()}
_LIGHT_PREFIX = "liikennevalo"


_INSTRUCTION = re.compile(r"^(?:Arvioi|Kuvaa|Kerro|Mainitse|Perustele|Listaa|Nimeä)\b[^?]*[.?]?$")


def match_heading(text: str) -> tuple[str, str] | None:
    """(key, rest of line) if the line is a section heading, maybe followed by its question."""
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
    key = best_label(norm_label(head), HEADINGS)
    if key is None:
        return None
    return key, rest


def match_field(label: str) -> str | None:
    return best_label(norm_label(label), _FIELD_TABLE, cutoff=0.86)


def match_light(label: str) -> str | None:
    """The light dimension for a label such as 'Liikenneval- Riskit [*]'."""
    text = norm_label(label)
    words = text.split(" ", 1)
    if len(words) == 2 and similar(re.sub(r"[^a-zäö]", "", words[0]), _LIGHT_PREFIX) >= 0.75:
        text = words[1]
    return best_label(text, LIGHTS, cutoff=0.84)


def light_value(text: str) -> str | None:
    """'on-plan', 'deviation' or a percentage string for a light's value cell."""
    low = text.strip().lower()
    if re.fullmatch(r"\d{1,3}\s?%", low):
        return low.replace(" ", "")
    if "poikkeama" in low or "poikkeaa" in low:
        return "deviation"
    if re.fullmatch(r"[●○•▲⚠\s]*suunniteltu\w*", low) or low.endswith("suunnitellusti"):
        return "on-plan"
    return None


_AMOUNT = r"-?\d{1,3}(?:[ \u00a0\u202f]\d{3})*(?:,\d+)?\s?(?:€|htp)"
_MONEY_ROW = re.compile(rf"^(?P<label>[^\d\t|].*?)\s+(?P<cells>(?:{_AMOUNT}\s*){{2,}})$")
_AMOUNT_RE = re.compile(_AMOUNT)


def table_cells(text: str) -> list[str] | None:
    """Cells of a table row: tab-separated, markdown pipes, or a label followed by amounts."""
    stripped = text.strip()
    if stripped.startswith("|") and stripped.count("|") >= 3:
        cells = [c.strip() for c in stripped.strip("|").split("|")]
        if all(re.fullmatch(r":?-{2,}:?", c) or not c for c in cells):
            return []  # separator row
        return cells
    if "\t" in text:
        cells = [c.strip() for c in text.split("\t")]
        while cells and not cells[-1]:
            cells.pop()
        if len(cells) >= 2:
            return cells
    money = _MONEY_ROW.match(stripped)
    if money:
        return [money.group("label").strip(), *_AMOUNT_RE.findall(money.group("cells"))]
    return None


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
        m = pattern.match(raw)
        if m:
            groups = m.groupdict()
            return level, (groups.get("num") or ""), (groups.get("name") or "").strip(" .:")
    return None


# --- kind ---------------------------------------------------------------------------------

_KIND_CUES: dict[str, tuple[tuple[str, int], ...]] = {
    "final-report": (
        (r"^\s*loppuraportti\s*$", 6),
        (r"mistä investoinnista oli kyse", 3),
        (r"saavutettiin ne", 2),
        (r"^\s*tila\s+lopetus", 1),
        (r"kumulatiivinen kokonais", 1),
        (r"liikennevalo", 1),
        (r"^\s*keskeiset aikaansaannokset", 1),
    ),
    "status-report": (
        (r"^\s*tilanneraportti\s*$", 6),
        (r"^\s*raportointijakso\s+\d", 2),
        (r"^\s*tila\s+käynnissä", 1),
        (r"kumulatiivinen kokonais", 1),
        (r"liikennevalo", 1),
    ),
    "project-plan": (
        (r"hankesuunnitelma\s*$", 6),
        (r"^\s*sisällysluettelo", 2),
        (r"riskit ja niihin varautuminen", 2),
        (r"todennäköisyys", 1),
        (r"kustannusarvio", 1),
        (r"karkea aikataulu", 1),
    ),
    "innokyla-page": (
        (r"^\s*kokonaisuuden nimi\s*$", 6),
        (r"created with sketch", 2),
        (r"^\s*aihealueet\s*$", 2),
        (r"^\s*ilmiöt\s*$", 1),
        (r"^\s*viimeksi muokattu\s*$", 2),
        (r"^\s*lyhyt kuvaus\s*$", 1),
    ),
}


def kind_scores(lines: list[str]) -> dict[str, int]:
    """The score of each document kind: the weights of its cue patterns found (each once)."""
    head = "\n".join(line.lower() for line in lines[:40])
    text = "\n".join(line.lower() for line in lines)
    scores: dict[str, int] = {}
    for kind, cues in _KIND_CUES.items():
        # Title cues count only near the top, where a title page puts them.
        scores[kind] = sum(
            weight for pattern, weight in cues if re.search(pattern, head if weight >= 6 else text, flags=re.M)
        )
    return scores


def detect_kind(lines: list[str]) -> str | None:
    """The document kind with the highest cue score, or None when no cue of any kind is found.

    A final report mentions lights and cumulative costs as a status report does;
    its title, "Tila: Lopetus" or the closing questions decide between them.
    """
    scores = kind_scores(lines)
    kind = max(KINDS, key=lambda k: scores[k])
    return kind if scores[kind] > 0 else None


# --- cleaning -----------------------------------------------------------------------------

_STRUCK = re.compile(r"~~(.*?)~~")


def strip_tags(text: str) -> str:
    """One line's text without HTML markup (tags, comments), as libxml2's HTML parser reads it.

    Text copied from web pages keeps tags of any length (a ``<span style=…>``
    of 300 characters); a pattern with a length limit left those in, one
    without one is slow on hostile input. libxml2's parser is linear and knows
    what a tag is ("a < b" stays text). Leading whitespace, which the parser
    drops, is kept: tabs mark table rows.
    """
    if "<" not in text:
        return text
    body = text.lstrip()
    lead = text[: len(text) - len(body)]
    parser = etree.HTMLParser(
        encoding="utf-8", recover=True, no_network=True, remove_comments=True, remove_pis=True
    )
    try:
        root = etree.fromstring(body.encode("utf-8", "surrogatepass"), parser)
    except (etree.XMLSyntaxError, ValueError):
        return text
    return lead + ("" if root is None else "".join(root.itertext()))


def _clean(lines: list[str]) -> list[Line]:
    """Drop markup remnants, resolve strike-through (also across lines) into a withdrawn flag."""
    out: list[Line] = []
    open_strike = False
    for no, raw in enumerate(lines, start=1):
        text = strip_tags(raw)
        text = text.replace("icon/chevron-down Created with Sketch.", "").replace("\u00a0", " ")
        withdrawn = open_strike
        if "~~" in text:
            withdrawn = True
            if text.count("~~") % 2 == 1:
                open_strike = not open_strike
            text = text.replace("~~", "")
        if re.search(r"\bPOISTETTU\b", text):
            withdrawn = True
            text = re.sub(r"\s*\bPOISTETTU\b\s*", " ", text)
        text = re.sub(r"[ \u202f]+", " ", text).rstrip().lstrip(" ")
        out.append(Line(no, text, withdrawn))
    return out


def _is_label(text: str) -> bool:
    if "\t" in text or text.startswith("|"):
        return True  # table rows repeat legitimately (headers of every cost table)
    return bool(
        match_field(text.split("\t")[0])
        or match_light(text)
        or match_heading(text)
        or light_value(text)
        or re.fullmatch(r"[\d%\s.,€-]*", text)
    )


def _drop_page_headers(lines: list[Line]) -> set[int]:
    """Lines repeated three times or more that are not labels: page headers and footers."""
    counts = Counter(line.text for line in lines if line.text)
    removed: set[int] = set()
    repeated = {t for t, c in counts.items() if c >= 3 and len(t) >= 12 and not _is_label(t)}
    seen: set[str] = set()
    for line in lines:
        if line.text in repeated:
            if line.text in seen:
                removed.add(line.no)
            seen.add(line.text)
    return removed


def _drop_repeated_blocks(lines: list[Line], size: int = 4) -> set[int]:
    """Blocks of ``size`` or more lines repeated within one project part (exporter noise)."""
    removed: set[int] = set()
    scope: list[Line] = []
    scopes: list[list[Line]] = []
    for line in lines:
        if not line.text:
            continue
        first_cell = line.text.split("\t")[0]
        if scope and (match_field(first_cell) == "name" or match_part(line.text)):
            scopes.append(scope)
            scope = []
        scope.append(line)
    scopes.append(scope)
    for part in scopes:
        texts = [norm_label(line.text) for line in part]
        seen: dict[tuple[str, ...], int] = {}
        i = 0
        while i + size <= len(texts):
            window = tuple(texts[i : i + size])
            start = seen.get(window)
            if start is not None and start + size <= i:
                j, k = start, i
                while k < len(texts) and j < i and texts[j] == texts[k]:
                    removed.add(part[k].no)
                    j += 1
                    k += 1
                i = k
                continue
            seen.setdefault(window, i)
            i += 1
    return removed


# --- segmentation -------------------------------------------------------------------------


def segment(lines: list[str]) -> Segmented:
    """Cut ``lines`` (a document's lines, 1-based by position) into elements."""
    kind = detect_kind(lines)
    cleaned = _clean(lines)
    removed = _drop_page_headers(cleaned)
    kept = [line for line in cleaned if line.no not in removed]
    removed |= _drop_repeated_blocks(kept)
    kept = [line for line in cleaned if line.no not in removed]
    elements = _elements(kept)
    return Segmented(kind=kind, elements=elements, lines=cleaned, removed=sorted(removed))


def _next_nonempty(lines: list[Line], i: int) -> int | None:
    j = i + 1
    while j < len(lines) and not lines[j].text:
        j += 1
    return j if j < len(lines) else None


def _elements(lines: list[Line]) -> list[Element]:
    out: list[Element] = []
    i = 0
    n = len(lines)
    table: Element | None = None
    last_heading = ""

    def close_table() -> None:
        nonlocal table
        if table is not None:
            out.append(table)
            table = None

    while i < n:
        line = lines[i]
        text = line.text
        if not text:
            i += 1
            continue
        first_cell = text.split("\t")[0]
        # Labels with their value after a tab or on the following line.
        label_key = match_field(first_cell) if len(first_cell) <= 60 else None
        dim = match_light(first_cell) if len(first_cell) <= 60 else None
        cells = table_cells(text)
        value_inline = text.split("\t", 1)[1].strip() if "\t" in text else None
        if dim and (value_inline is None or light_value(value_inline)):
            value = value_inline
            last = line.no
            j = i
            if value is None:
                nxt = _next_nonempty(lines, i)
                if nxt is not None and light_value(lines[nxt].text):
                    value, last, j = lines[nxt].text, lines[nxt].no, nxt
            if value is not None and light_value(value):
                close_table()
                out.append(
                    Element(
                        "light",
                        line.no,
                        last,
                        f"{first_cell}\t{value}".strip(),
                        key=dim,
                        value=light_value(value) or "",
                    )
                )
                i = j + 1
                continue
        if label_key and not (label_key == "status" and value_inline and len(value_inline) > 40):
            shape = FIELDS[label_key][1]
            if value_inline is not None or "\t" in text:
                close_table()
                out.append(Element("field", line.no, line.no, text, key=label_key, value=value_inline or ""))
                i += 1
                continue
            if _looks_like_label_line(text):
                close_table()
                values: list[Line] = []
                j = i + 1
                blank_seen = False
                while j < n:
                    candidate = lines[j]
                    if not candidate.text:
                        blank_seen = bool(values)
                        if shape == "one" and values:
                            break
                        j += 1
                        continue
                    if _is_structural(candidate.text, parts=shape != "one"):
                        break
                    if shape == "list" and blank_seen:
                        break
                    values.append(candidate)
                    j += 1
                    if shape == "one":
                        break
                last = values[-1].no if values else line.no
                out.append(
                    Element(
                        "field", line.no, last, text, key=label_key, value="\n".join(v.text for v in values)
                    )
                )
                i = j
                continue
        part = match_part(text)
        if part and not (cells and len(cells) > 2):
            close_table()
            level, num, name = part
            if not name and level == "subproject":
                nxt = _next_nonempty(lines, i)
                if nxt is not None and not _is_structural(lines[nxt].text):
                    name = lines[nxt].text.strip(" :")
                    out.append(
                        Element(
                            "part",
                            line.no,
                            lines[nxt].no,
                            text,
                            key=level,
                            value=name,
                            title=num,
                            withdrawn=line.withdrawn,
                        )
                    )
                    i = nxt + 1
                    continue
            out.append(
                Element(
                    "part", line.no, line.no, text, key=level, value=name, title=num, withdrawn=line.withdrawn
                )
            )
            i += 1
            continue
        if cells is not None:
            if cells == []:
                i += 1
                continue
            if table is None:
                table = Element("table", line.no, line.no, text, title=last_heading)
            table.rows.append(cells)
            table.row_lines.append(line.no)
            table.last = line.no
            if table.first != line.no:
                table.text += "\n" + text
            i += 1
            continue
        close_table()
        heading = match_heading(text)
        if heading:
            key, rest = heading
            head_text = text[: len(text) - len(rest)].strip() if rest else text
            out.append(Element("heading", line.no, line.no, head_text, key=key))
            last_heading = head_text
            if rest:
                out.append(Element("text", line.no, line.no, rest, withdrawn=line.withdrawn))
            i += 1
            continue
        value = light_value(text)
        if value and value.endswith("%"):
            nxt = _next_nonempty(lines, i)
            if nxt is not None and match_light(lines[nxt].text.split("\t")[0]):
                out.append(Element("light", line.no, line.no, text, key="progress", value=value))
                i += 1
                continue
        out.append(Element("text", line.no, line.no, text, withdrawn=line.withdrawn))
        i += 1
    close_table()
    return out


def _looks_like_label_line(text: str) -> bool:
    return len(text) <= 60 and not text.endswith(".")


def _is_structural(text: str, *, parts: bool = True) -> bool:
    first = text.split("\t")[0]
    if len(first) <= 60 and (match_field(first) or match_light(first)):
        return True
    return bool(match_heading(text) or (parts and match_part(text)))


__all__ = [
    "FIELDS",
    "HEADINGS",
    "KINDS",
    "LIGHTS",
    "Element",
    "Line",
    "Segmented",
    "best_label",
    "detect_kind",
    "light_value",
    "match_field",
    "match_heading",
    "match_light",
    "match_part",
    "norm_label",
    "segment",
    "table_cells",
]
