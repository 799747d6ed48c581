"""The stored answers written on two cores (queries/answerpool.py): a process forked when the step
begins writes whole units of it; the graph stored is the same set of lines as written here alone,
a unit the process could not write (killed) is written here, and a failure in it is the step's."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from hankegraafi.ingest.startmethod import start_method
from hankegraafi.queries import answerpool, answers
from hankegraafi.queries.pieces import answers_graph_iri
from hankegraafi.store import open_store
from hankegraafi.store.graphdiff import construct_lines, engine_of

REPO = Path(__file__).resolve().parents[2]

forks = pytest.mark.skipif(
    start_method() != "fork" or answerpool._cores() < 2, reason="forks only where safe, with two cores"
)


def _doubled(n: int) -> int:
    return 2 * n


def _killed(_n: int) -> int:
    os._exit(9)  # as the kernel's OOM killer would end it


def _broken(_n: int) -> int:
    raise ValueError("a broken unit")


def _same_lines_body(store_path: str) -> None:
    """Run in a fresh process (:func:`_fresh`): the step forks only where no other thread runs."""
    st = open_store(Path(store_path))
    try:
        base = str(st.base_iri)  # type: ignore[attr-defined]
        oxi = engine_of(st)
        assert oxi is not None
        query = f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ GRAPH <{answers_graph_iri(base)}> {{ ?s ?p ?o }} }}"
        alone = set(construct_lines(oxi, query))  # two documents: below FROM_DOCUMENTS, no fork
        handed: list[tuple[object, ...]] = []
        real = answerpool.Helper.hand

        def counted(self: answerpool.Helper, work: object, *args: object) -> None:
            handed.append(args[0])  # type: ignore[arg-type]
            real(self, work, *args)  # type: ignore[arg-type]

        answerpool.Helper.hand = counted  # type: ignore[method-assign]
        answerpool.FROM_DOCUMENTS = 2
        st.drop_graph(answers_graph_iri(base))
        answers.recompute(st, base)
        both = set(construct_lines(oxi, query))
        assert len(alone) > 1000
        assert both == alone
        assert len(handed) >= 3  # the forked process wrote part of them
        assert {unit[0] for unit in handed} <= {
            answers.PLAIN,
            answers.LANG,
            answers.NODE,
            answers.KINDS,
            answers.SIDES,
        }
    finally:
        st.close()


def _fresh(body: str, *args: str) -> None:
    """``body(*args)`` of this module in a fresh interpreter: a test worker may run threads other tests left
    (a server's, a pool's), and the step then rightly forks nothing (answerpool._fork_safe)."""
    code = f"import sys; from tests.queries import test_answer_pool as t; t.{body}(*sys.argv[1:])"
    done = subprocess.run(
        [sys.executable, "-c", code, *args], cwd=REPO, capture_output=True, text=True, timeout=300, check=False
    )
    assert done.returncode == 0, done.stderr[-3000:]


@forks
def test_the_answers_are_the_same_lines_written_on_two_cores_or_one(
    tmp_path: Path, two_samples_store: Path
) -> None:
    path = tmp_path / "store"
    shutil.copytree(two_samples_store, path)  # the first two samples, ingested once a run (tests/conftest.py)
    _fresh("_same_lines_body", str(path))


def test_the_fork_rule_is_the_ingests() -> None:
    assert answerpool._fork_safe() == (start_method() == "fork")


def test_no_process_for_a_small_store() -> None:
    with answerpool.helper(answerpool.FROM_DOCUMENTS - 1) as helper:
        assert helper.take() is False
        assert list(helper.results(_doubled)) == []


def _killed_body() -> None:
    with answerpool.helper(answerpool.FROM_DOCUMENTS) as helper:
        assert helper.take() is True
        helper.hand(_doubled, 1)
        helper.hand(_killed, 2)
        helper.hand(_doubled, 3)
        assert list(helper.results(_doubled)) == [2, 4, 6]


def _broken_body() -> None:
    with answerpool.helper(answerpool.FROM_DOCUMENTS) as helper:
        assert helper.take() is True
        helper.hand(_broken, 1)
        with pytest.raises(ValueError, match="a broken unit"):
            list(helper.results(_doubled))


@forks
def test_a_unit_the_process_could_not_write_is_written_here() -> None:
    _fresh("_killed_body")


@forks
def test_a_failure_in_the_process_is_the_steps() -> None:
    _fresh("_broken_body")
