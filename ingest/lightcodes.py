"""Dimensions written as codes of the document's own: "Koodit: AT = aikataulu, KU = kustannukset, HE =
henkilöstö" over "AT-V  KU-K  HE-V", "SCH schedule, CST costs, STF staffing" over "SCH=G|CST=A|STF=G".

A register export or a compact report names each dimension by a short code its legend explains and glues the
code to the value's mark. The class: a legend line that gives three codes or more, each explained by a word or
phrase that names a dimension (``lightdims.dimension_of``); then a line of two coded values or more, each code
joined to its mark by "-", "=" or ":", the mark read under the document's legend of values. A code no
legend explains is no dimension ("EU-rahoitus", "ICT-laitteet" are words).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from contextvars import ContextVar

from hankegraafi.ingest.lightdims import dimension_of

#: Code → dimension of the document's legend of dimension codes, while it is segmented.
CODES: ContextVar[dict[str, str]] = ContextVar("light_codes", default={})  # noqa: B039 - never mutated
#: "AT = aikataulu", "SCH schedule", "KU: kustannukset", "RSK – risks": a code and the words it stands for.
_CODE_PAIR = re.compile(
    r"(?<![\w-])(?P<code>[A-ZÄÖÅ]{2,4})\s*(?:=|:|–|-)?\s+(?P<word>[^\W\d_][^\W\d_ ]*(?:\s[^\W\d_]+)?)"
    r"(?=\s*(?:[,;.)]|$))"
)
#: A coded value: "AT-V", "SCH=G", "KU: K".
_CODED = re.compile(r"(?<![\w-])(?P<code>[A-ZÄÖÅ]{2,4})\s*[-=:]\s*(?P<mark>[^\s|,;·/]{1,4})(?=[\s|,;·/]|$)")


def dimension_codes(lines: Iterable[str]) -> dict[str, str]:
    """Code → dimension of the document's first line that explains three dimension codes or more."""
    for line in lines:
        if len(line) > 400 or line.count(",") + line.count("=") < 2:
            continue  # three codes at least, parted by commas or each with its "="
        found = {m.group("code"): dimension_of(m.group("word")) for m in _CODE_PAIR.finditer(line)}
        meant = {code: dim for code, dim in found.items() if dim}
        if len(meant) >= 3 and len(set(meant.values())) == len(meant):
            return meant
    return {}


def coded_lights(text: str, value: object) -> list[tuple[str, str]]:
    """(dimension, value) of a line of coded values ("AT-V  KU-K", "SCH=G|CST=A") under the document's codes;
    ``value`` reads a mark (``lightvalues.strict_value``). Two coded values at least, each dimension once."""
    codes = CODES.get()
    if not codes or len(text) > 300:
        return []
    out: list[tuple[str, str]] = []
    for m in _CODED.finditer(text):
        dim = codes.get(m.group("code"))
        said = value(m.group("mark")) if dim and callable(value) else None
        if dim and said in ("on-plan", "deviation") and not any(dim == d for d, _ in out):
            out.append((dim, str(said)))
    return out if len(out) >= 2 else []


__all__ = ["CODES", "coded_lights", "dimension_codes"]
