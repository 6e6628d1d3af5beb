"""Every protected route refuses a missing, unknown or revoked token and a till's token where a user's is
needed; roles are enforced on the back-office routes; enrollment codes work once and expire."""
from __future__ import annotations

import re

import pytest

from sync.protocol import ENROLL, PULL, PUSH
from sync.server import bootstrap
from sync.server.core.db import writing
from sync.server.core.tls import fingerprint
from sync.server.crud import tills

PUBLIC = {("GET", "/healthz"), ("POST", "/api/v1/enroll"), ("POST", "/api/v1/login"), ("GET", "/api/v1/ca")}
TILL_ROUTES = {("POST", PUSH), ("GET", PULL), ("GET", "/api/v1/me")}


def _routes(client) -> list[tuple[str, str]]:
    found = []
    for path, operations in client.app.openapi()["paths"].items():
        for method in operations:
            found.append((method.upper(), re.sub(r"\{[^}]+\}", "x", path)))
    return found


def _call(client, method: str, path: str, token: str | None):
    headers = {"Authorization": f"Bearer {token}"} if token else {}
    return client.request(method, path, headers=headers, json={})


def test_every_route_but_the_public_ones_needs_a_valid_token(world):
    revoked = world.tills[1]["token"]
    assert world.client.post(f"/api/v1/tills/{world.tills[1]['till_id']}/revoke",
                             headers=world.auth(world.admin)).status_code == 204
    protected = [r for r in _routes(world.client) if r not in PUBLIC]
    assert len(protected) >= 15
    for method, path in protected:
        for token in (None, "ftt_not-a-token", "fts_not-a-session", revoked):
            answer = _call(world.client, method, path, token)
            assert answer.status_code == 401, (method, path, token, answer.text)
            assert answer.json()["error"] == "unauthorized"


def test_a_till_token_opens_only_the_till_routes(world):
    token = world.tills[0]["token"]
    for method, path in _routes(world.client):
        if (method, path) in PUBLIC or (method, path) in TILL_ROUTES:
            continue
        assert _call(world.client, method, path, token).status_code == 403, (method, path)
    assert world.client.get("/api/v1/me", headers=world.auth(token)).json()["till_id"] == world.tills[0]["till_id"]


def test_a_session_cannot_push_or_pull(world):
    assert world.client.get(PULL, headers=world.auth(world.admin)).status_code == 403
    assert world.client.post(PUSH, json={"events": []}, headers=world.auth(world.admin)).status_code == 403


@pytest.fixture
def sessions(world):
    admin = world.auth(world.admin)
    tokens = {}
    for role, store in (("cashier", None), ("manager", world.store), ("manager", None)):
        user = f"{world.store}-{role}-{store or 'all'}"
        made = world.client.post("/api/v1/users", json={"id": user, "role": role, "store_id": store,
                                                        "password": "long enough"}, headers=admin)
        assert made.status_code == 201, made.text
        login = world.client.post("/api/v1/login", json={"user": user, "password": "long enough"})
        assert login.status_code == 200 and login.json()["role"] == role
        tokens[(role, store)] = login.json()["token"]
    return tokens


def test_roles_on_back_office_routes(world, sessions):
    cashier, manager, any_manager = (world.auth(sessions[k]) for k in
                                     (("cashier", None), ("manager", world.store), ("manager", None)))
    price = f"/api/v1/stores/{world.store}/prices/{world.sku('V1')}"
    assert world.client.put(price, json={"price": 5}, headers=cashier).status_code == 403
    assert world.client.put(price, json={"price": 5}, headers=manager).status_code == 200
    assert world.client.put(f"/api/v1/stores/other/prices/{world.sku('V1')}", json={"price": 5},
                            headers=manager).status_code == 403
    assert world.client.put(price, json={"price": 6}, headers=any_manager).status_code == 200
    for headers in (cashier, manager):   # admin only
        assert world.client.post(f"/api/v1/stores/{world.store}/enrollment-codes", headers=headers).status_code == 403
        assert world.client.post("/api/v1/users", json={"id": "x", "role": "admin"}, headers=headers).status_code == 403
    assert world.client.get("/api/v1/me", headers=cashier).json()["role"] == "cashier"
    assert world.client.get("/api/v1/tills", headers=manager).status_code == 200
    assert world.client.get("/api/v1/tills", headers=cashier).status_code == 403


def test_logout_and_wrong_password(world, sessions):
    token = sessions[("manager", world.store)]
    assert world.client.post("/api/v1/login", json={"user": f"{world.store}-cashier-all",
                                                    "password": "wrong password"}).status_code == 401
    assert world.client.post("/api/v1/login", json={"user": "nobody", "password": "whatever"}).status_code == 401
    assert world.client.post("/api/v1/logout", headers=world.auth(token)).status_code == 204
    assert world.client.get("/api/v1/me", headers=world.auth(token)).status_code == 401


def test_an_enrollment_code_works_once_and_carries_the_ca(world):
    made = world.client.post(f"/api/v1/stores/{world.store}/enrollment-codes", headers=world.auth(world.admin))
    assert made.status_code == 201
    code = made.json()["code"]
    typed = code.lower().replace("-", " ")   # as a person might type it
    first = world.client.post(ENROLL, json={"code": typed, "till_name": "front"})
    assert first.status_code == 200, first.text
    body = first.json()
    assert body["store_id"] == world.store and body["token"].startswith("ftt_")
    assert fingerprint(body["ca_pem"]) == made.json()["ca_fingerprint"] == world.client.get("/api/v1/ca").json()["fingerprint"]
    assert world.client.get(PULL, headers=world.auth(body["token"])).status_code == 200
    again = world.client.post(ENROLL, json={"code": code})
    assert again.status_code == 403 and again.json()["error"] == "bad_enrollment_code"


def test_an_expired_or_unknown_code_is_refused(world, hq_engine):
    with writing(hq_engine) as connection:
        code = tills.create_enrollment_code(connection=connection, store_id=world.store, ttl_s=-1, actor="test")
    assert world.client.post(ENROLL, json={"code": code}).status_code == 403
    assert world.client.post(ENROLL, json={"code": "AAAA-BBBB-CCCC-DDDD"}).status_code == 403
    assert world.client.post(ENROLL, json={"code": "x"}).status_code == 422


def test_a_revoked_till_is_refused_on_push_and_pull(world, hq_engine):
    extra = bootstrap.enroll_till(hq_engine, store_id=world.store)
    headers = world.auth(extra["token"])
    assert world.client.get(PULL, headers=headers).status_code == 200
    assert world.client.post(f"/api/v1/tills/{extra['till_id']}/revoke", headers=world.auth(world.admin)).status_code == 204
    assert world.client.get(PULL, headers=headers).status_code == 401
    assert world.client.post(PUSH, json={"events": []}, headers=headers).status_code == 401
    listed = world.client.get("/api/v1/tills", params={"store_id": world.store}, headers=world.auth(world.admin)).json()
    assert next(t for t in listed if t["id"] == extra["till_id"])["revoked_at"] is not None
