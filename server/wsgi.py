"""``hankegraafi serve``: the app under gunicorn, one web process with threads.

One web process (gthread, ``http_threads`` threads) owns the query pool, the
rate-limit buckets and the result cache; the CPU-heavy work happens in the
pool's worker processes, so one web process is not the bottleneck (see
server/README.md). Flask's own server and debug mode are never used.
"""

from __future__ import annotations

import logging
from typing import Any

from gunicorn.app.base import BaseApplication

from hankegraafi.config import Config

log = logging.getLogger(__name__)


class _Gunicorn(BaseApplication):  # type: ignore[misc]
    def __init__(self, config: Config, host: str, port: int) -> None:
        self.hg_config = config
        self.bind = f"[{host}]:{port}" if ":" in host else f"{host}:{port}"
        super().__init__()

    def load_config(self) -> None:
        threads = max(2, int(self.hg_config.http_threads))
        settings: dict[str, Any] = {
            "bind": self.bind,
            "workers": 1,
            "worker_class": "gthread",
            "threads": threads,
            # gthread keeps the heartbeat on its own thread, so this only catches a
            # hung web process; queries are stopped by the pool at query_timeout.
            "timeout": int(float(self.hg_config.query_timeout) + 60),
            "graceful_timeout": 10,
            "limit_request_line": 8190,
            "accesslog": "-",
            "errorlog": "-",
            "loglevel": "info",
            "proc_name": "hankegraafi",
        }
        for key, value in settings.items():
            self.cfg.set(key, value)

    def load(self) -> Any:
        from hankegraafi.server.app import create_app

        return create_app(self.hg_config)


def serve(config: Config, host: str, port: int) -> None:
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    log.info("serving %s on http://%s:%d/sparql", config.store, host, port)
    _Gunicorn(config, host, port).run()
