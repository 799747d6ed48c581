"""What a child process does to itself before it runs untrusted work.

Used by the ingest's worker processes and by the server's query workers and
writer (issue 16): a child ends with the process that started it, a query
worker cannot reach any network, and its address space is capped so that a
query that builds a huge value fails alone. Each step reports what it could
not do instead of failing: a kernel without network namespaces still serves,
and says so at start.
"""

from __future__ import annotations

import contextlib
import ctypes
import errno
import os
import resource
import signal
import threading
import time
from collections.abc import Callable

_CLONE_NEWUSER = 0x10000000
_CLONE_NEWNET = 0x40000000
_PR_SET_PDEATHSIG = 1


def _libc() -> ctypes.CDLL:
    return ctypes.CDLL(None, use_errno=True)


def die_with_parent(parent: int, *, deathsig: bool = True) -> None:
    """End this process when ``parent`` dies, SIGKILL included.

    ``deathsig`` asks the kernel (PR_SET_PDEATHSIG) as well; the kernel sends
    it when the *thread* that started the child ends, so a process started
    from a short-lived thread must pass False and rely on the watchdog, which
    notices a new parent within half a second.

    A child made by multiprocessing's fork server has that server as its
    direct parent, which outlives ``parent`` while any of its children runs:
    each child is handed the write end of the pipe the server watches for
    ``parent``'s end, so the server reads EOF only once every child has ended.
    An idle child ends anyway (its own pipe to ``parent`` closes), but a busy one
    (the writer in a long ingest, a query worker in a long query) ran on with the
    store's lock for its whole write after ``serve`` was killed (12-23 s, up to
    ``update_timeout``), and a new ``serve`` could not open the store meanwhile.
    So the watchdog also watches ``parent`` itself: gone, a zombie (killed and
    not yet reaped), or its process id taken by a process started later.
    """
    direct = os.getppid()
    forked_by_server = direct != parent
    if forked_by_server and not _alive(parent):  # the parent died before we got here
        os._exit(1)
    if deathsig or forked_by_server:
        with contextlib.suppress(OSError, AttributeError):
            _libc().prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)
    if os.getppid() != direct:  # the parent died before the line above took effect
        os._exit(1)
    known = _state(parent) if forked_by_server else None  # None: /proc unreadable, the direct parent only

    def ended() -> bool:
        if os.getppid() != direct:
            return True
        if known is None:
            return False
        now = _state(parent)
        return now is None or now[0] in ("Z", "X", "x") or now[1] != known[1]

    if ended():
        os._exit(1)

    def watch() -> None:
        while not ended():
            time.sleep(0.5)
        os._exit(1)

    threading.Thread(target=watch, daemon=True, name="watch-parent").start()


def _state(pid: int) -> tuple[str, str] | None:
    """A process's state letter and start time (``/proc/PID/stat`` fields 3 and 22), or None when
    there is no such process or no /proc. The start time tells a process id taken again apart."""
    try:
        with open(f"/proc/{pid}/stat", "rb") as stat_file:
            data = stat_file.read()
        fields = data[data.rindex(b")") + 2 :].split()  # the command's name may hold spaces and ')'
        return fields[0].decode("ascii"), fields[19].decode("ascii")
    except (OSError, ValueError, IndexError):
        return None


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def isolate_network() -> str | None:
    """Move this process into a new, empty network namespace; None on success, else why not.

    Inside, there is no interface but a loopback that is down: no connection
    to any address can be made, whatever the code running here asks for.
    Must run before the process starts threads (a user namespace requires a
    single-threaded caller).
    """
    libc = _libc()
    if libc.unshare(_CLONE_NEWNET) == 0:
        return None
    first = ctypes.get_errno()
    if first not in (errno.EPERM, errno.EACCES):
        return f"unshare(CLONE_NEWNET) failed: {os.strerror(first)}"
    # Without CAP_SYS_ADMIN: a user namespace first, mapping our own ids.
    uid, gid = os.getuid(), os.getgid()
    if libc.unshare(_CLONE_NEWUSER | _CLONE_NEWNET) != 0:
        return f"no network namespace: {os.strerror(first)} (unprivileged user namespaces unavailable too)"
    try:
        with open("/proc/self/setgroups", "w") as fh:
            fh.write("deny")
        with open("/proc/self/uid_map", "w") as fh:
            fh.write(f"{uid} {uid} 1")
        with open("/proc/self/gid_map", "w") as fh:
            fh.write(f"{gid} {gid} 1")
    except OSError as exc:
        return f"network namespace made, but mapping the user failed: {exc}"
    return None


_M_ARENA_MAX = -8


def cap_memory(megabytes: int) -> str | None:
    """Limit this process's address space (RLIMIT_AS); None on success, else why not.

    glibc reserves 64 MiB of address space per malloc arena, and makes up to
    eight arenas per core as threads start (RocksDB's and the engine's): under
    an address-space cap that reserve, not real use, made a worker fail to
    start now and then. Two arenas are plenty for one query at a time.
    """
    if megabytes <= 0:
        return "disabled (query_memory_mb = 0)"
    with contextlib.suppress(OSError, AttributeError):
        _libc().mallopt(_M_ARENA_MAX, 2)
    limit = megabytes * 1024 * 1024
    try:
        _, hard = resource.getrlimit(resource.RLIMIT_AS)
        if hard != resource.RLIM_INFINITY:
            limit = min(limit, hard)
        resource.setrlimit(resource.RLIMIT_AS, (limit, hard))
    except (OSError, ValueError) as exc:
        return f"RLIMIT_AS not set: {exc}"
    return None


def trim_heap() -> bool:
    """Hand the heap's free memory back to the kernel (glibc's ``malloc_trim``); True if some was.

    glibc keeps what a process freed for its next allocations, in every arena: after a burst of
    large answers or page builds a process stays as large as at its peak though it holds little.
    ``malloc_trim(0)`` gives back the free pages of every arena (madvise) and the heap's top.
    False on a libc without it."""
    try:
        return bool(_libc().malloc_trim(0))
    except (OSError, AttributeError):
        return False


__all__ = ["cap_memory", "die_with_parent", "isolate_network", "trim_heap"]


def fewer_malloc_arenas(arenas: int = 2) -> bool:
    """Let glibc's malloc use at most ``arenas`` arenas in this process (``M_ARENA_MAX``); True if set.

    glibc gives threads that allocate at the same time arenas of their own, up to eight per core,
    and memory freed in one stays resident for that one: the request threads, each building a
    page, left the web process at 305 MB resident after 180 pages at 10^6 triples (1, 8 and 32
    connections) against 253 MB with two arenas. Nothing happens on a libc without ``mallopt``."""
    try:
        libc = ctypes.CDLL("libc.so.6")
        return bool(libc.mallopt(-8, arenas))  # -8: M_ARENA_MAX
    except (OSError, AttributeError):
        return False


#: Seconds between two heap trims of the web process (:func:`trim_heap_every`), each with the look at
#: :data:`LOCAL_RESIDENT_MB`. Under the load test at 10^6 triples the local lane's handle grows by tens
#: of MB in a few seconds of pages: looked at every 10 s, the web process peaked at 167-192 MB PSS, every
#: 3 s at 149-154 (stop 52, bench/results/2026-12-07-vm-serve-memory-trim-1e6.md). A look is a read of
#: ``/proc/self/statm``, a trim a few milliseconds, a reopen of the handle ~50 ms.
TRIM_SECONDS = 3.0
#: Above this resident size (MiB) the web process reopens its local lane's handle at the next trim
#: (``QueryPool.bound_local``): it starts at ~90 at 10^6 triples, and every process of ``serve``
#: together has 200 (issue 17).
LOCAL_RESIDENT_MB = 100.0


def trim_heap_every(
    seconds: float = TRIM_SECONDS, before: Callable[[], object] | None = None
) -> threading.Thread:
    """A daemon thread that gives the web process's free heap back to the kernel every ``seconds``.

    The request threads' page builds and answers are freed when sent, but glibc keeps the pages
    for reuse, so the process stayed at its peak (issue 17's memory figure is taken after a load
    test). A trim takes a few milliseconds, and takes nothing a thread still holds. ``before`` runs
    first (the local lane's handle reopened when the process is over its bound, ``QueryPool.bound_local``)."""
    from hankegraafi.processes import trim_heap

    def run() -> None:
        while True:
            time.sleep(seconds)
            if before is not None:
                with contextlib.suppress(Exception):
                    before()
            trim_heap()

    thread = threading.Thread(target=run, name="hg-trim", daemon=True)
    thread.start()
    return thread


def resident_mb() -> float:
    """This process's resident memory in MiB (``/proc/self/statm``), 0 where it cannot be read."""
    try:
        with open("/proc/self/statm", "rb") as f:
            return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20
    except (OSError, ValueError, IndexError):
        return 0.0
