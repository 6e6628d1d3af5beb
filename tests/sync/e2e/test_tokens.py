"""Tokens against the real `hq serve` over HTTPS — what tests/sync/server/test_auth.py (the route matrix on
the in-process app) cannot show:

- a revoked till is refused on every till route by every worker process (two on PostgreSQL), including the
  in-memory pull lanes that answer in the middleware before any route dependency runs, within HQ's refresh
  interval of the revocation, and from then on;
- another till's token cannot touch a till's data: sending till A's events with till B's token (B of the
  same store, or of another store) changes nothing of A's — its sales, events, acknowledged sequence and
  the stores' stock stay exactly as they were.
"""
from __future__ import annotations

import time

import httpx
import pytest

from sync.protocol import LOGIN, PULL, PUSH
from sync.server import bootstrap, samples
from tests.sync.e2e.conftest import cheap_hashes

PASSWORD = "a long enough password"
ME = "/api/v1/me"


@pytest.fixture(scope="module")
def admin(hq) -> str:
    with cheap_hashes():
        bootstrap.add_user(hq.engine, user_id=f"tokens-admin-{hq.kind}", role="admin", password=PASSWORD)
    answer = httpx.post(hq.url + LOGIN, json={"user": f"tokens-admin-{hq.kind}", "password": PASSWORD},
                        verify=hq.verify, timeout=30)
    assert answer.status_code == 200, answer.text
    return answer.json()["token"]


def _fresh(hq, method: str, path: str, *, token: str | None, **options) -> httpx.Response:
    """One request on a connection of its own, so successive requests land on any of HQ's workers."""
    headers = {"Authorization": f"Bearer {token}"} if token else {}
    with httpx.Client(base_url=hq.url, verify=hq.verify, timeout=30, headers=headers) as client:
        return client.request(method, path, **options)


def _till_requests(cursor: str, stale: str) -> list[tuple[str, str, dict]]:
    return [("GET", PULL, {"params": {"since": cursor}}),          # "nothing new": the memory lane
            ("GET", PULL, {"params": {"since": stale}}),           # a change: the store-snapshot lane or the route
            ("GET", PULL, {"params": {"since": ""}}),              # a full snapshot: the route
            ("POST", PUSH, {"json": {"events": []}}),
            ("GET", ME, {})]


def test_a_revoked_till_is_refused_everywhere_by_every_worker(hq, admin):
    store = hq.new_store()
    till = bootstrap.enroll_till(hq.engine, store_id=store)
    event = samples.event(1, samples.movements_payload([("V1", 5_000)]))
    assert _fresh(hq, "POST", PUSH, token=till["token"], json={"events": [event]}).status_code == 200
    first = _fresh(hq, "GET", PULL, token=till["token"], params={"since": ""}).json()
    cursor = first["cursor"]
    protocol, catalog, version, acked = cursor.split(".")
    stale = f"{protocol}.{catalog}.{int(version) - 1}.{acked}"
    requests = _till_requests(cursor, stale)
    for _ in range(4):                      # every worker has the token in its cache and answers from memory
        for method, path, options in requests:
            assert _fresh(hq, method, path, token=till["token"], **options).status_code == 200

    revoked = _fresh(hq, "POST", f"/api/v1/tills/{till['till_id']}/revoke", token=admin)
    assert revoked.status_code == 204
    deadline = time.monotonic() + 5.0
    while (status := _fresh(hq, "GET", PULL, token=till["token"], params={"since": cursor}).status_code) != 401:
        assert time.monotonic() < deadline, f"the memory lane still answered {status} for a revoked till"
    # Which worker answers a new connection is the kernel's choice, so "every worker" is shown by time:
    # each re-reads revocations every 100 ms, and the CLI promises a revoked token stops within a second.
    time.sleep(1.0)
    for _ in range(3):
        for method, path, options in requests:
            answer = _fresh(hq, method, path, token=till["token"], **options)
            assert answer.status_code == 401, (method, path, answer.status_code, answer.text)
            assert answer.json()["error"] == "unauthorized"
    for method, path, options in requests:
        assert _fresh(hq, method, path, token=None, **options).status_code == 401


def test_another_tills_token_cannot_touch_a_tills_data(hq):
    store, elsewhere = hq.new_store(), hq.new_store()
    owner = bootstrap.enroll_till(hq.engine, store_id=store)
    neighbour = bootstrap.enroll_till(hq.engine, store_id=store)
    stranger = bootstrap.enroll_till(hq.engine, store_id=elsewhere)
    events = [samples.event(1, samples.movements_payload([("V1", 9_000), ("P1", 12_000)])),
              samples.event(2, samples.sale_payload([("V1", 1_250, 698)], till=owner["till_id"])),
              samples.event(3, samples.sale_payload([("P1", 2_000, 300)], till=owner["till_id"]))]
    pushed = _fresh(hq, "POST", PUSH, token=owner["token"], json={"events": events})
    assert pushed.status_code == 200 and pushed.json()["applied"] == 3

    def state():
        with hq.consistent():
            return (sorted(hq.sales(store)), sorted(hq.events(store)), hq.acked(owner["till_id"]), hq.levels(store),
                    hq.levels(elsewhere), hq.movement_sums(store), hq.sales(elsewhere), hq.events(elsewhere))
    before = state()
    assert {till for _, till, *_ in before[0]} == {owner["till_id"]}
    for intruder in (neighbour, stranger):
        # HQ already holds these ids: duplicates, whoever sends them — they stay the owner's, counted once.
        answer = _fresh(hq, "POST", PUSH, token=intruder["token"], json={"events": events})
        assert answer.status_code == 200, answer.text
        assert (answer.json()["applied"], answer.json()["duplicates"]) == (0, 3)
        assert state() == before
