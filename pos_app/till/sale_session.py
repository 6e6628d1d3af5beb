"""The basket being rung up at this till, owned by the writer thread.

Every method runs on the `Background` writer (it reads stock levels, commits sales, queues receipts) and
returns an immutable `BasketView` for the UI thread to show: the window never holds the live Basket, so
the writer and the screen never race over it. No Qt here.
"""
from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from pos_app.core.basket import Basket, Discount, Line
from pos_app.core.errors import InvalidInput, UnknownProduct
from pos_app.core.products import Portion, Product
from pos_app.core.quantity import grams_to_quantity
from pos_app.core.receipt import StoreInfo, build_receipt
from pos_app.core.refunds import RefundItem
from pos_app.core.sale import Sale
from pos_app.core.tenders import TenderRequest
from pos_app.hardware.printer.escpos_render import render_job
from pos_app.services.checkout import SaleService
from pos_app.services.held_baskets import HeldBaskets
from pos_app.services.overrides import Overrides
from pos_app.services.print_queue import PrintQueue
from pos_app.storage import stock_repo
from pos_app.storage.held_repo import HeldBasket

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class BasketView:
    lines: tuple[Line, ...] = ()
    total: int = 0
    added: int | None = None          # line_no of the line just added, to select it


@dataclass(frozen=True)
class Paid:
    sale: Sale
    basket: BasketView                # the fresh, empty basket of the next customer
    receipt: bytes = b""              # the receipt's ESC/POS bytes, for the preview
    job_id: int | None = None         # its print job, for the print status


@dataclass(frozen=True)
class Found:
    product: Product
    level: int                        # stock on hand, thousandths of the base unit


class SaleSession:
    def __init__(self, *, service: SaleService, printer: PrintQueue | None, store: StoreInfo,
                 width_mm: int = 58, on_committed: Callable[[Sale], None] | None = None,
                 overrides: Overrides | None = None, held: HeldBaskets | None = None) -> None:
        self.service = service
        self.overrides = overrides
        self.held = held
        self.printer = printer
        self.store = store
        self.width_mm = width_mm
        self.on_committed = on_committed   # e.g. SyncWorker.poke
        self.basket = Basket()

    def view(self, *, added: int | None = None) -> BasketView:
        return BasketView(lines=tuple(self.basket.lines), total=self.basket.total, added=added)

    # -- adding ----------------------------------------------------------------------------------------
    # Each add takes `pin`: None for the ordinary add; a manager's PIN adds the item although it is sold out
    # (Overrides.add_sold_out, audited), after the ordinary add was refused with SoldOut.
    def add_code(self, code: str, *, cashier: str = "", pin: str | None = None) -> BasketView:
        if pin is not None:
            return self.add_sold_out(code, cashier=cashier, pin=pin)
        line = self.service.add_code(self.basket, code)
        return self.view(added=line.line_no)

    def add_piece(self, sku: str, *, count: int = 1, cashier: str = "", pin: str | None = None) -> BasketView:
        if pin is not None:
            return self.add_sold_out(sku, cashier=cashier, pin=pin, product=self._product(sku), count=count)
        line = self.service.add_product(self.basket, self._product(sku), count=count)
        return self.view(added=line.line_no)

    def add_weighed(self, sku: str, *, grams: int, cashier: str = "", pin: str | None = None) -> BasketView:
        product = self._product(sku)
        quantity = grams_to_quantity(grams, unit=product.unit)
        if pin is not None:
            return self.add_sold_out(sku, cashier=cashier, pin=pin, product=product, weight=quantity)
        line = self.service.add_product(self.basket, product, quantity=quantity, weighed=True)
        return self.view(added=line.line_no)

    def add_portion(self, sku: str, *, portion: str | None = None, quantity: int | None = None,
                    count: int = 1, cashier: str = "", pin: str | None = None) -> BasketView:
        """A named portion (`count` of them) or a custom fraction (`quantity` thousandths)."""
        if pin is not None:
            return self.add_sold_out(sku, cashier=cashier, pin=pin, product=self._product(sku), portion=portion,
                                     quantity=quantity, count=count)
        line = self.service.add_product(self.basket, self._product(sku), portion=portion, quantity=quantity,
                                        count=count)
        return self.view(added=line.line_no)

    def add_sold_out(self, code: str, *, cashier: str, pin: str, **add) -> BasketView:
        """What add_code would add although it is sold out, on a manager's PIN (`add`: quantity, weight,
        portion, count as for SaleService.add_code)."""
        line = self.overrides.add_sold_out(self.basket, code, cashier=cashier, pin=pin, **add)
        return self.view(added=line.line_no)

    # -- voids and discounts (a manager's PIN past the thresholds: Overrides raises ManagerRequired) ----------
    def void(self, line_no: int, *, cashier: str, pin: str | None = None) -> BasketView:
        self.overrides.void_line(self.basket, line_no=line_no, cashier=cashier, pin=pin)
        return self.view()

    def void_basket(self, *, cashier: str, pin: str | None = None) -> BasketView:
        if not self.basket.lines:
            raise InvalidInput("The basket is empty.")
        self.overrides.void_basket(self.basket, cashier=cashier, pin=pin)
        return self.view()

    def discount(self, *, line_no: int | None, discount: Discount | None, cashier: str,
                 pin: str | None = None) -> BasketView:
        """A line's discount (`line_no`) or the whole basket's (None)."""
        if line_no is None:
            self.overrides.discount_basket(self.basket, discount=discount, cashier=cashier, pin=pin)
        else:
            self.overrides.discount_line(self.basket, line_no=line_no, discount=discount, cashier=cashier, pin=pin)
        return self.view(added=line_no)

    def no_sale(self, *, cashier: str, pin: str | None) -> None:
        """Open the drawer without a sale: audited on a manager's PIN, then the kick is queued."""
        self.overrides.no_sale(cashier=cashier, pin=pin)
        if self.printer is not None:
            self.printer.enqueue(b"", kick_drawer=True)

    # -- holding ---------------------------------------------------------------------------------------
    def hold(self, *, cashier: str, label: str = "") -> BasketView:
        self.held.hold(self.basket, cashier=cashier, label=label)
        self.basket = Basket()
        return self.view()

    def held_baskets(self) -> list[HeldBasket]:
        return self.held.listing()

    def recall(self, held_id: str) -> BasketView:
        if self.basket.lines:
            raise InvalidInput("Finish or hold the basket in hand before recalling another.")
        self.basket = self.held.recall(held_id)
        return self.view()

    def _product(self, sku: str) -> Product:
        product = self.service.catalog.by_sku(sku)
        if product is None:
            raise UnknownProduct(f"Product {sku} is no longer in the catalog.")
        return product

    # -- paying ----------------------------------------------------------------------------------------
    def pay(self, *, tenders: Sequence[TenderRequest], cashier: str, cashier_name: str = "",
            language: str = "zh") -> Paid:
        """Commit the sale, queue its receipt (and the drawer kick on cash), start the next basket."""
        sale = self.service.checkout(self.basket, tenders=list(tenders), cashier=cashier)
        self.basket = Basket()
        data, job_id = self._print(sale, language=language, cashier_name=cashier_name or cashier)
        if self.on_committed is not None:
            self.on_committed(sale)
        return Paid(sale=sale, basket=self.view(), receipt=data, job_id=job_id)

    def refund(self, sale_uuid: str, *, items: list[RefundItem], cashier: str, pin: str | None,
               cashier_name: str = "", language: str = "zh") -> Paid:
        """Refund on a manager's PIN (ManagerRequired without one) and queue the refund receipt."""
        refund = self.overrides.refund(sale_uuid, items=items, cashier=cashier, pin=pin)
        data, job_id = self._print(refund, language=language, cashier_name=cashier_name or cashier)
        if self.on_committed is not None:
            self.on_committed(refund)
        return Paid(sale=refund, basket=self.view(), receipt=data, job_id=job_id)

    def _portions(self, sale: Sale) -> dict[tuple[str, str], Portion]:
        """The printed names of the sale's portions (the record keeps only their codes)."""
        found: dict[tuple[str, str], Portion] = {}
        for line in sale.lines:
            key = (line.sku, line.portion)
            if line.portion is not None and key not in found:
                product = self.service.catalog.by_sku(line.sku)
                known = {p.code: p for p in product.portions} if product is not None else {}
                if line.portion in known:
                    found[key] = known[line.portion]
        return found

    def _print(self, sale: Sale, *, language: str, cashier_name: str) -> tuple[bytes, int | None]:
        # The sale is committed: a receipt that cannot be queued must not look like a failed sale.
        try:
            receipt = build_receipt(sale=sale, store=self.store, language=language, cashier=cashier_name,
                                    portions=self._portions(sale))
            job = render_job(receipt, width_mm=self.width_mm)
            job_id = None
            if self.printer is not None:
                job_id = self.printer.enqueue(job.data, sale_id=sale.uuid, kick_drawer=job.kick_drawer)
            return job.data, job_id
        except Exception:  # noqa: BLE001 - logged; the cashier reprints from the sale record
            log.exception("queueing the receipt of %s failed", sale.uuid)
            return b"", None

    # -- finding ---------------------------------------------------------------------------------------
    def search(self, term: str, *, limit: int = 30) -> list[Found]:
        """Name, pinyin initials or PLU, each with its stock so sold-out and low items show where picked."""
        products = self.service.search(term, limit=limit)
        return self.with_levels(products)

    def with_levels(self, products: list[Product]) -> list[Found]:
        with self.service.db.reading() as connection:
            levels = stock_repo.levels(connection, [p.sku for p in products])
        return [Found(product=p, level=levels.get(p.sku, 0)) for p in products]
