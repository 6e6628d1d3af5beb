"""The Sales analysis view against the in-process HQ fed by a real till: the figures it shows and exports are
the till's own sales to the fen and the gram; quick ranges and a reversed range; CSV and XLSX exports hold
exact decimals and are written on the background helper."""
from __future__ import annotations

import csv
import threading
from datetime import date, timedelta
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from backoffice.window import sales_export
from backoffice.window.formatting import money, rate
from tests.backoffice.window.conftest import ADMIN, idle, open_view, sign_in

pytestmark = pytest.mark.qt


def till_by_sku(world) -> dict[str, tuple[int, int]]:
    """{sku: (quantity in thousandths, net fen)} from the till's own Sale records."""
    sums: dict[str, tuple[int, int]] = {}
    for sale in world.sales:
        for line in sale.lines:
            quantity, amount = sums.get(line.sku, (0, 0))
            sums[line.sku] = (quantity + line.quantity * line.count, amount + line.net)
    return sums


def open_sales(open_window, qtbot, world, **kwargs):
    return open_view(open_window, qtbot, world, "sales", **kwargs)


def test_the_analysis_is_the_tills_sales_to_the_fen(open_window, qtbot, world):
    window = open_sales(open_window, qtbot, world)
    sales = window.sales
    analysis = sales.analysis
    revenue = sum(sale.total for sale in world.sales)
    assert analysis["from"] == analysis["to"] == world.day and analysis["amount"] == revenue
    assert sum(c["amount"] for c in analysis["categories"]) == revenue
    by_sku = till_by_sku(world)
    shown = {s["sku"]: (s["quantity"], s["amount"]) for s in analysis["top"]}
    assert shown == by_sku
    top = sales.top
    first = analysis["top"][0]
    assert top.item(0, 0).text().startswith(first["sku"]) and top.item(0, 2).text() == money(first["amount"])
    assert sales.categories.item(0, 2).text() == money(revenue) and sales.categories.item(0, 3).text() == "100.00%"
    assert sales.chart.series[0].values == tuple(c["amount"] for c in analysis["categories"])
    assert money(revenue) in sales.headline.text()
    assert window.tabs.tabText(window.tabs.indexOf(sales)) == "Sales analysis"


def test_quick_ranges_and_a_reversed_range(open_window, qtbot, world):
    window = open_sales(open_window, qtbot, world)
    sales = window.sales
    today = date.fromisoformat(world.day)
    sales.quick["week"].click()
    idle(qtbot, window)
    assert sales.span() == ((today - timedelta(days=6)).isoformat(), world.day)
    assert sales.analysis["amount"] == sum(sale.total for sale in world.sales)
    sales.quick["month"].click()
    idle(qtbot, window)
    assert sales.span()[0] == today.replace(day=1).isoformat()
    sales.set_range(today - timedelta(days=3), today - timedelta(days=1))
    idle(qtbot, window)
    assert sales.analysis["amount"] == 0 and sales.categories.rowCount() == 0
    sales.set_range(today, today - timedelta(days=1))
    assert window.background.pending == 0
    assert sales.state.text() == "The first day is after the last: choose the range again."


def test_every_store_for_an_admin_in_chinese(open_window, qtbot, world):
    window = open_window(world=world, language="zh_CN")
    sign_in(qtbot, window, user=ADMIN, fingerprint=world.fingerprint)
    window.tabs.setCurrentWidget(window.sales)
    idle(qtbot, window)
    assert window.selected_store() is None and window.sales.analysis["store_id"] is None
    assert window.sales.analysis["amount"] == sum(sale.total for sale in world.sales)
    assert window.sales.top_title.text() == "畅销商品" and "西红柿" in window.sales.top.item(
        next(r for r in range(window.sales.top.rowCount()) if "V1" in window.sales.top.item(r, 0).text()), 0).text()


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_the_export_holds_exact_decimals_written_off_the_ui_thread(open_window, qtbot, world, tmp_path, suffix,
                                                                   monkeypatch):
    window = open_sales(open_window, qtbot, world)
    writers = []
    real = sales_export.write_table
    monkeypatch.setattr(sales_export, "write_table",
                        lambda *a, **k: writers.append(threading.current_thread().name) or real(*a, **k))
    path = tmp_path / f"sales{suffix}"
    window.sales.export_to(str(path))
    idle(qtbot, window)
    assert writers and "till-hq" in writers[0] and writers[0] != threading.main_thread().name
    if suffix == ".csv":
        with path.open(encoding="utf-8-sig", newline="") as handle:
            rows = list(csv.DictReader(handle))
        cell = lambda text: Decimal(text) if text else None  # noqa: E731
    else:
        import openpyxl
        sheet = openpyxl.load_workbook(path, read_only=True).worksheets[0]
        values = list(sheet.iter_rows(values_only=True))
        rows = [dict(zip(values[0], row)) for row in values[1:]]
        cell = lambda value: None if value is None else Decimal(repr(value))  # noqa: E731
    assert window.sales.state.text() == f"Exported {len(rows)} rows to {path}."
    total = next(row for row in rows if row["section"] == "total")
    assert cell(total["amount"]) * 100 == sum(sale.total for sale in world.sales)
    for sku, (quantity, amount) in till_by_sku(world).items():
        row = next(row for row in rows if row["section"] == "top" and row["sku"] == sku)
        assert (cell(row["quantity"]) * 1000, cell(row["amount"]) * 100) == (quantity, amount)


def test_an_unwritable_export_is_one_sentence(open_window, qtbot, world, tmp_path):
    window = open_sales(open_window, qtbot, world)
    window.sales.export_to(str(tmp_path / "no such folder" / "sales.csv"))
    idle(qtbot, window)
    assert window.sales.state.text().startswith("That entry cannot be used") and window.sales.export_button.isEnabled()
    assert not list(tmp_path.iterdir())


@given(st.integers(min_value=-10**12, max_value=10**12))
def test_rates_and_exported_figures_move_the_point_exactly(value):
    assert Decimal(rate(value).rstrip("%")) * 100 == value
    assert sales_export.yuan(value) * 100 == value and sales_export.units(value) * 1000 == value
    assert "E" not in str(sales_export.yuan(value)) and "E" not in str(sales_export.units(value))


def test_waste_shows_as_the_fresh_categorys_waste_rate(open_window, qtbot, world):
    window = open_sales(open_window, qtbot, world)
    window.signed.client.stock_operation(store_id=window.selected_store(), kind="waste",
                                         lines=[{"sku": "V1", "quantity": 199, "reason": "bruised"}])
    window.sales.refresh()
    idle(qtbot, window)
    row = next(c for c in window.sales.analysis["categories"] if c["category"] == "")
    sold = sum(quantity for quantity, _amount in till_by_sku(world).values())     # the till's, every SKU here
    assert row["fresh"] and row["waste_quantity"] == 199
    expected = (199 * 10_000 * 2 + (sold + 199)) // (2 * (sold + 199))                # half up, by hand
    assert row["waste_rate"] == expected
    assert window.sales.categories.item(0, 6).text() == rate(expected)
