"""Cutting a serial scanner's byte stream into codes: pure, so every rule is tested without a port.

The rules:

- A code ends at CR or LF. CR, LF and CRLF (and LFCR) all give exactly one code, because an empty line
  is ignored rather than delivered.
- A code may contain printable ASCII (0x20-0x7E) and the GS1 group separator GS (0x1D). A line with any
  other byte is refused as a whole, with a reason naming the byte: such bytes almost always mean a wrong
  baud rate or line noise, and a code read with one wrong character could ring up the wrong product.
- A partial code is held until its line end arrives; if no byte arrives for `idle_ms` (default 1000 ms),
  it is dropped and reported. A scanner sends a whole code within a few milliseconds, so a fragment that
  old is the remains of a cut transmission, and glued to the front of the next code it would misread it.
- A line longer than `max_length` bytes is refused when it gets that long, and the rest of it up to the
  next line end is discarded, so a stream of noise cannot grow memory.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

DEFAULT_IDLE_MS = 1000
DEFAULT_MAX_LENGTH = 4096
_LINE_END = re.compile(rb"[\r\n]")
_ALLOWED = bytes([0x1D, *range(0x20, 0x7F)])


@dataclass(frozen=True)
class Code:
    text: str


@dataclass(frozen=True)
class Rejected:
    reason: str
    data: bytes  # what was refused (the first `max_length` bytes of it)


class LineFramer:
    """Feed it bytes as they arrive with the time they arrived; it returns what they completed."""

    def __init__(self, *, idle_ms: int | None = DEFAULT_IDLE_MS, max_length: int = DEFAULT_MAX_LENGTH) -> None:
        if idle_ms is not None and (type(idle_ms) is not int or idle_ms < 1):
            raise ValueError(f"idle_ms must be a whole number of milliseconds of at least 1, not {idle_ms!r}")
        if type(max_length) is not int or max_length < 1:
            raise ValueError(f"max_length must be a whole number of at least 1, not {max_length!r}")
        self.idle_ms = idle_ms
        self.max_length = max_length
        self._partial = bytearray()
        self._discarding = False  # inside an overlong line that was already refused
        self._last_at: int | None = None

    @property
    def pending(self) -> bool:
        return bool(self._partial) or self._discarding

    def feed(self, data: bytes, *, at_ms: int) -> list[Code | Rejected]:
        results: list[Code | Rejected] = list(self.tick(at_ms))
        if not data:
            return results
        self._last_at = at_ms
        pieces = _LINE_END.split(bytes(data))
        for index, piece in enumerate(pieces):
            complete = index < len(pieces) - 1
            if self._discarding:
                self._discarding = not complete
                continue
            self._partial += piece[:self.max_length + 1 - len(self._partial)]
            if len(self._partial) > self.max_length:
                results.append(Rejected(f"The scanner sent more than {self.max_length} characters without a "
                                        "line end; they were refused — set the scanner to end each code "
                                        "with CR or LF.", bytes(self._partial[:self.max_length])))
                self._partial.clear()
                self._discarding = not complete
            elif complete and self._partial:
                results.append(_decode(bytes(self._partial)))
                self._partial.clear()
        return results

    def tick(self, at_ms: int) -> list[Rejected]:
        """Drop a partial code that has waited longer than `idle_ms` for its line end."""
        if self.idle_ms is None or self._last_at is None or at_ms - self._last_at <= self.idle_ms:
            return []
        self._last_at = None
        self._discarding = False
        if not self._partial:
            return []
        dropped = bytes(self._partial)
        self._partial.clear()
        return [Rejected(f"The scanner sent {len(dropped)} characters but no line end within {self.idle_ms} ms; "
                         "they were dropped — set the scanner to end each code with CR or LF, then rescan.",
                         dropped)]


def _decode(line: bytes) -> Code | Rejected:
    stray = line.translate(None, _ALLOWED)
    if stray:
        return Rejected(f"The scanner sent byte 0x{stray[0]:02X}, which is not printable ASCII, in a code; the "
                        "code was refused — check that the scanner and the till use the same baud rate and "
                        "settings (9600 8N1 unless set otherwise), then rescan.", line)
    return Code(line.decode("ascii"))
