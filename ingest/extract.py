"""Extract facts from a segmented document: projects and their parts, money, lights, goals.

The rules follow the document kinds (RRF final and status reports, Innokylä
pages, project plans), not particular files: a report's investments start at a
"Hankkeen / Projektin nimi" field or an "Investointi N" heading, a goal is a
numbered item of a Tavoitteet section with its "Toteutunut:" answer, and so on.
Every fact keeps the span of lines it was read from.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal, InvalidOperation

from hankegraafi.ingest.entities import Entry, Gazetteer, Mention, Spans, new_entry
from hankegraafi.ingest.orgnames import analyses, base_word, find_org_names, list_names
from hankegraafi.ingest.readers import Document, IngestError
from hankegraafi.ingest.segment import Element, Segmented, best_label, norm_label, segment

logger = logging.getLogger(__name__)

# --- facts --------------------------------------------------------------------------------


@dataclass(frozen=True)
class Span:
    first: int
    last: int
    quote: str


@dataclass
class Light:
    dimension: str
    value: str | None  # on-plan, deviation (None for the progress percentage)
    percent: Decimal | None
    span: Span


@dataclass
class CostLine:
    raw_label: str
    category: str | None
    parent: int | None  # index of the parent line in the statement
    values: dict[str, Decimal]  # budget, actual, committed, forecast
    span: Span


@dataclass
class CostStatement:
    unit: str  # EUR or person-day
    kind: str  # cumulative, annual, period, estimate (a plan's "Kustannusarvio 76 000 €"), granted
    year: str | None
    lines: list[CostLine]
    span: Span


@dataclass
class Goal:
    description: str
    status: str  # achieved, partly-achieved, not-achieved, moved-later, unknown
    reason: str | None
    span: Span


@dataclass
class Output:
    description: str
    type: str
    quantity: Decimal | None
    unit: str | None
    span: Span


@dataclass
class Benefit:
    description: str
    span: Span


@dataclass
class Indicator:
    description: str
    target: Decimal | None
    unit: str | None
    deadline: str | None
    span: Span


@dataclass
class Risk:
    description: str
    probability: int | None
    impact: int | None
    score: int | None
    mitigation: str | None
    owner: str | None
    span: Span


@dataclass
class Dependency:
    target: Entry
    kind: str
    sentence: str
    span: Span
    surface: str


@dataclass
class Participation:
    organisation: Entry
    role: str
    span: Span
    surface: str


@dataclass
class PersonRole:
    role: str  # project-manager, contact-person
    name: str
    organisation: Entry | None
    span: Span


@dataclass
class Continuation:
    other: Entry  # a project
    direction: str  # successor (this is continued by other) or predecessor
    span: Span


@dataclass
class Developer:
    service: Entry
    organisation: Entry
    span: Span


@dataclass
class Project:
    name: str
    level: str  # project, investment, subproject
    path: tuple[str, ...]  # stable key: names from the top
    span: Span
    parent: Project | None = None
    number: str | None = None
    identifier: str | None = None
    withdrawn: bool = False
    status: str | None = None
    phase: str | None = None
    start: date | int | None = None
    end: date | int | None = None
    reporting_period: tuple[date, date] | None = None
    description: str | None = None
    programme: Entry | None = None
    funder: Entry | None = None
    investment_line: str | None = None
    funder_span: Span | None = None
    reporting_span: Span | None = None
    region: Entry | None = None
    lights: list[Light] = field(default_factory=list)
    costs: list[CostStatement] = field(default_factory=list)
    goals: list[Goal] = field(default_factory=list)
    outputs: list[Output] = field(default_factory=list)
    benefits: list[Benefit] = field(default_factory=list)
    indicators: list[Indicator] = field(default_factory=list)
    risks: list[Risk] = field(default_factory=list)
    dependencies: list[Dependency] = field(default_factory=list)
    participations: list[Participation] = field(default_factory=list)
    persons: list[PersonRole] = field(default_factory=list)
    continuations: list[Continuation] = field(default_factory=list)
    topics: list[str] = field(default_factory=list)
    phenomena: list[str] = field(default_factory=list)
    attachments: list[tuple[str, Span]] = field(default_factory=list)
    links: list[tuple[str, Span]] = field(default_factory=list)


@dataclass
class Extraction:
    kind: str
    title: str | None
    projects: list[Project]
    region: Entry | None = None
    issued: date | None = None
    created: date | None = None
    modified: date | None = None
    title_span: Span | None = None
    developers: list[Developer] = field(default_factory=list)
    person_names: set[str] = field(default_factory=set)
    warnings: list[str] = field(default_factory=list)
    line_count: int = 0
    file_name: str = ""

    def project(self, name: str) -> Project:
        """The project whose name is ``name`` (for tests and scripts)."""
        for project in self.projects:
            if project.name == name:
                return project
        raise KeyError(name)


# --- small parsers ------------------------------------------------------------------------

_DATE = re.compile(r"\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b")
_YEARS = re.compile(r"\b((?:19|20)\d{2})\s*[-–]\s*((?:19|20)\d{2})\b")
_AMOUNT = re.compile(r"(-?\d{1,3}(?:[ \u00a0\u202f]\d{3})*(?:,\d+)?|-?\d+(?:,\d+)?)\s?(€|htp|%)?")


def parse_date(text: str) -> date | None:
    m = _DATE.search(text)
    if not m:
        return None
    try:
        return date(int(m.group(3)), int(m.group(2)), int(m.group(1)))
    except ValueError:
        return None


def parse_period(text: str) -> tuple[date | int | None, date | int | None]:
    """'2.5.2022 - 31.12.2022' → two dates; 'vuosina 2020-2021' → two years."""
    dates = [parse_date(m.group()) for m in _DATE.finditer(text)]
    dates = [d for d in dates if d]
    if len(dates) >= 2:
        return dates[0], dates[1]
    if len(dates) == 1:
        return dates[0], None
    years = _YEARS.search(text)
    if years:
        return int(years.group(1)), int(years.group(2))
    single = re.search(r"\b((?:19|20)\d{2})\b", text)
    return (int(single.group(1)), None) if single else (None, None)


def parse_amount(text: str) -> Decimal | None:
    """'950 000 €' → Decimal('950000'); '1 234,50 €' → Decimal('1234.50')."""
    cleaned = re.sub(r"[€%]|htp|eur(?:oa)?", "", text, flags=re.I).strip()
    cleaned = re.sub(r"[ \u00a0\u202f]", "", cleaned).replace(",", ".")
    if not re.fullmatch(r"-?\d+(?:\.\d+)?", cleaned):
        return None
    try:
        return Decimal(cleaned)
    except InvalidOperation:
        return None


_STATUS = {
    "lopetus": "closing",
    "käynnissä": "ongoing",
    "toteutus": "ongoing",
    "päättynyt": "ended",
    "valmis": "ended",
    "suunnittelu": "planned",
    "suunniteltu": "planned",
    "aloitus": "planned",
    "poistettu": "withdrawn",
}


def lifecycle(value: str) -> str | None:
    key = best_label(norm_label(value), {k: (k,) for k in _STATUS}, cutoff=0.8)
    return _STATUS[key] if key else None


# Cost categories: key -> (labels, parent key)
COST_CATEGORIES: dict[str, tuple[tuple[str, ...], str | None]] = {
    "service-purchases": (("Palvelujen osto", "Palvelujen ostot"), None),
    "expert-services": (("Asiantuntijapalvelut",), "service-purchases"),
    "financial-administration-services": (("Taloushallintopalvelut",), "service-purchases"),
    "communication-services": (("Viestintäpalvelut",), "service-purchases"),
    "other-service-purchases": (("Muut palvelujen ostot",), "service-purchases"),
    "own-staff-costs": (("Omat henkilöstökustannukset",), None),
    "staff-costs": (("Henkilöstökulut",), "own-staff-costs"),
    "volunteer-staff-costs": (("Vapaaehtoiset henkilöstökulut",), "own-staff-costs"),
    "other-costs": (("Muut kustannukset",), None),
    "travel": (("Matkakulut",), "other-costs"),
    "materials": (("Materiaalikulut",), "other-costs"),
    "premises": (("Toimitilakulut",), "other-costs"),
    "software": (("Ohjelmistot",), "other-costs"),
    "phone-and-ict-equipment": (("Puhelin- ja ICT-laitehankinnat",), "other-costs"),
    "investment-costs": (("Investointikulut",), "other-costs"),
    "indirect-costs": (("Välilliset kustannukset",), None),
    "total": (("Yhteensä",), None),
}
_CATEGORY_LABELS = {k: v[0] for k, v in COST_CATEGORIES.items()}


def cost_category(label: str) -> str | None:
    """Category key for a printed label, also when cut short or misspelt."""
    text = norm_label(label)
    if text in ("ei valintaa", "nimi", ""):
        return None
    key = best_label(text, _CATEGORY_LABELS, cutoff=0.8)
    if key:
        return key
    for key, labels in _CATEGORY_LABELS.items():
        for candidate in labels:
            c = candidate.lower()
            if len(text) >= 10 and (c.startswith(text) or c.replace("-", " ").startswith(text)):
                return key
    return None


_COLUMNS = {
    "budget": ("budjetti", "vuosi bud", "bud"),
    "actual": ("toteuma", "vuosi tot", "tot"),
    "committed": ("sidotut",),
    "forecast": ("ennuste",),
    "period-budget": ("jakso suun",),
    "period-actual": ("jakso tot",),
}


def _column(header: str) -> str | None:
    return best_label(norm_label(header), _COLUMNS, cutoff=0.75)


# --- text helpers -------------------------------------------------------------------------

_BULLET = re.compile(r"^\s*(?:-+>|[-•·*–]+|\d{1,2}[.)](?!\d)|[a-h]\))\s*")
_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-ZÄÖÅ0-9\"“-])")


def sentences(text: str) -> list[str]:
    """Sentences of ``text``; a full stop inside brackets does not end one ("(… etäpalvelut. Q4 …)")."""
    out: list[str] = []
    for part in _SENTENCE.split(text):
        part = part.strip()
        if not part:
            continue
        if out and out[-1].count("(") > out[-1].count(")"):
            out[-1] = f"{out[-1]} {part}"
        else:
            out.append(part)
    return out


@dataclass
class Chunk:
    """A paragraph or list item: consecutive text lines within one section."""

    text: str
    first: int
    last: int
    bullet: bool
    numbered: bool

    @property
    def span(self) -> Span:
        return Span(self.first, self.last, self.text)


_NOT = re.compile(
    r"\bei (?:\w+ )?toteutunut\b|\beivät (?:\w+ )?toteutuneet\b|\bei ole (?:\w+ )?toteutettu\b"
    r"|saavuttamatta jäi|jäi saavuttamatta|\bei onnistunut\b|\bei (?:\w+ ){0,3}valmistunut\b"
    r"|jäi tekemättä|jäänyt toteuttamatta|\bei (?:\w+ )?toteutunut\b|\bei toteudu",
    re.I,
)
_PARTLY = re.compile(r"(?<!iden )(?<!ien )(?<!tten )(?<!den )\bkesken\b|\bkeskeneräi|\btoteutumassa\b", re.I)
_MOVED = re.compile(r"\bsiirtyi\b|\bsiirtyy\b|\bsiirrettiin\b", re.I)
_DONE = re.compile(r"\btoteutunut\b|\btoteutuivat\b|\btoteutui\b|\bsaavutettiin\b|\bvalmistui\b", re.I)
_REASON = re.compile(
    r"(?:\b(?:koska|sillä|syynä(?: tähän)?(?: ovat olleet| on ollut| oli)?)\s+(?P<after>[^.;]+))"
    r"|(?P<before>[^.,;:]{3,120}?\s(?:vuoksi|johdosta|johtuen|takia))",
    re.I,
)


_STATED_GOAL = re.compile(r"^(?:[\w-]+\s+){0,3}tavoitteena\s+(?:on|oli|ollut)\b", re.I)


_GOAL_WORD = re.compile(r"\btavoit", re.I)
_COLLECTIVE = re.compile(
    r"\btavoitteet\b[^.?]{0,80}?\b(?:saavutettiin|toteutuivat|on saavutettu|saavutettu)\b", re.I
)


def goal_status(text: str) -> str | None:
    if _NOT.search(text):
        return "not-achieved"
    if _MOVED.search(text):
        return "moved-later"
    if _PARTLY.search(text):
        return "partly-achieved"
    if _DONE.search(text):
        return "achieved"
    return None


def status_reason(text: str) -> str | None:
    m = _REASON.search(text)
    if not m:
        return None
    reason = (m.group("after") or m.group("before") or "").strip(" ,.-")
    reason = re.sub(r"^(?:Toteutunut:\s*)?(?:Ei toteutunut\s*)", "", reason, flags=re.I)
    return reason or None


_QTY_PATTERNS = (
    re.compile(r"(?P<n>\d+)\s?(?P<u>kpl)\b", re.I),
    re.compile(
        r"\b(?:osallistui|osallistujia|osallistujaa)\s+(?:yhteensä\s+)?(?:noin\s+)?(?P<n>\d+)"
        r"(?:\s+(?P<u>[a-zäö]+))?",
        re.I,
    ),
    re.compile(r"\(n\s?=\s?(?P<n>\d+)\)"),
    re.compile(
        r"(?<![\d.,/-])(?P<n>\d{1,5})(?![\d.,%/-])\s+(?P<u>(?:[a-zäö-]+vaa|[a-zäö-]+vää)?\s?[a-zäö-]{3,})", re.I
    ),
)
_TIME_UNITS = re.compile(r"^(?:kuukau|vuo|päiv|viik|tunn|minuu|kerta|prosent|htp|eur|€|henkilötyö)", re.I)
_NOT_UNITS = {"ja", "tai", "sekä", "on", "oli", "ovat", "täytti", "alueen", "eri", "uutta"}
_OUTPUT_TYPES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("training", re.compile(r"koulut|valmennu|perehdy", re.I)),
    ("equipment", re.compile(r"hankit|hankinn|laite|yksikk|kamer|välinee|välineet", re.I)),
    ("survey", re.compile(r"kysely|kartoitu|tietopyyn", re.I)),
    ("plan", re.compile(r"suunnitelm|tiekart|ohjelma", re.I)),
    ("report", re.compile(r"raportt|selvity|analyysi", re.I)),
    ("operating-model", re.compile(r"toimintamall|malli\b|prosessi", re.I)),
    ("event", re.compile(r"työpaja|tilaisuu|seminaar|kampanj|tapahtum", re.I)),
    ("digital-service", re.compile(r"sivust|sovellu|chat|digitaali|sähköi|palvelu", re.I)),
)


def output_type(text: str) -> str:
    for key, pattern in _OUTPUT_TYPES:
        if pattern.search(text):
            return key
    return "other"


def quantities(text: str) -> list[tuple[Decimal, str | None]]:
    """Counted things in an output item: '3 liikkuvaa hoitoyksikköä' → (3, 'hoitoyksikköä')."""
    found: list[tuple[int, Decimal, str | None]] = []
    taken: list[tuple[int, int]] = []
    for pattern in _QTY_PATTERNS:
        for m in pattern.finditer(text):
            if any(m.start() < e and s < m.end() for s, e in taken):
                continue
            number = m.group("n")
            if re.fullmatch(r"(?:19|20)\d{2}", number):
                continue  # a year
            unit = (m.groupdict().get("u") or "").strip() or None
            if unit and (_TIME_UNITS.match(unit) or unit.lower() in _NOT_UNITS):
                unit = None
                if pattern is _QTY_PATTERNS[3]:
                    continue
            if unit:
                unit = unit.split()[-1]
            if pattern.pattern.startswith(r"\(n"):
                unit = "vastaajaa"
            taken.append((m.start(), m.end()))
            found.append((m.start(), Decimal(number), unit))
    return [(q, u) for _, q, u in sorted(found, key=lambda f: f[0])]


_DEADLINE = (
    (re.compile(r"\bQ\s?([1-4])\s?/\s?((?:20)\d{2})"), "Q{0}/{1}"),
    (re.compile(r"\b[Kk]vartaali\s?([1-4])\s?/\s?((?:20)\d{2})"), "Q{0}/{1}"),
    (re.compile(r"vuoden\s+((?:20)\d{2})\s+loppuun"), "{0}"),
)
_PERCENT = re.compile(r"(\d{1,3}(?:,\d+)?)\s?%")

_DEP_KINDS: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "continuation",
        re.compile(
            r"jatkumo|jatkoa\b|(?:jatkuu|jatketaan|jatkokehittämistä toteutetaan)"
            r" .{0,60}hankkee",
            re.I,
        ),
    ),
    (
        "national-guidance",
        re.compile(
            r"linjau|ohjauksessa|ohjausta\b|ohjeistu|painopistei|noudat|kansalli\w* (?:määrittely|ohje)", re.I
        ),
    ),
    (
        "technical",
        re.compile(
            r"tekni|integraatio|järjestelm|alusta|valmistaja|kehittäjä|toimittam|rajapin|tuotekehity", re.I
        ),
    ),
    ("resource", re.compile(r"resurss|henkilöstö|rahoitu|kustannu|hinnoittel", re.I)),
    ("organisational", re.compile(r"päätöksen|hallinno|organisaation sisäi|johtamis|ohjausryhm", re.I)),
    (
        "shared-work",
        re.compile(r"yhteistyö|yhteiskehit|kanssa|yhdessä|päällekkäi|osallistu|kehittämisryhm|koordinoi", re.I),
    ),
)
_DEP_CUE = re.compile(
    r"riippu|yhteistyö|yhteiskehit|kanssa|ohjau|koordinoi|linjau|edellyt|käyttöön|pilotoin|"
    r"kehittämä|osallistu|noudat|hyödyn|laajenta|jatku|kuvattu|kuvat",
    re.I,
)
_DEVELOPER_CUE = re.compile(r"valmistaja|kehittäjä|koordinoima|ylläpitämä|tuottama", re.I)
_CONT_CUE = re.compile(r"\bjatkuu\b|\bjatketaan\b|jatkokehittämistä toteutetaan|\bjatkaa\b|\bjatkoa\b", re.I)
_PROJECT_REF = re.compile(
    r"(?P<name>(?:[A-ZÄÖÅ0-9][\w.:-]*|kasvun|kestävän|sote-keskus|rakenneuudistus|hyvinvointialueen)"
    r"(?:\s+(?:[A-ZÄÖÅ0-9][\w.:-]*|kasvun|kestävän|sote-keskus|rakenneuudistus|[IVX]+)){0,5})"
    r"(?P<sep>\s+-\s?|-\s?|\s+)(?P<hanke>hankkee(?:ssa|seen|sta|n|lle|lla)|hanke|hankkeiden|hankkeisiin)\b"
)
_PROJECT_WORD = re.compile(r"hank|projekt|ohjelm", re.I)
#: Projects read from the lists of one sentence at most (bounds the work on hostile text).
_MAX_LISTED = 40
#: Short forms one document may introduce; beyond this a text is not a report but noise.
_MAX_ALIASES = 200
_ORG_TYPES = ("national-actor", "organisation", "county", "municipality")
_ROLE_CUES = (
    ("administrator", re.compile(r"hallinnoija|hallinnoi\b|hallinnoimassa", re.I)),
    ("co-implementer", re.compile(r"osatoteuttaj", re.I)),
    ("stakeholder", re.compile(r"sidosryhm", re.I)),
    ("funder", re.compile(r"rahoittaja|rahoittama", re.I)),
    # Bounded look-ahead: "[^.]*" here would be quadratic on a long text full of "yhteistyö".
    ("partner", re.compile(r"\byhteistyössä\b|\byhteistyö\w*\b(?=[^.]{0,200}?\bkanssa\b)", re.I)),
    ("service-provider", re.compile(r"ostopalvelu|\blaatima|asiantuntijapalvelu|konsultoi|konsulttina", re.I)),
)
#: Roles whose cue may come anywhere in the text; the others count only in an actors section.
_ANYWHERE_ROLES = ("co-implementer", "stakeholder", "service-provider", "partner")
#: Roles whose cue is often followed by a list of names ("osatoteuttajina toimivat A, B ja C").
_LIST_ROLES = ("co-implementer", "stakeholder")
_INLINE_SECTIONS = ("costs", "costs-annual", "financial-benefits")
_URL = re.compile(r"https?://[^\s<>()]+")
_FILE = re.compile(r"\.(?:pdf|docx?|xlsx?|pptx?|png|jpe?g|txt|zip)$", re.I)


# --- extraction ---------------------------------------------------------------------------


def extract(document: Document, *, gazetteer: Gazetteer | None = None) -> Extraction:
    """All facts of one document; ``gazetteer`` defaults to the vocabularies' names."""
    gaz = gazetteer or Gazetteer.default()
    seg = segment(document.lines)
    if seg.kind is None:
        raise IngestError(
            document.path or document.file_name,
            "unrecognised document: no heading or field of a final report, status report, project plan "
            "or Innokylä page (tunnistamaton dokumentti)",
        )
    return _Extractor(seg, gaz, document).run()


class _Extractor:
    def __init__(self, seg: Segmented, gaz: Gazetteer, document: Document) -> None:
        self.seg = seg
        self.gaz = gaz
        self.doc = document
        self.projects: list[Project] = []
        self.root: Project | None = None
        self.investment: Project | None = None
        self.sub: Project | None = None
        self.sub_headings = 0
        self.section = ""
        self.result = Extraction(
            kind=seg.kind,
            title=None,
            projects=self.projects,
            line_count=len(document.lines),
            file_name=document.file_name,
        )
        self.region_votes: dict[str, float] = {}
        self.resume_section = ""
        self.fallback: Project | None = None
        self.after_table = False
        self.entries: dict[str, Entry] = {}
        self.mention_cache: dict[str, list[Mention]] = {}
        self.known_cache: dict[str, list[Mention]] = {}
        self.alias_entries: dict[str, Entry] = {}
        self.aliases: Gazetteer | None = None
        # Words the document uses in their bare form: the base forms of unknown names.
        self.bare_words = frozenset(
            w.lower() for line in document.lines for w in re.findall(r"\b[A-ZÄÖÅ]\w+\b", line)
        )
        self.area: Project | None = None  # the current "Osa-alue", which holds "Aliprojekti" parts

    # --- project structure ----------------------------------------------------------------

    @property
    def current(self) -> Project:
        project = self.sub or self.investment or self.root
        if project is None:
            project = self._new_project("project", self.doc.file_name.rsplit(".", 1)[0], Span(1, 1, ""))
            self.root = self.fallback = project
        return project

    @property
    def unit(self) -> Project:
        """The reporting unit (investment, else the whole project) that owns lights and costs."""
        return self.investment or self.root or self.current

    def _new_project(
        self, level: str, name: str, span: Span, parent: Project | None = None, number: str | None = None
    ) -> Project:
        path = (*(parent.path if parent else ()), name)
        if level == "investment" and re.search(r"\bPilari\s+\d+,\s*Investointi\b", name):
            path = (name,)  # "Satakunnan Pilari 4, Investointi 1" names itself
        for existing in self.projects:
            if existing.path == path:
                return existing
        project = Project(name=name, level=level, path=path, span=span, parent=parent, number=number)
        self.projects.append(project)
        return project

    def _start_investment(self, name: str, number: str, span: Span, withdrawn: bool) -> None:
        if self.investment is not None and number and _same_investment(self.investment, number):
            return  # "Investointi 4.1." inside Investointi 1 describes the same investment
        label = name
        if not re.search(r"Investointi", name):
            label = f"Investointi {number}: {name}" if name else f"Investointi {number}"
        self.area = None
        self.investment = self._new_project("investment", label, span, self.root, number)
        self.investment.withdrawn = withdrawn
        if withdrawn:
            self.investment.status = "withdrawn"
        pillar = re.search(r"Pilari\s+(\d+),\s*Investointi\s+(\d+)", label)
        if pillar:
            self.investment.investment_line = f"{pillar.group(1)}-{pillar.group(2)}"
            self.investment.number = pillar.group(2)
        elif number and "." in number:
            self.investment.investment_line = number.replace(".", "-")
        self.sub = None

    def _start_sub(self, name: str, span: Span, withdrawn: bool) -> None:
        parent = self.investment or self.root or self.current
        # "Aliprojekti X" inside "Osa-alue 1: Y" is a part of that area, not of the whole.
        nested = span.quote.startswith("Aliprojekti")
        if nested and self.area is not None:
            parent = self.area
        self.sub = self._new_project("subproject", name, span, parent)
        if span.quote.startswith("Osa-alue"):
            self.area = self.sub
        elif not nested:
            self.area = None
        self.sub.withdrawn = withdrawn or self.sub.withdrawn
        self.sub_headings = 0

    # --- main loop ------------------------------------------------------------------------

    def run(self) -> Extraction:
        elements = self.seg.elements
        self._title_block(elements)
        chunks: list[Chunk] = []
        for element in elements:
            if element.type != "text" and chunks:
                self._handle_chunks(chunks)
                chunks = []
            if element.type == "text":
                if self.section in _INLINE_SECTIONS and self.after_table:
                    self.section = self.resume_section
                self._add_text(chunks, element)
            elif element.type == "field":
                self._field(element)
            elif element.type == "part":
                span = Span(element.first, element.last, element.text)
                if element.key == "investment":
                    self._start_investment(element.value, element.title, span, element.withdrawn)
                else:
                    self._start_sub(element.value, span, element.withdrawn)
                self.section = ""
            elif element.type == "heading":
                if self.sub is not None:
                    self.sub_headings += 1
                    if element.key == "background" and self.sub_headings > 1:
                        self.sub = None  # a new unnamed part of the investment begins
                if element.key in _INLINE_SECTIONS and self.section not in _INLINE_SECTIONS:
                    self.resume_section = self.section
                self.section = element.key
            elif element.type == "light":
                self._light(element)
            elif element.type == "table":
                self._table(element)
            self.after_table = element.type == "table" or (
                self.after_table and element.type == "heading" and element.key in _INLINE_SECTIONS
            )
        if chunks:
            self._handle_chunks(chunks)
        self._finish()
        return self.result

    def _title_block(self, elements: list[Element]) -> None:
        """Programme, project name, county and date from the lines before the first label."""
        block: list[Element] = []
        for element in elements:
            if element.type != "text":
                break
            block.append(element)
        if self.seg.kind == "innokyla-page":
            block = []
        title_lines = [e for e in block if len(e.text) <= 100 and not e.text.endswith(".")]
        for element in title_lines[:12]:
            text = element.text.strip()
            code = re.match(r"^(?P<id>RRP[\d.]+)\s*[-–]\s*(?P<name>.+)$", text)
            if code:
                span = Span(element.first, element.last, text)
                self._vote_region(code.group("name"), 5)
                self._start_investment(code.group("name"), "", span, False)
                self.investment.identifier = code.group("id")  # type: ignore[union-attr]
                self.result.title = self.result.title or text
                self.result.title_span = self.result.title_span or span
                continue
            mentions = self.gaz.find(text)
            whole = mentions[0] if len(mentions) == 1 and len(mentions[0].surface) >= len(text) - 2 else None
            if parse_date(text) and len(text) <= 12:
                self.result.issued = self.result.issued or parse_date(text)
            elif whole is not None and whole.entry.type == "programme":
                self.pending_programme = whole.entry
            elif whole is not None and whole.entry.type in ("county", "organisation", "national-actor"):
                self._vote_region(text, 5)
            elif re.search(
                r"loppuraportti|tilanneraportti|hankesuunnitelma|NextGeneration|rahoittama|"
                r"sisällysluettelo",
                text,
                re.I,
            ):
                continue
            elif self.root is None and self.investment is None and re.search(r"[A-Za-zÄÖ]{3}", text):
                span = Span(element.first, element.last, text)
                self.root = self._new_project("project", text, span)
                self.result.title = text
                self.result.title_span = span
                self._vote_region(text, 5)
                programme = getattr(self, "pending_programme", None)
                if programme is not None:
                    self.root.programme = programme

    # --- fields ---------------------------------------------------------------------------

    def _field(self, element: Element) -> None:
        key, value = element.key, element.value.strip()
        span = Span(
            element.first,
            element.last,
            element.text if not element.value else f"{element.text.split(chr(9))[0]}\t{element.value}".strip(),
        )
        if key == "name":
            if not value:
                return
            self._vote_region(value, 5)
            if re.search(r"\bInvestointi\s+\d", value) or (
                self.root is not None and self.seg.kind != "innokyla-page"
            ):
                number = re.search(r"Investointi\s+(\d+(?:\.\d+)?)", value)
                self._start_investment(value, number.group(1) if number else "", span, False)
            elif self.root is not None and self.root is self.fallback:
                self.root.name, self.root.path, self.root.span = value, (value,), span
                self.fallback = None
                self.result.title = self.result.title or value
                self.result.title_span = self.result.title_span or span
            else:
                self.root = self._new_project("project", value, span)
                self.investment = None
                self.sub = None
                self.result.title = self.result.title or value
                self.result.title_span = self.result.title_span or span
            return
        target = self.unit
        if key == "status" and value:
            target.status = lifecycle(value) or target.status
        elif key == "phase" and value:
            target.phase = lifecycle(value)
        elif key in ("period",) and value:
            target.start, target.end = parse_period(value)
        elif key == "start" and value:
            target.start = parse_date(value) or target.start
        elif key == "end" and value:
            target.end = parse_date(value) or target.end
        elif key == "reporting-period" and value:
            start, end = parse_period(value)
            if isinstance(start, date) and isinstance(end, date):
                target.reporting_period = (start, end)
                target.reporting_span = span
        elif key == "description" and value:
            target.description = re.sub(r"\s*\n\s*", " ", value)
            self._programme_from(value, target)
        elif key == "funder" and value:
            entry = self._org_from_value(value)
            target.funder = entry
            target.funder_span = span
            target.participations.append(Participation(entry, "funder", span, value))
        elif key == "manager" and value:
            self._person("project-manager", value, None, span)
        elif key == "contact-name" and value:
            name = value.split(",")[0].strip()
            self._person("contact-person", name, None, span)
        elif key == "contact-org" and value:
            entry = self._org_from_value(value)
            for person in target.persons:
                if person.role == "contact-person" and person.organisation is None:
                    person.organisation = entry
            target.participations.append(Participation(entry, "contact-organisation", span, value))
        elif key == "administrator" and value:
            entry = self._org_from_value(value)
            target.participations.append(Participation(entry, "administrator", span, value))
        elif key == "created":
            self.result.created = parse_date(value)
        elif key == "modified":
            self.result.modified = parse_date(value)
        elif key == "topics":
            target.topics.extend(v for v in value.split("\n") if v.strip())
        elif key == "phenomena":
            target.phenomena.extend(
                v for v in value.split("\n") if v.strip() and not v.lower().startswith("ei liity")
            )
        elif key == "attachments":
            for offset, item in enumerate(value.split("\n")):
                item = item.strip()
                item_span = Span(
                    element.last - len(value.split("\n")) + 1 + offset,
                    element.last - len(value.split("\n")) + 1 + offset,
                    item,
                )
                if _URL.search(item):
                    target.links.append((_URL.search(item).group(), item_span))  # type: ignore[union-attr]
                elif _FILE.search(item):
                    target.attachments.append((item, item_span))
        # contact e-mail and phone are read and dropped on purpose: never published

    def _person(self, role: str, name: str, org: Entry | None, span: Span) -> None:
        if not name or "@" in name:
            return
        self.result.person_names.add(name)
        # Both orders of a name ("Niemi Mari", "Mari Niemi") are scrubbed from quotes.
        parts = name.split()
        if len(parts) == 2:
            self.result.person_names.add(f"{parts[1]} {parts[0]}")
        self.unit.persons.append(PersonRole(role, name, org, span))

    # --- lights and tables ----------------------------------------------------------------

    def _light(self, element: Element) -> None:
        span = Span(element.first, element.last, element.text)
        percent = None
        value: str | None = element.value
        if element.value.endswith("%"):
            percent = parse_amount(element.value)
            value = None
        target = self.unit
        target.lights = [light for light in target.lights if light.dimension != element.key]
        target.lights.append(Light(element.key, value, percent, span))

    def _table(self, element: Element) -> None:
        header = [norm_label(c) for c in element.header]
        if self.section == "toc":
            return
        if any("riski" in h for h in header[:1]) or any("todennäköisyys" in h for h in header):
            self._risks(element)
            return
        columns = [_column(h) for h in element.header]
        if (
            not any(columns[1:])
            or self.section == "financial-benefits"
            or "taloudelliset" in norm_label(element.header[0])
        ):
            return
        self._costs(element, columns)

    def _costs(self, element: Element, columns: list[str | None]) -> None:
        title = norm_label(element.title)
        unit = (
            "person-day"
            if "htp" in element.title.lower() or any("htp" in c for row in element.rows[1:] for c in row[1:])
            else "EUR"
        )
        kind = (
            "annual"
            if "vuosi" in title or "vuositason" in title or any(c and c.startswith("period") for c in columns)
            else "cumulative"
        )
        year = None
        for line_no in range(element.first - 1, max(element.first - 4, 0), -1):
            text = self.doc.lines[line_no - 1].strip()
            if re.fullmatch(r"(?:19|20)\d{2}", text):
                year = text
                break
        groups: dict[str, dict[str, str]] = {"main": {}, "period": {}}
        for index, col in enumerate(columns):
            if col is None or index == 0:
                continue
            if col.startswith("period-"):
                groups["period"][str(index)] = col.removeprefix("period-")
            else:
                groups["main"][str(index)] = col
        span = Span(element.first, element.last, element.text)
        for group, mapping in groups.items():
            if not mapping:
                continue
            statement = CostStatement(unit, "period" if group == "period" else kind, year, [], span)
            top: int | None = None
            for row, line_no in zip(element.rows[1:], element.row_lines[1:], strict=False):
                if not row or not row[0]:
                    continue
                category = cost_category(row[0])
                values = {}
                for index_text, name in mapping.items():
                    index = int(index_text)
                    if index < len(row):
                        amount = parse_amount(row[index])
                        if amount is not None:
                            values[name] = amount
                if not values:
                    continue
                parent_key = COST_CATEGORIES[category][1] if category else None
                parent = None
                if parent_key is not None or category is None:
                    parent = top
                if category and parent_key is None and category != "total":
                    top = len(statement.lines)
                statement.lines.append(
                    CostLine(row[0], category, parent, values, Span(line_no, line_no, "\t".join(row)))
                )
            if statement.lines:
                self.unit.costs.append(statement)

    def _risks(self, element: Element) -> None:
        names = {
            "description": ("riskin kuvaus", "riski"),
            "probability": ("todennäköisyys",),
            "impact": ("vaikutus",),
            "score": ("riskipisteet",),
            "mitigation": ("toimenpiteet riskin vähentämiseksi", "toimenpiteet"),
            "owner": ("vastuutaho", "vastuuhenkilö"),
        }
        columns: dict[str, int] = {}
        for index, cell in enumerate(element.header):
            text = norm_label(re.sub(r"\(.*?\)", "", cell))
            for key, variants in names.items():
                if key not in columns and any(text.startswith(v) for v in variants):
                    columns[key] = index
                    break
        target = self.root or self.unit
        for row, line_no in zip(element.rows[1:], element.row_lines[1:], strict=False):

            def cell(key: str, row: list[str] = row) -> str | None:
                index = columns.get(key)
                return (
                    row[index].strip()
                    if index is not None and index < len(row) and row[index].strip()
                    else None
                )

            def number(key: str) -> int | None:
                value = cell(key)
                return int(value) if value and value.isdigit() else None

            description = cell("description")
            if not description:
                continue
            target.risks.append(
                Risk(
                    description,
                    number("probability"),
                    number("impact"),
                    number("score"),
                    cell("mitigation"),
                    cell("owner"),
                    Span(line_no, line_no, " | ".join(row)),
                )
            )

    # --- running text ---------------------------------------------------------------------

    def _add_text(self, chunks: list[Chunk], element: Element) -> None:
        text = element.text
        if element.withdrawn:
            return
        bullet = bool(_BULLET.match(text)) and not re.match(r"^\d+\.\d", text)
        numbered = bool(re.match(r"^\s*\d{1,2}[.)]\s", text))
        if (
            chunks
            and not bullet
            and element.first == chunks[-1].last + 1
            and not text.startswith(("Toteutunut",))
        ):
            last = chunks[-1]
            last.text = f"{last.text} {text.strip()}"
            last.last = element.last
            return
        if (
            chunks
            and not bullet
            and text.startswith(("-", "o ")) is False
            and element.first == chunks[-1].last
            and element.first == element.last
        ):
            chunks[-1].text += " " + text
            return
        chunks.append(Chunk(text.strip(), element.first, element.last, bullet, numbered))

    def _handle_chunks(self, chunks: list[Chunk]) -> None:
        section = self.section
        project = self.current
        if section in ("goals", "goal-results"):
            self._goals(chunks, project)
        elif section in ("outputs", "achievements"):
            for chunk in chunks:
                self._outputs(chunk, project)
        elif section == "benefits":
            for chunk in chunks:
                if len(chunk.text) > 25 and not chunk.text.endswith(":"):
                    first = sentences(_BULLET.sub("", chunk.text))[0]
                    project.benefits.append(Benefit(first[:400], chunk.span))
        if section in (
            "deviations",
            "overview",
            "outputs",
            "achievements",
            "next-tasks",
            "benefits",
            "background",
            "indicators",
            "schedule",
            "",
        ):
            for chunk in chunks:
                for sentence in sentences(chunk.text):
                    status = goal_status(sentence)
                    if status in ("not-achieved", "moved-later", "partly-achieved") and section not in (
                        "benefits",
                        "background",
                    ):
                        project.goals.append(
                            Goal(_BULLET.sub("", sentence), status, status_reason(sentence), chunk.span)
                        )
        if section == "actors":
            for chunk in chunks:
                self._participations(chunk, project, default="partner")
        for chunk in chunks:
            self._estimate(chunk, project, itemised=section == "resources")
        for chunk in chunks:
            for url in _URL.findall(chunk.text):
                project.links.append((url.rstrip(">.,"), chunk.span))
            for sentence in sentences(chunk.text):
                self._indicator(sentence, chunk, project)
                self._dependencies(sentence, chunk, project, section == "dependencies")
                self._continuation(sentence, chunk, project)
                if section != "actors" and any(
                    pattern.search(sentence) for role, pattern in _ROLE_CUES if role in _ANYWHERE_ROLES
                ):
                    self._participations(
                        Chunk(sentence, chunk.first, chunk.last, False, False), project, default=None
                    )
                self._vote_region(sentence, 1)

    def _estimate(self, chunk: Chunk, project: Project, itemised: bool) -> None:
        """A plan's cost estimate ("Kustannusarvio 76 000€.") as an estimate statement of the unit.

        The total comes from a sentence that names the estimate; in a resources section
        ("Resurssit ja kustannusarvio") lines such as "Henkilöstökulut 40 000 €" are its items.
        """
        span = Span(chunk.first, chunk.last, chunk.text)
        self._granted(chunk, project, span)
        items: list[CostLine] = []
        totals: list[CostLine] = []
        parts: list[str] = []
        for sentence in sentences(chunk.text):
            m = _ESTIMATE.search(sentence)
            # A list item and the total may share a line once the lines are joined.
            parts += [sentence[: m.start()].strip(), sentence[m.start() :]] if m and m.start() else [sentence]
        for sentence in filter(None, parts):
            m = _ESTIMATE.search(sentence)
            if m and (amount := parse_amount(m.group("amount"))) is not None:
                totals.append(CostLine(m.group("cue"), "total", None, {"budget": amount}, span))
                continue
            item = _ESTIMATE_ITEM.match(_BULLET.sub("", sentence)) if itemised else None
            if item and (category := cost_category(item.group("label"))) not in (None, "total"):
                amount = parse_amount(item.group("amount"))
                if amount is not None:
                    items.append(CostLine(item.group("label"), category, None, {"budget": amount}, span))
        if not items and not totals:
            return
        unit = project if project.level != "subproject" else self.unit
        statement = next((c for c in unit.costs if c.kind == "estimate"), None)
        if statement is None:
            statement = CostStatement("EUR", "estimate", None, [], span)
            unit.costs.append(statement)
        has_total = any(line.category == "total" for line in statement.lines)
        # Items first, the total last, as a cost table lists them; one total per estimate.
        statement.lines[len(statement.lines) - has_total : len(statement.lines) - has_total] = items
        if totals and not has_total:
            statement.lines.append(totals[0])

    def _granted(self, chunk: Chunk, project: Project, span: Span) -> None:
        """A granted amount ("Myönnetty avustus 420 000 €") as a statement of kind granted.

        It is money a funder decided, not an estimate or a cost: kept apart so that no
        sum adds it to budgets or actual costs.
        """
        unit = project if project.level != "subproject" else self.unit
        if any(c.kind == "granted" for c in unit.costs):
            return
        for sentence in sentences(chunk.text):
            m = _GRANTED.search(sentence)
            if m and (amount := parse_amount(m.group("amount"))) is not None:
                line = CostLine(m.group("cue"), "total", None, {"budget": amount}, span)
                unit.costs.append(CostStatement("EUR", "granted", None, [line], span))
                return

    def _goals(self, chunks: list[Chunk], project: Project) -> None:
        current: list[Chunk] = []
        groups: list[list[Chunk]] = []
        for chunk in chunks:
            answer = chunk.text.startswith("Toteutunut")
            joins = answer or (current and current[0].numbered and not chunk.bullet)
            if chunk.numbered or (chunk.bullet and not answer) or not current or not joins:
                if current:
                    groups.append(current)
                current = [chunk]
            else:
                current.append(chunk)
        if current:
            groups.append(current)
        listed: list[Goal] = []  # goals of the lists above, which a summary sentence may judge
        lead_in: str | None = None  # "Tavoitteista on toteutunut tai toteutumassa:" judges the list below
        for group in groups:
            head = group[0]
            if not (head.numbered or head.bullet):
                last = sentences(group[-1].text)[-1] if group[-1].text.strip() else ""
                lead_in = goal_status(last) if last.rstrip().endswith(":") and _GOAL_WORD.search(last) else None
                # Running text: statements of unmet goals, and goals stated as such
                # ("Tavoitteena on, että …", "Hankkeen tavoitteena oli …"), become goals.
                for chunk in group:
                    for sentence in sentences(chunk.text):
                        status = goal_status(sentence)
                        if _COLLECTIVE.search(sentence) and not sentence.rstrip().endswith("?"):
                            # "Hankesuunnitelmassa esitetyt tavoitteet saavutettiin pääosin hyvin."
                            # judges every listed goal the text has not judged one by one.
                            for goal in listed:
                                if goal.status == "unknown" and status is not None:
                                    goal.status = status
                            listed = []
                            continue
                        if sentence.rstrip().endswith(":"):
                            continue  # a lead-in that judges the list below, not a goal of its own
                        if status in ("not-achieved", "moved-later", "partly-achieved"):
                            project.goals.append(Goal(sentence, status, status_reason(sentence), chunk.span))
                        elif _STATED_GOAL.match(sentence):
                            project.goals.append(Goal(sentence[:500], status or "unknown", None, chunk.span))
                continue
            description = _BULLET.sub("", head.text).strip().rstrip(":").strip()
            answer_text = " ".join(c.text for c in group[1:])
            inline = re.search(r"Toteutunut\s*:\s*(.*)$", head.text)
            if inline:
                description = _BULLET.sub("", head.text[: inline.start()]).strip().rstrip(":")
                answer_text = inline.group(1) + " " + answer_text
            answer = re.sub(r"^Toteutunut\s*:\s*", "", answer_text.strip())
            status = goal_status(answer) if answer else None
            if status is None and answer_text.strip().startswith("Toteutunut"):
                status = "achieved"
            if status is None:
                status = goal_status(description) if _NOT.search(description) else (lead_in or "unknown")
            span = Span(head.first, group[-1].last, " ".join(c.text for c in group))
            reason = status_reason(answer) if status != "achieved" and answer else None
            goal = Goal(description[:500], status, reason, span)
            project.goals.append(goal)
            listed.append(goal)

    def _outputs(self, chunk: Chunk, project: Project) -> None:
        text = _BULLET.sub("", chunk.text).strip()
        if len(text) < 8 or text.endswith(":") or text in ("0",):
            return
        found = quantities(text)
        if not found:
            if chunk.bullet:
                project.outputs.append(Output(text[:500], output_type(text), None, None, chunk.span))
            return
        for quantity, unit in found:
            project.outputs.append(Output(text[:500], output_type(text), quantity, unit, chunk.span))

    def _indicator(self, sentence: str, chunk: Chunk, project: Project) -> None:
        if not re.search(r"indikaattori|mennessä|tavoite on|tavoitteena on, että", sentence, re.I):
            return
        deadline = None
        for pattern, template in _DEADLINE:
            m = pattern.search(sentence)
            if m:
                deadline = template.format(*m.groups())
                break
        percent = _PERCENT.search(sentence)
        target: Decimal | None = None
        unit: str | None = None
        if percent:
            target, unit = Decimal(percent.group(1).replace(",", ".")), "%"
        else:
            for quantity, qunit in quantities(sentence):
                if qunit and qunit.lower().startswith(("indikaattor", "investoin", "tavoit")):
                    continue  # "investoinnin 2 indikaattoriin": a number that names, not a target
                target, unit = quantity, qunit
                break
        if target is None or (deadline is None and not re.search(r"indikaattori", sentence, re.I)):
            return
        project.indicators.append(Indicator(_BULLET.sub("", sentence), target, unit, deadline, chunk.span))

    # --- entities ---------------------------------------------------------------------------

    def _mentions(self, sentence: str) -> list[Mention]:
        """Known names (gazetteer) and organisation names recognised by their form, not overlapping.

        A longer mention wins over a shorter one it overlaps ("Kaustisen seutukunta" over the
        municipality "Kaustisen"); at equal length the vocabulary wins.
        """
        cached = self.mention_cache.get(sentence)
        if cached is not None:
            return cached
        known_mentions = self._known(sentence)
        candidates: list[tuple[int, int, Mention]] = [(0, 0, m) for m in known_mentions]
        for org in find_org_names(sentence, self.bare_words):
            known = self.gaz.lookup(org.name) or (self.gaz.lookup(org.acronym) if org.acronym else None)
            inner = [
                m.entry
                for m in known_mentions
                if org.start <= m.start
                and m.end <= org.end
                and m.entry.type in ("organisation", "national-actor")
            ]
            if known is None and len(inner) == 1:
                known = inner[0]  # "sosiaalialan osaamiskeskus SONet BOTNIA" is the known SONet BOTNIA
            if known is not None and known.type in _ORG_TYPES:
                entry = known
            elif org.acronym and org.acronym in self.alias_entries:
                entry = self.alias_entries[org.acronym]  # the same short form: the same organisation
            else:
                entry = self._unlinked(org.name, "organisation", org.surface.split(" (")[0])
                if org.acronym:
                    self._alias(entry, org.acronym)
            # A genitive sharing the rest of a name is that name, not the place it names alone.
            candidates.append((-1 if org.shared else 1, 0, Mention(entry, org.start, org.end, org.surface)))
        if self.aliases is not None:
            candidates += [(2, 0, m) for m in self.aliases.find(sentence)]
        candidates.sort(key=lambda c: (-(c[2].end - c[2].start), c[0], c[2].start))
        spans = Spans()
        taken = [mention for _, _, mention in candidates if spans.add(mention.start, mention.end)]
        taken.sort(key=lambda m: m.start)
        for mention in taken:
            if not mention.entry.linked and mention.surface not in mention.entry.surfaces:
                mention.entry.surfaces.append(mention.surface)
        self.mention_cache[sentence] = taken
        return taken

    def _known(self, text: str) -> list[Mention]:
        """The gazetteer's mentions in ``text``, computed once per text (several passes ask)."""
        found = self.known_cache.get(text)
        if found is None:
            found = self.known_cache[text] = self.gaz.find(text)
        return found

    def _alias(self, entry: Entry, short: str) -> None:
        """A short form the text introduces in brackets ("… kuntayhtymä (Soite)") names ``entry`` later."""
        if short in entry.labels or len(self.alias_entries) >= _MAX_ALIASES:
            return
        # A small gazetteer of the document's own new names with their short forms: it
        # finds "Soiten" or "VSHP:n" later in the text and gives the same entry.
        if self.aliases is None:
            self.aliases = Gazetteer([])
        new = [short] if any(e is entry for e in self.alias_entries.values()) else [*entry.labels, short]
        entry.labels.add(short)
        self.alias_entries[short] = entry
        self.aliases.add(entry, new)
        self.mention_cache.clear()

    def _first_org(self, text: str) -> Entry | None:
        for mention in self._mentions(text):
            if mention.entry.type in ("national-actor", "organisation", "county", "municipality"):
                return mention.entry
        return None

    def _org_from_value(self, value: str) -> Entry:
        """The organisation a field names: known, recognised by form, or new ("Name (ACR)" split)."""
        entry = self._first_org(value)
        if entry is not None:
            return entry
        m = re.fullmatch(r"\s*(.+?)\s*\(\s*([^()]{1,20}?)\s*\)\s*", value)
        name, short = (m.group(1), m.group(2)) if m else (value.strip(), None)
        if short and short in self.alias_entries:
            return self.alias_entries[short]
        entry = self._unlinked(name, "organisation", value.strip())
        if short:
            self._alias(entry, short)
        return entry

    def _unlinked(self, name: str, type_: str, surface: str | None = None) -> Entry:
        key = f"{type_}:{name.lower()}"
        if key not in self.entries:
            self.entries[key] = new_entry(name, type_)
        entry = self.entries[key]
        if surface and surface not in entry.surfaces:
            entry.surfaces.append(surface)
        return entry

    def _project_refs(self, sentence: str) -> list[tuple[str, int, int, str]]:
        """(name, start, end, case) for '<Name> -hankkeessa' style references to projects."""
        text = re.sub(r"(\w)-\s?(hank)", r"\1 -\2", sentence)
        text = re.sub(r"(\w)- (hank)", r"\1 -\2", text)
        out = []
        for m in _PROJECT_REF.finditer(text):
            words = m.group("name").split()
            # Drop a sentence-initial common word and lowercase lead words.
            while words and (words[0][:1].islower() and words[0] not in ("sote-keskus",)):
                words.pop(0)
            if not words:
                continue
            name = " ".join(words)
            if "-" not in m.group("sep") and m.group("hanke").startswith("hank"):
                if len(words) == 1 and words[0].endswith("n") and not re.search(r"\d", name):
                    continue  # "Satakulttuurin hankkeessa": a genitive, not a name we can restore
                name = f"{name} hanke" if not re.search(r"hanke$", name) else name
            else:
                name = _project_base(name)  # "Satakulttuurin -hankkeessa" names Satakulttuuri
            if len(name) < 3 or name.lower() in ("hanke", "tämä hanke"):
                continue
            out.append((name, m.start(), m.end(), m.group("hanke")))
        return out

    def _dependencies(self, sentence: str, chunk: Chunk, project: Project, in_section: bool) -> None:
        mentions = [m for m in self._mentions(sentence) if m.entry.type not in ("municipality", "region")]
        if _ROLE_CUES[1][1].search(sentence):  # co-implementers are partners, not dependencies
            mentions = [m for m in mentions if m.entry.type not in ("organisation", "county")]
        listed = self._project_list_refs(sentence) if in_section or _SHARED_CUE.search(sentence) else []
        if listed:
            # A name inside a listed project's name is part of it ("Soite 2.0 sote-keskus-"),
            # unless it is the whole name (a programme the vocabulary knows).
            whole = [m for m in mentions if any(_covers(m, s, e) for _, s, e in listed)]
            mentions = [
                m for m in mentions if not any(s <= m.end and m.start <= e for _, s, e in listed)
            ] + whole
            listed = [(n, s, e) for n, s, e in listed if not any(_covers(m, s, e) for m in whole)]
            self._listed_projects(listed, sentence, chunk, project, mentions)
        # Outside a dependency section, "yhteistyössä X-hankkeen kanssa" still names a project
        # the work depends on; other project names there are only mentioned.
        with_projects = in_section or bool(_WORKS_WITH.search(sentence))
        if not in_section:
            mentions = [m for m in mentions if m.entry.type in ("service", "national-actor", "programme")]
            if not with_projects and (not mentions or not _DEP_CUE.search(sentence)):
                self._developers(sentence, chunk)
                return
        kind = next((k for k, pattern in _DEP_KINDS if pattern.search(sentence)), "functional")
        own = self.result.region
        seen = {(d.target.iri, d.target.label, d.kind) for d in project.dependencies}
        for mention in mentions:
            entry = mention.entry
            if entry.type == "county" and (own is None or entry.iri == own.iri or self._is_own_county(entry)):
                continue
            if entry.type == "programme" and entry is project.programme:
                continue
            key = (entry.iri, entry.label, kind)
            if key in seen or (not in_section and any(d.target is entry for d in project.dependencies)):
                continue
            seen.add(key)
            project.dependencies.append(Dependency(entry, kind, sentence, chunk.span, mention.surface))
        if with_projects:
            covered = [(m.start, m.end) for m in mentions]
            for name, start, end, _case in self._project_refs(sentence):
                if any(s < end and start < e for s, e in covered):
                    continue
                if name in project.path or _CONT_CUE.search(sentence):
                    continue
                if any(name in other for other, _, _ in listed):
                    continue  # the tail of a listed name ("… Pohjois-Suomessa-hankkeiden")
                entry = self.gaz.lookup(name) or self._unlinked(name, "project")
                key = (entry.iri, entry.label, kind)
                if key in seen or entry.type == "county":
                    continue
                seen.add(key)
                project.dependencies.append(Dependency(entry, kind, sentence, chunk.span, name))
        self._developers(sentence, chunk)

    def _listed_projects(
        self, listed: list[tuple[str, int, int]], sentence: str, chunk: Chunk, project: Project, mentions: list
    ) -> None:
        """Projects named in a list ("A-, B- ja C-hankkeiden kanssa") are shared-work dependencies."""
        kind = next((k for k, pattern in _DEP_KINDS if pattern.search(sentence)), "shared-work")
        for name, _start, _end in listed:
            if name in project.path or (project.parent and name in project.parent.path):
                continue
            entry = self.gaz.lookup(name)
            if entry is None or entry.type not in ("programme", "project"):
                entry = self._unlinked(name, "project")
            if any(d.target is entry for d in project.dependencies):
                continue
            project.dependencies.append(Dependency(entry, kind, sentence, chunk.span, name))

    def _project_list_refs(self, sentence: str) -> list[tuple[str, int, int]]:
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
                    out.append((_project_base(name), start, end))
        return out[:_MAX_LISTED]

    def _is_own_county(self, entry: Entry) -> bool:
        votes = sorted(self.region_votes.items(), key=lambda kv: -kv[1])
        return bool(votes) and votes[0][0] == str(entry.iri)

    def _developers(self, sentence: str, chunk: Chunk) -> None:
        cue = _DEVELOPER_CUE.search(sentence)
        if not cue:
            return
        mentions = self._mentions(sentence)
        orgs = [m for m in mentions if m.entry.type in ("national-actor", "organisation")]
        services = [m for m in mentions if m.entry.type == "service"]
        for org in orgs:
            for service in services:
                # "DigiFinland on Omaolo-palvelun valmistaja", "DigiFinlandin koordinoimaan X:ään"
                between = org.end <= cue.start() <= service.start or (
                    org.end <= service.start and service.end <= cue.start() <= service.end + 40
                )
                if between and not any(
                    d.service is service.entry and d.organisation is org.entry for d in self.result.developers
                ):
                    self.result.developers.append(Developer(service.entry, org.entry, chunk.span))

    def _continuation(self, sentence: str, chunk: Chunk, project: Project) -> None:
        if not _CONT_CUE.search(sentence):
            return
        for name, _start, _end, case in self._project_refs(sentence):
            if name in project.path or (project.parent and name in project.parent.path):
                continue
            predecessor = (
                bool(re.search(r"jatkoa\b|aloitettu|jatkaa\b", sentence, re.I)) and case != "hankkeessa"
            ) or bool(re.search(r"jatkoa\b", sentence, re.I))
            if re.search(r"jatkaa\b.*aloitettu", sentence, re.I):
                predecessor = True
            entry = self.gaz.lookup(name)
            if entry is None or entry.type != "programme":
                entry = self._unlinked(name, "project")
            else:
                continue
            direction = "predecessor" if predecessor else "successor"
            target = self.unit if project.level == "subproject" else project
            if any(c.other is entry for c in target.continuations):
                continue
            target.continuations.append(Continuation(entry, direction, chunk.span))

    def _participations(self, chunk: Chunk, project: Project, default: str | None) -> None:
        for sentence in sentences(chunk.text):
            cue = next(((r, p.search(sentence)) for r, p in _ROLE_CUES if p.search(sentence)), None)
            role = cue[0] if cue else default
            if role is None or (default is None and role not in _ANYWHERE_ROLES):
                continue
            all_mentions = self._mentions(sentence)
            mentions = [
                m
                for m in all_mentions
                if m.entry.type in _ORG_TYPES and not _modifier(m, sentence) and not _names_project(m, sentence)
            ]
            if cue is not None and role in _LIST_ROLES:
                # Names in the list after the cue that neither the vocabulary nor the form
                # of the name recognised ("Eura, Huittinen, Porin petu ja Posa") are new nodes.
                covered = [(m.start, m.end) for m in all_mentions]
                for name, start, end in list_names(sentence, cue[1].end()):  # type: ignore[union-attr]
                    if any(s < end and start < e for s, e in covered) or _PROJECT_WORD.search(name):
                        continue
                    entry = self._unlinked(name, "organisation", sentence[start:end])
                    mentions.append(Mention(entry, start, end, sentence[start:end]))
            if role == "administrator":
                m = re.search(r"hallinnoija on ([^.,(]+)", sentence)
                if m:
                    mentions = [x for x in mentions if x.start >= m.start(1)]
                if m and not mentions:
                    entry = self._unlinked(m.group(1).strip(), "organisation")
                    project.participations.append(Participation(entry, role, chunk.span, m.group(1)))
            for mention in mentions:
                if any(p.organisation is mention.entry and p.role == role for p in project.participations):
                    continue
                if role == "partner" and mention.entry.type == "municipality":
                    continue
                if role == "partner" and default is None and mention.entry.type == "county":
                    continue  # "yhteistyössä hyvinvointialueen kanssa" outside an actors section
                project.participations.append(Participation(mention.entry, role, chunk.span, mention.surface))

    def _programme_from(self, text: str, project: Project) -> None:
        for mention in self.gaz.find(text):
            if mention.entry.type == "programme" and "ohjelm" in mention.surface.lower():
                project.programme = project.programme or mention.entry
                return

    def _vote_region(self, text: str, weight: float) -> None:
        for mention in self._known(text):
            entry = mention.entry
            county = entry.iri if entry.type == "county" else (entry.county if entry.type == "region" else None)
            if county is not None:
                self.region_votes[str(county)] = self.region_votes.get(str(county), 0) + weight
                self.entries.setdefault(f"county:{county}", self.gaz.by_iri.get(str(county)) or entry)

    # --- finishing --------------------------------------------------------------------------

    def _finish(self) -> None:
        if not self.projects:
            self.current  # noqa: B018 - creates the fallback project
        if self.fallback is not None:
            self.result.warnings.append(f"{self.doc.file_name}: no project name found; named by file")
        if self.region_votes:
            best = max(self.region_votes.items(), key=lambda kv: kv[1])[0]
            self.result.region = self.gaz.by_iri.get(best) or self.entries.get(f"county:{best}")
        else:
            self.result.warnings.append(f"{self.doc.file_name}: no wellbeing services county recognised")
        own = self.result.region
        # The organisations that run the project are not what it depends on.
        running = {
            id(p.organisation)
            for project in self.projects
            for p in project.participations
            if p.role in ("administrator", "contact-organisation")
        }
        for project in self.projects:
            project.dependencies = [
                d
                for d in project.dependencies
                if id(d.target) not in running or d.target.type not in _ORG_TYPES
            ]
        for project in self.projects:
            project.region = own
            if own is not None:
                project.dependencies = [
                    d
                    for d in project.dependencies
                    if not (d.target.type == "county" and d.target.iri == own.iri)
                ]
            if project.programme is None and project.level == "project":
                self._programme_from(project.name, project)
                if project.programme is None:
                    for mention in self.gaz.find(project.name):
                        if mention.entry.type == "programme":
                            project.programme = mention.entry
                            break
        for project in self.projects:
            if project.parent is not None and project.parent.withdrawn:
                project.withdrawn = True
        logger.info("%s: %s, %d projects", self.doc.file_name, self.seg.kind, len(self.projects))


_PROJECT_AFTER = re.compile(r"(?:\s+[\w.:]+(?:-[\w.:]+)*){0,4}?\s*[-–]?\s?hank", re.I)


_PLURAL_HANKE = re.compile(
    r"(?:(?<=\w)-|\s[-–]\s?)hankke(?:et|iden|isiin|issa|ista|illa|ille|ita|ihin)\b", re.I
)
_HYPHEN_SEP = re.compile(r"(?<=\w)-\s*(?:,\s*(?:ja\s+|sekä\s+)?|\s+(?:ja|sekä)\s+)")
_EXAMPLE_LIST = re.compile(
    r"hank(?:e|kee|kei)\w*(?:\s+kanssa)?\s*(?:,\s*(?:esimerkiksi|kuten|mm\.|muun muassa)|\()\s*", re.I
)
_AMOUNT = r"(?P<amount>\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:,\d+)?|\d+(?:,\d+)?)\s*(?:€|euroa\b|eur\b)"
_ESTIMATE = re.compile(
    r"(?P<cue>kustannusarvio|kokonaiskustannusarvio|arvioidut kokonaiskustannukset|kokonaisbudjetti)\w*"
    r"[^.€\d]{0,40}?(?:on\s+|n\.\s*|noin\s+|yhteensä\s+)*" + _AMOUNT,
    re.I,
)
_GRANTED = re.compile(
    r"(?P<cue>myönnet\w*\s+(?:valtion)?(?:avustu|rahoitu)\w*|rahoituspäätö\w*)"
    r"[^.€\d]{0,40}?(?:on\s+|n\.\s*|noin\s+|yhteensä\s+)*" + _AMOUNT,
    re.I,
)
_ESTIMATE_ITEM = re.compile(
    r"(?P<label>[A-ZÄÖÅ][\w -]{3,60}?)\s*[:\t]?\s+(?:n\.\s*|noin\s+)?" + _AMOUNT + r"\.?$"
)
_WORKS_WITH = re.compile(
    r"yhteistyö\w*\b(?=[^.]{0,300}?\bkanssa\b)|\bkanssa\b(?=[^.]{0,300}?\byhteistyö)", re.I
)
_SHARED_CUE = re.compile(r"yhteistyö|\bkanssa\b|yhdessä|linkitty|riippu", re.I)


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
    return _project_base(sentence[first:last]), first, last


def _project_base(name: str) -> str:
    """A project name in its base form: a one-word name in the genitive (by Voikko, or a word
    it does not know ending in vowel + n) takes its base form ("Satakulttuurin -hankkeessa" →
    "Satakulttuuri"); longer names are names as written."""
    name = name.strip(" -–,")
    if " " in name or not re.fullmatch(r"[A-ZÄÖÅ][\w-]+[aeiouyäö]n", name):
        return name
    found = analyses(name)
    if not found or all(case == "omanto" for _, _, case in found):
        return base_word(name)
    return name


def _names_project(mention: Mention, sentence: str) -> bool:
    """An organisation's name that begins a project's name ("Soite 2.0 sote-keskus -hankkeen")."""
    return _PROJECT_AFTER.match(sentence, mention.end) is not None


def _modifier(mention: Mention, sentence: str) -> bool:
    """A county's bare genitive before another name ("Keski-Pohjanmaan LAPE -työryhmä") names that other thing."""
    if mention.entry.type != "county" or "hyvinvointialue" in mention.surface.lower():
        return False
    return bool(re.match(r"\s+[A-ZÄÖÅ]", sentence[mention.end :]))


def _same_investment(investment: Project, number: str) -> bool:
    """'4.1' or '1' names the investment numbered 1 (of pillar 4)."""
    own = investment.number or ""
    if not own:
        m = re.search(r"Investointi\s+(\d+)", investment.name)
        own = m.group(1) if m else ""
    return number == own or number.endswith("." + own) or own.endswith("." + number)


__all__ = [
    "COST_CATEGORIES",
    "Benefit",
    "Continuation",
    "CostLine",
    "CostStatement",
    "Dependency",
    "Developer",
    "Extraction",
    "Goal",
    "Indicator",
    "Light",
    "Output",
    "Participation",
    "PersonRole",
    "Project",
    "Risk",
    "Span",
    "cost_category",
    "extract",
    "goal_status",
    "parse_amount",
    "parse_date",
    "parse_period",
    "quantities",
]
