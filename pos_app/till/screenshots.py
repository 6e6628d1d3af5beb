"""Render every screen and dialog of the till offscreen to docs/screenshots/<name>_<language>.png.

    QT_QPA_PLATFORM=offscreen .venv/bin/python -m pos_app.till.screenshots [--out docs/screenshots]

It drives the real window on the demo store (simulated scale and a file printer in a temporary folder):
signs in, opens the shift, scans, weighs, picks a portion, searches, pays (receipt preview), holds and
recalls, asks for a manager's PIN, refunds and closes the shift, grabbing the window or dialog at each step.
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


def render(language: str, *, out: Path) -> None:
    app, languages = create_application(language=language)
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
    window.context.simulated_scale.state.put(532)
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


def dialog_kind(name: str):
    from pos_app.core.tenders import TenderKind
    return TenderKind(name)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--language", choices=("zh_CN", "en"), action="append")
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    for language in args.language or ("zh_CN", "en"):
        render(language, out=args.out)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
