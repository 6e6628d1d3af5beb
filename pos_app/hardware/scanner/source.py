"""What every barcode scanner offers the till: `BarcodeSource`, and the status it reports.

A source delivers each complete code, as text, to the handler given to `start`. Which thread calls the
handler depends on the source and is part of its contract: a serial scanner calls it from its own reader
thread (never the UI thread, so the window must hand the code over to its UI thread itself); a keyboard
wedge calls it from whoever feeds it keys; the simulator from whoever calls `scan`. A handler that wants
a queue instead passes `queue.put`.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum
from typing import Protocol, runtime_checkable

CodeHandler = Callable[[str], None]


class ScannerState(str, Enum):
    STOPPED = "stopped"            # not started, or stopped
    CONNECTED = "connected"        # codes can arrive
    DISCONNECTED = "disconnected"  # started, but the device cannot be reached right now; retrying


@dataclass(frozen=True)
class ScannerStatus:
    state: ScannerState
    last_error: str | None = None     # why the device was last unreachable, one sentence
    last_rejected: str | None = None  # why the last thing the device sent was not delivered as a code
    codes: int = 0                    # codes delivered since start
    rejected: int = 0                 # transmissions refused since start

    @property
    def connected(self) -> bool:
        return self.state is ScannerState.CONNECTED


@runtime_checkable
class BarcodeSource(Protocol):
    """A scanner the till can start, stop and ask how it is doing."""

    @property
    def setting(self) -> str:
        """The setting string the source was opened from, for status lines and error messages."""
        ...

    def start(self, on_code: CodeHandler) -> None:
        """Begin delivering codes to `on_code`. Starting a started source is an error."""
        ...

    def stop(self) -> None:
        """Stop delivering codes and release the device; stopping twice is harmless."""
        ...

    def status(self) -> ScannerStatus:
        ...
