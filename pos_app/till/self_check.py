"""`freshtill self-check`: proves an installed copy (a PyInstaller bundle or a checkout) has what a till needs.

In a throw-away data folder it seeds the demo store (creating the till database and applying every
migration, reading the demo files and pypinyin's dictionary), migrates an HQ SQLite database (the HQ's
Alembic scripts ship in the same bundle), loads python-escpos's printer capabilities, loads the four .qm
translations and the CJK font, and renders the till's main window offscreen to a PNG. Exit 0 and one line
per check; exit 1 with one sentence naming the first thing missing. Nothing outside the temporary folder
is touched unless --keep names a folder for the PNG and databases.
"""
from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

TRANSLATION_FILES = ("freshtill_zh_CN.qm", "freshtill_en.qm", "backoffice_zh_CN.qm", "backoffice_en.qm")
WINDOW_SIZE = (1280, 800)
LOGIN_TIMEOUT_S = 20.0   # the PIN screen's user list comes from the writer thread; a slow disk is not a failure


class CheckFailed(Exception):
    """One sentence for the operator: what is missing, as far as the check can tell."""


def register(subparsers) -> None:
    parser = subparsers.add_parser("self-check", help="check this installation offscreen: database and migrations, "
                                                      "translations, CJK font, main window; exit 0 or 1")
    parser.add_argument("--keep", type=Path, metavar="FOLDER",
                        help="work in FOLDER and keep the PNG and databases (default: a temporary folder, removed)")
    parser.set_defaults(handler=run)


def run(args) -> int:
    folder = args.keep or Path(tempfile.mkdtemp(prefix="freshtill-self-check-"))
    folder.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    try:
        for name, check in _checks(folder):
            print(f"ok  {name}: {check()}", flush=True)
    except CheckFailed as failure:
        print(f"freshtill self-check failed: {failure}", file=sys.stderr)
        return 1
    except Exception as error:  # noqa: BLE001 - anything else is still one sentence and exit 1, never a trace
        print(f"freshtill self-check failed: {type(error).__name__}: {error}", file=sys.stderr)
        return 1
    finally:
        if args.keep is None:
            shutil.rmtree(folder, ignore_errors=True)
    print(f"self-check passed in {time.perf_counter() - started:.2f} s", flush=True)
    return 0


def _checks(folder: Path) -> list[tuple[str, Callable[[], str]]]:
    # The offscreen platform unless the caller chose one: the check must run on a server or in CI.
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    state: dict = {}
    return [("till database", lambda: _till_database(folder, state)),
            ("HQ migrations", lambda: _hq_database(folder)),
            ("receipt printer data", _printer_capabilities),
            ("translations", _translations),
            ("CJK font and main window", lambda: _main_window(folder, state))]


def _till_database(folder: Path, state: dict) -> str:
    from pos_app.storage import migrate
    from pos_app.till.context import DEMO, open_demo
    if not (DEMO / "catalog.csv").is_file():
        raise CheckFailed(f"the demo store is missing ({DEMO / 'catalog.csv'} not found).")
    context = open_demo(folder / "till-demo")
    state["context"] = context
    revision = migrate.current_revision(context.db.engine)
    if revision != migrate.HEAD:
        raise CheckFailed(f"the till database is at revision {revision}, not {migrate.HEAD}.")
    products = sum(1 for _ in context.db.catalog.iter_all())
    return f"{context.db.path} at revision {revision}, demo store with {products} products"


def _hq_database(folder: Path) -> str:
    # HQ ships in the same executable (`freshtill hq serve`): its migration scripts must be there too.
    from sqlalchemy import create_engine

    from sync.server.core import migrate
    path = folder / "hq.sqlite"
    engine = create_engine(f"sqlite:///{path}")
    try:
        migrate.upgrade(engine)
        revision = migrate.current_revision(engine)
    finally:
        engine.dispose()
    if revision != migrate.HEAD:
        raise CheckFailed(f"the HQ database is at revision {revision}, not {migrate.HEAD}.")
    return f"{path.name} at revision {revision}"


def _printer_capabilities() -> str:
    from pos_app.hardware.printer.escpos_render import PROFILE, warm_up
    warm_up()   # python-escpos reads its capabilities file here
    return f"python-escpos profile {PROFILE}"


def _translations() -> str:
    from PySide6.QtCore import QTranslator

    from pos_app.till.app import TRANSLATIONS
    for name in TRANSLATION_FILES:
        translator = QTranslator()
        if not translator.load(str(TRANSLATIONS / name)) or translator.isEmpty():
            raise CheckFailed(f"the translation {TRANSLATIONS / name} is missing or empty.")
    return f"{len(TRANSLATION_FILES)} files in {TRANSLATIONS}"


def _main_window(folder: Path, state: dict) -> str:
    from PySide6.QtWidgets import QApplication

    from pos_app.till.app import FONT_FAMILY, FONTS, create_application
    from pos_app.till.main_window import TillMainWidget

    _app, languages = create_application(sys.argv[:1], language="zh_CN")
    family = QApplication.font().family()
    if family != FONT_FAMILY:
        raise CheckFailed(f"the CJK font did not load from {FONTS} (the window would use {family}).")
    context = state["context"]
    window = TillMainWidget(context=context, languages=languages)
    try:
        window.resize(*WINDOW_SIZE)
        window.show()
        deadline = time.monotonic() + LOGIN_TIMEOUT_S
        while not window.login.users:
            if time.monotonic() > deadline:
                raise CheckFailed(f"the PIN screen did not list the cashiers within {LOGIN_TIMEOUT_S:.0f} s.")
            QApplication.processEvents()
            time.sleep(0.01)
        QApplication.processEvents()
        image = window.grab().toImage()
        path = folder / "till-window.png"
        if image.isNull() or not image.save(str(path)):
            raise CheckFailed(f"the main window could not be rendered to {path}.")
        if len({image.pixel(x, y) for x in range(0, image.width(), 37) for y in range(0, image.height(), 29)}) < 3:
            raise CheckFailed("the main window rendered blank.")
        return f"{family}, {len(window.login.users)} cashiers on the PIN screen, {image.width()}x{image.height()} " \
               f"PNG {path}"
    finally:
        window.shutdown()
        window.close()
        context.close()
