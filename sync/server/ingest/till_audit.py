"""Till audit events (voids, overrides, refunds, discounts, drawer openings) kept in HQ's audit log, beside
HQ's own entries: action `till.<action>`, target `<till>/<subject>`, the rest as JSON in detail. Called once
per newly stored event, so a resent event is not logged twice."""
from __future__ import annotations

import orjson
from sqlalchemy import Connection

from sync.protocol import AuditPayload
from sync.server.models import audit_log


def store(connection: Connection, pairs: list) -> None:
    """`pairs`: (batch, its newly stored events) of every push in the group."""
    rows = [{"at": batch.received, "actor": item.payload.actor, "action": f"till.{item.payload.action}",
             "target": f"{batch.till_id}/{item.payload.subject}"[:200],
             "detail": orjson.dumps({"event_id": item.event.id.lower(), "till_time": item.payload.at,
                                     "till": item.payload.till, "authorised_by": item.payload.authorised_by,
                                     "details": item.payload.details}).decode()}
            for batch, new in pairs for item in new if isinstance(item.payload, AuditPayload)]
    if rows:
        connection.execute(audit_log.insert(), rows)
