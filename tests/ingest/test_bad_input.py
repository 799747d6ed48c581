"""Bad input through the real command line: one clear error line per bad file, the rest goes on.

Each case is a file a user could really hand to ``hankegraafi ingest``; the
batch also holds good documents, which must be stored, and a store that held
graphs before must hold exactly them afterwards (plus the good new ones).
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from rdflib import URIRef
from rdflib.compare import isomorphic

from hankegraafi.ingest.readers import read_document
from hankegraafi.ontology.namespaces import HG, graph_iri
from hankegraafi.store import open_store
from tests.ingest.conftest import FIXTURES, build, config

CLI = Path(sys.executable).with_name("hankegraafi")
LIMIT = 60_000  # bytes, set through HANKEGRAAFI_MAX_DOCUMENT_BYTES for the run


def run_ingest(store: Path, *paths: Path, limit: int = LIMIT) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "HANKEGRAAFI_MAX_DOCUMENT_BYTES": str(limit), "COLUMNS": "400", "NO_COLOR": "1"}
    env.pop("HANKEGRAAFI_STORE", None)
    return subprocess.run(
        [str(CLI), "ingest", "--store", str(store), *map(str, paths)],
        capture_output=True,
        text=True,
        env=env,
        timeout=240,
        check=False,
    )


def bad_files(folder: Path) -> dict[str, tuple[str, int | None]]:
    """Write the bad files; name → (the reason the error must give, the line it must name or None)."""
    folder.mkdir()
    (folder / "tyhja.txt").write_bytes(b"")
    (folder / "valilyonteja.txt").write_bytes(b"\n   \n\t\n")
    (folder / "binaari.txt").write_bytes(b"Hankkeen nimi\nToinen rivi\n\x00\x01\x02\xff\xfe" * 3)
    (folder / "ohjausmerkit.txt").write_bytes(b"Tavoitteet\n\nrivi\n\x01\x02\x03\x04 roskaa\n")
    pdf = (FIXTURES / "loppuraportti.pdf").read_bytes()
    # Cut inside its first page: nothing whole to read (a PDF cut later is read with a warning).
    (folder / "katkennut.pdf").write_bytes(pdf[: pdf.find(b"endstream") - 100])
    docx = (FIXTURES / "innokyla.docx").read_bytes()
    # Cut before its document part: nothing to read (a DOCX cut later is read with a warning).
    (folder / "katkennut.docx").write_bytes(docx[: docx.find(b"word/document.xml") - 40])
    (folder / "vaara-nimi.docx").write_text("Tämä on tekstiä eikä Word-tiedosto.\n", encoding="utf-8")
    (folder / "utf16.txt").write_bytes("Tavoitteet\nEnsimmäinen tavoite\n".encode("utf-16-le"))
    (folder / "iso.txt").write_text(
        "Tavoitteet\n" + "Pitkä rivi tekstiä hankkeesta.\n" * 3000, encoding="utf-8"
    )
    (folder / "resepti.txt").write_text(
        "Mustikkapiirakka\n\nAinekset\n\n- 200 g voita\n- 3 dl vehnäjauhoja\n- 4 dl mustikoita\n\n"
        "Sekoita ainekset ja paista uunissa 200 asteessa 25 minuuttia.\n",
        encoding="utf-8",
    )
    (folder / "tyhja-sivu.html").write_text("<html><body><script>x()</script></body></html>", encoding="utf-8")
    return {
        "tyhja.txt": ("is empty", None),
        "valilyonteja.txt": ("is empty", None),
        "binaari.txt": ("is binary, not text (NUL byte)", 3),
        "ohjausmerkit.txt": ("is binary, not text (control characters)", 4),
        "katkennut.pdf": ("truncated PDF", None),
        "katkennut.docx": ("truncated or corrupt DOCX", None),
        "vaara-nimi.docx": ("is not a DOCX (not a ZIP archive)", None),
        "utf16.txt": ("unrecognised document", None),  # read as UTF-16 (no BOM): about no project
        "iso.txt": (f"over the limit of {LIMIT} bytes", None),
        "resepti.txt": ("unrecognised document", None),
        "tyhja-sivu.html": ("has no text (html)", None),
    }


def good_files(folder: Path) -> list[Path]:
    """Good documents in other encodings: UTF-8 with a BOM, cp1252 (Windows Western), UTF-16 without a BOM."""
    folder.mkdir()
    bom = folder / "tilanneraportti-bom.txt"
    bom.write_bytes(b"\xef\xbb\xbf" + (FIXTURES / "tilanneraportti.txt").read_bytes())
    cp1252 = folder / "innokyla-cp1252.txt"
    cp1252.write_bytes((FIXTURES / "innokyla.txt").read_text(encoding="utf-8").encode("cp1252"))
    utf16 = folder / "kainuu-utf16.txt"
    utf16.write_bytes((FIXTURES / "loppuraportti.txt").read_text(encoding="utf-8").encode("utf-16-le"))
    return [bom, cp1252, utf16]


def test_bad_files_each_get_one_error_line_and_the_batch_goes_on(tmp_path):
    store = tmp_path / "store"
    first = run_ingest(store, FIXTURES / "loppuraportti.txt", FIXTURES / "hankesuunnitelma.docx")
    assert first.returncode == 0, first.stderr
    before = open_store(store, config=config(store=str(store)))
    try:
        # The catalogue graph lists every stored document and so grows with the good ones.
        held = {g.iri: before.get_graph(URIRef(g.iri)) for g in before.graphs() if "/meta/" not in g.iri}
    finally:
        before.close()
    assert str(graph_iri("loppuraportti.txt")) in held

    bad = bad_files(tmp_path / "bad")
    good = good_files(tmp_path / "good")
    # A document already stored, now replaced on disk by a broken file of the same name.
    broken_again = tmp_path / "again" / "loppuraportti.txt"
    broken_again.parent.mkdir()
    broken_again.write_bytes(b"\x00" * 100)
    result = run_ingest(store, tmp_path / "bad", *good, broken_again)
    assert result.returncode == 1, result.stdout + result.stderr

    errors = [line for line in result.stderr.splitlines() if "error:" in line]
    for name, (reason, line) in bad.items():
        mine = [e for e in errors if name in e]
        assert len(mine) == 1, f"{name}: {mine or result.stderr}"
        assert reason in mine[0], mine[0]
        if line is not None:
            assert f"{name}, line {line}:" in mine[0], mine[0]
    assert len([e for e in errors if "loppuraportti.txt" in e]) == 1
    assert len(errors) == len(bad) + 1
    assert re.search(r"virheitä / errors: 12\b", result.stdout), result.stdout

    after = open_store(store, config=config(store=str(store)))
    try:
        infos = {g.iri: g for g in after.graphs()}
        for iri, graph in held.items():  # what was stored before is there, unchanged
            assert iri in infos
            assert isomorphic(after.get_graph(URIRef(iri)), graph), iri
        for path in good:  # the good documents of the bad batch were stored
            assert str(graph_iri(path.name)) in infos, path.name
        for name in bad:
            assert str(graph_iri(name)) not in infos, name
    finally:
        after.close()


def test_the_exit_code_is_zero_when_nothing_failed(tmp_path):
    result = run_ingest(tmp_path / "store", *good_files(tmp_path / "good"))
    assert result.returncode == 0, result.stderr
    assert "virheitä / errors: 0" in result.stdout


@pytest.mark.parametrize(
    ("name", "fixture"),
    [
        ("innokyla-cp1252.txt", "innokyla.txt"),
        ("tilanneraportti-bom.txt", "tilanneraportti.txt"),
        ("kainuu-utf16.txt", "loppuraportti.txt"),
    ],
)
def test_other_encodings_read_as_the_same_text(tmp_path, name, fixture):
    paths = {p.name: p for p in good_files(tmp_path / "good")}
    document = read_document(paths[name], max_bytes=LIMIT)
    assert document.lines == read_document(FIXTURES / fixture, max_bytes=LIMIT).lines
    assert any("ä" in line for line in document.lines)
    # and the facts are those of the UTF-8 file
    from tests.ingest.test_golden import _format_free

    copy = tmp_path / fixture
    shutil.copy(paths[name], copy)
    read_so = _format_free(build(copy), fixture)
    # A text in cp1252 or in UTF-16 without a BOM says its encoding was guessed (a note of the
    # document); nothing else differs.
    notes = [
        (s, p, o)
        for s, p, o in read_so.triples((None, HG.extractionNote, None))
        if "mis-encoded" in str(o) or "UTF-16" in str(o)
    ]
    assert len(notes) == (1 if "cp1252" in name or "utf16" in name else 0)
    for note in notes:
        read_so.remove(note)
    assert isomorphic(read_so, _format_free(build(FIXTURES / fixture), fixture))
