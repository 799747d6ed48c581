"""Ingest: read documents, segment them, extract facts and map them to RDF with provenance.

Public entry points: :func:`read_document`, :func:`to_graph`, :class:`Document`,
:class:`Extraction` and :class:`IngestError` here, and the extraction itself as
``hankegraafi.ingest.extract.extract`` (``hankegraafi.ingest.extract`` is its module).

They are imported when first asked for (PEP 562), not with the package: the server imports a
few light modules of this package (the change log, the coverage notes) and importing the whole
pipeline with them cost its web process about 24 MB and 2.4 s of start-up (issue 17). The
package no longer gives the function ``extract`` under the module's own name: once any code had
imported the submodule, Python's import system made that attribute the module, so which one a
caller got depended on import order.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from hankegraafi.ingest.extract import Extraction
    from hankegraafi.ingest.mapping import to_graph
    from hankegraafi.ingest.readers import Document, IngestError, read_document

#: Each public name and the module that defines it.
_HOMES = {
    "Document": "readers",
    "IngestError": "readers",
    "read_document": "readers",
    "Extraction": "extract",
    "to_graph": "mapping",
}

__all__ = ["Document", "Extraction", "IngestError", "read_document", "to_graph"]


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{home}"), name)
    globals()[name] = value
    return value
