"""The print_jobs table: its migration matches the model, an existing till upgrades, and the repository."""
import sqlite3

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.config import Config
from alembic.migration import MigrationContext

from pos_app.storage import migrate, print_jobs_repo as jobs
from pos_app.storage.database import TillDatabase
from pos_app.storage.db import make_engine
from pos_app.storage.models import Base


def test_the_migrated_table_matches_the_model(db):
    with db.reading() as connection:
        context = MigrationContext.configure(connection, opts={"render_as_batch": True})
        differences = [d for d in compare_metadata(context, Base.metadata) if "print_jobs" in repr(d)]
    assert differences == []


def test_a_till_on_the_previous_schema_upgrades_with_a_backup_and_keeps_its_data(tmp_path):
    path = tmp_path / "till.sqlite"
    engine = make_engine(path)
    config = Config()
    config.set_main_option("script_location", str(migrate.MIGRATIONS))
    with engine.connect() as connection:
        connection.execution_options(write=True)
        config.attributes["connection"] = connection
        command.upgrade(config, "0001")
    with engine.connect() as connection:
        connection.execution_options(write=True)
        with connection.begin():
            connection.exec_driver_sql("INSERT INTO settings (key, value) VALUES ('till_id', '\"till-7\"')")
    engine.dispose()

    db = TillDatabase(path)
    try:
        assert db.backup is not None and db.backup.exists()
        with db.transaction() as connection:
            job_id = jobs.insert(connection, payload=b"\x1b@", kind="receipt", sale_uuid="s-1")
        with db.reading() as connection:
            assert jobs.get(connection, job_id).payload == b"\x1b@"
            assert connection.exec_driver_sql("SELECT value FROM settings").scalar() == '"till-7"'
    finally:
        db.close()
    assert sqlite3.connect(path).execute("SELECT version_num FROM alembic_version").fetchone()[0] == migrate.HEAD


def test_jobs_come_out_drawer_kicks_first_then_in_order(db):
    with db.transaction() as connection:
        first = jobs.insert(connection, payload=b"one", kind="receipt", sale_uuid="s-1")
        second = jobs.insert(connection, payload=b"two", kind="test")
        kick = jobs.insert(connection, payload=b"\x1bp\x00\x19\xfa", kind="drawer", sale_uuid="s-2")
        third = jobs.insert(connection, payload=b"three", kind="receipt", sale_uuid="s-2")
    with db.reading() as connection:
        assert [job.id for job in jobs.pending(connection)] == [kick, first, second, third]
        assert jobs.next_pending(connection).id == kick
        assert jobs.pending_count(connection) == 4


def test_printing_failing_and_giving_up(db):
    with db.transaction() as connection:
        job_id = jobs.insert(connection, payload=b"receipt", kind="receipt", sale_uuid="s-1")
        jobs.record_failure(connection, job_id=job_id, error="The printer is out of paper.")
        jobs.record_failure(connection, job_id=job_id, error="The printer at tcp://x:9100 refused the connection.")
    with db.reading() as connection:
        failed = jobs.get(connection, job_id)
    assert (failed.state, failed.attempts, failed.last_error) == (
        "pending", 2, "The printer at tcp://x:9100 refused the connection.")
    with db.transaction() as connection:
        assert jobs.mark_printed(connection, job_id=job_id)
        assert not jobs.mark_printed(connection, job_id=job_id)  # only once
        assert not jobs.give_up(connection, job_id=job_id, state=jobs.CANCELLED, reason="too late")
    with db.reading() as connection:
        printed = jobs.get(connection, job_id)
        assert jobs.pending_count(connection) == 0
    assert (printed.state, printed.attempts, printed.last_error) == ("printed", 3, "")
    assert printed.printed_at is not None


def test_reprints_find_the_latest_receipt_of_a_sale(db):
    with db.transaction() as connection:
        jobs.insert(connection, payload=b"first", kind="receipt", sale_uuid="s-1")
        jobs.insert(connection, payload=b"kick", kind="drawer", sale_uuid="s-1")
        jobs.insert(connection, payload=b"other", kind="receipt", sale_uuid="s-2")
        jobs.insert(connection, payload=b"again", kind="reprint", sale_uuid="s-1")
    with db.reading() as connection:
        assert jobs.latest_receipt(connection, sale_uuid="s-1").payload == b"again"
        assert jobs.latest_receipt(connection, sale_uuid="s-9") is None


def test_pruning_keeps_pending_jobs_and_the_newest_finished_ones(db):
    with db.transaction() as connection:
        ids = [jobs.insert(connection, payload=b"%d" % i, kind="receipt") for i in range(6)]
        for job_id in ids[:4]:
            jobs.mark_printed(connection, job_id=job_id)
        assert jobs.prune(connection, keep=1) == 3
    with db.reading() as connection:
        left = connection.exec_driver_sql("SELECT id, state FROM print_jobs ORDER BY id").all()
    assert left == [(ids[3], "printed"), (ids[4], "pending"), (ids[5], "pending")]


def test_bad_kinds_and_states_are_refused(db):
    with db.transaction() as connection:
        with pytest.raises(ValueError, match="receipt, reprint, test, drawer"):
            jobs.insert(connection, payload=b"x", kind="label")
        with pytest.raises(ValueError, match="expired or cancelled"):
            jobs.give_up(connection, job_id=1, state="printed", reason="")
