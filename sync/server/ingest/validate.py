"""Reading a push: the batch envelope as a whole, then each event's payload on its own.

A malformed envelope is the client's bug and refused with 422; a malformed event is recorded as rejected
with its reason while the rest of the batch goes on, so one bad event never blocks a till's queue.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

import orjson
from pydantic import ValidationError

from sync.protocol import PAYLOADS, PROTOCOL_VERSION, Event, PushRequest, SalePayload, Wire
from sync.server.core.errors import HqError
from sync.server.ingest import salewire

# A sale or refund record, as either reading of a push makes it (salewire's fast one, or pydantic's).
SALE_RECORDS = (SalePayload, salewire.Sale)


@dataclass
class Checked:
    event: Event | salewire.SaleEvent
    payload: Wire | salewire.Sale | None         # None when rejected
    reason: str = ""
    till_time: datetime | None = None
    # Where the payload as the till sent it can be read again: the fast path keeps no plain copy of it.
    source: tuple[SentBody, int] | None = None     # (the push's body, the event's index in it)


class SentBody:
    """A push's body as sent, parsed again at most once — and only if one of its events must be stored as
    sent (refused), however many of them are."""

    def __init__(self, raw: bytes) -> None:
        self.raw = raw
        self._events: list | None = None

    def payload(self, index: int):
        if self._events is None:
            self._events = orjson.loads(self.raw)["events"]
        return self._events[index]["payload"]


def is_sale(payload) -> bool:
    return isinstance(payload, SALE_RECORDS)


def read_batch(body: bytes, *, fast: bool = True) -> list[Checked]:
    """Every event of a push, checked, in sequence order.

    Fast path: a batch of valid sales is decoded and checked in one pass by msgspec, straight from the
    bytes (salewire.py; a quarter of the CPU of parsing to dicts and validating each payload after).
    Anything else — another kind, an invalid event, a NUL character — takes the general path, which judges
    each event on its own with the pydantic contract. `fast=False`: the contract alone (the reference the
    fast path is tested against).
    """
    if fast and not has_nul(body):
        batch = salewire.decode(body)
        if batch is not None:
            _check_protocol(batch.protocol)
            checked, sent = [], SentBody(body)
            for index, event in sorted(enumerate(batch.events), key=lambda pair: pair[1].seq):
                reason = _inner_problem(event, event.payload)
                checked.append(Checked(event, None if reason else event.payload, reason,
                                       datetime.fromisoformat(event.created_at), (sent, index)))
            return checked
    request = parse_push(body)
    _check_protocol(request.protocol)
    suspect = has_nul(body)
    return [check_event(event, nul_suspect=suspect) for event in sorted(request.events, key=lambda e: e.seq)]


def _check_protocol(protocol: int) -> None:
    if protocol != PROTOCOL_VERSION:
        raise HqError(f"This HQ speaks sync protocol {PROTOCOL_VERSION}, not {protocol}; update the till.",
                      code="protocol", status=422)


def has_nul(body: bytes) -> bool:
    """JSON can carry a NUL character only as the escape \\u0000 (raw control characters are invalid)."""
    return b"\\u0000" in body


def parse_push(body: bytes) -> PushRequest:
    try:
        data = orjson.loads(body)
    except orjson.JSONDecodeError as exc:
        raise HqError(f"The request body is not valid JSON ({exc}).", code="bad_json", status=400) from None
    try:
        return PushRequest.model_validate(data)
    except ValidationError as exc:
        raise HqError(f"The push batch is malformed: {_first_error(exc)}", code="bad_batch", status=422) from None


def check_event(event: Event, *, nul_suspect: bool = False) -> Checked:
    """`nul_suspect`: the batch's body holds a NUL escape, so look for it in this event (PostgreSQL text
    cannot store NUL; such an event is rejected on its own instead of failing the batch)."""
    model = PAYLOADS.get(event.kind)
    till_time = datetime.fromisoformat(event.created_at)
    if nul_suspect and (b"\\u0000" in orjson.dumps(event.payload) or "\x00" in event.kind):
        return Checked(event, None, "text in this event contains a NUL character", till_time)
    if model is None:
        return Checked(event, None, f"unknown event kind {event.kind!r}", till_time)
    try:
        payload = model.model_validate(event.payload)
    except ValidationError as exc:
        return Checked(event, None, f"invalid {event.kind} payload: {_first_error(exc)}", till_time)
    reason = _inner_problem(event, payload)
    return Checked(event, None if reason else payload, reason, till_time)


def _inner_problem(event: Event, payload: Wire) -> str:
    """What pydantic cannot see: keys that must be unique inside one record."""
    if is_sale(payload):
        if payload.kind != event.kind:
            return f"a {event.kind} event carries a {payload.kind} record"
        line_numbers = [line.line_no for line in payload.lines]
        if len(set(line_numbers)) != len(line_numbers):
            return "a line number appears twice in the sale"
        rates = [tax.rate for tax in payload.taxes]
        if len(set(rates)) != len(rates):
            return "a tax rate appears twice in the sale"
    movements = getattr(payload, "movements", ())
    if len({m.uuid for m in movements}) != len(movements):
        return "a stock movement uuid appears twice in the event"
    return ""


def idempotency_keys(payload: Wire) -> list[str]:
    """Record keys besides the event id that must not repeat across the events of one batch: a sale's uuid
    and a shift's id. (Movement uuids are checked where they are written: ledger.write_movements.)"""
    if is_sale(payload):
        return [f"s:{payload.uuid.lower()}"]
    shift = getattr(payload, "shift_id", None)
    return [f"h:{shift.lower()}"] if shift else []


def payload_text(item: Checked) -> str:
    """The event's payload as the till sent it (what the back office shows of a refused event). Rare, so the
    fast path's events read it again from the body, as the general path would have read it."""
    if item.source is None:
        payload = item.event.payload
    else:
        sent, index = item.source
        payload = sent.payload(index)
    return orjson.dumps(payload).decode()   # NUL comes out escaped, so any database can store it


def _first_error(exc: ValidationError) -> str:
    errors = exc.errors(include_url=False, include_input=False)
    if not errors:
        return str(exc)
    first = errors[0]
    where = ".".join(str(part) for part in first.get("loc", ()))
    more = f" (and {len(errors) - 1} more)" if len(errors) > 1 else ""
    return f"{where}: {first.get('msg', 'invalid')}{more}"[:500]
