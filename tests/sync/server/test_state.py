"""A worker's in-memory state: when tills were last seen reaches the database in one flush; a revoked token
is never cached as valid."""
from __future__ import annotations

from datetime import datetime, timedelta, timezone

from sqlalchemy import select

from sync.protocol import PULL
from sync.server import bootstrap
from sync.server.core.db import reading
from sync.server.core.security import token_hash
from sync.server.models import tills
from sync.server.state import Principal


def _last_seen(world) -> dict[str, datetime | None]:
    ids = [till["till_id"] for till in world.tills]
    with reading(world.engine) as connection:
        rows = connection.execute(select(tills.c.id, tills.c.last_seen).where(tills.c.id.in_(ids))).all()
    return {till_id: (None if at is None else at if at.tzinfo else at.replace(tzinfo=timezone.utc))
            for till_id, at in rows}


def test_flush_writes_each_seen_tills_own_moment_and_nothing_else(world):
    state = world.client.app.state.hq.state
    first, second = (till["till_id"] for till in world.tills)
    moment = datetime(2031, 5, 6, 7, 8, 9, 123456, tzinfo=timezone.utc)
    state.flush_seen()                      # whatever the requests so far left
    before = _last_seen(world)[second]
    state.seen[first] = moment
    state.flush_seen()
    after = _last_seen(world)
    assert after[first] == moment
    assert after[second] == before
    state.seen[first] = moment + timedelta(seconds=3)
    state.seen[second] = moment - timedelta(days=1)
    state.flush_seen()
    assert _last_seen(world) == {first: moment + timedelta(seconds=3), second: moment - timedelta(days=1)}


def test_a_lookup_that_straddles_a_revocation_is_not_cached(world):
    """A token read as valid just before its till was revoked must not be remembered after the revocation
    was noticed, or it would keep working on that worker until the next logout anywhere."""
    state = world.client.app.state.hq.state
    till = world.tills[0]
    key = token_hash(till["token"])
    generation = state.auth_generation          # a request starts its database lookup here ...
    read_before = Principal(kind="till", till_id=till["till_id"], store_id=world.store)
    bootstrap.revoke_till(world.engine, till_id=till["till_id"])
    state.refresh()                              # ... the refresher notices the revocation ...
    state.remember(key, read_before, generation=generation)   # ... and the lookup ends with what it read
    assert key not in state.principals
    answer = world.client.get(PULL, params={"since": ""}, headers=world.auth(till["token"]))
    assert answer.status_code == 401
    assert state.principals[key] is None         # the fresh lookup saw the revocation and is cached as such


def test_a_lookup_within_one_generation_is_cached(world):
    state = world.client.app.state.hq.state
    till = world.tills[1]
    principal = Principal(kind="till", till_id=till["till_id"], store_id=world.store)
    state.remember("some-hash", principal, generation=state.auth_generation)
    assert state.principals["some-hash"] == principal


def test_a_worker_knows_every_active_tills_token_from_its_first_refresh_and_after_a_revocation(world):
    """So a till's first request on a worker needs no database lookup; a revoked till is not among them."""
    from sync.server.state import WorkerState
    state = WorkerState(engine=world.engine, refresh_s=3600)
    state.refresh()
    first, second = world.tills
    assert state.principals[token_hash(first["token"])] == Principal(kind="till", till_id=first["till_id"],
                                                                      store_id=world.store)
    assert token_hash(second["token"]) in state.principals
    bootstrap.revoke_till(world.engine, till_id=second["till_id"])
    state.refresh()
    assert token_hash(second["token"]) not in state.principals
    assert token_hash(first["token"]) in state.principals
