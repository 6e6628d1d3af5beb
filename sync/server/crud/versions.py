"""Change versions: one counter per scope, bumped inside the write transaction that makes the change.

`bump` is an UPDATE … RETURNING, so it row-locks the counter until commit: writers of one scope are
serialised and their versions become visible in order — what lets a pull trust `version > cursor`.
"""
from __future__ import annotations

from sqlalchemy import Connection, select, update

from sync.server.models import versions

CATALOG = "catalog"
AUTH = "auth"


def store_scope(store_id: str) -> str:
    return f"store:{store_id}"


def bump(connection: Connection, *, scope: str) -> int:
    row = connection.execute(update(versions).where(versions.c.scope == scope)
                             .values(v=versions.c.v + 1).returning(versions.c.v)).first()
    if row is None:
        raise LookupError(f"no version counter for {scope}")
    return row[0]


def bump_all(connection: Connection, *, scopes: list[str]) -> dict[str, int]:
    """Each scope's counter moved on by one: two statements however many scopes (a group of pushes moves
    every store it touched). Rows are locked in scope order first, as every writer takes them, so two
    writers never deadlock."""
    if len(scopes) == 1:
        return {scopes[0]: bump(connection, scope=scopes[0])}
    wanted = sorted(set(scopes))
    locked = connection.execute(select(versions.c.scope).where(versions.c.scope.in_(wanted))
                                .order_by(versions.c.scope).with_for_update()).scalars().all()
    if len(locked) != len(wanted):
        raise LookupError(f"no version counter for {sorted(set(wanted) - set(locked))}")
    return dict(connection.execute(update(versions).where(versions.c.scope.in_(wanted))
                                   .values(v=versions.c.v + 1).returning(versions.c.scope, versions.c.v)).all())


def create(connection: Connection, *, scope: str) -> None:
    connection.execute(versions.insert().values(scope=scope, v=0))


def current(connection: Connection) -> dict[str, int]:
    return dict(connection.execute(select(versions.c.scope, versions.c.v)).all())
