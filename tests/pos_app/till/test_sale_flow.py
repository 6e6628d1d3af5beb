"""A cashier's sale through the real window: PIN, wedge-scanner bursts, the scale, a half portion, cash."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from pos_app.hardware.printer.drawer import DRAWER_KICK
from tests.conftest import COLA, levels
from tests.pos_app.till.conftest import BREAD, TEA, FakeClock, make_window

pytestmark = pytest.mark.qt


def sign_in(qtbot, window, *, pin: str = "1234", user: str = "c01", opening_float: str | None = "500") -> None:
    """Sign in; with no shift open the float dialog follows, answered with `opening_float` (None: leave it)."""
    login = window.login
    qtbot.waitUntil(lambda: bool(login.users))
    login.select_user(user)
    QTest.keyClicks(login.pin, pin)
    QTest.keyClick(login.pin, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.sale)
    qtbot.waitUntil(lambda: window.writer.pending == 0 and window.reader.pending == 0)
    dialog = window.shifts.dialog
    if dialog is not None and opening_float is not None:
        QTest.keyClicks(dialog.field, opening_float)
        QTest.keyClick(dialog.field, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: window.context.shifts.current() is not None)


def test_wrong_pin_is_refused_and_keeps_the_till_locked(qtbot, till_db, tmp_path, close_after):
    window = make_window(qtbot, db=till_db, printer_setting=f"file://{tmp_path / 'r.bin'}")
    close_after(window)
    login = window.login
    qtbot.waitUntil(lambda: bool(login.users))
    QTest.keyClicks(login.pin, "0000")
    QTest.keyClick(login.pin, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not login.checking)
    assert window.stack.currentWidget() is login
    assert login.message.isVisibleTo(login)
    assert login.pin.text() == ""   # a PIN is never left in the field


def test_a_cashiers_sale_from_scan_to_receipt(qtbot, till_db, tmp_path, close_after):
    receipts = tmp_path / "receipts.bin"
    clock = FakeClock(step=5)
    window = make_window(qtbot, db=till_db, printer_setting=f"file://{receipts}", clock=clock)
    close_after(window)
    before = levels(till_db)
    sign_in(qtbot, window)
    sale = window.sale

    # three scanner bursts (keys 5 ms apart, ended by Enter), wherever the focus happens to be
    QTest.keyClicks(sale.search.box, COLA + "\r")
    sale.table.setFocus()
    QTest.keyClicks(sale.table, TEA + "\r")
    QTest.keyClicks(sale.search.box, BREAD + "\r")
    qtbot.waitUntil(lambda: len(sale.model.view.lines) == 3)
    assert [line.product.sku for line in sale.model.view.lines] == ["P1", "P2", "P3"]
    assert sale.search.box.text() == ""     # a scan never lands in the search box

    # a person typing (200 ms a key) goes to the search box and adds nothing
    clock.step = 200
    QTest.keyClicks(sale.table, "tom")
    qtbot.waitUntil(lambda: sale.search.box.text() == "tom")
    qtbot.waitUntil(lambda: [f.product.sku for f in sale.search.items] == ["V1"])
    sale.search.clear()
    clock.step = 5

    # tomatoes on the simulated scale, picked from the produce keys
    window.context.scale.state.put(532)
    qtbot.waitUntil(lambda: sale.reading is not None and sale.reading.grams == 532)
    qtbot.waitUntil(lambda: "V1" in sale.quick.buttons)
    sale.quick.buttons["V1"].click()
    qtbot.waitUntil(lambda: len(sale.model.view.lines) == 4)
    tomato = sale.model.view.lines[3]
    assert (tomato.product.sku, tomato.quantity, tomato.weighed, tomato.amount) == ("V1", 532, True, 371)

    # half a beef brisket through search and the portion picker
    sale.search.box.setText("牛腩")
    qtbot.waitUntil(lambda: [f.product.sku for f in sale.search.items] == ["M1"])
    sale.search.activate_current()
    qtbot.waitUntil(lambda: sale.dialog is not None)
    sale.dialog.portion_buttons["half"].click()
    qtbot.waitUntil(lambda: len(sale.model.view.lines) == 5)
    half = sale.model.view.lines[4]
    assert (half.product.sku, half.portion.code, half.quantity, half.amount) == ("M1", "half", 500, 4400)
    total = 300 + 450 + 1250 + 371 + 4400
    assert sale.model.view.total == total
    assert sale.total.text() == "¥67.71"

    # cash: ¥100 handed over, change shown large, drawer kicked, receipt printed
    sale.buttons["pay"].click()
    qtbot.waitUntil(lambda: sale.dialog is not None)
    dialog = sale.dialog
    hundred = next(b for b in dialog.quick_buttons if b.text() == "¥100.00")
    hundred.click()
    assert dialog.change.text() == "¥32.29"
    dialog.finish.click()
    qtbot.waitUntil(lambda: sale.last_paid is not None)
    paid = sale.last_paid
    assert paid.sale.total == total and paid.sale.change == 10000 - total
    assert sale.model.view.lines == () and sale.total.text() == "¥0.00"
    qtbot.waitUntil(lambda: receipts.exists() and paid.sale.uuid[:8].encode() in receipts.read_bytes(),
                    timeout=10_000)
    data = receipts.read_bytes()
    assert data.startswith(DRAWER_KICK)       # the drawer opens first: cash is in the cashier's hand
    assert "67.71".encode() in data

    after = levels(till_db)
    moved = {sku: after.get(sku, 0) - before.get(sku, 0) for sku in set(before) | set(after)}
    assert {sku: q for sku, q in moved.items() if q} == {"P1": -1000, "P2": -1000, "P3": -1000, "V1": -532,
                                                         "M1": -500}


def test_weighing_while_the_scale_moves_is_refused_with_a_sentence(qtbot, till_db, tmp_path, close_after):
    window = make_window(qtbot, db=till_db, printer_setting=f"file://{tmp_path / 'r.bin'}")
    close_after(window)
    sign_in(qtbot, window)
    sale = window.sale
    window.context.scale.state.put(800)
    window.context.scale.state.set_moving()
    qtbot.waitUntil(lambda: "V1" in sale.quick.buttons)
    sale.quick.buttons["V1"].click()
    qtbot.waitUntil(lambda: "moving" in sale.banner.text())
    assert sale.banner.isVisibleTo(sale) and sale.banner.property("kind") == "error"
    assert sale.model.view.lines == ()
