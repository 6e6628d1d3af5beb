"""Six weeks of a store's sales with a weekly rhythm, pushed through the real push route, for the forecasting
and replenishment tests: apples by weight (Fruit) sell 3 kg on weekdays and 6 kg at weekends, bread 4 pieces a
day; both are stocked first (a goods-in on the first morning), so no day is sold out. The days end yesterday, so
the forecast starts today and the replenishment routes read it from its first day."""
from __future__ import annotations

from datetime import date, datetime, timedelta

from sync.server import samples
from tests.sync.server.office import at, catalog, push

DAYS = 42
LAST = datetime.now(samples.SHANGHAI).date() - timedelta(days=1)    # the Shanghai store's yesterday: forecasts
FIRST = LAST - timedelta(days=DAYS - 1)                             # then start on its today


def apples(day: date) -> int:
    return 6_000 if day.weekday() >= 5 else 3_000


def history(world) -> dict[str, str]:
    skus = catalog(world)
    push(world, [samples.movements_payload([(skus["apple"], 400_000), (skus["bread"], 500_000)],
                                           created_at=at(FIRST.isoformat(), "07:00:00"))])
    payloads = []
    for offset in range(DAYS):
        day = FIRST + timedelta(days=offset)
        payloads.append(samples.sale_payload([(skus["apple"], apples(day), 698), (skus["bread"], 4_000, 500)],
                                             created_at=at(day.isoformat())))
    push(world, payloads)
    return skus
