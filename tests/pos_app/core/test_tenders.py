import pytest
from hypothesis import given
from hypothesis import strategies as st

from pos_app.core.errors import PaymentError
from pos_app.core.tenders import Tender, TenderKind, TenderRequest, parse_tender_kind, settle

CASH, CARD, MOBILE = TenderKind.CASH, TenderKind.CARD, TenderKind.MOBILE


def req(kind, amount=None, reference=""):
    return TenderRequest(kind, amount, reference)


def test_exact_cash():
    s = settle(total=1234, requests=[req(CASH)])
    assert s.tenders == (Tender(CASH, amount=1234, tendered=1234),)
    assert (s.paid, s.rounding, s.change, s.opens_drawer) == (1234, 0, 0, True)


def test_cash_with_change():
    s = settle(total=1234, requests=[req(CASH, 2000)])
    assert s.tenders == (Tender(CASH, amount=1234, tendered=2000),)
    assert (s.paid, s.change, s.rounding) == (1234, 766, 0)


def test_cash_rounding_to_ten_fen():
    s = settle(total=1234, requests=[req(CASH, 2000)], cash_step=10)
    assert s.tenders == (Tender(CASH, amount=1230, tendered=2000),)
    assert (s.paid, s.rounding, s.change) == (1230, -4, 770)
    up = settle(total=1235, requests=[req(CASH)], cash_step=10)
    assert (up.paid, up.rounding, up.change) == (1240, 5, 0)


def test_card_only_payment_stays_exact_with_cash_rounding_on():
    s = settle(total=1234, requests=[req(CARD, reference="T-88")], cash_step=10)
    assert s.tenders == (Tender(CARD, amount=1234, tendered=1234, reference="T-88"),)
    assert (s.paid, s.rounding, s.change, s.opens_drawer) == (1234, 0, 0, False)


def test_split_card_then_cash_rounds_only_the_cash():
    s = settle(total=1234, requests=[req(CARD, 1000), req(CASH)], cash_step=10)
    assert s.tenders == (Tender(CARD, 1000, 1000), Tender(CASH, amount=230, tendered=230))
    assert (s.paid, s.rounding, s.change) == (1230, -4, 0)


def test_split_cash_then_mobile_is_exact():
    s = settle(total=1234, requests=[req(CASH, 1000), req(MOBILE, reference="wx-1")], cash_step=10)
    assert s.tenders == (Tender(CASH, 1000, 1000), Tender(MOBILE, 234, 234, "wx-1"))
    assert (s.paid, s.rounding, s.change, s.opens_drawer) == (1234, 0, 0, True)


def test_three_way_split():
    s = settle(total=10_000, requests=[req(CARD, 3000), req(MOBILE, 3000), req(CASH, 5000)])
    assert [t.amount for t in s.tenders] == [3000, 3000, 4000]
    assert (s.paid, s.change) == (10_000, 1000)


def test_zero_total_needs_no_tender():
    s = settle(total=0, requests=[])
    assert (s.tenders, s.paid, s.opens_drawer) == ((), 0, False)


def test_overpay_by_card_refused():
    with pytest.raises(PaymentError, match="more than"):
        settle(total=1234, requests=[req(CARD, 1235)])
    with pytest.raises(PaymentError):
        settle(total=1234, requests=[req(CASH, 1000), req(MOBILE, 300)])


@pytest.mark.parametrize("requests", [
    [], [req(CASH, 1000)], [req(CARD, 1000)], [req(CARD, 1000), req(CASH, 200)],
])
def test_insufficient_payment(requests):
    with pytest.raises(PaymentError, match="still due"):
        settle(total=1234, requests=requests)


def test_extra_payment_after_settled_refused():
    with pytest.raises(PaymentError, match="already paid"):
        settle(total=1234, requests=[req(CARD), req(CASH, 100)])


@pytest.mark.parametrize("amount", [0, -100])
def test_non_positive_payment_refused(amount):
    with pytest.raises(PaymentError):
        settle(total=1234, requests=[req(CASH, amount)])
    with pytest.raises(PaymentError):
        settle(total=1234, requests=[req(CARD, amount)])


def test_negative_total_refused():
    with pytest.raises(PaymentError, match="refund"):
        settle(total=-1, requests=[req(CASH)])


def test_cash_between_the_exact_and_the_rounded_amount_is_short_not_a_negative_remainder():
    # ¥2.36 rounds to ¥2.40 in cash; ¥2.38 handed over is short, and no negative card payment may follow
    with pytest.raises(PaymentError):
        settle(total=236, requests=[req(CASH, 238)], cash_step=10)
    with pytest.raises(PaymentError):
        settle(total=236, requests=[req(CASH, 238), req(CARD)], cash_step=10)
    s = settle(total=236, requests=[req(CASH, 230), req(CARD)], cash_step=10)
    assert [t.amount for t in s.tenders] == [230, 6]


def test_a_tiny_remainder_can_round_to_nothing_in_cash():
    s = settle(total=1004, requests=[req(CARD, 1000), req(CASH)], cash_step=10)
    assert (s.paid, s.rounding, s.change) == (1000, -4, 0)
    assert s.tenders[-1].amount == 0


@pytest.mark.parametrize("text, kind", [("cash", CASH), (" CARD ", CARD), ("Mobile", MOBILE)])
def test_parse_tender_kind(text, kind):
    assert parse_tender_kind(text) is kind


@pytest.mark.parametrize("text", ["", "cheque", "alipay"])
def test_parse_tender_kind_unknown(text):
    with pytest.raises(PaymentError):
        parse_tender_kind(text)


# -- properties -------------------------------------------------------------------------------------------
requests_strategy = st.lists(
    st.tuples(st.sampled_from(list(TenderKind)), st.none() | st.integers(min_value=1, max_value=20_000)),
    min_size=1, max_size=4)


@given(st.integers(min_value=0, max_value=50_000), requests_strategy, st.sampled_from([1, 5, 10, 50, 100]))
def test_settlement_invariants(total, raw, step):
    try:
        s = settle(total=total, requests=[req(kind, amount) for kind, amount in raw], cash_step=step)
    except PaymentError:
        return
    assert s.paid == total + s.rounding
    assert s.change >= 0
    assert 2 * abs(s.rounding) <= step
    assert all(t.amount >= 0 for t in s.tenders)
    assert all(t.tendered >= t.amount for t in s.tenders)
    assert sum(t.tendered for t in s.tenders) - s.change == s.paid
    if not s.opens_drawer:
        assert s.rounding == 0 and s.change == 0
    non_cash = [t for t in s.tenders if t.kind is not CASH]
    assert all(t.tendered == t.amount for t in non_cash)
    if s.rounding:
        assert s.tenders[-1].kind is CASH      # only a settling cash tender rounds


@given(st.integers(min_value=0, max_value=50_000), st.sampled_from([1, 10, 50]),
       st.integers(min_value=0, max_value=50_000))
def test_card_then_cash_always_settles(total, step, card):
    card = min(card, total)
    requests = ([req(CARD, card)] if card else []) + ([req(CASH)] if total - card else [])
    s = settle(total=total, requests=requests, cash_step=step)
    assert s.paid == total + s.rounding
    assert s.change == 0
    assert 2 * abs(s.rounding) <= step


@given(st.integers(min_value=1, max_value=50_000), st.sampled_from([5, 10, 50, 100]), st.data(),
       st.sampled_from([None, CARD, MOBILE, CASH]))
def test_cash_near_the_amount_due_never_leaves_a_negative_remainder(total, step, data, then):
    handed = total + data.draw(st.integers(min_value=-step, max_value=step))
    if handed <= 0:
        return
    requests = [req(CASH, handed)] + ([req(then)] if then else [])
    try:
        s = settle(total=total, requests=requests, cash_step=step)
    except PaymentError:
        return
    assert all(t.amount >= 0 for t in s.tenders)
    assert s.paid == total + s.rounding and 2 * abs(s.rounding) <= step and s.change >= 0
