"""Settings, declared once with their types, defaults and help.

Every setting can be given as an environment variable ``HANKEGRAAFI_<NAME>``
(upper case) and, where the command line has an option for it, on the command
line; a test checks that the README documents every one of them.

This module sits below every layer that reads it (store, ingest, server, the
command line) and imports nothing of the project, so that ``store/`` need not
import the command line to learn its settings (tests/test_architecture.py
checks it). ``Config`` is a frozen dataclass with one typed attribute per
setting, so readers need no casts; ``SETTINGS`` is read from the same fields.
"""

from __future__ import annotations

import dataclasses
import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

#: What a setting's value can be.
Value = str | int | float | bool


class ConfigError(ValueError):
    """A setting has a value that cannot be used; the message names the setting."""


@dataclass(frozen=True)
class Setting:
    name: str
    default: Value
    help: str

    @property
    def env(self) -> str:
        return f"HANKEGRAAFI_{self.name.upper()}"


def _help(text: str) -> dict[str, str]:
    return {"help": text}


@dataclass(frozen=True)
class Config:
    """Resolved settings: defaults, then environment, then explicit overrides (``Config.load``)."""

    store: str = field(
        default="hankegraafi-data",
        metadata=_help("Embedded store directory, or http(s) URL of a SPARQL 1.1 server."),
    )
    base_iri: str = field(
        default="https://w3id.org/hankegraafi/id/", metadata=_help("Base IRI of minted resources.")
    )
    query_timeout: float = field(default=30.0, metadata=_help("Seconds after which a query is stopped (503)."))
    max_rows: int = field(default=10_000, metadata=_help("Most result rows returned before truncation."))
    max_request_bytes: int = field(
        default=1_000_000, metadata=_help("Largest request body accepted (413 above).")
    )
    rate_limit: str = field(
        default="120/minute", metadata=_help("Requests per client per period on public routes (429 above).")
    )
    update_token: str = field(
        default="", metadata=_help("Bearer token for the update and ingest routes; empty disables them.")
    )
    max_document_bytes: int = field(default=20_000_000, metadata=_help("Largest source document ingest reads."))
    publish_person_names: bool = field(
        default=False, metadata=_help("Whether person names are put in published graphs.")
    )
    query_workers: int = field(
        default=2, metadata=_help("Worker processes that run queries (each killable at the deadline).")
    )
    remote_timeout: float = field(default=30.0, metadata=_help("Seconds to wait for a remote SPARQL server."))
    remote_retries: int = field(
        default=2, metadata=_help("Retries for a remote SPARQL server that does not answer.")
    )
    update_timeout: float = field(
        default=300.0, metadata=_help("Seconds after which an authenticated update or graph upload is stopped.")
    )
    http_threads: int = field(
        default=8,
        metadata=_help("Request threads of the one web server process (queries run in query_workers)."),
    )
    result_cache_seconds: int = field(
        default=300,
        metadata=_help("Seconds a query result is reused while the store is unchanged; 0 disables."),
    )
    cors_origin: str = field(
        default="*",
        metadata=_help("Access-Control-Allow-Origin sent on /sparql and /queries; empty disables CORS."),
    )
    query_memory_mb: int = field(
        default=2048,
        metadata=_help(
            "Address space of one query worker in MiB; a query that needs more fails alone (503). 0 disables."
        ),
    )
    slow_query_seconds: float = field(
        default=1.0,
        metadata=_help("A query running longer moves to the slow lane, and a fresh worker takes new queries."),
    )
    slow_lane: int = field(default=2, metadata=_help("Most slow queries running at once (503 above)."))
    slow_lane_per_client: int = field(
        default=1, metadata=_help("Most slow queries of one client address running at once (503 above).")
    )
    max_result_bytes: int = field(
        default=50_000_000,
        metadata=_help(
            "Largest serialised answer handed out at once (503 result-too-large above); 0 disables."
        ),
    )
    max_connections_per_client: int = field(
        default=64,
        metadata=_help("Open connections one client address may hold; more are closed as they come."),
    )
    max_connections: int = field(
        default=1000, metadata=_help("Open client connections the web server keeps at once.")
    )
    client_timeout: float = field(
        default=30.0, metadata=_help("Seconds an idle client connection is kept open.")
    )
    derive_at_start: bool = field(
        default=True,
        metadata=_help(
            "Whether serve rebuilds a stale store's derived graphs at start, in the background beside the readers."
        ),
    )
    public_url: str = field(
        default="",
        metadata=_help(
            "Site root (scheme://host[:port]) of every absolute URL the server writes; default http://HOST:PORT of serve. The Host header is never used."
        ),
    )
    publisher_type: str = field(
        default="",
        metadata=_help(
            "The publisher's type in the dataset description: a code of the ADMS publisher type vocabulary (e.g. NationalAuthority, LocalAuthority, NonGovernmentalOrganisation); empty leaves it out."
        ),
    )
    publisher: str = field(
        default="",
        metadata=_help(
            "IRI (or name) of the publishing organisation; curation decisions are attributed to it unless --by names someone else. Empty: the dataset's publisher node <base>publisher."
        ),
    )
    review_users: str = field(
        default="",
        metadata=_help(
            "Users of /review as 'name:sha256-of-password' pairs separated by commas; empty: the update token is the one login (user name 'publisher')."
        ),
    )

    @classmethod
    def load(
        cls, overrides: Mapping[str, object] | None = None, environ: Mapping[str, str] | None = None
    ) -> Config:
        env = os.environ if environ is None else environ
        resolved: dict[str, Any] = {}  # each value coerced to its field's type by _coerce
        for setting in SETTINGS:
            resolved[setting.name] = _coerce(setting, env.get(setting.env))
        for key, raw in (overrides or {}).items():
            if raw is None:
                continue
            if key not in _BY_NAME:
                raise ConfigError(f"unknown setting {key!r}")
            resolved[key] = _coerce(_BY_NAME[key], raw)
        if not str(resolved["base_iri"]).endswith(("/", "#")):
            raise ConfigError("setting base_iri must end with '/' or '#'")
        return cls(**resolved)

    @property
    def values(self) -> dict[str, Value]:
        """Every setting by name (to hand the settings to a worker process)."""
        return {s.name: getattr(self, s.name) for s in SETTINGS}

    def replace(self, **changes: object) -> Config:
        return Config.load({**self.values, **changes}, environ={})

    @property
    def store_is_remote(self) -> bool:
        return self.store.startswith(("http://", "https://"))

    @property
    def store_path(self) -> Path:
        return Path(self.store).expanduser()


def _declared(f: dataclasses.Field[Any]) -> Setting:
    if not isinstance(f.default, str | int | float | bool):
        raise TypeError(f"setting {f.name} needs a default of type str, int, float or bool")
    return Setting(f.name, f.default, f.metadata["help"])


SETTINGS: tuple[Setting, ...] = tuple(_declared(f) for f in dataclasses.fields(Config))
_BY_NAME = {s.name: s for s in SETTINGS}


def _coerce(setting: Setting, raw: object) -> Value:
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
            value = int(raw) if isinstance(raw, int | float) else int(str(raw))
            if value < 0:
                raise ValueError(raw)
            return value
        if isinstance(default, float):
            number = float(raw) if isinstance(raw, int | float) else float(str(raw))
            if number <= 0:
                raise ValueError(raw)
            return number
    except (TypeError, ValueError) as exc:
        raise ConfigError(
            f"setting {setting.name} ({setting.env}): cannot use {raw!r} (expected {type(default).__name__})"
        ) from exc
    return str(raw)


__all__ = ["SETTINGS", "Config", "ConfigError", "Setting", "Value"]
