from dataclasses import replace

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pos_app.core.basket import Basket, Discount, Part
from pos_app.core.combos import resolve
from pos_app.core.errors import InvalidInput, NotSellable, SoldOut
from pos_app.core.pricing import parse_pricing
from pos_app.core.products import ComboComponent

from .factories import baskets, catalog, combo, component_catalog, piece, portioned, weighed


def hotpot_parts():
    return resolve(combo(), catalog=catalog())


# -- adding -----------------------------------------------------------------------------------------------
def test_add_piece_weight_portion_combo_lines():
    basket = Basket()
    eggs = basket.add(piece(price=250), quantity=3000)
    toms = basket.add(weighed(price=1280), quantity=1234, weighed=True)
    half = basket.add(portioned(price=1500), portion="half", count=2)
    quarter = basket.add(portioned(price=1500), portion="quarter")
    hotpot = basket.add(combo(price=3990), combo_parts=hotpot_parts(), count=2)
    assert [line.line_no for line in basket.lines] == [1, 2, 3, 4, 5]
    assert (eggs.quantity, eggs.amount) == (3000, 750)
    assert (toms.quantity, toms.amount, toms.weighed) == (1234, 1580, True)
    assert (half.quantity, half.count, half.amount, half.portion.code) == (1000, 2, 1500, "half")
    assert (quarter.quantity, quarter.amount) == (250, 199)       # fixed portion price
    assert (hotpot.quantity, hotpot.count, hotpot.amount) == (2000, 2, 7980)
    assert basket.subtotal == basket.total == 750 + 1580 + 1500 + 199 + 7980
    assert toms.unit_price == 1280


def test_add_counts_without_a_quantity():
    basket = Basket()
    line = basket.add(piece(price=250), count=4)
    assert (line.quantity, line.amount) == (4000, 1000)


def test_add_tiered_weight_product():
    line = Basket().add(weighed(price=4000, pricing=parse_pricing("tiered:0.5=100,*=90")), quantity=1000)
    assert line.amount == 3800


def test_add_price_barcode_amount_wins():
    line = Basket().add(weighed(price=1280), quantity=500, amount=777)
    assert line.amount == 777 and line.price_embedded
    with pytest.raises(InvalidInput):
        Basket().add(weighed(), quantity=500, amount=-1)


@pytest.mark.parametrize("kwargs, error", [
    (dict(product=piece(), quantity=1500), NotSellable),
    (dict(product=piece(), quantity=0), NotSellable),
    (dict(product=piece(), count=0), NotSellable),
    (dict(product=weighed(min_fraction=100), quantity=99), NotSellable),
    (dict(product=weighed()), NotSellable),                       # a weight product needs a weight
    (dict(product=portioned(), quantity=300), NotSellable),
    (dict(product=portioned(), portion="third"), NotSellable),
    (dict(product=replace(piece(), active=False)), NotSellable),
    (dict(product=combo()), InvalidInput),                        # combo without resolved parts
])
def test_add_refusals_leave_the_basket_unchanged(kwargs, error):
    basket = Basket()
    basket.add(piece("KEEP"), quantity=1000)
    with pytest.raises(error):
        basket.add(**kwargs)
    assert [line.product.sku for line in basket.lines] == ["KEEP"]
    assert basket.add(piece(), quantity=1000).line_no == 2    # numbering not consumed by the refusal


# -- stock checks -----------------------------------------------------------------------------------------
def test_sold_out_refused_unless_a_manager_overrides():
    basket = Basket()
    product = weighed(min_fraction=50)
    with pytest.raises(SoldOut, match="sold out") as caught:
        basket.add(product, quantity=500, levels={"TOM": 49})
    assert caught.value.code == "sold_out"
    assert basket.lines == []
    line = basket.add(product, quantity=500, levels={"TOM": 49}, override_by="mgr-7")
    assert line.override_by == "mgr-7" and basket.lines == [line]


def test_unknown_level_counts_as_zero():
    with pytest.raises(SoldOut):
        Basket().add(piece(), quantity=1000, levels={})
    Basket().add(piece(), quantity=1000)    # no levels given: no check at all


def test_reserved_stock_counts_lines_already_in_the_basket():
    basket = Basket()
    product = weighed(min_fraction=1)
    levels = {"TOM": 300}
    basket.add(product, quantity=300, levels=levels)
    assert basket.reserved() == {"TOM": 300}
    with pytest.raises(SoldOut):
        basket.add(product, quantity=100, levels=levels)
    assert len(basket.lines) == 1


def test_voided_lines_release_their_reservation():
    basket = Basket()
    product = piece()
    line = basket.add(product, quantity=1000, levels={"EGG": 1000})
    with pytest.raises(SoldOut):
        basket.add(product, quantity=1000, levels={"EGG": 1000})
    basket.void(line.line_no)
    basket.add(product, quantity=1000, levels={"EGG": 1000})


def test_combo_checks_each_component():
    basket = Basket()
    levels = {"EGG": 100_000, "MELON": 100_000, "JUICE": 0}
    with pytest.raises(SoldOut, match="Juice"):
        basket.add(combo(), combo_parts=hotpot_parts(), levels=levels)
    basket.add(combo(), combo_parts=hotpot_parts(), count=3, levels={**levels, "JUICE": 3000})
    assert basket.reserved() == {"EGG": 18_000, "MELON": 750, "JUICE": 3000}
    with pytest.raises(SoldOut, match="Juice"):       # the 3 juices are in the basket already
        basket.add(piece("JUICE"), quantity=1000, levels={**levels, "JUICE": 3000})


def test_reserved_counts_a_product_used_twice_in_one_combo():
    duo = combo("DUO", components=(ComboComponent("MELON", portion="half"), ComboComponent("MELON", portion="quarter")))
    parts = resolve(duo, catalog=component_catalog())
    basket = Basket()
    basket.add(duo, combo_parts=parts, count=2)
    assert basket.reserved() == {"MELON": 1500}
    assert basket.lines[0].stock_needs() == {"MELON": 1500}
    with pytest.raises(SoldOut):   # 1.5 melons in the basket, 1.6 on record: 0.1 left, below a quarter
        basket.add(portioned(), portion="quarter", levels={"MELON": 1600})


def test_reserved_sums_across_lines():
    basket = Basket()
    basket.add(piece(), quantity=2000)
    basket.add(piece(), count=3)
    basket.add(combo(), combo_parts=hotpot_parts())
    assert basket.reserved() == {"EGG": 11_000, "MELON": 250, "JUICE": 1000}


# -- changing ---------------------------------------------------------------------------------------------
def test_void_removes_the_line():
    basket = Basket()
    a = basket.add(piece(), quantity=1000)
    b = basket.add(weighed(), quantity=500)
    assert basket.void(a.line_no) is a
    assert basket.lines == [b] and basket.voided == [a]
    assert basket.total == b.amount
    with pytest.raises(InvalidInput):
        basket.void(a.line_no)
    c = basket.add(piece(), quantity=1000)
    assert c.line_no == 3      # line numbers are never reused


def test_set_count_re_prices():
    basket = Basket()
    eggs = basket.add(piece(price=250), quantity=2000)
    half = basket.add(portioned(price=1500), portion="half")
    quarter = basket.add(portioned(price=1500), portion="quarter")
    hotpot = basket.add(combo(price=3990), combo_parts=hotpot_parts())
    tiered = basket.add(weighed(price=4000, pricing=parse_pricing("tiered:0.5=100,*=90")), quantity=1000)
    assert basket.set_count(eggs.line_no, count=5).amount == 1250
    assert (basket.line(half.line_no).amount, basket.set_count(half.line_no, count=3).amount) == (750, 2250)
    assert basket.line(half.line_no).quantity == 1500
    assert basket.set_count(quarter.line_no, count=4).amount == 796
    new = basket.set_count(hotpot.line_no, count=2)
    assert (new.amount, new.quantity, new.count) == (7980, 2000, 2)
    assert basket.reserved()["JUICE"] == 2000
    assert basket.set_count(tiered.line_no, count=2).amount == 7400     # re-priced by the rule
    assert basket.total == 1250 + 2250 + 796 + 7980 + 7400
    assert [line.line_no for line in basket.lines] == [1, 2, 3, 4, 5]   # position kept


@pytest.mark.parametrize("add, error", [
    (dict(product=weighed(), quantity=1000, weighed=True), NotSellable),
    (dict(product=weighed(), quantity=1000, amount=500), NotSellable),
    (dict(product=portioned(allow_custom=True), quantity=300), NotSellable),
])
def test_set_count_refusals(add, error):
    basket = Basket()
    line = basket.add(**add)
    with pytest.raises(error):
        basket.set_count(line.line_no, count=2)
    assert basket.lines == [line]


def test_set_count_must_be_positive():
    basket = Basket()
    line = basket.add(piece(), quantity=1000)
    with pytest.raises(NotSellable):
        basket.set_count(line.line_no, count=0)


def test_set_count_below_a_fixed_line_discount_is_refused():
    basket = Basket()
    line = basket.add(piece(price=250), quantity=4000)
    basket.discount_line(line.line_no, discount=Discount("bulk", amount=600))
    with pytest.raises(InvalidInput):
        basket.set_count(line.line_no, count=2)          # 500 < 600
    assert basket.line(line.line_no).amount == 1000      # unchanged
    assert basket.total == 400


# -- discounts --------------------------------------------------------------------------------------------
def test_discount_validation():
    with pytest.raises(InvalidInput):
        Discount("x")
    with pytest.raises(InvalidInput):
        Discount("x", percent_bp=10, amount=10)
    with pytest.raises(InvalidInput):
        Discount(" ", amount=10)
    for bad in (0, -1, 10_001):
        with pytest.raises(InvalidInput):
            Discount("x", percent_bp=bad)
    for bad in (0, -5):
        with pytest.raises(InvalidInput):
            Discount("x", amount=bad)
    assert Discount("x", percent_bp=1000).of(999) == 100
    assert Discount("x", percent_bp=10_000).of(999) == 999
    assert Discount("x", amount=999).of(999) == 999


def test_line_and_basket_discounts_worked_example():
    basket = Basket()
    a = basket.add(piece(price=1000), quantity=1000)
    b = basket.add(piece("B", price=2000), quantity=1000)
    basket.discount_line(a.line_no, discount=Discount("damaged", percent_bp=1000))
    assert basket.line(a.line_no).discount_amount == 100
    assert basket.subtotal == 2900
    basket.discount_basket(Discount("member", amount=100))
    assert basket.basket_discount == 100
    assert basket.total == 2800
    assert basket.line_nets() == [900 - 31, 2000 - 69]    # 100 × 900/2900 = 31.03, × 2000/2900 = 68.97
    assert sum(basket.line_nets()) == basket.total
    basket.discount_basket(None)
    basket.discount_line(b.line_no, discount=None)
    assert basket.total == 2900


def test_discount_larger_than_its_base_is_refused():
    basket = Basket()
    line = basket.add(piece(price=250), quantity=1000)
    with pytest.raises(InvalidInput, match="more than what it discounts"):
        basket.discount_line(line.line_no, discount=Discount("x", amount=251))
    assert basket.line(line.line_no).discount is None
    basket.discount_line(line.line_no, discount=Discount("x", amount=50))
    with pytest.raises(InvalidInput):
        basket.discount_basket(Discount("x", amount=201))
    assert basket.discount is None and basket.total == 200
    basket.discount_basket(Discount("x", amount=200))
    assert basket.total == 0 and basket.line_nets() == [0]


def test_voiding_below_a_fixed_basket_discount_is_refused_and_keeps_the_basket_consistent():
    basket = Basket()
    a = basket.add(piece(price=1000), quantity=1000)
    b = basket.add(piece("B", price=200), quantity=1000)
    basket.discount_basket(Discount("coupon", amount=500))
    with pytest.raises(InvalidInput):
        basket.void(a.line_no)
    assert basket.lines == [a, b] and basket.voided == []
    assert basket.total == 700
    with pytest.raises(InvalidInput):
        basket.discount_line(a.line_no, discount=Discount("damaged", amount=800))   # subtotal would be 400
    assert basket.total == 700
    basket.void(b.line_no)
    assert basket.total == 500


def test_empty_basket():
    basket = Basket()
    assert (basket.subtotal, basket.total, basket.line_nets(), basket.parts(), basket.reserved()) == (0, 0, [], [], {})
    with pytest.raises(InvalidInput):
        basket.line(1)


def test_parts_of_piece_and_combo_lines():
    basket = Basket()
    basket.add(piece(price=250, tax_rate=900), quantity=2000)
    basket.add(combo(price=2349), combo_parts=hotpot_parts(), count=1)   # = list prices, so shares are exact
    assert basket.parts() == [
        Part("EGG", 2000, 500, 900),
        Part("EGG", 6000, 1500, 900), Part("MELON", 250, 199, 900), Part("JUICE", 1000, 650, 1300),
    ]


# -- properties -------------------------------------------------------------------------------------------
@settings(max_examples=200, deadline=None)
@given(baskets())
def test_line_nets_sum_exactly_to_the_total(basket):
    nets = basket.line_nets()
    assert len(nets) == len(basket.lines)
    assert sum(nets) == basket.total
    assert basket.total == basket.subtotal - basket.basket_discount
    assert 0 <= basket.total <= sum(line.amount for line in basket.lines)
    for line, net in zip(basket.lines, nets):
        assert 0 <= net <= line.net_before_basket <= line.amount


@settings(max_examples=200, deadline=None)
@given(baskets())
def test_parts_sum_to_line_nets_and_carry_stock(basket):
    for line, net in zip(basket.lines, basket.line_nets()):
        parts = line.parts(net)
        assert sum(part.amount for part in parts) == net
        assert all(part.amount >= 0 for part in parts)
        needs = {}
        for part in parts:
            needs[part.sku] = needs.get(part.sku, 0) + part.quantity
        assert needs == line.stock_needs()
    assert sum(part.amount for part in basket.parts()) == basket.total


@settings(max_examples=100, deadline=None)
@given(baskets(min_lines=1), st.data())
def test_void_and_set_count_keep_the_totals_exact(basket, data):
    line = data.draw(st.sampled_from(basket.lines))
    if data.draw(st.booleans()):
        try:
            basket.void(line.line_no)
        except InvalidInput:
            assert basket.discount is not None and basket.discount.amount is not None
    else:
        try:
            basket.set_count(line.line_no, count=data.draw(st.integers(min_value=1, max_value=5)))
        except (NotSellable, InvalidInput):
            pass
    assert sum(basket.line_nets()) == basket.total
    assert sum(part.amount for part in basket.parts()) == basket.total
