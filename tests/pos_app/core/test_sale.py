from collections import Counter

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pos_app.core.basket import Basket, Discount, Part
from pos_app.core.combos import resolve
from pos_app.core.money import tax_included
from pos_app.core.sale import Sale, SaleKind, TaxLine, build_sale, taxes_of
from pos_app.core.stock import Movement, MovementKind, level_after
from pos_app.core.tenders import TenderKind, TenderRequest, settle

from .factories import AT, baskets, catalog, combo, piece, portioned, weighed


def sell(basket: Basket, *, cash_step: int = 1, uuid: str = "s-1") -> Sale:
    settlement = settle(total=basket.total, requests=[TenderRequest(TenderKind.CASH)] if basket.total else [],
                        cash_step=cash_step)
    return build_sale(basket, settlement, uuid=uuid, at=AT, cashier="c1", till="t1")


def sample_basket() -> Basket:
    basket = Basket()
    basket.add(piece(price=250, tax_rate=900), quantity=3000)
    basket.add(weighed(price=1280, tax_rate=900), quantity=1234, weighed=True)
    basket.add(portioned(price=1500, tax_rate=900), portion="half", count=2)
    basket.add(combo(price=2349), combo_parts=resolve(combo(), catalog=catalog()), count=2)
    return basket


def test_build_sale_worked_example():
    basket = sample_basket()
    basket.discount_line(1, discount=Discount("cracked", amount=50))
    basket.discount_basket(Discount("member", percent_bp=1000))
    sale = sell(basket, cash_step=10, uuid="abc")
    assert (sale.uuid, sale.kind, sale.created_at, sale.cashier, sale.till) == ("abc", SaleKind.SALE, AT, "c1", "t1")
    assert sale.total == basket.total == sum(line.net for line in sale.lines)
    assert sale.discount == basket.basket_discount and sale.discount_reason == "member"
    first = sale.lines[0]
    assert (first.sku, first.sold_by, first.quantity, first.unit, first.amount, first.discount,
            first.discount_reason, first.unit_price, first.tax_rate) == ("EGG", "piece", 3000, "piece", 750, 50,
                                                                        "cracked", 250, 900)
    assert sale.lines[1].weighed and sale.lines[1].unit == "kg"
    assert sale.lines[2].portion == "half" and sale.lines[2].count == 2
    assert [p.sku for p in sale.lines[3].parts] == ["EGG", "MELON", "JUICE"]
    assert sale.paid == sale.total + sale.rounding
    assert sale.paid % 10 == 0
    assert sale.original_uuid is None


def test_taxes_by_rate_worked_example():
    parts = [Part("A", 1000, 10_900, 900), Part("B", 1000, 1000, 1300), Part("C", 1000, 1000, 900), Part("D", 1, 500, 0)]
    assert taxes_of(parts) == (TaxLine(0, 500, 0), TaxLine(900, 11_900, 983), TaxLine(1300, 1000, 115))


def test_tax_is_computed_once_per_rate_not_per_line():
    # 12 lines of ¥0.06 at 9 %: per line the tax is 0.495 fen -> 0; on the rate's ¥0.72 it is 5.94 -> 6 fen
    parts = [Part(f"S{i}", 1000, 6, 900) for i in range(12)]
    assert taxes_of(parts) == (TaxLine(900, 72, 6),)


def test_combo_components_are_taxed_at_their_own_rates():
    basket = Basket()
    basket.add(combo(price=2349, tax_rate=0), combo_parts=resolve(combo(), catalog=catalog()))
    sale = sell(basket)
    assert {t.rate: t.gross for t in sale.taxes} == {900: 1500 + 199, 1300: 650}


def test_movements_worked_example():
    sale = sell(sample_basket())
    moves = sale.movements()
    assert all(m.kind is MovementKind.SALE for m in moves)
    assert moves == [
        Movement("EGG", MovementKind.SALE, -3000), Movement("TOM", MovementKind.SALE, -1234),
        Movement("MELON", MovementKind.SALE, -1000),
        Movement("EGG", MovementKind.SALE, -12_000), Movement("MELON", MovementKind.SALE, -500),
        Movement("JUICE", MovementKind.SALE, -2000),
    ]
    levels = {"EGG": 20_000, "TOM": 5000, "MELON": 3000, "JUICE": 2000}
    after = {sku: level_after(level, [m for m in moves if m.sku == sku]) for sku, level in levels.items()}
    assert after == {"EGG": 5000, "TOM": 3766, "MELON": 1500, "JUICE": 0}


def test_empty_sale():
    sale = sell(Basket())
    assert (sale.lines, sale.total, sale.taxes, sale.movements()) == ((), 0, (), [])


def test_override_and_external_ref_are_recorded():
    basket = Basket()
    basket.add(piece(), quantity=1000, levels={"EGG": 0}, override_by="mgr")
    settlement = settle(total=basket.total, requests=[TenderRequest(TenderKind.CARD, reference="r")])
    sale = build_sale(basket, settlement, uuid="u", at=AT, cashier="c", till="t", external_ref="replay-7")
    assert sale.lines[0].override_by == "mgr"
    assert sale.external_ref == "replay-7"
    assert sale.tenders[0].reference == "r"


# -- properties -------------------------------------------------------------------------------------------
@settings(max_examples=150, deadline=None)
@given(baskets(), st.sampled_from([1, 10, 50]))
def test_taxes_by_rate_sum_to_the_total(basket, step):
    sale = sell(basket, cash_step=step)
    assert sum(t.gross for t in sale.taxes) == sale.total == basket.total
    assert len({t.rate for t in sale.taxes}) == len(sale.taxes)
    for tax in sale.taxes:
        assert tax.tax == tax_included(tax.gross, rate_bp=tax.rate)
        assert 0 <= tax.tax <= tax.gross
    assert sale.paid == sale.total + sale.rounding
    assert sum(line.net for line in sale.lines) == sale.total
    assert all(sum(p.amount for p in line.parts) == line.net for line in sale.lines)


@settings(max_examples=150, deadline=None)
@given(baskets(), st.dictionaries(st.sampled_from(["EGG", "MELON", "JUICE", "P0", "P1", "P2", "P3"]),
                                  st.integers(min_value=-10_000, max_value=10**6)))
def test_movements_are_minus_the_sold_quantities_and_stock_falls_exactly(basket, levels):
    sale = sell(basket)
    moves = sale.movements()
    sold = Counter()
    for line in basket.lines:
        if line.combo_parts:
            for part in line.combo_parts:          # each component moves, not the combo itself
                sold[part.product.sku] += part.quantity * line.count
        else:
            sold[line.product.sku] += line.quantity
    moved = Counter()
    for move in moves:
        assert move.kind is MovementKind.SALE and move.quantity <= 0
        moved[move.sku] += move.quantity
    assert {sku: -q for sku, q in moved.items() if q} == {sku: q for sku, q in sold.items() if q}
    assert not any(line.product.is_combo and m.sku == line.product.sku for line in basket.lines for m in moves)
    for sku in set(levels) | set(sold):
        before = levels.get(sku, 0)
        assert level_after(before, [m for m in moves if m.sku == sku]) == before - sold[sku]
