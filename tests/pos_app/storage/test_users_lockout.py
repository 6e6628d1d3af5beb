from datetime import datetime, timedelta, timezone

import pytest
from argon2 import PasswordHasher

from pos_app.core.errors import InvalidInput
from pos_app.storage import users_repo
from pos_app.storage.database import TillDatabase

CHEAP = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)
T0 = datetime(2026, 11, 24, 9, 0, tzinfo=timezone(timedelta(hours=8)))


def test_a_local_user_keeps_only_a_salted_hash_of_the_pin(db):
    with db.transaction() as connection:
        users_repo.add_local(connection, user_id="m1", name="Wang", role="manager", pin="4321", hasher=CHEAP)
        users_repo.add_local(connection, user_id="m2", name="Li", role="manager", pin="4321", hasher=CHEAP)
    with db.reading() as connection:
        stored = {u.user_id: u.pin_hash for u in users_repo.all_users(connection)}
        assert users_repo.check_pin(connection, user_id="m1", pin="4321").name == "Wang"
        assert users_repo.check_pin(connection, user_id="m1", pin="4322") is None
        dump = "\n".join(str(row) for row in connection.exec_driver_sql("SELECT * FROM users"))
    assert "4321" not in dump
    assert stored["m1"].startswith("$argon2id$") and stored["m1"] != stored["m2"]   # salted: same PIN, two hashes


@pytest.mark.parametrize("pin", ["123", "12a4", "1234567890123", "１２３４", ""])
def test_a_pin_that_is_not_4_to_12_digits_is_refused(db, pin):
    with pytest.raises(InvalidInput, match="4 to 12 digits"):
        with db.transaction() as connection:
            users_repo.add_local(connection, user_id="c1", name="", role="cashier", pin=pin, hasher=CHEAP)
    with db.reading() as connection:
        assert users_repo.all_users(connection) == []


def test_an_unknown_role_is_refused(db):
    with pytest.raises(InvalidInput, match="Role"):
        with db.transaction() as connection:
            users_repo.add_local(connection, user_id="c1", name="", role="boss", pin="1234", hasher=CHEAP)


def test_the_fifth_failure_locks_until_its_time_and_counting_restarts_after(db):
    lock_for = timedelta(minutes=5)
    with db.transaction() as connection:
        for n in range(4):
            assert users_repo.record_failure(connection, subject="c1", at=T0, limit=5, lock_for=lock_for) is None
        assert users_repo.lockout(connection, "c1").failures == 4
        until = users_repo.record_failure(connection, subject="c1", at=T0, limit=5, lock_for=lock_for)
    assert until == T0 + lock_for
    with db.reading() as connection:
        assert users_repo.locked_until(connection, subject="c1", at=T0 + timedelta(minutes=4)) == until
        assert users_repo.locked_until(connection, subject="c1", at=until) is None
        assert users_repo.locked_until(connection, subject="other", at=T0) is None
    with db.transaction() as connection:   # after the lock: four more failures do not lock again
        for n in range(4):
            assert users_repo.record_failure(connection, subject="c1", at=until, limit=5, lock_for=lock_for) is None
        users_repo.clear_failures(connection, "c1")
        assert users_repo.lockout(connection, "c1") == users_repo.Lockout(failures=0, locked_until=None)


def test_a_lock_survives_reopening_the_database(tmp_path):
    with TillDatabase.open(tmp_path) as first, first.transaction() as connection:
        for _ in range(3):
            users_repo.record_failure(connection, subject="c1", at=T0, limit=3, lock_for=timedelta(minutes=2))
    with TillDatabase.open(tmp_path) as again, again.reading() as connection:
        assert users_repo.locked_until(connection, subject="c1", at=T0 + timedelta(minutes=1)) == \
            T0 + timedelta(minutes=2)
