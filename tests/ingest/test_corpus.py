"""Floors of the extraction's precision and recall on the whole corpus, per set and category.

The seeds (../shared/seeds, read in place), the tuning set and the held-out test
set of tests/ingest/corpus are extracted (no store, no mapping: seconds) and
scored by scripts/measure_extraction.py, the same code that prints the figures.
Each floor is the figure reached when it was set, rounded down a little, so a
later change that lowers a figure fails here and says which set and category.
Raise a floor when a change lifts its figure; never lower one to make a change
pass without saying why in the commit.

    .venv/bin/python scripts/measure_extraction.py --set seeds --set tune --set test --set test2 --set test3 --set test4 --set test5
"""

from __future__ import annotations

import importlib.util
import sys
from functools import cache
from pathlib import Path
from types import ModuleType

import pytest

REPO = Path(__file__).resolve().parents[2]

#: (precision floor, recall floor) in per cent per set and category; None: not asserted.
FLOORS: dict[str, dict[str, tuple[float | None, float | None]]] = {
    "seeds": {
        "dependency entities": (63, 83),  # 65.3 / 85.7
        "organisations": (95, 92),  # 97.0 / 94.1 (s24 96.9 / 91.2)
        "cost cells": (100, 100),
        "traffic lights": (100, 100),
        "goals": (90, 81),  # 92.1 / 83.3
        "goals + status": (83, 75),  # 85.5 / 77.4
    },
    "tune": {
        # Raised by the issue-13 breadth work (s24); the set grew by u25–u31 (invented, new layouts).
        "refused-or-not": (100, 100),
        "project name": (97, 98),  # 98.8 / 99.4 (s27, 116 documents; s25 97.7 / 98.8)
        "county": (100, 100),
        "municipalities": (98, 100),  # 99.7 / 100.0 (s28); before: 100 / 100
        "funder": (100, 100),  # 100 / 100 (RRF and STM programmes' granting authority by default)
        # 100.0 / 100.0 (s28); before: 100 / 100 (s26: returned and applied sums as kinds of their own)
        "money": (100, 100),
        "warnings": (100, 100),
        # The dependency cues are another family's (facts/dependencies.py); u25–u31 name services
        # and partners in running text that it does not read yet.
        "dependency entities": (98, 91),  # 99.5 / 93.0 (s27, 116 documents; s26 100 / 91.7)
        # 100.0 / 99.0 (s28); before: 98.4 / 98.9 (s27: sources counted, see u125; s26 100 / 98.6)
        "organisations": (100, 97),
        "cost cells": (100, 100),  # 100 / 100
        "traffic lights": (100, 100),
        "goals": (100, 100),  # 100.0 / 100.0 (s28); before: 100 / 100 (s26; s25 99.0 / 97.2)
        "goals + status": (100, 100),  # 100.0 / 100.0 (s28); before: 100 / 100 (s26; s25 98.1 / 96.2)
    },
    # From stop 28, test, test2 and test3 are development sets (their failures studied by class,
    # tests/ingest/corpus/README.md); test4 and test5 stay held out. Floors raised to stop 28's
    # end figures less 2.5 points; two held-out precision floors lowered where a figure fell
    # (test4 and test5 traffic lights: said at each, with the commit that did it).
    # Held out: measured at the end of each session that tuned on "tune" (no change after it).
    # Stop 24 lowered cost cells (76.0 -> 70.9 precision); stop 25 lowered county recall
    # (100 -> 95: t04, an Innokylä tab page, lost its county) and raised the rest; said in the
    # closing notes.
    "test": {
        # 100.0 / 100.0 (s28 end); before: 95.5 / 95.5: every document about a project read
        "refused-or-not": (100, 100),
        "project name": (95, 92),  # 97.6 / 95.3 (s28 end); before: 93.2 / 90.7 (s24 91.1 / 90.7)
        "county": (100, 100),  # 100.0 / 100.0 (s28 end); before: 100 / 95.0 (s24 100 / 100: fell)
        "municipalities": (100, 100),  # 100.0 / 100.0 (s28 end); before: 100 / 97.4 (s24 100 / 100: fell)
        "funder": (91, 100),  # 94.4 / 100.0 (s28); before: 89.5 / 100
        # 94.7 / 94.7 (s28 end; first half 89.5 / 89.5); before: 88.2 / 78.9 (s25 93.8 / 78.9)
        "money": (100, 100),  # 100.0 / 100.0 (s28 end)
        "warnings": (100, 100),
        "dependency entities": (100, 87),  # 100.0 / 90.2 (s28 end); before: 97.1 / 81.7 (s24 95.2 / 70.7)
        "organisations": (100, 87),  # 100.0 / 90.2 (s28 end); before: 96.0 / 78.7 (s24 93.0 / 65.6)
        "cost cells": (100, 100),  # 100.0 / 100.0 (s28 end); before: 76.9 / 74.8 (s24 70.9 / 68.0)
        "traffic lights": (100, 100),  # 100.0 / 100.0 (s28 end); before: 80.0 / 80.0
        "goals": (100, 100),  # 100.0 / 100.0 (s28 end); before: 80.2 / 89.0 (s24 76.2 / 87.7)
        "goals + status": (100, 100),  # 100.0 / 100.0 (s28 end); before: 77.8 / 86.3 (s24 73.8 / 84.9)
    },
    # The second held-out set (stop 24). Stop 25's tuning documents u62, u63, u73 share three
    # of its layouts (written from real pages, not from test2), so it is no longer wholly unseen.
    # Stop 25 lowered funder (76.5 / 100 -> 70.6 / 92.3) and organisations precision
    # (88.4 -> 81.7, recall 51.4 -> 78.4).
    "test2": {
        "refused-or-not": (100, 100),  # 100.0 / 100.0 (s28); before: 100 / 100 (s24 90.0)
        # 84.6 / 82.5 (s28); before: 77.8 / 70.0 (s27; s26 75.0 / 67.5, s25 77.5 / 77.5)
        "project name": (100, 100),  # 100.0 / 100.0 (s28 end)
        "county": (100, 100),
        "municipalities": (100, 96),  # 100.0 / 98.8 (s28); before: 100 / 98.8
        "funder": (72, 90),  # 75.0 / 92.3 (s28); before: 70.6 / 92.3 (s24 76.5 / 100: fell)
        "money": (100, 67),  # 100.0 / 70.4 (s28 end); before: 50.0 / 33.3
        "dependency entities": (96, 89),  # 99.0 / 91.8 (s28 end); before: 94.2 / 78.6 (s24 92.3 / 46.9)
        # 95.8 / 93.2 (s28); before: 84.1 / 78.4 (s27; s26 81.7 / 78.4, s24 88.4 / 51.4)
        "organisations": (94, 90),  # 97.2 / 93.2 (s28 end)
        "cost cells": (89, 100),  # 91.9 / 100.0 (s28 end); before: 35.5 / 35.2 (s24 12.1 / 10.4)
        "traffic lights": (100, 100),  # 100.0 / 100.0 (s28 end); before: 50.0 / 32.0 (s24 0 / 0)
        "goals": (95, 87),  # 97.9 / 90.4 (s28 end); before: 81.4 / 67.3 (s24 62.5 / 48.1)
        "goals + status": (95, 87),  # 97.9 / 90.4 (s28 end); before: 79.1 / 65.4 (s24 52.5 / 40.4)
    },
    # The third held-out set (stop 25): 20 documents in 20 layouts of no other set, written
    # blind (its author read no ingest code and never ran it) while the tuning went on. Its
    # figures at the end of stop 25; at the session's start (f771ac6) they were lower (note).
    # Not tuned on; one defect it showed (an unnumbered part named 'Investointi : X') was fixed
    # and is counted here. Money (22 % recall) and traffic lights are low and floored low.
    "test3": {
        "refused-or-not": (100, 100),  # 100.0 / 100.0 (s28 end); before: 95.0 / 95.0 (start 90.0)
        # 90.5 / 86.4 (s28); before: 81.6 / 70.5 (s27; s26 75.6 / 70.5, s25 end 66.7 / 59.1)
        "project name": (100, 100),  # 100.0 / 100.0 (s28 end)
        "county": (100, 100),
        "municipalities": (100, 93),  # 100.0 / 95.7 (s28); before: 100 / 95.7
        "funder": (91, 86),  # 93.8 / 88.2
        # 100.0 / 83.3 (s28 end); before: 73.7 / 38.9 (s27; s26 61.9 / 36.1, s25 61.5 / 22.2)
        "money": (100, 80),
        "warnings": (100, 100),
        # 93.4 / 81.8 (s28); before: 93.1 / 77.9 (s27; s26 93.0 / 76.6, s25 end 90.3 / 67.5)
        "dependency entities": (100, 88),  # 100.0 / 90.9 (s28 end)
        "organisations": (91, 90),  # 94.0 / 92.5 (s28 end); before: 77.6 / 78.8 (s27; s26 76.5 / 78.8)
        "cost cells": (95, 92),  # 98.2 / 94.9 (s28 end); before: 42.3 / 37.5 (s27; s26 38.4 / 37.5)
        # 100.0 / 100.0 (s28); before: 67.7 / 37.5 (s27: recall 25 -> 37.5, precision 82.4 -> 67.7 fell with stop 27's light forms; s25 end 52.9 / 16.1)
        "traffic lights": (100, 100),
        "goals": (100, 100),  # 100.0 / 100.0 (s28 end); before: 79.5 / 67.3 (start 81.2 / 75.0)
        "goals + status": (100, 100),  # 100.0 / 100.0 (s28 end); before: 70.5 / 59.6 (start 72.9 / 67.3)
    },
    # The fourth held-out set (stop 26): 20 documents in 20 layouts of no other set, written blind
    # on 2026-12-03 and committed before any measurement; measured once at the end of stop 26
    # (the session's start 9f66a8b in brackets). Not tuned on. It is far below issue 13's targets:
    # both documents to refuse were read, neither warning (encoding, cut short) was given.
    "test4": {
        "refused-or-not": (93, 93),  # 95.0 / 95.0 (s27; s26 90.0)
        "project name": (81, 74),  # 84.1 / 77.1 (s27; s26 82.9 / 70.8)
        "county": (100, 100),  # 100 / 100
        "municipalities": (96, 96),  # 98.4 / 98.4 (s27; s26 98.3 / 93.7)
        "funder": (100, 100),  # 100.0 / 100.0 (s28); before: 100 / 100
        "money": (84, 76),  # 86.7 / 78.8 (s28 end); before: 66.7 / 60.6 (52.2 / 36.4)
        "warnings": (100, 100),  # s27 (s26 0 / 0)
        "dependency entities": (87, 68),  # 90.2 / 70.8 (s28); before: 89.8 / 69.4 (90.4 / 65.3)
        "organisations": (79, 79),  # 82.2 / 82.2 (s28); before: 70.2 / 73.3 (70.2 / 73.3)
        "cost cells": (58, 42),  # 61.4 / 45.3 (s28 end); before: 40.5 / 29.7 (48.1 / 29.7)
        # 62.8 / 39.7 (s28: precision fell, recall rose with its light forms); before: 66.7 / 23.5 (s27; s26 52.9 / 13.2)
        "traffic lights": (61, 37),
        "goals": (59, 53),  # 61.5 / 55.8 (s28 end); before: 59.5 / 51.2 (s26 start 51.4 / 44.2)
        "goals + status": (51, 46),  # 53.8 / 48.8 (s28 end); before: 51.4 / 44.2 (43.2 / 37.2)
    },
    # The fifth held-out set (stop 27): 20 documents in 20 layouts of no other set, 14 of them
    # variants of the mainstream families, written blind on 2026-12-03 and committed before any
    # measurement; measured once at the end of stop 27 (the session's start 6952c1b in brackets).
    # Not tuned on. Both money precision and organisations recall fell with stop 27's rules.
    "test5": {
        "refused-or-not": (93, 93),  # 95.0 / 95.0 (90.0)
        # 82.1 / 67.6 (s28 end; at its middle 78.6 / 64.7 with fde9ba9, a tab strip saved as a list);
        # before: 81.5 / 64.7 (s27)
        "project name": (79, 65),
        "county": (100, 100),  # 100 / 100
        "municipalities": (100, 100),  # 100.0 / 100.0 (s28); before: 100 / 100
        "funder": (92, 92),  # 94.1 / 94.1
        # 73.3 / 35.5 (s28 end; its first half fell to 55.0 / 35.5 with 7d24e29, a sum naming the whole
        # project inside an investment's section; not studied); before: 60.0 / 38.7 (80.0 / 38.7)
        "money": (77, 36),  # 80.0 / 38.7 (s28 end)
        "dependency entities": (84, 61),  # 85.7 / 63.9 (s28 end); before: 86.8 / 61.1 (85.7 / 63.9)
        "organisations": (72, 74),  # 74.1 / 76.9 (s28 end); before: 63.6 / 67.3 (63.2 / 69.2)
        "cost cells": (63, 43),  # 65.8 / 45.8 (s28 end); before: 43.1 / 29.8 (48.5 / 29.8)
        # 22.2 / 12.2 (s28: fell with 0d885ae, light dimensions named in other words; five wrong
        # lights more, not studied); before: 27.3 / 12.2 (26.1 / 12.2)
        "traffic lights": (21, 11),
        "goals": (77, 67),  # 80.4 / 69.5 (s28 end); before: 75.9 / 69.5 (74.5 / 69.5)
        "goals + status": (66, 56),  # 68.6 / 59.3 (s28 end); before: 57.4 / 52.5 (56.4 / 52.5)
    },
}


@cache
def measure() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "measure_extraction", REPO / "scripts" / "measure_extraction.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["measure_extraction"] = module
    spec.loader.exec_module(module)
    return module


@cache
def figures(which: str) -> dict[str, tuple[float | None, float | None]]:
    m = measure()
    if which == "seeds":
        if not any(m.SEEDS.glob("[0-9][0-9][0-9]_*.txt")):
            pytest.skip(f"the seeds are not in {m.SEEDS}")
        outcomes = m.seed_outcomes()
    else:
        outcomes = m.measure_corpus(which)
        assert outcomes, f"no documents with gold in tests/ingest/corpus/{which}"
    return m.figures(outcomes)


CASES = [(which, category) for which, floors in FLOORS.items() for category in floors]


@pytest.mark.parametrize(("which", "category"), CASES, ids=[f"{w}-{c}" for w, c in CASES])
def test_floor(which: str, category: str) -> None:
    precision, recall = figures(which)[category]
    want_p, want_r = FLOORS[which][category]
    shown = f"{which} / {category}: precision {precision}, recall {recall}"
    if want_p is not None:
        assert precision is not None and 100 * precision >= want_p, shown
    if want_r is not None:
        assert recall is not None and 100 * recall >= want_r, shown


def test_every_corpus_document_has_gold() -> None:
    m = measure()
    for which in ("tune", "test", "test2"):
        folder = m.CORPUS / which
        documents = {p.name for p in folder.iterdir() if p.is_file() and not p.name.endswith(".gold.json")}
        gold = {p.name[: -len(".gold.json")] for p in folder.glob("*.gold.json")}
        assert documents and documents == gold, (which, documents ^ gold)
