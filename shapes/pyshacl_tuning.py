"""One adjustment to pyshacl 0.40's internals, kept here and checked by a test.

For every shape it evaluates, pyshacl's ``Shape.validate`` keeps the shape's
predicates that are constraint parameters: ``p in search_parameters``, a scan
of a 33-item list of rdflib terms whose ``__eq__`` is Python code (about a
fifth of a document's validation, over a million comparisons per 12
documents). pyshacl reads that list, once per process, from the attribute
``CONSTRAINT_PARAMS`` of its module ``pyshacl.shape`` (a lazy-import cache).
:func:`install` fills that cache with the same terms in the same order, in a
list whose membership test is a set lookup; nothing else changes (the list
still copies and appends as pyshacl's advanced mode needs).
tests/shapes/test_pyshacl_tuning.py fails when pyshacl stops reading the
cache this way, so an upgrade cannot leave the adjustment silently unused.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, SupportsIndex

import pyshacl.shape
from pyshacl.constraints import ALL_CONSTRAINT_PARAMETERS, CONSTRAINT_PARAMETERS_MAP


class ParameterList(list[Any]):
    """A list whose ``in`` is a set lookup (its items are hashable rdflib terms)."""

    def __init__(self, items: Iterable[Any] = ()) -> None:
        super().__init__(items)
        self._members = set(self)

    def __contains__(self, item: object) -> bool:
        return item in self._members

    def copy(self) -> ParameterList:
        return ParameterList(self)

    def append(self, item: Any) -> None:
        super().append(item)
        self._members.add(item)

    def extend(self, items: Iterable[Any]) -> None:
        for item in items:
            self.append(item)

    def insert(self, index: SupportsIndex, item: Any) -> None:
        super().insert(index, item)
        self._members.add(item)

    def remove(self, item: Any) -> None:
        super().remove(item)
        self._members = set(self)

    def pop(self, index: SupportsIndex = -1) -> Any:
        item = super().pop(index)
        self._members = set(self)
        return item


def install() -> None:
    """Give pyshacl the constraint parameters as a :class:`ParameterList` (idempotent)."""
    module = pyshacl.shape.module
    current = getattr(module, "CONSTRAINT_PARAMS", (None, None))
    if isinstance(current[0], ParameterList):
        return
    vars(module)["CONSTRAINT_PARAMS"] = (ParameterList(ALL_CONSTRAINT_PARAMETERS), CONSTRAINT_PARAMETERS_MAP)


def installed() -> bool:
    """Whether pyshacl currently reads the set-backed parameter list."""
    current = getattr(pyshacl.shape.module, "CONSTRAINT_PARAMS", (None, None))
    return isinstance(current[0], ParameterList)


def uninstall() -> None:
    """Let pyshacl rebuild its own plain list (for side-by-side measurements)."""
    if installed():
        delattr(pyshacl.shape.module, "CONSTRAINT_PARAMS")
