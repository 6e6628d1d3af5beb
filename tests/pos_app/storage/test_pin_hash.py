"""PIN hashes: argon2id at OWASP's minimum cost; hashes made with other parameters still verify and are stored
again under these on a successful sign-in (and only then)."""
from __future__ import annotations

from datetime import datetime, timezone

import pytest
from argon2 import PasswordHasher, Type
from argon2.low_level import hash_secret

from pos_app.services.authorisation import AuthorisationRefused, Authoriser
from pos_app.storage import pin_hash, users_repo
from pos_app.storage.users_repo import User

T0 = datetime(2026, 11, 22, 9, 0, tzinfo=timezone.utc)
OLD_DEFAULT = PasswordHasher(time_cost=3, memory_cost=65_536, parallelism=4)   # argon2-cffi's default, HQ's


def test_new_hashes_are_argon2id_at_19_mib_two_passes_one_lane():
    encoded = users_repo.hash_pin("4321")
    assert encoded.startswith("$argon2id$v=19$m=19456,t=2,p=1$")
    assert pin_hash.verify(encoded, "4321") and not pin_hash.verify(encoded, "4322")
    assert not pin_hash.needs_rehash(encoded)
    assert users_repo.hash_pin("4321") != encoded                        # salted


@pytest.mark.parametrize("old", [
    OLD_DEFAULT.hash("4321"),
    PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1).hash("4321"),
    hash_secret(b"4321", b"somesaltsomesalt", time_cost=2, memory_cost=19_456, parallelism=1, hash_len=32,
                type=Type.I).decode(),                                    # argon2i, same cost
])
def test_hashes_with_other_parameters_verify_and_need_a_rehash(old):
    assert pin_hash.verify(old, "4321") and not pin_hash.verify(old, "1234")
    assert pin_hash.needs_rehash(old)


@pytest.mark.parametrize("damaged", ["", "not a hash", "$argon2id$v=19$m=19456,t=2,p=1$broken"])
def test_a_damaged_hash_never_verifies(damaged):
    assert not pin_hash.verify(damaged, "4321")
    assert pin_hash.needs_rehash(damaged)


def _stored(db, user_id: str) -> str:
    with db.reading() as connection:
        return users_repo.get(connection, user_id).pin_hash


def test_signing_in_stores_an_old_hash_again_under_the_pin_parameters(db):
    old = OLD_DEFAULT.hash("4321")
    with db.transaction() as connection:
        users_repo.upsert(connection, [User("c1", "Zhang", "cashier", old), User("m1", "Wang", "manager", old)])
    auth = Authoriser(db, clock=lambda: T0)
    with pytest.raises(AuthorisationRefused):
        auth.login(user_id="c1", pin="0000")
    assert _stored(db, "c1") == old                                       # a wrong PIN changes nothing
    assert auth.login(user_id="c1", pin="4321").user_id == "c1"
    fresh = _stored(db, "c1")
    assert fresh.startswith("$argon2id$v=19$m=19456,t=2,p=1$") and pin_hash.verify(fresh, "4321")
    assert auth.login(user_id="c1", pin="4321").user_id == "c1"
    assert _stored(db, "c1") == fresh                                     # already current: not rewritten
    assert auth.authorise("4321", action="refund").user_id == "m1"       # a manager's PIN on the spot too
    assert _stored(db, "m1").startswith("$argon2id$v=19$m=19456,t=2,p=1$")
