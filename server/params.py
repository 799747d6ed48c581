"""One rule for every route: a parameter read as one value but given more than once is a 400 naming it.

Routes read their query string and form with ``request.args.get(name)`` (or ``[name]``), which
werkzeug answers with the first value and the rest dropped unsaid: ``/search?q=a&q=b`` searched
for ``a``, ``/queries?format=json&format=csv`` answered JSON (found by attack, stops 35, 43 and
44; six routes had grown checks of their own, each for the names it had been caught on). Here the
request's parameter dictionaries refuse that read instead, so a route that reads one value of a
parameter gets the check without writing it, and a route that takes several (``/sparql``'s
``default-graph-uri`` and the two ``format`` SPARQLWrapper sends, ``/browse``'s facets) reads them
with ``getlist`` as before. Parameters no route reads (a tracker's ``utm_source`` in a shared
link) are never looked at, so never refused.

The rule holds while the view runs (:func:`install` wraps dispatch): the hooks around it and the
error handler read the first value as before, so an error page never fails on the parameter that
caused it.
"""

from __future__ import annotations

from contextvars import ContextVar
from typing import Any

from flask import Flask, Request
from werkzeug.datastructures import ImmutableMultiDict

from hankegraafi.server.errors import BadRequest

#: True while a view function runs: only then is a repeated single-valued read refused.
_IN_VIEW: ContextVar[bool] = ContextVar("hankegraafi_params_in_view", default=False)


class ParameterTwice(BadRequest):
    """A route read one value of a parameter the request gives more than once."""


class OnceParams(ImmutableMultiDict[str, Any]):
    """Query-string or form parameters whose single-valued reads refuse a parameter given twice."""

    def __getitem__(self, key: str) -> Any:
        _once(self, key)
        return super().__getitem__(key)

    def get(self, key: str, default: Any = None, type: Any = None) -> Any:  # type: ignore[override]  # one body for its overloads
        _once(self, key)
        return super().get(key, default=default, type=type)

    def to_dict(self, flat: bool = True) -> dict[str, Any]:
        if not flat:
            return super().to_dict(flat=False)
        for key in self.keys():
            _once(self, key)
        return super().to_dict()


def _once(params: OnceParams, key: str) -> None:
    if not _IN_VIEW.get():
        return
    count = len(params.getlist(key))
    if count > 1:
        raise ParameterTwice(f"parameter {key!r} given {count} times; give it once")


class OnceRequest(Request):
    """The app's request: its ``args``, ``form`` and ``files`` are :class:`OnceParams`."""

    parameter_storage_class = OnceParams


def install(app: Flask) -> None:
    """Give ``app`` the request class above and hold the rule while each view runs."""
    app.request_class = OnceRequest
    dispatch = app.dispatch_request

    def dispatch_once() -> Any:
        token = _IN_VIEW.set(True)
        try:
            return dispatch()
        finally:
            _IN_VIEW.reset(token)

    app.dispatch_request = dispatch_once  # type: ignore[method-assign]
