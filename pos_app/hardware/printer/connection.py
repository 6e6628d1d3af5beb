"""What every printer transport offers, and the one deadline an attempt runs under.

A connection is one attempt: opened with a timeout, used for a status query and one job, closed. Everything
it does (connect, write, wait for the printer to take the bytes, read status) shares one deadline, so an
attempt never takes longer than the bound whatever the printer does. Serial lines add the time the bytes
need on the wire at the configured baud rate, which no printer can beat.

"Printed" means the transport accepted every byte and, where it can tell, the printer took them: ESC/POS
has no end-to-end acknowledgement except real-time status, so a job can still be lost inside a printer that
is switched off right after taking it. A job sent again after a failure mid-job may print twice in part.
"""
from __future__ import annotations

import time
from typing import Protocol, runtime_checkable

DEFAULT_TIMEOUT = 2.0


@runtime_checkable
class PrinterConnection(Protocol):
    """One open attempt at a printer. Methods raise HardwareError subclasses, never OSError or pyserial's."""

    url: str
    bidirectional: bool  # the printer can answer real-time status on this link

    def write(self, data: bytes) -> None:
        """Hand bytes to the transport within the deadline."""

    def read(self, size: int, *, timeout: float) -> bytes:
        """Up to `size` bytes the printer sent, waiting at most `timeout` (and never past the deadline);
        b"" when nothing came."""

    def finish(self) -> None:
        """End the job: wait, within the deadline, until the transport can tell the printer took the bytes.
        Raises when the printer dropped them. Nothing may be written after it."""

    def close(self) -> None:
        """Release the link. Never raises, never blocks past the deadline."""


class PrinterTarget(Protocol):
    """A parsed printer setting: what the print queue and the device commands open for each attempt."""

    kind: str

    def open(self, *, timeout: float = DEFAULT_TIMEOUT) -> PrinterConnection:
        """Connect within `timeout`; raises SettingError, DeviceUnavailable, DeviceTimeout or HardwareError."""


class Deadline:
    """A point in monotonic time shared by every step of one attempt."""

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self.at = time.monotonic() + seconds

    def remaining(self) -> float:
        return max(0.0, self.at - time.monotonic())

    def expired(self) -> bool:
        return time.monotonic() >= self.at

    def extend(self, seconds: float) -> None:
        self.at += seconds
        self.seconds += seconds


def seconds_text(seconds: float) -> str:
    """2.0 → "2 s", 0.3 → "0.3 s": how a bound reads in a sentence for the cashier."""
    if seconds >= 10 or abs(seconds - round(seconds)) < 0.05:
        return f"{round(seconds)} s"
    return f"{seconds:.1f} s"
