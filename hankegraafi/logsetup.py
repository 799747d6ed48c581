"""Logging of the command line and the server, set up in one place.

rdflib logs a warning with a whole traceback for every literal whose text is no value of its
datatype ("2023-13-45"^^xsd:date, "abc"^^xsd:decimal) each time such a literal is made. The
store keeps such a literal as written (the token's routes, ``load``, a dump) and the product
shows it as written, so it is data, not an event: on the command line a read-only ``hankegraafi
sparql`` printed two tracebacks above its table, and the server's log took one per literal per
page. Those warnings are left out; every other record passes.
"""

from __future__ import annotations

import logging

#: The start of rdflib.term's warning about a literal it could not turn into a value.
ILL_TYPED = "Failed to convert Literal lexical form to value"


def _not_ill_typed(record: logging.LogRecord) -> bool:
    return not str(record.msg).startswith(ILL_TYPED)


def configure(level: int, fmt: str) -> None:
    """The root logger at ``level`` with ``fmt`` (as logging.basicConfig), rdflib's warnings about
    ill-typed literals left out."""
    logging.basicConfig(level=level, format=fmt)
    term = logging.getLogger("rdflib.term")
    if _not_ill_typed not in term.filters:
        term.addFilter(_not_ill_typed)
