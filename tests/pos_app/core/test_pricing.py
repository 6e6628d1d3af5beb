from decimal import ROUND_HALF_UP, Decimal, localcontext

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pos_app.core.errors import InvalidInput
from pos_app.core.pricing import (FULL_RATE, LINEAR, PricingRule, Tier, line_amount, parse_pricing,
                                  price_quantity)

QUANTITY = st.integers(min_value=0, max_value=10**7)
PRICE = st.integers(min_value=0, max_value=10**6)


def half_up(value: Decimal) -> int:
    return int(value.quantize(Decimal(1), rounding=ROUND_HALF_UP))


@st.composite
def rules(draw, max_rate_bp: int = 100 * FULL_RATE) -> PricingRule:
    bounds = sorted(set(draw(st.lists(st.integers(min_value=1, max_value=20_000), max_size=4))))
    rates = draw(st.lists(st.integers(min_value=0, max_value=max_rate_bp),
                          min_size=len(bounds) + 1, max_size=len(bounds) + 1))
    return PricingRule(tiers=tuple(Tier(upto=b, rate_bp=r) for b, r in zip(bounds + [None], rates)))


def tier_oracle(rule: PricingRule, quantity: int, unit_price: int) -> int:
    """Marginal tiers computed independently in Decimal: Σ span × price × rate, rounded once."""
    with localcontext() as ctx:
        ctx.prec = 100
        total, lower = Decimal(0), 0
        for tier in rule.tiers:
            upper = quantity if tier.upto is None else min(quantity, tier.upto)
            if upper > lower:
                total += Decimal(upper - lower) / 1000 * unit_price * Decimal(tier.rate_bp) / 10_000
            lower = max(lower, tier.upto or lower)
        return half_up(total)


# -- linear -----------------------------------------------------------------------------------------------
@pytest.mark.parametrize("quantity, price, expected", [
    (1234, 1280, 1580),    # 1.234 kg × ¥12.80 = ¥15.7952 -> ¥15.80
    (1000, 1280, 1280), (500, 999, 500),   # 499.5 -> 500 (half up)
    (1, 499, 0), (1, 500, 1), (3, 1, 0), (250, 3998, 1000), (0, 1280, 0), (2000, 250, 500),
])
def test_line_amount_examples(quantity, price, expected):
    assert line_amount(quantity=quantity, unit_price=price) == expected


@given(st.integers(min_value=-10**9, max_value=10**9), PRICE)
def test_line_amount_matches_decimal_oracle(quantity, price):
    with localcontext() as ctx:
        ctx.prec = 60
        expected = half_up(Decimal(quantity) * price / 1000)
    assert line_amount(quantity=quantity, unit_price=price) == expected
    assert price_quantity(rule=LINEAR, quantity=quantity, unit_price=price) == expected


# -- tiered -----------------------------------------------------------------------------------------------
def test_tiered_worked_example_by_hand():
    rule = parse_pricing("tiered:0.5=100,*=90")
    # 1.000 kg at ¥40.00/kg: 0.5 kg × 40 + 0.5 kg × 40 × 0.9 = 20 + 18 = ¥38.00
    assert price_quantity(rule=rule, quantity=1000, unit_price=4000) == 3800
    # within the first tier, linear
    assert price_quantity(rule=rule, quantity=500, unit_price=4000) == 2000
    assert price_quantity(rule=rule, quantity=250, unit_price=4000) == 1000
    # 2.000 kg: 20 + 1.5 × 36 = ¥74.00
    assert price_quantity(rule=rule, quantity=2000, unit_price=4000) == 7400


def test_tiered_rounds_once_at_the_end_not_per_tier():
    rule = parse_pricing("tiered:0.001=100,*=50")
    # 3 g at ¥15.00/kg: 1 g at 100 % = 1.5 fen, 2 g at 50 % = 1.5 fen; 3.0 -> 3 (per-tier rounding: 2 + 2 = 4)
    assert price_quantity(rule=rule, quantity=3, unit_price=1500) == 3
    assert price_quantity(rule=parse_pricing("tiered:0.001=100,*=100"), quantity=3, unit_price=1500) == 5


def test_three_tiers_worked_example():
    rule = parse_pricing("tiered:1=100,2.5=85.5,*=70")
    # 3 kg at ¥10/kg: 1 × 10 + 1.5 × 8.55 + 0.5 × 7 = 10 + 12.825 + 3.5 = 26.325 -> ¥26.33
    assert price_quantity(rule=rule, quantity=3000, unit_price=1000) == 2633


def test_tiered_negative_quantity_is_the_mirror():
    rule = parse_pricing("tiered:0.5=100,*=90")
    assert price_quantity(rule=rule, quantity=-1000, unit_price=4000) == -3800


@given(rules(), QUANTITY, PRICE)
def test_tiered_matches_decimal_oracle(rule, quantity, price):
    assert price_quantity(rule=rule, quantity=quantity, unit_price=price) == tier_oracle(rule, quantity, price)


@given(rules(), QUANTITY, QUANTITY, PRICE)
def test_price_is_monotonic_in_quantity_for_any_positive_rates(rule, q1, q2, price):
    low, high = sorted((q1, q2))
    assert price_quantity(rule=rule, quantity=low, unit_price=price) <= \
        price_quantity(rule=rule, quantity=high, unit_price=price)


@given(rules(max_rate_bp=FULL_RATE), QUANTITY, PRICE)
def test_discount_tiers_never_cost_more_than_linear(rule, quantity, price):
    assert price_quantity(rule=rule, quantity=quantity, unit_price=price) <= \
        line_amount(quantity=quantity, unit_price=price)


@given(QUANTITY, PRICE)
def test_a_single_open_tier_at_100_percent_is_linear(quantity, price):
    assert price_quantity(rule=parse_pricing("tiered:*=100"), quantity=quantity, unit_price=price) == \
        line_amount(quantity=quantity, unit_price=price)


# -- rule text --------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text, tiers", [
    ("tiered:0.5=100,*=90", (Tier(500, 10_000), Tier(None, 9000))),
    ("tiered:1=100,2.5=85.5,*=70", (Tier(1000, 10_000), Tier(2500, 8550), Tier(None, 7000))),
    ("tiered: 0.25 = 100 , * = 99.99", (Tier(250, 10_000), Tier(None, 9999))),
    ("tiered:*=150", (Tier(None, 15_000),)),
    ("tiered:0.001=0,*=0.01", (Tier(1, 0), Tier(None, 1))),
])
def test_parse_pricing(text, tiers):
    rule = parse_pricing(text)
    assert rule.tiers == tiers
    assert not rule.is_linear


@pytest.mark.parametrize("text", ["", "linear", "  linear  ", None])
def test_parse_linear(text):
    assert parse_pricing(text) is LINEAR
    assert LINEAR.is_linear and LINEAR.to_text() == "linear"


@pytest.mark.parametrize("text", [
    "tiered", "tiered:", "tiered:0.5=100", "tiered:*=90,0.5=100", "tiered:0.5=100,0.5=90,*=80",
    "tiered:1=100,0.5=90,*=80", "tiered:0=100,*=90", "tiered:-1=100,*=90", "tiered:0.5,*=90",
    "tiered:0.5=100,*=-5", "tiered:0.5=100,*=90.001", "tiered:0.5=100,*=10000.01", "tiered:x=100,*=90",
    "tiered:0.5=abc,*=90", "tiered:0.0005=100,*=90", "Tiered:0.5=100,*=90", "LINEAR", "flat", "tiered:*=NaN",
    "tiered:0.5=100,*=90,", "tiered:0.5=100,,*=90",
])
def test_bad_rule_texts_are_invalid_input(text):
    with pytest.raises(InvalidInput):
        parse_pricing(text)


def test_rule_constructor_validates():
    with pytest.raises(InvalidInput):
        PricingRule(tiers=(Tier(None, 100), Tier(None, 100)))
    with pytest.raises(InvalidInput):
        PricingRule(tiers=(Tier(500, 100),))
    with pytest.raises(InvalidInput):
        PricingRule(tiers=(Tier(500, 100 * FULL_RATE + 1), Tier(None, 100)))
    assert PricingRule(tiers=(Tier(500, 100 * FULL_RATE), Tier(None, 0))).tiers[0].rate_bp == 100 * FULL_RATE


@pytest.mark.parametrize("text", ["tiered:0.5=100,*=90", "tiered:1=100,2.5=85.5,*=70", "tiered:0.001=0.01,*=9999.99",
                                  "tiered:12.345=100,*=90", "tiered:*=100"])
def test_to_text_examples_round_trip(text):
    assert parse_pricing(text).to_text() == text


@given(rules())
def test_to_text_parse_round_trip(rule):
    text = rule.to_text()
    assert parse_pricing(text) == rule
    assert text.startswith("tiered:")
