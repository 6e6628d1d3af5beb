"""The msgspec fast path (ingest/salewire.py) against the pydantic contract it stands in for.

The rule: it may refuse what the contract accepts (the contract then judges), but whatever it accepts, the
contract accepts too and reads the same — the same events, reasons and times, and the same database rows.
Hypothesis starts from real-shaped sale batches and breaks them one place at a time with the values a
buggy or hostile till would send.
"""
from __future__ import annotations

import json
from datetime import datetime

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from sync.server import samples
from sync.server.core.errors import HqError
from sync.server.ingest import rows as R
from sync.server.ingest import salewire
from sync.server.ingest.validate import is_sale, payload_text, read_batch

SKUS = ["V1", "V2", "菜心", "X" * 64]
RECEIVED = datetime(2026, 12, 6, 12, 0)
SURROGATE = "@@surrogate@@"

tricky = st.one_of(
    st.none(), st.booleans(), st.integers(-2**70, 2**70), st.floats(allow_nan=False), st.just(1.0),
    st.sampled_from(["", "sale", "refund", "x" * 40, "x" * 41, "x" * 64, "x" * 65, "中" * 200, "中" * 201,
                     "2026-12-06T09:30:00", "2026-12-06T09:30:00+08:00", "2026-12-06T09:30:00.123456+08:00",
                     "2026-12-06 09:30:00+0800", "2026-13-06T09:30:00+08:00", "2026-12-06T09:30:00Z",
                     "0f8fad5b-d9cb-469f-a165-70867728950e", "0F8FAD5B-D9CB-469F-A165-70867728950E",
                     "0f8fad5b-d9cb-469f-a165-70867728950e\n", "0f8fad5bd9cb469fa16570867728950e",
                     "{0f8fad5b-d9cb-469f-a165-70867728950e}", SURROGATE, "😀", "a\u2028b"]),
    st.text(max_size=8), st.lists(st.integers(), max_size=2), st.dictionaries(st.text(max_size=3), st.integers(),
                                                                               max_size=2))


def sale_event(seq: int, data) -> dict:
    lines = data.draw(st.lists(st.tuples(st.sampled_from(SKUS), st.integers(1, 5000), st.integers(1, 9000)),
                               min_size=1, max_size=4))
    kind = data.draw(st.sampled_from(["sale", "refund"]))
    return samples.event(seq, samples.sale_payload(lines, kind=kind))


def mutate(data, node) -> None:
    """Change one place somewhere inside `node`: a value replaced, a key dropped or an unknown key added."""
    while True:
        keys = list(node) if isinstance(node, dict) else list(range(len(node)))
        if not keys:
            return
        key = data.draw(st.sampled_from(keys))
        child = node[key]
        if isinstance(child, (dict, list)) and child and data.draw(st.booleans()):
            node = child
            continue
        action = data.draw(st.sampled_from(["replace", "replace", "drop", "extra"]))
        if action == "replace":
            node[key] = data.draw(tricky)
        elif action == "drop" and isinstance(node, dict):
            del node[key]
        elif action == "extra" and isinstance(node, dict):
            node[data.draw(st.sampled_from(["note", "Uuid", "uuid ", ""]))] = 1
        return


def body_of(batch: dict) -> bytes:
    # The standard library's encoder, because orjson refuses integers past 64 bits: a till may send them.
    return json.dumps(batch, ensure_ascii=False).encode().replace(f'"{SURROGATE}"'.encode(), b'"\\ud800"')


def reading(body: bytes, *, fast: bool):
    """What a reading comes to, comparable across the two: the events as stored, or the error refused with."""
    try:
        checked = read_batch(body, fast=fast)
    except HqError as exc:
        return ("refused", exc.code, exc.status)
    out = []
    for item in checked:
        event = item.event
        record = None
        if item.payload is not None:
            lines, tenders, taxes = [], [], []
            R.detail_rows(item.payload, lines=lines, tenders=tenders, taxes=taxes)
            record = (R.sale_row(item.payload, event_id=event.id.lower(), store_id="S", till_id="T", received=RECEIVED),
                      [tuple(line) for line in lines], tenders, taxes,
                      [tuple(m) for m in R.movement_rows(item.payload.movements, event_id=event.id.lower(),
                                                         store_id="S", till_id="T", received=RECEIVED)])
        out.append((event.seq, event.id, event.kind, event.created_at, item.reason, item.till_time,
                    payload_text(item), record))
    return out


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_whatever_the_fast_path_accepts_reads_as_the_contract_reads_it(data):
    batch = {"events": [sale_event(seq, data) for seq in range(1, data.draw(st.integers(1, 3)) + 1)]}
    if data.draw(st.booleans()):
        batch["protocol"] = 1
    for _ in range(data.draw(st.integers(0, 2))):
        mutate(data, batch)
    body = body_of(batch)
    accepted = salewire.decode(body) is not None
    event(f"fast path {'accepted' if accepted else 'refused'}")
    if not accepted:
        return      # refused: read_batch gives it to the contract, which is the reference itself
    assert reading(body, fast=True) == reading(body, fast=False)


@settings(max_examples=60, deadline=None)
@given(st.data())
def test_real_shaped_sale_batches_take_the_fast_path(data):
    """Without this the test above could pass by the fast path refusing everything."""
    body = body_of({"events": [sale_event(seq, data) for seq in range(1, data.draw(st.integers(1, 20)) + 1)]})
    decoded = salewire.decode(body)
    assert decoded is not None
    assert reading(body, fast=True) == reading(body, fast=False)
    assert all(is_sale(item.payload) and isinstance(item.payload, salewire.Sale) for item in read_batch(body))


@pytest.mark.parametrize("change, why", [
    (lambda e: e["payload"]["lines"][0].update(quantity=1.0), "a float quantity"),
    (lambda e: e["payload"]["lines"][0].update(tax_rate=10_001), "a tax rate over 100 %"),
    (lambda e: e.update(id=e["id"] + "\n"), "a uuid with a trailing newline"),
    (lambda e: e["payload"].update(created_at="2026-12-06T09:30:00"), "a time without its offset"),
    (lambda e: e["payload"]["movements"][0].update(created_at="yesterday"), "a movement time that is no time"),
    (lambda e: e["payload"].update(lines=[]), "a sale without lines"),
    (lambda e: e["payload"]["lines"][0].update(weighed=None), "weighed missing its value"),
    (lambda e: e.update(kind="stock_movements"), "another kind of event"),
    (lambda e: e["payload"]["taxes"][0].update(extra=1), "an unknown field"),
    (lambda e: e["payload"]["lines"][0].update(name_zh="中" * 201), "a name past 200 characters"),
    (lambda e: e["payload"]["movements"][0].update(quantity=2**64 + 1), "an integer past 64 bits"),
    (lambda e: e["payload"].update(total=-2**63 - 1), "an integer below 64 bits"),
])
def test_what_the_contract_refuses_the_fast_path_refuses(change, why):
    event = samples.event(1, samples.sale_payload([("V1", 500, 1280)]))
    change(event)
    assert salewire.decode(body_of({"events": [event]})) is None, why


def test_a_lone_surrogate_is_left_to_the_contract():
    event = samples.event(1, samples.sale_payload([("V1", 500, 1280)]))
    event["payload"]["cashier"] = SURROGATE
    body = body_of({"events": [event]})
    assert salewire.decode(body) is None
    assert reading(body, fast=True) == reading(body, fast=False)
