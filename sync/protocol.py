"""The wire between a till and HQ: endpoints, PROTOCOL_VERSION and the pydantic models both ends share.

Rules that keep sync exact and safe:
- Money is integer fen and quantities integer thousandths of the product's base unit (grams for kg) — the
  same integers as in the till database. Floats are refused (StrictInt), so no value is ever rounded in
  transit.
- Every event has a client-made uuid (HQ's idempotency key) and a contiguous per-till sequence number.
  HQ applies a batch in one transaction, skips ids it already has, answers the acknowledged sequence, and
  answers 409 with the sequence it expected when a batch starts past a gap.
- An event's payload is kept as a plain object in the batch so that one malformed event is rejected on its
  own (with a reason) instead of failing the whole batch; HQ validates it with the payload models below.
- Strings are bounded, batches are bounded: a malicious or broken request is refused with 422, never 5xx.

This module depends only on pydantic (an import-linter contract checks it).
"""
from __future__ import annotations

from datetime import datetime
from enum import Enum
from functools import lru_cache
from typing import Annotated, Any, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, StrictBool, StrictInt

PROTOCOL_VERSION = 1
PROTOCOL_HEADER = "X-FreshTill-Protocol"
# The till's clock when it sent a push (ISO 8601 with offset): HQ flags a skew over 5 minutes, never refuses.
SENT_AT_HEADER = "X-FreshTill-Sent-At"

API = "/api/v1"
HEALTH = "/healthz"
METRICS = "/metrics"
ENROLL = f"{API}/enroll"
PUSH = f"{API}/push"
PULL = f"{API}/pull"
LOGIN = f"{API}/login"   # back office: user + password → bearer session token
CA = f"{API}/ca"         # enrollment: HQ's CA certificate, fetched unverified and checked against its fingerprint

MAX_BATCH = 500          # events per push
MAX_LINES = 1000         # lines per sale event
MAX_PULL = 5000          # products per pull page


@lru_cache(maxsize=4096)   # a sale's lines and movements repeat its time: HQ validates ~10 per distinct text
def iso_time(text: str) -> str:
    # Times travel as ISO 8601 text with an offset; a naive time would be read in HQ's zone, not the till's.
    moment = datetime.fromisoformat(text)
    if moment.tzinfo is None:
        raise ValueError("time must carry its UTC offset, e.g. 2026-11-22T09:30:00+08:00")
    return text


IsoTime = Annotated[str, Field(max_length=40), AfterValidator(iso_time)]
Uuid = Annotated[str, Field(pattern=r"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$")]
Sku = Annotated[str, Field(min_length=1, max_length=64)]
Name = Annotated[str, Field(max_length=200)]
Short = Annotated[str, Field(max_length=64)]
Minor = StrictInt                                     # fen
Milli = StrictInt                                     # thousandths of the base unit
Rate = Annotated[StrictInt, Field(ge=0, le=10_000)]   # basis points, 900 = 9 %


class Wire(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


# --- Enrollment ---------------------------------------------------------------------------------------

class EnrollRequest(Wire):
    code: Annotated[str, Field(min_length=6, max_length=64)]
    till_name: Name = ""


class EnrollResponse(Wire):
    store_id: Short
    store_name: Name
    till_id: Short
    token: Annotated[str, Field(max_length=200)]   # shown once; HQ keeps only its hash
    ca_pem: str = ""                               # the CA the till pins for every later request


# --- Push (till → HQ) ---------------------------------------------------------------------------------

class EventKind(str, Enum):
    SALE = "sale"
    REFUND = "refund"
    STOCK_MOVEMENTS = "stock_movements"
    SHIFT_REPORT = "shift_report"
    AUDIT = "audit"


class Event(Wire):
    seq: Annotated[StrictInt, Field(ge=1)]
    id: Uuid
    kind: Short                      # an EventKind value; an unknown kind is rejected per event, not per batch
    created_at: IsoTime              # the till's clock; HQ keeps its own receive time beside it
    payload: dict[str, Any]


class PushRequest(Wire):
    protocol: StrictInt = PROTOCOL_VERSION
    events: Annotated[list[Event], Field(max_length=MAX_BATCH)]


class Rejection(Wire):
    seq: StrictInt
    id: str
    reason: str


class PushResponse(Wire):
    acked_seq: StrictInt             # every event up to this sequence is durably at HQ
    applied: StrictInt
    duplicates: StrictInt
    rejected: list[Rejection] = []
    server_time: IsoTime


class GapResponse(Wire):
    """Body of a 409: the batch started after a sequence HQ has not seen; resend from `expected_seq`."""
    error: Literal["sequence_gap"] = "sequence_gap"
    expected_seq: StrictInt


# --- Event payloads (validated by HQ per event) ---------------------------------------------------------

class MovementPayload(Wire):
    uuid: Uuid
    sku: Sku
    kind: Short
    quantity: Milli
    sale_uuid: Uuid | None = None
    reason: Name | None = ""
    created_at: IsoTime


class PartPayload(Wire):
    sku: Sku
    quantity: Milli
    amount: Minor
    tax_rate: Rate


class SaleLinePayload(Wire):
    line_no: StrictInt
    sku: Sku
    name_zh: Name
    name_en: Name
    sold_by: Short
    quantity: Milli
    unit: Short
    count: StrictInt
    portion: Short | None = None
    unit_price: Minor
    amount: Minor
    discount: Minor
    discount_reason: Name | None = ""
    net: Minor
    tax_rate: Rate
    weighed: StrictBool | StrictInt
    override_by: Short | None = None
    disposition: Short | None = None
    origin_line: StrictInt | None = None
    parts: Annotated[list[PartPayload], Field(max_length=50)]


class TenderPayload(Wire):
    kind: Short
    amount: Minor
    tendered: Minor
    reference: Name | None = ""


class TaxPayload(Wire):
    rate: Rate
    gross: Minor
    tax: Minor


class SalePayload(Wire):
    """A sale or a refund (refunds are negative records), exactly as the till committed it."""
    uuid: Uuid
    kind: Literal["sale", "refund"]
    created_at: IsoTime
    cashier: Short
    till: Short
    total: Minor
    discount: Minor
    discount_reason: Name | None = ""
    rounding: Minor
    change: Minor
    original_uuid: Uuid | None = None
    external_ref: Name | None = None
    lines: Annotated[list[SaleLinePayload], Field(min_length=1, max_length=MAX_LINES)]
    tenders: Annotated[list[TenderPayload], Field(max_length=20)]
    taxes: Annotated[list[TaxPayload], Field(max_length=20)]
    movements: Annotated[list[MovementPayload], Field(max_length=MAX_LINES * 10)]


class StockMovementsPayload(Wire):
    """Goods in, waste, counts and transfers recorded at the till, outside a sale."""
    movements: Annotated[list[MovementPayload], Field(min_length=1, max_length=10_000)]


class ShiftReportPayload(Wire):
    shift_id: Uuid
    cashier: Short
    opened_at: IsoTime
    closed_at: IsoTime
    opening_float: Minor
    counted_cash: Minor
    expected_cash: Minor
    sales_count: StrictInt
    sales_total: Minor
    refunds_total: Minor
    tenders: dict[Short, Minor] = {}


class AuditPayload(Wire):
    """A sensitive action at the till (void, override, refund, discount, price change, drawer opened without
    a sale): who did it, which manager authorised it, what and when (the till's clock)."""
    uuid: Uuid
    at: IsoTime
    till: Short
    action: Short
    actor: Short
    authorised_by: Short | None = None
    subject: Short = ""
    details: Annotated[dict[Short, Any], Field(max_length=50)] = {}


PAYLOADS: dict[str, type[Wire]] = {
    EventKind.SALE.value: SalePayload,
    EventKind.REFUND.value: SalePayload,
    EventKind.STOCK_MOVEMENTS.value: StockMovementsPayload,
    EventKind.SHIFT_REPORT.value: ShiftReportPayload,
    EventKind.AUDIT.value: AuditPayload,
}


# --- Pull (HQ → till) ---------------------------------------------------------------------------------

class PortionWire(Wire):
    code: Short
    name_zh: Name
    name_en: Name
    size: Annotated[StrictInt, Field(gt=0)]
    price: Minor | None = None


class ComponentWire(Wire):
    sku: Sku
    quantity: Milli = 0
    portion: Short | None = None


class ProductWire(Wire):
    """A product as the till stores it, with this store's price already applied."""
    sku: Sku
    name_zh: Name
    name_en: Name
    unit: Short
    sold_by: Short
    price: Minor
    tax_rate: Rate = 0
    barcodes: Annotated[list[Short], Field(max_length=50)] = []
    plu: Short | None = None
    category: Name = ""
    supplier: Name = ""
    cost: Minor = 0
    safety_stock: Milli = 0
    min_fraction: Milli = 1000
    allow_custom: StrictBool = False
    pricing: Annotated[str, Field(max_length=500)] = "linear"   # pos_app.core.pricing text form
    portions: Annotated[list[PortionWire], Field(max_length=50)] = []
    components: Annotated[list[ComponentWire], Field(max_length=50)] = []
    pinyin: Short = ""
    active: StrictBool = True


class UserWire(Wire):
    """A till user. The PIN travels only as its argon2 hash so the till can check it offline."""
    user_id: Short
    name: Name
    role: Literal["cashier", "manager", "admin"]
    pin_hash: Annotated[str, Field(max_length=200)]
    active: StrictBool = True


class StockWire(Wire):
    """HQ's authoritative level of one product at this store, as of the pull's cursor."""
    sku: Sku
    quantity: Milli


class PullResponse(Wire):
    protocol: StrictInt = PROTOCOL_VERSION
    cursor: Short                    # opaque; send it back as `since` on the next pull
    full: StrictBool                 # True: replace everything (first pull, lost cursor, protocol change)
    more: StrictBool = False         # another page is waiting: pull again at once with the new cursor
    products: list[ProductWire] = []
    delisted: list[Sku] = []         # SKUs no longer sold at this store (kept for history, not deleted)
    nomenclature: dict[str, Any] | None = None   # pos_app.core.nomenclature JSON form, when changed
    settings: dict[Short, Annotated[str, Field(max_length=2000)]] = {}   # store-wide settings, when changed
    users: list[UserWire] = []
    stock: list[StockWire] = []
    # The last of this till's own events included in `stock`: the till's view of a level is that snapshot
    # plus its own movements in events after this sequence, so it never counts a sale twice or not at all.
    acked_seq: StrictInt = 0
    server_time: IsoTime
