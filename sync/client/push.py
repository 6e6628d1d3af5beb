"""Pushing the outbox to HQ: batches in sequence order until nothing is left.

Crash safety is by construction: an outbox row is only ever stamped `sent_at` after HQ has acknowledged
it, in one short transaction, and never deleted. A till killed anywhere — before the request, while HQ
applies it, between HQ's reply and the stamp — sends some events again next time, and HQ skips the ids it
already has. Nothing is lost and nothing is counted twice.
"""
from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from pos_app.storage import sync_repo
from pos_app.storage.clock import to_iso
from pos_app.storage.database import TillDatabase
from sync.client.errors import SyncError
from sync.client.transport import Transport, parse
from sync.protocol import PUSH, SENT_AT_HEADER, Event, GapResponse, PushRequest, PushResponse

log = logging.getLogger(__name__)

MAX_GAPS = 3   # HQ asking for a different sequence more often than this in a row is a loop, not a gap


@dataclass(frozen=True)
class PushReport:
    sent: int = 0          # events sent (including any sent again)
    acknowledged: int = 0  # outbox rows newly stamped as held by HQ
    applied: int = 0
    duplicates: int = 0
    rejected: int = 0
    acked_seq: int = 0
    batches: int = 0


def push_pending(*, db: TillDatabase, transport: Transport, batch_size: int,
                 now: Callable[[], str]) -> PushReport:
    """Send every pending outbox event; returns what moved. Raises SyncError (nothing is marked for the
    batch that failed; earlier batches stay acknowledged)."""
    with db.reading() as connection:
        start = sync_repo.first_unsent(connection)
        acked = sync_repo.state(connection).acked_seq
    totals = PushReport(acked_seq=acked)
    gaps = 0
    while start is not None:
        with db.reading() as connection:
            events = sync_repo.events_from(connection, seq=start, limit=batch_size)
            last = sync_repo.last_seq(connection)
        if not events:
            break
        if events[0]["seq"] != start:
            raise SyncError(f"HQ asks for this till's events from number {start}, which the till no longer has.",
                            kind="protocol")
        # The till's clock travels with each push, so HQ can flag a skewed clock (never refuse a sale for it).
        status, body = transport.post(PUSH, body=PushRequest(events=[_event(e) for e in events]),
                                      headers={SENT_AT_HEADER: now()})
        if status == 409:
            gaps += 1
            expected = parse(GapResponse, body, what="sequence-gap answer").expected_seq
            start = _after_gap(db=db, expected=expected, last=last, gaps=gaps, now=now)
            continue
        gaps = 0
        reply = parse(PushResponse, body, what="push answer")
        _check_ack(reply.acked_seq, first=events[0]["seq"], sent_last=events[-1]["seq"], last=last)
        with db.transaction() as connection:
            acknowledged = sync_repo.mark_sent(connection, upto=reply.acked_seq, at=now())
            sync_repo.record_rejections(
                connection, rejections=[(r.seq, r.id, r.reason) for r in reply.rejected], at=now())
        for rejection in reply.rejected:
            log.warning("HQ rejected outbox event %s (%s): %s", rejection.seq, rejection.id, rejection.reason)
        totals = PushReport(
            sent=totals.sent + len(events), acknowledged=totals.acknowledged + acknowledged,
            applied=totals.applied + reply.applied, duplicates=totals.duplicates + reply.duplicates,
            rejected=totals.rejected + len(reply.rejected), acked_seq=reply.acked_seq, batches=totals.batches + 1)
        start = reply.acked_seq + 1
    return totals


def _event(row: dict) -> Event:
    return Event(seq=row["seq"], id=row["uuid"], kind=row["kind"], created_at=_with_offset(row["created_at"]),
                 payload=row["payload"])


def _with_offset(text: str) -> str:
    # The outbox stamps times with their offset (storage/clock.py); an older naive stamp is this till's
    # local time, and the protocol requires the offset to be said.
    moment = datetime.fromisoformat(text)
    return text if moment.tzinfo is not None else to_iso(moment)


def _after_gap(*, db: TillDatabase, expected: int, last: int, gaps: int, now: Callable[[], str]) -> int:
    if gaps > MAX_GAPS:
        raise SyncError(f"HQ keeps asking for a different sequence (now {expected}); sync stopped to avoid a loop.",
                        kind="protocol")
    if expected > last + 1:
        raise SyncError(f"HQ holds events from this till up to number {expected - 1} but the till has only "
                        f"{last}: was the till database restored from a backup? Call support before selling "
                        "more.", kind="protocol")
    if expected < 1:
        raise SyncError(f"HQ asked for event number {expected}, which cannot exist.", kind="protocol")
    if expected > 1:
        # HQ already holds everything before `expected` (e.g. the reply to an earlier push was lost).
        with db.transaction() as connection:
            sync_repo.mark_sent(connection, upto=expected - 1, at=now())
    log.info("HQ expects outbox event %s next; resending from there", expected)
    return expected


def _check_ack(acked: int, *, first: int, sent_last: int, last: int) -> None:
    if acked > last:
        raise SyncError(f"HQ acknowledged event number {acked} but this till has only {last}: was the till "
                        "database restored from a backup? Call support before selling more.", kind="protocol")
    if acked < first:
        raise SyncError(f"HQ took none of events {first}–{sent_last} (acknowledged {acked}).", kind="protocol")
