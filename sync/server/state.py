"""What one worker process keeps in memory to answer the common request without the database.

- `versions`: every scope's current change version, re-read every `refresh_s` (one tiny query). A stale
  value only delays a till's next change by that long, never skips it: the cursor moves only on real reads.
- `principals`: token hash → who it belongs to. Dropped whole whenever the "auth" version moves (a
  revocation or logout bumps it), so a revoked token stops working within one refresh interval.
- `seen`: when each till last pulled, written to the database in one statement per interval instead of
  one write per request.
- `feeds`: for each store this worker serves, a snapshot of its change feed (mirror.py), read in the same
  transaction as the versions, so incremental pulls are answered from memory too — only from a snapshot
  at least as new as every version this worker knows, so memory never answers older than the database
  would. A push this worker commits is applied to the snapshot at once when it directly follows it.
"""
from __future__ import annotations

import logging
import threading
import time
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Engine, bindparam, select, update

from sync.server import mirror
from sync.server.core.db import is_postgres, reading, snapshot, writing
from sync.server.core.security import now
from sync.server.crud import versions as versions_crud
from sync.server.models import tills, versions

log = logging.getLogger(__name__)
_MAX_PRINCIPALS = 200_000
_IDLE_FEED_S = 300.0        # a store nobody pulled for this long is no longer mirrored


@dataclass(frozen=True)
class Principal:
    kind: str                  # "till" | "user" | "metrics"
    till_id: str = ""
    store_id: str = ""
    user_id: str = ""
    role: str = ""
    expires_at: datetime | None = None


class WorkerState:
    def __init__(self, *, engine: Engine, refresh_s: float) -> None:
        self.engine = engine
        self.refresh_s = refresh_s
        self.versions: dict[str, int] = {}
        self.principals: dict[str, Principal | None] = {}
        self.seen: dict[str, datetime] = {}
        self.feeds: dict[str, mirror.StoreFeed] = {}
        self._watched: dict[str, float] = {}
        self._noted: dict[str, int] = {}
        self._auth_version: int | None = None
        self.auth_generation = 0            # bumped whenever `principals` is dropped (see remember)
        self._refreshing = threading.Lock()
        self._merge = threading.Lock()      # held only for dictionary work, never across database I/O
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._flush_every = max(1, round(2.0 / refresh_s))

    def start(self) -> None:
        self.refresh()
        self._thread = threading.Thread(target=self._run, name="hq-refresh", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout=5)
        self.flush_seen()

    def refresh(self) -> None:
        # The refresher thread and a request that just wrote (api/context.write) may both refresh.
        with self._refreshing:
            self._expire_feeds()
            stores = list(self._watched)
            with (snapshot if stores else reading)(self.engine) as connection:
                current = dict(connection.execute(select(versions.c.scope, versions.c.v)).all())
                # Revocations take effect now, not after the (possibly slow) feed mirroring below.
                auth = current.get(versions_crud.AUTH)
                if auth != self._auth_version:
                    self.forget_principals()
                    self._auth_version = auth
                    self._know_tills(connection)
                old = self.feeds
                behind = [store for store in stores if versions_crud.store_scope(store) in current
                          and self._stale(old.get(store), current[versions_crud.store_scope(store)])]
                fresh = mirror.advance(connection, old=old, stores=behind, current=current) if behind else {}
            catalog = current.get(versions_crud.CATALOG, 0)
            with self._merge:
                feeds = {}
                for store in self._watched:
                    # A push applied in memory meanwhile may have made the kept snapshot newer than the read.
                    mine, read = self.feeds.get(store), fresh.get(store)
                    best = read if mine is None or (read is not None and read.store >= mine.store) else mine
                    if best is not None:
                        feeds[store] = mirror.with_catalog(best, catalog)
                merged = dict(current)
                for scope, version in self._noted.items():
                    if version > merged.get(scope, -1):
                        merged[scope] = version
                self._noted = {scope: v for scope, v in self._noted.items() if v > current.get(scope, -1)}
                self.versions = merged
                self.feeds = feeds

    def _stale(self, feed: mirror.StoreFeed | None, version: int) -> bool:
        """Read again: unknown, behind the database, or ahead of it for no write of ours (a restored database)."""
        if feed is None or version > feed.store:
            return True
        return version < feed.store and self._noted.get(versions_crud.store_scope(feed.store_id), -1) < feed.store

    def watch(self, store_id: str) -> None:
        """Mirror this store's feed from the next refresh on (and keep it while its tills pull)."""
        self._watched[store_id] = time.monotonic()

    def _expire_feeds(self) -> None:
        idle = time.monotonic() - _IDLE_FEED_S
        for store in [store for store, used in self._watched.items() if used < idle]:
            del self._watched[store]

    def note(self, scope: str, version: int | None) -> None:
        """This worker just committed `version` of `scope`: its own tills see it without waiting for a refresh.
        Safe because a scope's versions commit in order, so every earlier one is committed too. Kept until a
        refresh reads a version at least as new, so a refresh that read before this commit cannot undo it."""
        if version is None:
            return
        with self._merge:
            if version > self._noted.get(scope, -1):
                self._noted[scope] = version
            if version > self.versions.get(scope, -1):
                self.versions = {**self.versions, scope: version}

    def pushed(self, *, store_id: str, version: int | None, deltas: dict[str, int] | None,
               acked: dict[str, int] | None) -> bool:
        """A group of pushes committed at `version` of the store — by this worker, or by another that told
        (peers.py; `deltas` None when the group was too big to describe): noted, and applied to the store's
        snapshot when that snapshot is at the version just before. False when it was not (another worker
        wrote the store in between): until the snapshot is read again, this worker's pulls of that store go
        to the database, so the caller refreshes soon rather than within refresh_s."""
        if version is None:
            return True
        with self._merge:
            feed = self.feeds.get(store_id)
            if feed is not None and feed.store >= version:    # a refresh or a notification got here first
                return True
            moved = deltas is not None and feed is not None and feed.store == version - 1
            if moved:
                self.feeds = {**self.feeds, store_id: mirror.with_push(feed, version=version, deltas=deltas,
                                                                       acked=acked)}
        self.note(versions_crud.store_scope(store_id), version)
        return moved or store_id not in self._watched

    def forget_principals(self) -> None:
        """A revocation or logout happened (here, or seen by the refresh): every cached token is re-read."""
        with self._merge:
            self.auth_generation += 1
            self.principals = {}

    def remember(self, token_hash: str, principal: Principal | None, *, generation: int) -> None:
        """Cache a lookup that started at `generation`. A lookup that began before a revocation and ends
        after it may have read the token as valid: it is not cached, or the revoked token would work on."""
        with self._merge:
            if generation != self.auth_generation:
                return
            if len(self.principals) >= _MAX_PRINCIPALS:
                self.principals = {}
            self.principals[token_hash] = principal

    def _know_tills(self, connection) -> None:
        """Every active till's token, read in one query when the worker starts and after each revocation:
        a till's first request on this worker is then answered in front of FastAPI like the rest, instead of
        a database lookup per till — after a restart, a thousand of them in the first second."""
        generation = self.auth_generation
        rows = connection.execute(select(tills.c.token_hash, tills.c.id, tills.c.store_id)
                                  .where(tills.c.revoked_at.is_(None)).limit(_MAX_PRINCIPALS // 2)).all()
        known = {key: Principal(kind="till", till_id=till_id, store_id=store_id) for key, till_id, store_id in rows}
        with self._merge:
            if generation == self.auth_generation:
                self.principals = {**known, **self.principals}

    def mark_seen(self, till_id: str) -> None:
        self.seen[till_id] = now()

    def flush_seen(self) -> None:
        seen, self.seen = self.seen, {}
        if not seen:
            return
        with writing(self.engine) as connection:
            if is_postgres(connection):
                # One statement instead of one per till: ~1 ms instead of ~30 ms of this worker's time per
                # 1,000 tills, and the till rows are locked (against pushes) for that long only.
                connection.exec_driver_sql(
                    "UPDATE tills SET last_seen = v.at FROM unnest(%s::text[], %s::timestamptz[]) AS v(tid, at) "
                    "WHERE tills.id = v.tid", (list(seen), list(seen.values())))
                return
            statement = update(tills).where(tills.c.id == bindparam("tid")).values(last_seen=bindparam("at"))
            connection.execute(statement, [{"tid": k, "at": v} for k, v in seen.items()])

    def _run(self) -> None:
        ticks = 0
        while not self._stop.wait(self.refresh_s):
            ticks += 1
            try:
                self.refresh()
                if ticks % self._flush_every == 0:
                    self.flush_seen()
            except Exception:   # a database hiccup must not kill the refresher; the next tick retries
                log.exception("refreshing versions failed")
