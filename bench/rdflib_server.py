"""The peer Python endpoint: rdflib-endpoint (FastAPI, uvicorn) over an in-memory rdflib Dataset.

``python -m bench.rdflib_server DATA.nq PORT`` — loopback only, one process,
the default graph as the union of the named graphs (as ours).
"""

from __future__ import annotations

import logging
import sys
import time

import uvicorn
from rdflib import Dataset
from rdflib_endpoint import SparqlEndpoint

log = logging.getLogger(__name__)


def main() -> None:
    data, port = sys.argv[1], int(sys.argv[2])
    started = time.perf_counter()
    dataset = Dataset(default_union=True)
    dataset.parse(data, format="nquads")
    logging.basicConfig(level=logging.INFO)
    log.info("loaded %d quads from %s in %.1f s", len(dataset), data, time.perf_counter() - started)
    app = SparqlEndpoint(graph=dataset, title="rdflib-endpoint peer")
    uvicorn.run(app, host="127.0.0.1", port=port, log_level="warning", access_log=False)


if __name__ == "__main__":
    main()
