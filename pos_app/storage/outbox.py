"""The outbox: events for HQ written in the same transaction as the change they describe.

Each event has a uuid (HQ's idempotency key) and a contiguous sequence number (its order per till).
"""
from __future__ import annotations

import json
import uuid as uuidlib

from sqlalchemy import Connection

from pos_app.storage.clock import now_iso


def append(connection: Connection, *, kind: str, payload: dict, event_id: str | None = None) -> int:
    cursor = connection.exec_driver_sql(
        "INSERT INTO outbox (uuid, kind, payload, created_at) VALUES (?, ?, ?, ?)",
        (event_id or str(uuidlib.uuid4()), kind, json.dumps(payload, ensure_ascii=False, sort_keys=True),
         now_iso()))
    return cursor.lastrowid


def pending(connection: Connection, *, limit: int = 500) -> list[dict]:
    rows = connection.exec_driver_sql(
        "SELECT seq, uuid, kind, payload, created_at FROM outbox WHERE sent_at IS NULL ORDER BY seq LIMIT ?",
        (limit,)).all()
    return [{"seq": r[0], "uuid": r[1], "kind": r[2], "payload": json.loads(r[3]), "created_at": r[4]}
            for r in rows]


def pending_count(connection: Connection) -> int:
    return connection.exec_driver_sql("SELECT count(*) FROM outbox WHERE sent_at IS NULL").scalar_one()
