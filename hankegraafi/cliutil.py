"""What every command of the command line shares: the consoles, the --store option, settings and store.

Its own module so that the command modules (``cli``, ``datacli``, ``review``)
use it without importing one another (tests/test_architecture.py checks that
no package imports itself in a circle).
"""

from __future__ import annotations

import errno
import re
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.markup import escape

from hankegraafi.settings import Config, ConfigError
from hankegraafi.store import Store

out = Console(soft_wrap=True)
err = Console(stderr=True, soft_wrap=True, highlight=False)

#: Control characters but tab and line feed (C0, DEL, C1): a terminal acts on them.
_CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def read_input(path: Path, limit: int | None = None, *, whole: bool = True) -> bytes:
    """The bytes of a file a command was given (a query, an RDF file, a decisions file), or OSError.

    A FIFO or a device in its place is not opened (it would wait for a writer, or never end:
    ``@/dev/zero`` filled memory), and a file over ``limit`` bytes is not read whole. With
    ``whole=False`` the file is only checked (a dataset the bulk loader reads itself)."""
    from hankegraafi.ingest.readers import open_regular

    with open_regular(path) as fh:
        if not whole:
            return b""
        data = fh.read() if limit is None else fh.read(limit + 1)
    if limit is not None and len(data) > limit:
        raise OSError(errno.EFBIG, f"larger than {limit} bytes, not read")
    return data


def shown(value: object) -> str:
    """``value`` as text to put into a message or table cell the consoles print.

    The consoles read ``[red]…[/red]`` as styling, so outside text (a file name, a document's
    words, a stored value, an exception's message) is escaped: otherwise ``[/red]`` in it ends
    the command in a MarkupError and ``c[bold]d`` is shown as ``cd``. A control character
    (an escape sequence in a file name) would act on the terminal; it is shown as U+FFFD."""
    return escape(_CONTROLS.sub("\ufffd", str(value)))


StoreOpt = Annotated[
    str | None,
    typer.Option(
        "--store",
        help="Tietovarasto: hakemisto tai SPARQL-palvelimen URL. Store directory, or http(s) URL of a "
        "SPARQL 1.1 server. [env: HANKEGRAAFI_STORE]",
        show_default=False,
    ),
]


class Lang(StrEnum):
    """The languages of every text a command prints (the one table's, ontology/strings.toml)."""

    fi = "fi"
    sv = "sv"
    en = "en"


def load_config(store: str | None, **more: object) -> Config:
    """The settings with ``--store`` and other options over them; a bad value exits with 2."""
    try:
        return Config.load({"store": store, **more})
    except ConfigError as exc:
        err.print(f"[red]asetusvirhe / configuration error:[/red] {shown(exc)}")
        raise typer.Exit(2) from exc


def open_configured(cfg: Config, *, read_only: bool = False) -> Store:
    """The configured store, open; a store that cannot be opened exits with 1."""
    from hankegraafi.store import StoreError, open_store

    try:
        return open_store(config=cfg, read_only=read_only)
    except StoreError as exc:
        err.print(f"[red]virhe / error:[/red] {shown(exc)}")
        raise typer.Exit(1) from exc
