"""The stock ledger at HQ: movements of a group's new events, and each store's levels moved by their sum.

A movement's uuid is its own idempotency key. The fast path COPYs all movements; if one is already
recorded (a till that resent it under a new event, or twice in one batch), the COPY fails and the caller
writes its round again carefully: the movements in a savepoint, and if that fails too, only the unseen
ones written, the others noted as exceptions — a movement is never counted twice.
"""
from __future__ import annotations

from sqlalchemy import Connection, select
from sqlalchemy.exc import IntegrityError

from sync.server.core.db import dialect_insert, is_postgres
from sync.server.ingest import rows as R
from sync.server.ingest.bulk import bulk_insert
from sync.server.models import stock_levels, stock_movements

_CHUNK = 1000


def write_movements(connection: Connection, pairs: list, *, careful: bool = False) -> None:
    """The movements of every push's new events (`pairs`: (batch, new events)), each batch's sums in its
    deltas. Not `careful`: one already recorded raises IntegrityError and the transaction is lost."""
    movement_rows, owner = [], {}
    for batch, new in pairs:
        for item in new:
            movements = getattr(item.payload, "movements", None) if item.payload is not None else None
            if movements:
                event_id = item.event.id.lower()
                owner[event_id] = batch
                movement_rows.extend(R.movement_rows(movements, event_id=event_id, store_id=batch.store_id,
                                                     till_id=batch.till_id, received=batch.received))
    if not movement_rows:
        return
    if not careful:
        bulk_insert(connection, table=stock_movements, columns=R.MOVEMENT_COLUMNS, rows=movement_rows)
    else:
        try:
            with connection.begin_nested():
                bulk_insert(connection, table=stock_movements, columns=R.MOVEMENT_COLUMNS, rows=movement_rows)
        except IntegrityError:
            movement_rows = _drop_seen(connection, owner, movement_rows)
            bulk_insert(connection, table=stock_movements, columns=R.MOVEMENT_COLUMNS, rows=movement_rows)
    for row in movement_rows:
        deltas = owner[row[R.EVENT]].deltas
        deltas[row[R.SKU]] = deltas.get(row[R.SKU], 0) + row[R.QUANTITY]


def _drop_seen(connection: Connection, owner: dict, movement_rows: list) -> list:
    """The movements neither HQ nor an earlier row already has; the others become their batch's exceptions."""
    uuids = [row[R.UUID] for row in movement_rows]
    seen = set()
    for start in range(0, len(uuids), _CHUNK):
        seen.update(str(u).lower() for u in connection.execute(
            select(stock_movements.c.uuid).where(stock_movements.c.uuid.in_(uuids[start:start + _CHUNK]))).scalars())
    kept = []
    for row in movement_rows:
        if row[R.UUID] in seen:
            owner[row[R.EVENT]].problem(kind="duplicate_movement", event_id=row[R.EVENT], sku=row[R.SKU],
                                        detail=f"stock movement {row[R.UUID]} was already recorded; not applied twice")
        else:
            seen.add(row[R.UUID])
            kept.append(row)
    return kept


def apply_levels(connection: Connection, *, stores: dict[str, list], bumped: dict[str, int]) -> None:
    """Move each store's levels by its batches' sums (stamped with the store's new version `bumped[store]`),
    all stores in one statement; a level that went below zero is flagged on the last batch that took it
    down."""
    changes: list[tuple[str, str, int, int]] = []
    lowered: dict[tuple[str, str], object] = {}
    for store_id in sorted(stores):
        deltas: dict[str, int] = {}
        for batch in stores[store_id]:
            for sku, delta in batch.deltas.items():
                deltas[sku] = deltas.get(sku, 0) + delta
                if delta < 0:
                    lowered[store_id, sku] = batch
        changes.extend((store_id, sku, deltas[sku], bumped[store_id]) for sku in sorted(deltas))
    for store_id, sku, level in add_to_all_levels(connection, changes):
        batch = lowered.get((store_id, sku))
        if level < 0 and batch is not None:
            batch.problem(kind="oversell", sku=sku,
                          detail=f"{sku} is at {level} (thousandths) after this batch moved it by {batch.deltas[sku]}")


def add_to_levels(connection: Connection, *, store_id: str, deltas: list[tuple[str, int]], version: int) -> list:
    """Add each delta to the store's level (creating it), stamp the version; returns [(sku, new level)].
    The back office's stock operations (crud/stock_operations.py) move levels through here."""
    return [(sku, level) for _store, sku, level in
            add_to_all_levels(connection, [(store_id, sku, delta, version) for sku, delta in deltas])]


def add_to_all_levels(connection: Connection, changes: list[tuple[str, str, int, int]]) -> list:
    """(store, sku, delta, version) each: the delta added to that level (created if new), the version
    stamped; returns [(store, sku, new level)].

    Callers hold each store's version row lock, so concurrent batches of one store never interleave here.
    On PostgreSQL the levels that exist (nearly all) move with one plain UPDATE … FROM unnest — about a
    quarter less database CPU than INSERT … ON CONFLICT DO UPDATE, which first tries an insert per row —
    and only the ones it did not find go through the upsert."""
    if not changes:
        return []
    if is_postgres(connection):
        columns = tuple(list(column) for column in zip(*changes))
        moved = connection.exec_driver_sql(
            "UPDATE stock_levels SET quantity = stock_levels.quantity + t.q, version = t.v "
            "FROM unnest(%s::varchar(64)[], %s::varchar(64)[], %s::bigint[], %s::bigint[]) AS t(st, s, q, v) "
            "WHERE stock_levels.store_id = t.st AND stock_levels.sku = t.s "
            "RETURNING stock_levels.store_id, stock_levels.sku, stock_levels.quantity", columns).all()
        if len(moved) == len(changes):
            return moved
        found = {(store, sku) for store, sku, _ in moved}
        columns = tuple(list(column) for column in zip(*(c for c in changes if (c[0], c[1]) not in found)))
        return moved + connection.exec_driver_sql(
            "INSERT INTO stock_levels (store_id, sku, quantity, version) "
            "SELECT st, s, q, v FROM unnest(%s::varchar(64)[], %s::varchar(64)[], %s::bigint[], %s::bigint[]) "
            "AS t(st, s, q, v) ON CONFLICT (store_id, sku) DO UPDATE SET "
            "quantity = stock_levels.quantity + excluded.quantity, version = excluded.version "
            "RETURNING store_id, sku, quantity", columns).all()
    statement = dialect_insert(connection, stock_levels)
    statement = statement.on_conflict_do_update(
        index_elements=["store_id", "sku"],
        set_={"quantity": stock_levels.c.quantity + statement.excluded.quantity,
              "version": statement.excluded.version}).returning(
        stock_levels.c.store_id, stock_levels.c.sku, stock_levels.c.quantity)
    levels = []
    for start in range(0, len(changes), _CHUNK):
        rows = [{"store_id": store_id, "sku": sku, "quantity": delta, "version": version}
                for store_id, sku, delta, version in changes[start:start + _CHUNK]]
        levels.extend(connection.execute(statement.values(rows)).all())
    return levels
