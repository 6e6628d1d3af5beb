"""Serial scanners through pyserial: any `serial_for_url` port, read on a thread of its own.

`SerialScanner` opens the port (a device path, COM3, socket://host:port, rfc2217://…, loop://), cuts what
arrives into codes with `LineFramer`, and calls the handler with each code from its reader thread — never the
UI thread. When the port cannot be opened or goes away (cable out, USB re-enumerated, TCP bridge restarted),
the thread reports it in `status()` and tries again every `reconnect_ms` until it is back or stopped; a code
cut in half by the disconnect is dropped and reported, never completed with the next code's bytes.
No pyserial or socket exception escapes: each becomes a one-sentence status error. pyserial empties the
input when it opens a port, so bytes sent before the status turns CONNECTED are lost (that code is rescanned).
"""
from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from dataclasses import replace

import serial

from pos_app.hardware.errors import SettingError
from pos_app.hardware.scanner.framing import DEFAULT_IDLE_MS, Code, LineFramer, Rejected
from pos_app.hardware.scanner.source import CodeHandler, ScannerState, ScannerStatus

log = logging.getLogger(__name__)

DEFAULT_RECONNECT_MS = 1000
# pyserial wants 1.5 stop bits as its own constant; keep settings as text and map them here.
STOPBITS = {"1": serial.STOPBITS_ONE, "1.5": serial.STOPBITS_ONE_POINT_FIVE, "2": serial.STOPBITS_TWO}
PARITIES = {"N": serial.PARITY_NONE, "E": serial.PARITY_EVEN, "O": serial.PARITY_ODD,
            "M": serial.PARITY_MARK, "S": serial.PARITY_SPACE}
_POLL_S = 0.05  # how long one read waits: bounds how late an idle partial is dropped and how long stop takes


def _now_ms() -> int:
    return time.monotonic_ns() // 1_000_000


class SerialScanner:
    def __init__(self, port: str, *, baudrate: int = 9600, bytesize: int = 8, parity: str = "N",
                 stopbits: str = "1", idle_ms: int | None = DEFAULT_IDLE_MS,
                 reconnect_ms: int = DEFAULT_RECONNECT_MS,
                 on_status: Callable[[ScannerStatus], None] | None = None, setting: str | None = None) -> None:
        self._setting = setting or port
        if parity not in PARITIES:
            raise SettingError(f"Scanner {self._setting}: parity must be one of {', '.join(PARITIES)}, not {parity!r}.")
        if stopbits not in STOPBITS:
            raise SettingError(f"Scanner {self._setting}: stop bits must be one of {', '.join(STOPBITS)}, "
                               f"not {stopbits!r}.")
        for name, value in (("baudrate", baudrate), ("reconnect_ms", reconnect_ms)):
            if type(value) is not int or value < 1:
                raise SettingError(f"Scanner {self._setting}: {name} must be a whole number of at least 1, "
                                   f"not {value!r}.")
        self.port = port
        self._options = {"baudrate": baudrate, "bytesize": bytesize, "parity": PARITIES[parity],
                         "stopbits": STOPBITS[stopbits], "timeout": _POLL_S}
        try:
            LineFramer(idle_ms=idle_ms)
            self._make_port()  # checks the URL's protocol and the line settings without opening anything
        except (ValueError, serial.SerialException) as exc:
            raise SettingError(f"Scanner setting {self._setting!r} cannot be used: {exc}.") from None
        self.idle_ms = idle_ms
        self.reconnect_ms = reconnect_ms
        self._on_status = on_status
        self._on_code: CodeHandler | None = None
        self._lock = threading.Lock()
        self._status = ScannerStatus(state=ScannerState.STOPPED)
        self._stopping = threading.Event()  # replaced at each start, so a late old reader never sees it cleared
        self._thread: threading.Thread | None = None

    @property
    def setting(self) -> str:
        return self._setting

    def status(self) -> ScannerStatus:
        return self._status

    def start(self, on_code: CodeHandler) -> None:
        with self._lock:
            if self._thread is not None:
                raise SettingError(f"Scanner {self._setting} is already started.")
            self._on_code = on_code
            self._stopping = threading.Event()
            self._status = ScannerStatus(state=ScannerState.DISCONNECTED)
            self._thread = threading.Thread(target=self._run, args=(self._stopping,), daemon=True,
                                            name=f"scanner {self._setting}")
            self._thread.start()

    def stop(self) -> None:
        """Stop and wait for the reader to let go of the port (at most one read poll or connect attempt)."""
        with self._lock:
            thread, self._thread = self._thread, None
            self._stopping.set()
        if thread is None:
            return
        if thread is not threading.current_thread():
            thread.join()
        self._update(state=ScannerState.STOPPED)

    def __enter__(self) -> SerialScanner:
        return self

    def __exit__(self, *_exc) -> None:
        self.stop()

    # -- the reader thread -------------------------------------------------------------------------------
    def _make_port(self) -> serial.SerialBase:
        return serial.serial_for_url(self.port, do_not_open=True, **self._options)

    def _run(self, stopping: threading.Event) -> None:
        while not stopping.is_set():
            try:
                port = self._make_port()
                port.open()
            except (serial.SerialException, OSError, ValueError) as exc:
                self._update(state=ScannerState.DISCONNECTED,
                             last_error=f"Scanner on {self.port} cannot be opened ({_reason(exc)}); "
                                        f"retrying every {self.reconnect_ms} ms.")
                stopping.wait(self.reconnect_ms / 1000)
                continue
            framer = LineFramer(idle_ms=self.idle_ms)
            self._update(state=ScannerState.CONNECTED)
            try:
                self._read(port, framer, stopping=stopping)
            except Exception as exc:  # the reader must outlive anything the port does, so each is a disconnect
                if not isinstance(exc, (serial.SerialException, OSError, ValueError)):
                    log.exception("Scanner %s: unexpected error while reading", self._setting)
                self._update(state=ScannerState.DISCONNECTED,
                             last_error=f"Scanner on {self.port} was disconnected ({_reason(exc)}); reconnecting.")
                if framer.pending:
                    self._reject(Rejected("The scanner was disconnected in the middle of a code; it was dropped "
                                          "— rescan.", b""))
                stopping.wait(self.reconnect_ms / 1000)
            finally:
                try:
                    port.close()
                except (serial.SerialException, OSError):
                    pass  # the device is already gone; nothing left to release

    def _read(self, port: serial.SerialBase, framer: LineFramer, *, stopping: threading.Event) -> None:
        while not stopping.is_set():
            data = port.read(1)  # waits at most _POLL_S
            if data:
                waiting = port.in_waiting
                if waiting:
                    data += port.read(waiting)
            for result in framer.feed(data, at_ms=_now_ms()):
                if isinstance(result, Code):
                    self._deliver(result.text)
                else:
                    self._reject(result)

    def _deliver(self, code: str) -> None:
        with self._lock:
            self._status = replace(self._status, codes=self._status.codes + 1)
        handler = self._on_code
        if handler is None:
            return
        try:
            handler(code)
        except Exception:  # a handler's bug must not kill the reader and with it every later scan
            log.exception("Scanner %s: the code handler failed on %r", self._setting, code)

    def _reject(self, rejected: Rejected) -> None:
        log.warning("Scanner %s: %s (%r)", self._setting, rejected.reason, rejected.data[:64])
        self._change(lambda s: replace(s, last_rejected=rejected.reason, rejected=s.rejected + 1))

    def _update(self, *, state: ScannerState, last_error: str | None = None) -> None:
        self._change(lambda s: replace(s, state=state, last_error=s.last_error if last_error is None else last_error))

    def _change(self, change: Callable[[ScannerStatus], ScannerStatus]) -> None:
        """Apply a status change and tell `on_status` (from the calling thread), unless nothing changed."""
        with self._lock:
            old = self._status
            new = self._status = change(old)
        if new == old or self._on_status is None:
            return
        try:
            self._on_status(new)
        except Exception:
            log.exception("Scanner %s: the status handler failed", self._setting)


def _reason(exc: BaseException) -> str:
    text = str(exc).strip().rstrip(".")
    return text or type(exc).__name__
