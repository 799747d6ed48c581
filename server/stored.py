"""Answers stored at write time, served for their exact query text instead of running it.

The derived graphs' last step stores the answers of the catalogue's whole-graph calls
(:mod:`hankegraafi.queries.answers`). ``Services.execute`` asks :class:`StoredAnswers` first:
a job whose text is one of them, with no dataset of its own, gets the stored rows: as stored for
JSON results within the row cap (written as the engine writes them), else serialised by the
engine's own serialiser (so every results format, the row cap and its link are as live),
as long as the stored version equals the data's version. The index (which texts are stored, and
whether they follow the data) is read once per write generation of the runner, with two small
queries; each hit is one more query that reads one stored literal.
"""

from __future__ import annotations

import json
import logging
import threading
from collections.abc import Callable

from hankegraafi.queries import answers
from hankegraafi.server.engine import Outcome, QueryJob, serialize_select

log = logging.getLogger(__name__)

_JSON = answers.RESULTS_JSON


class StoredAnswers:
    """The stored answers of one embedded store, seen through the app's runner.

    ``run`` runs a job without deadline bookkeeping of its own (the runner's ``run``);
    ``generation`` is the runner's write counter; ``check_every_call`` re-reads the index on
    every call, for a runner whose store may be written behind it (an inline runner in tests).
    """

    def __init__(
        self,
        run: Callable[[QueryJob], Outcome],
        base: str,
        generation: Callable[[], int],
        *,
        check_every_call: bool = False,
    ) -> None:
        self._run = run
        self._base = base
        self._generation = generation
        self._check_every_call = check_every_call
        self._lock = threading.Lock()
        self._seen: tuple[int, frozenset[str]] | None = None

    def _select(self, sparql: str) -> list[tuple[str, ...]]:
        job = QueryJob(text=sparql, results_media=_JSON, graph_media=None, max_rows=1_000_000)
        data = json.loads(self._run(job).body)
        names = data["head"]["vars"]
        return [tuple(b[v]["value"] if v in b else "" for v in names) for b in data["results"]["bindings"]]

    def _digests(self) -> frozenset[str]:
        """The digests of the answers that follow the data now stored (none if they do not)."""
        generation = self._generation()
        with self._lock:
            seen = self._seen
        if seen is not None and seen[0] == generation and not self._check_every_call:
            return seen[1]
        version, digests = answers.digests_of(self._select(answers.index_query(self._base)), self._base)
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
        digest = answers.text_digest(job.text)
        if digest not in self._digests():
            return None
        found = self._select(answers.body_query(self._base, digest))
        if not found:
            return None
        try:
            stored, count = answers.decode_body(found[0][0]), int(found[0][1])
        except ValueError as exc:  # not ours (planted by a load without derive): run it live
            log.warning("stored answer ignored: %s", exc)
            return None
        if job.results_media == _JSON and count <= job.max_rows:  # written as the engine writes it
            body = stored
            if job.max_bytes and len(body) > job.max_bytes:
                return None
            return Outcome(body, _JSON, "SELECT", count, False)
        data = json.loads(stored)
        variables: list[str] = list(data["head"]["vars"])
        bindings = data["results"]["bindings"]
        truncated = len(bindings) > job.max_rows
        rows = [{v: b[v] for v in variables if v in b} for b in bindings[: job.max_rows]]
        body = serialize_select(variables, rows, job.results_media, truncated=truncated, link=job.link)
        if job.max_bytes and len(body) > job.max_bytes:
            return None  # the engine says what is too large; let it
        return Outcome(body, job.results_media, "SELECT", len(rows), truncated)
