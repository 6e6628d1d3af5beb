"""HQ's catalog file over HTTPS for the back-office window: chunks checked with every bad row's line, the
whole file applied in one transaction or not at all (products and supply terms together), spreadsheet cell
values read as the till's file reader reads them, and the export paging rows that import to no change."""
from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.sync.server.office import catalog, session

HEADER = ["sku", "name_zh", "name_en", "unit", "sold_by", "price", "barcodes", "shelf_life_days", "loss_rate"]


def _rows(world, *cells):
    return [{"line": line, "cells": list(row)} for line, row in enumerate(cells, start=2)]


def _post(world, headers, rows, *, apply: bool, header=HEADER):
    answer = world.client.post("/api/v1/products/import", headers=headers,
                               json={"header": header, "rows": rows, "apply": apply})
    assert answer.status_code == 200, answer.text
    return answer.json()


def _product(world, headers, sku):
    listed = world.client.get("/api/v1/products", headers=headers, params={"after": sku[:-1], "limit": 5}).json()
    return next((p for p in listed["products"] if p["sku"] == sku), None)


def test_a_file_with_a_bad_row_is_reported_whole_and_changes_nothing(world):
    manager = session(world, store=world.store)
    pear, fig = world.sku("pear"), world.sku("fig")
    rows = _rows(world, [pear, "梨", "Pear", "kg", "weight", 12.8, "", 7, "15"],
                 [fig, "无花果", "Fig", "kg", "weight", "abc", "", "", ""],
                 [pear, "梨", "Pear again", "kg", "weight", "9.90", "", "", ""],
                 [world.sku("nut"), "坚果", "Nut", "piece", "piece", "3", "", "0", ""])
    checked = _post(world, manager, rows[:2], apply=False)
    assert [p["line"] for p in checked["problems"]] == [3] and "price" in checked["problems"][0]["reason"]
    assert (checked["products"], checked["applied"]) == (1, False)
    whole = _post(world, manager, rows, apply=True)
    assert [p["line"] for p in whole["problems"]] == [3, 4, 5] and not whole["applied"]
    assert "already used on line 2" in whole["problems"][1]["reason"]
    assert "shelf_life_days" in whole["problems"][2]["reason"]
    assert _product(world, manager, pear) is None                      # nothing half-applied


def test_a_good_file_is_applied_with_its_supply_terms_and_exports_back(world):
    manager = session(world, store=world.store)
    pear = world.sku("pear")
    rows = _rows(world, [pear, "梨", "Pear", "kg", "weight", 12.8, "", 7, 15.5])
    done = _post(world, manager, rows, apply=True)
    assert done == {"problems": [], "products": 1, "terms": 1, "applied": True}
    product = _product(world, manager, pear)
    assert product["price"] == 1280 and product["name_en"] == "Pear"
    terms = world.client.get("/api/v1/products/supply", headers=manager,
                             params={"after": pear[:-1], "limit": 3}).json()["products"]
    mine = next(t for t in terms if t["sku"] == pear)
    assert (mine["shelf_life_days"], mine["loss_rate"]) == (7, 1550)
    exported, after = [], ""
    while after is not None:
        page = world.client.get("/api/v1/products/export", headers=manager, params={"after": after, "limit": 2}).json()
        exported += [dict(zip(page["columns"], row)) for row in page["rows"]]
        after = page["next"]
    row = next(r for r in exported if r["sku"] == pear)
    assert (row["price"], row["shelf_life_days"], row["loss_rate"]) == ("12.80", "7", "15.5")
    again = _post(world, manager, [{"line": 2, "cells": [row[c] for c in page["columns"]]}], apply=True,
                  header=page["columns"])
    assert again["problems"] == [] and _product(world, manager, pear) == product


def test_a_bad_header_is_line_one_and_a_cashier_may_not_import(world):
    manager = session(world, store=world.store)
    answer = _post(world, manager, _rows(world, ["x"]), apply=True, header=["sku", "colour"])
    assert {p["line"] for p in answer["problems"]} == {1} and not answer["applied"]
    assert any("colour" in p["reason"] for p in answer["problems"])
    refused = world.client.post("/api/v1/products/import", headers=session(world, role="cashier"),
                                json={"header": HEADER, "rows": [], "apply": True})
    assert refused.status_code == 403


def test_combos_and_portions_survive_the_export(world):
    skus = catalog(world)
    manager = session(world, store=world.store)
    page = world.client.get("/api/v1/products/export", headers=manager, params={"limit": 5000}).json()
    rows = {r[0]: dict(zip(page["columns"], r)) for r in page["rows"]}
    assert rows[skus["combo"]]["components"] and "half" in rows[skus["cheese"]]["portions"]


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(price=st.decimals(min_value=0, max_value=99999, places=2, allow_nan=False))
def test_a_spreadsheet_number_is_read_exactly(world, price):
    # The window sends an XLSX number cell as the float openpyxl gives; HQ reads it as the decimal Excel shows.
    manager = SESSIONS.get(world.store) or SESSIONS.setdefault(world.store, session(world, store=world.store))
    sku = world.sku("p")
    answer = _post(world, manager, _rows(world, [sku, "", "P", "piece", "piece", float(price), "", "", ""]),
                   apply=True)
    assert answer["problems"] == [] and answer["applied"]
    assert _product(world, manager, sku)["price"] == int(price * 100)


SESSIONS: dict[str, dict] = {}
