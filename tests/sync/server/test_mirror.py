"""The store snapshot a worker keeps in memory answers an incremental pull exactly as the database would,
and steps aside whenever it cannot."""
from __future__ import annotations

import random

import pytest

from sync.server import feed, mirror, samples


def _state(world):
    return world.client.app.state.hq.state


def _from_memory(world, *, till: int, since: str) -> dict | None:
    state = _state(world)
    return mirror.changes(state.feeds.get(world.store), cursor=feed.parse_cursor(since),
                          till_id=world.tills[till]["till_id"], known=state.versions)


def _from_database(world, *, till: int, since: str) -> dict:
    return feed.pull(engine=world.engine, till_id=world.tills[till]["till_id"], store_id=world.store, since=since)


def _same(a: dict, b: dict) -> bool:
    return {**a, "server_time": ""} == {**b, "server_time": ""}


def _refreshed(world) -> None:
    state = _state(world)
    state.watch(world.store)
    state.refresh()


def _reloaded(world) -> mirror.StoreFeed:
    """The store's snapshot read afresh from the database, as a worker that never saw it would."""
    from sync.server.core.db import snapshot
    from sync.server.crud import versions
    with snapshot(world.engine) as connection:
        current = versions.current(connection)
        return mirror.advance(connection, old={}, stores=[world.store], current=current)[world.store]


@pytest.mark.parametrize("slack", [mirror.LOG_SLACK, 0])
def test_every_cursor_gets_the_database_answer_through_random_changes(world, monkeypatch, slack):
    monkeypatch.setattr(mirror, "LOG_SLACK", slack)
    rng = random.Random(slack + 11)
    skus = [world.sku("V1"), world.sku("V2"), world.sku("unknown")]
    admin = world.auth(world.admin)
    cursors = [(till, world.pull(till=till)["cursor"]) for till in (0, 1)]
    latest = dict(cursors)
    answered = 0
    for step in range(60):
        action = rng.choice(["sale", "sale", "goods", "setting", "nomenclature"])
        till = rng.randrange(2)
        if action == "sale":
            lines = [(rng.choice(skus), rng.randint(1, 3000), 698) for _ in range(rng.randint(1, 3))]
            payload = samples.sale_payload(lines, till=world.tills[till]["till_id"])
            answer = world.push(world.next_events([payload], till=till), till=till)
            assert answer.status_code == 200 and answer.json()["applied"] == 1, answer.text
        elif action == "goods":
            payload = samples.movements_payload([(rng.choice(skus), rng.randint(1, 9000))])
            answer = world.push(world.next_events([payload], till=till), till=till)
            assert answer.status_code == 200 and answer.json()["applied"] == 1, answer.text
        elif action == "setting":
            answer = world.client.put(f"/api/v1/stores/{world.store}/settings/cash_rounding",
                                      json={"value": rng.choice([1, 10, 50])}, headers=admin)
            assert answer.status_code == 200, answer.text
        else:
            answer = world.client.put(f"/api/v1/stores/{world.store}/settings/nomenclature",
                                      json={"value": {"rules": [], "step": step}}, headers=admin)
            assert answer.status_code == 200, answer.text
        # A cursor at this very version: with several changes per refresh, some cursors fall inside them.
        cursors.append((till, _from_database(world, till=till, since=latest[till])["cursor"]))
        if rng.random() < 0.5:
            continue
        _refreshed(world)
        for who, since in cursors:
            memory = _from_memory(world, till=who, since=since)
            assert memory is not None, (action, since)
            assert _same(memory, _from_database(world, till=who, since=since))
            answered += 1
        pulled = world.pull(latest[till], till=till)               # through the HTTP lanes
        assert _same(pulled, _from_database(world, till=till, since=latest[till]))
        latest[till] = pulled["cursor"]
        cursors.append((till, pulled["cursor"]))
        cursors = cursors[-12:]
    assert answered >= 100


def test_a_push_through_this_worker_moves_the_snapshot_exactly_as_the_database_moved(world, monkeypatch):
    since = world.pull()["cursor"]
    _refreshed(world)
    state = _state(world)
    monkeypatch.setattr(state, "refresh", lambda: None)       # only the push itself may move the snapshot
    for round_ in range(3):
        before = state.feeds[world.store]
        sale = samples.sale_payload([(world.sku("V1"), 1500, 698), (world.sku("new"), 2000 + round_, 100)],
                                    till=world.tills[round_ % 2]["till_id"])
        moves = samples.movements_payload([(world.sku("V2"), 40 + round_)])
        assert world.push(world.next_events([sale, moves], till=round_ % 2), till=round_ % 2).status_code == 200
        after, reloaded = state.feeds[world.store], _reloaded(world)
        assert after.store == before.store + 1
        assert (after.store, after.levels, after.acked, after.settings, after.price_version) == (
            reloaded.store, reloaded.levels, reloaded.acked, reloaded.settings, reloaded.price_version)
        assert _same(_from_memory(world, till=0, since=since), _from_database(world, till=0, since=since))
        assert _same(world.pull(since), _from_database(world, till=0, since=since))


def test_a_snapshot_older_than_what_the_worker_knows_is_never_used(world):
    since = world.pull()["cursor"]
    _refreshed(world)
    state = _state(world)
    snapshot = state.feeds[world.store]
    scope = f"store:{world.store}"
    ask = dict(cursor=feed.parse_cursor(since), till_id=world.tills[0]["till_id"])
    assert mirror.changes(snapshot, known={**state.versions, scope: snapshot.store}, **ask) is not None
    assert mirror.changes(snapshot, known={**state.versions, scope: snapshot.store + 1}, **ask) is None
    # A write this worker made that the snapshot does not hold (here: straight to the database, then noted).
    from sync.server import bootstrap
    version = bootstrap.set_price(world.engine, store_id=world.store, sku=world.sku("V1"), price=5)
    state.note(scope, version)
    assert _from_memory(world, till=0, since=since) is None
    assert [p["price"] for p in world.pull(since)["products"]] == [5]


def test_a_refresh_that_read_before_a_noted_write_does_not_forget_it(world):
    state = _state(world)
    scope = f"store:{world.store}"
    _refreshed(world)
    ahead = state.versions[scope] + 5
    state.note(scope, ahead)              # as if committed just after the refreshes below read the versions
    state.refresh()
    state.refresh()
    assert state.versions[scope] == ahead


def test_a_push_after_a_change_the_snapshot_lacks_is_not_applied_over_the_gap(world, monkeypatch):
    from sync.server import bootstrap
    since = world.pull()["cursor"]
    _refreshed(world)
    state = _state(world)
    monkeypatch.setattr(state, "refresh", lambda: None)
    before = state.feeds[world.store]
    bootstrap.set_price(world.engine, store_id=world.store, sku=world.sku("V2"), price=3)   # another worker
    world.push(world.next_events([samples.movements_payload([(world.sku("V1"), 9)])]))
    assert state.feeds[world.store].store == before.store
    assert _from_memory(world, till=0, since=since) is None
    assert [p["price"] for p in world.pull(since)["products"]] == [3]


def test_the_snapshot_steps_aside_for_prices_catalog_pages_unknown_tills_and_cursors_ahead(world):
    from sync.server import bootstrap
    since = world.pull()["cursor"]
    world.push(world.next_events([samples.movements_payload([(world.sku("V1"), 5)])], till=1), till=1)
    _refreshed(world)
    assert _from_memory(world, till=0, since=since)["stock"] == [{"sku": world.sku("V1"), "quantity": 5}]
    cursor = feed.parse_cursor(since)
    snapshot = _state(world).feeds[world.store]
    known = _state(world).versions
    ask = dict(snapshot=snapshot, till_id=world.tills[0]["till_id"], known=known)
    assert mirror.changes(cursor=feed.Cursor(cursor.catalog, cursor.store, 0, offset=5), **ask) is None
    assert mirror.changes(cursor=feed.Cursor(cursor.catalog, snapshot.store + 1, 0), **ask) is None
    assert mirror.changes(cursor=None, **ask) is None
    assert mirror.changes(**{**ask, "till_id": "someone-else"}, cursor=cursor) is None
    assert mirror.changes(**{**ask, "known": {**known, "catalog": snapshot.catalog + 1}}, cursor=cursor) is None

    world.client.put(f"/api/v1/stores/{world.store}/prices/{world.sku('V2')}", json={"price": 1},
                     headers=world.auth(world.admin))
    _refreshed(world)
    assert _from_memory(world, till=0, since=since) is None       # a store price needs the product rows
    assert [p["price"] for p in world.pull(since)["products"]] == [1]

    after_price = world.pull()["cursor"]
    bootstrap.seed_catalog(world.engine, [samples.product(world.sku("V3"))])
    _refreshed(world)
    assert _from_memory(world, till=0, since=after_price) is None  # the catalog moved
    assert world.sku("V3") in {p["sku"] for p in world.pull(after_price)["products"]}
