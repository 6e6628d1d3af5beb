"""`freshtill devices printer test|status|queue` and `freshtill devices drawer open`."""
from datetime import datetime, timezone

import pytest

from pos_app.cli import main
from pos_app.hardware.printer.printer_status import PrinterState
from pos_app.hardware.printer.simulated_printer import SimulatedPrinter
from pos_app.services.printer_commands import CHINESE_LINE, self_test_page
from pos_app.storage import print_jobs_repo as jobs
from pos_app.storage.database import TillDatabase
from tests.pos_app.hardware.printer.printer_fakes import BlackholePrinter, FakeNetworkPrinter


@pytest.fixture(autouse=True)
def no_default_printer(monkeypatch):
    monkeypatch.delenv("FRESHTILL_PRINTER", raising=False)


def test_the_test_page_is_plain_escpos_with_a_gb18030_line():
    page = self_test_page(printer="tcp://10.0.0.5:9100", at=datetime(2026, 11, 23, 9, 30, tzinfo=timezone.utc))
    assert page.startswith(b"\x1b\x40\x1b\x61\x01\x1b\x45\x01\x1d\x21\x11FreshTill\n")
    start, end = page.index(b"\x1c\x26") + 2, page.index(b"\x1c\x2e")
    assert page[start:end].decode("gb18030") == CHINESE_LINE + "\n"
    assert page[start:end].decode("gb18030").encode("gb2312")  # every character is in the printers' font
    assert b"Printer: tcp://10.0.0.5:9100\nTime: 2026-11-23 09:30:00\n" in page
    assert page.endswith(b"\x1d\x56\x41\x03")


def test_printer_test_prints_and_reports_the_state(capsys):
    printer = SimulatedPrinter.named("cli-test")
    printer.clear()
    assert main(["devices", "printer", "test", "--printer", "dummy://cli-test"]) == 0
    assert capsys.readouterr().out == "Test page sent to dummy://cli-test. Printer state: online (The printer is " \
                                      "ready.)\n"
    assert len(printer.jobs) == 1 and printer.jobs[0].startswith(b"\x1b\x40")


def test_printer_test_over_tcp_reads_real_status(capsys):
    fake = FakeNetworkPrinter(state=PrinterState.PAPER_NEAR_END)
    try:
        assert main(["devices", "printer", "test", "--printer", fake.url]) == 0
        assert "Printer state: paper_near_end (The printer's paper roll is nearly used up" in capsys.readouterr().out
        assert fake.received.startswith(b"\x1b\x40") and fake.queries == [1, 2, 4]
    finally:
        fake.close()


def test_a_printer_that_cannot_print_gets_nothing_and_the_reason(capsys):
    printer = SimulatedPrinter.named("cli-paper", initial_state=PrinterState.PAPER_OUT)
    printer.clear()
    assert main(["devices", "printer", "test", "--printer", "dummy://cli-paper"]) == 2
    assert capsys.readouterr().err == ("freshtill: The printer is out of paper: load a new roll and close the cover. "
                                       "(dummy://cli-paper): nothing was printed.\n")
    assert printer.jobs == []


def test_an_unreachable_printer_is_one_sentence_within_the_bound(capsys):
    hole = BlackholePrinter()
    try:
        assert main(["devices", "printer", "status", "--printer", hole.url, "--timeout", "0.3"]) == 2
    finally:
        hole.close()
    assert capsys.readouterr().err == (f"freshtill: The printer at {hole.url} did not answer within 0.3 s: check it "
                                       f"is switched on and on the network.\n")


def test_printer_status(capsys):
    SimulatedPrinter.named("cli-cover", initial_state=PrinterState.COVER_OPEN)
    assert main(["devices", "printer", "status", "--printer", "dummy://cli-cover"]) == 0
    assert capsys.readouterr().out == "dummy://cli-cover: cover_open (The printer's cover is open: close it.)\n"


@pytest.mark.parametrize("pin, kick", [(2, "1b700019fa"), (5, "1b700119fa")])
def test_drawer_open_sends_the_kick(capsys, pin, kick):
    fake = FakeNetworkPrinter()
    try:
        assert main(["devices", "drawer", "open", "--printer", fake.url, "--pin", str(pin)]) == 0
        assert fake.received.hex() == kick
    finally:
        fake.close()
    assert capsys.readouterr().out == f"Drawer kick (pin {pin}) sent to {fake.url}.\n"


def test_the_printer_comes_from_the_environment_or_must_be_given(capsys, monkeypatch, tmp_path):
    assert main(["devices", "drawer", "open"]) == 2
    assert "No printer given: pass --printer" in capsys.readouterr().err
    monkeypatch.setenv("FRESHTILL_PRINTER", f"file://{tmp_path}/drawer.bin")
    assert main(["devices", "drawer", "open"]) == 0
    assert (tmp_path / "drawer.bin").read_bytes() == bytes.fromhex("1b700019fa")
    assert main(["devices", "printer", "test", "--printer", "lpt1"]) == 2
    assert "The printer setting 'lpt1' is not understood" in capsys.readouterr().err


def test_queue_lists_and_sends_the_waiting_jobs(capsys, tmp_path):
    with TillDatabase.open(tmp_path) as db:
        with db.transaction() as connection:
            jobs.insert(connection, payload=b"\x1b@receipt", kind="receipt", sale_uuid="s-1")
            jobs.record_failure(connection, job_id=1, error="The printer is out of paper.")
    assert main(["--data-dir", str(tmp_path), "devices", "printer", "queue"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("1\treceipt\ts-1\t") and "9 bytes\t1 attempts\tThe printer is out of paper." in out
    printer = SimulatedPrinter.named("cli-queue")
    printer.clear()
    assert main(["--data-dir", str(tmp_path), "devices", "printer", "queue", "--send", "--printer",
                 "dummy://cli-queue"]) == 0
    assert capsys.readouterr().out == "The printer is ready.\nNo print jobs waiting.\n"
    assert printer.jobs == [b"\x1b@receipt"]
