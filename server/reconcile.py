"""``/reconcile``: a Reconciliation Service (W3C Entity Reconciliation Community Group, API 0.2).

Spreadsheet users (OpenRefine and others) send the names in a column and get our IRIs back:
``GET /reconcile`` answers the service manifest; ``GET`` or ``POST`` with ``queries`` (a JSON
object of named queries, as a form parameter or a JSON body) answers each with candidates
``{id, name, score, match, type}``. Names are found through the project's one name search
(:mod:`hankegraafi.server.pages.search`), so inflected Finnish forms ("Kelan", "DigiFinlandin",
"Kainuun hyvinvointialueella") find the base name. The types are counties, municipalities,
organisations, national services and projects.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Collection, Mapping
from dataclasses import dataclass
from typing import Any

from flask import Blueprint, Response, request

from hankegraafi.ontology.namespaces import HG, VOCAB
from hankegraafi.server import i18n
from hankegraafi.server.errors import BadRequest

bp = Blueprint("reconcile", __name__)

#: Most queries one batch may carry, and most candidates one query may ask for.
MAX_QUERIES = 200
MAX_LIMIT = 50
DEFAULT_LIMIT = 5

ORGANISATION_CLASSES = (HG.Organisation, HG.NationalActor, HG.WellbeingServicesCounty, HG.Municipality)
PROJECT_CLASSES = (HG.CanonicalProject, HG.Project, HG.Investment, HG.SubProject)


@dataclass(frozen=True)
class RType:
    """One reconciliation type: its id (a class IRI), the key of its name, and the classes it matches."""

    id: str
    #: Its name is ``reconcile.type_<key>`` of ontology/strings.toml.
    key: str
    classes: tuple[str, ...]

    def name(self, lang: str) -> str:
        """The type's name in ``lang`` (the one table and its fallback order)."""
        return i18n.translate(f"reconcile.type_{self.key}", lang)


TYPES: tuple[RType, ...] = (
    RType(
        str(HG.WellbeingServicesCounty),
        "county",
        # Both: a store whose vocabulary predates hg:ServiceArea (stop 48) types its counties only so.
        (str(HG.WellbeingServicesCounty), str(HG.ServiceArea)),
    ),
    RType(str(HG.Municipality), "municipality", (str(HG.Municipality),)),
    RType(
        str(HG.Organisation),
        "organisation",
        tuple(str(c) for c in ORGANISATION_CLASSES),
    ),
    RType(
        str(HG.DigitalService),
        "service",
        (str(HG.DigitalService),),
    ),
    RType(
        str(HG.Project),
        "project",
        tuple(str(c) for c in PROJECT_CLASSES),
    ),
)
TYPE_BY_ID = {t.id: t for t in TYPES}
#: Short names a client may use for a type too ("county", "project").
ALIASES = {
    "county": str(HG.WellbeingServicesCounty),
    "municipality": str(HG.Municipality),
    "organisation": str(HG.Organisation),
    "organization": str(HG.Organisation),
    "national-service": str(HG.DigitalService),
    "service": str(HG.DigitalService),
    "project": str(HG.Project),
}


def manifest(root: str, base_iri: str, lang: str = "fi") -> dict[str, Any]:
    """The service manifest (API 0.2): what a client reads first."""
    return {
        "versions": ["0.1", "0.2"],
        "name": i18n.translate("reconcile.service_name", lang),
        "identifierSpace": base_iri,
        "schemaSpace": str(HG),
        "defaultTypes": [{"id": t.id, "name": t.name(lang)} for t in TYPES],
        "view": {"url": "{{id}}"},  # our IRIs dereference to their pages
        "documentation": root.rstrip("/") + "/reconcile",
        "batchSize": MAX_QUERIES,
    }


Search = Callable[[str], list[Any]]  # SearchIndex.search: hits with .iri, .label, .score (0, 1, 2)


def candidates(
    query: Mapping[str, Any],
    search: Search,
    types_of: Callable[[str], set[str]],
    name_of: Callable[[str], str],
    lang: str = "fi",
) -> list[dict[str, Any]]:
    """The candidates of one query, best first: ``score`` 100 for the name itself, 90 when every
    word matched a base form ("Kelan" → Kela), 60 for a prefix; ``match`` when the best is sure
    (the name itself, or the only one found by its base forms)."""
    text = str(query.get("query") or "").strip()
    if not text:
        return []
    limit = min(MAX_LIMIT, _limit(query.get("limit")))
    wanted = _types(query.get("type"))
    allowed = {c for t in wanted for c in t.classes}
    found: list[tuple[int, str, str, list[RType]]] = []
    seen: set[str] = set()
    for hit in search(text):
        if hit.iri in seen:
            continue
        types = types_of(hit.iri)
        if not types & allowed:
            continue
        seen.add(hit.iri)
        matched = [t for t in wanted if types & set(t.classes)]
        found.append((int(hit.score), hit.iri, name_of(hit.iri) or hit.label, matched))
    if any(str(HG.CanonicalProject) in types_of(iri) for _s, iri, _n, _t in found):
        # One project, many documents: the canonical project stands for its records.
        found = [f for f in found if not _project_record(f[1], types_of)]
    # On a tie a concept of the reference vocabularies (a county, Kela, the Omaolo service) before
    # a project named after it ("Omaolo" the sub-project), then the shorter name.
    found.sort(key=lambda f: (f[0], not f[1].startswith(str(VOCAB)), len(f[2]), f[2].casefold()))
    out = []
    for rank, (score, iri, name, matched) in enumerate(found[:limit]):
        points = {0: 100, 1: 90}.get(score, 60) - min(rank, 9)
        sure = rank == 0 and (score == 0 or (score == 1 and sum(1 for f in found if f[0] <= 1) == 1))
        out.append(
            {
                "id": iri,
                "name": name,
                "score": points,
                "match": sure,
                "type": [{"id": t.id, "name": t.name(lang)} for t in matched],
            }
        )
    return out


def _limit(given: object) -> int:
    """A query's ``limit``: a whole number from 1 (JSON's or written in ASCII digits), more than
    :data:`MAX_LIMIT` giving that many; absent, :data:`DEFAULT_LIMIT`.

    Read with ``int()`` it had been 1 for ``-5``, ``0``, ``true`` and ``1.5``, 10 for ``"1_0"`` and 50 for
    ``1e23``, unsaid (R9, stop 45): the explorer and the catalogue refuse such numbers by name."""
    if given is None or given == "":
        return DEFAULT_LIMIT
    text = given.strip() if isinstance(given, str) else None
    if isinstance(given, int) and not isinstance(given, bool):
        number = given
    elif text is not None and text.isascii() and text.isdigit() and len(text) <= 30:
        number = int(text)
    else:
        raise BadRequest(f"limit must be a whole number from 1: {str(given)[:40]!r}")
    if number < 1:
        raise BadRequest(f"limit must be a whole number from 1: {number}")
    return number


def _project_record(iri: str, types_of: Callable[[str], set[str]]) -> bool:
    types = types_of(iri)
    return str(HG.CanonicalProject) not in types and bool(types & {str(c) for c in PROJECT_CLASSES})


def _types(given: object) -> list[RType]:
    if given in (None, "", []):
        return list(TYPES)
    ids = given if isinstance(given, list) else [given]
    # Each type once (order kept): every candidate names the wanted types it has, so a list of the
    # same type 500 times had made each candidate's entry 500 long, an answer of 210 MB from a 1 MB
    # request built in the web process (R4-1, stop 43).
    out: dict[str, RType] = {}
    for raw in ids:
        key = raw.get("id") if isinstance(raw, dict) else raw
        key = ALIASES.get(str(key), str(key))
        if key not in TYPE_BY_ID:
            raise BadRequest(f"unknown type {str(raw)[:200]!r}: one of {', '.join(TYPE_BY_ID)}")
        out.setdefault(key, TYPE_BY_ID[key])
    return list(out.values())


def answer(
    queries: Mapping[str, Any], search: Search, types_of: Any, name_of: Any, lang: str
) -> dict[str, Any]:
    """Every query of a batch answered under its own key."""
    if len(queries) > MAX_QUERIES:
        raise BadRequest(f"at most {MAX_QUERIES} queries in one batch")
    out = {}
    for key, query in queries.items():
        if isinstance(query, str):
            query = {"query": query}
        if not isinstance(query, dict):
            raise BadRequest(f"query {key!r} must be an object with 'query'")
        out[key] = {"result": candidates(query, search, types_of, name_of, lang)}
    return out


def _parse_queries(raw: str) -> dict[str, Any]:
    try:
        value = json.loads(raw)
        # A lone surrogate ("\\ud800") parses but is no text: it could not be written back out.
        json.dumps(value, ensure_ascii=False).encode("utf-8")
    except RecursionError as exc:
        raise BadRequest("queries is nested too deeply") from exc
    except UnicodeEncodeError as exc:
        raise BadRequest("queries carries a lone surrogate (\\ud800-\\udfff): not Unicode text") from exc
    except ValueError as exc:
        raise BadRequest(f"queries is not JSON: {exc}") from exc
    if not isinstance(value, dict):
        raise BadRequest("queries must be a JSON object of named queries")
    return value


# -- the route ------------------------------------------------------------------------------


@bp.route("/reconcile", methods=["GET", "POST"])
def reconcile() -> Response:
    """The manifest without parameters; answers to ``queries`` (form, query string or JSON body)
    or to one ``query`` (API 0.1)."""
    from hankegraafi.server.pages import routes
    from hankegraafi.server.runtime import services

    lang = i18n.current_lang()
    for name in ("queries", "query"):  # the first had been answered, the second dropped unsaid (R4-7, stop 43)
        if len(request.values.getlist(name)) > 1:
            raise BadRequest(f"parameter {name!r} given more than once; send one batch")
    raw = request.values.get("queries")
    single = request.values.get("query")
    if raw is None and single is None and request.is_json and request.get_data():
        body = _parse_queries(request.get_data(as_text=True))  # 400 for a body that is no object
        queries = body.get("queries", body)
        raw = queries if isinstance(queries, str) else json.dumps(queries)
    if raw is None and single is None:
        cfg = services().config
        root = str(cfg.public_url or request.host_url)
        return _json(manifest(root, str(cfg.base_iri), lang))
    index = routes.search_index()
    labels = routes.label_index()

    def types_of(iri: str) -> set[str]:
        return labels.types.get(iri, set())

    def name_of(iri: str) -> str:
        return labels.name(iri, lang)

    if raw is not None:
        return _json(answer(_parse_queries(raw), index.search, types_of, name_of, lang))
    query: Any = single
    if single and single.lstrip().startswith("{"):
        query = _parse_queries(single)
    return _json(answer({"q": query}, index.search, types_of, name_of, lang)["q"])


def _json(body: dict[str, Any]) -> Response:
    callback = request.args.get("callback")
    if callback:  # JSONP is how old clients read across origins; never run as script here
        raise BadRequest("JSONP is not offered: this service answers with CORS headers")
    return Response(json.dumps(body, ensure_ascii=False), mimetype="application/json")


# -- outside the web server (the review queue's proposals) ----------------------------------------


#: Words a name of a municipality carries in a document but not in the vocabulary.
GENERIC_WORDS = frozenset({"kaupunki", "kunta", "stad", "kommun"})


def suggester(labels: Any, index: Any) -> Callable[[str, str, Collection[str]], tuple[str, str] | None]:
    """``suggest(name, kind, unknown)``: the top candidate among existing entities for a name (the
    review queue's proposed link); never one of the ``unknown`` nodes still waiting for review
    (the name's own node among them)."""

    def suggest(name: str, kind: str, unknown: Collection[str] = ()) -> tuple[str, str] | None:
        rtype = str(HG.Project) if kind == "project" else str(HG.Organisation)
        found = candidates(
            {"query": name, "type": rtype, "limit": 3},
            index.search,
            lambda iri: labels.types.get(iri, set()),
            lambda iri: labels.name(iri, "fi"),
        )
        found = [c for c in found if c["id"] not in unknown]
        words = name.split()
        if not found and len(words) > 1 and words[-1].casefold() in GENERIC_WORDS:
            return suggest(" ".join(words[:-1]), kind, unknown)  # "Tampereen kaupunki" is Tampere
        return (found[0]["id"], found[0]["name"]) if found else None

    return suggest


def suggester_for_store(store: Any) -> Callable[[str, str, Collection[str]], tuple[str, str] | None]:
    """:func:`suggester` read straight from a store (the command line has no web server); the
    names are read once, at the first name asked about."""
    from hankegraafi.server.pages import labels as labels_mod
    from hankegraafi.server.pages import search as search_mod

    class _Rows:
        """What the label index reads: SELECT rows as dicts, straight from the store."""

        def select(self, sparql: str, bindings: Any = None) -> list[dict[str, Any]]:
            return store.query(sparql, bindings=bindings).dicts()

    state: dict[str, Any] = {}

    def suggest(name: str, kind: str, unknown: Collection[str] = ()) -> tuple[str, str] | None:
        if "suggest" not in state:
            labels = labels_mod.build(_Rows(), person_names=False)  # type: ignore[arg-type]
            state["suggest"] = suggester(labels, search_mod.build(labels))
        return state["suggest"](name, kind, unknown)

    return suggest


__all__ = ["TYPES", "answer", "bp", "candidates", "manifest", "suggester", "suggester_for_store"]
