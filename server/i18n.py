"""Interface strings in Finnish, Swedish and English, and the choice of language.

The language comes from ``?hl=`` (remembered in a cookie), then the cookie,
then Accept-Language; Finnish by default. ``hl`` and not ``lang`` because
catalogue queries have a ``lang`` parameter of their own.
"""

from __future__ import annotations

from collections.abc import Mapping

from flask import g, request

from hankegraafi.ontology import registry

LANGS = ("fi", "sv", "en")
DEFAULT = "fi"
COOKIE = "hl"

STRINGS: dict[str, dict[str, str]] = {
    "site": {"fi": "Hankegraafi", "sv": "Hankegraafi", "en": "Hankegraafi"},
    "tagline": {
        "fi": "Sote-kehittämishankkeet linkitettynä avoimena datana",
        "sv": "Utvecklingsprojekt inom social- och hälsovården som länkade öppna data",
        "en": "Finnish social and health care development projects as linked open data",
    },
    "home": {"fi": "Etusivu", "sv": "Startsida", "en": "Home"},
    "sparql": {"fi": "SPARQL", "sv": "SPARQL", "en": "SPARQL"},
    "queries": {"fi": "Kyselyt", "sv": "Frågor", "en": "Queries"},
    "editor": {"fi": "Kyselyeditori", "sv": "Frågeredigerare", "en": "Query editor"},
    "run": {"fi": "Suorita", "sv": "Kör", "en": "Run"},
    "parameters": {"fi": "Parametrit", "sv": "Parametrar", "en": "Parameters"},
    "columns": {"fi": "Sarakkeet", "sv": "Kolumner", "en": "Columns"},
    "required": {"fi": "pakollinen", "sv": "obligatorisk", "en": "required"},
    "optional": {"fi": "valinnainen", "sv": "valfri", "en": "optional"},
    "rows": {"fi": "riviä", "sv": "rader", "en": "rows"},
    "truncated": {
        "fi": "Tulos katkaistiin: vain {n} ensimmäistä riviä näytetään.",
        "sv": "Resultatet kortades: bara de {n} första raderna visas.",
        "en": "Result truncated: only the first {n} rows are shown.",
    },
    "formats": {"fi": "Muut muodot", "sv": "Andra format", "en": "Other formats"},
    "examples": {"fi": "Valmiit kyselyt", "sv": "Färdiga frågor", "en": "Catalogue queries"},
    "share": {"fi": "Jaa linkkinä", "sv": "Dela som länk", "en": "Share as link"},
    "copied": {"fi": "Linkki kopioitu", "sv": "Länken kopierad", "en": "Link copied"},
    "query_text": {"fi": "SPARQL-kysely", "sv": "SPARQL-fråga", "en": "SPARQL query"},
    "endpoint_address": {
        "fi": "SPARQL-palvelun osoite",
        "sv": "SPARQL-tjänstens adress",
        "en": "SPARQL endpoint address",
    },
    "query_area": {"fi": "Kyselyn teksti", "sv": "Frågans text", "en": "Query text"},
    "rows_per_page": {"fi": "Rivejä sivulla", "sv": "Rader per sida", "en": "Rows per page"},
    "main_nav": {"fi": "Päävalikko", "sv": "Huvudmeny", "en": "Main menu"},
    "language": {"fi": "Kieli", "sv": "Språk", "en": "Language"},
    "no_vendor": {
        "fi": "Editorin tiedostot puuttuvat: aja scripts/build_frontend.sh.",
        "sv": "Redigerarens filer saknas: kör scripts/build_frontend.sh.",
        "en": "The editor's files are missing: run scripts/build_frontend.sh.",
    },
    "error": {"fi": "Virhe", "sv": "Fel", "en": "Error"},
    "limits": {"fi": "Rajat", "sv": "Gränser", "en": "Limits"},
    "endpoint_intro": {
        "fi": "SPARQL 1.1 -rajapinta (vain luku) osoitteessa",
        "sv": "SPARQL 1.1-ändpunkt (endast läsning) på",
        "en": "Read-only SPARQL 1.1 endpoint at",
    },
    "footer": {
        "fi": "Avoin data. Kyselyt rajataan aikaan ja rivimäärään.",
        "sv": "Öppna data. Frågor begränsas i tid och antal rader.",
        "en": "Open data. Queries are bounded in time and rows.",
    },
}


def current_lang() -> str:
    hl = request.args.get("hl")
    if hl in LANGS:
        return hl
    g.lang_negotiated = True  # the answer depends on the cookie or Accept-Language: Vary on them
    wanted = request.cookies.get(COOKIE)
    if wanted in LANGS:
        return wanted
    best = request.accept_languages.best_match(LANGS)
    return best or DEFAULT


def translate(key: str, lang: str | None = None, **values: object) -> str:
    """The interface text ``key`` in ``lang``, else in fi → en → sv (the one fallback order); else the key."""
    lang = lang or current_lang()
    texts = STRINGS.get(key)
    if texts is None:
        return key
    text = pick(texts, lang) or key
    return text.format(**values) if values else text


def pick(texts: Mapping[str, str], lang: str) -> str:
    """A text of a language → text dict in ``lang``, else fi → en → sv, else any ("" if none).

    The one fallback order of the project (:data:`hankegraafi.ontology.registry.FALLBACK`), for
    interface texts, catalogue titles and labels of data alike.
    """
    found = registry.pick(texts, lang)
    return found.text if found else ""
