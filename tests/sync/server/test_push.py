"""Push: exactly once through retries, gaps, bad events, unknown products, oversell and concurrent tills."""
from __future__ import annotations

import threading

import orjson

from sqlalchemy import func, select

from sync.server import bootstrap, samples
from sync.server.core.db import reading
from sync.server.models import events, exceptions, sale_lines, sales, stock_levels, stock_movements


def _level(world, sku: str) -> int:
    with reading(world.engine) as connection:
        return connection.execute(select(stock_levels.c.quantity).where(
            stock_levels.c.store_id == world.store, stock_levels.c.sku == sku)).scalar_one()


def _count(world, table, **where) -> int:
    query = select(func.count()).select_from(table)
    for name, value in where.items():
        query = query.where(table.c[name] == value)
    with reading(world.engine) as connection:
        return connection.execute(query).scalar_one()


def _exceptions(world) -> list[tuple]:
    with reading(world.engine) as connection:
        return [tuple(r) for r in connection.execute(
            select(exceptions.c.kind, exceptions.c.sku).where(exceptions.c.store_id == world.store)
            .order_by(exceptions.c.id))]


def test_the_same_batch_twice_is_applied_once(world):
    v1 = world.sku("V1")
    batch = world.next_events([samples.movements_payload([(v1, 10_000)]),
                               samples.sale_payload([(v1, 1_250, 698), (v1, 500, 698)])])
    first = world.push(batch)
    assert first.status_code == 200, first.text
    assert first.json()["acked_seq"] == 2 and first.json()["applied"] == 2 and first.json()["duplicates"] == 0
    again = world.push(batch)
    assert again.status_code == 200
    assert again.json() | {"server_time": ""} == {"acked_seq": 2, "applied": 0, "duplicates": 2, "rejected": [],
                                                  "server_time": ""}
    assert _level(world, v1) == 10_000 - 1_750
    assert _count(world, sales, store_id=world.store) == 1
    assert _count(world, stock_movements, store_id=world.store) == 3


def test_a_gap_answers_409_with_the_expected_sequence(world):
    world.push(world.next_events([samples.movements_payload([(world.sku("V1"), 1000)])]))
    answer = world.push([samples.event(5, samples.movements_payload([(world.sku("V1"), 1000)]))])
    assert answer.status_code == 409
    assert answer.json() == {"error": "sequence_gap", "expected_seq": 2}
    assert _level(world, world.sku("V1")) == 1000


def test_a_rejected_event_does_not_block_the_ones_after_it(world):
    v1 = world.sku("V1")
    bad = samples.sale_payload([(v1, 1000, 698)])
    bad["total"] = 6.98   # a float amount: refused by the wire model
    batch = world.next_events([bad, samples.sale_payload([(v1, 2000, 698)])])
    answer = world.push(batch).json()
    assert answer["acked_seq"] == 2 and answer["applied"] == 1
    assert [r["seq"] for r in answer["rejected"]] == [1]
    assert "total" in answer["rejected"][0]["reason"]
    with reading(world.engine) as connection:
        status = connection.execute(select(events.c.status, events.c.payload).where(
            events.c.id == batch[0]["id"])).one()
    assert status.status == "rejected" and "6.98" in status.payload
    assert _level(world, v1) == -2000


def test_a_sale_of_an_unknown_product_is_kept_and_listed_as_an_exception(world):
    ghost = world.sku("GHOST")
    answer = world.push(world.next_events([samples.sale_payload([(ghost, 1000, 500)])])).json()
    assert answer["applied"] == 1 and answer["rejected"] == []
    assert _count(world, sale_lines, sku=ghost) == 1
    assert ("unknown_product", ghost) in _exceptions(world)


def test_a_product_added_after_its_sales_were_flagged_is_known_from_then_on(world):
    """HQ remembers the SKUs it has found (ingest/batch.py): one it did not find is asked again next time."""
    late = world.sku("LATE")
    for _ in range(2):
        world.push(world.next_events([samples.sale_payload([(late, 1000, 500)])]))
    bootstrap.seed_catalog(world.engine, [samples.product(late)])
    world.push(world.next_events([samples.sale_payload([(late, 1000, 500), (world.sku("V1"), 100, 698)])]))
    assert _exceptions(world).count(("unknown_product", late)) == 2
    assert _count(world, sale_lines, sku=late) == 3


def test_oversell_is_flagged_and_the_sale_still_counts(world):
    v2 = world.sku("V2")
    world.push(world.next_events([samples.movements_payload([(v2, 1000)])]))
    answer = world.push(world.next_events([samples.sale_payload([(v2, 1500, 1200)])])).json()
    assert answer["applied"] == 1
    assert _level(world, v2) == -500
    assert ("oversell", v2) in _exceptions(world)


def test_a_sale_on_a_closed_day_is_accepted_into_exceptions(world):
    closed = world.client.post(f"/api/v1/stores/{world.store}/closed-days", json={"day": "2026-11-21"},
                               headers=world.auth(world.admin))
    assert closed.status_code == 204
    late = samples.sale_payload([(world.sku("V1"), 100, 698)], created_at="2026-11-21T21:30:00+08:00")
    today = samples.sale_payload([(world.sku("V1"), 100, 698)], created_at="2026-11-22T08:30:00+08:00")
    answer = world.push(world.next_events([late, today])).json()
    assert answer["applied"] == 2
    assert [kind for kind, _sku in _exceptions(world) if kind != "oversell"] == ["closed_day"]


def test_clock_skew_over_five_minutes_is_flagged_not_refused(world):
    batch = world.next_events([samples.movements_payload([(world.sku("V1"), 1)])])
    answer = world.push(batch, headers={"X-FreshTill-Sent-At": "2020-01-01T00:00:00+00:00"})
    assert answer.status_code == 200 and answer.json()["applied"] == 1
    assert _exceptions(world) == [("clock_skew", None)]
    future = samples.event(2, samples.movements_payload([(world.sku("V1"), 1)]), created_at="2999-01-01T00:00:00+00:00")
    answer = world.push([future], headers={"X-FreshTill-Sent-At": samples.now_iso()})
    assert answer.json()["applied"] == 1
    assert _exceptions(world) == [("clock_skew", None)] * 2


def test_old_offline_sales_are_not_clock_skew(world):
    old = samples.sale_payload([(world.sku("V1"), 100, 698)], created_at="2024-01-01T09:00:00+08:00")
    answer = world.push(world.next_events([old]), headers={"X-FreshTill-Sent-At": samples.now_iso()})
    assert answer.json()["applied"] == 1 and [k for k, _ in _exceptions(world) if k != "oversell"] == []


def test_two_tills_selling_one_product_at_once_leave_the_exact_level(world):
    v1 = world.sku("V1")
    world.push(world.next_events([samples.movements_payload([(v1, 1_000_000)])]))
    batches = {till: [world.next_events([samples.sale_payload([(v1, 7 + till, 698)]) for _ in range(5)], till=till)
                      for _ in range(6)] for till in (0, 1)}
    failures = []

    def run(till: int) -> None:
        for batch in batches[till]:
            answer = world.push(batch, till=till)
            if answer.status_code != 200 or answer.json()["applied"] != 5:
                failures.append(answer.text)

    threads = [threading.Thread(target=run, args=(till,)) for till in (0, 1)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert failures == []
    assert _level(world, v1) == 1_000_000 - 30 * 7 - 30 * 8
    assert _count(world, sales, store_id=world.store) == 60


def test_a_resent_event_with_a_new_sequence_is_a_duplicate(world):
    payload = samples.sale_payload([(world.sku("V1"), 1000, 698)])
    first = world.next_events([payload])
    world.push(first)
    renumbered = [dict(first[0], seq=2)]
    answer = world.push(renumbered).json()
    assert answer == answer | {"acked_seq": 2, "applied": 0, "duplicates": 1}
    assert _count(world, sales, store_id=world.store) == 1


def test_a_value_the_database_cannot_store_rejects_only_its_event(world):
    v1 = world.sku("V1")
    nul = samples.sale_payload([(v1, 1000, 698)])
    nul["lines"][0]["name_en"] = "to\x00mato"
    huge = samples.movements_payload([(v1, 2**63)])
    batch = world.next_events([nul, samples.sale_payload([(v1, 500, 698)]), huge,
                               samples.movements_payload([(v1, 7)])])
    answer = world.push(batch)
    assert answer.status_code == 200, answer.text
    body = answer.json()
    assert body["acked_seq"] == 4 and body["applied"] == 2
    assert [r["seq"] for r in body["rejected"]] == [1, 3]
    assert "NUL" in body["rejected"][0]["reason"] and "refused" in body["rejected"][1]["reason"]
    assert _level(world, v1) == -500 + 7
    assert _count(world, events, till_id=world.tills[0]["till_id"], status="rejected") == 2


def test_a_number_past_32_bits_in_an_integer_column_is_never_stored_cut_short(world):
    """PostgreSQL's columns are 32-bit there (the event is refused alone); SQLite's hold it exactly."""
    v1 = world.sku("V1")
    wide = samples.sale_payload([(v1, 1000, 698)])
    wide["lines"][0]["count"] = 2**32 + 3
    plain = samples.sale_payload([(v1, 500, 698)])
    answer = world.push(world.next_events([wide, plain])).json()
    assert answer["acked_seq"] == 2
    with reading(world.engine) as connection:
        counts = dict(connection.execute(select(sale_lines.c.sale_uuid, sale_lines.c.count)).all())
    assert counts[plain["uuid"]] == 1
    if answer["rejected"]:
        assert [r["seq"] for r in answer["rejected"]] == [1] and "refused" in answer["rejected"][0]["reason"]
        assert wide["uuid"] not in counts and _level(world, v1) == -500
    else:
        assert counts[wide["uuid"]] == 2**32 + 3 and _level(world, v1) == -1500


def test_one_batch_moves_levels_that_exist_and_creates_the_ones_that_do_not(world):
    old, fresh = world.sku("V1"), world.sku("V2")
    world.push(world.next_events([samples.movements_payload([(old, 5000)])]))
    answer = world.push(world.next_events([samples.sale_payload([(old, 1200, 698), (fresh, 300, 698)]),
                                           samples.movements_payload([(fresh, 1000), (old, 7)])]))
    assert answer.json()["applied"] == 2
    assert (_level(world, old), _level(world, fresh)) == (5000 - 1200 + 7, -300 + 1000)


def test_an_unknown_kind_and_a_mismatched_record_are_rejected(world):
    sale = samples.sale_payload([(world.sku("V1"), 100, 698)])
    alone = world.push([samples.event(1, sale, kind="refund")]).json()   # all sales: the one-pass path
    assert [r["seq"] for r in alone["rejected"]] == [1] and "carries a sale record" in alone["rejected"][0]["reason"]
    batch = [samples.event(2, dict(sale, uuid=samples.event(0, {})["id"]), kind="refund"),
             samples.event(3, {"x": 1}, kind="teleport")]
    body = world.push(batch).json()
    assert [r["seq"] for r in body["rejected"]] == [2, 3] and body["acked_seq"] == 3
    assert "teleport" in body["rejected"][1]["reason"]


def test_another_protocol_version_is_refused_whole(world):
    batch = world.next_events([samples.sale_payload([(world.sku("V1"), 100, 698)])])
    answer = world.client.post("/api/v1/push", json={"protocol": 99, "events": batch},
                               headers=world.auth(world.tills[0]["token"]))
    assert answer.status_code == 422 and answer.json()["error"] == "protocol"
    assert _count(world, sales, store_id=world.store) == 0


def test_a_sale_is_stored_field_for_field(world):
    from sync.protocol import SaleLinePayload
    from sync.server.ingest.rows import LINE_COLUMNS
    from sync.server.models import sale_taxes, sale_tenders
    assert list(LINE_COLUMNS) == ["sale_uuid", *SaleLinePayload.model_fields]   # rows.detail_rows relies on it
    payload = samples.sale_payload([(world.sku("V1"), 1234, 698), (world.sku("V2"), 2000, 1200)])
    payload["lines"][1].update(discount=100, discount_reason=None, net=2300, weighed=0, portion="half")
    world.push(world.next_events([payload]))
    with reading(world.engine) as connection:
        stored = connection.execute(select(sale_lines).where(sale_lines.c.sale_uuid == payload["uuid"])
                                    .order_by(sale_lines.c.line_no)).mappings().all()
        tenders = connection.execute(select(sale_tenders.c.kind, sale_tenders.c.amount)
                                     .where(sale_tenders.c.sale_uuid == payload["uuid"])).all()
        taxes = connection.execute(select(sale_taxes.c.rate, sale_taxes.c.tax)
                                   .where(sale_taxes.c.sale_uuid == payload["uuid"])).all()
    for row, line in zip(stored, payload["lines"], strict=True):
        for name in LINE_COLUMNS[1:-1]:
            expected = line[name]
            expected = "" if name == "discount_reason" and expected is None else expected
            assert row[name] == (bool(expected) if name == "weighed" else expected), name
        parts = [[p["sku"], p["quantity"], p["amount"], p["tax_rate"]] for p in line["parts"]]
        if parts == [[line["sku"], line["quantity"], line["net"], line["tax_rate"]]]:
            assert row["parts"] is None        # the usual single share: the line itself
        else:
            assert orjson.loads(row["parts"]) == parts
    assert tenders == [("cash", payload["total"])] and taxes == [(900, payload["taxes"][0]["tax"])]


def _shift(shift_id: str) -> dict:
    now = samples.now_local()
    return {"shift_id": shift_id, "cashier": "c1", "opened_at": now, "closed_at": now, "opening_float": 20_000,
            "counted_cash": 54_321, "expected_cash": 54_300, "sales_count": 12, "sales_total": 34_300,
            "refunds_total": 0, "tenders": {"cash": 34_300}}


def test_a_shift_report_is_kept_once_and_a_resent_movement_is_not_counted_twice(world):
    from sync.server.models import shift_reports
    shift_id = samples.event(0, {})["id"]
    goods = samples.movements_payload([(world.sku("V1"), 4000)])
    first = world.push([samples.event(1, _shift(shift_id), kind="shift_report"),
                        samples.event(2, goods)]).json()
    assert first["applied"] == 2 and first["rejected"] == []
    again = world.push([samples.event(3, _shift(shift_id), kind="shift_report"),   # same shift, new event id
                        samples.event(4, goods)]).json()                             # same movements, new event
    assert [r["seq"] for r in again["rejected"]] == [3] and "already recorded" in again["rejected"][0]["reason"]
    assert _count(world, shift_reports, store_id=world.store) == 1
    assert _level(world, world.sku("V1")) == 4000
    assert ("duplicate_movement", world.sku("V1")) in _exceptions(world)


def test_a_movement_repeated_within_one_batch_counts_once(world):
    goods = samples.movements_payload([(world.sku("V2"), 300)])
    answer = world.push([samples.event(1, goods), samples.event(2, goods)]).json()   # two events, one movement
    assert answer["acked_seq"] == 2 and answer["applied"] == 2
    assert _level(world, world.sku("V2")) == 300
    assert ("duplicate_movement", world.sku("V2")) in _exceptions(world)
