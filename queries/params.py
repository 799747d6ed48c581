"""Names where people use names: the values a catalogue parameter of type ``iri`` also takes.

A user knows "Omaolo", "Satakunnan", county code "06" or ``hgv:service/omaolo``,
not ``https://w3id.org/hankegraafi/vocab/service/omaolo``. Before a query is
bound (:meth:`CatalogueQuery.bind <hankegraafi.queries.catalogue.CatalogueQuery.bind>`),
each ``iri`` value is read as, in this order:

1. an absolute IRI (``http(s)://…``, ``urn:…``): kept as it is;
2. a CURIE with a prefix the query declares or the project's prefixes
   (``hgv:service/omaolo``, ``hg:…``);
3. a county code of two digits (``06``): ``hgv:county/06``;
4. a name or an inflected form of one, looked up with the project's one name
   search, which the caller passes in (the server's index of names lives in
   ``server/``, which this folder may not import): the command line and
   ``/queries/NAME`` hand over the same search the pages use.

A name may fit several resources ("Omaolo" is a service and a sub-project).
The parameter's name says what it usually stands for (:data:`PREFERRED`):
the best hits of the first preferred class that has any decide. When two or
more remain, the call is refused with the candidates and how to pick one.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Protocol

from hankegraafi.ontology.namespaces import HG, PREFIXES, VOCAB

#: Most candidates named in an error.
MAX_CANDIDATES = 6

_COUNTY_CODE = re.compile(r"[0-9]{2}")
_CURIE = re.compile(r"(?P<prefix>[A-Za-z][A-Za-z0-9_.-]*):(?P<local>[^\s<>\"{}|^`\\]+)")
_PREFIX_DECL = re.compile(r"^\s*PREFIX\s+([A-Za-z][A-Za-z0-9_.-]*)?:\s*<([^>]*)>", re.IGNORECASE | re.MULTILINE)
_ABSOLUTE = re.compile(r"(?:https?://|urn:)", re.IGNORECASE)
_SCHEME = re.compile(r"(?:[a-z][a-z0-9+.-]*://|urn:)", re.IGNORECASE)

_PROJECTS = (str(HG.CanonicalProject), str(HG.Project), str(HG.Investment), str(HG.SubProject))
_SERVICES_AND_ACTORS = (str(HG.DigitalService), str(HG.NationalActor), str(HG.Organisation))
#: A county first, then any area of the classification (Åland, stop 48).
_COUNTIES = (str(HG.WellbeingServicesCounty), str(HG.ServiceArea))

#: What a parameter of this name usually stands for: classes in order of preference. A name
#: whose best hits are of none of them is still found (any class), and an equal choice refused.
PREFERRED: dict[str, tuple[str, ...]] = {
    "region": _COUNTIES,
    "region1": _COUNTIES,
    "region2": _COUNTIES,
    "project": _PROJECTS,
    "from": _PROJECTS,
    "organisation": (str(HG.Organisation),),
    "node": _SERVICES_AND_ACTORS + _PROJECTS,
    "to": _SERVICES_AND_ACTORS + _PROJECTS,
    "before": (str(HG.SourceDocument),),
    "after": (str(HG.SourceDocument),),
}


class Candidate(Protocol):
    """A hit of the name search (``server/pages/search.Hit`` is one)."""

    @property
    def iri(self) -> str: ...

    @property
    def label(self) -> str: ...

    @property
    def score(self) -> int: ...

    @property
    def types(self) -> frozenset[str]: ...


#: The name search: a name or inflected form → hits, best first.
NameSearch = Callable[[str], Sequence[Candidate]]


class NameNotResolved(ValueError):
    """A value that is no IRI, CURIE or county code and names no resource, or several; says how to pick."""


def prefixes_of(query_text: str) -> dict[str, str]:
    """The project's prefixes with the query's own ``PREFIX`` declarations over them."""
    declared = _declared(query_text) if len(query_text) > 32 * 1024 else _declared_kept(query_text)
    return {**PREFIXES, **dict(declared)}


def _declared(query_text: str) -> tuple[tuple[str, str], ...]:
    return tuple((m.group(1) or "", m.group(2)) for m in _PREFIX_DECL.finditer(query_text))


#: Read once a catalogue text: a write's stored answers bind thousands of calls of a score of queries
#: (a scan of the text at each was a tenth of their first build in a process, stop 56).
_declared_kept = functools.lru_cache(maxsize=64)(_declared)


def curie(iri: str, prefixes: Mapping[str, str] = PREFIXES) -> str:
    """``iri`` as a CURIE where a prefix fits (the shortest), else the IRI itself."""
    best = ""
    for prefix, namespace in prefixes.items():
        if prefix and iri.startswith(namespace) and len(iri) > len(namespace):
            local = iri[len(namespace) :]
            if _CURIE.fullmatch(f"{prefix}:{local}") and (not best or len(local) < len(best.split(":", 1)[1])):
                best = f"{prefix}:{local}"
    return best or iri


def expand(value: str, prefixes: Mapping[str, str]) -> str | None:
    """The IRI a CURIE or county code stands for; None when ``value`` is neither."""
    if _COUNTY_CODE.fullmatch(value):
        return f"{VOCAB}county/{value}"
    match = _CURIE.fullmatch(value)
    if match and not _ABSOLUTE.match(value) and match["prefix"] in prefixes:
        return prefixes[match["prefix"]] + match["local"]
    return None


def resolve_value(
    param: str,
    value: str,
    *,
    prefixes: Mapping[str, str],
    search: NameSearch | None,
) -> str:
    """One ``iri`` parameter's value as an absolute IRI; :class:`NameNotResolved` says why not."""
    text = value.strip()
    if not text or _SCHEME.match(text):
        return value  # an IRI (or nothing): the catalogue's own check judges it
    expanded = expand(text, prefixes)
    if expanded is not None:
        return expanded
    if search is None:
        return value  # no name search here: the catalogue refuses it as no IRI
    example = f"{param}={curie(f'{VOCAB}service/omaolo', prefixes)}"
    hits = list(search(text))
    if not hits:
        raise NameNotResolved(
            f"no resource is named {text!r}; give its IRI, a CURIE (such as {example}) or a county code (such as 06)"
        )
    chosen = _best(hits, PREFERRED.get(param, ()))
    if len(chosen) == 1:
        return chosen[0].iri
    shown = "; ".join(_describe(h, prefixes) for h in chosen[:MAX_CANDIDATES])
    more = f" and {len(chosen) - MAX_CANDIDATES} more" if len(chosen) > MAX_CANDIDATES else ""
    pick = curie(chosen[0].iri, prefixes)
    raise NameNotResolved(
        f"{text!r} names {len(chosen)} resources: {shown}{more}. "
        f"Pick one by its IRI or CURIE, e.g. {param}={pick}"
    )


def _best(hits: Sequence[Candidate], preferred: Iterable[str]) -> list[Candidate]:
    """The best-scored hits of the first preferred class that has any; else the best of all."""
    for cls in preferred:
        of_class = [h for h in hits if cls in h.types]
        if of_class:
            return _top(of_class)
    return _top(hits)


def _top(hits: Sequence[Candidate]) -> list[Candidate]:
    low = min(h.score for h in hits)
    return list({h.iri: h for h in hits if h.score == low}.values())


def _describe(hit: Candidate, prefixes: Mapping[str, str]) -> str:
    kinds = sorted({t.rsplit("#", 1)[-1] for t in hit.types if t.startswith(str(HG))})
    kind = f" ({', '.join(kinds)})" if kinds else ""
    return f"{hit.label}{kind} = {curie(hit.iri, prefixes)}"


def resolve(
    param_types: Mapping[str, str],
    values: Mapping[str, str],
    *,
    query_text: str = "",
    search: NameSearch | None = None,
) -> tuple[dict[str, str], dict[str, str]]:
    """The values with every ``iri`` parameter resolved, and the refusals by parameter name.

    ``param_types`` maps each parameter name to its declared type; values of
    other types, and of unknown parameters, pass unchanged for the catalogue
    to judge.
    """
    prefixes = prefixes_of(query_text)
    out: dict[str, str] = {}
    refused: dict[str, str] = {}
    for name, value in values.items():
        if param_types.get(name) != "iri" or not isinstance(value, str):
            out[name] = value
            continue
        try:
            out[name] = resolve_value(name, value, prefixes=prefixes, search=search)
        except NameNotResolved as exc:
            refused[name] = str(exc)
    return out, refused


def scheme_keys(scheme: str) -> tuple[str, ...]:
    """The keys of a vocabulary scheme's concepts, read when a value is first checked (not at every import)."""
    from hankegraafi.ontology import registry

    found = registry.schemes().get(scheme)
    return tuple(c.key for c in found.concepts) if found is not None else ()
