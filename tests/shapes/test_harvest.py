"""One harvest of the shapes serves every document of a process (issue 17).

:func:`validate` reads the shapes into pyshacl's ShapesGraph once; reports must
not depend on what was validated before, so every case is validated twice, in
reverse order the second time, and compared with the reference path.
"""

from __future__ import annotations

import importlib

from hankegraafi.shapes.validate import validate, validate_reference
from tests.shapes.casekit import case_dirs, read_case
from tests.shapes.test_same_reports import _full

_module = importlib.import_module("hankegraafi.shapes.validate")


def test_shapes_are_harvested_once() -> None:
    first = _module._harvested(True)
    assert _module._harvested(True) is first
    assert len(list(first.shapes)) > 100  # every shape of hankegraafi-shapes.ttl


def test_reports_do_not_depend_on_the_order_of_documents() -> None:
    cases = [read_case(folder).data for folder in case_dirs()[:12]]
    forward = [_full(validate(data, lang="en")) for data in cases]
    backward = [_full(validate(data, lang="en")) for data in reversed(cases)]
    assert forward == list(reversed(backward))
    for data, report in zip(cases[:4], forward[:4], strict=True):
        assert report == _full(validate_reference(data, lang="en"))
    assert any(not conforms for conforms, _rows in forward)  # failing cases are among them
