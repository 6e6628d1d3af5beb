"""Printer transports that need nothing beyond the standard library and pyserial: TCP (raw port 9100),
serial lines, device files and plain files, and an in-memory simulated printer.

These are thin on purpose instead of python-escpos's Network/Serial/File: escpos connects with a 60 s
timeout, flushes serial ports with an unbounded tcdrain and lets socket errors escape. Every call here runs
under the attempt's Deadline and translates failures into one HardwareError sentence saying what to check.
"""
from __future__ import annotations

import ipaddress
import os
import select
import socket
import stat
import struct
import sys
import threading
import time
from pathlib import Path

from pos_app.hardware.errors import DeviceTimeout, DeviceUnavailable, HardwareError, SettingError
from pos_app.hardware.printer.connection import Deadline, seconds_text

_POLL = 0.01  # how often a finishing serial line looks at its output queue; far below any bound


class NetworkConnection:
    """Raw TCP (JetDirect / port 9100). finish() half-closes and waits for the printer to close too: a clean
    close after our end-of-job means it read every byte (closing with unread bytes sends a reset instead).
    A printer that keeps the connection open is done when its TCP stack has acknowledged every byte."""

    bidirectional = True

    def __init__(self, sock: socket.socket, *, url: str, deadline: Deadline) -> None:
        self.url = url
        self._sock = sock
        self._deadline = deadline

    @classmethod
    def open(cls, *, host: str, port: int, url: str, timeout: float) -> NetworkConnection:
        deadline = Deadline(timeout)
        address = _resolve(host, port, url=url, deadline=deadline)
        sock = socket.socket(address[0], socket.SOCK_STREAM)
        try:
            sock.settimeout(max(deadline.remaining(), 0.001))
            sock.connect(address[1])
        except TimeoutError:
            sock.close()
            raise DeviceTimeout(f"The printer at {url} did not answer within {seconds_text(timeout)}: check it is "
                                f"switched on and on the network.") from None
        except ConnectionRefusedError:
            sock.close()
            raise DeviceUnavailable(f"The printer at {url} refused the connection: check the address and port "
                                    f"(usually 9100) and that it is switched on.") from None
        except OSError as error:
            sock.close()
            raise DeviceUnavailable(f"The printer at {url} cannot be reached ({error.strerror or error}): check "
                                    f"it is switched on and on the network.") from None
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        return cls(sock, url=url, deadline=deadline)

    def write(self, data: bytes) -> None:
        remaining = self._deadline.remaining()
        if remaining <= 0:
            raise self._stalled()
        try:
            self._sock.settimeout(remaining)
            self._sock.sendall(data)
        except TimeoutError:
            raise self._stalled() from None
        except OSError as error:
            raise self._dropped(error) from None

    def read(self, size: int, *, timeout: float) -> bytes:
        wait = min(timeout, self._deadline.remaining())
        if wait <= 0:
            return b""
        try:
            self._sock.settimeout(wait)
            data = self._sock.recv(size)
        except TimeoutError:
            return b""
        except OSError as error:
            raise self._dropped(error) from None
        if not data:
            raise self._dropped(None)
        return data

    def finish(self) -> None:
        try:
            self._sock.shutdown(socket.SHUT_WR)
        except OSError as error:
            raise self._dropped(error) from None
        while True:
            remaining = self._deadline.remaining()
            if remaining <= 0:
                if _unsent(self._sock):
                    raise self._stalled()
                return  # every byte acknowledged; this printer just keeps connections open
            readable, _, _ = select.select([self._sock], [], [], remaining)
            if not readable:
                continue
            try:
                data = self._sock.recv(4096)  # status bytes the printer volunteers are not ours to judge
            except OSError as error:
                raise self._dropped(error) from None
            if not data:
                return

    def close(self) -> None:
        try:
            self._sock.close()
        except OSError:
            pass

    def _stalled(self) -> HardwareError:
        return DeviceTimeout(f"The printer at {self.url} stopped taking data within "
                             f"{seconds_text(self._deadline.seconds)}: check it has paper, its cover is closed and "
                             f"it is switched on.")

    def _dropped(self, error: OSError | None) -> HardwareError:
        reason = f" ({error.strerror or error})" if error is not None else ""
        return DeviceUnavailable(f"The printer at {self.url} dropped the connection{reason}: check it is switched "
                                 f"on; the whole job is sent again, so part of it may print twice.")


def _resolve(host: str, port: int, *, url: str, deadline: Deadline) -> tuple[int, tuple]:
    """The first address of host, looked up within the deadline: a name lookup with the network down can
    hang for many seconds, so it runs on a helper thread that is abandoned when the deadline passes."""
    try:
        literal = ipaddress.ip_address(host)
        return (socket.AF_INET6 if literal.version == 6 else socket.AF_INET), (host, port)
    except ValueError:
        pass
    found: list = []

    def lookup() -> None:
        try:
            found.append(socket.getaddrinfo(host, port, type=socket.SOCK_STREAM))
        except OSError as error:
            found.append(error)

    helper = threading.Thread(target=lookup, name=f"resolve {host}", daemon=True)
    helper.start()
    helper.join(deadline.remaining())
    if not found:
        raise DeviceTimeout(f"The printer's host name {host} could not be looked up within "
                            f"{seconds_text(deadline.seconds)}: check the network, or set the printer by IP address.")
    if isinstance(found[0], OSError) or not found[0]:
        raise DeviceUnavailable(f"The printer's host name {host} is unknown: check the printer setting {url}.")
    family, _, _, _, address = found[0][0]
    return family, address


def _unsent(sock: socket.socket) -> int:
    """Bytes the peer has not acknowledged yet (Linux SIOCOUTQ); 0 where the platform cannot tell."""
    try:
        import fcntl
        import termios
        buffer = fcntl.ioctl(sock.fileno(), termios.TIOCOUTQ, b"\0\0\0\0")
        return struct.unpack("i", buffer)[0]
    except (ImportError, AttributeError, OSError):
        return 0


class SerialConnection:
    """A serial line through pyserial. The bound is the timeout plus the time the bytes take on the wire at
    the line's baud rate. On failure the driver's unsent bytes are discarded, so closing cannot wait on a dead
    printer and a half-sent job does not come out of the printer later, ahead of its own retry."""

    bidirectional = True

    def __init__(self, port, *, url: str, deadline: Deadline) -> None:
        self.url = url
        self._port = port
        self._deadline = deadline
        self._failed = False

    @classmethod
    def open(cls, *, url: str, label: str, options: dict, timeout: float) -> SerialConnection:
        import serial
        deadline = Deadline(timeout)
        try:
            port = serial.serial_for_url(url, do_not_open=True, **options)
            port.timeout = timeout
            port.write_timeout = timeout
            port.open()
        except (serial.SerialException, OSError) as error:
            raise DeviceUnavailable(f"The printer port {label} cannot be opened ({_reason(error)}): check the cable, "
                                    f"the port name and that no other program is using it.") from None
        except Exception as error:  # noqa: BLE001 - pyserial's URL handlers raise ValueError, KeyError, …
            raise SettingError(f"The serial printer setting {label} is not valid ({_reason(error)}): check it "
                               f"against pyserial's URL forms.") from None
        return cls(port, url=label, deadline=deadline)

    def write(self, data: bytes) -> None:
        import serial
        self._deadline.extend(_wire_seconds(self._port, len(data)))
        remaining = self._deadline.remaining()
        try:
            if remaining <= 0:
                raise serial.SerialTimeoutException("no time left")
            self._port.write_timeout = remaining
            self._port.write(data)
        except serial.SerialTimeoutException:
            self._failed = True
            raise DeviceTimeout(f"The printer on {self.url} did not take the job within "
                                f"{seconds_text(self._deadline.seconds)}: check it is switched on, has paper and its "
                                f"cable is in.") from None
        except (serial.SerialException, OSError) as error:
            self._failed = True
            raise self._gone(error) from None

    def read(self, size: int, *, timeout: float) -> bytes:
        import serial
        wait = min(timeout, self._deadline.remaining())
        if wait <= 0:
            return b""
        try:
            self._port.timeout = wait
            return self._port.read(size)
        except (serial.SerialException, OSError) as error:
            self._failed = True
            raise self._gone(error) from None

    def finish(self) -> None:
        import serial
        # Not flush(): pyserial's flush is tcdrain, which waits forever on a printer that holds CTS low.
        try:
            while self._port.out_waiting:
                if self._deadline.expired():
                    self._failed = True
                    raise DeviceTimeout(f"The printer on {self.url} stopped taking data: check it is switched on, "
                                        f"has paper and its cable is in.")
                time.sleep(_POLL)
        except (serial.SerialException, OSError) as error:
            self._failed = True
            raise self._gone(error) from None

    def close(self) -> None:
        try:
            if self._failed:
                self._port.reset_output_buffer()
            self._port.close()
        except Exception:  # noqa: BLE001 - closing a vanished device must not turn into a second failure
            pass

    def _gone(self, error: Exception) -> HardwareError:
        return DeviceUnavailable(f"The printer on {self.url} stopped responding ({_reason(error)}): check its cable "
                                 f"and that it is switched on.")


def _wire_seconds(port, count: int) -> float:
    try:
        bits = 1 + int(port.bytesize) + (0 if port.parity == "N" else 1) + (2 if port.stopbits == 2 else 1)
        return count * bits / int(port.baudrate)
    except (TypeError, ValueError, ZeroDivisionError):
        return 0.0


def _reason(error: Exception) -> str:
    text = getattr(error, "strerror", None) or str(error) or type(error).__name__
    return text.split("\n")[0].rstrip(".")


class FileConnection:
    """A device file (/dev/usb/lp0, a FIFO) or a plain file the bytes are appended to. Device files are
    written without blocking and waited on with select, so a printer whose driver stops taking data (paper
    out, switched off with the cable in) costs the bound and no more."""

    bidirectional = False

    def __init__(self, fd: int, *, url: str, device: bool, deadline: Deadline) -> None:
        self.url = url
        self._fd = fd
        self._device = device
        self._deadline = deadline

    @classmethod
    def open(cls, *, path: Path, url: str, timeout: float) -> FileConnection:
        deadline = Deadline(timeout)
        try:
            mode = os.stat(path).st_mode
            device = stat.S_ISCHR(mode) or stat.S_ISFIFO(mode)
        except FileNotFoundError:
            device = str(path).startswith("/dev/")
        except OSError as error:
            raise DeviceUnavailable(f"The printer file {path} cannot be used ({_reason(error)}): check the printer "
                                    f"setting.") from None
        try:
            if device:
                fd = os.open(path, os.O_WRONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0))
            else:
                fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT | getattr(os, "O_BINARY", 0), 0o644)
        except FileNotFoundError:
            raise DeviceUnavailable(
                f"The printer device {path} does not exist: check the printer is plugged in and switched on."
                if device else f"The folder for {path} does not exist: check the printer setting.") from None
        except PermissionError:
            raise DeviceUnavailable(f"This user may not write to {path}: on Linux add the till's user to the "
                                    f"'lp' group, or check the file's permissions.") from None
        except OSError as error:
            raise DeviceUnavailable(f"The printer device {path} cannot be opened ({_reason(error)}): check the "
                                    f"printer is plugged in and switched on.") from None
        return cls(fd, url=url, device=device, deadline=deadline)

    def write(self, data: bytes) -> None:
        view = memoryview(data)
        while view:
            if self._device and sys.platform != "win32":
                remaining = self._deadline.remaining()
                _, writable, _ = select.select([], [self._fd], [], remaining) if remaining > 0 else ((), (), ())
                if not writable:
                    raise DeviceTimeout(f"The printer at {self.url} did not take the job within "
                                        f"{seconds_text(self._deadline.seconds)}: check it is switched on and has "
                                        f"paper.")
            try:
                written = os.write(self._fd, view)
            except BlockingIOError:
                continue
            except OSError as error:
                raise DeviceUnavailable(f"Writing to {self.url} failed ({_reason(error)}): check the printer is "
                                        f"plugged in and switched on.") from None
            view = view[written:]

    def read(self, size: int, *, timeout: float) -> bytes:
        return b""

    def finish(self) -> None:
        pass

    def close(self) -> None:
        try:
            os.close(self._fd)
        except OSError:
            pass
