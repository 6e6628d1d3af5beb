"""Purchase orders: made by a manager from the suggested orders (their own quantities), sent to the supplier,
received into stock.

Receiving adds stock through the back office's goods-in (crud/stock_operations.py) with an operation id made
from the order's id, under the order's row lock: whatever the number of times it is posted, or by how many
workers at once, the order is received once and its stock added once; a repeat answers the first receipt. The
quantities received may differ from those ordered (weighed on arrival): each line can be given its own.
"""
from __future__ import annotations

import uuid as uuidlib

from sqlalchemy import Connection, select, update

from sync.server.core.db import is_postgres
from sync.server.core.errors import Conflict, Invalid, NotFound
from sync.server.core.security import aware, now
from sync.server.crud import audit, stock_operations
from sync.server.crud.stores import get_store
from sync.server.models import products
from sync.server.planning import purchase_order_lines, purchase_orders

_NAMESPACE = uuidlib.UUID("0c4f2d2e-9a51-4d8e-8f8e-4b0b6f6c2a11")   # goods-in operation ids of received orders
_SHOWN = 10


def create(*, connection: Connection, store_id: str, supplier: str, lines: list[dict], actor: str) -> dict:
    """`lines`: [{sku, suggested, ordered}] in thousandths; refused whole (every bad line named) when a SKU is
    unknown, a combo, listed twice, or a piece product is ordered in a fraction of a piece."""
    get_store(connection=connection, store_id=store_id)
    _check(connection, lines=lines)
    order_id = connection.execute(purchase_orders.insert().values(
        store_id=store_id, supplier=supplier, status="draft", created_by=actor[:64], created_at=now())
        .returning(purchase_orders.c.id)).scalar_one()
    connection.execute(purchase_order_lines.insert(), [
        {"order_id": order_id, "sku": line["sku"], "suggested": line.get("suggested", 0), "ordered": line["ordered"],
         "received": None} for line in lines])
    audit.record(connection, actor=actor, action="purchase_order.create", target=f"{store_id}/{order_id}",
                 detail=f"{supplier}: {len(lines)} lines")
    return get(connection=connection, store_id=store_id, order_id=order_id)


def get(*, connection: Connection, store_id: str, order_id: int, lock: bool = False) -> dict:
    query = select(purchase_orders).where(purchase_orders.c.id == order_id, purchase_orders.c.store_id == store_id)
    if lock and is_postgres(connection):
        query = query.with_for_update()
    row = connection.execute(query).mappings().first()
    if row is None:
        raise NotFound(f"Store {store_id} has no purchase order {order_id}.")
    lines = connection.execute(
        select(purchase_order_lines.c.sku, purchase_order_lines.c.suggested, purchase_order_lines.c.ordered,
               purchase_order_lines.c.received, products.c.name_zh, products.c.name_en, products.c.unit)
        .select_from(purchase_order_lines.outerjoin(products, products.c.sku == purchase_order_lines.c.sku))
        .where(purchase_order_lines.c.order_id == order_id).order_by(purchase_order_lines.c.sku)).mappings()
    return {**_header(row), "lines": [{**dict(line), "name_zh": line["name_zh"] or "", "name_en": line["name_en"] or "",
                                      "unit": line["unit"] or "kg"} for line in lines]}


def listing(*, connection: Connection, store_id: str, status: str | None, before: int | None, limit: int) -> list[dict]:
    """Headers newest first (by id), `before` the last id seen."""
    query = select(purchase_orders).where(purchase_orders.c.store_id == store_id)
    if status is not None:
        query = query.where(purchase_orders.c.status == status)
    if before is not None:
        query = query.where(purchase_orders.c.id < before)
    return [_header(row) for row in connection.execute(query.order_by(purchase_orders.c.id.desc()).limit(limit))
            .mappings()]


def send(*, connection: Connection, store_id: str, order_id: int, actor: str) -> dict:
    """Draft → sent (its lines now count as on order). Sending a sent order again changes nothing."""
    order = get(connection=connection, store_id=store_id, order_id=order_id, lock=True)
    if order["status"] == "received":
        raise Conflict(f"Purchase order {order_id} was already received.")
    if order["status"] == "draft":
        connection.execute(update(purchase_orders).where(purchase_orders.c.id == order_id).values(
            status="sent", sent_at=now()))
        audit.record(connection, actor=actor, action="purchase_order.send", target=f"{store_id}/{order_id}")
    return get(connection=connection, store_id=store_id, order_id=order_id)


def receive(*, connection: Connection, store_id: str, order_id: int, lines: list[dict] | None, actor: str) -> dict:
    """Adds what arrived to the store's stock, once. `lines`: [{sku, quantity}] where the delivery differs from
    the order (a weight, 0 when a line did not come); lines not given arrive as ordered."""
    order = get(connection=connection, store_id=store_id, order_id=order_id, lock=True)
    if order["status"] == "received":
        return {"order": order, "repeated": True}
    arrived = {line["sku"]: line["ordered"] for line in order["lines"]}
    given = [line["sku"] for line in lines or []]
    problems = [f"{sku} is not on this order" for sku in given if sku not in arrived]
    problems += [f"{sku} is given twice" for sku in sorted(set(given)) if given.count(sku) > 1]
    if problems:
        raise Invalid("Nothing was received: " + "; ".join(problems[:_SHOWN]) + ".")
    arrived.update({line["sku"]: line["quantity"] for line in lines or []})
    operation = str(uuidlib.uuid5(_NAMESPACE, f"{store_id}:{order_id}"))
    moves = [{"sku": sku, "quantity": quantity, "reason": f"purchase order {order_id} ({order['supplier']})"[:200]}
             for sku, quantity in sorted(arrived.items()) if quantity > 0]
    if moves:
        stock_operations.apply(connection=connection, store_id=store_id, kind="goods_in", operation=operation,
                               at=None, lines=moves, actor=actor)
    for sku, quantity in arrived.items():
        connection.execute(update(purchase_order_lines).where(
            purchase_order_lines.c.order_id == order_id, purchase_order_lines.c.sku == sku).values(received=quantity))
    connection.execute(update(purchase_orders).where(purchase_orders.c.id == order_id).values(
        status="received", received_at=now(), received_by=actor[:64], operation=operation if moves else None))
    audit.record(connection, actor=actor, action="purchase_order.receive", target=f"{store_id}/{order_id}",
                 detail=f"{len(moves)} lines into stock")
    return {"order": get(connection=connection, store_id=store_id, order_id=order_id), "repeated": False}


def _check(connection: Connection, *, lines: list[dict]) -> None:
    found = stock_operations.units(connection, skus={line["sku"] for line in lines})
    problems, seen = [], set()
    for number, line in enumerate(lines, start=1):
        sku = line["sku"]
        if sku in seen:
            problems.append(f"line {number}: {sku} is listed twice")
        elif sku not in found:
            problems.append(f"line {number}: {sku} is not a product in HQ's catalog")
        elif found[sku][1] == "combo":
            problems.append(f"line {number}: {sku} is a combo; order its components")
        elif found[sku][0] == "piece" and line["ordered"] % 1000:
            problems.append(f"line {number}: {sku} is ordered in whole pieces; {line['ordered']} thousandths is not")
        seen.add(sku)
    if problems:
        more = f" (and {len(problems) - _SHOWN} more)" if len(problems) > _SHOWN else ""
        raise Invalid("The order was not made: " + "; ".join(problems[:_SHOWN]) + more + ".")


def _header(row) -> dict:
    return {"id": row["id"], "store_id": row["store_id"], "supplier": row["supplier"], "status": row["status"],
            "created_by": row["created_by"], "received_by": row["received_by"],
            **{key: (aware(row[key]).isoformat() if row[key] is not None else None)
               for key in ("created_at", "sent_at", "received_at")}}
