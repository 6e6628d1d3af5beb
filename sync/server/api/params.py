"""What the back-office report routes share: which stores a session may read, and days and date ranges.

Days are the stores' local business days, `YYYY-MM-DD`, compared with the first ten characters of the
tills' own times (a till's offset defines its day; HQ never converts).
"""
from __future__ import annotations

from datetime import date
from typing import Annotated

from fastapi import Path, Query

from sync.server.api.deps import same_store
from sync.server.core.errors import Forbidden, Invalid
from sync.server.state import Principal

StoreId = Path(max_length=64, description="a store id")
_DAY = r"^\d{4}-\d{2}-\d{2}$"
DayText = Annotated[str, Query(min_length=10, max_length=10, pattern=_DAY, description="a business day, YYYY-MM-DD")]
FromDay = Annotated[str, Query(alias="from", min_length=10, max_length=10, pattern=_DAY,
                               description="the first business day, YYYY-MM-DD")]
ToDay = Annotated[str, Query(alias="to", min_length=10, max_length=10, pattern=_DAY,
                             description="the last business day (included), YYYY-MM-DD")]
MAX_RANGE_DAYS = 1100     # three years: what a forecast's history needs, and a bound on one report's work


def store_scope(who: Principal, store_id: str) -> str:
    """One store's figures: a manager tied to another store is refused (403)."""
    same_store(who, store_id)
    return store_id


def every_store(who: Principal) -> None:
    """Every store's figures: admins and managers tied to no store; a store's own manager is refused."""
    if who.role != "admin" and who.store_id:
        raise Forbidden(f"You may see store {who.store_id} only; ask for /stores/{who.store_id}/….")


def parse_day(text: str, *, what: str = "day") -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise Invalid(f"{what}: {text!r} is not a calendar day; write it as YYYY-MM-DD.") from None


def day_range(start: str, end: str, *, max_days: int = MAX_RANGE_DAYS) -> tuple[date, date]:
    """`from` and `to`, both included; refused when reversed or longer than `max_days`."""
    first, last = parse_day(start, what="from"), parse_day(end, what="to")
    if last < first:
        raise Invalid(f"to ({end}) is before from ({start}).")
    if (last - first).days + 1 > max_days:
        raise Invalid(f"from {start} to {end} is {(last - first).days + 1} days; ask for at most {max_days}.")
    return first, last

