"""Sales analysis and daily demand reconcile with the sales pushed through the real push route: amounts to
the fen, quantities to the gram, margin at cost, waste rate, sellers ranked; daily rows carry the sold-out
days the levels show (including days without a sale) and page by days."""
from __future__ import annotations

import uuid as uuidlib

from pos_app.core.money import div_round
from sync.server import bootstrap, samples
from tests.sync.server.office import at, catalog, combo_sale, push, session

D1, D2, D3, D4 = "2026-04-01", "2026-04-02", "2026-04-03", "2026-04-04"


def _trade(world, skus, manager) -> list[dict]:
    apple, bread, cheese = skus["apple"], skus["bread"], skus["cheese"]
    sales = [samples.sale_payload([(apple, 1_234, 698), (bread, 2_000, 500)], created_at=at(D1, "09:00:00")),
             combo_sale(skus, created_at=at(D1, "12:00:00")),
             samples.sale_payload([(cheese, 500, 8000)], created_at=at(D2, "10:00:00")),
             samples.sale_payload([(apple, 234, 698)], created_at=at(D2, "11:00:00"), kind="refund"),
             samples.sale_payload([(apple, 1_200, 698)], created_at=at(D3, "09:00:00"))]
    push(world, [samples.movements_payload([(apple, 3_000), (bread, 4_000), (cheese, 1_000)],
                                           created_at=at(D1, "07:00:00")), *sales[:3]])
    push(world, sales[3:4], till=1)
    waste = world.client.post(f"/api/v1/stores/{world.store}/stock/waste", headers=manager, json={
        "operation": str(uuidlib.uuid4()), "at": at(D2, "18:00:00"), "lines": [{"sku": apple, "quantity": 300}]})
    assert waste.status_code == 200, waste.text
    push(world, sales[4:], till=1)
    return sales


def _shares(sales: list[dict]) -> dict[str, tuple[int, int]]:
    """sku → (quantity, amount) as the pushed lines and their parts say."""
    found: dict[str, list[int]] = {}
    for sale in sales:
        for line in sale["lines"]:
            for part in line["parts"]:
                figures = found.setdefault(part["sku"], [0, 0])
                figures[0] += part["quantity"]
                figures[1] += part["amount"]
    return {sku: (q, a) for sku, (q, a) in found.items()}


def test_the_analysis_reconciles_with_the_pushed_sales(world):
    skus = catalog(world)
    manager = session(world, store=world.store)
    sales = _trade(world, skus, manager)
    world.client.put("/api/v1/products/supply", headers=manager,
                     json={"products": [{"sku": skus["bread"], "shelf_life_days": 2}]})
    answer = world.client.get(f"/api/v1/stores/{world.store}/sales/analysis",
                              params={"from": D1, "to": D3, "top": 2}, headers=manager)
    assert answer.status_code == 200, answer.text
    body = answer.json()
    assert (body["from"], body["to"]) == (D1, D3)
    assert body["amount"] == sum(s["total"] for s in sales)
    shares = _shares(sales)
    cost = {skus["apple"]: 400, skus["bread"]: 150, skus["cheese"]: 5000}
    categories = {c["category"]: c for c in body["categories"]}
    assert sum(c["amount"] for c in categories.values()) == body["amount"]
    for name, category in (("apple", "Fruit"), ("bread", "Bakery"), ("cheese", "Dairy")):
        quantity, amount = shares[skus[name]]
        got = categories[category]
        assert (got["quantity"], got["amount"]) == (quantity, amount), name
        assert got["cost_amount"] == div_round(cost[skus[name]] * quantity, 1000)
        assert got["margin"] == amount - got["cost_amount"]
        assert got["share"] == div_round(amount * 10_000, body["amount"])
    assert body["margin"] == sum(c["margin"] for c in categories.values())
    fruit = categories["Fruit"]
    assert fruit["waste_quantity"] == 300 and fruit["waste_cost"] == 120
    assert fruit["waste_rate"] == div_round(300 * 10_000, shares[skus["apple"]][0] + 300)
    assert fruit["fresh"] and categories["Bakery"]["fresh"] and categories["Bakery"]["waste_rate"] == 0
    assert categories["Dairy"]["fresh"] is False
    ranked = sorted(((amount, sku) for sku, (_q, amount) in shares.items()), key=lambda p: (-p[0], p[1]))
    assert [s["sku"] for s in body["top"]] == [sku for _a, sku in ranked[:2]]
    assert [s["sku"] for s in body["bottom"]] == [sku for _a, sku in ranked[::-1][:2]]
    one_day = world.client.get(f"/api/v1/stores/{world.store}/sales/analysis", params={"from": D2, "to": D2},
                               headers=manager).json()
    assert one_day["amount"] == sales[2]["total"] + sales[3]["total"]
    assert {c["category"]: c["waste_quantity"] for c in one_day["categories"]}["Fruit"] == 300


def test_daily_demand_flags_the_sold_out_days_and_pages_by_days(world):
    skus = catalog(world)
    manager = session(world, store=world.store)
    sales = _trade(world, skus, manager)
    ghost = samples.sale_payload([(world.sku("ghost"), 1_000, 100)], created_at=at(D2, "13:00:00"))
    push(world, [ghost])                          # a SKU HQ lacks: its sales, no stock flags
    path = f"/api/v1/stores/{world.store}/sales/daily"
    answer = world.client.get(path, params={"from": D1, "to": D4}, headers=manager)
    assert answer.status_code == 200, answer.text
    body = answer.json()
    assert body["next_from"] is None and (body["from"], body["to"]) == (D1, D4)
    rows = {(r["date"], r["sku"]): r for r in body["rows"]}
    assert rows.pop((D2, world.sku("ghost"))) | {"store": ""} == {
        "date": D2, "store": "", "sku": world.sku("ghost"), "category": "", "quantity": 1_000, "amount": 100,
        "gross": 100, "price": 100, "discount": 0, "sold_out": False, "min_level": None}
    apple, bread, cheese = skus["apple"], skus["bread"], skus["cheese"]
    assert sorted(rows) == sorted([(D1, apple), (D1, bread), (D2, apple), (D2, cheese), (D3, apple), (D4, apple)])
    assert [(rows[(d, apple)]["quantity"], rows[(d, apple)]["sold_out"], rows[(d, apple)]["min_level"])
            for d in (D1, D2, D3, D4)] == [(1_734, False, 1_266), (-234, False, 1_200), (1_200, True, 0),
                                           (0, True, 0)]
    assert (rows[(D1, bread)]["sold_out"], rows[(D1, bread)]["min_level"]) == (False, 1_000)
    assert rows[(D4, apple)]["price"] is None and rows[(D4, apple)]["amount"] == 0
    first = rows[(D1, apple)]
    gross = sales[0]["lines"][0]["amount"] + 480
    assert (first["gross"], first["price"]) == (gross, div_round(gross * 1000, 1_734))
    assert first["store"] == world.store and first["category"] == "Fruit" and first["discount"] == 0
    shares = _shares(sales)
    for sku in (apple, bread, cheese):
        assert sum(r["quantity"] for r in body["rows"] if r["sku"] == sku) == shares[sku][0]
        assert sum(r["amount"] for r in body["rows"] if r["sku"] == sku) == shares[sku][1]
    paged, start = [], D1
    while start is not None:
        page = world.client.get(path, params={"from": start, "to": D4, "days": 2}, headers=manager).json()
        paged.extend(page["rows"])
        start = page["next_from"]
    assert paged == body["rows"]
    one = world.client.get("/api/v1/sales/daily", params={"from": D1, "to": D4, "sku": apple},
                           headers=world.auth(world.admin)).json()["rows"]
    assert one == [r for r in body["rows"] if r["sku"] == apple]


def test_all_stores_are_the_sum_of_each(world):
    skus = catalog(world)
    _trade(world, skus, session(world, store=world.store))
    admin = world.auth(world.admin)
    every = world.client.get("/api/v1/sales/analysis", params={"from": D1, "to": D3}, headers=admin).json()
    stores = [s["id"] for s in world.client.get("/api/v1/stores", headers=admin).json()]
    each = [world.client.get(f"/api/v1/stores/{s}/sales/analysis", params={"from": D1, "to": D3},
                             headers=admin).json() for s in stores]
    for key in ("amount", "cost_amount", "margin", "waste_cost"):
        assert every[key] == sum(one[key] for one in each), key


def test_scoping_and_bad_ranges(world):
    other = f"{world.store}z"
    bootstrap.add_store(world.engine, store_id=other)
    tied = session(world, store=world.store)
    for path in ("sales/analysis", "sales/daily"):
        mine, theirs = f"/api/v1/stores/{world.store}/{path}", f"/api/v1/stores/{other}/{path}"
        good = {"from": D1, "to": D2}
        assert world.client.get(mine, params=good, headers=tied).status_code == 200
        assert world.client.get(theirs, params=good, headers=tied).status_code == 403
        assert world.client.get(f"/api/v1/{path}", params=good, headers=tied).status_code == 403
        assert world.client.get(mine, params=good, headers=session(world, role="cashier")).status_code == 403
        assert world.client.get(mine, params=good).status_code == 401
        for bad, word in (({"from": D2, "to": D1}, "before"), ({"from": "2020-01-01", "to": D1}, "at most"),
                          ({"from": "2026-02-30", "to": D1}, "from"), ({"from": D1}, "to"),
                          ({"from": D1, "to": "04/02/2026"}, "to")):
            answer = world.client.get(mine, params=bad, headers=tied)
            assert answer.status_code == 422, (path, bad, answer.text)
            assert word in answer.json()["message"], (path, bad, answer.text)
        edge = world.client.get(mine, params={"from": "9999-12-30", "to": "9999-12-31", "days": 92}, headers=tied)
        assert edge.status_code == 200, edge.text
        assert world.client.get("/api/v1/stores/nowhere/" + path, params=good,
                                headers=world.auth(world.admin)).status_code == 404
