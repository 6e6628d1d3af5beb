"""Refunds against an original sale: never more than was sold minus earlier refunds.

A line's refunded amount is computed cumulatively — what the first q units of the line are worth, rounded
once, minus what earlier refunds already paid back — so refunding a line in any number of steps pays back
exactly its net amount, never a fen more.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from pos_app.core.basket import Part
from pos_app.core.errors import RefundError
from pos_app.core.money import allocate, div_round, round_cash
from pos_app.core.quantity import ONE, format_quantity
from pos_app.core.sale import Sale, SaleKind, SaleLine, taxes_of
from pos_app.core.tenders import Tender, TenderKind

DISPOSITIONS = ("restock", "waste")


@dataclass(frozen=True)
class RefundItem:
    line_no: int
    quantity: int             # thousandths of the base unit, as on the original line
    disposition: str = "restock"


def refunded_so_far(original: Sale, *, earlier: list[Sale]) -> dict[int, tuple[int, int]]:
    """origin line -> (quantity, amount) already refunded, as positive numbers."""
    done: dict[int, tuple[int, int]] = {}
    for refund in earlier:
        if refund.original_uuid != original.uuid:
            continue
        for line in refund.lines:
            quantity, amount = done.get(line.origin_line, (0, 0))
            done[line.origin_line] = (quantity - line.quantity, amount - line.net)
    return done


def _step(line: SaleLine) -> int:
    if line.sold_by == "combo" or line.sold_by == "piece":
        return ONE
    if line.portion is not None:
        return line.quantity // line.count
    return 1


def build_refund(original: Sale, *, items: list[RefundItem], earlier: list[Sale], uuid: str, at: datetime,
                 cashier: str, till: str, tender: TenderKind = TenderKind.CASH, cash_step: int = 1,
                 reference: str = "") -> Sale:
    if original.kind is not SaleKind.SALE:
        raise RefundError("Only a sale can be refunded.")
    if not items:
        raise RefundError("Choose at least one line to refund.")
    by_no = {line.line_no: line for line in original.lines}
    done = refunded_so_far(original, earlier=earlier)
    parts_done = _parts_refunded(original, earlier=earlier)
    lines = []
    seen = set()
    for item in items:
        line = by_no.get(item.line_no)
        if line is None:
            raise RefundError(f"Sale has no line {item.line_no}.")
        if item.line_no in seen:
            raise RefundError(f"Line {item.line_no} is listed twice.")
        seen.add(item.line_no)
        if item.disposition not in DISPOSITIONS:
            raise RefundError("A refunded item goes back to stock ('restock') or to waste ('waste').")
        step = _step(line)
        if item.quantity <= 0 or item.quantity % step:
            raise RefundError(f"Line {item.line_no}: refund whole units of {format_quantity(step)}.")
        done_qty, done_amount = done.get(item.line_no, (0, 0))
        left = line.quantity - done_qty
        if item.quantity > left:
            raise RefundError(f"Line {item.line_no} ({line.name_en or line.sku}): only "
                              f"{format_quantity(left)} of {format_quantity(line.quantity)} can still be refunded.")
        cumulative = div_round(line.net * (done_qty + item.quantity), line.quantity)
        lines.append(_refund_line(line, quantity=item.quantity, amount=cumulative - done_amount,
                                  parts_done=parts_done.get(item.line_no), disposition=item.disposition))
    total = sum(line.net for line in lines)
    paid_back = round_cash(total, step=cash_step) if tender is TenderKind.CASH else total
    parts = [part for line in lines for part in line.parts]
    return Sale(uuid=uuid, kind=SaleKind.REFUND, created_at=at, cashier=cashier, till=till, lines=tuple(lines),
                discount=0, discount_reason="", total=total,
                tenders=(Tender(tender, amount=paid_back, tendered=paid_back, reference=reference),),
                rounding=paid_back - total, change=0, taxes=taxes_of(parts), original_uuid=original.uuid)


def _parts_refunded(original: Sale, *, earlier: list[Sale]) -> dict[int, list[int]]:
    """origin line -> the amount each of its parts got back in earlier refunds, as positive numbers."""
    done: dict[int, list[int]] = {}
    for refund in earlier:
        if refund.original_uuid != original.uuid:
            continue
        for line in refund.lines:
            amounts = done.setdefault(line.origin_line, [0] * len(line.parts))
            for index, part in enumerate(line.parts):
                amounts[index] -= part.amount
    return done


def _refund_line(line: SaleLine, *, quantity: int, amount: int, parts_done: list[int] | None,
                 disposition: str) -> SaleLine:
    # Split pro rata to what each part has not yet paid back, so a combo refunded in steps returns every
    # component (and tax rate) exactly its share of the sale — the last step settles each part's rest —
    # and no step gives a component a negative share.
    done = parts_done or [0] * len(line.parts)
    shares = allocate(amount, weights=[max(p.amount - d, 0) for p, d in zip(line.parts, done)])
    parts = tuple(Part(sku=p.sku, quantity=-(p.quantity * quantity // line.quantity), amount=-share,
                       tax_rate=p.tax_rate) for p, share in zip(line.parts, shares))
    count = line.count * quantity // line.quantity if line.count else 0
    return SaleLine(line_no=line.line_no, sku=line.sku, name_zh=line.name_zh, name_en=line.name_en,
                    sold_by=line.sold_by, quantity=-quantity, unit=line.unit, count=-count,
                    portion=line.portion, unit_price=line.unit_price, amount=-amount, discount=0,
                    discount_reason="", net=-amount, tax_rate=line.tax_rate, parts=parts,
                    weighed=line.weighed, disposition=disposition, origin_line=line.line_no)
