"""Mettler Toledo 8217: byte-exact frames from the protocol description, parsed and encoded."""
import pytest

from pos_app.hardware.scale import toledo8217
from pos_app.hardware.scale.reading import ScaleReading, ScaleReply, ScaleStatus

OK, MOVING, OVER, UNDER, ERROR = (ScaleStatus.OK, ScaleStatus.MOVING, ScaleStatus.OVER, ScaleStatus.UNDER,
                                  ScaleStatus.ERROR)


def frames(data: bytes):
    parsed, rest = toledo8217.parse(data)
    assert rest == b""
    return parsed


@pytest.mark.parametrize("wire, expected", [
    (bytes.fromhex("02 30 31 2E 32 33 34 0D"), ScaleReading(OK, 1234)),
    (b"\x0200.000\r", ScaleReading(OK, 0)),
    (b"\x0299.999\r", ScaleReading(OK, 99_999)),
    (b"\x0201.234N\r", ScaleReading(OK, 1234, net=True)),
    (b"\x02 1.234\r", ScaleReading(OK, 1234)),       # a blank-padded weight, as Odoo's driver allows
    (b"\x02?A\r", ScaleReading(MOVING)),
    (b"\x02?B\r", ScaleReading(OVER)),
    (b"\x02?D\r", ScaleReading(UNDER)),
    (b"\x02?C\r", ScaleReading(OVER)),               # over and moving: over wins
    (b"\x02?a\r", ScaleReading(MOVING, net=True)),   # bit 5: net
    (b"\x02?@\r", ScaleReply(ok=True, detail="status 0x40")),
    (b"\x02?H\r", ScaleReply(ok=True, detail="status 0x48")),  # outside zero capture only: no weight state
])
def test_frames_from_the_specification(wire, expected):
    assert frames(wire) == [expected]


def test_pounds_are_refused_with_a_sentence_not_converted():
    [reading] = frames(b"\x02012.34\r")
    assert reading.status is ERROR and reading.grams is None and reading.unit == "lb"
    assert reading.detail == ("The scale weighs in lb: set it to kilograms (a pound or ounce is not a whole "
                              "number of grams).")
    assert frames(b"\x02012.34N\r")[0].net is True


@pytest.mark.parametrize("garbage", [b"\x02?\x01\r", b"\x02?\r", b"\x021.2\r", b"\x021.2345\r", b"\x02abc\r",
                                     b"\x02\r", b"\x0201,234\r", b"\x02-1.234\r"])
def test_malformed_frames_are_skipped(garbage):
    assert frames(garbage) == []


def test_incremental_parsing_keeps_a_partial_frame_and_skips_noise():
    parsed, rest = toledo8217.parse(b"noise\x0201.234\rmore noise\x0202.0")
    assert parsed == [ScaleReading(OK, 1234)] and rest == b"\x0202.0"
    parsed, rest = toledo8217.parse(rest + b"00\r")
    assert parsed == [ScaleReading(OK, 2000)] and rest == b""


def test_a_cut_off_frame_is_dropped_for_the_next_start():
    assert frames(b"\x0201.2\x0203.456\r") == [ScaleReading(OK, 3456)]


def test_a_start_byte_with_no_end_does_not_grow_the_buffer():
    parsed, rest = toledo8217.parse(b"\x02" + b"9" * 100)
    assert parsed == [] and rest == b""


def test_same_weight_twice_is_two_readings():
    assert frames(b"\x0201.234\r\x0201.234\r") == [ScaleReading(OK, 1234)] * 2


@pytest.mark.parametrize("reading, wire", [
    (ScaleReading(OK, 1234), b"\x0201.234\r"),
    (ScaleReading(OK, 5, net=True), b"\x0200.005N\r"),
    (ScaleReading(MOVING, 1234), b"\x02?A\r"),
    (ScaleReading(OVER), b"\x02?B\r"),
    (ScaleReading(UNDER), b"\x02?D\r"),
    (ScaleReading(MOVING, net=True), b"\x02?a\r"),
])
def test_encoding(reading, wire):
    assert toledo8217.encode(reading) == wire


def test_encoding_refuses_what_the_protocol_cannot_say():
    with pytest.raises(ValueError):
        toledo8217.encode(ScaleReading(OK, 100_000))
    with pytest.raises(ValueError):
        toledo8217.encode(ScaleReading(ERROR))


def test_protocol_defaults():
    settings = toledo8217.PROTOCOL.settings
    assert (settings.baudrate, settings.bytesize, settings.parity, settings.stopbits) == (9600, 7, "E", "1")
    assert [step.send for step in toledo8217.PROTOCOL.weigh] == [b"W"]
    assert dict(toledo8217.PROTOCOL.commands) == {"zero": b"Z", "tare": b"T", "clear_tare": b"C"}
