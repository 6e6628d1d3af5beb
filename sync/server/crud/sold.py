"""What was sold: one row per product share of every sale and refund line — what each sales report sums.

A sale line is nearly always one product's share of the sale itself (its `parts` column is NULL: the line's
sku, quantity and net amount); a combo's line carries its components' shares as JSON `[[sku, quantity,
amount, tax_rate], …]` (sync/server/models.py). Both are read here in SQL, so reports GROUP BY in the
database whatever the backend. Refunds are negative records: their quantities and amounts already count
against the sales.

The subquery's rows: `store_id, kind, created_at, sku, quantity, amount, gross` where `amount` is the net
revenue share (after every discount; the shares of a sale add up to its total) and `gross` the line's amount
before its discounts (for a combo component, its share of the net: a combo's discount is not split).
Parameters: `:start` and `:end` (till times `start <= created_at < end`), and `:store` when one store is asked.
"""
from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import Connection

from sync.server.core.db import is_postgres

_PG_PARTS = ("CROSS JOIN LATERAL jsonb_array_elements(CAST(l.parts AS jsonb)) AS j(value)",
             "j.value ->> 0", "CAST(j.value ->> 1 AS BIGINT)", "CAST(j.value ->> 2 AS BIGINT)")
_SQLITE_PARTS = (", json_each(l.parts) AS j",
                 "json_extract(j.value, '$[0]')", "CAST(json_extract(j.value, '$[1]') AS INTEGER)",
                 "CAST(json_extract(j.value, '$[2]') AS INTEGER)")


def sales_filter(*, store: bool, alias: str = "s") -> str:
    """The WHERE condition on `sales` of one report: its till-time range, and its store when one is asked."""
    where = f"{alias}.created_at >= :start AND {alias}.created_at < :end"
    return f"{alias}.store_id = :store AND {where}" if store else where


def sold_sql(connection: Connection, *, store: bool) -> str:
    expand, sku, quantity, amount = _PG_PARTS if is_postgres(connection) else _SQLITE_PARTS
    where = sales_filter(store=store)
    return (f"SELECT s.store_id, s.kind, s.created_at, l.sku AS sku, l.quantity AS quantity, l.net AS amount, "
            f"l.amount AS gross FROM sales s JOIN sale_lines l ON l.sale_uuid = s.uuid "
            f"WHERE l.parts IS NULL AND {where} "
            f"UNION ALL "
            f"SELECT s.store_id, s.kind, s.created_at, {sku}, {quantity}, {amount}, {amount} "
            f"FROM sales s JOIN sale_lines l ON l.sale_uuid = s.uuid {expand} "
            f"WHERE l.parts IS NOT NULL AND {where}")


def range_params(*, start: str, end: str, store_id: str | None) -> dict:
    params = {"start": start, "end": end}
    if store_id is not None:
        params["store"] = store_id
    return params


def day_after(day: date) -> str:
    """The exclusive upper bound of a day's till times: every `YYYY-MM-DDT…` of `day` sorts below it."""
    return (day + timedelta(days=1)).isoformat() if day < date.max else "9999-99"
