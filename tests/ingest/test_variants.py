"""The ingest on documents generated from fact specs: floors per fact category and per class of form.

bench/variants writes invented projects' facts in every value of fifteen dimensions of surface
form (file format, cost-table shape and orientation, units, number formats, light and goal forms,
label wordings, whole project or a part, where the name stands, how parts are given); scripts/measure_variants.py scores each document with
measure_extraction's own scoring. This test generates a fixed sample (seed 31, four documents per
value, about 190 documents, seconds) and asserts the figures measured on it as floors: over all
documents (precision over those whose names were read), and per dimension value for the classes
fixed as classes (a turned cost table, a table of years, goals by a legend …). A change that loses a class of form fails here, naming the class, whatever tuning
document it was written for. Raise a floor when a fix lifts it; never lower one to pass.
"""

from __future__ import annotations

import importlib.util
import sys
from functools import cache
from pathlib import Path
from types import ModuleType

import pytest

REPO = Path(__file__).resolve().parents[2]
SEED, PER_VALUE = 31, 4

#: Recall floors in per cent over every generated document (seed 31, 4 per value), and precision floors
#: over the documents whose every project name was read: lights and cost cells are keyed by the project's
#: name, so a name missed turns every one of them read into a wrong one (counted under "project name",
#: whose precision is over every document). A rule that reads more rows of a table whose project was
#: misnamed lowered the precision over all documents (d011b3f: 52 -> 46) with no fault of its own.
FLOORS = {
    "county": (100, 100),
    "municipalities": (100, 100),
    "dependency entities": (100, 100),
    "organisations": (100, 100),  # the administrator field "Vastuuorganisaatio" (63a25b3)
    "project name": (99, 76),  # a name field labelled by a kind of project (labels._compound_name_label)
    "cost cells": (97, 58),
    "traffic lights": (100, 62),
    "goals + status": (99, 99),
}

#: Recall floors per dimension value among the documents whose every project name was read (a fact
#: keyed by a name missed is no fault of its form): the classes fixed as classes.
VALUE_FLOORS = {
    # 92 -> 91 (three rows): the population grows when N2's part-label rule (stop 32, partwords.part_label) names
    # the labels=other x unit_of=part documents: 63 more documents counted, whose cell misses are other forms'
    # (a PDF's committed column, space-aligned rows with empty cells, a t-EUR scale), no unit fault (N2's
    # measurement, /work/notes/s32/n2_to_v3.md); every document counted before keeps its figures.
    ("orientation", "kinds-as-rows", "cost cells"): 91,
    ("orientation", "kinds-as-columns", "cost cells"): 88,  # turned tables (money._normalised)
    ("cost_shape", "kinds-x-years", "cost cells"): 91,  # years as rows too (92 -> 91: see kinds-as-rows)
    ("cost_shape", "kinds-x-columns", "cost cells"): 86,
    ("light_place", "table", "traffic lights"): 100,
    ("light_place", "sentence", "traffic lights"): 86,  # "Trafikljuset för X är grönt" (lightdims)
    ("goals", "table", "goals + status"): 100,
    ("goals", "list", "goals + status"): 99,  # "X – ◐" by the legend (goalforms)
    (
        "goals",
        "prose",
        "goals + status",
    ): 99,  # "X. Tavoite toteutui osittain." (goalverdicts), "X. ✖" (goalforms)
    ("status", "symbol", "goals + status"): 98,
    ("status", "percent", "goals + status"): 100,
    ("unit_of", "part", "cost cells"): 91,  # "Osahanke | X": the part reports on its own (92 -> 91: as above)
    ("unit_of", "part", "traffic lights"): 100,
}


#: Recall floors over the documents of each value added at stop 32 (seed 31, 4 per value; the documents
#: with the dimension fixed), set at the figure measured at stop 32's end less 5: where the name stands
#: (``name_place``), how parts are given (``parts_form``), light forms and places real reports use.
#: name_place=caption (0 at stop 32's end) has none yet: a floor of 0 cannot fail.
#: "traffic lights, unit aside" is the light read right whatever unit it was filed under.
ADDED_FLOORS: dict[tuple[str, str, str], int] = {
    ("lights", "word-symbol", "traffic lights, unit aside"): 95,  # "🟡 keltainen"
    ("lights", "checkbox", "traffic lights, unit aside"): 95,  # "( ) vihreä (x) keltainen ( ) punainen"
    ("lights", "phrase-fi", "traffic lights, unit aside"): 95,  # "Lieviä poikkeamia" (lighttext._loose_value)
    ("lights", "word-progress", "traffic lights, unit aside"): 95,  # colour words and "Valmiusaste | 60 %"
    ("light_place", "card", "traffic lights, unit aside"): 83,  # "Aikataulu" / "Tilanne: P" (lightcards)
    ("light_place", "columns", "traffic lights, unit aside"): 95,  # dimensions as columns over one row
    (
        "light_place",
        "legend-under",
        "traffic lights, unit aside",
    ): 95,  # the colours' definition under the table
    ("light_place", "scale-label", "traffic lights, unit aside"): 95,  # "Aikataulu (V/K/P): K"
    ("light_place", "sentence-rated", "traffic lights, unit aside"): 95,  # "Aikataulun tilanne on keltainen."
    ("light_place", "part-status", "traffic lights"): 95,  # "Osahanke | Tila" (facts/lights._status_column)
    ("lights", "state-word", "traffic lights, unit aside"): 95,  # "Kunnossa / Huolestuttava / Kriittinen"
    # "Edellinen raportti" / "Tämä raportti" rows under the dimensions (lighttext._row_period); 75 measured:
    # a space-aligned text of right-aligned words is not read as a table (segmenter, left).
    ("light_place", "period-rows", "traffic lights, unit aside"): 70,
    ("light_place", "period-columns", "traffic lights, unit aside"): 95,  # "Osa-alue | 1/2024 | 2/2024"
    ("lights", "state-en", "traffic lights, unit aside"): 95,  # "On track / At risk / Off track"
    ("light_place", "forecast", "traffic lights, unit aside"): 95,  # "Tilanne nyt | Ennuste" (header_seen)
    ("lights", "word-trend", "traffic lights, unit aside"): 95,  # "keltainen ↓"
    ("lights", "ok-fi", "traffic lights, unit aside"): 95,  # "OK / Huomioitavaa / Ei OK" (status.ttl cues)
    ("lights", "state-sv", "traffic lights, unit aside"): 95,  # "Enligt plan / Risk för avvikelse / Kritisk"
    # Stop 33 (100 measured at 4 and at 6 per value; 0, 29 and 0 on stop 32's ingest): a legend's marks.
    ("lights", "abbrev-fi", "traffic lights, unit aside"): 95,  # "vihr. = vihreä": cells "kelt."
    ("lights", "grade-ad", "traffic lights, unit aside"): 95,  # "A ja B = …, C ja D = …": cells "C"
    ("lights", "score-0-2", "traffic lights, unit aside"): 95,  # "2 = suunnitelmassa, 1 = …, 0 = …"
    ("name_place", "title-kind-year", "project name"): 55,
    ("name_place", "page-header", "project name"): 12,
    ("name_place", "email", "project name"): 66,
    ("name_place", "breadcrumb", "project name"): 24,
    ("name_place", "first-sentence", "project name"): 52,
    ("name_place", "title-sv", "project name"): 81,
    ("parts_form", "part-head", "project name"): 45,
    ("parts_form", "headings", "project name"): 95,
    ("parts_form", "headings", "traffic lights"): 95,  # the whole's lights after the parts' sections
    ("parts_form", "numbered", "project name"): 20,
    ("parts_form", "table", "project name"): 20,
    ("parts_form", "prose", "project name"): 20,
}


@cache
def _module() -> ModuleType:
    spec = importlib.util.spec_from_file_location("measure_variants", REPO / "scripts" / "measure_variants.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["measure_variants"] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def results(tmp_path_factory: pytest.TempPathFactory) -> list:
    """Stop 31's sample: the values its floors were set on, documents byte for byte as then."""
    return _module().measured(tmp_path_factory.mktemp("variants"), PER_VALUE, SEED, dimensions=_module().STOP31)


@pytest.fixture(scope="module")
def added(tmp_path_factory: pytest.TempPathFactory) -> list:
    """The values added at stop 32, each with its own dimension fixed and the others drawn."""
    return _module().measured(tmp_path_factory.mktemp("added"), PER_VALUE, SEED, dimensions=_module().ADDED)


def test_every_value_of_every_dimension_is_generated(results: list, added: list) -> None:
    dims = _module().DIMENSIONS
    assert len(results) + len(added) >= PER_VALUE * sum(len(v) for v in dims.values()) - 2 * PER_VALUE
    for dimension, values in dims.items():
        assert {v[dimension] for v, _o in results + added} == set(values), dimension


def test_added_values_leave_the_older_documents_as_they_were(tmp_path: Path) -> None:
    """A document of a stop-31 value draws only stop-31 values, so its floors stay comparable."""
    from bench.variants import ADDED, sample

    for dimension in ("lights", "unit_of", "format"):
        for index in range(8):
            _key, v = sample(dimension, _module().STOP31[dimension][0], index, SEED)
            assert v["name_place"] == "field" and v["parts_form"] == "field"
            assert v["lights"] not in ADDED["lights"] and v["light_place"] not in ADDED["light_place"]


def test_the_generator_is_deterministic(tmp_path: Path) -> None:
    from bench.variants import generate

    one = generate(tmp_path / "a", 1, SEED, {"format": ("txt-tab", "md")})
    two = generate(tmp_path / "b", 1, SEED, {"format": ("txt-tab", "md")})
    assert [p.read_bytes() for p, _g in one] == [p.read_bytes() for p, _g in two]
    assert [g for _p, g in one] == [g for _p, g in two]


def _named(results: list) -> list:
    return [(v, o) for v, o in results if o.scores["project name"].found == o.scores["project name"].annotated]


@pytest.mark.parametrize("category", sorted(FLOORS))
def test_figures_over_all_variants(results: list, category: str) -> None:
    score = _module().summed(o for _v, o in results)[category]
    named = score if category == "project name" else _module().summed(o for _v, o in _named(results))[category]
    precision, recall = FLOORS[category]
    assert named.precision is not None and 100 * named.precision >= precision, (category, named.precision)
    assert score.recall is not None and 100 * score.recall >= recall, (category, score.recall)


@pytest.mark.parametrize("key", sorted(VALUE_FLOORS), ids=lambda k: "=".join(k[:2]) + ":" + k[2])
def test_recall_per_class_of_form(results: list, key: tuple[str, str, str]) -> None:
    dimension, value, category = key
    score = _module().per_value(_named(results))[(dimension, value)][category]
    assert score.recall is not None and 100 * score.recall >= VALUE_FLOORS[key], (
        key,
        score.recall,
        score.missed[:5],
    )


@pytest.mark.parametrize("key", sorted(ADDED_FLOORS), ids=lambda k: "=".join(k[:2]) + ":" + k[2])
def test_recall_per_added_value(added: list, key: tuple[str, str, str]) -> None:
    """Recall over every document of a value added at stop 32 (names missed count: where the name stands
    is one of the classes measured)."""
    dimension, value, category = key
    score = _module().per_value([(v, o) for v, o in added if v[dimension] == value])[(dimension, value)][
        category
    ]
    assert score.recall is not None and 100 * score.recall >= ADDED_FLOORS[key], (
        key,
        score.recall,
        score.missed[:5],
    )
