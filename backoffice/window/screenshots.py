"""Render the back-office window offscreen to docs/screenshots/backoffice_<view>_<language>.png.

    QT_QPA_PLATFORM=offscreen .venv/bin/python -m backoffice.window.screenshots [--out docs/screenshots]

It starts the demo HQ (backoffice/demo.py: the demo store's baskets of two days rung on a real till and pushed),
signs in as the demo admin with the CA fingerprint, and grabs the sign-in, the dashboard (every store and the
demo store), the stock view with a product's history, the low-stock filter, and a goods-in dialog's result; with
ten weeks of history (backoffice/demo_history.py) the Forecasts view (a product, a category) and Replenishment;
then Sales analysis, Catalog (and an import report) and Administration (screenshots_office.py).
"""
from __future__ import annotations

import argparse
import os
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402 - the platform must be chosen first

from backoffice.demo import STORE_ID, start  # noqa: E402
from backoffice.window.app import create_application  # noqa: E402
from backoffice.window.main_window import BackOfficeMainWidget  # noqa: E402
from backoffice.window.screenshots_office import render_office  # noqa: E402

OUT = Path(__file__).resolve().parents[2] / "docs" / "screenshots"
SIZE = (1280, 800)
VEG_SUPPLIER = "寿光蔬菜合作社 Shouguang Veg Co-op"     # the demo catalog's vegetable supplier


def wait_until(condition, *, timeout: float = 30.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError("the window did not finish talking to HQ in time")
        QApplication.processEvents()
        time.sleep(0.005)
    QApplication.processEvents()


def grab(widget: QWidget, path: Path) -> None:
    QApplication.processEvents()
    widget.grab().save(str(path))
    print(path)


def render(hq, language: str, *, out: Path) -> None:
    _app, languages = create_application(language=language)
    window = BackOfficeMainWidget(languages=languages, hq_url=hq.url, today=hq.day)
    window.resize(*SIZE)
    window.show()
    idle = lambda: wait_until(lambda: window.background.pending == 0)  # noqa: E731
    try:
        login = window.login
        login.user.setText(hq.user)
        login.password.setText(hq.password)
        login.fingerprint.setText(hq.fingerprint)
        grab(window, out / f"backoffice_login_{language}.png")
        login.submit()
        idle()
        grab(window, out / f"backoffice_dashboard_all_{language}.png")
        window.store.setCurrentIndex(window.store.findData(STORE_ID))
        idle()
        grab(window, out / f"backoffice_dashboard_{language}.png")
        window.tabs.setCurrentWidget(window.stock)
        stock = window.stock
        stock.select_sku("V001")
        idle()
        grab(window, out / f"backoffice_stock_{language}.png")
        dialog = stock.open_operation("goods_in")
        dialog.amount.setText("12.345")
        dialog.reason.setText("寿光蔬菜合作社" if language == "zh_CN" else "Shouguang Veg Co-op delivery")
        dialog.send()
        idle()
        grab(dialog, out / f"backoffice_goods_in_{language}.png")
        dialog.close()
        stock.flag.setCurrentIndex(stock.flag.findData("low_stock"))
        idle()
        grab(window, out / f"backoffice_stock_low_{language}.png")
        render_planning(window, language, out=out, idle=idle)
        render_office(window, language, out=out, idle=idle, grab=grab, day=hq.day)
    finally:
        window.shutdown()
        window.close()


def render_planning(window: BackOfficeMainWidget, language: str, *, out: Path, idle) -> None:
    """The Forecasts view (a product, then a category), the Replenishment view with one quantity edited and its
    purchase order made, and the receipt dialog with a weighed line."""
    window.tabs.setCurrentWidget(window.forecasts)
    idle()
    window.forecasts.select(kind="product", key="V001")
    idle()
    grab(window, out / f"backoffice_forecasts_{language}.png")
    window.forecasts.select(kind="category", key=window.forecasts.view["category"])
    idle()
    grab(window, out / f"backoffice_forecasts_category_{language}.png")
    screen = window.replenishment
    window.tabs.setCurrentWidget(screen)
    idle()
    screen.supplier.setCurrentIndex(max(screen.supplier.findData(VEG_SUPPLIER), 0))
    idle()
    screen.model.setData(screen.model.index(0, screen.model.COLUMNS.index("order")), "12.345")
    screen.make_order()
    idle()
    grab(window, out / f"backoffice_replenishment_{language}.png")
    receipt = screen.open_receipt()          # shown, not sent: the demo's stock stays as the other views show it
    receipt.set_arrived(receipt.order["lines"][0]["sku"], "12.310")
    QApplication.processEvents()
    grab(receipt, out / f"backoffice_receive_{language}.png")
    receipt.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        hq = start(Path(folder), history=True)
        try:
            for language in ("zh_CN", "en"):
                render(hq, language, out=args.out)
        finally:
            hq.close()


if __name__ == "__main__":
    main()
