"""HQ's catalog file: the till's catalog columns (docs/formats.md, read by pos_app.services.catalog_format)
plus the supply columns only HQ keeps — `lead_time_days`, `shelf_life_days`, `loss_rate`, `pack_size`,
`min_order` (crud/supply.py). The tills never see these, so the till's own catalog file does not have them.

A blank supply cell means "not set" (the default: the supplier's lead time, not perishable, no loss, the
product's smallest sellable quantity as pack, no minimum); a file without any supply column leaves HQ's
supply terms as they are, so a till's catalog file can be imported at HQ unchanged.
"""
from __future__ import annotations

from collections.abc import Mapping

from pos_app.core.errors import InvalidInput, PosError
from pos_app.core.money import parse_rate
from pos_app.core.quantity import Unit, parse_quantity
from pos_app.services.catalog_format import format_quantity, format_rate

SUPPLY_COLUMNS = ("lead_time_days", "shelf_life_days", "loss_rate", "pack_size", "min_order")
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
