"""Floors of the extraction's precision and recall on the whole corpus, per set and category.

The seeds (../shared/seeds, read in place), the tuning set and the held-out test
set of tests/ingest/corpus are extracted (no store, no mapping: seconds) and
scored by scripts/measure_extraction.py, the same code that prints the figures.
Each floor is the figure reached when it was set, rounded down a little, so a
later change that lowers a figure fails here and says which set and category.
Raise a floor when a change lifts its figure; never lower one to make a change
pass without saying why in the commit.

    .venv/bin/python scripts/measure_extraction.py --set seeds --set tune --set test --set test2 --set test3 --set test4 --set test5 --set test6 --set test7 --set test8 --set test9 \
        --set test10 --set test11 --set test12 --set test13 --set test14 --set test15 --set test16 --set test17 --set test18 --set test19 \
        --set test20 --set test21 --set test22 --set test23 --set test24 --set test25 --set test26 --set test27 --set test28 --set test29 --set test30 --set test31 --set test32 --set test33 --set test34 --set test35 --set test36 --set test37 --set test38 --set test39 --set test40 --set test41 --set test42 --set test43 --set test44 --set test45 --set test46 --set test47 --set test48 --set test49 --set test50
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
        "goals": (92, 85),  # 94.9 / 88.1 (s34 end); 92.1 / 83.3
        "goals + status": (87, 80),  # 89.7 / 83.3 (s34 end); 85.5 / 77.4
    },
    "tune": {
        # Raised by the issue-13 breadth work (s24); the set grew by u25–u31 (invented, new layouts).
        "refused-or-not": (100, 100),
        "project name": (97, 98),  # 98.8 / 99.4 (s27, 116 documents; s25 97.7 / 98.8)
        # 100.0 / 99.8 (s35 end): u545 (L7's, English minutes) names 'Eastern Uusimaa wellbeing services county', not
        # the vocabulary's 'East Uusimaa'; left
        # s37: L9's u733 reads Österbotten from the project's name, its gold has no county
        "county": (99, 99),  # 99.8 / 99.5 (s37 end)
        "municipalities": (98, 100),  # 99.7 / 100.0 (s28); before: 100 / 100
        "funder": (100, 100),  # 100 / 100 (RRF and STM programmes' granting authority by default)
        # 100.0 / 100.0 (s28); before: 100 / 100 (s26: returned and applied sums as kinds of their own)
        "money": (
            99,
            99,
        ),  # 99.5 / 99.5 (s36 end): u674 (F15, a CSV in long form) read right but filed under the unit "basic data", its first section's title taken as the name after a later commit
        # 88.9 / 100.0 (s35 end): u542 (L7's CSV, a last row ending in an empty cell) is warned as cut short; left
        "warnings": (100, 100),  # 100.0 / 100.0 (s36 end)
        # The dependency cues are another family's (facts/dependencies.py); u25–u31 name services
        # and partners in running text that it does not read yet.
        # 99.7 / 94.8 (s31 end); 99.5 / 93.0 (s27, 116 documents; s26 100 / 91.7)
        "dependency entities": (98, 94),  # 99.5 / 96.5 (s36 end); 99.7 / 95.5 (s32 end)
        # 100.0 / 99.0 (s28); before: 98.4 / 98.9 (s27: sources counted, see u125; s26 100 / 98.6)
        "organisations": (100, 97),
        # 99.3 / 99.3 (s29 end): u226 is a known miss again since ed0c287 (its rule narrowed after it
        # cost the held-out test5 16 cells, found by bisecting commits); before: 100 / 100
        "cost cells": (
            99,
            99,
        ),  # 99.1 / 99.2 (s36 end): the same u674, its 12 cells right under the unit "basic data"; before: 100.0 / 100.0 (s33 end)
        # 100.0 / 99.6 (s46 end): N18's u1383 (a md matrix keyed "TP1 | TP2" under colour words) has its parts made
        # and no light read (partshort writes the header out, the rows are then no matrix); left open, said in its report
        "traffic lights": (100, 99),
        # 99.8 / 100.0 (s35 end): u571 (N5's risk assessment) has a sentence read as a goal; before: 100 / 100 (s28)
        # Recall lowered (s41): G10's u1163 ("Pilotti 1: X – toteutui" goal lines keyed by their pilot are read as
        # part lines, N11's parts) left open. 99.8 / 100 (s37 end): L9's u734, a plan's goal its gold does not list.
        "goals": (99, 99),  # 99.7 / 99.7 (s41 end)
        "goals + status": (99, 99),  # 99.6 / 99.6 (s41 end); 99.8 / 100 (s37 end)
    },
    # From stop 29, test4 and test7 are development sets too, and test6 is held out with test5.
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
        # 97.7 / 97.7 (s30 end); 97.6 / 95.3 (s28 end); before: 93.2 / 90.7 (s24 91.1 / 90.7)
        "project name": (95, 95),
        "county": (100, 100),  # 100.0 / 100.0 (s28 end); before: 100 / 95.0 (s24 100 / 100: fell)
        "municipalities": (100, 100),  # 100.0 / 100.0 (s28 end); before: 100 / 97.4 (s24 100 / 100: fell)
        "funder": (91, 100),  # 94.4 / 100.0 (s28); before: 89.5 / 100
        # 94.7 / 94.7 (s28 end; first half 89.5 / 89.5); before: 88.2 / 78.9 (s25 93.8 / 78.9)
        "money": (100, 100),  # 100.0 / 100.0 (s28 end)
        "warnings": (100, 100),
        # 100.0 / 91.5 (s30 end); 100.0 / 90.2 (s28 end); before: 97.1 / 81.7 (s24 95.2 / 70.7)
        "dependency entities": (100, 90),  # 100.0 / 92.7 (s31 end)
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
        "funder": (78, 100),  # 81.2 / 100.0 (s29 end); before: 70.6 / 92.3 (s24 76.5 / 100: fell)
        # 100.0 / 96.3 (s33 end); s30 end 100.0 / 92.6; s29 end 100.0 / 77.8; before: 50.0 / 33.3
        "money": (100, 100),  # 100.0 / 100.0 (s34 end)
        "dependency entities": (96, 94),  # 99.0 / 96.9 (s35 end)
        # 95.8 / 93.2 (s28); before: 84.1 / 78.4 (s27; s26 81.7 / 78.4, s24 88.4 / 51.4)
        "organisations": (96, 92),  # 98.6 / 94.6 (s35 end); 98.6 / 93.2 (s29 end)
        # 99.2 / 100.0 (s30 end); 91.9 / 100.0 (s28 end); before: 35.5 / 35.2 (s24 12.1 / 10.4)
        "cost cells": (96, 100),
        "traffic lights": (100, 100),  # 100.0 / 100.0 (s28 end); before: 50.0 / 32.0 (s24 0 / 0)
        "goals": (100, 100),  # 100.0 / 100.0 (s29 end); before: 81.4 / 67.3 (s24 62.5 / 48.1)
        "goals + status": (95, 93),  # 96.2 / 96.2 (s29 end); before: 79.1 / 65.4 (s24 52.5 / 40.4)
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
        "municipalities": (100, 95),  # 100.0 / 97.8 (s37 end); 100.0 / 95.7 (s28); before: 100 / 95.7
        "funder": (91, 86),  # 93.8 / 88.2
        # 100.0 / 83.3 (s28 end); before: 73.7 / 38.9 (s27; s26 61.9 / 36.1, s25 61.5 / 22.2)
        "money": (100, 91),  # 100.0 / 94.3 (s52 end); 100.0 / 91.4 (s34 end); 100.0 / 86.1 (s33 end)
        "warnings": (100, 100),
        # 93.4 / 81.8 (s28); before: 93.1 / 77.9 (s27; s26 93.0 / 76.6, s25 end 90.3 / 67.5)
        # 100.0 / 93.5 (s32 end); 100.0 / 92.2 (s31 end); 100.0 / 90.9 (s28 end)
        "dependency entities": (100, 92),  # 100.0 / 94.8 (s36 end)
        # 95.4 / 92.5 (s33 end); 94.0 / 92.5 (s28 end); before: 77.6 / 78.8 (s27; s26 76.5 / 78.8)
        "organisations": (94, 90),  # 96.9 / 92.5 (s51 end)
        # 100.0 / 100.0 (s30 end); s29 end 100.0 / 96.6; before: 42.3 / 37.5 (s27; s26 38.4 / 37.5)
        "cost cells": (100, 100),
        # 100.0 / 100.0 (s28); before: 67.7 / 37.5 (s27: recall 25 -> 37.5, precision 82.4 -> 67.7 fell with stop 27's light forms; s25 end 52.9 / 16.1)
        "traffic lights": (100, 100),
        "goals": (100, 100),  # 100.0 / 100.0 (s28 end); before: 79.5 / 67.3 (start 81.2 / 75.0)
        "goals + status": (100, 100),  # 100.0 / 100.0 (s28 end); before: 70.5 / 59.6 (start 72.9 / 67.3)
    },
    # The fourth set (stop 26): 20 documents in 20 layouts of no other set, written blind on
    # 2026-12-03 and committed before any measurement; held out until stop 28 (its last held-out
    # figures in stop 28's closing note), a development set since stop 29, whose misses were studied
    # by class (each pinned by a tuning document in another area and wording).
    "test4": {
        "refused-or-not": (100, 100),  # 100.0 / 100.0 (s30 end); 95.0 / 95.0 (s27; s26 90.0)
        "project name": (95, 97),  # 98.0 / 100.0 (s45 end); 97.8 / 93.8 (s34 end)
        "county": (100, 100),  # 100 / 100
        "municipalities": (100, 97),  # 100.0 / 100.0 (s56 end); 100.0 / 98.4 (s37 end); 98.4 / 98.4 (s27
        "funder": (100, 100),  # 100.0 / 100.0 (s28); before: 100 / 100
        # 100.0 / 97.0 (s33 end); 100.0 / 93.9 (s29 end); before: 66.7 / 60.6 (52.2 / 36.4)
        "money": (100, 100),  # 100.0 / 100.0 (s34 end)
        "warnings": (100, 100),  # s27 (s26 0 / 0)
        # 95.7 / 95.7 (s32 end); 95.8 / 92.8 (s29 end); before: 89.8 / 69.4 (90.4 / 65.3)
        "dependency entities": (94, 94),  # 97.1 / 97.1 (s35 end); 97.1 / 95.7 (s33 end)
        # 97.8 / 97.8 (s35 end); 97.7 / 95.6 (s29 end); before: 70.2 / 73.3 (70.2 / 73.3)
        "organisations": (95, 95),
        # 98.9 / 100.0 (s30 end; 3b4b052 scores an estimate table whose total is also money as cost
        # cells, so w04's table counts, 5 right and 2 wrong); s29 end 100.0 / 97.1; before: 40.5 / 29.7
        "cost cells": (97, 100),
        # 100.0 / 100.0 (s29 end, a development set); before: 62.8 / 39.7 (s28; s27 66.7 / 23.5)
        "traffic lights": (100, 100),
        "goals": (100, 100),  # 100.0 / 100.0 (s29 end); before: 59.5 / 51.2 (s26 start 51.4 / 44.2)
        "goals + status": (100, 100),  # 100.0 / 100.0 (s29 end); before: 51.4 / 44.2 (43.2 / 37.2)
    },
    # The fifth held-out set (stop 27): 20 documents in 20 layouts of no other set, 14 of them
    # variants of the mainstream families, written blind on 2026-12-03 and committed before any
    # measurement; measured once at the end of stop 27 (the session's start 6952c1b in brackets).
    # Not tuned on. Both money precision and organisations recall fell with stop 27's rules. In stop
    # 29 its README layout table and annotation choices were shown under test4's heading for an hour
    # (daa2008, restored in bc3be77) and read by two helpers; no document of it was opened.
    "test5": {
        "refused-or-not": (93, 93),  # 95.0 / 95.0 (90.0)
        # 82.8 / 70.6 (s29 end); before: 82.1 / 67.6 (s28 end; at its middle 78.6 / 64.7 with fde9ba9)
        "project name": (91, 75),  # 93.5 / 78.4 (s45 end); 92.9 / 76.5 (s38 end)
        "county": (100, 100),  # 100 / 100
        "municipalities": (100, 100),  # 100.0 / 100.0 (s28); before: 100 / 100
        "funder": (92, 100),  # 94.4 / 100.0 (s29 end); before: 94.1 / 94.1
        # 93.8 / 48.4 (s31 end); s30 end 87.5 / 45.2; s29 end 81.2 / 41.9; before: 80.0 / 38.7 (s28 end)
        "money": (91, 54),  # 94.1 / 57.1 (s34 end)
        # 85.7 / 72.2 (s30 end); s29 end 87.9 / 68.1; before: 86.8 / 61.1 (85.7 / 63.9)
        "dependency entities": (85, 80),  # 85.9 / 83.3 (s57 end)
        # 77.2 / 84.6 (s30 end); s29 end 78.2 / 82.7; before: 63.6 / 67.3 (63.2 / 69.2)
        "organisations": (76, 86),  # 79.3 / 88.5 (s51 end); 75.4 / 88.5 (s39 end)
        # 84.1 / 69.0 (s30 end); s29 end 71.2 / 56.0; before: 43.1 / 29.8 (48.5 / 29.8)
        "cost cells": (89, 82),  # 91.6 / 84.5 (s55 end); 90.2 / 76.8 (s50 end); 89.9 / 74.4 (s42 end)
        # 61.1 / 44.9 (s29 end: 0d885ae's over-reach closed in b8646cb, the test4 light forms);
        # before: 22.2 / 12.2 (s28, fell with 0d885ae; s27 27.3 / 12.2)
        "traffic lights": (82, 81),  # 85.4 / 83.7 (s34 end); 82.9 / 69.4 (s31 end); s30 end 80.0 / 57.1
        "goals": (93, 80),  # 96.1 / 83.1 (s36 end)
        # 89.8 / 74.6 (s31 end); 88.0 / 74.6 (s29 end); before: 57.4 / 52.5 (56.4 / 52.5)
        "goals + status": (89, 77),  # 92.2 / 79.7 (s36 end)
    },
    # The sixth held-out set (stop 29): 20 documents in 20 layouts of no other set, all 18 project
    # documents in the mainstream families, written blind on 2026-12-04 and committed before any
    # measurement; first measured by the lead at 79c1e73 (in "first measured"), again at the end.
    # Not tuned on.
    "test6": {
        "refused-or-not": (92, 92),  # 95.0 / 95.0 (s29 end); first measured 95.0 / 95.0
        # 79.4 / 71.1 (s33 end); s30 end 74.3 / 68.4; s29 end 73.5 / 65.8; first measured 70.6 / 63.2
        "project name": (92, 87),  # 94.9 / 90.2 (s57 end)
        "county": (100, 100),  # 100.0 / 100.0 (s29 end); first measured 100.0 / 100.0
        "municipalities": (100, 100),  # 100.0 / 100.0 (s29 end); first measured 100.0 / 100.0
        "funder": (100, 100),  # 100.0 / 100.0 (s40 end)
        # 71.9 / 54.8 (s31 end); s30 end 68.8 / 52.4; s29 end 65.5 / 45.2; first measured 58.6 / 40.5
        "money": (85, 70),  # 87.9 / 72.5 (s57 end)
        "warnings": (100, 47),  # 100.0 / 50.0 (s36 end); 50.0 / 50.0 (s29 end); first measured 50.0 / 50.0
        # 96.4 / 85.5 (s30 end); s29 end 96.2 / 80.6; first measured 96.2 / 79.0
        # 96.7 / 95.2 (s35 end); 96.7 / 93.5 (s32 end); 96.6 / 90.3 (s31 end)
        "dependency entities": (94, 94),  # 96.8 / 96.8 (s54 end)
        # 96.7 / 96.7 (s33 end); s30 end 95.1 / 96.7; s29 end 94.9 / 93.3; first measured 94.9 / 93.3
        "organisations": (94, 95),  # 96.7 / 98.3 (s35 end)
        # 65.3 / 63.4 (s31 end); s30 end 64.2 / 61.4; s29 end 52.2 / 47.0; first measured 43.5 / 39.6
        "cost cells": (85, 84),  # 87.5 / 86.6 (s47 end); 87.1 / 86.6 (s42 end)
        # 83.1 / 64.5 (s30 end); s29 end 91.5 / 56.6; first measured 89.5 / 44.7. Precision fell with
        # stop 30's light forms (bisected by commit: 9044af1 +3 right +3 wrong, bd145eb +3 wrong)
        "traffic lights": (93, 83),  # 95.6 / 85.5 (s42 end); 89.7 / 80.3 (s35 end)
        # 89.1 / 77.8 (s35 end; 92.5 / 77.8 s34 end): one more wrong goal, G4's b34233b (goals judged in four shapes),
        # recall unchanged
        # s37: 14532a9 (G6's goal tables) one goal fewer right; goals+status rose 70.9/61.9 -> 76.4/66.7
        # s38: ab05e6d (G7, not met then moved on) one more goal read, wrong (48/55 -> 48/56); goals+status rose
        "goals": (85, 78),  # 86.4 / 81.0 (s56 end); 86.2 / 79.4 (s46 end); 85.7 / 76.2 (s38 end)
        # 66.7 / 54.0 (s31 end); s30 end 64.7 / 52.4; s29 end 52.7 / 46.0; first measured 43.8 / 44.4
        "goals + status": (76, 70),  # 79.3 / 73.0 (s46 end); 76.8 / 68.3 (s38 end)
    },
    # The seventh set (stop 29): written blind like test6 on 2026-12-04, a development set from the
    # start: first measured at 065501a, then its misses studied by class (u216–u239).
    "test7": {
        # 100.0 / 100.0 (s30 end); s29 end 90.0 / 90.0; first measured 90.0 / 90.0
        "refused-or-not": (100, 100),
        # 97.1 / 94.4 (s33 end); s30 end 94.4 / 94.4; s29 end 83.3 / 69.4; first measured 73.3 / 61.1
        "project name": (94, 91),
        "county": (100, 100),  # 100.0 / 100.0 (s29 end); first measured 100.0 / 100.0
        # 100.0 / 100.0 (s30 end); s29 end 100.0 / 94.0; first measured 100.0 / 94.0
        "municipalities": (100, 100),
        # 100.0 / 100.0 (s31 end); s30 end 88.9 / 88.9; s29 end 88.2 / 83.3; first measured 88.2 / 83.3
        "funder": (100, 100),
        # 90.9 / 81.1 (s31 end); s30 end 84.4 / 73.0; s29 end 68.2 / 40.5; first measured 52.4 / 29.7
        "money": (91, 88),  # 94.1 / 91.4 (s35 end); 93.9 / 88.6 (s34 end); 93.9 / 83.8 (s33 end)
        "warnings": (100, 100),  # 100.0 / 100.0 (s29 end); first measured 100.0 / 100.0
        # 98.5 / 93.9 (s30 end); s29 end 98.2 / 75.8; first measured 96.0 / 65.2
        "dependency entities": (100, 94),  # 100.0 / 97.0 (s32 end); 98.6 / 97.0 (s31 end)
        # 98.1 / 100.0 (s30 end); s29 end 98.0 / 90.6; first measured 95.7 / 84.9
        "organisations": (95, 100),
        # 92.9 / 94.1 (s31 end); s30 end 91.7 / 94.1; s29 end 53.9 / 45.1; first measured 36.9 / 24.8
        "cost cells": (92, 92),  # 94.8 / 94.8 (s55 end); 94.2 / 94.8 (s48 end); 93.5 / 94.1 (s33 end)
        # 100.0 / 100.0 (s33 end); s30 end 94.5 / 94.5; s29 end 48.5 / 29.1; first measured 44.4 / 21.8
        "traffic lights": (100, 100),
        "goals": (100, 100),  # 100.0 / 100.0 (s30 end); s29 end 100.0 / 95.3; first measured 69.2 / 62.8
        # 100.0 / 100.0 (s30 end); s29 end 100.0 / 95.3; first measured 59.0 / 53.5
        "goals + status": (100, 100),
    },
    # The eighth held-out set (stop 30): 20 documents in 20 layouts of no other set, written blind at
    # the session's start and committed before any measurement; first measured on the code of the
    # session's start (8cb86ad): name 58.1 / 54.5, money 38.1 / 20.5, cost cells 19.8 / 14.5, lights
    # 42.9 / 12.5, goals with status 71.0 / 40.0. Not tuned on.
    "test8": {
        "refused-or-not": (92, 92),  # 95.0 / 95.0 (s30 end)
        # s38: d0c7303 (N8, a header row of part columns with nothing under it makes no parts) one name fewer (26 -> 25)
        # 83.9 / 78.8 (s33 end); 72.7 / 72.7 (s31 end); s30 end 67.6 / 69.7
        "project name": (83, 75),  # 86.2 / 75.8 (s47 end); 83.3 / 75.8 (s38 end)
        "county": (100, 100),  # 100.0 / 100.0 (s30 end)
        "municipalities": (100, 100),  # 100.0 / 100.0 (s30 end)
        "funder": (74, 74),  # 76.5 / 76.5 (s30 end)
        # s37: 9000bca (F16's cost tables, second round) two more sums read, both wrong
        "money": (62, 46),  # 63.0 / 48.6 (s37 end)
        "warnings": (100, 100),  # 100.0 / 100.0 (s30 end)
        "dependency entities": (94, 88),  # 96.9 / 91.3 (s32 end); 96.6 / 81.2 (s31 end); s30 end 96.2 / 71.0
        "organisations": (95, 95),  # 98.1 / 98.1 (s51 end); 91.2 / 98.1 (s31 end); s30 end 90.9 / 94.3
        "cost cells": (78, 73),  # 81.1 / 75.6 (s55 end); 80.3 / 75.6 (s47 end); 77.9 / 73.3 (s42 end)
        "traffic lights": (
            75,
            57,
        ),  # 78.2 / 59.7 (s44 end: e172465, L1's bar legends, held out); 77.4 / 56.9 (s43 end, as at s42's end: 7179450); 73.6 / 54.2 (s41 end); 72.5 / 51.4 (s36 end): precision 74 -> 72, three more lights read and filed under a wrong unit (unit aside precision 95.8 -> 98.0), 0c11371; before: 77.1 / 51.4 (s34 end)
        # Precision lowered with its reason: 63a25b3 (a section heading "Mitä saatiin aikaan" and its
        # kin as goal results, from the variant generator) read +4 goals there that are not (the
        # lead's per-commit held-out run; d835170 +2 right +1 wrong). Recall rose.
        # 91.9 / 61.8 (s33 end); 87.2 / 61.8 (s32 end); 79.5 / 56.4 (s31 end); s30 end 87.5 / 50.9
        "goals": (
            97,
            64,
        ),  # 100.0 / 67.3 (s44 end: e172465 L1's bar legends 88.1 -> 97.4, 60c4794 G1's goal readers -> 100); 88.1 / 67.3 (s36 end): precision 89 -> 88, +3 right and +2 wrong goals (recall 61.8 -> 67.3), 24d3b39/0c11371; before: 88.1 / 67.3 (s36 end)
        # 86.5 / 58.2 (s33 end); 79.5 / 56.4 (s32 end); 71.8 / 50.9 (s31 end); s30 end 81.2 / 47.3
        "goals + status": (
            92,
            61,
        ),  # 94.6 / 63.6 (s44 end: e172465 83.3 -> 92.1, 60c4794 -> 94.6); 83.3 / 63.6 (s36 end): precision 84 -> 83, the same goals; before: 83.3 / 63.6 (s36 end)
    },
    # The ninth set (stop 30): written blind like test8, a development set from the start (first
    # measured at 12b2312: name 70.6 / 70.6, cost cells 34.3 / 33.0, lights 43.8 / 24.4, goals with
    # status 76.7 / 61.1), its misses studied by class (u270–u306).
    "test9": {
        "refused-or-not": (100, 100),  # 100.0 / 100.0 (s30 end)
        "project name": (89, 100),  # 91.9 / 100.0 (s32 end); s30 end 91.7 / 97.1
        "county": (100, 100),  # 100.0 / 100.0 (s30 end)
        "municipalities": (100, 100),  # 100.0 / 100.0 (s30 end)
        "funder": (100, 100),  # 100.0 / 100.0 (s30 end)
        # 100.0 / 82.9 (s33 end); 96.0 / 68.6 (s32 end); 95.8 / 65.7 (s31 end); s30 end 90.9 / 57.1
        "money": (
            100,
            85,
        ),  # 100.0 / 85.7 (s40 end), lowered 86 -> 85: c6f44aa (N10) no longer reads q06's returned sum in a sheet's key rows under a "toteuma" caption; 100.0 / 88.6 (s34 end)
        "warnings": (100, 100),  # 100.0 / 100.0 (s36 end); 66.7 / 100.0 (s30 end)
        # 98.7 / 96.1 (s33 end); 98.7 / 94.7 (s32 end); 98.7 / 89.5 (s31 end); s30 end 97.3 / 81.6
        "dependency entities": (96, 93),
        "organisations": (100, 90),  # 100.0 / 93.1 (s33 end); 98.2 / 93.1 (s32 end); s30 end 98.0 / 86.2
        # 100.0 / 100.0 (s33 end); 99.5 / 100.0 (s32 end); 95.7 / 96.1 (s31 end); s30 end 95.2 / 96.1
        "cost cells": (100, 100),
        "traffic lights": (100, 94),  # 100.0 / 96.5 (s34 end); 100.0 / 89.5 (s32 end); s30 end 94.8 / 84.9
        "goals": (100, 100),  # 100.0 / 100.0 (s30 end)
        "goals + status": (100, 100),  # 100.0 / 100.0 (s30 end)
    },
    "test10": {
        "refused-or-not": (100, 100),  # 100.0 / 100.0 (s31 end)
        "project name": (100, 100),  # 100.0 / 100.0 (s35 end); 97.4 / 97.4 (s34 end); 97.3 / 94.7 (s31 end)
        "county": (100, 100),  # 100.0 / 100.0 (s31 end)
        "municipalities": (100, 100),  # 100.0 / 100.0 (s31 end)
        "funder": (100, 100),  # 100.0 / 100.0 (s31 end)
        # 88.9 / 82.8 (s35 end); 81.5 / 75.9 (s34 end); 81.5 / 73.3 (s33 end); 75.9 / 73.3 (s31 end)
        "money": (86, 83),  # 89.3 / 86.2 (s41 end)
        "warnings": (100, 100),  # 100.0 / 100.0 (s36 end); 66.7 / 100.0 (s31 end)
        "dependency entities": (100, 96),  # 100.0 / 98.5 (s31 end)
        "organisations": (100, 100),  # 100.0 / 100.0 (s33 end); 97.9 / 100.0 (s31 end)
        "cost cells": (96, 97),  # 98.7 / 100.0 (s55 end); 98.3 / 100.0 (s46 end); 93.2 / 94.8 (s35 end)
        "traffic lights": (97, 97),  # 100.0 / 100.0 (s46 end); 96.6 / 96.6 (s31 end)
        "goals": (100, 93),  # 100.0 / 96.4 (s33 end); 98.2 / 96.4 (s31 end)
        "goals + status": (93, 90),  # 96.3 / 92.9 (s33 end); 94.5 / 92.9 (s32 end); 92.7 / 91.1 (s31 end)
    },
    "test11": {
        "refused-or-not": (92, 92),  # 95.0 / 95.0 (s31 end)
        "project name": (75, 75),  # 77.8 / 77.8 (s45 end); 75.8 / 73.5 (s38 end)
        "county": (100, 100),  # 100.0 / 100.0 (s31 end)
        "municipalities": (100, 100),  # 100.0 / 100.0 (s31 end)
        "funder": (100, 100),  # 100.0 / 100.0 (s32 end); 94.4 / 94.4 (s31 end)
        "money": (47, 31),  # 47.8 / 31.4 (s39 end; c6688b7: one sum fewer right); 52.2 / 34.3 (s34 end)
        "warnings": (100, 100),  # 100.0 / 100.0 (s31 end)
        # 98.3 / 90.6 (s35 end); 96.7 / 89.1 (s32 end); 96.7 / 85.9 (s31 end)
        "dependency entities": (95, 91),  # 98.4 / 93.8 (s39 end); 98.4 / 92.2 (s36 end)
        "organisations": (100, 95),  # 100.0 / 97.7 (s39 end); 100.0 / 95.3 (s35 end); 97.6 / 93.0 (s31 end)
        "cost cells": (41, 42),  # 43.6 / 45.1 (s46 end); 41.8 / 43.4 (s31 end)
        "traffic lights": (79, 58),  # 80.9 / 61.3 (s37 end)
        "goals": (92, 75),  # 95.2 / 78.4 (s34 end); 92.7 / 74.5 (s33 end); 90.5 / 74.5 (s31 end)
        "goals + status": (85, 72),  # 88.4 / 74.5 (s50 end); 81.4 / 68.6 (s47 end); 81.0 / 66.7 (s34 end)
    },
    "test12": {
        "refused-or-not": (100, 100),  # 100.0 / 100.0 (s32 start, clean worktree of 0e36452)
        # 82.6 / 79.2 (s32 end); 66.7 / 58.3 (s32 start, clean worktree of 0e36452)
        "project name": (97, 95),  # 100.0 / 97.9 (s47 end); 97.9 / 97.9 (s45 end)
        "county": (100, 100),  # 100.0 / 100.0 (s32 start, clean worktree of 0e36452)
        "municipalities": (100, 100),  # 100.0 / 100.0 (s32 start, clean worktree of 0e36452)
        "funder": (100, 100),  # 100.0 / 100.0 (s32 end); 84.2 / 88.9 (s32 start, clean worktree of 0e36452)
        # 88.2 / 78.9 (s33 end); 65.5 / 50.0 (s32 end); 41.4 / 31.6 (s32 start, clean worktree of 0e36452)
        "money": (94, 92),  # 97.2 / 94.6 (s47 end); 94.4 / 91.9 (s45 end)
        "warnings": (100, 100),  # 100.0 / 100.0 (s36 end); 50.0 / 50.0 (s32 start, clean worktree of 0e36452)
        # 100.0 / 95.6 (s32 end); 100.0 / 85.3 (s32 start, clean worktree of 0e36452)
        "dependency entities": (100, 96),  # 100.0 / 98.5 (s38 end)
        # 97.5 / 97.5 (s32 end); 97.4 / 95.0 (s32 start, clean worktree of 0e36452)
        "organisations": (95, 97),  # 97.6 / 100.0 (s52 end)
        # 96.9 / 100.0 (s33 end); 68.8 / 72.9 (s32 end); 46.9 / 45.9 (s32 start, clean worktree of 0e36452)
        "cost cells": (97, 100),  # 99.5 / 100.0 (s55 end); 98.6 / 100.0 (s45 end); 97.8 / 100.0 (s36 end)
        # 76.9 / 76.9 (s32 end); 51.6 / 41.0 (s32 start, clean worktree of 0e36452)
        "traffic lights": (97, 97),  # 100.0 / 100.0 (s47 end); 96.2 / 96.2 (s33 end)
        "goals": (100, 100),  # 100.0 / 100.0 (s32 end); 92.6 / 86.2 (s32 start, clean worktree of 0e36452)
        # 100.0 / 100.0 (s32 end); 87.0 / 81.0 (s32 start, clean worktree of 0e36452)
        "goals + status": (100, 100),
    },
    "test13": {
        "refused-or-not": (100, 100),  # 100.0 / 100.0 (s32 start)
        "project name": (100, 79),  # 100.0 / 81.6 (s45 end); 100.0 / 77.6 (s35 end)
        "county": (100, 100),  # 100.0 / 100.0 (s32 start)
        "municipalities": (100, 100),  # 100.0 / 100.0 (s32 start)
        "funder": (100, 100),  # 100.0 / 100.0 (s32 start)
        # s37: 9000bca four more sums read, all wrong; cost cells rose 65.3/53.5 -> 74.4/60.4
        "money": (68, 66),  # 68.6 / 68.6 (s37 end)
        "warnings": (97, 100),  # 100.0 / 100.0 (s57 end); 50.0 / 100.0 (s32 start)
        "dependency entities": (
            96,
            96,
        ),  # 98.7 / 98.7 (s41 end); 98.6 / 93.3 (s36 end); 98.6 / 92.0 (s32 end); 98.6 / 89.3 (s32 start)
        "organisations": (97, 95),  # 100.0 / 98.0 (s51 end); 87.7 / 98.0 (s39 end); 87.5 / 96.1 (s32 start)
        "cost cells": (78, 67),  # 81.3 / 69.5 (s56 end); 80.0 / 68.4 (s49 end); 79.5 / 66.2 (s46 end)
        # 74.6 / 57.1 (s35 end; 78.2 / 55.8 s34 end): L7's 01becfc +1 right, +3 wrong (unit aside 98.2 -> 98.3: filed
        # under a wrong unit)
        "traffic lights": (79, 61),  # 81.7 / 63.6 (s56 end); 80.0 / 62.3 (s46 end); 75.0 / 58.4 (s36 end)
        "goals": (91, 81),  # 94.4 / 83.6 (s34 end)
        # 89.3 / 82.0 (s35 end; 92.6 / 82.0 s34 end): one more wrong goal, G4's df36a26, recall unchanged
        "goals + status": (89, 79),
    },
    "test14": {
        "refused-or-not": (100, 100),  # 100.0 / 100.0 (s33 end)
        "project name": (97, 94),  # 100.0 / 97.1 (s45 end); 96.9 / 88.6 (s34 end)
        "county": (100, 100),  # 100.0 / 100.0 (s33 end)
        "municipalities": (100, 100),  # 100.0 / 100.0 (s33 end)
        "funder": (100, 100),  # 100.0 / 100.0 (s33 end)
        "money": (94, 91),  # 97.1 / 94.3 (s45 end); 93.9 / 88.6 (s34 end)
        "warnings": (100, 100),  # 100.0 / 100.0 (s33 end)
        "dependency entities": (94, 100),  # 97.0 / 100.0 (s33 end)
        "organisations": (91, 95),  # 93.9 / 97.9 (s33 end)
        "cost cells": (97, 97),  # 99.6 / 100.0 (s55 end); 99.1 / 100.0 (s45 end); 97.0 / 97.8 (s34 end)
        # 90.7 / 90.7 (s35 end; 95.1 / 90.7 s34 end): L7's new readers' lights of e18 under a wrong part (unit aside 100
        # / 100)
        "traffic lights": (92, 92),  # 95.3 / 95.3 (s45 end)
        "goals": (100, 91),  # 100.0 / 94.4 (s33 end)
        "goals + status": (100, 91),  # 100.0 / 94.4 (s33 end)
    },
    "test15": {
        "refused-or-not": (100, 100),  # 100.0 / 100.0 (s33 end)
        "project name": (92, 92),  # 94.6 / 94.6 (s38 end); 91.7 / 89.2 (s36 end)
        "county": (100, 100),  # 100.0 / 100.0 (s33 end)
        "municipalities": (100, 95),  # 100.0 / 98.2 (s38 end); 100.0 / 96.5 (s33 end)
        "funder": (100, 100),  # 100.0 / 100.0 (s33 end)
        "money": (64, 58),  # 66.7 / 61.1 (s38 end); 63.6 / 58.3 (s35 end)
        "warnings": (100, 100),  # 100.0 / 100.0 (s33 end)
        "dependency entities": (91, 83),  # 93.8 / 85.7 (s39 end); 93.5 / 82.9 (s38 end); 93.4 / 81.4 (s33 end)
        "organisations": (94, 80),  # 97.2 / 83.3 (s39 end); 97.1 / 78.6 (s38 end); 94.1 / 76.2 (s33 end)
        "cost cells": (74, 69),  # 77.1 / 72.0 (s38 end); 75.0 / 70.4 (s37 end); 69.6 / 64.2 (s33 end)
        "traffic lights": (79, 60),  # 82.4 / 62.9 (s57 end)
        # Lowered in s47: c80c912d (G4, goals judged one clause each after a lead naming them; read right in
        # test25, test31, test38) reads one more goal here that the gold has not (36/38 -> 36/39, bisected);
        # the rule was kept, test39 (blind) did not move.
        "goals": (92, 80),  # 92.9 / 83.0 (s56 end); 92.3 / 76.6 (s47); 94.7 / 76.6 (s43 end)
        "goals + status": (88, 78),  # 90.5 / 80.9 (s56 end); 89.7 / 74.5 (s51 end); 87.2 / 72.3 (s47)
    },
    "test16": {
        "refused-or-not": (100, 100),  # 100.0 / 100.0 (s33 end)
        "project name": (95, 100),  # 98.4 / 100.0 (s36 end)
        "county": (100, 100),  # 100.0 / 100.0 (s33 end)
        "municipalities": (100, 97),  # 100.0 / 100.0 (s47 end); 100.0 / 98.9 (s37 end)
        "funder": (89, 94),  # 91.7 / 97.1 (s54 end); 91.4 / 94.1 (s40 end); 90.9 / 88.2 (s33 end)
        "money": (100, 100),  # 100.0 / 100.0 (s36 end); 93.1 / 93.1 (s34 end); 88.5 / 79.3 (s33 end)
        "dependency entities": (100, 100),  # 100.0 / 100.0 (s36 end); 65.2 / 100.0 (s33 end)
        "organisations": (95, 97),  # 97.7 / 100.0 (s54 end); 97.6 / 97.6 (s33 end)
        "cost cells": (100, 100),  # 100.0 / 100.0 (s36 end); 97.6 / 100.0 (s34 end); 85.4 / 92.7 (s33 end)
        "traffic lights": (100, 100),  # 100.0 / 100.0 (s36 end); 94.9 / 93.3 (s34 end); 90.2 / 61.7 (s33 end)
        "goals": (93, 100),  # 95.5 / 100.0 (s35 end); 91.3 / 100.0 (s34 end); 81.8 / 85.7 (s33 end)
        "goals + status": (93, 100),  # 95.5 / 100.0 (s35 end); 87.0 / 95.2 (s34 end); 77.3 / 81.0 (s33 end)
    },
    "test17": {
        "refused-or-not": (100, 100),  # 100.0 / 100.0 (s34 end)
        "project name": (100, 94),  # 100.0 / 96.8 (s45 end); 100.0 / 90.3 (s35 end)
        "county": (100, 91),  # 100.0 / 93.8 (s34 end)
        "municipalities": (100, 96),  # 100.0 / 98.6 (s37 end); 100.0 / 97.1 (s34 end)
        "funder": (100, 100),  # 100.0 / 100.0 (s34 end)
        "money": (80, 85),  # 82.9 / 87.9 (s35 end); 76.5 / 78.8 (s34 end)
        "warnings": (100, 100),  # 100.0 / 100.0 (s34 end)
        "dependency entities": (93, 93),  # 96.4 / 96.4 (s47 end); 96.4 / 94.6 (s35 end)
        "organisations": (100, 100),  # 100.0 / 100.0 (s35 end); 100.0 / 97.7 (s34 end)
        "cost cells": (94, 97),  # 97.3 / 100.0 (s55 end); 96.3 / 98.1 (s53 end); 95.0 / 96.7 (s49 end)
        "traffic lights": (100, 100),  # 100.0 / 100.0 (s35 end); 100.0 / 95.4 (s34 end)
        "goals": (100, 100),  # 100.0 / 100.0 (s34 end)
        "goals + status": (100, 100),  # 100.0 / 100.0 (s34 end)
    },
    # test18 is held out (stop 34): measured by the lead only.
    "test18": {
        "refused-or-not": (100, 100),  # 100.0 / 100.0 (s34 end)
        "project name": (91, 91),  # 94.1 / 94.1 (s45 end); 90.3 / 82.4 (s41 end)
        "county": (100, 100),  # 100.0 / 100.0 (s34 end)
        "municipalities": (100, 100),  # 100.0 / 100.0 (s34 end)
        "funder": (100, 100),  # 100.0 / 100.0 (s40 end); 100.0 / 93.8 (s34 end)
        "money": (81, 65),  # 84.0 / 67.7 (s41 end); 76.0 / 61.3 (s35 end)
        "warnings": (100, 100),  # 100.0 / 100.0 (s34 end)
        "dependency entities": (97, 89),  # 100.0 / 91.7 (s47 end); 68.2 / 90.9 (s39 end)
        "organisations": (94, 90),  # 97.4 / 92.7 (s51 end); 90.5 / 92.7 (s35 end); 87.8 / 87.8 (s34 end)
        "cost cells": (75, 66),  # 78.1 / 69.0 (s55 end); 77.4 / 69.0 (s46 end); 73.9 / 65.9 (s45 end)
        "traffic lights": (
            74,
            59,
        ),  # 76.6 / 61.5 (s41 end); 68.8 / 55.2 (s36 end): precision 75 -> 68, eight more lights read, every one under a wrongly named unit (unit aside right 68 -> 76 of 96, precision 98.7), 0c11371; before: 77.9 / 55.2 (s34 end)
        "goals": (97, 97),  # 98.1 / 100.0 (s50 end); 100.0 / 94.1 (s48 end); 88.9 / 94.1 (s47 end)
        "goals + status": (93, 93),  # 94.2 / 96.1 (s50 end); 95.8 / 90.2 (s48 end); 85.2 / 90.2 (s47 end)
    },
    # test19: a probe set written blind to the code (stop 34), one document per claimed class.
    "test19": {
        "refused-or-not": (100, 100),  # 100.0 / 100.0 (s34 end)
        "project name": (100, 91),  # 100.0 / 94.3 (s35 end); 55.7 / 48.6 (s34 end)
        "county": (100, 100),  # 100.0 / 100.0 (s34 end)
        "municipalities": (100, 95),  # 100.0 / 97.6 (s34 end)
        "funder": (93, 91),  # 95.8 / 93.9 (s40 end); 95.6 / 87.8 (s34 end)
        "money": (100, 85),  # 100.0 / 87.5 (s36 end); 100.0 / 84.4 (s35 end); 94.7 / 56.2 (s34 end)
        "warnings": (100, 47),  # 100.0 / 50.0 (s36 end); 33.3 / 50.0 (s34 end)
        "dependency entities": (89, 100),  # 91.9 / 100.0 (s35 end); 86.0 / 75.4 (s34 end)
        "organisations": (96, 100),  # 99.0 / 100.0 (s35 end); 97.1 / 96.1 (s34 end)
        "cost cells": (100, 100),  # 100.0 / 100.0 (s35 end); 57.7 / 60.0 (s34 end)
        "traffic lights": (100, 100),  # 100.0 / 100.0 (s35 end); 48.7 / 34.6 (s34 end)
        "goals": (100, 100),  # 100.0 / 100.0 (s35 end); 93.8 / 73.2 (s34 end)
        "goals + status": (100, 100),  # 100.0 / 100.0 (s35 end); 84.4 / 65.9 (s34 end)
    },
    # The twentieth set (stop 35, W17): written blind and held out in stop 35, a development set from stop 36;
    # first measured on stop 35's start code (2b0af7c): as at stop 35's end but dependencies 77.1 / 88.1, organisations 100 / 95.7.
    "test20": {
        "refused-or-not": (100, 100),  # 100.0 / 100.0 (s35 end)
        "project name": (94, 94),  # 97.1 / 97.1 (s36 end); 79.3 / 67.6 (s35 end)
        "county": (100, 100),  # 100.0 / 100.0 (s35 end)
        "municipalities": (100, 100),  # 100.0 / 100.0 (s35 end)
        "funder": (100, 91),  # 100.0 / 94.4 (s40 end); 100.0 / 83.3 (s35 end)
        "money": (91, 91),  # 93.5 / 93.5 (s36 end); 63.0 / 54.8 (s35 end)
        "warnings": (100, 100),  # 100.0 / 100.0 (s36 end); 50.0 / 50.0 (s35 end)
        "dependency entities": (100, 100),  # 100.0 / 100.0 (s39 end); 100.0 / 96.2 (s36 end)
        "organisations": (100, 100),  # 100.0 / 100.0 (s39 end); 100.0 / 97.9 (s35 end)
        "cost cells": (88, 86),  # 90.6 / 88.5 (s55 end); 90.3 / 88.5 (s53 end); 89.3 / 87.5 (s48 end)
        "traffic lights": (97, 93),  # 100.0 / 95.9 (s43 end); 96.7 / 89.8 (s36 end)
        "goals": (100, 91),  # 100.0 / 94.2 (s36 end); 75.6 / 59.6 (s35 end)
        "goals + status": (100, 91),  # 100.0 / 94.2 (s36 end); 70.7 / 55.8 (s35 end)
    },
    # The twenty-first set (stop 35, W18): a probe set of the stop's claimed classes, a development set.
    "test21": {
        "refused-or-not": (100, 100),  # 100.0 / 100.0 (s35 end)
        "project name": (100, 100),  # 100.0 / 100.0 (s36 end); 95.9 / 95.9 (s35 end)
        "county": (96, 96),  # 99.1 / 99.1 (s35 end)
        "municipalities": (96, 100),  # 98.6 / 100.0 (s37 end); 98.6 / 99.7 (s35 end)
        "funder": (100, 97),  # 100.0 / 100.0 (s48 end); 100.0 / 99.1 (s47 end)
        "money": (92, 88),  # 95.2 / 90.9 (s54 end); 95.0 / 86.4 (s51 end); 94.4 / 77.3 (s48 end)
        "warnings": (None, None),  # 0.0 / – (s35 end): one warning where test21 expects none
        "dependency entities": (96, 94),  # 99.1 / 97.3 (s54 end); 98.1 / 95.5 (s36 end); 98.0 / 90.9 (s35 end)
        "organisations": (97, 97),  # 99.5 / 99.5 (s54 end); 99.1 / 98.6 (s39 end); 99.1 / 98.1 (s36 end)
        "cost cells": (97, 100),  # 99.6 / 100.0 (s39 end); 98.8 / 99.2 (s35 end)
        "traffic lights": (100, 95),  # 100.0 / 98.4 (s50 end); 100.0 / 97.1 (s36 end); 94.0 / 91.2 (s35 end)
        "goals": (95, 95),  # 98.3 / 98.3 (s46 end); 98.2 / 94.8 (s36 end)
        "goals + status": (94, 94),  # 96.6 / 96.6 (s46 end); 96.4 / 93.1 (s36 end)
    },
    # The twenty-second set (stop 36, W19): written blind, held out in stops 36-37, a development set from stop 38;
    # first measured on the stop's start code
    # (clean worktree of 16da875): name 65.6 / 60.0, money 68.0 / 68.0, warnings 100 / 50, deps 80.0 / 77.8,
    # cost cells 57.6 / 46.6, lights 51.6 / 15.8, goals + status 55.3 / 47.3, the rest as at the end.
    "test22": {
        "refused-or-not": (100, 100),  # 100.0 / 100.0 (s36 end)
        "project name": (92, 97),  # 94.6 / 100.0 (s45 end); 94.3 / 94.3 (s44 end)
        "county": (100, 100),  # 100.0 / 100.0 (s36 end)
        "municipalities": (100, 100),  # 100.0 / 100.0 (s36 end)
        "funder": (100, 100),  # 100.0 / 100.0 (s40 end); 100.0 / 61.1 (s36 end)
        "money": (93, 100),  # 96.2 / 100.0 (s38 end); 79.2 / 76.0 (s36 end)
        "warnings": (100, 100),  # 100.0 / 100.0 (s36 end)
        "dependency entities": (97, 90),  # 100.0 / 93.0 (s47 end); 80.5 / 91.7 (s39 end)
        "organisations": (95, 100),  # 97.5 / 100.0 (s51 end); 95.1 / 100.0 (s39 end); 94.9 / 94.9 (s38 end)
        "cost cells": (97, 93),  # 99.6 / 95.5 (s56 end); 99.6 / 95.1 (s52 end); 99.6 / 90.7 (s38 end)
        # s37: f2c665f (L9's legends) three more lights, each under a wrongly named unit (unit aside 31/31 -> 34/34 right)
        "traffic lights": (97, 85),  # 100.0 / 88.1 (s54 end); 100.0 / 82.2 (s44 end); 96.1 / 73.3 (s41 end)
        "goals": (84, 83),  # 87.0 / 85.5 (s46 end); 86.5 / 81.8 (s44 end)
        "goals + status": (79, 77),  # 81.5 / 80.0 (s51 end); 79.6 / 78.2 (s46 end); 78.8 / 74.5 (s44 end)
    },
    # The twenty-third set (stop 36, W20): written blind, a development set (breadth forms, then probes);
    # s01-s55 on the start code: name 75.3 / 49.0, lights 37.3 / 13.8, cost cells 51.8 / 38.6.
    "test23": {
        "refused-or-not": (96, 96),  # 98.9 / 98.9 (s38 end); 97.9 / 97.9 (s36 end)
        "project name": (94, 88),  # 96.7 / 91.1 (s45 end); 96.6 / 89.2 (s42 end)
        "county": (100, 97),  # 100.0 / 100.0 (s48 end); 100.0 / 98.9 (s38 end)
        "municipalities": (97, 100),  # 99.6 / 100.0 (s38 end); 99.6 / 98.9 (s37 end); 98.8 / 95.8 (s36 end)
        "funder": (96, 88),  # 98.7 / 90.6 (s51 end); 97.4 / 89.4 (s47 end); 97.4 / 88.2 (s40 end)
        "money": (88, 85),  # 91.0 / 88.3 (s48 end); 90.9 / 87.4 (s42 end)
        "warnings": (100, 100),  # 100.0 / 100.0 (s36 end)
        "dependency entities": (93, 88),  # 95.9 / 90.5 (s39 end); 94.1 / 88.8 (s38 end); 94.1 / 88.3 (s36 end)
        "organisations": (94, 92),  # 96.9 / 95.2 (s52 end); 96.8 / 94.3 (s51 end); 96.0 / 94.3 (s39 end)
        "cost cells": (88, 82),  # 91.2 / 84.7 (s49 end); 91.1 / 83.7 (s46 end); 87.9 / 80.7 (s42 end)
        "traffic lights": (89, 78),  # 92.2 / 81.2 (s50 end); 92.2 / 80.4 (s46 end); 91.3 / 79.7 (s39 end)
        "goals": (93, 86),  # 95.6 / 88.6 (s56 end); 95.0 / 87.7 (s50 end); 94.0 / 86.3 (s46 end)
        "goals + status": (88, 81),  # 90.6 / 84.0 (s56 end); 90.1 / 83.1 (s51 end); 89.1 / 82.2 (s50 end)
    },
    # The twenty-fourth set (stop 37, W21): written blind, held out in stop 37, a development set from stop 38;
    # first measured on stop 37's start code (6c39ddf): name 74.2 / 65.7, cost cells 44.1 / 29.9, money 58.8 / 76.9.
    "test24": {
        "refused-or-not": (100, 100),  # 100.0 / 100.0 (s37 end)
        "project name": (88, 86),  # 91.2 / 88.6 (s51 end); 90.6 / 82.9 (s45 end); 90.0 / 77.1 (s38 end)
        "county": (100, 100),  # 100.0 / 100.0 (s37 end)
        "municipalities": (100, 100),  # 100.0 / 100.0 (s37 end)
        "funder": (100, 91),  # 100.0 / 94.4 (s40 end); 100.0 / 83.3 (s37 end)
        "money": (89, 86),  # 92.0 / 88.5 (s38 end); 60.0 / 80.8 (s37 end)
        "warnings": (100, 100),  # 100.0 / 100.0 (s37 end)
        "dependency entities": (97, 86),  # 100.0 / 89.4 (s54 end); 97.6 / 87.2 (s47 end); 78.0 / 86.5 (s38 end)
        "organisations": (95, 95),  # 97.6 / 97.6 (s54 end); 95.2 / 95.2 (s37 end)
        "cost cells": (83, 71),  # 85.5 / 74.4 (s56 end); 83.2 / 72.4 (s38 end); 47.2 / 33.9 (s37 end)
        # s44: r03's bar rows are read now (unit aside 0/6 -> 4/4) but filed under the project, its toimintamallit
        # no units yet (N16's open class): 93.9 / 52.3 -> 86.8 / 52.3 (L1's full-bar legend, lead's word).
        "traffic lights": (92, 63),  # 95.1 / 65.9 (s51 end); 94.5 / 59.1 (s45 end); 86.8 / 52.3 (s44)
        "goals": (93, 86),  # 96.0 / 88.9 (s50 end); 91.8 / 83.3 (s49 end); 91.3 / 77.8 (s46 end)
        "goals + status": (89, 82),  # 92.0 / 85.2 (s57 end)
    },
    "test25": {
        "refused-or-not": (95, 95),  # 97.9 / 97.9 (s37 end)
        "project name": (89, 83),  # 91.7 / 85.7 (s49 end); 91.3 / 81.8 (s47 end); 89.9 / 81.2 (s46 end)
        "county": (100, 97),  # 100.0 / 100.0 (s48 end); 100.0 / 97.8 (s37 end)
        "municipalities": (96, 96),  # 99.0 / 99.0 (s37 end)
        "funder": (100, 91),  # 100.0 / 94.4 (s47 end); 100.0 / 93.3 (s40 end)
        "money": (
            84,
            67,
        ),  # 87.3 / 70.4 (s43 end); 84.8 / 68.4 (s41 end); 86.7 / 66.3 (s40 end); 84.0 / 64.3 (s39 end); 82.9 / 64.3 (s38 end); 81.6 / 63.3 (s37 end)
        # 33.3 / 100.0 at fde571e; 50.0 / 100.0 after 0119397 (l75's stray quote); l14's footer read as a cut
        "warnings": (100, 100),  # 100.0 / 100.0 (s38 end)
        "dependency entities": (96, 90),  # 98.9 / 92.7 (s57 end)
        "organisations": (96, 93),  # 98.0 / 95.7 (s41 end); 98.5 / 93.2 (s39 end)
        "cost cells": (74, 66),  # 76.6 / 69.0 (s51 end); 76.2 / 67.4 (s50 end); 75.8 / 65.8 (s49 end)
        "traffic lights": (81, 64),  # 84.2 / 66.6 (s57 end)
        "goals": (91, 70),  # 93.5 / 72.6 (s48 end); 93.1 / 72.6 (s47 end)
        "goals + status": (84, 65),  # 87.0 / 67.6 (s50 end); 86.5 / 67.2 (s48 end); 86.1 / 67.2 (s47 end)
    },
    # The twenty-sixth set (stop 38, W23): written blind, held out in stop 38, a development set from stop 39;
    # last held-out figures: stop 38's end (d415ad2), below; first measured on the stop's start code
    # (bb5e453): cost cells 54.1 / 45.3, lights 68.9 / 31.0, goals + status 84.1 / 69.8, the rest as at the end.
    "test26": {
        "refused-or-not": (100, 100),  # 100.0 / 100.0 (s38 end)
        "project name": (100, 97),  # 100.0 / 100.0 (s42 end); 100.0 / 93.8 (s39 end)
        "county": (91, 91),  # 94.4 / 94.4 (s38 end)
        "municipalities": (100, 96),  # 100.0 / 98.6 (s38 end)
        "funder": (100, 91),  # 100.0 / 94.4 (s40 end); 100.0 / 77.8 (s38 end)
        "money": (82, 82),  # 84.6 / 84.6 (s39 end); 77.5 / 79.5 (s38 end)
        "warnings": (100, 100),  # 100.0 / 100.0 (s38 end)
        "dependency entities": (94, 94),  # 97.2 / 97.2 (s39 end); 94.6 / 97.2 (s38 end)
        "organisations": (100, 95),  # 100.0 / 97.9 (s38 end)
        "cost cells": (88, 87),  # 91.2 / 89.9 (s56 end); 83.5 / 82.2 (s53 end); 80.9 / 79.7 (s49 end)
        "traffic lights": (93, 77),  # 96.4 / 80.0 (s57 end)
        "goals": (93, 90),  # 96.1 / 92.5 (s39 end); 90.9 / 75.5 (s38 end)
        "goals + status": (91, 88),  # 94.1 / 90.6 (s39 end); 88.6 / 73.6 (s38 end)
    },
    # The twenty-seventh set (stop 38, W24): written blind, a development set (breadth forms, then probes).
    "test27": {
        "refused-or-not": (96, 96),  # 99.1 / 99.1 (s40 end); 98.2 / 98.2 (s38 end)
        "project name": (86, 82),  # 89.0 / 84.6 (s55 end); 88.8 / 83.3 (s53 end); 88.2 / 82.7 (s49 end)
        "county": (100, 97),  # 100.0 / 100.0 (s48 end); 100.0 / 99.1 (s38 end)
        "municipalities": (100, 97),  # 100.0 / 99.5 (s47 end); 100.0 / 99.0 (s40 end)
        "funder": (100, 93),  # 100.0 / 96.4 (s47 end); 100.0 / 94.5 (s40 end)
        "money": (71, 59),  # 74.2 / 61.7 (s56 end); 73.1 / 60.9 (s55 end); 72.0 / 60.0 (s53 end)
        "warnings": (30, 100),  # 33.3 / 100.0 (s38 end)
        "dependency entities": (94, 82),  # 97.1 / 84.7 (s50 end); 97.1 / 83.9 (s41 end); 97.1 / 82.8 (s39 end)
        "organisations": (92, 90),  # 94.9 / 92.6 (s51 end); 93.6 / 92.6 (s47 end); 92.9 / 92.6 (s41 end)
        "cost cells": (74, 64),  # 76.9 / 67.1 (s57 end)
        "traffic lights": (86, 68),  # 87.7 / 70.5 (s55 end); 88.2 / 69.5 (s50 end); 88.6 / 68.0 (s49 end)
        "goals": (94, 72),  # 97.2 / 74.9 (s57 end)
        "goals + status": (86, 66),  # 88.5 / 68.9 (s56 end); 87.7 / 67.8 (s51 end); 85.5 / 65.9 (s50 end)
    },
    # The twenty-eighth set (stop 39, W25): written blind, held out in stop 39, a development set from stop 40;
    # last held-out figures: stop 39's end (984b46a), below; first measured on the stop's start code
    # (f9966f6 = stop 38's end): name 84.6 / 50.0, lights 51.0 / 23.1, the rest as at the end.
    "test28": {
        "refused-or-not": (100, 100),  # 100.0 / 100.0 (s39 end)
        "project name": (95, 95),  # 97.7 / 97.7 (s45 end); 97.6 / 93.2 (s43 end)
        "county": (100, 100),  # 100.0 / 100.0 (s39 end)
        "municipalities": (100, 97),  # 100.0 / 100.0 (s47 end); 100.0 / 98.1 (s39 end)
        "funder": (100, 100),  # 100.0 / 100.0 (s40 end); 100.0 / 83.3 (s39 end)
        "money": (89, 86),  # 92.0 / 88.5 (s43 end); 84.0 / 80.8 (s40 end)
        "warnings": (100, 100),  # 100.0 / 100.0 (s39 end)
        "dependency entities": (97, 97),  # 100.0 / 100.0 (s48 end); 97.6 / 97.6 (s47 end)
        "organisations": (97, 97),  # 100.0 / 100.0 (s54 end); 100.0 / 97.4 (s48 end); 97.4 / 94.9 (s39 end)
        "cost cells": (88, 78),  # 91.3 / 80.5 (s56 end); 90.5 / 80.2 (s51 end); 89.2 / 79.0 (s49 end)
        "traffic lights": (95, 74),  # 97.6 / 76.9 (s43 end); 92.6 / 69.4 (s40 end)
        "goals": (100, 100),  # 100.0 / 100.0 (s40 end); 95.1 / 81.2 (s39 end)
        "goals + status": (93, 93),  # 95.8 / 95.8 (s45 end); 93.8 / 93.8 (s40 end)
    },
    # The twenty-ninth set (stop 39, W26): a development set written blind, 50 breadth forms, then 44 probes of the
    # stop's claimed classes.
    "test29": {
        "refused-or-not": (96, 96),  # 98.9 / 98.9 (s39 end)
        "project name": (90, 83),  # 92.5 / 86.0 (s56 end); 91.7 / 85.3 (s50 end); 91.6 / 83.9 (s49 end)
        "county": (100, 97),  # 100.0 / 100.0 (s48 end); 100.0 / 98.9 (s39 end)
        "municipalities": (97, 100),  # 99.6 / 100.0 (s39 end)
        "funder": (97, 89),  # 100.0 / 92.1 (s53 end); 98.8 / 92.1 (s47 end); 98.8 / 91.0 (s41 end)
        "money": (84, 80),  # 86.7 / 82.5 (s56 end); 85.7 / 81.6 (s48 end); 86.5 / 80.6 (s46 end)
        "warnings": (100, 47),  # 100.0 / 50.0 (s39 end)
        "dependency entities": (92, 81),  # 95.4 / 83.8 (s39 end)
        "organisations": (94, 93),  # 96.7 / 95.9 (s53 end); 96.3 / 95.9 (s52 end); 95.8 / 93.4 (s41 end)
        "cost cells": (80, 67),  # 83.1 / 69.5 (s56 end); 81.6 / 68.3 (s55 end); 81.3 / 68.3 (s51 end)
        "traffic lights": (87, 61),  # 89.9 / 63.7 (s57 end)
        "goals": (94, 82),  # 97.1 / 85.1 (s49 end); 97.0 / 82.2 (s48 end); 96.1 / 81.5 (s45 end)
        "goals + status": (90, 78),  # 92.5 / 81.1 (s51 end); 91.7 / 80.4 (s49 end); 90.6 / 77.5 (s47 end)
    },
    # The thirtieth set (stop 40, W27): written blind and held out; first measured on the stop's start code
    # (0888fff = stop 39's end): name 68.0 / 44.7, money 71.4 / 60.0, cost cells 38.7 / 26.9, lights 39.1 / 19.1,
    # the rest as at the end.
    "test30": {
        "refused-or-not": (92, 92),  # 95.0 / 95.0 (s40 end)
        "project name": (85, 71),  # 87.5 / 73.7 (s49 end); 83.9 / 68.4 (s45 end); 81.2 / 68.4 (s43 end)
        "county": (100, 100),  # 100.0 / 100.0 (s40 end)
        "municipalities": (100, 95),  # 100.0 / 98.4 (s40 end)
        "funder": (91, 91),  # 93.8 / 93.8 (s40 end)
        # Precision lowered with its reason: 3ced9f7 (F20, a grant row of a sheet without a unit) reads right sums that
        # are then filed under a wrong name: oc10 is named by its file (its first row "Kainuun etäkuntoutus;
        # tilannekatsaus"), oc12 by "1. Kokouksen avaus" (N11's names, left open); elsewhere it reads more sums right.
        "money": (80, 77),  # 83.3 / 80.0 (s49 end); 79.2 / 76.0 (s48 end); 78.3 / 72.0 (s42 end)
        "warnings": (100, 47),  # 100.0 / 50.0 (s40 end)
        "dependency entities": (91, 87),  # 93.5 / 89.6 (s54 end); 89.1 / 85.4 (s41 end); 88.9 / 83.3 (s40 end)
        "organisations": (93, 91),  # 95.7 / 93.8 (s54 end); 91.5 / 89.6 (s42 end); 89.6 / 89.6 (s41 end)
        "cost cells": (62, 54),  # 64.6 / 57.4 (s53 end); 64.0 / 56.0 (s51 end); 62.8 / 53.2 (s49 end)
        "traffic lights": (77, 52),  # 80.0 / 55.3 (s45 end); 70.8 / 48.9 (s42 end)
        "goals": (80, 54),  # 82.8 / 57.1 (s57 end)
        "goals + status": (73, 49),  # 75.9 / 52.4 (s57 end)
    },
    # The thirty-first set (stop 40, W28): a development set written blind, breadth then probes of the stop's classes.
    "test31": {
        "refused-or-not": (95, 95),  # 98.1 / 98.1 (s41 end); 97.2 / 97.2 (s40 end)
        "project name": (90, 88),  # 92.9 / 91.1 (s51 end); 90.3 / 88.6 (s50 end); 90.1 / 86.1 (s49 end)
        "county": (100, 97),  # 100.0 / 100.0 (s48 end); 100.0 / 97.1 (s41 end)
        "municipalities": (96, 96),  # 99.4 / 98.9 (s41 end); 99.4 / 98.0 (s40 end)
        "funder": (96, 92),  # 99.0 / 95.1 (s42 end); 99.0 / 94.2 (s41 end)
        "money": (89, 63),  # 92.1 / 65.5 (s51 end); 89.3 / 62.7 (s49 end); 88.0 / 61.8 (s48 end)
        "warnings": (47, 100),  # 50.0 / 100.0 (s40 end)
        "dependency entities": (95, 82),  # 98.1 / 85.0 (s41 end); 98.0 / 80.4 (s40 end)
        "organisations": (95, 89),  # 98.3 / 91.6 (s52 end); 97.5 / 87.0 (s49 end); 97.1 / 87.7 (s47 end)
        "cost cells": (80, 68),  # 82.6 / 70.6 (s52 end); 82.1 / 70.1 (s51 end); 76.8 / 64.1 (s50 end)
        "traffic lights": (85, 68),  # 88.4 / 70.6 (s52 end); 87.3 / 69.0 (s51 end); 84.9 / 67.1 (s50 end)
        "goals": (94, 88),  # 97.2 / 90.5 (s51 end); 97.2 / 89.7 (s50 end); 97.2 / 87.5 (s48 end)
        "goals + status": (92, 86),  # 95.3 / 88.6 (s51 end); 95.2 / 87.9 (s50 end); 95.1 / 85.7 (s48 end)
    },
    # The thirty-second set (stop 41, W29): written blind and held out in stop 41, a development set from stop 42;
    # first measured on stop 41's start code (0c43f76 = stop 40's end): as at stop 41's end but money 55.2 / 61.5.
    "test32": {
        "refused-or-not": (97, 97),  # 100.0 / 100.0 (s41 end)
        "project name": (87, 87),  # 89.7 / 89.7 (s43 end); 88.9 / 82.8 (s42 end)
        "county": (97, 97),  # 100.0 / 100.0 (s48 end); 100.0 / 94.4 (s41 end)
        "municipalities": (97, 97),  # 100.0 / 100.0 (s41 end)
        "funder": (91, 97),  # 94.4 / 100.0 (s42 end); 94.1 / 94.1 (s41 end)
        "money": (63, 78),  # 65.6 / 80.8 (s42 end); 56.7 / 65.4 (s41 end)
        "warnings": (97, 47),  # 100.0 / 50.0 (s41 end)
        "dependency entities": (95, 82),  # 97.7 / 85.4 (s55 end); 97.6 / 81.2 (s42 end); 97.5 / 79.2 (s41 end)
        "organisations": (97, 90),  # 100.0 / 93.0 (s51 end); 93.0 / 93.0 (s42 end); 92.7 / 88.4 (s41 end)
        "cost cells": (71, 71),  # 73.8 / 73.5 (s48 end); 65.2 / 64.9 (s46 end)
        "traffic lights": (88, 78),  # 90.8 / 80.8 (s57 end)
        "goals": (94, 85),  # 97.4 / 88.4 (s46 end); 97.3 / 83.7 (s41 end)
        "goals + status": (94, 85),  # 97.4 / 88.4 (s46 end); 97.3 / 83.7 (s45 end)
    },
    # The thirty-third set (stop 41, W30): a development set written blind, 50 breadth forms, then 28 probes of the
    # stop's classes. Warnings precision 25.0: three documents warned that their gold does not expect.
    "test33": {
        "refused-or-not": (96, 96),  # 98.7 / 98.7 (s41 end)
        "project name": (90, 84),  # 92.9 / 87.2 (s50 end); 91.5 / 84.8 (s43 end); 90.3 / 84.1 (s42 end)
        "county": (97, 97),  # 100.0 / 100.0 (s41 end)
        "municipalities": (97, 97),  # 99.6 / 100.0 (s41 end)
        "funder": (97, 93),  # 100.0 / 95.9 (s41 end)
        "money": (85, 72),  # 88.0 / 75.0 (s56 end); 87.8 / 73.9 (s50 end); 86.3 / 71.6 (s44 end)
        "warnings": (22, 97),  # 25.0 / 100.0 (s41 end)
        "dependency entities": (96, 89),  # 98.6 / 91.7 (s50 end); 98.0 / 92.3 (s42 end); 97.9 / 91.0 (s41 end)
        "organisations": (96, 97),  # 99.4 / 100.0 (s51 end); 97.5 / 100.0 (s41 end)
        "cost cells": (
            74,
            66,
        ),  # 77.0 / 68.7 (s44 end: 6fcfcc7, N16's part runs ended by a caption); 69.8 / 62.4 (s43 end); 68.5 / 56.9 (s42 end: 4ecd1bb names id12 right, whose table is then filed
        # under its last part); 69.4 / 58.0 (s41 end); 70.2 / 58.0 on the start code
        "traffic lights": (81, 65),  # 83.2 / 68.4 (s57 end)
        "goals": (95, 83),  # 98.0 / 86.2 (s50 end); 94.7 / 79.9 (s45 end); 94.6 / 78.6 (s41 end)
        "goals + status": (95, 83),  # 97.5 / 85.7 (s52 end); 96.4 / 84.8 (s50 end); 92.6 / 78.1 (s45 end)
    },
    # The thirty-fourth set (stop 42, W31): written blind and held out in stop 42, a development set from stop 43;
    # first measured on stop 42's start code (c594b78 = stop 41's end): every figure as at stop 42's end. Warnings: one document warned that no gold expects.
    "test34": {
        "refused-or-not": (97, 97),  # 100.0 / 100.0 (s42 end)
        "project name": (79, 83),  # 82.4 / 85.7 (s53 end); 80.4 / 83.7 (s47 end); 80.0 / 83.3 (s45 end)
        "county": (97, 97),  # 100.0 / 100.0 (s48 end); 100.0 / 94.4 (s42 end)
        "municipalities": (97, 97),  # 100.0 / 100.0 (s47 end); 100.0 / 96.1 (s42 end)
        "funder": (97, 91),  # 100.0 / 94.4 (s47 end); 94.1 / 88.9 (s42 end)
        "money": (83, 69),  # 85.7 / 72.0 (s53 end); 81.0 / 68.0 (s42 end)
        "warnings": (None, None),  # 0.0 / – (s42 end): no gold expects a warning
        "dependency entities": (93, 92),  # 96.4 / 94.7 (s48 end); 94.6 / 93.0 (s47 end)
        "organisations": (91, 87),  # 94.0 / 90.4 (s48 end); 92.0 / 88.5 (s47 end)
        "cost cells": (93, 85),  # 95.6 / 87.5 (s53 end); 95.2 / 87.5 (s43 end); 86.9 / 69.4 (s42 end)
        "traffic lights": (86, 71),  # 89.2 / 74.2 (s43 end); 75.4 / 58.4 (s42 end)
        "goals": (95, 90),  # 98.2 / 93.2 (s50 end); 93.2 / 93.2 (s48 end); 86.4 / 86.4 (s44 end)
        "goals + status": (93, 89),  # 96.4 / 91.5 (s50 end); 91.5 / 91.5 (s48 end); 84.7 / 84.7 (s46 end)
    },
    # The thirty-fifth set (stop 43, W32): written blind and held out in stop 43, a development set from stop 44;
    # first measured on stop 43's start code (ac6fa67 = stop 42's end). No gold expects a warning and none was given.
    "test35": {
        "refused-or-not": (97, 97),  # 100.0 / 100.0 (s43 start)
        "project name": (95, 89),  # 97.9 / 92.0 (s45 end); 97.8 / 88.0 (s43 start)
        "county": (97, 97),  # 100.0 / 100.0 (s48 end); 100.0 / 94.4 (s43 start)
        "municipalities": (97, 97),  # 100.0 / 100.0 (s47 end); 100.0 / 98.6 (s43 start)
        "funder": (97, 91),  # 100.0 / 94.4 (s43 start)
        "money": (85, 89),  # 88.0 / 91.7 (s43 start)
        "warnings": (None, None),  # – / – (s43 start): no gold expects a warning
        "dependency entities": (93, 92),  # 96.4 / 94.7 (s43 start)
        "organisations": (95, 91),  # 97.7 / 93.5 (s43 start)
        "cost cells": (88, 82),  # 90.9 / 84.5 (s49 end); 90.6 / 81.7 (s48 end); 78.1 / 70.4 (s45 end)
        "traffic lights": (88, 68),  # 90.5 / 70.5 (s57 end)
        "goals": (97, 97),  # 100.0 / 100.0 (s44 end); 86.0 / 84.3 (s43 start)
        "goals + status": (97, 97),  # 100.0 / 100.0 (s45 end); 98.0 / 98.0 (s44 end)
    },
    # The thirty-sixth set (stop 44, W33): written blind and held out in stop 44, a development set from stop 45;
    # first measured on stop 44's start code (e2949c9 = stop 43's end). No gold expects a warning.
    "test36": {
        "refused-or-not": (97, 97),  # 100.0 / 100.0 (s44 start)
        "project name": (90, 93),  # 93.3 / 95.5 (s46 end); 92.7 / 86.4 (s45 end)
        "county": (97, 97),  # 100.0 / 100.0 (s44 start)
        "municipalities": (97, 97),  # 100.0 / 100.0 (s47 end); 100.0 / 98.4 (s44 start)
        "funder": (97, 97),  # 100.0 / 100.0 (s51 end); 94.4 / 94.4 (s44 start)
        "money": (66, 72),  # 69.2 / 75.0 (s48 end); 68.0 / 70.8 (s45 end)
        "warnings": (None, None),  # – / – (s44 start): no gold expects a warning
        "dependency entities": (90, 92),  # 93.2 / 94.5 (s57 end)
        "organisations": (93, 93),  # 96.2 / 96.2 (s54 end); 94.2 / 94.2 (s51 end); 86.2 / 96.2 (s44 start)
        "cost cells": (81, 79),  # 84.2 / 81.6 (s48 end); 64.7 / 62.6 (s46 end)
        "traffic lights": (85, 68),  # 88.2 / 71.3 (s55 end); 86.8 / 62.8 (s50 end); 86.4 / 60.6 (s46 end)
        "goals": (93, 91),  # 95.9 / 94.0 (s50 end); 95.8 / 92.0 (s46 end); 93.6 / 88.0 (s45 end)
        "goals + status": (87, 85),  # 89.8 / 88.0 (s50 end); 89.6 / 86.0 (s46 end); 87.2 / 82.0 (s45 end)
    },
    # The thirty-seventh set (stop 45, W34): written blind and held out in stop 45, a development set from stop 46;
    # first measured on stop 45's start code (29f2eb4 = stop 44's end). No gold expects a warning.
    "test37": {
        "refused-or-not": (97, 97),  # 100.0 / 100.0 (s45 start)
        "project name": (87, 85),  # 89.7 / 87.5 (s46 end); 89.2 / 82.5 (s45 end)
        "county": (97, 97),  # 100.0 / 100.0 (s48 end); 100.0 / 94.4 (s45 start)
        "municipalities": (97, 97),  # 100.0 / 100.0 (s45 start)
        "funder": (97, 97),  # 100.0 / 100.0 (s47 end); 100.0 / 94.4 (s45 start)
        "money": (67, 59),  # 69.6 / 61.5 (s48 end); 68.2 / 57.7 (s45 start)
        "warnings": (None, None),  # – / – (s45 start): no gold expects a warning
        "dependency entities": (97, 94),  # 100.0 / 96.5 (s50 end); 100.0 / 94.7 (s45 start)
        "organisations": (97, 97),  # 100.0 / 100.0 (s52 end); 100.0 / 97.4 (s45 start)
        "cost cells": (68, 71),  # 70.8 / 73.7 (s50 end); 66.1 / 71.9 (s48 end); 55.1 / 59.9 (s46 end)
        "traffic lights": (87, 64),  # 89.5 / 67.3 (s50 end); 88.2 / 59.4 (s46 end); 69.1 / 37.6 (s45 end)
        "goals": (93, 84),  # 95.7 / 86.5 (s54 end); 93.8 / 86.5 (s50 end); 93.3 / 80.8 (s46 end)
        "goals + status": (91, 82),  # 93.6 / 84.6 (s54 end); 91.7 / 84.6 (s50 end); 91.1 / 78.8 (s46 end)
    },
    # The thirty-eighth set (stop 46, W35): written blind and held out in stop 46, a development set from stop 47;
    # first measured on stop 46's start code (5050ba9 = stop 45's end). No gold expects a warning.
    "test38": {
        "refused-or-not": (97, 97),  # 100.0 / 100.0 (s46 start)
        "project name": (90, 90),  # 93.3 / 93.3 (s56 end); 93.2 / 91.1 (s47 end); 84.4 / 84.4 (s46 start)
        "county": (97, 97),  # 100.0 / 100.0 (s48 end); 100.0 / 94.4 (s47 end)
        "municipalities": (97, 97),  # 100.0 / 100.0 (s47 end); 100.0 / 92.0 (s46 start)
        "funder": (97, 97),  # 100.0 / 100.0 (s47 end); 100.0 / 88.2 (s46 start)
        "money": (92, 85),  # 95.2 / 87.5 (s56 end); 85.7 / 79.2 (s48 end); 85.0 / 75.0 (s47 end)
        "warnings": (None, None),  # – / – (s46 start): no gold expects a warning
        "dependency entities": (94, 89),  # 96.7 / 92.1 (s47 end); 78.0 / 90.2 (s46 start)
        "organisations": (90, 97),  # 93.2 / 100.0 (s47 end); 93.0 / 97.6 (s46 start)
        "cost cells": (87, 72),  # 90.1 / 74.9 (s56 end); 81.2 / 68.7 (s47 end); 67.9 / 56.4 (s46 start)
        "traffic lights": (95, 67),  # 98.3 / 70.2 (s47 end); 98.1 / 63.1 (s46 start)
        "goals": (95, 91),  # 97.9 / 93.9 (s50 end); 93.6 / 89.8 (s47 end); 91.1 / 83.7 (s46 end)
        "goals + status": (95, 91),  # 97.9 / 93.9 (s50 end); 93.6 / 89.8 (s47 end); 91.1 / 83.7 (s46 end)
    },
    # The thirty-ninth set (stop 47, W36): written blind and held out in stop 47, a development set from stop 48;
    # first measured on stop 47's start code (a875cf6 = stop 46's end). No gold expects a warning.
    "test39": {
        "refused-or-not": (97, 97),  # 100.0 / 100.0 (s47 start)
        "project name": (92, 92),  # 94.7 / 94.7 (s47 start)
        "county": (97, 97),  # 100.0 / 100.0 (s48 end); 100.0 / 94.4 (s47 start)
        "municipalities": (97, 97),  # 100.0 / 100.0 (s47 end); 100.0 / 98.5 (s47 start)
        "funder": (97, 97),  # 100.0 / 100.0 (s47 end); 100.0 / 94.1 (s47 start)
        "money": (97, 90),  # 100.0 / 92.9 (s48 end); 100.0 / 89.3 (s47 start)
        "warnings": (None, None),  # – / – (s47 start): no gold expects a warning
        "dependency entities": (95, 95),  # 98.1 / 98.1 (s48 end); 98.0 / 96.2 (s47 start)
        "organisations": (97, 97),  # 100.0 / 100.0 (s47 start)
        "cost cells": (92, 91),  # 95.2 / 93.7 (s48 end); 73.1 / 71.9 (s47 start)
        "traffic lights": (96, 88),  # 98.8 / 90.9 (s55 end); 98.7 / 85.2 (s48 end); 93.1 / 76.1 (s47 start)
        "goals": (97, 97),  # 100.0 / 100.0 (s48 end); 91.1 / 94.4 (s47 start)
        "goals + status": (97, 97),  # 100.0 / 100.0 (s48 end); 89.3 / 92.6 (s47 start)
    },
    # The fortieth set (stop 48, W37): written blind and held out in stop 48, a development set from stop 49;
    # first measured on stop 48's start code (14457859 = stop 47's end). No gold expects a warning.
    "test40": {
        "refused-or-not": (97, 97),  # 100.0 / 100.0 (s48 start)
        "project name": (97, 90),  # 100.0 / 93.3 (s49 end); 89.3 / 83.3 (s48 start)
        "county": (97, 97),  # 100.0 / 100.0 (s48 start)
        "municipalities": (97, 97),  # 100.0 / 100.0 (s48 start)
        "funder": (97, 97),  # 100.0 / 100.0 (s48 start)
        "money": (93, 89),  # 95.7 / 91.7 (s49 end); 86.4 / 79.2 (s48 start)
        "warnings": (None, None),  # – / – (s48 start): no gold expects a warning
        "dependency entities": (93, 90),  # 96.4 / 93.1 (s48 start)
        "organisations": (92, 90),  # 95.0 / 92.7 (s48 start)
        "cost cells": (97, 93),  # 99.5 / 95.9 (s57 end); 85.3 / 83.5 (s48 start)
        "traffic lights": (87, 71),  # 90.2 / 74.3 (s54 end); 89.5 / 68.9 (s49 end); 82.5 / 63.5 (s48 start)
        "goals": (97, 87),  # 100.0 / 89.8 (s50 end); 95.7 / 89.8 (s48 start)
        "goals + status": (95, 85),  # 97.7 / 87.8 (s50 end); 93.5 / 87.8 (s48 start)
    },
    # The forty-first set (stop 49, W38): written blind and held out in stop 49, a development set from stop 50;
    # first measured on stop 49's start code (bcebfc8 = stop 48's end). No gold expects a warning (the start code gives one, on no document's gold).
    "test41": {
        "refused-or-not": (97, 97),  # 100.0 / 100.0 (s49 start)
        "project name": (92, 85),  # 94.9 / 88.1 (s50 end); 81.1 / 71.4 (s49 start)
        "county": (97, 97),  # 100.0 / 100.0 (s50 end); 100.0 / 94.4 (s49 start)
        "municipalities": (97, 97),  # 100.0 / 100.0 (s50 end); 100.0 / 98.7 (s49 start)
        "funder": (97, 97),  # 100.0 / 100.0 (s49 start)
        "money": (88, 75),  # 91.3 / 77.8 (s50 end); 71.4 / 55.6 (s49 start)
        "warnings": (None, None),  # 0.0 / – (s49 start): no gold expects a warning
        "dependency entities": (97, 89),  # 100.0 / 91.5 (s50 end); 100.0 / 89.8 (s49 end)
        "organisations": (95, 88),  # 97.5 / 90.7 (s49 start)
        "cost cells": (89, 90),  # 92.4 / 93.2 (s56 end); 91.1 / 91.9 (s55 end); 90.3 / 91.9 (s50 end)
        "traffic lights": (97, 80),  # 100.0 / 83.1 (s50 end); 58.7 / 35.1 (s49 start)
        "goals": (97, 97),  # 100.0 / 100.0 (s50 end); 81.5 / 75.9 (s49 end); 80.0 / 69.0 (s49 start)
        "goals + status": (95, 95),  # 98.3 / 98.3 (s51 end); 96.6 / 96.6 (s50 end); 74.1 / 69.0 (s49 end)
    },
    # The forty-second set (stop 50, W39): written blind and held out in stop 50, a development set from stop 51;
    # first measured on stop 50's start code (947cf8c8 = stop 49's end). No gold expects a warning.
    "test42": {
        "refused-or-not": (97, 97),  # 100.0 / 100.0 (s50 start)
        "project name": (97, 97),  # 100.0 / 100.0 (s51 end); 83.9 / 83.9 (s50 start)
        "county": (97, 97),  # 100.0 / 100.0 (s50 start)
        "municipalities": (97, 97),  # 100.0 / 100.0 (s50 start)
        "funder": (97, 97),  # 100.0 / 100.0 (s51 end); 94.4 / 94.4 (s50 start)
        "money": (97, 85),  # 100.0 / 88.2 (s51 end); 62.5 / 58.8 (s50 start)
        "warnings": (None, None),  # – / – (s50 start): no gold expects a warning
        "dependency entities": (97, 94),  # 100.0 / 96.6 (s54 end); 100.0 / 94.9 (s50 start)
        "organisations": (94, 94),  # 97.4 / 97.4 (s51 end); 86.0 / 94.9 (s50 start)
        "cost cells": (91, 91),  # 93.9 / 93.9 (s56 end); 93.0 / 93.0 (s55 end); 92.3 / 93.0 (s53 end)
        "traffic lights": (97, 97),  # 100.0 / 100.0 (s51 end); 86.7 / 65.8 (s50 start)
        "goals": (97, 97),  # 100.0 / 100.0 (s57 end); 96.0 / 87.3 (s50 start)
        "goals + status": (95, 95),  # 98.2 / 98.2 (s57 end); 78.0 / 70.9 (s50 start)
    },
    # The forty-third set (stop 51, W40): written blind and held out in stop 51, a development set from stop 52;
    # first measured on stop 51's start code (9d43defb = stop 50's end). No gold expects a warning.
    "test43": {
        "refused-or-not": (97, 97),  # 100.0 / 100.0 (s51 start)
        "project name": (92, 97),  # 94.6 / 100.0 (s53 end); 89.2 / 94.3 (s51 start)
        "county": (97, 97),  # 100.0 / 100.0 (s51 start)
        "municipalities": (97, 97),  # 100.0 / 100.0 (s51 start)
        "funder": (97, 97),  # 100.0 / 100.0 (s51 start)
        "money": (97, 86),  # 100.0 / 88.9 (s57 end); 65.0 / 72.2 (s51 start)
        "warnings": (None, None),  # 0.0 / – (s51 start): no gold expects a warning
        "dependency entities": (97, 93),  # 100.0 / 96.4 (s54 end); 96.4 / 92.9 (s51 start)
        "organisations": (97, 94),  # 100.0 / 97.4 (s54 end); 94.7 / 92.3 (s51 start)
        "cost cells": (85, 80),  # 87.7 / 83.4 (s55 end); 86.5 / 83.4 (s53 end); 82.8 / 79.8 (s52 end)
        "traffic lights": (97, 88),  # 100.0 / 91.2 (s52 end); 90.0 / 63.2 (s51 start)
        "goals": (97, 97),  # 100.0 / 100.0 (s52 end); 87.1 / 87.1 (s51 start)
        "goals + status": (95, 95),  # 98.4 / 98.4 (s52 end); 79.0 / 79.0 (s51 start)
    },
    # The forty-fourth set (stop 52, W41): written blind and held out in stop 52, a development set from stop 53;
    # first measured on stop 52's start code (835c1e0e = stop 51's end). No gold expects a warning.
    "test44": {
        "refused-or-not": (97, 97),  # 100.0 / 100.0 (s52 start)
        "project name": (97, 97),  # 100.0 / 100.0 (s53 end); 91.9 / 91.9 (s52 start)
        "county": (97, 97),  # 100.0 / 100.0 (s52 start)
        "municipalities": (97, 97),  # 100.0 / 100.0 (s52 start)
        "funder": (97, 97),  # 100.0 / 100.0 (s52 start)
        "money": (97, 87),  # 100.0 / 89.5 (s57 end); 80.0 / 84.2 (s52 start)
        "warnings": (None, None),  # – / – (s52 start): no gold expects a warning
        "dependency entities": (97, 97),  # 100.0 / 100.0 (s52 start)
        "organisations": (97, 97),  # 100.0 / 100.0 (s52 start)
        "cost cells": (97, 97),  # 99.6 / 100.0 (s55 end); 98.5 / 100.0 (s53 end); 74.6 / 73.7 (s52 end)
        "traffic lights": (90, 78),  # 93.3 / 80.5 (s53 end); 84.1 / 66.7 (s52 end); 75.0 / 55.2 (s52 start)
        "goals": (97, 97),  # 100.0 / 100.0 (s53 end); 100.0 / 85.7 (s52 start)
        "goals + status": (93, 93),  # 95.7 / 95.7 (s53 end); 95.0 / 81.4 (s52 start)
    },
    # The forty-fifth set (stop 53, W42): written blind and held out in stop 53, a development set from stop 54;
    # first measured on stop 53's start code (7d01e2fd = stop 52's end). No gold expects a warning.
    "test45": {
        "refused-or-not": (97, 97),  # 100.0 / 100.0 (s53 start)
        "project name": (97, 97),  # 100.0 / 100.0 (s54 end); 94.3 / 94.3 (s53 end); 91.4 / 91.4 (s53 start)
        "county": (97, 97),  # 100.0 / 100.0 (s53 start)
        "municipalities": (97, 97),  # 100.0 / 100.0 (s53 start)
        "funder": (97, 97),  # 100.0 / 100.0 (s53 start)
        "money": (97, 88),  # 100.0 / 91.3 (s57 end); 72.0 / 78.3 (s53 start)
        "warnings": (None, None),  # – / – (s53 start): no gold expects a warning
        "dependency entities": (97, 97),  # 100.0 / 100.0 (s54 end); 98.0 / 92.5 (s53 start)
        "organisations": (97, 97),  # 100.0 / 100.0 (s54 end); 96.8 / 90.9 (s53 start)
        "cost cells": (97, 97),  # 99.6 / 100.0 (s55 end); 98.8 / 100.0 (s54 end); 84.6 / 84.9 (s53 end)
        "traffic lights": (97, 97),  # 100.0 / 100.0 (s54 end); 92.3 / 83.3 (s53 end); 86.2 / 77.8 (s53 start)
        "goals": (96, 97),  # 98.5 / 100.0 (s54 end); 98.3 / 87.9 (s53 end); 98.2 / 83.3 (s53 start)
        "goals + status": (96, 97),  # 98.5 / 100.0 (s54 end); 98.3 / 87.9 (s53 end); 98.2 / 83.3 (s53 start)
    },
    # The forty-sixth set (stop 54, W43): written blind and held out in stop 54, a development set from stop 55;
    # first measured on stop 54's start code (db2a6826 = stop 53's end). No gold expects a warning.
    "test46": {
        "refused-or-not": (97, 97),  # 100.0 / 100.0 (s54 start)
        "project name": (97, 97),  # 100.0 / 100.0 (s56 end); 100.0 / 97.0 (s54 end); 96.9 / 93.9 (s54 start)
        "county": (97, 97),  # 100.0 / 100.0 (s54 start)
        "municipalities": (97, 97),  # 100.0 / 100.0 (s54 start)
        "funder": (97, 97),  # 100.0 / 100.0 (s54 start)
        "money": (91, 81),  # 94.1 / 84.2 (s57 end); 83.3 / 78.9 (s54 start)
        "warnings": (None, None),  # – / – (s54 start): no gold expects a warning
        "dependency entities": (97, 91),  # 100.0 / 94.1 (s54 start)
        "organisations": (94, 94),  # 96.9 / 96.9 (s54 start)
        "cost cells": (96, 97),  # 98.6 / 100.0 (s56 end); 88.9 / 90.2 (s55 end); 85.9 / 86.3 (s54 end)
        "traffic lights": (97, 97),  # 100.0 / 100.0 (s55 end); 100.0 / 85.7 (s54 end); 90.7 / 77.8 (s54 start)
        "goals": (97, 87),  # 100.0 / 90.0 (s57 end); 100.0 / 88.3 (s54 start)
        "goals + status": (97, 87),  # 100.0 / 90.0 (s57 end); 100.0 / 88.3 (s54 start)
    },
    # The forty-seventh set (stop 55, W44): written blind and held out in stop 55, a development set from stop 56;
    # first measured on stop 55's start code (3e4cd582 = stop 54's end, test46 promoted). No gold expects a warning.
    "test47": {
        "refused-or-not": (97, 97),  # 100.0 / 100.0 (s55 start)
        "project name": (97, 97),  # 100.0 / 100.0 (s56 end); 89.3 / 80.6 (s55 start)
        "county": (97, 97),  # 100.0 / 100.0 (s55 start)
        "municipalities": (97, 97),  # 100.0 / 100.0 (s56 end); 100.0 / 98.1 (s55 start)
        "funder": (97, 97),  # 100.0 / 100.0 (s55 start)
        "money": (97, 93),  # 100.0 / 95.5 (s56 end); 80.0 / 72.7 (s55 start)
        "warnings": (None, None),  # – / – (s55 start): no gold expects a warning
        "dependency entities": (97, 97),  # 100.0 / 100.0 (s56 end); 100.0 / 98.1 (s55 start)
        "organisations": (97, 97),  # 100.0 / 100.0 (s55 start)
        "cost cells": (96, 96),  # 98.8 / 98.8 (s56 end); 75.4 / 74.2 (s55 start)
        "traffic lights": (97, 97),  # 100.0 / 100.0 (s56 end); 75.3 / 64.7 (s55 start)
        "goals": (97, 97),  # 100.0 / 100.0 (s56 end); 100.0 / 89.8 (s55 start)
        "goals + status": (97, 97),  # 100.0 / 100.0 (s56 end); 96.2 / 86.4 (s55 start)
    },
    # The forty-eighth set (stop 56, W45): written blind and held out in stop 56, a development set from stop 57;
    # first measured on stop 56's start code (959fcdf0 = stop 55's end, test47 promoted). No gold expects a warning.
    "test48": {
        "refused-or-not": (97, 97),  # 100.0 / 100.0 (s56 start)
        "project name": (97, 97),  # 100.0 / 100.0 (s57 end); 87.9 / 85.3 (s56 start)
        "county": (97, 97),  # 100.0 / 100.0 (s56 start)
        "municipalities": (97, 97),  # 100.0 / 100.0 (s56 start)
        "funder": (97, 97),  # 100.0 / 100.0 (s56 start)
        "money": (97, 93),  # 100.0 / 96.0 (s57 end); 67.9 / 76.0 (s56 start)
        "warnings": (None, None),  # – / – (s56 start): no gold expects a warning
        "dependency entities": (97, 97),  # 100.0 / 100.0 (s57 end); 100.0 / 96.8 (s56 start)
        "organisations": (97, 97),  # 100.0 / 100.0 (s56 start)
        "cost cells": (87, 87),  # 89.9 / 89.9 (s57 end); 63.3 / 60.1 (s56 start)
        "traffic lights": (97, 97),  # 100.0 / 100.0 (s57 end); 74.4 / 71.1 (s56 start)
        "goals": (97, 91),  # 100.0 / 94.0 (s57 end); 96.9 / 94.0 (s56 start)
        "goals + status": (97, 91),  # 100.0 / 94.0 (s57 end); 92.3 / 89.6 (s56 start)
    },
    # The forty-ninth set (stop 57, W46): written blind and held out; first measured on the stop's start code
    # (103d3826 = stop 56's end, test48 promoted). No gold expects a warning.
    "test49": {
        "refused-or-not": (97, 97),  # 100.0 / 100.0 (s57 start)
        "project name": (93, 93),  # 96.4 / 96.4 (s57 start)
        "county": (97, 97),  # 100.0 / 100.0 (s57 start)
        "municipalities": (97, 97),  # 100.0 / 100.0 (s57 start)
        "funder": (97, 97),  # 100.0 / 100.0 (s57 start)
        "money": (89, 89),  # 92.0 / 92.0 (s57 start)
        "warnings": (None, None),  # – / – (s57 start): no gold expects a warning
        "dependency entities": (95, 88),  # 98.3 / 90.6 (s57 start)
        "organisations": (94, 89),  # 97.4 / 92.3 (s57 start)
        "cost cells": (96, 84),  # 98.9 / 86.5 (s57 start)
        "traffic lights": (97, 92),  # 100.0 / 95.1 (s57 start)
        "goals": (97, 92),  # 100.0 / 94.7 (s57 start)
        "goals + status": (97, 92),  # 100.0 / 94.7 (s57 start)
    },
    # The fiftieth set (stop 57, W47): written blind beside test49 as a development set; first measured on the
    # stop's start code (103d3826). No gold expects a warning.
    "test50": {
        "refused-or-not": (97, 97),  # 100.0 / 100.0 (s57 start)
        "project name": (97, 94),  # 100.0 / 96.8 (s57 end); 90.6 / 93.5 (s57 start)
        "county": (97, 97),  # 100.0 / 100.0 (s57 start)
        "municipalities": (97, 97),  # 100.0 / 100.0 (s57 start)
        "funder": (97, 97),  # 100.0 / 100.0 (s57 start)
        "money": (97, 78),  # 100.0 / 80.8 (s57 end); 85.7 / 69.2 (s57 start)
        "warnings": (None, None),  # – / – (s57 start): no gold expects a warning
        "dependency entities": (97, 91),  # 100.0 / 94.2 (s57 start)
        "organisations": (97, 97),  # 100.0 / 100.0 (s57 start)
        "cost cells": (91, 89),  # 94.3 / 91.7 (s57 end); 73.1 / 62.7 (s57 start)
        "traffic lights": (91, 91),  # 94.4 / 94.4 (s57 end); 88.8 / 88.8 (s57 start)
        "goals": (97, 92),  # 100.0 / 95.0 (s57 end); 80.4 / 75.0 (s57 start)
        "goals + status": (97, 92),  # 100.0 / 95.0 (s57 end); 76.8 / 71.7 (s57 start)
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


# The first floor of a set extracts the whole set (tune: 840 documents, about a minute on a quiet machine);
# on a loaded one that passed pytest-timeout's 300 s (stop 40's mid-stop CI at load 24), and its timeout's
# traceback crashed pytest-xdist's report. The figures are checked here, their time by the benchmarks.
@pytest.mark.timeout(900)
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
