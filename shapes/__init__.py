"""SHACL shapes and validation: every document graph is checked against our own shapes graph."""

from hankegraafi.shapes.pii import EMAIL_PATTERN, PHONE_PATTERN, has_contact_details
from hankegraafi.shapes.validate import (
    ValidationReport,
    ValidationResult,
    background_graph,
    shapes_graph,
    validate,
)

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
