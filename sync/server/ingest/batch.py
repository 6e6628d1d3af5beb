"""Applying a push batch exactly once, in one transaction.

Under the till's row lock: a batch that starts after `acked_seq + 1` is a gap (409). Events at or below
`acked_seq`, or whose id HQ already has (INSERT … ON CONFLICT DO NOTHING RETURNING decides), are duplicates.
New valid events are applied — sale rows, lines, tenders, taxes, ledger movements and store levels — new
invalid ones are stored as rejected with their reason. Exceptions (unknown product, closed day, oversell,
clock skew) are recorded beside the data, never instead of it. `acked_seq` moves to the last contiguous
sequence, and the store's version is bumped so pulls see the new levels together with the new acked_seq.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta

from sqlalchemy import Connection, Engine, select, update
from sqlalchemy.exc import DataError

from sync.protocol import GapResponse, PushResponse, Rejection, SalePayload, ShiftReportPayload
from sync.server.core.db import writing
from sync.server.core.errors import Unauthorized
from sync.server.core.security import now
from sync.server.crud import versions
from sync.server.crud.catalog import known_skus
from sync.server.crud.stores import closed
from sync.server.ingest import rows as R
from sync.server.ingest.ledger import apply_levels, write_movements
from sync.server.ingest.validate import Checked, idempotency_keys, payload_text
from sync.server.ingest.bulk import bulk_insert, insert_returning
from sync.server.ingest import till_audit
from sync.server.models import events, exceptions, sale_lines, sale_taxes, sale_tenders, sales, shift_reports, tills

SKEW_LIMIT = timedelta(minutes=5)
EVENT_COLUMNS = ("id", "till_id", "store_id", "seq", "kind", "till_time", "received_at", "status", "reason", "payload")


@dataclass
class Batch:
    """What one push does, gathered while planning and applying it."""
    till_id: str
    store_id: str
    received: datetime
    fresh: list[Checked] = field(default_factory=list)          # seq > acked, contiguous, in order
    rejected: list[Rejection] = field(default_factory=list)
    duplicates: int = 0
    problems: list[dict] = field(default_factory=list)          # exception rows
    flagged: dict[str, str] = field(default_factory=dict)       # event id → why its status is "exception"
    deltas: dict[str, int] = field(default_factory=dict)        # sku → sum of the movements written
    lines: int = 0
    version: int | None = None                                  # the store version this batch committed

    def problem(self, *, kind: str, detail: str, event_id: str | None = None, sku: str | None = None) -> None:
        self.problems.append({"store_id": self.store_id, "till_id": self.till_id, "event_id": event_id,
                              "kind": kind, "sku": sku, "detail": detail[:2000], "created_at": self.received})
        if event_id is not None:
            self.flagged.setdefault(event_id, kind)

    def reject(self, checked: Checked, reason: str) -> None:
        checked.payload, checked.reason = None, reason


def apply_push(*, engine: Engine, till_id: str, checked: list[Checked], sent_at: datetime | None = None
               ) -> tuple[PushResponse | GapResponse, Batch | None]:
    """`checked`: the batch from validate.read_batch — the CPU-heavy part, done before taking any lock."""
    received = now()
    with writing(engine) as connection:
        till = connection.execute(select(tills.c.store_id, tills.c.acked_seq, tills.c.revoked_at,
                                         tills.c.clock_skew_ms).where(tills.c.id == till_id).with_for_update()).first()
        if till is None or till.revoked_at is not None:
            raise Unauthorized("This till's token has been revoked.")
        acked = till.acked_seq
        if checked and checked[0].event.seq > acked + 1:
            return GapResponse(expected_seq=acked + 1), None
        batch = Batch(till_id=till_id, store_id=till.store_id, received=received)
        old = _plan(batch, checked, acked=acked)
        _check_old(connection, batch, old)
        _check_keys(batch)
        _find_problems(connection, batch, sent_at=sent_at, previous_skew=till.clock_skew_ms)
        new = _store(connection, batch)
        acked_seq = batch.fresh[-1].event.seq if batch.fresh else acked
        values = {"acked_seq": acked_seq, "last_seen": received}
        if sent_at is not None:
            values["clock_skew_ms"] = int((received - sent_at).total_seconds() * 1000)
        if new:
            values["last_push"] = received
            values["last_event_at"] = max(new, key=lambda c: c.till_time).event.created_at
            # Bumped last, after the bulk writes: the store's counter row is held only for the short rest.
            batch.version = versions.bump(connection, scope=versions.store_scope(batch.store_id))
            apply_levels(connection, batch, version=batch.version)
        if batch.problems:
            connection.execute(exceptions.insert(), batch.problems)
        connection.execute(update(tills).where(tills.c.id == till_id).values(**values))
    applied = sum(1 for c in new if c.payload is not None)
    return PushResponse(acked_seq=acked_seq, applied=applied, duplicates=batch.duplicates, rejected=batch.rejected,
                        server_time=received.isoformat()), batch


def _plan(batch: Batch, checked: list[Checked], *, acked: int) -> list[Checked]:
    """Split into old (seq ≤ acked) and fresh (the contiguous run after acked); a later gap is left unacked."""
    old, expected = [], acked + 1
    for item in checked:
        seq = item.event.seq
        if seq <= acked:
            old.append(item)
        elif seq == expected:
            batch.fresh.append(item)
            expected += 1
        elif seq < expected:
            batch.rejected.append(Rejection(seq=seq, id=item.event.id,
                                            reason="this sequence number appears twice in the batch"))
        else:
            break
    return old


def _check_old(connection: Connection, batch: Batch, old: list[Checked]) -> None:
    """Old sequence numbers are duplicates — unless the id is new: then a till reused sequence numbers
    (restored from a backup?), and the event is kept in the exceptions list instead of being lost."""
    if not old:
        return
    ids = [item.event.id.lower() for item in old]
    known = {str(i).lower() for (i,) in connection.execute(select(events.c.id).where(events.c.id.in_(ids)))}
    for item in old:
        if item.event.id.lower() in known:
            batch.duplicates += 1
            continue
        reason = f"sequence {item.event.seq} was already used by another event of this till"
        batch.rejected.append(Rejection(seq=item.event.seq, id=item.event.id, reason=reason))
        batch.problem(kind="sequence_reused", detail=f"{reason}; payload: {payload_text(item.event)}")


def _check_keys(batch: Batch) -> None:
    seen: set[str] = set()
    for item in batch.fresh:
        if item.payload is None:
            continue
        keys = idempotency_keys(item.payload)
        if seen.intersection(keys):
            batch.reject(item, "the sale or shift uuid of this event repeats an earlier event in the batch")
        seen.update(keys)


def _find_problems(connection: Connection, batch: Batch, *, sent_at: datetime | None,
                   previous_skew: int | None) -> None:
    valid = [item for item in batch.fresh if item.payload is not None]
    skus = {m.sku for item in valid for m in getattr(item.payload, "movements", ())}
    skus |= {line.sku for item in valid if isinstance(item.payload, SalePayload) for line in item.payload.lines}
    unknown = skus - known_skus(connection=connection, skus=skus)
    sales_ = [item for item in valid if isinstance(item.payload, SalePayload)]
    shut = closed(connection=connection, store_id=batch.store_id, days={i.payload.created_at[:10] for i in sales_})
    for item in valid:
        event_id = item.event.id.lower()
        payload = item.payload
        if unknown:
            mentioned = {m.sku for m in getattr(payload, "movements", ())}
            if isinstance(payload, SalePayload):
                mentioned.update(line.sku for line in payload.lines)
            for sku in sorted(mentioned & unknown):
                batch.problem(kind="unknown_product", event_id=event_id, sku=sku,
                              detail=f"{item.event.kind} mentions product {sku}, which HQ's catalog does not have")
        if isinstance(payload, SalePayload) and payload.created_at[:10] in shut:
            batch.problem(kind="closed_day", event_id=event_id,
                          detail=f"{payload.kind} {payload.uuid} is dated {payload.created_at[:10]}, a closed day")
        if item.till_time - batch.received > SKEW_LIMIT:
            batch.problem(kind="clock_skew", event_id=event_id,
                          detail=f"event created at {item.event.created_at}, ahead of HQ's clock "
                                 f"({batch.received.isoformat()})")
    if sent_at is not None:
        skew = batch.received - sent_at
        was_fine = previous_skew is None or abs(previous_skew) <= SKEW_LIMIT.total_seconds() * 1000
        if abs(skew) > SKEW_LIMIT and was_fine:
            batch.problem(kind="clock_skew", detail=f"till clock differs from HQ's by {skew.total_seconds():.0f} s "
                                                    f"(sent {sent_at.isoformat()}, received {batch.received.isoformat()})")


def _store(connection: Connection, batch: Batch) -> list[Checked]:
    """Insert and apply the fresh events. If the database refuses a value (say a number past 64 bits), redo
    them one by one, each in a savepoint, so only the offending event is rejected and the queue moves on."""
    saved = _save(batch)
    try:
        with connection.begin_nested():
            return _insert_and_apply(connection, batch, batch.fresh)
    except (DataError, OverflowError):
        _restore(batch, saved)
    new = []
    for item in batch.fresh:
        saved = _save(batch)
        try:
            with connection.begin_nested():
                new.extend(_insert_and_apply(connection, batch, [item]))
        except (DataError, OverflowError) as exc:
            _restore(batch, saved)
            batch.reject(item, f"HQ's database refused a value of this event ({type(exc).__name__})")
            new.extend(_insert_and_apply(connection, batch, [item]))
    return new


def _save(batch: Batch) -> tuple:
    return (batch.duplicates, len(batch.rejected), len(batch.problems), dict(batch.flagged), dict(batch.deltas),
            batch.lines, [(item, item.payload, item.reason) for item in batch.fresh])


def _restore(batch: Batch, saved: tuple) -> None:
    batch.duplicates, rejected, problems, batch.flagged, batch.deltas, batch.lines, items = saved
    del batch.rejected[rejected:]
    del batch.problems[problems:]
    for item, payload, reason in items:
        item.payload, item.reason = payload, reason


def _insert_and_apply(connection: Connection, batch: Batch, items: list[Checked]) -> list[Checked]:
    new = _insert_events(connection, batch, items)
    _apply(connection, batch, new)
    return new


def _insert_events(connection: Connection, batch: Batch, items: list[Checked]) -> list[Checked]:
    if not items:
        return []
    rows = []
    for item in items:
        event_id = item.event.id.lower()
        status = "rejected" if item.payload is None else ("exception" if event_id in batch.flagged else "applied")
        rows.append((event_id, batch.till_id, batch.store_id, item.event.seq, item.event.kind.replace("\x00", "?"),
                     item.event.created_at, batch.received, status, item.reason or None,
                     payload_text(item.event) if item.payload is None else None))
    inserted = {str(i).lower() for i in insert_returning(connection, table=events, columns=EVENT_COLUMNS, rows=rows,
                                                         conflict=["id"], returning="id")}
    new = [item for item in items if item.event.id.lower() in inserted]
    batch.duplicates += len(items) - len(new)
    batch.rejected.extend(Rejection(seq=item.event.seq, id=item.event.id, reason=item.reason)
                          for item in new if item.payload is None)
    return new


def _apply(connection: Connection, batch: Batch, new: list[Checked]) -> None:
    sale_items = [item for item in new if isinstance(item.payload, SalePayload)]
    if sale_items:
        rows = [R.sale_row(item.payload, event_id=item.event.id.lower(), store_id=batch.store_id,
                           till_id=batch.till_id, received=batch.received) for item in sale_items]
        inserted = {str(u).lower() for u in insert_returning(connection, table=sales, columns=R.SALE_COLUMNS, rows=rows,
                                                             conflict=["uuid"], returning="uuid")}
        _reject_taken(connection, batch, [i for i in sale_items if i.payload.uuid.lower() not in inserted],
                      what="sale uuid")
        lines, tenders, taxes = [], [], []
        for item in sale_items:
            if item.payload is not None:
                R.detail_rows(item.payload, lines=lines, tenders=tenders, taxes=taxes)
        bulk_insert(connection, table=sale_lines, columns=R.LINE_COLUMNS, rows=lines)
        bulk_insert(connection, table=sale_tenders, columns=R.TENDER_COLUMNS, rows=tenders)
        bulk_insert(connection, table=sale_taxes, columns=R.TAX_COLUMNS, rows=taxes)
        batch.lines += len(lines)
    shift_items = [item for item in new if isinstance(item.payload, ShiftReportPayload)]
    if shift_items:
        rows = [R.shift_row(item.payload, event_id=item.event.id.lower(), store_id=batch.store_id,
                            till_id=batch.till_id, received=batch.received) for item in shift_items]
        inserted = {str(u).lower() for u in insert_returning(connection, table=shift_reports, columns=R.SHIFT_COLUMNS,
                                                             rows=rows, conflict=["shift_id"], returning="shift_id")}
        _reject_taken(connection, batch, [i for i in shift_items if i.payload.shift_id.lower() not in inserted],
                      what="shift id")
    till_audit.store(connection, batch, new)
    write_movements(connection, batch, new)


def _reject_taken(connection: Connection, batch: Batch, items: list[Checked], *, what: str) -> None:
    """A record whose own uuid HQ already has under another event: the event is stored, as rejected."""
    for item in items:
        reason = f"the {what} of this event was already recorded by another event"
        text = payload_text(item.event)
        batch.reject(item, reason)
        batch.rejected.append(Rejection(seq=item.event.seq, id=item.event.id, reason=reason))
        connection.execute(update(events).where(events.c.id == item.event.id.lower())
                           .values(status="rejected", reason=reason, payload=text))
