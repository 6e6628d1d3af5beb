"""Pushes applied together: the pushes of several tills that arrived at once, in one transaction.

Why: a one-sale push is nearly all fixed cost — about 6 ms of statements, COPYs and the commit flush per
transaction — and it holds its store's version row across the commit, so one store's pushes ran one after
another. A group pays the fixed cost once: its statements carry the rows of every push in it. Each till
still has its own row lock, gap check, duplicates, rejections and answer; only the statements are shared.

Locks are taken in one order by every group, so two workers' groups cannot deadlock: the tills' rows by id,
then each store's version row by store id, and a store's levels only under its version row. A till appears
at most once in a group (a resend of the same till waits for the next round), so planning a push never has
to look at rows an earlier push of the same group has not written yet.

A round is first written without savepoints: each one is two more round trips, and nearly every round
needs none. If the database refuses a value (say a number past 64 bits) or a stock movement HQ already
has, that transaction is rolled back and the round written again carefully: the events in a savepoint,
redone event by event on a refused value so only the offending event is rejected and every queue moves on,
and the movements in a savepoint, written again without the ones already recorded.
"""
from __future__ import annotations

import logging
from collections import defaultdict
from dataclasses import dataclass

from sqlalchemy import Connection, Engine, bindparam, func, select, update
from sqlalchemy.exc import DataError, IntegrityError

from sync.protocol import GapResponse, PushResponse, Rejection, ShiftReportPayload
from sync.server.core.db import writing
from sync.server.core.errors import Unauthorized
from sync.server.core.security import now
from sync.server.crud import versions
from sync.server.ingest import rows as R
from sync.server.ingest import till_audit
from sync.server.ingest.batch import Batch, PushRequest, answer, find_problems, open_batch, till_row
from sync.server.ingest.bulk import bulk_insert, insert_returning, prepare_stages
from sync.server.ingest.ledger import apply_levels, write_movements
from sync.server.ingest.validate import SALE_RECORDS, Checked, is_sale, payload_text
from sync.server.models import Big, Moment, TillTime, events, exceptions, sale_lines, sale_taxes, sale_tenders, sales, shift_reports, tills

log = logging.getLogger(__name__)
EVENT_COLUMNS = ("id", "till_id", "store_id", "seq", "kind", "till_time", "received_at", "status", "reason", "payload")
Pairs = list[tuple[Batch, list[Checked]]]
# Every till of a group in one executemany; a NULL keeps what the row has (no skew sent, no new event).
_TILL_AFTER = (update(tills).where(tills.c.id == bindparam("tid"))
               .values(acked_seq=bindparam("acked"), last_seen=bindparam("seen"),
                       clock_skew_ms=func.coalesce(bindparam("skew", type_=Big), tills.c.clock_skew_ms),
                       last_push=func.coalesce(bindparam("pushed", type_=Moment), tills.c.last_push),
                       last_event_at=func.coalesce(bindparam("last_event", type_=TillTime), tills.c.last_event_at)))


@dataclass
class Outcome:
    """What one push came to: an answer (with its batch when applied), or the error to give its till."""
    answer: PushResponse | GapResponse | None = None
    batch: Batch | None = None
    error: Exception | None = None


def apply_pushes(engine: Engine, requests: list[PushRequest], *, before_commit=None) -> list[Outcome]:
    """Apply `requests`, in rounds where each till appears once, one transaction a round. A round that
    fails as a whole (a lost connection, a deadlock with a writer outside HQ's order) is retried push by
    push, so each till gets its own answer or its own error. `before_commit(connection, batches)` runs last
    in each round's transaction (peers.announcer tells the other workers what it changed)."""
    outcomes: list[Outcome | None] = [None] * len(requests)
    pending = list(range(len(requests)))
    while pending:
        seen: set[str] = set()
        round_, later = [], []
        for index in pending:
            (later if requests[index].till_id in seen else round_).append(index)
            seen.add(requests[index].till_id)
        try:
            for index, outcome in zip(round_, _attempt(engine, [requests[i] for i in round_], before_commit)):
                outcomes[index] = outcome
        except Exception as exc:
            if len(round_) == 1:
                outcomes[round_[0]] = Outcome(error=exc)
            else:
                log.warning("a group of %d pushes failed (%s: %s); applying them one by one", len(round_),
                            type(exc).__name__, exc)
                for index in round_:
                    try:
                        outcomes[index] = _attempt(engine, [requests[index]], before_commit)[0]
                    except Exception as alone:
                        outcomes[index] = Outcome(error=alone)
        pending = later
    return outcomes


def _attempt(engine: Engine, requests: list[PushRequest], before_commit) -> list[Outcome]:
    """The round written quickly; if the database refused something, written again carefully (see the
    module). A try that fails leaves the events as they came (a rejection it noted is undone), for the
    careful try or the caller's push-by-push retry."""
    marks = [(item, item.payload, item.reason) for request in requests for item in request.checked]
    try:
        return _apply_round(engine, requests, before_commit, careful=False)
    except (DataError, OverflowError, IntegrityError):
        _undo(marks)
    except BaseException:
        _undo(marks)
        raise
    try:
        return _apply_round(engine, requests, before_commit, careful=True)
    except BaseException:
        _undo(marks)
        raise


def _undo(marks: list) -> None:
    for item, payload, reason in marks:
        item.payload, item.reason = payload, reason


def _apply_round(engine: Engine, requests: list[PushRequest], before_commit, *, careful: bool) -> list[Outcome]:
    received = now()
    outcomes = [Outcome() for _ in requests]
    with writing(engine, setup=_prepare) as connection:
        ids = sorted({request.till_id for request in requests})
        rows = {row.id: row for row in connection.execute(
            select(tills.c.id, tills.c.store_id, tills.c.acked_seq, tills.c.revoked_at, tills.c.clock_skew_ms)
            .where(tills.c.id.in_(ids)).order_by(tills.c.id).with_for_update())}
        batches: list[Batch] = []
        for outcome, request in zip(outcomes, requests):
            try:
                planned = open_batch(connection, request, rows.get(request.till_id), received=received)
            except Unauthorized as exc:
                outcome.error = exc
                continue
            if isinstance(planned, GapResponse):
                outcome.answer = planned
            else:
                outcome.batch = planned
                batches.append(planned)
        find_problems(connection, batches)
        if careful:
            _store_carefully(connection, batches)
        else:
            _insert_and_apply(connection, [(batch, batch.fresh) for batch in batches])
        if batches:
            connection.execute(_TILL_AFTER, [till_row(batch) for batch in batches])
        stores: dict[str, list[Batch]] = defaultdict(list)
        for batch in batches:
            if batch.new:
                stores[batch.store_id].append(batch)
        if stores:
            # Bumped last, after everything else this group writes, in as few statements as the stores
            # allow: the stores' counter rows — which the other workers' groups of those stores wait for —
            # are held only for the short rest (levels, exceptions, notification, commit).
            scopes = {versions.store_scope(store_id): store_id for store_id in stores}
            bumped = {scopes[scope]: version
                      for scope, version in versions.bump_all(connection, scopes=list(scopes)).items()}
            for store_id, group in stores.items():
                for batch in group:
                    batch.version = bumped[store_id]
            apply_levels(connection, stores=stores, bumped=bumped)
        problems = [problem for batch in batches for problem in batch.problems]
        if problems:
            connection.execute(exceptions.insert(), problems)
        if before_commit is not None and stores:
            before_commit(connection, batches)
    for outcome in outcomes:
        if outcome.batch is not None:
            outcome.answer = answer(outcome.batch)
    return outcomes


def _prepare(connection: Connection) -> None:
    """The staging tables a round's inserts use, made once per database session (bulk.prepare_stages)."""
    prepare_stages(connection, [(events, EVENT_COLUMNS), (sales, R.SALE_COLUMNS), (shift_reports, R.SHIFT_COLUMNS)])


def _store_carefully(connection: Connection, batches: list[Batch]) -> None:
    """Insert and apply every batch's fresh events; on a refused value, event by event (see the module)."""
    saved = [_save(batch) for batch in batches]
    try:
        with connection.begin_nested():
            _insert_and_apply(connection, [(batch, batch.fresh) for batch in batches], careful=True)
        return
    except (DataError, OverflowError):
        for batch, state in zip(batches, saved):
            _restore(batch, state)
    for batch in batches:
        for item in batch.fresh:
            state = _save(batch)
            try:
                with connection.begin_nested():
                    _insert_and_apply(connection, [(batch, [item])], careful=True)
            except (DataError, OverflowError) as exc:
                _restore(batch, state)
                batch.reject(item, f"HQ's database refused a value of this event ({type(exc).__name__})")
                _insert_and_apply(connection, [(batch, [item])], careful=True)


def _save(batch: Batch) -> tuple:
    return (batch.duplicates, len(batch.rejected), len(batch.problems), dict(batch.flagged), dict(batch.deltas),
            batch.lines, len(batch.new), [(item, item.payload, item.reason) for item in batch.fresh])


def _restore(batch: Batch, saved: tuple) -> None:
    batch.duplicates, rejected, problems, batch.flagged, batch.deltas, batch.lines, new, items = saved
    del batch.rejected[rejected:]
    del batch.problems[problems:]
    del batch.new[new:]
    for item, payload, reason in items:
        item.payload, item.reason = payload, reason


def _insert_and_apply(connection: Connection, pairs: Pairs, *, careful: bool = False) -> None:
    stored = _insert_events(connection, pairs)
    for batch, new in stored:
        batch.new.extend(new)
    _apply(connection, stored, careful=careful)


def _first(pairs: Pairs, key) -> list[tuple[Batch, Checked]]:
    """(batch, item) of the items whose key no earlier item had: one statement writes all pushes, and with
    ON CONFLICT DO NOTHING every repeat of a key inserted by it would look inserted too."""
    seen, firsts = set(), []
    for batch, items in pairs:
        for item in items:
            value = key(item)
            if value not in seen:
                seen.add(value)
                firsts.append((batch, item))
    return firsts


def _insert_events(connection: Connection, pairs: Pairs) -> Pairs:
    firsts = _first(pairs, lambda item: item.event.id.lower())
    rows = []
    for batch, item in firsts:
        event_id = item.event.id.lower()
        status = "rejected" if item.payload is None else ("exception" if event_id in batch.flagged else "applied")
        rows.append((event_id, batch.till_id, batch.store_id, item.event.seq, item.event.kind.replace("\x00", "?"),
                     item.event.created_at, batch.received, status, item.reason or None,
                     payload_text(item) if item.payload is None else None))
    inserted = {str(i).lower() for i in insert_returning(connection, table=events, columns=EVENT_COLUMNS, rows=rows,
                                                         conflict=["id"], returning="id")} if rows else set()
    first_ids = {id(item) for _, item in firsts}
    stored = []
    for batch, items in pairs:
        new = [item for item in items if id(item) in first_ids and item.event.id.lower() in inserted]
        batch.duplicates += len(items) - len(new)
        batch.rejected.extend(Rejection(seq=item.event.seq, id=item.event.id, reason=item.reason)
                              for item in new if item.payload is None)
        stored.append((batch, new))
    return stored


def _apply(connection: Connection, pairs: Pairs, *, careful: bool) -> None:
    _apply_records(connection, pairs, kind=SALE_RECORDS, table=sales, columns=R.SALE_COLUMNS, row=R.sale_row,
                   key=lambda payload: payload.uuid.lower(), conflict="uuid", what="sale uuid")
    lines, tenders, taxes = [], [], []
    for batch, new in pairs:
        before = len(lines)
        for item in new:
            if is_sale(item.payload):
                R.detail_rows(item.payload, lines=lines, tenders=tenders, taxes=taxes)
        batch.lines += len(lines) - before
    bulk_insert(connection, table=sale_lines, columns=R.LINE_COLUMNS, rows=lines)
    bulk_insert(connection, table=sale_tenders, columns=R.TENDER_COLUMNS, rows=tenders)
    bulk_insert(connection, table=sale_taxes, columns=R.TAX_COLUMNS, rows=taxes)
    _apply_records(connection, pairs, kind=ShiftReportPayload, table=shift_reports, columns=R.SHIFT_COLUMNS,
                   row=R.shift_row, key=lambda payload: payload.shift_id.lower(), conflict="shift_id",
                   what="shift id")
    till_audit.store(connection, pairs)
    write_movements(connection, pairs, careful=careful)


def _apply_records(connection: Connection, pairs: Pairs, *, kind, table, columns, row, key, conflict: str,
                   what: str) -> None:
    """Insert the sale (or shift) row of each new event of `kind`; one whose own uuid HQ already has — or an
    earlier event of this group has — is rejected instead, its event kept with the reason."""
    chosen = [(batch, [item for item in new if isinstance(item.payload, kind)]) for batch, new in pairs]
    firsts = _first(chosen, lambda item: key(item.payload))
    if not any(items for _, items in chosen):
        return
    rows = [row(item.payload, event_id=item.event.id.lower(), store_id=batch.store_id, till_id=batch.till_id,
                received=batch.received) for batch, item in firsts]
    inserted = {str(u).lower() for u in insert_returning(connection, table=table, columns=columns, rows=rows,
                                                         conflict=[conflict], returning=conflict)}
    first_ids = {id(item) for _, item in firsts}
    for batch, items in chosen:
        for item in items:
            if id(item) not in first_ids or key(item.payload) not in inserted:
                _reject_taken(connection, batch, item, what=what)


def _reject_taken(connection: Connection, batch: Batch, item: Checked, *, what: str) -> None:
    """A record whose own uuid HQ already has under another event: the event is stored, as rejected."""
    reason = f"the {what} of this event was already recorded by another event"
    text = payload_text(item)
    batch.reject(item, reason)
    batch.rejected.append(Rejection(seq=item.event.seq, id=item.event.id, reason=reason))
    connection.execute(update(events).where(events.c.id == item.event.id.lower())
                       .values(status="rejected", reason=reason, payload=text))
