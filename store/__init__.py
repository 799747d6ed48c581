"""The store: one interface, an embedded Oxigraph store and a remote SPARQL server.

``open_store`` picks the backend from the location: a directory is the
embedded store, an http(s) URL a SPARQL 1.1 server.

The interface's names (``Store``, ``StoreError`` …) are imported from
``base`` on first use, not with the package: a query worker imports
``hankegraafi.store.terms`` alone and so never loads rdflib.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from hankegraafi.settings import Config

if TYPE_CHECKING:
    from hankegraafi.store.base import (
        DocumentMeta,
        GraphInfo,
        QueryResult,
        QuerySyntaxError,
        SelectResult,
        Store,
        StoreError,
        StoreLocked,
        StoreUnavailable,
        UnsupportedFormat,
    )


def __getattr__(name: str) -> Any:
    """``hankegraafi.store.Store`` and the other names of ``base``, imported when first asked for."""
    if name in __all__ and name != "open_store":
        from hankegraafi.store import base

        return getattr(base, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def open_store(
    location: str | Path | None = None,
    *,
    config: Config | None = None,
    read_only: bool = False,
) -> Store:
    """Open the store at ``location`` (or the configured one)."""
    cfg = config or Config.load()
    where = str(location) if location is not None else cfg.store
    if where.startswith(("http://", "https://")):
        from hankegraafi.store.remote import RemoteStore

        return RemoteStore(
            where,
            base_iri=cfg.base_iri,
            timeout=cfg.remote_timeout,
            retries=cfg.remote_retries,
        )
    from hankegraafi.store.embedded import EmbeddedStore

    return EmbeddedStore(Path(where).expanduser(), base_iri=cfg.base_iri, read_only=read_only)


__all__ = [
    "DocumentMeta",
    "GraphInfo",
    "QueryResult",
    "QuerySyntaxError",
    "SelectResult",
    "Store",
    "StoreError",
    "StoreLocked",
    "StoreUnavailable",
    "UnsupportedFormat",
    "open_store",
]
