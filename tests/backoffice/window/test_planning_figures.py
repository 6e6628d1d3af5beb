"""What the Replenishment and Forecasts views print and parse, exactly (hypothesis): a typed order quantity
becomes the exact thousandths or is refused and leaves the last good one; rates and ratios are printed from
their digits, never through a float."""
from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from decimal import Decimal  # noqa: E402

import pytest  # noqa: E402
from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from backoffice.window.forecast_screen import _lost, _percent, _ratio  # noqa: E402
from backoffice.window.replenishment_table_model import ReplenishmentTableModel, _bp  # noqa: E402

LINE = {"sku": "V1", "name_zh": "西红柿", "name_en": "Tomato", "unit": "kg", "suggested": 5_000, "on_hand": 0,
        "on_order": 0, "cycle_demand": 0, "safety_stock": 0, "shelf_life_cap": None, "order_up_to": 0,
        "lead_time_days": 1, "review_days": 1, "service_level_bp": 9500, "pack_size": 1000, "min_order": 0,
        "loss_rate": 0, "capped": False, "fallback": False, "stale": False}


@pytest.fixture(scope="module")
def model(qapp):
    made = ReplenishmentTableModel(language="en")
    made.set_lines([LINE, {**LINE, "sku": "P1", "unit": "piece", "suggested": 2_000}])
    return made


@settings(max_examples=200)
@given(st.integers(0, 10**12))
def test_a_quantity_typed_with_up_to_three_places_is_ordered_exactly(model, milli):
    text = f"{milli // 1000}.{milli % 1000:03d}"
    assert model.set_order(0, text) is True and model.ordered["V1"] == milli
    assert model.order_lines()[0]["ordered"] == milli if milli else all(l["sku"] != "V1" for l in model.order_lines())


@given(st.integers(0, 10**9), st.integers(1, 9))
def test_finer_than_a_thousandth_or_a_part_piece_is_refused_and_changes_nothing(model, milli, extra):
    refused = []
    model.refused.connect(refused.append)
    try:
        model.set_order(0, "1.000")
        assert model.set_order(0, f"{milli // 1000}.{milli % 1000:03d}{extra}") is False
        assert model.ordered["V1"] == 1_000
        assert model.set_order(1, f"{milli // 1000}.{extra}") is False and model.ordered["P1"] == 2_000
        assert model.set_order(0, "-1") is False and model.set_order(0, "abc") is False
        assert len(refused) == 4 and all(text.startswith(("V1", "P1")) for text in refused)
    finally:
        model.refused.disconnect(refused.append)


@given(st.integers(0, 10**6))
def test_a_rate_in_basis_points_prints_as_its_exact_percentage(bp):
    assert Decimal(_bp(bp)) == Decimal(bp) / 100


@given(st.integers(0, 10**8))
def test_ratios_print_cut_to_two_places_and_per_cent_from_their_digits(value):
    text = f"{value // 10_000}.{value % 10_000:04d}"
    assert Decimal(_ratio(text)) == Decimal(value // 100) / 100
    assert _percent(text) == f"{value // 100} %"


@given(st.integers(0, 10**8), st.integers(0, 10**8))
def test_the_model_lost_when_its_error_is_the_larger(model_error, baseline):
    as_text = lambda v: f"{v // 10_000}.{v % 10_000:04d}"  # noqa: E731
    assert _lost(as_text(model_error), as_text(baseline)) == (model_error > baseline)
    assert not _lost(None, as_text(baseline)) and _ratio(None) == "—" and _percent(None) == "—"


def test_every_model_the_analytics_can_choose_has_a_name_in_the_window():
    from backoffice.analytics.models import MODELS
    from backoffice.window.forecast_screen import model_names

    assert set(MODELS) | {"none"} <= set(model_names())
