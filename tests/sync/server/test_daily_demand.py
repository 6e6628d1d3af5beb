"""The sold-out flags of the daily demand, rebuilt backwards from HQ's level in SQL, equal a plain forward walk
through the same movements, whatever the movements (property test, both backends)."""
from __future__ import annotations

import secrets
from datetime import date, timedelta

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sync.server import bootstrap, samples
from sync.server.core.db import reading
from sync.server.crud import daily_demand
from tests.sync.server.office import at, catalog

FIRST = date(2026, 5, 2)
DAYS = 4
moves = st.lists(st.tuples(st.integers(0, DAYS), st.sampled_from(["apple", "bread"]), st.integers(-3_000, 3_000)),
                 max_size=25)


def _expected(movements: list[tuple[int, str, int, str]], *, skus: dict, floors: dict) -> dict:
    """Forward: each day's levels after its movements (time order); a day without any keeps its level."""
    flags = {}
    for name in ("apple", "bread"):
        mine = sorted((time, quantity) for day, sku, quantity, time in movements if sku == name)
        if not mine:
            continue
        level = sum(q for time, q in mine if time < at(FIRST.isoformat(), "00:00:00"))
        for offset in range(DAYS):
            day = (FIRST + timedelta(days=offset)).isoformat()
            after = []
            for time, quantity in mine:
                if time[:10] == day:
                    level += quantity
                    after.append(level)
            lowest = min(after) if after else level
            if lowest < floors[name]:
                flags[(day, skus[name])] = lowest
    return flags


@settings(max_examples=25, deadline=None, derandomize=True, database=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(moves=moves)
def test_sold_out_days_match_a_forward_walk(world, moves):
    skus = catalog(world)
    store = f"p{secrets.token_hex(4)}"
    bootstrap.add_store(world.engine, store_id=store)
    till = bootstrap.enroll_till(world.engine, store_id=store)
    movements = []
    for index, (offset, name, quantity) in enumerate(moves):
        day = (FIRST + timedelta(days=offset - 1)).isoformat()            # offset 0: the day before the range
        movements.append((day, name, quantity, at(day, f"{8 + index // 60:02d}:{index % 60:02d}:00")))
    if movements:
        events = [samples.event(i + 1, samples.movements_payload([(skus[name], quantity)], kind="count",
                                                                 created_at=time))
                  for i, (_day, name, quantity, time) in enumerate(movements)]
        answer = world.client.post("/api/v1/push", json={"events": events},
                                   headers={"Authorization": f"Bearer {till['token']}"})
        assert answer.status_code == 200, answer.text
    with reading(world.engine) as connection:
        rows = daily_demand.daily(connection=connection, store_id=store, first=FIRST,
                                  last=FIRST + timedelta(days=DAYS - 1))
    got = {(r["date"], r["sku"]): r["min_level"] for r in rows}
    assert all(r["sold_out"] and r["quantity"] == 0 for r in rows)
    assert got == _expected(movements, skus=skus, floors={"apple": 1, "bread": 1000})
