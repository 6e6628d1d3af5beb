"""`freshtill forecast` end to end on a small CSV, through the real command line entry."""
from __future__ import annotations

import json
from decimal import Decimal

import pandas as pd
import pytest

from backoffice.analytics.synthetic import generate_shop
from pos_app import cli

MODELS = {"weekday_ses", "ets", "croston_sba", "tsb", "seasonal_naive", "category_profile"}


@pytest.fixture(scope="module")
def history(tmp_path_factory):
    shop = generate_shop(products=5, days=112, seed=4, kinds=(0.5, 0.0, 0.5, 0.0))
    sales = shop.sales
    path = tmp_path_factory.mktemp("forecast") / "sales.csv"
    pd.DataFrame({
        "date": sales["date"].dt.strftime("%Y-%m-%d"), "sku": sales["sku"],
        "quantity": [f"{q // 1000}.{q % 1000:03d}" for q in sales["quantity"]],
        "price": [f"{p // 100}.{p % 100:02d}" for p in sales["price"]],
        "discount": [f"0.{d:04d}" for d in sales["discount"]],
        "category": sales["category"], "sold_out": sales["sold_out"].map({True: "yes", False: ""}),
    }).to_csv(path, index=False)
    return path, shop


def _run(capsys, *words):
    code = cli.main(["forecast", *words, "--processes", "1"])
    out = capsys.readouterr()
    return code, out.out, out.err


def test_forecast_json(history, capsys):
    path, shop = history
    code, out, _ = _run(capsys, "--history", str(path), "--horizon", "28", "--json")
    assert code == 0
    report = json.loads(out)
    last = shop.sales["date"].max()
    assert report["horizon"] == 28 and report["from"] == str((last + pd.Timedelta(days=1)).date())
    assert sorted(p["sku"] for p in report["products"]) == sorted(shop.sales["sku"].unique())
    for product in report["products"]:
        assert product["model"] in MODELS and product["class"] in {"smooth", "erratic", "intermittent", "lumpy",
                                                                    "too_short"}
        assert product["fallback"] == (product["model"] == "seasonal_naive" and product["candidate"] != product["model"])
        days = product["forecast"]
        assert len(days) == 28 and days[0]["date"] == report["from"]
        for day in days:
            low, mid, high = (Decimal(day[k]) for k in ("low", "quantity", "high"))
            assert 0 <= low <= mid <= high and mid == mid.quantize(Decimal("0.001"))
        if product["class"] != "too_short":
            assert product["backtest"]["rmsse"] is not None and product["backtest"]["naive_rmsse"] is not None


def test_forecast_table(history, capsys):
    path, shop = history
    code, out, _ = _run(capsys, "--history", str(path), "--horizon", "14")
    assert code == 0
    lines = out.splitlines()
    assert lines[0].split()[:4] == ["SKU", "CATEGORY", "CLASS", "MODEL"]     # one shop: no store column
    body = [line for line in lines[1:] if line.startswith("P0")]
    assert len(body) == shop.sales["sku"].nunique()
    assert "Forecast from" in out and "for 14 days" in out


def test_evaluate_on_a_holdout(history, capsys):
    path, shop = history
    code, out, _ = _run(capsys, "--history", str(path), "--evaluate", "--holdout", "28", "--json")
    assert code == 0
    report = json.loads(out)
    summary = report["summary"]
    assert report["holdout"] == 28 and summary["series"] == len(report["products"]) > 0
    assert 0 < summary["wape"] < 2 and 0 < summary["naive_wape"] < 2
    assert sum(summary["models"].values()) == summary["series"]
    for product in report["products"]:
        assert product["model"] in MODELS and product["actual"] >= 0
    code, out, _ = _run(capsys, "--history", str(path), "--evaluate", "--holdout", "28")
    assert code == 0 and "Holdout: the last 28 days" in out and "seasonal naive" in out


def test_a_bad_file_is_refused_with_its_lines(tmp_path, capsys):
    path = tmp_path / "bad.csv"
    path.write_text("date,sku,quantity\n2025-03-01,A,1\n2025-03-02,A,lots\n", encoding="utf-8")
    code, out, err = _run(capsys, "--history", str(path))
    assert code == 2 and out == ""
    assert "nothing was forecast" in err and "line 3: quantity 'lots'" in err


def test_too_little_history(tmp_path, capsys):
    path = tmp_path / "short.csv"
    path.write_text("date,sku,quantity\n2025-03-01,A,1\n2025-03-05,A,1\n", encoding="utf-8")
    code, _, err = _run(capsys, "--history", str(path))
    assert code == 2 and "at least two weeks" in err
    code, _, err = _run(capsys, "--history", str(path), "--evaluate")
    assert code == 2 and "--evaluate needs" in err
