"""Outputs: what a project made or procured, with its count and type ("hankittiin 12 kpl
etätutkimusvälineitä"), and one output stated twice (summary and list) merged into one.
Split out of goals.py (stop 50) to keep that module under the 600-line limit; goals.py
calls :func:`add_output` for each chunk of an outputs or achievements section."""

from __future__ import annotations

import re

from hankegraafi.ingest import cues
from hankegraafi.ingest.facts.goalnames import norm
from hankegraafi.ingest.facts.model import Output, Project
from hankegraafi.ingest.facts.placeholders import placeholder
from hankegraafi.ingest.facts.text import BULLET, Chunk, quantities


def output_type(text: str) -> str:
    """The output type an output's text names: the first by rank whose cues it has (``output-type``
    in ``ontology/vocab/kinds.ttl``), else ``other``."""
    for key, pattern in cues.ranked("output-type"):
        if pattern.search(text):
            return key
    return "other"


def add_output(chunk: Chunk, project: Project) -> None:
    text = BULLET.sub("", chunk.text).strip()
    if len(text) < 8 or text.endswith(":") or placeholder(text):
        return
    found = quantities(text)
    if not found:
        if chunk.bullet:
            project.outputs.append(Output(text[:500], output_type(text), None, None, chunk.span))
        return
    for quantity, unit in found:
        project.outputs.append(Output(text[:500], output_type(text), quantity, unit, chunk.span))


def _words(text: str) -> list[str]:
    return re.findall(r"[a-zåäö]+", norm(text))


#: Word beginnings too common in outputs to tell two outputs apart.
_COMMON_STEMS = ("hank", "palvelu", "toteut", "kehit", "yhteens", "alueell", "kappale")


def _counted_stems(output: Output) -> set[str]:
    words = _words(f"{output.description} {output.unit or ''}")
    return {w for w in words if len(w) >= 6 and not w.startswith(_COMMON_STEMS)}


def _common_prefix(x: str, y: str) -> int:
    n = 0
    while n < min(len(x), len(y)) and x[n] == y[n]:
        n += 1
    return n


def _same_count(a: Output, b: Output) -> bool:
    """Two statements of one output: the same text, or the same number and unit (or "kpl") of
    things named alike."""
    if a.quantity != b.quantity:
        return False
    if norm(a.description) == norm(b.description):
        return True
    if a.quantity is None:
        return False
    units = {(a.unit or "").lower(), (b.unit or "").lower()}
    if len(units) > 1 and "kpl" not in units:
        return False
    for x in _counted_stems(a):
        for y in _counted_stems(b):
            common = _common_prefix(x, y)
            if common >= 7 or (common >= 6 and common >= 0.75 * min(len(x), len(y))):
                return True
    return False


def merge_outputs(outputs: list[Output]) -> list[Output]:
    """One count stated in a summary and in the list ("hankittiin 12 kpl etätutkimusvälineitä",
    "Etätutkimusvälineet 12 kpl") is one output, so that sums by type count it once."""
    out: list[Output] = []
    for output in outputs:
        for seen in out:
            if _same_count(seen, output):
                seen.restated.append(output.span)
                # The type from the statement about this one thing (a list item), unless it says less
                # than the other ("Liikkuvat yksiköt 2 kpl" is "other", "hankittiin 2 yksikköä" procurement).
                shorter = len(output.description) < len(seen.description)
                if output.type != "other" and (seen.type == "other" or shorter):
                    seen.type = output.type
                break
        else:
            out.append(output)
    return out
