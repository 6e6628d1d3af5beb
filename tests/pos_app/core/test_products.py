from dataclasses import replace

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pos_app.core.errors import InvalidInput, NotSellable
from pos_app.core.pricing import parse_pricing
from pos_app.core.products import ComboComponent, Portion, SoldBy
from pos_app.core.quantity import Unit

from .factories import HALF, QUARTER, combo, piece, portioned, weighed


# -- check_quantity ---------------------------------------------------------------------------------------
@pytest.mark.parametrize("quantity", [0, -1000, -1])
@pytest.mark.parametrize("product", [piece(), weighed(), portioned(allow_custom=True), combo()],
                         ids=["piece", "weight", "portion", "combo"])
def test_zero_or_negative_quantity_refused(product, quantity):
    with pytest.raises(NotSellable, match="more than zero"):
        product.check_quantity(quantity)


@pytest.mark.parametrize("quantity", [500, 1500, 999, 1])
@pytest.mark.parametrize("product", [piece(), combo()], ids=["piece", "combo"])
def test_piece_and_combo_refuse_fractions(product, quantity):
    with pytest.raises(NotSellable, match="whole pieces"):
        product.check_quantity(quantity)


@pytest.mark.parametrize("quantity", [1000, 2000, 12_000])
def test_piece_accepts_whole_units(quantity):
    piece().check_quantity(quantity)
    combo().check_quantity(quantity)


def test_piece_below_min_fraction_refused():
    product = piece(min_fraction=2000)    # sold in pairs at least
    with pytest.raises(NotSellable, match="below the smallest"):
        product.check_quantity(1000)
    product.check_quantity(2000)


@pytest.mark.parametrize("quantity", [1, 49, 99])
def test_weight_below_min_fraction_refused(quantity):
    with pytest.raises(NotSellable, match="below the smallest sellable quantity, 0.100 kg"):
        weighed(min_fraction=100).check_quantity(quantity)


@pytest.mark.parametrize("quantity", [100, 101, 1234, 50_000])
def test_weight_at_or_above_min_fraction_accepted(quantity):
    weighed(min_fraction=100).check_quantity(quantity)


def test_weight_default_min_fraction_is_one_base_unit():
    product = replace(weighed(), min_fraction=1000)
    with pytest.raises(NotSellable):
        product.check_quantity(999)


@pytest.mark.parametrize("quantity", [500, 250, 1000, 3000])
def test_portion_product_accepts_listed_portions_and_whole_units(quantity):
    portioned().check_quantity(quantity)


@pytest.mark.parametrize("quantity", [300, 750, 1500, 1250])
def test_portion_product_without_custom_refuses_other_fractions(quantity):
    with pytest.raises(NotSellable, match="listed portions"):
        portioned().check_quantity(quantity)


@pytest.mark.parametrize("quantity", [300, 750, 1500, 1234])
def test_portion_product_with_custom_accepts_any_fraction_above_floor(quantity):
    portioned(allow_custom=True).check_quantity(quantity)


def test_portion_product_custom_below_floor_refused():
    with pytest.raises(NotSellable, match="below the smallest"):
        portioned(allow_custom=True, min_fraction=250).check_quantity(249)


def test_portion_listed_but_below_floor_still_refused():
    product = portioned(portions=(Portion("tiny", "小", "tiny", 100),), min_fraction=250)
    with pytest.raises(NotSellable):
        product.check_quantity(100)


@given(st.integers(min_value=-5000, max_value=50_000))
def test_check_quantity_agrees_with_the_rules_for_pieces(quantity):
    product = piece(min_fraction=1000)
    ok = quantity > 0 and quantity % 1000 == 0
    try:
        product.check_quantity(quantity)
        assert ok
    except NotSellable:
        assert not ok


@given(st.integers(min_value=-5000, max_value=50_000))
def test_check_quantity_agrees_with_the_rules_for_portions(quantity):
    product = portioned(min_fraction=250)
    ok = quantity >= 250 and (quantity % 1000 == 0 or quantity in (250, 500))
    try:
        product.check_quantity(quantity)
        assert ok
    except NotSellable:
        assert not ok


# -- portions and prices ----------------------------------------------------------------------------------
def test_portion_lookup():
    product = portioned()
    assert product.portion("half") is HALF
    assert product.portion("quarter") is QUARTER
    with pytest.raises(NotSellable, match="half, quarter"):
        product.portion("third")
    with pytest.raises(NotSellable, match="none"):
        piece().portion("half")


def test_portion_price_fixed_vs_rule():
    product = portioned(price=1500)
    assert product.portion_price(QUARTER) == 199                    # fixed price wins
    assert product.portion_price(HALF) == 750                       # ½ × ¥15.00 by the rule
    assert product.portion_price(Portion("third", "三分之一", "third", 333)) == 500  # 499.5 -> 500
    zero = Portion("free", "送", "free", 500, price=0)
    assert product.portion_price(zero) == 0                         # a fixed 0 is not "no price"


def test_portion_price_uses_the_products_pricing_rule():
    product = weighed(price=4000, pricing=parse_pricing("tiered:0.5=100,*=90"))
    kilo = Portion("1kg", "一公斤", "1 kg", 1000)
    assert product.portion_price(kilo) == 3800
    assert product.price_of(1000) == 3800
    assert weighed(price=4000).price_of(1000) == 4000


def test_is_combo():
    assert combo().is_combo
    assert not piece().is_combo and not portioned().is_combo


# -- validate ---------------------------------------------------------------------------------------------
@pytest.mark.parametrize("product", [piece(), weighed(), portioned(), portioned(allow_custom=True), combo(),
                                     weighed(price=0, cost=0)],
                         ids=["piece", "weight", "portion", "custom", "combo", "free"])
def test_valid_products_pass(product):
    product.validate()


@pytest.mark.parametrize("change, message", [
    (dict(sku="  "), "SKU"),
    (dict(name_zh="", name_en=""), "name"),
    (dict(price=-1), "negative"),
    (dict(cost=-1), "negative"),
    (dict(min_fraction=0), "smallest sellable"),
    (dict(min_fraction=-5), "smallest sellable"),
    (dict(allow_custom=True), "Custom fractions"),
    (dict(components=(ComboComponent("EGG", 1000),)), "Only combos"),
])
def test_invalid_piece_products(change, message):
    with pytest.raises(InvalidInput, match=message):
        replace(piece(), **change).validate()


def test_a_name_in_either_language_is_enough():
    replace(piece(), name_zh="").validate()
    replace(piece(), name_en="").validate()


def test_weight_product_needs_a_measure_unit():
    with pytest.raises(InvalidInput, match="kg, g, l or ml"):
        replace(weighed(), unit=Unit.PIECE).validate()
    for unit in (Unit.KG, Unit.G, Unit.L, Unit.ML):
        replace(weighed(), unit=unit).validate()


def test_combo_needs_components():
    with pytest.raises(InvalidInput, match="components"):
        replace(combo(), components=()).validate()


@pytest.mark.parametrize("portions, message", [
    ((HALF, replace(QUARTER, code="half")), "unique"),
    ((replace(HALF, size=0),), "above zero"),
    ((replace(HALF, size=-500),), "above zero"),
    ((replace(HALF, size=100),), "smaller than the smallest"),
    ((replace(HALF, price=-1),), "negative price"),
])
def test_invalid_portions(portions, message):
    with pytest.raises(InvalidInput, match=message):
        portioned(portions=portions, min_fraction=250).validate()


def test_products_are_immutable_values():
    product = piece()
    with pytest.raises(AttributeError):
        product.price = 1  # type: ignore[misc]
    assert piece() == product
    assert replace(product, extra={"note": "x"}) == product   # extra is not part of identity
    assert hash(replace(product, extra={"note": "x"})) == hash(product)
    assert SoldBy("weight") is SoldBy.WEIGHT
