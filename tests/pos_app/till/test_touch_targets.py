"""Touch: every control a finger presses on the sign-in and sale screens is at least 44 px high and wide
(Apple HIG and WCAG 2.5.5's minimum target), in both languages."""
from __future__ import annotations

import pytest
from PySide6.QtWidgets import QAbstractButton, QAbstractSpinBox, QLineEdit, QSlider, QWidget

from tests.pos_app.till.conftest import make_window
from tests.pos_app.till.test_sale_flow import sign_in

pytestmark = pytest.mark.qt
MIN_TOUCH = 44
PRESSED = (QAbstractButton, QLineEdit, QAbstractSpinBox, QSlider)


def _too_small(root) -> list[str]:
    small = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, PRESSED) or not widget.isVisible():
            continue
        size = widget.size()
        short = size.height() < MIN_TOUCH or (isinstance(widget, QAbstractButton) and size.width() < MIN_TOUCH)
        if short:
            label = widget.text() if hasattr(widget, "text") else type(widget).__name__
            small.append(f"{type(widget).__name__} {label!r} {size.width()}x{size.height()}")
    return small


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_every_control_on_the_sign_in_and_sale_screens_is_a_finger_wide(qtbot, till_db, tmp_path, close_after,
                                                                         language):
    window = make_window(qtbot, db=till_db, printer_setting=f"file://{tmp_path / 'r.bin'}", language=language)
    close_after(window)
    qtbot.waitUntil(lambda: bool(window.login.users))
    assert _too_small(window) == []
    sign_in(qtbot, window)
    assert _too_small(window) == []
