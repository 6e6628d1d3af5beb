"""The till's audit log: one row per sensitive action, and the same entry in the outbox for HQ, written
inside the caller's transaction (the action's own, when the action writes)."""
from __future__ import annotations

import json
import uuid as uuidlib
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import Connection

from pos_app.core.errors import InvalidInput
from pos_app.core.sale import Sale
from pos_app.storage import outbox
from pos_app.storage.clock import to_iso

ACTIONS = ("sold_out_override", "void_line", "void_basket", "refund", "price_change", "discount", "no_sale",
           "paid_in", "paid_out", "shift_open", "shift_close", "user_locked")
OUTBOX_KIND = "audit"


@dataclass(frozen=True)
class AuditEntry:
    action: str
    actor: str                       # the user at the till
    at: datetime
    till: str
    authorised_by: str | None = None  # the manager whose PIN allowed it
    subject: str = ""                # what it was done to: a sale uuid, a sku, a shift id
    details: dict = field(default_factory=dict)
    uuid: str = field(default_factory=lambda: str(uuidlib.uuid4()))

    def __post_init__(self) -> None:
        if self.action not in ACTIONS:
            raise InvalidInput(f"Unknown audit action {self.action!r}.")
        _check_details(self.details)


def _check_details(value, *, depth: int = 0) -> None:
    # Money and quantities travel as integers; a float here would be the first one in the till's records.
    if depth > 4:
        raise InvalidInput("Audit details are nested too deeply.")
    if isinstance(value, float):
        raise InvalidInput("Audit details hold amounts as integers of fen, never floats.")
    if isinstance(value, dict):
        for key, item in value.items():
            if not isinstance(key, str):
                raise InvalidInput("Audit detail keys are text.")
            _check_details(item, depth=depth + 1)
    elif isinstance(value, (list, tuple)):
        for item in value:
            _check_details(item, depth=depth + 1)
    elif value is not None and not isinstance(value, (str, int, bool)):
        raise InvalidInput(f"Audit details cannot hold a {type(value).__name__}.")


def to_payload(entry: AuditEntry) -> dict:
    """The outbox event (sync.protocol.AuditPayload)."""
    return {"uuid": entry.uuid, "at": to_iso(entry.at), "till": entry.till, "action": entry.action,
            "actor": entry.actor, "authorised_by": entry.authorised_by, "subject": entry.subject,
            "details": entry.details}


def insert(connection: Connection, entry: AuditEntry) -> int:
    """Write `entry` and its outbox event inside the caller's transaction; returns the row id."""
    row_id = connection.exec_driver_sql(
        "INSERT INTO audit_log (uuid, at, till, action, actor, authorised_by, subject, details) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (entry.uuid, to_iso(entry.at), entry.till, entry.action, entry.actor, entry.authorised_by, entry.subject,
         json.dumps(entry.details, ensure_ascii=False, sort_keys=True))).lastrowid
    outbox.append(connection, kind=OUTBOX_KIND, payload=to_payload(entry), event_id=entry.uuid)
    return row_id


_COLUMNS = "uuid, at, till, action, actor, authorised_by, subject, details"


def _entry(row) -> AuditEntry:
    return AuditEntry(uuid=row[0], at=datetime.fromisoformat(row[1]), till=row[2], action=row[3], actor=row[4],
                      authorised_by=row[5], subject=row[6], details=json.loads(row[7]))


def recent(connection: Connection, *, limit: int = 100, action: str | None = None) -> list[AuditEntry]:
    """The latest entries, newest first."""
    where, args = ("WHERE action = ? ", (action,)) if action else ("", ())
    return [_entry(row) for row in connection.exec_driver_sql(
        f"SELECT {_COLUMNS} FROM audit_log {where}ORDER BY id DESC LIMIT ?", (*args, limit))]


def between(connection: Connection, *, till: str, start: str, end: str) -> list[AuditEntry]:
    """Entries of `till` from `start` to `end` (ISO times as stored), oldest first."""
    return [_entry(row) for row in connection.exec_driver_sql(
        f"SELECT {_COLUMNS} FROM audit_log WHERE till = ? AND at >= ? AND at <= ? ORDER BY id",
        (till, start, end))]


def refund_entry(refund: Sale, *, authorised_by: str | None) -> AuditEntry:
    """The entry for a refund, written in the refund's transaction."""
    lines = [{"line_no": line.origin_line, "sku": line.sku, "quantity": -line.quantity, "amount": -line.net,
              "disposition": line.disposition} for line in refund.lines]
    return AuditEntry(action="refund", actor=refund.cashier, at=refund.created_at, till=refund.till,
                      authorised_by=authorised_by, subject=refund.uuid,
                      details={"original_uuid": refund.original_uuid, "total": refund.total, "lines": lines,
                               "tender": refund.tenders[0].kind.value if refund.tenders else ""})
