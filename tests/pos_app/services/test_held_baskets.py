from dataclasses import replace

import pytest
from hypothesis import given, settings, strategies as st

from pos_app.core.basket import Basket, Discount
from pos_app.core.combos import resolve
from pos_app.core.errors import InvalidInput
from pos_app.core.pricing import parse_pricing
from pos_app.core.tenders import TenderKind, TenderRequest
from pos_app.services.checkout import SaleService
from pos_app.services.held_baskets import HeldBaskets
from pos_app.core.stock import Movement, MovementKind
from pos_app.storage import stock_repo
from pos_app.storage.database import TillDatabase
from pos_app.storage.held_repo import basket_from_json, basket_to_json
from tests.conftest import COLA, OPENING, small_catalog


def full_basket(service: SaleService) -> Basket:
    basket = Basket()
    service.add_code(basket, COLA, count=3)
    service.add_code(basket, "1001", weight=1234)
    service.add_code(basket, "M1", portion="half")
    service.add_code(basket, "M1", quantity=333)            # a custom fraction
    service.add_code(basket, "C1", count=2)                 # a combo of tomato and a brisket portion
    basket.discount_line(1, discount=Discount("damaged can", amount=50))
    basket.void(4)
    basket.discount_basket(Discount("loyalty", percent_bp=500))
    return basket


def test_a_held_basket_comes_back_exactly_after_a_restart_and_a_price_change(tmp_path):
    db = TillDatabase.open(tmp_path)
    with db.transaction() as connection:
        db.catalog.upsert(connection, small_catalog())
        stock_repo.record(connection, [Movement(sku, MovementKind.GOODS_IN, qty) for sku, qty in OPENING.items()])
    service = SaleService(db)
    basket = full_basket(service)
    nets, total, parts = basket.line_nets(), basket.total, basket.parts()
    held = HeldBaskets(db).hold(basket, cashier="c1", label="  lady in red coat ")
    assert (held.total, held.line_count, held.label) == (total, 4, "lady in red coat")
    with db.transaction() as connection:   # the price changes while the basket waits
        db.catalog.upsert(connection, [replace(p, price=p.price * 2) for p in small_catalog()])
    db.close()

    db = TillDatabase.open(tmp_path)
    holds = HeldBaskets(db)
    assert [h.id for h in holds.listing()] == [held.id]
    recalled = holds.recall(held.id)
    assert recalled == basket
    assert (recalled.line_nets(), recalled.total, recalled.parts()) == (nets, total, parts)
    assert holds.listing() == []
    with pytest.raises(InvalidInput, match="no longer on hold"):
        holds.recall(held.id)
    line = SaleService(db).add_code(recalled, COLA)            # new lines go on numbering after the old
    assert line.line_no == 6 and line.amount == 600           # at today's price
    sale = SaleService(db).checkout(recalled, tenders=[TenderRequest(TenderKind.CASH)], cashier="c1")
    assert recalled.subtotal == basket.subtotal + 600 and sale.total == recalled.total
    db.close()


def test_an_empty_basket_is_not_held(db):
    with pytest.raises(InvalidInput, match="empty"):
        HeldBaskets(db).hold(Basket(), cashier="c1")


def test_several_held_baskets_are_listed_oldest_first(db):
    service, holds = SaleService(db), HeldBaskets(db)
    ids = []
    for count in (1, 2, 3):
        basket = Basket()
        service.add_code(basket, COLA, count=count)
        ids.append(holds.hold(basket, cashier="c1").id)
    assert [h.id for h in holds.listing()] == ids
    assert [h.total for h in holds.listing()] == [300, 600, 900]
    assert holds.recall(ids[1]).total == 600
    assert [h.id for h in holds.listing()] == [ids[0], ids[2]]


TIERED = replace(small_catalog()[0], sku="V2", plu="1002", barcodes=(), pricing=parse_pricing("tiered:0.5=100,*=90"))


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(["P1", "V1", "V2", "M1h", "M1q", "C1"]), st.integers(1, 5000),
                          st.integers(0, 30)), min_size=1, max_size=8),
       st.integers(0, 2000))
def test_the_json_form_round_trips_any_basket(items, basket_percent):
    catalog = {p.sku: p for p in small_catalog() + [TIERED]}
    basket = Basket()
    for key, size, discount in items:
        if key == "P1":
            line = basket.add(catalog["P1"], count=1 + size % 5)
        elif key in ("V1", "V2"):
            line = basket.add(catalog[key], quantity=size, weighed=True)
        elif key == "M1h":
            line = basket.add(catalog["M1"], portion="half", count=1 + size % 3)
        elif key == "M1q":
            line = basket.add(catalog["M1"], quantity=250 + size)
        else:
            line = basket.add(catalog["C1"], combo_parts=resolve(catalog["C1"], catalog=catalog), count=1 + size % 2)
        if discount and discount < line.amount:
            basket.discount_line(line.line_no, discount=Discount("d", amount=discount))
    if basket_percent:
        basket.discount_basket(Discount("b", percent_bp=basket_percent))
    again = basket_from_json(basket_to_json(basket))
    assert again == basket
    assert again.line_nets() == basket.line_nets() and again.parts() == basket.parts()
