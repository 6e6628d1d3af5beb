"""The audit log of sensitive actions (enrollment, revocation, users, prices), written in the same transaction."""
from __future__ import annotations

from sqlalchemy import Connection, select

from sync.server.core.security import now
from sync.server.models import audit_log


def record(connection: Connection, *, actor: str, action: str, target: str = "", detail: str = "") -> None:
    connection.execute(audit_log.insert().values(at=now(), actor=actor, action=action, target=target[:200],
                                                 detail=detail))


def recent(connection: Connection, *, limit: int = 100) -> list[dict]:
    rows = connection.execute(select(audit_log).order_by(audit_log.c.id.desc()).limit(limit)).mappings()
    return [dict(row) for row in rows]
