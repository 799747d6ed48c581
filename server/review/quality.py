"""``/quality``: per county, what each project lacks, its open review items and warnings, and a
score, so that a county sees what to fix. The page runs the catalogue query ``quality`` (the same
rows as ``hankegraafi query quality -p region=…`` and ``/queries/quality``)."""

from __future__ import annotations

from flask import Blueprint, Response, render_template, request

from hankegraafi.ontology.namespaces import VOCAB

bp = Blueprint("quality", __name__)

TEXT: dict[str, dict[str, str]] = {
    "title": {"fi": "Tietojen laatu", "sv": "Datakvalitet", "en": "Data quality"},
    "county": {"fi": "Hyvinvointialue", "sv": "Välfärdsområde", "en": "County"},
    "all": {"fi": "Kaikki", "sv": "Alla", "en": "All"},
    "show": {"fi": "Näytä", "sv": "Visa", "en": "Show"},
    "project": {"fi": "Hanke", "sv": "Projekt", "en": "Project"},
    "missing": {"fi": "Puuttuu", "sv": "Saknas", "en": "Missing"},
    "review": {"fi": "Tarkistettavaa", "sv": "Att granska", "en": "To review"},
    "warnings": {"fi": "Varoituksia", "sv": "Varningar", "en": "Warnings"},
    "score": {"fi": "Pisteet", "sv": "Poäng", "en": "Score"},
    "none": {"fi": "Ei hankkeita.", "sv": "Inga projekt.", "en": "No projects."},
    "query": {"fi": "Sama kyselynä", "sv": "Samma som fråga", "en": "The same as a query"},
    "explain": {
        "fi": "Pisteet: 100 × olemassa olevat tiedot / 8, miinus 5 kustakin avoimesta kohteesta tai varoituksesta.",
        "sv": "Poäng: 100 × befintliga uppgifter / 8, minus 5 för varje öppen punkt eller varning.",
        "en": "Score: 100 × facts present / 8, minus 5 per open item or warning.",
    },
}
#: The facts the query names, in the reader's language.
FACTS: dict[str, dict[str, str]] = {
    "identifier": {"fi": "tunnus", "sv": "beteckning", "en": "plan code"},
    "startDate": {"fi": "alkupäivä", "sv": "startdatum", "en": "start date"},
    "endDate": {"fi": "loppupäivä", "sv": "slutdatum", "en": "end date"},
    "lifecycleStatus": {"fi": "tila", "sv": "status", "en": "status"},
    "grantedAmount": {"fi": "myönnetty rahoitus", "sv": "beviljad finansiering", "en": "granted funding"},
    "managerOrganisation": {
        "fi": "hankepäällikön organisaatio",
        "sv": "projektledarens organisation",
        "en": "manager's organisation",
    },
    "description": {"fi": "kuvaus", "sv": "beskrivning", "en": "description"},
    "goals": {"fi": "tavoitteet", "sv": "mål", "en": "goals"},
}


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
        return TEXT[key].get(lang, TEXT[key]["en"])

    def facts(missing: object) -> str:
        return ", ".join(FACTS.get(f, {}).get(lang, f) for f in str(missing or "").split())

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
