"""Mettler Toledo 8217 ("Toledo ECR") protocol: pure frame encoding and parsing.

9600 baud, 7 data bits, even parity, 1 stop bit. One-byte commands, no terminator:
  `W` weight request, `Z` zero, `T` tare, `C` clear tare.
Replies are framed STX … CR:
  weight  `STX WW.WWW [N] CR`  kilograms with three decimals, e.g. b"\\x0201.234\\r" = 1.234 kg; an `N`
          before CR marks a net weight (tare active). Sent only when the weight is stable.
  status  `STX ? <status> CR`  instead of a weight when moving, over capacity or under zero, and as the
          answer to Z, T and C. Status bits: 0 motion, 1 over capacity, 2 under zero, 3 outside zero-capture
          range, 4 centre of zero, 5 net; bit 6 is always set, so the idle status is `@` (0x40).
Pounds (`0WW.WW`, two decimals) are recognised and refused with a clear reading (status ERROR): 0.01 lb is
4.5359237 g, which no whole number of grams can represent, and converting would be rounding in disguise.
Preset tare (`TWWWWW`) is not used.
"""
from __future__ import annotations

import re
from dataclasses import replace

from pos_app.hardware.scale.protocol import ScaleProtocol, SerialSettings, Step
from pos_app.hardware.scale.reading import (Frame, ScaleReading, ScaleReply, ScaleStatus, unusable_weight,
                                            weighed, weight_grams)

STX, CR = b"\x02", b"\r"
MOTION, OVER, UNDER, NET, ALWAYS = 0x01, 0x02, 0x04, 0x20, 0x40
MAX_GRAMS = 99_999  # WW.WWW
_MAX_FRAME = 16
_WEIGHT = re.compile(rb" *([0-9]{1,3}\.[0-9]{2,3})(N?)")


def parse(buffer: bytes) -> tuple[list[Frame], bytes]:
    frames: list[Frame] = []
    position = 0
    while True:
        start = buffer.find(STX, position)
        if start < 0:
            return frames, b""
        end = buffer.find(CR, start + 1)
        if end < 0:
            rest = buffer[start:]
            # A start byte with no end in sight is noise: drop it rather than grow without bound.
            return frames, rest if len(rest) <= _MAX_FRAME else b""
        body = buffer[start + 1:end]
        restart = body.rfind(STX)
        if restart >= 0:  # an earlier frame was cut off: only the last start counts
            body = body[restart + 1:]
        frame = _frame(body)
        if frame is not None:
            frames.append(frame)
        position = end + 1


def _frame(body: bytes) -> Frame | None:
    if len(body) == 2 and body[:1] == b"?":
        return _status(body[1])
    match = _WEIGHT.fullmatch(body)
    if match is None:
        return None
    text = match.group(1).decode("ascii")
    net = match.group(2) == b"N"
    if len(text.rsplit(".", 1)[1]) == 2:
        return replace(unusable_weight(text=text, unit="lb"), net=net)
    grams = weight_grams(text, unit="kg")
    return None if grams is None else weighed(status=ScaleStatus.OK, grams=grams, net=net)


def _status(byte: int) -> Frame | None:
    if not byte & ALWAYS:
        return None
    net = bool(byte & NET)
    for bit, status in ((OVER, ScaleStatus.OVER), (UNDER, ScaleStatus.UNDER), (MOTION, ScaleStatus.MOVING)):
        if byte & bit:
            return ScaleReading(status=status, net=net)
    return ScaleReply(ok=True, detail=f"status {byte:#04x}")


def encode(reading: ScaleReading) -> bytes:
    """The scale's reply to `W` for this reading (the simulator's side)."""
    if reading.status is ScaleStatus.OK and reading.grams is not None and 0 <= reading.grams <= MAX_GRAMS:
        kg, grams = divmod(reading.grams, 1000)
        return STX + f"{kg:02d}.{grams:03d}".encode() + (b"N" if reading.net else b"") + CR
    bits = {ScaleStatus.MOVING: MOTION, ScaleStatus.OVER: OVER, ScaleStatus.UNDER: UNDER}.get(reading.status)
    if bits is None:
        raise ValueError(f"Toledo 8217 cannot send {reading}.")
    return encode_status(bits | (NET if reading.net else 0))


def encode_status(bits: int) -> bytes:
    return STX + b"?" + bytes([ALWAYS | bits]) + CR


PROTOCOL = ScaleProtocol(
    name="toledo8217", title="Mettler Toledo 8217",
    settings=SerialSettings(baudrate=9600, bytesize=7, parity="E", stopbits="1"),
    parse=parse, weigh=(Step(b"W"),), commands={"zero": b"Z", "tare": b"T", "clear_tare": b"C"})
