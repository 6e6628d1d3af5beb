"""The forecast routes: a store's forecasts with model, class and backtest accuracy (decimal strings), one
product's and one category's history + forecast + interval, the run's status and recomputing one product; roles
and stores enforced (SQLite and PostgreSQL)."""
from __future__ import annotations

from datetime import timedelta

from sync.server import bootstrap
from sync.server.forecasting import run_job
from tests.sync.server.forecast_data import LAST, apples, history
from tests.sync.server.office import pages, session

API = "/api/v1"


def test_a_stores_forecasts_list_with_accuracy_and_run(world):
    skus = history(world)
    manager = session(world, store=world.store)
    path = f"{API}/stores/{world.store}/forecasts"
    assert world.client.get(path, headers=manager).json()["forecasts"] == []
    run = run_job(world.engine, store_id=world.store, processes=1, last=LAST)
    found = [f for page in pages(world, path, manager, items="forecasts", cursor="after", limit=1) for f in page]
    assert [f["sku"] for f in found] == [skus["apple"], skus["bread"]]
    apple = found[0]
    assert apple["name_en"] == "Apple" and apple["unit"] == "kg" and apple["category"] == "Fruit"
    assert apple["run_id"] == run["id"] and apple["start_day"] == (LAST + timedelta(days=1)).isoformat()
    for name in ("mase", "rmsse", "wape", "baseline_rmsse", "baseline_wape"):
        assert apple[name] is None or (isinstance(apple[name], str) and len(apple[name].split(".")[1]) == 4)
    assert apple["fallback"] == (apple["model"] != apple["candidate"])
    page = world.client.get(path, headers=manager).json()
    assert page["categories"] == ["Bakery", "Fruit"] and page["run"]["status"] == "finished"
    status = world.client.get(f"{API}/stores/{world.store}/forecast-run", headers=manager).json()
    assert status["id"] == run["id"] and status["done"] == status["total"] == 2


def test_a_products_history_forecast_and_interval(world):
    skus = history(world)
    run_job(world.engine, store_id=world.store, processes=1, last=LAST)
    manager = session(world, store=world.store)
    view = world.client.get(f"{API}/stores/{world.store}/forecasts/{skus['apple']}", headers=manager,
                            params={"history_days": 14})
    assert view.status_code == 200, view.text
    body = view.json()
    assert [d["date"] for d in body["history"]][-1] == LAST.isoformat() and len(body["history"]) == 14
    assert [d["quantity"] for d in body["history"]] == [
        apples(LAST - timedelta(days=13 - k)) for k in range(14)]
    assert len(body["forecast"]) == 28 and body["forecast"][0]["date"] == (LAST + timedelta(days=1)).isoformat()
    assert all(d["low"] <= d["forecast"] <= d["high"] for d in body["forecast"])
    assert body["accuracy"]["model"] and body["products"] == 1
    category = world.client.get(f"{API}/stores/{world.store}/category-forecast", headers=manager,
                                params={"category": "Fruit", "history_days": 14}).json()
    assert category["history"] == body["history"] and category["products"] == 1 and category["accuracy"] is None
    assert [d["forecast"] for d in category["forecast"]] == [d["forecast"] for d in body["forecast"]]
    assert world.client.get(f"{API}/stores/{world.store}/category-forecast", headers=manager,
                            params={"category": "Nothing"}).status_code == 404
    assert world.client.get(f"{API}/stores/{world.store}/forecasts/{world.sku('V1')}",
                            headers=manager).status_code == 404


def test_recompute_answers_the_new_forecast(world):
    skus = history(world)
    manager = session(world, store=world.store)
    made = world.client.post(f"{API}/stores/{world.store}/forecasts/{skus['bread']}/recompute", headers=manager)
    assert made.status_code == 200, made.text
    assert len(made.json()["forecast"]) == 28 and made.json()["sku"] == skus["bread"]
    listed = world.client.get(f"{API}/stores/{world.store}/forecasts", headers=manager).json()["forecasts"]
    assert [(f["sku"], f["run_id"]) for f in listed] == [(skus["bread"], None)]
    assert world.client.post(f"{API}/stores/{world.store}/forecasts/{world.sku('V2')}/recompute",
                             headers=manager).status_code == 404


def test_roles_and_stores_are_enforced(world):
    history(world)
    cashier = session(world, role="cashier", store=world.store)
    for path in ("forecasts", "forecast-run", "category-forecast?category=Fruit", f"forecasts/{world.sku('apple')}"):
        assert world.client.get(f"{API}/stores/{world.store}/{path}", headers=cashier).status_code == 403
        assert world.client.get(f"{API}/stores/{world.store}/{path}").status_code == 401
    bootstrap.add_store(world.engine, store_id=f"{world.store}x", name="other")
    foreign = session(world, store=f"{world.store}x")
    assert world.client.get(f"{API}/stores/{world.store}/forecasts", headers=foreign).status_code == 403
    assert world.client.post(f"{API}/stores/{world.store}/forecasts/{world.sku('apple')}/recompute",
                             headers=foreign).status_code == 403
    assert world.client.get(f"{API}/stores/nowhere/forecasts", headers=session(world, role="admin")).status_code == 404
