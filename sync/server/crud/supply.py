"""Supply terms at HQ: suppliers (lead time, review period, minimum order) and each product's own terms (lead
time, shelf life, loss rate, pack size, minimum order) — what replenishment needs and the tills do not, so
none of it travels in the pull.

A product names its supplier in `products.supplier` (free text, as in the catalog file); a supplier row with
that id gives its lead time and review period. Unset values fall back: the product's lead time to its
supplier's, then to one day; its pack size to its smallest sellable quantity (`min_fraction`).
"""
from __future__ import annotations

from sqlalchemy import Connection, select

from sync.server.core.db import upsert
from sync.server.core.errors import Invalid
from sync.server.crud import audit
from sync.server.models import product_supply, products, suppliers

DEFAULT_LEAD_DAYS = 1
DEFAULT_REVIEW_DAYS = 1
SUPPLY_FIELDS = ("lead_time_days", "shelf_life_days", "loss_rate", "pack_size", "min_order")
SUPPLIER_FIELDS = ("id", "name", "lead_time_days", "review_days", "min_order_amount", "active")


def list_suppliers(*, connection: Connection) -> list[dict]:
    return [dict(row) for row in connection.execute(select(suppliers).order_by(suppliers.c.id)).mappings()]


def upsert_suppliers(*, connection: Connection, items: list[dict], actor: str) -> int:
    ids = [item["id"] for item in items]
    if len(set(ids)) != len(ids):
        raise Invalid("A supplier is listed twice.")
    upsert(connection, suppliers, [{field: item[field] for field in SUPPLIER_FIELDS} for item in items], keys=["id"])
    audit.record(connection, actor=actor, action="supply.suppliers", detail=",".join(ids[:50]))
    return len(items)


def upsert_terms(*, connection: Connection, items: list[dict], actor: str) -> int:
    """Replace the terms of each listed product (a field left out or null is unset, i.e. its default)."""
    skus = [item["sku"] for item in items]
    if len(set(skus)) != len(skus):
        raise Invalid("A product is listed twice.")
    known: set[str] = set()
    for start in range(0, len(skus), 500):
        known.update(connection.execute(select(products.c.sku).where(products.c.sku.in_(skus[start:start + 500])))
                     .scalars())
    missing = [sku for sku in skus if sku not in known]
    if missing:
        raise Invalid(f"Not in HQ's catalog: {', '.join(missing[:10])}" + (" …" if len(missing) > 10 else "") + ".")
    upsert(connection, product_supply, [{"sku": item["sku"], **{field: item.get(field) for field in SUPPLY_FIELDS}}
                                        for item in items], keys=["sku"])
    audit.record(connection, actor=actor, action="supply.terms", target=f"{len(items)} products",
                 detail=",".join(skus[:20]))
    return len(items)


def terms(*, connection: Connection, after: str = "", limit: int = 1000, skus: list[str] | None = None) -> list[dict]:
    """Every product's terms (combos too: they are ordered as their components), in SKU order after `after`."""
    query = (select(products.c.sku, products.c.supplier, products.c.min_fraction, product_supply.c.lead_time_days,
                    product_supply.c.shelf_life_days, product_supply.c.loss_rate, product_supply.c.pack_size,
                    product_supply.c.min_order, suppliers.c.lead_time_days.label("supplier_lead"),
                    suppliers.c.review_days)
             .select_from(products.outerjoin(product_supply, product_supply.c.sku == products.c.sku)
                          .outerjoin(suppliers, suppliers.c.id == products.c.supplier))
             .order_by(products.c.sku))
    if skus is not None:
        query = query.where(products.c.sku.in_(skus))
    else:
        query = query.where(products.c.sku > after).limit(limit)
    return [_effective(row) for row in connection.execute(query).mappings()]


def _effective(row) -> dict:
    lead = row["lead_time_days"]
    return {"sku": row["sku"], "supplier": row["supplier"], "lead_time_days": lead,
            "shelf_life_days": row["shelf_life_days"], "loss_rate": row["loss_rate"] or 0,
            "pack_size": row["pack_size"], "min_order": row["min_order"] or 0,
            "effective_lead_time_days": lead if lead is not None else (
                row["supplier_lead"] if row["supplier_lead"] is not None else DEFAULT_LEAD_DAYS),
            "review_days": row["review_days"] if row["review_days"] is not None else DEFAULT_REVIEW_DAYS,
            "effective_pack_size": row["pack_size"] or row["min_fraction"]}
