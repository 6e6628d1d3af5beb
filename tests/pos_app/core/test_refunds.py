from collections import Counter
from dataclasses import replace

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pos_app.core.basket import Basket, Discount
from pos_app.core.combos import resolve
from pos_app.core.errors import RefundError
from pos_app.core.products import ComboComponent
from pos_app.core.refunds import RefundItem, build_refund, refunded_so_far
from pos_app.core.sale import Sale, SaleKind, build_sale
from pos_app.core.stock import MovementKind
from pos_app.core.tenders import TenderKind, TenderRequest, settle

from .factories import AT, baskets, catalog, combo, component_catalog, piece, portioned, weighed


def sell(basket: Basket, uuid: str = "sale-1") -> Sale:
    settlement = settle(total=basket.total, requests=[TenderRequest(TenderKind.CARD)] if basket.total else [])
    return build_sale(basket, settlement, uuid=uuid, at=AT, cashier="c1", till="t1")


def refund(original: Sale, items, earlier=(), *, uuid: str = "r-1", **kw) -> Sale:
    return build_refund(original, items=list(items), earlier=list(earlier), uuid=uuid, at=AT, cashier="c2",
                        till="t1", **kw)


def sample_sale() -> Sale:
    basket = Basket()
    basket.add(piece(price=250), quantity=3000)                         # line 1: 3 eggs, ¥7.50
    basket.add(weighed(price=1000), quantity=1001, weighed=True)        # line 2: 1.001 kg, ¥10.01
    basket.add(portioned(price=1500), portion="half", count=3)          # line 3: 3 halves, ¥22.50
    basket.add(combo(price=2000), combo_parts=resolve(combo(), catalog=catalog()), count=2)   # line 4
    return sell(basket)


# -- single refunds ---------------------------------------------------------------------------------------
def test_full_refund_of_one_line():
    sale = sample_sale()
    r = refund(sale, [RefundItem(1, 3000)])
    assert (r.kind, r.original_uuid, r.uuid, r.cashier) == (SaleKind.REFUND, "sale-1", "r-1", "c2")
    line = r.lines[0]
    assert (line.line_no, line.origin_line, line.quantity, line.net, line.amount, line.count) == (1, 1, -3000, -750, -750, -1)
    assert line.disposition == "restock"
    assert r.total == -750
    assert r.tenders[0].kind is TenderKind.CASH and r.tenders[0].amount == -750
    assert (r.rounding, r.change) == (0, 0)
    assert [(t.rate, t.gross) for t in r.taxes] == [(900, -750)]
    assert r.movements() == [replace(r.movements()[0], kind=MovementKind.REFUND, quantity=3000)]


def test_partial_refund_amount_is_pro_rata_rounded_once():
    sale = sample_sale()
    r = refund(sale, [RefundItem(2, 500)])          # half of 1.001 kg for ¥10.01: 5.0000 -> 500
    assert r.lines[0].net == -500
    r2 = refund(sale, [RefundItem(2, 501)], [r], uuid="r-2")
    assert r2.lines[0].net == -501                  # the rest: exactly what is left of ¥10.01


def test_refund_to_card_is_exact_and_cash_is_rounded():
    sale = sample_sale()
    cash = refund(sale, [RefundItem(2, 1001)], cash_step=10)
    assert (cash.total, cash.tenders[0].amount, cash.rounding) == (-1001, -1000, 1)
    card = refund(sale, [RefundItem(2, 1001)], cash_step=10, tender=TenderKind.CARD, reference="T-9")
    assert (card.total, card.tenders[0].amount, card.rounding, card.tenders[0].reference) == (-1001, -1001, 0, "T-9")


def test_portion_lines_refund_whole_portions():
    sale = sample_sale()
    r = refund(sale, [RefundItem(3, 1000)])
    assert (r.lines[0].quantity, r.lines[0].count, r.lines[0].net, r.lines[0].portion) == (-1000, -2, -1500, "half")
    with pytest.raises(RefundError, match="whole units of 0.500"):
        refund(sale, [RefundItem(3, 250)])


@pytest.mark.parametrize("line_no, quantity", [(1, 500), (1, 1), (4, 1500), (2, 0), (2, -1)])
def test_piece_and_combo_lines_refund_only_whole_units(line_no, quantity):
    with pytest.raises(RefundError, match="whole units"):
        refund(sample_sale(), [RefundItem(line_no, quantity)])


def test_combo_refund_moves_the_components_back():
    sale = sample_sale()
    r = refund(sale, [RefundItem(4, 1000)])
    assert [(p.sku, p.quantity) for p in r.lines[0].parts] == [("EGG", -6000), ("MELON", -250), ("JUICE", -1000)]
    assert sum(p.amount for p in r.lines[0].parts) == r.lines[0].net == -2000   # one set of two
    assert [(m.sku, m.kind, m.quantity) for m in r.movements()] == [
        ("EGG", MovementKind.REFUND, 6000), ("MELON", MovementKind.REFUND, 250), ("JUICE", MovementKind.REFUND, 1000)]


def test_waste_disposition_writes_the_return_off():
    sale = sample_sale()
    r = refund(sale, [RefundItem(2, 400, "waste"), RefundItem(1, 1000, "restock")])
    moves = r.movements()
    assert [(m.sku, m.kind, m.quantity) for m in moves] == [
        ("TOM", MovementKind.REFUND, 400), ("TOM", MovementKind.WASTE, -400), ("EGG", MovementKind.REFUND, 1000)]
    assert sum(m.quantity for m in moves if m.sku == "TOM") == 0
    assert moves[1].reason
    assert r.lines[0].disposition == "waste"


def test_waste_of_a_combo_nets_to_zero_per_component():
    r = refund(sample_sale(), [RefundItem(4, 2000, "waste")])
    net = Counter()
    for m in r.movements():
        net[m.sku] += m.quantity
    assert set(net) == {"EGG", "MELON", "JUICE"} and not any(net.values())
    assert Counter(m.kind for m in r.movements()) == {MovementKind.REFUND: 3, MovementKind.WASTE: 3}


# -- refusals ---------------------------------------------------------------------------------------------
def test_never_more_than_sold_minus_earlier_refunds():
    sale = sample_sale()
    with pytest.raises(RefundError, match="only 3.000 of 3.000"):
        refund(sale, [RefundItem(1, 4000)])
    first = refund(sale, [RefundItem(1, 2000)])
    with pytest.raises(RefundError, match="only 1.000 of 3.000"):
        refund(sale, [RefundItem(1, 2000)], [first], uuid="r-2")
    second = refund(sale, [RefundItem(1, 1000)], [first], uuid="r-2")
    with pytest.raises(RefundError, match="only 0.000"):
        refund(sale, [RefundItem(1, 1000)], [first, second], uuid="r-3")


def test_refunds_of_other_sales_do_not_count():
    sale = sample_sale()
    other = sell(Basket(), uuid="sale-2")
    unrelated = replace(refund(sale, [RefundItem(1, 3000)]), original_uuid="sale-2")
    assert refunded_so_far(sale, earlier=[unrelated]) == {}
    assert refund(sale, [RefundItem(1, 3000)], [unrelated], uuid="r-2").total == -750
    assert other.total == 0


def test_refunded_so_far():
    sale = sample_sale()
    a = refund(sale, [RefundItem(1, 1000), RefundItem(2, 300)])
    b = refund(sale, [RefundItem(1, 1000)], [a], uuid="r-2")
    assert refunded_so_far(sale, earlier=[a, b]) == {1: (2000, 500), 2: (300, 300)}


def test_refund_of_a_refund_refused():
    sale = sample_sale()
    r = refund(sale, [RefundItem(1, 1000)])
    with pytest.raises(RefundError, match="Only a sale"):
        refund(r, [RefundItem(1, 1000)], uuid="r-2")


@pytest.mark.parametrize("items, message", [
    ([], "at least one"),
    ([RefundItem(9, 1000)], "no line 9"),
    ([RefundItem(1, 1000), RefundItem(1, 1000)], "twice"),
    ([RefundItem(1, 1000, "bin")], "restock"),
])
def test_bad_refund_requests(items, message):
    with pytest.raises(RefundError, match=message):
        refund(sample_sale(), items)


# -- properties -------------------------------------------------------------------------------------------
@st.composite
def splits(draw, quantity: int, step: int) -> list[int]:
    """A random split of `quantity` (a multiple of `step`) into positive multiples of `step`."""
    units = quantity // step
    cuts = sorted(draw(st.sets(st.integers(min_value=1, max_value=max(units - 1, 1)), max_size=min(units - 1, 8))))
    bounds = [0] + [c for c in cuts if c < units] + [units]
    return [(b - a) * step for a, b in zip(bounds, bounds[1:])]


def nonzero(counter: Counter) -> dict:
    return {key: value for key, value in counter.items() if value}


def refund_in_steps(sale, line_no, steps, disposition="restock"):
    done = []
    for index, quantity in enumerate(steps):
        done.append(refund(sale, [RefundItem(line_no, quantity, disposition)], done, uuid=f"r-{index}"))
    return done


@settings(max_examples=150, deadline=None)
@given(st.integers(min_value=1, max_value=20_000), st.integers(min_value=0, max_value=100_000), st.data())
def test_weighed_line_refunded_in_any_steps_pays_back_exactly_its_net(quantity, price, data):
    basket = Basket()
    line = basket.add(weighed(price=price), quantity=quantity, weighed=True)
    basket.add(piece(price=333), quantity=1000)
    discount = data.draw(st.none() | st.integers(min_value=1, max_value=10_000))
    if discount:
        basket.discount_basket(Discount("member", percent_bp=discount))
    sale = sell(basket)
    steps = data.draw(splits(quantity, 1))
    refunds = refund_in_steps(sale, line.line_no, steps)
    net = sale.lines[0].net
    assert -sum(r.total for r in refunds) == net
    assert all(r.total <= 0 for r in refunds)
    # each step is its pro-rata share, within a fen
    for r, q in zip(refunds, steps):
        assert abs(-r.total * quantity - net * q) <= quantity
    with pytest.raises(RefundError):
        refund(sale, [RefundItem(line.line_no, 1)], refunds, uuid="r-extra")


@settings(max_examples=100, deadline=None)
@given(baskets(min_lines=1, max_lines=4), st.data())
def test_any_line_refunded_in_steps_returns_exactly_its_net_quantity_and_tax(basket, data):
    sale = sell(basket)
    line = data.draw(st.sampled_from(sale.lines))
    if line.sold_by in ("piece", "combo"):
        step = 1000
    elif line.portion is not None:
        step = line.quantity // line.count
    else:
        step = 1
    steps = data.draw(splits(line.quantity, step))
    disposition = data.draw(st.sampled_from(["restock", "waste"]))
    refunds = refund_in_steps(sale, line.line_no, steps, disposition)
    assert -sum(r.total for r in refunds) == line.net
    assert -sum(rl.quantity for r in refunds for rl in r.lines) == line.quantity
    if line.sold_by == "combo" or line.portion is not None:
        assert -sum(rl.count for r in refunds for rl in r.lines) == line.count
    # every component's revenue, and every tax rate's gross, comes back exactly: nothing is left over
    back = Counter()
    for r in refunds:
        for rline in r.lines:
            assert sum(p.amount for p in rline.parts) == rline.net
            assert all(p.amount <= 0 and p.quantity <= 0 for p in rline.parts)   # no step charges a part
            for part in rline.parts:
                back[(part.sku, part.tax_rate, "amount")] -= part.amount
                back[(part.sku, part.tax_rate, "quantity")] -= part.quantity
    sold = Counter()
    for part in line.parts:
        sold[(part.sku, part.tax_rate, "amount")] += part.amount
        sold[(part.sku, part.tax_rate, "quantity")] += part.quantity
    assert nonzero(back) == nonzero(sold)
    gross_by_rate = Counter()
    for record in [sale] + refunds:
        for tax in record.taxes:
            gross_by_rate[tax.rate] += tax.gross
    sold_by_rate = Counter()
    for other in sale.lines:
        if other.line_no != line.line_no:
            for part in other.parts:
                sold_by_rate[part.tax_rate] += part.amount
    assert nonzero(gross_by_rate) == nonzero(sold_by_rate)
    # stock: restock brings the quantities back, waste writes them off again
    moved = Counter()
    for r in refunds:
        for m in r.movements():
            moved[m.sku] += m.quantity
    needs = Counter()
    for part in line.parts:
        needs[part.sku] += part.quantity
    assert nonzero(moved) == ({} if disposition == "waste" else nonzero(needs))
    with pytest.raises(RefundError):
        refund(sale, [RefundItem(line.line_no, step)], refunds, uuid="r-extra")


def test_combo_refunded_set_by_set_returns_each_components_revenue_exactly():
    # 3 sets at ¥0.03: each set's revenue is 1 fen, split over three components of 1 fen each overall.
    # Refunding one set at a time must not give the same component its fen back three times.
    products = {"A": piece("A", price=100, tax_rate=0), "B": piece("B", price=100, tax_rate=900),
                "C": piece("C", price=100, tax_rate=1300)}
    trio = combo("TRIO", price=1, components=tuple(ComboComponent(sku, 1000) for sku in products))
    basket = Basket()
    basket.add(trio, combo_parts=resolve(trio, catalog=products), count=3)
    sale = sell(basket)
    assert [p.amount for p in sale.lines[0].parts] == [1, 1, 1]
    refunds = refund_in_steps(sale, 1, [1000, 1000, 1000])
    per_part = [sum(-r.lines[0].parts[i].amount for r in refunds) for i in range(3)]
    assert per_part == [1, 1, 1]
    assert [[(t.rate, t.gross) for t in r.taxes if t.gross] for r in refunds] == [[(0, -1)], [(900, -1)], [(1300, -1)]]
    by_rate = Counter()
    for record in [sale] + refunds:
        for tax in record.taxes:
            by_rate[tax.rate] += tax.gross
    assert nonzero(by_rate) == {}


@settings(max_examples=100, deadline=None)
@given(st.integers(min_value=0, max_value=10_000), st.integers(min_value=1, max_value=12), st.data())
def test_combo_refunded_in_steps_returns_each_component_exactly(price, sets, data):
    basket = Basket()
    basket.add(combo(price=price), combo_parts=resolve(combo(), catalog=component_catalog()), count=sets)
    sale = sell(basket)
    steps = data.draw(splits(sets * 1000, 1000))
    refunds = refund_in_steps(sale, 1, steps)
    for index, part in enumerate(sale.lines[0].parts):
        back = [r.lines[0].parts[index] for r in refunds]
        assert sum(p.amount for p in back) == -part.amount
        assert sum(p.quantity for p in back) == -part.quantity
        assert all(p.amount <= 0 for p in back)
