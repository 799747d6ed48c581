"""A goal's, output's or name's cell that says nothing ("-", "ei ole", "n/a"): no goal, output,
benefit or name. Shared by the goal, output and name readers (moved out of goals.py, stop 50).

The words are the vocabulary's empty answers (``empty-answer`` in ``ontology/vocab/kinds.ttl``, read by
``ingest/emptyanswers.py``), one place for them: a form's "Ei tiedossa", "TBD", "– avgörs senare –" fills
a goal's cell as it fills an organisation's field (before stop 50 a regex here repeated some of them).
"""

from __future__ import annotations

from hankegraafi.ingest.emptyanswers import empty_answer
from hankegraafi.ingest.facts.text import BULLET


def placeholder(text: str) -> bool:
    """Text that fills a form's field without saying anything: dashes, dots, "ei ole", "n/a", "TBD"."""
    return empty_answer(BULLET.sub("", text))
