"""Ingest: read documents, segment them, extract facts and map them to RDF with provenance.

Public entry points: :func:`read_document`, :func:`extract` and :func:`to_graph`.
"""

from hankegraafi.ingest.extract import Extraction, extract
from hankegraafi.ingest.mapping import to_graph
from hankegraafi.ingest.readers import Document, IngestError, read_document

__all__ = ["Document", "Extraction", "IngestError", "extract", "read_document", "to_graph"]
