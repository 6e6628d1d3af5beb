"""The replay summary against figures worked out without the till's pricing code: by hand for a few
baskets, and with Decimal ROUND_HALF_UP from the catalog's yuan prices for a generated file with bad rows."""
from __future__ import annotations

import csv
from decimal import Decimal

import pytest

from pos_app.services.checkout import SaleService
from pos_app.services.replay import replay, summarize
from pos_app.storage.database import TillDatabase
from tests.pos_app.services.replay_factories import (BY_SKU, COLUMNS, STOCK_EACH, build_store, weight_label,
                                                     write_baskets)


@pytest.fixture
def service(tmp_path):
    build_store(tmp_path / "till")
    db = TillDatabase.open(tmp_path / "till")
    yield SaleService(db)
    db.close()


def write(path, rows: list[dict]) -> None:
    with open(path, "w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=COLUMNS)
        writer.writeheader()
        writer.writerows(rows)


def ean(sku: str) -> str:
    return BY_SKU[sku].ean


def test_hand_worked_baskets(service, tmp_path):
    path = tmp_path / "baskets.csv"
    write(path, [
        # 12.80/kg × 0.532 kg = 6.8096 → 6.81; milk 3 × 6.50 = 19.50                          → 26.31
        {"basket_id": "A", "code": weight_label("101", 532), "tender": "mobile"},
        {"basket_id": "A", "code": ean("P01"), "quantity": "3"},
        # strawberries tiered: 0.5 × 39.90 + 0.25 × 39.90 × 90 % = 28.9275 → 28.93;
        # pork 32.90 × 0.050 = 1.645 → 1.65 (half up, not half even)                           → 30.58
        {"basket_id": "B", "code": "103", "weight": "0.750", "tender": "card"},
        {"basket_id": "B", "code": weight_label("102", 50)},
        # watermelon 2 halves 2 × 14.95, a quarter at its fixed 7.99, hotpot set 59.00          → 96.89
        {"basket_id": "C", "code": "201", "portion": "half", "quantity": "2", "tender": "mobile"},
        {"basket_id": "C", "code": ean("X01"), "portion": "quarter"},
        {"basket_id": "C", "code": ean("C01")},
        # soy sauce 3 × 12.45 = 37.35; sea bass 45.67 × 0.333 = 15.20811 → 15.21;
        # pork 32.90 × 1.005 = 33.0645 → 33.06                                                  → 85.62
        {"basket_id": "D", "code": ean("P04"), "quantity": "3", "tender": "card:50.00+mobile"},
        {"basket_id": "D", "code": "104", "weight": "0.333"},
        {"basket_id": "D", "code": weight_label("102", 1005)},
    ])
    summary = summarize(service, replay(service, path))
    assert summary["problems"] == []
    assert (summary["baskets"], summary["lines"]) == (4, 10)
    assert summary["revenue"] == summary["paid"] == "239.40"
    assert summary["cash_rounding"] == "0.00"
    assert summary["tenders"] == {"card": "80.58", "mobile": "158.82"}
    assert sum(Decimal(t["gross"]) for t in summary["tax_by_rate"].values()) == Decimal("239.40")
    sold = {sku: info["sold"] for sku, info in summary["skus"].items()}
    assert sold == {"W01": "0.532", "P01": "3.000", "W03": "0.750", "W02": "1.555", "X01": "1.500",
                    "P02": "2.000", "P04": "3.000", "W04": "0.333"}
    assert summary["skus"]["W02"] == {"sold": "1.555", "unit": "kg", "stock_after": "99998.445"}


def insert_bad_rows(path, *, before_basket: str) -> dict[str, int]:
    """Put a block of bad rows in the middle of the file; returns the line number of each bad row."""
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    at = next(i for i, line in enumerate(lines) if line.startswith(before_basket + ","))
    milk, tofu = ean("P01"), ean("P02")
    wrong_check = milk[:-1] + str((int(milk[-1]) + 1) % 10)
    block = {
        "bad_check_digit": f"X1,,{wrong_check},,,,card,\r\n",
        "good_row_of_x2": f"X2,,{milk},2,,,card,\r\n",
        "unknown_plu": "X2,,99999,,,,,\r\n",
        "unweighed": "X3,,101,,,,mobile,\r\n",
        "fraction_of_piece": f"X4,,{tofu},1.5,,,card,\r\n",
        "no_such_portion": "X5,,201,,,third,card,\r\n",
        "empty_basket_id": f",,{milk},,,,card,\r\n",
        "too_many_fields": f"X6,,{milk},1,,,card,c01,surplus\r\n",
    }
    lines[at:at] = list(block.values())
    path.write_text("".join(lines), encoding="utf-8")
    return {name: at + 1 + offset for offset, name in enumerate(block)}


def test_generated_file_matches_independent_totals_bad_rows_reported_and_rerun_skips(service, tmp_path):
    path = tmp_path / "baskets.csv"
    expected = write_baskets(path, count=120, seed=4242, cash=False)
    line_of = insert_bad_rows(path, before_basket="B00061")

    result = replay(service, path)
    summary = summarize(service, result)

    problems = {(p["line"], p["basket"]) for p in summary["problems"]}
    assert problems == {(line_of["bad_check_digit"], "X1"), (line_of["unknown_plu"], "X2"),
                        (line_of["unweighed"], "X3"), (line_of["fraction_of_piece"], "X4"),
                        (line_of["no_such_portion"], "X5"), (line_of["empty_basket_id"], ""),
                        (line_of["too_many_fields"], "X6")}
    reasons = {p["basket"]: p["reason"] for p in summary["problems"]}
    assert "Check digit" in reasons["X1"] and "No product" in reasons["X2"] and "Weigh" in reasons["X3"]
    assert "whole pieces" in reasons["X4"] and "third" in reasons["X5"]
    assert "basket_id is empty" in reasons[""] and "too many fields" in reasons["X6"]

    # every good basket, before and after the bad block, is rung, and comes to the independent figures
    assert summary["baskets"] == 120 and summary["skipped_already_rung"] == 0
    assert sorted(s.external_ref for s in result.sales) == sorted(expected.totals)
    for sale in result.sales:
        assert Decimal(sale.total) / 100 == expected.totals[sale.external_ref], sale.external_ref
    assert summary["lines"] == expected.lines
    assert Decimal(summary["revenue"]) == Decimal(summary["paid"]) == expected.revenue
    assert summary["cash_rounding"] == "0.00" and set(summary["tenders"]) <= {"card", "mobile"}
    assert sum(Decimal(v) for v in summary["tenders"].values()) == expected.revenue
    assert sum(Decimal(t["gross"]) for t in summary["tax_by_rate"].values()) == expected.revenue
    assert set(summary["skus"]) == set(expected.sold)
    for sku, quantity in expected.sold.items():
        info = summary["skus"][sku]
        assert Decimal(info["sold"]) == quantity, sku
        assert Decimal(info["stock_after"]) == STOCK_EACH - quantity, sku
        assert info["unit"] == BY_SKU[sku].unit
    kinds = {row["code"][:2] for row in csv.DictReader(open(path, encoding="utf-8"))}
    assert "21" in kinds, "the file should exercise weight-embedded labels"

    # the same file again: everything already rung is skipped, the bad rows are reported again, nothing moves
    again = summarize(service, replay(service, path))
    assert again["skipped_already_rung"] == summary["baskets"] == 120
    assert again["baskets"] == 0 and again["revenue"] == "0.00" and again["skus"] == {}
    assert {(p["line"], p["basket"]) for p in again["problems"]} == problems
    with service.db.reading() as connection:
        assert connection.exec_driver_sql("SELECT count(*), sum(total) FROM sales").one() == (
            120, int(expected.revenue * 100))
