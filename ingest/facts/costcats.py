"""Cost categories: the rows of cost tables, read from the ``cost-category`` vocabulary (split from money.py).

``cost_category`` names a printed row label by the vocabulary's labels, also when cut short or misspelt.
"""

from __future__ import annotations

import re

from hankegraafi.ingest.facts.costkinds import kind_by_words
from hankegraafi.ingest.segment import best_label, norm_label
from hankegraafi.ontology import registry


def _categories() -> dict[str, tuple[tuple[str, ...], str | None]]:
    """Key → (labels, parent key) from the cost-category vocabulary (ontology/vocab/cost-categories.ttl).

    The key is the concept's ``skos:notation`` (the model's and the gold's key); the
    first label is the Finnish preferred label, whose slug is the concept's IRI, so the
    minted category IRIs stay as they were. Alternative and hidden labels are the
    variants other templates and PDF text print.
    """
    scheme = registry.cost_categories()
    by_iri = {str(c.iri): c.notation for c in scheme}
    out: dict[str, tuple[tuple[str, ...], str | None]] = {}
    for concept in scheme:
        if concept.notation is None:
            continue  # "Ei valintaa": the template's empty choice, no category of its own
        fi = concept.pref.get("fi", concept.key)
        labels = (fi, *(f for f in concept.surface_forms() if f != fi))
        parent = by_iri.get(str(concept.broader)) if concept.broader is not None else None
        out[concept.notation] = (labels, parent)
    return out


#: Cost categories: key -> (labels, parent key), read from the vocabulary once.
COST_CATEGORIES: dict[str, tuple[tuple[str, ...], str | None]] = _categories()
_CATEGORY_LABELS = {k: v[0] for k, v in COST_CATEGORIES.items()}


def cost_category(label: str) -> str | None:
    """Category key for a printed label, also when cut short or misspelt."""
    text = norm_label(label)
    if text in ("ei valintaa", "nimi", ""):
        return None
    if (
        " / " in label
        and len(keys := {cost_category(half) for half in label.split(" / ")}) == 1
        and None not in keys
    ):
        return keys.pop()  # the label in two languages: "Personalkostnader / Henkilöstökulut"
    key = best_label(text, _CATEGORY_LABELS, cutoff=0.8)
    if key:
        return key
    # A group's own total row ("Palvelujen ostot yhteensä", "Köp av tjänster totalt") is the group.
    group = re.sub(r"\s+(?:yhteensä|totalt|sammanlagt|total)$", "", text)
    if group != text and group:
        return cost_category(group)
    # A note in brackets ("Matkakulut (kotimaa)", "Välilliset kustannukset (15 % henkilöstökuluista)"):
    # the category is the words outside it.
    bare = re.sub(r"\s*\([^)]*\)\s*", " ", label).strip()
    if bare != label.strip() and bare:
        return cost_category(bare)
    for key, labels in _CATEGORY_LABELS.items():
        for candidate in labels:
            c = candidate.lower()
            if len(text) >= 10 and (c.startswith(text) or c.replace("-", " ").startswith(text)):
                return key
    return kind_by_words(text, _CATEGORY_LABELS, cost_category)  # "Viestintä", "Polttoaineet ja matkat"
