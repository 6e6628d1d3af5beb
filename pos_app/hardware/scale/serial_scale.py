"""`SerialScale`: one adapter for every scale protocol, over any port pyserial's `serial_for_url` opens.

`/dev/ttyUSB0`, `COM3`, `socket://host:port`, `rfc2217://host:port`, `loop://` are all ports. The protocol's
serial defaults apply unless overridden (a pty or a socket ignores baud and parity; setting them is harmless).

Every call is bounded by `MAX_WAIT_MS` (500 ms) in total — waiting for another thread's call, opening the
port (done in a helper thread, since a `socket://` or `rfc2217://` connect can hang for seconds), sending,
and reading. Errors are one sentence each (HardwareError); pyserial's never escape. A lost port marks the
status `disconnected` and is closed; the next call opens it again, so the till recovers when the cable is
back without restarting anything. Calls are serialised by a lock: a till's worker thread may own the scale
while another thread asks for its status.
"""
from __future__ import annotations

import errno
import os
import select
import threading
import time
from collections.abc import Callable
from dataclasses import replace
from typing import Any

import serial

from pos_app.hardware.errors import DeviceTimeout, DeviceUnavailable, HardwareError, ProtocolError, SettingError
from pos_app.hardware.scale.protocol import ScaleProtocol, SerialSettings, Step
from pos_app.hardware.scale.reading import MAX_WAIT_MS, Frame, ScaleReading, ScaleReply, ScaleStatus

try:
    import termios
    _PORT_ERRORS: tuple[type[BaseException], ...] = (OSError, termios.error)  # SerialException is an OSError
except ImportError:  # Windows
    _PORT_ERRORS = (OSError,)

# How long to wait for a handshake byte (CAS's ACK) before sending the request anyway.
HANDSHAKE_S = 0.1
_POLL_S = 0.002
_MARGIN_S = 0.002
_STOPBITS = {"1": serial.STOPBITS_ONE, "1.5": serial.STOPBITS_ONE_POINT_FIVE, "2": serial.STOPBITS_TWO}
_ACTIONS = {"zero": ("zero", "ZERO"), "tare": ("tare", "TARE"), "clear_tare": ("clear the tare", "TARE")}

Opener = Callable[[], Any]  # returns an open pyserial-like port


class SerialScale:
    def __init__(self, *, port: str, protocol: ScaleProtocol, settings: SerialSettings | None = None,
                 opener: Opener | None = None) -> None:
        self.port = port
        self.protocol = protocol.name
        self.settings = settings or protocol.settings
        self._protocol = protocol
        self._opener = opener or self._open_serial
        self._lock = threading.Lock()
        self._link: Any = None
        self._fd: int | None = None
        self._pending: _PendingOpen | None = None
        self._status = ScaleStatus.DISCONNECTED  # until the port has been opened
        self._tared = False  # for protocols whose frames do not say net or gross

    @property
    def status(self) -> ScaleStatus:
        return self._status

    def read(self, *, timeout_ms: int = MAX_WAIT_MS) -> ScaleReading:
        ms = max(1, min(int(timeout_ms), MAX_WAIT_MS))
        deadline = _deadline(ms)
        with self._locked(deadline):
            frame = self._exchange(self._protocol.weigh, deadline=deadline, ms=ms,
                                   wanted=lambda f: isinstance(f, ScaleReading) or not f.ok)
            if isinstance(frame, ScaleReply):
                self._status = ScaleStatus.ERROR
                raise ProtocolError(f"The scale on {self.port} refused the weight request: {frame.detail}.")
            if not self._protocol.reports_net and self._tared:
                frame = replace(frame, net=True)
            self._status = frame.status
            return frame

    def zero(self) -> None:
        self._command("zero")

    def tare(self) -> None:
        self._command("tare")

    def clear_tare(self) -> None:
        self._command("clear_tare")

    def close(self) -> None:
        with self._locked(time.monotonic() + MAX_WAIT_MS / 1000):
            self._drop()
            if self._pending is not None:
                self._pending.abandon()
                self._pending = None
            self._status = ScaleStatus.DISCONNECTED

    def __enter__(self) -> SerialScale:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _command(self, name: str) -> None:
        label, key = _ACTIONS[name]
        request = self._protocol.commands.get(name)
        if request is None:
            raise HardwareError(f"A {self._protocol.title} scale cannot {label} from the till: press {key} on "
                                "the scale.", code="not_supported")
        deadline = _deadline(MAX_WAIT_MS)
        with self._locked(deadline):
            frame = self._exchange((Step(request),), deadline=deadline, ms=MAX_WAIT_MS, wanted=lambda f: True)
            if isinstance(frame, ScaleReply) and frame.ok:
                if name != "zero":
                    self._tared = name == "tare"
                return
            if isinstance(frame, ScaleReply):
                reason = frame.detail
            else:
                self._status = frame.status
                reason = {ScaleStatus.MOVING: "the weight is moving", ScaleStatus.OVER: "it is over capacity",
                          ScaleStatus.UNDER: "it is below zero"}.get(frame.status, "it sent a weight instead")
            raise HardwareError(f"The scale did not {label}: {reason}.", code="scale_refused")

    def _locked(self, deadline: float) -> _Held:
        if not self._lock.acquire(timeout=max(0.0, deadline - time.monotonic())):
            raise DeviceTimeout(f"The scale on {self.port} is still busy with another request: try again.")
        return _Held(self._lock)

    def _exchange(self, steps: tuple[Step, ...], *, deadline: float, ms: int,
                  wanted: Callable[[Frame], bool]) -> Frame:
        link = self._connect(deadline, ms=ms)
        try:
            return self._talk(link, steps, deadline=deadline, ms=ms, wanted=wanted)
        except _PORT_ERRORS:
            self._drop()
            self._status = ScaleStatus.DISCONNECTED
            raise DeviceUnavailable(f"Lost the connection to the scale on {self.port}: check its cable and power; "
                                    "the till reconnects by itself when it is back.") from None

    def _talk(self, link: Any, steps: tuple[Step, ...], *, deadline: float, ms: int,
              wanted: Callable[[Frame], bool]) -> Frame:
        # What arrived before this request is stale: an old answer, or an old continuous frame.
        link.reset_input_buffer()
        pending, heard = b"", False
        for step in steps:
            link.write(step.send)
            if step.expect is not None:
                until = min(deadline, time.monotonic() + HANDSHAKE_S)
                while data := _receive(link, fd=self._fd, until=until):
                    heard, pending = True, pending + data
                    at = pending.find(step.expect)
                    if at >= 0:
                        pending = pending[at + 1:]
                        break
        while True:
            frames, pending = self._protocol.parse(pending)
            for frame in frames:
                if wanted(frame):
                    return frame
            data = _receive(link, fd=self._fd, until=deadline)
            if not data:
                raise self._silence(heard=heard, ms=ms)
            heard, pending = True, pending + data

    def _silence(self, *, heard: bool, ms: int) -> HardwareError:
        if heard:
            self._status = ScaleStatus.ERROR
            return ProtocolError(f"The scale on {self.port} answers, but not in the {self.protocol} protocol: "
                                 f"check the protocol and the serial settings ({self.settings.describe()}).")
        self._status = ScaleStatus.NO_ANSWER
        return DeviceTimeout(f"No answer from the scale on {self.port} within {ms} ms: check that it is switched "
                             f"on, the cable, and that the protocol is {self.protocol}.")

    def _connect(self, deadline: float, *, ms: int) -> Any:
        if self._link is not None:
            return self._link
        if self._pending is None:
            self._pending = _PendingOpen(self._opener)
        pending = self._pending
        if not pending.done.wait(max(0.0, deadline - time.monotonic())):
            self._status = ScaleStatus.DISCONNECTED
            raise DeviceTimeout(f"Opening the scale port {self.port} takes longer than {ms} ms: check the network "
                                "or the serial converter; the till keeps trying.")
        self._pending = None
        error = pending.error
        if isinstance(error, ValueError):
            raise SettingError(f"Cannot use {self.port!r} as a scale port: {error}.")
        if error is not None:
            self._status = ScaleStatus.DISCONNECTED
            raise DeviceUnavailable(f"Cannot open the scale port {self.port} ({_reason(error)}): "
                                    f"{_advice(error)}.")
        self._link, self._fd = pending.link, _descriptor(pending.link)
        return self._link

    def _drop(self) -> None:
        link, self._link, self._fd = self._link, None, None
        if link is not None:
            # pyserial's socket:// close sleeps 0.3 s "for quick reconnects": not on the caller's time.
            threading.Thread(target=_close_quietly, args=(link,), name="scale-close", daemon=True).start()

    def _open_serial(self) -> Any:
        link = serial.serial_for_url(self.port, do_not_open=True)
        link.baudrate = self.settings.baudrate
        link.bytesize = self.settings.bytesize
        link.parity = self.settings.parity
        link.stopbits = _STOPBITS[self.settings.stopbits]
        link.timeout = 0  # non-blocking: see _receive
        link.write_timeout = MAX_WAIT_MS / 1000
        try:
            link.open()
        except _PORT_ERRORS as error:
            # A Linux pty has no word size or parity and may refuse 7-bit or parity settings (EINVAL);
            # for a pty (a simulator) they mean nothing, so it is opened 8N1. Real ports keep theirs.
            if _errno(error) != errno.EINVAL or not _is_pty(self.port):
                raise
            link.bytesize, link.parity = serial.EIGHTBITS, serial.PARITY_NONE
            link.open()
        return link


def _deadline(ms: int) -> float:
    # Stop waiting a little early, so that raising and returning also fit in the caller's bound.
    budget = ms / 1000
    return time.monotonic() + max(budget - _MARGIN_S, budget / 2)


def _receive(link: Any, *, fd: int | None, until: float) -> bytes:
    """What arrives before `until`: at least one byte, or b"" when the time is up.

    The port is non-blocking (timeout 0, set before opening): changing pyserial's timeout on an open port
    re-applies every termios setting, which a Linux pty refuses for 7-bit or parity settings. So the wait is
    ours: select() on the port's descriptor, or a short poll for ports without one (rfc2217://, loop://).
    """
    while True:
        remaining = until - time.monotonic()
        if remaining <= 0:
            return b""
        if fd is not None:
            ready, _, _ = select.select([fd], [], [], remaining)
            if not ready:
                return b""
        data = link.read(max(1, link.in_waiting))
        if data:
            return data
        if fd is None:
            time.sleep(min(_POLL_S, remaining))


def _close_quietly(link: Any) -> None:
    try:
        link.close()
    except _PORT_ERRORS:
        pass


def _descriptor(link: Any) -> int | None:
    try:
        fd = link.fileno()
    except (AttributeError, OSError, ValueError):  # io.UnsupportedOperation is both
        return None
    return fd if isinstance(fd, int) and fd >= 0 else None


def _errno(error: BaseException | None) -> int | None:
    """The OS error number behind an error, looking through pyserial's re-raised wrappers."""
    seen = 0
    while error is not None and seen < 5:
        number = getattr(error, "errno", None)
        if number is None and error.args and isinstance(error.args[0], int):  # termios.error
            number = error.args[0]
        if isinstance(number, int):
            return number
        error, seen = error.__cause__ or error.__context__, seen + 1
    return None


def _is_pty(port: str) -> bool:
    major = getattr(os, "major", None)  # not on Windows, which has no ptys
    try:
        device = os.stat(port).st_rdev
    except (OSError, ValueError):
        return False
    return major is not None and 136 <= major(device) <= 143  # Linux's UNIX 98 pty slaves, /dev/pts/N


def _reason(error: BaseException) -> str:
    number = _errno(error)
    return os.strerror(number) if number is not None else str(error).rstrip(".")


def _advice(error: BaseException) -> str:
    number = _errno(error)
    if number in (1, 13):  # EPERM, EACCES
        return "give the till's user access to the port (on Linux, the dialout group)"
    if number == 16:  # EBUSY
        return "another program is using the port; close it"
    return "check that the scale is plugged in and switched on, and the port name"


class _Held:
    def __init__(self, lock: threading.Lock) -> None:
        self._lock = lock

    def __enter__(self) -> None:
        return None

    def __exit__(self, *exc: object) -> None:
        self._lock.release()


class _PendingOpen:
    """Opens a port in a helper thread, so a slow connect cannot hold the caller past its deadline."""

    def __init__(self, opener: Opener) -> None:
        self.done = threading.Event()
        self.link: Any = None
        self.error: BaseException | None = None
        self._abandoned = False
        self._guard = threading.Lock()
        threading.Thread(target=self._run, args=(opener,), name="scale-open", daemon=True).start()

    def _run(self, opener: Opener) -> None:
        try:
            link = opener()
        except Exception as error:  # reported to the caller as one sentence
            self.error = error
            self.done.set()
            return
        with self._guard:
            self.link = link
            if self._abandoned:
                _close_quietly(link)
        self.done.set()

    def abandon(self) -> None:
        with self._guard:
            self._abandoned = True
            if self.link is not None:
                _close_quietly(self.link)
