from dataclasses import replace
from datetime import timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pos_app.core.basket import Basket, Discount
from pos_app.core.errors import InvalidInput, PaymentError
from pos_app.core.receipt import (AmountRow, StoreInfo, build_receipt, parse_sale_qr, sale_qr_data)
from pos_app.core.refunds import RefundItem, build_refund
from pos_app.core.sale import Sale, build_sale
from pos_app.core.tenders import TenderKind, TenderRequest, settle

from .factories import AT, HALF, baskets, piece, portioned, weighed

STORE = StoreInfo(name="鲜丰菜市场", name_en="Fresh Market", lines=("88 Example Road",))
PORTIONS = {("MELON", "half"): HALF}


def sample_sale(*, requests=None, cash_step: int = 10) -> Sale:
    basket = Basket()
    basket.add(weighed(price=1280, tax_rate=900), quantity=532, weighed=True)          # 6.81
    basket.add(portioned(price=1500, tax_rate=900), portion="half", count=2)         # 2 × 7.50
    basket.add(piece("COLA", price=300, tax_rate=1300), quantity=3000)               # 9.00
    basket.discount_line(3, discount=Discount("promo", amount=100))
    basket.discount_basket(Discount("member", percent_bp=500))
    requests = requests or [TenderRequest(TenderKind.CARD, amount=1000, reference="T-7"),
                            TenderRequest(TenderKind.CASH, amount=5000)]
    settlement = settle(total=basket.total, requests=requests, cash_step=cash_step)
    return build_sale(basket, settlement, uuid="sale-1", at=AT, cashier="c01", till="till-1")


def test_sale_receipt_in_chinese():
    sale = sample_sale()
    receipt = build_receipt(sale=sale, store=STORE, language="zh", portions=PORTIONS)
    assert receipt.store_name == "鲜丰菜市场" and receipt.header == ("88 Example Road",)
    assert [(line.name, line.detail, line.amount) for line in receipt.lines] == [
        ("西红柿", "0.532 kg × ¥12.80/kg", 681),
        ("半个 西瓜", "2 × ¥7.50", 1500),
        ("鸡蛋", "3 × ¥3.00", 900)]
    assert receipt.lines[2].discount == AmountRow("折扣 promo", -100)
    assert receipt.lines[0].discount is None
    # 6.81 + 15.00 + 9.00 − 1.00 = 29.81; 5 % member = 1.49; total 28.32
    assert receipt.subtotal == AmountRow("小计", 2981)
    assert receipt.discounts == (AmountRow("整单折扣 member", -149),)
    assert receipt.total == AmountRow("合计", 2832)
    # card ¥10, then cash due 18.32 → 18.30 (rounded to ¥0.10), ¥50 handed over
    assert receipt.adjustments == (AmountRow("现金舍入", -2),)
    assert receipt.tenders == (AmountRow("银行卡 T-7", 1000), AmountRow("现金", 5000))
    assert receipt.change == AmountRow("找零", 3170)
    # the basket discount spread 34 / 75 / 40 fen: nets 6.47 + 14.25 at 9 %, 7.60 at 13 %
    assert receipt.taxes == (AmountRow("增值税 9% 含税金额 20.72", 171), AmountRow("增值税 13% 含税金额 7.60", 87))
    assert sum(t.gross for t in sale.taxes) == sale.total
    assert dict(receipt.info) == {"单号": "sale-1", "时间": "2024-03-01 09:30:00", "收银员": "c01",
                                  "收银台": "till-1"}
    assert receipt.banners == () and not receipt.is_refund and not receipt.is_reprint
    assert receipt.qr_data == "FTSALE:sale-1" and receipt.sale_id == "sale-1"
    assert receipt.time == AT and receipt.kicks_drawer


def test_sale_receipt_in_english_uses_english_names_and_labels():
    receipt = build_receipt(sale=sample_sale(), store=STORE, language="en", portions=PORTIONS)
    assert receipt.store_name == "Fresh Market"
    assert [line.name for line in receipt.lines] == ["Tom", "Melon (half)", "Cola"]
    assert receipt.total.label == "TOTAL" and receipt.change.label == "Change"
    assert receipt.tenders[0].label == "Card T-7" and receipt.taxes[0].label == "VAT 9% on 20.72"
    assert receipt.footer == ("Thank you, see you again", "Keep this receipt for returns")


def test_missing_names_fall_back_rather_than_print_nothing():
    sale = sample_sale()
    bare = replace(sale, lines=tuple(replace(line, name_en="", name_zh="") for line in sale.lines))
    receipt = build_receipt(sale=bare, store=StoreInfo(name="店"), language="en")
    # without a portion lookup the portion's code is shown
    assert [line.name for line in receipt.lines] == ["TOM", "MELON (half)", "COLA"]
    assert receipt.store_name == "店"
    zh = build_receipt(sale=replace(sale, lines=tuple(replace(line, name_zh="") for line in sale.lines)),
                       store=STORE, language="zh")
    assert zh.lines[0].name == "Tom" and zh.lines[1].name == "half Melon"


def test_reprint_is_marked_and_never_opens_the_drawer():
    receipt = build_receipt(sale=sample_sale(), store=STORE, language="zh", reprint=True, cashier="王芳")
    assert receipt.banners == ("重印 REPRINT",) and receipt.is_reprint
    assert receipt.cash_tendered and not receipt.kicks_drawer
    assert receipt.cashier == "王芳" and dict(receipt.info)["收银员"] == "王芳"
    assert build_receipt(sale=sample_sale(), store=STORE, language="en", reprint=True).banners == ("REPRINT",)


def test_card_only_sale_does_not_open_the_drawer_and_has_no_change_row():
    sale = sample_sale(requests=[TenderRequest(TenderKind.MOBILE, reference="wx-1")], cash_step=1)
    receipt = build_receipt(sale=sale, store=STORE, language="zh")
    assert not receipt.kicks_drawer and receipt.change is None and receipt.adjustments == ()
    assert receipt.tenders == (AmountRow("移动支付 wx-1", sale.total),)


def test_refund_receipt():
    sale = sample_sale()
    refund = build_refund(sale, items=[RefundItem(1, 532), RefundItem(2, 500)], earlier=[], uuid="refund-1",
                          at=AT + timedelta(hours=1), cashier="c02", till="till-1", cash_step=10)
    receipt = build_receipt(sale=refund, store=STORE, language="zh", portions=PORTIONS)
    assert receipt.is_refund and receipt.banners == ("退款 REFUND",)
    assert dict(receipt.info)["退款单号"] == "refund-1" and dict(receipt.info)["原单号"] == "sale-1"
    assert [(line.name, line.detail) for line in receipt.lines] == [("西红柿", "0.532 kg"),
                                                                   ("半个 西瓜", "× 1")]
    assert all(line.amount < 0 for line in receipt.lines)
    assert receipt.total == AmountRow("退款合计", refund.total) and refund.total < 0
    assert receipt.tenders == (AmountRow("退现金", refund.tenders[0].tendered),)
    assert receipt.change is None and receipt.kicks_drawer
    assert receipt.qr_data == "FTSALE:refund-1"
    english = build_receipt(sale=refund, store=STORE, language="en")
    assert english.banners == ("REFUND",) and english.tenders[0].label == "Cash refund"


def test_unknown_language_is_refused():
    with pytest.raises(InvalidInput, match="zh or en"):
        build_receipt(sale=sample_sale(), store=STORE, language="fr")


def test_sale_qr_round_trip():
    assert parse_sale_qr(sale_qr_data("7c9e6679-7425")) == "7c9e6679-7425"
    assert parse_sale_qr(" FTSALE:abc\r\n") == "abc"
    assert parse_sale_qr("6901234567892") is None
    assert parse_sale_qr("FTSALE:") is None


@settings(max_examples=60, deadline=None)
@given(basket=baskets(min_lines=1), cash_first=st.booleans(), card_part=st.integers(min_value=0, max_value=100),
       extra_cash=st.integers(min_value=0, max_value=10_000), language=st.sampled_from(["zh", "en"]))
def test_receipt_rows_add_up_to_what_was_paid(basket, cash_first, card_part, extra_cash, language):
    total = basket.total
    card = total * card_part // 100
    requests = []
    if card:
        requests.append(TenderRequest(TenderKind.CARD, amount=card))
    if total - card:
        requests.append(TenderRequest(TenderKind.CASH, amount=total - card + 10 + extra_cash))
    if cash_first:
        requests.reverse()
    try:
        settlement = settle(total=total, requests=requests, cash_step=10)
    except PaymentError:   # cash handed first may already cover it all; only valid settlements matter here
        return
    sale = build_sale(basket, settlement, uuid="s", at=AT, cashier="c", till="t")
    receipt = build_receipt(sale=sale, store=STORE, language=language)
    lines = sum(line.amount + (line.discount.amount if line.discount else 0) for line in receipt.lines)
    assert lines + sum(row.amount for row in receipt.discounts) == receipt.total.amount == sale.total
    if receipt.subtotal:
        assert receipt.subtotal.amount == lines
    paid = receipt.total.amount + sum(row.amount for row in receipt.adjustments)
    change = receipt.change.amount if receipt.change else 0
    assert sum(row.amount for row in receipt.tenders) == paid + change
    assert sum(row.amount for row in receipt.taxes) == sum(t.tax for t in sale.taxes)
    assert len(receipt.lines) == len(sale.lines)
    assert receipt.kicks_drawer == any(t.kind is TenderKind.CASH for t in sale.tenders)
