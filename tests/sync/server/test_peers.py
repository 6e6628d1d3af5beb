"""Workers hear each other's pushes (peers.py): another worker's group moves this worker's snapshot of the
store exactly as the database moved, without a refresh; what it cannot apply makes it read the store again."""
from __future__ import annotations

import time

import orjson
import pytest

from sync.server import mirror, peers, samples
from sync.server.committer import mirror_update
from sync.server.core.db import is_postgres, snapshot
from sync.server.crud import versions
from sync.server.ingest.batch import PushRequest
from sync.server.ingest.group import apply_pushes
from sync.server.ingest.validate import read_batch
from sync.server.state import WorkerState


def _reloaded(world) -> mirror.StoreFeed:
    with snapshot(world.engine) as connection:
        current = versions.current(connection)
        return mirror.advance(connection, old={}, stores=[world.store], current=current)[world.store]


def _same(a: mirror.StoreFeed, b: mirror.StoreFeed) -> bool:
    return (a.store, a.levels, a.acked, a.settings, a.price_version) == (
        b.store, b.levels, b.acked, b.settings, b.price_version)


@pytest.fixture
def second_state(world) -> WorkerState:
    """A second worker's state on the same database, watching the store, refreshing only when told to."""
    if not is_postgres(world.engine):
        pytest.skip("workers tell each other through PostgreSQL's LISTEN/NOTIFY")
    state = WorkerState(engine=world.engine, refresh_s=3600)
    state.watch(world.store)
    state.refresh()
    return state


@pytest.fixture
def other_worker(world, second_state):
    """The second worker with its listener; `refreshes` counts its reads of the store."""
    state = second_state
    refreshes = []
    real_refresh = state.refresh
    state.refresh = lambda: (refreshes.append(1), real_refresh())
    listener = peers.PeerListener(engine=world.engine, state=state)
    listener.start()
    assert listener.ready.wait(10)
    yield state, refreshes
    listener.stop()


def _push(world, round_: int, before_commit=peers.announce) -> None:
    till = round_ % 2
    sale = samples.sale_payload([(world.sku("V1"), 1500 + round_, 698), (world.sku(f"new{round_}"), 2000, 100)],
                                till=world.tills[till]["till_id"])
    body = orjson.dumps({"events": world.next_events([sale], till=till)})
    outcome, = apply_pushes(world.engine, [PushRequest(till_id=world.tills[till]["till_id"], checked=read_batch(body))],
                            before_commit=before_commit)
    assert outcome.error is None


def _caught_up(state, world, version: int) -> mirror.StoreFeed:
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        feed = state.feeds.get(world.store)
        if feed is not None and feed.store >= version:
            return feed
        time.sleep(0.01)
    raise AssertionError(f"the other worker's snapshot never reached version {version}")


def test_another_workers_pushes_move_this_workers_snapshot_without_a_refresh(world, other_worker):
    state, refreshes = other_worker
    for round_ in range(4):
        _push(world, round_)
        reloaded = _reloaded(world)
        assert _same(_caught_up(state, world, reloaded.store), reloaded)
    assert refreshes == []
    assert state.versions[versions.store_scope(world.store)] == reloaded.store


def test_a_group_too_big_to_describe_makes_the_other_worker_read_the_store(world, other_worker, monkeypatch):
    state, refreshes = other_worker
    monkeypatch.setattr(peers, "MAX_PAYLOAD", 10)
    _push(world, 0)
    reloaded = _reloaded(world)
    assert _same(_caught_up(state, world, reloaded.store), reloaded)
    assert refreshes


def test_groups_heard_out_of_order_fill_in_and_repeats_change_nothing(world, second_state):
    """A worker's own group (v+2) may commit after another worker's (v+1) that it has not heard of yet: its
    own cannot be applied then; hearing v+1, then its own v+2 again, brings the snapshot to the database's."""
    state = second_state
    groups = []
    for round_ in range(2):
        _push(world, round_, before_commit=lambda connection, batches: groups.append(mirror_update(batches)))
    (first,), (second,) = (list(group.values()) for group in groups)
    start = state.feeds[world.store].store
    assert state.pushed(store_id=world.store, **second) is False
    assert state.feeds[world.store].store == start
    assert state.pushed(store_id=world.store, **first) is True
    assert state.pushed(store_id=world.store, **second) is True
    assert state.pushed(store_id=world.store, **first) is True             # heard again: already there
    assert _same(state.feeds[world.store], _reloaded(world))
