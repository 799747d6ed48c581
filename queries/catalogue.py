"""The query catalogue: named ``*.rq`` files with a typed, documented header.

Each file in this package starts with a block of comment lines that say what
the query is for (titles and descriptions in Finnish and English), which
parameters it takes and of what type, and what its result columns mean::

    # name: dependents-of
    # title@fi: Mistä solmusta riippuvat hankkeet
    # title@en: Projects depending on a node
    # description@fi: …
    # description@en: …
    # param: node iri required en="Resource depended on" fi="Resurssi"
    # param: lang lang optional default="fi" en="Language of labels" fi="Nimien kieli"
    # column: project iri en="Project that relies on it" fi="Hanke"
    # chart: bar x=?projectLabel y=?budget,?actual sum unit=EUR
    # chart@fi: title="…" x="…" y="…" budget="…" actual="…"

A ``chart`` line says the results may also be drawn (``bar``: one bar per
value of ``x``, ``line``: ``y`` over ``x`` as time); see :class:`Chart` for its
fields. The ``chart@fi``, ``chart@sv`` and ``chart@en`` lines after it name the
chart, its axes and its series in each language.

Parameters are SPARQL variables of the same name. :meth:`CatalogueQuery.bind`
checks the raw strings a user sent and turns them into rdflib terms; the store
binds them (engine substitution or an escaped VALUES block), so user input is
never spliced into SPARQL text here. A ``string`` parameter with ``scheme=<name>`` takes the keys of that
vocabulary scheme's concepts; the HTTP routes refuse any other value (``server/catalogue.check_schemes``).
"""

from __future__ import annotations

import datetime as dt
import functools
import logging
import re
import shlex
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from decimal import Context, Decimal, InvalidOperation
from importlib import resources
from typing import TYPE_CHECKING

from rdflib import Literal, URIRef
from rdflib.namespace import XSD
from rdflib.term import Identifier

from hankegraafi import xmlchars
from hankegraafi.queries.params import NameSearch
from hankegraafi.queries.params import resolve as resolve_names

if TYPE_CHECKING:
    from hankegraafi.store import SelectResult, Store

log = logging.getLogger(__name__)

#: Parameter and column types a header may declare.
PARAM_TYPES = ("iri", "string", "integer", "decimal", "date", "lang", "boolean")
#: Languages every title and description must be given in.
REQUIRED_LANGS = ("fi", "en")
#: Languages a ``lang`` parameter may name: the labels are given in these.
LABEL_LANGS = ("fi", "sv", "en")
#: Longest string parameter accepted; a label search needs no more.
MAX_STRING_LENGTH = 1000
#: Kinds of chart a header may ask for, and the languages every chart is named in.
CHART_KINDS = ("bar", "line")
CHART_LANGS = ("fi", "sv", "en")
#: Most series (y columns, or values of the series column) a chart draws.
MAX_SERIES = 6

_NAME = re.compile(r"[a-z][a-z0-9]*(?:-[a-z0-9]+)*")
_VARNAME = re.compile(r"[A-Za-z][A-Za-z0-9_]*")
_HEADER_LINE = re.compile(r"#\s*(?P<key>[a-z]+)(?:@(?P<lang>[a-z]{2,3}))?\s*:\s*(?P<value>.*)")
# An absolute IRI the store can write between <>: http(s) with a host, or a URN.
_IRI_FORBIDDEN = re.compile(r'[\x00-\x20<>"{}|^`\\\ufffe\uffff]')  # U+FFFE/F: no IRI character (RFC 3987)
_HTTP_IRI = re.compile(r"https?://[^/?#@:\[\]]+(?::[0-9]{1,5})?(?:[/?#].*)?", re.IGNORECASE)
_URN = re.compile(r"urn:[a-z0-9][a-z0-9-]{0,31}:.+", re.IGNORECASE)
_INTEGER = re.compile(r"[+-]?[0-9]{1,30}")
_DECIMAL = re.compile(r"[+-]?(?:[0-9]{1,30}(?:\.[0-9]{0,30})?|\.[0-9]{1,30})")
_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
#: The numbers the store's engine holds (Oxigraph: xsd:integer a 64-bit integer, xsd:decimal a 128-bit one
#: scaled by 10^18). A value outside is an ill-typed literal to it: every comparison with it is an error and a
#: FILTER on it passes unsaid (``inYear=99999999999999999999999`` answered every year: R9, stop 45).
INTEGER_RANGE = (-(2**63), 2**63 - 1)
DECIMAL_PLACES = 18
DECIMAL_RANGE = (Decimal(f"{-(2**127)}E-{DECIMAL_PLACES}"), Decimal(f"{2**127 - 1}E-{DECIMAL_PLACES}"))
_LANG = re.compile(r"[a-z]{2,3}(?:-[a-z0-9]{1,8})*", re.IGNORECASE)
_BOOLEAN = {"true": True, "1": True, "false": False, "0": False}
_EXACT = Context(prec=100)  # a decimal of the pattern (30 + 30 digits) is exact in it


Fail = Callable[[str], "CatalogueFileError"]


class CatalogueError(Exception):
    """Something is wrong with the catalogue or with a call to it."""


class CatalogueFileError(CatalogueError):
    """A ``.rq`` file has a header that cannot be read; the message names file and line."""


class UnknownQuery(CatalogueError, LookupError):
    """No catalogue query has this name."""

    def __init__(self, name: str) -> None:
        super().__init__(f"no query named {name!r} in the catalogue")
        self.name = name


class ParameterError(CatalogueError, ValueError):
    """A parameter value was refused; names the query, the parameter and why."""

    def __init__(self, query: str, param: str, reason: str) -> None:
        super().__init__(f"{query}: parameter {param!r}: {reason}")
        self.query = query
        self.param = param
        self.reason = reason


@dataclass(frozen=True)
class Param:
    """A typed query parameter, bound to the SPARQL variable of the same name."""

    name: str
    type: str
    required: bool
    descriptions: dict[str, str] = field(default_factory=dict)
    default: str | None = None
    #: A ``string`` parameter whose values are the keys of one vocabulary scheme's concepts (``scheme=statement-kind``):
    #: the vocabulary, not the header's prose, says which values name something.
    scheme: str | None = None


@dataclass(frozen=True)
class Column:
    """A documented result column (a projected SPARQL variable)."""

    name: str
    type: str
    descriptions: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Chart:
    """How a query's rows are drawn (a ``# chart:`` header line and its ``chart@lang`` labels).

    ``x`` is the category (bar) or time (line) column; each ``y`` column is a
    series of numbers, unless ``series`` names a column whose values split the
    rows into series. ``where`` keeps only rows whose column has one of the
    values (an IRI also matches by its last segment: ``budget`` for
    ``hg:budget``). With ``total`` (the flag ``sum``) rows of equal ``x`` and
    series are added up; without it the last of them is drawn. ``unit`` is ``EUR``, ``%`` or None.
    ``labels`` maps a language to ``title``, ``x``, ``y`` and a name for each
    series (a ``y`` column or a series value's last segment).
    """

    kind: str
    x: str
    y: tuple[str, ...]
    series: str | None = None
    where: tuple[tuple[str, frozenset[str]], ...] = ()
    total: bool = False
    unit: str | None = None
    labels: dict[str, dict[str, str]] = field(default_factory=dict)

    def label(self, key: str, lang: str) -> str | None:
        """The chart's name for ``key`` in ``lang`` (else fi, en, sv), or None if it has none."""
        for code in (lang, "fi", "en", "sv"):
            text = self.labels.get(code, {}).get(key)
            if text:
                return text
        return None


@dataclass(frozen=True)
class CatalogueQuery:
    """One named query of the catalogue with its header and SPARQL text."""

    name: str
    titles: dict[str, str]
    descriptions: dict[str, str]
    params: tuple[Param, ...]
    columns: tuple[Column, ...]
    text: str
    charts: tuple[Chart, ...] = ()

    def param(self, name: str) -> Param:
        for p in self.params:
            if p.name == name:
                return p
        raise ParameterError(self.name, name, "unknown parameter")

    def bind(
        self, params: Mapping[str, str], *, search: NameSearch | None = None
    ) -> tuple[str, dict[str, Identifier]]:
        """Check raw parameter strings and return the query text and its bindings.

        Unknown names, missing required parameters and values that are not of
        the declared type raise :class:`ParameterError`. Optional parameters
        not given take their default, or stay unbound (no filter). An ``iri``
        value may be a CURIE, a county code or a name (:mod:`.params`; names
        need ``search``).
        """
        known = {p.name for p in self.params}
        for name in params:
            if name not in known:
                raise ParameterError(self.name, name, f"unknown parameter (expected one of {sorted(known)})")
        params, refused = resolve_names(
            {p.name: p.type for p in self.params}, params, query_text=self.text, search=search
        )
        for name, reason in refused.items():
            raise ParameterError(self.name, name, reason)
        bindings: dict[str, Identifier] = {}
        for p in self.params:
            raw = params.get(p.name)
            if raw is None:
                raw = p.default
            if raw is None:
                if p.required:
                    raise ParameterError(self.name, p.name, "missing required parameter")
                continue
            if not isinstance(raw, str):
                raise ParameterError(self.name, p.name, f"expected a string, got {type(raw).__name__}")
            bindings[p.name] = convert(self.name, p, raw)
        return self.text, bindings


def iri_characters_fault(value: str) -> str | None:
    """Why ``value`` may not stand between ``<>`` in a query, or None: the one rule of the
    characters of the catalogue's, the explorer's and the graph store's IRI parameters."""
    if _IRI_FORBIDDEN.search(value):
        return 'not an IRI: contains a space, a control character or one of <>"{}|^`\\'
    return None


def iri_parse_fault(value: str) -> str | None:
    """Why the engine's own IRI parser (Oxigraph's, RFC 3987) refuses the absolute IRI ``value``, or
    None. Characters and scheme are not all: ``%`` without two hex digits, ``[`` outside an IPv6
    host, a second ``#`` passed them and failed where the generated query met the value (a 500, or
    a syntax error at a place in a text the client never wrote)."""
    import pyoxigraph

    try:
        pyoxigraph.NamedNode(value)
    except ValueError as exc:
        return f"not an IRI: {exc}"
    return None


def iri_fault(value: str) -> str | None:
    """Why ``value`` is no absolute http(s) or urn IRI that may stand between ``<>``, or None."""
    if (fault := iri_characters_fault(value)) is not None:
        return fault
    if not (_HTTP_IRI.fullmatch(value) or _URN.fullmatch(value)):
        return "not an absolute http(s) or urn IRI"
    return iri_parse_fault(value)


_SCHEME_NAME = re.compile(r"[a-z][a-z0-9-]*")


def convert(query: str, param: Param, raw: str) -> Identifier:
    """One raw string as an rdflib term of the parameter's type, or ParameterError."""

    def refuse(reason: str) -> ParameterError:
        return ParameterError(query, param.name, reason)

    kind = param.type
    if kind == "string":
        if len(raw) > MAX_STRING_LENGTH:
            raise refuse(f"longer than {MAX_STRING_LENGTH} characters")
        if (at := xmlchars.first_forbidden(raw)) is not None:  # NUL, other controls, U+FFFE, U+FFFF
            raise refuse(f"contains {xmlchars.name(raw[at])}, {xmlchars.WHY.removeprefix('is ')}")
        if re.search(r"\\[uU]", raw):
            # Written into the query, a backslash before u is \u escape syntax to some engines and two
            # characters to others; the endpoint's guard refuses such text, so say it of the parameter.
            raise refuse("contains a backslash before u or U, which SPARQL engines read differently")
        return Literal(raw)
    value = raw.strip()
    if kind == "iri":
        fault = iri_fault(value)
        if fault is not None:  # CURIEs and county codes were resolved to IRIs before
            raise refuse(
                fault
                if fault.startswith("not an IRI")
                else f"{fault}, a CURIE (such as hgv:service/omaolo) or a county code (such as 06)"
            )
        return URIRef(value)
    if kind == "integer":
        if not _INTEGER.fullmatch(value):
            raise refuse(f"not an integer: {raw!r}")
        if not INTEGER_RANGE[0] <= int(value) <= INTEGER_RANGE[1]:
            raise refuse(
                f"{value[:40]!r} is outside the integers the store holds "
                f"({INTEGER_RANGE[0]}…{INTEGER_RANGE[1]})"
            )
        return Literal(int(value), datatype=XSD.integer)
    if kind == "decimal":
        if not _DECIMAL.fullmatch(value):
            raise refuse(f"not a decimal number: {raw!r}")
        try:
            number = Decimal(value)
        except InvalidOperation as exc:  # pragma: no cover - the pattern already excludes this
            raise refuse(f"not a decimal number: {raw!r}") from exc
        if number != number.quantize(Decimal(1).scaleb(-DECIMAL_PLACES), context=_EXACT):
            raise refuse(f"{value[:70]!r} has more than {DECIMAL_PLACES} decimals, more than the store holds")
        if not DECIMAL_RANGE[0] <= number <= DECIMAL_RANGE[1]:
            raise refuse(
                f"{value[:70]!r} is outside the decimals the store holds "
                f"({DECIMAL_RANGE[0]}…{DECIMAL_RANGE[1]})"
            )
        return Literal(number, datatype=XSD.decimal)
    if kind == "date":
        if not _DATE.fullmatch(value):
            raise refuse(f"not a date (YYYY-MM-DD): {raw!r}")
        try:
            day = dt.date.fromisoformat(value)
        except ValueError as exc:
            raise refuse(f"not a valid date: {raw!r}") from exc
        return Literal(day, datatype=XSD.date)
    if kind == "lang":
        if not _LANG.fullmatch(value):
            raise refuse(f"not a language tag (e.g. fi, en, sv): {raw!r}")
        if value.lower() not in LABEL_LANGS:
            raise refuse(f"labels are given in {', '.join(LABEL_LANGS)}, not {raw!r}")
        return Literal(value.lower())
    if kind == "boolean":
        if value.lower() not in _BOOLEAN:
            raise refuse(f"not a boolean (true/false): {raw!r}")
        return Literal(_BOOLEAN[value.lower()], datatype=XSD.boolean)
    raise refuse(f"has unknown type {kind!r}")  # pragma: no cover - checked at load


def parse_query_file(file_name: str, source: str) -> CatalogueQuery:
    """Read the header of one ``.rq`` file; the query text is the whole file."""
    meta: dict[str, str] = {}
    titles: dict[str, str] = {}
    descriptions: dict[str, str] = {}
    params: list[Param] = []
    columns: list[Column] = []
    charts: list[Chart] = []

    def fail(lineno: int, message: str) -> CatalogueFileError:
        return CatalogueFileError(f"{file_name}:{lineno}: {message}")

    for lineno, line in enumerate(source.splitlines(), start=1):
        stripped = line.strip()
        if not stripped:
            continue
        if not stripped.startswith("#"):
            break
        match = _HEADER_LINE.fullmatch(stripped)
        if not match:
            if stripped.lstrip("#").strip() == "" or stripped.startswith("##"):
                continue  # blank comment or a free note
            raise fail(lineno, f"cannot read header line {stripped!r}")
        key, lang, value = match["key"], match["lang"], match["value"].strip()
        if key in ("title", "description"):
            if not lang:
                raise fail(lineno, f"{key} needs a language: {key}@fi, {key}@en")
            target = titles if key == "title" else descriptions
            # A long description may continue on repeated lines.
            target[lang] = f"{target[lang]} {value}" if lang in target else value
        elif key == "name":
            meta["name"] = value
        elif key == "param":
            params.append(_parse_param(value, functools.partial(fail, lineno)))
        elif key == "column":
            columns.append(_parse_column(value, functools.partial(fail, lineno)))
        elif key == "chart" and not lang:
            charts.append(_parse_chart(value, functools.partial(fail, lineno)))
        elif key == "chart":
            if not charts:
                raise fail(lineno, f"chart@{lang} before any chart line")
            charts[-1].labels.setdefault(lang, {}).update(_chart_labels(value, functools.partial(fail, lineno)))
        elif key == "note":
            continue
        else:
            raise fail(lineno, f"unknown header key {key!r}")

    name = meta.get("name")
    expected = file_name.removesuffix(".rq")
    if name != expected:
        raise fail(1, f"header name {name!r} does not match the file name {expected!r}")
    if not _NAME.fullmatch(name):
        raise fail(1, f"query name {name!r} is not lower-case words joined by hyphens")
    for what, texts in (("title", titles), ("description", descriptions)):
        missing = [lang for lang in REQUIRED_LANGS if lang not in texts]
        if missing:
            raise fail(1, f"{what} missing in {', '.join(missing)}")
    for kind, names in (("parameter", [p.name for p in params]), ("column", [c.name for c in columns])):
        twice = sorted({n for n in names if names.count(n) > 1})
        if twice:
            raise fail(1, f"{kind} declared twice: {', '.join(twice)}")
    for declared in [*(p.name for p in params), *(c.name for c in columns)]:
        if not re.search(rf"[?$]{re.escape(declared)}\b", source):
            raise fail(1, f"{declared!r} is declared but ?{declared} does not occur in the query")
    if not columns:
        raise fail(1, "no result columns declared")
    for chart in charts:
        _check_chart(chart, {c.name for c in columns}, functools.partial(fail, 1))
    return CatalogueQuery(
        name=name,
        titles=titles,
        descriptions=descriptions,
        params=tuple(params),
        columns=tuple(columns),
        text=source,
        charts=tuple(charts),
    )


def _variable(token: str, what: str, fail: Fail) -> str:
    name = token.removeprefix("?")
    if not _VARNAME.fullmatch(name):
        raise fail(f"chart {what} {token!r} is not a variable (?name)")
    return name


def _parse_chart(value: str, fail: Fail) -> Chart:
    """``bar|line x=?var y=?var[,?var…] [series=?var] [where=?var=v1|v2]… [sum] [unit=EUR|%]``."""
    try:
        tokens = shlex.split(value)
    except ValueError as exc:
        raise fail(f"cannot split {value!r}: {exc}") from exc
    if not tokens or tokens[0] not in CHART_KINDS:
        raise fail(f"chart needs a kind first ({', '.join(CHART_KINDS)}), got {value!r}")
    kind, fields = tokens[0], tokens[1:]
    x: str | None = None
    y: tuple[str, ...] = ()
    series: str | None = None
    where: list[tuple[str, frozenset[str]]] = []
    total = False
    unit: str | None = None
    for token in fields:
        key, eq, rest = token.partition("=")
        if not eq:
            if token != "sum":
                raise fail(f"chart: unknown flag {token!r} (known: sum)")
            total = True
        elif key == "x":
            x = _variable(rest, "x", fail)
        elif key == "y":
            y = tuple(_variable(v, "y", fail) for v in rest.split(","))
        elif key == "series":
            series = _variable(rest, "series", fail)
        elif key == "where":
            var, eq2, values = rest.partition("=")
            if not eq2 or not values:
                raise fail(f"chart: where needs ?column=value[|value…], got {rest!r}")
            where.append((_variable(var, "where", fail), frozenset(values.split("|"))))
        elif key == "unit":
            if rest not in ("EUR", "%"):
                raise fail(f"chart: unit is EUR or %, not {rest!r}")
            unit = rest
        else:
            raise fail(f"chart: unknown field {key!r} (known: x, y, series, where, unit)")
    if x is None or not y:
        raise fail(f"chart needs x=?column and y=?column, got {value!r}")
    if len(y) > MAX_SERIES:
        raise fail(f"chart: at most {MAX_SERIES} y columns")
    if series is not None and len(y) != 1:
        raise fail("chart: with series=?column give one y column")
    return Chart(kind=kind, x=x, y=y, series=series, where=tuple(where), total=total, unit=unit, labels={})


def _chart_labels(value: str, fail: Fail) -> dict[str, str]:
    positional, named = _fields(value, fail)
    if positional:
        raise fail(f'chart labels are key="text" pairs, got {positional}')
    empty = [k for k, v in named.items() if not v.strip()]
    if empty:
        raise fail(f"chart labels empty: {', '.join(empty)}")
    return named


def _check_chart(chart: Chart, columns: set[str], fail: Callable[[str], CatalogueFileError]) -> None:
    used = [chart.x, *chart.y, *([chart.series] if chart.series else []), *(v for v, _ in chart.where)]
    unknown = sorted({v for v in used if v not in columns})
    if unknown:
        raise fail(f"chart uses undeclared column(s): {', '.join(unknown)}")
    needed = ["title", "x", "y", *(chart.y if len(chart.y) > 1 else ())]
    for lang in CHART_LANGS:
        missing = [k for k in needed if k not in chart.labels.get(lang, {})]
        if missing:
            raise fail(f"chart {chart.kind} x={chart.x}: chart@{lang} lacks {', '.join(missing)}")


def _fields(value: str, fail: Fail) -> tuple[list[str], dict[str, str]]:
    try:
        tokens = shlex.split(value)
    except ValueError as exc:
        raise fail(f"cannot split {value!r}: {exc}") from exc
    positional = [t for t in tokens if "=" not in t]
    named = dict(t.split("=", 1) for t in tokens if "=" in t)
    return positional, named


def _parse_param(value: str, fail: Fail) -> Param:
    positional, named = _fields(value, fail)
    if len(positional) != 3:
        raise fail(f"param needs: <name> <type> required|optional, got {value!r}")
    name, kind, need = positional
    if not _VARNAME.fullmatch(name):
        raise fail(f"parameter name {name!r} is not a SPARQL variable name")
    if kind not in PARAM_TYPES:
        raise fail(f"parameter {name!r} has unknown type {kind!r} (known: {PARAM_TYPES})")
    if need not in ("required", "optional"):
        raise fail(f"parameter {name!r}: say 'required' or 'optional', not {need!r}")
    default = named.pop("default", None)
    if default is not None and need == "required":
        raise fail(f"required parameter {name!r} cannot have a default")
    scheme = named.pop("scheme", None)
    if scheme is not None and (kind != "string" or not _SCHEME_NAME.fullmatch(scheme)):
        raise fail(
            f"parameter {name!r}: scheme= names a vocabulary scheme of a string parameter, not {scheme!r}"
        )
    descriptions = _descriptions(named, name, fail)
    param = Param(
        name=name,
        type=kind,
        required=need == "required",
        descriptions=descriptions,
        default=default,
        scheme=scheme,
    )
    if default is not None:
        try:
            convert("header", param, default)
        except ParameterError as exc:
            raise fail(f"default of {name!r} is not valid: {exc.reason}") from exc
    return param


def _parse_column(value: str, fail: Fail) -> Column:
    positional, named = _fields(value, fail)
    if len(positional) != 2:
        raise fail(f"column needs: <name> <type>, got {value!r}")
    name, kind = positional
    if not _VARNAME.fullmatch(name):
        raise fail(f"column name {name!r} is not a SPARQL variable name")
    if kind not in PARAM_TYPES:
        raise fail(f"column {name!r} has unknown type {kind!r} (known: {PARAM_TYPES})")
    return Column(name=name, type=kind, descriptions=_descriptions(named, name, fail))


def _descriptions(named: dict[str, str], name: str, fail: Fail) -> dict[str, str]:
    unknown = [k for k in named if not re.fullmatch(r"[a-z]{2,3}", k)]
    if unknown:
        raise fail(f"{name!r}: unknown field(s) {unknown}")
    missing = [lang for lang in REQUIRED_LANGS if lang not in named]
    if missing:
        raise fail(f"{name!r}: description missing in {', '.join(missing)}")
    return dict(named)


@functools.cache
def load_catalogue() -> dict[str, CatalogueQuery]:
    """Every query shipped in this package, by name (read once, on first use)."""
    catalogue: dict[str, CatalogueQuery] = {}
    package = resources.files("hankegraafi.queries")
    for entry in sorted(package.iterdir(), key=lambda e: e.name):
        if not entry.name.endswith(".rq"):
            continue
        query = parse_query_file(entry.name, entry.read_text(encoding="utf-8"))
        catalogue[query.name] = query
    log.debug("loaded %d catalogue queries", len(catalogue))
    return catalogue


def get(name: str) -> CatalogueQuery:
    """The catalogue query called ``name``; :class:`UnknownQuery` if there is none."""
    try:
        return load_catalogue()[name]
    except KeyError:
        raise UnknownQuery(name) from None


def run(
    store: Store, name: str, params: Mapping[str, str] | None = None, *, search: NameSearch | None = None
) -> SelectResult:
    """Run a catalogue query by name with raw string parameters (names resolved with ``search``)."""
    from hankegraafi.store import SelectResult

    text, bindings = get(name).bind(params or {}, search=search)
    result = store.query(text, bindings=bindings)
    if not isinstance(result, SelectResult):
        raise CatalogueError(f"catalogue query {name!r} did not answer with rows")
    return result
