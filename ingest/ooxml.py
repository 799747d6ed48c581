"""The checks every Office Open XML file passes before a library parses it (DOCX, XLSX, PPTX).

They are ZIP archives of XML parts: a hostile one is a compression bomb, an archive of a hundred
thousand empty members or a damaged member. python-docx, openpyxl and python-pptx parse the parts
whole in memory, so what the parts unpack to is bounded first, from the sizes the archive declares
(zipfile never reads a member past its declared size). One place for the three readers.
"""

from __future__ import annotations

import io
import zipfile
import zlib
from pathlib import Path

from hankegraafi.ingest.readerror import IngestError

#: Most bytes the XML parts of one Office file may unpack to (the longest real report's are a few MB).
MAX_XML_BYTES = 64_000_000
#: Most bytes all members of one Office file may unpack to, pictures and media included: the check below reads
#: every member whole (testzip), so a picture of 16 GB of zeros packed into 16 MB ran for minutes (R1, stop 40).
MAX_UNPACKED_BYTES = 256_000_000
#: Members that are pictures, sound, video, fonts or embedded documents: never parsed as XML, counted in the whole only. Any other
#: member may be a part the library parses (a sheet the relationships name "sheet1.bin": R1).
MEDIA_SUFFIXES = (
    ".png",
    ".jpg",
    ".jpeg",
    ".gif",
    ".bmp",
    ".tif",
    ".tiff",
    ".emf",
    ".wmf",
    ".ico",
    ".webp",
    ".mp3",
    ".mp4",
    ".m4a",
    ".wav",
    ".wma",
    ".wmv",
    ".avi",
    ".mov",
    ".odttf",
    ".ttf",
    ".otf",
    ".woff",
)
#: Most members one Office file may have: Word writes tens (a report with many images, hundreds); each
#: member is checked and listed twice, so 10^5 empty ones in 10 MB cost 9 s of CPU to refuse nothing.
MAX_PARTS = 10_000

#: The part that says which Office format a ZIP archive is, and the format's name in messages.
FORMATS = {
    "docx": ("word/document.xml", "DOCX"),
    "xlsx": ("xl/workbook.xml", "XLSX"),
    "pptx": ("ppt/presentation.xml", "PPTX"),
}


def a_name(kind: str) -> str:
    """The format's name with its article, as a message says it: "a DOCX", "an XLSX"."""
    name = kind.upper()
    return f"an {name}" if name[:1] in "AEFHILMNORSX" else f"a {name}"


#: What zipfile raises for a damaged member: bad deflate data, impossible offsets, a short stream, an
#: unknown compression method or an encrypted member.
DAMAGED = (zlib.error, ValueError, EOFError, NotImplementedError, OSError, RuntimeError)


def office_kind(data: bytes) -> str | None:
    """Which Office format a ZIP archive is, by the part it holds ("xl/workbook.xml": an XLSX); None when
    it is none of them (an ODT, a ZIP of anything else) or not a readable archive."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = set(archive.namelist()[: MAX_PARTS + 1])
    except (zipfile.BadZipFile, *DAMAGED):
        return None
    return next((kind for kind, (part, _) in FORMATS.items() if part in names), None)


def check_archive(data: bytes, where: Path, kind: str) -> None:
    """Raise :class:`IngestError` naming the file unless it is an archive of ``kind`` a library may parse:
    its main part there, at most :data:`MAX_PARTS` members, its XML within :data:`MAX_XML_BYTES`, every
    member whole. ``zipfile.BadZipFile`` (no central directory: a file cut short) is left to the caller,
    which may read what is there."""
    part, name = FORMATS[kind]
    a = a_name(kind)
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            parts = len(archive.infolist())
            if parts > MAX_PARTS:
                raise IngestError(
                    where,
                    f"is {a} of {parts} parts, more than {MAX_PARTS}: not read (no report has as many)",
                )
            if part not in archive.namelist():
                raise IngestError(where, f"is a ZIP archive without {part}: not {a}")
            whole = sum(i.file_size for i in archive.infolist())
            if whole > MAX_UNPACKED_BYTES:
                raise IngestError(
                    where,
                    f"is {a} whose members unpack to {whole} bytes, more than {MAX_UNPACKED_BYTES}: "
                    "not read (a compression bomb, or pictures far larger than any report's)",
                )
            unpacked = sum(
                i.file_size for i in archive.infolist() if not i.filename.lower().endswith(MEDIA_SUFFIXES)
            )
            if unpacked > MAX_XML_BYTES:
                raise IngestError(
                    where,
                    f"is {a} whose XML unpacks to {unpacked} bytes, more than {MAX_XML_BYTES}: "
                    "not read (a compression bomb, or a document far larger than any report)",
                )
            bad = archive.testzip()
            if bad is not None:
                raise IngestError(where, f"is a corrupt {name} (damaged member {bad})")
    except DAMAGED as exc:
        raise IngestError(where, f"is a corrupt {name} ({type(exc).__name__}: {exc})") from exc


__all__ = [
    "DAMAGED",
    "FORMATS",
    "MAX_PARTS",
    "MAX_UNPACKED_BYTES",
    "MAX_XML_BYTES",
    "MEDIA_SUFFIXES",
    "a_name",
    "check_archive",
    "office_kind",
]
