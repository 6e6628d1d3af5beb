"""A cashier's shift: opened with a cash float, X reports on the way, closed by a Z report.

One shift is open per till at a time (the database enforces it too). The shift's sales are this till's
sales dated within it (see `pos_app.storage.shifts_repo`), so checkout needs no change; the window opens a
shift before its first sale. Closing writes the counted cash, the kept Z report, the `shift_report` event
for HQ and an audit entry in one transaction, in which the figures are also summed — and since the window
commits through one writer thread, no sale can commit in between.
"""
from __future__ import annotations

import uuid as uuidlib
from collections.abc import Callable
from datetime import datetime, timedelta

from pos_app.core.errors import PosError
from pos_app.core.money import CNY
from pos_app.core.shift_report import X, Z, ShiftReport, report_lines
from pos_app.storage import audit_repo, outbox, settings_repo, shifts_repo
from pos_app.storage.audit_repo import AuditEntry
from pos_app.storage.clock import to_iso
from pos_app.storage.database import TillDatabase
from pos_app.storage.shifts_repo import Shift

OUTBOX_KIND = "shift_report"
CASH_KINDS = ("paid_in", "paid_out")


class ShiftError(PosError):
    code = "shift"


def report_payload(report: ShiftReport) -> dict:
    """The `shift_report` outbox event (sync.protocol.ShiftReportPayload); refunds_total is negative."""
    return {"shift_id": report.shift_id, "cashier": report.cashier, "opened_at": to_iso(report.opened_at),
            "closed_at": to_iso(report.until), "opening_float": report.opening_float,
            "counted_cash": report.counted_cash, "expected_cash": report.expected_cash,
            "sales_count": report.sales_count, "sales_total": report.sales_total,
            "refunds_total": report.refunds_total, "tenders": dict(report.tenders)}


def _check_amount(amount: int, *, what: str, allow_zero: bool = True) -> None:
    if not isinstance(amount, int) or isinstance(amount, bool) or amount < 0 or (amount == 0 and not allow_zero):
        raise ShiftError(f"The {what} must be a whole number of fen, {'zero or more' if allow_zero else 'above zero'}.")


class Shifts:
    def __init__(self, db: TillDatabase, *, clock: Callable[[], datetime] | None = None) -> None:
        self.db = db
        self._clock = clock or (lambda: datetime.now().astimezone())
        with db.reading() as connection:
            self.till_id = settings_repo.get(connection, "till_id")

    def current(self) -> Shift | None:
        with self.db.reading() as connection:
            return shifts_repo.open_shift(connection, till=self.till_id)

    def _require_open(self, connection) -> Shift:
        shift = shifts_repo.open_shift(connection, till=self.till_id)
        if shift is None:
            raise ShiftError("No shift is open on this till: open one with a cash float first.")
        return shift

    def open(self, *, cashier: str, opening_float: int) -> Shift:
        _check_amount(opening_float, what="opening float")
        with self.db.transaction() as connection:
            current = shifts_repo.open_shift(connection, till=self.till_id)
            if current is not None:
                raise ShiftError(f"A shift is already open on this till (opened by {current.cashier} at "
                                 f"{current.opened_at:%H:%M}); close it with a Z report first.")
            at = self._clock()
            last = shifts_repo.last_closed_at(connection, till=self.till_id)
            if last is not None and at <= last:   # strictly after the last close: no sale in two shifts
                at = last + timedelta(microseconds=1)
            shift = Shift(id=str(uuidlib.uuid4()), till=self.till_id, cashier=cashier, opened_at=at,
                          opening_float=opening_float)
            shifts_repo.insert(connection, shift)
        return shift

    def move_cash(self, *, kind: str, amount: int, reason: str, user_id: str,
                  authorised_by: str | None = None) -> None:
        """Cash paid into or out of the drawer outside a sale (change brought in, a supplier paid in cash);
        audited, and counted in the expected cash. A paid-out needs a manager: see authorisation."""
        if kind not in CASH_KINDS:
            raise ShiftError("Cash is either paid in or paid out.")
        _check_amount(amount, what="amount", allow_zero=False)
        if not reason.strip():
            raise ShiftError("Say why cash is paid in or out.")
        with self.db.transaction() as connection:
            shift = self._require_open(connection)
            at = self._clock()
            shifts_repo.add_cash(connection, shift_id=shift.id, kind=kind, amount=amount, reason=reason.strip()[:200],
                                 user_id=user_id, authorised_by=authorised_by, at=at)
            audit_repo.insert(connection, AuditEntry(kind, actor=user_id, at=at, till=self.till_id,
                                                     authorised_by=authorised_by, subject=shift.id,
                                                     details={"amount": amount, "reason": reason.strip()[:200]}))

    def x_report(self) -> ShiftReport:
        """The open shift's figures so far; the shift goes on."""
        with self.db.reading() as connection:
            shift = self._require_open(connection)
            return shifts_repo.report(connection, shift, kind=X, until=max(self._clock(), shift.opened_at))

    def close(self, *, counted_cash: int, closed_by: str) -> ShiftReport:
        """The Z report: counted against expected cash, kept, sent to HQ; the shift is closed."""
        _check_amount(counted_cash, what="counted cash")
        with self.db.transaction() as connection:
            shift = self._require_open(connection)
            at = max(self._clock(), shift.opened_at)
            report = shifts_repo.report(connection, shift, kind=Z, until=at, counted_cash=counted_cash,
                                        closed_by=closed_by)
            shifts_repo.close(connection, shift_id=shift.id, at=at, closed_by=closed_by, counted_cash=counted_cash,
                              report=report)
            outbox.append(connection, kind=OUTBOX_KIND, payload=report_payload(report))
            audit_repo.insert(connection, AuditEntry(
                "shift_close", actor=closed_by, at=at, till=self.till_id, subject=shift.id,
                details={"counted_cash": counted_cash, "expected_cash": report.expected_cash,
                         "difference": report.difference}))
        return report

    def kept_report(self, shift_id: str) -> ShiftReport:
        """A closed shift's Z report as it was taken (for reprints)."""
        with self.db.reading() as connection:
            report = shifts_repo.kept_report(connection, shift_id)
        if report is None:
            raise ShiftError("That shift has no Z report: it is still open, or it is not from this till.")
        return report

    def recent(self, *, limit: int = 20) -> list[Shift]:
        with self.db.reading() as connection:
            return shifts_repo.recent(connection, till=self.till_id, limit=limit)


def difference_sentence(report: ShiftReport) -> str:
    """One line for the window: over, short or exact."""
    difference = report.difference
    if difference is None:
        return f"Expected cash {CNY.format(report.expected_cash, symbol=True)}."
    if difference == 0:
        return "The drawer is exact."
    word = "over" if difference > 0 else "short"
    return f"The drawer is {CNY.format(abs(difference), symbol=True)} {word}."


__all__ = ["Shifts", "ShiftError", "ShiftReport", "report_lines", "report_payload", "difference_sentence"]
