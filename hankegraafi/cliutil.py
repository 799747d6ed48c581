"""What every command of the command line shares: the consoles, the --store option, settings and store.

Its own module so that the command modules (``cli``, ``datacli``, ``review``)
use it without importing one another (tests/test_architecture.py checks that
no package imports itself in a circle).
"""

from __future__ import annotations

import errno
import os
import re
import tempfile
from collections.abc import Callable
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, BinaryIO

import typer
from rich.console import Console
from rich.markup import escape

from hankegraafi.settings import Config, ConfigError

if TYPE_CHECKING:  # the store's modules (rdflib's SPARQL parser) are imported by the commands that open one
    from hankegraafi.store import Store

out = Console(soft_wrap=True, emoji=False)  # ":x:" in outside text is not an emoji
err = Console(stderr=True, soft_wrap=True, highlight=False, emoji=False)

#: Control characters but tab and line feed (C0, DEL, C1): a terminal acts on them; and the
#: directional embeddings, overrides and isolates (Unicode Bidi_Class LRE, RLE, LRO, RLO, PDF, LRI,
#: RLI, FSI, PDI: these nine code points, tests/reliability/test_cli_text.py checks the list), which
#: turn round the rest of the line (a file name 'raportti<U+202E>txt.exe' printed as '…exe.txt').
_CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


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


def write_output(path: Path, cfg: Config, write: Callable[[BinaryIO], None]) -> int:
    """Write a command's output file (``export --out``, ``review export --out``) whole or not at
    all, never in the store's own folder; returns its size, or OSError naming the file.

    The folder is the engine's: ``export --out STORE/CURRENT`` replaced the engine's CURRENT file
    with the dump and the whole store was lost (tests/reliability/test_cli_outputs.py). The
    target is checked as the file system resolves it (a link into the folder is the folder). The
    bytes go to a new file beside the target (a name nobody had, created exclusively, so a link
    planted under a fixed ``.part`` name is not written through) that replaces it once written
    whole; a failure removes it and leaves the target as it was."""
    if not cfg.store_is_remote:
        store = cfg.store_path.expanduser().resolve()
        target = path.expanduser().resolve()
        if target == store or store in target.parents:
            raise OSError(
                errno.EINVAL,
                f"{path} on tietovaraston kansiossa / ligger i lagrets mapp / is in the store's folder "
                f"{store}: nothing is written there (the engine's own files would be replaced); "
                "give a file outside it",
            )
    try:
        handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".part")
    except OSError as exc:
        raise OSError(exc.errno, f"{path}: cannot be written there: {exc.strerror}") from exc
    try:
        mask = os.umask(0)
        os.umask(mask)
        os.fchmod(handle, 0o666 & ~mask)  # as a file the shell would create (mkstemp makes 0600)
        with os.fdopen(handle, "wb") as fh:
            write(fh)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return path.stat().st_size


def shown(value: object) -> str:
    """``value`` as text to put into a message or table cell the consoles print.

    The consoles read ``[red]…[/red]`` as styling, so outside text (a file name, a document's
    words, a stored value, an exception's message) is escaped: otherwise ``[/red]`` in it ends
    the command in a MarkupError and ``c[bold]d`` is shown as ``cd``. A control character
    (an escape sequence in a file name) would act on the terminal, a directional override would
    reorder the rest of the line; each is shown as U+FFFD."""
    return escape(_CONTROLS.sub("\ufffd", str(value)))


#: What ends a line on a terminal or in a log reader besides the controls: LF, CR (``shown`` keeps
#: them for messages of several lines), tab (as ``file_name_of`` folds it) and U+2028/U+2029.
_LINE_ENDS = str.maketrans(dict.fromkeys("\n\r\t\u2028\u2029", "\ufffd"))


def shown_name(value: object) -> str:
    """A file's name or path (or a graph IRI given for one) as :func:`shown` writes text, on one line:
    a line break in a name (legal on Linux: ``hankegraafi remove $'a\\nb.md'``) printed it across two
    lines, the second a line it could forge. U+FFFD stands for each, as in the ingest report's names
    (``ingest/textforms.file_name_of``, SECURITY row 17)."""
    return shown(str(value).translate(_LINE_ENDS))


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
