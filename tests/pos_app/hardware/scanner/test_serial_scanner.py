"""SerialScanner end to end: a real pseudo-terminal for the serial line, a real TCP server for disconnects.

The tests wait on queues the scanner fills from its reader thread (codes and status changes), never on
sleeps: each `get` returns as soon as the scanner has done the thing, or fails the test after 5 s.
"""
import os
import queue
import socket
import tty

import pytest

from pos_app.hardware.errors import SettingError
from pos_app.hardware.scanner import BarcodeSource, ScannerState, SerialScanner

WAIT_S = 5


def wait_for(statuses: queue.Queue, predicate):
    while True:
        status = statuses.get(timeout=WAIT_S)
        if predicate(status):
            return status


@pytest.fixture
def pty_port():
    master, slave = os.openpty()
    tty.setraw(slave)
    yield master, os.ttyname(slave)
    for fd in (master, slave):
        try:
            os.close(fd)
        except OSError:
            pass  # the test closed it to pull the cable


@pytest.fixture
def scanner_on(request):
    started = []

    def make(port, **options):
        codes, statuses = queue.Queue(), queue.Queue()
        scanner = SerialScanner(port, on_status=statuses.put, reconnect_ms=20, **options)
        scanner.start(codes.put)
        started.append(scanner)
        return scanner, codes, statuses

    yield make
    for scanner in started:
        scanner.stop()


def connected(scanner_statuses):
    return wait_for(scanner_statuses, lambda s: s.state is ScannerState.CONNECTED)


def test_codes_over_a_pseudo_terminal_with_every_kind_of_line_end(pty_port, scanner_on):
    master, path = pty_port
    scanner, codes, statuses = scanner_on(path)
    assert isinstance(scanner, BarcodeSource)
    connected(statuses)
    os.write(master, b"6901234567892\r")                     # CR
    os.write(master, b"96385074\n")                          # LF
    os.write(master, b"036000291452\r\n")                    # CRLF: one code, not one and an empty one
    os.write(master, b"\r\n\r\n")                            # empty lines: nothing
    os.write(master, b"21010010")                            # one code in two writes
    os.write(master, b"12349\r\n")
    os.write(master, b"AAA\rBBB\n")                          # two codes in one write
    os.write(master, b"0106901234567892\x1d10LOT\r\n")       # GS kept
    os.write(master, b"\xff\xfe\x80noise\r\n")               # garbage: refused, the reader carries on
    os.write(master, b"END\r")
    received = [codes.get(timeout=WAIT_S) for _ in range(8)]
    assert received == ["6901234567892", "96385074", "036000291452", "2101001012349", "AAA", "BBB",
                        "0106901234567892\x1d10LOT", "END"]
    status = scanner.status()
    assert status.connected and status.codes == 8 and status.rejected == 1
    assert "byte 0xFF" in status.last_rejected


def test_a_fragment_without_line_end_is_dropped_after_the_idle_timeout(pty_port, scanner_on):
    master, path = pty_port
    scanner, codes, statuses = scanner_on(path, idle_ms=50)
    connected(statuses)
    os.write(master, b"69012")
    dropped = wait_for(statuses, lambda s: s.rejected == 1)
    assert "no line end within 50 ms" in dropped.last_rejected
    os.write(master, b"ABC\r")
    assert codes.get(timeout=WAIT_S) == "ABC"  # not '69012ABC'


def test_pulling_the_cable_of_a_pseudo_terminal_is_reported(pty_port, scanner_on):
    master, path = pty_port
    scanner, codes, statuses = scanner_on(path)
    connected(statuses)
    os.close(master)
    status = wait_for(statuses, lambda s: s.state is ScannerState.DISCONNECTED)
    assert status.last_error.startswith(f"Scanner on {path} was disconnected")
    scanner.stop()
    assert scanner.status().state is ScannerState.STOPPED


def listening(port=0):
    server = socket.socket()
    server.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    server.bind(("127.0.0.1", port))
    server.listen()
    server.settimeout(WAIT_S)
    return server


def test_a_tcp_scanner_reconnects_by_itself_after_the_connection_drops_and_the_server_restarts(scanner_on):
    server = listening()
    port = server.getsockname()[1]
    scanner, codes, statuses = scanner_on(f"socket://127.0.0.1:{port}")
    connection, _ = server.accept()
    connected(statuses)  # pyserial empties the input when it opens, so a code sent before this could vanish
    connection.sendall(b"CODE1\r\n")
    assert codes.get(timeout=WAIT_S) == "CODE1"

    connection.close()                                       # the bridge drops the connection
    dropped = wait_for(statuses, lambda s: s.state is ScannerState.DISCONNECTED)
    assert "was disconnected" in dropped.last_error
    connection, _ = server.accept()                          # … and the scanner comes back by itself
    connected(statuses)
    connection.sendall(b"CODE2\r")
    assert codes.get(timeout=WAIT_S) == "CODE2"

    connection.close()
    server.close()                                           # the bridge is down: connecting is refused
    refused = wait_for(statuses, lambda s: s.last_error and "cannot be opened" in s.last_error)
    assert refused.state is ScannerState.DISCONNECTED and "retrying every 20 ms" in refused.last_error
    server = listening(port)                                 # the bridge restarts on the same port
    try:
        connection, _ = server.accept()
        connected(statuses)
        connection.sendall(b"CODE3\n")
        assert codes.get(timeout=WAIT_S) == "CODE3"
        assert scanner.status().codes == 3
        connection.close()
    finally:
        server.close()


def test_a_missing_device_is_retried_and_reported_not_raised(scanner_on, tmp_path):
    missing = str(tmp_path / "ttyACM9")
    scanner, codes, statuses = scanner_on(missing)
    status = wait_for(statuses, lambda s: s.last_error is not None)
    assert status.state is ScannerState.DISCONNECTED
    assert status.last_error.startswith(f"Scanner on {missing} cannot be opened")
    scanner.stop()
    scanner.stop()  # stopping twice is harmless
    assert scanner.status().state is ScannerState.STOPPED


def test_a_failing_handler_does_not_stop_later_codes(pty_port):
    master, path = pty_port
    delivered, statuses = queue.Queue(), queue.Queue()

    def handler(code):
        delivered.put(code)
        if code == "BOOM":
            raise RuntimeError("bug in the window")

    with SerialScanner(path, on_status=statuses.put) as scanner:
        scanner.start(handler)
        connected(statuses)
        os.write(master, b"BOOM\rNEXT\r")
        assert [delivered.get(timeout=WAIT_S) for _ in range(2)] == ["BOOM", "NEXT"]
        with pytest.raises(SettingError, match="already started"):
            scanner.start(handler)


def test_a_scanner_can_be_started_again_after_stop(pty_port, scanner_on):
    master, path = pty_port
    scanner, codes, statuses = scanner_on(path)
    connected(statuses)
    scanner.stop()
    again = queue.Queue()
    scanner.start(again.put)
    connected(statuses)
    os.write(master, b"AGAIN\r")
    assert again.get(timeout=WAIT_S) == "AGAIN" and codes.empty()


@pytest.mark.parametrize("port, options, message", [
    ("bogus://x", {}, "protocol 'bogus' not known"),
    ("/dev/ttyUSB0", {"baudrate": 0}, "baudrate must be a whole number"),
    ("/dev/ttyUSB0", {"bytesize": 9}, "cannot be used"),
    ("/dev/ttyUSB0", {"parity": "X"}, "parity must be one of"),
    ("/dev/ttyUSB0", {"stopbits": "3"}, "stop bits must be one of"),
    ("/dev/ttyUSB0", {"idle_ms": 0}, "idle_ms"),
])
def test_unusable_settings_are_refused_before_anything_is_opened(port, options, message):
    with pytest.raises(SettingError, match=message):
        SerialScanner(port, **options)
