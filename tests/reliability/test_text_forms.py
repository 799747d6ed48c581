"""Text that reads the same is read the same: decomposed letters, invisible format characters and
ligatures (ingest/textforms.py).

Found by attack: the bundled samples rewritten with decomposed letters (NFD, as macOS and some
PDF text layers write ``ä``) lost 7-20 % of their triples, and with soft hyphens in long words
(``&shy;`` in a web page) or zero-width spaces up to half, the project's name and parts among
them; a right-to-left override in a project's name was stored and shown in every page, turning
the rest of its line round. Each form must now give the graph of the plain text.
"""

from __future__ import annotations

import html
import logging
import re
import unicodedata
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from rdflib import Graph
from rdflib.compare import to_isomorphic

from bench.fuzzing import pipeline
from hankegraafi.ingest.readers import file_name_of, read_bytes
from hankegraafi.ingest.textforms import as_read

SAMPLES = Path(__file__).resolve().parents[2] / "ingest" / "samples"
NAMES = ("etela-savo-hankesuunnitelma.txt", "pirkanmaa-innokyla.txt")
LONG_WORD = re.compile(r"(\w{6})(\w{4,})")


@pytest.fixture(autouse=True, scope="module")
def _quiet() -> Iterator[None]:
    logging.disable(logging.WARNING)
    yield
    logging.disable(logging.NOTSET)


def _inside_words(mark: str) -> Callable[[str], str]:
    return lambda text: LONG_WORD.sub(lambda m: m.group(1) + mark + m.group(2), text)


FORMS: dict[str, Callable[[str], str]] = {
    "decomposed letters (NFD)": lambda text: unicodedata.normalize("NFD", text),
    "soft hyphens in long words": _inside_words("\u00ad"),
    "zero-width spaces in long words": _inside_words("\u200b"),
    "word joiners in long words": _inside_words("\u2060"),
    "a byte-order mark at each line's start": lambda text: text.replace("\n", "\n\ufeff"),
    "names between left-to-right marks": lambda text: re.sub(r"([A-ZÄÖ]\w+)", "\u200e\\1\u200e", text),
}


def _graph(data: bytes, name: str) -> Graph:
    return to_isomorphic(pipeline(data, name))


@pytest.mark.parametrize("name", NAMES)
@pytest.mark.parametrize("form", FORMS)
def test_a_text_in_another_spelling_gives_the_same_graph(name: str, form: str) -> None:
    text = (SAMPLES / name).read_text(encoding="utf-8")
    plain = _graph(text.encode(), name)
    assert len(plain) > 200
    respelt = FORMS[form](text)
    assert respelt != text
    assert _graph(respelt.encode(), name) == plain


def test_soft_hyphens_of_a_web_page_are_not_read() -> None:
    text = (SAMPLES / NAMES[0]).read_text(encoding="utf-8")
    page = "".join(f"<p>{html.escape(line)}</p>\n" for line in text.splitlines() if line.strip())
    shy = LONG_WORD.sub(lambda m: f"{m.group(1)}&shy;{m.group(2)}", page)
    assert "&shy;" in shy
    head = "<!DOCTYPE html><html lang='fi'><head><title>t</title></head><body><main>\n"
    read = read_bytes((head + shy + "</main></body></html>").encode(), file_name="s.html", max_bytes=10**6)
    plain = read_bytes((head + page + "</main></body></html>").encode(), file_name="s.html", max_bytes=10**6)
    assert read.lines == plain.lines
    assert not any("\u00ad" in line for line in read.lines)


@pytest.mark.parametrize(
    ("given", "read"),
    [
        ("Pa\u0308ijät-Ha\u0308me", "Päijät-Häme"),
        ("hyvin\u00advointi\u00adalue", "hyvinvointialue"),
        ("\ufb01nanssi ja pro\ufb01ili, ta\ufb04e", "finanssi ja profiili, taffle"),
        ("Pirkanmaan \u202egnp.exe\u202c sote-keskus", "Pirkanmaan gnp.exe sote-keskus"),
        ("a\u2066b\u2069c\U000e0041", "abc"),
        ("Œuvre, Ĳssel", "Œuvre, IJssel"),  # Œ is a letter (no <compat> decomposition); Ĳ a ligature
        ("plain ASCII", "plain ASCII"),
        ("Kestävän kasvun Lappi – 2 000 €\u00a0", "Kestävän kasvun Lappi – 2 000 €\u00a0"),
    ],
)
def test_the_one_spelling(given: str, read: str) -> None:
    assert as_read(given) == read


def test_a_format_character_in_a_file_name_is_shown() -> None:
    assert file_name_of(Path("raportti\u202egnp.exe.txt")) == "raportti\ufffdgnp.exe.txt"
    assert file_name_of(Path("a\u200bb.txt")) == "a\ufffdb.txt"
    assert file_name_of(Path("Päijät-Häme.txt")) == "Päijät-Häme.txt"
