"""The SHACL engine of pyshacl-turbo (written in Rust, with pyshacl's interface), where installed.

:func:`report` validates a plain list of triples against a shapes graph
compiled once per process: no rdflib store is filled for the copy (the engine
copies the triples into its own), and the engine's report graph is read by the
same code as pyshacl's (shapes/validate.py). On the bench documents this is
2–3 times faster than pyshacl over indexed dicts
(bench/results/2026-12-04-vm-ingest-speed.md); tests/shapes/test_turbo.py runs
every shape case through both engines and compares the reports whole.

Where the package is not installed, or ``HANKEGRAAFI_SHACL_ENGINE=pyshacl`` is
set, :func:`available` is False and validation stays on pyshacl.
"""

from __future__ import annotations

import functools
import os
from collections.abc import Iterator
from typing import Any

from rdflib import Graph, Node

pyshacl_turbo: Any
try:  # an optional engine: pyshacl stays the fallback
    import pyshacl_turbo
except ImportError:  # pragma: no cover - depends on the environment
    pyshacl_turbo = None

#: Set to ``pyshacl`` to validate with pyshacl even where pyshacl-turbo is installed.
ENGINE_VARIABLE = "HANKEGRAAFI_SHACL_ENGINE"

Triple = tuple[Node, Node, Node]


class EngineFailure(Exception):
    """The engine refused the shapes (the caller words it as its own error)."""


class InputRefused(Exception):
    """The engine refused the data: an IRI rdflib keeps but RDF does not allow ("a b", no scheme).

    pyshacl validates such a graph; the caller hands it to pyshacl.
    """


def available() -> bool:
    """Whether :func:`report` can be used: the package is there and not switched off."""
    return pyshacl_turbo is not None and os.environ.get(ENGINE_VARIABLE, "").lower() != "pyshacl"


class _Listed(Graph):
    """A graph that only iterates a list: all that the engine reads of its input."""

    def __init__(self, triples: list[Triple]) -> None:
        super().__init__(bind_namespaces="none")
        self._listed = triples

    def __iter__(self) -> Iterator[Triple]:  # type: ignore[override]
        return iter(self._listed)

    def __len__(self) -> int:
        return len(self._listed)


@functools.lru_cache(maxsize=4)
def _compiled(shapes: Graph) -> Any:
    """``shapes`` compiled by the engine, once per process (the shapes graphs are cached objects).

    The report binds every prefix ``shapes`` has: a graph made with ``bind_namespaces="none"``
    saves some 40 bindings a document.
    """
    if pyshacl_turbo is None:
        raise EngineFailure("pyshacl-turbo is not installed")
    try:
        return pyshacl_turbo.CompiledShapes(shapes, advanced=True)
    except (pyshacl_turbo.ValidationFailure, ValueError) as exc:  # ValueError: a SPARQL text it cannot parse
        raise EngineFailure(str(exc)) from exc


def report(shapes: Graph, triples: list[Triple]) -> Graph:
    """The sh:ValidationReport of ``triples`` against ``shapes`` (SHACL-AF on, infos and warnings kept)."""
    compiled = _compiled(shapes)
    assert pyshacl_turbo is not None  # _compiled said so
    try:
        _conforms, report_graph, _text = compiled.validate(
            _Listed(triples),
            inference="none",
            allow_infos=True,
            allow_warnings=True,
            abort_on_first=False,
            inplace=False,
        )
    except pyshacl_turbo.ValidationFailure as exc:
        raise EngineFailure(str(exc)) from exc
    except ValueError as exc:  # the shapes compiled, so it is the data's terms
        raise InputRefused(str(exc)) from exc
    if not isinstance(report_graph, Graph):
        raise EngineFailure(str(report_graph))
    return report_graph
