"""Dashboard: the figures equal the sums of what the tills pushed, to the fen, for the day and for the same
weekday one week earlier; refunds count negative; one store or all; scoping by role and store."""
from __future__ import annotations

from sync.server import bootstrap, samples
from tests.sync.server.office import at, catalog, combo_sale, push, session

DAY, WEEK_BEFORE = "2026-03-10", "2026-03-03"


def _sales(world, skus):
    today = [samples.sale_payload([(skus["apple"], 1_234, 698), (skus["bread"], 2_000, 500)],
                                  created_at=at(DAY, "09:15:00")),
             samples.sale_payload([(skus["cheese"], 500, 8000)], created_at=at(DAY, "09:59:59")),
             combo_sale(skus, created_at=at(DAY, "18:30:00")),
             samples.sale_payload([(skus["apple"], 333, 698)], created_at=at(DAY, "18:45:00"), kind="refund")]
    earlier = [samples.sale_payload([(skus["apple"], 2_000, 698)], created_at=at(WEEK_BEFORE, "11:00:00"))]
    other_days = [samples.sale_payload([(skus["bread"], 1_000, 500)], created_at=at("2026-03-11", "00:00:00")),
                  samples.sale_payload([(skus["bread"], 1_000, 500)], created_at=at("2026-03-09", "23:59:59"))]
    push(world, today[:2] + earlier)
    push(world, today[2:] + other_days, till=1)
    return today, earlier


def test_the_day_reconciles_with_the_pushed_sales(world):
    skus = catalog(world)
    today, earlier = _sales(world, skus)
    answer = world.client.get(f"/api/v1/stores/{world.store}/dashboard", params={"day": DAY},
                              headers=session(world, store=world.store))
    assert answer.status_code == 200, answer.text
    body = answer.json()
    figures = body["today"]
    sales = [s["total"] for s in today if s["kind"] == "sale"]
    refunds = [s["total"] for s in today if s["kind"] == "refund"]
    assert figures["revenue"] == sum(sales) + sum(refunds) and refunds[0] < 0
    assert (figures["sales"], figures["refunds"], figures["baskets"], figures["refund_count"]) == (
        sum(sales), sum(refunds), 3, 1)
    assert figures["average_basket"] == (sum(sales) * 2 + 3) // 6          # half away from zero, positive
    hours = {h["hour"]: h for h in figures["hours"]}
    assert len(hours) == 24 and sum(h["revenue"] for h in hours.values()) == figures["revenue"]
    assert hours[9] == {"hour": 9, "revenue": today[0]["total"] + today[1]["total"], "baskets": 2}
    assert hours[18] == {"hour": 18, "revenue": today[2]["total"] + today[3]["total"], "baskets": 1}
    categories = {c["category"]: c["revenue"] for c in figures["categories"]}
    assert sum(categories.values()) == figures["revenue"]
    apple_net = today[0]["lines"][0]["net"] + 480 + today[3]["lines"][0]["net"]
    assert categories == {"Fruit": apple_net, "Bakery": today[0]["lines"][1]["net"] + 520,
                          "Dairy": today[1]["total"]}
    assert body["compared_day"] == WEEK_BEFORE
    assert body["compared"]["revenue"] == earlier[0]["total"] and body["compared"]["baskets"] == 1


def test_all_stores_add_up_and_only_a_storeless_session_may_ask(world):
    skus = catalog(world)
    today, _ = _sales(world, skus)
    admin = {"Authorization": f"Bearer {world.admin}"}
    mine = world.client.get("/api/v1/dashboard", params={"day": DAY}, headers=admin)
    assert mine.status_code == 200, mine.text
    every = mine.json()
    assert every["store_id"] is None
    stores = [s["id"] for s in world.client.get("/api/v1/stores", headers=admin).json()]
    each = [world.client.get(f"/api/v1/stores/{store}/dashboard", params={"day": DAY}, headers=admin).json()
            for store in stores]
    for key in ("revenue", "sales", "refunds", "baskets", "refund_count"):
        assert every["today"][key] == sum(one["today"][key] for one in each), key
        assert every["compared"][key] == sum(one["compared"][key] for one in each), key
    assert next(one for one in each if one["store_id"] == world.store)["today"]["revenue"] == sum(
        s["total"] for s in today)
    tied = session(world, store=world.store)
    assert world.client.get("/api/v1/dashboard", params={"day": DAY}, headers=tied).status_code == 403
    assert world.client.get("/api/v1/dashboard", params={"day": DAY}, headers=session(world)).status_code == 200


def test_scoping_and_bad_input(world):
    other = f"{world.store}x"
    bootstrap.add_store(world.engine, store_id=other)
    tied = session(world, store=world.store)
    path = "/api/v1/stores/{}/dashboard"
    assert world.client.get(path.format(other), params={"day": DAY}, headers=tied).status_code == 403
    assert world.client.get(path.format(world.store), params={"day": DAY},
                            headers=session(world, role="cashier")).status_code == 403
    assert world.client.get(path.format(world.store), params={"day": DAY}).status_code == 401
    assert world.client.get(path.format(world.store), params={"day": DAY},
                            headers=world.auth(world.tills[0]["token"])).status_code == 403
    for bad in ("2026-02-30", "20260310", "", "2026-3-10", "0001-01-05"):
        answer = world.client.get(path.format(world.store), params={"day": bad}, headers=tied)
        assert answer.status_code == 422, (bad, answer.text)
        assert "day" in answer.json()["message"]
    assert world.client.get(path.format("nowhere"), params={"day": DAY},
                            headers={"Authorization": f"Bearer {world.admin}"}).status_code == 404
    last = world.client.get(path.format(world.store), params={"day": "9999-12-31"}, headers=tied)
    assert last.status_code == 200 and last.json()["today"]["revenue"] == 0
    empty = world.client.get(path.format(other), params={"day": DAY}, headers=session(world))
    assert empty.status_code == 200 and empty.json()["today"]["revenue"] == 0
    assert empty.json()["today"]["average_basket"] == 0
