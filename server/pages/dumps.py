"""Downloadable dumps of the whole dataset, regenerated when the data changes.

A dump is written on the first request after a change of the data version
(:func:`hankegraafi.server.pages.access.data_version`), under a name that
carries the version, and served from disk until the data changes again;
older files are removed. The quads are read as N-Quads through the same
query runner as every page (TSV results, never Python objects), personal
data is removed with the rules the pages use, and pyoxigraph writes N-Quads
(named graphs kept) or Turtle (their union).
"""

from __future__ import annotations

import gzip
import hashlib
import logging
import os
import stat
import tempfile
import threading
from collections import defaultdict
from pathlib import Path

import pyoxigraph as ox
from rdflib.namespace import FOAF, RDF

from hankegraafi.ingest.inference import state_graph_iri
from hankegraafi.ontology.namespaces import HG, PREFIXES
from hankegraafi.queries.answers import answers_graph_iri
from hankegraafi.queries.nameindex import graph_iri as name_index_iri
from hankegraafi.queries.pagelists import lists_graph_iri
from hankegraafi.server.pages.access import DataAccess
from hankegraafi.server.pages.rdfout import CONTACT_PREDICATES, NAME_PREDICATES
from hankegraafi.shapes.pii import has_contact_details
from hankegraafi.store.base import STAGING_PREFIX

log = logging.getLogger(__name__)

FORMATS = {"hankegraafi.nq.gz": "nq", "hankegraafi.ttl.gz": "ttl"}

_locks: dict[str, threading.Lock] = defaultdict(threading.Lock)


class DumpError(Exception):
    """A dump could not be written (the message names the folder)."""


def default_folder(store_location: str) -> Path:
    """Next to an embedded store (``<store>.dumps``) if writable, else in the temporary folder."""
    digest = hashlib.sha256(store_location.encode()).hexdigest()[:12]
    if not store_location.startswith(("http://", "https://")):
        beside = Path(store_location).expanduser().resolve()
        candidate = beside.parent / f"{beside.name}.dumps"
        if os.access(beside.parent, os.W_OK):
            return candidate
    return Path(tempfile.gettempdir()) / f"hankegraafi-dumps-{digest}"


def own_folder(folder: Path) -> None:
    """Make ``folder`` (this user's alone) or check that it is a folder of this user that nobody
    else may write, not a link; DumpError otherwise. In the shared temporary folder its name is
    one anyone can compute, and a link or folder planted there had a file of someone else's
    served as the dataset's dump (tests/pages/test_dump_folder.py)."""
    try:
        folder.parent.mkdir(parents=True, exist_ok=True)
        folder.mkdir(mode=0o700, exist_ok=True)
        info = os.lstat(folder)
    except OSError as exc:
        raise DumpError(f"cannot create the dump folder {folder}: {exc}") from exc
    if not stat.S_ISDIR(info.st_mode) or info.st_uid != os.getuid():
        raise DumpError(
            f"{folder} is not a folder of this user (a link, or another user's): no dump is kept there"
        )
    if info.st_mode & (stat.S_IWGRP | stat.S_IWOTH):
        raise DumpError(
            f"{folder} may be written by others (mode {stat.S_IMODE(info.st_mode):o}): no dump is kept there"
        )


def _tag(version: str) -> str:
    return hashlib.sha256(version.encode()).hexdigest()[:16]


def ensure_served(folder: Path, name: str, version: str, data: DataAccess, *, person_names: bool) -> Path:
    """:func:`ensure` for the dump route: a folder refused or that cannot be written is the
    operator's to fix, so a 503 with Retry-After naming the dump, the reason in the server's log."""
    from hankegraafi.server.errors import ServiceUnavailable

    try:
        return ensure(folder, name, version, data, person_names=person_names)
    except DumpError as exc:
        log.error("dump %s not written: %s", name, exc)
        raise ServiceUnavailable(
            f"the dump {name} cannot be written now (the server's log says why); the data can be "
            "read through /sparql meanwhile",
            headers={"Retry-After": "300"},
        ) from None


def ensure(folder: Path, name: str, version: str, data: DataAccess, *, person_names: bool) -> Path:
    """The dump ``name`` for data ``version``, written now if it is not on disk yet."""
    if name not in FORMATS:
        raise KeyError(name)
    own_folder(folder)
    target = folder / f"{_tag(version)}-{name}"
    if target.exists():
        return target
    with _locks[str(target)]:
        if target.exists():
            return target
        quads = read_quads(data, person_names=person_names)
        fd, tmp = tempfile.mkstemp(prefix=".partial-", dir=folder)
        os.close(fd)
        try:
            write(Path(tmp), FORMATS[name], quads)
            os.replace(tmp, target)
        finally:
            if os.path.exists(tmp):
                os.unlink(tmp)
        for old in folder.glob(f"*-{name}"):
            if old != target:
                old.unlink(missing_ok=True)
        log.info("wrote dump %s (%d quads)", target, len(quads))
    return target


def read_quads(data: DataAccess, *, person_names: bool) -> list[ox.Quad]:
    """Every quad of every named graph (staging graphs and the stored derived caches left out), cleaned
    of personal data. The stored catalogue answers, page lists, name index and inference bookkeeping are
    caches keyed by the data's version, recomputed from the data on every write: no data to publish.

    The same rules as :func:`rdfout.publishable`: no contact-detail
    properties, no literal holding an e-mail address or phone number, no
    ``mailto:``/``tel:`` IRIs, and names of people only where allowed.
    """
    quads = [
        q for q in ox.parse(data.nquads(), format=ox.RdfFormat.N_QUADS) if not _staging(q) and not _cache(q)
    ]
    persons = {
        q.subject.value for q in quads if q.predicate.value == RDF_TYPE and q.object.value in PERSON_TYPES
    }
    out = []
    withheld = 0
    for q in quads:
        if _publishable(q, persons, person_names=person_names):
            out.append(q)
        else:
            withheld += 1
    if withheld:
        log.debug("dump: withheld %d quads with personal data", withheld)
    return out


RDF_TYPE = str(RDF.type)
PERSON_TYPES = {str(FOAF.Person), str(HG.PersonInRole)}
_CONTACT = {str(p) for p in CONTACT_PREDICATES}
_NAMES = {str(p) for p in NAME_PREDICATES}


#: The path of the graph of stored catalogue answers under any base IRI.
CACHE_GRAPH_PATH = "/" + str(answers_graph_iri(""))
#: The paths of the graphs of what is stored for reading only, rebuilt from the data on every write: catalogue
#: answers, page lists, the name index and the inferred graph's bookkeeping (what each document's inferences
#: followed, stop 50). None of them is data to publish.
CACHE_GRAPH_PATHS = (
    CACHE_GRAPH_PATH,
    "/" + str(lists_graph_iri("")),
    "/" + str(name_index_iri("")),
    "/" + str(state_graph_iri("")),
)


def _cache(q: ox.Quad) -> bool:
    return isinstance(q.graph_name, ox.NamedNode) and q.graph_name.value.endswith(CACHE_GRAPH_PATHS)


def _staging(q: ox.Quad) -> bool:
    return isinstance(q.graph_name, ox.NamedNode) and q.graph_name.value.startswith(STAGING_PREFIX)


def _publishable(q: ox.Quad, persons: set[str], *, person_names: bool) -> bool:
    p, o = q.predicate.value, q.object
    if p in _CONTACT:
        return False
    if isinstance(o, ox.Literal):
        if has_contact_details(o.value):
            return False
        subject = q.subject.value if isinstance(q.subject, ox.NamedNode | ox.BlankNode) else ""
        return not (p in _NAMES and not person_names and subject in persons)
    return not (isinstance(o, ox.NamedNode) and o.value.lower().startswith(("mailto:", "tel:")))


def write(path: Path, fmt: str, quads: list[ox.Quad]) -> None:
    """Write ``quads`` gzipped as N-Quads (``nq``) or as the Turtle of their union (``ttl``)."""
    if fmt == "nq":
        body = ox.serialize(quads, format=ox.RdfFormat.N_QUADS)
    else:
        triples = list({q.triple for q in quads})
        body = ox.serialize(triples, format=ox.RdfFormat.TURTLE, prefixes=PREFIXES)
    assert body is not None
    with gzip.open(path, "wb", compresslevel=6) as out:
        out.write(body)
