"""HQ database engines and transactions, for PostgreSQL (psycopg 3) and SQLite.

Writers go through `writing()`: on SQLite that is `BEGIN IMMEDIATE` (the write lock up front, so a batch
commits whole or not at all); on PostgreSQL READ COMMITTED with explicit row locks where order matters.
Readers that must see one consistent state (a pull: versions, catalog, stock and the till's acked sequence
together) go through `snapshot()`: REPEATABLE READ on PostgreSQL, a deferred transaction on SQLite (WAL
gives it a snapshot).
"""
from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.engine import make_url


def make_engine(url: str, *, pool_size: int = 10) -> Engine:
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        return _sqlite_engine(url)
    if parsed.get_backend_name() != "postgresql":
        raise ValueError(f"HQ supports PostgreSQL and SQLite databases, not {parsed.get_backend_name()}.")
    return create_engine(url, pool_size=pool_size, max_overflow=pool_size, pool_pre_ping=True)


def _sqlite_engine(url: str) -> Engine:
    database = make_url(url).database
    if database and database != ":memory:":
        Path(database).parent.mkdir(parents=True, exist_ok=True)
    engine = create_engine(url)

    @event.listens_for(engine, "connect")
    def _configure(dbapi_connection, _record) -> None:
        dbapi_connection.isolation_level = None  # we issue BEGIN ourselves
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=FULL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA busy_timeout=30000")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _begin(connection) -> None:
        write = connection.get_execution_options().get("write", False)
        connection.exec_driver_sql("BEGIN IMMEDIATE" if write else "BEGIN")

    return engine


def is_postgres(connection_or_engine: Connection | Engine) -> bool:
    return connection_or_engine.dialect.name == "postgresql"


@contextmanager
def writing(engine: Engine, *, setup: Callable[[Connection], None] | None = None) -> Iterator[Connection]:
    """A write transaction. `setup(connection)` runs first, before the transaction begins (it may commit
    work of its own, such as making session-local tables)."""
    with engine.connect() as connection:
        if setup is not None:
            setup(connection)
        connection.execution_options(write=True)
        with connection.begin():
            yield connection


@contextmanager
def snapshot(engine: Engine) -> Iterator[Connection]:
    with engine.connect() as connection:
        if is_postgres(connection):
            connection.execution_options(isolation_level="REPEATABLE READ", postgresql_readonly=True)
        with connection.begin():
            yield connection


@contextmanager
def reading(engine: Engine) -> Iterator[Connection]:
    with engine.connect() as connection:
        with connection.begin():
            yield connection


def dialect_insert(connection: Connection, table):
    """INSERT with the dialect's ON CONFLICT clauses (both PostgreSQL and SQLite spell them the same)."""
    if is_postgres(connection):
        from sqlalchemy.dialects.postgresql import insert
    else:
        from sqlalchemy.dialects.sqlite import insert
    return insert(table)


def upsert(connection: Connection, table, rows: list[dict], *, keys: list[str]) -> None:
    if not rows:
        return
    statement = dialect_insert(connection, table)
    update = {name: statement.excluded[name] for name in rows[0] if name not in keys}
    connection.execute(statement.on_conflict_do_update(index_elements=keys, set_=update), rows)
