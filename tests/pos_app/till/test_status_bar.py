"""The status bar never clips its words: each label keeps room for its whole text as the text grows."""
from __future__ import annotations

import pytest

from pos_app.till.widgets.status_bar_widget import TillStatusBarWidget

pytestmark = pytest.mark.qt


def test_a_longer_word_widens_its_label_instead_of_being_clipped(qtbot):
    bar = TillStatusBarWidget()
    qtbot.addWidget(bar)
    bar.resize(300, 30)                 # narrower than the texts: the layout must still honour the minimums
    bar.show_scale("稳")
    short = bar.scale.minimumWidth()
    bar.show_scale("稳定 · overload warning")
    assert bar.scale.minimumWidth() > short
    for label in (bar.user, bar.printer, bar.scale, bar.sync):
        assert label.minimumWidth() >= label.sizeHint().width()
