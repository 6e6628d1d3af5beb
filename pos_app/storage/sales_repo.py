"""Writing a sale or refund durably — record, lines, parts, payments, taxes, stock and outbox in one
transaction — and reading one back."""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import Connection

from pos_app.core.basket import Part
from pos_app.core.sale import Sale, SaleKind, SaleLine, TaxLine
from pos_app.core.tenders import Tender, TenderKind
from pos_app.storage import outbox, stock_repo
from pos_app.storage.clock import to_iso

_LINE_COLUMNS = ("line_no", "sku", "name_zh", "name_en", "sold_by", "quantity", "unit", "count", "portion",
                 "unit_price", "amount", "discount", "discount_reason", "net", "tax_rate", "weighed",
                 "override_by", "disposition", "origin_line")


def insert(connection: Connection, sale: Sale) -> int:
    """Write `sale` inside the caller's transaction; returns its row id."""
    at = to_iso(sale.created_at)
    sale_id = connection.exec_driver_sql(
        "INSERT INTO sales (uuid, kind, created_at, cashier, till, total, discount, discount_reason, rounding, "
        '"change", original_uuid, external_ref, line_count) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
        (sale.uuid, sale.kind.value, at, sale.cashier, sale.till, sale.total, sale.discount, sale.discount_reason,
         sale.rounding, sale.change, sale.original_uuid, sale.external_ref, len(sale.lines))).lastrowid
    marks = ", ".join("?" * (len(_LINE_COLUMNS) + 1))
    connection.exec_driver_sql(
        f"INSERT INTO sale_lines (sale_id, {', '.join(_LINE_COLUMNS)}) VALUES ({marks})",
        [(sale_id, *(getattr(line, column) for column in _LINE_COLUMNS)) for line in sale.lines])
    connection.exec_driver_sql(
        "INSERT INTO sale_parts (sale_id, line_no, position, sku, quantity, amount, tax_rate) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)",
        [(sale_id, line.line_no, i, p.sku, p.quantity, p.amount, p.tax_rate)
         for line in sale.lines for i, p in enumerate(line.parts)])
    if sale.tenders:
        connection.exec_driver_sql(
            "INSERT INTO payments (sale_id, position, kind, amount, tendered, reference) VALUES (?, ?, ?, ?, ?, ?)",
            [(sale_id, i, t.kind.value, t.amount, t.tendered, t.reference) for i, t in enumerate(sale.tenders)])
    if sale.taxes:
        connection.exec_driver_sql("INSERT INTO sale_taxes (sale_id, rate, gross, tax) VALUES (?, ?, ?, ?)",
                                   [(sale_id, t.rate, t.gross, t.tax) for t in sale.taxes])
    movements = stock_repo.apply(connection, sale.movements(), sale_uuid=sale.uuid, at=at)
    outbox.append(connection, kind=sale.kind.value, payload=to_payload(sale, movements=movements),
                  event_id=sale.uuid)
    return sale_id


def exists(connection: Connection, *, external_ref: str) -> bool:
    return connection.exec_driver_sql("SELECT 1 FROM sales WHERE external_ref = ?", (external_ref,)).first() is not None


def load(connection: Connection, sale_uuid: str) -> Sale | None:
    row = connection.exec_driver_sql(
        'SELECT id, uuid, kind, created_at, cashier, till, total, discount, discount_reason, rounding, "change", '
        "original_uuid, external_ref FROM sales WHERE uuid = ?", (sale_uuid,)).first()
    if row is None:
        return None
    sale_id = row[0]
    parts: dict[int, list[Part]] = {}
    for line_no, sku, quantity, amount, rate in connection.exec_driver_sql(
            "SELECT line_no, sku, quantity, amount, tax_rate FROM sale_parts WHERE sale_id = ? "
            "ORDER BY line_no, position", (sale_id,)):
        parts.setdefault(line_no, []).append(Part(sku=sku, quantity=quantity, amount=amount, tax_rate=rate))
    lines = []
    for values in connection.exec_driver_sql(
            f"SELECT {', '.join(_LINE_COLUMNS)} FROM sale_lines WHERE sale_id = ? ORDER BY line_no", (sale_id,)):
        data = dict(zip(_LINE_COLUMNS, values))
        data["weighed"] = bool(data["weighed"])
        lines.append(SaleLine(**data, parts=tuple(parts.get(data["line_no"], ()))))
    tenders = tuple(Tender(TenderKind(k), amount=a, tendered=t, reference=r) for k, a, t, r in connection.exec_driver_sql(
        "SELECT kind, amount, tendered, reference FROM payments WHERE sale_id = ? ORDER BY position", (sale_id,)))
    taxes = tuple(TaxLine(rate=r, gross=g, tax=t) for r, g, t in connection.exec_driver_sql(
        "SELECT rate, gross, tax FROM sale_taxes WHERE sale_id = ? ORDER BY rate", (sale_id,)))
    return Sale(uuid=row[1], kind=SaleKind(row[2]), created_at=datetime.fromisoformat(row[3]), cashier=row[4],
                till=row[5], lines=tuple(lines), discount=row[7], discount_reason=row[8], total=row[6],
                tenders=tenders, rounding=row[9], change=row[10], taxes=taxes, original_uuid=row[11],
                external_ref=row[12])


def refunds_of(connection: Connection, sale_uuid: str) -> list[Sale]:
    uuids = [u for (u,) in connection.exec_driver_sql(
        "SELECT uuid FROM sales WHERE original_uuid = ? ORDER BY id", (sale_uuid,))]
    return [sale for u in uuids if (sale := load(connection, u)) is not None]


def to_payload(sale: Sale, *, movements: list[dict]) -> dict:
    """The outbox event for HQ: the whole record, money and quantities as integers of minor/milli units."""
    return {
        "uuid": sale.uuid, "kind": sale.kind.value, "created_at": to_iso(sale.created_at),
        "cashier": sale.cashier, "till": sale.till, "total": sale.total, "discount": sale.discount,
        "discount_reason": sale.discount_reason, "rounding": sale.rounding, "change": sale.change,
        "original_uuid": sale.original_uuid, "external_ref": sale.external_ref,
        "lines": [{**{c: getattr(line, c) for c in _LINE_COLUMNS},
                   "parts": [{"sku": p.sku, "quantity": p.quantity, "amount": p.amount, "tax_rate": p.tax_rate}
                             for p in line.parts]} for line in sale.lines],
        "tenders": [{"kind": t.kind.value, "amount": t.amount, "tendered": t.tendered, "reference": t.reference}
                    for t in sale.tenders],
        "taxes": [{"rate": t.rate, "gross": t.gross, "tax": t.tax} for t in sale.taxes],
        "movements": movements,
    }
