"""The stored answers' step runs its whole-graph queries up to ``answers.PREFETCH`` at once, in
threads (the engine evaluates with the interpreter's lock released): the answers come in the
order asked, the same as one by one, a failure is raised where its answer is taken, and no more
than ``PREFETCH`` answers are held ahead of the one being written."""

from __future__ import annotations

import shutil
import threading
import time
from pathlib import Path

import pytest

from hankegraafi.queries import answers
from hankegraafi.queries.pieces import answers_graph_iri
from hankegraafi.store import StoreError, open_store
from hankegraafi.store.embedded import EmbeddedStore
from hankegraafi.store.graphdiff import construct_lines, engine_of


@pytest.fixture
def store() -> EmbeddedStore:
    s = EmbeddedStore(None)
    s.update(
        "INSERT DATA { GRAPH <urn:x:g> { "
        + " ".join(f'<urn:x:s{i}> <urn:x:p> "{i}" .' for i in range(5))
        + " } }"
    )
    return s


def _texts() -> list[tuple[str, str]]:
    return [(f'SELECT ?s ?o WHERE {{ ?s <urn:x:p> ?o FILTER(?o = "{i}") }}', f"call {i}") for i in range(5)]


def test_the_answers_come_in_their_order_as_one_by_one(store: EmbeddedStore) -> None:
    serial = [answers._answer(store, text, what) for text, what in _texts()]
    together = list(answers.prefetched(store, _texts()))
    assert together == serial
    assert [rows[0]["o"]["value"] for _variables, rows in together] == ["0", "1", "2", "3", "4"]


def test_a_failure_is_raised_where_its_answer_is_taken(
    store: EmbeddedStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    texts = _texts()
    texts[2] = ("SELECT nonsense", "a broken call")
    begun: list[str] = []
    real = answers._answer

    def counted(s: object, text: str, what: str) -> object:
        begun.append(what)
        return real(s, text, what)  # type: ignore[arg-type]

    monkeypatch.setattr(answers, "_answer", counted)
    got = answers.prefetched(store, texts)
    assert next(got)[1][0]["o"]["value"] == "0"  # type: ignore[index]
    assert next(got)[1][0]["o"]["value"] == "1"  # type: ignore[index]
    with pytest.raises(StoreError):
        next(got)
    assert "call 4" not in begun  # not begun: at most PREFETCH beyond the one taken


def test_no_more_than_prefetch_answers_are_made_ahead(
    store: EmbeddedStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    running = 0
    most = 0
    begun = 0
    lock = threading.Lock()

    def slow(_s: object, text: str, _what: str) -> tuple[list[str], list[object]]:
        nonlocal running, most, begun
        with lock:
            running += 1
            begun += 1
            most = max(most, running)
        time.sleep(0.05)
        with lock:
            running -= 1
        return ["t"], [text]

    monkeypatch.setattr(answers, "_answer", slow)
    texts = [(f"q{i}", f"call {i}") for i in range(8)]
    got = answers.prefetched(store, texts)
    first = next(got)
    assert first == (["t"], ["q0"])
    # The consumer holds the first answer: the threads run ahead, PREFETCH of them and no more.
    end = time.monotonic() + 30
    while begun < 1 + answers.PREFETCH and time.monotonic() < end:
        time.sleep(0.01)
    time.sleep(0.2)
    assert begun == 1 + answers.PREFETCH
    assert [a for a in got] == [(["t"], [f"q{i}"]) for i in range(1, 8)]
    assert most <= answers.PREFETCH == 2


def test_the_stored_answers_are_the_same_lines_one_by_one_and_together(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, two_samples_store: Path
) -> None:
    path = tmp_path / "store"
    shutil.copytree(two_samples_store, path)  # the first two samples, ingested once a run (tests/conftest.py)
    st = open_store(path)
    try:
        base = str(st.base_iri)  # type: ignore[attr-defined]
        oxi = engine_of(st)
        assert oxi is not None
        query = f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ GRAPH <{answers_graph_iri(base)}> {{ ?s ?p ?o }} }}"
        together = set(construct_lines(oxi, query))
        st.drop_graph(answers_graph_iri(base))
        monkeypatch.setattr(answers, "PREFETCH", 1)
        answers.recompute(st, base)
        one_by_one = set(construct_lines(oxi, query))
        assert len(together) > 1000
        assert together == one_by_one
    finally:
        st.close()


def test_a_failure_while_writing_stops_the_queries_not_begun(
    store: EmbeddedStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The step's own failure (here in writing the first answer) closes the queries' threads: the
    calls not yet begun never run, and the answers graph is dropped as before (no old answer kept)."""
    begun: list[str] = []

    def counted(_s: object, text: str, what: str) -> tuple[list[str], list[object]]:
        begun.append(what)
        return ["t"], []

    def broken(*_args: object, **_kwargs: object) -> int:
        raise RuntimeError("a broken write")

    monkeypatch.setattr(answers, "_answer", counted)
    monkeypatch.setattr(answers, "_add", broken)
    monkeypatch.setattr(answers, "documents_state", lambda _store, _base: "some version")
    base = "https://example.org/hg/"
    store.update(f"INSERT DATA {{ GRAPH <{answers_graph_iri(base)}> {{ <urn:x:a> <urn:x:b> <urn:x:c> }} }}")
    with pytest.raises(RuntimeError, match="a broken write"):
        answers.recompute(store, base)
    assert 1 <= len(begun) <= 1 + answers.PREFETCH < len(answers.calls())
    assert store.query(f"ASK {{ GRAPH <{answers_graph_iri(base)}> {{ ?s ?p ?o }} }}") is False
