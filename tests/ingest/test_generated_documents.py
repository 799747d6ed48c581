"""The benchmark's generated documents: every sample layout in every format, read valid and whole.

``bench.generate`` writes the six sample documents with their names and sums varied, as plain
text, HTML, PDF and DOCX. They are the documents the ingest benchmark stores, and they are whole
and well formed: a rule that makes one of them break the shapes (a cost table's rows read into
another table) or warn that it is cut short or mis-encoded (a PDF ending in a wrapped table
row) fails here, naming the document, whatever set of tuning documents it was written for.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bench.generate import FORMATS, write_documents
from hankegraafi.ingest.pipeline import Ingester, _violations
from hankegraafi.settings import Config

#: Twelve documents give twelve (layout, format) pairs; the formats turned by one give the other twelve.
TURNS = (tuple(FORMATS), (*FORMATS[1:], FORMATS[0]))


@pytest.fixture(scope="module")
def documents(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    paths: list[Path] = []
    for n, formats in enumerate(TURNS):
        paths += write_documents(tmp_path_factory.mktemp(f"generated{n}"), 12, seed=20240601, formats=formats)
    return paths


def test_every_layout_comes_in_every_format(documents: list[Path]) -> None:
    pairs = {(p.stem.split("-", 2)[2], p.suffix) for p in documents}
    assert len(pairs) == 24, sorted(pairs)


def test_generated_documents_are_read_valid_and_without_warnings(documents: list[Path]) -> None:
    ingester = Ingester(None, Config.load({}, environ={}), validate=True)
    problems = {}
    for path in documents:
        prepared = ingester.prepare(path)
        report = prepared.report
        found = []
        if prepared.error:
            found.append(prepared.error)
        if report is not None and not getattr(report, "conforms", True):
            found.append(_violations(report))
            found += [str(r.message) for r in getattr(report, "results", [])][:3]
        found += prepared.warnings
        if not prepared.count:
            found.append("no triples")
        if found:
            problems[path.name] = found
    assert not problems, "\n".join(f"{name}: {found}" for name, found in sorted(problems.items()))
