"""Sales analysis over a date range, one store or all: quantity and amount by category with its share of the
total, margin, top and bottom sellers, and the waste rate of each category.

The database sums per product (GROUP BY over crud/sold.py's rows and over the ledger's waste movements);
here the per-product sums are priced at cost and gathered by category — a few thousand rows at most.

- Margin = amount − cost × quantity, with the product's current cost per base unit, rounded once per
  product (half away from zero); amounts are net of every discount, refunds negative.
- Quantities are thousandths of each product's base unit; a category's quantity adds kilograms and pieces
  alike, so the waste rate is given both by quantity and by cost value (which does not mix units).
- Waste rate = waste ÷ (sold + waste), in basis points; `fresh` marks categories with a perishable product
  (a shelf life in its supply terms) or one sold by weight.
- Top and bottom sellers rank the products sold in the range by amount.
"""
from __future__ import annotations

from datetime import date

from sqlalchemy import Connection, text

from pos_app.core.money import div_round
from sync.server.crud.sold import day_after, range_params, sold_sql

_PRODUCT = ("COALESCE(MAX(p.category), '') AS category, COALESCE(MAX(p.cost), 0) AS cost, "
            "COALESCE(MAX(p.name_zh), '') AS name_zh, COALESCE(MAX(p.name_en), '') AS name_en, "
            "COALESCE(MAX(p.unit), '') AS unit, COALESCE(MAX(p.sold_by), '') AS sold_by, "
            "MAX(ps.shelf_life_days) AS shelf_life")
_JOIN = "LEFT JOIN products p ON p.sku = {0}.sku LEFT JOIN product_supply ps ON ps.sku = {0}.sku"


def analysis(*, connection: Connection, store_id: str | None, first: date, last: date, top: int) -> dict:
    params = range_params(start=first.isoformat(), end=day_after(last), store_id=store_id)
    store = store_id is not None
    sold = connection.execute(text(
        f"SELECT x.sku AS sku, SUM(x.quantity) AS quantity, SUM(x.amount) AS amount, {_PRODUCT} "
        f"FROM ({sold_sql(connection, store=store)}) x {_JOIN.format('x')} GROUP BY x.sku"), params).mappings().all()
    waste = connection.execute(text(
        f"SELECT m.sku AS sku, -SUM(m.quantity) AS quantity, {_PRODUCT} FROM stock_movements m {_JOIN.format('m')} "
        f"WHERE m.kind = 'waste' AND m.till_time >= :start AND m.till_time < :end"
        f"{' AND m.store_id = :store' if store else ''} GROUP BY m.sku"), params).mappings().all()
    products: dict[str, dict] = {}
    for row in [*sold, *waste]:
        products.setdefault(row["sku"], _product(row))
    for row in sold:
        item = products[row["sku"]]
        item["quantity"], item["amount"] = int(row["quantity"]), int(row["amount"])
        item["cost_amount"] = div_round(item["cost"] * item["quantity"], 1000)
        item["margin"] = item["amount"] - item["cost_amount"]
    for row in waste:
        item = products[row["sku"]]
        item["waste_quantity"] = int(row["quantity"])
        item["waste_cost"] = div_round(item["cost"] * item["waste_quantity"], 1000)
    total = sum(item["amount"] for item in products.values())
    ranked = sorted((item for item in products.values() if item["quantity"] or item["amount"]),
                    key=lambda item: (-item["amount"], item["sku"]))
    sellers = [_seller(item) for item in ranked]
    return {"store_id": store_id, "from": first.isoformat(), "to": last.isoformat(), "amount": total,
            "cost_amount": sum(item["cost_amount"] for item in products.values()),
            "margin": sum(item["margin"] for item in products.values()),
            "waste_cost": sum(item["waste_cost"] for item in products.values()),
            "categories": _categories(products.values(), total=total),
            "top": sellers[:top], "bottom": sellers[::-1][:top]}


def _product(row) -> dict:
    return {"sku": row["sku"], "category": row["category"], "cost": int(row["cost"]), "name_zh": row["name_zh"],
            "name_en": row["name_en"], "unit": row["unit"],
            "fresh": row["shelf_life"] is not None or row["sold_by"] == "weight",
            "quantity": 0, "amount": 0, "cost_amount": 0, "margin": 0, "waste_quantity": 0, "waste_cost": 0}


def _seller(item: dict) -> dict:
    return {key: item[key] for key in ("sku", "name_zh", "name_en", "category", "unit", "quantity", "amount",
                                       "margin")}


def _categories(items, *, total: int) -> list[dict]:
    found: dict[str, dict] = {}
    for item in items:
        category = found.setdefault(item["category"], {
            "category": item["category"], "quantity": 0, "amount": 0, "cost_amount": 0, "margin": 0,
            "waste_quantity": 0, "waste_cost": 0, "fresh": False})
        for key in ("quantity", "amount", "cost_amount", "margin", "waste_quantity", "waste_cost"):
            category[key] += item[key]
        category["fresh"] = category["fresh"] or item["fresh"]
    for category in found.values():
        category["share"] = _rate(category["amount"], total)
        category["margin_rate"] = _rate(category["margin"], category["amount"])
        category["waste_rate"] = _rate(category["waste_quantity"], category["quantity"] + category["waste_quantity"])
        category["waste_cost_rate"] = _rate(category["waste_cost"],
                                            category["cost_amount"] + category["waste_cost"])
    return sorted(found.values(), key=lambda c: (-c["amount"], c["category"]))


def _rate(part: int, whole: int) -> int | None:
    """part ÷ whole in basis points (10000 = 100 %), rounded half away from zero; None when whole is not positive."""
    return div_round(part * 10_000, whole) if whole > 0 else None
