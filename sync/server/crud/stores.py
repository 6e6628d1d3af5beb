"""Stores, their settings and closed business days."""
from __future__ import annotations

import json
import re

from sqlalchemy import Connection, select

from sync.server.core.db import upsert
from sync.server.core.errors import Conflict, HqError, NotFound
from sync.server.core.security import now
from sync.server.crud import audit, versions
from sync.server.models import closed_days, store_settings, stores

_STORE_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$")
_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def create_store(*, connection: Connection, store_id: str, name: str, actor: str = "cli") -> dict:
    if not _STORE_ID.match(store_id):
        raise HqError(f"Store id {store_id!r}: use 1–64 letters, digits, '.', '_' or '-'.")
    if get_store(connection=connection, store_id=store_id, missing_ok=True):
        raise Conflict(f"Store {store_id} already exists.")
    connection.execute(stores.insert().values(id=store_id, name=name, created_at=now()))
    versions.create(connection, scope=versions.store_scope(store_id))
    audit.record(connection, actor=actor, action="store.create", target=store_id, detail=name)
    return {"id": store_id, "name": name}


def get_store(*, connection: Connection, store_id: str, missing_ok: bool = False) -> dict | None:
    row = connection.execute(select(stores.c.id, stores.c.name).where(stores.c.id == store_id)).first()
    if row is None and not missing_ok:
        raise NotFound(f"There is no store {store_id}.")
    return None if row is None else {"id": row.id, "name": row.name}


def list_stores(*, connection: Connection) -> list[dict]:
    return [{"id": r.id, "name": r.name} for r in connection.execute(select(stores.c.id, stores.c.name)
                                                                       .order_by(stores.c.id))]


def set_setting(*, connection: Connection, store_id: str, key: str, value, actor: str) -> int:
    """Store-wide setting (JSON value), delivered to the store's tills by the next pull."""
    get_store(connection=connection, store_id=store_id)
    version = versions.bump(connection, scope=versions.store_scope(store_id))
    upsert(connection, store_settings, [{"store_id": store_id, "key": key,
                                         "value": json.dumps(value, ensure_ascii=False), "version": version}],
           keys=["store_id", "key"])
    audit.record(connection, actor=actor, action="store.setting", target=f"{store_id}/{key}")
    return version


def close_day(*, connection: Connection, store_id: str, day: str, actor: str) -> None:
    """After this, a sale dated `day` still arrives (it is never dropped) but lands in the exceptions list."""
    if not _DAY.match(day):
        raise HqError(f"Day {day!r}: write it as YYYY-MM-DD.")
    get_store(connection=connection, store_id=store_id)
    upsert(connection, closed_days, [{"store_id": store_id, "day": day, "closed_at": now(), "closed_by": actor}],
           keys=["store_id", "day"])
    audit.record(connection, actor=actor, action="store.close_day", target=f"{store_id}/{day}")


def closed(*, connection: Connection, store_id: str, days: set[str]) -> set[str]:
    if not days:
        return set()
    rows = connection.execute(select(closed_days.c.day).where(closed_days.c.store_id == store_id,
                                                              closed_days.c.day.in_(sorted(days))))
    return {day for (day,) in rows}
