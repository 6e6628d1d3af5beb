"""Demand class per series (Syntetos & Boylan, 2005): which family of model can forecast it.

ADI, the average interval between days with demand, says how intermittent a series is; CV², the squared
coefficient of variation of the non-zero demands, how uneven its sizes are. The published cut-offs 1.32 and
0.49 split the plane into smooth (exponential smoothing), erratic (smoothing, wider intervals), intermittent
and lumpy (Croston-type). Censored days (NaN) are not observations: they count neither as demand nor as its
absence. A series with fewer observed days than two months has no class a model could be tuned on.
"""
from __future__ import annotations

from enum import Enum

import numpy as np

ADI_CUTOFF = 1.32
CV2_CUTOFF = 0.49
MIN_OBSERVED_DAYS = 56   # eight weeks: enough for a weekly pattern and a four-week backtest


class DemandClass(str, Enum):
    SMOOTH = "smooth"
    ERRATIC = "erratic"
    INTERMITTENT = "intermittent"
    LUMPY = "lumpy"
    TOO_SHORT = "too_short"


def adi_cv2(demand: np.ndarray) -> tuple[float, float]:
    """(ADI, CV²) of the observed days; ADI is infinite for a series that never sold."""
    observed = demand[~np.isnan(demand)]
    positive = observed[observed > 0]
    if len(positive) == 0:
        return float("inf"), 0.0
    adi = len(observed) / len(positive)
    mean = positive.mean()
    cv2 = float(positive.var() / (mean * mean)) if len(positive) > 1 else 0.0
    return float(adi), cv2


def classify(demand: np.ndarray) -> DemandClass:
    if np.count_nonzero(~np.isnan(demand)) < MIN_OBSERVED_DAYS:
        return DemandClass.TOO_SHORT
    adi, cv2 = adi_cv2(demand)
    if adi < ADI_CUTOFF:
        return DemandClass.SMOOTH if cv2 < CV2_CUTOFF else DemandClass.ERRATIC
    return DemandClass.INTERMITTENT if cv2 < CV2_CUTOFF else DemandClass.LUMPY
