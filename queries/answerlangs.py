"""Stored catalogue answers in Swedish and English, made from the default language's at write time.

A catalogue call in ``lang=sv`` or ``lang=en`` ran live (projects-by-region 1.8-3 s at 10^6
triples; the Swedish and English county pages and maps make such calls), and running every
whole-graph query once more per language cost 9 s of CPU per language and write at 10^6. In the
queries of :func:`label_columns` the language changes nothing but the label columns: each is
``(MIN(STR(?x0)) AS ?xLabel)`` of one ``OPTIONAL { ?x skos:prefLabel|rdfs:label ?x0
FILTER(LANGMATCHES(LANG(?x0), ?lang)) }`` at the top level of the WHERE group, ``?x`` a grouping
key and a column, and ``?lang`` is used nowhere else; the rows, their other cells and their order
are the same. So an answer in another language is the default one with each label cell replaced
by the least label of its subject in that language (:func:`names`: one query over the store's
labels, 40 ms of CPU at 10^6), as the engine's ``MIN(STR(...))`` picks it. tests/queries/
test_answers.py compares them with the live query after every kind of write.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator, Mapping
from functools import cache

from rdflib.namespace import RDFS, SKOS

from hankegraafi.queries.answerkeys import sort_variables, tied
from hankegraafi.queries.catalogue import get
from hankegraafi.queries.pieces import RESULTS_JSON, Answer
from hankegraafi.store import results
from hankegraafi.store.base import Store
from hankegraafi.store.sparqlparse import strip_comments

#: The languages stored beside the default one (the catalogue's ``lang`` default is ``fi``).
LANGS = ("sv", "en")

_LABEL = re.compile(
    r"OPTIONAL\s*\{\s*\?(\w+)\s+skos:prefLabel\|rdfs:label\s+\?(\w+)\s+"
    r"FILTER\s*\(\s*LANGMATCHES\s*\(\s*LANG\s*\(\s*\?\2\s*\)\s*,\s*\?lang\s*\)\s*\)\s*\}"
)
_GROUP = re.compile(r"\bGROUP\s+BY((?:\s+\?\w+)+)", re.IGNORECASE)


@cache
def label_columns(name: str) -> Mapping[str, str] | None:
    """Label column → the column it names, for a query whose answers in other languages are made
    by :func:`relabelled` (see the module's text), else None."""
    query = get(name)
    if not any(p.name == "lang" for p in query.params):
        return None
    text = strip_comments(query.text)
    found = list(_LABEL.finditer(text))
    if not found or len(re.findall(r"\?lang\b", text)) != len(found):
        return None
    groups = _GROUP.findall(text)
    order = sort_variables(name)
    if not groups or order is None:
        return None
    keys = {v.lstrip("?") for v in groups[-1].split()}  # the last GROUP BY: the outer one
    out: dict[str, str] = {}
    for match in found:
        subject, bound = match.group(1), match.group(2)
        depth = text.count("{", 0, match.start()) - text.count("}", 0, match.start())
        column = re.search(rf"\(\s*MIN\s*\(\s*STR\s*\(\s*\?{bound}\s*\)\s*\)\s+AS\s+\?(\w+)\s*\)", text)
        uses = len(re.findall(rf"\?{bound}\b", text))  # the OPTIONAL's two and the MIN's one
        if depth != 1 or column is None or uses != 3 or subject not in keys or column.group(1) in order:
            return None
        out[column.group(1)] = subject
    return out


def names(store: Store, lang: str) -> dict[str, str]:
    """Each IRI's least label in ``lang`` (as ``MIN(STR(?label))`` of a label column picks it)."""
    text = (
        f"SELECT ?s (MIN(STR(?l)) AS ?label) WHERE {{ ?s <{SKOS.prefLabel}>|<{RDFS.label}> ?l "
        f'FILTER(LANGMATCHES(LANG(?l), "{lang}")) }} GROUP BY ?s'
    )
    data = json.loads(store.query_serialized(text, RESULTS_JSON))
    return {
        b["s"]["value"]: b["label"]["value"]
        for b in data["results"]["bindings"]
        if b.get("s", {}).get("type") == "uri" and "label" in b
    }


def relabelled(name: str, answer: Answer, labels: Mapping[str, str]) -> Answer | None:
    """``answer`` of ``name`` (in the default language) in the language of ``labels``, or None if
    it cannot be made so (a label's subject not an IRI in some row, or rows that tie in the sort:
    their order in another language's run need not be this one)."""
    columns = label_columns(name)
    order = sort_variables(name)
    variables, rows = answer
    if columns is None or order is None or tied(rows, order):
        return None
    out: list[results.Row] = []
    for row in rows:
        cells = dict(row)
        for column, subject in columns.items():
            term = row.get(subject)
            if term is None or term["type"] != "uri":
                return None
            label = labels.get(term["value"])
            if label is None:
                cells.pop(column, None)
            else:
                cells[column] = {"type": "literal", "value": label}
        out.append({v: cells[v] for v in variables if v in cells})
    return variables, out


def in_languages(
    name: str, answer: Answer, labels: Mapping[str, Mapping[str, str]]
) -> Iterator[tuple[str, Answer]]:
    """(language, answer) for each language of ``labels`` (language → :func:`names`) in which
    :func:`relabelled` makes ``answer`` of ``name``."""
    if label_columns(name) is None:
        return
    for lang, known in labels.items():
        made = relabelled(name, answer, known)
        if made is not None:
            yield lang, made
