"""The catalog at HQ: products with barcodes, portions and combo components, and per-store prices.

Products come in as `sync.protocol.ProductWire` (the shape a till receives); the `price` there is the
default price, which a store price overrides for one store. Every write bumps the scope's version and
stamps the rows it changes, so the next pull of every affected till delivers exactly those.
"""
from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import Connection, delete, select, update

from sync.protocol import ProductWire
from sync.server.core.db import is_postgres, upsert
from sync.server.core.errors import Conflict, HqError, NotFound
from sync.server import feed
from sync.server.crud import audit, versions
from sync.server.crud.stores import get_store
from sync.server.models import barcodes, combo_components, portions, products, store_prices

_CHUNK = 500
_PRODUCT_FIELDS = ("sku", "name_zh", "name_en", "pinyin", "unit", "sold_by", "price", "cost", "tax_rate",
                   "category", "supplier", "plu", "safety_stock", "min_fraction", "allow_custom", "pricing", "active")


def upsert_products(*, connection: Connection, items: list[ProductWire], actor: str) -> int:
    """Insert or replace products whole (their barcodes, portions and components too). Returns the version."""
    _check_unique(items)
    skus = [p.sku for p in items]
    _check_barcodes_free(connection, items)
    version = versions.bump(connection, scope=versions.CATALOG)
    upsert(connection, products, [{**{f: getattr(p, f) for f in _PRODUCT_FIELDS}, "plu": p.plu or None,
                                   "version": version} for p in items], keys=["sku"])
    for chunk in _chunks(skus):
        connection.execute(delete(barcodes).where(barcodes.c.sku.in_(chunk)))
        connection.execute(delete(portions).where(portions.c.sku.in_(chunk)))
        connection.execute(delete(combo_components).where(combo_components.c.combo_sku.in_(chunk)))
    rows = [{"code": code, "sku": p.sku} for p in items for code in p.barcodes]
    if rows:
        connection.execute(barcodes.insert(), rows)
    rows = [{"sku": p.sku, "code": q.code, "position": i, "name_zh": q.name_zh, "name_en": q.name_en,
             "size": q.size, "price": q.price} for p in items for i, q in enumerate(p.portions)]
    if rows:
        connection.execute(portions.insert(), rows)
    rows = [{"combo_sku": p.sku, "position": i, "sku": c.sku, "quantity": c.quantity, "portion": c.portion}
            for p in items for i, c in enumerate(p.components)]
    if rows:
        connection.execute(combo_components.insert(), rows)
    audit.record(connection, actor=actor, action="catalog.upsert", target=f"{len(items)} products",
                 detail=",".join(skus[:20]))
    return version


def delist(*, connection: Connection, skus: list[str], actor: str) -> int:
    """Stop selling (kept for history): tills receive the SKUs in `delisted`."""
    version = versions.bump(connection, scope=versions.CATALOG)
    for chunk in _chunks(skus):
        connection.execute(update(products).where(products.c.sku.in_(chunk)).values(active=False, version=version))
    audit.record(connection, actor=actor, action="catalog.delist", detail=",".join(skus[:50]))
    return version


def set_store_price(*, connection: Connection, store_id: str, sku: str, price: int, actor: str) -> int:
    if price < 0:
        raise HqError("A price cannot be negative.")
    get_store(connection=connection, store_id=store_id)
    if connection.execute(select(products.c.sku).where(products.c.sku == sku)).first() is None:
        raise NotFound(f"There is no product {sku}.")
    version = versions.bump(connection, scope=versions.store_scope(store_id))
    upsert(connection, store_prices, [{"store_id": store_id, "sku": sku, "price": price, "version": version}],
           keys=["store_id", "sku"])
    audit.record(connection, actor=actor, action="catalog.store_price", target=f"{store_id}/{sku}", detail=str(price))
    return version


def list_products(*, connection: Connection, after: str, limit: int, store_id: str | None = None) -> dict:
    """Every product (delisted ones too, `active` false) in SKU order after `after`, whole: barcodes, portions,
    components; with `store_id`, that store's own price beside the default one."""
    if store_id is not None:
        get_store(connection=connection, store_id=store_id)
    columns = [c for c in products.c if c.name != "version"]
    rows = [dict(row) for row in connection.execute(select(*columns).where(products.c.sku > after)
                                                    .order_by(products.c.sku).limit(limit + 1)).mappings()]
    more = len(rows) > limit
    rows = rows[:limit]
    skus = [row["sku"] for row in rows]
    codes, parts, combos = feed.product_details(connection, skus)
    prices: dict[str, int] = {}
    if store_id is not None:
        for chunk in _chunks(skus):
            prices.update(connection.execute(select(store_prices.c.sku, store_prices.c.price).where(
                store_prices.c.store_id == store_id, store_prices.c.sku.in_(chunk))).all())
    items = [{**row, "plu": row["plu"] or None, "allow_custom": bool(row["allow_custom"]),
              "active": bool(row["active"]),
              "barcodes": codes.get(row["sku"], []), "portions": parts.get(row["sku"], []),
              "components": combos.get(row["sku"], []), "store_price": prices.get(row["sku"])} for row in rows]
    return {"products": items, "next": skus[-1] if more else None}


def known_skus(*, connection: Connection, skus: Iterable[str]) -> set[str]:
    if is_postgres(connection):   # one array parameter instead of thousands of placeholders
        return set(connection.exec_driver_sql("SELECT sku FROM products WHERE sku = ANY(%s)",
                                              (sorted(set(skus)),)).scalars().all())
    found: set[str] = set()
    for chunk in _chunks(sorted(set(skus))):
        found.update(sku for (sku,) in connection.execute(select(products.c.sku).where(products.c.sku.in_(chunk))))
    return found


def _check_unique(items: list[ProductWire]) -> None:
    seen: dict[str, str] = {}
    skus: set[str] = set()
    for p in items:
        if p.sku in skus:
            raise HqError(f"Product {p.sku} is listed twice.")
        skus.add(p.sku)
        for code in p.barcodes:
            if seen.setdefault(code, p.sku) != p.sku or p.barcodes.count(code) > 1:
                raise HqError(f"Barcode {code} is given to more than one product or twice ({seen[code]}, {p.sku}).")
        codes = [q.code for q in p.portions]
        if len(set(codes)) != len(codes):
            raise HqError(f"Product {p.sku} lists a portion code twice.")


def _check_barcodes_free(connection: Connection, items: list[ProductWire]) -> None:
    owner = {code: p.sku for p in items for code in p.barcodes}
    for chunk in _chunks(sorted(owner)):
        for code, sku in connection.execute(select(barcodes.c.code, barcodes.c.sku).where(barcodes.c.code.in_(chunk))):
            if sku != owner[code] and sku not in {p.sku for p in items}:
                raise Conflict(f"Barcode {code} already belongs to product {sku}.")


def _chunks(items: list) -> Iterable[list]:
    for start in range(0, len(items), _CHUNK):
        yield items[start:start + _CHUNK]
