"""SHACL shapes and validation: every document graph is checked against our own shapes graph.

The validation names are loaded when first used (PEP 562): importing them brings pyshacl and
pyshacl-turbo (118 modules, 7.8 MB of the web process, which never validates: writes run in the
writer process), while the web pages need only :mod:`hankegraafi.shapes.pii`. The package's
``validate`` is the function, as it always was, also after the submodule of that name is imported.
"""

from __future__ import annotations

import importlib
import sys
import types
from typing import TYPE_CHECKING, Any

from hankegraafi.shapes.pii import EMAIL_PATTERN, PHONE_PATTERN, has_contact_details

if TYPE_CHECKING:
    from hankegraafi.shapes.validate import (
        ValidationReport,
        ValidationResult,
        background_graph,
        shapes_graph,
        validate,
    )

#: The names the package gives from its submodule ``validate``.
_FROM_VALIDATE = ("ValidationReport", "ValidationResult", "background_graph", "shapes_graph", "validate")


class _Package(types.ModuleType):
    """The package, binding the validation names when the import system binds the submodule."""

    def __setattr__(self, name: str, value: Any) -> None:
        if name == "validate" and isinstance(value, types.ModuleType):  # the submodule, just imported
            for given in _FROM_VALIDATE:
                super().__setattr__(given, getattr(value, given))
            return
        super().__setattr__(name, value)


def __getattr__(name: str) -> Any:
    if name in _FROM_VALIDATE:
        importlib.import_module("hankegraafi.shapes.validate")  # binds the names (_Package)
        return globals()[name]
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


sys.modules[__name__].__class__ = _Package

__all__ = [
    "EMAIL_PATTERN",
    "PHONE_PATTERN",
    "ValidationReport",
    "ValidationResult",
    "background_graph",
    "has_contact_details",
    "shapes_graph",
    "validate",
]
