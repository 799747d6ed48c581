"""hankegraafi: Finnish sote development projects as a linked-data knowledge graph.

This package holds the command line and the settings; the other layers live in
the top-level folders of the repository (ontology/, shapes/, ingest/, queries/,
server/, store/) and are installed as ``hankegraafi.<folder>``.
"""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("hankegraafi")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0+unknown"

__all__ = ["__version__"]
