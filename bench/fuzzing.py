"""Mutation fuzzing of the document readers and extractors.

In bench/ (the package of tools that exercise the product from outside), shared
by the default-run tests (Hypothesis, in-process, with a per-input
alarm) and by ``scripts/fuzz.py`` (long runs, each input in a worker process
that is killed at its deadline). The seeds are invented documents: the
bundled samples (``ingest/samples``) and HTML, DOCX and PDF versions of them
generated here with python-docx and reportlab. The real seed documents are
never copied.

The property fuzzed: ``read_bytes → extract → to_graph`` either returns a
graph or raises :class:`IngestError` (the documented clean error) within the
deadline. Anything else is a finding.
"""

from __future__ import annotations

import html
import io
import random
import signal
import zipfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from rdflib import Graph, URIRef

REPO = Path(__file__).resolve().parents[1]
SAMPLES = REPO / "ingest" / "samples"
BASE = "https://w3id.org/hankegraafi/id/"
MAX_BYTES = 2_000_000

#: Failure classes found by the fuzzer and not yet fixed: signature start → issue. The six found on
#: 2026-11-23 (damaged DOCX members, pypdf LimitReachedError, deep HTML nesting, two quadratic
#: regexes) were fixed in ingest (commit 0b5e7b3), the two of the long run after that (pypdf
#: NotImplementedError, python-docx styles part) in aa5d84c; all are regression tests in
#: tests/reliability/test_fuzz.py.
KNOWN: dict[str, str] = {}


def known(signature: str) -> str | None:
    """The issue of a known, not yet fixed failure class, or None for a new finding."""
    for start, issue in KNOWN.items():
        if signature.startswith(start):
            return issue
    return None


# Byte strings that reach the interesting branches of the readers and extractors.
TOKENS: tuple[bytes, ...] = (
    b"\x00",
    b"\xff\xfe",
    b"\xfe\xff",
    b"\xef\xbb\xbf",
    b"\r",
    b"\r\n",
    b"\t",
    b"\t\t\t",
    b"\x0b\x0c\x1b",
    b"%PDF-1.7\n",
    b"%%EOF",
    b"PK\x03\x04",
    b"<!DOCTYPE html>",
    b"<html><body>",
    b"</p>",
    b"<table><tr><td>",
    b"<del>",
    b'<!DOCTYPE x [<!ENTITY a "aaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;">]>',
    b"&b;",
    b"&#0;",
    b"<script>",
    b"~~",
    b"Tavoitteet\n",
    b"Toteutunut:",
    b"Liikennevalot\n",
    b"Edistyminen\t",
    b"Kustannukset\t",
    b"Hankkeen / Projektin nimi\t",
    b"Investointi 1\n",
    b"Osa-projekti ",
    b"Riskit\t",
    b"Hyodyt\n",
    b"1.3.2022 - 31.12.2022",
    b"31.2.2022",
    b"99.99.9999",
    b"2022-2021",
    b"999 999 999 999 999,99 \xe2\x82\xac",
    b"-0,000001 %",
    b"1e309",
    b"NaN",
    b"\xe2\x9a\xa0 Poikkeama",
    b"\xe2\x97\x8f Suunniteltu",
    b"\xcc\x81" * 40,
    b"\xf0\x9f\x92\xa9",
    b"\xed\xa0\x80",
    b"\xc3\xa4\xc3\xb6",
    b"\xe4\xf6",
    b"https://",
    b"<" * 50,
    b"{" * 50,
    b"\\u0000",
    b'"""',
    b"^^<x>",
    b"@fi",
    b"_:b0",
)


@dataclass(frozen=True)
class Seed:
    name: str
    data: bytes


class Hang(Exception):
    """An input took longer than its deadline."""


class Finding(AssertionError):
    """The pipeline broke its contract on an input: not IngestError, or too slow.

    ``signature`` names the kind of failure and where in our code it happened
    (``RecursionError@readers.py:walk``), so one bug found many times counts once.
    """

    def __init__(self, message: str, signature: str) -> None:
        super().__init__(message)
        self.signature = signature


# -- seeds ----------------------------------------------------------------------


def _sample_texts() -> list[tuple[str, str]]:
    return [(p.stem, p.read_text(encoding="utf-8")) for p in sorted(SAMPLES.glob("*.txt"))]


def to_html(text: str) -> bytes:
    """A sample as an Innokylä-like HTML page: tab lines become table rows, others paragraphs."""
    out = ["<!DOCTYPE html><html lang='fi'><head><title>t</title><style>p{}</style></head><body><main>"]
    rows: list[str] = []
    for line in text.splitlines():
        if "\t" in line:
            cells = "".join(f"<td>{html.escape(c)}</td>" for c in line.split("\t"))
            rows.append(f"<tr>{cells}</tr>")
            continue
        if rows:
            out.append("<table>" + "".join(rows) + "</table>")
            rows = []
        if line.strip():
            tag = "h2" if len(line) < 40 and not line.endswith(".") else "p"
            out.append(f"<{tag}>{html.escape(line)}</{tag}>")
    if rows:
        out.append("<table>" + "".join(rows) + "</table>")
    out.append("<script>var x = '<p>not text</p>';</script></main></body></html>")
    return "\n".join(out).encode("utf-8")


def to_docx(text: str) -> bytes:
    """A sample as a Word document: tab lines become table rows."""
    import docx

    document = docx.Document()
    table = None
    for line in text.splitlines():
        if "\t" in line:
            cells = line.split("\t")
            if table is None or len(table.columns) != len(cells):
                table = document.add_table(rows=0, cols=len(cells))
            row = table.add_row()
            for cell, value in zip(row.cells, cells, strict=True):
                cell.text = value
            continue
        table = None
        paragraph = document.add_paragraph(line)
        if "jäi" in line and paragraph.runs:
            paragraph.runs[0].font.strike = True
    buf = io.BytesIO()
    document.save(buf)
    return buf.getvalue()


def to_pdf(text: str) -> bytes:
    """A sample as a text PDF (DejaVu for ä, ö and the traffic-light symbols where present)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    font = "Helvetica"
    for candidate in ("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",):
        if Path(candidate).exists():
            pdfmetrics.registerFont(TTFont("DejaVu", candidate))
            font = "DejaVu"
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    y = 800.0
    c.setFont(font, 9)
    for line in text.splitlines():
        if y < 40:
            c.showPage()
            c.setFont(font, 9)
            y = 800.0
        x = 40.0
        for cell in line.split("\t"):
            c.drawString(x, y, cell[:90])
            x += 220.0
        y -= 12.0
    c.save()
    return buf.getvalue()


@cache
def seeds() -> tuple[Seed, ...]:
    """Every invented seed document in every format the readers take."""
    out: list[Seed] = []
    for stem, text in _sample_texts():
        out.append(Seed(f"{stem}.txt", text.encode("utf-8")))
        out.append(Seed(f"{stem}.html", to_html(text)))
        out.append(Seed(f"{stem}.docx", to_docx(text)))
        out.append(Seed(f"{stem}.pdf", to_pdf(text)))
    return tuple(out)


# -- mutators -------------------------------------------------------------------


def _flip(rng: random.Random, data: bytearray) -> None:
    for _ in range(rng.randint(1, 8)):
        if data:
            i = rng.randrange(len(data))
            data[i] ^= 1 << rng.randrange(8)


def _set_byte(rng: random.Random, data: bytearray) -> None:
    if data:
        data[rng.randrange(len(data))] = rng.choice((0, 0xFF, 0x7F, 0x80, 0x09, 0x0A, 0x0D, 0x20, 0x3C))


def _insert_token(rng: random.Random, data: bytearray) -> None:
    i = rng.randint(0, len(data))
    data[i:i] = rng.choice(TOKENS) * rng.choice((1, 1, 1, 3, 50))


def _insert_random(rng: random.Random, data: bytearray) -> None:
    i = rng.randint(0, len(data))
    data[i:i] = rng.randbytes(rng.randint(1, 64))


def _delete(rng: random.Random, data: bytearray) -> None:
    if data:
        i = rng.randrange(len(data))
        del data[i : i + rng.randint(1, max(1, len(data) // 8))]


def _duplicate(rng: random.Random, data: bytearray) -> None:
    if data:
        i = rng.randrange(len(data))
        chunk = data[i : i + rng.randint(1, 400)]
        j = rng.randint(0, len(data))
        data[j:j] = bytes(chunk) * rng.choice((1, 2, 10, 200))


def _repeat_line(rng: random.Random, data: bytearray) -> None:
    lines = bytes(data).split(b"\n")
    if lines:
        k = rng.randrange(len(lines))
        lines[k : k + 1] = [lines[k]] * rng.choice((2, 50, 2000))
        data[:] = b"\n".join(lines)


def _shuffle_lines(rng: random.Random, data: bytearray) -> None:
    lines = bytes(data).split(b"\n")
    i = rng.randrange(len(lines))
    block = lines[i : i + rng.randint(2, 40)]
    rng.shuffle(block)
    lines[i : i + len(block)] = block
    data[:] = b"\n".join(lines)


def _truncate(rng: random.Random, data: bytearray) -> None:
    if data:
        del data[rng.randrange(len(data)) :]


def _splice(rng: random.Random, data: bytearray) -> None:
    other = rng.choice(seeds()).data
    i = rng.randint(0, len(data))
    j = rng.randrange(len(other))
    data[i:] = other[j : j + rng.randint(1, 3000)]


def _long_line(rng: random.Random, data: bytearray) -> None:
    i = rng.randint(0, len(data))
    data[i:i] = rng.choice((b"a", b"1 ", b"\xc3\xa4", b"Tavoite ", b"<b>", b"\t")) * rng.choice((1000, 50_000))


BYTE_MUTATORS: tuple[Callable[[random.Random, bytearray], None], ...] = (
    _flip,
    _set_byte,
    _insert_token,
    _insert_random,
    _delete,
    _duplicate,
    _repeat_line,
    _shuffle_lines,
    _truncate,
    _splice,
    _long_line,
)


def _mutate_zip_member(rng: random.Random, data: bytes) -> bytes | None:
    """Mutate the XML inside a DOCX and re-zip it, so the damage reaches python-docx, not zipfile."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            members = {info.filename: archive.read(info) for info in archive.infolist()}
    except (zipfile.BadZipFile, ValueError, OSError, EOFError, NotImplementedError):
        return None
    target = "word/document.xml" if rng.random() < 0.7 else rng.choice(sorted(members))
    if target not in members:
        return None
    body = bytearray(members[target])
    for _ in range(rng.randint(1, 4)):
        rng.choice(BYTE_MUTATORS[:7])(rng, body)
    if rng.random() < 0.1:
        del members[target]
    else:
        members[target] = bytes(body)
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in members.items():
            archive.writestr(name, content)
    return buf.getvalue()


def mutate(rng: random.Random, seed: Seed, rounds: int | None = None) -> tuple[str, bytes]:
    """A mutated copy of ``seed`` (sometimes under another file name)."""
    data: bytes | None = None
    if seed.name.endswith(".docx") and rng.random() < 0.5:
        data = _mutate_zip_member(rng, seed.data)
    if data is None:
        buf = bytearray(seed.data)
        for _ in range(rounds if rounds is not None else rng.choice((1, 1, 2, 3, 6))):
            rng.choice(BYTE_MUTATORS)(rng, buf)
        data = bytes(buf)
    name = seed.name
    if rng.random() < 0.08:
        stem = name.rsplit(".", 1)[0]
        name = stem + rng.choice((".txt", ".html", ".pdf", ".docx", ".htm", ".md", ".bin", ""))
    return name, data


def random_input(rng: random.Random) -> tuple[str, bytes]:
    """Plain random bytes under a random document name."""
    size = rng.choice((0, 1, 3, 16, 200, 4000, 60_000))
    prefix = rng.choice((b"", b"", b"%PDF-", b"PK\x03\x04", b"<html>", b"\xef\xbb\xbf", b"\xff\xfe"))
    suffix = rng.choice(("txt", "html", "pdf", "docx", "xhtml", "dat"))
    return f"random.{suffix}", prefix + rng.randbytes(size)


def inputs(rng: random.Random, count: int) -> Iterator[tuple[str, bytes]]:
    """``count`` fuzz inputs: mostly mutated seeds, one in ten random bytes."""
    pool = seeds()
    for _ in range(count):
        if rng.random() < 0.1:
            yield random_input(rng)
        else:
            yield mutate(rng, rng.choice(pool))


# -- the property -----------------------------------------------------------------


@contextmanager
def deadline(seconds: float) -> Iterator[None]:
    """Raise :class:`Hang` in the main thread after ``seconds`` of this process's CPU time
    (Python-level code only).

    CPU time, not the clock's: a hang spins and spends CPU, while a machine loaded by other work
    (a CI runner at load 7–8) stretches the clock's seconds of an input that is not slow at all
    (a 3.8 s crasher failed a 5 s wall deadline there)."""

    def on_alarm(signum: int, frame: object) -> None:
        raise Hang(f"input took more than {seconds} s of CPU")

    previous = signal.signal(signal.SIGPROF, on_alarm)
    signal.setitimer(signal.ITIMER_PROF, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_PROF, 0)
        signal.signal(signal.SIGPROF, previous)


def pipeline(data: bytes, file_name: str) -> Graph:
    """Read, extract and map one document; raises IngestError on bad input (and nothing else)."""
    from hankegraafi.ingest.extract import extract
    from hankegraafi.ingest.mapping import to_graph
    from hankegraafi.ingest.readers import read_bytes

    document = read_bytes(data, file_name=file_name, max_bytes=MAX_BYTES)
    extraction = extract(document)
    return to_graph(
        extraction,
        base_iri=BASE,
        document_iri=URIRef(f"{BASE}document/fuzz"),
        publish_person_names=False,
    )


def signature(exc: BaseException) -> str:
    """``Type@file:function`` of the innermost frame in our code, with ``via`` the library below it."""
    tb = exc.__traceback__
    ours = "?"
    innermost = "?"
    while tb is not None:
        code = tb.tb_frame.f_code
        path = Path(code.co_filename)
        if path.name != "fuzzing.py":
            innermost = path.name
            if OURS in path.parents:
                ours = f"{path.name}:{code.co_name}"
        tb = tb.tb_next
    via = "" if innermost.endswith(ours.split(":")[0]) else f" via {innermost}"
    return f"{type(exc).__name__}@{ours}{via}"


OURS = REPO / "ingest"


def check(data: bytes, file_name: str) -> str:
    """Run :func:`pipeline`; return "graph" or "ingest-error", raise :class:`Finding` otherwise.

    A :class:`Hang` from :func:`deadline` becomes a Finding too, with the place it was stopped.
    """
    from hankegraafi.ingest.readers import IngestError

    try:
        pipeline(data, file_name)
    except IngestError as exc:
        if not str(exc).startswith(Path(file_name).name):
            raise Finding(f"IngestError does not name the file: {exc}", "unnamed@IngestError") from exc
        return "ingest-error"
    except Exception as exc:
        raise Finding(
            f"{file_name} ({len(data)} bytes): {type(exc).__name__}: {exc}"[:500], signature(exc)
        ) from exc
    return "graph"


__all__ = [
    "Finding",
    "Hang",
    "Seed",
    "check",
    "deadline",
    "inputs",
    "mutate",
    "pipeline",
    "random_input",
    "seeds",
    "signature",
]
