"""Upgrading a till database made by the previous schema (revision HEAD-1), with sales still in its
outbox: the new version backs it up, migrates it, keeps every sale and event, and the outbox still syncs
to a real HQ with every event acknowledged exactly once. A failed upgrade restores the backup, says so in
one sentence naming the backup file, and loses nothing; the start-up and the CLI both show that sentence."""
from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from alembic import command
from alembic.config import Config
from alembic.script import ScriptDirectory
from sqlalchemy import func, select

from pos_app.cli import main
from pos_app.core.stock import Movement, MovementKind
from pos_app.storage import migrate, stock_repo
from pos_app.storage.database import TillDatabase
from pos_app.storage.db import DB_NAME, make_engine
from sync.client import credentials as stored
from sync.client.client import SyncClient
from sync.client.enrollment import enroll
from tests.conftest import OPENING
from tests.sync.client.test_push import pending, sell
from tests.sync.client.test_real_hq import hq  # noqa: F401 - the in-process HQ fixture (HTTPS, store s1)


def previous_revision() -> str:
    config = Config()
    config.set_main_option("script_location", str(migrate.MIGRATIONS))
    return ScriptDirectory.from_config(config).get_revision(migrate.HEAD).down_revision


PREVIOUS = previous_revision()


def to_revision(path: Path, revision: str) -> None:
    """Take the database at `path` to `revision` with the migration scripts themselves (as an older
    version of the till would have left it)."""
    engine = make_engine(path)
    config = Config()
    config.set_main_option("script_location", str(migrate.MIGRATIONS))
    try:
        with engine.connect() as connection:
            connection.execution_options(write=True)
            config.attributes["connection"] = connection
            command.downgrade(config, revision)
    finally:
        engine.dispose()


def snapshot(path: Path) -> dict[str, list[tuple]]:
    """What must survive an upgrade, read with plain sqlite3 (no migration on open)."""
    connection = sqlite3.connect(path)
    try:
        return {
            "revision": connection.execute("SELECT version_num FROM alembic_version").fetchall(),
            "sales": connection.execute("SELECT uuid, * FROM sales ORDER BY uuid").fetchall(),
            "lines": connection.execute("SELECT * FROM sale_lines ORDER BY 1, 2").fetchall(),
            "outbox": connection.execute("SELECT seq, uuid, kind, payload, sent_at FROM outbox ORDER BY seq").fetchall(),
            "stock": connection.execute("SELECT * FROM stock_movements ORDER BY 1").fetchall(),
        }
    finally:
        connection.close()


def tables(path: Path) -> set[str]:
    connection = sqlite3.connect(path)
    try:
        return {name for (name,) in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    finally:
        connection.close()


def previous_till_with_sales(db: TillDatabase, *, sold: int = 4) -> Path:
    """`db` with `sold` sales rung, closed, and taken back to the previous schema."""
    sell(db, sold)
    db.close()
    to_revision(db.path, PREVIOUS)
    assert snapshot(db.path)["revision"] == [(PREVIOUS,)] and "product_search" not in tables(db.path)
    return db.path


def test_a_database_of_the_previous_schema_upgrades_with_its_outbox_and_still_syncs(hq, tmp_path):
    from sync.server import bootstrap, models
    folder = tmp_path / "till"
    db = TillDatabase.open(folder)
    enrolled = enroll(db=db, data_dir=folder, hq_url=hq.url, code=bootstrap.enrollment_code(hq.engine, store_id="s1"),
                      ca_fingerprint=hq.fingerprint)
    with SyncClient.from_credentials(db=db, credentials=enrolled.credentials, batch_size=4) as client:
        client.pull_once()
        with db.transaction() as connection:
            stock_repo.record(connection, [Movement(sku, MovementKind.GOODS_IN, q) for sku, q in OPENING.items()])
        sell(db, 3)
        first = client.push_once()                          # some events already at HQ before the upgrade
    assert first.applied == 4 and pending(db) == 0
    path = previous_till_with_sales(db, sold=5)             # and five sales still waiting in the outbox
    before = snapshot(path)
    unsent = [row for row in before["outbox"] if row[4] is None]
    assert len(unsent) == 5

    upgraded = TillDatabase.open(folder)                    # what the new version does at start
    try:
        assert upgraded.backup is not None and upgraded.backup.parent == folder / "backups"
        assert snapshot(upgraded.backup) == before          # the backup is the database as it was
        after = snapshot(path)
        assert after["revision"] == [(migrate.HEAD,)]
        assert {k: v for k, v in after.items() if k != "revision"} == \
            {k: v for k, v in before.items() if k != "revision"}
        assert [p.sku for p in upgraded.catalog.search("可乐")] == ["P1"]    # the new index covers old products
        with SyncClient.from_credentials(db=upgraded, credentials=stored.load(folder), batch_size=4) as client:
            report = client.sync_once()
        assert (report.push.sent, report.push.applied, report.push.duplicates, report.push.rejected) == (5, 5, 0, 0)
        assert pending(upgraded) == 0
    finally:
        upgraded.close()
    with hq.engine.connect() as connection:
        for seq, uuid, *_rest in before["outbox"]:
            rows = connection.execute(select(models.events.c.seq, models.events.c.status)
                                      .where(models.events.c.id == uuid)).all()
            assert rows == [(seq, "applied")], uuid         # each event at HQ once, under its own number
        assert len(before["sales"]) == 8
        for (uuid, *_rest) in before["sales"]:
            count = connection.execute(select(func.count()).select_from(models.sales)
                                       .where(models.sales.c.uuid == uuid)).scalar_one()
            assert count == 1


def break_the_next_migration(path: Path) -> None:
    """A leftover table where migration HEAD creates its own: the upgrade fails midway, as a real one might
    (a full disk, a file locked by an antivirus, a bug in the script)."""
    connection = sqlite3.connect(path)
    with connection:
        connection.execute("CREATE TABLE product_search (leftover TEXT)")
    connection.close()


def test_a_failed_upgrade_restores_the_backup_names_it_in_one_sentence_and_loses_no_sale(db, tmp_path, capsys):
    path = previous_till_with_sales(db)
    break_the_next_migration(path)
    before = snapshot(path)
    assert len(before["sales"]) == 4 and sum(row[4] is None for row in before["outbox"]) == 5

    with pytest.raises(migrate.MigrationError) as raised:
        TillDatabase.open(path.parent)
    error = raised.value
    assert error.backup is not None and error.backup.exists() and error.backup.parent == path.parent / "backups"
    sentence = str(error)
    assert str(error.backup) in sentence and "no sale was lost" in sentence
    assert sentence.count(". ") == 0 and sentence.endswith(".")      # one sentence
    assert snapshot(path) == before                                  # restored: nothing half-migrated
    assert not Path(str(path) + "-wal").exists() or snapshot(path) == before

    assert "table product_search already exists" in sentence and "\n" not in sentence
    capsys.readouterr()
    assert main(["--data-dir", str(path.parent), "sync", "status"]) == 2   # any command that opens the till
    said = capsys.readouterr().err
    assert said.startswith("freshtill: The till database could not be upgraded") and said.count("\n") == 1
    named = [b for b in (path.parent / "backups").iterdir() if str(b) in said]
    assert len(named) == 1 and named[0] != error.backup                   # each attempt its own backup
    assert snapshot(path) == before

    connection = sqlite3.connect(path)                              # support removes the leftover …
    with connection:
        connection.execute("DROP TABLE product_search")
    connection.close()
    with TillDatabase.open(path.parent) as again:                  # … and the next start upgrades
        assert again.backup is not None
        assert pending(again) == 5
    after = snapshot(path)
    assert after["revision"] == [(migrate.HEAD,)] and after["sales"] == before["sales"] and \
        after["outbox"] == before["outbox"]


def test_the_previous_revision_is_the_one_before_head():
    assert PREVIOUS is not None and PREVIOUS != migrate.HEAD and DB_NAME == "till.sqlite"
