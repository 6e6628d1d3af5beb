"""Pull: full snapshot then changes since a cursor; no change is ever skipped, even one committed while a
pull was reading."""
from __future__ import annotations

import pytest
from argon2 import PasswordHasher

from sync.server import feed, samples
from sync.server.core.db import writing
from sync.server.crud import catalog


def _skus(body: dict) -> set[str]:
    return {p["sku"] for p in body["products"]}


def test_full_then_incremental_with_store_price_stock_and_acked_seq(world):
    v1, v2 = world.sku("V1"), world.sku("V2")
    full = world.pull()
    assert full["full"] is True and full["more"] is False
    assert {v1, v2} <= _skus(full)
    assert any(u["user_id"] == "admin" for u in full["users"])
    assert full["acked_seq"] == 0 and full["stock"] == []
    product = next(p for p in full["products"] if p["sku"] == v1)
    assert product["barcodes"] == [f"{world.store}01"] and product["price"] == 698

    quiet = world.pull(full["cursor"])
    assert quiet["full"] is False and quiet["cursor"] == full["cursor"]
    assert quiet["products"] == [] and quiet["stock"] == []

    world.push(world.next_events([samples.movements_payload([(v1, 5000)]), samples.sale_payload([(v1, 1200, 698)])]))
    priced = world.client.put(f"/api/v1/stores/{world.store}/prices/{v2}", json={"price": 999},
                              headers=world.auth(world.admin))
    assert priced.status_code == 200, priced.text
    changes = world.pull(full["cursor"])
    assert changes["full"] is False
    assert [(p["sku"], p["price"]) for p in changes["products"]] == [(v2, 999)]
    assert changes["stock"] == [{"sku": v1, "quantity": 3800}]
    assert changes["acked_seq"] == 2
    assert world.pull(changes["cursor"])["products"] == []


def test_another_store_sees_its_own_price_and_stock_only(world, hq_engine):
    from sync.server import bootstrap
    other = f"{world.store}x"
    bootstrap.add_store(hq_engine, store_id=other)
    till = bootstrap.enroll_till(hq_engine, store_id=other)
    world.push(world.next_events([samples.movements_payload([(world.sku("V1"), 5000)])]))
    world.client.put(f"/api/v1/stores/{world.store}/prices/{world.sku('V1')}", json={"price": 1},
                     headers=world.auth(world.admin))
    world.tills.append(till)
    body = world.pull(till=2)
    assert body["stock"] == []
    assert next(p for p in body["products"] if p["sku"] == world.sku("V1"))["price"] == 698


def test_a_change_committed_while_a_pull_reads_is_delivered_by_the_next_pull(world):
    v1 = world.sku("V1")
    cursor = world.pull()["cursor"]
    with writing(world.engine) as connection:
        catalog.upsert_products(connection=connection, items=[samples.product(v1, price=777)], actor="test")
        during = world.pull(cursor)        # another connection: the change is not committed yet
    assert v1 not in _skus(during)
    world.client.app.state.hq.state.refresh()
    after = world.pull(during["cursor"])
    assert [(p["sku"], p["price"]) for p in after["products"] if p["sku"] == v1] == [(v1, 777)]


def test_delisted_users_and_settings_arrive_as_changes(world):
    cursor = world.pull()["cursor"]
    admin = world.auth(world.admin)
    assert world.client.post("/api/v1/products/delist", json={"skus": [world.sku("V2")]}, headers=admin).status_code == 200
    made = world.client.post("/api/v1/users", json={"id": f"{world.store}-c1", "name": "Li", "role": "cashier",
                                                    "store_id": world.store, "pin": "4321"}, headers=admin)
    assert made.status_code == 201, made.text
    assert world.client.put(f"/api/v1/stores/{world.store}/settings/cash_rounding", json={"value": 10},
                            headers=admin).status_code == 200
    rule = {"rules": []}
    assert world.client.put(f"/api/v1/stores/{world.store}/settings/nomenclature", json={"value": rule},
                            headers=admin).status_code == 200
    body = world.pull(cursor)
    assert body["delisted"] == [world.sku("V2")]
    cashier = next(u for u in body["users"] if u["user_id"] == f"{world.store}-c1")
    assert PasswordHasher().verify(cashier["pin_hash"], "4321")
    assert body["settings"] == {"cash_rounding": "10"}
    assert body["nomenclature"] == rule


def test_a_full_snapshot_is_paged_and_a_bad_cursor_starts_one(world, monkeypatch):
    monkeypatch.setattr(feed, "MAX_PULL", 2)
    world.push(world.next_events([samples.movements_payload([(world.sku("V1"), 5)])]))
    pages = [world.pull("garbage")]
    while pages[-1]["more"]:
        assert pages[-1]["stock"] == []
        pages.append(world.pull(pages[-1]["cursor"]))
    assert all(page["full"] for page in pages) and len(pages) > 1
    seen = set().union(*(_skus(page) for page in pages))
    assert {world.sku("V1"), world.sku("V2")} <= seen
    assert pages[-1]["stock"] == [{"sku": world.sku("V1"), "quantity": 5}] and pages[-1]["acked_seq"] == 1
    assert world.pull(pages[-1]["cursor"])["full"] is False


def test_a_cursor_ahead_of_hq_or_of_another_protocol_starts_a_full_snapshot(world):
    assert world.pull("1.999999999.999999999.0")["full"] is True
    assert world.pull("0.1.1.0")["full"] is True
    assert feed.parse_cursor("1.2.3.4") == feed.Cursor(2, 3, 4)
    assert feed.parse_cursor("1.2.3.4.p10") == feed.Cursor(2, 3, 4, 10)
    assert feed.parse_cursor("1.2.-3.4") is None


@pytest.mark.parametrize("change", [{"unit": ""}, {"unit": "ounce"}, {"sold_by": "barrel"}, {"pricing": "tiered:x"}])
def test_a_product_a_till_could_not_use_is_refused_whole_and_tills_keep_pulling(world, change):
    admin = {"Authorization": f"Bearer {world.admin}"}
    good = samples.product(world.sku("OK1")).model_dump()
    bad = {**samples.product(world.sku("BAD")).model_dump(), **change}
    answer = world.client.put("/api/v1/products", json={"products": [good, bad]}, headers=admin)
    assert answer.status_code == 422 and answer.json()["error"] == "bad_product"
    assert world.sku("BAD") in answer.json()["message"]
    skus = _skus(world.pull(""))
    assert world.sku("OK1") not in skus and world.sku("BAD") not in skus     # nothing of the edit applied
