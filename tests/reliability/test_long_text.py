"""Long running text is read in time linear in its length, in paragraphs of bounded size.

Stop 31 profiled long invented texts through ``read_document → extract``: one line of 4 MB,
4 MB of prose in lines without blank lines, a text without full stops full of capitalised
names, one "(" never closed, 1 MB without spaces, a 2 MB HTML paragraph, a table of 10^5 rows.
Four costs grew by the square of the length: the sentence splitter counted the brackets of the
sentence it was joining again at each part; the organisations picked a paragraph's lines by
testing every line of the document for each of its sentences; each organisation's name was
tested against every vocabulary name of its sentence; and each participant's work words were
searched for in the whole of its paragraph. The bound on a paragraph (``text.MAX_CHUNK``,
cut with a warning naming the line) closes the class for every family that reads a
sentence or paragraph per name it finds.

The test compares CPU time (not wall time, which the machine's load moves) of a text with
that of one a tenth of its size: linear work gives about 10, the square about 100.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from pathlib import Path

import pytest

from hankegraafi.ingest.extract import extract
from hankegraafi.ingest.facts.text import MAX_CHUNK, pieces, sentences
from hankegraafi.ingest.readers import read_document
from tests.cpuclock import ratio
from tests.reliability.figures import record

_WORDS = (
    "hanke", "kehittää", "kotihoidon", "palveluja", "alueella", "yhdessä", "kunnan", "ja",
    "järjestöjen", "kanssa", "vuonna", "2024", "tavoitteena", "on", "lyhentää", "jonoja", "ja",
    "parantaa", "saatavuutta", "asiakkaille", "investointi", "toteutui", "osittain", "kustannukset",
    "euroa", "Pohjois-Savon", "hyvinvointialue", "Kuopion", "kaupunki", "terveysasema",
    "etävastaanotto",
)  # fmt: skip
_NAMES = ("Kuopion", "Savon", "Hyvinvointi", "Oy", "Ab", "Kaupunki", "Yhdistys", "ry", "Säätiö")


def _worst(size: int, seed: int = 31) -> str:
    """The worst of the texts profiled, run together: one line, a bracket never closed at its
    start, runs of capitalised names without a full stop between sentences of prose."""
    rng = random.Random(seed)
    out = ["Hankkeen nimi: Kotihoidon kehittämishanke", "", "Hanke (alkaa"]
    length = 0
    while length < size:
        if rng.random() < 0.5:
            words = [rng.choice(_WORDS) for _ in range(rng.randint(6, 18))]
            piece = " ".join(words).capitalize() + "."
        else:
            piece = " ".join(rng.choice(_NAMES) for _ in range(rng.randint(10, 40)))
        out[-1] += " " + piece
        length += len(piece) + 1
    return "\n".join(out) + "\n"


def _read(path: Path) -> None:
    assert extract(read_document(path, max_bytes=50_000_000)).projects


def _written(tmp_path: Path, text: Callable[[int, int], str]) -> Callable[[int, int], Path]:
    """``text(n, k)`` written to a file of its own (the measure reads the file, as ingest does)."""

    def make(n: int, k: int) -> Path:
        path = tmp_path / f"{n}-{k}.txt"
        path.write_text(text(n, k), encoding="utf-8")
        return path

    return make


@pytest.mark.cputime
def test_the_worst_long_text_is_read_in_linear_time(tmp_path: Path) -> None:
    # vocabularies and caches loaded outside the measure, by a text of a tenth of the small one's size (as
    # test_large_table's); each measure reads a text of its own (tests/cpuclock.py)
    a, b = ratio(_read, _written(tmp_path, lambda n, k: _worst(n, seed=29 + k)), 60_000, bound=25)
    record("long text", small_cpu_s=round(a, 2), large_cpu_s=round(b, 2), ratio=round(b / a, 1))
    # Before stop 31: 16 s of CPU for the large text here, by the square of its length.
    assert b / a < 25, f"ten times the text took {b / a:.1f} times the CPU time ({a:.2f} s, {b:.2f} s)"


def test_a_line_longer_than_the_bound_is_read_in_pieces_with_a_warning(tmp_path: Path) -> None:
    path = tmp_path / "long.txt"
    path.write_text(_worst(3 * MAX_CHUNK), encoding="utf-8")
    extraction = extract(read_document(path, max_bytes=50_000_000))
    warned = [w for w in extraction.warnings if "read in pieces" in w]
    assert warned == [
        f"long.txt: running text of more than {MAX_CHUNK} characters without a paragraph break is read in"
        f" pieces of at most {MAX_CHUNK}, cut at line 3 (pitkä kappale luettu osina / långt stycke läst i delar)"
    ]
    assert extraction.projects[0].name == "Kotihoidon kehittämishanke"


def test_lines_without_a_blank_line_are_cut_between_lines(tmp_path: Path) -> None:
    """A paragraph of many lines is cut at a line's start: the facts after the cut keep their lines."""
    filler = "Pohjois-Savon hyvinvointialue kehittää kotihoidon palveluja Kotihoidon kehittämishankkeessa."
    lines = [
        "Kotihoidon kehittämishanke",
        "",
        *[f"{filler[:-1]} {n}." for n in range(2 * MAX_CHUNK // len(filler))],
    ]
    lines.append("Hanke tekee yhteistyötä Kuopion kaupungin kanssa.")
    path = tmp_path / "lines.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    extraction = extract(read_document(path, max_bytes=50_000_000))
    cut = [w for w in extraction.warnings if "read in pieces" in w]
    assert len(cut) == 1 and "cut at line 107, 210 (" in cut[0], cut
    spans = [p.span for project in extraction.projects for p in project.participations]
    assert any(
        span.first <= len(lines) <= span.last and span.last - span.first < len(lines) // 2 for span in spans
    )


def test_a_short_paragraph_is_not_cut(tmp_path: Path) -> None:
    path = tmp_path / "short.txt"
    path.write_text(_worst(MAX_CHUNK // 2), encoding="utf-8")
    assert not [w for w in extract(read_document(path, max_bytes=1_000_000)).warnings if "read in pieces" in w]


def test_pieces_keep_every_word_within_the_bound() -> None:
    text = "Lyhyt lause. " + "x" * 30 + " loppuu. Toinen (auki. Kolmas lause. " + "y" * 45
    for limit in (8, 12, 20, 50):
        got = pieces(text, limit)
        assert all(0 < len(piece) <= limit for piece in got), got
        assert "".join(got).replace(" ", "") == text.replace(" ", "")
    assert pieces("Yksi. Kaksi. Kolme.", 13) == ["Yksi. Kaksi.", "Kolme."]  # whole sentences where they fit
    assert pieces("Lyhyt.", 100) == ["Lyhyt."]


@pytest.mark.cputime
def test_sentences_of_a_bracket_never_closed_in_linear_time() -> None:
    """The sentence splitter keeps a bracket's sentence whole ("(… X. Y …)"); one never closed
    joins the rest, counted once (it was counted again at every sentence: the square)."""
    assert sentences("A (b. C) d. E f.") == ["A (b. C) d.", "E f."]
    assert sentences("A (b. C d. E f.") == ["A (b. C d. E f."]
    assert sentences("A) b. C d.") == ["A) b.", "C d."]

    def one(text: str) -> None:
        assert len(sentences(text)) == 1

    small, large = ratio(one, lambda n, k: f"Alku{k} (auki " + "Lause jatkuu tässä. " * n, 5_000, bound=30)
    assert large / max(small, 1e-3) < 30, (small, large)


#: Lines that made a sum's pattern rescan the rest of the line from every place a sum could start (R2, stop 41):
#: a label's cell padded with spaces before its sums, a run of sums broken near the end, digit groups and digits
#: without a currency.
_SUM_LINES = {
    "spaces before the sums": lambda n: "Kustannukset" + " " * n + "x 100 € 200 €",
    "a run of sums broken": lambda n: "Kulut " + "1 € " * (n // 4) + "y 1 € 2 €",
    "digit groups": lambda n: "Summa 1" + " 111" * (n // 4) + " x",
    "digits": lambda n: "Summa " + "1" * n + " x",
    "sums no row takes": lambda n: "Henkilöstökulut " + "1 000 € " * (n // 8) + "x 1 €",
}


@pytest.mark.cputime
@pytest.mark.parametrize("case", sorted(_SUM_LINES))
def test_a_line_of_sums_is_read_in_linear_time(tmp_path: Path, case: str) -> None:
    """A table row is a label and its sums to the line's end (``labels.table_cells``, matched on the line
    reversed), a sum in running text starts where digits start (``sumcues.AMOUNT``) and its clause's words are read
    near it (``moneytext.CLAUSE_REACH``): before, 8 000 spaces took 11 s, 8 000 digits 10 s and a line of 1 000
    sums 15 s, four times the CPU for twice the line."""
    head = "Hankkeen nimi: Kotihoidon kehittämishanke {k}\nHyvinvointialue: Pohjois-Savon hyvinvointialue\n\n"
    text = _written(tmp_path, lambda n, k: head.format(k=k) + _SUM_LINES[case](n) + "\n")
    a, b = ratio(_read, text, 1_000, bound=25)
    assert b / a < 25, f"{case}: ten times the line took {b / a:.1f} times the CPU time ({a:.2f} s, {b:.2f} s)"
