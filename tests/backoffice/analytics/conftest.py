"""Small generated shops shared by the analytics tests (seconds, not minutes)."""
from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from backoffice.analytics.demand import build_panel
from backoffice.analytics.synthetic import generate_shop


def weekly_series(*, days: int, level: float = 20_000.0, trend_per_day: float = 0.0, seed: int = 0,
                  weekly=(0.8, 0.85, 0.9, 1.0, 1.15, 1.4, 0.9), start_weekday: int = 0) -> np.ndarray:
    """Poisson-noisy demand in thousandths with a known weekday rhythm and linear trend."""
    rng = np.random.default_rng(seed)
    t = np.arange(days)
    mean = (level + trend_per_day * t) * np.asarray(weekly)[(start_weekday + t) % 7]
    return rng.poisson(np.maximum(mean, 0.0) / 1000.0).astype(float) * 1000.0


def ledger(series: dict[str, np.ndarray], *, start: str = "2025-01-06", category: str = "fruit",
           sold_out: dict[str, np.ndarray] | None = None) -> pd.DataFrame:
    """Series of daily thousandths as a till ledger: a row per day with a sale or a sell-out."""
    frames = []
    for sku, values in series.items():
        flags = np.zeros(len(values), dtype=bool) if sold_out is None or sku not in sold_out else sold_out[sku]
        dates = pd.date_range(start, periods=len(values), freq="D")
        keep = (values > 0) | flags
        frames.append(pd.DataFrame({"date": dates[keep], "sku": sku, "category": category,
                                    "quantity": values[keep].astype(np.int64), "sold_out": flags[keep]}))
    return pd.concat(frames, ignore_index=True)


@pytest.fixture(scope="session")
def small_shop():
    shop = generate_shop(products=12, days=182, seed=7)
    return shop, build_panel(shop.sales, closed=shop.closed)
