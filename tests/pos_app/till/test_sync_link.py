"""The till window syncs: the demo's window starts an embedded HQ, enrolls and sends each sale as it commits;
a till that was never enrolled keeps selling and says "offline"."""
from __future__ import annotations

from pos_app.core.basket import Basket
from pos_app.core.tenders import TenderKind, TenderRequest
from pos_app.services.checkout import SaleService
from pos_app.till.sync_link import start_sync
from sync.client.worker import ONLINE
from tests.pos_app.till.conftest import make_window


def _acknowledged(db, uuid: str) -> bool:
    with db.reading() as connection:
        return bool(connection.exec_driver_sql("SELECT sent_at IS NOT NULL FROM outbox WHERE uuid = ?",
                                               (uuid,)).scalar())


def test_the_demo_window_enrolls_with_its_hq_and_each_sale_reaches_it(qtbot, tmp_path):
    from pos_app.demo import window_hq
    from pos_app.till.app import create_application
    from pos_app.till.context import open_demo
    from pos_app.till.main_window import TillMainWidget

    _app, languages = create_application(language="en")
    folder = tmp_path / "till-demo"
    context = open_demo(folder)
    window = TillMainWidget(context=context, languages=languages)
    qtbot.addWidget(window)
    try:
        window.show()
        assert window.status.sync_text().startswith("Sync: offline")      # before the HQ is up
        thread = start_sync(context, folder=folder, before=lambda: window_hq(context, folder), interval=0.5)
        qtbot.waitUntil(lambda: context.sync_status is not None and context.sync_status().state == ONLINE,
                        timeout=60_000)
        thread.join(timeout=5)
        service = SaleService(context.db)
        basket = Basket()
        service.add_product(basket, context.db.catalog.by_sku("V001"), quantity=532, weighed=True)
        sale = service.checkout(basket, tenders=[TenderRequest(TenderKind.CASH, 5000)], cashier="c01")
        context.session.on_committed(sale)                                   # what the window does on commit
        qtbot.waitUntil(lambda: _acknowledged(context.db, sale.uuid), timeout=20_000)
        qtbot.waitUntil(lambda: context.sync_status().pending == 0, timeout=20_000)
        window.show_sync()
        assert window.status.sync_text().startswith("Sync: 0 to send, last ")
    finally:
        window.shutdown()
        context.close()


def test_a_till_never_enrolled_stays_offline_and_keeps_selling(qtbot, till_db, tmp_path, close_after):
    window = make_window(qtbot, db=till_db, printer_setting=f"file://{tmp_path / 'r.bin'}")
    close_after(window)
    thread = start_sync(window.context, folder=tmp_path)
    thread.join(timeout=10)
    assert not thread.is_alive()
    assert window.context.sync_status is None and window.context.session.on_committed is None
    window.show_sync()
    assert window.status.sync_text() == "Sync: offline"
