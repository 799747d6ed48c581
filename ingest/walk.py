"""Which files an ingest reads: the files named, and the supported files below the folders named.

Every path given or found gets one answer, the path to read or a :class:`Skipped` with the reason
(split from ingest/pipeline.py, which reads the documents).
"""

from __future__ import annotations

import errno
import os
import stat
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from hankegraafi.ingest.readers import SUFFIX_KIND


@dataclass(frozen=True)
class Skipped:
    """A path that is not read, and why; ``failed`` when it was named on the command line."""

    path: Path
    reason: str
    failed: bool


def expand(paths: Iterable[Path]) -> Iterator[Path | Skipped]:
    """Files given, and the supported files below folders given, in a stable order.

    Every path given or found gets exactly one item: the path to read, or a
    :class:`Skipped` with the reason, so that nothing is passed over without
    a line. Only regular files are ever opened: a device, FIFO or socket
    would block or never end. A path named on the command line that cannot be
    read is a failure; what a folder holds besides documents (hidden files,
    other suffixes, links to folders, which are not followed so that a link
    loop cannot hang the walk) is skipped with its reason.
    """
    for path in paths:
        kind, reason = _file_kind(path)
        if kind == "dir":
            found = 0
            for item in _walk(path):
                found += isinstance(item, Path)
                yield item
            if not found:
                yield Skipped(path, "folder holds no .txt, .html, .pdf or .docx files", failed=True)
        elif kind == "file":
            yield path  # named explicitly: read whatever its name (hidden, other suffix)
        else:
            yield Skipped(path, reason or "cannot be read", failed=True)


def _walk(folder: Path) -> Iterator[Path | Skipped]:
    """What ``folder`` holds, depth first in name order, without following links to folders."""
    try:
        with os.scandir(folder) as listing:
            entries = sorted(listing, key=lambda e: e.name)
    except OSError as exc:
        yield Skipped(folder, f"folder cannot be searched ({exc.strerror or exc})", failed=False)
        return
    for entry in entries:
        path = folder / entry.name
        kind, reason = _file_kind(path)
        if entry.name.startswith("."):
            what = "folder, not searched" if kind == "dir" else "file, not read"
            yield Skipped(path, f"hidden {what} (name it on the command line to include it)", failed=False)
        elif kind == "dir" and entry.is_symlink():
            yield Skipped(
                path,
                f"link to a folder ({_link_target(path)}), not followed (name it on the command line to search it)",
                failed=False,
            )
        elif kind == "dir":
            yield from _walk(path)
        elif kind == "file" and path.suffix.lower() in SUFFIX_KIND:
            yield path
        elif kind == "file":
            yield Skipped(path, f"not a {', '.join(SUFFIX_KIND)} file", failed=False)
        else:
            yield Skipped(path, reason or "cannot be read", failed=False)


_SPECIAL = (
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
    (stat.S_ISFIFO, "a FIFO"),
    (stat.S_ISSOCK, "a socket"),
)


def _file_kind(path: Path) -> tuple[Literal["file", "dir", "other"], str | None]:
    """Whether ``path`` is a regular file, a folder or neither (then why), from stat alone: nothing is opened."""
    try:
        mode = path.stat().st_mode  # follows links
    except OSError as exc:
        if path.is_symlink():
            if exc.errno == errno.ELOOP:
                return "other", f"link loop ({_link_target(path)})"
            return "other", f"broken link to {_link_target(path)}"
        if exc.errno in (errno.ENOENT, errno.ENOTDIR):
            return "other", "no such file or folder"
        return "other", f"cannot be read ({exc.strerror or exc})"
    if stat.S_ISDIR(mode):
        return "dir", None
    if stat.S_ISREG(mode):
        return "file", None
    what = next((name for test, name in _SPECIAL if test(mode)), "not a file")
    return "other", f"not a regular file ({what}), not opened"


def _link_target(path: Path) -> str:
    try:
        return os.readlink(path)
    except OSError:
        return "?"
