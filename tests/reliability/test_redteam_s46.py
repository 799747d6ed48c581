"""Faults the stop-46 red team (R10) found in the public face, each pinned on the behaviour it broke.

- R10-1: the summaries of a 400 said "korjaa alla nimetty parametri" / "named below" and "the place
  is given below" while the plain-text answer puts the detail ABOVE them (``400 bad-request: …`` then
  the summary) and JSON in a field of its own: a summary must hold wherever its detail stands.
"""

from __future__ import annotations

import re

import pytest

from hankegraafi.server.i18n import LANGS, STRINGS

#: Words that place the detail (below / above) in the three languages.
_PLACE = re.compile(r"\b(?:alla|yllä|alempana|ylempänä|nedan|ovan|below|above)\b", re.IGNORECASE)


@pytest.mark.parametrize("lang", LANGS)
def test_no_error_summary_says_where_its_detail_stands(lang: str) -> None:
    summaries = {key: texts for key, texts in STRINGS.items() if key.startswith("error.")}
    assert len(summaries) > 15  # every HttpError code has one (stop 45)
    placed = {key: texts[lang] for key, texts in summaries.items() if _PLACE.search(texts.get(lang, ""))}
    assert placed == {}
    assert "details" in summaries["error.bad-request"]["en"]
