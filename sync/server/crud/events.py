"""Events from the tills as the back office sees them: the rejected ones, kept whole with their reason.

A rejected event was acknowledged (the till's queue moved on) but not applied; its payload is kept as the
till sent it, so someone can see what went wrong and, if need be, record it by hand.
"""
from __future__ import annotations

import re
from datetime import datetime, timezone

from sqlalchemy import Connection, and_, or_, select

from sync.server.core.errors import Invalid
from sync.server.models import events

_UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")


def rejected(*, connection: Connection, store_id: str, before: str | None, limit: int) -> dict:
    """Newest first (by HQ's receive time, then id); `before` is the previous page's `next`."""
    query = (select(events.c.id, events.c.till_id, events.c.seq, events.c.kind, events.c.till_time,
                    events.c.received_at, events.c.reason, events.c.payload)
             .where(events.c.store_id == store_id, events.c.status == "rejected")
             .order_by(events.c.received_at.desc(), events.c.id.desc()).limit(limit + 1))
    if before:
        moment, uuid = _cursor(before)
        query = query.where(or_(events.c.received_at < moment,
                                and_(events.c.received_at == moment, events.c.id < uuid)))
    rows = connection.execute(query).mappings().all()
    items = [{**row, "id": str(row["id"]).lower(), "received_at": _aware(row["received_at"]).isoformat()}
             for row in rows[:limit]]
    more = len(rows) > limit
    return {"store_id": store_id, "events": items,
            "next": f"{items[-1]['received_at']}|{items[-1]['id']}" if more else None}


def _cursor(text: str) -> tuple[datetime, str]:
    moment, _, uuid = text.rpartition("|")
    try:
        parsed = datetime.fromisoformat(moment)
    except ValueError:
        parsed = None
    if parsed is None or parsed.tzinfo is None or not _UUID.match(uuid):
        raise Invalid("before: pass back the `next` value of the previous page unchanged.")
    return parsed.astimezone(timezone.utc), uuid


def _aware(moment: datetime) -> datetime:
    # SQLite hands back naive datetimes for timezone-aware columns; they were stored as UTC.
    return moment if moment.tzinfo else moment.replace(tzinfo=timezone.utc)
