"""The day's figures of one store or all: revenue, baskets and the average basket, by hour and by category,
beside the same weekday one week earlier. Summed by the database (GROUP BY), exact integers of fen.

Revenue is every sale's total plus every refund's (refunds are negative records), so it is what the tills
took that day. Baskets count sales only; the average basket is the sales' total over their number (a refund
of an earlier day's basket does not make today's baskets smaller). Hours are the tills' local hours.
"""
from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import Connection, text

from pos_app.core.money import div_round
from sync.server.crud.sold import day_after, range_params, sales_filter, sold_sql


def dashboard(*, connection: Connection, store_id: str | None, day: date) -> dict:
    before = day - timedelta(days=7)
    return {"store_id": store_id, "day": day.isoformat(), "today": figures(connection, store_id=store_id, day=day),
            "compared_day": before.isoformat(), "compared": figures(connection, store_id=store_id, day=before)}


def figures(connection: Connection, *, store_id: str | None, day: date) -> dict:
    params = range_params(start=day.isoformat(), end=day_after(day), store_id=store_id)
    store = store_id is not None
    hours = {hour: {"hour": hour, "revenue": 0, "baskets": 0} for hour in range(24)}
    sales_total = refunds_total = baskets = refunds = 0
    rows = connection.execute(text(
        f"SELECT substr(s.created_at, 12, 2) AS hour, s.kind AS kind, COUNT(*) AS n, SUM(s.total) AS total "
        f"FROM sales s WHERE {sales_filter(store=store)} GROUP BY substr(s.created_at, 12, 2), s.kind"), params)
    for hour_text, kind, count, total in rows:
        total = int(total)      # PostgreSQL's SUM of BIGINT is NUMERIC
        hour = hours.get(int(hour_text) if hour_text.isdigit() else -1)
        if kind == "sale":
            sales_total += total
            baskets += count
        else:
            refunds_total += total
            refunds += count
        if hour is not None:
            hour["revenue"] += total
            hour["baskets"] += count if kind == "sale" else 0
    categories = [{"category": category, "revenue": int(revenue)} for category, revenue in connection.execute(text(
        f"SELECT COALESCE(p.category, '') AS category, SUM(x.amount) AS revenue "
        f"FROM ({sold_sql(connection, store=store)}) x LEFT JOIN products p ON p.sku = x.sku "
        f"GROUP BY COALESCE(p.category, '') ORDER BY revenue DESC, category"), params)]
    return {"revenue": sales_total + refunds_total, "sales": sales_total, "refunds": refunds_total,
            "baskets": baskets, "refund_count": refunds,
            "average_basket": div_round(sales_total, baskets) if baskets else 0,
            "hours": list(hours.values()), "categories": categories}
