"""Shape tests as data: every case under shapes/cases/ gives exactly its expected report.

Each case folder holds an invented document graph and the report it must give,
compared as a set of (focus node, path, severity, shape, constraint component).
Every shape of hankegraafi-shapes.ttl needs a case where it fails and a case
where it is applied and holds.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import URIRef
from rdflib.namespace import SH

from tests.shapes.casekit import (
    CASES_DIR,
    Key,
    Unit,
    case_dirs,
    exercised_clean,
    helper_shapes,
    report_keys,
    run_case,
    units,
)

CASES = case_dirs()


def _show(keys: set[Key]) -> str:
    def short(node: object) -> str:
        text = str(node)
        return text.rsplit("#", 1)[-1] if "#" in text else text.rsplit("/", 1)[-1]

    return "\n".join(
        "  " + " ".join(short(n) if n is not None else "-" for n in key) for key in sorted(keys, key=str)
    )


def test_cases_are_found():
    assert len(CASES) >= 20, f"only {len(CASES)} cases under {CASES_DIR}"
    for folder in CASES_DIR.iterdir():
        if folder.is_dir() and folder.name != "__pycache__":
            assert (folder / "data.ttl").is_file(), f"{folder}: data.ttl is missing"
            assert (folder / "expected.ttl").is_file(), f"{folder}: expected.ttl is missing"


@pytest.mark.parametrize("folder", CASES, ids=[c.name for c in CASES])
def test_case_gives_exactly_the_expected_report(folder: Path):
    case, report = run_case(folder)
    actual = report_keys(report)
    missing = set(case.expected - actual)
    unexpected = set(actual - case.expected)
    assert not missing and not unexpected, (
        f"{case.name}: report differs\nexpected but not reported:\n{_show(missing)}"
        f"\nreported but not expected:\n{_show(unexpected)}"
    )
    assert report.conforms == case.expected_conforms
    # conforms is False exactly when there is a violation
    assert report.conforms == (not any(k[2] == SH.Violation for k in actual))


@pytest.mark.parametrize("folder", CASES, ids=[c.name for c in CASES])
def test_every_result_has_a_finnish_and_an_english_message(folder: Path):
    _, report = run_case(folder)
    for result in report.results:
        langs = {lang for lang, _ in result.messages}
        assert {"fi", "en"} <= langs, f"{result.source_shape} gives messages in {langs}"
        assert result.message_in("fi") != result.message_in("en")


@pytest.mark.parametrize("folder", CASES, ids=[c.name for c in CASES])
def test_declared_passing_shapes_report_nothing(folder: Path):
    case, report = run_case(folder)
    for shape in case.declared_passes:
        assert not [r for r in report.results if r.source_shape == shape], f"{case.name}: {shape} failed"


def _units() -> list[Unit]:
    return list(units())


@pytest.mark.parametrize("unit", _units(), ids=[u.label for u in _units()])
def test_every_shape_has_a_failing_case(unit: Unit):
    failing = [f.name for f in CASES if any(unit.matches(k) for k in run_case(f)[0].expected)]
    assert failing, f"no case makes {unit.label} fail"


@pytest.mark.parametrize("unit", _units(), ids=[u.label for u in _units()])
def test_every_shape_has_a_passing_case(unit: Unit):
    for folder in CASES:
        case, report = run_case(folder)
        keys = report_keys(report)
        if unit.shape in case.declared_passes and not any(unit.matches(k) for k in keys):
            return
        if exercised_clean(unit, folder):
            return
    pytest.fail(f"no case applies {unit.label} to a node that then conforms")


@pytest.mark.parametrize("helper", helper_shapes(), ids=[str(h).rsplit("#", 1)[-1] for h in helper_shapes()])
def test_every_vocabulary_shape_has_a_failing_and_a_passing_case(helper: URIRef):
    users = [u for u in units() if helper in u.nodes]
    assert users, f"{helper} is used by no shape"
    failing = passing = False
    for folder in CASES:
        case, _ = run_case(folder)
        for unit in users:
            failing = failing or any(
                unit.matches(k) and k[4] == SH.NodeConstraintComponent for k in case.expected
            )
            passing = passing or exercised_clean(unit, folder)
    assert failing, f"no case gives a value that breaks {helper}"
    assert passing, f"no case gives a value that meets {helper}"
