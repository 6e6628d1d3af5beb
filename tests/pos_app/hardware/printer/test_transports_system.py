"""USB (through pyusb) and CUPS (through `lp`): clear errors when the piece is missing, and the bytes path.

pyusb is not installed here and no USB printer is attached, so the USB device is faked at the edge of the
machine: a stand-in `usb` package with pyusb's find/write/read surface. CUPS is a stand-in `lp` program.
"""
import stat
import sys
import types

import pytest

from pos_app.hardware.errors import DeviceTimeout, DeviceUnavailable, HardwareError
from pos_app.hardware.printer.printer_setting import parse_printer_setting
from pos_app.hardware.printer.printer_status import PrinterState, query_status


def test_usb_without_pyusb_says_what_to_install(monkeypatch):
    monkeypatch.setitem(sys.modules, "usb", None)
    monkeypatch.setitem(sys.modules, "usb.core", None)
    with pytest.raises(HardwareError) as raised:
        parse_printer_setting("usb://0x04b8:0x0202").open(timeout=0.3)
    assert raised.value.code == "missing_backend"
    assert "pip install pyusb" in str(raised.value) and "file:///dev/usb/lp0" in str(raised.value)


class FakeUsbPrinter:
    def __init__(self):
        self.written = []
        self.configured = False

    def is_kernel_driver_active(self, interface):
        return True

    def detach_kernel_driver(self, interface):
        self.detached = interface

    def set_configuration(self):
        self.configured = True

    def write(self, endpoint, data, timeout):
        self.written.append((endpoint, bytes(data), timeout))
        if self.stalled:
            raise self.core.USBTimeoutError("timed out")
        return len(data)

    def read(self, endpoint, size, timeout):
        return [0x12]

    stalled = False


@pytest.fixture
def fake_usb(monkeypatch):
    usb = types.ModuleType("usb")
    core = types.ModuleType("usb.core")
    util = types.ModuleType("usb.util")

    class USBError(IOError):
        pass

    class USBTimeoutError(USBError):
        pass

    class NoBackendError(ValueError):
        pass

    device = FakeUsbPrinter()
    device.core = core
    found = {(0x04B8, 0x0202): device}
    core.USBError, core.USBTimeoutError, core.NoBackendError = USBError, USBTimeoutError, NoBackendError
    core.find = lambda idVendor, idProduct: found.get((idVendor, idProduct))
    util.dispose_resources = lambda dev: setattr(dev, "disposed", True)
    usb.core, usb.util = core, util
    for name, module in (("usb", usb), ("usb.core", core), ("usb.util", util)):
        monkeypatch.setitem(sys.modules, name, module)
    return device


def test_usb_job_and_status_through_pyusb(fake_usb):
    connection = parse_printer_setting("usb://0x04b8:0x0202").open(timeout=2.0)
    try:
        assert query_status(connection, timeout=0.5).state is PrinterState.ONLINE
        connection.write(b"\x1b@hello")
        connection.finish()
    finally:
        connection.close()
    assert fake_usb.configured and fake_usb.detached == 0 and fake_usb.disposed
    endpoint, data, timeout_ms = fake_usb.written[-1]
    assert (endpoint, data) == (0x01, b"\x1b@hello")
    assert 0 < timeout_ms <= 2000  # the USB timeout is what is left of the bound


def test_usb_printer_not_connected_or_stalled(fake_usb):
    with pytest.raises(DeviceUnavailable, match="No USB printer 04b8:0e15 is connected"):
        parse_printer_setting("usb://0x04b8:0x0e15").open(timeout=0.3)
    fake_usb.stalled = True
    connection = parse_printer_setting("usb://0x04b8:0x0202").open(timeout=0.3)
    with pytest.raises(DeviceTimeout, match="did not take the job within 0.3 s"):
        connection.write(b"x")
    connection.close()


def fake_lp(folder, body):
    folder.mkdir(exist_ok=True)
    program = folder / "lp"
    program.write_text(f"#!{sys.executable}\nimport sys, time, pathlib\n{body}\n")
    program.chmod(program.stat().st_mode | stat.S_IEXEC)
    return folder


def test_cups_sends_the_job_raw_to_the_named_queue(tmp_path, monkeypatch):
    out = tmp_path / "spooled.bin"
    bin_dir = fake_lp(tmp_path / "bin", f"pathlib.Path({str(out)!r}).write_bytes(sys.stdin.buffer.read())\n"
                                        f"pathlib.Path({str(out)!r} + '.args').write_text(' '.join(sys.argv[1:]))")
    monkeypatch.setenv("PATH", str(bin_dir))
    connection = parse_printer_setting("cups://TM_T20").open(timeout=5.0)
    try:
        connection.write(b"\x1b@")
        connection.write("你好\n".encode("gb18030"))
        connection.finish()
    finally:
        connection.close()
    assert out.read_bytes() == b"\x1b@" + "你好\n".encode("gb18030")
    assert (tmp_path / "spooled.bin.args").read_text() == "-d TM_T20 -o raw"


def test_cups_failures_are_sentences(tmp_path, monkeypatch):
    monkeypatch.setenv("PATH", str(tmp_path / "empty"))
    with pytest.raises(HardwareError, match="needs the `lp` command: install the CUPS client"):
        _cups_job("cups://TM_T20", timeout=1.0)
    monkeypatch.setenv("PATH", str(fake_lp(tmp_path / "refusing", "sys.stderr.write('lp: The printer or class "
                                                                 "does not exist.\\n'); sys.exit(1)")))
    with pytest.raises(DeviceUnavailable, match=r"CUPS refused .*does not exist.*lpstat -p"):
        _cups_job("cups://Nope", timeout=5.0)
    monkeypatch.setenv("PATH", str(fake_lp(tmp_path / "hanging", "time.sleep(30)")))
    with pytest.raises(DeviceTimeout, match="did not accept the job .* within 0.3 s"):
        _cups_job("cups://TM_T20", timeout=0.3)


def _cups_job(url, *, timeout):
    connection = parse_printer_setting(url).open(timeout=timeout)
    try:
        connection.write(b"job")
        connection.finish()
    finally:
        connection.close()
