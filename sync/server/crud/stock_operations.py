"""Stock operations from the back office: goods in, waste and stock counts, by weight (thousandths).

Each operation carries a uuid the back office made: doing it again (a retry after a lost answer) changes
nothing and answers what the first did; the same uuid with other lines is refused (409). The movements go
into the same ledger as the tills' (one per line; a count is one per product: counted − HQ's level) through
the push path's own row builder and level helper, and the store's version is bumped and stamped on the
levels, so every till of the store pulls the new levels. Levels are read and moved under the store's version
row lock, as a push does, so a count never races a push.

A count compares with HQ's level: sales a till has not pushed yet are not in it, so count when the tills are
in sync (their last push is on the Tills page).
"""
from __future__ import annotations

import hashlib
import json
import uuid as uuidlib
from collections import defaultdict
from datetime import date, datetime

from sqlalchemy import Connection, select, update

from sync.protocol import MovementPayload
from sync.server.core.db import dialect_insert
from sync.server.core.errors import Conflict, Invalid
from sync.server.core.security import now
from sync.server.crud import audit, versions
from sync.server.crud.stores import get_store
from sync.server.ingest import rows as R
from sync.server.ingest.bulk import bulk_insert
from sync.server.ingest.ledger import add_to_levels
from sync.server.models import products, stock_levels, stock_movements, stock_operations, tills

KINDS = ("goods_in", "waste", "count")
_DEFAULT_REASON = {"goods_in": "goods in", "waste": "waste", "count": "stock count"}
_NAMESPACE = uuidlib.UUID("5b0f6a52-3c3e-4b57-9a43-0c1e7d1f2a60")   # movement uuids of an operation's lines
_SHOWN = 10


def apply(*, connection: Connection, store_id: str, kind: str, operation: str, at: str | None, lines: list[dict],
          actor: str) -> dict:
    """`lines`: [{sku, quantity (thousandths, positive; a count may be 0), reason}]. Returns the result, also
    when it is a repeat of an operation already recorded (then `repeated` is true)."""
    if kind not in KINDS:
        raise Invalid(f"Stock operations are {', '.join(KINDS)}, not {kind!r}.")
    get_store(connection=connection, store_id=store_id)
    operation = operation.lower()
    digest = hashlib.sha256(json.dumps({"store": store_id, "kind": kind, "at": at, "lines": lines},
                                       sort_keys=True, ensure_ascii=False).encode()).hexdigest()
    known = _recorded(connection, operation=operation, digest=digest)
    if known is not None:
        return known
    _check(connection, kind=kind, lines=lines)
    moment = at or _store_time(connection, store_id=store_id)
    inserted = connection.execute(
        dialect_insert(connection, stock_operations).values(
            uuid=operation, store_id=store_id, kind=kind, actor=actor[:64], at=moment, created_at=now(),
            request_hash=digest, result="").on_conflict_do_nothing(index_elements=["uuid"])
        .returning(stock_operations.c.uuid)).first()
    if inserted is None:        # the same uuid committed by a concurrent request since we looked
        return _recorded(connection, operation=operation, digest=digest)
    version = versions.bump(connection, scope=versions.store_scope(store_id))   # the store's row lock from here
    moves = _movements(connection, store_id=store_id, kind=kind, lines=lines)
    payloads = [MovementPayload(uuid=str(uuidlib.uuid5(_NAMESPACE, f"{operation}:{i}")), sku=sku, kind=kind,
                                quantity=quantity, reason=reason, created_at=moment)
                for i, (sku, quantity, reason, _counted) in enumerate(moves)]
    bulk_insert(connection, table=stock_movements, columns=R.MOVEMENT_COLUMNS,
                rows=R.movement_rows(payloads, event_id=operation, store_id=store_id, till_id="", received=now()))
    deltas: dict[str, int] = defaultdict(int)
    for sku, quantity, _reason, _counted in moves:
        deltas[sku] += quantity
    levels = dict(add_to_levels(connection, store_id=store_id, deltas=sorted(deltas.items()), version=version))
    result = {"operation": operation, "store_id": store_id, "kind": kind, "at": moment, "version": version,
              "movements": [{"sku": sku, "quantity": quantity, "counted": counted, "level": levels[sku]}
                            for sku, quantity, _reason, counted in moves]}
    connection.execute(update(stock_operations).where(stock_operations.c.uuid == operation)
                       .values(result=json.dumps(result, ensure_ascii=False)))
    audit.record(connection, actor=actor, action=f"stock.{kind}", target=f"{store_id}/{operation}",
                 detail=f"{len(moves)} movements")
    return {**result, "repeated": False}


def _recorded(connection: Connection, *, operation: str, digest: str) -> dict | None:
    row = connection.execute(select(stock_operations.c.request_hash, stock_operations.c.result)
                             .where(stock_operations.c.uuid == operation)).first()
    if row is None:
        return None
    if row.request_hash != digest:
        raise Conflict(f"Stock operation {operation} was already recorded with other lines, store or kind; "
                       f"a new operation needs a new id.")
    return {**json.loads(row.result), "repeated": True}


def units(connection: Connection, *, skus: set[str]) -> dict[str, tuple[str, str]]:
    """sku → (unit, sold_by) of the SKUs HQ's catalog has (purchase orders check their lines with it too)."""
    ordered, found = sorted(skus), {}
    for start in range(0, len(ordered), 500):
        for sku, unit, sold_by in connection.execute(select(products.c.sku, products.c.unit, products.c.sold_by)
                                                     .where(products.c.sku.in_(ordered[start:start + 500]))):
            found[sku] = (unit, sold_by)
    return found


def _check(connection: Connection, *, kind: str, lines: list[dict]) -> None:
    """Every line's problem at once (line numbers from 1); nothing is written when there is one."""
    found = units(connection, skus={line["sku"] for line in lines})
    problems = []
    for number, line in enumerate(lines, start=1):
        sku, quantity = line["sku"], line["quantity"]
        if sku not in found:
            problems.append(f"line {number}: {sku} is not a product in HQ's catalog")
        elif found[sku][1] == "combo":
            problems.append(f"line {number}: {sku} is a combo; combos have no stock of their own — use its components")
        elif kind != "count" and quantity <= 0:
            problems.append(f"line {number}: the quantity must be more than zero (written positive, also for waste)")
        elif found[sku][0] == "piece" and quantity % 1000:
            problems.append(f"line {number}: {sku} is counted in whole pieces; {quantity} thousandths is not")
    if problems:
        more = f" (and {len(problems) - _SHOWN} more)" if len(problems) > _SHOWN else ""
        raise Invalid("Nothing was recorded: " + "; ".join(problems[:_SHOWN]) + more + ".")


def _movements(connection: Connection, *, store_id: str, kind: str,
               lines: list[dict]) -> list[tuple[str, int, str, int | None]]:
    """(sku, signed quantity, reason, counted or None) per movement."""
    if kind != "count":
        sign = 1 if kind == "goods_in" else -1
        return [(line["sku"], sign * line["quantity"], line.get("reason") or _DEFAULT_REASON[kind], None)
                for line in lines]
    counted: dict[str, int] = defaultdict(int)
    reasons: dict[str, str] = {}
    for line in lines:      # the shelf and the back room counted on separate lines add up
        counted[line["sku"]] += line["quantity"]
        reasons.setdefault(line["sku"], line.get("reason") or _DEFAULT_REASON[kind])
    skus = sorted(counted)
    level: dict[str, int] = {}
    for start in range(0, len(skus), 500):
        level.update(connection.execute(select(stock_levels.c.sku, stock_levels.c.quantity).where(
            stock_levels.c.store_id == store_id, stock_levels.c.sku.in_(skus[start:start + 500]))).all())
    # A count equal to the level is still recorded (a zero movement): the ledger shows when it was counted.
    return [(sku, counted[sku] - level.get(sku, 0), reasons[sku], counted[sku]) for sku in skus]


def store_day(connection: Connection, *, store_id: str) -> date:
    """The store's business day now (at its tills' offset): what forecasts and suggested orders count from."""
    return date.fromisoformat(_store_time(connection, store_id=store_id)[:10])


def _store_time(connection: Connection, *, store_id: str) -> str:
    """Now, at the UTC offset of the store's tills (their latest event), so the movement falls on the store's
    business day; UTC when no till has sent anything yet."""
    latest = connection.execute(select(tills.c.last_event_at).where(
        tills.c.store_id == store_id, tills.c.last_event_at.is_not(None))
        .order_by(tills.c.last_push.desc().nulls_last())
        .limit(1)).scalar()
    moment = now()
    try:
        offset = datetime.fromisoformat(latest).tzinfo if latest else None
    except ValueError:
        offset = None
    return moment.astimezone(offset).isoformat(timespec="milliseconds") if offset else moment.isoformat(
        timespec="milliseconds")
