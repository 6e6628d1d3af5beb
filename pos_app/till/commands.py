"""`freshtill till` (or `freshtill till run`) opens the till window; `freshtill till enroll` stays as it is.

The `till` parser is made by pos_app.services.sync_commands (enrollment); this module, registered after it,
adds the window as what `till` does with no action, so a user types the word for the thing they want.
"""
from __future__ import annotations

import argparse
import sys

from pos_app.storage.db import data_dir

SETUP_STEPS = ("language", "store", "hq", "manager", "scale", "printer", "scanner", "receipt")   # setup_wizard.STEPS


def register(subparsers) -> None:
    till = subparsers.choices.get("till") or subparsers.add_parser("till", help="open the till window")
    _options(till)
    till.set_defaults(handler=run)
    actions = next((a for a in till._actions if isinstance(a, argparse._SubParsersAction)), None)
    if actions is not None:
        _options(actions.add_parser("run", help="open the till window (the same as `freshtill till`)"))
        setup = actions.add_parser("setup", help="run the setup wizard again, whole or one --step of it")
        _options(setup)
        setup.add_argument("--step", action="append", choices=SETUP_STEPS,
                           help="only this step (repeatable); without it, every step")
        setup.set_defaults(handler=run, setup=True)


def _options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--demo", action="store_true",
                        help="the demo store (fresh each start) with a simulated scale and a printer writing to "
                             "DATA_DIR/till-demo/receipts.bin, synced to an embedded HQ; cashier 王芳 PIN 1234, manager "
                             "PIN 9999")
    # SUPPRESS: without the option here, `freshtill --data-dir X till` keeps X
    parser.add_argument("--data-dir", default=argparse.SUPPRESS, help="folder of the till database")
    parser.add_argument("--language", choices=("zh_CN", "en"), default=None,
                        help="the window's language (default: the one chosen at setup, else zh_CN)")
    parser.add_argument("--printer", metavar="URL", help="receipt printer (tcp://, serial://, usb://, file://, "
                                                         "cups://, dummy://)")
    parser.add_argument("--scale-port", metavar="PORT", help="scale port (/dev/ttyUSB0, COM3, socket://…, sim://)")
    parser.add_argument("--scale-protocol", default=None,
                        help="toledo8217, sics, cas or cas-ecr (default: the one chosen at setup)")
    parser.set_defaults(handler=run)


def run(args) -> int:
    # Imported here: the other commands must not pay Qt's start-up cost.
    from pos_app.till.app import create_application
    from pos_app.till.context import open_demo
    from pos_app.till.main_window import TillMainWidget
    from pos_app.till.sync_link import start_sync

    folder = data_dir(getattr(args, "data_dir", None))
    app, languages = create_application(sys.argv[:1], language=args.language or "zh_CN")
    if not args.demo:
        return _run_store(app, languages, folder=folder, args=args)
    context = open_demo(folder / "till-demo", printer_setting=args.printer)
    window = TillMainWidget(context=context, languages=languages)
    try:
        window.showMaximized()
        from pos_app.demo import window_hq
        demo_folder = folder / "till-demo"
        start_sync(context, folder=demo_folder, before=lambda: window_hq(context, demo_folder), interval=2.0)
        return app.exec()
    finally:
        window.shutdown()
        context.close()


def _run_store(app, languages, *, folder, args) -> int:
    """A store's till: the setup wizard first when it was never set up (or `till setup`), then the window."""
    from pos_app.till.startup import TillStartup

    steps = tuple(args.step or SETUP_STEPS) if getattr(args, "setup", False) else None
    startup = TillStartup(folder=folder, languages=languages, language=args.language, printer=args.printer,
                          scale_port=args.scale_port, scale_protocol=args.scale_protocol, steps=steps)
    try:
        if not startup.start():
            print(f"freshtill: {startup.failure_text}", file=sys.stderr)
        code = app.exec()
        return startup.exit_code or code
    finally:
        startup.shutdown()
