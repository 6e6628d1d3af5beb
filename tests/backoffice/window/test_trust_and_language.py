"""The CA pinned at the first sign-in is kept between runs (trust on first use happens once, as a till's
enrollment), a typed fingerprint overrides a stale one; the window switches language live."""
from __future__ import annotations

import json

import pytest

from backoffice.window.trust_store import TrustStore
from tests.backoffice.window.conftest import ADMIN, idle, sign_in

pytestmark = pytest.mark.qt


def test_first_use_pins_the_ca_in_the_file_and_the_next_run_trusts_only_it(open_window, qtbot, world, tmp_path):
    path = tmp_path / "backoffice" / "pinned_ca.json"
    first = open_window(world=world, trust_store=TrustStore(path))
    sign_in(qtbot, first, user=ADMIN)
    assert first.trust_note.isVisibleTo(first) and world.fingerprint in first.trust_note.text()
    assert json.loads(path.read_text()) == {world.url: first.signed.trust.ca_pem}
    again = open_window(world=world, trust_store=TrustStore(path))
    sign_in(qtbot, again, user=ADMIN)
    assert again.pages.currentIndex() == 1 and not again.trust_note.isVisibleTo(again)
    assert again.signed.trust.ca_pem == first.signed.trust.ca_pem and not again.signed.trust.first_use


def test_a_stale_pinned_ca_is_refused_until_the_fingerprint_is_typed(open_window, qtbot, world, tmp_path):
    from sync.server.core.config import Settings
    from sync.server.core.tls import tls_files
    path = tmp_path / "pinned_ca.json"
    other_ca = tls_files(Settings(data_dir=tmp_path / "elsewhere")).ca.read_text()
    path.write_text(json.dumps({world.url: other_ca}))
    window = open_window(world=world, trust_store=TrustStore(path))
    sign_in(qtbot, window, user=ADMIN)
    assert window.pages.currentIndex() == 0
    assert window.login.banner.text().startswith("HQ's certificate does not match")
    sign_in(qtbot, window, user=ADMIN, fingerprint=world.fingerprint)
    assert window.pages.currentIndex() == 1
    assert json.loads(path.read_text()) == {world.url: window.signed.trust.ca_pem} != {world.url: other_ca}


def test_an_unreadable_pin_file_is_ignored_not_fatal(tmp_path):
    path = tmp_path / "pinned_ca.json"
    path.write_text("{not json")
    assert TrustStore(path).get("https://hq:8443") == ""


def test_the_language_switches_live(open_window, qtbot, world):
    window = open_window(world=world, language="en")
    sign_in(qtbot, window, fingerprint=world.fingerprint)
    idle(qtbot, window)
    assert window.tabs.tabText(0) == "Dashboard" and window.dashboard.tiles["revenue"].caption.text() == "Revenue"
    window.language_button.click()
    assert window.languages.current == "zh_CN"
    qtbot.waitUntil(lambda: window.tabs.tabText(0) == "经营概览")        # Qt posts LanguageChange to each widget
    assert window.tabs.tabText(0) == "经营概览" and window.dashboard.tiles["revenue"].caption.text() == "营业额"
    assert window.stock.model.headerData(0, __import__("PySide6.QtCore").QtCore.Qt.Orientation.Horizontal) == "货号"
    assert window.stock.model.data(window.stock.model.index(
        [window.stock.model.product(r)["sku"] for r in range(window.stock.model.rowCount())].index("V1"), 1)) == "西红柿"
    assert window.language_button.text() == "English"
    window.language_button.click()
    qtbot.waitUntil(lambda: window.tabs.tabText(1) == "Stock")
