"""A scale protocol as data: serial defaults, what to send, and the pure parser of what comes back.

The adapter (`serial_scale.SerialScale`) is generic: it sends a protocol's request steps and feeds the bytes
it receives to the protocol's `parse`. `parse(buffer) -> (frames, rest)` is pure and incremental: give it
what has arrived so far, it returns the complete frames found and the bytes to keep for next time (a
partial frame). It never raises on garbage; it skips it.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace

from pos_app.hardware.errors import SettingError
from pos_app.hardware.scale.reading import Frame

Parser = Callable[[bytes], tuple[list[Frame], bytes]]

_LINE_ENDS = re.compile(rb"[\r\n]")


def parse_lines(buffer: bytes, line: Callable[[bytes], Frame | None], *, max_line: int = 64
                ) -> tuple[list[Frame], bytes]:
    """A Parser for protocols of text lines ended by CR, LF or CR LF: `line` judges each complete line (None
    to skip it). The unfinished tail is kept, trimmed to `max_line` bytes: a reply matches at a line's end,
    so only the tail can still become one, and garbage without line ends cannot grow the buffer."""
    lines = _LINE_ENDS.split(buffer)
    rest = lines.pop()
    frames = [frame for text in lines if (frame := line(text)) is not None]
    return frames, rest[-max_line:]


_PARITY = {"n": "N", "none": "N", "e": "E", "even": "E", "o": "O", "odd": "O", "m": "M", "mark": "M",
           "s": "S", "space": "S"}
_STOPBITS = ("1", "1.5", "2")


@dataclass(frozen=True)
class SerialSettings:
    baudrate: int = 9600
    bytesize: int = 8
    parity: str = "N"      # pyserial's letters: N, E, O, M, S
    stopbits: str = "1"    # "1", "1.5" or "2"

    def describe(self) -> str:
        parity = {"N": "no", "E": "even", "O": "odd", "M": "mark", "S": "space"}[self.parity]
        return f"{self.baudrate} baud, {self.bytesize} data bits, {parity} parity, {self.stopbits} stop bit" + \
            ("" if self.stopbits == "1" else "s")

    def with_overrides(self, **overrides: object) -> SerialSettings:
        """These settings with the given ones replaced (None keeps the default); bad values are SettingErrors."""
        given = {key: value for key, value in overrides.items() if value is not None}
        unknown = set(given) - {"baudrate", "bytesize", "parity", "stopbits"}
        if unknown:
            raise SettingError(f"Unknown scale setting {sorted(unknown)[0]!r}: use baudrate, bytesize, parity or "
                               "stopbits.")
        changes: dict[str, object] = {}
        if "baudrate" in given:
            changes["baudrate"] = _positive_int(given["baudrate"], what="baud rate", allowed=None)
        if "bytesize" in given:
            changes["bytesize"] = _positive_int(given["bytesize"], what="number of data bits", allowed=(5, 6, 7, 8))
        if "parity" in given:
            parity = _PARITY.get(str(given["parity"]).strip().lower())
            if parity is None:
                raise SettingError(f"Unknown parity {given['parity']!r}: use none, even, odd, mark or space.")
            changes["parity"] = parity
        if "stopbits" in given:
            stopbits = str(given["stopbits"]).strip()
            if stopbits not in _STOPBITS:
                raise SettingError(f"Unknown number of stop bits {given['stopbits']!r}: use 1, 1.5 or 2.")
            changes["stopbits"] = stopbits
        return replace(self, **changes)


def _positive_int(value: object, *, what: str, allowed: tuple[int, ...] | None) -> int:
    text = str(value).strip()
    if isinstance(value, bool) or not text.isdigit() or int(text) <= 0 or (allowed and int(text) not in allowed):
        choices = f": use one of {', '.join(map(str, allowed))}" if allowed else ": use a positive whole number"
        raise SettingError(f"Not a valid {what} {value!r}{choices}.")
    return int(text)


@dataclass(frozen=True)
class Step:
    """Bytes to send; if `expect` is set, wait (briefly) for that byte before the next step."""
    send: bytes
    expect: bytes | None = None


@dataclass(frozen=True)
class ScaleProtocol:
    name: str
    title: str
    settings: SerialSettings
    parse: Parser
    weigh: tuple[Step, ...]                 # empty: the scale sends by itself (continuous output)
    commands: Mapping[str, bytes] = field(default_factory=dict)   # "zero", "tare", "clear_tare"
    reports_net: bool = True                # False: its frames do not say net or gross

    @property
    def continuous(self) -> bool:
        return not self.weigh
