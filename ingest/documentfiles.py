"""The source files of the pipeline: a document's identity, checksum and media type, the samples."""

from __future__ import annotations

import hashlib
from collections import Counter
from importlib.resources import as_file, files
from pathlib import Path

from rdflib import Graph
from rdflib.namespace import RDF

from hankegraafi.ingest.readers import MEDIA_TYPES, SUFFIX_KIND


def document_key(path: Path) -> str:
    """A document's identity is its file name: re-ingesting it replaces its graph."""
    from hankegraafi.ingest.readers import file_name_of

    return file_name_of(path)


def sample_documents() -> list[Path]:
    """The bundled sample documents (invented content) used by the demo."""
    root = files("hankegraafi.ingest").joinpath("samples")
    with as_file(root) as folder:
        return sorted(p for p in Path(folder).iterdir() if p.suffix.lower() in SUFFIX_KIND)


def count_facts(graph: Graph) -> Counter[str]:
    """Nodes by class (local name), for the summary table."""
    counts: Counter[str] = Counter()
    for cls in graph.objects(None, RDF.type):
        name = str(cls).rsplit("#", 1)[-1].rsplit("/", 1)[-1]
        counts[name] += 1
    return counts


def sha256_of(path: Path, limit: int) -> tuple[str, int]:
    digest = hashlib.sha256()
    size = 0
    from hankegraafi.ingest.readers import open_regular

    with open_regular(path) as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            size += len(block)
            if size > limit:
                break
            digest.update(block)
    return digest.hexdigest(), size


def violations(report: object) -> str:
    results = getattr(report, "results", [])
    severe = [r for r in results if str(getattr(r, "severity", "")).endswith("Violation")]
    return f"{len(severe)} violation(s)"


#: Where a suffix says more about the file than its reader's media type does.
_SUFFIX_MEDIA = {".md": "text/markdown", ".csv": "text/csv", ".tsv": "text/tab-separated-values"}


def media_type(path: Path) -> str:
    """The media type recorded for a source document, by its suffix."""
    suffix = path.suffix.lower()
    kind = SUFFIX_KIND.get(suffix)
    return _SUFFIX_MEDIA.get(suffix) or (MEDIA_TYPES[kind] if kind else "application/octet-stream")
