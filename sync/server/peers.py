"""Workers telling each other what their pushes changed (PostgreSQL LISTEN/NOTIFY), so every worker's store
snapshots (mirror.py) move on with every group of pushes, not only with its own.

Without it a worker learns another worker's pushes only from its refresh, every 100 ms; in between, its
pulls of that store go to the database (~5 ms each instead of ~0.3 ms from memory), which made two
workers slower than one under 1,000 tills. Now each group's transaction ends with a NOTIFY carrying, per
store, the new version, the summed stock deltas and the tills' acked sequences — what the committing
worker applies to its own snapshot. PostgreSQL delivers notifications only on commit, in commit order,
and a store's versions commit in order (its version row is locked), so a listening worker applies each
one on top of the version just before it — its own groups' too, which it skips when its committer got
there first, and which fill in after another worker's group it heard of only after its own commit. One
it cannot apply — the snapshot is behind by more than one group, or the group was too big to describe in
a notification — makes it read the store again, as before. A lost listener connection only brings back
the 100 ms refresh until it reconnects.

The channel is named after the database and schema, so HQs sharing a PostgreSQL server never hear each
other.
"""
from __future__ import annotations

import hashlib
import logging
import threading
from weakref import WeakKeyDictionary

import orjson
import psycopg
from sqlalchemy import Connection, Engine

from sync.server.committer import mirror_update

log = logging.getLogger(__name__)
MAX_PAYLOAD = 7900          # PostgreSQL refuses a notification payload of 8,000 bytes or more
_channels: WeakKeyDictionary = WeakKeyDictionary()


def channel(engine: Engine, execute) -> str:
    """`execute(sql)` returns the first row of a query, on any connection of `engine`'s database."""
    known = _channels.get(engine)
    if known is None:
        database, schema = execute("SELECT current_database(), current_schema()")
        known = _channels[engine] = "freshtill_push_" + hashlib.sha256(f"{database}/{schema}".encode()).hexdigest()[:24]
    return known


def announce(connection: Connection, batches: list) -> None:
    """The committer's before-commit hook: one notification per store the group moved."""
    name = channel(connection.engine, lambda sql: connection.exec_driver_sql(sql).one())
    messages = []
    for store_id, change in mirror_update(batches).items():
        message = orjson.dumps({"store": store_id, **change})
        if len(message) > MAX_PAYLOAD:
            message = orjson.dumps({"store": store_id, "version": change["version"]})
        messages.append(message.decode())
    # One statement for all: it runs while the group holds its stores' version rows.
    connection.exec_driver_sql("SELECT pg_notify(%s, m) FROM unnest(%s::text[]) WITH ORDINALITY AS t(m, n) "
                               "ORDER BY n", (name, messages))


class PeerListener:
    """A thread of one worker applying every worker's notifications to its WorkerState."""

    def __init__(self, *, engine: Engine, state, wait_s: float = 0.05) -> None:
        self._engine = engine
        self._state = state
        self._wait_s = wait_s
        self._stop = threading.Event()
        self.ready = threading.Event()          # listening (tests wait for it before pushing)
        self._thread = threading.Thread(target=self._run, name="hq-peers", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        self._thread.join(timeout=5)

    def _run(self) -> None:
        while not self._stop.is_set():
            try:
                self._listen()
            except Exception:     # the database went away: the 100 ms refresh covers until we are back
                log.warning("listening for other workers' pushes failed; retrying", exc_info=True)
                self.ready.clear()
                self._stop.wait(1.0)

    def _listen(self) -> None:
        # A connection of its own, outside the pool: it waits in LISTEN for the worker's whole life.
        args, params = self._engine.dialect.create_connect_args(self._engine.url)
        with psycopg.connect(*args, **params, autocommit=True) as raw:
            name = channel(self._engine, lambda sql: raw.execute(sql).fetchone())
            raw.execute(f'LISTEN "{name}"')
            self.ready.set()
            while not self._stop.is_set():
                behind = False
                # Notifications are applied as they come; a refresh, if one is needed, once per wait.
                for notice in raw.notifies(timeout=self._wait_s):
                    behind |= not self._apply(orjson.loads(notice.payload))
                if behind:
                    self._state.refresh()

    def _apply(self, message: dict) -> bool:
        """False when this worker must read the store again to be up to date."""
        if "deltas" not in message:
            return self._state.pushed(store_id=message["store"], version=message["version"], deltas=None, acked=None)
        return self._state.pushed(store_id=message["store"], version=message["version"],
                                  deltas=message["deltas"], acked=message["acked"])
