"""Suggested orders: periodic review, order up to S — in exact integers of thousandths of the base unit.

Every `review_days` the manager orders; goods arrive `lead_time_days` later. What is ordered now must cover
demand until the next order arrives, L + R days, plus a safety stock against the forecast being wrong:

    S = forecast demand over L + R  +  z(service level) × σ × √(L + R)

with σ the forecast's daily error (the backtest's RMSE — the error of *this* forecast, which is what the
stock must absorb, not the raw spread of demand). For perishables S is capped at what is expected to sell
before the goods ordered now go off (L + shelf life days), then grossed up by the loss rate (S / (1 − loss):
part of what is bought is wasted however well it is forecast). The order is S minus the inventory position
(on hand + on order), never negative, rounded up to whole packs, and raised to the supplier's minimum.

The arithmetic is integer: quantities in thousandths (grams of a kg product), rates in basis points, z in
thousandths. The one float is the inverse normal in `service_z`, rounded there once (95 % → 1.645).
"""
from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from statistics import NormalDist

from pos_app.core.money import div_round

BASIS = 10_000   # basis points: 9500 = 95 %


@dataclass(frozen=True)
class OrderPolicy:
    lead_time_days: int             # order to delivery
    review_days: int                # between two orders
    service_level_bp: int = 9500    # chance of not running out before the next delivery arrives
    pack_size: int = 1000           # thousandths: ordered in whole packs (1000 = 1 piece or 1 kg)
    min_order: int = 0              # thousandths: the supplier's minimum, when anything is ordered
    shelf_life_days: int | None = None   # None: not perishable
    loss_rate_bp: int = 0           # share of stock lost to waste and shrinkage

    def __post_init__(self) -> None:
        if self.lead_time_days < 0 or self.review_days < 1:
            raise ValueError("lead time must be ≥ 0 days and the review period ≥ 1 day")
        if not 5000 <= self.service_level_bp < BASIS:
            raise ValueError("service level must be from 50 % up to (not including) 100 %")
        if self.pack_size < 1 or self.min_order < 0:
            raise ValueError("pack size must be positive and the minimum order not negative")
        if self.shelf_life_days is not None and self.shelf_life_days < 1:
            raise ValueError("shelf life must be at least one day")
        if not 0 <= self.loss_rate_bp < BASIS:
            raise ValueError("loss rate must be from 0 % up to (not including) 100 %")


@dataclass(frozen=True)
class Suggestion:
    order: int               # to order now: 0, or whole packs and at least the minimum order
    order_up_to: int         # S after the shelf-life cap and the loss gross-up
    cycle_demand: int        # forecast demand over lead time + review period
    safety_stock: int
    shelf_life_cap: int | None   # what sells in lead time + shelf life (None: not perishable)
    capped: bool             # the cap lowered S
    position: int            # on hand + on order


def service_z(service_level_bp: int) -> int:
    """The standard normal quantile of the service level, in thousandths, rounded half up: 9500 → 1645."""
    if not 5000 <= service_level_bp < BASIS:
        raise ValueError("service level must be from 50 % up to (not including) 100 %")
    return math.floor(NormalDist().inv_cdf(service_level_bp / BASIS) * 1000 + 0.5)


def safety_stock(*, error_sigma: int, days: int, service_level_bp: int) -> int:
    """z × σ × √days, rounded up, exactly: √(z² σ² days) with integer square roots."""
    if error_sigma < 0 or days < 0:
        raise ValueError("forecast error and days cannot be negative")
    z = service_z(service_level_bp)
    return _ceil_div(_ceil_sqrt(z * z * error_sigma * error_sigma * days), 1000)


def demand_over(forecast: Sequence[int], *, days: int) -> int:
    """Forecast demand over the first `days` days; past the forecast's end, its last week's daily mean."""
    if any(value < 0 for value in forecast):
        raise ValueError("a forecast cannot be negative")
    total = sum(forecast[:days])
    beyond = days - len(forecast)
    if beyond > 0:
        if not forecast:
            raise ValueError("an empty forecast")
        week = forecast[-7:]
        total += div_round(sum(week) * beyond, len(week))
    return total


def suggest_order(*, forecast: Sequence[int], error_sigma: int, on_hand: int, on_order: int,
                  policy: OrderPolicy) -> Suggestion:
    """`forecast`: daily demand in thousandths from today on; `on_hand` may be negative (sold past zero)."""
    if on_order < 0:
        raise ValueError("quantity on order cannot be negative")
    cover = policy.lead_time_days + policy.review_days
    cycle = demand_over(forecast, days=cover)
    safety = safety_stock(error_sigma=error_sigma, days=cover, service_level_bp=policy.service_level_bp)
    target = cycle + safety
    cap = None
    if policy.shelf_life_days is not None:
        cap = demand_over(forecast, days=policy.lead_time_days + policy.shelf_life_days)
    capped = cap is not None and cap < target
    if capped:
        target = cap
    target = _ceil_div(target * BASIS, BASIS - policy.loss_rate_bp)
    position = on_hand + on_order
    return Suggestion(order=round_order(target - position, policy=policy), order_up_to=target,
                      cycle_demand=cycle, safety_stock=safety, shelf_life_cap=cap, capped=capped,
                      position=position)


def round_order(quantity: int, *, policy: OrderPolicy) -> int:
    """Nothing if nothing is needed; else whole packs, and at least the minimum order (in whole packs)."""
    if quantity <= 0:
        return 0
    packs = _ceil_div(max(quantity, policy.min_order), policy.pack_size)
    return packs * policy.pack_size


def _ceil_div(numerator: int, denominator: int) -> int:
    return -((-numerator) // denominator)


def _ceil_sqrt(value: int) -> int:
    root = math.isqrt(value)
    return root if root * root == value else root + 1
