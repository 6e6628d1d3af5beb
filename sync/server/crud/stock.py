"""A store's stock as the back office sees it: every product's level with what it can still sell and its
alerts, and one product's movement history with the level after each movement.

Levels are HQ's (`stock_levels`, the sum of the store's ledger); the till's own unsent sales are not in them.
Flags follow the till's rules (pos_app.core.stock): sold out below the smallest sellable quantity
(`min_fraction`), low stock below the safety stock, oversold below zero. Combos have no stock of their own
and are left out; levels of SKUs the catalog lacks (sold at a till before HQ knew them) are listed as unknown.
"""
from __future__ import annotations

import re
from datetime import timezone

from sqlalchemy import Connection, and_, func, not_, or_, select

from sync.server.core.errors import Invalid, NotFound
from sync.server.models import portions, products, stock_levels, stock_movements, stock_operations

ALERTS = ("sold_out", "low_stock", "oversold", "delisted", "unknown")
_UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")


def levels(*, connection: Connection, store_id: str, after: str, limit: int, alert: str | None = None) -> dict:
    """Products in SKU order after `after`, at most `limit`, optionally only those with `alert`."""
    level = func.coalesce(stock_levels.c.quantity, 0)
    query = (select(products.c.sku, products.c.name_zh, products.c.name_en, products.c.category, products.c.unit,
                    products.c.active, products.c.safety_stock, products.c.min_fraction, level.label("level"))
             .select_from(products.outerjoin(stock_levels, and_(stock_levels.c.store_id == store_id,
                                                                stock_levels.c.sku == products.c.sku)))
             .where(products.c.sold_by != "combo", products.c.sku > after).order_by(products.c.sku).limit(limit + 1))
    conditions = {"sold_out": and_(products.c.active, level < products.c.min_fraction),
                  "low_stock": and_(products.c.active, level < products.c.safety_stock),
                  "oversold": level < 0, "delisted": not_(products.c.active)}
    rows = []
    if alert != "unknown":
        if alert is not None:
            query = query.where(conditions[alert])
        rows = [{**row, "known": True} for row in connection.execute(query).mappings()]
    if alert in (None, "unknown", "oversold"):
        rows = sorted(rows + _unknown(connection, store_id=store_id, after=after, limit=limit,
                                      negative=alert == "oversold"), key=lambda row: row["sku"])
    more = len(rows) > limit
    rows = rows[:limit]
    sizes = _portions(connection, [row["sku"] for row in rows if row["known"]])
    items = [_item(row, sizes.get(row["sku"], [])) for row in rows]
    return {"store_id": store_id, "products": items, "next": items[-1]["sku"] if more else None}


def _unknown(connection: Connection, *, store_id: str, after: str, limit: int, negative: bool) -> list[dict]:
    query = (select(stock_levels.c.sku, stock_levels.c.quantity.label("level"))
             .select_from(stock_levels.outerjoin(products, products.c.sku == stock_levels.c.sku))
             .where(stock_levels.c.store_id == store_id, products.c.sku.is_(None), stock_levels.c.sku > after)
             .order_by(stock_levels.c.sku).limit(limit + 1))
    if negative:
        query = query.where(stock_levels.c.quantity < 0)
    return [{"sku": sku, "name_zh": "", "name_en": "", "category": "", "unit": "", "active": True, "safety_stock": 0,
             "min_fraction": 1, "level": quantity, "known": False} for sku, quantity in connection.execute(query)]


def _portions(connection: Connection, skus: list[str]) -> dict[str, list[tuple[str, int]]]:
    found: dict[str, list[tuple[str, int]]] = {}
    for start in range(0, len(skus), 500):
        for sku, code, size in connection.execute(
                select(portions.c.sku, portions.c.code, portions.c.size)
                .where(portions.c.sku.in_(skus[start:start + 500]))
                .order_by(portions.c.sku, portions.c.position)):
            found.setdefault(sku, []).append((code, size))
    return found


def _item(row: dict, sizes: list[tuple[str, int]]) -> dict:
    level, known = row["level"], row["known"]
    shelf = max(level, 0)
    return {"sku": row["sku"], "name_zh": row["name_zh"], "name_en": row["name_en"], "category": row["category"],
            "unit": row["unit"], "level": level, "safety_stock": row["safety_stock"],
            "min_fraction": row["min_fraction"], "whole_units": shelf // 1000,
            "portions": [{"code": code, "size": size, "sellable": shelf // size} for code, size in sizes],
            "sold_out": bool(known and row["active"] and level < row["min_fraction"]),
            "low_stock": bool(known and row["active"] and level < row["safety_stock"]),
            "oversold": level < 0, "delisted": not row["active"], "unknown": not known}


def movements(*, connection: Connection, store_id: str, sku: str, before: str | None, limit: int) -> dict:
    """The product's ledger rows, newest first (by the time each was made, then uuid), each with the level
    just after it; `before` is the `next` of the previous page. Call inside one snapshot: the current level
    and the movements must agree."""
    cursor = _cursor(before)
    current = connection.execute(select(stock_levels.c.quantity).where(
        stock_levels.c.store_id == store_id, stock_levels.c.sku == sku)).scalar()
    if current is None and connection.execute(select(products.c.sku).where(products.c.sku == sku)).first() is None:
        raise NotFound(f"There is no product {sku} and no stock of it at store {store_id}.")
    m = stock_movements
    mine = and_(m.c.store_id == store_id, m.c.sku == sku)
    query = (select(m.c.uuid, m.c.kind, m.c.quantity, m.c.reason, m.c.till_time, m.c.till_id, m.c.sale_uuid,
                    m.c.event_id, m.c.received_at, stock_operations.c.actor)
             .select_from(m.outerjoin(stock_operations, stock_operations.c.uuid == m.c.event_id))
             .where(mine).order_by(m.c.till_time.desc(), m.c.uuid.desc()).limit(limit + 1))
    newer = 0
    if cursor is not None:
        time, uuid = cursor
        query = query.where(or_(m.c.till_time < time, and_(m.c.till_time == time, m.c.uuid < uuid)))
        newer = connection.execute(select(func.coalesce(func.sum(m.c.quantity), 0)).where(
            mine, or_(m.c.till_time > time, and_(m.c.till_time == time, m.c.uuid >= uuid)))).scalar_one()
    rows = connection.execute(query).mappings().all()
    level = (current or 0) - newer
    items = []
    for row in rows[:limit]:
        items.append({"uuid": str(row["uuid"]).lower(), "kind": row["kind"], "quantity": row["quantity"],
                      "level_after": level, "reason": row["reason"], "at": row["till_time"],
                      "till_id": row["till_id"] or None, "actor": row["actor"],
                      "sale_uuid": None if row["sale_uuid"] is None else str(row["sale_uuid"]).lower(),
                      "received_at": _utc_text(row["received_at"])})
        level -= row["quantity"]
    more = len(rows) > limit
    return {"store_id": store_id, "sku": sku, "level": current or 0, "movements": items,
            "next": f"{items[-1]['at']}|{items[-1]['uuid']}" if more else None}


def _cursor(text: str | None) -> tuple[str, str] | None:
    if not text:
        return None
    time, _, uuid = text.rpartition("|")
    if not time or not _UUID.match(uuid) or len(time) > 40:
        raise Invalid("before: pass back the `next` value of the previous page unchanged.")
    return time, uuid


def _utc_text(moment) -> str:
    # SQLite hands back naive datetimes for timezone-aware columns; they were stored as UTC.
    return (moment if moment.tzinfo else moment.replace(tzinfo=timezone.utc)).isoformat()
