"""Bringing the HQ database to the current schema with Alembic (the tree in migrations/hq).

PostgreSQL migrations run under an advisory lock so two processes starting at once never race.
"""
from __future__ import annotations

from pathlib import Path

from sqlalchemy import Engine, inspect, text

import migrations
from sync.server.core.errors import HqError

HEAD = "0004"
MIGRATIONS = Path(migrations.__file__).resolve().parent / "hq"
_LOCK_KEY = 0x46544851   # "FTHQ"


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        if not inspect(connection).has_table("alembic_version"):
            return None
        row = connection.execute(text("SELECT version_num FROM alembic_version")).first()
        return row[0] if row else None


def upgrade(engine: Engine) -> None:
    if current_revision(engine) == HEAD:
        return
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    try:
        with engine.connect() as connection:
            connection.execution_options(write=True)
            if connection.dialect.name == "postgresql":
                connection.execute(text("SELECT pg_advisory_lock(:k)"), {"k": _LOCK_KEY})
                connection.commit()
            config.attributes["connection"] = connection
            command.upgrade(config, "head")
            connection.commit()
            if connection.dialect.name == "postgresql":
                connection.execute(text("SELECT pg_advisory_unlock(:k)"), {"k": _LOCK_KEY})
                connection.commit()
    except Exception as exc:
        raise HqError(f"The HQ database could not be migrated: {exc}") from exc
