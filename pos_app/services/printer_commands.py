"""`freshtill devices printer test|status|queue` and `freshtill devices drawer open`.

The direct commands talk to the printer once, without the queue, under the same bound as a queued attempt
(2 s by default), and report failures as one sentence saying what to check. --printer defaults to
$FRESHTILL_PRINTER.
"""
from __future__ import annotations

import argparse
import os
from datetime import datetime

from pos_app.hardware.errors import HardwareError
from pos_app.hardware.printer.connection import DEFAULT_TIMEOUT
from pos_app.hardware.printer.drawer import kick_command
from pos_app.hardware.printer.printer_setting import parse_printer_setting
from pos_app.hardware.printer.printer_status import DEFAULT_STATUS_TIMEOUT, PrinterStatus, query_status

INIT = b"\x1b\x40"
CENTRE, LEFT = b"\x1b\x61\x01", b"\x1b\x61\x00"
BOLD_ON, BOLD_OFF = b"\x1b\x45\x01", b"\x1b\x45\x00"
DOUBLE, NORMAL = b"\x1d\x21\x11", b"\x1d\x21\x00"
CHINESE_ON, CHINESE_OFF = b"\x1c\x26", b"\x1c\x2e"
FEED_AND_CUT = b"\x1d\x56\x41\x03"   # feed 3 lines to the cutter, then cut
CHINESE_LINE = "中文测试：鲜果蔬菜 ￥12.50"   # ￥ (U+FFE5) is in GB2312; ¥ (U+00A5) is not


def self_test_page(*, printer: str, at: datetime) -> bytes:
    """A short self-test: a bold double-size title, the setting and time, ASCII, a Chinese line in GB18030
    between FS & and FS ., and a cut."""
    def line(text: str) -> bytes:
        return text.encode("ascii", errors="replace") + b"\n"

    return b"".join((
        INIT, CENTRE, BOLD_ON, DOUBLE, line("FreshTill"), NORMAL, BOLD_OFF, line("printer test"), LEFT,
        line(f"Printer: {printer}"), line(f"Time: {at:%Y-%m-%d %H:%M:%S}"),
        line("0123456789 ABCDEFGHIJKLM abcdefghijklm"),
        CHINESE_ON, CHINESE_LINE.encode("gb18030"), b"\n", CHINESE_OFF,
        line("If the line above reads as Chinese, GB18030 works."), FEED_AND_CUT,
    ))


def register(devices) -> None:
    printer = devices.add_parser("printer", help="test the receipt printer, read its status, see its queue")
    commands = printer.add_subparsers(dest="printer_command", metavar="PRINTER_COMMAND")
    printer.set_defaults(handler=lambda args: (printer.print_help(), 2)[1])
    test = commands.add_parser("test", help="print a short test page and report the printer's state")
    _printer_options(test)
    test.set_defaults(handler=_test)
    status = commands.add_parser("status", help="ask the printer's state (online, paper out, cover open …)")
    _printer_options(status)
    status.set_defaults(handler=_status)
    queue = commands.add_parser("queue", help="list the till's waiting print jobs; --send tries them once")
    queue.add_argument("--send", action="store_true", help="send the waiting jobs now, in order")
    _printer_options(queue)
    queue.set_defaults(handler=_queue)

    drawer = devices.add_parser("drawer", help="open the cash drawer through the receipt printer")
    drawer_commands = drawer.add_subparsers(dest="drawer_command", metavar="DRAWER_COMMAND")
    drawer.set_defaults(handler=lambda args: (drawer.print_help(), 2)[1])
    kick = drawer_commands.add_parser("open", help="send the drawer kick (ESC p)")
    _printer_options(kick)
    kick.add_argument("--pin", type=int, choices=(2, 5), default=2, help="drawer connector pin (default 2)")
    kick.set_defaults(handler=_open_drawer)


def _printer_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--printer", default=os.environ.get("FRESHTILL_PRINTER"),
                        help="printer setting, e.g. tcp://192.168.1.50:9100, serial:///dev/ttyUSB0?baudrate=19200, "
                             "usb://0x04b8:0x0202, file:///dev/usb/lp0, cups://Queue, dummy:// "
                             "(default: $FRESHTILL_PRINTER)")
    parser.add_argument("--timeout", type=float, default=DEFAULT_TIMEOUT,
                        help=f"seconds one attempt may take (default {DEFAULT_TIMEOUT:g})")


def _target(args):
    if not args.printer:
        raise HardwareError("No printer given: pass --printer (e.g. --printer tcp://192.168.1.50:9100) or set "
                            "FRESHTILL_PRINTER.", code="setting_error")
    if not 0 < args.timeout <= 60:
        raise HardwareError(f"--timeout must be between 0 and 60 seconds, not {args.timeout:g}.",
                            code="setting_error")
    return parse_printer_setting(args.printer)


def _state_text(status: PrinterStatus) -> str:
    return f"{status.state.value} ({status.sentence})"


def _test(args) -> int:
    target = _target(args)
    connection = target.open(timeout=args.timeout)
    try:
        status = query_status(connection, timeout=min(DEFAULT_STATUS_TIMEOUT, args.timeout / 4))
        if not status.state.can_print:
            raise HardwareError(f"{status.sentence} ({target}): nothing was printed.", code="printer_not_ready")
        connection.write(self_test_page(printer=str(target), at=datetime.now().astimezone()))
        connection.finish()
    finally:
        connection.close()
    print(f"Test page sent to {target}. Printer state: {_state_text(status)}")
    return 0


def _status(args) -> int:
    target = _target(args)
    connection = target.open(timeout=args.timeout)
    try:
        status = query_status(connection, timeout=min(DEFAULT_STATUS_TIMEOUT, args.timeout / 4))
    finally:
        connection.close()
    print(f"{target}: {_state_text(status)}")
    return 0


def _open_drawer(args) -> int:
    target = _target(args)
    command = kick_command(pin=args.pin)
    connection = target.open(timeout=args.timeout)
    try:
        connection.write(command)
        connection.finish()
    finally:
        connection.close()
    print(f"Drawer kick (pin {args.pin}) sent to {target}.")
    return 0


def _queue(args) -> int:
    from pos_app.services.print_queue import PrintQueue
    from pos_app.storage import print_jobs_repo
    from pos_app.storage.database import TillDatabase

    target = _target(args) if args.send else None
    with TillDatabase.open(args.data_dir) as db:
        if target is not None:
            queue = PrintQueue(db, printer=target, timeout=args.timeout, idle_poll=None)
            while queue.send_next():
                pass
            print(queue.state.sentence)
        with db.reading() as connection:
            waiting = print_jobs_repo.pending(connection)
    for job in waiting:
        print(f"{job.id}\t{job.kind}\t{job.sale_uuid or '-'}\t{job.created_at}\t{len(job.payload)} bytes\t"
              f"{job.attempts} attempts\t{job.last_error}")
    if not waiting:
        print("No print jobs waiting.")
    return 0
