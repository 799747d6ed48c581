"""The facts one document yields: projects and their parts with money, lights, goals and links.

Every fact keeps the span of lines it was read from; mapping.py turns them into RDF.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from hankegraafi.ingest.entities import Entry


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


#: The model's name of a ``statement-kind`` concept where the two differ (the vocabulary's
#: ``reporting-period`` is the model's ``period``, the name the corpus gold and the
#: measurement use); read by the money family and written back by the mapping.
MODEL_STATEMENT_KIND = {"reporting-period": "period"}
VOCAB_STATEMENT_KIND = {model: key for key, model in MODEL_STATEMENT_KIND.items()}


@dataclass
class CostStatement:
    unit: str  # EUR or person-day
    kind: str  # cumulative, annual, period, estimate (a plan's "Kustannusarvio 76 000 €"), granted
    year: str | None
    lines: list[CostLine]
    span: Span
    #: The document's words that decided ``kind`` ("kumulatiivinen", "raportointijakso"); None when assumed.
    cue: str | None = None


@dataclass
class Goal:
    description: str
    status: str  # achieved, partly-achieved, not-achieved, moved-later, unknown
    reason: str | None
    span: Span
    restated: list[Span] = field(default_factory=list)  # where the document states it again


@dataclass
class Output:
    description: str
    type: str
    quantity: Decimal | None
    unit: str | None
    span: Span
    restated: list[Span] = field(default_factory=list)  # where the document states it again


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
    #: False when the funder is a default (a programme's granting authority), not named by the document.
    funder_named: bool = True
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
    #: Municipalities the text names, each with the first line naming it (facts/places.py).
    municipalities: list[tuple[Entry, Span]] = field(default_factory=list)
    #: For an Innokylä tab saved as a page: the name of the toimintamalli it is a tab of.
    tab_of: str | None = None
    #: What the extraction stated by default rather than read ("default-funder:STM (…)"), for the coverage.
    notes: list[str] = field(default_factory=list)
    line_count: int = 0
    file_name: str = ""

    def project(self, name: str) -> Project:
        """The project whose name is ``name`` (for tests and scripts)."""
        for project in self.projects:
            if project.name == name:
                return project
        raise KeyError(name)
