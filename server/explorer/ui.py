"""Interface texts of the explorer in Finnish, Swedish and English.

The page receives the texts of its language as JSON (``texts(lang)``) so that
the script has no strings of its own; the names of kinds, relations and
dependency kinds come from :mod:`.vocab`.
"""

from __future__ import annotations

from hankegraafi.ontology import registry
from hankegraafi.server.explorer.vocab import KINDS, RELATIONS, dependency_kinds, name

STRINGS: dict[str, dict[str, str]] = {
    "title": {"fi": "Riippuvuuskartta", "sv": "Beroendekarta", "en": "Dependency explorer"},
    "views": {"fi": "Aluenäkymät", "sv": "Regionvyer", "en": "Cross-region views"},
    "language": {"fi": "Kieli", "sv": "Språk", "en": "Language"},
    "controls": {"fi": "Näkymän asetukset", "sv": "Vyns inställningar", "en": "View settings"},
    "search": {
        "fi": "Hae hanketta, palvelua tai toimijaa",
        "sv": "Sök projekt, tjänst eller aktör",
        "en": "Search a project, service or organisation",
    },
    "search_button": {"fi": "Hae", "sv": "Sök", "en": "Search"},
    "no_hits": {"fi": "Ei osumia", "sv": "Inga träffar", "en": "No matches"},
    "hint": {
        "fi": "Hae solmu ja lisää se karttaan. Kaksoisnapsautus laajentaa solmun naapureihin.",
        "sv": "Sök en nod och lägg till den på kartan. Dubbelklick visar nodens grannar.",
        "en": "Search for a node and add it to the map. Double-click a node to expand its neighbours.",
    },
    "expand": {"fi": "Laajenna", "sv": "Expandera", "en": "Expand"},
    "more": {"fi": "Lisää naapureita", "sv": "Fler grannar", "en": "More neighbours"},
    "collapse": {"fi": "Supista", "sv": "Fäll ihop", "en": "Collapse"},
    "pin": {"fi": "Kiinnitä", "sv": "Fäst", "en": "Pin"},
    "unpin": {"fi": "Irrota", "sv": "Lossa", "en": "Unpin"},
    "remove": {"fi": "Poista näkymästä", "sv": "Ta bort från vyn", "en": "Remove from view"},
    "direction": {"fi": "Suunta", "sv": "Riktning", "en": "Direction"},
    "dir_both": {"fi": "molemmat", "sv": "båda", "en": "both"},
    "dir_out": {"fi": "lähtevät (mistä riippuu)", "sv": "utgående (beror på)", "en": "outgoing (depends on)"},
    "dir_in": {
        "fi": "saapuvat (mikä riippuu)",
        "sv": "inkommande (beroende av)",
        "en": "incoming (depended on by)",
    },
    "layout": {"fi": "Asettelu", "sv": "Layout", "en": "Layout"},
    "layout_cose": {"fi": "voimaohjattu", "sv": "kraftstyrd", "en": "force-directed"},
    "layout_dagre": {"fi": "hierarkkinen", "sv": "hierarkisk", "en": "hierarchical"},
    "layout_concentric": {"fi": "samankeskinen", "sv": "koncentrisk", "en": "concentric"},
    "fit": {"fi": "Sovita", "sv": "Anpassa", "en": "Fit"},
    "zoom_in": {"fi": "Lähennä", "sv": "Zooma in", "en": "Zoom in"},
    "zoom_out": {"fi": "Loitonna", "sv": "Zooma ut", "en": "Zoom out"},
    "clear": {"fi": "Tyhjennä", "sv": "Töm", "en": "Clear"},
    "filters": {"fi": "Suodattimet", "sv": "Filter", "en": "Filters"},
    "types": {"fi": "Tyypit", "sv": "Typer", "en": "Types"},
    "region": {"fi": "Hyvinvointialue", "sv": "Välfärdsområde", "en": "County"},
    "programme": {"fi": "Ohjelma", "sv": "Program", "en": "Programme"},
    "dep_kind": {"fi": "Riippuvuuden laji", "sv": "Typ av beroende", "en": "Dependency kind"},
    "period": {"fi": "Ajanjakso (vuodet)", "sv": "Period (år)", "en": "Period (years)"},
    "all": {"fi": "kaikki", "sv": "alla", "en": "all"},
    "questions": {"fi": "Kysymykset", "sv": "Frågor", "en": "Questions"},
    "impact": {
        "fi": "Mihin vaikuttaa, jos tämä viivästyy?",
        "sv": "Vad påverkas om detta försenas?",
        "en": "What is affected if this slips?",
    },
    "deps": {
        "fi": "Mistä kaikesta tämä riippuu?",
        "sv": "Vad beror detta på?",
        "en": "Everything this depends on",
    },
    "path_from": {"fi": "Polun alku", "sv": "Stigens start", "en": "Path from here"},
    "path_to": {"fi": "Lyhin polku tähän", "sv": "Kortaste stig hit", "en": "Shortest path to here"},
    "shared_a": {"fi": "Vertaa aluetta", "sv": "Jämför område", "en": "Compare county"},
    "shared_b": {
        "fi": "Yhteiset riippuvuudet tämän kanssa",
        "sv": "Gemensamma beroenden med detta",
        "en": "Shared dependencies with this",
    },
    "path_none": {"fi": "Polkua ei löytynyt", "sv": "Ingen stig hittades", "en": "No path found"},
    "path_found": {
        "fi": "Lyhin polku: {n} askelta, {k} polkua",
        "sv": "Kortaste stig: {n} steg, {k} stigar",
        "en": "Shortest path: {n} steps, {k} paths",
    },
    "chains": {
        "fi": "Suorat riippuvuusketjut",
        "sv": "Direkta beroendekedjor",
        "en": "Directed dependency chains",
    },
    "affected": {
        "fi": "{n} riippuvaista, {r} hyvinvointialuetta",
        "sv": "{n} beroende, {r} välfärdsområden",
        "en": "{n} dependents, {r} counties",
    },
    "depends_count": {"fi": "Riippuu {n} solmusta", "sv": "Beror på {n} noder", "en": "Depends on {n} nodes"},
    "shared_count": {
        "fi": "{n} yhteistä riippuvuutta",
        "sv": "{n} gemensamma beroenden",
        "en": "{n} shared dependencies",
    },
    "cap": {
        "fi": "Näkymä rajattiin: {shown}/{total} naapuria näytetään. Hae lisää painikkeella.",
        "sv": "Vyn begränsades: {shown}/{total} grannar visas. Hämta fler med knappen.",
        "en": "View capped: {shown} of {total} neighbours shown. Load more with the button.",
    },
    "walk_cap": {
        "fi": "Tulos rajattiin {n} solmuun; koko verkko on suurempi.",
        "sv": "Resultatet begränsades till {n} noder; hela nätet är större.",
        "en": "Result capped at {n} nodes; the whole network is larger.",
    },
    "view_cap": {
        "fi": "Kartalla on enintään {n} solmua: poista solmuja ennen kuin laajennat.",
        "sv": "Kartan rymmer högst {n} noder: ta bort noder innan du expanderar.",
        "en": "The map holds at most {n} nodes: remove some before expanding.",
    },
    "panel": {"fi": "Tiedot", "sv": "Uppgifter", "en": "Details"},
    "open_page": {"fi": "Avaa resurssisivu", "sv": "Öppna resurssidan", "en": "Open the resource page"},
    "open_query": {"fi": "Kysely", "sv": "Fråga", "en": "Query"},
    "quote": {"fi": "Lähdelainaus", "sv": "Källcitat", "en": "Source quote"},
    "lines": {"fi": "rivit", "sv": "rader", "en": "lines"},
    "export": {"fi": "Vie", "sv": "Exportera", "en": "Export"},
    "share": {"fi": "Jaa näkymä", "sv": "Dela vyn", "en": "Share view"},
    "copied": {"fi": "Linkki kopioitu", "sv": "Länken kopierad", "en": "Link copied"},
    "loading": {"fi": "Ladataan…", "sv": "Laddar…", "en": "Loading…"},
    "error": {"fi": "Virhe", "sv": "Fel", "en": "Error"},
    "no_vendor": {
        "fi": "Kartan kirjastot puuttuvat: aja scripts/build_explorer.sh.",
        "sv": "Kartans bibliotek saknas: kör scripts/build_explorer.sh.",
        "en": "The map's libraries are missing: run scripts/build_explorer.sh.",
    },
    "budget": {"fi": "Budjetti", "sv": "Budget", "en": "Budget"},
    "actual": {"fi": "Toteuma", "sv": "Utfall", "en": "Actual"},
    "budget_title": {
        "fi": "Budjetti ja toteuma hyvinvointialueittain ja investoinneittain",
        "sv": "Budget och utfall per välfärdsområde och investering",
        "en": "Budget against actual per county and investment",
    },
    "deviation_title": {
        "fi": "Liikennevalojen poikkeamat mittareittain ja alueittain",
        "sv": "Avvikelser i trafikljusen per mätare och område",
        "en": "Traffic-light deviations per dimension and county",
    },
    "matrix_title": {
        "fi": "Hyvinvointialueiden riippuvuus kansallisista palveluista",
        "sv": "Välfärdsområdenas beroende av nationella tjänster",
        "en": "Dependencies of counties on national services",
    },
    "projects": {"fi": "hanketta", "sv": "projekt", "en": "projects"},
    "no_data": {"fi": "Ei tietoja", "sv": "Inga uppgifter", "en": "No data"},
    "legend": {"fi": "Selite", "sv": "Förklaring", "en": "Legend"},
    "nodes": {"fi": "solmut", "sv": "noder", "en": "nodes"},
    "edges": {"fi": "yhteydet", "sv": "kanter", "en": "edges"},
    "explore": {"fi": "Tutki kartalla", "sv": "Utforska på kartan", "en": "Explore on the map"},
}


def texts(lang: str) -> dict[str, str]:
    """Every interface text in ``lang`` (else fi → en → sv), and the names the map shows.

    ``name:<kind>`` names node kinds and dependency kinds (the vocabulary's
    labels), ``name:rel:<relation>`` relations.
    """
    out = {key: _pick(t, lang, key) for key, t in STRINGS.items()}
    for key in (*KINDS, "other", *dependency_kinds(), "unspecified"):
        out[f"name:{key}"] = name(key, lang)
    for rel in RELATIONS:
        out[f"name:rel:{rel}"] = name(f"rel:{rel}", lang)
    return out


def _pick(texts: dict[str, str], lang: str, key: str) -> str:
    found = registry.pick(texts, lang)
    return found.text if found else key
