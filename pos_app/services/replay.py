"""Ringing a file of baskets through the sale service, as a till would, and summing up what happened.

A basket with a bad row is not rung (a half-rung basket would be a sale nobody made); it is reported
with its line numbers and the replay goes on. Baskets already rung (same basket id) are skipped, so a
replay interrupted by a crash or power cut is finished by running it again.
"""
from __future__ import annotations

import csv
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from pos_app.core.basket import Basket
from pos_app.core.errors import InvalidInput, PosError
from pos_app.core.money import CNY, format_rate
from pos_app.core.quantity import ONE, format_quantity, parse_quantity
from pos_app.core.sale import Sale
from pos_app.core.tenders import TenderKind, TenderRequest, parse_tender_kind
from pos_app.services.checkout import SaleService
from pos_app.storage import sales_repo, stock_repo

COLUMNS = {"basket_id", "time", "code", "quantity", "weight", "portion", "tender", "cashier"}


@dataclass
class BasketRows:
    basket_id: str
    rows: list[tuple[int, dict]] = field(default_factory=list)


@dataclass
class ReplayResult:
    sales: list[Sale] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    problems: list[dict] = field(default_factory=list)


def read_baskets(path: Path) -> tuple[list[BasketRows], list[dict]]:
    try:
        return _read_baskets(path)
    except OSError as error:
        raise InvalidInput(f"Cannot read {path}: {error.strerror or error}.") from None
    except UnicodeDecodeError:
        raise InvalidInput(f"{path.name} is not UTF-8 text: save it as CSV UTF-8.") from None


def _read_baskets(path: Path) -> tuple[list[BasketRows], list[dict]]:
    with open(path, newline="", encoding="utf-8-sig") as handle:
        reader = csv.DictReader(handle)
        header = {name.strip().lower() for name in (reader.fieldnames or [])}
        unknown = header - COLUMNS
        if unknown or not {"basket_id", "code"} <= header:
            raise InvalidInput(f"{path.name}: the header needs basket_id and code"
                               + (f"; unknown columns: {', '.join(sorted(unknown))}" if unknown else "") + ".")
        baskets: dict[str, BasketRows] = {}
        problems = []
        for line_no, raw in enumerate(reader, start=2):
            row = {(k or "").strip().lower(): (v or "").strip() for k, v in raw.items() if k is not None}
            if None in raw:
                problems.append({"line": line_no, "basket": row.get("basket_id", ""), "reason": "too many fields"})
            basket_id = row.get("basket_id", "")
            if not basket_id:
                problems.append({"line": line_no, "basket": "", "reason": "basket_id is empty"})
                continue
            baskets.setdefault(basket_id, BasketRows(basket_id)).rows.append((line_no, row))
    return list(baskets.values()), problems


def parse_tenders(text: str) -> list[TenderRequest]:
    """'cash' | 'cash:100.00' | 'card' | 'mobile' | 'card:20.00+cash'."""
    requests = []
    for chunk in (text or "cash").split("+"):
        kind, _, amount = chunk.strip().partition(":")
        requests.append(TenderRequest(parse_tender_kind(kind), amount=CNY.parse(amount) if amount else None))
    return requests


def ring(service: SaleService, basket: BasketRows) -> Sale:
    cart = Basket()
    tender_text = ""
    cashier = "replay"
    at = None
    for line_no, row in basket.rows:
        try:
            _add_row(service, cart, row)
        except PosError as error:
            raise PosError(f"line {line_no}: {error}", code=error.code) from error
        tender_text = row.get("tender") or tender_text
        cashier = row.get("cashier") or cashier
        if row.get("time") and at is None:
            try:
                at = datetime.fromisoformat(row["time"])
            except ValueError:
                raise InvalidInput(f"line {line_no}: time {row['time']!r} is not ISO 8601.") from None
    return service.checkout(cart, tenders=parse_tenders(tender_text), cashier=cashier, at=at,
                            external_ref=basket.basket_id)


def _add_row(service: SaleService, cart: Basket, row: dict) -> None:
    code = row.get("code", "")
    if not code:
        raise InvalidInput("code is empty")
    found = service.resolve(code)
    unit = found.product.unit
    weight = parse_quantity(row["weight"], unit=unit, what="weight") if row.get("weight") else None
    quantity_text = row.get("quantity", "")
    portion = row.get("portion") or None
    if portion or found.product.is_combo or (quantity_text and "." not in quantity_text):
        count = int(parse_quantity(quantity_text or "1") // ONE) if quantity_text else 1
        if quantity_text and parse_quantity(quantity_text) % ONE:
            raise InvalidInput(f"quantity {quantity_text} must be a whole number here")
        service.add_resolved(cart, found, weight=weight, portion=portion, count=count)
    else:
        quantity = parse_quantity(quantity_text, unit=unit) if quantity_text else None
        service.add_resolved(cart, found, weight=weight, quantity=quantity)


def replay(service: SaleService, path: Path, *, on_commit: Callable[[str, Sale], None] | None = None) -> ReplayResult:
    baskets, problems = read_baskets(path)
    result = ReplayResult(problems=problems)
    bad_lines = {p["line"] for p in problems}
    for basket in baskets:
        if any(line_no in bad_lines for line_no, _ in basket.rows):
            continue
        with service.db.reading() as connection:
            if sales_repo.exists(connection, external_ref=basket.basket_id):
                result.skipped.append(basket.basket_id)
                continue
        try:
            sale = ring(service, basket)
        except PosError as error:
            result.problems.append({"line": _line_of(error, basket), "basket": basket.basket_id,
                                    "reason": str(error)})
            continue
        result.sales.append(sale)
        if on_commit:
            on_commit(basket.basket_id, sale)
    return result


def _line_of(error: PosError, basket: BasketRows) -> int:
    text = str(error)
    if text.startswith("line "):
        return int(text.split(":")[0][5:])
    return basket.rows[0][0]


def summarize(service: SaleService, result: ReplayResult) -> dict:
    """Exact decimal strings throughout; per SKU what this replay sold and the stock after it."""
    sold: dict[str, int] = defaultdict(int)
    taxes: dict[int, list[int]] = defaultdict(lambda: [0, 0])
    tenders: dict[str, int] = defaultdict(int)
    lines = 0
    for sale in result.sales:
        lines += len(sale.lines)
        for line in sale.lines:
            for part in line.parts:
                sold[part.sku] += part.quantity
        for tax in sale.taxes:
            taxes[tax.rate][0] += tax.gross
            taxes[tax.rate][1] += tax.tax
        for tender in sale.tenders:
            tenders[tender.kind.value] += tender.amount
    with service.db.reading() as connection:
        after = stock_repo.levels(connection, sold)
    units = {sku: p.unit.value for sku in sold if (p := service.catalog.by_sku(sku))}
    money = CNY.format
    return {
        "baskets": len(result.sales),
        "skipped_already_rung": len(result.skipped),
        "rejected_baskets": len({p["basket"] for p in result.problems}),
        "lines": lines,
        "revenue": money(sum(s.total for s in result.sales)),
        "cash_rounding": money(sum(s.rounding for s in result.sales)),
        "paid": money(sum(s.paid for s in result.sales)),
        "tenders": {kind.value: money(tenders[kind.value]) for kind in TenderKind if kind.value in tenders},
        "tax_by_rate": {format_rate(rate): {"gross": money(g), "tax": money(t)} for rate, (g, t) in sorted(taxes.items())},
        "skus": {sku: {"sold": format_quantity(q), "unit": units.get(sku, ""), "stock_after": format_quantity(after[sku])}
                 for sku, q in sorted(sold.items())},
        "problems": result.problems,
    }
