"""The nightly job's results: exact integers, intervals around forecasts, closed days, suggested orders."""
from __future__ import annotations

import numpy as np
import pandas as pd

from backoffice.analytics.evaluation import evaluate
from backoffice.analytics.nightly import run_nightly


def test_forecasts_are_exact_integers_with_intervals_and_orders(small_shop):
    shop, panel = small_shop
    last = panel.dates[-1]
    shut = (last + pd.Timedelta(days=3)).date()
    policies = pd.DataFrame({"sku": panel.keys["sku"], "on_hand": 2_000, "on_order": 0, "lead_time_days": 2,
                             "review_days": 7, "pack_size": 1_000, "min_order": 0, "shelf_life_days": 5,
                             "loss_rate_bp": 500})
    result = run_nightly(panel, horizon=14, processes=1, policies=policies, closed_ahead=[shut])
    forecasts, models, orders = result.forecasts, result.models, result.suggestions
    assert len(forecasts) == 14 * len(panel) and len(models) == len(panel) == len(orders)
    for column in ("forecast", "low", "high"):
        assert forecasts[column].dtype == np.int64 and (forecasts[column] >= 0).all()
    assert (forecasts["low"] <= forecasts["forecast"]).all() and (forecasts["forecast"] <= forecasts["high"]).all()
    on_shut = forecasts[forecasts["date"] == pd.Timestamp(shut)]
    assert (on_shut[["forecast", "low", "high"]] == 0).all().all()
    assert forecasts["date"].min() == last + pd.Timedelta(days=1)
    assert set(models["model"]) <= {"weekday_ses", "ets", "tsb", "croston_sba", "seasonal_naive", "category_profile"}
    assert (models["fallback"] == (models["model"] != models["candidate"])).all()
    assert (orders["order"] % 1_000 == 0).all() and (orders["order"] >= 0).all()
    assert all(type(v) is int for v in orders["order"].tolist())


def test_evaluation_scores_the_hidden_weeks(small_shop):
    _, panel = small_shop
    scored, totals = evaluate(panel, holdout=28, processes=1)
    assert totals["series"] == len(scored) > 0
    assert 0.0 <= totals["beats_naive"] <= 1.0 and sum(totals["models"].values()) == len(scored)
    assert (scored["actual"] >= 0).all() and scored["rmsse"].notna().any()
    # on a generated shop the method beats seasonal naive overall
    assert totals["wape"] < totals["naive_wape"] and totals["rmsse"] < totals["naive_rmsse"]
