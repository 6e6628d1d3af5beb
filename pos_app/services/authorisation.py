"""Who may do what at the till: signing in by PIN, a manager's PIN on the spot, and when one is needed.

Wrong PINs lock: the `pin_max_failures`-th wrong PIN in a row locks that user for `pin_lockout_seconds`
(settings; 5 and 300 by default). The lock is a database row, so restarting the till does not lift it, and
a locked user's PIN is not even checked, so a lock cannot be used to guess. A manager's PIN typed without
choosing the manager first names no user: those wrong PINs count against the till instead (subject
`authorise@<till>`), so guessing manager PINs at the till locks manager authorisation there.

Which actions need a manager: refunds, sold-out overrides, price changes, a drawer opened without a sale
and cash paid out always; a void or a discount only above a threshold in fen (settings
`void_manager_threshold`, `discount_manager_threshold`).
"""
from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta

from pos_app.core.errors import PosError
from pos_app.core.money import CNY
from pos_app.storage import pin_hash, settings_repo, users_repo
from pos_app.storage.database import TillDatabase
from pos_app.storage.users_repo import User

MANAGER_ROLES = ("manager", "admin")
ALWAYS = frozenset({"refund", "sold_out_override", "price_change", "no_sale", "paid_out"})
THRESHOLDS = {"void_line": "void_manager_threshold", "void_basket": "void_manager_threshold",
              "discount": "discount_manager_threshold"}
SETTING_DEFAULTS = {"pin_max_failures": 5, "pin_lockout_seconds": 300,
                    "void_manager_threshold": 2000, "discount_manager_threshold": 0}


class AuthorisationRefused(PosError):
    """A wrong PIN, or a PIN of someone who may not do this."""
    code = "authorisation_refused"


class UserLocked(PosError):
    code = "user_locked"

    def __init__(self, message: str, *, until: datetime) -> None:
        super().__init__(message)
        self.until = until


class ManagerRequired(PosError):
    """The action needs a manager's PIN: the window asks for one and calls again with it."""
    code = "manager_required"

    def __init__(self, message: str, *, action: str) -> None:
        super().__init__(message)
        self.action = action


def setting(db: TillDatabase, key: str) -> int:
    with db.reading() as connection:
        value = settings_repo.get(connection, key)
    return int(SETTING_DEFAULTS[key] if value is None else value)


class Authoriser:
    def __init__(self, db: TillDatabase, *, clock: Callable[[], datetime] | None = None) -> None:
        self.db = db
        self._clock = clock or (lambda: datetime.now().astimezone())
        with db.reading() as connection:
            self.till_id = settings_repo.get(connection, "till_id")

    # -- policy ---------------------------------------------------------------------------------------
    def needs_manager(self, *, action: str, amount: int = 0) -> bool:
        """Whether `action` (on `amount` fen, for voids and discounts) needs a manager's PIN."""
        if action in ALWAYS:
            return True
        key = THRESHOLDS.get(action)
        return key is not None and amount > setting(self.db, key)

    def require(self, *, action: str, amount: int = 0, pin: str | None = None,
                manager_id: str | None = None) -> User | None:
        """The authorising manager when `action` needs one (raising ManagerRequired without a PIN), else None."""
        if not self.needs_manager(action=action, amount=amount):
            return None
        if pin is None:
            what = f" of {CNY.format(amount, symbol=True)}" if action in THRESHOLDS else ""
            raise ManagerRequired(f"A manager's PIN is needed for this {action.replace('_', ' ')}{what}.",
                                  action=action)
        return self.authorise(pin, action=action, manager_id=manager_id)

    # -- PINs -----------------------------------------------------------------------------------------
    def login(self, *, user_id: str, pin: str) -> User:
        """The active user `user_id` if `pin` is theirs; a wrong PIN counts towards locking them."""
        now = self._clock()
        with self.db.reading() as connection:
            self._refuse_if_locked(connection, subject=user_id, at=now, whose="This user")
            user = users_repo.get(connection, user_id)
        if user is not None and user.active and pin_hash.verify(user.pin_hash, pin):
            self._succeeded(user_id)
            self._rehash(user, pin)
            return user
        self._failed(user_id, at=now, whose="this user")
        raise AuthorisationRefused("Wrong user or PIN.")

    def authorise(self, pin: str, *, action: str, manager_id: str | None = None) -> User:
        """The manager whose PIN this is, to authorise `action` now; AuthorisationRefused otherwise.

        With `manager_id` the PIN is checked against that manager and wrong PINs lock them; without, against
        every active manager, and wrong PINs lock manager authorisation at this till."""
        now = self._clock()
        subject = manager_id or f"authorise@{self.till_id}"
        with self.db.reading() as connection:
            self._refuse_if_locked(connection, subject=subject, at=now,
                                   whose="This manager" if manager_id else "Manager authorisation at this till")
            if manager_id:
                one = users_repo.get(connection, manager_id)
                candidates = [one] if one is not None and one.active else []
            else:
                candidates = [u for u in users_repo.all_users(connection) if u.active and u.role in MANAGER_ROLES
                              and users_repo.locked_until(connection, subject=u.user_id, at=now) is None]
        for user in candidates:
            if pin_hash.verify(user.pin_hash, pin):
                if user.role not in MANAGER_ROLES:
                    # The right PIN of a cashier: not a guess, so not counted; just not enough.
                    raise AuthorisationRefused(f"{user.name or user.user_id} is not a manager and cannot "
                                               f"authorise a {action.replace('_', ' ')}.")
                self._succeeded(subject)
                self._rehash(user, pin)
                return user
        self._failed(subject, at=now, whose="this manager" if manager_id else "manager authorisation at this till")
        raise AuthorisationRefused("Wrong manager PIN.")

    def lock_state(self, subject: str) -> users_repo.Lockout:
        with self.db.reading() as connection:
            return users_repo.lockout(connection, subject)

    def _refuse_if_locked(self, connection, *, subject: str, at: datetime, whose: str) -> None:
        until = users_repo.locked_until(connection, subject=subject, at=at)
        if until is not None:
            raise UserLocked(f"{whose} is locked after too many wrong PINs until "
                             f"{until.astimezone(at.tzinfo):%H:%M:%S}.", until=until)

    def _succeeded(self, subject: str) -> None:
        with self.db.reading() as connection:
            clean = users_repo.lockout(connection, subject).failures == 0
        if not clean:   # most sign-ins change nothing, so they take no write lock
            with self.db.transaction() as connection:
                users_repo.clear_failures(connection, subject)

    def _rehash(self, user: User, pin: str) -> None:
        # A hash made under other parameters (argon2-cffi's 64 MiB default, an older till) is stored again
        # under pin_hash's, once, while the right PIN is at hand. A pull from HQ may bring HQ's hash back:
        # it verifies just the same and is rehashed at the next sign-in.
        if pin_hash.needs_rehash(user.pin_hash):
            fresh = pin_hash.hash_pin(pin)     # hashed before taking the write lock
            with self.db.transaction() as connection:
                users_repo.set_pin_hash(connection, user_id=user.user_id, pin_hash=fresh)

    def _failed(self, subject: str, *, at: datetime, whose: str) -> None:
        limit = setting(self.db, "pin_max_failures")
        lock_for = timedelta(seconds=setting(self.db, "pin_lockout_seconds"))
        with self.db.transaction() as connection:
            until = users_repo.record_failure(connection, subject=subject, at=at, limit=limit, lock_for=lock_for)
        if until is not None:
            raise UserLocked(f"Too many wrong PINs: {whose} is locked until "
                             f"{until.astimezone(at.tzinfo):%H:%M:%S}.", until=until)
