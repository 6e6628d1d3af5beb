"""Putting a basket aside (the customer forgot something) and bringing it back, across restarts.

A held basket is recalled exactly as it was: same lines, prices, discounts and total, whatever happened to
the catalog meanwhile; its stock is not reserved while it waits (nothing has left the shop).
"""
from __future__ import annotations

import uuid as uuidlib
from collections.abc import Callable
from datetime import datetime

from pos_app.core.basket import Basket
from pos_app.core.errors import InvalidInput
from pos_app.storage import held_repo, settings_repo
from pos_app.storage.database import TillDatabase
from pos_app.storage.held_repo import HeldBasket


class HeldBaskets:
    def __init__(self, db: TillDatabase, *, clock: Callable[[], datetime] | None = None) -> None:
        self.db = db
        self._clock = clock or (lambda: datetime.now().astimezone())
        with db.reading() as connection:
            self.till_id = settings_repo.get(connection, "till_id")

    def hold(self, basket: Basket, *, cashier: str, label: str = "") -> HeldBasket:
        """Store `basket`; the caller starts a new, empty one."""
        if not basket.lines:
            raise InvalidInput("An empty basket cannot be put on hold.")
        held_id, at = str(uuidlib.uuid4()), self._clock()
        label = label.strip()[:100]
        with self.db.transaction() as connection:
            held_repo.insert(connection, held_id=held_id, till=self.till_id, cashier=cashier, at=at, label=label,
                             basket=basket)
        return HeldBasket(id=held_id, till=self.till_id, cashier=cashier, held_at=at, label=label,
                          total=basket.total, line_count=len(basket.lines))

    def listing(self) -> list[HeldBasket]:
        with self.db.reading() as connection:
            return held_repo.listing(connection, till=self.till_id)

    def recall(self, held_id: str) -> Basket:
        """The held basket, removed from the list (two recalls of one basket: the second is refused)."""
        with self.db.transaction() as connection:
            basket = held_repo.take(connection, held_id)
        if basket is None:
            raise InvalidInput("That basket is no longer on hold; it was recalled already.")
        return basket
