"""Fixtures shared by every test folder."""

from __future__ import annotations

import fcntl
import json
import os
import shutil
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
SEEDS = SHARED / "seeds"

# A server the tests start renders no resource pages ahead (server/pages/prerender.py, a thread of serve):
# about a thousand pages of the samples' store each, beside tests that time the server or count its
# processes. Pages are still stored as they are built and read back; tests/pages/test_bodies.py renders
# ahead itself and checks that serve starts the renderer where this is not set.
os.environ.setdefault("HANKEGRAAFI_PRERENDER_LANGS", "none")


def built_once(tmp_path_factory: pytest.TempPathFactory, name: str, build: Callable[[Path], None]) -> Path:
    """A folder built once per run, shared by pytest-xdist's workers: the first worker to ask
    builds it (``build(folder)``) under a lock, the others wait for it and use the same folder.

    Only for read-only templates: every test copies what it writes to or serves. A session
    fixture of its own builds once per worker (twice on two cores).

    ``HANKEGRAAFI_TESTS_ONCE`` names a folder kept across pytest runs: scripts/test.sh sets it
    for its two runs, so that the timing run uses the stores the first run built (the samples'
    command-line ingest and the bulk load, 13 s of CPU) instead of building them again.
    """
    base = tmp_path_factory.getbasetemp()
    shared = base.parent if base.name.startswith("popen-gw") else base  # a worker's is <run's>/popen-gwN
    kept = os.environ.get("HANKEGRAAFI_TESTS_ONCE")
    if kept:
        shared = Path(kept)
    folder = shared / f"once-{name}"
    with (shared / f"once-{name}.lock").open("w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if not (folder / ".built").exists():
            if folder.exists():
                shutil.rmtree(folder)
            folder.mkdir()
            build(folder)
            (folder / ".built").write_text("")
    return folder


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--run-slow", action="store_true", help="run the long suites (soak, fuzz, kill loops)")


#: Files split into work units of their own under pytest-xdist (``pytest_xdist_make_scheduler``):
#: the file and the start of the test ids whose next word (up to a "-") names the unit.
#: tests/ingest/test_corpus.py measures each set once per process (``figures`` is cached); whole,
#: its floors checked every set on one worker.
SPLIT_BY = {"tests/ingest/test_corpus.py": "test_floor["}

#: Work sent first under pytest-xdist, longest first: every unit of 6 s or more of CPU (its own and its
#: children's) in stop 49's last fresh-clone CI (ci.oc0X, per-file CPU table: test_nameindex less the walk
#: tests/writewalk.py now writes once), the corpus' tune set at about 26 s, then the units of stop 46's
#: list (ci.GM3f) under 6 s in stop 49. By default xdist sends the files with the most tests first, so
#: files of one to five long tests came last (stop 40's baseline had not started any of these at 96 % of
#: its tests; in stop 49's CI test_suite_runs, one test of 16 s, and test_nameindex, two of 16 s, were not
#: listed here) and one worker ran them alone at the end. The rest follows in that default order. The
#: CPU-time tests of tests/reliability (marker cputime, stop 41: 76, 37 and 34 s of CPU at load 10) ran
#: alone before.
FIRST = (
    "tests/queries/test_pagelists.py",
    "tests/reliability/test_fuzz.py",
    "tests/queries/test_answers.py",
    "tests/ontology/test_check.py",
    "tests/ingest/test_corpus.py::tune",
    "tests/reliability/test_long_text.py",
    "tests/pages/test_bodies.py",
    "tests/server/test_live_ingest.py",
    "tests/web/test_accessibility.py",
    "tests/reliability/test_faults.py",
    "tests/reliability/test_large_table.py",
    "tests/ingest/test_variants.py",
    "tests/ingest/test_derived_incremental.py",
    "tests/test_suite_runs.py",
    "tests/pages/test_crawl.py",
    "tests/ingest/test_bad_input.py",
    "tests/pages/test_published_live.py",
    "tests/store/test_kill.py",
    "tests/reliability/test_ingest_paths.py",
    "tests/test_types.py",
    "tests/reliability/test_damaged_derived.py",
    "tests/pages/test_contact_forms_live.py",
    "tests/reliability/test_cli_text.py",
    "tests/queries/test_inference_catalogue.py",
    "tests/shapes/test_contact_forms.py",
    "tests/reliability/test_office_mail_attacks.py",
    "tests/reliability/test_admission.py",
    "tests/store/test_rebuild_aside.py",
    "tests/queries/test_nameindex.py",
    "tests/curation/test_cli_decisions.py",
    "tests/ontology/test_reasoning.py",
    "tests/server/test_derive_at_start.py",
    "tests/ontology/test_inference_kill.py",
    "tests/shapes/test_same_reports.py",
    "tests/queries/test_pagedelta.py",
    "tests/ingest/test_start_method.py",
    "tests/curation/test_split.py",
    "tests/test_cli.py",
    "tests/server/test_upload_names.py",
    "tests/ingest/test_parallel_ingest.py",
    "tests/server/test_handoff.py",
    "tests/pages/test_local_lane.py",
)


def work_unit(nodeid: str) -> str:
    """The work unit of a test under pytest-xdist: its file, or a part of a file of ``SPLIT_BY``."""
    path, _, rest = nodeid.partition("::")
    cue = SPLIT_BY.get(path)
    if cue and rest.startswith(cue):
        return f"{path}::{rest[len(cue) :].split('-', 1)[0]}"
    return path


@pytest.hookimpl(optionalhook=True)
def pytest_xdist_make_scheduler(config: pytest.Config, log: Any) -> Any:
    """``--dist loadfile`` (scripts/test.sh) with the units of ``work_unit``, ``FIRST`` first."""
    if config.getvalue("dist") != "loadfile":
        return None
    from xdist.scheduler import LoadFileScheduling

    class Scheduling(LoadFileScheduling):  # type: ignore[misc]
        def _split_scope(self, nodeid: str) -> str:
            return work_unit(nodeid)

        def _assign_work_unit(self, node: Any) -> None:
            for unit in reversed(FIRST):
                if unit in self.workqueue:
                    self.workqueue.move_to_end(unit, last=False)
            super()._assign_work_unit(node)

    return Scheduling(config, log)


@pytest.hookimpl(wrapper=True)
def pytest_runtest_protocol(item: pytest.Item, nextitem: pytest.Item | None) -> Iterator[object]:
    """Each test's CPU time (tests/cputimes.py), where ``HANKEGRAAFI_TEST_CPU`` asks for it."""
    if not os.environ.get("HANKEGRAAFI_TEST_CPU"):
        return (yield)
    from tests import cputimes

    before = cputimes.now()
    try:
        return (yield)
    finally:
        cputimes.record(item.nodeid, before)


@pytest.hookimpl(trylast=True)
def pytest_unconfigure(config: pytest.Config) -> None:
    """This process's CPU time of its whole life (tests/cputimes.py): what no test's line holds is its
    start-up, collection and reports. A pytest-xdist worker's is written at the end of its session
    (``pytest_sessionfinish``): once it has said so, the controller may end it (10 s)."""
    if os.environ.get("HANKEGRAAFI_TEST_CPU") and not hasattr(config, "workerinput"):
        from tests import cputimes

        cputimes.record_process(children=not getattr(config.option, "numprocesses", None))


def pytest_deselected(items: list[pytest.Item]) -> None:
    """Where ``HANKEGRAAFI_PART2_FILES`` names a folder (scripts/test.sh's first run), write there the
    files of the tests this process leaves out: the ones marked timing or alone, for the second run
    to collect those files alone (2 s of CPU, against 9 s to collect all ~8 000 tests for 57).
    A file per process (each pytest-xdist worker collects every test); the lines are files."""
    folder = os.environ.get("HANKEGRAAFI_PART2_FILES")
    if not folder or not items:
        return
    # a pytest run inside a test (its own root folder) names files of no use here
    files = sorted({name for item in items if (REPO / (name := item.nodeid.split("::", 1)[0])).is_file()})
    with (Path(folder) / f"{os.getpid()}.txt").open("a", encoding="utf-8") as out:
        out.write("".join(f"{name}\n" for name in files))


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if config.getoption("--run-slow"):
        return
    skip = pytest.mark.skip(reason="long suite: run with --run-slow")
    for item in items:
        if "slow" in item.keywords:
            item.add_marker(skip)


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    if not SEEDS.is_dir():
        pytest.fail(f"the real seed documents are expected at {SEEDS}")
    return SEEDS


@pytest.fixture(scope="session")
def write_walk(tmp_path_factory: pytest.TempPathFactory) -> Any:
    """tests/writewalk.py's walk through every kind of write, done once a run: the store kept after each
    write, for the tests that compare what a write stores with what is read live (a copy each)."""
    from tests import writewalk

    return writewalk.walk(tmp_path_factory)


@pytest.fixture(scope="session")
def samples_and_seeds_store(tmp_path_factory: pytest.TempPathFactory, seeds_dir: Path) -> Path:
    """The six bundled samples and the five real seeds, ingested once by the ordinary pipeline
    (reference graphs, derived and inferred graphs included) into a closed store on disk.

    Shared by the tests that read this data (the HermiT check, the catalogue's before/after
    answers): each copies the folder (``shutil.copytree``) before opening it, so none sees
    another's writes.
    """
    from hankegraafi.ingest.pipeline import Ingester, sample_documents
    from hankegraafi.settings import Config
    from hankegraafi.store import open_store

    def build(folder: Path) -> None:
        store = open_store(folder / "store")
        try:
            ingester = Ingester(store, Config.load({}, environ={}))
            ingester.ensure_reference_graphs()
            ingester.ingest_all([*sample_documents(), *sorted(seeds_dir.glob("*.txt"))])
        finally:
            store.close()

    return built_once(tmp_path_factory, "samples-and-seeds", build) / "store"


def pytest_collection_finish(session: pytest.Session) -> None:
    """Start the session's one mypy run (tests/test_types.py) at once, beside the other tests.

    Not under pytest-xdist: every worker collects every test, so each would start a run; there
    the worker that gets tests/test_types.py runs mypy itself while the other workers go on.
    """
    if session.config.option.collectonly or hasattr(session.config, "workerinput"):
        return
    if any(item.nodeid.startswith("tests/test_types.py::test_no_type_errors") for item in session.items):
        from tests import test_types

        test_types.start_in_background()


def pytest_sessionfinish(session: pytest.Session) -> None:
    test_types = sys.modules.get("tests.test_types")
    if test_types is not None:
        test_types.stop_background()
    workeroutput = getattr(session.config, "workeroutput", None)
    if workeroutput is not None and os.environ.get("HANKEGRAAFI_TEST_CPU"):  # see pytest_unconfigure
        from tests import cputimes

        cputimes.record_process()
    if workeroutput is not None:  # a pytest-xdist worker: its reliability figures go to the controller
        from tests.reliability.figures import FIGURES

        workeroutput["hankegraafi_figures"] = json.dumps(FIGURES, default=str)


@pytest.hookimpl(optionalhook=True)
def pytest_testnodedown(node: Any, error: object) -> None:
    """pytest-xdist's controller: gather the figures a worker recorded (tests/reliability/figures.py)."""
    from tests.reliability.figures import record

    sent = getattr(node, "workeroutput", {}).get("hankegraafi_figures")
    for section, values in json.loads(sent or "{}").items():
        record(section, **values)


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    """Print the reliability suites' figures (tests/reliability/figures.py) after the run, whichever
    worker recorded them, and write them as JSON where ``HANKEGRAAFI_FIGURES`` says."""
    if hasattr(terminalreporter.config, "workerinput"):
        return
    from tests.reliability.figures import FIGURES

    if not FIGURES:
        return
    terminalreporter.section("hankegraafi reliability figures")
    for section, values in FIGURES.items():
        shown = ", ".join(f"{k}={v}" for k, v in values.items())
        terminalreporter.write_line(f"{section}: {shown}")
    target = os.environ.get("HANKEGRAAFI_FIGURES")
    if target:
        Path(target).write_text(json.dumps(FIGURES, indent=1, ensure_ascii=False, default=str) + "\n")


@pytest.fixture(scope="session")
def cli_samples_ingest(tmp_path_factory: pytest.TempPathFactory) -> subprocess.CompletedProcess[str]:
    """The real command line, as a script runs it: ``hankegraafi ingest --samples --quarantine``
    through a pipe 80 columns wide (its summary is test_cli's to check), once per run (``built_once``).

    Every sample must be stored, none quarantined, so the store is also exactly what
    ``ingest --samples`` without ``--quarantine`` writes (only the times of ingest differ).
    """
    from hankegraafi.ingest.pipeline import sample_documents

    exe = str(Path(sys.executable).with_name("hankegraafi"))

    def build(folder: Path) -> None:
        ran = subprocess.run(
            [exe, "ingest", "--samples", "--quarantine", "--store", str(folder / "store")],
            capture_output=True,
            text=True,
            timeout=600,
            env={**os.environ, "COLUMNS": "80"},
            check=False,
        )
        (folder / "run.json").write_text(json.dumps([ran.args, ran.returncode, ran.stdout, ran.stderr]))

    args, code, out, err = json.loads(
        (built_once(tmp_path_factory, "cli-samples", build) / "run.json").read_text()
    )
    done = subprocess.CompletedProcess(args, code, out, err)
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-2000:]
    assert f"documents: stored {len(sample_documents())};" in done.stdout, done.stdout[-2000:]
    return done


@pytest.fixture(scope="session")
def cli_samples_store(cli_samples_ingest: subprocess.CompletedProcess[str]) -> Path:
    """The closed store ``cli_samples_ingest`` wrote, for the live servers on the samples
    (tests/web, tests/pages' published description, the reliability suites' bulk store):
    each copies the folder (``shutil.copytree``) before it writes or serves it."""
    return Path(cli_samples_ingest.args[-1])


@pytest.fixture(scope="session")
def pages_demo_store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[object]:
    """tests/pages' demo store (``build_demo_store`` there), one for tests/pages and tests/web.

    Defined here, at the root, because tests/web imports tests/pages' fixtures into its own
    conftest, and pytest builds a session fixture once per conftest that defines it.
    """
    from tests.pages.conftest import build_demo_store

    yield from build_demo_store(tmp_path_factory)


@pytest.fixture(scope="session")
def pages_app(pages_demo_store: Any, tmp_path_factory: pytest.TempPathFactory) -> object:
    """tests/pages' app on the demo store (``build_app`` there), one for tests/pages and tests/web."""
    from tests.pages.conftest import build_app

    return build_app(pages_demo_store, tmp_path_factory)


@pytest.fixture(scope="session")
def samples_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The six bundled samples ingested once by the ordinary pipeline (``Ingester`` with
    ``Config.load({})``: reference, derived and inferred graphs included) into a closed store
    on disk. The tests that read this data copy the folder (``shutil.copytree``) before they
    open it, so none sees another's writes."""
    from hankegraafi.ingest.pipeline import Ingester, sample_documents
    from hankegraafi.settings import Config
    from hankegraafi.store import open_store

    def build(folder: Path) -> None:
        store = open_store(folder / "store")
        try:
            ingester = Ingester(store, Config.load({}, environ={}))
            ingester.ensure_reference_graphs()
            outcomes = ingester.ingest_all(list(sample_documents()))
        finally:
            store.close()
        assert all(o.status != "failed" for o in outcomes), outcomes

    return built_once(tmp_path_factory, "samples", build) / "store"


@pytest.fixture(scope="session")
def cli_first_sample_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The first bundled sample written into a new store by the real command line (``hankegraafi
    ingest SAMPLE --store S``, without the tests' HANKEGRAAFI_ settings), once per run (``built_once``):
    the store the tests of a server beside the command line start from (tests/server's hand-off and
    live ingest). Each copies the folder (``shutil.copytree``) before it writes or serves it: a copy
    takes 0.1 s, the command 4-6 s of CPU (a new store's reference graphs, the derived graphs)."""
    from hankegraafi.ingest.pipeline import sample_documents

    exe = str(Path(sys.executable).with_name("hankegraafi"))

    def build(folder: Path) -> None:
        env = {k: v for k, v in os.environ.items() if not k.startswith("HANKEGRAAFI_")}
        ran = subprocess.run(
            [exe, "ingest", str(sample_documents()[0]), "--store", str(folder / "store")],
            capture_output=True,
            text=True,
            timeout=300,
            env=env,
            check=False,
        )
        (folder / "run.json").write_text(json.dumps([ran.returncode, ran.stdout, ran.stderr]))

    folder = built_once(tmp_path_factory, "cli-first-sample", build)
    code, out, err = json.loads((folder / "run.json").read_text())
    assert code == 0, out[-2000:] + err[-2000:]
    return folder / "store"


@pytest.fixture(scope="session")
def two_samples_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The first two bundled samples (sorted by name) ingested by the ordinary pipeline (``Ingester``,
    reference and derived graphs included) into a new closed store, once per run (``built_once``):
    the store tests of a stale store start from (tests/server/test_derive_at_start.py,
    tests/store/test_rebuild_aside.py drop its canonical graph). Each copies the folder first."""
    from hankegraafi.ingest import derived
    from hankegraafi.ingest.pipeline import Ingester, sample_documents
    from hankegraafi.settings import Config
    from hankegraafi.store import open_store

    def build(folder: Path) -> None:
        docs = folder / "docs"
        docs.mkdir()
        for doc in sorted(sample_documents())[:2]:
            shutil.copy(doc, docs / doc.name)
        path = folder / "store"
        store = open_store(path)
        try:
            ingester = Ingester(store, Config.load({"store": str(path)}, environ={}))
            ingester.ensure_reference_graphs()
            outcomes = ingester.ingest_all(sorted(docs.iterdir()))
            assert [o.status for o in outcomes] == ["stored", "stored"]
            assert not derived.missing(store, str(store.base_iri))  # type: ignore[attr-defined]
        finally:
            store.close()

    return built_once(tmp_path_factory, "two-samples", build) / "store"
