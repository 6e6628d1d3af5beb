"""Till audit events at HQ: accepted, kept once in HQ's audit log, a malformed one rejected on its own."""
import uuid as uuidlib

import orjson
from sqlalchemy import select

from sync.server import samples
from sync.server.models import audit_log


def _audit(**changes) -> dict:
    return {"uuid": str(uuidlib.uuid4()), "at": samples.now_local(), "till": "till-1", "action": "void_line",
            "actor": "c1", "authorised_by": "m1", "subject": "", "details": {"sku": "V1", "amount": 8800},
            **changes}


def _logged(world) -> list[dict]:
    with world.engine.connect() as connection:
        rows = connection.execute(select(audit_log).where(audit_log.c.action.like("till.%"))
                                  .order_by(audit_log.c.id)).mappings().all()
    till_id = world.tills[0]["till_id"]
    return [dict(row) for row in rows if row["target"].startswith(f"{till_id}/")]


def test_till_audit_events_are_kept_once_in_hqs_audit_log(world):
    void, refund = _audit(), _audit(action="refund", subject=str(uuidlib.uuid4()), details={"total": -300})
    events = [samples.event(1, void, kind="audit"), samples.event(2, refund, kind="audit")]
    answer = world.push(events).json()
    assert (answer["applied"], answer["rejected"], answer["acked_seq"]) == (2, [], 2)
    again = world.push(events).json()                     # a resend after a lost answer
    assert again["duplicates"] == 2
    logged = _logged(world)
    assert [row["action"] for row in logged] == ["till.void_line", "till.refund"]
    till_id = world.tills[0]["till_id"]
    assert logged[1]["target"] == f"{till_id}/{refund['subject']}" and logged[1]["actor"] == "c1"
    detail = orjson.loads(logged[0]["detail"])
    assert detail == {"event_id": events[0]["id"], "till_time": void["at"], "till": "till-1",
                      "authorised_by": "m1", "details": {"sku": "V1", "amount": 8800}}


def test_a_malformed_audit_event_is_rejected_alone(world):
    bad = _audit(details={"amount": 1.5, **{f"k{n}": n for n in range(60)}})   # too many details
    good = _audit(action="no_sale")
    answer = world.push([samples.event(1, bad, kind="audit"), samples.event(2, good, kind="audit")]).json()
    assert answer["acked_seq"] == 2 and answer["applied"] == 1
    assert [r["seq"] for r in answer["rejected"]] == [1]
    assert [row["action"] for row in _logged(world)] == ["till.no_sale"]
