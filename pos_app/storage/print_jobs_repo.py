"""Print jobs as stored: ESC/POS bytes waiting for the receipt printer, in the till database so a job
survives a restart and a printer that is off for hours.

Every function runs inside the caller's connection and does one short statement: the print queue never
holds a write transaction while it talks to a printer.
"""
from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Connection

from pos_app.storage.clock import now_iso

KINDS = ("receipt", "reprint", "test", "drawer")
PENDING, PRINTED, EXPIRED, CANCELLED = "pending", "printed", "expired", "cancelled"
_COLUMNS = "id, kind, sale_uuid, payload, state, created_at, attempts, last_error, last_attempt_at, printed_at"


@dataclass(frozen=True)
class PrintJob:
    id: int
    kind: str
    sale_uuid: str | None
    payload: bytes
    state: str
    created_at: str
    attempts: int = 0
    last_error: str = ""
    last_attempt_at: str | None = None
    printed_at: str | None = None


def _job(row) -> PrintJob:
    return PrintJob(id=row[0], kind=row[1], sale_uuid=row[2], payload=bytes(row[3]), state=row[4],
                    created_at=row[5], attempts=row[6], last_error=row[7], last_attempt_at=row[8],
                    printed_at=row[9])


def insert(connection: Connection, *, payload: bytes, kind: str, sale_uuid: str | None = None,
           created_at: str | None = None) -> int:
    if kind not in KINDS:
        raise ValueError(f"A print job is one of {', '.join(KINDS)}, not {kind!r}.")
    cursor = connection.exec_driver_sql(
        "INSERT INTO print_jobs (kind, sale_uuid, payload, state, created_at, attempts, last_error) "
        "VALUES (?, ?, ?, ?, ?, 0, '')", (kind, sale_uuid, bytes(payload), PENDING, created_at or now_iso()))
    return cursor.lastrowid


def get(connection: Connection, job_id: int) -> PrintJob | None:
    row = connection.exec_driver_sql(f"SELECT {_COLUMNS} FROM print_jobs WHERE id = ?", (job_id,)).first()
    return _job(row) if row else None


def next_pending(connection: Connection) -> PrintJob | None:
    """Drawer kicks first (the cashier stands there with cash in hand), then the rest in the order queued."""
    row = connection.exec_driver_sql(
        f"SELECT {_COLUMNS} FROM print_jobs WHERE state = ? ORDER BY kind != 'drawer', id LIMIT 1",
        (PENDING,)).first()
    return _job(row) if row else None


def pending(connection: Connection, *, limit: int = 200) -> list[PrintJob]:
    rows = connection.exec_driver_sql(
        f"SELECT {_COLUMNS} FROM print_jobs WHERE state = ? ORDER BY kind != 'drawer', id LIMIT ?",
        (PENDING, limit)).all()
    return [_job(row) for row in rows]


def pending_count(connection: Connection) -> int:
    return connection.exec_driver_sql("SELECT count(*) FROM print_jobs WHERE state = ?", (PENDING,)).scalar_one()


def mark_printed(connection: Connection, *, job_id: int, at: str | None = None) -> bool:
    """False when the job was no longer pending (cancelled while it was being sent)."""
    at = at or now_iso()
    cursor = connection.exec_driver_sql(
        "UPDATE print_jobs SET state = ?, attempts = attempts + 1, last_attempt_at = ?, printed_at = ?, "
        "last_error = '' WHERE id = ? AND state = ?", (PRINTED, at, at, job_id, PENDING))
    return cursor.rowcount == 1


def record_failure(connection: Connection, *, job_id: int, error: str, at: str | None = None) -> None:
    connection.exec_driver_sql(
        "UPDATE print_jobs SET attempts = attempts + 1, last_error = ?, last_attempt_at = ? "
        "WHERE id = ? AND state = ?", (error, at or now_iso(), job_id, PENDING))


def give_up(connection: Connection, *, job_id: int, state: str, reason: str) -> bool:
    """Take a pending job out of the queue for good: EXPIRED by the queue, CANCELLED by the cashier."""
    if state not in (EXPIRED, CANCELLED):
        raise ValueError(f"A job is given up as {EXPIRED} or {CANCELLED}, not {state!r}.")
    cursor = connection.exec_driver_sql(
        "UPDATE print_jobs SET state = ?, last_error = ? WHERE id = ? AND state = ?",
        (state, reason, job_id, PENDING))
    return cursor.rowcount == 1


def latest_receipt(connection: Connection, *, sale_uuid: str) -> PrintJob | None:
    """The newest receipt or reprint of a sale, whatever its state: what a reprint sends again."""
    row = connection.exec_driver_sql(
        f"SELECT {_COLUMNS} FROM print_jobs WHERE sale_uuid = ? AND kind IN ('receipt', 'reprint') "
        "ORDER BY id DESC LIMIT 1", (sale_uuid,)).first()
    return _job(row) if row else None


def prune(connection: Connection, *, keep: int) -> int:
    """Delete finished jobs beyond the newest `keep`; pending jobs are never pruned. Returns rows deleted."""
    cursor = connection.exec_driver_sql(
        "DELETE FROM print_jobs WHERE state != ? AND id NOT IN "
        "(SELECT id FROM print_jobs WHERE state != ? ORDER BY id DESC LIMIT ?)", (PENDING, PENDING, keep))
    return cursor.rowcount
