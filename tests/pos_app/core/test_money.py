from decimal import ROUND_HALF_UP, Decimal, localcontext
from fractions import Fraction

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pos_app.core.errors import InvalidInput, PosError
from pos_app.core.money import (CNY, Currency, allocate, div_round, format_rate, parse_rate, percent_of,
                                round_cash, tax_included)

BIG = st.integers(min_value=-10**30, max_value=10**30)
NONZERO = st.integers(min_value=-10**12, max_value=10**12).filter(bool)


def oracle_round(numerator: int, denominator: int) -> int:
    """Half away from zero of the exact fraction, by decimal with ample precision."""
    with localcontext() as ctx:
        ctx.prec = 200
        exact = Decimal(numerator) / Decimal(denominator)
        return int(exact.quantize(Decimal(1), rounding=ROUND_HALF_UP))


# -- div_round --------------------------------------------------------------------------------------------
@pytest.mark.parametrize("numerator, denominator, expected", [
    (5, 2, 3), (-5, 2, -3), (5, -2, -3), (-5, -2, 3),
    (7, 2, 4), (3, 2, 2), (1, 2, 1), (-1, 2, -1),
    (1, 3, 0), (2, 3, 1), (-2, 3, -1), (-1, 3, 0),
    (0, 7, 0), (12345, 1000, 12), (12500, 1000, 13), (-12500, 1000, -13), (12499, 1000, 12),
])
def test_div_round_half_away_from_zero(numerator, denominator, expected):
    assert div_round(numerator, denominator) == expected


def test_div_round_by_zero():
    with pytest.raises(ZeroDivisionError):
        div_round(1, 0)


@given(BIG, NONZERO)
def test_div_round_matches_decimal_half_up_oracle(numerator, denominator):
    assert div_round(numerator, denominator) == oracle_round(numerator, denominator)


@given(BIG, NONZERO)
def test_div_round_is_within_half_of_exact_and_returns_int(numerator, denominator):
    result = div_round(numerator, denominator)
    assert type(result) is int
    assert abs(Fraction(result) - Fraction(numerator, denominator)) <= Fraction(1, 2)


@given(BIG, NONZERO)
def test_div_round_is_odd_symmetric(numerator, denominator):
    assert div_round(-numerator, denominator) == -div_round(numerator, denominator)


# -- round_cash -------------------------------------------------------------------------------------------
@pytest.mark.parametrize("amount, step, expected", [
    (1234, 10, 1230), (1235, 10, 1240), (1236, 10, 1240), (1230, 10, 1230),
    (-1235, 10, -1240), (-1234, 10, -1230), (4, 10, 0), (5, 10, 10),
    (1249, 50, 1250), (1224, 50, 1200), (1225, 50, 1250), (1234, 100, 1200), (1250, 100, 1300),
])
def test_round_cash_examples(amount, step, expected):
    assert round_cash(amount, step=step) == expected


@pytest.mark.parametrize("step", [1, 0, -10])
def test_round_cash_step_one_or_less_is_exact(step):
    assert round_cash(1234, step=step) == 1234


@given(st.integers(min_value=-10**12, max_value=10**12), st.integers(min_value=2, max_value=1000))
def test_round_cash_properties(amount, step):
    rounded = round_cash(amount, step=step)
    assert rounded % step == 0
    assert 2 * abs(rounded - amount) <= step
    assert rounded == oracle_round(amount, step) * step


# -- percent_of -------------------------------------------------------------------------------------------
@pytest.mark.parametrize("amount, bp, expected", [
    (1000, 1000, 100), (999, 1000, 100), (994, 1000, 99), (1005, 50, 5), (1, 5000, 1), (1, 4999, 0),
    (1000, 10_000, 1000), (1000, 0, 0), (-999, 1000, -100),
])
def test_percent_of(amount, bp, expected):
    assert percent_of(amount, basis_points=bp) == expected


@given(st.integers(min_value=-10**12, max_value=10**12), st.integers(min_value=0, max_value=10_000))
def test_percent_of_matches_oracle(amount, bp):
    assert percent_of(amount, basis_points=bp) == oracle_round(amount * bp, 10_000)


# -- allocate ---------------------------------------------------------------------------------------------
def test_allocate_largest_remainder_worked_examples():
    assert allocate(100, weights=[1, 1, 1]) == [34, 33, 33]
    assert allocate(-100, weights=[1, 1, 1]) == [-34, -33, -33]
    assert allocate(10, weights=[3, 3, 4]) == [3, 3, 4]
    assert allocate(5, weights=[1, 2]) == [2, 3]            # 1.67 / 3.33: the larger remainder is the 1st
    assert allocate(7, weights=[0, 5, 0]) == [0, 7, 0]
    assert allocate(3, weights=[0, 0]) == [2, 1]            # all-zero weights: split evenly, earlier first
    assert allocate(0, weights=[]) == []
    assert allocate(0, weights=[5, 7]) == [0, 0]


def test_allocate_refuses_bad_weights():
    with pytest.raises(ValueError):
        allocate(5, weights=[])
    with pytest.raises(ValueError):
        allocate(5, weights=[3, -1])


@given(st.integers(min_value=-10**9, max_value=10**9),
       st.lists(st.integers(min_value=0, max_value=10**7), min_size=1, max_size=12))
def test_allocate_sums_exactly_and_each_part_is_within_one_of_its_share(total, weights):
    parts = allocate(total, weights=weights)
    assert len(parts) == len(weights)
    assert sum(parts) == total
    weight_sum = sum(weights) or len(weights)
    effective = weights if sum(weights) else [1] * len(weights)
    for part, weight in zip(parts, effective):
        share = Fraction(total * weight, weight_sum)
        assert abs(part - share) < 1
        if weight == 0:
            assert part == 0
    # deterministic, and symmetric in sign
    assert allocate(total, weights=list(weights)) == parts
    assert allocate(-total, weights=weights) == [-p for p in parts]


@given(st.integers(min_value=0, max_value=10**9),
       st.lists(st.integers(min_value=0, max_value=10**7), min_size=1, max_size=12))
def test_allocate_of_a_non_negative_total_has_no_negative_part(total, weights):
    assert all(part >= 0 for part in allocate(total, weights=weights))


@given(st.lists(st.integers(min_value=0, max_value=10**7), min_size=1, max_size=12))
def test_allocate_by_parts_own_amounts_returns_them(weights):
    assert allocate(sum(weights), weights=weights) == weights


# -- tax_included -----------------------------------------------------------------------------------------
@pytest.mark.parametrize("gross, rate_bp, expected", [
    (10900, 900, 900), (1000, 900, 83), (1000, 1300, 115), (1, 900, 0), (100, 0, 0), (0, 1300, 0),
    (-1000, 900, -83),
    # a tie: ¥0.03 at 100 % has a net of 1.5 -> 2 fen, so the tax is 1 fen (rounding the tax itself would say 2)
    (3, 10_000, 1), (1, 10_000, 0),
])
def test_tax_included_examples(gross, rate_bp, expected):
    assert tax_included(gross, rate_bp=rate_bp) == expected


@given(st.integers(min_value=-10**12, max_value=10**12), st.integers(min_value=0, max_value=10_000))
def test_tax_included_matches_decimal_oracle(gross, rate_bp):
    with localcontext() as ctx:
        ctx.prec = 100
        net = (Decimal(gross) / (1 + Decimal(rate_bp) / 10_000)).quantize(Decimal(1), rounding=ROUND_HALF_UP)
    assert tax_included(gross, rate_bp=rate_bp) == gross - int(net)


@given(st.integers(min_value=0, max_value=10**12), st.integers(min_value=0, max_value=10_000))
def test_tax_included_is_between_zero_and_gross(gross, rate_bp):
    tax = tax_included(gross, rate_bp=rate_bp)
    assert 0 <= tax <= gross


# -- Currency ---------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text, expected", [
    ("12.8", 1280), ("12.80", 1280), ("12", 1200), ("0.01", 1), ("-3.5", -350), ("  7.25 ", 725),
    ("¥12.30", 1230), ("1,234.56", 123456), ("0", 0), ("1e2", 10000), (5, 500), (Decimal("1.23"), 123),
    ("12.300", 1230),  # trailing zeros are not extra precision
])
def test_parse(text, expected):
    assert CNY.parse(text) == expected


@pytest.mark.parametrize("text", [
    "12.345", "0.001", "1.0000000000000000000000000001", "0.0000000000000000000000000000001",
    "123456789012345678901234567890.001",
])
def test_parse_refuses_more_decimals_than_the_currency_has(text):
    with pytest.raises(InvalidInput):
        CNY.parse(text)


@pytest.mark.parametrize("text", [
    "NaN", "nan", "sNaN", "Infinity", "-Infinity", "inf", "", "   ", "abc", "12,3a", "1.2.3", "--1", "¥",
    "1e999999", "-1e999999", True, False,
])
def test_parse_refuses_garbage_with_invalid_input(text):
    with pytest.raises(InvalidInput) as caught:
        CNY.parse(text)
    assert caught.value.code == "invalid_input"
    assert isinstance(caught.value, PosError)


@given(st.text(max_size=12))
def test_parse_of_any_text_returns_int_or_raises_invalid_input(text):
    try:
        result = CNY.parse(text)
    except InvalidInput:
        return
    assert type(result) is int


@pytest.mark.parametrize("minor, symbol, expected", [
    (1280, False, "12.80"), (5, False, "0.05"), (0, False, "0.00"), (-5, False, "-0.05"),
    (-123456, True, "-¥1234.56"), (100, True, "¥1.00"),
])
def test_format(minor, symbol, expected):
    assert CNY.format(minor, symbol=symbol) == expected


def test_other_exponents():
    yen = Currency(code="JPY", exponent=0, symbol="¥")
    assert yen.format(1234) == "1234"
    assert yen.parse("1234") == 1234
    with pytest.raises(InvalidInput):
        yen.parse("12.5")
    dinar = Currency(code="KWD", exponent=3, symbol="KD")
    assert dinar.format(-1005, symbol=True) == "-KD1.005"
    assert dinar.parse("1.005") == 1005


@given(st.integers(min_value=-10**20, max_value=10**20), st.booleans())
def test_format_parse_round_trip(minor, symbol):
    text = CNY.format(minor, symbol=symbol)
    assert CNY.parse(text) == minor
    assert text.count(".") == 1 and len(text.split(".")[1]) == 2


@given(st.decimals(allow_nan=False, allow_infinity=False, places=2, min_value=-10**9, max_value=10**9))
def test_parse_of_two_place_decimals_is_exact(value):
    assert CNY.parse(str(value)) == int(value * 100)
    assert Decimal(CNY.format(CNY.parse(str(value)))) == value


@given(st.integers(min_value=-10**9, max_value=10**9), st.integers(min_value=1, max_value=10**6))
def test_parse_refuses_a_third_decimal(whole_fen, extra):
    text = f"{CNY.format(whole_fen)}{extra}"   # '12.34' + '5' -> '12.345': finer than a fen unless extra is 0s
    if int(str(extra).rstrip("0") or "0") == 0:
        return
    with pytest.raises(InvalidInput):
        CNY.parse(text)


# -- rates ------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text, expected", [
    ("9", 900), ("9%", 900), (" 9.5 % ", 950), ("0", 0), ("100", 10_000), ("13", 1300), ("0.01", 1), (6, 600),
])
def test_parse_rate(text, expected):
    assert parse_rate(text) == expected


@pytest.mark.parametrize("text", ["-1", "100.01", "9.001", "abc", "NaN", "inf", "", "%",
                                  "9.0000000000000000000000000001", "1e999999"])
def test_parse_rate_refuses(text):
    with pytest.raises(InvalidInput):
        parse_rate(text)


@pytest.mark.parametrize("bp, expected", [(900, "9%"), (950, "9.5%"), (905, "9.05%"), (0, "0%"), (10_000, "100%"),
                                          (1, "0.01%")])
def test_format_rate(bp, expected):
    assert format_rate(bp) == expected


@given(st.integers(min_value=0, max_value=10_000))
def test_rate_round_trip(bp):
    assert parse_rate(format_rate(bp)) == bp
