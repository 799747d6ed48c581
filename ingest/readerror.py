"""The one error of the readers: a document that could not be read, named by its file and line.

Its own module so that each format's reader (ingest/readers.py, ingest/htmlread.py) raises the same
error without importing the other; ``hankegraafi.ingest.readers.IngestError`` is this class.
"""

from __future__ import annotations

from pathlib import Path

from hankegraafi.ingest.textforms import file_name_of


class IngestError(Exception):
    """A document could not be read; the message names the file, the reason and the line."""

    def __init__(self, path: Path | str, reason: str, line: int | None = None) -> None:
        self.path = Path(path)
        self.reason = reason
        self.line = line
        name = file_name_of(self.path)  # a name on one line, as the documents' names are shown
        where = f"{name}, line {line}" if line is not None else name
        super().__init__(f"{where}: {reason}")
