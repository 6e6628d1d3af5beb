"""Rows for the HQ tables, built from validated event payloads with as little work per row as possible.

Uuids are lower-cased: PostgreSQL's uuid type ignores case, SQLite's text does not, and an idempotency key
must mean the same on both.
"""
from __future__ import annotations

from datetime import datetime

import orjson
from msgspec import Struct
from msgspec.structs import astuple

from sync.protocol import MovementPayload, SalePayload, ShiftReportPayload
from sync.server.ingest import salewire

SALE_COLUMNS = ("uuid", "event_id", "store_id", "till_id", "kind", "created_at", "cashier", "till_label", "total",
                "discount", "discount_reason", "rounding", "change", "original_uuid", "external_ref", "line_count",
                "received_at")
LINE_COLUMNS = ("sale_uuid", "line_no", "sku", "name_zh", "name_en", "sold_by", "quantity", "unit", "count",
                "portion", "unit_price", "amount", "discount", "discount_reason", "net", "tax_rate", "weighed",
                "override_by", "disposition", "origin_line", "parts")
TENDER_COLUMNS = ("sale_uuid", "position", "kind", "amount", "tendered", "reference")
TAX_COLUMNS = ("sale_uuid", "rate", "gross", "tax")
# The first seven in MovementPayload's field order (see movement_rows); UUID, SKU, QUANTITY, EVENT index a row.
MOVEMENT_COLUMNS = ("uuid", "sku", "kind", "quantity", "sale_uuid", "reason", "till_time", "store_id", "event_id",
                    "till_id", "received_at")
UUID, SKU, QUANTITY, EVENT = 0, 1, 3, 8
SHIFT_COLUMNS = ("shift_id", "event_id", "store_id", "till_id", "cashier", "opened_at", "closed_at", "opening_float",
                 "counted_cash", "expected_cash", "sales_count", "sales_total", "refunds_total", "tenders",
                 "received_at")


def _values(record):
    """Field values in declaration order, of a pydantic model or of a salewire struct (copied in C)."""
    return astuple(record) if isinstance(record, Struct) else record.__dict__.values()


def _lower(value: str | None) -> str | None:
    return value.lower() if value else None


def sale_row(sale: SalePayload | salewire.Sale, *, event_id: str, store_id: str, till_id: str,
             received: datetime) -> tuple:
    return (sale.uuid.lower(), event_id, store_id, till_id, sale.kind, sale.created_at, sale.cashier, sale.till,
            sale.total, sale.discount, sale.discount_reason or "", sale.rounding, sale.change,
            _lower(sale.original_uuid), sale.external_ref, len(sale.lines), received)


def detail_rows(sale: SalePayload | salewire.Sale, *, lines: list, tenders: list, taxes: list) -> None:
    """Append the sale's lines, tenders and taxes to the given lists."""
    uuid = sale.uuid.lower()
    dumps = orjson.dumps
    for line in sale.lines:
        # The payload fields are declared in LINE_COLUMNS' order: one C-level copy of them, then the three
        # that need a change (optional text to "", 0/1 to bool, the parts to JSON — or NULL for the usual
        # single part that is the line itself: same sku, quantity, net and rate).
        row = [uuid, *_values(line)]
        row[13] = row[13] or ""
        row[16] = bool(row[16])
        parts = line.parts
        if len(parts) == 1 and (parts[0].sku, parts[0].quantity, parts[0].amount, parts[0].tax_rate) == (
                line.sku, line.quantity, line.net, line.tax_rate):
            row[20] = None
        else:
            row[20] = dumps([(p.sku, p.quantity, p.amount, p.tax_rate) for p in parts]).decode()
        lines.append(row)
    for position, tender in enumerate(sale.tenders):
        tenders.append((uuid, position, tender.kind, tender.amount, tender.tendered, tender.reference or ""))
    for tax in sale.taxes:
        taxes.append((uuid, tax.rate, tax.gross, tax.tax))


def movement_rows(movements: list[MovementPayload] | list[salewire.Movement], *, event_id: str, store_id: str,
                  till_id: str, received: datetime) -> list[list]:
    rows = []
    for movement in movements:
        row = [*_values(movement), store_id, event_id, till_id, received]
        row[0] = row[0].lower()
        row[4] = _lower(row[4])
        row[5] = row[5] or ""
        rows.append(row)
    return rows


def shift_row(report: ShiftReportPayload, *, event_id: str, store_id: str, till_id: str,
              received: datetime) -> tuple:
    return (report.shift_id.lower(), event_id, store_id, till_id, report.cashier, report.opened_at,
            report.closed_at, report.opening_float, report.counted_cash, report.expected_cash, report.sales_count,
            report.sales_total, report.refunds_total, orjson.dumps(report.tenders).decode(), received)
