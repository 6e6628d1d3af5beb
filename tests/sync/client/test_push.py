"""Pushing the outbox: batches in order, exactly once at HQ through lost replies, gaps and failures."""
from __future__ import annotations

import json
from datetime import datetime, timezone

import pytest

from pos_app.core.basket import Basket
from pos_app.core.tenders import TenderKind, TenderRequest
from pos_app.services.checkout import SaleService
from pos_app.storage import outbox, sync_repo
from sync.client.client import SyncClient
from sync.client.errors import REVOKED, SyncError
from sync.protocol import SENT_AT_HEADER
from tests.conftest import ledger
from tests.sync.client.hq_double import HqDouble

CLOCK = datetime(2026, 11, 22, 2, 0, tzinfo=timezone.utc)


@pytest.fixture
def hq():
    return HqDouble()


@pytest.fixture
def client(db, hq):
    with SyncClient(db=db, base_url="http://127.0.0.1:9", token="tok", batch_size=3, clock=lambda: CLOCK,
                    http_transport=hq.transport) as sync_client:
        yield sync_client


def sell(db, n: int) -> None:
    service = SaleService(db)
    for _ in range(n):
        basket = Basket()
        service.add_product(basket, db.catalog.by_sku("P1"), count=1)
        service.checkout(basket, tenders=[TenderRequest(TenderKind.CARD, reference="r")], cashier="c1")


def pending(db) -> int:
    with db.reading() as connection:
        return outbox.pending_count(connection)


def all_uuids(db) -> set[str]:
    with db.reading() as connection:
        return {u for (u,) in connection.exec_driver_sql("SELECT uuid FROM outbox")}


def test_everything_pending_goes_in_ordered_batches(db, hq, client):
    sell(db, 7)                                      # + the opening stock event = 8 events
    report = client.push_once()
    assert (report.sent, report.applied, report.batches, report.acked_seq) == (8, 8, 3, 8)
    assert pending(db) == 0 and set(hq.events) == all_uuids(db)
    pushed = [e["seq"] for r in hq.requests for e in json.loads(r.content)["events"]]
    assert pushed == list(range(1, 9))
    assert client.state().last_sync_at == "2026-11-22T02:00:00.000000+00:00"


def test_a_reply_lost_after_hq_applied_the_batch_is_resent_and_counted_once(db, hq, client):
    sell(db, 4)
    hq.faults = ["lost_reply"]
    with pytest.raises(SyncError) as caught:
        client.push_once()
    assert caught.value.kind == "unreachable"
    assert pending(db) == 5                          # nothing marked: the till cannot know HQ has it
    assert len(hq.events) == 3                       # but HQ applied the first batch
    report = client.push_once()
    assert report.duplicates == 3 and report.applied == 2
    assert pending(db) == 0 and set(hq.events) == all_uuids(db) and len(hq.events) == 5


@pytest.mark.parametrize("fault, kind", [("connect", "unreachable"), ("timeout", "timeout"), ("500", "server")])
def test_failures_mark_nothing_and_say_so_in_one_sentence(db, hq, client, fault, kind):
    sell(db, 1)
    hq.faults = [fault]
    with pytest.raises(SyncError) as caught:
        client.push_once()
    assert caught.value.kind == kind and caught.value.transient
    assert "nothing was lost" in str(caught.value)
    assert pending(db) == 2 and not hq.events
    assert client.state().last_error == str(caught.value)
    client.push_once()
    assert pending(db) == 0 and client.state().last_error == ""


def test_a_revoked_token_is_unauthorised(db, hq, client):
    hq.faults = ["401"]
    with pytest.raises(SyncError) as caught:
        client.push_once()
    assert (caught.value.kind, str(caught.value)) == ("unauthorised", REVOKED)


def test_hq_ahead_of_the_till_after_a_lost_reply_marks_what_it_has(db, hq, client):
    sell(db, 4)
    client.push_once()
    sell(db, 2)                                      # seq 6, 7
    with db.transaction() as connection:             # as if the stamps of 4–5 were lost in a crash
        connection.exec_driver_sql("UPDATE outbox SET sent_at = NULL WHERE seq >= 4")
    report = client.push_once()
    assert report.duplicates == 2 and report.applied == 2 and pending(db) == 0
    assert len(hq.events) == 7


def test_hq_behind_the_till_gets_already_sent_events_again(db, hq, client):
    sell(db, 5)
    client.push_once()
    hq.forget_after = 2                              # HQ restored from a backup: lost seq 3–6
    sell(db, 1)                                      # seq 7 starts past HQ's gap: 409 expected 3
    report = client.push_once()
    assert report.applied == 5 and pending(db) == 0
    assert set(hq.events) == all_uuids(db)


def test_hq_claiming_events_the_till_never_had_stops_without_marking(db, hq, client):
    sell(db, 1)
    hq.acked = 10                                    # HQ has seq 1..10 from "this" till: a restored till DB
    with pytest.raises(SyncError) as caught:
        client.push_once()
    assert caught.value.kind == "protocol" and "restored from a backup" in str(caught.value)
    assert pending(db) == 2


def test_rejected_events_are_recorded_and_do_not_block_the_queue(db, hq, client):
    with db.transaction() as connection:
        outbox.append(connection, kind="mystery", payload={"x": 1})
    sell(db, 1)
    report = client.push_once()
    assert report.rejected == 1 and pending(db) == 0
    with db.reading() as connection:
        rejected = sync_repo.rejections(connection)
    assert [r["seq"] for r in rejected] == [2] and "unknown kind" in rejected[0]["reason"]
    assert client.state().rejected == 1
    assert client.push_once().sent == 0              # not retried


def test_hq_stock_equals_the_till_ledger_after_pushing(db, hq, client):
    sell(db, 3)
    client.push_once()
    assert hq.stock_movements() == ledger(db)


def test_each_push_carries_the_tills_clock(db, hq, client):
    sell(db, 1)
    client.push_once()
    assert hq.requests[0].headers[SENT_AT_HEADER] == "2026-11-22T02:00:00.000000+00:00"
