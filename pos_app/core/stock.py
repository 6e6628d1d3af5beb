"""Stock as a ledger of signed movements, and what a level means for selling and ordering."""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import Enum

from pos_app.core.portions import low_stock_threshold
from pos_app.core.products import Product


class MovementKind(str, Enum):
    SALE = "sale"          # negative: sold
    REFUND = "refund"      # positive: returned to the shelf (or to be written off, see WASTE)
    GOODS_IN = "goods_in"  # positive: received from a supplier
    WASTE = "waste"        # negative: spoiled, damaged, returned unsellable
    COUNT = "count"        # either sign: the difference a stock count found
    TRANSFER = "transfer"  # either sign: moved between stores


@dataclass(frozen=True)
class Movement:
    sku: str
    kind: MovementKind
    quantity: int          # signed thousandths of the product's base unit
    reason: str = ""


class Status(str, Enum):
    OK = "ok"
    REPLENISH = "replenish"   # below safety stock: suggest an order
    LOW = "low"               # less than one whole portion / unit left: alert
    SOLD_OUT = "sold_out"     # below the smallest sellable fraction: the basket refuses it


def level_after(level: int, movements: Iterable[Movement]) -> int:
    return level + sum(m.quantity for m in movements)


def count_movement(*, sku: str, counted: int, level: int, reason: str = "stock count") -> Movement:
    """A stock count is recorded as the signed difference, so the ledger still sums to the level."""
    return Movement(sku=sku, kind=MovementKind.COUNT, quantity=counted - level, reason=reason)


def statuses(product: Product, *, level: int) -> list[Status]:
    """All that applies, most urgent first (a sold-out item is also low and due for replenishment)."""
    found = []
    sold_out = is_sold_out(product, level=level)
    if sold_out:
        found.append(Status.SOLD_OUT)
    # sold out implies the rest even when the floor is above the largest portion or safety stock is unset
    if sold_out or level < low_stock_threshold(product):
        found.append(Status.LOW)
    if sold_out or level < product.safety_stock:
        found.append(Status.REPLENISH)
    return found or [Status.OK]


def is_sold_out(product: Product, *, level: int) -> bool:
    return level < product.min_fraction
