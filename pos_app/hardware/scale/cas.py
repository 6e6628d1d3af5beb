"""CAS scales: continuous output ("cas") and the ECR request mode ("cas-ecr"), pure encoding and parsing.

Continuous output (`cas`, 9600 8N1): the indicator sends a line for every weighing cycle, unasked:
    <state>,<kind>,[<id><lamp>,]<data><unit> CR LF
  state `ST` stable, `US` unstable, `OL` overload; kind `GS` gross, `NT` net; data 8 characters, sign and
  right-aligned value (e.g. `+  1.234`), unit `kg` (also `g`, `t`; a blank may precede it). The 18-byte form,
  b"ST,GS,+  1.234kg\\r\\n", and the 22-byte form with a device id byte and a lamp status byte
  (b"ST,GS,1\\xc4,+  1.234 kg\\r\\n") are both read. The adapter sends nothing; it discards what arrived before
  the read began and takes the next complete line, so a weight already on the platter is read at once.

ECR request mode (`cas-ecr`, 9600 7E1), the exchange and data block of CAS's ECR interfaces (PD-II manual
§3.1.3/§3.1.6, the same block as other CAS-compatible price-computing scales):
    host ENQ (0x05) → scale ACK (0x06); host DC2 (0x12) → scale:
    SOH STX <sta> <sign> <w5 w4 w3 w2 w1 w0> <u1 u0> <bcc> ETX EOT
  sta `S` stable / `U` unstable; sign ` ` zero or positive, `-` negative, `F` overload (the six weight bytes
  are then `F`); weight six characters with the decimal point, kilograms `WW.WWW` (e.g. `01.234`); unit `kg`
  (any case; `lb` is refused as not whole grams). bcc is the XOR of the ten bytes from sta to u0 (STX and ETX
  excluded); a block whose bcc does not match is dropped. Example, 1.234 kg stable:
    01 02 53 20 30 31 2E 32 33 34 6B 67 65 03 04
  Blocks that are not weight blocks (a scale that answers DC2 with price blocks too) are skipped. Some PD-II
  modes ACK only after DC2; the adapter waits briefly for the ACK and sends DC2 anyway, so both work.
  Neither CAS mode carries a remote zero or tare: those are keys on the scale.
"""
from __future__ import annotations

import re
from functools import reduce

from pos_app.hardware.scale.protocol import ScaleProtocol, SerialSettings, Step, parse_lines
from pos_app.hardware.scale.reading import Frame, ScaleReading, ScaleStatus, unusable_weight, weight_grams

SOH, STX, ETX, EOT, ENQ, ACK, DC2 = b"\x01", b"\x02", b"\x03", b"\x04", b"\x05", b"\x06", b"\x12"
_MAX_LINE = 64
_LINE = re.compile(rb"(?P<state>ST|US|OL),(?P<kind>GS|NT),(?:[^,\r\n]{2},)?(?P<sign>[+\- ]?)"
                   rb"(?P<value> {0,8}[0-9]{0,8}\.?[0-9]{1,8}) ?(?P<unit>kg|g|t|lb)\Z")
_OVERLOAD = re.compile(rb"OL,(?P<kind>GS|NT),[^\r\n]{0,14}\Z")
_BLOCK = 12  # sta sign w×6 u×2 bcc ETX, after STX
_ECR_VALUE = re.compile(rb" *[0-9]{0,5}\.?[0-9]{1,5}")


def parse(buffer: bytes) -> tuple[list[Frame], bytes]:
    """Continuous output lines."""
    return parse_lines(buffer, _line, max_line=_MAX_LINE)


def _line(line: bytes) -> Frame | None:
    match = _LINE.search(line)
    if match is None:
        overload = _OVERLOAD.search(line)
        return None if overload is None else \
            ScaleReading(status=ScaleStatus.OVER, net=overload.group("kind") == b"NT")
    net = match.group("kind") == b"NT"
    unit = match.group("unit").decode("ascii")
    if match.group("state") == b"OL":
        return ScaleReading(status=ScaleStatus.OVER, net=net, unit=unit)
    text = match.group("value").decode("ascii").strip()
    if match.group("sign") == b"-":
        text = "-" + text
    grams = weight_grams(text, unit=unit)
    if grams is None:
        return unusable_weight(text=text, unit=unit)
    status = ScaleStatus.OK if match.group("state") == b"ST" else ScaleStatus.MOVING
    if match.group("sign") == b"-" and status is ScaleStatus.OK:
        status = ScaleStatus.UNDER  # even "-0.000": the indicator shows a minus, the platter is below zero
    return ScaleReading(status=status, grams=grams, net=net, unit=unit)


def encode(reading: ScaleReading, *, device_id: bytes | None = None) -> bytes:
    """A continuous-output line for this reading; with `device_id`, the 22-byte form."""
    state = {ScaleStatus.OK: b"ST", ScaleStatus.MOVING: b"US", ScaleStatus.OVER: b"OL",
             ScaleStatus.UNDER: b"ST"}.get(reading.status)
    if state is None or reading.unit != "kg":
        raise ValueError(f"CAS continuous output cannot send {reading}.")
    grams = reading.grams or 0
    if reading.status is ScaleStatus.UNDER or grams < 0:
        sign = b"-"
    else:
        sign = b"+"
    kind = b"NT" if reading.net else b"GS"
    ident = b"" if device_id is None else device_id + b"\xc4,"  # lamp byte: bit 7 set, stable/gross lamps
    blank = b"" if device_id is None else b" "
    return state + b"," + kind + b"," + ident + sign + _kg_text(abs(grams)).rjust(7) + blank + b"kg\r\n"


def _kg_text(grams: int) -> bytes:
    kg, rest = divmod(grams, 1000)
    return f"{kg}.{rest:03d}".encode()


def bcc(data: bytes) -> int:
    return reduce(lambda acc, byte: acc ^ byte, data, 0)


def parse_ecr(buffer: bytes) -> tuple[list[Frame], bytes]:
    """ECR weight blocks; everything else (ACK, SOH, EOT, price blocks, noise) is skipped."""
    frames: list[Frame] = []
    position = 0
    while True:
        start = buffer.find(STX, position)
        if start < 0:
            return frames, b""
        if len(buffer) - start - 1 < _BLOCK:
            return frames, buffer[start:]
        block = buffer[start + 1:start + 1 + _BLOCK]
        frame = _ecr_block(block)
        if frame is None:
            position = start + 1
            continue
        frames.append(frame)
        position = start + 1 + _BLOCK


def _ecr_block(block: bytes) -> Frame | None:
    data, check, end = block[:10], block[10], block[11:12]
    if end != ETX or bcc(data) != check or data[:1] not in (b"S", b"U"):
        return None
    sign, weight, unit = data[1:2], data[2:8], data[8:10].decode("latin-1").lower()
    if sign == b"F":
        return ScaleReading(status=ScaleStatus.OVER, unit=unit)
    if sign not in (b" ", b"-") or _ECR_VALUE.fullmatch(weight) is None:
        return None
    text = ("-" if sign == b"-" else "") + weight.decode("ascii").strip()
    grams = weight_grams(text, unit=unit)
    if grams is None:
        return unusable_weight(text=text, unit=unit)
    status = ScaleStatus.OK if data[:1] == b"S" else ScaleStatus.MOVING
    if sign == b"-" and status is ScaleStatus.OK:
        status = ScaleStatus.UNDER
    return ScaleReading(status=status, grams=grams, unit=unit)


def encode_ecr(reading: ScaleReading) -> bytes:
    """The scale's answer to DC2 for this reading (the simulator's side)."""
    grams = reading.grams or 0
    if reading.status is ScaleStatus.OVER:
        sta, sign, weight = b"S", b"F", b"FFFFFF"
    elif reading.status in (ScaleStatus.OK, ScaleStatus.MOVING, ScaleStatus.UNDER) and abs(grams) <= 99_999:
        sta = b"U" if reading.status is ScaleStatus.MOVING else b"S"
        sign = b"-" if grams < 0 or reading.status is ScaleStatus.UNDER else b" "
        kg, rest = divmod(abs(grams), 1000)
        weight = f"{kg:02d}.{rest:03d}".encode()
    else:
        raise ValueError(f"CAS ECR cannot send {reading}.")
    data = sta + sign + weight + b"kg"
    return SOH + STX + data + bytes([bcc(data)]) + ETX + EOT


PROTOCOL = ScaleProtocol(
    name="cas", title="CAS continuous output",
    settings=SerialSettings(baudrate=9600, bytesize=8, parity="N", stopbits="1"),
    parse=parse, weigh=(), reports_net=True)

ECR_PROTOCOL = ScaleProtocol(
    name="cas-ecr", title="CAS ECR (ENQ/DC2)",
    settings=SerialSettings(baudrate=9600, bytesize=7, parity="E", stopbits="1"),
    parse=parse_ecr, weigh=(Step(ENQ, expect=ACK), Step(DC2)), reports_net=False)
