import pytest
from hypothesis import given
from hypothesis import strategies as st

from pos_app.core.portions import Sellable, low_stock_threshold, sellable, smallest_step
from pos_app.core.products import Portion

from .factories import HALF, QUARTER, piece, portioned, weighed

SIZES = st.lists(st.integers(min_value=1, max_value=5000), min_size=0, max_size=4, unique=True)


def with_sizes(sizes):
    return portioned(portions=tuple(Portion(f"p{s}", "份", "portion", s) for s in sizes), min_fraction=1)


def test_sellable_worked_example():
    # 2.6 melons: 2 whole, 5 halves, 10 quarters
    assert sellable(portioned(), level=2600) == Sellable(whole=2, portions={"half": 5, "quarter": 10})


@pytest.mark.parametrize("level", [0, -1, -2600])
def test_sellable_never_negative(level):
    assert sellable(portioned(), level=level) == Sellable(whole=0, portions={"half": 0, "quarter": 0})


def test_sellable_without_portions():
    assert sellable(piece(), level=7999) == Sellable(whole=7, portions={})
    assert sellable(weighed(), level=1234) == Sellable(whole=1, portions={})


@given(st.integers(min_value=-10**7, max_value=10**7), SIZES)
def test_sellable_is_floor_of_level_over_size(level, sizes):
    result = sellable(with_sizes(sizes), level=level)
    available = max(level, 0)
    assert result.whole >= 0
    assert result.whole * 1000 <= available < (result.whole + 1) * 1000
    assert set(result.portions) == {f"p{s}" for s in sizes}
    for size in sizes:
        count = result.portions[f"p{size}"]
        assert count >= 0
        assert count * size <= available < (count + 1) * size


def test_smallest_step():
    assert smallest_step(portioned(min_fraction=100)) == 250                   # smallest listed portion
    assert smallest_step(portioned(min_fraction=400)) == 400                   # but never below the floor
    assert smallest_step(portioned(allow_custom=True, min_fraction=100)) == 100  # custom: the floor
    assert smallest_step(weighed(min_fraction=50)) == 50
    assert smallest_step(piece()) == 1000
    assert smallest_step(portioned(portions=(), min_fraction=300)) == 300


def test_low_stock_threshold_is_the_largest_portion_or_one_unit():
    assert low_stock_threshold(portioned()) == 500
    assert low_stock_threshold(portioned(portions=(QUARTER,))) == 250
    assert low_stock_threshold(portioned(portions=(HALF, Portion("two", "两个", "two", 2000)))) == 2000
    assert low_stock_threshold(piece()) == 1000
    assert low_stock_threshold(weighed()) == 1000


@given(SIZES)
def test_low_stock_threshold_property(sizes):
    threshold = low_stock_threshold(with_sizes(sizes))
    assert threshold == (max(sizes) if sizes else 1000)
    # below the threshold, at least one portion (or the whole unit) can no longer be sold
    result = sellable(with_sizes(sizes), level=threshold - 1)
    assert min(list(result.portions.values()) + ([result.whole] if not sizes else [])) == 0
