"""The demo's simulated-scale panel: a new user puts produce on the scale from the window and sells it by
weight; the panel shows only on a till whose scale is the simulator."""
from __future__ import annotations

import pytest
from PySide6.QtWidgets import QFrame

from pos_app.hardware.scale import ScaleStatus
from tests.pos_app.till.conftest import make_window
from tests.pos_app.till.test_sale_flow import sign_in

pytestmark = pytest.mark.qt


def test_produce_put_on_the_simulated_scale_from_the_window_is_sold_by_weight(qtbot, till_db, tmp_path,
                                                                             close_after):
    window = make_window(qtbot, db=till_db, printer_setting=f"file://{tmp_path / 'r.bin'}")
    close_after(window)
    sign_in(qtbot, window)
    sale, panel = window.sale, window.sale.demo_scale
    assert panel is not None and panel.isVisible()
    qtbot.waitUntil(lambda: sale.reading is not None and sale.reading.grams == 0)

    panel.grams.setValue(750)
    panel.put.click()
    qtbot.waitUntil(lambda: sale.reading.grams == 750 and sale.reading.status is ScaleStatus.OK)
    assert sale.weight.weight.text() == "0.750 kg"
    qtbot.waitUntil(lambda: "V1" in sale.quick.buttons)
    sale.quick.buttons["V1"].click()
    qtbot.waitUntil(lambda: len(sale.model.view.lines) == 1)
    line = sale.model.view.lines[0]
    assert (line.product.sku, line.quantity, line.weighed) == ("V1", 750, True)

    panel.take_off.click()
    qtbot.waitUntil(lambda: sale.reading.grams == 0)


def test_a_wobble_shows_moving_then_settles_by_itself(qtbot, till_db, tmp_path, close_after):
    window = make_window(qtbot, db=till_db, printer_setting=f"file://{tmp_path / 'r.bin'}")
    close_after(window)
    sign_in(qtbot, window)
    sale, panel = window.sale, window.sale.demo_scale
    panel.put.click()
    qtbot.waitUntil(lambda: sale.reading is not None and sale.reading.grams == panel.grams.value())
    panel.wobble.click()
    qtbot.waitUntil(lambda: sale.reading.status is ScaleStatus.MOVING)
    qtbot.waitUntil(lambda: sale.reading.status is ScaleStatus.OK, timeout=5_000)
    assert sale.reading.grams == panel.grams.value()


def test_a_till_without_a_simulated_scale_has_no_such_panel(qtbot, till_db, tmp_path, close_after):
    window = make_window(qtbot, db=till_db, printer_setting=f"file://{tmp_path / 'r.bin'}", simulated_scale=False)
    close_after(window)
    sign_in(qtbot, window)
    assert window.sale.demo_scale is None
    assert window.findChild(QFrame, "demoScale") is None
