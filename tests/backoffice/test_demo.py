"""The back office's demo HQ (`freshtill backoffice --demo`, the screenshots): two days of the demo baskets rung
on a real till reach HQ, and the window's client reads back exactly what the till recorded for each day."""
from __future__ import annotations

import sqlite3
from contextlib import closing
from datetime import date, timedelta

import pytest

from backoffice.demo import STORE_ID, start
from backoffice.window.hq_client import HqClient, settle_trust

pytestmark = pytest.mark.slow


def till_totals(folder, day: date) -> tuple[int, int]:
    """(sum of totals, baskets) of the day's sales, read from the till database with plain SQL."""
    with closing(sqlite3.connect(folder / "till" / "till.sqlite")) as connection:
        return connection.execute("SELECT coalesce(sum(total), 0), count(*) FROM sales WHERE kind = 'sale' "
                                  "AND created_at LIKE ?", (f"{day.isoformat()}%",)).fetchone()


def test_the_demo_days_reach_hq_to_the_fen(tmp_path):
    day = date(2026, 3, 10)
    hq = start(tmp_path, day=day)
    try:
        client = HqClient(settle_trust(hq.url, fingerprint=hq.fingerprint))
        client.login(user=hq.user, password=hq.password)
        figures = client.dashboard(store_id=STORE_ID, day=day.isoformat())
        assert figures["compared_day"] == (day - timedelta(days=7)).isoformat()
        for key, when in (("today", day), ("compared", day - timedelta(days=7))):
            revenue, baskets = till_totals(tmp_path, when)
            assert baskets > 100 and (figures[key]["revenue"], figures[key]["baskets"]) == (revenue, baskets)
        assert figures["today"]["revenue"] != figures["compared"]["revenue"]
        stock = {p["sku"]: p for p in client.stock(store_id=STORE_ID)}
        assert stock["V001"]["unit"] == "kg" and any(p["low_stock"] for p in stock.values())
        client.close()
    finally:
        hq.close()
