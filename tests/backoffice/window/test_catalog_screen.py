"""The Catalog view against the in-process HQ and a real till: browsing and searching the catalog with
barcodes, portions and combo parts; a store price set in the window reaches the till with its next pull;
supply terms typed exactly; a file imported in checked chunks with real progress — every bad row reported
with its line and nothing applied, then a good file applied and pulled by the till; the export imports back."""
from __future__ import annotations

import csv

import pytest
from PySide6.QtCore import Qt

from backoffice.window import catalog_transfer
from tests.backoffice.window.conftest import STORE, idle, open_view

pytestmark = pytest.mark.qt

HEADER = ["sku", "name_zh", "name_en", "unit", "sold_by", "price", "category", "shelf_life_days", "loss_rate"]


def open_catalog(open_window, qtbot, world, **kwargs):
    return open_view(open_window, qtbot, world, "catalog", **kwargs)


def till_product(world, sku: str):
    world.client.pull_once()
    return world.db.catalog.by_sku(sku)


def write_csv(path, rows, header=HEADER):
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(header)
        writer.writerows(rows)
    return path


def test_browse_search_and_the_details_of_a_product(open_window, qtbot, world):
    window = open_catalog(open_window, qtbot, world)
    catalog = window.catalog
    assert {p["sku"] for p in catalog.model.rows} >= {"V1", "P1", "M1", "C1"}
    catalog.search.setText("牛腩")
    assert [catalog.model.product(r)["sku"] for r in range(catalog.model.rowCount())] == ["M1"]
    catalog.select_sku("M1")
    assert "Portion Half: 0.500 kg" in catalog.panel.details.text()
    catalog.search.setText("")
    catalog.select_sku("C1")
    assert "Combo part: V1 × 0.25" in catalog.panel.details.text() and "Combo part: M1 × 250g" in \
        catalog.panel.details.text()
    catalog.select_sku("P1")
    assert catalog.panel.details.text().startswith("Barcodes: ")
    assert catalog.model.data(catalog.model.index(catalog.table.currentIndex().row(), 4)) == "¥3.00"
    assert catalog.page_label.text() == "Page 1 of 1" and not catalog.next_button.isEnabled()


def test_a_store_price_set_in_the_window_reaches_the_till(open_window, qtbot, world):
    window = open_catalog(open_window, qtbot, world)
    panel = window.catalog.panel
    window.catalog.select_sku("P1")
    panel.store_price.setText("3.255")
    panel.save_price()
    assert "more than 2 decimals" in panel.result.text() and window.background.pending == 0   # refused here
    panel.store_price.setText("3.25")
    panel.save_price()
    idle(qtbot, window)
    assert panel.result.text() == "Saved: P1 costs ¥3.25 at this store; the tills get it at their next sync."
    product = next(p for p in window.catalog.model.rows if p["sku"] == "P1")
    assert (product["price"], product["store_price"]) == (300, 325)
    assert till_product(world, "P1").price == 325


def test_supply_terms_are_typed_exactly(open_window, qtbot, world):
    window = open_catalog(open_window, qtbot, world)
    panel = window.catalog.panel
    window.catalog.select_sku("V1")
    panel.shelf.setText("5")
    panel.loss.setText("12.5")
    panel.pack.setText("2.5")
    panel.minimum.setText("0.0005")
    panel.save_terms()
    assert "finer than 0.001" in panel.result.text() and window.background.pending == 0
    panel.minimum.setText("5")
    panel.save_terms()
    idle(qtbot, window)
    assert panel.result.text() == "Saved the supply terms of V1."
    terms = next(p for p in window.catalog.model.rows if p["sku"] == "V1")["terms"]
    assert (terms["shelf_life_days"], terms["loss_rate"], terms["pack_size"], terms["min_order"]) == (5, 1250, 2500,
                                                                                                       5000)
    assert panel.pack.text() == "2.500" and panel.loss.text() == "12.50"


def test_a_file_with_bad_rows_is_reported_by_line_and_changes_nothing(open_window, qtbot, world, tmp_path,
                                                                      monkeypatch):
    window = open_catalog(open_window, qtbot, world)
    catalog = window.catalog
    monkeypatch.setattr(catalog_transfer, "CHUNK", 2)
    rows = [[f"N{n}", f"新品{n}", f"New {n}", "kg", "weight", "9.80", "Veg", "3", "10"] for n in range(5)]
    rows[1][5] = "9.805"                    # line 3: too many decimals
    rows[3][7] = "0"                        # line 5: shelf life must be at least a day
    rows.append(["N0", "重复", "Again", "kg", "weight", "1", "", "", ""])   # line 7: N0 again
    steps = []
    catalog.progress.valueChanged.connect(steps.append)
    catalog.import_file(str(write_csv(tmp_path / "bad.csv", rows)))
    idle(qtbot, window)
    assert [p["line"] for p in catalog.problems] == [3, 5, 7], catalog.problems
    assert catalog.state.text() == "3 rows cannot be imported; nothing was changed. See the import report."
    assert catalog.problem_table.item(0, 0).text() == "3" and "9.805" in catalog.problem_table.item(0, 1).text()
    # 6 rows read, then three chunks of 2 checked by HQ, then the whole file checked: never applied
    assert [s for s in steps if s] == [6, 8, 10, 12, 13] and catalog.progress.maximum() == 13
    assert not any(p["sku"].startswith("N") for p in catalog.model.rows) and till_product(world, "N1") is None


def test_a_good_xlsx_file_is_applied_whole_and_reaches_the_till_and_the_export_reads_back(open_window, qtbot,
                                                                                         world, tmp_path):
    import openpyxl

    window = open_catalog(open_window, qtbot, world)
    catalog = window.catalog
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(HEADER)
    sheet.append(["X1", "芒果", "Mango", "kg", "weight", 12.8, "Fruit", 4, 7.5])
    sheet.append(["X2", "椰子", "Coconut", "piece", "piece", 9, "Fruit", None, None])
    book.save(tmp_path / "good.xlsx")
    catalog.import_file(str(tmp_path / "good.xlsx"))
    idle(qtbot, window)
    assert catalog.state.text() == "Imported 2 products; the tills get them at their next sync."
    assert catalog.progress.value() == catalog.progress.maximum() == 5         # 2 rows read, 2 checked, applied
    mango = next(p for p in catalog.model.rows if p["sku"] == "X1")
    assert mango["price"] == 1280 and (mango["terms"]["shelf_life_days"], mango["terms"]["loss_rate"]) == (4, 750)
    assert till_product(world, "X1").price == 1280 and till_product(world, "X2").name_en == "Coconut"
    out = tmp_path / "catalog.csv"
    catalog.export_to(str(out))
    idle(qtbot, window)
    assert catalog.state.text().startswith(f"Exported {len(catalog.model.rows)} products to ")
    with out.open(encoding="utf-8-sig", newline="") as handle:
        exported = {row["sku"]: row for row in csv.DictReader(handle)}
    assert (exported["X1"]["price"], exported["X1"]["loss_rate"], exported["X1"]["shelf_life_days"]) == (
        "12.80", "7.5", "4")
    catalog.import_file(str(out))                                 # the export imports back unchanged
    idle(qtbot, window)
    assert catalog.problems == [] and next(p for p in catalog.model.rows if p["sku"] == "X1") == mango


def test_a_file_that_is_not_a_catalog_is_one_sentence(open_window, qtbot, world, tmp_path):
    window = open_catalog(open_window, qtbot, world, language="zh_CN")
    catalog = window.catalog
    (tmp_path / "notes.txt").write_text("hello")
    catalog.import_file(str(tmp_path / "notes.txt"))
    idle(qtbot, window)
    assert catalog.state.text().startswith("输入无效") and catalog.import_button.isEnabled()
    catalog.import_file(str(write_csv(tmp_path / "header only.csv", [])))
    idle(qtbot, window)
    assert catalog.state.text().endswith("header only.csv 的表头下没有数据行，未做任何更改。")
    assert window.tabs.tabText(window.tabs.indexOf(catalog)) == "商品目录"
    assert window.selected_store() == STORE


def test_the_new_views_switch_language_live(open_window, qtbot, world):
    window = open_catalog(open_window, qtbot, world)
    window.catalog.select_sku("V1")
    window.tabs.setCurrentWidget(window.sales)
    idle(qtbot, window)
    assert window.catalog.panel.title.text() == "V1 Tomato"
    window.language_button.click()
    qtbot.waitUntil(lambda: window.tabs.tabText(window.tabs.indexOf(window.admin)) == "系统管理")   # posted events
    qtbot.waitUntil(lambda: window.admin.tills.table.horizontalHeaderItem(1).text() == "收银台名称")
    tabs = [window.tabs.tabText(window.tabs.indexOf(view)) for view in (window.sales, window.catalog, window.admin)]
    assert tabs == ["销售分析", "商品目录", "系统管理"]
    assert window.catalog.model.headerData(1, Qt.Orientation.Horizontal) == "商品名称"
    assert window.catalog.panel.title.text() == "V1 西红柿" and window.catalog.import_button.text() == "导入…"
    assert window.sales.categories.horizontalHeaderItem(3).text() == "占比"
    assert window.admin.tills.table.horizontalHeaderItem(1).text() == "收银台名称"
    assert "西红柿" in " ".join(window.sales.top.item(r, 0).text() for r in range(window.sales.top.rowCount()))
    window.language_button.click()
    qtbot.waitUntil(lambda: window.tabs.tabText(window.tabs.indexOf(window.catalog)) == "Catalog")
    assert window.catalog.model.headerData(1, Qt.Orientation.Horizontal) == "Product name"


def test_a_supplier_edited_in_the_window_gives_its_products_their_lead_time(open_window, qtbot, world, tmp_path):
    window = open_catalog(open_window, qtbot, world)
    catalog = window.catalog
    panel = catalog.suppliers
    panel.supplier_id.setText("farm")
    panel.name.setText("Green Farm")
    panel.lead.setText("2.5")
    panel.save()
    assert "whole number of days" in panel.result.text() and window.background.pending == 0
    panel.lead.setText("3")
    panel.review.setText("2")
    panel.minimum.setText("500.00")
    panel.save()
    idle(qtbot, window)
    assert panel.result.text() == "Saved supplier farm; replenishment uses it from the next suggestion."
    assert [(s["id"], s["lead_time_days"], s["review_days"], s["min_order_amount"]) for s in panel.rows] == [
        ("farm", 3, 2, 50_000)]
    panel.select("farm")
    assert panel.minimum.text() == "500.00" and panel.lead.text() == "3"
    # A product of that supplier (its catalog row names it) without a lead time of its own takes the supplier's.
    catalog.import_file(str(write_csv(tmp_path / "farm.csv", [["X9", "豌豆", "Peas", "kg", "weight", "8", "farm"]],
                                      header=["sku", "name_zh", "name_en", "unit", "sold_by", "price", "supplier"])))
    idle(qtbot, window)
    peas = next(p for p in catalog.model.rows if p["sku"] == "X9")["terms"]
    assert (peas["lead_time_days"], peas["effective_lead_time_days"], peas["review_days"]) == (None, 3, 2)
    catalog.select_sku("X9")
    assert catalog.panel.lead.placeholderText() == "blank: the supplier's (3 days)"


def test_delisting_in_the_window_stops_the_till_selling_and_sell_again_undoes_it(open_window, qtbot, world):
    window = open_catalog(open_window, qtbot, world)
    catalog, panel = window.catalog, window.catalog.panel
    catalog.select_sku("M1")
    assert panel.listing_button.text() == "Delist (stop selling)"
    panel.listing_button.click()
    idle(qtbot, window)
    assert panel.result.text() == "M1 is delisted: the tills stop selling it at their next sync."
    assert not next(p for p in catalog.model.rows if p["sku"] == "M1")["active"]
    assert panel.listing_button.text() == "Sell again" and not till_product(world, "M1").active
    panel.listing_button.click()
    idle(qtbot, window)
    listed = next(p for p in catalog.model.rows if p["sku"] == "M1")
    assert listed["active"] and [p["code"] for p in listed["portions"]] == ["half", "250g"]   # nothing else lost
    assert till_product(world, "M1").active and till_product(world, "M1").price == 8800
