"""Settings, declared once with their defaults and help.

Every setting can be given as an environment variable ``HANKEGRAAFI_<NAME>``
(upper case) and, where the command line has an option for it, on the command
line; a test checks that the README documents every one of them.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any


class ConfigError(ValueError):
    """A setting has a value that cannot be used; the message names the setting."""


@dataclass(frozen=True)
class Setting:
    name: str
    default: Any
    help: str

    @property
    def env(self) -> str:
        return f"HANKEGRAAFI_{self.name.upper()}"


SETTINGS: tuple[Setting, ...] = (
    Setting("store", "hankegraafi-data", "Embedded store directory, or http(s) URL of a SPARQL 1.1 server."),
    Setting("base_iri", "https://w3id.org/hankegraafi/id/", "Base IRI of minted resources."),
    Setting("query_timeout", 30.0, "Seconds after which a query is stopped (503)."),
    Setting("max_rows", 10_000, "Most result rows returned before truncation."),
    Setting("max_request_bytes", 1_000_000, "Largest request body accepted (413 above)."),
    Setting("rate_limit", "120/minute", "Requests per client per period on public routes (429 above)."),
    Setting("update_token", "", "Bearer token for the update and ingest routes; empty disables them."),
    Setting("max_document_bytes", 20_000_000, "Largest source document ingest reads."),
    Setting("publish_person_names", False, "Whether person names are put in published graphs."),
    Setting("query_workers", 2, "Worker processes that run queries (each killable at the deadline)."),
    Setting("remote_timeout", 30.0, "Seconds to wait for a remote SPARQL server."),
    Setting("remote_retries", 2, "Retries for a remote SPARQL server that does not answer."),
    Setting("update_timeout", 300.0, "Seconds after which an authenticated update or graph upload is stopped."),
    Setting("http_threads", 8, "Request threads of the one web server process (queries run in query_workers)."),
    Setting(
        "result_cache_seconds",
        300,
        "Seconds a query result is reused while the store is unchanged; 0 disables.",
    ),
    Setting(
        "cors_origin", "*", "Access-Control-Allow-Origin sent on /sparql and /queries; empty disables CORS."
    ),
    Setting(
        "query_memory_mb",
        2048,
        "Address space of one query worker in MiB; a query that needs more fails alone (503). 0 disables.",
    ),
    Setting(
        "slow_query_seconds",
        1.0,
        "A query running longer moves to the slow lane, and a fresh worker takes new queries.",
    ),
    Setting("slow_lane", 2, "Most slow queries running at once (503 above)."),
    Setting("slow_lane_per_client", 1, "Most slow queries of one client address running at once (503 above)."),
    Setting(
        "max_result_bytes",
        50_000_000,
        "Largest serialised answer handed out at once (503 result-too-large above); 0 disables.",
    ),
    Setting(
        "max_connections_per_client",
        64,
        "Open connections one client address may hold; more are closed as they come.",
    ),
    Setting("max_connections", 1000, "Open client connections the web server keeps at once."),
    Setting("client_timeout", 30.0, "Seconds an idle client connection is kept open."),
    Setting(
        "public_url",
        "",
        "Site root (scheme://host[:port]) of every absolute URL the server writes; "
        "default http://HOST:PORT of serve. The Host header is never used.",
    ),
    Setting(
        "publisher_type",
        "",
        "The publisher's type in the dataset description: a code of the ADMS publisher type vocabulary "
        "(e.g. NationalAuthority, LocalAuthority, NonGovernmentalOrganisation); empty leaves it out.",
    ),
)

_BY_NAME = {s.name: s for s in SETTINGS}


def _coerce(setting: Setting, raw: Any) -> Any:
    default = setting.default
    if raw is None:
        return default
    try:
        if isinstance(default, bool):
            if isinstance(raw, bool):
                return raw
            text = str(raw).strip().lower()
            if text in {"1", "true", "yes", "on", "kyllä"}:
                return True
            if text in {"0", "false", "no", "off", "ei", ""}:
                return False
            raise ValueError(raw)
        if isinstance(default, int):
            value = int(raw)
            if value < 0:
                raise ValueError(raw)
            return value
        if isinstance(default, float):
            value = float(raw)
            if value <= 0:
                raise ValueError(raw)
            return value
    except (TypeError, ValueError) as exc:
        raise ConfigError(
            f"setting {setting.name} ({setting.env}): cannot use {raw!r} (expected {type(default).__name__})"
        ) from exc
    return str(raw)


@dataclass(frozen=True)
class Config:
    """Resolved settings: defaults, then environment, then explicit overrides."""

    values: Mapping[str, Any] = field(default_factory=dict)

    def __getattr__(self, name: str) -> Any:
        try:
            return self.values[name]
        except KeyError:
            raise AttributeError(name) from None

    @classmethod
    def load(
        cls, overrides: Mapping[str, Any] | None = None, environ: Mapping[str, str] | None = None
    ) -> Config:
        env = os.environ if environ is None else environ
        resolved: dict[str, Any] = {}
        for setting in SETTINGS:
            raw = env.get(setting.env)
            resolved[setting.name] = _coerce(setting, raw)
        for key, raw in (overrides or {}).items():
            if raw is None:
                continue
            if key not in _BY_NAME:
                raise ConfigError(f"unknown setting {key!r}")
            resolved[key] = _coerce(_BY_NAME[key], raw)
        if not str(resolved["base_iri"]).endswith(("/", "#")):
            raise ConfigError("setting base_iri must end with '/' or '#'")
        return cls(values=resolved)

    def replace(self, **changes: Any) -> Config:
        return Config.load({**self.values, **changes}, environ={})

    @property
    def store_is_remote(self) -> bool:
        return str(self.store).startswith(("http://", "https://"))

    @property
    def store_path(self) -> Path:
        return Path(str(self.store)).expanduser()


__all__ = ["SETTINGS", "Config", "ConfigError", "Setting"]
