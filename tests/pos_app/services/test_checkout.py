import pytest

from pos_app.core.barcodes import check_digit
from pos_app.core.basket import Basket
from pos_app.core.errors import InvalidBarcode, NotSellable, RefundError, SoldOut, UnknownProduct
from pos_app.core.refunds import RefundItem
from pos_app.core.tenders import TenderKind, TenderRequest
from pos_app.services.checkout import SaleService
from pos_app.storage import sales_repo, settings_repo
from tests.conftest import COLA, ean13, ledger, levels



def label(plu_item: str, grams: int) -> str:
    body = f"21{plu_item}{grams:05d}"
    return body + check_digit(body)


def test_resolves_barcode_plu_sku_and_weight_labels(db):
    service = SaleService(db)
    assert service.resolve(COLA).product.sku == "P1"
    assert service.resolve("1001").product.sku == "V1"
    assert service.resolve("M1").product.sku == "M1"
    weighed = service.resolve(label("01001", 1234))
    assert (weighed.product.sku, weighed.quantity) == ("V1", 1234)


def test_unknown_and_malformed_codes_give_reasons(db):
    service = SaleService(db)
    with pytest.raises(UnknownProduct, match="No product"):
        service.resolve(ean13("690000000000"))
    with pytest.raises(InvalidBarcode, match="[Cc]heck digit"):
        service.resolve(COLA[:-1] + str((int(COLA[-1]) + 1) % 10))


def test_a_sale_commits_lines_payments_stock_and_outbox_together(db):
    service = SaleService(db)
    basket = Basket()
    service.add_code(basket, COLA, count=2)                 # 2 × ¥3.00
    service.add_code(basket, "1001", weight=532)            # 0.532 kg × ¥6.98 = ¥3.71336 → ¥3.71
    service.add_code(basket, "M1", portion="half")          # ½ kg × ¥88.00 = ¥44.00
    service.add_code(basket, "C1")                          # combo ¥30.00: 250 g tomato + 250 g brisket
    assert basket.total == 600 + 371 + 4400 + 3000
    before = levels(db)
    sale = service.checkout(basket, tenders=[TenderRequest(TenderKind.CASH, amount=10_000)], cashier="c01")
    assert sale.change == 10_000 - 8371
    after = levels(db)
    assert before["P1"] - after["P1"] == 2000
    assert before["V1"] - after["V1"] == 532 + 250
    assert before["M1"] - after["M1"] == 500 + 250
    assert after == ledger(db)
    with db.reading() as connection:
        stored = sales_repo.load(connection, sale.uuid)
        outbox = connection.exec_driver_sql("SELECT uuid, kind FROM outbox WHERE uuid = ?", (sale.uuid,)).all()
    assert stored == sale
    assert outbox == [(sale.uuid, "sale")]
    assert sum(t.gross for t in sale.taxes) == sale.total


def test_weighed_products_need_a_weight(db):
    with pytest.raises(NotSellable, match="Weigh"):
        SaleService(db).add_code(Basket(), "1001")


def test_sold_out_is_refused_unless_a_manager_overrides(db):
    service = SaleService(db)
    basket = Basket()
    service.add_code(basket, "M1", quantity=3000)  # all 3 kg of brisket
    with pytest.raises(SoldOut, match="sold out"):
        service.add_code(basket, "M1", portion="250g")
    line = service.add_code(basket, "M1", portion="250g", override_by="m01")
    assert line.override_by == "m01"


def test_cash_rounding_setting_applies_to_cash_only(db):
    with db.transaction() as connection:
        settings_repo.put(connection, "cash_rounding", 10)
    service = SaleService(db)
    basket = Basket()
    service.add_code(basket, "1001", weight=532)  # ¥3.71
    cash = service.checkout(basket, tenders=[TenderRequest(TenderKind.CASH)], cashier="c")
    assert (cash.total, cash.rounding, cash.tenders[0].amount) == (371, -1, 370)
    basket = Basket()
    service.add_code(basket, "1001", weight=532)
    card = service.checkout(basket, tenders=[TenderRequest(TenderKind.CARD, reference="A1")], cashier="c")
    assert (card.rounding, card.tenders[0].amount) == (0, 371)


def test_refunds_restock_or_waste_and_never_exceed_the_sale(db):
    service = SaleService(db)
    basket = Basket()
    service.add_code(basket, COLA, count=3)
    service.add_code(basket, "1001", weight=1000)
    sale = service.checkout(basket, tenders=[TenderRequest(TenderKind.MOBILE, reference="WX1")], cashier="c")
    before = levels(db)
    first = service.refund(sale.uuid, items=[RefundItem(1, 2000, "restock"), RefundItem(2, 400, "waste")],
                           cashier="m01")
    after = levels(db)
    assert after["P1"] - before["P1"] == 2000
    assert after["V1"] == before["V1"]          # came back, then written off
    assert first.total == -(600 + 279)          # ¥6.98 × 0.4 = ¥2.792 → ¥2.79
    with pytest.raises(RefundError, match="only 1.000 of 3.000"):
        service.refund(sale.uuid, items=[RefundItem(1, 2000)], cashier="m01")
    last = service.refund(sale.uuid, items=[RefundItem(2, 600)], cashier="m01")
    assert first.total + last.total == -(600 + 698)  # the weighed line comes back exactly, ¥6.98
    assert levels(db) == ledger(db)


def test_unknown_sale_cannot_be_refunded(db):
    with pytest.raises(RefundError, match="No sale"):
        SaleService(db).refund("nope", items=[RefundItem(1, 1000)], cashier="m")
