"""open_scanner settings strings, and the simulated scanner they can name."""
import os
import queue
import tty

import pytest

from pos_app.hardware.errors import DeviceUnavailable, ProtocolError, SettingError
from pos_app.hardware.scanner import (BarcodeSource, KeyboardWedge, ScannerState, SerialScanner, SimulatedScanner,
                                      Typed, open_scanner)


def test_simulated_scanner_delivers_scans_on_the_calling_thread():
    scanner = open_scanner("simulated://")
    assert isinstance(scanner, SimulatedScanner) and isinstance(scanner, BarcodeSource)
    received = []
    scanner.start(received.append)
    scanner.scan("6901234567892")
    scanner.scan("0106901234567892\x1d10LOT")
    assert received == ["6901234567892", "0106901234567892\x1d10LOT"]
    assert scanner.status().connected and scanner.status().codes == 2
    scanner.stop()
    assert scanner.status().state is ScannerState.STOPPED
    with pytest.raises(DeviceUnavailable, match="not started"):
        scanner.scan("6901234567892")


def test_simulated_scanner_plays_raw_bytes_by_the_serial_rules():
    scanner = SimulatedScanner()
    received = []
    scanner.start(received.append)
    scanner.send(b"AAA\r\n\r\nBB")
    scanner.send(b"B\n\xffjunk\r")
    assert received == ["AAA", "BBB"]
    assert scanner.status().rejected == 1 and "0xFF" in scanner.status().last_rejected


@pytest.mark.parametrize("code", ["", "A\rB", None])
def test_simulated_scanner_refuses_what_no_scanner_could_send(code):
    scanner = SimulatedScanner()
    scanner.start(lambda c: None)
    with pytest.raises(ProtocolError):
        scanner.scan(code)


def test_wedge_setting_configures_the_detector():
    wedge = open_scanner("wedge://?gap_ms=30&min_length=4&end_timeout_ms=80")
    assert isinstance(wedge, KeyboardWedge) and isinstance(wedge, BarcodeSource)
    assert (wedge.detector.gap_ms, wedge.detector.min_length, wedge.detector.end_timeout_ms) == (30, 4, 80)
    codes = []
    wedge.start(codes.append)
    typed = [event for i, key in enumerate("ABC\r") for event in wedge.feed(key, at_ms=i * 10)]
    assert codes == [] and typed == [Typed("ABC\r")]  # three characters are not enough with min_length=4
    assert open_scanner("wedge://").detector.gap_ms == 50


def test_serial_settings_name_the_port_and_line_settings():
    scanner = open_scanner("serial:///dev/ttyACM0?baudrate=19200&parity=e&stopbits=2&idle_ms=300")
    assert isinstance(scanner, SerialScanner)
    assert scanner.port == "/dev/ttyACM0" and scanner.idle_ms == 300
    assert scanner.setting == "serial:///dev/ttyACM0?baudrate=19200&parity=e&stopbits=2&idle_ms=300"
    assert open_scanner("serial://COM3").port == "COM3"
    bare = open_scanner("socket://127.0.0.1:7000")
    assert isinstance(bare, SerialScanner) and bare.port == "socket://127.0.0.1:7000"
    assert bare.status().state is ScannerState.STOPPED  # nothing is opened until started


def test_a_bare_device_path_reads_codes_at_the_defaults():
    master, slave = os.openpty()
    tty.setraw(slave)
    statuses, codes = queue.Queue(), queue.Queue()
    scanner = open_scanner(os.ttyname(slave), on_status=statuses.put)
    try:
        scanner.start(codes.put)
        while statuses.get(timeout=5).state is not ScannerState.CONNECTED:
            pass
        os.write(master, b"6901234567892\r\n")
        assert codes.get(timeout=5) == "6901234567892"
    finally:
        scanner.stop()
        os.close(master)
        os.close(slave)


@pytest.mark.parametrize("setting, message", [
    ("", "empty"),
    ("   ", "empty"),
    ("simulated://x", "takes no port"),
    ("wedge://keyboard", "options only"),
    ("wedge://?gap=50", "unknown option 'gap'"),
    ("wedge://?gap_ms=fast", "whole number"),
    ("wedge://?gap_ms=50&gap_ms=60", "twice"),
    ("wedge://?gap_ms", "options must look like"),
    ("serial://", "names no port"),
    ("serial:///dev/ttyS0?baud=9600", "unknown option 'baud'"),
    ("serial:///dev/ttyS0?baudrate=-1", "whole number"),
    ("serial:///dev/ttyS0?parity=Q", "parity"),
    ("nosuch://device", "protocol 'nosuch' not known"),
])
def test_unusable_settings_are_one_clear_error(setting, message):
    with pytest.raises(SettingError, match=message):
        open_scanner(setting)
