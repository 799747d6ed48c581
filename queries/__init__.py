"""The query catalogue: named SPARQL queries with typed parameters, loaded by name."""

from hankegraafi.queries.answers import run
from hankegraafi.queries.catalogue import (
    PARAM_TYPES,
    CatalogueError,
    CatalogueFileError,
    CatalogueQuery,
    Column,
    Param,
    ParameterError,
    UnknownQuery,
    get,
    load_catalogue,
)

__all__ = [
    "PARAM_TYPES",
    "CatalogueError",
    "CatalogueFileError",
    "CatalogueQuery",
    "Column",
    "Param",
    "ParameterError",
    "UnknownQuery",
    "get",
    "load_catalogue",
    "run",
]
