"""`freshtill till` (or `freshtill till run`) opens the till window; `freshtill till enroll` stays as it is.

The `till` parser is made by pos_app.services.sync_commands (enrollment); this module, registered after it,
adds the window as what `till` does with no action, so a user types the word for the thing they want.
"""
from __future__ import annotations

import argparse
import sys

from pos_app.storage.db import data_dir


def register(subparsers) -> None:
    till = subparsers.choices.get("till") or subparsers.add_parser("till", help="open the till window")
    _options(till)
    till.set_defaults(handler=run)
    actions = next((a for a in till._actions if isinstance(a, argparse._SubParsersAction)), None)
    if actions is not None:
        _options(actions.add_parser("run", help="open the till window (the same as `freshtill till`)"))


def _options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--demo", action="store_true",
                        help="the demo store (fresh each start) with a simulated scale and a printer writing to "
                             "DATA_DIR/till-demo/receipts.bin, synced to an embedded HQ; cashier 王芳 PIN 1234, manager "
                             "PIN 9999")
    # SUPPRESS: without the option here, `freshtill --data-dir X till` keeps X
    parser.add_argument("--data-dir", default=argparse.SUPPRESS, help="folder of the till database")
    parser.add_argument("--language", choices=("zh_CN", "en"), default="zh_CN", help="the window's language")
    parser.add_argument("--printer", metavar="URL", help="receipt printer (tcp://, serial://, usb://, file://, "
                                                         "cups://, dummy://)")
    parser.add_argument("--scale-port", metavar="PORT", help="scale port (/dev/ttyUSB0, COM3, socket://…, sim://)")
    parser.add_argument("--scale-protocol", default="toledo8217", help="toledo8217, sics, cas or cas-ecr")
    parser.set_defaults(handler=run)


def run(args) -> int:
    # Imported here: the other commands must not pay Qt's start-up cost.
    from pos_app.till.app import create_application
    from pos_app.till.context import open_demo, open_store
    from pos_app.till.main_window import TillMainWidget
    from pos_app.till.sync_link import start_sync

    folder = data_dir(getattr(args, "data_dir", None))
    app, languages = create_application(sys.argv[:1], language=args.language)
    if args.demo:
        context = open_demo(folder / "till-demo", printer_setting=args.printer)
    else:
        context = open_store(folder, printer_setting=args.printer, scale_port=args.scale_port,
                             scale_protocol=args.scale_protocol)
    window = TillMainWidget(context=context, languages=languages)
    try:
        window.showMaximized()
        if args.demo:
            from pos_app.demo import window_hq
            demo_folder = folder / "till-demo"
            start_sync(context, folder=demo_folder, before=lambda: window_hq(context, demo_folder), interval=2.0)
        else:
            start_sync(context, folder=folder)
        return app.exec()
    finally:
        window.shutdown()
        context.close()
