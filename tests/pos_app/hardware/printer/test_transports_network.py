"""Raw TCP printers over real loopback sockets: jobs, status, and every way a network printer fails."""
import pytest

from pos_app.hardware.errors import DeviceTimeout, DeviceUnavailable, HardwareError
from pos_app.hardware.printer.printer_setting import parse_printer_setting
from pos_app.hardware.printer.printer_status import PrinterState, query_status
from tests.pos_app.hardware.printer.printer_fakes import (BlackholePrinter, DroppingPrinter, FakeNetworkPrinter,
                                                          free_port)

JOB = b"\x1b@" + b"receipt line\n" * 100 + b"\x1dVA\x03"


@pytest.fixture
def printer():
    fake = FakeNetworkPrinter()
    yield fake
    fake.close()


def send(url, data, *, timeout=2.0):
    connection = parse_printer_setting(url).open(timeout=timeout)
    try:
        connection.write(data)
        connection.finish()
    finally:
        connection.close()


def test_a_job_arrives_whole_and_in_order(printer):
    send(printer.url, JOB)
    send(printer.url, b"second")
    # finish() returned only after the printer closed its side, i.e. after it read everything.
    assert bytes(printer.received) == JOB + b"second"
    assert printer.connections == 2


@pytest.mark.parametrize("state", [PrinterState.ONLINE, PrinterState.PAPER_OUT, PrinterState.COVER_OPEN,
                                   PrinterState.PAPER_NEAR_END, PrinterState.OFFLINE])
def test_status_is_read_from_the_printer(state):
    fake = FakeNetworkPrinter(state=state)
    try:
        connection = parse_printer_setting(fake.url).open(timeout=2.0)
        try:
            status = query_status(connection, timeout=1.0)
        finally:
            connection.close()
    finally:
        fake.close()
    assert status.state is state
    assert fake.queries == [1, 2, 4]


def test_a_printer_that_does_not_answer_status_is_unknown_not_an_error():
    fake = FakeNetworkPrinter(answer_status=False)
    try:
        connection = parse_printer_setting(fake.url).open(timeout=2.0)
        try:
            status = query_status(connection, timeout=0.2)
            connection.write(JOB)
            connection.finish()
        finally:
            connection.close()
        assert fake.wait_for(len(JOB)) == JOB
    finally:
        fake.close()
    assert status.state is PrinterState.UNKNOWN
    assert fake.queries == [1]  # one silence is enough: no second and third timeout


def test_connection_refused_is_immediate_and_says_what_to_check():
    url = f"tcp://127.0.0.1:{free_port()}"
    with pytest.raises(DeviceUnavailable, match=r"refused the connection: check the address and port"):
        send(url, JOB)


def test_a_blackholed_printer_costs_the_bound_and_names_it():
    hole = BlackholePrinter()
    try:
        with pytest.raises(DeviceTimeout) as raised:
            send(hole.url, JOB, timeout=0.3)
    finally:
        hole.close()
    assert str(raised.value) == (f"The printer at {hole.url} did not answer within 0.3 s: check it is switched on "
                                 f"and on the network.")


def test_a_connection_dropped_mid_job_is_a_failure_not_a_print():
    dropper = DroppingPrinter(read=64)
    try:
        with pytest.raises(DeviceUnavailable, match="dropped the connection.*sent again"):
            send(dropper.url, JOB, timeout=10.0)  # the reset, not the bound, ends this attempt
    finally:
        dropper.close()
    assert len(dropper.received) == 64


def test_a_large_job_dropped_mid_way_fails_while_still_sending():
    # Larger than the two kernels can buffer (about 3 MB on loopback), so sendall is still running
    # when the reset arrives, whatever the timing.
    dropper = DroppingPrinter(read=4096)
    try:
        with pytest.raises(DeviceUnavailable, match="dropped the connection"):
            send(dropper.url, b"x" * (8 << 20), timeout=10.0)
    finally:
        dropper.close()


def test_a_printer_that_stops_reading_fails_within_the_bound():
    fake = FakeNetworkPrinter(close_on_eof=False)
    fake.feed = lambda data: (_ for _ in ()).throw(OSError("stuck"))  # reads once, then never again
    try:
        with pytest.raises(DeviceTimeout, match="stopped taking data within 0.3 s"):
            send(fake.url, b"x" * (8 << 20), timeout=0.3)
    finally:
        fake.close()


def test_a_printer_that_keeps_the_connection_open_is_done_once_every_byte_is_acknowledged():
    fake = FakeNetworkPrinter(close_on_eof=False)
    try:
        send(fake.url, JOB, timeout=0.3)
        assert fake.wait_for(len(JOB)) == JOB
    finally:
        fake.close()


def test_an_unknown_host_name_is_a_clear_error():
    with pytest.raises(HardwareError, match="host name printer.invalid"):
        send("tcp://printer.invalid:9100", JOB, timeout=2.0)
