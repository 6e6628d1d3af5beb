"""One push batch: planned against its till, checked, and answered (group.py stores it, with others).

Under the till's row lock: a batch that starts after `acked_seq + 1` is a gap (409). Events at or below
`acked_seq`, or whose id HQ already has (INSERT … ON CONFLICT DO NOTHING RETURNING decides), are duplicates.
New valid events are applied — sale rows, lines, tenders, taxes, ledger movements and store levels — new
invalid ones are stored as rejected with their reason. Exceptions (unknown product, closed day, oversell,
clock skew) are recorded beside the data, never instead of it. `acked_seq` moves to the last contiguous
sequence, and the store's version is bumped so pulls see the new levels together with the new acked_seq.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from weakref import WeakKeyDictionary

from sqlalchemy import Connection, select

from sync.protocol import GapResponse, PushResponse, Rejection
from sync.server.core.errors import Unauthorized
from sync.server.crud.catalog import known_skus
from sync.server.crud.stores import closed
from sync.server.ingest.validate import Checked, idempotency_keys, is_sale, payload_text
from sync.server.models import events

SKEW_LIMIT = timedelta(minutes=5)
# SKUs each database's catalog is known to hold. HQ never deletes a product (delisting keeps its row), so
# a SKU once found stays known, and a busy store's batch — thousands of SKUs met before — asks the
# database about none of them (the catalog query was ~3 ms of every 1,000 sale lines).
_met: WeakKeyDictionary = WeakKeyDictionary()


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
    acked: int = 0                                              # the till's acked sequence before the batch
    new: list[Checked] = field(default_factory=list)            # fresh events HQ did not have: stored now
    sent_at: datetime | None = None                             # the till's clock when it sent the push
    previous_skew: int | None = None                            # the till's clock skew as last measured

    @property
    def acked_seq(self) -> int:
        return self.fresh[-1].event.seq if self.fresh else self.acked

    def problem(self, *, kind: str, detail: str, event_id: str | None = None, sku: str | None = None) -> None:
        self.problems.append({"store_id": self.store_id, "till_id": self.till_id, "event_id": event_id,
                              "kind": kind, "sku": sku, "detail": detail[:2000], "created_at": self.received})
        if event_id is not None:
            self.flagged.setdefault(event_id, kind)

    def reject(self, checked: Checked, reason: str) -> None:
        checked.payload, checked.reason = None, reason


@dataclass
class PushRequest:
    """One till's push as the route hands it to the committer: validated, not yet applied."""
    till_id: str
    checked: list[Checked]
    sent_at: datetime | None = None


def open_batch(connection: Connection, request: PushRequest, till, *, received: datetime
               ) -> GapResponse | Batch:
    """Plan one push against its till row (locked by the caller): a gap, or a Batch whose fresh events are
    checked and ready for find_problems and storing. Raises Unauthorized for a revoked or unknown till."""
    if till is None or till.revoked_at is not None:
        raise Unauthorized("This till's token has been revoked.")
    checked = request.checked
    if checked and checked[0].event.seq > till.acked_seq + 1:
        return GapResponse(expected_seq=till.acked_seq + 1)
    batch = Batch(till_id=request.till_id, store_id=till.store_id, received=received, acked=till.acked_seq,
                  sent_at=request.sent_at, previous_skew=till.clock_skew_ms)
    old = _plan(batch, checked, acked=till.acked_seq)
    _check_old(connection, batch, old)
    _check_keys(batch)
    return batch


def till_row(batch: Batch) -> dict:
    """The till row after its batch, for tills.update_after (None: keep what the row has)."""
    sent_at, new = batch.sent_at, batch.new
    return {"tid": batch.till_id, "acked": batch.acked_seq, "seen": batch.received,
            "skew": None if sent_at is None else int((batch.received - sent_at).total_seconds() * 1000),
            "pushed": batch.received if new else None,
            "last_event": max(new, key=lambda c: c.till_time).event.created_at if new else None}


def answer(batch: Batch) -> PushResponse:
    return PushResponse(acked_seq=batch.acked_seq, applied=sum(1 for c in batch.new if c.payload is not None),
                        duplicates=batch.duplicates, rejected=batch.rejected, server_time=batch.received.isoformat())


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
        batch.problem(kind="sequence_reused", detail=f"{reason}; payload: {payload_text(item)}")


def _check_keys(batch: Batch) -> None:
    seen: set[str] = set()
    for item in batch.fresh:
        if item.payload is None:
            continue
        keys = idempotency_keys(item.payload)
        if seen.intersection(keys):
            batch.reject(item, "the sale or shift uuid of this event repeats an earlier event in the batch")
        seen.update(keys)


def find_problems(connection: Connection, batches: list[Batch]) -> None:
    """The exceptions of every batch of a group: one catalog query for all, one closed-day query per store."""
    valid = [[item for item in batch.fresh if item.payload is not None] for batch in batches]
    skus: set[str] = set()
    days: dict[str, set[str]] = defaultdict(set)
    for batch, items in zip(batches, valid):
        for item in items:
            skus.update(_mentioned(item.payload))
            if is_sale(item.payload):
                days[batch.store_id].add(item.payload.created_at[:10])
    unknown = _unknown(connection, skus)
    shut = {store: closed(connection=connection, store_id=store, days=wanted) for store, wanted in days.items()}
    for batch, items in zip(batches, valid):
        _flag(batch, items, unknown=unknown, shut=shut.get(batch.store_id, set()))


def _unknown(connection: Connection, skus: set[str]) -> set[str]:
    met = _met.setdefault(connection.engine, set())
    new = skus - met
    if not new:
        return set()
    found = known_skus(connection=connection, skus=new)
    met.update(found)
    return new - found


def _mentioned(payload) -> set[str]:
    skus = {m.sku for m in getattr(payload, "movements", ())}
    if is_sale(payload):
        skus.update(line.sku for line in payload.lines)
    return skus


def _flag(batch: Batch, valid: list[Checked], *, unknown: set[str], shut: set[str]) -> None:
    for item in valid:
        event_id = item.event.id.lower()
        payload = item.payload
        if unknown:
            for sku in sorted(_mentioned(payload) & unknown):
                batch.problem(kind="unknown_product", event_id=event_id, sku=sku,
                              detail=f"{item.event.kind} mentions product {sku}, which HQ's catalog does not have")
        if is_sale(payload) and payload.created_at[:10] in shut:
            batch.problem(kind="closed_day", event_id=event_id,
                          detail=f"{payload.kind} {payload.uuid} is dated {payload.created_at[:10]}, a closed day")
        if item.till_time - batch.received > SKEW_LIMIT:
            batch.problem(kind="clock_skew", event_id=event_id,
                          detail=f"event created at {item.event.created_at}, ahead of HQ's clock "
                                 f"({batch.received.isoformat()})")
    sent_at, previous_skew = batch.sent_at, batch.previous_skew
    if sent_at is not None:
        skew = batch.received - sent_at
        was_fine = previous_skew is None or abs(previous_skew) <= SKEW_LIMIT.total_seconds() * 1000
        if abs(skew) > SKEW_LIMIT and was_fine:
            batch.problem(kind="clock_skew", detail=f"till clock differs from HQ's by {skew.total_seconds():.0f} s "
                                                    f"(sent {sent_at.isoformat()}, received {batch.received.isoformat()})")
