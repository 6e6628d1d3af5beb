"""HQ settings: one frozen object, read from `FRESHTILL_HQ_*` environment variables and CLI flags.

Workers started by uvicorn rebuild the same Settings from the environment (`to_env` / `from_env`), so the
command line, tests and benchmarks all describe a server the same way.
"""
from __future__ import annotations

import ipaddress
import os
from collections.abc import Mapping
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path

from sync.server.core.errors import HqError

PREFIX = "FRESHTILL_HQ_"
DB_NAME = "hq.sqlite"

# Environment name → (field, parser). Flags override these; these override the defaults.
_ENV = {
    "DB": ("database_url", str),
    "REPLICA_DB": ("replica_url", str),
    "DATA_DIR": ("data_dir", Path),
    "HOST": ("host", str),
    "PORT": ("port", int),
    "WORKERS": ("workers", int),
    "TLS_CERT": ("tls_cert", Path),
    "TLS_KEY": ("tls_key", Path),
    "TLS_CA": ("tls_ca", Path),
    "DEV_HTTP": ("dev_http", lambda text: text.strip().lower() in ("1", "true", "yes", "on")),
    "METRICS_TOKEN": ("metrics_token", str),
    "POOL_SIZE": ("pool_size", int),
    "NIGHTLY_HOUR": ("nightly_hour", int),
    "NIGHTLY_PROCESSES": ("nightly_processes", int),
}


def default_data_dir() -> Path:
    """`<till data dir>/hq`, so one FRESHTILL_DATA_DIR holds a demo's till and HQ side by side."""
    from pos_app.storage.db import data_dir
    return data_dir() / "hq"


@dataclass(frozen=True)
class Settings:
    data_dir: Path = field(default_factory=default_data_dir)
    database_url: str = ""            # empty: SQLite file hq.sqlite in data_dir
    replica_url: str = ""             # read-only copy for report reads; the primary when empty
    host: str = "127.0.0.1"
    port: int = 8443
    workers: int = 0                  # 0: one for SQLite (a single writer anyway), the CPU count otherwise
    tls_cert: Path | None = None      # both empty: a local CA and server certificate are made in data_dir/tls
    tls_key: Path | None = None
    tls_ca: Path | None = None        # the CA a till should pin (sent at enrollment); the generated one by default
    dev_http: bool = False            # plain HTTP, allowed only on a loopback host
    metrics_token: str = ""           # a bearer token Prometheus may use for /metrics besides admin sessions
    pool_size: int = 10
    max_body: int = 8 * 1024 * 1024
    enroll_code_ttl_s: int = 24 * 3600
    session_ttl_s: int = 12 * 3600
    refresh_s: float = 0.1            # how often a worker re-reads versions and revocations
    nightly_hour: int = -1            # hour of day (HQ's local time) of the forecasting job; -1: not scheduled
    nightly_processes: int = 2        # worker processes that fit the forecasts

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None, **overrides) -> Settings:
        environ = os.environ if environ is None else environ
        values = {}
        for name, (attribute, parse) in _ENV.items():
            text = environ.get(PREFIX + name)
            if text:
                try:
                    values[attribute] = parse(text)
                except ValueError:
                    raise HqError(f"{PREFIX + name}={text!r} is not a valid value.") from None
        values.update({key: value for key, value in overrides.items() if value is not None})
        return cls(**values)

    def to_env(self) -> dict[str, str]:
        """The environment that makes `from_env` rebuild these settings in a worker process."""
        values = asdict(self)
        env = {}
        for name, (attribute, _parse) in _ENV.items():
            value = values[attribute]
            if value is None or value == "":
                continue
            env[PREFIX + name] = ("1" if value else "0") if isinstance(value, bool) else str(value)
        return env

    def with_(self, **changes) -> Settings:
        return replace(self, **changes)

    @property
    def db_url(self) -> str:
        return self.database_url or f"sqlite:///{Path(self.data_dir) / DB_NAME}"

    @property
    def effective_workers(self) -> int:
        if self.workers > 0:
            return self.workers
        return 1 if self.db_url.startswith("sqlite") else max(1, os.cpu_count() or 1)

    @property
    def scheme(self) -> str:
        return "http" if self.dev_http else "https"

    def check_transport(self) -> None:
        """Plain HTTP only with the development flag and only on loopback: tokens must never cross a LAN in clear."""
        if self.dev_http and not is_loopback(self.host):
            raise HqError(f"Plain HTTP (--dev-http) is allowed only on a loopback host such as 127.0.0.1, "
                          f"not {self.host}; serve HTTPS instead.")
        if (self.tls_cert is None) != (self.tls_key is None):
            raise HqError("Give both the TLS certificate and its key, or neither (a local CA is then generated).")


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False
