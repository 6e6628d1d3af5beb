import json
from datetime import datetime, timedelta, timezone

import pytest
from argon2 import PasswordHasher

from pos_app.core.basket import Basket, Discount
from pos_app.core.errors import InvalidInput, RefundError, SoldOut
from pos_app.core.refunds import RefundItem
from pos_app.core.stock import Movement, MovementKind
from pos_app.core.tenders import TenderKind, TenderRequest
from pos_app.services.audit import AuditLog
from pos_app.services.authorisation import AuthorisationRefused, Authoriser, ManagerRequired
from pos_app.services.checkout import SaleService
from pos_app.services.overrides import Overrides
from pos_app.storage import audit_repo, stock_repo, users_repo
from pos_app.storage.audit_repo import AuditEntry
from sync.protocol import AuditPayload, Event
from sync.server.ingest.validate import check_event
from tests.conftest import COLA

CHEAP = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)
T0 = datetime(2026, 11, 24, 9, 0, tzinfo=timezone(timedelta(hours=8)))


@pytest.fixture
def till(db):
    with db.transaction() as connection:
        users_repo.add_local(connection, user_id="c1", name="Zhang", role="cashier", pin="1111", hasher=CHEAP)
        users_repo.add_local(connection, user_id="m1", name="Wang", role="manager", pin="9999", hasher=CHEAP)
    sales = SaleService(db, clock=lambda: T0)
    return Overrides(sales=sales, authoriser=Authoriser(db, clock=lambda: T0), audit=AuditLog(db, clock=lambda: T0))


def entries(db) -> list[AuditEntry]:
    with db.reading() as connection:
        return list(reversed(audit_repo.recent(connection)))


def audit_events(db) -> list[dict]:
    with db.reading() as connection:
        rows = connection.exec_driver_sql(
            "SELECT seq, uuid, kind, payload, created_at FROM outbox WHERE kind = 'audit' ORDER BY seq").all()
    return [{"seq": r[0], "id": r[1], "kind": r[2], "payload": json.loads(r[3]), "created_at": r[4]} for r in rows]


def basket_of(till, *codes) -> Basket:
    basket = Basket()
    for code, count in codes:
        till.sales.add_code(basket, code, count=count)
    return basket


def test_a_small_void_needs_no_manager_and_is_audited(till, db):
    basket = basket_of(till, (COLA, 2), ("M1", 1))
    till.void_line(basket, line_no=1, cashier="c1")
    assert [line.line_no for line in basket.lines] == [2] and basket.voided[0].line_no == 1
    [entry] = entries(db)
    assert (entry.action, entry.actor, entry.authorised_by, entry.at) == ("void_line", "c1", None, T0)
    assert entry.details == {"line_no": 1, "sku": "P1", "quantity": 2000, "count": 1, "amount": 600}


def test_a_void_past_the_threshold_needs_a_manager_and_a_refusal_changes_nothing(till, db):
    basket = basket_of(till, ("M1", 1))                     # ¥88.00, above the ¥20.00 default threshold
    before = list(basket.lines)
    with pytest.raises(ManagerRequired):
        till.void_line(basket, line_no=1, cashier="c1")
    with pytest.raises(AuthorisationRefused):
        till.void_line(basket, line_no=1, cashier="c1", pin="1111")   # the cashier's own PIN
    assert basket.lines == before and entries(db) == []
    till.void_line(basket, line_no=1, cashier="c1", pin="9999")
    assert basket.lines == [] and entries(db)[0].authorised_by == "m1"


def test_a_void_the_basket_discount_forbids_leaves_basket_and_log_untouched(till, db):
    basket = basket_of(till, (COLA, 1), (COLA, 1))
    basket.discount_basket(Discount("coupon", amount=500))
    with pytest.raises(InvalidInput):
        till.void_line(basket, line_no=1, cashier="c1")
    assert len(basket.lines) == 2 and basket.voided == [] and entries(db) == []


def test_voiding_the_whole_basket(till, db):
    basket = basket_of(till, (COLA, 2), ("M1", 1))
    basket.discount_basket(Discount("coupon", amount=100))
    total = basket.total
    with pytest.raises(ManagerRequired):
        till.void_basket(basket, cashier="c1")
    voided = till.void_basket(basket, cashier="c1", pin="9999")
    assert [line.line_no for line in voided] == [1, 2]
    assert basket.lines == [] and basket.total == 0 and basket.discount is None
    [entry] = entries(db)
    assert (entry.action, entry.authorised_by, entry.details["total"]) == ("void_basket", "m1", total)
    assert [line["sku"] for line in entry.details["lines"]] == ["P1", "M1"]


def test_discounts_need_a_manager_by_default_and_are_audited(till, db):
    basket = basket_of(till, (COLA, 2), ("M1", 1))
    with pytest.raises(ManagerRequired):
        till.discount_line(basket, line_no=2, discount=Discount("bruised", percent_bp=1000), cashier="c1")
    assert basket.line(2).discount is None
    till.discount_line(basket, line_no=2, discount=Discount("bruised", percent_bp=1000), cashier="c1", pin="9999")
    assert basket.line(2).discount_amount == 880
    took = till.discount_basket(basket, discount=Discount("regular", amount=100), cashier="c1", pin="9999")
    assert took == 100 and basket.total == 600 + 8800 - 880 - 100
    first, second = entries(db)
    assert first.details == {"line_no": 2, "sku": "M1", "reason": "bruised", "percent_bp": 1000, "amount": None,
                             "value": 880}
    assert second.details["basket"] is True and second.details["value"] == 100


def test_a_sold_out_item_is_refused_then_overridden_with_a_manager_pin(till, db):
    with db.transaction() as connection:
        stock_repo.record(connection, [Movement("P1", MovementKind.WASTE, -24_000)])
    basket = Basket()
    with pytest.raises(SoldOut):
        till.sales.add_code(basket, COLA)
    with pytest.raises(AuthorisationRefused):
        till.add_sold_out(basket, COLA, cashier="c1", pin="0000")
    assert basket.lines == []
    line = till.add_sold_out(basket, COLA, cashier="c1", pin="9999", count=2)
    assert (line.override_by, line.quantity, basket.total) == ("m1", 2000, 600)
    [entry] = entries(db)
    assert (entry.action, entry.subject, entry.authorised_by, entry.details["code"]) == \
        ("sold_out_override", "P1", "m1", COLA)
    sale = till.sales.checkout(basket, tenders=[TenderRequest(TenderKind.CASH)], cashier="c1")
    assert sale.lines[0].override_by == "m1"


def test_a_drawer_opened_without_a_sale(till, db):
    with pytest.raises(AuthorisationRefused):
        till.no_sale(cashier="c1", pin="1111", reason="change for the market")
    entry = till.no_sale(cashier="c1", pin="9999", reason="change for the market")
    assert entries(db) == [entry] and entry.details == {"reason": "change for the market"}


def _sale(till):
    basket = basket_of(till, (COLA, 3))
    return till.sales.checkout(basket, tenders=[TenderRequest(TenderKind.CASH)], cashier="c1")


def test_a_refund_is_audited_in_its_own_transaction(till, db):
    sale = _sale(till)
    with pytest.raises(ManagerRequired):
        till.refund(sale.uuid, items=[RefundItem(1, 1000)], cashier="c1", pin=None)
    refund = till.refund(sale.uuid, items=[RefundItem(1, 1000, "waste")], cashier="c1", pin="9999")
    [entry] = entries(db)
    assert (entry.action, entry.subject, entry.authorised_by, entry.actor) == ("refund", refund.uuid, "m1", "c1")
    assert entry.details == {"original_uuid": sale.uuid, "total": -300, "tender": "cash",
                             "lines": [{"line_no": 1, "sku": "P1", "quantity": 1000, "amount": 300,
                                        "disposition": "waste"}]}
    with pytest.raises(RefundError):                           # an over-refund: nothing written, not audited
        till.refund(sale.uuid, items=[RefundItem(1, 3000)], cashier="c1", pin="9999")
    assert len(entries(db)) == 1
    with db.reading() as connection:
        kinds = [k for (k,) in connection.exec_driver_sql(
            "SELECT kind FROM outbox WHERE kind != 'stock_movements' ORDER BY seq")]
    assert kinds == ["sale", "refund", "audit"]


def test_a_refund_whose_audit_entry_fails_is_not_written(till, db, monkeypatch):
    sale = _sale(till)

    def broken(connection, entry):
        raise RuntimeError("disk full")
    monkeypatch.setattr(audit_repo, "insert", broken)
    with pytest.raises(RuntimeError):
        till.refund(sale.uuid, items=[RefundItem(1, 1000)], cashier="c1", pin="9999")
    with db.reading() as connection:
        assert connection.exec_driver_sql("SELECT count(*) FROM sales WHERE kind = 'refund'").scalar() == 0


def test_every_audit_event_is_a_valid_hq_event(till, db):
    basket = basket_of(till, (COLA, 2), ("M1", 1))
    till.void_line(basket, line_no=1, cashier="c1")
    till.discount_line(basket, line_no=2, discount=Discount("bruised", amount=100), cashier="c1", pin="9999")
    till.no_sale(cashier="c1", pin="9999")
    till.refund(_sale(till).uuid, items=[RefundItem(1, 1000)], cashier="c1", pin="9999")
    events = audit_events(db)
    assert len(events) == 4
    for row in events:
        AuditPayload.model_validate(row["payload"])
        created = datetime.fromisoformat(row["created_at"]).astimezone().isoformat()
        checked = check_event(Event(seq=row["seq"], id=row["id"], kind="audit", created_at=created,
                                    payload=row["payload"]))
        assert checked.payload is not None, checked.reason


def test_audit_details_refuse_floats_and_unknown_actions():
    with pytest.raises(InvalidInput, match="floats"):
        AuditEntry(action="discount", actor="c1", at=T0, till="t", details={"value": 1.5})
    with pytest.raises(InvalidInput, match="Unknown audit action"):
        AuditEntry(action="dance", actor="c1", at=T0, till="t")


def test_a_sold_out_product_picked_by_key_is_overridden_as_itself_not_as_a_plu_it_spells(till, db):
    """A product chosen on screen is added by the product, not by reading its SKU as a code: SKU "7788" of a
    bottle must not become the tomatoes whose PLU is 7788."""
    from pos_app.core.products import Product, SoldBy
    from pos_app.core.quantity import Unit
    bottle = Product(sku="7788", name_zh="矿泉水", name_en="Water", unit=Unit.PIECE, sold_by=SoldBy.PIECE,
                     price=200, tax_rate=1300)
    tomato = Product(sku="T9", name_zh="番茄", name_en="Tomato", unit=Unit.KG, sold_by=SoldBy.WEIGHT, price=698,
                     tax_rate=900, plu="7788", min_fraction=1)
    with db.transaction() as connection:
        db.catalog.upsert(connection, [bottle, tomato])
    basket = Basket()
    with pytest.raises(SoldOut):
        till.sales.add_product(basket, bottle)
    line = till.add_sold_out(basket, "7788", cashier="c1", pin="9999", product=bottle, count=3)
    assert (line.product.sku, line.quantity, line.override_by) == ("7788", 3000, "m1")
    weighed = till.add_sold_out(basket, "T9", cashier="c1", pin="9999", product=tomato, weight=532)
    assert (weighed.product.sku, weighed.quantity, weighed.weighed) == ("T9", 532, True)
    as_code = till.add_sold_out(Basket(), "7788", cashier="c1", pin="9999", weight=532)   # why the product is passed
    assert as_code.product.sku == "T9"
