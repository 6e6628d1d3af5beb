"""Ringing up and committing sales and refunds: the one code path for the window, replay and tests.

Resolution order for anything scanned or typed: a barcode in the catalog; a variable-measure or GS1 code
(weight or price from the code); then a PLU, then a SKU. Committing writes the sale, its lines, payments,
stock movements and its outbox event in one transaction.
"""
from __future__ import annotations

import uuid as uuidlib
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from pos_app.core.barcodes import ScannedCode, parse_scan
from pos_app.core.basket import Basket, Line
from pos_app.core.combos import resolve as resolve_combo
from pos_app.core.errors import NotSellable, RefundError, UnknownProduct
from pos_app.core.money import div_round
from pos_app.core.nomenclature import Nomenclature
from pos_app.core.products import Product, SoldBy
from pos_app.core.quantity import ONE, grams_to_quantity
from pos_app.core.refunds import RefundItem, build_refund
from pos_app.core.sale import Sale, build_sale
from pos_app.core.tenders import TenderKind, TenderRequest, settle
from pos_app.storage import audit_repo, sales_repo, settings_repo, stock_repo
from pos_app.storage.database import TillDatabase


@dataclass(frozen=True)
class Resolved:
    product: Product
    scan: ScannedCode
    quantity: int | None = None   # from a weight in the code
    amount: int | None = None     # from a price in the code


class SaleService:
    def __init__(self, db: TillDatabase, *, clock: Callable[[], datetime] | None = None) -> None:
        self.db = db
        self.catalog = db.catalog
        self._clock = clock or (lambda: datetime.now().astimezone())
        with db.reading() as connection:
            rules = settings_repo.get(connection, "nomenclature")
            self.cash_step = int(settings_repo.get(connection, "cash_rounding") or 1)
            self.till_id = settings_repo.get(connection, "till_id")
        self.nomenclature = Nomenclature.from_json(rules) if rules else Nomenclature.default()

    # -- finding products -------------------------------------------------------------------------------
    def resolve(self, code: str) -> Resolved:
        scan = parse_scan(code, nomenclature=self.nomenclature)
        product = self._find(scan)
        if product is None:
            raise UnknownProduct(f"No product for code {scan.raw!r}: check the code, or search by name or PLU.")
        quantity = amount = None
        if scan.weight_g is not None:
            if product.unit.dimension != "mass":
                raise NotSellable(f"Code {scan.raw} carries a weight but {product.name_en} is not sold by weight.")
            quantity = grams_to_quantity(scan.weight_g, unit=product.unit)
        if scan.price_minor is not None:
            amount = scan.price_minor
        if scan.count is not None:
            quantity = scan.count * ONE
        return Resolved(product=product, scan=scan, quantity=quantity, amount=amount)

    def _find(self, scan: ScannedCode) -> Product | None:
        repo = self.catalog
        if scan.kind == "plain":
            return repo.by_plu(scan.lookup) or repo.by_sku(scan.lookup) or repo.by_barcode(scan.lookup)
        product = repo.by_barcode(scan.lookup)
        if product is None and scan.item_code:
            product = repo.by_plu(scan.item_code.lstrip("0") or "0") or repo.by_plu(scan.item_code)
        return product

    def search(self, term: str, *, limit: int = 20) -> list[Product]:
        return self.catalog.search(term, limit=limit)

    # -- the basket ------------------------------------------------------------------------------------
    def add_code(self, basket: Basket, code: str, *, quantity: int | None = None, weight: int | None = None,
                 portion: str | None = None, count: int = 1, override_by: str | None = None) -> Line:
        """Add what `code` names. weight/quantity in thousandths of the base unit; count of pieces/portions."""
        return self.add_resolved(basket, self.resolve(code), quantity=quantity, weight=weight, portion=portion,
                                 count=count, override_by=override_by)

    def add_resolved(self, basket: Basket, found: Resolved, *, quantity: int | None = None,
                     weight: int | None = None, portion: str | None = None, count: int = 1,
                     override_by: str | None = None) -> Line:
        """add_code for a code already resolved (by a caller that needed the product first), without a
        second catalog lookup."""
        if found.amount is not None:
            derived = self._quantity_for_amount(found.product, found.amount)
            return self.add_product(basket, found.product, quantity=found.quantity or derived,
                                    amount=found.amount, weighed=found.product.sold_by is SoldBy.WEIGHT,
                                    override_by=override_by)
        if found.quantity is not None:
            return self.add_product(basket, found.product, quantity=found.quantity, weighed=True,
                                    override_by=override_by)
        return self.add_product(basket, found.product, quantity=weight if weight is not None else quantity,
                                portion=portion, count=count, weighed=weight is not None, override_by=override_by)

    def add_product(self, basket: Basket, product: Product, *, quantity: int | None = None,
                    portion: str | None = None, count: int = 1, amount: int | None = None, weighed: bool = False,
                    override_by: str | None = None) -> Line:
        if product.sold_by is SoldBy.WEIGHT and quantity is None and amount is None:
            raise NotSellable(f"Weigh {product.name_en or product.sku} ({product.name_zh}) on the scale first.")
        parts = None
        if product.is_combo:
            parts = resolve_combo(product, catalog={c.sku: self.catalog.by_sku(c.sku) for c in product.components})
            skus = [part.product.sku for part in parts]
        else:
            skus = [product.sku]
        if quantity is not None and product.sold_by is SoldBy.PIECE and portion is None:
            count, quantity = (quantity // ONE, None) if quantity % ONE == 0 and quantity > 0 else (1, quantity)
        with self.db.reading() as connection:
            levels = stock_repo.levels(connection, skus)
        return basket.add(product, quantity=quantity, portion=portion, count=count, amount=amount, weighed=weighed,
                          combo_parts=parts, levels=levels, override_by=override_by)

    @staticmethod
    def _quantity_for_amount(product: Product, amount: int) -> int:
        """A price-labelled item moves stock by the quantity that price buys at the list price."""
        if product.sold_by is SoldBy.WEIGHT and product.price > 0:
            return max(div_round(amount * ONE, product.price), 1)
        return ONE

    # -- committing ------------------------------------------------------------------------------------
    def checkout(self, basket: Basket, *, tenders: list[TenderRequest], cashier: str,
                 at: datetime | None = None, external_ref: str | None = None) -> Sale:
        if not basket.lines:
            raise NotSellable("The basket is empty.")
        settlement = settle(total=basket.total, requests=tenders, cash_step=self.cash_step)
        sale = build_sale(basket, settlement, uuid=str(uuidlib.uuid4()), at=at or self._clock(), cashier=cashier,
                          till=self.till_id, external_ref=external_ref)
        with self.db.transaction() as connection:
            sales_repo.insert(connection, sale)
        return sale

    def refund(self, sale_uuid: str, *, items: list[RefundItem], cashier: str,
               tender: TenderKind = TenderKind.CASH, reference: str = "", at: datetime | None = None,
               authorised_by: str | None = None) -> Sale:
        # Read and write in one write transaction, so two tills' refunds of one sale cannot both pass the check.
        with self.db.transaction() as connection:
            original = sales_repo.load(connection, sale_uuid)
            if original is None:
                raise RefundError(f"No sale {sale_uuid} on this till.")
            refund = build_refund(original, items=items, earlier=sales_repo.refunds_of(connection, sale_uuid),
                                  uuid=str(uuidlib.uuid4()), at=at or self._clock(), cashier=cashier,
                                  till=self.till_id, tender=tender, cash_step=self.cash_step, reference=reference)
            sales_repo.insert(connection, refund)
            if authorised_by is not None:   # the till's refunds carry their manager: audited in this transaction
                audit_repo.insert(connection, audit_repo.refund_entry(refund, authorised_by=authorised_by))
        return refund
