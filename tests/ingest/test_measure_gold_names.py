"""How scripts/measure_extraction.py reads a gold item given as a name: a name that is a label of a
vocabulary concept is that concept (a service added to the vocabulary after the gold was written)."""

from __future__ import annotations

import importlib.util
import sys
from collections import Counter
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


def test_a_fact_under_a_wrongly_named_unit_counts_only_with_the_unit_aside() -> None:
    """The unit-aside scores show a right fact filed under a wrong name apart from a fact read wrong."""
    m = _measure()
    gold = Counter({("hanke a", "osa-alue", "arvio", 2023, "henkilostokulut", "arvio", 1, "100"): 1})
    read = Counter({("hanke b", "osa-alue", "arvio", 2023, "henkilostokulut", "arvio", 1, "100"): 1})
    wrong = Counter({("hanke a", "osa-alue", "arvio", 2023, "henkilostokulut", "arvio", 1, "200"): 1})
    assert m.match_counted(read, gold).correct == 0
    assert m.match_counted(m.unit_aside(read, 6), m.unit_aside(gold, 6)).correct == 1
    assert m.match_counted(m.unit_aside(wrong, 6), m.unit_aside(gold, 6)).correct == 0
    lights = Counter({("hanke a", "aikataulu", "vihrea"): 1, ("hanke a", "kustannukset", "keltainen"): 1})
    assert m.unit_aside(lights, 0) == Counter({("aikataulu", "vihrea"): 1, ("kustannukset", "keltainen"): 1})
