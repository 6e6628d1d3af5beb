"""SimulatedPrinter: the `dummy://NAME` printer, kept in memory, for the demo, tests and a till without
hardware. It answers real-time status like an Epson TM in the state it is set to, and keeps a job's bytes
only once the job is finished, as a real printer only prints what it received whole.

`dummy://NAME?state=paper_out` starts it in a state; `SimulatedPrinter.named(NAME).state = ...` changes it
while the till runs. State `unreachable` refuses connections, `unknown` never answers status.
"""
from __future__ import annotations

import threading
from typing import ClassVar

from pos_app.hardware.errors import DeviceUnavailable
from pos_app.hardware.printer.connection import Deadline
from pos_app.hardware.printer.printer_status import FRAME_BITS, PrinterState

# Answers to DLE EOT 1, 2, 4 in each state (fixed frame bits 0x12 plus the state's bits).
ANSWERS: dict[PrinterState, tuple[int, int, int]] = {
    PrinterState.ONLINE: (FRAME_BITS, FRAME_BITS, FRAME_BITS),
    PrinterState.PAPER_NEAR_END: (FRAME_BITS, FRAME_BITS, FRAME_BITS | 0x0C),
    PrinterState.PAPER_OUT: (FRAME_BITS | 0x08, FRAME_BITS | 0x20, FRAME_BITS | 0x6C),
    PrinterState.COVER_OPEN: (FRAME_BITS | 0x08, FRAME_BITS | 0x04, FRAME_BITS),
    PrinterState.OFFLINE: (FRAME_BITS | 0x08, FRAME_BITS | 0x40, FRAME_BITS),
}
QUERIES = {b"\x10\x04\x01": 0, b"\x10\x04\x02": 1, b"\x10\x04\x04": 2}


class SimulatedPrinter:
    _registry: ClassVar[dict[str, SimulatedPrinter]] = {}
    _registry_lock: ClassVar[threading.Lock] = threading.Lock()

    def __init__(self, name: str, *, state: PrinterState = PrinterState.ONLINE) -> None:
        self.name = name
        self.state = state
        self.jobs: list[bytes] = []
        self._lock = threading.Lock()

    @classmethod
    def named(cls, name: str, *, initial_state: PrinterState | None = None) -> SimulatedPrinter:
        """The one simulated printer of that name in this process, created in `initial_state` (online by
        default) the first time it is asked for."""
        with cls._registry_lock:
            printer = cls._registry.get(name)
            if printer is None:
                printer = cls._registry[name] = cls(name, state=initial_state or PrinterState.ONLINE)
            return printer

    @property
    def output(self) -> bytes:
        """Everything printed so far, in order."""
        with self._lock:
            return b"".join(self.jobs)

    def clear(self) -> None:
        with self._lock:
            self.jobs.clear()

    def connect(self, *, url: str, timeout: float) -> SimulatedConnection:
        if self.state is PrinterState.UNREACHABLE:
            raise DeviceUnavailable(f"The simulated printer {url} is set to unreachable: set it back to online.")
        return SimulatedConnection(self, url=url, deadline=Deadline(timeout))

    def _keep(self, job: bytes) -> None:
        with self._lock:
            self.jobs.append(job)


class SimulatedConnection:
    bidirectional = True

    def __init__(self, printer: SimulatedPrinter, *, url: str, deadline: Deadline) -> None:
        self.url = url
        self._printer = printer
        self._deadline = deadline
        self._job = bytearray()
        self._answers = bytearray()

    def write(self, data: bytes) -> None:
        index = QUERIES.get(bytes(data))
        if index is None:
            self._job += data
        elif self._printer.state in ANSWERS:
            self._answers.append(ANSWERS[self._printer.state][index])

    def read(self, size: int, *, timeout: float) -> bytes:
        answer, self._answers = bytes(self._answers[:size]), self._answers[size:]
        return answer

    def finish(self) -> None:
        if self._job:
            self._printer._keep(bytes(self._job))
        self._job = bytearray()

    def close(self) -> None:
        self._job = bytearray()
