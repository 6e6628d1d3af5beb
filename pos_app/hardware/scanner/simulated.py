"""SimulatedScanner: the in-process twin for demos, tests and a till without a scanner (`simulated://`).

`scan(code)` delivers one code to the handler on the calling thread, at once. `send(data)` plays bytes as
a serial scanner would send them, through the same `LineFramer` rules, so a demo can show how line ends,
fragments and garbage are handled without a device.
"""
from __future__ import annotations

import time
from dataclasses import replace

from pos_app.hardware.errors import DeviceUnavailable, ProtocolError, SettingError
from pos_app.hardware.scanner.framing import Code, LineFramer
from pos_app.hardware.scanner.source import CodeHandler, ScannerState, ScannerStatus


class SimulatedScanner:
    def __init__(self, *, setting: str = "simulated://") -> None:
        self._setting = setting
        self._on_code: CodeHandler | None = None
        self._framer = LineFramer()
        self._status = ScannerStatus(state=ScannerState.STOPPED)

    @property
    def setting(self) -> str:
        return self._setting

    def start(self, on_code: CodeHandler) -> None:
        if self._on_code is not None:
            raise SettingError(f"Scanner {self._setting} is already started.")
        self._on_code = on_code
        self._framer = LineFramer()
        self._status = ScannerStatus(state=ScannerState.CONNECTED)

    def stop(self) -> None:
        self._on_code = None
        self._status = replace(self._status, state=ScannerState.STOPPED)

    def status(self) -> ScannerStatus:
        return self._status

    def scan(self, code: str) -> None:
        """Deliver `code` as if it had just been scanned."""
        if not isinstance(code, str) or not code or "\r" in code or "\n" in code:
            raise ProtocolError(f"A scanned code is one non-empty line of text, not {code!r}.")
        self._deliver(code)

    def send(self, data: bytes) -> None:
        """Play raw bytes as a serial scanner's transmission; complete codes are delivered, the rest held or
        refused exactly as `SerialScanner` would."""
        self._check_started(f"{bytes(data)[:20]!r}")
        for result in self._framer.feed(bytes(data), at_ms=time.monotonic_ns() // 1_000_000):
            if isinstance(result, Code):
                self._deliver(result.text)
            else:
                self._status = replace(self._status, rejected=self._status.rejected + 1, last_rejected=result.reason)

    def _deliver(self, code: str) -> None:
        self._check_started(repr(code))
        self._status = replace(self._status, codes=self._status.codes + 1)
        self._on_code(code)

    def _check_started(self, what: str) -> None:
        if self._on_code is None:
            raise DeviceUnavailable(f"Scanner {self._setting} is not started, so nothing would receive {what}.")
