"""`freshtill demo`: an embedded HQ over HTTPS, an enrolled till, simulated scanner, scale and printer, a day of
baskets — and HQ's books equal the till's to the fen when it ends."""
from __future__ import annotations

import json
import sqlite3

import pytest

from pos_app.cli import main
from pos_app.hardware.printer.escpos_decode import to_text


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    folder = tmp_path_factory.mktemp("data")
    import contextlib
    import io
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        code = main(["--data-dir", str(folder), "demo", "--json"])
    return code, json.loads(out.getvalue()), folder / "demo"


def test_every_sale_reaches_hq_exactly_once_and_the_books_agree(demo):
    code, summary, _folder = demo
    assert code == 0 and summary["reconciled"] is True
    assert summary["baskets"] == 600 and summary["problems"] == []
    assert summary["hq"]["sales"] == summary["till"]["sales"] == 601      # the first customer + the day
    assert summary["hq"]["revenue"] == summary["till"]["revenue"]
    assert summary["till"]["pending_events"] == 0


def test_the_till_database_reconciles_with_its_ledger(demo):
    _code, summary, folder = demo
    connection = sqlite3.connect(folder / "till" / "till.sqlite")
    revenue = connection.execute("SELECT sum(total) FROM sales").fetchone()[0]
    assert summary["till"]["revenue"] == f"¥{revenue // 100}.{revenue % 100:02d}"
    mismatched = connection.execute(
        "SELECT l.sku FROM stock_levels l LEFT JOIN (SELECT sku, sum(quantity) q FROM stock_movements GROUP BY sku) m "
        "ON m.sku = l.sku WHERE l.quantity != coalesce(m.q, 0)").fetchall()
    assert mismatched == []   # one till alone: HQ's snapshot plus nothing unsynced is its own ledger
    assert connection.execute("SELECT count(*) FROM outbox WHERE sent_at IS NULL").fetchone()[0] == 0


def test_receipts_went_to_the_simulated_printer(demo):
    _code, summary, _folder = demo
    with open(summary["receipts"], "rb") as handle:
        text = to_text(handle.read())
    assert summary["receipts_still_queued"] == 0       # the day ends with its receipts printed
    assert text.count("FTSALE:") == 601
    assert "0.532 kg × ￥6.98/kg" in text    # the first customer's tomatoes, weighed on the simulated scale


def test_demo_twice_starts_from_the_same_morning(demo, capsys):
    _code, first, folder = demo
    assert main(["--data-dir", str(folder.parent), "demo", "--json"]) == 0
    second = json.loads(capsys.readouterr().out)
    for key in ("baskets", "lines", "revenue", "tenders", "tax_by_rate", "skus"):
        assert second[key] == first[key], key
    assert second["hq"]["sales"] == 601


def test_the_demo_opens_the_window_only_where_there_is_a_screen(monkeypatch):
    from pos_app import demo as demo_module
    monkeypatch.setattr(demo_module.sys, "platform", "linux")
    for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        monkeypatch.delenv(name, raising=False)
    assert demo_module.has_screen() is False
    monkeypatch.setenv("WAYLAND_DISPLAY", "wayland-0")
    assert demo_module.has_screen() is True
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")          # tests and screenshots: never a window
    assert demo_module.has_screen() is False
    monkeypatch.delenv("QT_QPA_PLATFORM")
    monkeypatch.setattr(demo_module.sys, "platform", "win32")
    monkeypatch.delenv("WAYLAND_DISPLAY")
    assert demo_module.has_screen() is True


def test_a_display_qt_cannot_use_is_explained_not_crashed_on(monkeypatch):
    from pos_app import demo as demo_module
    monkeypatch.delenv("QT_QPA_PLATFORM", raising=False)
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    monkeypatch.setenv("DISPLAY", ":987")           # no X server answers there
    problem = demo_module.screen_problem()
    assert problem is not None and ("needs lib" in problem or "could not open the display" in problem)
