"""Ringing up at an e2e till: the real SaleService on the till's own database, a realistic mix of lines
(weighed, piece, portion, custom weight, combo), tenders, refunds and stock movements outside sales."""
from __future__ import annotations

import random
from collections.abc import Callable

from pos_app.core.basket import Basket
from pos_app.core.errors import RefundError
from pos_app.core.refunds import RefundItem
from pos_app.core.stock import MovementKind
from pos_app.core.tenders import TenderKind, TenderRequest
from tests.sync.e2e.conftest import Till

TENDERS = (TenderKind.CARD, TenderKind.MOBILE, TenderKind.CASH)


def ring_sale(till: Till, rng: random.Random):
    """A sale of 1–4 lines: weighed tomatoes, cola by the piece, brisket by portion or custom weight, a
    soup-kit combo; paid by card, mobile or cash (exact or with a note to change)."""
    service, catalog = till.service, till.db.catalog
    basket = Basket()
    for _ in range(rng.randint(1, 4)):
        pick = rng.randrange(5)
        if pick == 0:
            service.add_product(basket, catalog.by_sku("V1"), quantity=rng.randint(37, 2_500), weighed=True)
        elif pick == 1:
            service.add_product(basket, catalog.by_sku("P1"), count=rng.randint(1, 6))
        elif pick == 2:
            service.add_product(basket, catalog.by_sku("M1"), portion=rng.choice(("half", "250g")),
                                count=rng.randint(1, 2))
        elif pick == 3:
            service.add_product(basket, catalog.by_sku("M1"), quantity=rng.randint(250, 1_750), weighed=True)
        else:
            service.add_product(basket, catalog.by_sku("C1"), count=rng.randint(1, 2))
    kind = rng.choice(TENDERS)
    if kind is TenderKind.CASH and rng.random() < 0.5:
        handed = -(-basket.total // 10_000) * 10_000          # the next 100-yuan note up
        tender = TenderRequest(kind, amount=max(handed, 10_000))
    else:
        tender = TenderRequest(kind, reference="ref" if kind is not TenderKind.CASH else "")
    return service.checkout(basket, tenders=[tender], cashier="c1")


def ring_refund(till: Till, rng: random.Random, sale):
    """Refund part of one line of `sale` (a whole piece, a portion, or some grams)."""
    line = rng.choice(sale.lines)
    if line.sold_by in ("piece", "combo"):
        quantity = 1_000
    elif line.portion is not None:
        quantity = line.quantity // line.count
    else:
        quantity = rng.randint(1, line.quantity)
    return till.service.refund(sale.uuid, items=[RefundItem(line_no=line.line_no, quantity=quantity)],
                               cashier="c1")


def record_movement(till: Till, rng: random.Random) -> None:
    """Goods in, waste or a count difference, outside a sale."""
    kind = rng.choice((MovementKind.GOODS_IN, MovementKind.WASTE, MovementKind.COUNT))
    sign = -1 if kind is MovementKind.WASTE else rng.choice((1, -1)) if kind is MovementKind.COUNT else 1
    till.stock_in({rng.choice(("V1", "P1", "M1")): sign * rng.randint(1, 20) * 1_000}, kind=kind)


def trade(till: Till, rng: random.Random, *, sales: int, on_sale: Callable[[], None] = lambda: None) -> None:
    """`sales` sales, with a refund after about one in forty and a stock movement after one in a hundred."""
    made = []
    for _ in range(sales):
        made.append(ring_sale(till, rng))
        if rng.random() < 0.025:
            try:
                ring_refund(till, rng, rng.choice(made))
            except RefundError:      # that line was refunded whole already: the till refuses, as it should
                pass
        if rng.random() < 0.01:
            record_movement(till, rng)
        on_sale()
