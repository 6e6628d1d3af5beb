"""Suggested orders for a store: backoffice.analytics.replenishment's order-up-to policy fed with HQ's own
figures — the latest stored forecast and its error, the level now, what is on order (purchase orders sent and
not yet received) and the product's supply terms.

Computed when asked, not stored by the night: the level and the orders on the way change all day, the forecast
only at night. A forecast made on an earlier day is read from today on (its past days dropped). The nightly job
keeps a copy of what it suggested (`suggested_orders`) for the record.
"""
from __future__ import annotations

from datetime import date

from sqlalchemy import Connection, delete, func, select

from backoffice.analytics.replenishment import OrderPolicy, suggest_order
from sync.server.core.security import now
from sync.server.crud import forecasts as stored
from sync.server.crud.supply import terms
from sync.server.models import products, stock_levels, suppliers
from sync.server.planning import forecasts, purchase_order_lines, purchase_orders, suggested_orders

DEFAULT_SERVICE_BP = 9500


def suggestions(*, connection: Connection, store_id: str, today: date, supplier: str | None = None,
                service_level_bp: int = DEFAULT_SERVICE_BP, after: str = "", limit: int = 1000) -> list[dict]:
    """One line per forecast product of the store (SKU order after `after`), with every input of its order."""
    query = (select(products.c.sku, products.c.name_zh, products.c.name_en, products.c.unit, products.c.category,
                    products.c.supplier)
             .select_from(products.join(forecasts, (forecasts.c.sku == products.c.sku)
                                        & (forecasts.c.store_id == store_id)))
             .where(products.c.sold_by != "combo", products.c.active.is_(True), products.c.sku > after)
             .order_by(products.c.sku).limit(limit))
    if supplier is not None:
        query = query.where(products.c.supplier == supplier)
    listed = [dict(row) for row in connection.execute(query).mappings()]
    skus = [row["sku"] for row in listed]
    supply = {row["sku"]: row for row in terms(connection=connection, skus=skus)} if skus else {}
    levels = _levels(connection, store_id=store_id, skus=skus)
    coming = on_order(connection=connection, store_id=store_id, skus=skus)
    known = stored.of_skus(connection=connection, store_id=store_id, skus=skus)
    return [_line(row, supply=supply[row["sku"]], forecast=known[row["sku"]], on_hand=levels.get(row["sku"], 0),
                  on_order=coming.get(row["sku"], 0), today=today, service_level_bp=service_level_bp)
            for row in listed]


def _line(row: dict, *, supply: dict, forecast: dict, on_hand: int, on_order: int, today: date,
          service_level_bp: int) -> dict:
    policy = OrderPolicy(lead_time_days=supply["effective_lead_time_days"], review_days=supply["review_days"],
                         service_level_bp=service_level_bp, pack_size=max(supply["effective_pack_size"], 1),
                         min_order=supply["min_order"], shelf_life_days=supply["shelf_life_days"],
                         loss_rate_bp=supply["loss_rate"])
    daily = forecast["daily"]
    elapsed = (today - date.fromisoformat(forecast["start_day"])).days
    # A forecast older than its horizon is read as its last week repeated (demand_over's rule past the end).
    remaining = daily[max(0, min(elapsed, len(daily) - 7)):] if daily else [0]
    made = suggest_order(forecast=remaining, error_sigma=forecast["sigma"], on_hand=on_hand, on_order=on_order,
                         policy=policy)
    return {**row, "on_hand": on_hand, "on_order": on_order, "position": made.position,
            "lead_time_days": policy.lead_time_days, "review_days": policy.review_days,
            "service_level_bp": service_level_bp, "cycle_demand": made.cycle_demand,
            "safety_stock": made.safety_stock, "shelf_life_days": policy.shelf_life_days,
            "shelf_life_cap": made.shelf_life_cap, "capped": made.capped, "loss_rate": policy.loss_rate_bp,
            "order_up_to": made.order_up_to, "pack_size": policy.pack_size, "min_order": policy.min_order,
            "suggested": made.order, "model": forecast["model"], "fallback": forecast["fallback"],
            "forecast_start": forecast["start_day"], "stale": elapsed >= len(daily)}


def on_order(*, connection: Connection, store_id: str, skus: list[str]) -> dict[str, int]:
    """What purchase orders sent and not yet received bring, per SKU."""
    found: dict[str, int] = {}
    for start in range(0, len(skus), 500):
        query = (select(purchase_order_lines.c.sku, func.sum(purchase_order_lines.c.ordered))
                 .select_from(purchase_order_lines.join(purchase_orders,
                                                        purchase_orders.c.id == purchase_order_lines.c.order_id))
                 .where(purchase_orders.c.store_id == store_id, purchase_orders.c.status == "sent",
                        purchase_order_lines.c.sku.in_(skus[start:start + 500]))
                 .group_by(purchase_order_lines.c.sku))
        found.update({sku: int(total) for sku, total in connection.execute(query)})
    return found


def supplier_names(*, connection: Connection, store_id: str) -> list[dict]:
    """The suppliers of the store's forecast products, with their names where HQ has a supplier row."""
    query = (select(products.c.supplier, func.max(suppliers.c.name), func.count())
             .select_from(products.join(forecasts, (forecasts.c.sku == products.c.sku)
                                        & (forecasts.c.store_id == store_id))
                          .outerjoin(suppliers, suppliers.c.id == products.c.supplier))
             .where(products.c.sold_by != "combo", products.c.active.is_(True))
             .group_by(products.c.supplier).order_by(products.c.supplier))
    return [{"id": supplier, "name": name or "", "products": count}
            for supplier, name, count in connection.execute(query)]


def keep(*, connection: Connection, store_id: str, run_id: int, today: date) -> int:
    """The nightly record of what was suggested for the store; returns how many products."""
    connection.execute(delete(suggested_orders).where(suggested_orders.c.store_id == store_id))
    moment, after, count = now(), "", 0
    while True:
        page = suggestions(connection=connection, store_id=store_id, today=today, after=after)
        if not page:
            return count
        connection.execute(suggested_orders.insert(), [
            {"store_id": store_id, "sku": line["sku"], "run_id": run_id, "supplier": line["supplier"],
             "on_hand": line["on_hand"], "on_order": line["on_order"], "cycle_demand": line["cycle_demand"],
             "safety_stock": line["safety_stock"], "shelf_life_cap": line["shelf_life_cap"],
             "order_up_to": line["order_up_to"], "suggested": line["suggested"], "computed_at": moment}
            for line in page])
        count += len(page)
        after = page[-1]["sku"]


def _levels(connection: Connection, *, store_id: str, skus: list[str]) -> dict[str, int]:
    found: dict[str, int] = {}
    for start in range(0, len(skus), 500):
        found.update(connection.execute(select(stock_levels.c.sku, stock_levels.c.quantity).where(
            stock_levels.c.store_id == store_id, stock_levels.c.sku.in_(skus[start:start + 500]))).all())
    return found
