"""``/quality``: per county, what each project lacks, its open review items and warnings, and a
score, so that a county sees what to fix. The page runs the catalogue query ``quality`` (the same
rows as ``hankegraafi query quality -p region=…`` and ``/queries/quality``)."""

from __future__ import annotations

from flask import Blueprint, Response, render_template, request

from hankegraafi.ontology.namespaces import VOCAB
from hankegraafi.server.i18n import translate

bp = Blueprint("quality", __name__)


def local_link(iri: object) -> str:
    """The page on this server that answers for ``iri`` (``/id/…``, ``/vocab/…``), else the IRI."""
    from hankegraafi.server.pages.iris import Mapping
    from hankegraafi.server.runtime import services

    return Mapping(str(services().config.base_iri)).local_path(str(iri)) or str(iri)


@bp.get("/quality")
def quality_page() -> Response:
    from hankegraafi.queries.catalogue import ParameterError, get
    from hankegraafi.server.errors import BadRequest
    from hankegraafi.server.i18n import current_lang
    from hankegraafi.server.pages import routes
    from hankegraafi.server.pages.access import access

    lang = current_lang()
    labels = routes.label_index()
    region = request.args.get("region", "").strip()
    if region and "://" not in region:
        region = f"{VOCAB}county/{region.zfill(2)}"
    try:
        text, bindings = get("quality").bind({"region": region} if region else {})
    except ParameterError as exc:
        raise BadRequest(str(exc)) from exc
    rows = access().select(text, bindings)
    counties = sorted(
        ((iri, labels.name(iri, lang)) for iri in labels.of_kind("county")), key=lambda c: c[1].casefold()
    )

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
