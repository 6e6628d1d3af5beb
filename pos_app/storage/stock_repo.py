"""Stock levels and the movement ledger. A level changes only together with the movement that explains it."""
from __future__ import annotations

import uuid as uuidlib
from collections import defaultdict
from collections.abc import Iterable

from sqlalchemy import Connection

from pos_app.core.stock import Movement
from pos_app.storage import outbox
from pos_app.storage.clock import now_iso


def levels(connection: Connection, skus: Iterable[str]) -> dict[str, int]:
    wanted = list(dict.fromkeys(skus))
    found: dict[str, int] = {}
    for start in range(0, len(wanted), 500):
        chunk = wanted[start:start + 500]
        marks = ",".join("?" * len(chunk))
        found.update(connection.exec_driver_sql(
            f"SELECT sku, quantity FROM stock_levels WHERE sku IN ({marks})", tuple(chunk)).all())
    return {sku: found.get(sku, 0) for sku in wanted}


def all_levels(connection: Connection) -> dict[str, int]:
    return dict(connection.exec_driver_sql("SELECT sku, quantity FROM stock_levels").all())


def apply(connection: Connection, movements: list[Movement], *, sale_uuid: str | None = None,
          at: str | None = None) -> list[dict]:
    """Write movements and move the levels by exactly their sum, inside the caller's transaction.

    Returns the movements as written (with their uuids), for the caller's outbox event.
    """
    at = at or now_iso()
    rows = [{"uuid": str(uuidlib.uuid4()), "sku": m.sku, "kind": m.kind.value, "quantity": m.quantity,
             "sale_uuid": sale_uuid, "reason": m.reason, "created_at": at} for m in movements]
    if not rows:
        return rows
    connection.exec_driver_sql(
        "INSERT INTO stock_movements (uuid, sku, kind, quantity, sale_uuid, reason, created_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)",
        [(r["uuid"], r["sku"], r["kind"], r["quantity"], r["sale_uuid"], r["reason"], r["created_at"]) for r in rows])
    deltas: dict[str, int] = defaultdict(int)
    for movement in movements:
        deltas[movement.sku] += movement.quantity
    connection.exec_driver_sql(
        "INSERT INTO stock_levels (sku, quantity) VALUES (?, ?) "
        "ON CONFLICT(sku) DO UPDATE SET quantity = quantity + excluded.quantity",
        list(deltas.items()))
    return rows


def record(connection: Connection, movements: list[Movement], *, kind: str = "stock_movements") -> list[dict]:
    """Movements outside a sale (goods-in, waste, counts): ledger, levels and one outbox event together."""
    rows = apply(connection, movements)
    if rows:
        outbox.append(connection, kind=kind, payload={"movements": rows})
    return rows


def ledger_sums(connection: Connection) -> dict[str, int]:
    return dict(connection.exec_driver_sql("SELECT sku, sum(quantity) FROM stock_movements GROUP BY sku").all())


def history(connection: Connection, sku: str, *, limit: int = 100) -> list[dict]:
    rows = connection.exec_driver_sql(
        "SELECT created_at, kind, quantity, reason, sale_uuid FROM stock_movements WHERE sku = ? "
        "ORDER BY id DESC LIMIT ?", (sku, limit)).all()
    return [dict(zip(("at", "kind", "quantity", "reason", "sale_uuid"), r)) for r in rows]
