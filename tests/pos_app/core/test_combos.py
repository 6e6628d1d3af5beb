import pytest
from hypothesis import given
from hypothesis import strategies as st

from pos_app.core.combos import ComboPart, allocate_revenue, resolve, sellable_combos
from pos_app.core.errors import InvalidInput, NotSellable
from pos_app.core.products import ComboComponent

from .factories import catalog, combo, piece, portioned, weighed


def test_resolve_worked_example():
    parts = resolve(combo(), catalog=catalog())
    assert [(p.product.sku, p.quantity, p.list_price) for p in parts] == [
        ("EGG", 6000, 1500),      # 6 eggs × ¥2.50
        ("MELON", 250, 199),      # a quarter at its fixed price
        ("JUICE", 1000, 650),
    ]


def test_resolve_portion_priced_by_rule_and_weighed_component():
    products = {"MELON": portioned(price=1500), "TOM": weighed(price=1280)}
    parts = resolve(combo(components=(ComboComponent("MELON", portion="half"), ComboComponent("TOM", 500))),
                    catalog=products)
    assert [(p.quantity, p.list_price) for p in parts] == [(500, 750), (500, 640)]


def test_resolve_unknown_sku():
    with pytest.raises(InvalidInput, match="unknown product NOPE"):
        resolve(combo(components=(ComboComponent("NOPE", 1000),)), catalog=catalog())


def test_resolve_refuses_nested_combo():
    products = catalog()
    with pytest.raises(InvalidInput, match="another combo"):
        resolve(combo("BIG", components=(ComboComponent("HOTPOT", 1000),)), catalog=products)


@pytest.mark.parametrize("quantity", [0, -1000])
def test_resolve_refuses_component_without_quantity(quantity):
    with pytest.raises(InvalidInput, match="quantity above zero"):
        resolve(combo(components=(ComboComponent("EGG", quantity),)), catalog=catalog())


def test_resolve_unknown_portion():
    with pytest.raises(NotSellable):
        resolve(combo(components=(ComboComponent("MELON", portion="third"),)), catalog=catalog())


def test_allocate_revenue_worked_example():
    parts = resolve(combo(), catalog=catalog())      # list prices 1500, 199, 650 (sum 2349)
    shares = allocate_revenue(1990, parts=parts)
    assert sum(shares) == 1990
    assert shares == [1271, 168, 551]   # 1270.75, 168.59, 550.66: the 2 fen left go to .75 and .66


def test_allocate_revenue_with_free_components_splits_evenly():
    free = piece("FREE", price=0)
    parts = [ComboPart(free, 1000, 0), ComboPart(free, 1000, 0)]
    assert allocate_revenue(101, parts=parts) == [51, 50]


@given(st.integers(min_value=0, max_value=10**7),
       st.lists(st.integers(min_value=0, max_value=10**6), min_size=1, max_size=6))
def test_allocate_revenue_sums_exactly_to_the_combo_price(amount, list_prices):
    parts = [ComboPart(piece(f"S{i}"), 1000, price) for i, price in enumerate(list_prices)]
    shares = allocate_revenue(amount, parts=parts)
    assert sum(shares) == amount
    assert all(share >= 0 for share in shares)
    total = sum(list_prices)
    if total:
        for share, price in zip(shares, list_prices):
            assert abs(share * total - amount * price) < total   # within a fen of the pro-rata share


# -- sellable_combos --------------------------------------------------------------------------------------
def test_sellable_combos_is_the_scarcest_component():
    parts = resolve(combo(), catalog=catalog())      # 6 eggs, ¼ melon, 1 juice
    levels = {"EGG": 30_000, "MELON": 1000, "JUICE": 10_000}
    assert sellable_combos(parts, levels=levels) == 4         # melon: 1000 // 250
    assert sellable_combos(parts, levels={**levels, "EGG": 11_999}) == 1
    assert sellable_combos(parts, levels={**levels, "JUICE": -3000}) == 0
    assert sellable_combos(parts, levels={"EGG": 30_000, "MELON": 1000}) == 0   # no juice on record
    assert sellable_combos([], levels=levels) == 0


@given(st.lists(st.tuples(st.integers(min_value=1, max_value=5000), st.integers(min_value=-10**5, max_value=10**6)),
                min_size=1, max_size=5))
def test_sellable_combos_is_min_floor(spec):
    parts = [ComboPart(piece(f"S{i}"), quantity, 0) for i, (quantity, _) in enumerate(spec)]
    levels = {f"S{i}": level for i, (_, level) in enumerate(spec)}
    n = sellable_combos(parts, levels=levels)
    assert n >= 0
    # n combos fit in every component's stock, n + 1 do not fit in at least one
    assert all(n * q <= max(level, 0) for q, level in spec)
    assert any((n + 1) * q > max(level, 0) for q, level in spec)
