"""The sale fast path's decoder: a batch of valid sales read straight from the bytes by msgspec.

Nearly every push is a batch of sales, and reading it was over a third of HQ's CPU per sale line with
pydantic-core (a line, its part and its movement are three models). msgspec builds the same records as
slotted structs in about a third of the time. It is a second reading of the contract in sync/protocol.py,
so it is held to one rule, checked by differential tests (tests/sync/server/test_salewire.py): **it may
refuse what the contract accepts — the caller then reads the batch the pydantic way — but it never accepts
what the contract refuses, and what both accept reads the same.** Where msgspec cannot say exactly what
pydantic says, the body is left to pydantic: times are checked after decoding with the contract's own
check, and a body with a surrogate escape is not tried here.

Field order matters: rows.py copies a line's and a movement's fields in declaration order (`astuple`), the
same order as the pydantic models and the table columns.
"""
from __future__ import annotations

import re
from typing import Annotated, Literal

import msgspec
from msgspec import Meta, Struct

from sync.protocol import MAX_BATCH, MAX_LINES, PROTOCOL_VERSION, iso_time

# pydantic-core's regex `$` is the end of the text; Python's also matches before a final newline: \Z.
Uuid = Annotated[str, Meta(pattern=r"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\Z")]
Sku = Annotated[str, Meta(min_length=1, max_length=64)]
Name = Annotated[str, Meta(max_length=200)]
Short = Annotated[str, Meta(max_length=64)]
Time = Annotated[str, Meta(max_length=40)]      # and iso_time, after decoding (see decode)
Rate = Annotated[int, Meta(ge=0, le=10_000)]
# The contract's reading (orjson) makes a float of an integer past 64 bits, which StrictInt refuses.
Int = Annotated[int, Meta(ge=-2**63, le=2**63 - 1)]


class _Wire(Struct, forbid_unknown_fields=True, gc=False):
    """Decoded records never refer back to each other, so the cyclic collector need not track them.
    (Each record says kw_only itself: msgspec does not inherit it. It lets defaults sit where the contract has them.)"""


class Movement(_Wire, kw_only=True):
    uuid: Uuid
    sku: Sku
    kind: Short
    quantity: Int
    sale_uuid: Uuid | None = None
    reason: Name | None = ""
    created_at: Time


class Part(_Wire, kw_only=True):
    sku: Sku
    quantity: Int
    amount: Int
    tax_rate: Rate


class Line(_Wire, kw_only=True):
    line_no: Int
    sku: Sku
    name_zh: Name
    name_en: Name
    sold_by: Short
    quantity: Int
    unit: Short
    count: Int
    portion: Short | None = None
    unit_price: Int
    amount: Int
    discount: Int
    discount_reason: Name | None = ""
    net: Int
    tax_rate: Rate
    weighed: bool | Int
    override_by: Short | None = None
    disposition: Short | None = None
    origin_line: Int | None = None
    parts: Annotated[list[Part], Meta(max_length=50)]


class Tender(_Wire, kw_only=True):
    kind: Short
    amount: Int
    tendered: Int
    reference: Name | None = ""


class Tax(_Wire, kw_only=True):
    rate: Rate
    gross: Int
    tax: Int


class Sale(_Wire, kw_only=True):
    uuid: Uuid
    kind: Literal["sale", "refund"]
    created_at: Time
    cashier: Short
    till: Short
    total: Int
    discount: Int
    discount_reason: Name | None = ""
    rounding: Int
    change: Int
    original_uuid: Uuid | None = None
    external_ref: Name | None = None
    lines: Annotated[list[Line], Meta(min_length=1, max_length=MAX_LINES)]
    tenders: Annotated[list[Tender], Meta(max_length=20)]
    taxes: Annotated[list[Tax], Meta(max_length=20)]
    movements: Annotated[list[Movement], Meta(max_length=MAX_LINES * 10)]


class SaleEvent(_Wire, kw_only=True):
    seq: Annotated[int, Meta(ge=1, le=2**63 - 1)]
    id: Uuid
    kind: Literal["sale", "refund"]
    created_at: Time
    payload: Sale


class SaleBatch(_Wire, kw_only=True):
    protocol: Int = PROTOCOL_VERSION
    events: Annotated[list[SaleEvent], Meta(max_length=MAX_BATCH)]


_decoder = msgspec.json.Decoder(SaleBatch)
# A \uD800–\uDFFF escape: pydantic refuses a lone one, msgspec may not; such a body is pydantic's to judge.
_SURROGATE = re.compile(rb"\\u[dD][89a-fA-F]")


def decode(body: bytes) -> SaleBatch | None:
    """The batch, when it is all valid sales by the contract; None when pydantic must judge it."""
    if _SURROGATE.search(body):
        return None
    try:
        batch = _decoder.decode(body)
        for event in batch.events:
            iso_time(event.created_at)
            sale = event.payload
            iso_time(sale.created_at)
            for movement in sale.movements:
                iso_time(movement.created_at)
    except (msgspec.ValidationError, msgspec.DecodeError, ValueError):
        return None
    return batch
