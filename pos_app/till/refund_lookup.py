"""Finding the sale to refund, for the refund dialog: by the receipt's QR (`FTSALE:<uuid>`), its id, or the
first characters of its id as a person reads them off the receipt; with what each line can still give back.

Read-only, on the reader thread. What may actually be refunded is decided by the refund itself (the core's
build_refund inside the refund's write transaction): this only shows it. No Qt here.
"""
from __future__ import annotations

from dataclasses import dataclass

from pos_app.core.errors import RefundError
from pos_app.core.quantity import ONE
from pos_app.core.receipt import parse_sale_qr
from pos_app.core.refunds import refunded_so_far
from pos_app.core.sale import Sale, SaleKind, SaleLine
from pos_app.storage import sales_repo
from pos_app.storage.database import TillDatabase

MIN_PREFIX = 6


@dataclass(frozen=True)
class RefundableLine:
    line: SaleLine
    refunded: int             # thousandths already refunded

    @property
    def remaining(self) -> int:
        return self.line.quantity - self.refunded

    @property
    def step(self) -> int:
        """The refund moves in whole pieces, portions or combos; weighed goods by the gram."""
        line = self.line
        if line.sold_by in ("combo", "piece"):
            return ONE
        if line.portion is not None:
            return line.quantity // max(line.count, 1)
        return 1


@dataclass(frozen=True)
class RefundableSale:
    sale: Sale
    lines: tuple[RefundableLine, ...]


def sale_id_of(text: str) -> str:
    """The id in a scanned receipt QR or typed text."""
    return parse_sale_qr(text) or text.strip().lower()


def find_sale(db: TillDatabase, text: str) -> RefundableSale:
    wanted = sale_id_of(text)
    if len(wanted) < MIN_PREFIX:
        raise RefundError(f"Scan the receipt's QR code or type at least {MIN_PREFIX} characters of the sale id.")
    with db.reading() as connection:
        sale = sales_repo.load(connection, wanted)
        if sale is None:
            matches = [u for (u,) in connection.exec_driver_sql(
                "SELECT uuid FROM sales WHERE kind = ? AND uuid LIKE ? ORDER BY id DESC LIMIT 2",
                (SaleKind.SALE.value, wanted.replace("%", "").replace("_", "") + "%"))]
            if len(matches) > 1:
                raise RefundError("More than one sale starts with that: type more of the id.")
            sale = sales_repo.load(connection, matches[0]) if matches else None
        if sale is None:
            raise RefundError("No sale with that id on this till.")
        if sale.kind is not SaleKind.SALE:
            raise RefundError("That is a refund's receipt: scan the original sale's receipt.")
        done = refunded_so_far(sale, earlier=sales_repo.refunds_of(connection, sale.uuid))
    return RefundableSale(sale=sale, lines=tuple(RefundableLine(line=line, refunded=done.get(line.line_no, (0, 0))[0])
                                                 for line in sale.lines))
