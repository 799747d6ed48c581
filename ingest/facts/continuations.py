"""Continuations: a project that continues an earlier one ("jatkoa X-hankkeelle") or is continued.

The other project is a node of its own (unlinked until a vocabulary knows it). A
continuation links whole projects: one stated inside an investment or a sub-project
belongs to the top-level project, and a reference to the project's own name (its
earlier phases) is none.
"""

from __future__ import annotations

import re

from hankegraafi.ingest.facts.context import Context, Family
from hankegraafi.ingest.facts.model import Continuation, Project
from hankegraafi.ingest.facts.names import names_itself, own_names
from hankegraafi.ingest.facts.text import Chunk

CONT_CUE = re.compile(r"\bjatkuu\b|\bjatketaan\b|jatkokehittämistä toteutetaan|\bjatkaa\b|\bjatkoa\b", re.I)


def _continuation(ctx: Context, sentence: str, chunk: Chunk, project: Project) -> None:
    if not CONT_CUE.search(sentence):
        return
    # A project continues or is continued as a whole, whichever part of it the sentence is in.
    top = project
    while top.parent is not None:
        top = top.parent
    for name, _start, _end, case in ctx.names.project_refs(sentence):
        if names_itself(name, own_names(project)):
            continue  # "jatketaan Kestävän kasvun hankkeen aiemmissa vaiheissa aloitettua työtä"
        predecessor = (
            bool(re.search(r"jatkoa\b|aloitettu|jatkaa\b", sentence, re.I)) and case != "hankkeessa"
        ) or bool(re.search(r"jatkoa\b", sentence, re.I))
        if re.search(r"jatkaa\b.*aloitettu", sentence, re.I):
            predecessor = True
        entry = ctx.gaz.lookup(name)
        if entry is None or entry.type != "programme":
            entry = ctx.names.unlinked(name, "project")
        else:
            continue
        direction = "predecessor" if predecessor else "successor"
        if any(c.other is entry for c in top.continuations):
            continue
        top.continuations.append(Continuation(entry, direction, chunk.span))


FAMILY = Family("continuations", sentence=_continuation)
