"""Plain files, device files (a FIFO stands in for /dev/usb/lp0) and the simulated dummy:// printer."""
import os
import threading

import pytest

from pos_app.hardware.errors import DeviceTimeout, DeviceUnavailable
from pos_app.hardware.printer.printer_setting import parse_printer_setting
from pos_app.hardware.printer.printer_status import PrinterState, query_status
from pos_app.hardware.printer.simulated_printer import SimulatedPrinter


def send(url, data, *, timeout=2.0):
    connection = parse_printer_setting(url).open(timeout=timeout)
    try:
        connection.write(data)
        connection.finish()
    finally:
        connection.close()


def test_a_file_target_appends_each_job(tmp_path):
    target = tmp_path / "receipts.bin"
    send(f"file://{target}", b"\x1b@first\n")
    send(f"file://{target}", b"second\n")
    assert target.read_bytes() == b"\x1b@first\nsecond\n"
    connection = parse_printer_setting(f"file://{target}").open()
    try:
        assert not connection.bidirectional
        assert query_status(connection).state is PrinterState.UNKNOWN
    finally:
        connection.close()


def test_a_file_in_a_missing_folder_is_a_clear_error(tmp_path):
    with pytest.raises(DeviceUnavailable, match="folder .* does not exist"):
        send(f"file://{tmp_path}/nowhere/receipts.bin", b"x")


def test_a_missing_device_file_is_not_created():
    with pytest.raises(DeviceUnavailable, match=r"/dev/usb/lp9 does not exist: check the printer is plugged in"):
        send("file:///dev/usb/lp9", b"x")
    assert not os.path.exists("/dev/usb/lp9")


def test_a_device_nobody_reads_fails_within_the_bound(tmp_path):
    fifo = tmp_path / "lp0"
    os.mkfifo(fifo)
    reader = os.open(fifo, os.O_RDONLY | os.O_NONBLOCK)  # the "driver" is there but never takes data
    try:
        with pytest.raises(DeviceTimeout, match="did not take the job within 0.3 s"):
            send(f"file://{fifo}", b"x" * (1 << 20), timeout=0.3)
    finally:
        os.close(reader)


def test_a_device_that_takes_data_gets_all_of_it(tmp_path):
    fifo = tmp_path / "lp0"
    os.mkfifo(fifo)
    reader = os.open(fifo, os.O_RDONLY | os.O_NONBLOCK)
    os.set_blocking(reader, True)
    keeper = os.open(fifo, os.O_WRONLY)  # so the reader waits for data instead of seeing end-of-file
    received = bytearray()

    def drain():
        while chunk := os.read(reader, 65536):
            received.extend(chunk)

    thread = threading.Thread(target=drain)
    thread.start()
    job = bytes(range(256)) * 1024  # larger than a pipe buffer, so writes must wait for the reader
    send(f"file://{fifo}", job, timeout=5.0)
    os.close(keeper)
    thread.join(5)
    os.close(reader)
    assert bytes(received) == job


def test_a_device_with_no_driver_behind_it_is_unavailable(tmp_path):
    fifo = tmp_path / "lp0"
    os.mkfifo(fifo)
    with pytest.raises(DeviceUnavailable, match="cannot be opened"):
        send(f"file://{fifo}", b"x")


def test_the_dummy_printer_keeps_finished_jobs_in_memory():
    printer = SimulatedPrinter.named("transport-test")
    printer.clear()
    send("dummy://transport-test", b"one")
    connection = parse_printer_setting("dummy://transport-test").open()
    connection.write(b"half a job")
    connection.close()  # never finished: a real printer would not have printed it either
    assert printer.output == b"one"
    assert printer.jobs == [b"one"]


@pytest.mark.parametrize("state", [s for s in PrinterState if s not in (PrinterState.UNREACHABLE,
                                                                         PrinterState.UNKNOWN)])
def test_the_dummy_printer_answers_status_in_its_state(state):
    connection = parse_printer_setting(f"dummy://status-{state.value}?state={state.value}").open()
    try:
        assert query_status(connection).state is state
    finally:
        connection.close()


def test_a_dummy_printer_set_unreachable_refuses_and_silent_one_is_unknown():
    with pytest.raises(DeviceUnavailable, match="unreachable"):
        parse_printer_setting("dummy://gone?state=unreachable").open()
    connection = parse_printer_setting("dummy://mute?state=unknown").open()
    assert query_status(connection).state is PrinterState.UNKNOWN
    SimulatedPrinter.named("gone").state = PrinterState.ONLINE  # switched back on while the till runs
    parse_printer_setting("dummy://gone?state=unreachable").open().close()
