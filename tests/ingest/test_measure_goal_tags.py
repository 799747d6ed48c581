"""How scripts/measure_extraction.py compares goals: a part's tag before a goal ("A: …", "Osio 1: …") is the part
the goal is listed under, not its words; a gold that keeps it and a reading that leaves it out name one goal (the
ruler, stop 52: test43 on08 and on14 keep the tag in the gold, the reader reads it off as facts/goalkeys.py does)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

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


def test_a_goal_with_and_without_its_part_s_tag_is_one_goal() -> None:
    m = _measure()
    for tagged, bare in [
        ("A: Chat-palvelu on auki arkisin", "Chat-palvelu on auki arkisin"),
        ("Osio 1: Kotiutustiimi toimii kaikissa kaupungeissa", "Kotiutustiimi toimii kaikissa kaupungeissa"),
        ("Osakokonaisuus B: Etäjakso on tarjolla", "Etäjakso on tarjolla"),
        ("Work package 2: Evening clinic opens", "Evening clinic opens"),
        ("Delprojekt II: Kvällsmottagning öppnas", "Kvällsmottagning öppnas"),
    ]:
        assert m.norm_goal(tagged) == m.norm_goal(bare)
        score = m.match_goals([(bare, "achieved")], [(tagged, "achieved")], status=True)
        assert (score.found, score.correct, score.wrong) == (1, 1, [])


def test_a_goal_s_own_words_stay() -> None:
    m = _measure()
    assert m.norm_goal("A-luokan asunnot kaikille") == "a-luokan asunnot kaikille"  # no colon: its own text
    assert m.norm_goal("Kaikki asiakkaat: 60 % digitukea") == "kaikki asiakkaat: 60 % digitukea"
    assert m.norm_goal("B12 Kotikäynnit") == m.norm_goal("Kotikäynnit")  # a goal's code, as before
    assert m.norm_goal("Tavoite 1: Kotikäynnit") == m.norm_goal("Kotikäynnit")  # a goal's label, as before
    assert m.norm_goal("I: Kotikäynnit") == "i: kotikäynnit"  # a letter past H, no part's key
