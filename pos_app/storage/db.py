"""Opening the till database durably.

SQLite in WAL mode with synchronous=FULL: with NORMAL, the last commits can roll back after a power cut,
and a sale the customer walked away with must never disappear. Transactions start with an explicit
BEGIN (pysqlite's own implicit BEGIN is switched off): IMMEDIATE for connections marked
`execution_options(write=True)`, so a write transaction takes the write lock up front and either commits
whole or leaves nothing; DEFERRED for readers, which in WAL mode read a snapshot and never wait on the writer.
"""
from __future__ import annotations

import os
from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker

DB_NAME = "till.sqlite"


def data_dir(override: str | os.PathLike | None = None) -> Path:
    """--data-dir flag, else $FRESHTILL_DATA_DIR, else the platform's user data folder."""
    chosen = override or os.environ.get("FRESHTILL_DATA_DIR")
    if chosen:
        path = Path(chosen)
    else:
        from platformdirs import user_data_path
        path = user_data_path("freshtill", appauthor=False)
    path.mkdir(parents=True, exist_ok=True)
    return path


def make_engine(path: str | os.PathLike) -> Engine:
    engine = create_engine(f"sqlite:///{Path(path)}", future=True)

    @event.listens_for(engine, "connect")
    def _configure(dbapi_connection, _record) -> None:
        dbapi_connection.isolation_level = None  # we issue BEGIN ourselves
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=FULL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA busy_timeout=5000")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _begin(connection) -> None:
        write = connection.get_execution_options().get("write", False)
        connection.exec_driver_sql("BEGIN IMMEDIATE" if write else "BEGIN")

    return engine


def session_factory(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(engine, expire_on_commit=False)
