"""A form's field or cell that says nothing: a dash, dots, "ei tiedossa", "avgörs senare", "TBD".

The words are the labels of the vocabulary scheme ``empty-answer`` (``ontology/vocab/kinds.ttl``),
so a new way of saying nothing is one label there. A field that names an organisation (a
funder, a contact's organisation, an administrator) and holds an empty answer names none:
before this, "Funding: not yet decided" made an organisation called "not yet decided" the
project's funder (red team R13-9).
"""

from __future__ import annotations

import re

from hankegraafi.ingest import cues
from hankegraafi.ontology import registry

#: What is no word at all: punctuation, dashes, dots, bullets and spaces.
_NO_WORD = re.compile(r"[^\w/]+")


def _folded(text: str) -> str:
    return re.sub(r"\s+", " ", _NO_WORD.sub(" ", text)).strip().casefold()


@cues.per_reading
def _answers(scheme: str) -> frozenset[str]:
    """Every label of ``scheme`` in every language, folded as :func:`empty_answer` folds a value."""
    return frozenset(_folded(form) for concept in registry.scheme(scheme) for form in concept.surface_forms())


def empty_answer(text: str) -> bool:
    """The text fills a field without saying anything: no word at all, or one of the vocabulary's
    empty answers ("Ei tiedossa.", "– avgörs senare –", "TBD")."""
    folded = _folded(text)
    return not folded or folded in _answers("empty-answer")
