from collections import Counter, defaultdict
from dataclasses import replace
from datetime import datetime, timedelta, timezone

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from pos_app.core.basket import Basket, Discount
from pos_app.core.refunds import RefundItem
from pos_app.core.sale import SaleKind
from pos_app.core.shift_report import ShiftReport, _width, report_lines
from pos_app.core.stock import Movement, MovementKind
from pos_app.core.tenders import TenderKind, TenderRequest
from pos_app.services.checkout import SaleService
from pos_app.services.shifts import ShiftError, Shifts, difference_sentence
from pos_app.storage import outbox, sales_repo, settings_repo, stock_repo
from pos_app.storage.database import TillDatabase
from sync.protocol import Event, ShiftReportPayload
from sync.server.ingest.validate import check_event
from tests.conftest import COLA, small_catalog

CST = timezone(timedelta(hours=8))
CATEGORIES = {"V1": "vegetables", "P1": "drinks", "M1": "meat", "C1": "kits"}


class Clock:
    """Moves one second on every reading, so every record has its own time."""
    def __init__(self) -> None:
        self.at = datetime(2026, 11, 24, 8, 0, tzinfo=CST)

    def __call__(self) -> datetime:
        self.at += timedelta(seconds=1)
        return self.at


@pytest.fixture
def clock():
    return Clock()


@pytest.fixture
def shifts(db, clock):
    return Shifts(db, clock=clock)


def cash_sale(db, clock, *, count=1, tenders=None):
    service = SaleService(db, clock=clock)
    basket = Basket()
    service.add_code(basket, COLA, count=count)
    return service.checkout(basket, tenders=tenders or [TenderRequest(TenderKind.CASH)], cashier="c1")


def test_one_shift_at_a_time_and_nothing_without_one(shifts):
    with pytest.raises(ShiftError, match="No shift is open"):
        shifts.x_report()
    with pytest.raises(ShiftError, match="No shift is open"):
        shifts.close(counted_cash=0, closed_by="m1")
    shift = shifts.open(cashier="c1", opening_float=20_000)
    assert shifts.current() == shift
    with pytest.raises(ShiftError, match="already open"):
        shifts.open(cashier="c2", opening_float=0)
    with pytest.raises(ShiftError, match="whole number of fen"):
        shifts.close(counted_cash=-1, closed_by="m1")
    assert shifts.current() == shift


def test_the_database_itself_refuses_a_second_open_shift(db, shifts):
    shifts.open(cashier="c1", opening_float=0)
    with pytest.raises(Exception, match="UNIQUE"):
        with db.transaction() as connection:
            connection.exec_driver_sql("INSERT INTO shifts (id, till, cashier, opened_at, opening_float) "
                                       "VALUES ('x', 'till-1', 'c2', '2026-11-24T09:00:00+08:00', 0)")


def test_x_then_z_report_of_a_small_shift(db, clock, shifts):
    cash_sale(db, clock, count=5)                                    # before the shift: not counted
    shift = shifts.open(cashier="c1", opening_float=20_000)
    first = cash_sale(db, clock, count=2, tenders=[TenderRequest(TenderKind.CASH, amount=1000)])   # ¥6.00
    cash_sale(db, clock, count=1, tenders=[TenderRequest(TenderKind.CARD, reference="T1")])        # ¥3.00
    cash_sale(db, clock, count=3, tenders=[TenderRequest(TenderKind.MOBILE, amount=400, reference="W1"),
                                           TenderRequest(TenderKind.CASH)])                         # ¥9.00
    SaleService(db, clock=clock).refund(first.uuid, items=[RefundItem(1, 1000)], cashier="c1")     # −¥3.00 cash
    shifts.move_cash(kind="paid_in", amount=5_000, reason="change from the bank", user_id="c1")
    shifts.move_cash(kind="paid_out", amount=1_200, reason="window cleaner", user_id="c1", authorised_by="m1")
    x = shifts.x_report()
    assert (x.kind, x.sales_count, x.sales_total, x.refunds_count, x.refunds_total) == ("X", 3, 1800, 1, -300)
    assert dict(x.tenders) == {"cash": 600 + 500 - 300, "card": 300, "mobile": 400}
    assert x.expected_cash == 20_000 + 800 + 5_000 - 1_200
    assert x.counted_cash is None and shifts.current() == shift
    z = shifts.close(counted_cash=24_500, closed_by="m1")
    assert (z.kind, z.expected_cash, z.difference, z.closed_by) == ("Z", 24_600, -100, "m1")
    assert difference_sentence(z) == "The drawer is ¥1.00 short."
    assert z.taxes[0].rate == 1300 and z.taxes[0].gross == 1500
    assert shifts.current() is None
    assert shifts.kept_report(shift.id) == z
    cash_sale(db, clock)                                             # after the close: not in this shift
    assert shifts.kept_report(shift.id) == z
    with db.reading() as connection:
        rows = [r for r in outbox.pending(connection) if r["kind"] == "shift_report"]
        audit = [a for (a,) in connection.exec_driver_sql("SELECT action FROM audit_log ORDER BY id")]
    assert audit == ["paid_in", "paid_out", "shift_close"]
    [event] = rows
    payload = ShiftReportPayload.model_validate(event["payload"])
    assert (payload.shift_id, payload.sales_total, payload.refunds_total, payload.expected_cash,
            payload.counted_cash, payload.tenders) == (shift.id, 1800, -300, 24_600, 24_500, dict(z.tenders))
    created = datetime.fromisoformat(event["created_at"]).astimezone().isoformat()
    checked = check_event(Event(seq=event["seq"], id=event["uuid"], kind="shift_report", created_at=created,
                                payload=event["payload"]))
    assert checked.payload is not None, checked.reason


def test_the_next_shift_starts_after_the_last_one_closed(db, shifts):
    first = shifts.open(cashier="c1", opening_float=0)
    shifts.close(counted_cash=0, closed_by="c1")
    frozen = Shifts(db, clock=lambda: first.opened_at)              # a clock that went back
    second = frozen.open(cashier="c2", opening_float=0)
    closed = shifts.kept_report(first.id).until
    assert second.opened_at > closed
    assert frozen.x_report().until == second.opened_at


def test_sales_of_another_till_are_not_in_this_tills_shift(db, clock, shifts):
    shifts.open(cashier="c1", opening_float=0)
    sale = cash_sale(db, clock)
    with db.transaction() as connection:
        sales_repo.insert(connection, replace(sale, uuid="00000000-0000-4000-8000-000000000001", till="till-2",
                                              created_at=clock()))
    assert shifts.close(counted_cash=300, closed_by="c1").sales_count == 1


def test_bad_cash_movements_are_refused(shifts):
    with pytest.raises(ShiftError, match="No shift"):
        shifts.move_cash(kind="paid_in", amount=100, reason="x", user_id="c1")
    shifts.open(cashier="c1", opening_float=0)
    with pytest.raises(ShiftError, match="paid in or paid out"):
        shifts.move_cash(kind="stolen", amount=100, reason="x", user_id="c1")
    with pytest.raises(ShiftError, match="above zero"):
        shifts.move_cash(kind="paid_in", amount=0, reason="x", user_id="c1")
    with pytest.raises(ShiftError, match="why"):
        shifts.move_cash(kind="paid_in", amount=100, reason=" ", user_id="c1")
    assert shifts.x_report().paid_in == 0


def test_report_text_fits_the_paper_in_both_languages(db, clock, shifts):
    shifts.open(cashier="c1", opening_float=20_000)
    cash_sale(db, clock, count=2)
    report = shifts.close(counted_cash=20_700, closed_by="m1")
    for language, width in (("en", 32), ("zh", 32), ("en", 48)):
        lines = report_lines(report, language=language, width=width)
        assert all(_width(line) <= width for line in lines), lines
    text = "\n".join(report_lines(report))
    assert "Z REPORT" in text and "Expected cash" in text and "+1.00" in text
    assert "Z 报表" in "\n".join(report_lines(report, language="zh"))
    assert ShiftReport.from_dict(report.to_dict()) == report


# -- Z totals equal the sums of the shift's sales and refunds, for any shift --------------------------------

@pytest.fixture(scope="module")
def store(tmp_path_factory):
    db = TillDatabase.open(tmp_path_factory.mktemp("till"))
    with db.transaction() as connection:
        db.catalog.upsert(connection, [replace(p, category=CATEGORIES[p.sku]) for p in small_catalog()])
        stock_repo.record(connection, [Movement(s, MovementKind.GOODS_IN, 10**9) for s in ("V1", "P1", "M1")])
    yield db
    db.close()


EXAMPLES = Clock()
ITEMS = st.tuples(st.sampled_from(["P1", "V1", "M1h", "M1c", "C1"]), st.integers(1, 3000), st.integers(0, 400))
TENDERS = st.sampled_from(["cash", "cash_over", "card", "mobile", "split"])
ACTION = st.one_of(
    st.tuples(st.just("sale"), st.lists(ITEMS, min_size=1, max_size=5), TENDERS, st.integers(0, 1500)),
    st.tuples(st.just("refund"), st.integers(0, 99), st.integers(0, 9), st.sampled_from(["cash", "card"])),
    st.tuples(st.just("cash"), st.sampled_from(["paid_in", "paid_out"]), st.integers(1, 50_000)),
)


def _ring(service: SaleService, items, tender: str, basket_bp: int):
    basket = Basket()
    for key, size, discount in items:
        if key == "P1":
            line = service.add_code(basket, COLA, count=1 + size % 4)
        elif key == "V1":
            line = service.add_code(basket, "1001", weight=size)
        elif key == "M1h":
            line = service.add_code(basket, "M1", portion="half")
        elif key == "M1c":
            line = service.add_code(basket, "M1", quantity=250 + size)
        else:
            line = service.add_code(basket, "C1", count=1 + size % 2)
        if 0 < discount < line.amount:
            basket.discount_line(line.line_no, discount=Discount("d", amount=discount))
    if basket_bp:
        basket.discount_basket(Discount("b", percent_bp=basket_bp))
    total = basket.total
    requests = {"cash": [TenderRequest(TenderKind.CASH)],
                "cash_over": [TenderRequest(TenderKind.CASH, amount=total + 10_000)],
                "card": [TenderRequest(TenderKind.CARD, reference="T")],
                "mobile": [TenderRequest(TenderKind.MOBILE, reference="W")],
                "split": [TenderRequest(TenderKind.CARD, amount=total // 2, reference="T"),
                          TenderRequest(TenderKind.CASH)] if total // 2 else [TenderRequest(TenderKind.CASH)]}[tender]
    return service.checkout(basket, tenders=requests, cashier="c1")


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(actions=st.lists(ACTION, max_size=10), opening=st.integers(0, 100_000), step=st.sampled_from([1, 10]),
       counted=st.integers(0, 200_000))
def test_z_totals_equal_the_sums_of_the_shifts_sales_and_refunds(store, actions, opening, step, counted):
    clock = Clock()
    clock.at = EXAMPLES.at = EXAMPLES.at + timedelta(days=1)   # each example after the last (the store is shared)
    with store.transaction() as connection:
        settings_repo.put(connection, "cash_rounding", step)
    shifts, service = Shifts(store, clock=clock), SaleService(store, clock=clock)
    if shifts.current() is not None:
        shifts.close(counted_cash=0, closed_by="x")
    shifts.open(cashier="c1", opening_float=opening)
    records, refunded, cash = [], set(), Counter()
    for action in actions:
        if action[0] == "sale":
            records.append(_ring(service, action[1], action[2], action[3]))
        elif action[0] == "refund":
            sales = [r for r in records if r.kind is SaleKind.SALE]
            if not sales:
                continue
            sale = sales[action[1] % len(sales)]
            line = sale.lines[action[2] % len(sale.lines)]
            if (sale.uuid, line.line_no) in refunded:
                continue
            refunded.add((sale.uuid, line.line_no))
            records.append(service.refund(sale.uuid, items=[RefundItem(line.line_no, line.quantity)], cashier="c1",
                                          tender=TenderKind(action[3])))
        else:
            shifts.move_cash(kind=action[1], amount=action[2], reason="r", user_id="c1")
            cash[action[1]] += action[2]
    z = shifts.close(counted_cash=counted, closed_by="m1")

    sales = [r for r in records if r.kind is SaleKind.SALE]
    refunds = [r for r in records if r.kind is SaleKind.REFUND]
    tenders, taxes, categories = defaultdict(int), defaultdict(lambda: [0, 0]), defaultdict(int)
    for record in records:
        for tender in record.tenders:
            tenders[tender.kind.value] += tender.amount
        for tax in record.taxes:
            taxes[tax.rate][0] += tax.gross
            taxes[tax.rate][1] += tax.tax
        for line in record.lines:
            for part in line.parts:
                categories[CATEGORIES[part.sku]] += part.amount
    assert (z.sales_count, z.sales_total) == (len(sales), sum(s.total for s in sales))
    assert (z.refunds_count, z.refunds_total) == (len(refunds), sum(r.total for r in refunds))
    assert z.rounding == sum(r.rounding for r in records)
    assert z.discounts == sum(s.discount + sum(line.discount for line in s.lines) for s in sales)
    assert dict(z.tenders) == dict(tenders)
    assert {t.rate: [t.gross, t.tax] for t in z.taxes} == dict(taxes)
    assert dict(z.categories) == dict(categories)
    assert sum(a for _, a in z.tenders) == z.net_total + z.rounding
    assert (z.paid_in, z.paid_out) == (cash["paid_in"], cash["paid_out"])
    assert z.expected_cash == opening + tenders["cash"] + cash["paid_in"] - cash["paid_out"]
    assert z.difference == counted - z.expected_cash
    assert shifts.kept_report(z.shift_id) == z
