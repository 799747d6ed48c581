"""Cost categories: the rows of cost tables, read from the ``cost-category`` vocabulary (split from money.py).

``cost_category`` names a printed row label by the vocabulary's labels, also when cut short or misspelt.
"""

from __future__ import annotations

import re

from hankegraafi.ingest import cues
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


def _group_words() -> dict[str, frozenset[str]]:
    """Group key → the first four letters of each word of its preferred labels, in every language.

    A group is a category others are filed under ("Muut kustannukset", "Palvelujen osto"). A row's first name
    worded like the group's own name ("Muut kulut", "Henkilöstö", "Ostopalvelut", "Own staff costs", "Köpta
    tjänster") is the group; one worded otherwise ("Koulutus", "Training") is a thing filed under it for want of
    a finer kind, which a later name of the row may give (R13-1, ``costkinds.kind_by_words``).
    """
    groups = {parent for _, parent in COST_CATEGORIES.values() if parent is not None}
    out: dict[str, frozenset[str]] = {}
    for concept in registry.cost_categories():
        if concept.notation in groups:
            words = re.findall(r"[^\W\d_]{4,}", " ".join(concept.pref.values()).lower())
            out[concept.notation] = frozenset(w[:4] for w in words)
    return out


#: Group key → the word stems of its own names.
_GROUPS = _group_words()


@cues.per_text  # the families ask of the same row labels again and again (2 600 calls, 250 labels, ~1 ms each)
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
    # "Viestintä", "Polttoaineet ja matkat", "Koulutus ja matkat"
    return kind_by_words(text, _CATEGORY_LABELS, cost_category, _GROUPS)


#: Words in a row label's note that say the thing was bought: "Chat-palvelu (ostettu)", "Tolkning (köpt tjänst)",
#: "Interpreting (purchased)", "Palvelusetelit (ostopalvelu)".
_BOUGHT = re.compile(r"\b(?:ostet\w*|ostopalvelu\w*|köpt\w*|purchased|bought)\b", re.I)
#: Words joining two names in one row's label ("Auton leasing ja polttoaine", "Bil och resor").
_JOINED = re.compile(r"\s+(?:ja|sekä|och|samt|and)\s+|\s*[&+/]\s*|,\s+", re.I)


def _tail_words() -> dict[str, str]:
    """One-word labels of the vocabulary's categories (not the total), lower-case, longest first."""
    out: dict[str, str] = {}
    for key, labels in _CATEGORY_LABELS.items():
        if key == "total":
            continue
        for label in labels:
            word = label.lower()
            if " " not in word and "-" not in word and len(word) >= 4:
                out.setdefault(word, key)
    return dict(sorted(out.items(), key=lambda kv: -len(kv[0])))


_TAILS = _tail_words()


def _by_last_word(name: str) -> str | None:
    """The category whose one-word label ends the name's last word: a compound ("Hoitotarvikkeet",
    "Salivuokrat", "Lokalhyra", "Vårdmaterial") or an English phrase ("Care supplies", "Video equipment")."""
    words = name.split()
    if not words:
        return None
    last = words[-1]
    for word, key in _TAILS.items():
        if last == word or (last.endswith(word) and len(last) - len(word) >= 3):
            return key
    return None


def named_by_tail(label: str) -> str | None:
    """The category of a cost table's row the vocabulary names in no label of its own, by its head word.

    Class read (test26 o08, test27's blind rows, stop 39): a row of a table already read as costs, named by a
    kind of thing the project bought, whose last word is a category's one-word label ("Etäseurantalaitteet",
    "Kuntoutusvälineet", "Memory test licences", "Night car lease"); of two names joined, the first's, else
    the last's ("Bil och resor"); a note in brackets saying it was bought ("Chat-palvelu (ostettu)") a service
    purchase, else the note's own head word ("Kotisairaalan autot (leasing)"). Asked only for the rows of a
    table the money family reads: a table is never made a cost table by it.
    """
    bare = re.sub(r"\s*\([^)]*\)\s*", " ", label).strip()
    text = norm_label(bare)
    names = [n for n in _JOINED.split(text) if n.strip()]
    for name in names[:1] + names[-1:] if names else []:
        if key := _by_last_word(name):
            return key
    notes = re.findall(r"\(([^)]*)\)", label)
    if any(_BOUGHT.search(note) for note in [*notes, bare]):
        return "service-purchases"  # "Chat-palvelu (ostettu)", "Purchased pharmacy services"
    for note in notes:
        if key := _by_last_word(norm_label(note)):
            return key
    return None
