"""A query worker gives its free heap back after a job that left it grown (``workers._reader_main``):
after an answer over ``TRIM_AFTER_BYTES`` as before, and now also after any job, a small answer or
an error, that left it ``TRIM_AFTER_GROWTH_MB`` more resident than after its last trim (a join or
aggregate over 10^6 triples frees its work when its small answer is sent; glibc kept the pages: a
worker at 83 MB of heap under the load test). The worker's loop runs here in a thread with its
isolation, its store and its resident size stood in for."""

from __future__ import annotations

import multiprocessing as mp
import threading
from typing import Any

import pytest

from hankegraafi import processes
from hankegraafi.server import workers
from hankegraafi.server.engine import EngineError, Outcome, QueryJob


class _Engine:
    def __init__(self, sizes: dict[str, int]) -> None:
        self.sizes = sizes

    def execute(self, job: QueryJob) -> Outcome:
        if job.text == "fails":
            raise EngineError("syntax", "no")
        return Outcome(b"x" * self.sizes[job.text], "text/plain", "SELECT", 1, False)


def _job(text: str) -> QueryJob:
    return QueryJob(text=text, results_media=None, graph_media=None, max_rows=10)


def test_a_worker_trims_after_a_job_that_left_it_grown(monkeypatch: pytest.MonkeyPatch) -> None:
    resident = {"mb": 50.0}
    trims: list[str] = []
    engine = _Engine({"small": 10, "large": workers.TRIM_AFTER_BYTES + 1})
    grows = {"small": 0.0, "large": 0.0, "fails": 0.0}

    jobs: list[str] = []

    def execute(job: QueryJob) -> Outcome:
        jobs.append(job.text)
        resident["mb"] += grows[job.text]
        return _Engine.execute(engine, job)

    monkeypatch.setattr(workers, "_isolate", lambda spec: {})
    monkeypatch.setattr(workers.os, "nice", lambda n: 0)
    monkeypatch.setattr(processes, "die_with_parent", lambda *a, **k: None)
    monkeypatch.setattr(processes, "resident_mb", lambda: resident["mb"])

    def trim() -> bool:
        trims.append(f"{jobs[-1]} {len(jobs)}")
        resident["mb"] = 50.0
        return True

    monkeypatch.setattr(processes, "trim_heap", trim)
    spec: Any = type(
        "Spec", (), {"open_engine": lambda self: type("E", (), {"execute": staticmethod(execute)})()}
    )()
    spec.max_result_bytes = 0
    spec.remote = True  # no reopen here: see the next test
    parent, child = mp.Pipe()
    thread = threading.Thread(target=workers._reader_main, args=(child, spec, 0), daemon=True)
    thread.start()
    assert parent.recv()[0] == "ready"

    def ask(text: str, grow: float) -> None:
        grows[text] = grow
        parent.send(_job(text))
        parent.recv()

    ask("small", 1.0)  # grown 1 MB: no trim
    ask("small", workers.TRIM_AFTER_GROWTH_MB)  # 9 MB over the last trim's 50: trimmed
    ask("small", 2.0)  # back at 50 after the trim, 52 now: no trim
    ask("large", 0.0)  # a large answer: trimmed, as before
    ask("fails", workers.TRIM_AFTER_GROWTH_MB + 1)  # an error that left it grown: trimmed
    parent.send(None)
    thread.join(5)
    assert not thread.is_alive()
    assert trims == ["small 2", "large 4", "fails 5"]


def test_a_worker_still_grown_after_a_trim_opens_its_store_afresh(monkeypatch: pytest.MonkeyPatch) -> None:
    """Over ``REOPEN_AFTER_GROWTH_MB`` above its size with the store just opened even after a trim (a
    read-only handle's caches), the worker answers the next job on a fresh handle."""
    resident = {"mb": 50.0}
    opened: list[int] = []

    def open_engine(_self: object) -> object:
        opened.append(len(opened))
        resident["mb"] = 50.0  # the old handle's caches went with it
        n = len(opened)

        def execute(job: QueryJob) -> Outcome:
            resident["mb"] += float(job.text)
            return Outcome(str(n).encode(), "text/plain", "SELECT", 1, False)

        return type("E", (), {"execute": staticmethod(execute)})()

    monkeypatch.setattr(workers, "_isolate", lambda spec: {})
    monkeypatch.setattr(workers.os, "nice", lambda n: 0)
    monkeypatch.setattr(processes, "die_with_parent", lambda *a, **k: None)
    monkeypatch.setattr(processes, "resident_mb", lambda: resident["mb"])
    monkeypatch.setattr(processes, "trim_heap", lambda: True)  # the growth is no free heap: it stays
    spec: Any = type("Spec", (), {"open_engine": open_engine})()
    spec.max_result_bytes, spec.remote = 0, False
    parent, child = mp.Pipe()
    thread = threading.Thread(target=workers._reader_main, args=(child, spec, 0), daemon=True)
    thread.start()
    assert parent.recv()[0] == "ready"
    answers = []
    for grow in (10, workers.REOPEN_AFTER_GROWTH_MB, 1, 1):
        parent.send(_job(str(grow)))
        answers.append(parent.recv()[1].body)
    parent.send(None)
    thread.join(5)
    assert not thread.is_alive()
    assert opened == [0, 1]  # the start's, then one after the second job left it 42 MB over
    assert answers == [b"1", b"1", b"2", b"2"]
