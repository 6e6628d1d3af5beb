"""Serial printers over real pseudo-terminals: jobs, status, and a printer that never reads or answers."""
import pytest

from pos_app.hardware.errors import DeviceTimeout, DeviceUnavailable, SettingError
from pos_app.hardware.printer.printer_setting import parse_printer_setting
from pos_app.hardware.printer.printer_status import PrinterState, query_status
from tests.pos_app.hardware.printer.printer_fakes import PtyPrinter

JOB = b"\x1b@" + "鲜鱼 ¥18.80\n".encode("gb18030") * 50 + b"\x1dVA\x03"


@pytest.fixture
def pty_printer():
    fake = PtyPrinter()
    yield fake
    fake.close()


def test_a_job_and_status_over_a_serial_line(pty_printer):
    pty_printer.power_on()
    connection = parse_printer_setting(pty_printer.url()).open(timeout=2.0)
    try:
        assert connection.bidirectional
        status = query_status(connection, timeout=1.0)
        connection.write(JOB)
        connection.finish()
    finally:
        connection.close()
    assert status.state is PrinterState.ONLINE
    assert pty_printer.wait_for(len(JOB)) == JOB


def test_paper_out_is_reported_over_serial():
    fake = PtyPrinter(state=PrinterState.PAPER_OUT)
    try:
        fake.power_on()
        connection = parse_printer_setting(fake.url()).open(timeout=2.0)
        try:
            assert query_status(connection, timeout=1.0).state is PrinterState.PAPER_OUT
        finally:
            connection.close()
    finally:
        fake.close()


def test_a_printer_that_never_answers_has_unknown_status(pty_printer):
    connection = parse_printer_setting(pty_printer.url()).open(timeout=2.0)
    try:
        assert query_status(connection, timeout=0.2).state is PrinterState.UNKNOWN
    finally:
        connection.close()


def test_a_printer_that_never_reads_fails_once_the_line_is_full(pty_printer):
    big = b"x" * (128 << 10)  # far more than a terminal buffers
    connection = parse_printer_setting(pty_printer.url()).open(timeout=0.3)
    try:
        with pytest.raises(DeviceTimeout) as raised:
            connection.write(big)
    finally:
        connection.close()
    assert str(raised.value).startswith(f"The printer on serial://{pty_printer.path}?baudrate=3000000 did not take "
                                        f"the job within")
    assert "check it is switched on, has paper and its cable is in" in str(raised.value)


def test_a_missing_port_says_what_to_check(tmp_path):
    with pytest.raises(DeviceUnavailable, match=r"cannot be opened .*check the cable, the port name"):
        parse_printer_setting(f"serial://{tmp_path}/ttyUSB9").open(timeout=0.3)


def test_a_value_pyserial_refuses_is_a_setting_error():
    with pytest.raises(SettingError, match="not valid"):
        parse_printer_setting("loop://?logging=shouting").open(timeout=0.3)
