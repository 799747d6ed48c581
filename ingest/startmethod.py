"""How the ingest's worker processes are started: forked from this process when that is safe.

A worker spawned afresh imports the ingest and loads the vocabularies, the shapes and Voikko
before its first document, about a second of CPU on a machine whose two cores the ingest keeps
busy; a forked one has them already.
"""

from __future__ import annotations

import multiprocessing
import sys
import threading
from typing import Literal


def start_method() -> Literal["fork", "spawn"]:
    """Whether worker processes may be forked from this one rather than started afresh (spawned).

    A forked worker inherits this process's imports, vocabularies, shapes and Voikko already
    loaded: about a second of CPU less per worker than a spawned one (on two cores, half a second
    of a 100-document run's 4–5 s). The worker only prepares documents and never calls the store;
    the store's native (RocksDB) threads are not copied into it, and it ends without running any
    destructor (multiprocessing ends it with ``os._exit``). A lock held by another *Python* thread
    (on standard error, a logger, the progress bar) would stay locked in the child for ever, so
    fork only where no other Python thread runs but the idle ones of :data:`_FORK_SAFE`; and not
    from Python 3.12 on, which deprecates forking a process that runs native threads at all:
    there the workers are spawned as before.
    """
    here = threading.current_thread()
    others = [t for t in threading.enumerate() if t is not here and not t.name.startswith(_FORK_SAFE)]
    if sys.version_info < (3, 12) and "fork" in multiprocessing.get_all_start_methods() and not others:
        return "fork"
    return "spawn"


#: Threads that may run while a worker is forked: store/sparqlparse.py's parser thread (started by
#: the first catalogue query, e.g. of the derived step after a document) waits idle between the
#: parses that the thread which forks makes and waits for, and a forked process starts its own.
_FORK_SAFE = ("sparql-parser-",)
