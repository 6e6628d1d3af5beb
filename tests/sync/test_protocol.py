"""The wire models: a committed sale's outbox payload validates as-is; floats, unbounded input and naive
times are refused."""
from __future__ import annotations

import pytest
from pydantic import ValidationError

from pos_app.core.basket import Basket
from pos_app.core.tenders import TenderKind, TenderRequest
from pos_app.services.checkout import SaleService
from pos_app.storage import outbox
from sync.protocol import PAYLOADS, Event, ProductWire, PushRequest, SalePayload, StockMovementsPayload


def _ring(db):
    service = SaleService(db)
    basket = Basket()
    service.add_product(basket, db.catalog.by_sku("V1"), quantity=532)
    service.add_product(basket, db.catalog.by_sku("P1"), count=2)
    return service.checkout(basket, tenders=[TenderRequest(TenderKind.CASH, 10_000)], cashier="c1")


def test_every_outbox_event_of_a_real_sale_validates(db):
    _ring(db)
    with db.reading() as connection:
        events = outbox.pending(connection)
    kinds = {event["kind"] for event in events}
    assert "sale" in kinds and "stock_movements" in kinds   # opening stock + the sale
    for event in events:
        wire = Event(seq=event["seq"], id=event["uuid"], kind=event["kind"], created_at=event["created_at"],
                     payload=event["payload"])
        PAYLOADS[wire.kind].model_validate(wire.payload)


def test_a_float_amount_is_refused(db):
    _ring(db)
    with db.reading() as connection:
        sale = next(e for e in outbox.pending(connection) if e["kind"] == "sale")["payload"]
    sale["total"] = float(sale["total"])
    with pytest.raises(ValidationError):
        SalePayload.model_validate(sale)
    with pytest.raises(ValidationError):
        StockMovementsPayload.model_validate({"movements": [
            {"uuid": "0" * 8 + "-0000-0000-0000-" + "0" * 12, "sku": "V1", "kind": "waste",
             "quantity": 1.5, "created_at": "2026-11-22T09:00:00+08:00"}]})


def test_naive_time_and_oversized_batch_are_refused():
    with pytest.raises(ValidationError, match="offset"):
        Event(seq=1, id="12345678-1234-1234-1234-123456789abc", kind="sale", created_at="2026-11-22T09:00:00",
              payload={})
    event = Event(seq=1, id="12345678-1234-1234-1234-123456789abc", kind="sale",
                  created_at="2026-11-22T09:00:00+08:00", payload={})
    with pytest.raises(ValidationError):
        PushRequest(events=[event] * 501)


def test_product_wire_refuses_unknown_fields_and_float_prices():
    with pytest.raises(ValidationError):
        ProductWire(sku="A", name_zh="苹果", name_en="Apple", unit="kg", sold_by="weight", price=9.99)
    with pytest.raises(ValidationError):
        ProductWire.model_validate({"sku": "A", "name_zh": "", "name_en": "x", "unit": "kg", "sold_by": "weight",
                                    "price": 999, "evil": 1})
