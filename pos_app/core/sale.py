"""A committed sale or refund as plain data: what storage writes, sync pushes and receipts print.

Sign convention: a refund is a record with negative quantities and amounts, so a day's figures are plain
sums over sales and refunds together.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime
from enum import Enum

from pos_app.core.basket import Basket, Part
from pos_app.core.errors import PaymentError
from pos_app.core.money import tax_included
from pos_app.core.stock import Movement, MovementKind
from pos_app.core.tenders import Settlement, Tender


class SaleKind(str, Enum):
    SALE = "sale"
    REFUND = "refund"


@dataclass(frozen=True)
class SaleLine:
    line_no: int
    sku: str
    name_zh: str
    name_en: str
    sold_by: str
    quantity: int            # thousandths of the base unit
    unit: str
    count: int
    portion: str | None
    unit_price: int
    amount: int              # gross
    discount: int            # the line's own discount
    discount_reason: str
    net: int                 # after its own and its share of the basket discount
    tax_rate: int
    parts: tuple[Part, ...]
    weighed: bool = False
    override_by: str | None = None
    disposition: str | None = None   # refunds: 'restock' or 'waste'
    origin_line: int | None = None   # refunds: the line of the original sale


@dataclass(frozen=True)
class TaxLine:
    rate: int
    gross: int
    tax: int


@dataclass(frozen=True)
class Sale:
    uuid: str
    kind: SaleKind
    created_at: datetime
    cashier: str
    till: str
    lines: tuple[SaleLine, ...]
    discount: int                    # basket discount
    discount_reason: str
    total: int                       # sum of line nets
    tenders: tuple[Tender, ...]
    rounding: int
    change: int
    taxes: tuple[TaxLine, ...]
    original_uuid: str | None = None
    external_ref: str | None = None  # e.g. a replay file's basket id, to ring a basket only once

    @property
    def paid(self) -> int:
        return self.total + self.rounding

    def movements(self) -> list[Movement]:
        """Stock movements this record makes: sold parts leave; refunded parts come back, and are then
        written off again when the customer's return cannot be resold."""
        moves = []
        for line in self.lines:
            for part in line.parts:
                if self.kind is SaleKind.SALE:
                    moves.append(Movement(part.sku, MovementKind.SALE, -part.quantity))
                else:
                    moves.append(Movement(part.sku, MovementKind.REFUND, -part.quantity))
                    if line.disposition == "waste":
                        moves.append(Movement(part.sku, MovementKind.WASTE, part.quantity, "returned, not resold"))
        return moves


def taxes_of(parts: list[Part]) -> tuple[TaxLine, ...]:
    """Tax per rate, computed once on each rate's gross sum (prices include tax)."""
    gross: dict[int, int] = defaultdict(int)
    for part in parts:
        gross[part.tax_rate] += part.amount
    return tuple(TaxLine(rate=rate, gross=amount, tax=tax_included(amount, rate_bp=rate))
                 for rate, amount in sorted(gross.items()))


def build_sale(basket: Basket, settlement: Settlement, *, uuid: str, at: datetime, cashier: str, till: str,
               external_ref: str | None = None) -> Sale:
    if settlement.paid != basket.total + settlement.rounding:
        raise PaymentError("The payments do not match the basket total; settle the basket again.")
    lines = []
    for line, net in zip(basket.lines, basket.line_nets()):
        lines.append(SaleLine(
            line_no=line.line_no, sku=line.product.sku, name_zh=line.product.name_zh,
            name_en=line.product.name_en, sold_by=line.product.sold_by.value, quantity=line.quantity,
            unit=line.product.unit.value, count=line.count,
            portion=line.portion.code if line.portion else None, unit_price=line.unit_price,
            amount=line.amount, discount=line.discount_amount,
            discount_reason=line.discount.reason if line.discount else "", net=net,
            tax_rate=line.product.tax_rate, parts=tuple(line.parts(net)), weighed=line.weighed,
            override_by=line.override_by))
    parts = [part for line in lines for part in line.parts]
    return Sale(uuid=uuid, kind=SaleKind.SALE, created_at=at, cashier=cashier, till=till, lines=tuple(lines),
                discount=basket.basket_discount,
                discount_reason=basket.discount.reason if basket.discount else "",
                total=basket.total, tenders=settlement.tenders, rounding=settlement.rounding,
                change=settlement.change, taxes=taxes_of(parts), external_ref=external_ref)
