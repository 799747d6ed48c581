"""How scripts/measure_extraction.py reads a gold item given as a name: a name that is a label of a
vocabulary concept is that concept (a service added to the vocabulary after the gold was written)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

from hankegraafi.ingest.entities import Gazetteer

REPO = Path(__file__).resolve().parents[2]


def _measure() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "measure_extraction", REPO / "scripts" / "measure_extraction.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("measure_extraction", module)
    spec.loader.exec_module(module)
    return module


def test_a_gold_name_that_is_a_concept_s_label_counts_as_the_concept() -> None:
    keys = _measure().annotation_keys
    gaz = Gazetteer.default()
    assert "service/suomi-fi-viestit" in keys("name:suomi.fi-viestit", gaz)
    assert "service/terveyskyla" in keys(["name:terveyskylä", "name:terveyskylä.fi"], gaz)
    assert keys("name:kuvitteellinen yhdistys ry", gaz) == {"name:kuvitteellinen yhdistys ry"}
