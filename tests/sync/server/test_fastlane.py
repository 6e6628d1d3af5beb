"""The pull fast lane answers exactly what the route would, and only when it safely can."""
from __future__ import annotations

import orjson

from sync.protocol import PULL
from sync.server import samples
from sync.server.api.fastlane import answer_pull


def _scope(world, *, token: str, query: str) -> dict:
    return {"type": "http", "method": "GET", "path": PULL, "query_string": query.encode(), "app": world.client.app,
            "headers": [(b"host", b"hq"), (b"authorization", f"Bearer {token}".encode())]}


def _same(a: dict, b: dict) -> bool:
    return {**a, "server_time": ""} == {**b, "server_time": ""}


def test_the_fast_lane_matches_the_route_and_steps_aside_when_unsure(world):
    token = world.tills[0]["token"]
    cursor = world.pull()["cursor"]
    slow = world.pull(cursor)
    fast = answer_pull(_scope(world, token=token, query=f"since={cursor}"))
    assert fast is not None and _same(orjson.loads(fast), slow)
    assert answer_pull(_scope(world, token="ftt_unknown", query=f"since={cursor}")) is None
    assert answer_pull(_scope(world, token=token, query=f"since={cursor}&x=1")) is None
    assert answer_pull(_scope(world, token=token, query="since=")) is None
    assert answer_pull(_scope(world, token=world.admin, query=f"since={cursor}")) is None
    world.push(world.next_events([samples.movements_payload([(world.sku("V1"), 5)])]))
    assert answer_pull(_scope(world, token=token, query=f"since={cursor}")) is None   # something changed
    assert world.pull(cursor)["stock"] == [{"sku": world.sku("V1"), "quantity": 5}]
    world.client.post(f"/api/v1/tills/{world.tills[0]['till_id']}/revoke", headers=world.auth(world.admin))
    assert answer_pull(_scope(world, token=token, query=f"since={cursor}")) is None
