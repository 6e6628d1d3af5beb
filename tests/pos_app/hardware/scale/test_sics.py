"""MT-SICS: byte-exact lines from the command reference, parsed and encoded."""
import pytest

from pos_app.hardware.scale import sics
from pos_app.hardware.scale.reading import ScaleReading, ScaleReply, ScaleStatus

OK, MOVING, OVER, UNDER, ERROR = (ScaleStatus.OK, ScaleStatus.MOVING, ScaleStatus.OVER, ScaleStatus.UNDER,
                                  ScaleStatus.ERROR)


def frames(data: bytes):
    parsed, rest = sics.parse(data)
    assert rest == b""
    return parsed


@pytest.mark.parametrize("wire, expected", [
    (b"S S      1.234 kg\r\n", ScaleReading(OK, 1234)),
    (b"S D      1.200 kg\r\n", ScaleReading(MOVING, 1200)),
    (b"S S       0.000 kg\r\n", ScaleReading(OK, 0)),
    (b"S S     -0.010 kg\r\n", ScaleReading(UNDER, -10)),
    (b"S D     -0.010 kg\r\n", ScaleReading(MOVING, -10)),
    (b"S S    1234 g  \r\n", ScaleReading(OK, 1234, unit="g")),
    (b"S S       1.2 kg\r\n", ScaleReading(OK, 1200)),
    (b"S +\r\n", ScaleReading(OVER)),
    (b"S -\r\n", ScaleReading(UNDER)),
    (b"S I\r\n", ScaleReading(ERROR, detail="The scale cannot weigh right now (busy): try again.")),
    (b"Z A\r\n", ScaleReply(ok=True, detail="Z A")),
    (b"T S      0.500 kg\r\n", ScaleReply(ok=True, detail="T S      0.500 kg")),
    (b"TAC A\r\n", ScaleReply(ok=True, detail="TAC A")),
    (b"Z I\r\n", ScaleReply(ok=False, detail="the scale refused Z: it cannot do that right now (busy or moving)")),
    (b"Z +\r\n", ScaleReply(ok=False, detail="the scale refused Z: it is above the allowed range")),
    (b"T -\r\n", ScaleReply(ok=False, detail="the scale refused T: it is below the allowed range")),
    (b"TAC I\r\n", ScaleReply(ok=False, detail="the scale refused TAC: it cannot do that right now (busy or "
                                               "moving)")),
    (b"ES\r\n", ScaleReply(ok=False, detail="the scale reported the command was not understood (ES)")),
    (b"ET\r\n", ScaleReply(ok=False, detail="the scale reported a transmission error (ET)")),
    (b"EL\r\n", ScaleReply(ok=False, detail="the scale reported a logical error (EL)")),
])
def test_lines_from_the_specification(wire, expected):
    assert frames(wire) == [expected]


@pytest.mark.parametrize("wire, detail", [
    (b"S S   1234.5 g\r\n", "The scale sends 1234.5 g, finer than a gram: set its resolution to 1 g or coarser."),
    (b"S S      2.000 lb\r\n", "The scale weighs in lb: set it to kilograms (a pound or ounce is not a whole "
                               "number of grams)."),
])
def test_weights_that_are_not_whole_grams_are_refused_not_rounded(wire, detail):
    [reading] = frames(wire)
    assert reading.status is ERROR and reading.grams is None and reading.detail == detail


@pytest.mark.parametrize("garbage", [b"S X 1.0 kg\r\n", b"S S kg\r\n", b"S S 1.0\r\n", b"SS 1.000 kg\r\n",
                                     b"S S 1.0.0 kg\r\n", b"\r\n", b"XYZ\r\n", b"S S 1.000 kilogram\r\n"])
def test_malformed_lines_are_skipped(garbage):
    assert frames(garbage) == []


def test_any_line_end_counts_and_noise_before_a_reply_is_skipped():
    assert frames(b"S S 1.000 kg\rS S 2.000 kg\n\x00\xffjunkS S 3.000 kg\r\n") == \
        [ScaleReading(OK, 1000), ScaleReading(OK, 2000), ScaleReading(OK, 3000)]


def test_incremental_parsing_keeps_the_unfinished_line():
    parsed, rest = sics.parse(b"S S      1.234 kg\r\nS S    ")
    assert parsed == [ScaleReading(OK, 1234)] and rest == b"S S    "
    parsed, rest = sics.parse(rest + b"  2.000 kg\r\n")
    assert parsed == [ScaleReading(OK, 2000)] and rest == b""


def test_an_endless_line_is_trimmed():
    parsed, rest = sics.parse(b"x" * 1000)
    assert parsed == [] and len(rest) <= 64


@pytest.mark.parametrize("reading, wire", [
    (ScaleReading(OK, 1234), b"S S      1.234 kg\r\n"),
    (ScaleReading(MOVING, 1200), b"S D      1.200 kg\r\n"),
    (ScaleReading(UNDER, -10), b"S S     -0.010 kg\r\n"),
    (ScaleReading(UNDER), b"S -\r\n"),
    (ScaleReading(OVER), b"S +\r\n"),
])
def test_encoding(reading, wire):
    assert sics.encode(reading) == wire


def test_answers():
    assert sics.encode_answer("Z", "A") == b"Z A\r\n"
    assert sics.encode_answer("T", "S", grams=500) == b"T S      0.500 kg\r\n"


def test_protocol_requests_and_defaults():
    protocol = sics.PROTOCOL
    assert [step.send for step in protocol.weigh] == [b"SI\r\n"]
    assert dict(protocol.commands) == {"zero": b"Z\r\n", "tare": b"T\r\n", "clear_tare": b"TAC\r\n"}
    assert protocol.reports_net is False


@pytest.mark.parametrize("cut", [b"S S      1.234 ", b"S S      1.234 k", b"S D     -0.500 kg", b"T S      0.500 k"])
@pytest.mark.parametrize("code", [b"ES", b"ET", b"EL"])
def test_a_frame_cut_off_before_an_error_reply_reads_as_that_error_not_a_weight(cut, code):
    # Found by the fuzz test: "S S 1.234 ES" once parsed as a weight in a unit called "ES".
    frames, rest = sics.parse(cut + code + b"\r\n")
    assert rest == b"" and len(frames) == 1
    assert isinstance(frames[0], ScaleReply) and not frames[0].ok and f"({code.decode()})" in frames[0].detail
