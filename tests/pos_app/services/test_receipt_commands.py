from datetime import datetime, timedelta, timezone

import pytest

from pos_app.cli import main
from pos_app.core.basket import Basket
from pos_app.core.receipt import StoreInfo, build_receipt
from pos_app.core.refunds import RefundItem
from pos_app.core.tenders import TenderKind, TenderRequest
from pos_app.hardware.printer.escpos_decode import to_text
from pos_app.hardware.printer.drawer import kick_command
from pos_app.services.checkout import SaleService
from pos_app.services.receipt_commands import stored_receipt
from pos_app.storage import settings_repo

AT = datetime(2024, 6, 1, 8, 15, 30, tzinfo=timezone(timedelta(hours=8)))


@pytest.fixture
def sold(db):
    """A cash sale in the till database: 0.532 kg tomato, half a brisket, 3 colas."""
    with db.transaction() as connection:
        settings_repo.put(connection, "store_name", "鲜丰菜市场")
        settings_repo.put(connection, "receipt_header", ["长宁路 88 号"])
    service = SaleService(db)
    basket = Basket()
    service.add_code(basket, "V1", weight=532)
    service.add_code(basket, "M1", portion="half")
    service.add_code(basket, "P1", quantity=3000)
    sale = service.checkout(basket, tenders=[TenderRequest(TenderKind.CASH, amount=10_000)], cashier="c01", at=AT)
    return service, sale


def run(db, *args):
    return main(["--data-dir", str(db.path.parent), "devices", "receipt", *args])


def test_reprint_rebuilds_a_stored_sale_with_portion_names_and_store_header(db, sold, tmp_path, capsys):
    _, sale = sold
    out = tmp_path / "reprint.bin"
    assert run(db, "reprint", sale.uuid, "--out", str(out), "--width", "58") == 0
    data = out.read_bytes()
    assert not data.startswith(kick_command()) and b"\x1bp" not in data   # a reprint moves no cash
    text = to_text(data)
    for row in ("鲜丰菜市场", "长宁路 88 号", "重印 REPRINT", "西红柿", "  0.532 kg × ￥6.98/kg", "半份 牛腩",
                "可乐", "  3 × ￥3.00", f"[QR: FTSALE:{sale.uuid}]", "时间         2024-06-01 08:15:30",
                "收银员                       c01"):
        assert row in text, row
    assert "58 mm, zh, no drawer kick" in capsys.readouterr().err


def test_a_stored_sale_prints_exactly_as_it_did_when_it_was_rung(db, sold):
    _, sale = sold
    store = StoreInfo(name="鲜丰菜市场", lines=("长宁路 88 号",))
    portions = {("M1", p.code): p for p in db.catalog.by_sku("M1").portions}
    for language in ("zh", "en"):
        at_the_till = build_receipt(sale=sale, store=store, language=language, portions=portions)
        assert stored_receipt(db, sale_uuid=sale.uuid, language=language, reprint=False) == at_the_till


def test_reprint_accepts_the_scanned_qr_text_and_english(db, sold, tmp_path):
    _, sale = sold
    out = tmp_path / "r.bin"
    assert run(db, "reprint", f"FTSALE:{sale.uuid}", "--out", str(out), "--lang", "en") == 0
    text = to_text(out.read_bytes())
    assert "REPRINT" in text and "Beef brisket (Half)" in text and "  0.532 kg x ¥6.98/kg" in text


def test_reprint_of_a_refund_is_marked_as_both(db, sold, tmp_path):
    service, sale = sold
    refund = service.refund(sale.uuid, items=[RefundItem(3, 1000)], cashier="c02", at=AT + timedelta(hours=2))
    out = tmp_path / "refund.bin"
    assert run(db, "reprint", refund.uuid, "--out", str(out)) == 0
    text = to_text(out.read_bytes())
    assert "退款 REFUND" in text and "重印 REPRINT" in text and f"原单号      {sale.uuid}" in text
    assert "退款合计                                 -￥3.00" in text


def test_reprint_of_an_unknown_sale_is_one_clear_error(db, tmp_path, capsys):
    out = tmp_path / "x.bin"
    assert run(db, "reprint", "no-such-sale", "--out", str(out)) == 2
    assert "No sale no-such-sale on this till" in capsys.readouterr().err
    assert not out.exists()


def test_demo_writes_a_cash_receipt_that_kicks_the_drawer_and_show_reads_it(tmp_path, capsys):
    out = tmp_path / "demo.bin"
    assert main(["devices", "receipt", "demo", "--width", "58", "--lang", "en", "--out", str(out)]) == 0
    assert out.read_bytes().startswith(kick_command())
    capsys.readouterr()
    assert main(["devices", "receipt", "show", str(out)]) == 0
    shown = capsys.readouterr().out
    assert shown.startswith("[DRAWER pin 2, 50 ms on, 500 ms off]\nFreshTill Demo Market\n")
    assert "Beef brisket (half)" in shown and "TOTAL                     ¥55.87" in shown
    assert main(["devices", "receipt", "show", "--commands", str(out)]) == 0
    assert "[INIT][CHINESE off][CODE PAGE 0 cp437]" in capsys.readouterr().out


def test_demo_refund_and_reprint_flags(tmp_path, capsys):
    out = tmp_path / "demo.bin"
    assert main(["devices", "receipt", "demo", "--refund", "--reprint", "--show", "--out", str(out)]) == 0
    shown = capsys.readouterr().out
    assert "退款 REFUND" in shown and "重印 REPRINT" in shown and not out.read_bytes().startswith(b"\x1bp")


def test_unreadable_and_unwritable_files_are_clear_errors(tmp_path, capsys):
    assert main(["devices", "receipt", "show", str(tmp_path / "missing.bin")]) == 2
    assert "Cannot read" in capsys.readouterr().err
    assert main(["devices", "receipt", "demo", "--out", str(tmp_path / "no" / "dir.bin")]) == 2
    assert "Cannot write" in capsys.readouterr().err
