from datetime import datetime, timedelta, timezone

import pytest
from argon2 import PasswordHasher

from pos_app.services.authorisation import AuthorisationRefused, Authoriser, ManagerRequired, UserLocked
from pos_app.storage import settings_repo, users_repo
from pos_app.storage.database import TillDatabase

CHEAP = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)
T0 = datetime(2026, 11, 24, 9, 0, tzinfo=timezone(timedelta(hours=8)))


class Clock:
    def __init__(self, at: datetime = T0) -> None:
        self.at = at

    def __call__(self) -> datetime:
        return self.at


def add_users(db) -> None:
    with db.transaction() as connection:
        users_repo.add_local(connection, user_id="c1", name="Zhang", role="cashier", pin="1111", hasher=CHEAP)
        users_repo.add_local(connection, user_id="m1", name="Wang", role="manager", pin="9999", hasher=CHEAP)
        users_repo.add_local(connection, user_id="m2", name="Li", role="admin", pin="8888", hasher=CHEAP)


@pytest.fixture
def auth(db):
    add_users(db)
    return Authoriser(db, clock=Clock())


def test_login_with_the_right_pin_and_refusal_with_a_wrong_one(auth):
    assert auth.login(user_id="c1", pin="1111").name == "Zhang"
    with pytest.raises(AuthorisationRefused, match="Wrong user or PIN"):
        auth.login(user_id="c1", pin="1112")
    with pytest.raises(AuthorisationRefused):
        auth.login(user_id="nobody", pin="1111")


def test_five_wrong_pins_lock_the_user_for_five_minutes_even_with_the_right_pin(auth):
    for _ in range(4):
        with pytest.raises(AuthorisationRefused):
            auth.login(user_id="c1", pin="0000")
    with pytest.raises(UserLocked, match="locked until 09:05:00") as locked:
        auth.login(user_id="c1", pin="0000")
    assert locked.value.until == T0 + timedelta(minutes=5)
    auth._clock.at = T0 + timedelta(minutes=4, seconds=59)
    with pytest.raises(UserLocked):
        auth.login(user_id="c1", pin="1111")            # the right PIN, but locked
    assert auth.login(user_id="m1", pin="9999").user_id == "m1"   # others are not locked
    auth._clock.at = T0 + timedelta(minutes=5)
    assert auth.login(user_id="c1", pin="1111").user_id == "c1"
    assert auth.lock_state("c1").failures == 0


def test_a_success_resets_the_count_of_wrong_pins(auth):
    for _ in range(4):
        with pytest.raises(AuthorisationRefused):
            auth.login(user_id="c1", pin="0000")
    auth.login(user_id="c1", pin="1111")
    for _ in range(4):
        with pytest.raises(AuthorisationRefused):
            auth.login(user_id="c1", pin="0000")
    assert auth.lock_state("c1").failures == 4


def test_the_lock_survives_a_restart_and_its_length_is_a_setting(tmp_path):
    db = TillDatabase.open(tmp_path)
    add_users(db)
    with db.transaction() as connection:
        settings_repo.put(connection, "pin_max_failures", 3)
        settings_repo.put(connection, "pin_lockout_seconds", 60)
    auth = Authoriser(db, clock=Clock())
    for _ in range(2):
        with pytest.raises(AuthorisationRefused):
            auth.login(user_id="c1", pin="0000")
    with pytest.raises(UserLocked):
        auth.login(user_id="c1", pin="0000")
    db.close()
    reopened = TillDatabase.open(tmp_path)
    later = Authoriser(reopened, clock=Clock(T0 + timedelta(seconds=59)))
    with pytest.raises(UserLocked, match="09:01:00"):
        later.login(user_id="c1", pin="1111")
    later._clock.at = T0 + timedelta(seconds=60)
    assert later.login(user_id="c1", pin="1111").user_id == "c1"
    reopened.close()


def test_authorise_returns_the_manager_whose_pin_it_is(auth):
    assert auth.authorise("9999", action="refund").user_id == "m1"
    assert auth.authorise("8888", action="refund").user_id == "m2"      # admins authorise too
    assert auth.authorise("8888", action="refund", manager_id="m2").user_id == "m2"
    with pytest.raises(AuthorisationRefused, match="Wrong manager PIN"):
        auth.authorise("9999", action="refund", manager_id="m2")


def test_a_cashier_pin_does_not_authorise(auth):
    with pytest.raises(AuthorisationRefused):
        auth.authorise("1111", action="refund")
    with pytest.raises(AuthorisationRefused, match="not a manager"):
        auth.authorise("1111", action="refund", manager_id="c1")


def test_guessing_manager_pins_locks_authorisation_at_the_till(auth):
    for _ in range(4):
        with pytest.raises(AuthorisationRefused):
            auth.authorise("1234", action="void_line")
    with pytest.raises(UserLocked, match="Manager authorisation at this till|manager authorisation"):
        auth.authorise("1234", action="void_line")
    with pytest.raises(UserLocked):
        auth.authorise("9999", action="void_line")
    assert auth.login(user_id="m1", pin="9999").user_id == "m1"   # signing in is not what was locked


def test_a_locked_manager_is_not_tried_by_pin_only_authorisation(auth):
    for _ in range(5):
        with pytest.raises((AuthorisationRefused, UserLocked)):
            auth.login(user_id="m1", pin="0000")
    with pytest.raises(AuthorisationRefused):
        auth.authorise("9999", action="refund")


def test_which_actions_need_a_manager(auth, db):
    assert auth.needs_manager(action="refund")
    assert auth.needs_manager(action="sold_out_override")
    assert auth.needs_manager(action="no_sale")
    assert not auth.needs_manager(action="void_line", amount=2000)
    assert auth.needs_manager(action="void_line", amount=2001)
    with db.transaction() as connection:
        settings_repo.put(connection, "void_manager_threshold", 0)
    assert auth.needs_manager(action="void_basket", amount=1)
    assert auth.require(action="void_line", amount=0) is None
    with pytest.raises(ManagerRequired, match="void line of ¥0.01") as needed:
        auth.require(action="void_line", amount=1)
    assert needed.value.action == "void_line"
    assert auth.require(action="void_line", amount=1, pin="9999").user_id == "m1"
