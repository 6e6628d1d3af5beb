"""Mettler Toledo MT-SICS (level 0/1 subset): pure line encoding and parsing.

Commands and replies are ASCII lines ending CR LF (a lone CR or LF is accepted as an end too).
  `SI`  weigh now → `S S <value> <unit>` stable, `S D <value> <unit>` dynamic (still moving), the value
        right-aligned in 10 characters, e.g. b"S S      1.234 kg\\r\\n"; `S +` overload, `S -` underload,
        `S I` not executable right now (busy).
  `Z`   zero → `Z A` done, `Z I` not now, `Z +` / `Z -` outside the zeroing range.
  `T`   tare → `T S <tare> <unit>` done, `T I` not now, `T +` / `T -` outside the taring range.
  `TAC` clear tare → `TAC A` done, `TAC I` not now.
  Any command → `ES` syntax error (not understood), `ET` transmission error, `EL` logical error.
`SI` does not say whether the weight is net or gross, so `reports_net` is False: the adapter marks
readings net after a tare it sent itself (a tare keyed on the balance stays unknown to it).
A negative stable weight (`S S -0.010 kg`) is reported as under zero, with its weight.
"""
from __future__ import annotations

import re

from pos_app.hardware.scale.protocol import ScaleProtocol, SerialSettings, Step, parse_lines
from pos_app.hardware.scale.reading import (Frame, ScaleReading, ScaleReply, ScaleStatus, unusable_weight,
                                            weighed, weight_grams)

_MAX_LINE = 64
_VALUE = rb"(?P<value>-?[0-9]+(?:\.[0-9]+)?)"
# No unit ends in ES, ET or EL: a line like "S S 1.234 ES" is a weight cut off mid-frame followed by an
# error reply, and must read as that error, not as a weight in a unit called "ES".
_UNIT = rb"(?P<unit>[A-Za-z]{1,3})(?<!E[STL])"
_WEIGHT = re.compile(rb"S (?P<state>[SD]) +" + _VALUE + rb" +" + _UNIT + rb" *\Z")
_STATE = re.compile(rb"S (?P<state>[+\-I]) *\Z")
_ANSWER = re.compile(rb"(?P<command>TAC|ZI|TI|Z|T) (?P<state>[ASDI+\-])(?: +" + _VALUE + rb" +" + _UNIT +
                     rb")? *\Z")
_ERROR = re.compile(rb"(?P<code>E[STL]) *\Z")
_ERRORS = {b"ES": "the command was not understood (ES)", b"ET": "a transmission error (ET)",
           b"EL": "a logical error (EL)"}
_REFUSALS = {b"I": "it cannot do that right now (busy or moving)", b"+": "it is above the allowed range",
             b"-": "it is below the allowed range"}
_LINE_END = b"\r\n"


def parse(buffer: bytes) -> tuple[list[Frame], bytes]:
    return parse_lines(buffer, _line, max_line=_MAX_LINE)


def _line(line: bytes) -> Frame | None:
    if not line:
        return None
    match = _WEIGHT.search(line)
    if match is not None:
        unit = match.group("unit").decode("ascii")
        grams = weight_grams(match.group("value").decode("ascii"), unit=unit)
        if grams is None:
            return unusable_weight(text=match.group("value").decode("ascii"), unit=unit)
        status = ScaleStatus.OK if match.group("state") == b"S" else ScaleStatus.MOVING
        return weighed(status=status, grams=grams, unit=unit.lower())
    match = _STATE.search(line)
    if match is not None:
        state = match.group("state")
        if state == b"I":
            return ScaleReading(status=ScaleStatus.ERROR,
                                detail="The scale cannot weigh right now (busy): try again.")
        return ScaleReading(status=ScaleStatus.OVER if state == b"+" else ScaleStatus.UNDER)
    match = _ANSWER.search(line)
    if match is not None:
        command, state = match.group("command").decode("ascii"), match.group("state")
        if state in (b"A", b"S", b"D"):
            return ScaleReply(ok=True, detail=line[match.start():].decode("ascii").strip())
        return ScaleReply(ok=False, detail=f"the scale refused {command}: {_REFUSALS[state]}")
    match = _ERROR.search(line)
    if match is not None:
        return ScaleReply(ok=False, detail=f"the scale reported {_ERRORS[match.group('code')]}")
    return None


def encode(reading: ScaleReading) -> bytes:
    """The balance's reply to `SI` for this reading (the simulator's side)."""
    if reading.status is ScaleStatus.OVER:
        return b"S +" + _LINE_END
    if reading.status is ScaleStatus.UNDER and reading.grams is None:
        return b"S -" + _LINE_END
    if reading.grams is None or reading.status not in (ScaleStatus.OK, ScaleStatus.MOVING, ScaleStatus.UNDER):
        raise ValueError(f"MT-SICS cannot send {reading}.")
    state = b"D" if reading.status is ScaleStatus.MOVING else b"S"
    return b"S " + state + b" " + kg_text(reading.grams).rjust(10) + b" kg" + _LINE_END


def kg_text(grams: int) -> bytes:
    sign = "-" if grams < 0 else ""
    kg, rest = divmod(abs(grams), 1000)
    return f"{sign}{kg}.{rest:03d}".encode()


def encode_answer(command: str, state: str, *, grams: int | None = None) -> bytes:
    """`Z A`, `T S      0.500 kg`, `TAC I` …"""
    value = b"" if grams is None else b" " + kg_text(grams).rjust(10) + b" kg"
    return command.encode() + b" " + state.encode() + value + _LINE_END


PROTOCOL = ScaleProtocol(
    name="sics", title="Mettler Toledo MT-SICS",
    settings=SerialSettings(baudrate=9600, bytesize=8, parity="N", stopbits="1"),
    parse=parse, weigh=(Step(b"SI" + _LINE_END),),
    commands={"zero": b"Z" + _LINE_END, "tare": b"T" + _LINE_END, "clear_tare": b"TAC" + _LINE_END},
    reports_net=False)
