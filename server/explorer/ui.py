"""The explorer's interface texts in one language, for its page and script.

The texts are the one table's (:data:`hankegraafi.server.i18n.STRINGS`): the
explorer's own wording of a word is ``explorer.<key>`` there, else the shared
``<key>``. The page receives the texts of its language as JSON
(``texts(lang)``) so that the script has no strings of its own; the names of
kinds, relations and dependency kinds come from :mod:`.vocab`.
"""

from __future__ import annotations

from hankegraafi.server.explorer.vocab import KINDS, RELATIONS, dependency_kinds, name
from hankegraafi.server.i18n import STRINGS, translate

#: The keys of the interface texts the explorer's page and script use (``T.<key>``).
KEYS: tuple[str, ...] = (
    "title", "views", "language", "controls", "search", "search_button", "no_hits", "hint", "expand", "more",
    "collapse", "pin", "unpin", "remove", "direction", "dir_both", "dir_out", "dir_in", "layout",
    "layout_cose", "layout_dagre", "layout_concentric", "fit", "zoom_in", "zoom_out", "clear", "filters",
    "types", "region", "programme", "dep_kind", "period", "all", "questions", "impact", "deps", "path_from",
    "path_to", "shared_a", "shared_b", "path_none", "path_found", "chains", "affected", "depends_count",
    "shared_count", "cap", "walk_cap", "view_cap", "panel", "open_page", "open_query", "quote", "lines",
    "export", "share", "copied", "loading", "error", "no_vendor", "budget", "actual", "budget_title",
    "deviation_title", "matrix_title", "projects", "no_data", "legend", "nodes", "edges", "explore",
)


def texts(lang: str) -> dict[str, str]:
    """Every interface text of the explorer in ``lang`` (else fi → en → sv), and the names the map shows.

    ``name:<kind>`` names node kinds and dependency kinds (the vocabulary's
    labels), ``name:rel:<relation>`` relations.
    """
    out = {key: translate(own if (own := f"explorer.{key}") in STRINGS else key, lang) for key in KEYS}
    for key in (*KINDS, "other", *dependency_kinds(), "unspecified"):
        out[f"name:{key}"] = name(key, lang)
    for rel in RELATIONS:
        out[f"name:rel:{rel}"] = name(f"rel:{rel}", lang)
    return out
