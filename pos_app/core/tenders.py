"""Settling a total with cash, card and mobile payments.

The till never sees card data: card and mobile tenders carry only the terminal's or wallet's reference.
Cash rounding (e.g. to ¥0.10) applies to the cash tender alone, when cash settles what is left.
"""
from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from pos_app.core.errors import PaymentError
from pos_app.core.money import CNY, round_cash


class TenderKind(str, Enum):
    CASH = "cash"
    CARD = "card"
    MOBILE = "mobile"


@dataclass(frozen=True)
class TenderRequest:
    kind: TenderKind
    amount: int | None = None     # cash: what the customer handed over; others: what was charged
    reference: str = ""


@dataclass(frozen=True)
class Tender:
    kind: TenderKind
    amount: int                   # what this tender pays towards the (rounded) total
    tendered: int                 # cash handed over; equals amount for other kinds
    reference: str = ""


@dataclass(frozen=True)
class Settlement:
    tenders: tuple[Tender, ...]
    rounding: int                 # cash rounding: what the customer paid minus the exact total
    change: int

    @property
    def paid(self) -> int:
        return sum(t.amount for t in self.tenders)

    @property
    def opens_drawer(self) -> bool:
        return any(t.kind is TenderKind.CASH for t in self.tenders)


def settle(*, total: int, requests: list[TenderRequest], cash_step: int = 1) -> Settlement:
    """Apply tenders in the order given; raise PaymentError if they do not settle `total` exactly."""
    if total < 0:
        raise PaymentError("A negative total is a refund, not a sale.")
    remaining = total
    rounding = change = 0
    tenders: list[Tender] = []
    for request in requests:
        if remaining == 0:
            raise PaymentError("The sale is already paid; remove the extra payment.")
        if request.amount is not None and request.amount <= 0:
            raise PaymentError("A payment must be more than zero.")
        if request.kind is TenderKind.CASH:
            cash_due = round_cash(remaining, step=cash_step)
            handed = cash_due if request.amount is None else request.amount
            if handed >= cash_due:
                tenders.append(Tender(TenderKind.CASH, amount=cash_due, tendered=handed))
                rounding += cash_due - remaining
                change += handed - cash_due
                remaining = 0
            elif handed >= remaining:
                # between the exact and the rounded amount: short of the cash due, and counting it as a
                # part payment would leave a negative remainder (and a negative card payment after it)
                raise PaymentError(f"Cash due is {CNY.format(cash_due, symbol=True)}; "
                                   f"{CNY.format(handed, symbol=True)} is not enough.")
            else:
                tenders.append(Tender(TenderKind.CASH, amount=handed, tendered=handed))
                remaining -= handed
        else:
            amount = remaining if request.amount is None else request.amount
            if amount > remaining:
                raise PaymentError(f"{request.kind.value.capitalize()} payment {CNY.format(amount)} is more "
                                   f"than the {CNY.format(remaining)} still due.")
            tenders.append(Tender(request.kind, amount=amount, tendered=amount, reference=request.reference))
            remaining -= amount
    if remaining:
        raise PaymentError(f"{CNY.format(remaining, symbol=True)} is still due.")
    return Settlement(tenders=tuple(tenders), rounding=rounding, change=change)


def parse_tender_kind(text: str) -> TenderKind:
    try:
        return TenderKind(text.strip().lower())
    except ValueError:
        raise PaymentError(f"Unknown payment method {text!r}: use cash, card or mobile.") from None
