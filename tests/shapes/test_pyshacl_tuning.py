"""shapes/pyshacl_tuning.py relies on how pyshacl 0.40 reads its constraint parameters.

These tests fail when an upgrade of pyshacl changes that, so the adjustment
is revisited instead of silently doing nothing (or something else).
"""

from __future__ import annotations

import inspect

import pyshacl.shape
from pyshacl.constraints import ALL_CONSTRAINT_PARAMETERS
from rdflib.namespace import SH

from hankegraafi.shapes import pyshacl_tuning
from hankegraafi.shapes.validate import validate_pyshacl as validate  # the pyshacl path tuned here
from tests.shapes.casekit import case_dirs, read_case


def test_pyshacl_reads_the_parameters_from_the_module_cache() -> None:
    source = inspect.getsource(pyshacl.shape.Shape.validate)
    assert "getattr(module, 'CONSTRAINT_PARAMS', (None, None))" in source
    assert "p in search_parameters" in source
    assert "search_parameters = CONSTRAINT_PARAMETERS.copy()" in source
    assert pyshacl.shape.module is pyshacl.shape.sys.modules["pyshacl.shape"]


def test_the_installed_list_holds_the_same_terms_in_order() -> None:
    pyshacl_tuning.install()
    params, _map = pyshacl.shape.module.CONSTRAINT_PARAMS
    assert list(params) == list(ALL_CONSTRAINT_PARAMETERS)
    assert SH.minCount in params and SH.targetClass not in params
    widened = params.copy()
    widened.append(SH.expression)
    assert SH.expression in widened and SH.expression not in params


def test_validation_keeps_the_installed_list() -> None:
    """pyshacl reads the cache and does not replace it during a validation."""
    validate(read_case(case_dirs()[0]).data)
    assert pyshacl_tuning.installed()
    pyshacl_tuning.uninstall()
    assert not pyshacl_tuning.installed()
    validate(read_case(case_dirs()[0]).data)
    assert pyshacl_tuning.installed()
