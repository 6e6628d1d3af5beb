"""The demand class of generated series is the kind the generator made them."""
from __future__ import annotations

import numpy as np
import pytest

from backoffice.analytics.classify import DemandClass, adi_cv2, classify
from backoffice.analytics.demand import build_panel
from backoffice.analytics.synthetic import KINDS, generate_shop


LOW_VOLUME = {"smooth": 3.0, "erratic": 6.0}   # units a day below which a day without sale is common


@pytest.mark.parametrize("kind", KINDS)
def test_generated_kinds_are_recovered(kind):
    # A year of history: with half a year, one lumpy item of 0.85 units a day drew a CV² of 0.43.
    weights = tuple(1.0 if k == kind else 0.0 for k in KINDS)
    shop = generate_shop(products=24, days=365, seed=3, kinds=weights, churn=False, promo_rate=0.0)
    panel = build_panel(shop.sales, closed=shop.closed)
    level = shop.products.set_index("sku")["level"]
    got = {sku: classify(panel.demand(i)) for i, sku in enumerate(panel.keys["sku"])}
    for sku, demand_class in got.items():
        if level[sku] < LOW_VOLUME.get(kind, 0.0):
            # A steady product selling under ~3 units a day (an uneven one under ~6) has no sale on one day in
            # four or more (Poisson: e^-mean): intermittent by construction, and saying so is right.
            assert demand_class in (DemandClass(kind), DemandClass.INTERMITTENT, DemandClass.LUMPY)
        else:
            assert demand_class.value == kind, sku


def test_censored_days_are_neither_demand_nor_its_absence():
    y = np.array([5.0, 0.0, 5.0, np.nan, np.nan, 5.0, 0.0])
    adi, cv2 = adi_cv2(y)
    assert adi == pytest.approx(5 / 3)     # 5 observed days, 3 with demand
    assert cv2 == 0.0


def test_short_or_never_sold():
    assert classify(np.full(55, 3.0)) is DemandClass.TOO_SHORT
    assert classify(np.concatenate([np.full(56, 3.0), np.full(100, np.nan)])) is DemandClass.SMOOTH
    assert adi_cv2(np.zeros(60))[0] == float("inf")
    assert classify(np.zeros(60)) is DemandClass.LUMPY or classify(np.zeros(60)) is DemandClass.INTERMITTENT
