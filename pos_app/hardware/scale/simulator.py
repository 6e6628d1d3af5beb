"""A simulated scale: its state, the protocol-speaking responder, and `SimulatedScale`, the in-process twin.

`ScaleState` is what is on the platter (typed like a cashier would: `1.234`, `moving`, `over`, `under`, `0`,
`zero`, `tare`, `clear`). `Responder` is pure protocol: request bytes in, reply bytes out, given the state —
the pty and TCP servers (`sim_server`) and the in-process twin all use it, so the simulator speaks exactly
the bytes the parsers read. `SimulatedScale` is a `SerialScale` whose port is an in-memory link to a
responder: the till and the tests use the real adapter code with no port at all.
"""
from __future__ import annotations

import threading
from dataclasses import dataclass

from pos_app.core.errors import InvalidInput
from pos_app.core.decimals import parse_decimal, scaled
from pos_app.core.quantity import format_quantity
from pos_app.hardware.errors import SettingError
from pos_app.hardware.scale import cas, sics, toledo8217
from pos_app.hardware.scale.reading import ScaleReading, ScaleStatus
from pos_app.hardware.scale.registry import protocol_named
from pos_app.hardware.scale.serial_scale import SerialScale

CAPACITY_GRAMS = 30_000
COMMANDS_HELP = ("type a weight in kg (1.234, or 250g), moving, still, over, under, 0, zero, tare, clear, "
                 "status, exit")


@dataclass
class _Platter:
    load: int = 0          # grams on the platter, as typed
    zero_offset: int = 0   # set by zeroing
    tare: int = 0          # set by taring
    moving: bool = False
    over: bool = False
    under: bool = False


class ScaleState:
    """Thread-safe: the console, a script and the serving thread all touch it. `version` counts changes."""

    def __init__(self, *, grams: int = 0, capacity: int = CAPACITY_GRAMS) -> None:
        self._lock = threading.Lock()
        self._platter = _Platter(load=grams)
        self.capacity = capacity
        self.version = 0

    def reading(self) -> ScaleReading:
        with self._lock:
            p = self._platter
            gross = p.load - p.zero_offset
            shown = gross - p.tare
            net = p.tare != 0
            if p.over or gross > self.capacity:
                return ScaleReading(status=ScaleStatus.OVER, net=net)
            if p.under:
                return ScaleReading(status=ScaleStatus.UNDER, net=net)
            if p.moving:
                return ScaleReading(status=ScaleStatus.MOVING, grams=shown, net=net)
            return ScaleReading(status=ScaleStatus.UNDER if shown < 0 else ScaleStatus.OK, grams=shown, net=net)

    def put(self, grams: int) -> None:
        """Something weighing `grams` now lies still on the platter."""
        self._change(load=grams, moving=False, over=False, under=False)

    def set_moving(self, moving: bool = True) -> None:
        self._change(moving=moving)

    def set_over(self) -> None:
        self._change(over=True, under=False)

    def set_under(self) -> None:
        self._change(under=True, over=False)

    def zero(self) -> bool:
        """Take the present load as zero; refused (False) while moving or out of range, like a real scale."""
        with self._lock:
            p = self._platter
            if p.moving or p.over or p.under:
                return False
            p.zero_offset, p.tare = p.load, 0
            self.version += 1
            return True

    def tare(self) -> int | None:
        """Take the present gross weight as tare (an empty platter clears it); None if refused."""
        with self._lock:
            p = self._platter
            if p.moving or p.over or p.under:
                return None
            p.tare = max(0, p.load - p.zero_offset)
            self.version += 1
            return p.tare

    def clear_tare(self) -> bool:
        with self._lock:
            if self._platter.moving:
                return False
            self._platter.tare = 0
            self.version += 1
            return True

    def apply(self, text: str) -> str:
        """One typed command; returns what to show. Unknown or bad input is a message, never an exception."""
        word = text.strip().lower()
        actions = {"moving": lambda: self.set_moving(True), "move": lambda: self.set_moving(True),
                   "still": lambda: self.set_moving(False), "stable": lambda: self.set_moving(False),
                   "over": self.set_over, "under": self.set_under}
        if word in actions:
            actions[word]()
        elif word == "zero":
            if not self.zero():
                return "Zero refused (moving, over or under). " + self.describe()
        elif word == "tare":
            if self.tare() is None:
                return "Tare refused (moving, over or under). " + self.describe()
        elif word == "clear":
            self.clear_tare()
        elif word in ("status", ""):
            pass
        else:
            try:
                self.put(parse_weight(word))
            except SettingError as error:
                return f"{error} Commands: {COMMANDS_HELP}."
        return self.describe()

    def describe(self) -> str:
        reading = self.reading()
        weight = "" if reading.grams is None else f" {format_quantity(reading.grams)} kg"
        return f"Scale: {reading.status.value}{weight}{' net' if reading.net else ''}"

    def _change(self, **fields: object) -> None:
        with self._lock:
            for name, value in fields.items():
                setattr(self._platter, name, value)
            self.version += 1


def parse_weight(text: str) -> int:
    """'1.234' (kg), '1.234kg' or '250g' → grams; finer than a gram is refused."""
    word = text.strip().lower()
    unit_grams, number = (1, word[:-1]) if word.endswith("g") and not word.endswith("kg") else \
        (1000, word.removesuffix("kg"))
    try:
        grams = scaled(parse_decimal(number, what="weight"), factor=unit_grams, what="weight", text=text)
    except InvalidInput:
        raise SettingError(f"Not a weight or a command: {text.strip()!r}.") from None
    if grams != grams.to_integral_value():
        raise SettingError(f"{text.strip()} is finer than a gram.")
    return int(grams)


class Responder:
    """The scale's side of a protocol: `feed(request bytes) -> reply bytes`, given a `ScaleState`.

    Continuous protocols answer nothing; their server calls `frame()` once per output cycle.
    """

    def __init__(self, *, protocol: str, state: ScaleState) -> None:
        self.protocol = protocol_named(protocol)
        self.state = state
        self._pending = b""

    @property
    def continuous(self) -> bool:
        return self.protocol.continuous

    def frame(self) -> bytes:
        return cas.encode(self.state.reading())

    def feed(self, data: bytes) -> bytes:
        handler = {"toledo8217": self._toledo, "sics": self._sics, "cas-ecr": self._cas_ecr}.get(self.protocol.name)
        return b"" if handler is None else handler(data)

    def _toledo(self, data: bytes) -> bytes:
        replies = []
        for byte in data:
            command = bytes([byte & 0x7F])
            if command == b"W":
                replies.append(toledo8217.encode(self.state.reading()))
            elif command in (b"Z", b"T", b"C"):
                done = {b"Z": self.state.zero, b"T": self.state.tare, b"C": self.state.clear_tare}[command]()
                replies.append(self._toledo_status(refused=done is None or done is False))
        return b"".join(replies)

    def _toledo_status(self, *, refused: bool) -> bytes:
        reading = self.state.reading()
        bits = {ScaleStatus.MOVING: toledo8217.MOTION, ScaleStatus.OVER: toledo8217.OVER,
                ScaleStatus.UNDER: toledo8217.UNDER}.get(reading.status, 0)
        if refused and not bits:
            bits = toledo8217.MOTION
        return toledo8217.encode_status(bits | (toledo8217.NET if reading.net else 0))

    def _sics(self, data: bytes) -> bytes:
        self._pending += data
        *lines, self._pending = self._pending.replace(b"\r", b"").split(b"\n")
        self._pending = self._pending[-64:]
        return b"".join(self._sics_line(line.strip().upper()) for line in lines if line.strip())

    def _sics_line(self, line: bytes) -> bytes:
        reading = self.state.reading()
        if line in (b"SI", b"S"):
            if line == b"S" and reading.status is ScaleStatus.MOVING:
                return b"S I\r\n"  # a real balance would wait for stability; the simulator does not
            return sics.encode(reading)
        if line in (b"Z", b"ZI"):
            return sics.encode_answer(line.decode(), "A" if self.state.zero() else "I")
        if line in (b"T", b"TI"):
            tare = self.state.tare()
            return sics.encode_answer(line.decode(), "I") if tare is None else \
                sics.encode_answer(line.decode(), "S", grams=tare)
        if line == b"TAC":
            return sics.encode_answer("TAC", "A" if self.state.clear_tare() else "I")
        if line == b"@":
            return b'I4 A "FRESHTILL-SIM"\r\n'
        return b"ES\r\n"

    def _cas_ecr(self, data: bytes) -> bytes:
        replies = []
        for byte in data:
            if byte == cas.ENQ[0]:
                replies.append(cas.ACK)
            elif byte == cas.DC2[0]:
                replies.append(cas.encode_ecr(self.state.reading()))
        return b"".join(replies)


class SimLink:
    """An in-memory port to a responder, with the few pyserial methods `SerialScale` uses."""

    def __init__(self, responder: Responder) -> None:
        self._responder = responder
        self._buffer = b""
        self.timeout: float | None = None
        self.is_open = True
        self.cut = False  # the cable was pulled: every use fails as on a lost port

    @property
    def in_waiting(self) -> int:
        return len(self._buffer)

    def reset_input_buffer(self) -> None:
        self._check()
        self._buffer = b""

    def write(self, data: bytes) -> int:
        self._check()
        self._buffer += self._responder.feed(bytes(data))
        return len(data)

    def read(self, size: int = 1) -> bytes:
        self._check()
        if not self._buffer and self._responder.continuous:
            self._buffer = self._responder.frame()  # the next output cycle comes at once
        data, self._buffer = self._buffer[:size], self._buffer[size:]
        return data

    def close(self) -> None:
        self.is_open = False

    def _check(self) -> None:
        if self.cut:
            raise OSError(5, "Input/output error")


class SimulatedScale(SerialScale):
    """The in-process twin: the real adapter over an in-memory link; `state` is the platter.

    `unplug()` makes every call fail as a lost port does until `plug_in()`, to exercise reconnect handling.
    """

    def __init__(self, *, protocol: str = "toledo8217", state: ScaleState | None = None, port: str = "sim://") -> None:
        self.state = state or ScaleState()
        self._responder = Responder(protocol=protocol, state=self.state)
        self._plugged = True
        self._links: list[SimLink] = []
        super().__init__(port=port, protocol=self._responder.protocol, opener=self._open_link)

    def unplug(self) -> None:
        self._plugged = False
        for link in self._links:
            link.cut = True

    def plug_in(self) -> None:
        self._plugged = True

    def _open_link(self) -> SimLink:
        if not self._plugged:
            raise OSError(2, "No such file or directory")
        self._links = [SimLink(self._responder)]
        return self._links[0]
