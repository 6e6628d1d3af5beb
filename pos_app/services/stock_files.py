"""Stock files (docs/formats.md): goods received, shelf counts and write-offs, each file one transaction.

Every row is checked before anything is written (unknown SKU, a combo, a quantity finer than 0.001 of the
product's base unit, a sign that makes no sense); any problem rejects the whole file with its line numbers.
"""
from __future__ import annotations

import os
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from pos_app.core.errors import CatalogError, InvalidInput, PosError
from pos_app.core.products import Product
from pos_app.core.quantity import parse_quantity
from pos_app.core.stock import Movement, MovementKind, count_movement
from pos_app.services.catalog_files import read_table
from pos_app.storage import stock_repo

COLUMNS = ("sku", "quantity", "reason")
REQUIRED = ("sku", "quantity")
_DEFAULT_REASON = {"receive": "goods in", "count": "stock count", "waste": "waste"}


@dataclass(frozen=True)
class StockResult:
    kind: str        # 'receive' | 'count' | 'waste'
    rows: int        # data rows read
    products: int    # distinct products touched
    movements: int   # ledger movements written


@dataclass(frozen=True)
class _Row:
    line: int
    product: Product
    quantity: int    # thousandths of the base unit, as written in the file (never negative)
    reason: str


def receive_stock(db, path: str | os.PathLike) -> StockResult:
    """Goods in: one positive movement per row."""
    return _apply(db, path=path, kind="receive")


def waste_stock(db, path: str | os.PathLike) -> StockResult:
    """Write-offs: quantities are written positive in the file and subtract from stock."""
    return _apply(db, path=path, kind="waste")


def count_stock(db, path: str | os.PathLike) -> StockResult:
    """A shelf count: per product, one movement of (counted − current level).

    Rows of the same SKU add up (the shelf and the back room counted separately), and a count that matches
    the level is still recorded, as a zero movement, so the ledger shows when each product was last counted.
    """
    return _apply(db, path=path, kind="count")


def _apply(db, *, path: str | os.PathLike, kind: str) -> StockResult:
    path = Path(path)
    rows: list[_Row] = []
    problems: list[tuple[int, str]] = []
    for line, row in read_table(path, columns=COLUMNS, required=REQUIRED):
        try:
            rows.append(_parse(db, line=line, row=row, kind=kind))
        except PosError as error:
            problems.append((line, error.message))
    if problems:
        raise CatalogError(f"{path.name}: {len(problems)} problem(s) found; no stock was changed.",
                           problems=problems)
    with db.transaction() as connection:
        movements = _movements(connection, rows=rows, kind=kind)
        stock_repo.record(connection, movements)
    return StockResult(kind=kind, rows=len(rows), products=len({r.product.sku for r in rows}),
                       movements=len(movements))


def _parse(db, *, line: int, row: dict[str, str], kind: str) -> _Row:
    if "" in row:
        raise InvalidInput(row[""])
    sku = (row.get("sku") or "").strip()
    if not sku:
        raise InvalidInput("sku: is required.")
    product = db.catalog.by_sku(sku)
    if product is None:
        raise InvalidInput(f"sku: {sku} is not a product in this till's catalog.")
    if product.is_combo:
        raise InvalidInput(f"sku: {sku} is a combo; combos have no stock of their own — use its components.")
    text = (row.get("quantity") or "").strip()
    if not text:
        raise InvalidInput("quantity: is required.")
    if "e" in text.lower():
        raise InvalidInput(f"quantity: {text} is in scientific notation; write it as a plain decimal number.")
    try:
        quantity = parse_quantity(text, unit=product.unit)
    except PosError as error:
        raise InvalidInput(f"quantity: {error.message}") from None
    if kind == "count" and quantity < 0:
        raise InvalidInput(f"quantity: a counted quantity cannot be negative ({text} {product.unit.value}).")
    if kind != "count" and quantity <= 0:
        hint = {"receive": "to take stock away use a waste or count file",
                "waste": "write the quantity thrown away as a positive number"}[kind]
        raise InvalidInput(f"quantity: {text} {product.unit.value} must be more than zero ({hint}).")
    reason = (row.get("reason") or "").strip() or _DEFAULT_REASON[kind]
    return _Row(line=line, product=product, quantity=quantity, reason=reason)


def _movements(connection, *, rows: list[_Row], kind: str) -> list[Movement]:
    if kind == "receive":
        return [Movement(sku=r.product.sku, kind=MovementKind.GOODS_IN, quantity=r.quantity, reason=r.reason)
                for r in rows]
    if kind == "waste":
        return [Movement(sku=r.product.sku, kind=MovementKind.WASTE, quantity=-r.quantity, reason=r.reason)
                for r in rows]
    counted: dict[str, int] = defaultdict(int)
    reasons: dict[str, str] = {}
    for r in rows:
        counted[r.product.sku] += r.quantity
        reasons.setdefault(r.product.sku, r.reason)
    # Read inside the write transaction (BEGIN IMMEDIATE): no sale can move the level between read and write.
    levels = stock_repo.levels(connection, counted)
    return [count_movement(sku=sku, counted=total, level=levels[sku], reason=reasons[sku])
            for sku, total in counted.items()]
