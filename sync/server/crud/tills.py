"""Tills: one-time enrollment codes, device tokens (HQ keeps only their hash), revocation."""
from __future__ import annotations

import secrets
from datetime import timedelta, timezone

from sqlalchemy import Connection, select, update

from sync.server.core.errors import HqError, NotFound
from sync.server.core.security import (TILL_TOKEN_PREFIX, code_hash, new_enrollment_code, new_token, now,
                                       token_hash)
from sync.server.crud import audit, versions
from sync.server.crud.stores import get_store
from sync.server.models import enrollment_codes, tills

_BAD_CODE = "This enrollment code is unknown, already used or expired; ask HQ for a new one."


def create_enrollment_code(*, connection: Connection, store_id: str, ttl_s: int, actor: str) -> str:
    """A code to type at a new till; valid once, for `ttl_s` seconds. Only its hash is stored."""
    get_store(connection=connection, store_id=store_id)
    code = new_enrollment_code()
    moment = now()
    connection.execute(enrollment_codes.insert().values(
        code_hash=code_hash(code), store_id=store_id, created_at=moment,
        expires_at=moment + timedelta(seconds=ttl_s), created_by=actor))
    audit.record(connection, actor=actor, action="till.enroll_code", target=store_id)
    return code


def enroll(*, connection: Connection, code: str, till_name: str) -> dict:
    """Spend the code and make a till; returns its id, store and the device token (shown once)."""
    hashed = code_hash(code)
    row = connection.execute(select(enrollment_codes).where(enrollment_codes.c.code_hash == hashed)
                             .with_for_update()).first()
    moment = now()
    if row is None or row.used_at is not None or _aware(row.expires_at) <= moment:
        raise HqError(_BAD_CODE, code="bad_enrollment_code", status=403)
    till_id = f"till-{secrets.token_hex(4)}"
    spent = connection.execute(update(enrollment_codes).where(enrollment_codes.c.code_hash == hashed,
                                                              enrollment_codes.c.used_at.is_(None))
                               .values(used_at=moment, till_id=till_id))
    if spent.rowcount != 1:   # another request spent it between our read and this write
        raise HqError(_BAD_CODE, code="bad_enrollment_code", status=403)
    token = new_token(TILL_TOKEN_PREFIX)
    store = get_store(connection=connection, store_id=row.store_id)
    connection.execute(tills.insert().values(id=till_id, store_id=row.store_id, name=till_name or till_id,
                                             token_hash=token_hash(token), created_at=moment, acked_seq=0))
    audit.record(connection, actor=f"till:{till_id}", action="till.enroll", target=row.store_id, detail=till_name)
    return {"till_id": till_id, "store_id": store["id"], "store_name": store["name"], "token": token}


def revoke(*, connection: Connection, till_id: str, actor: str) -> None:
    """The token stops working on every route within one refresh interval of every worker."""
    result = connection.execute(update(tills).where(tills.c.id == till_id).values(revoked_at=now()))
    if result.rowcount != 1:
        raise NotFound(f"There is no till {till_id}.")
    versions.bump(connection, scope=versions.AUTH)
    audit.record(connection, actor=actor, action="till.revoke", target=till_id)


def by_token(*, connection: Connection, token: str) -> dict | None:
    row = connection.execute(select(tills.c.id, tills.c.store_id, tills.c.revoked_at)
                             .where(tills.c.token_hash == token_hash(token))).first()
    if row is None or row.revoked_at is not None:
        return None
    return {"till_id": row.id, "store_id": row.store_id}


def list_tills(*, connection: Connection, store_id: str | None = None, till_id: str | None = None) -> list[dict]:
    query = select(tills.c.id, tills.c.store_id, tills.c.name, tills.c.created_at, tills.c.revoked_at,
                   tills.c.acked_seq, tills.c.last_seen, tills.c.last_push, tills.c.last_event_at,
                   tills.c.clock_skew_ms).order_by(tills.c.store_id, tills.c.id)
    if store_id is not None:
        query = query.where(tills.c.store_id == store_id)
    if till_id is not None:
        query = query.where(tills.c.id == till_id)
    return [{**row, "created_at": _text(row["created_at"]), "revoked_at": _text(row["revoked_at"]),
             "last_seen": _text(row["last_seen"]), "last_push": _text(row["last_push"])}
            for row in (dict(r) for r in connection.execute(query).mappings())]


def get_till(*, connection: Connection, till_id: str) -> dict:
    found = list_tills(connection=connection, till_id=till_id)
    if not found:
        raise NotFound(f"There is no till {till_id}.")
    return found[0]


def touch(*, connection: Connection, till_id: str) -> None:
    connection.execute(update(tills).where(tills.c.id == till_id).values(last_seen=now()))


def _aware(moment):
    # SQLite hands back naive datetimes for timezone-aware columns; they were stored as UTC.
    return moment if moment.tzinfo else moment.replace(tzinfo=timezone.utc)


def _text(moment) -> str | None:
    return None if moment is None else _aware(moment).isoformat()
