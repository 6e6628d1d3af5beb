"""Pulling: pages until HQ says no more, converted to the till's types, cursor kept with the data."""
from __future__ import annotations

import pytest

from pos_app.storage import settings_repo
from sync.client.client import SyncClient
from sync.client.errors import SyncError
from sync.client.pull import to_product
from sync.protocol import ProductWire
from tests.conftest import levels
from tests.sync.client.hq_double import HqDouble
from tests.sync.client.test_push import sell

WIRE = {"sku": "F1", "name_zh": "带鱼", "name_en": "Hairtail", "unit": "kg", "sold_by": "weight", "price": 3580,
        "tax_rate": 900, "barcodes": [], "plu": "2001", "pricing": "tiered:1=100,*=90", "min_fraction": 50}


@pytest.fixture
def hq():
    return HqDouble()


@pytest.fixture
def client(db, hq):
    with SyncClient(db=db, base_url="http://localhost:9", token="tok", http_transport=hq.transport) as sync_client:
        yield sync_client


def test_pages_are_pulled_until_hq_has_no_more_and_the_cursor_is_kept(db, hq, client):
    hq.pages = [{"cursor": "5", "more": True, "products": [WIRE]},
                {"cursor": "9", "delisted": ["P1"], "settings": {"cash_rounding": "10"}, "stock": [
                    {"sku": "F1", "quantity": 12_500}], "acked_seq": 1}]
    report = client.pull_once()
    assert (report.pages, report.products, report.delisted, report.stock, report.cursor) == (2, 1, 1, 1, "9")
    assert [r.url.params["since"] for r in hq.requests] == ["", "5"]
    fish = db.catalog.by_plu("2001")
    assert fish.price_of(2000) == 3580 + 3222          # tiered: the 2nd kg at 90 %
    assert not db.catalog.by_sku("P1").active
    assert levels(db)["F1"] == 12_500
    with db.reading() as connection:
        assert settings_repo.get(connection, "cash_rounding") == 10
    client.pull_once()
    assert hq.requests[-1].url.params["since"] == "9"


def test_stock_from_hq_adds_the_sales_hq_has_not_seen_yet(db, hq, client):
    sell(db, 3)                                         # seq 2–4 still at the till only
    hq.pages = [{"cursor": "1", "stock": [{"sku": "P1", "quantity": 30_000}], "acked_seq": 1}]
    client.pull_once()
    assert levels(db)["P1"] == 27_000


def test_a_product_the_till_cannot_read_stops_the_pull_before_anything_is_written(db, hq, client):
    hq.pages = [{"cursor": "5", "products": [WIRE, {**WIRE, "sku": "F2", "plu": None, "unit": "furlong"}]}]
    with pytest.raises(SyncError) as caught:
        client.pull_once()
    assert caught.value.kind == "protocol" and "F2" in str(caught.value)
    assert db.catalog.by_sku("F1") is None and client.state().cursor == ""


def test_a_different_protocol_version_is_refused(db, hq, client):
    hq.pages = [{"cursor": "5", "protocol": 99}]
    with pytest.raises(SyncError, match="protocol 99"):
        client.pull_once()


def test_wire_products_convert_exactly():
    product = to_product(ProductWire(**{**WIRE, "portions": [
        {"code": "half", "name_zh": "半条", "name_en": "Half", "size": 500}]}))
    assert (product.unit.value, product.sold_by.value, product.min_fraction) == ("kg", "weight", 50)
    assert product.pricing.to_text() == "tiered:1=100,*=90"
    assert product.portions[0].size == 500 and product.plu == "2001"
