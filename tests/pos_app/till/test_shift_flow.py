"""The shift through the window: a float at sign-in, an X report, and the Z report — shown and printed —
whose totals are the sums of the shift's sales and refunds; five wrong PINs lock a cashier out."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from pos_app.core.tenders import TenderKind
from pos_app.hardware.printer.escpos_decode import to_text
from pos_app.till.dialogs.shift_dialog import ShiftCashDialog, ShiftReportDialog
from tests.conftest import COLA
from tests.pos_app.till.conftest import BREAD, TEA, make_window
from tests.pos_app.till.test_manager_flows import manager_pin, open_refund, pay_cash, ring
from tests.pos_app.till.test_sale_flow import sign_in

pytestmark = pytest.mark.qt


def test_the_z_report_adds_up_the_shifts_sales_and_refunds(qtbot, till_db, tmp_path, close_after):
    receipts = tmp_path / "receipts.bin"
    window = make_window(qtbot, db=till_db, printer_setting=f"file://{receipts}")
    close_after(window)
    sign_in(qtbot, window, opening_float="200")
    sale = window.sale

    ring(qtbot, window, COLA, BREAD)
    first = pay_cash(qtbot, window)
    ring(qtbot, window, TEA, TEA)
    sale.buttons["pay"].click()
    qtbot.waitUntil(lambda: sale.dialog is not None)
    sale.dialog.add(TenderKind.CARD)
    sale.last_paid = None
    sale.dialog.finish.click()
    qtbot.waitUntil(lambda: sale.last_paid is not None)
    second = sale.last_paid.sale
    dialog = open_refund(qtbot, window, first.uuid)
    dialog.spins[1].setValue(1)                                      # the bread comes back, cash
    dialog.refund.click()
    manager_pin(qtbot, window, "9999")
    qtbot.waitUntil(lambda: sale.last_paid.sale.total < 0)
    refund = sale.last_paid.sale

    sale.buttons["x_report"].click()
    qtbot.waitUntil(lambda: isinstance(window.shifts.dialog, ShiftReportDialog))
    x = window.shifts.dialog.report
    assert (x.kind, x.sales_total, x.refunds_total) == ("X", first.total + second.total, refund.total)
    window.shifts.dialog.accept()

    sale.buttons["z_report"].click()
    qtbot.waitUntil(lambda: isinstance(window.shifts.dialog, ShiftCashDialog))
    QTest.keyClicks(window.shifts.dialog.field, "210")
    QTest.keyClick(window.shifts.dialog.field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: isinstance(window.shifts.dialog, ShiftReportDialog))
    shown = window.shifts.dialog
    z = shown.report
    assert z.kind == "Z" and z.sales_count == 2 and z.refunds_count == 1
    assert z.sales_total == first.total + second.total == 1550 + 900
    assert z.refunds_total == refund.total == -1250
    assert z.net_total == first.total + second.total + refund.total
    assert dict(z.tenders) == {"cash": 1550 - 1250, "card": 900}
    assert z.expected_cash == 20000 + 300 and z.difference == 21000 - 20300
    assert shown.summary.text() == "The drawer is ¥7.00 over."
    qtbot.waitUntil(lambda: "Z REPORT" in to_text(receipts.read_bytes()), timeout=10_000)
    assert window.context.shifts.current() is None
    shown.accept()                                                   # the closed till locks
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.login)


def test_five_wrong_pins_lock_the_cashier_with_a_sentence(qtbot, till_db, tmp_path, close_after):
    window = make_window(qtbot, db=till_db, printer_setting=f"file://{tmp_path / 'r.bin'}")
    close_after(window)
    login = window.login
    qtbot.waitUntil(lambda: bool(login.users))
    login.select_user("c01")
    for _ in range(5):
        QTest.keyClicks(login.pin, "0000")
        QTest.keyClick(login.pin, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: not login.checking)
    assert "locked until" in login.message.text()
    QTest.keyClicks(login.pin, "1234")                                # even the right PIN now waits
    QTest.keyClick(login.pin, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not login.checking)
    assert window.stack.currentWidget() is login and "locked until" in login.message.text()


def test_a_chinese_report_prints_in_chinese_mode_as_gb18030():
    from pos_app.hardware.printer.escpos_render import CHINESE_OFF, CHINESE_ON, render_lines

    data = render_lines(["Z 报表（交班）", "现金" + " " * 22 + "300.00"], language="zh", width_mm=58)
    assert data.startswith(b"\x1b@" + CHINESE_ON)
    assert "Z 报表（交班）".encode("gb18030") + b"\n" in data
    assert CHINESE_OFF in data and "现金".encode("gb18030") in data
    assert to_text(data).splitlines()[:2] == ["Z 报表（交班）", "现金" + " " * 22 + "300.00"]
