"""Group commit: pushes of several tills applied in one transaction answer and change exactly what the same
pushes applied one by one would — each till keeps its own gap check, duplicates, rejections and answer."""
from __future__ import annotations

import secrets
import uuid

import logging

import orjson
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from sync.protocol import GapResponse
from sync.server import bootstrap, samples
from sync.server.core.db import reading
from sync.server.core.errors import Unauthorized
from sync.server.crud import versions
from sync.server.ingest.batch import PushRequest
from sync.server.ingest.group import apply_pushes
from sync.server.ingest.validate import read_batch
from sync.server.models import events, sales, stock_levels, tills


@pytest.fixture(autouse=True)
def groups_never_fall_back(caplog):
    """A group that fails whole is redone push by push, which gives the same books and so would hide a bug
    of the grouped statements: here every group must succeed as a group."""
    with caplog.at_level(logging.WARNING, logger="sync.server.ingest.group"):
        yield
    assert [r.getMessage() for r in caplog.get_records("call") if r.name == "sync.server.ingest.group"] == []


def _request(till: dict, batch: list[dict]) -> PushRequest:
    return PushRequest(till_id=till["till_id"], checked=read_batch(orjson.dumps({"events": batch})))


def _store(engine, tills_=3) -> tuple[str, list[dict]]:
    store = f"g{secrets.token_hex(4)}"
    bootstrap.add_store(engine, store_id=store)
    bootstrap.seed_catalog(engine, [samples.product(f"{store}-V1"), samples.product(f"{store}-V2")])
    return store, [bootstrap.enroll_till(engine, store_id=store) for _ in range(tills_)]


def _state(engine, store: str, made: list[dict]) -> tuple:
    with reading(engine) as connection:
        levels = {sku.split("-", 1)[1]: q for sku, q in connection.execute(
            select(stock_levels.c.sku, stock_levels.c.quantity).where(stock_levels.c.store_id == store))}
        per_till = []
        for till in made:
            acked = connection.execute(select(tills.c.acked_seq).where(tills.c.id == till["till_id"])).scalar_one()
            sold = connection.execute(select(func.count()).select_from(sales)
                                      .where(sales.c.till_id == till["till_id"])).scalar_one()
            stored = connection.execute(select(func.count()).select_from(events)
                                        .where(events.c.till_id == till["till_id"])).scalar_one()
            per_till.append((acked, sold, stored))
    return levels, per_till


def _version(engine, store: str) -> int:
    with reading(engine) as connection:
        return versions.current(connection)[versions.store_scope(store)]


def _shape(outcome) -> tuple:
    if outcome.error is not None:
        return ("error", type(outcome.error).__name__)
    if isinstance(outcome.answer, GapResponse):
        return ("gap", outcome.answer.expected_seq)
    a = outcome.answer
    return ("ok", a.acked_seq, a.applied, a.duplicates, tuple(r.seq for r in a.rejected))


def test_three_tills_in_one_group_are_each_answered_and_bump_the_store_once(hq_engine):
    store, made = _store(hq_engine)
    stock = samples.event(1, samples.movements_payload([(f"{store}-V1", 50_000)]))
    apply_pushes(hq_engine, [_request(made[0], [stock])])
    before = _version(hq_engine, store)
    group = [_request(till, [samples.event(1 + (i == 0), samples.sale_payload([(f"{store}-V1", 1_000 * (i + 1), 698)]))])
             for i, till in enumerate(made)]
    outcomes = apply_pushes(hq_engine, group)
    assert [_shape(o) for o in outcomes] == [("ok", 2, 1, 0, ()), ("ok", 1, 1, 0, ()), ("ok", 1, 1, 0, ())]
    assert _version(hq_engine, store) == before + 1
    assert {o.batch.version for o in outcomes} == {before + 1}
    assert [o.batch.deltas for o in outcomes] == [{f"{store}-V1": -1_000}, {f"{store}-V1": -2_000},
                                                  {f"{store}-V1": -3_000}]
    assert _state(hq_engine, store, made) == ({"V1": 44_000}, [(2, 1, 2), (1, 1, 1), (1, 1, 1)])


def test_a_group_across_stores_bumps_each_store_once_and_books_each_its_own(hq_engine):
    """Every store of a group is bumped and moved in one statement each (ingest/group.py): each store still
    gets exactly its own version, levels and oversell flags."""
    made = [_store(hq_engine, tills_=1) for _ in range(3)]
    before = {store: _version(hq_engine, store) for store, _ in made}
    group = [_request(tills_[0], [samples.event(1, samples.sale_payload([(f"{store}-V1", 1_000 * (n + 1), 698),
                                                                         (f"{store}-V2", 250, 1200)]))])
             for n, (store, tills_) in enumerate(made)]
    outcomes = apply_pushes(hq_engine, group)
    assert [_shape(o) for o in outcomes] == [("ok", 1, 1, 0, ())] * 3
    for n, ((store, tills_), outcome) in enumerate(zip(made, outcomes)):
        assert _version(hq_engine, store) == before[store] + 1 == outcome.batch.version
        assert _state(hq_engine, store, tills_) == ({"V1": -1_000 * (n + 1), "V2": -250}, [(1, 1, 1)])
        assert sorted(p["sku"] for p in outcome.batch.problems if p["kind"] == "oversell") == [
            f"{store}-V1", f"{store}-V2"]


def test_a_till_twice_in_a_group_is_applied_once_and_answered_twice(hq_engine):
    store, made = _store(hq_engine, tills_=1)
    batch = [samples.event(1, samples.sale_payload([(f"{store}-V2", 2_000, 1200)]))]
    outcomes = apply_pushes(hq_engine, [_request(made[0], batch), _request(made[0], batch)])
    assert [_shape(o) for o in outcomes] == [("ok", 1, 1, 0, ()), ("ok", 1, 0, 1, ())]
    assert _state(hq_engine, store, made) == ({"V2": -2_000}, [(1, 1, 1)])


def test_another_tills_copy_of_an_event_or_a_sale_in_the_same_group_changes_nothing(hq_engine):
    store, made = _store(hq_engine)
    sale = samples.sale_payload([(f"{store}-V1", 1_500, 698)])
    event = samples.event(1, sale)
    same_sale_other_event = samples.event(1, sale, event_id=str(uuid.uuid4()))
    outcomes = apply_pushes(hq_engine, [_request(made[0], [event]), _request(made[1], [event]),
                                        _request(made[2], [same_sale_other_event])])
    assert [_shape(o)[:4] for o in outcomes] == [("ok", 1, 1, 0), ("ok", 1, 0, 1), ("ok", 1, 0, 0)]
    assert outcomes[2].answer.rejected[0].reason == "the sale uuid of this event was already recorded by another event"
    levels, per_till = _state(hq_engine, store, made)
    assert levels == {"V1": -1_500}                          # sold once, by the till that sent it first
    assert per_till == [(1, 1, 1), (1, 0, 0), (1, 0, 1)]     # the copy kept, as rejected, under its own id


def test_a_revoked_till_or_a_gap_in_a_group_touches_only_that_push(hq_engine):
    store, made = _store(hq_engine)
    bootstrap.revoke_till(hq_engine, till_id=made[1]["till_id"])
    outcomes = apply_pushes(hq_engine, [
        _request(made[0], [samples.event(1, samples.sale_payload([(f"{store}-V1", 1_000, 698)]))]),
        _request(made[1], [samples.event(1, samples.sale_payload([(f"{store}-V1", 2_000, 698)]))]),
        _request(made[2], [samples.event(3, samples.sale_payload([(f"{store}-V1", 4_000, 698)]))])])
    assert isinstance(outcomes[1].error, Unauthorized)
    assert [_shape(outcomes[0]), _shape(outcomes[2])] == [("ok", 1, 1, 0, ()), ("gap", 1)]
    assert _state(hq_engine, store, made) == ({"V1": -1_000}, [(1, 1, 1), (0, 0, 0), (0, 0, 0)])


def test_a_value_the_database_refuses_rejects_only_that_event_of_the_group(hq_engine):
    store, made = _store(hq_engine, tills_=2)
    huge = samples.movements_payload([(f"{store}-V1", 2**63)])    # past a 64-bit column
    outcomes = apply_pushes(hq_engine, [
        _request(made[0], [samples.event(1, samples.sale_payload([(f"{store}-V1", 1_000, 698)])),
                           samples.event(2, huge)]),
        _request(made[1], [samples.event(1, samples.sale_payload([(f"{store}-V2", 3_000, 1200)]))])])
    assert [_shape(o) for o in outcomes] == [("ok", 2, 1, 0, (2,)), ("ok", 1, 1, 0, ())]
    assert _state(hq_engine, store, made) == ({"V1": -1_000, "V2": -3_000}, [(2, 1, 2), (1, 1, 1)])


# A script of pushes: (till, what) — a new batch of 1–2 sales, a resend of that till's last batch, or a
# batch that starts past a gap. Played grouped on one store and one by one on another: same answers, same books.
STEP = st.tuples(st.integers(0, 2), st.sampled_from(["new", "new", "new", "resend", "gap"]), st.integers(1, 2))


def _materialise(store: str, script) -> list[tuple[int, list[dict]]]:
    nexts, last, pushes = [1, 1, 1], [[], [], []], []
    for till, what, size in script:
        if what == "new":
            batch = [samples.event(nexts[till] + i, samples.sale_payload(
                [(f"{store}-V{1 + (till + i) % 2}", 250 * (till + 1) * (i + 1), 698)])) for i in range(size)]
            nexts[till] += size
            last[till] = batch
        elif what == "resend":
            batch = last[till]
        else:
            batch = [samples.event(nexts[till] + 3, samples.movements_payload([(f"{store}-V1", 1)]))]
        pushes.append((till, batch))
    return pushes


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(script=st.lists(STEP, min_size=1, max_size=12), cuts=st.lists(st.integers(1, 11), max_size=6))
def test_grouped_pushes_answer_and_book_exactly_what_one_by_one_pushes_do(hq_engine, script, cuts):
    grouped_store, grouped_tills = _store(hq_engine)
    single_store, single_tills = _store(hq_engine)
    grouped = [_request(grouped_tills[till], batch) for till, batch in _materialise(grouped_store, script)]
    single = [_request(single_tills[till], batch) for till, batch in _materialise(single_store, script)]
    bounds = sorted({0, len(grouped), *[c for c in cuts if c < len(grouped)]})
    grouped_outcomes = [o for start, end in zip(bounds, bounds[1:]) for o in apply_pushes(hq_engine, grouped[start:end])]
    single_outcomes = [apply_pushes(hq_engine, [request])[0] for request in single]
    assert [_shape(o) for o in grouped_outcomes] == [_shape(o) for o in single_outcomes]
    assert _state(hq_engine, grouped_store, grouped_tills) == _state(hq_engine, single_store, single_tills)


def test_a_usual_round_takes_no_savepoint_and_makes_no_staging_table_twice(hq_engine):
    """Savepoints cost two round trips each and are only needed when the database refuses something; the
    staging tables are made once per database session, not in every round."""
    from sqlalchemy import event as sa_event
    store, made = _store(hq_engine, tills_=2)
    apply_pushes(hq_engine, [_request(made[0], [samples.event(1, samples.sale_payload([(f"{store}-V1", 1, 698)]))])])
    statements: list[str] = []

    def seen(_conn, _cursor, statement, *_args) -> None:
        statements.append(statement.split(None, 3)[0:3])

    sa_event.listen(hq_engine, "before_cursor_execute", seen)
    try:
        outcomes = apply_pushes(hq_engine, [
            _request(made[0], [samples.event(2, samples.sale_payload([(f"{store}-V1", 1_000, 698)]))]),
            _request(made[1], [samples.event(1, samples.sale_payload([(f"{store}-V2", 2_000, 1200)]))])])
    finally:
        sa_event.remove(hq_engine, "before_cursor_execute", seen)
    assert [_shape(o) for o in outcomes] == [("ok", 2, 1, 0, ())] + [("ok", 1, 1, 0, ())]
    assert statements and not [s for s in statements if s[0].upper() in ("SAVEPOINT", "CREATE")]


def test_a_round_redone_carefully_forgets_what_its_first_try_rejected(hq_engine):
    """The first try notes a taken sale uuid (a rejection), then a resent movement fails the transaction;
    the careful try starts from the events as they came and books exactly what one-by-one would."""
    store, made = _store(hq_engine, tills_=2)
    sale = samples.sale_payload([(f"{store}-V1", 1_000, 698)])
    goods = samples.movements_payload([(f"{store}-V2", 5_000)])
    apply_pushes(hq_engine, [_request(made[0], [samples.event(1, sale), samples.event(2, goods)])])
    outcomes = apply_pushes(hq_engine, [_request(made[1], [
        samples.event(1, sale, event_id=str(uuid.uuid4())),              # the same sale under a new event
        samples.event(2, goods, event_id=str(uuid.uuid4())),             # the same movements under a new event
        samples.event(3, samples.sale_payload([(f"{store}-V2", 500, 1200)]))])])
    assert [_shape(o) for o in outcomes] == [("ok", 3, 2, 0, (1,))]
    assert outcomes[0].answer.rejected[0].reason == "the sale uuid of this event was already recorded by another event"
    assert _state(hq_engine, store, made) == ({"V1": -1_000, "V2": 4_500}, [(2, 1, 2), (3, 1, 3)])
    assert [p["kind"] for p in outcomes[0].batch.problems if p["kind"] == "duplicate_movement"] == ["duplicate_movement"]
