"""``/quality``: per county, what each project lacks, its open review items and warnings, and a
score, so that a county sees what to fix. The page runs the catalogue query ``quality`` (the same
rows as ``hankegraafi query quality -p region=…`` and ``/queries/quality``)."""

from __future__ import annotations

from flask import Blueprint, Response, render_template, request

from hankegraafi.server.i18n import translate

bp = Blueprint("quality", __name__)


def local_link(iri: object) -> str:
    """The page on this server that answers for ``iri`` (``/id/…``, ``/vocab/…``), else the IRI."""
    from hankegraafi.server.pages.iris import Mapping
    from hankegraafi.server.runtime import services

    return Mapping(str(services().config.base_iri)).local_path(str(iri)) or str(iri)


def _region(given: list[str], counties: set[str]) -> str:
    """The county the page is about (its IRI; "" for all), read as ``/queries/quality`` reads it: an
    IRI, a CURIE, a code (``6`` or ``06``) or a name ("Kainuu"); else a 400 naming ``region``.

    The page had made any value without ``://`` a code, so ``hgv:county/20`` or ``Kainuu`` showed an
    empty table under the heading of all counties, and ``?region=a&region=b`` the first alone (R4-2).
    """
    from hankegraafi.queries.catalogue import ParameterError, get
    from hankegraafi.server.catalogue import name_search
    from hankegraafi.server.errors import BadRequest

    if len(given) > 1:
        raise BadRequest(f"quality: parameter 'region' given {len(given)} times; give it once")
    raw = given[0].strip() if given else ""
    if not raw:
        return ""
    if raw.isdigit() and len(raw) < 2:
        raw = raw.zfill(2)  # the county code 6 is 06
    try:
        _text, bindings = get("quality").bind({"region": raw}, search=name_search())
    except ParameterError as exc:
        raise BadRequest(str(exc)) from exc
    region = str(bindings["region"])
    if region not in counties:
        raise BadRequest(
            f"quality: parameter 'region': {raw[:200]!r} is no wellbeing services county of the data"
        )
    return region


@bp.get("/quality")
def quality_page() -> Response:
    from hankegraafi.queries.catalogue import ParameterError, get
    from hankegraafi.server.errors import BadRequest
    from hankegraafi.server.i18n import current_lang
    from hankegraafi.server.pages import routes
    from hankegraafi.server.pages.access import access

    lang = current_lang()
    labels = routes.label_index()
    counties = sorted(
        ((iri, labels.name(iri, lang)) for iri in labels.of_kind("county")), key=lambda c: c[1].casefold()
    )
    region = _region(request.args.getlist("region"), {iri for iri, _name in counties})
    try:
        text, bindings = get("quality").bind({"region": region} if region else {})
    except ParameterError as exc:
        raise BadRequest(str(exc)) from exc
    rows = access().select(text, bindings)

    def x(key: str) -> str:
        return translate(f"review.quality.{key}", lang)

    def facts(missing: object) -> str:
        return ", ".join(translate(f"review.fact.{f}", lang) for f in str(missing or "").split())

    body = render_template(
        "review/quality.html",
        title=x("title"),
        x=x,
        facts=facts,
        rows=rows,
        counties=counties,
        region=region,
        name=lambda iri: labels.name(str(iri), lang),
        local=local_link,
    )
    return Response(body, mimetype="text/html")
