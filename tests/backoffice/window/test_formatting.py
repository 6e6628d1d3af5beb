"""Money and quantities as the back office prints and reads them: exact, from integers, both ways."""
from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given, strategies as st

from backoffice.window.formatting import change, money, parse_amount, quantity
from pos_app.core.errors import InvalidInput


@pytest.mark.parametrize("fen, text", [(0, "¥0.00"), (5, "¥0.05"), (123456, "¥1,234.56"),
                                       (-320, "-¥3.20"), (100_000_000_00, "¥100,000,000.00")])
def test_money(fen, text):
    assert money(fen) == text


@given(st.integers(min_value=-10**15, max_value=10**15))
def test_money_reads_back_to_the_same_fen(fen):
    text = money(fen).replace("¥", "").replace(",", "")
    assert int(Decimal(text) * 100) == fen


@pytest.mark.parametrize("milli, unit, text", [(2_345, "kg", "2.345 kg"), (12_000, "piece", "12 pcs"),
                                               (500, "piece", "0.500 pcs"), (-7, "kg", "-0.007 kg"),
                                               (0, "kg", "0.000 kg")])
def test_quantity(milli, unit, text):
    assert quantity(milli, unit=unit) == text


@given(st.integers(min_value=0, max_value=10**12), st.sampled_from(["kg", "piece", "l"]))
def test_a_shown_quantity_parses_back_exactly(milli, unit):
    shown = quantity(milli, unit=unit).split(" ")[0]
    assert parse_amount(shown, unit=unit) == milli


@pytest.mark.parametrize("text", ["2.3456", "abc", "", "NaN", "0.0001"])
def test_finer_than_a_gram_or_not_a_number_is_refused(text):
    with pytest.raises(InvalidInput):
        parse_amount(text, unit="kg")


@pytest.mark.parametrize("today, before, text", [(110, 100, "+10%"), (95, 100, "-5%"), (100, 0, "—"),
                                                 (0, 100, "-100%"), (1005, 1000, "+1%"), (995, 1000, "-1%")])
def test_change_against_last_week(today, before, text):
    assert change(today, before) == text


@given(st.integers(min_value=0, max_value=10**15))
def test_the_chart_axis_ends_on_a_round_number_at_or_above_the_largest_bar(value):
    from backoffice.window.chart import nice_top
    top = nice_top(value)
    digits = str(top).rstrip("0")
    assert top >= max(value, 1) and digits in ("1", "2", "4", "5")
    smaller = [f * 10**k for k in range(17) for f in (1, 2, 4, 5) if f * 10**k < top]
    assert all(candidate < value for candidate in smaller)          # the smallest round number that fits
