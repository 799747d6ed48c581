"""Per-chunk and per-sentence hooks do not read the whole document (stop 55, P32).

A hook the walk calls for each chunk, sentence or table that reads every element or line of the document makes a
document of many sections quadratic (stop 54's CI: a long-form sheet of 1 920 sections, 7.6 ms a section against
3.8 at 960). What a hook needs of the whole document is read once per walk (``Context.once``, facts/wholedoc.py).

The test counts the elements and lines the extraction reads, in any format, by a list that counts what is taken
from it (each iteration its length, each slice its length): for ten times the sections the count must grow about
ten times, not a hundred. A count is exact where CPU time is noise, and costs one extraction of each size.
"""

from __future__ import annotations

import contextlib
import dataclasses
import io
from collections.abc import Callable, Iterator
from typing import Any, SupportsIndex

import pytest

from bench.fuzzing import to_docx
from hankegraafi.ingest import extract as extract_module
from hankegraafi.ingest.readerror import IngestError
from hankegraafi.ingest.readers import read_bytes
from hankegraafi.ingest.segment import Segmented


class _Counted(list):  # type: ignore[type-arg]
    """A list that adds to ``read[0]`` each item an iteration or a slice takes from it."""

    def __init__(self, items: list[Any], read: list[int]) -> None:
        super().__init__(items)
        self.read = read

    def __iter__(self) -> Iterator[Any]:
        self.read[0] += len(self)
        return super().__iter__()

    def __getitem__(self, index: SupportsIndex | slice) -> Any:  # type: ignore[override]
        got = super().__getitem__(index)
        if isinstance(index, slice):
            self.read[0] += len(got)
        return got


def _reads(data: bytes, file_name: str, monkeypatch: pytest.MonkeyPatch) -> int:
    """The elements and lines of the document the extraction of ``data`` reads (its segmentation counted apart)."""
    read = [0]
    segment = extract_module.segment

    def counted(lines: list[str]) -> Segmented:
        seg = segment(lines)
        return dataclasses.replace(seg, elements=_Counted(seg.elements, read), lines=_Counted(seg.lines, read))

    document = read_bytes(data, file_name=file_name, max_bytes=20_000_000)
    document = dataclasses.replace(document, lines=_Counted(document.lines, read))
    with monkeypatch.context() as patch:
        patch.setattr(extract_module, "segment", counted)
        with contextlib.suppress(IngestError):
            extract_module.extract(document)
    return read[0]


_HEAD = "Hankkeen nimi: Kotihoidon kehittämishanke\nHyvinvointialue: Pohjois-Savon hyvinvointialue\n\n"


def _report(n: int) -> str:
    """A report of n sections: a part's heading, a goal and its status, a light, a sentence, a cost row."""
    return _HEAD + "".join(
        f"Osa-alue {i}\n\nTavoite {i}: Kotihoidon tiimi {i} kehittää asiakasohjausta.\nTila: toteutunut\n\n"
        f"Aikataulu: vihreä\n\nTyöpaketti {i} eteni suunnitellusti yhteistyössä kunnan kanssa.\n\n"
        f"Henkilöstökulut\t{1000 + i} €\n\n"
        for i in range(n)
    )


def _workbook(n: int) -> bytes:
    """A workbook of the project's sheet and n sheets of a goal, a light and a cost row each."""
    import openpyxl

    book = openpyxl.Workbook()
    book.active.append(["Hankkeen nimi", "Kotihoidon kehittämishanke"])
    for i in range(n):
        sheet = book.create_sheet(f"Osio {i}")
        sheet.append(["Tavoite", f"Kotihoidon tiimi {i} kehittää asiakasohjausta", "toteutunut"])
        sheet.append(["Aikataulu", "vihreä"])
        sheet.append(["Henkilöstökulut", 1000 + i])
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


_FORMATS: dict[str, tuple[str, Callable[[int], bytes]]] = {
    "long-form sheet": (  # R3-2, stop 42: the sheet of stop 54's CI
        "a.csv",
        lambda n: (
            "osio;kenttä;arvo\n" + "".join(f"Osio{i};nimi;X{i}\nOsio{i};väri;vihreä\n" for i in range(n))
        ).encode(),
    ),
    "markdown report": (
        "a.md",
        lambda n: _report(n).replace("Osa-alue", "## Osa-alue").encode(),
    ),
    "word report": ("a.docx", lambda n: to_docx(_report(n))),
    "workbook of many sheets": ("a.xlsx", lambda n: _workbook(n)),
}


@pytest.mark.parametrize("form", sorted(_FORMATS))
def test_the_hooks_read_the_document_once_not_once_a_section(
    form: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    file_name, make = _FORMATS[form]
    small, large = (_reads(make(n), file_name, monkeypatch) for n in (10, 100))
    # main at bc31abff: x42-x49 (goalheads._lines, projectname's name field, goaltables._before,
    # goalforms._report_below, partscopes' slices of the rest per part); stop 55: x8.7-x9.1; linear: about 10
    assert large < 20 * small, (
        f"{form}: ten times the sections read {large / small:.1f} times the elements and lines"
    )
