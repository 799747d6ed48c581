"""A stored answer's key (``answers.call_digest``, kept per call) is the digest of the exact text
the call runs, as the readers compute it from the text they are asked (``pieces.text_digest``)."""

from __future__ import annotations

import pytest

from hankegraafi.queries import answers
from hankegraafi.queries.answerkeys import BY_REGION
from hankegraafi.queries.answerlangs import LANGS
from hankegraafi.queries.catalogue import ParameterError, get
from hankegraafi.queries.pieces import text_digest

COUNTY = "https://w3id.org/hankegraafi/vocab/county/08"


def test_a_kept_digest_is_the_digest_of_the_calls_text() -> None:
    calls = [*answers.calls()]
    calls += [(name, {"region": COUNTY}) for name in BY_REGION]
    calls += [
        (name, {**params, "lang": lang})
        for name, params in calls
        if "lang" in {p.name for p in get(name).params}
        for lang in LANGS
    ]
    assert len(calls) > 20
    for _round in range(2):  # the second round reads what the first kept
        for name, params in calls:
            assert answers.call_digest(name, params) == text_digest(answers.call_text(name, params)), (
                name,
                params,
            )
    # each call its own key: a county or a language written in changes the text and so the digest
    assert len({answers.call_digest(name, params) for name, params in calls}) == len(calls)


def test_a_refused_call_is_refused_every_time() -> None:
    for _round in range(2):
        with pytest.raises(ParameterError):
            answers.call_digest("projects-by-region", {"no-such-parameter": "x"})
