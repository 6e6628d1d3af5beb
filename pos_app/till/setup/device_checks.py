"""What the setup wizard's test buttons do, without Qt: each runs on the wizard's background helper, so the
window never waits on a serial port, a printer or HQ.

The checks go through the same code a sale does: the scale through `open_scale` (the real adapter, so a
pty or TCP simulator tests exactly what a sale would read), the printer through the print queue's bounded
attempt (2 s whatever the printer does), a scan through `parse_scan` with the till's own nomenclature.
"""
from __future__ import annotations

from datetime import datetime

from pos_app.core.barcodes import ScannedCode, parse_scan
from pos_app.core.nomenclature import Nomenclature
from pos_app.hardware.printer.printer_setting import parse_printer_setting
from pos_app.hardware.scale import ScaleReading, open_scale
from pos_app.services.print_queue import Attempt, PrintQueue
from pos_app.services.printer_commands import self_test_page
from pos_app.storage import settings_repo
from pos_app.storage.database import TillDatabase


def read_scale(*, port: str, protocol: str) -> ScaleReading:
    """One reading through the real adapter (at most 500 ms once the port is open); the port is closed after."""
    scale = open_scale(port=port, protocol=protocol)
    try:
        return scale.read()
    finally:
        scale.close()


def print_test_page(*, db: TillDatabase, printer: str) -> Attempt:
    """The self-test page (ASCII and a GB18030 line) sent once through the print queue's bounded attempt;
    nothing is queued, so a failed test leaves no job behind to print later."""
    target = parse_printer_setting(printer)
    queue = PrintQueue(db, printer=target, idle_poll=None)
    return queue.attempt(self_test_page(printer=str(target), at=datetime.now().astimezone()))


def nomenclature(db: TillDatabase) -> Nomenclature:
    """The in-store code rules the sale path uses (HQ may have sent its own)."""
    with db.reading() as connection:
        rules = settings_repo.get(connection, "nomenclature")
    return Nomenclature.from_json(rules) if rules else Nomenclature.default()


def parse_code(code: str, *, rules: Nomenclature) -> ScannedCode:
    """A scanned code read as the till reads it; InvalidBarcode with the reason when it cannot be."""
    return parse_scan(code, nomenclature=rules)
