"""Actions a cashier may need a manager for — voids, discounts, sold-out overrides, refunds, a drawer opened
without a sale — each checked against the policy in `authorisation`, done, and written to the audit log.

The flow the window follows: call without a PIN; on ManagerRequired ask for a manager's PIN and call again
with it. A basket change is tried on a copy first, so a refused change (a basket discount the void would
exceed, say) leaves neither the basket nor the audit log touched.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from pos_app.core.basket import Basket, Discount, Line
from pos_app.core.products import Product
from pos_app.core.refunds import RefundItem
from pos_app.core.sale import Sale
from pos_app.core.tenders import TenderKind
from pos_app.services.audit import AuditLog
from pos_app.services.authorisation import Authoriser
from pos_app.services.checkout import SaleService
from pos_app.storage.audit_repo import AuditEntry


def _line_details(line: Line) -> dict:
    return {"line_no": line.line_no, "sku": line.product.sku, "quantity": line.quantity, "count": line.count,
            "amount": line.net_before_basket}


def _discount_details(discount: Discount | None, *, value: int) -> dict:
    if discount is None:
        return {"removed": True}
    return {"reason": discount.reason, "percent_bp": discount.percent_bp, "amount": discount.amount, "value": value}


class Overrides:
    def __init__(self, *, sales: SaleService, authoriser: Authoriser, audit: AuditLog) -> None:
        self.sales = sales
        self.authoriser = authoriser
        self.audit = audit

    def _apply(self, basket: Basket, change: Callable[[Basket], object]) -> object:
        trial = replace(basket, lines=list(basket.lines), voided=list(basket.voided))
        change(trial)          # raises before anything is recorded if the change is not allowed
        return trial

    def _commit(self, basket: Basket, trial: Basket) -> None:
        basket.lines[:], basket.voided[:] = trial.lines, trial.voided
        basket.discount, basket._next_no = trial.discount, trial._next_no

    # -- voids --------------------------------------------------------------------------------------
    def void_line(self, basket: Basket, *, line_no: int, cashier: str, pin: str | None = None,
                  manager_id: str | None = None) -> Line:
        line = basket.line(line_no)
        manager = self.authoriser.require(action="void_line", amount=line.net_before_basket, pin=pin,
                                          manager_id=manager_id)
        trial = self._apply(basket, lambda b: b.void(line_no))
        self.audit.record("void_line", actor=cashier, authorised_by=manager and manager.user_id,
                          details=_line_details(line))
        self._commit(basket, trial)
        return line

    def void_basket(self, basket: Basket, *, cashier: str, pin: str | None = None,
                    manager_id: str | None = None) -> list[Line]:
        """Void every line and the basket discount; the basket is empty afterwards."""
        manager = self.authoriser.require(action="void_basket", amount=basket.total, pin=pin, manager_id=manager_id)
        lines = list(basket.lines)
        self.audit.record("void_basket", actor=cashier, authorised_by=manager and manager.user_id,
                          details={"total": basket.total, "lines": [_line_details(line) for line in lines]})
        basket.discount = None
        basket.voided.extend(lines)
        basket.lines.clear()
        return lines

    # -- discounts ----------------------------------------------------------------------------------
    def discount_line(self, basket: Basket, *, line_no: int, discount: Discount | None, cashier: str,
                      pin: str | None = None, manager_id: str | None = None) -> Line:
        line = basket.line(line_no)
        value = discount.of(line.amount) if discount else 0
        trial = self._apply(basket, lambda b: b.discount_line(line_no, discount=discount))
        manager = self.authoriser.require(action="discount", amount=value, pin=pin, manager_id=manager_id)
        self.audit.record("discount", actor=cashier, authorised_by=manager and manager.user_id,
                          details={"line_no": line_no, "sku": line.product.sku,
                                   **_discount_details(discount, value=value)})
        self._commit(basket, trial)
        return basket.line(line_no)

    def discount_basket(self, basket: Basket, *, discount: Discount | None, cashier: str, pin: str | None = None,
                        manager_id: str | None = None) -> int:
        """Set (or with None remove) the basket discount; returns what it takes off."""
        value = discount.of(basket.subtotal) if discount else 0
        trial = self._apply(basket, lambda b: b.discount_basket(discount))
        manager = self.authoriser.require(action="discount", amount=value, pin=pin, manager_id=manager_id)
        self.audit.record("discount", actor=cashier, authorised_by=manager and manager.user_id,
                          details={"basket": True, "subtotal": basket.subtotal,
                                   **_discount_details(discount, value=value)})
        self._commit(basket, trial)
        return value

    # -- overrides ----------------------------------------------------------------------------------
    def add_sold_out(self, basket: Basket, code: str, *, cashier: str, pin: str, manager_id: str | None = None,
                     product: Product | None = None, **add) -> Line:
        """Add what `code` names although it is sold out, on a manager's PIN (`add`: SaleService.add_code's
        quantity, weight, portion, count). With `product` (picked from a key or the search, `code` its SKU)
        that product is added: a SKU read as a code could be another product's PLU."""
        manager = self.authoriser.require(action="sold_out_override", pin=pin, manager_id=manager_id)
        if product is None:
            def adder(b: Basket) -> Line:
                return self.sales.add_code(b, code, override_by=manager.user_id, **add)
        else:
            weight = add.pop("weight", None)
            if weight is not None:
                add.update(quantity=weight, weighed=True)

            def adder(b: Basket) -> Line:
                return self.sales.add_product(b, product, override_by=manager.user_id, **add)
        trial = self._apply(basket, adder)
        line = trial.lines[-1]
        self.audit.record("sold_out_override", actor=cashier, authorised_by=manager.user_id,
                          subject=line.product.sku, details={"code": code, **_line_details(line)})
        self._commit(basket, trial)
        return line

    def no_sale(self, *, cashier: str, pin: str, reason: str = "", manager_id: str | None = None) -> AuditEntry:
        """Record a drawer opening without a sale; the window then queues the drawer kick."""
        manager = self.authoriser.require(action="no_sale", pin=pin, manager_id=manager_id)
        return self.audit.record("no_sale", actor=cashier, authorised_by=manager.user_id,
                                 details={"reason": reason.strip()[:200]})

    # -- refunds ------------------------------------------------------------------------------------
    def refund(self, sale_uuid: str, *, items: list[RefundItem], cashier: str, pin: str,
               manager_id: str | None = None, tender: TenderKind = TenderKind.CASH, reference: str = "") -> Sale:
        """Refund on a manager's PIN; the audit entry is written in the refund's own transaction."""
        manager = self.authoriser.require(action="refund", pin=pin, manager_id=manager_id)
        return self.sales.refund(sale_uuid, items=items, cashier=cashier, tender=tender, reference=reference,
                                 authorised_by=manager.user_id)
