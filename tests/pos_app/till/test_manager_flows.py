"""Manager flows through the real window: refunds on a manager's PIN (and a refused over-refund), a sold-out
item refused then overridden, a void past the threshold, hold and recall, lock keeping the basket, a combo."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from pos_app.core.products import Product, SoldBy
from pos_app.core.quantity import Unit
from pos_app.core.receipt import sale_qr_data
from pos_app.core.refunds import RefundItem
from pos_app.services.audit import AuditLog
from pos_app.storage import sales_repo
from pos_app.till.dialogs.held_dialog import HeldBasketsDialog
from pos_app.till.dialogs.manager_pin_dialog import ManagerPinDialog
from pos_app.till.dialogs.receipt_dialog import preview_text
from pos_app.till.dialogs.refund_dialog import RefundDialog
from tests.conftest import COLA, ean13, levels
from tests.pos_app.till.conftest import BREAD, TEA, make_window
from tests.pos_app.till.test_sale_flow import sign_in

pytestmark = pytest.mark.qt

EMPTY = ean13("690123456792")


@pytest.fixture
def window(qtbot, till_db, tmp_path, close_after):
    with till_db.transaction() as connection:   # on the shelf list, none in stock
        till_db.catalog.upsert(connection, [Product(sku="P9", name_zh="豆浆", name_en="Soy milk", unit=Unit.PIECE,
                                                    sold_by=SoldBy.PIECE, price=600, tax_rate=900,
                                                    barcodes=(EMPTY,))])
    window = make_window(qtbot, db=till_db, printer_setting=f"file://{tmp_path / 'receipts.bin'}")
    close_after(window)
    sign_in(qtbot, window)
    return window


def idle(qtbot, window) -> None:
    qtbot.waitUntil(lambda: window.writer.pending == 0 and window.reader.pending == 0)


def ring(qtbot, window, *codes: str) -> None:
    sale = window.sale
    before = len(sale.model.view.lines)
    for code in codes:
        sale.scan(code)
    qtbot.waitUntil(lambda: len(sale.model.view.lines) == before + len(codes))


def pay_cash(qtbot, window):
    sale = window.sale
    sale.last_paid = None
    sale.buttons["pay"].click()
    qtbot.waitUntil(lambda: isinstance(sale.dialog, object) and sale.dialog is not None)
    sale.dialog.cash.click()
    sale.dialog.finish.click()
    qtbot.waitUntil(lambda: sale.last_paid is not None)
    return sale.last_paid.sale


def manager_pin(qtbot, window, pin: str) -> ManagerPinDialog:
    sale = window.sale
    qtbot.waitUntil(lambda: isinstance(sale.dialog, ManagerPinDialog))
    dialog = sale.dialog
    QTest.keyClicks(dialog.pin, pin)
    QTest.keyClick(dialog.pin, Qt.Key.Key_Return)
    return dialog


def open_refund(qtbot, window, sale_uuid: str) -> RefundDialog:
    sale = window.sale
    sale.buttons["refund"].click()
    qtbot.waitUntil(lambda: isinstance(sale.dialog, RefundDialog))
    dialog = sale.dialog
    # the receipt's QR as a scanner types it: the dialog is open, so it goes to the focused id field
    QTest.keyClicks(dialog.sale_id, sale_qr_data(sale_uuid) + "\r")
    qtbot.waitUntil(lambda: dialog.found is not None)
    return dialog


def test_a_refund_on_a_managers_pin_restocks_wastes_and_prints(qtbot, window, till_db):
    sold = (ring(qtbot, window, COLA, TEA), pay_cash(qtbot, window))[1]
    after_sale = levels(till_db)
    dialog = open_refund(qtbot, window, sold.uuid)
    assert [spin.maximum() for spin in dialog.spins] == [1, 1]   # what can still come back
    dialog.spins[0].setValue(1)
    dialog.spins[1].setValue(1)
    dialog.wheres[1].setCurrentIndex(1)                            # the tea goes to waste
    dialog.refund.click()

    pin_dialog = manager_pin(qtbot, window, "1234")                # the cashier's own PIN: not enough
    qtbot.waitUntil(lambda: pin_dialog.message.isVisibleTo(pin_dialog))
    with till_db.reading() as connection:
        assert sales_repo.refunds_of(connection, sold.uuid) == []
    manager_pin(qtbot, window, "9999")
    qtbot.waitUntil(lambda: window.sale.last_paid is not None and window.sale.last_paid.sale.total < 0)
    refund = window.sale.last_paid.sale
    assert refund.original_uuid == sold.uuid and refund.total == -(300 + 450)
    assert "REFUND" in preview_text(window.sale.last_paid.receipt)
    assert window.sale.preview is not None and window.sale.preview.isVisible()
    entry = AuditLog(till_db).recent(action="refund")[0]
    assert (entry.actor, entry.authorised_by) == ("c01", "m01")
    moved = {sku: levels(till_db).get(sku, 0) - after_sale.get(sku, 0) for sku in ("P1", "P2")}
    assert moved == {"P1": 1000, "P2": 0}                          # restocked cola; tea written off


def test_an_over_refund_is_refused_and_the_dialog_shows_nothing_left(qtbot, window, till_db):
    ring(qtbot, window, COLA)
    sold = pay_cash(qtbot, window)
    dialog = open_refund(qtbot, window, sold.uuid)
    dialog.refund_everything()
    # meanwhile the same sale is refunded in full elsewhere (another till, a manager at the back office)
    window.context.session.overrides.refund(sold.uuid, items=[RefundItem(line_no=1, quantity=1000)],
                                            cashier="c01", pin="9999")
    dialog.refund.click()
    manager_pin(qtbot, window, "9999")
    qtbot.waitUntil(lambda: "can still be refunded" in window.sale.banner.text())
    with till_db.reading() as connection:
        assert len(sales_repo.refunds_of(connection, sold.uuid)) == 1
    idle(qtbot, window)
    again = open_refund(qtbot, window, sold.uuid)
    assert [spin.maximum() for spin in again.spins] == [0]
    assert not again.refund.isEnabled() and not again.all.isEnabled()
    again.reject()


def test_a_sold_out_item_is_refused_then_overridden_by_a_manager(qtbot, window, till_db):
    sale = window.sale
    sale.scan(EMPTY)
    qtbot.waitUntil(lambda: isinstance(sale.dialog, ManagerPinDialog))
    assert "sold out" in sale.dialog.reason.text()
    sale.dialog.reject()                                           # the cashier does not override
    idle(qtbot, window)
    assert sale.model.view.lines == ()

    sale.scan(EMPTY)
    manager_pin(qtbot, window, "9999")
    qtbot.waitUntil(lambda: len(sale.model.view.lines) == 1)
    line = sale.model.view.lines[0]
    assert (line.product.sku, line.override_by) == ("P9", "m01")
    entry = AuditLog(till_db).recent(action="sold_out_override")[0]
    assert (entry.actor, entry.authorised_by, entry.subject) == ("c01", "m01", "P9")


def test_a_void_past_the_threshold_needs_a_manager_and_a_small_one_does_not(qtbot, window, till_db):
    sale = window.sale
    ring(qtbot, window, COLA, BREAD, BREAD)                           # ¥3.00, ¥12.50, ¥12.50
    sale.table.selectRow(0)
    sale.buttons["void"].click()
    qtbot.waitUntil(lambda: len(sale.model.view.lines) == 2)      # ¥3 is under the ¥20 threshold
    sale.buttons["void_basket"].click()                            # ¥25 is over it
    manager_pin(qtbot, window, "9999")
    qtbot.waitUntil(lambda: sale.model.view.lines == ())
    actions = [(e.action, e.authorised_by) for e in AuditLog(till_db).recent()]
    assert ("void_basket", "m01") in actions and ("void_line", None) in actions


def test_hold_and_recall_bring_the_basket_back_exactly(qtbot, window):
    sale = window.sale
    ring(qtbot, window, COLA, TEA)
    held_lines = sale.model.view.lines
    sale.buttons["hold"].click()
    qtbot.waitUntil(lambda: sale.model.view.lines == ())
    ring(qtbot, window, BREAD)
    sale.buttons["recall"].click()                                 # refused: a basket is in hand
    idle(qtbot, window)
    assert sale.dialog is None and sale.banner.property("kind") == "error"
    pay_cash(qtbot, window)
    sale.buttons["recall"].click()
    qtbot.waitUntil(lambda: isinstance(sale.dialog, HeldBasketsDialog))
    assert len(sale.dialog.held) == 1 and sale.dialog.held[0].total == 750
    sale.dialog.recall.click()
    qtbot.waitUntil(lambda: len(sale.model.view.lines) == 2)
    assert [(x.product.sku, x.amount) for x in sale.model.view.lines] == \
        [(x.product.sku, x.amount) for x in held_lines]
    assert window.context.held.listing() == []


def test_lock_keeps_the_basket_and_the_idle_lock_too(qtbot, window):
    sale = window.sale
    ring(qtbot, window, COLA, TEA)
    sale.buttons["lock"].click()
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.login)
    sign_in(qtbot, window)                                         # the shift is open: no float asked
    assert window.shifts.dialog is None
    assert [x.product.sku for x in sale.model.view.lines] == ["P1", "P2"]

    window.idle_lock.timer.setInterval(30)                         # the setting is minutes; the path is the same
    window.idle_lock.restart()
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.login)
    window.idle_lock.set_seconds(300)                              # or it locks again as soon as we are in
    sign_in(qtbot, window)
    assert [x.product.sku for x in sale.model.view.lines] == ["P1", "P2"]


def test_a_combo_sold_through_the_window_moves_its_components(qtbot, window, till_db):
    sale = window.sale
    before = levels(till_db)
    sale.search.box.setText("Soup")
    qtbot.waitUntil(lambda: [f.product.sku for f in sale.search.items] == ["C1"])
    sale.search.activate_current()
    qtbot.waitUntil(lambda: len(sale.model.view.lines) == 1)
    assert sale.model.view.total == 3000
    paid = pay_cash(qtbot, window)
    assert paid.total == 3000
    after = levels(till_db)
    assert {sku: after[sku] - before[sku] for sku in ("V1", "M1")} == {"V1": -250, "M1": -250}
