"""Shifts on this till, their cash paid in and out, and the figures of the sales dated within them.

A shift covers this till's sales and refunds dated from its opened_at to its closed_at (or to now, for an
X report), both included: sales carry no shift column, so the sale path is untouched. Times are compared
as stored text, which orders them while the till keeps one UTC offset (China has no daylight saving); a
new shift opens strictly after the last one closed, so no sale falls into two shifts.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Connection

from pos_app.core.shift_report import ShiftReport, TaxTotal
from pos_app.storage.clock import to_iso


@dataclass(frozen=True)
class Shift:
    id: str
    till: str
    cashier: str
    opened_at: datetime
    opening_float: int
    closed_at: datetime | None = None
    closed_by: str | None = None
    counted_cash: int | None = None

    @property
    def is_open(self) -> bool:
        return self.closed_at is None


_COLUMNS = "id, till, cashier, opened_at, opening_float, closed_at, closed_by, counted_cash"


def _shift(row) -> Shift:
    return Shift(id=row[0], till=row[1], cashier=row[2], opened_at=datetime.fromisoformat(row[3]),
                 opening_float=row[4], closed_at=datetime.fromisoformat(row[5]) if row[5] else None,
                 closed_by=row[6], counted_cash=row[7])


def insert(connection: Connection, shift: Shift) -> None:
    connection.exec_driver_sql("INSERT INTO shifts (id, till, cashier, opened_at, opening_float) VALUES (?, ?, ?, ?, ?)",
                               (shift.id, shift.till, shift.cashier, to_iso(shift.opened_at), shift.opening_float))


def open_shift(connection: Connection, *, till: str) -> Shift | None:
    row = connection.exec_driver_sql(f"SELECT {_COLUMNS} FROM shifts WHERE till = ? AND closed_at IS NULL",
                                     (till,)).first()
    return None if row is None else _shift(row)


def get(connection: Connection, shift_id: str) -> Shift | None:
    row = connection.exec_driver_sql(f"SELECT {_COLUMNS} FROM shifts WHERE id = ?", (shift_id,)).first()
    return None if row is None else _shift(row)


def recent(connection: Connection, *, till: str, limit: int = 20) -> list[Shift]:
    return [_shift(row) for row in connection.exec_driver_sql(
        f"SELECT {_COLUMNS} FROM shifts WHERE till = ? ORDER BY opened_at DESC LIMIT ?", (till, limit))]


def last_closed_at(connection: Connection, *, till: str) -> datetime | None:
    row = connection.exec_driver_sql("SELECT max(closed_at) FROM shifts WHERE till = ?", (till,)).first()
    return datetime.fromisoformat(row[0]) if row and row[0] else None


def close(connection: Connection, *, shift_id: str, at: datetime, closed_by: str, counted_cash: int,
          report: ShiftReport) -> None:
    connection.exec_driver_sql(
        "UPDATE shifts SET closed_at = ?, closed_by = ?, counted_cash = ?, report = ? WHERE id = ? "
        "AND closed_at IS NULL", (to_iso(at), closed_by, counted_cash, json.dumps(report.to_dict()), shift_id))


def kept_report(connection: Connection, shift_id: str) -> ShiftReport | None:
    row = connection.exec_driver_sql("SELECT report FROM shifts WHERE id = ?", (shift_id,)).first()
    return ShiftReport.from_dict(json.loads(row[0])) if row and row[0] else None


def add_cash(connection: Connection, *, shift_id: str, kind: str, amount: int, reason: str, user_id: str,
             authorised_by: str | None, at: datetime) -> None:
    connection.exec_driver_sql(
        "INSERT INTO cash_movements (shift_id, kind, amount, reason, user_id, authorised_by, at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)", (shift_id, kind, amount, reason, user_id, authorised_by, to_iso(at)))


def report(connection: Connection, shift: Shift, *, kind: str, until: datetime, counted_cash: int | None = None,
           closed_by: str | None = None) -> ShiftReport:
    """The figures of `shift` up to `until`, summed by the database from the stored sales and refunds."""
    window = (shift.till, to_iso(shift.opened_at), to_iso(until))
    scope = "s.till = ? AND s.created_at >= ? AND s.created_at <= ?"

    def query(sql: str):
        return connection.exec_driver_sql(sql, window).all()

    counts = {kind_: (n, total, rounding, discount) for kind_, n, total, rounding, discount in query(
        f"SELECT s.kind, count(*), sum(s.total), sum(s.rounding), sum(s.discount) FROM sales s WHERE {scope} "
        "GROUP BY s.kind")}
    line_discounts = query(f"SELECT coalesce(sum(l.discount), 0) FROM sale_lines l JOIN sales s ON s.id = l.sale_id "
                           f"WHERE {scope} AND s.kind = 'sale'")[0][0]
    tenders = query(f"SELECT p.kind, sum(p.amount) FROM payments p JOIN sales s ON s.id = p.sale_id WHERE {scope} "
                    "GROUP BY p.kind ORDER BY p.kind")
    taxes = query(f"SELECT t.rate, sum(t.gross), sum(t.tax) FROM sale_taxes t JOIN sales s ON s.id = t.sale_id "
                  f"WHERE {scope} GROUP BY t.rate ORDER BY t.rate")
    categories = query(f"SELECT coalesce(pr.category, ''), sum(sp.amount) FROM sale_parts sp "
                       f"JOIN sales s ON s.id = sp.sale_id LEFT JOIN products pr ON pr.sku = sp.sku WHERE {scope} "
                       "GROUP BY 1 ORDER BY 1")
    cash = dict(connection.exec_driver_sql(
        "SELECT kind, sum(amount) FROM cash_movements WHERE shift_id = ? GROUP BY kind", (shift.id,)).all())
    sales_n, sales_total, sales_rounding, basket_discounts = counts.get("sale", (0, 0, 0, 0))
    refunds_n, refunds_total, refunds_rounding, _ = counts.get("refund", (0, 0, 0, 0))
    return ShiftReport(
        kind=kind, shift_id=shift.id, till=shift.till, cashier=shift.cashier, opened_at=shift.opened_at,
        until=until, opening_float=shift.opening_float, sales_count=sales_n, sales_total=sales_total,
        refunds_count=refunds_n, refunds_total=refunds_total, rounding=sales_rounding + refunds_rounding,
        discounts=basket_discounts + line_discounts, tenders=tuple((k, a) for k, a in tenders),
        taxes=tuple(TaxTotal(rate=r, gross=g, tax=t) for r, g, t in taxes),
        categories=tuple((c, a) for c, a in categories), paid_in=cash.get("paid_in", 0),
        paid_out=cash.get("paid_out", 0), counted_cash=counted_cash, closed_by=closed_by)
