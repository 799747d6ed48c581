"""Faults around the store: a full disk, a read-only store directory, a remote server that misbehaves.

Each fault must give a clear error (the store or file named, the reason in
words, exit code 1, no traceback) and lose nothing: what the store held
before is still there, whole, afterwards.
"""

from __future__ import annotations

import contextlib
import os
import resource
import shutil
import subprocess
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from rdflib import Graph, Literal, URIRef

from tests.reliability.docsets import Doc, audit, build, cli, uncaught_traceback
from tests.reliability.fakes import closed_port, fake_server
from tests.reliability.figures import record


def _can_mount() -> bool:
    if os.geteuid() != 0 or not shutil.which("mount"):
        return False
    probe = Path(tempfile.mkdtemp(prefix="hg-mount-probe-"))
    try:
        ok = (
            subprocess.run(
                ["mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", str(probe)], capture_output=True
            ).returncode
            == 0
        )
        if ok:
            subprocess.run(["umount", str(probe)], check=True)
        return ok
    finally:
        probe.rmdir()


CAN_MOUNT = _can_mount()


@contextlib.contextmanager
def tmpfs(size: str) -> Iterator[Path]:
    where = Path(tempfile.mkdtemp(prefix="hg-tmpfs-"))
    subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(where)], check=True)
    try:
        yield where
    finally:
        subprocess.run(["umount", "-l", str(where)], check=False)
        where.rmdir()


@pytest.fixture(scope="module")
def docs(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[Doc]]:
    folder = tmp_path_factory.mktemp("docs")
    return folder, build(1, folder)


@pytest.fixture(scope="module")
def ingested(docs: tuple[Path, list[Doc]], tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Version A of every document written into a new store by the command line, once for the
    module: the full disk and the read-only store start from a copy of it (a copy takes 0.1 s,
    the command a few seconds of CPU)."""
    folder, _ = docs
    store = tmp_path_factory.mktemp("ingested") / "store"
    first = cli("ingest", str(folder), "--store", str(store))
    assert first.returncode == 0, first.stderr[-2000:]
    return store


def _state(store: Path) -> dict[str, tuple[int, str | None]]:
    from hankegraafi.store.embedded import EmbeddedStore

    with EmbeddedStore(store, read_only=True) as st:
        return {i.iri: (i.triples, i.sha256) for i in st.graphs()}  # type: ignore[attr-defined]


def _reference() -> dict[str, int]:
    from tests.reliability.test_kill_ingest import _reference_sizes

    return _reference_sizes()


# -- a full disk -----------------------------------------------------------------------------


def _fill(where: Path, leave: int) -> Path:
    """Take all but ``leave`` bytes of the file system at ``where``."""
    filler = where / "filler"
    free = shutil.disk_usage(where).free
    with filler.open("wb") as fh:
        remaining = max(0, free - leave)
        block = b"\0" * (1 << 20)
        while remaining > 0:
            n = min(len(block), remaining)
            try:
                fh.write(block[:n])
                fh.flush()
            except OSError:
                break
            remaining -= n
    return filler


def test_full_disk_gives_a_clear_error_and_loses_nothing(
    docs: tuple[Path, list[Doc]], ingested: Path, tmp_path: Path
) -> None:
    _, items = docs
    if CAN_MOUNT:
        mount = tmpfs("64m")
        how = "tmpfs 64 MiB"
    else:  # without mount rights: the file size limit gives the same failing write
        mount = contextlib.nullcontext(tmp_path)  # type: ignore[assignment]
        how = "RLIMIT_FSIZE"
    with mount as where:
        store = where / "store"
        shutil.copytree(ingested, store)  # version A, by `hankegraafi ingest`
        before = _state(store)
        # Version B of every document, plus new documents, into a store with no room left.
        more = tmp_path / "more"
        more.mkdir()
        for doc in items:
            (more / doc.name).write_bytes(doc.b.data)
        largest = max(items, key=lambda d: len(d.a.triples))
        big = largest.a.data.decode("utf-8")
        # More than the room left can hold however compactly a write goes (new graphs by the
        # engine's loader, derived graphs as their difference: six were no longer enough).
        for n in range(30):
            (more / f"extra-{n}.txt").write_text(big.replace("2022", f"20{30 + n}"), encoding="utf-8")
        if CAN_MOUNT:
            filler = _fill(where, leave=1_500_000)
            result = cli("ingest", str(more), "--store", str(store))
            filler.unlink()
            reason = "No space left on device"
        else:
            size = sum(p.stat().st_size for p in store.iterdir())

            def limit() -> None:
                resource.setrlimit(resource.RLIMIT_FSIZE, (size + 200_000, size + 200_000))

            result = subprocess.run(
                [os.sys.executable, "-m", "hankegraafi.cli", "ingest", str(more), "--store", str(store)],  # type: ignore[attr-defined]
                capture_output=True,
                text=True,
                timeout=300,
                preexec_fn=limit,
            )
            reason = "File too large"
        assert result.returncode == 1, result.stdout[-2000:] + result.stderr[-2000:]
        assert reason in result.stderr.replace("\n", " ").replace("  ", " ") or reason in result.stderr, (
            result.stderr[-3000:]
        )
        # The open fails (no room for RocksDB's manifest), or documents fail one by one, or the
        # writes fit in the write-ahead log and the flush on close fails.
        message = " ".join(result.stderr.split())
        assert (
            "not stored" in message or "cannot open embedded store" in message or "could not flush" in message
        ), message[-2000:]
        assert not uncaught_traceback(result.stderr), result.stderr[-3000:]
        # With room again: everything from before is whole; each document is wholly A or wholly B.
        after = audit(store, items, _reference())
        assert after.problems == []
        now = _state(store)
        failed = [line for line in result.stderr.splitlines() if "not stored" in line]
        for iri in before:
            assert iri in now, f"{iri} was lost"
        versions = after.versions
        record(
            "full disk",
            method=how,
            documents_refused=len(failed),
            documents_b=sum(1 for v in versions.values() if v == "b"),
            graphs_before=len(before),
            graphs_after=len(now),
            lost=0,
        )
        assert failed or "cannot open" in message or "could not flush" in message, (
            "the disk never filled: the test proved nothing"
        )


@pytest.mark.skipif(not CAN_MOUNT, reason="needs mount rights for a tiny tmpfs")
def test_full_disk_on_a_new_store_is_a_clean_error(docs: tuple[Path, list[Doc]]) -> None:
    """Found: a full disk while the reference graphs were written ended in a traceback (fixed in 8900dbf)."""
    folder, _ = docs
    with tmpfs("3m") as where:
        result = cli("ingest", str(folder), "--store", str(where / "store"))
    assert result.returncode == 1
    assert "No space left on device" in result.stderr
    assert not uncaught_traceback(result.stderr), result.stderr[-2000:]


# -- a read-only store directory --------------------------------------------------------------


@contextlib.contextmanager
def read_only(path: Path) -> Iterator[Path]:
    """``path`` seen through a read-only view (a read-only bind mount as root, else chmod)."""
    if CAN_MOUNT:
        view = Path(tempfile.mkdtemp(prefix="hg-ro-"))
        subprocess.run(["mount", "--bind", str(path), str(view)], check=True)
        subprocess.run(["mount", "-o", "remount,bind,ro", str(view)], check=True)
        try:
            yield view
        finally:
            subprocess.run(["umount", str(view)], check=False)
            view.rmdir()
    elif os.geteuid() != 0:
        modes = {p: p.stat().st_mode for p in [path, *path.iterdir()]}
        for p in modes:
            p.chmod(modes[p] & ~0o222)
        try:
            yield path
        finally:
            for p, mode in modes.items():
                p.chmod(mode)
    else:
        pytest.skip("root without mount rights cannot make a directory read-only")


def test_read_only_store_directory(docs: tuple[Path, list[Doc]], ingested: Path, tmp_path: Path) -> None:
    _, items = docs
    store = tmp_path / "store"
    shutil.copytree(ingested, store)  # version A, by `hankegraafi ingest`
    before = _state(store)
    for doc in items:
        (tmp_path / doc.name).write_bytes(doc.b.data)
    with read_only(store) as view:
        result = cli("ingest", *(str(tmp_path / d.name) for d in items), "--store", str(view))
        assert result.returncode == 1, result.stdout[-1000:] + result.stderr[-2000:]
        message = " ".join(result.stderr.split())
        assert ("cannot open embedded store" in message and "Read-only file system" in message) or (
            "Permission denied" in message
        ), message
        assert not uncaught_traceback(result.stderr), result.stderr
        listing = cli("graphs", "--store", str(view), "--format", "json")
    assert _state(store) == before, "a refused ingest changed the store"
    record(
        "read-only store", ingest_exit=result.returncode, graphs_exit=listing.returncode, message=message[:160]
    )
    # Reading a store one cannot write (a backup, a read-only volume) works.
    assert listing.returncode == 0, listing.stderr[-2000:]


# -- a remote server that is down, slow or answers garbage ------------------------------------


def _remote(url: str, timeout: float = 1.0, retries: int = 2):  # type: ignore[no-untyped-def]
    from hankegraafi.store.remote import RemoteStore

    return RemoteStore(url, timeout=timeout, retries=retries)


def _one_graph() -> Graph:
    g = Graph()
    g.add((URIRef("http://example.org/s"), URIRef("http://example.org/p"), Literal("o")))
    return g


@pytest.mark.timing
def test_remote_down_is_unavailable_after_bounded_retries() -> None:
    from hankegraafi.store import StoreUnavailable

    store = _remote(f"http://127.0.0.1:{closed_port()}/query")
    started = time.monotonic()
    with pytest.raises(StoreUnavailable, match=r"did not answer \(query\) after 3 attempts.*refused"):
        store.graphs()
    elapsed = time.monotonic() - started
    assert elapsed < 3.0  # two back-offs of 0.2 s and 0.4 s, no waiting on a closed port
    record("remote down", attempts=3, seconds=round(elapsed, 2))


@pytest.mark.timing
@pytest.mark.parametrize("operation", ["query", "replace_graph"])
def test_remote_slow_is_unavailable_after_bounded_retries(operation: str) -> None:
    from hankegraafi.store import StoreUnavailable

    with fake_server("slow", delay=6.0) as fake:
        # A 0.5 s timeout (1 s before stop 56: 1.4 s less of the run of timing tests, which has one core);
        # a query's goes through SPARQLWrapper in whole seconds, at least 1 (store/remote.py).
        store = _remote(fake.url, timeout=0.5, retries=2)
        started = time.monotonic()
        with pytest.raises(StoreUnavailable, match="after 3 attempts"):
            if operation == "query":
                store.count()
            else:
                store.replace_graph(URIRef("http://example.org/g"), _one_graph())
        elapsed = time.monotonic() - started
        assert fake.count() == 3, fake.requests
    # 3 × the timeout (0.5 s, or 1 s for a query) + 0.2 + 0.4 s back-off; never the server's 6 s per request.
    assert 1.5 <= elapsed < 5.5, elapsed
    record(f"remote slow ({operation})", requests=3, seconds=round(elapsed, 2))


def test_remote_server_error_is_retried_a_bounded_number_of_times() -> None:
    from hankegraafi.store import StoreUnavailable

    with fake_server("garbage-500") as fake:
        store = _remote(fake.url, retries=2)
        with pytest.raises(StoreUnavailable, match="after 3 attempts"):
            store.get_graph(URIRef("http://example.org/g"))
        assert fake.count() == 3
        with pytest.raises(StoreUnavailable, match="after 3 attempts"):
            store.replace_graph(URIRef("http://example.org/g"), _one_graph())
        assert fake.count() == 6


def test_remote_garbage_graph_is_a_clear_error() -> None:
    from hankegraafi.store import StoreUnavailable

    with fake_server("garbage") as fake:
        with pytest.raises(StoreUnavailable, match="answered a graph that does not parse"):
            _remote(fake.url).get_graph(URIRef("http://example.org/g"))
        assert fake.count() == 1


@pytest.mark.parametrize("mode", ["garbage", "truncated"])
def test_remote_garbage_results_are_a_clear_error(mode: str) -> None:
    """Found: UnicodeDecodeError / JSONDecodeError escaped from SPARQLWrapper (fixed in 8900dbf)."""
    from hankegraafi.store import StoreError

    with fake_server(mode) as fake, pytest.raises(StoreError, match=r"127\.0\.0\.1"):
        _remote(fake.url).graphs()


def test_cli_with_remote_down_is_a_clean_error() -> None:
    """Found: 'graphs' and 'ingest' ended in a traceback on a remote store that is down (fixed in 8900dbf)."""
    url = f"http://127.0.0.1:{closed_port()}/query"
    result = cli("graphs", "--store", url, env={"HANKEGRAAFI_REMOTE_TIMEOUT": "1"}, timeout=60)
    assert result.returncode == 1
    assert "did not answer" in result.stderr
    assert not uncaught_traceback(result.stderr), result.stderr[-2000:]


@pytest.mark.timing
def test_cli_with_remote_down_stops_within_bounds(docs: tuple[Path, list[Doc]]) -> None:
    """Whatever the shape of the message, the command ends, fails, and says why."""
    folder, _ = docs
    url = f"http://127.0.0.1:{closed_port()}/query"
    started = time.monotonic()
    result = cli("ingest", str(folder), "--store", url, env={"HANKEGRAAFI_REMOTE_TIMEOUT": "1"}, timeout=120)
    elapsed = time.monotonic() - started
    assert result.returncode == 1
    assert "did not answer" in result.stderr and "Connection refused" in result.stderr
    record("cli remote down", exit=result.returncode, seconds=round(elapsed, 1))
