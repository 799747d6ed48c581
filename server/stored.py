"""Answers stored at write time, served for their exact query text instead of running it.

The derived graphs' last step stores the answers of the catalogue's whole-graph calls
(:mod:`hankegraafi.queries.answers`). ``Services.execute`` asks :class:`StoredAnswers` first:
a job whose text is one of them, with no dataset of its own, gets the stored bytes, written at
write time in each results format as the engine writes them, its first ``max_rows`` rows and the
link when it has more (so every format, the row cap and its link are as live; nothing is parsed
or encoded), as long as the stored version equals the data's version. The index (which texts are
stored, and whether they follow the data) is read once per write generation of the runner, with
two small queries; a hit is one more query (its layout and pieces; two for an answer the row
cap cuts: its rows' ends, then the pieces it keeps), :func:`hankegraafi.queries.pieces.stored_bytes`.
On an embedded store these reads run on the runner's local lane (the web process's own read-only
handle): each is a fixed text about one stored answer, or the index and version read once per
write generation, so its cost is bounded, and a page or a catalogue call served from a stored
answer crosses to no query worker (a page-only load then needs none: ``QueryPool`` starts them
on first need).
"""

from __future__ import annotations

import json
import logging
import threading
from collections.abc import Callable
from typing import Any

from hankegraafi.queries import answers, pieces
from hankegraafi.server.engine import Outcome, QueryJob

log = logging.getLogger(__name__)

_JSON = pieces.RESULTS_JSON


class StoredAnswers:
    """The stored answers of one embedded store, seen through the app's runner.

    ``run`` runs a job without deadline bookkeeping of its own (the runner's ``run``);
    ``local`` runs a read on the runner's local lane (None, or it answers None: ``run``);
    ``generation`` is the runner's write counter; ``check_every_call`` (or a function saying
    whether) re-reads the index on every call, for a runner whose store may be written behind it
    (an inline runner in tests).
    """

    def __init__(
        self,
        run: Callable[[QueryJob], Outcome],
        base: str,
        generation: Callable[[], int],
        *,
        check_every_call: bool | Callable[[], bool] = False,
        local: Callable[[Callable[[Any], Any]], Any] | None = None,
    ) -> None:
        self._run = run
        self._local = local
        self._base = base
        self._generation = generation
        self._check_every_call = check_every_call
        self._lock = threading.Lock()
        self._seen: tuple[int, frozenset[str]] | None = None

    def _select(self, sparql: str) -> list[tuple[str, ...]]:
        if self._local is not None:
            found = self._local(lambda store: _values(store, sparql))
            if found is not None:
                return list(found)
        job = QueryJob(text=sparql, results_media=_JSON, graph_media=None, max_rows=1_000_000)
        data = json.loads(self._run(job).body)
        names = data["head"]["vars"]
        return [tuple(b[v]["value"] if v in b else "" for v in names) for b in data["results"]["bindings"]]

    def _follows(self, digest: str) -> bool:
        """Whether the answer of the text of ``digest`` is stored and follows the data now stored."""
        check = self._check_every_call() if callable(self._check_every_call) else self._check_every_call
        if not check:
            return digest in self._digests()
        # Read on every call: this text's entry alone, not every stored answer's (the whole index is
        # thousands of rows; a walk of test_answers spent 42 % of its time reading it again per call).
        version, digests = pieces.digests_of(self._select(pieces.entry_query(self._base, digest)), self._base)
        return digest in digests and bool(version) and version == answers.state_of(self._select, self._base)

    def _digests(self) -> frozenset[str]:
        """The digests of the answers that follow the data now stored (none if they do not)."""
        generation = self._generation()
        with self._lock:
            seen = self._seen
        if seen is not None and seen[0] == generation:
            return seen[1]
        version, digests = pieces.digests_of(self._select(pieces.index_query(self._base)), self._base)
        valid = (
            frozenset(digests)
            if version and version == answers.state_of(self._select, self._base)
            else frozenset()
        )
        with self._lock:
            self._seen = (generation, valid)
        return valid

    def outcome(self, job: QueryJob) -> Outcome | None:
        """The job's answer from the stored one, or None (then it runs)."""
        if (
            job.results_media is None
            or job.default_graphs is not None
            or job.named_graphs is not None
            or job.query_dataset
            or job.check_graphs
        ):
            return None
        digest = pieces.text_digest(job.text)
        if not self._follows(digest):
            return None
        try:
            found = pieces.stored_bytes(
                self._select,
                self._base,
                digest,
                job.results_media,
                max_rows=job.max_rows,
                link=job.link,
                max_bytes=job.max_bytes,
            )
        except ValueError as exc:  # not ours (planted by a load without derive): run it live
            log.warning("stored answer ignored: %s", exc)
            return None
        if found is None:
            return None
        body, rows, truncated = found
        if job.max_bytes and len(body) > job.max_bytes:
            return None  # the engine says what is too large; let it
        return Outcome(body, job.results_media, "SELECT", rows, truncated)


def _values(store: Any, sparql: str) -> list[tuple[str, ...]]:
    """Each row of ``sparql`` on a pyoxigraph store as the values of its variables ("" unbound),
    as :meth:`StoredAnswers._select` reads them from a worker's JSON."""
    result = store.query(sparql, use_default_graph_as_union=True)
    width = len(result.variables)
    return [tuple("" if (t := row[i]) is None else t.value for i in range(width)) for row in result]
