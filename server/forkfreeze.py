"""Imported last by the fork server (``poolprocs``' preload list): what it imported is frozen.

The fork server imports the children's code once and forks every query worker and writer from it,
so a child shares those pages with it until it writes one. Python's collector writes to every
object it walks: a child's first full collection copied the pages of the whole preloaded heap
(the modules, rdflib, the ontology code) into the child, though it never changes them. Moved to
the permanent generation (``gc.freeze``), they are walked by no child's collector and stay
shared: at 10^6 triples a worker that had run a query held 52 MB of its own (USS) and 41 MB
frozen (stop 52, bench/results/2026-12-07-vm-serve-memory-freeze-1e6.md). Nothing else imports
this module: the web process's own objects are not frozen here.
"""

from __future__ import annotations

import gc

gc.collect()
gc.freeze()
