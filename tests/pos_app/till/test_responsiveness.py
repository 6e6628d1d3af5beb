"""With a printer that never answers, the window keeps serving events and the next sale starts."""
from __future__ import annotations

import socket
import threading

import pytest
from PySide6.QtCore import QTimer

from tests.conftest import COLA
from tests.pos_app.till.conftest import TEA, make_window
from tests.pos_app.till.test_sale_flow import sign_in

pytestmark = pytest.mark.qt


class BlackholePrinter:
    """A TCP 'printer' that accepts connections and never reads, answers or closes them."""

    def __init__(self) -> None:
        self.server = socket.create_server(("127.0.0.1", 0))
        self.port = self.server.getsockname()[1]
        self.accepted: list[socket.socket] = []
        self._thread = threading.Thread(target=self._accept, daemon=True)
        self._thread.start()

    def _accept(self) -> None:
        while True:
            try:
                connection, _ = self.server.accept()
            except OSError:
                return
            self.accepted.append(connection)

    def close(self) -> None:
        self.server.close()
        for connection in self.accepted:
            connection.close()


@pytest.fixture
def blackhole():
    printer = BlackholePrinter()
    yield printer
    printer.close()


def test_a_hung_printer_never_stalls_the_window(qtbot, till_db, blackhole, close_after):
    window = make_window(qtbot, db=till_db, printer_setting=f"tcp://127.0.0.1:{blackhole.port}")
    close_after(window)
    queue = window.context.printer
    sign_in(qtbot, window)
    sale = window.sale
    ticks = []
    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(lambda: ticks.append(queue.state.pending))
    timer.start()

    sale.scan(COLA)
    qtbot.waitUntil(lambda: len(sale.model.view.lines) == 1)
    sale.buttons["pay"].click()
    qtbot.waitUntil(lambda: sale.dialog is not None)
    sale.dialog.cash.click()        # exact cash
    sale.dialog.finish.click()
    qtbot.waitUntil(lambda: sale.last_paid is not None)
    qtbot.waitUntil(lambda: len(blackhole.accepted) >= 1)   # the print worker is inside its attempt now

    seen = len(ticks)
    qtbot.waitUntil(lambda: len(ticks) >= seen + 10)          # the event loop keeps turning meanwhile
    assert queue.state.pending >= 1                           # and the receipt is still waiting

    # the next customer: a scan goes through while the printer hangs
    sale.scan(TEA)
    qtbot.waitUntil(lambda: len(sale.model.view.lines) == 1 and sale.model.view.lines[0].product.sku == "P2")
    assert queue.state.pending >= 1
    assert all(pending >= 1 for pending in ticks[seen:])      # every tick came while the job was pending
    timer.stop()
