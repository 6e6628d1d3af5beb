"""A purchase order as a file for the supplier: CSV (UTF-8 with BOM, so spreadsheet programs read the Chinese
names) or XLSX, one row per line. Quantities are exact decimals of the base unit (2.345 kg), written from the
integer thousandths; in XLSX they are numbers (Decimal, shown with three places) so the supplier can add them up.
"""
from __future__ import annotations

import csv
import io
from decimal import Decimal

from pos_app.core.quantity import format_quantity

FORMATS = {"csv": "text/csv; charset=utf-8", "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"}
COLUMNS = ("order", "store", "supplier", "status", "sku", "name_zh", "name_en", "unit", "suggested", "ordered",
           "received")
_QUANTITIES = ("suggested", "ordered", "received")


def rows(order: dict) -> list[dict]:
    return [{"order": order["id"], "store": order["store_id"], "supplier": order["supplier"],
             "status": order["status"], **{key: line[key] for key in ("sku", "name_zh", "name_en", "unit")},
             **{key: None if line[key] is None else format_quantity(line[key], places=3) for key in _QUANTITIES}}
            for line in order["lines"]]


def render(order: dict, *, kind: str) -> bytes:
    if kind not in FORMATS:
        raise ValueError(f"a purchase order is exported as {' or '.join(FORMATS)}, not {kind!r}")
    table = rows(order)
    if kind == "csv":
        out = io.StringIO(newline="")
        writer = csv.writer(out)
        writer.writerow(COLUMNS)
        writer.writerows([["" if row[c] is None else row[c] for c in COLUMNS] for row in table])
        return out.getvalue().encode("utf-8-sig")
    import openpyxl      # imported here: HQ's start does not pay for it

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = f"order {order['id']}"
    sheet.append(list(COLUMNS))
    for row in table:
        sheet.append([Decimal(row[c]) if c in _QUANTITIES and row[c] is not None else row[c] for c in COLUMNS])
    for name in _QUANTITIES:
        for cell in sheet[chr(ord("A") + COLUMNS.index(name))][1:]:
            cell.number_format = "0.000"
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def filename(order: dict, *, kind: str) -> str:
    safe = "".join(ch if ch.isalnum() or ch in "-_" else "_" for ch in order["supplier"])[:40] or "supplier"
    return f"purchase-order-{order['store_id']}-{order['id']}-{safe}.{kind}"
