"""The back-office window under pytest-qt against the real in-process HQ fed by a real till: the dashboard's
figures equal the till's sales to the fen, the stock view shows levels to the gram, a goods-in typed in the
window moves HQ's level exactly, and a wrong password or a dead HQ is one sentence in a window that stays
responsive."""
from __future__ import annotations

import socket
import threading

import pytest

from backoffice.window.formatting import money, quantity
from tests.backoffice.window.conftest import ADMIN, OPENING, STORE, idle, sign_in

pytestmark = pytest.mark.qt


def hq_level(world, sku: str) -> int:
    from sqlalchemy import select
    from sync.server import models
    levels = models.stock_levels.c
    with world.hq.engine.connect() as connection:
        return connection.execute(select(levels.quantity).where(levels.store_id == STORE, levels.sku == sku)
                                  ).scalar_one()


def till_sold(world, sku: str) -> int:
    return sum(line.quantity * line.count for sale in world.sales for line in sale.lines if line.sku == sku)


def test_the_dashboard_shows_the_days_revenue_to_the_fen(open_window, qtbot, world):
    window = open_window(world=world)
    sign_in(qtbot, window, fingerprint=world.fingerprint)
    assert window.pages.currentIndex() == 1 and window.selected_store() == STORE
    idle(qtbot, window)
    figures = window.dashboard.figures
    revenue = sum(sale.total for sale in world.sales)
    assert figures["today"]["revenue"] == revenue and figures["today"]["baskets"] == len(world.sales)
    assert window.dashboard.tiles["revenue"].value.text() == money(revenue)
    assert window.dashboard.tiles["baskets"].value.text() == str(len(world.sales))
    hour = world.sales[0].created_at.hour
    chart = window.dashboard.by_hour
    today = dict(zip(chart.labels, chart.series[0].values))
    assert sum(today.values()) == revenue and today[f"{hour:02d}"] > 0
    assert chart.series[1].values == (0,) * len(chart.labels)          # nothing sold a week earlier
    assert sum(window.dashboard.by_category.series[0].values) == revenue
    assert not window.trust_note.isVisibleTo(window)                    # pinned by fingerprint, not first use


def test_an_admin_sees_every_store_summed_and_first_use_trust_is_reported(open_window, qtbot, world):
    window = open_window(world=world)
    sign_in(qtbot, window, user=ADMIN)
    idle(qtbot, window)
    assert window.store.itemText(0) == "All stores" and window.selected_store() is None
    assert window.dashboard.figures["today"]["revenue"] == sum(sale.total for sale in world.sales)
    assert window.trust_note.isVisibleTo(window) and world.fingerprint in window.trust_note.text()
    assert window.stock.state.text() == "Choose one store to see its stock."
    window.store.setCurrentIndex(window.store.findData("s2"))
    idle(qtbot, window)
    assert window.dashboard.figures["today"]["revenue"] == 0 and window.dashboard.tiles["revenue"].value.text() == "¥0.00"


def test_an_admin_of_a_single_store_starts_on_that_store(open_window, qtbot, world):
    from backoffice.window.login_screen import SignedIn
    window = open_window(world=world)
    sign_in(qtbot, window, user=ADMIN)
    idle(qtbot, window)
    only = [store for store in window.signed.stores if store["id"] == STORE]
    window.enter(SignedIn(client=window.signed.client, session=window.signed.session, stores=only))
    idle(qtbot, window)
    assert window.store.itemText(0) == "All stores" and window.selected_store() == STORE
    assert window.stock.state.text() != "Choose one store to see its stock."


def test_the_stock_view_shows_levels_to_the_gram_and_the_history(open_window, qtbot, world):
    window = open_window(world=world)
    sign_in(qtbot, window, fingerprint=world.fingerprint)
    window.tabs.setCurrentWidget(window.stock)
    idle(qtbot, window)
    model = window.stock.model
    rows = {model.product(r)["sku"]: r for r in range(model.rowCount())}
    level = OPENING["V1"] - till_sold(world, "V1")          # from the till's own sales, not from HQ
    assert (level, till_sold(world, "V1")) == (8_199, 1_801)
    assert model.data(model.index(rows["V1"], 3)) == "8.199 kg"
    pieces = model.data(model.index(rows["P1"], 3))
    assert pieces == f"{(OPENING['P1'] - till_sold(world, 'P1')) // 1000} pcs"
    assert "half ×" in model.data(model.index(rows["M1"], 4))
    window.stock.select_sku("V1")
    idle(qtbot, window)
    history = window.stock.history
    assert history.rowCount() >= 3
    assert history.item(0, 3).text() == quantity(level, unit="kg")     # newest first: the level now
    window.stock.flag.setCurrentIndex(window.stock.flag.findData("oversold"))
    assert model.rowCount() == 0
    window.stock.flag.setCurrentIndex(0)
    window.stock.search.setText("tomato")
    assert [model.product(r)["sku"] for r in range(model.rowCount())] == ["V1"]


def test_goods_in_typed_in_the_window_moves_hqs_level_exactly(open_window, qtbot, world):
    window = open_window(world=world)
    sign_in(qtbot, window, fingerprint=world.fingerprint)
    window.tabs.setCurrentWidget(window.stock)
    idle(qtbot, window)
    window.stock.select_sku("V1")
    idle(qtbot, window)
    before = hq_level(world, "V1")
    dialog = window.stock.open_operation("goods_in")
    dialog.amount.setText("2.3456")
    dialog.send()
    assert "finer than 0.001" in dialog.result.text() and hq_level(world, "V1") == before   # refused, not rounded
    dialog.amount.setText("2.345")
    dialog.reason.setText("morning delivery")
    dialog.send()
    idle(qtbot, window)
    assert hq_level(world, "V1") == before + 2_345
    assert dialog.result.text() == f"Done: V1 is now {quantity(before + 2_345, unit='kg')}."
    rows = {window.stock.model.product(r)["sku"]: r for r in range(window.stock.model.rowCount())}
    model = window.stock.model
    assert model.data(model.index(rows["V1"], 3)) == quantity(before + 2_345, unit="kg")
    assert window.stock.history.item(0, 1).text() == "Goods in"
    dialog.close()


def test_a_wrong_password_is_one_clear_sentence(open_window, qtbot, world):
    window = open_window(world=world)
    sign_in(qtbot, window, password="wrong password")
    assert window.pages.currentIndex() == 0 and window.login.sign_in_button.isEnabled()
    assert window.login.banner.text() == "Wrong user name or password."


def test_a_wrong_password_in_chinese(open_window, qtbot, world):
    window = open_window(world=world, language="zh_CN")
    sign_in(qtbot, window, password="wrong password")
    assert window.login.banner.text() == "用户名或密码错误。"


def test_hq_unreachable_is_a_message_and_the_window_stays_responsive(open_window, qtbot):
    # A listener that never accepts: the TLS handshake hangs until the client's timeout, like a dead HQ.
    hole = socket.socket()
    hole.bind(("127.0.0.1", 0))
    hole.listen(1)
    port = hole.getsockname()[1]
    window = open_window(url=f"https://127.0.0.1:{port}")
    window.login.timeout = 1.5
    window.login.user.setText("m1")
    window.login.password.setText("whatever it is")
    window.login.submit()
    assert window.background.pending == 1 and not window.login.sign_in_button.isEnabled()
    ticks = []
    timer_thread = threading.get_ident()
    from PySide6.QtCore import QTimer
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(threading.get_ident()))
    timer.start(50)
    qtbot.keyClicks(window.login.user, "x")                             # typing works while HQ is silent
    qtbot.waitUntil(lambda: len(ticks) >= 5, timeout=1_000)
    assert window.background.pending == 1 and window.login.user.text() == "m1x"
    idle(qtbot, window)
    timer.stop()
    hole.close()
    assert set(ticks) == {timer_thread}
    assert window.login.banner.text() == "HQ cannot be reached: check the address and the network, then try again."
    assert window.login.sign_in_button.isEnabled() and window.pages.currentIndex() == 0
