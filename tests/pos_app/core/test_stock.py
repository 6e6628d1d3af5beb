import pytest
from hypothesis import given
from hypothesis import strategies as st

from pos_app.core.portions import low_stock_threshold
from pos_app.core.stock import (Movement, MovementKind, Status, count_movement, is_sold_out, level_after,
                                statuses)

from .factories import piece, portioned, weighed

S = Status


def test_level_after_sums_signed_movements():
    moves = [Movement("TOM", MovementKind.GOODS_IN, 10_000), Movement("TOM", MovementKind.SALE, -1234),
             Movement("TOM", MovementKind.REFUND, 234), Movement("TOM", MovementKind.WASTE, -500),
             Movement("TOM", MovementKind.COUNT, -100)]
    assert level_after(5000, moves) == 5000 + 10_000 - 1234 + 234 - 500 - 100
    assert level_after(5000, []) == 5000
    assert level_after(0, iter(moves)) == 8400   # any iterable, consumed once


@pytest.mark.parametrize("counted, level, delta", [(900, 1000, -100), (1500, 1000, 500), (1000, 1000, 0),
                                                   (0, -300, 300)])
def test_count_movement_is_the_signed_difference(counted, level, delta):
    move = count_movement(sku="TOM", counted=counted, level=level)
    assert move == Movement("TOM", MovementKind.COUNT, delta, "stock count")
    assert level_after(level, [move]) == counted


@given(st.integers(min_value=-10**9, max_value=10**9), st.integers(min_value=-10**9, max_value=10**9))
def test_a_count_brings_the_ledger_to_the_counted_level(counted, level):
    assert level_after(level, [count_movement(sku="X", counted=counted, level=level, reason="r")]) == counted


# -- statuses ---------------------------------------------------------------------------------------------
@pytest.mark.parametrize("level, expected", [
    (5000, [S.OK]),
    (3000, [S.OK]),                           # exactly at safety stock: not below it
    (2999, [S.REPLENISH]),
    (1000, [S.REPLENISH]),                    # one whole piece left: not low yet
    (999, [S.SOLD_OUT, S.LOW, S.REPLENISH]),  # less than one piece: cannot be sold
    (0, [S.SOLD_OUT, S.LOW, S.REPLENISH]),
    (-2000, [S.SOLD_OUT, S.LOW, S.REPLENISH]),
])
def test_piece_statuses(level, expected):
    assert statuses(piece(safety_stock=3000), level=level) == expected


@pytest.mark.parametrize("level, expected", [
    (600, [S.OK]), (500, [S.OK]),            # a half is still there
    (499, [S.LOW]),                           # the largest portion is gone: alert
    (250, [S.LOW]),                           # a quarter can still be sold
    (249, [S.SOLD_OUT, S.LOW, S.REPLENISH]),  # below the smallest sellable fraction
])
def test_portion_statuses(level, expected):
    product = portioned(min_fraction=250)
    assert low_stock_threshold(product) == 500
    assert statuses(product, level=level) == expected


@pytest.mark.parametrize("level, expected", [
    (1000, [S.OK]), (999, [S.LOW]), (50, [S.LOW]), (49, [S.SOLD_OUT, S.LOW, S.REPLENISH]),
])
def test_weight_statuses(level, expected):
    assert statuses(weighed(min_fraction=50), level=level) == expected


def test_sold_out_is_also_low_and_due_for_replenishment_even_with_an_odd_floor():
    # sold in 2 kg packs minimum, no safety stock set: at 1.5 kg it cannot be sold at all
    product = weighed(min_fraction=2000, safety_stock=0)
    assert statuses(product, level=1500) == [S.SOLD_OUT, S.LOW, S.REPLENISH]
    assert statuses(product, level=2000) == [S.OK]


@given(st.integers(min_value=-5000, max_value=20_000), st.integers(min_value=1, max_value=5000),
       st.integers(min_value=0, max_value=10_000), st.sampled_from(["piece", "weight", "portion"]))
def test_status_properties(level, min_fraction, safety, kind):
    make = {"piece": piece, "weight": weighed, "portion": portioned}[kind]
    product = make(min_fraction=min_fraction, safety_stock=safety)
    found = statuses(product, level=level)
    assert found, "never empty"
    assert (found == [S.OK]) == (level >= max(min_fraction, safety, low_stock_threshold(product)))
    assert (S.SOLD_OUT in found) == is_sold_out(product, level=level) == (level < min_fraction)
    if S.SOLD_OUT in found:
        assert found == [S.SOLD_OUT, S.LOW, S.REPLENISH]
    if S.OK not in found:
        order = [S.SOLD_OUT, S.LOW, S.REPLENISH]
        assert found == sorted(found, key=order.index)       # most urgent first, no duplicates
        assert len(set(found)) == len(found)
    assert (S.LOW in found) == (level < low_stock_threshold(product) or level < min_fraction)
    assert (S.REPLENISH in found) == (level < safety or level < min_fraction)


@given(st.integers(min_value=-5000, max_value=5000), st.integers(min_value=1, max_value=3000))
def test_is_sold_out(level, min_fraction):
    assert is_sold_out(weighed(min_fraction=min_fraction), level=level) == (level < min_fraction)
