"""The catalog as the back office reads it (every product, delisted too, with a store's own prices) and the
supply terms replenishment needs: suppliers, lead times, shelf life, loss rate, pack size, minimum order."""
from __future__ import annotations

from sync.protocol import ProductWire
from sync.server import bootstrap
from tests.sync.server.office import catalog, pages, session


def _all(world, path: str, headers: dict, **params) -> list[dict]:
    """This test's products from every page (the catalog is shared by every test's store)."""
    return [p for page in pages(world, path, headers, items="products", cursor="after", limit=2, **params)
            for p in page if p["sku"].startswith(f"{world.store}-")]


def test_the_catalog_lists_every_product_with_a_stores_price(world):
    skus = catalog(world)
    manager = session(world, store=world.store)
    bootstrap.set_price(world.engine, store_id=world.store, sku=skus["apple"], price=750)
    world.client.post("/api/v1/products/delist", json={"skus": [skus["bread"]]}, headers=manager)
    listed = {p["sku"]: p for p in _all(world, "/api/v1/products", manager, store_id=world.store)}
    assert set(skus.values()) <= set(listed)
    assert listed[skus["apple"]]["price"] == 698 and listed[skus["apple"]]["store_price"] == 750
    assert listed[skus["bread"]]["active"] is False and listed[skus["bread"]]["store_price"] is None
    assert [p["code"] for p in listed[skus["cheese"]]["portions"]] == ["half", "quarter"]
    assert [c["sku"] for c in listed[skus["combo"]]["components"]] == [skus["apple"], skus["bread"]]
    assert listed[world.sku("V1")]["barcodes"] == [f"{world.store}01"]
    assert world.client.get("/api/v1/products", params={"store_id": "nowhere"}, headers=manager).status_code == 404
    assert world.client.get("/api/v1/products", headers=session(world, role="cashier")).status_code == 403


def test_supply_terms_default_sensibly_and_fall_back_to_the_supplier(world):
    skus = catalog(world)
    manager = session(world, store=world.store)
    supplier = f"{world.store}-farm"
    made = world.client.put("/api/v1/suppliers", headers=manager, json={"suppliers": [
        {"id": supplier, "name": "Green Farm", "lead_time_days": 2, "review_days": 3, "min_order_amount": 50_000}]})
    assert made.status_code == 200 and made.json() == {"count": 1}
    listed = [s for s in world.client.get("/api/v1/suppliers", headers=manager).json() if s["id"] == supplier]
    assert listed == [{"id": supplier, "name": "Green Farm", "lead_time_days": 2, "review_days": 3,
                       "min_order_amount": 50_000, "active": True}]
    bootstrap.seed_catalog(world.engine, [p.model_copy(update={"supplier": supplier}) for p in _wires(world, skus)])
    terms = world.client.put("/api/v1/products/supply", headers=manager, json={"products": [
        {"sku": skus["apple"], "shelf_life_days": 7, "loss_rate": 1500, "pack_size": 5_000, "min_order": 10_000},
        {"sku": skus["cheese"], "lead_time_days": 4}]})
    assert terms.status_code == 200, terms.text
    got = {p["sku"]: p for p in _all(world, "/api/v1/products/supply", manager)}
    assert got[skus["apple"]] == {"sku": skus["apple"], "supplier": supplier, "lead_time_days": None,
                                  "shelf_life_days": 7, "loss_rate": 1500, "pack_size": 5_000, "min_order": 10_000,
                                  "effective_lead_time_days": 2, "review_days": 3, "effective_pack_size": 5_000}
    assert got[skus["cheese"]]["effective_lead_time_days"] == 4 and got[skus["cheese"]]["effective_pack_size"] == 250
    assert got[skus["bread"]]["effective_pack_size"] == 1000 and got[skus["bread"]]["loss_rate"] == 0
    v1 = got[world.sku("V1")]                                     # no supplier row, no terms: the defaults
    assert (v1["effective_lead_time_days"], v1["review_days"], v1["shelf_life_days"]) == (1, 1, None)
    # Replacing a product's catalog row keeps its supply terms (they are HQ's, not the catalog file's).
    bootstrap.seed_catalog(world.engine, _wires(world, skus)[:1])
    again = {p["sku"]: p for p in _all(world, "/api/v1/products/supply", manager)}
    assert again[skus["apple"]]["shelf_life_days"] == 7


def test_bad_supply_input_is_refused_whole(world):
    skus = catalog(world)
    manager = session(world, store=world.store)
    for body in ({"products": [{"sku": skus["apple"], "loss_rate": 10_000}]},
                 {"products": [{"sku": skus["apple"], "pack_size": 0}]},
                 {"products": [{"sku": skus["apple"], "shelf_life_days": 1.5}]},
                 {"products": []},
                 {"products": [{"sku": skus["apple"]}, {"sku": world.sku("nope")}]},
                 {"products": [{"sku": skus["apple"]}, {"sku": skus["apple"]}]}):
        answer = world.client.put("/api/v1/products/supply", headers=manager, json=body)
        assert answer.status_code == 422, (body, answer.text)
        assert answer.json()["message"]
    assert "nope" in world.client.put("/api/v1/products/supply", headers=manager, json={
        "products": [{"sku": world.sku("nope")}]}).json()["message"]
    assert world.client.put("/api/v1/suppliers", headers=manager, json={
        "suppliers": [{"id": "x", "review_days": 0}]}).status_code == 422
    assert world.client.put("/api/v1/suppliers", json={"suppliers": [{"id": "x"}]}).status_code == 401
    assert world.client.put("/api/v1/suppliers", headers=session(world, role="cashier"),
                            json={"suppliers": [{"id": "x"}]}).status_code == 403


def _wires(world, skus):
    listed = {p["sku"]: p for p in _all(world, "/api/v1/products", {"Authorization": f"Bearer {world.admin}"})}
    return [ProductWire(**{k: v for k, v in listed[skus[name]].items() if k != "store_price"})
            for name in ("apple", "bread", "cheese")]
