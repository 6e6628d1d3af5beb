"""The change feed a till pulls: catalog, prices, users, settings and its store's stock since a cursor.

The cursor is `P.C.S.A` — protocol, catalog version, store version, and the till's acked sequence as of S —
plus `.pN` while a full snapshot is being paged. It is read in one snapshot with everything it describes,
so `version > cursor` on the next pull delivers exactly what changed. An empty, unreadable, foreign-protocol
or future cursor (HQ restored from a backup) starts a full snapshot.

A full snapshot pages over every product (active or not, ordered by sku) by offset; products are never
deleted, so an insert during paging can only repeat a product, never skip one, and anything changed after
the first page has a version above the cursor and comes again in the next incremental pull. Users, settings
and nomenclature come on the first page, stock levels and acked_seq on the last.
"""
from __future__ import annotations

import json
from dataclasses import dataclass

from sqlalchemy import Connection, Engine, and_, func, or_, select

from sync.protocol import MAX_PULL, PROTOCOL_VERSION
from sync.server.core.db import snapshot
from sync.server.core.security import now
from sync.server.crud import versions
from sync.server.models import (barcodes, combo_components, portions, products, stock_levels, store_prices,
                                store_settings, tills, users)
from sync.server.models import versions as versions_table

_CHUNK = 1000


@dataclass(frozen=True)
class Cursor:
    catalog: int
    store: int
    acked: int
    offset: int | None = None   # set while paging a full snapshot

    def text(self) -> str:
        base = f"{PROTOCOL_VERSION}.{self.catalog}.{self.store}.{self.acked}"
        return base if self.offset is None else f"{base}.p{self.offset}"


def parse_cursor(text: str | None) -> Cursor | None:
    parts = (text or "").split(".")
    try:
        if len(parts) not in (4, 5) or int(parts[0]) != PROTOCOL_VERSION:
            return None
        numbers = [int(p) for p in parts[1:4]]
        offset = None
        if len(parts) == 5:
            if not parts[4].startswith("p"):
                return None
            offset = int(parts[4][1:])
    except ValueError:
        return None
    if min(numbers) < 0 or (offset is not None and offset < 0):
        return None
    return Cursor(*numbers, offset=offset)


def unchanged(cursor: Cursor | None, current: dict[str, int], *, store_id: str) -> bool:
    """The hot path: nothing new for this till, decided from in-memory versions without the database."""
    return (cursor is not None and cursor.offset is None and current.get(versions.CATALOG) == cursor.catalog
            and current.get(versions.store_scope(store_id)) == cursor.store)


def _body(cursor: Cursor, *, full: bool, more: bool = False) -> dict:
    """Every field of PullResponse, so a till sees the same shape whichever path answered."""
    return {"protocol": PROTOCOL_VERSION, "cursor": cursor.text(), "full": full, "more": more, "products": [],
            "delisted": [], "nomenclature": None, "settings": {}, "users": [], "stock": [],
            "acked_seq": cursor.acked, "server_time": now().isoformat()}


def empty_response(cursor: Cursor) -> dict:
    return _body(cursor, full=False)


def pull(*, engine: Engine, till_id: str, store_id: str, since: str | None) -> dict:
    cursor = parse_cursor(since)
    scope = versions.store_scope(store_id)
    with snapshot(engine) as connection:
        current = dict(connection.execute(select(versions_table.c.scope, versions_table.c.v)
                                          .where(versions_table.c.scope.in_([versions.CATALOG, scope]))).all())
        acked = connection.execute(select(tills.c.acked_seq).where(tills.c.id == till_id)).scalar_one()
        head = Cursor(current[versions.CATALOG], current[scope], acked)
        if cursor is None or cursor.catalog > head.catalog or cursor.store > head.store:
            return _full(connection, store_id=store_id, base=head, offset=0)
        if cursor.offset is not None:
            return _full(connection, store_id=store_id, base=cursor, offset=cursor.offset, acked=acked)
        if (cursor.catalog, cursor.store) == (head.catalog, head.store):
            return empty_response(head)
        return _changes(connection, store_id=store_id, since=cursor, head=head)


def _full(connection: Connection, *, store_id: str, base: Cursor, offset: int, acked: int | None = None) -> dict:
    acked = base.acked if acked is None else acked
    rows = _rows(connection, _product_query(store_id).order_by(products.c.sku).offset(offset).limit(MAX_PULL + 1))
    more = len(rows) > MAX_PULL
    next_offset = offset + MAX_PULL if more else None
    body = _body(Cursor(base.catalog, base.store, acked, next_offset), full=True, more=more)
    body.update(_products(connection, rows[:MAX_PULL]))
    if offset == 0:
        body["users"] = _users(connection, store_id=store_id, since=None)
        body.update(_settings(connection, store_id=store_id, since=None))
    if not more:
        body["stock"] = _stock(connection, store_id=store_id, since=None)
    return body


def _changes(connection: Connection, *, store_id: str, since: Cursor, head: Cursor) -> dict:
    price_changed = select(store_prices.c.sku).where(store_prices.c.store_id == store_id,
                                                     store_prices.c.version > since.store)
    query = _product_query(store_id).where(or_(products.c.version > since.catalog, products.c.sku.in_(price_changed)))
    rows = _rows(connection, query.order_by(products.c.sku).limit(MAX_PULL + 1))
    if len(rows) > MAX_PULL:   # a bulk change: a fresh snapshot is simpler and no slower for the till
        return _full(connection, store_id=store_id, base=head, offset=0)
    body = _body(head, full=False)
    body.update(_products(connection, rows))
    body["users"] = _users(connection, store_id=store_id, since=since.catalog)
    body.update(_settings(connection, store_id=store_id, since=since.store))
    body["stock"] = _stock(connection, store_id=store_id, since=since.store)
    return body


def _product_query(store_id: str):
    price = func.coalesce(store_prices.c.price, products.c.price).label("price")
    columns = [c for c in products.c if c.name not in ("price", "version")]
    return select(*columns, price).select_from(products.outerjoin(
        store_prices, and_(store_prices.c.sku == products.c.sku, store_prices.c.store_id == store_id)))


def _rows(connection: Connection, query) -> list[dict]:
    # Plain str keys: SQLAlchemy's column names are a str subclass, which orjson refuses as keys.
    names = [str(column.key) for column in query.selected_columns]
    return [dict(zip(names, row)) for row in connection.execute(query)]


def _products(connection: Connection, rows: list[dict]) -> dict:
    codes, parts, combos = product_details(connection, [row["sku"] for row in rows])
    listed, delisted = [], []
    for row in rows:
        if not row["active"]:
            delisted.append(row["sku"])
            continue
        product = row
        product["allow_custom"] = bool(product["allow_custom"])
        product["active"] = True
        product["barcodes"] = codes.get(row["sku"], [])
        product["portions"] = parts.get(row["sku"], [])
        product["components"] = combos.get(row["sku"], [])
        listed.append(product)
    return {"products": listed, "delisted": delisted}


def product_details(connection: Connection, skus: list[str]) -> tuple[dict, dict, dict]:
    """Barcodes, portions and combo components of `skus`, each a dict sku → list (also the back office's
    catalog listing, crud/catalog.py)."""
    codes: dict[str, list] = {}
    parts: dict[str, list] = {}
    combos: dict[str, list] = {}
    for start in range(0, len(skus), _CHUNK):
        chunk = skus[start:start + _CHUNK]
        for code, sku in connection.execute(select(barcodes.c.code, barcodes.c.sku).where(barcodes.c.sku.in_(chunk))
                                            .order_by(barcodes.c.code)):
            codes.setdefault(sku, []).append(code)
        for row in connection.execute(select(portions).where(portions.c.sku.in_(chunk))
                                      .order_by(portions.c.sku, portions.c.position)).mappings():
            parts.setdefault(row["sku"], []).append({"code": row["code"], "name_zh": row["name_zh"],
                                                     "name_en": row["name_en"], "size": row["size"],
                                                     "price": row["price"]})
        for row in connection.execute(select(combo_components).where(combo_components.c.combo_sku.in_(chunk))
                                      .order_by(combo_components.c.combo_sku, combo_components.c.position)).mappings():
            combos.setdefault(row["combo_sku"], []).append({"sku": row["sku"], "quantity": row["quantity"],
                                                            "portion": row["portion"]})
    return codes, parts, combos


def _users(connection: Connection, *, store_id: str, since: int | None) -> list[dict]:
    query = select(users.c.id, users.c.name, users.c.role, users.c.pin_hash, users.c.active).where(
        or_(users.c.store_id.is_(None), users.c.store_id == store_id))
    if since is not None:
        query = query.where(users.c.version > since)
    return [{"user_id": r.id, "name": r.name, "role": r.role, "pin_hash": r.pin_hash or "", "active": bool(r.active)}
            for r in connection.execute(query.order_by(users.c.id))]


def _settings(connection: Connection, *, store_id: str, since: int | None) -> dict:
    query = select(store_settings.c.key, store_settings.c.value).where(store_settings.c.store_id == store_id)
    if since is not None:
        query = query.where(store_settings.c.version > since)
    settings, body = {}, {}
    for key, value in connection.execute(query):
        if key == "nomenclature":
            body["nomenclature"] = json.loads(value)
        else:
            settings[key] = value
    body["settings"] = settings
    return body


def _stock(connection: Connection, *, store_id: str, since: int | None) -> list[dict]:
    query = select(stock_levels.c.sku, stock_levels.c.quantity).where(stock_levels.c.store_id == store_id)
    if since is not None:
        query = query.where(stock_levels.c.version > since)
    return [{"sku": sku, "quantity": quantity} for sku, quantity in connection.execute(query.order_by(stock_levels.c.sku))]
