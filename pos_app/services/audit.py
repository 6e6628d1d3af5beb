"""Recording sensitive till actions in the audit log.

An action that writes (a refund, a Z report, cash paid out) puts its entry in its own transaction through
`pos_app.storage.audit_repo.insert`; an action that changes only the basket in memory (a void, a discount,
a sold-out override) or the drawer (opened without a sale) is recorded here, in a transaction of its own,
after it succeeded. Either way the entry also goes to HQ through the outbox (event kind "audit").
"""
from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from pos_app.storage import audit_repo, settings_repo
from pos_app.storage.audit_repo import AuditEntry
from pos_app.storage.database import TillDatabase


class AuditLog:
    def __init__(self, db: TillDatabase, *, clock: Callable[[], datetime] | None = None) -> None:
        self.db = db
        self._clock = clock or (lambda: datetime.now().astimezone())
        with db.reading() as connection:
            self.till_id = settings_repo.get(connection, "till_id")

    def entry(self, action: str, *, actor: str, authorised_by: str | None = None, subject: str = "",
              details: dict | None = None) -> AuditEntry:
        """An entry for this till, now (for callers that write it inside their own transaction)."""
        return AuditEntry(action=action, actor=actor, at=self._clock(), till=self.till_id,
                          authorised_by=authorised_by, subject=subject, details=details or {})

    def record(self, action: str, *, actor: str, authorised_by: str | None = None, subject: str = "",
               details: dict | None = None) -> AuditEntry:
        entry = self.entry(action, actor=actor, authorised_by=authorised_by, subject=subject, details=details)
        with self.db.transaction() as connection:
            audit_repo.insert(connection, entry)
        return entry

    def recent(self, *, limit: int = 100, action: str | None = None) -> list[AuditEntry]:
        with self.db.reading() as connection:
            return audit_repo.recent(connection, limit=limit, action=action)
