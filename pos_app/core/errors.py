"""The till's error vocabulary.

Every error the domain raises is a PosError with a stable machine `code` (for the window to map to a
translated sentence in one place) and a plain-language message a cashier or store manager understands.
"""
from __future__ import annotations


class PosError(Exception):
    code = "pos_error"

    def __init__(self, message: str, *, code: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        if code is not None:
            self.code = code

    def __str__(self) -> str:
        return self.message


class InvalidInput(PosError):
    """A number, quantity or field that cannot be understood."""
    code = "invalid_input"


class InvalidBarcode(PosError):
    code = "invalid_barcode"


class UnknownProduct(PosError):
    code = "unknown_product"


class SoldOut(PosError):
    code = "sold_out"


class NotSellable(PosError):
    """The quantity or portion is not allowed for this product."""
    code = "not_sellable"


class PaymentError(PosError):
    code = "payment"


class RefundError(PosError):
    code = "refund"


class CatalogError(PosError):
    """A catalog or stock file with bad rows; `problems` lists (line number, reason)."""
    code = "catalog"

    def __init__(self, message: str, *, problems: list[tuple[int, str]] | None = None) -> None:
        super().__init__(message)
        self.problems = problems or []
