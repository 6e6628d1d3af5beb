"""The daily demand panel: no row is zero demand, a sold-out or closed day is missing, never zero."""
from __future__ import annotations

from datetime import date

import numpy as np
import pandas as pd
import pytest

from backoffice.analytics.demand import CLOSURE_MIN_ROWS_PER_DAY, build_panel, daily_demand


def _ledger(rows):
    return pd.DataFrame(rows, columns=["date", "sku", "quantity", "sold_out"])


def test_a_day_without_a_row_is_zero_and_a_sold_out_day_is_missing():
    sales = _ledger([("2025-03-01", "A", 1500, False), ("2025-03-03", "A", 400, True),
                     ("2025-03-04", "A", 2000, False)])
    frame = daily_demand(sales)
    assert frame["date"].dt.day.tolist() == [1, 2, 3, 4]
    assert frame["demand"].tolist()[:2] == [1500, 0]
    assert frame["demand"].isna().tolist() == [False, False, True, False]
    assert frame["sold"].tolist() == [1500, 0, 400, 2000]    # what the till saw is kept beside it
    assert frame["sold_out"].tolist() == [False, False, True, False]
    assert str(frame["demand"].dtype) == "Int64"


def test_given_closed_days_are_missing_unless_something_sold():
    sales = _ledger([("2025-03-01", "A", 1000, False), ("2025-03-04", "A", 1000, False),
                     ("2025-03-04", "B", 500, False)])
    panel = build_panel(sales, closed=[date(2025, 3, 2), date(2025, 3, 4)])
    a = panel.demand(0)
    assert np.isnan(a[1]) and a[2] == 0.0 and a[3] == 1000.0   # 4 March sold: the shop was open after all
    assert panel.closed[0].tolist() == [False, True, False, False]


def test_closures_of_a_busy_shop_are_inferred_from_the_ledger():
    days = pd.date_range("2025-03-01", periods=10, freq="D")
    rows = [(d, f"P{k}", 1000, False) for d in days if d.day != 5 for k in range(CLOSURE_MIN_ROWS_PER_DAY)]
    panel = build_panel(_ledger(rows))
    assert panel.censored[:, 4].all() and not panel.censored[:, 3].any()
    few = [row for row in rows if row[1] == "P0"]   # one product alone: a day without sale is just that
    assert not build_panel(_ledger(few)).censored.any()


def test_a_busy_shop_that_traded_on_fewer_days_than_it_was_closed_is_still_seen_closed():
    """Two market days a week apart (the back-office demo's ledger, a weekly stall): the days between are
    closures, not days nobody wanted anything — counted as zeros they made a product that sells every
    trading day look as if it sold only on that weekday."""
    rows = [(d, f"P{k}", 1000, False) for d in ("2025-03-01", "2025-03-08") for k in range(CLOSURE_MIN_ROWS_PER_DAY)]
    rows += [("2025-03-04", "P1", 0, True)]          # HQ's row for a product sold out that day: not a sale
    panel = build_panel(_ledger(rows))
    assert panel.closed[0].tolist() == [False] + [True] * 6 + [False]
    assert np.isnan(panel.demand(0)[1:7]).all() and panel.demand(0)[[0, 7]].tolist() == [1000.0, 1000.0]


def test_series_start_at_their_first_sale_and_prices_carry():
    sales = pd.DataFrame({"date": ["2025-03-01", "2025-03-03", "2025-03-05"], "sku": ["A", "B", "B"],
                          "quantity": [1000, 2000, 3000], "price": [500, 300, pd.NA],
                          "discount": [0, 2500, 0]})
    panel = build_panel(sales)
    assert panel.start.tolist() == [0, 2]
    assert len(panel.demand(1)) == 3
    assert panel.price[1, 2:].tolist() == [300.0, 300.0, 300.0]
    assert panel.discount[1, 2] == 2500


def test_float_quantities_and_negative_sales_are_refused():
    with pytest.raises(TypeError):
        build_panel(pd.DataFrame({"date": ["2025-03-01"], "sku": ["A"], "quantity": [1.5]}))
    with pytest.raises(ValueError, match="negative"):
        build_panel(pd.DataFrame({"date": ["2025-03-01"], "sku": ["A"], "quantity": [-1]}))
    with pytest.raises(ValueError, match="lacks"):
        build_panel(pd.DataFrame({"date": ["2025-03-01"], "quantity": [1]}))
