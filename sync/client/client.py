"""SyncClient: one till's conversation with HQ — push everything pending, then pull what changed.

Each call is synchronous and self-contained, so tests, the CLI and the background worker drive the same
code. Every outcome is recorded in the till database (last sync time, or the last error as one sentence),
so `freshtill sync status` in another process sees what the till's worker saw.
"""
from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

import httpx

from pos_app.storage import sync_repo
from pos_app.storage.clock import to_iso
from pos_app.storage.database import TillDatabase
from sync.client.credentials import Credentials
from sync.client.errors import SyncError
from sync.client.pull import PullReport, pull_changes
from sync.client.push import PushReport, push_pending
from sync.client.transport import CONNECT_TIMEOUT, READ_TIMEOUT, Transport
from sync.protocol import MAX_BATCH

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class SyncReport:
    push: PushReport
    pull: PullReport
    pending: int             # outbox events HQ has not acknowledged yet
    finished_at: str

    def as_json(self) -> dict:
        return {
            "pushed": self.push.sent, "acknowledged": self.push.acknowledged, "applied": self.push.applied,
            "duplicates": self.push.duplicates, "rejected": self.push.rejected, "acked_seq": self.push.acked_seq,
            "pulled": {"pages": self.pull.pages, "full": self.pull.full, "products": self.pull.products,
                       "delisted": self.pull.delisted, "users": self.pull.users, "stock": self.pull.stock,
                       "settings": self.pull.settings},
            "pending": self.pending, "last_sync_at": self.finished_at,
        }


class SyncClient:
    def __init__(self, *, db: TillDatabase, base_url: str, token: str, ca_pem: str = "",
                 connect_timeout: float = CONNECT_TIMEOUT, read_timeout: float = READ_TIMEOUT,
                 batch_size: int = MAX_BATCH, clock: Callable[[], datetime] | None = None,
                 http_transport: httpx.BaseTransport | None = None) -> None:
        if not 1 <= batch_size <= MAX_BATCH:
            raise ValueError(f"batch_size must be 1..{MAX_BATCH}")
        self.db = db
        self.batch_size = batch_size
        self._clock = clock or (lambda: datetime.now().astimezone())
        self.transport = Transport(base_url=base_url, token=token, ca_pem=ca_pem, connect_timeout=connect_timeout,
                                   read_timeout=read_timeout, http_transport=http_transport)

    @classmethod
    def from_credentials(cls, *, db: TillDatabase, credentials: Credentials, **options) -> "SyncClient":
        return cls(db=db, base_url=credentials.hq_url, token=credentials.token, ca_pem=credentials.ca_pem,
                   **options)

    def now(self) -> str:
        return to_iso(self._clock())

    def push_once(self) -> PushReport:
        return self._recorded(lambda: push_pending(db=self.db, transport=self.transport,
                                                   batch_size=self.batch_size, now=self.now))

    def pull_once(self) -> PullReport:
        return self._recorded(lambda: pull_changes(db=self.db, transport=self.transport))

    def sync_once(self) -> SyncReport:
        """Push all pending events, then pull; raises SyncError with nothing lost when HQ cannot be used."""
        def both() -> SyncReport:
            pushed = push_pending(db=self.db, transport=self.transport, batch_size=self.batch_size, now=self.now)
            pulled = pull_changes(db=self.db, transport=self.transport)
            with self.db.reading() as connection:
                pending = sync_repo.state(connection).pending
            return SyncReport(push=pushed, pull=pulled, pending=pending, finished_at=self.now())
        return self._recorded(both)

    def state(self) -> sync_repo.SyncState:
        with self.db.reading() as connection:
            return sync_repo.state(connection)

    def _recorded(self, work):
        try:
            result = work()
        except SyncError as error:
            message = str(error)
            self._record(lambda connection: sync_repo.record_error(connection, message=message, at=self.now()))
            raise
        self._record(lambda connection: sync_repo.record_success(connection, at=self.now()))
        return result

    def _record(self, write) -> None:
        # Bookkeeping only: if even this fails (disk full), the sync result itself still stands.
        try:
            with self.db.transaction() as connection:
                write(connection)
        except Exception:   # noqa: BLE001 — never let the status line break a sync
            log.exception("could not record the sync outcome")

    def close(self) -> None:
        self.transport.close()

    def __enter__(self) -> "SyncClient":
        return self

    def __exit__(self, *_exc) -> None:
        self.close()
