"""Administration: users listed by store and deactivated (sessions end at once, the tills learn it by pull),
rejected events and exceptions paged newest first, each scoped to the manager's store."""
from __future__ import annotations

from sync.server import bootstrap, samples
from tests.sync.server.office import PASSWORD, pages, session


def _user(world, name: str, *, role: str = "manager", store: str | None = None) -> str:
    user = f"{world.store}-{name}"
    bootstrap.add_user(world.engine, user_id=user, role=role, store_id=store, password=PASSWORD, pin="1234")
    return user


def test_users_are_listed_by_store(world):
    other = f"{world.store}u"
    bootstrap.add_store(world.engine, store_id=other)
    mine, theirs = _user(world, "cashier", role="cashier", store=world.store), _user(world, "x", store=other)
    tied = session(world, store=world.store)
    listed = world.client.get("/api/v1/users", headers=tied)
    assert listed.status_code == 200, listed.text
    ids = {u["id"] for u in listed.json()}
    assert mine in ids and theirs not in ids and all(u["store_id"] == world.store for u in listed.json())
    row = next(u for u in listed.json() if u["id"] == mine)
    assert (row["role"], row["active"], row["has_pin"], row["has_password"]) == ("cashier", True, True, True)
    assert "pin_hash" not in row and "password_hash" not in row
    assert world.client.get("/api/v1/users", params={"store_id": other}, headers=tied).status_code == 403
    everyone = {u["id"] for u in world.client.get("/api/v1/users", headers=world.auth(world.admin)).json()}
    assert {mine, theirs} <= everyone
    assert world.client.get("/api/v1/users", headers=session(world, role="cashier")).status_code == 403


def test_a_deactivated_user_is_locked_out_at_once_and_at_the_tills(world):
    user = _user(world, "leaver", store=world.store)
    login = world.client.post("/api/v1/login", json={"user": user, "password": PASSWORD}).json()["token"]
    cursor = world.pull()["cursor"]
    admin = world.auth(world.admin)
    assert world.client.post(f"/api/v1/users/{user}/deactivate", headers=session(world)).status_code == 403
    answer = world.client.post(f"/api/v1/users/{user}/deactivate", headers=admin)
    assert answer.status_code == 200, answer.text
    assert answer.json()["active"] is False
    assert world.client.get("/api/v1/me", headers=world.auth(login)).status_code == 401
    assert world.client.post("/api/v1/login", json={"user": user, "password": PASSWORD}).status_code == 401
    pulled = [u for u in world.pull(cursor)["users"] if u["user_id"] == user]
    assert pulled and pulled[0]["active"] is False
    assert world.client.post(f"/api/v1/users/{user}/activate", headers=admin).json()["active"] is True
    assert world.client.post("/api/v1/login", json={"user": user, "password": PASSWORD}).status_code == 200
    assert world.client.post("/api/v1/users/nobody-here/deactivate", headers=admin).status_code == 404
    own = world.client.get("/api/v1/me", headers=admin).json()["user_id"]
    refused = world.client.post(f"/api/v1/users/{own}/deactivate", headers=admin)
    assert refused.status_code == 409 and "own" in refused.json()["message"]


def test_rejected_events_page_newest_first_with_their_payload(world):
    v1 = world.sku("V1")
    bad = []
    for cents in (1.5, 2.5, 3.5):
        payload = samples.sale_payload([(v1, 1000, 698)])
        payload["total"] = cents                        # a float amount: refused by the wire model
        bad.append(payload)
    for payload in bad:                                  # one push each: distinct receive times
        assert world.push(world.next_events([payload])).json()["rejected"]
    manager = session(world, store=world.store)
    path = f"/api/v1/stores/{world.store}/rejected-events"
    seen = [e for page in pages(world, path, manager, items="events", cursor="before", limit=1) for e in page]
    assert [e["id"] for e in seen] == [p["uuid"] for p in reversed(bad)]
    assert all("total" in e["reason"] and e["till_id"] == world.tills[0]["till_id"] for e in seen)
    assert "3.5" in seen[0]["payload"] and seen[0]["kind"] == "sale"
    assert world.client.get(path, params={"before": "yesterday|x"}, headers=manager).status_code == 422
    other = f"{world.store}r"
    bootstrap.add_store(world.engine, store_id=other)
    assert world.client.get(path, headers=session(world, store=other)).status_code == 403
    assert world.client.get(f"/api/v1/stores/{other}/rejected-events", headers=manager).status_code == 403
    assert world.client.get(f"/api/v1/stores/{other}/rejected-events",
                            headers=session(world, store=other)).json()["events"] == []


def test_exceptions_page_by_id(world):
    ghosts = [world.sku(f"ghost{n}") for n in range(5)]
    world.push(world.next_events([samples.sale_payload([(sku, 1000, 100)]) for sku in ghosts]))
    manager = session(world, store=world.store)
    path = f"/api/v1/stores/{world.store}/exceptions"
    everything = world.client.get(path, headers=manager).json()
    pages, before = [], None
    while True:
        page = world.client.get(path, params={"limit": 2, **({"before": before} if before else {})},
                                headers=manager).json()
        if not page:
            break
        pages.append(page)
        before = page[-1]["id"]
    assert [row for page in pages for row in page] == everything
    assert {row["sku"] for row in everything if row["kind"] == "unknown_product"} == set(ghosts)
    assert world.client.get(path, params={"before": 0}, headers=manager).status_code == 422


def test_a_new_role_ends_the_users_sessions_and_reaches_the_tills(world):
    user = _user(world, "promoted", role="cashier", store=world.store)
    login = world.client.post("/api/v1/login", json={"user": user, "password": PASSWORD}).json()["token"]
    cursor = world.pull()["cursor"]
    admin = world.auth(world.admin)
    assert world.client.post(f"/api/v1/users/{user}/role", json={"role": "manager"},
                             headers=session(world)).status_code == 403
    answer = world.client.post(f"/api/v1/users/{user}/role", json={"role": "manager"}, headers=admin)
    assert answer.status_code == 200, answer.text
    assert answer.json()["role"] == "manager"
    assert world.client.get("/api/v1/me", headers=world.auth(login)).status_code == 401    # its old role is gone
    fresh = world.client.post("/api/v1/login", json={"user": user, "password": PASSWORD}).json()["token"]
    assert world.client.get("/api/v1/me", headers=world.auth(fresh)).json()["role"] == "manager"
    pulled = [u for u in world.pull(cursor)["users"] if u["user_id"] == user]
    assert pulled and pulled[0]["role"] == "manager"
    assert world.client.post(f"/api/v1/users/{user}/role", json={"role": "owner"}, headers=admin).status_code == 422
    assert world.client.post("/api/v1/users/nobody-here/role", json={"role": "cashier"},
                             headers=admin).status_code == 404
    own = world.client.get("/api/v1/me", headers=admin).json()["user_id"]
    refused = world.client.post(f"/api/v1/users/{own}/role", json={"role": "cashier"}, headers=admin)
    assert refused.status_code == 409 and "own" in refused.json()["message"]
