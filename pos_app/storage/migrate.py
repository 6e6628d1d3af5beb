"""Bringing a till database to the current schema, with a backup first.

Opening is on the cashier's critical path, so the up-to-date case reads one row and skips Alembic
entirely; `HEAD` is checked against the migration scripts by a test.
"""
from __future__ import annotations

import logging
import shutil
import sqlite3
from datetime import datetime, timezone
from pathlib import Path

from sqlalchemy import Engine, text

import migrations
from pos_app.core.errors import PosError

log = logging.getLogger(__name__)

HEAD = "0005"
MIGRATIONS = Path(migrations.__file__).resolve().parent / "till"


class MigrationError(PosError):
    code = "migration"

    def __init__(self, message: str, *, backup: Path | None = None) -> None:
        super().__init__(message)
        self.backup = backup     # the copy the database was restored from, for the window to name it


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        exists = connection.exec_driver_sql(
            "SELECT 1 FROM sqlite_master WHERE type='table' AND name='alembic_version'").first()
        if not exists:
            return None
        row = connection.execute(text("SELECT version_num FROM alembic_version")).first()
        return row[0] if row else None


def backup(path: Path) -> Path:
    """A consistent copy through SQLite's online backup API (safe with WAL), in backups/ beside it."""
    folder = path.parent / "backups"
    folder.mkdir(exist_ok=True)
    stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%S%fZ")
    target = folder / f"{path.stem}-{stamp}{path.suffix}"
    source = sqlite3.connect(path)
    try:
        copy = sqlite3.connect(target)
        with copy:
            source.backup(copy)
        copy.close()
    finally:
        source.close()
    return target


def upgrade(engine: Engine, *, path: Path, script_location: Path = MIGRATIONS) -> Path | None:
    """Migrate to head. Returns the backup made, if any. On failure restores it and raises MigrationError."""
    revision = current_revision(engine)
    if revision == HEAD and script_location == MIGRATIONS:
        return None
    from alembic import command
    from alembic.config import Config

    saved = backup(path) if revision is not None else None
    config = Config()
    config.set_main_option("script_location", str(script_location))
    try:
        with engine.connect() as connection:
            connection.execution_options(write=True)
            config.attributes["connection"] = connection
            command.upgrade(config, "head")
    except Exception as exc:
        engine.dispose()
        if saved is not None:
            log.error("migrating %s from %s failed; restoring %s", path, revision, saved, exc_info=True)
            _restore(saved, path)
            # One sentence a store manager can act on; the cause is in the log and in __cause__.
            raise MigrationError(
                f"The till database could not be upgraded to this version, so it was restored from the backup "
                f"{saved} taken just before and no sale was lost: start the previous version or call support "
                f"(the upgrade failed with: {_cause(exc)}).", backup=saved) from exc
        raise MigrationError(f"The new database could not be created: {exc}") from exc
    return saved


def _cause(exc: Exception) -> str:
    """The database's own words (SQLAlchemy wraps them with the statement and a link): one short line."""
    text = str(getattr(exc, "orig", None) or exc).strip().splitlines()
    return (text[0] if text else type(exc).__name__)[:200]


def _restore(saved: Path, path: Path) -> None:
    for suffix in ("-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)
    shutil.copyfile(saved, path)
