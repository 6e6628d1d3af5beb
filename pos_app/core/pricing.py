"""What a quantity of a product costs.

The one rule for price × quantity: the exact product of the unit price (minor units per base unit) and
the quantity (thousandths of the base unit), rounded **once**, half away from zero, to a minor unit.
Tiered rules are marginal: each tier's share of the quantity is charged at its rate, and the whole sum
is rounded once at the end, so a larger quantity never costs less than a smaller one.
"""
from __future__ import annotations

from dataclasses import dataclass

from pos_app.core.errors import InvalidInput
from pos_app.core.money import div_round
from pos_app.core.quantity import SCALE, format_quantity, parse_quantity

FULL_RATE = 10_000  # basis points


@dataclass(frozen=True)
class Tier:
    upto: int | None   # thousandths of the base unit; None = no upper bound
    rate_bp: int       # share of the linear price, in basis points (9000 = 90 %)


@dataclass(frozen=True)
class PricingRule:
    tiers: tuple[Tier, ...] = ()

    @property
    def is_linear(self) -> bool:
        return not self.tiers

    def __post_init__(self) -> None:
        previous = 0
        for index, tier in enumerate(self.tiers):
            if not 0 <= tier.rate_bp <= 100 * FULL_RATE:
                raise InvalidInput("A tier's rate must be between 0 and 10000 %.")
            last = index == len(self.tiers) - 1
            if tier.upto is None and not last:
                raise InvalidInput("Only the last pricing tier may be open-ended (*).")
            if tier.upto is not None and tier.upto <= previous:
                raise InvalidInput("Pricing tiers must go up in quantity.")
            previous = tier.upto or previous
        if self.tiers and self.tiers[-1].upto is not None:
            raise InvalidInput("The last pricing tier must be open-ended (*=rate).")

    def to_text(self) -> str:
        if self.is_linear:
            return "linear"
        parts = []
        for tier in self.tiers:
            bound = "*" if tier.upto is None else format_quantity(tier.upto).rstrip("0").rstrip(".")
            whole, hundredths = divmod(tier.rate_bp, 100)
            rate = f"{whole}" if hundredths == 0 else f"{whole}.{hundredths:02d}".rstrip("0")
            parts.append(f"{bound}={rate}")
        return "tiered:" + ",".join(parts)


LINEAR = PricingRule()


def parse_pricing(text: str) -> PricingRule:
    """'linear' | 'tiered:0.5=100,*=90' — up to 0.5 base units at 100 % of the linear price, beyond at 90 %."""
    raw = (text or "").strip()
    if raw in ("", "linear"):
        return LINEAR
    if not raw.startswith("tiered:"):
        raise InvalidInput(f"Pricing rule {text!r}: use 'linear' or 'tiered:0.5=100,*=90'.")
    tiers = []
    for chunk in raw[len("tiered:"):].split(","):
        bound, sep, rate = chunk.partition("=")
        if not sep:
            raise InvalidInput(f"Pricing tier {chunk!r}: write it as upto=percent, e.g. 0.5=100.")
        upto = None if bound.strip() == "*" else parse_quantity(bound, what="tier bound")
        percent = parse_quantity(rate, what="tier percent")  # thousandths of a percent
        if percent % 10:
            raise InvalidInput(f"Tier percent {rate} has more than 2 decimals.")
        tiers.append(Tier(upto=upto, rate_bp=percent // 10))
    return PricingRule(tiers=tuple(tiers))


def line_amount(*, quantity: int, unit_price: int) -> int:
    """Minor units for `quantity` thousandths at `unit_price` minor units per base unit (linear)."""
    return div_round(quantity * unit_price, SCALE)


def price_quantity(*, rule: PricingRule, quantity: int, unit_price: int) -> int:
    if rule.is_linear:
        return line_amount(quantity=quantity, unit_price=unit_price)
    sign = -1 if quantity < 0 else 1
    remaining = abs(quantity)
    lower = 0
    numerator = 0
    for tier in rule.tiers:
        span = remaining if tier.upto is None else min(remaining, tier.upto - lower)
        if span <= 0:
            break
        numerator += span * unit_price * tier.rate_bp
        remaining -= span
        lower = tier.upto if tier.upto is not None else lower
    return sign * div_round(numerator, SCALE * FULL_RATE)
