"""Render every screen and dialog of the till offscreen to docs/screenshots/<name>_<language>.png.

    QT_QPA_PLATFORM=offscreen .venv/bin/python -m pos_app.till.screenshots [--out docs/screenshots]

It drives the real window on the demo store (simulated scale and a file printer in a temporary folder):
signs in, opens the shift, scans, weighs, picks a portion, searches, pays (receipt preview), holds and
recalls, asks for a manager's PIN, refunds and closes the shift, grabbing the window or dialog at each step.
Then the first-run setup wizard, page by page, with its real tests: a scale simulator on a pseudo-terminal,
a file printer, a scanned code, an HQ that cannot be reached; and the failed-upgrade message at start
(`--setup-only` renders just those).
"""
from __future__ import annotations

import argparse
import os
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402 - the platform must be chosen first

from pos_app.core.receipt import sale_qr_data  # noqa: E402
from pos_app.till.app import create_application  # noqa: E402
from pos_app.till.context import open_demo  # noqa: E402
from pos_app.till.main_window import TillMainWidget  # noqa: E402

OUT = Path(__file__).resolve().parents[2] / "docs" / "screenshots"
SIZE = (1280, 800)


def wait_until(condition, *, timeout: float = 10.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError("the till did not finish its background work in time")
        QApplication.processEvents()
        time.sleep(0.005)
    QApplication.processEvents()


def idle(window: TillMainWidget) -> None:
    wait_until(lambda: window.writer.pending == 0 and window.reader.pending == 0)


def grab(widget: QWidget, path: Path) -> None:
    QApplication.processEvents()
    widget.grab().save(str(path))
    print(path)


def render(language: str, *, out: Path, setup_only: bool = False) -> None:
    app, languages = create_application(language=language)
    with tempfile.TemporaryDirectory() as folder:
        shoot_setup(languages=languages, folder=Path(folder) / "new-till", out=out, suffix=language)
    if setup_only:
        return
    with tempfile.TemporaryDirectory() as folder:
        context = open_demo(Path(folder) / "till-demo")
        window = TillMainWidget(context=context, languages=languages)
        window.resize(*SIZE)
        window.show()
        try:
            shoot(window, languages=languages, out=out, suffix=language)
        finally:
            window.shutdown()
            window.close()
            context.close()
    app.processEvents()


def shoot(window: TillMainWidget, *, languages, out: Path, suffix: str) -> None:
    sale, login = window.sale, window.login
    wait_until(lambda: bool(login.users))
    login.pin.setText("12")
    grab(window, out / f"login_{suffix}.png")
    login.pin.setText("1234")
    login.submit()
    wait_until(lambda: window.stack.currentWidget() is sale and bool(sale.quick.buttons))
    wait_until(lambda: window.shifts.dialog is not None)
    window.shifts.dialog.field.setText("500")
    grab(window.shifts.dialog, out / f"open_shift_{suffix}.png")
    window.shifts.dialog.submit()
    idle(window)
    catalog = window.context.db.catalog
    for sku in ("D001", "P009", "D002"):
        product = catalog.by_sku(sku)
        if product is not None and product.barcodes:
            sale.scan(product.barcodes[0])
    idle(window)
    sale.demo_scale.grams.setValue(532)          # the demo's panel: 532 g of tomatoes on the platter
    sale.demo_scale.put.click()
    wait_until(lambda: sale.reading is not None and sale.reading.grams == 532)
    sale.products["V001"] = catalog.by_sku("V001")
    sale.pick("V001")
    wait_until(lambda: len(sale.model.view.lines) >= 4)
    grab(window, out / f"sale_{suffix}.png")

    sale.products["F052"] = catalog.by_sku("F052")
    sale.pick("F052")
    wait_until(lambda: sale.dialog is not None)
    grab(sale.dialog, out / f"portion_{suffix}.png")
    sale.dialog.portion_buttons["half"].click()
    idle(window)
    sale.products["M001"] = catalog.by_sku("M001")        # pork belly: 250 g / 500 g or any weight by slider
    sale.pick("M001")
    wait_until(lambda: sale.dialog is not None)
    sale.dialog.slider.setValue(sale.dialog.slider.value() + 3)
    idle(window)
    grab(sale.dialog, out / f"portion_custom_{suffix}.png")
    sale.dialog.reject()
    wait_until(lambda: sale.dialog is None)

    sale.search.box.setText("XHS")
    wait_until(lambda: bool(sale.search.items))
    grab(window, out / f"search_{suffix}.png")
    sale.search.clear()

    window.context.simulated_scale.state.set_moving()
    wait_until(lambda: sale.reading is not None and sale.reading.moving)
    grab(sale.weight, out / f"weight_moving_{suffix}.png")
    window.context.simulated_scale.state.set_moving(False)

    sale.pay()
    wait_until(lambda: sale.dialog is not None)
    dialog = sale.dialog
    grab(dialog, out / f"payment_{suffix}.png")
    dialog.reference.setText("POS-778812")
    dialog.add(dialog_kind("card"), 2000)
    dialog.add(dialog_kind("cash"), 10000)
    grab(dialog, out / f"payment_split_{suffix}.png")
    dialog.finish.click()
    wait_until(lambda: sale.last_paid is not None)
    grab(window, out / f"paid_{suffix}.png")
    wait_until(lambda: sale.preview is not None and sale.preview.job is not None and
               sale.preview.job.state == "printed")
    grab(sale.preview, out / f"receipt_{suffix}.png")
    sale.preview.close()
    shoot_manager(window, out=out, suffix=suffix)


def shoot_manager(window: TillMainWidget, *, out: Path, suffix: str) -> None:
    """The manager's dialogs: PIN, refund, held baskets, and the Z report that ends the day."""
    sale = window.sale
    paid = sale.last_paid.sale
    catalog = window.context.db.catalog
    for sku in ("D001", "D002"):
        product = catalog.by_sku(sku)
        if product is not None and product.barcodes:
            sale.scan(product.barcodes[0])
    idle(window)
    sale.buttons["hold"].click()
    idle(window)
    sale.buttons["recall"].click()
    wait_until(lambda: sale.dialog is not None)
    grab(sale.dialog, out / f"held_{suffix}.png")
    sale.dialog.recall.click()
    idle(window)

    sale.buttons["no_sale"].click()
    wait_until(lambda: sale.dialog is not None)
    sale.dialog.pin.setText("99")
    grab(sale.dialog, out / f"manager_pin_{suffix}.png")
    sale.dialog.reject()
    idle(window)

    sale.buttons["refund"].click()
    wait_until(lambda: sale.dialog is not None)
    refund = sale.dialog
    refund.sale_id.setText(sale_qr_data(paid.uuid))
    refund.look_up()
    wait_until(lambda: refund.found is not None)
    refund.spins[0].setValue(1)
    refund.wheres[-1].setCurrentIndex(1)
    grab(refund, out / f"refund_{suffix}.png")
    refund.refund.click()
    wait_until(lambda: sale.dialog is not None and hasattr(sale.dialog, "pin"))
    sale.dialog.pin.setText("9999")
    sale.dialog.submit()
    wait_until(lambda: sale.last_paid.sale.total < 0)

    sale.buttons["z_report"].click()
    wait_until(lambda: window.shifts.dialog is not None)
    window.shifts.dialog.field.setText("600")
    window.shifts.dialog.submit()
    wait_until(lambda: window.shifts.dialog is not None and hasattr(window.shifts.dialog, "report"))
    grab(window.shifts.dialog, out / f"z_report_{suffix}.png")
    window.shifts.dialog.accept()


def shoot_setup(*, languages, folder: Path, out: Path, suffix: str) -> None:
    """Every page of the setup wizard, filled in as a store would, each test run for real."""
    from pos_app.hardware.scale.sim_server import PtyScaleServer
    from pos_app.storage.database import TillDatabase
    from pos_app.till.setup.setup_wizard import SetupWizard

    english = suffix == "en"
    db = TillDatabase.open(folder)
    wizard = SetupWizard(db=db, folder=folder, languages=languages)
    wizard.show()
    pages = wizard.pages
    try:
        wait_until(lambda: wizard.worker.pending == 0)
        grab(wizard, out / f"setup_language_{suffix}.png")
        wizard.next()
        pages["store"].store_name.setText("鲜到家 · 河畔店")
        pages["store"].store_name_en.setText("FreshTill Riverside Market")
        pages["store"].till_name.setText("Till 1" if english else "1号收银台")
        grab(wizard, out / f"setup_store_{suffix}.png")
        wizard.next()
        office = pages["hq"]
        office.choose("hq")
        office.url.setText("https://127.0.0.1:9")          # nothing listens there: the real failure sentence
        office.code.setText("K7M2-Q9XD")
        office.start_enrolling()
        wait_until(lambda: wizard.worker.pending == 0)
        grab(wizard, out / f"setup_hq_{suffix}.png")
        office.choose("standalone")
        wizard.next()
        manager = pages["manager"]
        manager.manager_name.setText("Manager Zhang" if english else "张经理")
        manager.pin.setText("9999")
        manager.again.setText("99")
        grab(wizard, out / f"setup_manager_{suffix}.png")
        manager.again.setText("9999")
        wizard.next()
        scale = pages["scale"]
        with PtyScaleServer(protocol="toledo8217") as server:
            server.state.put(1234)
            scale.port.setText(server.port)
            scale.test()
            wait_until(lambda: wizard.worker.pending == 0)
            grab(wizard, out / f"setup_scale_{suffix}.png")
        scale.port.setText("/dev/ttyUSB9")
        scale.test()
        wait_until(lambda: wizard.worker.pending == 0)
        grab(wizard, out / f"setup_scale_error_{suffix}.png")
        wizard.next()
        pages["printer"].setting.setText(f"file://{folder / 'receipts.bin'}")
        pages["printer"].test()
        wait_until(lambda: wizard.worker.pending == 0)
        grab(wizard, out / f"setup_printer_{suffix}.png")
        wizard.next()
        pages["scanner"].scan("6901234567892")
        grab(wizard, out / f"setup_scanner_{suffix}.png")
        wizard.next()
        pages["receipt"].lines.setPlainText("河畔路 88 号  88 Riverside Road\n电话 Tel 021-5555 0188")
        grab(wizard, out / f"setup_receipt_{suffix}.png")
    finally:
        wizard.shutdown()
        wizard.close()
        db.close()
    from pos_app.till.setup.setup_wizard import STEPS
    from pos_app.till.setup.step_dialog import SetupStepDialog
    steps = SetupStepDialog(steps=STEPS, skipped=("scale", "scanner"))   # later, from the PIN screen
    steps.show()
    grab(steps, out / f"setup_steps_{suffix}.png")
    steps.close()
    shoot_upgrade_failure(languages=languages, folder=folder, out=out, suffix=suffix)


def shoot_upgrade_failure(*, languages, folder: Path, out: Path, suffix: str) -> None:
    from pos_app.storage.migrate import MigrationError
    from pos_app.till.startup import TillStartup

    startup = TillStartup(folder=folder, languages=languages)
    backup = Path("/home/till/.local/share/freshtill/backups/till-20261206T081500123456Z.sqlite")   # a till's own
    error = MigrationError("the upgrade failed", backup=backup)
    startup._fail(startup.migration_sentence(error), str(error))
    grab(startup.failure, out / f"upgrade_failed_{suffix}.png")
    startup.failure.finished.disconnect()
    startup.failure.close()


def dialog_kind(name: str):
    from pos_app.core.tenders import TenderKind
    return TenderKind(name)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--language", choices=("zh_CN", "en"), action="append")
    parser.add_argument("--setup-only", action="store_true", help="only the setup wizard and the start-up message")
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    for language in args.language or ("zh_CN", "en"):
        render(language, out=args.out, setup_only=args.setup_only)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
