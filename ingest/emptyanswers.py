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


#: Between two answers given as one: "Ei tiedossa / N/A", "Okänt; avgörs senare", "Avoin (rekrytointi käynnissä)".
_PIECES = re.compile(r"\s+/\s+|[;|()\[\]]")


@cues.per_reading
def _when_words(scheme: str) -> frozenset[str]:
    """The words of the scheme's ``not-yet`` concept ("vielä", "ännu", "yet"), folded."""
    return frozenset(
        _folded(form)
        for concept in registry.scheme(scheme)
        if concept.key == "not-yet"
        for form in concept.surface_forms()
    )


def _empty_piece(text: str) -> bool:
    folded = _folded(text)
    if not re.search(r"[^\W_]", folded) or folded in _answers("empty-answer"):  # "–/–", "./.": signs alone
        return True
    when = _when_words("empty-answer")
    words = [w for w in folded.split(" ") if w not in when]
    return not words or " ".join(words) in _answers("empty-answer")


def empty_answer(text: str) -> bool:
    """The text fills a field without saying anything: no word at all, or the vocabulary's empty answers
    ("Ei tiedossa.", "– avgörs senare –", "TBD", "Not known yet", "Ei tiedossa / N/A", "Avoin (rekrytointi
    käynnissä)"), words that only say when aside; one piece that says something makes it an answer."""
    if _empty_piece(text):
        return True
    pieces = [piece for piece in _PIECES.split(text) if piece.strip()]
    return len(pieces) > 1 and all(_empty_piece(piece) for piece in pieces)
