"""Stock for the back office: levels equal the sum of pushed movements to the gram, with sellable portions and
flags; a product's history pages newest first with the level after each movement; goods in, waste and counts
are idempotent, reach the tills' pull and refuse bad input whole."""
from __future__ import annotations

import uuid as uuidlib
from concurrent.futures import ThreadPoolExecutor

from sqlalchemy import func, select

from sync.server import bootstrap, samples
from sync.server.core.db import reading
from sync.server.models import stock_movements
from tests.sync.server.office import at, catalog, combo_sale, pages, push, session


def _ledger_sum(world, sku: str) -> int:
    with reading(world.engine) as connection:
        return connection.execute(select(func.coalesce(func.sum(stock_movements.c.quantity), 0)).where(
            stock_movements.c.store_id == world.store, stock_movements.c.sku == sku)).scalar_one()


def _stock(world, headers, **params) -> dict:
    """This test's products (the catalog is shared by every test's store; their SKUs carry the store's name)."""
    answer = world.client.get(f"/api/v1/stores/{world.store}/stock", params={"limit": 10_000, **params},
                              headers=headers)
    assert answer.status_code == 200, answer.text
    return {p["sku"]: p for p in answer.json()["products"] if p["sku"].startswith(f"{world.store}-")}


def _trade(world, skus):
    push(world, [samples.movements_payload([(skus["apple"], 5_000), (skus["bread"], 3_000), (skus["cheese"], 1_200)],
                                           created_at=at("2026-03-01", "07:00:00")),
                 samples.sale_payload([(skus["apple"], 1_234, 698), (skus["cheese"], 500, 8000)],
                                      created_at=at("2026-03-01", "09:00:00")),
                 combo_sale(skus, created_at=at("2026-03-01", "10:00:00"))])
    push(world, [samples.sale_payload([(skus["bread"], 3_000, 500), (skus["cheese"], 250, 8000)],
                                      created_at=at("2026-03-01", "11:00:00")),
                 samples.sale_payload([(world.sku("ghost"), 100, 100)], created_at=at("2026-03-01", "12:00:00"))],
         till=1)


def test_levels_are_the_ledger_with_portions_and_flags(world):
    skus = catalog(world)
    _trade(world, skus)
    manager = session(world, store=world.store)
    stock = _stock(world, manager)
    for name in ("apple", "bread", "cheese"):
        assert stock[skus[name]]["level"] == _ledger_sum(world, skus[name]), name
    apple, bread, cheese = (stock[skus[n]] for n in ("apple", "bread", "cheese"))
    assert apple["level"] == 5_000 - 1_234 - 500 and not apple["low_stock"] and not apple["sold_out"]
    assert bread["level"] == 3_000 - 1_000 - 3_000 and bread["oversold"] and bread["sold_out"] and bread["low_stock"]
    assert bread["whole_units"] == 0
    assert cheese["level"] == 450 and cheese["portions"] == [{"code": "half", "size": 500, "sellable": 0},
                                                            {"code": "quarter", "size": 250, "sellable": 1}]
    assert not cheese["sold_out"] and not cheese["oversold"]
    assert skus["combo"] not in stock                                   # combos have no stock of their own
    ghost = stock[world.sku("ghost")]
    assert ghost["unknown"] and ghost["level"] == -100 and ghost["oversold"]
    world.client.post("/api/v1/products/delist", json={"skus": [skus["apple"]]}, headers=manager)
    assert _stock(world, manager)[skus["apple"]]["delisted"]
    assert set(_stock(world, manager, alert="oversold")) == {skus["bread"], world.sku("ghost")}
    assert set(_stock(world, manager, alert="low_stock")) == {skus["bread"]}   # apple is delisted now
    assert set(_stock(world, manager, alert="delisted")) == {skus["apple"]}
    found = [[p["sku"] for p in page] for page in pages(world, f"/api/v1/stores/{world.store}/stock", manager,
                                                        items="products", cursor="after", limit=3)]
    flat = [sku for page in found for sku in page]
    assert flat == sorted(flat) and set(stock) <= set(flat) and len(flat) == len(set(flat))
    assert len(found) > 1 and all(len(page) == 3 for page in found[:-1])


def test_the_history_pages_newest_first_with_the_level_after_each(world):
    skus = catalog(world)
    _trade(world, skus)
    manager = session(world, store=world.store)
    path = f"/api/v1/stores/{world.store}/products/{skus['cheese']}/movements"
    seen = [m for page in pages(world, path, manager, items="movements", cursor="before", limit=2) for m in page]
    assert [m["quantity"] for m in seen] == [-250, -500, 1_200]
    assert [m["level_after"] for m in seen] == [450, 700, 1_200]
    assert [m["kind"] for m in seen] == ["sale", "sale", "goods_in"]
    assert world.client.get(path, headers=manager).json()["level"] == 450 == seen[0]["level_after"]
    assert world.client.get(path, params={"before": "garbage"}, headers=manager).status_code == 422
    nothing = f"/api/v1/stores/{world.store}/products/{world.sku('nothing')}/movements"
    assert world.client.get(nothing, headers=manager).status_code == 404


def _operate(world, headers, kind: str, lines: list[dict], operation: str | None = None, **extra):
    body = {"operation": operation or str(uuidlib.uuid4()), "lines": lines, **extra}
    return world.client.post(f"/api/v1/stores/{world.store}/stock/{kind}", json=body, headers=headers)


def test_goods_in_waste_and_count_reach_the_ledger_and_the_tills(world):
    skus = catalog(world)
    _trade(world, skus)
    manager = session(world, store=world.store)
    cursor = world.pull()["cursor"]
    made = _operate(world, manager, "goods-in", [{"sku": skus["apple"], "quantity": 2_345, "reason": "supplier A"},
                                                 {"sku": skus["bread"], "quantity": 10_000}])
    assert made.status_code == 200, made.text
    result = made.json()
    assert result["repeated"] is False and result["kind"] == "goods_in"
    assert [(m["sku"], m["quantity"], m["level"]) for m in result["movements"]] == [
        (skus["apple"], 2_345, 5_611), (skus["bread"], 10_000, 9_000)]
    pulled = world.pull(cursor)
    assert {s["sku"]: s["quantity"] for s in pulled["stock"]} == {skus["apple"]: 5_611, skus["bread"]: 9_000}
    waste = _operate(world, manager, "waste", [{"sku": skus["apple"], "quantity": 611, "reason": "bruised"}])
    assert waste.json()["movements"][0]["quantity"] == -611
    count = _operate(world, manager, "count", [{"sku": skus["cheese"], "quantity": 300},
                                               {"sku": skus["cheese"], "quantity": 100},
                                               {"sku": skus["bread"], "quantity": 9_000}],
                     at="2026-03-02T20:00:00+08:00")
    assert count.status_code == 200, count.text
    assert [(m["sku"], m["quantity"], m["counted"], m["level"]) for m in count.json()["movements"]] == [
        (skus["bread"], 0, 9_000, 9_000), (skus["cheese"], -50, 400, 400)]
    stock = _stock(world, manager)
    for name in ("apple", "bread", "cheese"):
        assert stock[skus[name]]["level"] == _ledger_sum(world, skus[name]), name
    assert stock[skus["apple"]]["level"] == 5_000
    history = world.client.get(f"/api/v1/stores/{world.store}/products/{skus['apple']}/movements",
                               headers=manager).json()["movements"]
    assert {m["kind"] for m in history} >= {"goods_in", "waste"}
    mine = [m for m in history if m["kind"] == "waste"][0]
    assert mine["actor"] and mine["till_id"] is None and mine["reason"] == "bruised"
    assert mine["at"][-6:] == "+08:00"        # the store's offset, learnt from its tills
    assert [m for m in world.client.get(f"/api/v1/stores/{world.store}/products/{skus['cheese']}/movements",
                                        headers=manager).json()["movements"] if m["kind"] == "count"][0]["at"] == \
        "2026-03-02T20:00:00+08:00"


def test_an_operation_is_applied_once_however_often_it_is_sent(world):
    skus = catalog(world)
    manager = session(world, store=world.store)
    operation = str(uuidlib.uuid4())
    lines = [{"sku": skus["apple"], "quantity": 1_000}]
    with ThreadPoolExecutor(4) as pool:
        answers = list(pool.map(lambda _: _operate(world, manager, "goods-in", lines, operation), range(4)))
    assert all(a.status_code == 200 for a in answers), [a.text for a in answers]
    assert sorted(a.json()["repeated"] for a in answers) == [False, True, True, True]
    assert len({a.json()["version"] for a in answers}) == 1
    again = _operate(world, manager, "goods-in", lines, operation.upper())
    assert again.json()["repeated"] is True
    assert _ledger_sum(world, skus["apple"]) == 1_000
    other = _operate(world, manager, "goods-in", [{"sku": skus["apple"], "quantity": 2_000}], operation)
    assert other.status_code == 409 and other.json()["error"] == "conflict"
    assert _operate(world, manager, "waste", lines, operation).status_code == 409
    assert _ledger_sum(world, skus["apple"]) == 1_000


def test_bad_lines_are_refused_whole_with_their_line_numbers(world):
    skus = catalog(world)
    manager = session(world, store=world.store)
    before = _ledger_sum(world, skus["apple"])
    answer = _operate(world, manager, "goods-in", [{"sku": skus["apple"], "quantity": 1_000},
                                                   {"sku": world.sku("nope"), "quantity": 1_000},
                                                   {"sku": skus["combo"], "quantity": 1_000},
                                                   {"sku": skus["bread"], "quantity": 1_500},
                                                   {"sku": skus["apple"], "quantity": 0}])
    assert answer.status_code == 422
    message = answer.json()["message"]
    for expected in ("line 2", "not a product", "line 3", "combo", "line 4", "whole pieces", "line 5",
                     "more than zero"):
        assert expected in message, (expected, message)
    assert _ledger_sum(world, skus["apple"]) == before
    for body in ({"operation": "not-a-uuid", "lines": [{"sku": skus["apple"], "quantity": 1}]},
                 {"operation": str(uuidlib.uuid4()), "lines": []},
                 {"operation": str(uuidlib.uuid4()), "lines": [{"sku": skus["apple"], "quantity": -5}]},
                 {"operation": str(uuidlib.uuid4()), "lines": [{"sku": skus["apple"], "quantity": 1.5}]},
                 {"operation": str(uuidlib.uuid4()), "at": "2026-03-02T20:00:00",
                  "lines": [{"sku": skus["apple"], "quantity": 1}]}):
        refused = world.client.post(f"/api/v1/stores/{world.store}/stock/waste", json=body, headers=manager)
        assert refused.status_code == 422, (body, refused.text)
        assert refused.json()["message"]
    assert _operate(world, manager, "count", [{"sku": skus["apple"], "quantity": 0}]).status_code == 200


def test_stock_routes_are_scoped_to_the_managers_store(world):
    skus = catalog(world)
    other = f"{world.store}y"
    bootstrap.add_store(world.engine, store_id=other)
    tied = session(world, store=other)
    cashier = session(world, role="cashier")
    for headers, status in ((tied, 403), (cashier, 403), ({}, 401), (world.auth(world.tills[0]["token"]), 403)):
        assert world.client.get(f"/api/v1/stores/{world.store}/stock", headers=headers).status_code == status
        assert world.client.get(f"/api/v1/stores/{world.store}/products/{skus['apple']}/movements",
                                headers=headers).status_code == status
        assert _operate(world, headers, "goods-in", [{"sku": skus["apple"], "quantity": 1}]).status_code == status
    assert _ledger_sum(world, skus["apple"]) == 0
    assert world.client.get(f"/api/v1/stores/{other}/stock", headers=tied).status_code == 200
