"""HQ's catalog file: the till's catalog columns (docs/formats.md, read by pos_app.services.catalog_format)
plus the supply columns only HQ keeps — `lead_time_days`, `shelf_life_days`, `loss_rate`, `pack_size`,
`min_order` (crud/supply.py). The tills never see these, so the till's own catalog file does not have them.

A blank supply cell means "not set" (the default: the supplier's lead time, not perishable, no loss, the
product's smallest sellable quantity as pack, no minimum); a file without any supply column leaves HQ's
supply terms as they are, so a till's catalog file can be imported at HQ unchanged.
"""
from __future__ import annotations

from collections.abc import Iterable, Mapping

from pos_app.core.errors import InvalidInput, PosError
from pos_app.core.money import parse_rate
from pos_app.core.quantity import Unit, parse_quantity
from pos_app.services.catalog_format import (COLUMNS, format_quantity, format_rate, product_from_row,
                                             row_from_product)
from sync.products import product_to_wire, wire_to_product
from sync.protocol import ProductWire
from sync.server.crud import catalog, supply

SUPPLY_COLUMNS = ("lead_time_days", "shelf_life_days", "loss_rate", "pack_size", "min_order")
FILE_COLUMNS = COLUMNS + SUPPLY_COLUMNS
_MAX_DAYS = 3650


def terms_from_row(row: Mapping[str, str], *, sku: str, unit: Unit) -> dict:
    """The supply terms of one row (for crud.supply.upsert_terms); InvalidInput naming every bad column."""
    problems, terms = [], {"sku": sku}
    parsers = {"lead_time_days": lambda t: _days(t, least=0), "shelf_life_days": lambda t: _days(t, least=1),
               "loss_rate": _loss, "pack_size": lambda t: _quantity(t, unit=unit, least=1),
               "min_order": lambda t: _quantity(t, unit=unit, least=0)}
    for column, parse in parsers.items():
        text = (row.get(column) or "").strip()
        try:
            terms[column] = parse(text) if text else None
        except PosError as error:
            problems.append(f"{column}: {error.message.rstrip('.')}")
    if problems:
        raise InvalidInput("; ".join(problems) + ".")
    terms["loss_rate"] = terms["loss_rate"] or 0
    terms["min_order"] = terms["min_order"] or 0
    return terms


def row_from_terms(terms: Mapping) -> dict[str, str]:
    """The cells `terms_from_row` reads back as the same terms (unset values blank)."""
    def blank_or(value, text) -> str:
        return "" if value is None else text(value)

    return {"lead_time_days": blank_or(terms["lead_time_days"], str),
            "shelf_life_days": blank_or(terms["shelf_life_days"], str),
            "loss_rate": "" if not terms["loss_rate"] else format_rate(terms["loss_rate"]),
            "pack_size": blank_or(terms["pack_size"], format_quantity),
            "min_order": "" if not terms["min_order"] else format_quantity(terms["min_order"])}


def _days(text: str, *, least: int) -> int:
    if not (text.isascii() and text.isdigit()) or not least <= int(text) <= _MAX_DAYS:
        raise InvalidInput(f"{text!r}: write a whole number of days from {least} to {_MAX_DAYS}.")
    return int(text)


def _loss(text: str) -> int:
    if "e" in text.lower():
        raise InvalidInput(f"{text} is in scientific notation; write it as a plain decimal number.")
    rate = parse_rate(text)
    if rate >= 10_000:
        raise InvalidInput(f"{text}: a loss rate is a percentage below 100.")
    return rate


def _quantity(text: str, *, unit: Unit, least: int) -> int:
    if "e" in text.lower():
        raise InvalidInput(f"{text} is in scientific notation; write it as a plain decimal number.")
    milli = parse_quantity(text, unit=unit)
    if milli < least:
        raise InvalidInput(f"{text} {unit.value} must be {'more than zero' if least else 'zero or more'}.")
    if unit is Unit.PIECE and milli % 1000:
        raise InvalidInput(f"{text}: a product counted in pieces is ordered in whole pieces.")
    return milli


def read_rows(rows: Iterable[tuple[int, dict[str, str]]]) -> tuple[list[ProductWire], list[dict],
                                                                   list[tuple[int, str]]]:
    """A file's rows ((line, {column: text})) as the products to upsert, their supply terms (only where the
    file has supply columns: a blank cell there unsets that term) and every bad row's (line, reason), a SKU
    given on two lines included. Nothing is written: the caller applies all of it or none."""
    products, terms, problems, lines = [], [], [], {}
    for line, row in rows:
        given = {column: row.pop(column) for column in SUPPLY_COLUMNS if column in row}
        try:
            product = product_from_row(row)
        except PosError as error:
            problems.append((line, error.message))
            continue
        first = lines.setdefault(product.sku, line)
        if first != line:
            problems.append((line, f"sku {product.sku} is already used on line {first}."))
            continue
        products.append(product_to_wire(product))
        if given:
            try:
                terms.append(terms_from_row(given, sku=product.sku, unit=product.unit))
            except PosError as error:
                problems.append((line, error.message))
    return products, terms, problems


def export_page(connection, *, after: str, limit: int, store_id: str | None) -> tuple[list[dict[str, str]], str | None]:
    """One page of the catalog as file rows (FILE_COLUMNS; with `store_id`, that store's prices) and the next
    page's `after` (None on the last). Importing the rows changes nothing."""
    page = catalog.list_products(connection=connection, after=after, limit=limit, store_id=store_id)
    terms = {t["sku"]: t for t in supply.terms(connection=connection, skus=[p["sku"] for p in page["products"]])}
    rows = []
    for item in page["products"]:
        store_price = item.pop("store_price")
        wire = ProductWire(**{**item, "price": item["price"] if store_price is None else store_price})
        rows.append({**row_from_product(wire_to_product(wire)), **row_from_terms(terms[item["sku"]])})
    return rows, page["next"]
