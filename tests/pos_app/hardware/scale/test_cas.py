"""CAS continuous output and ECR request mode: byte-exact frames, parsed and encoded, BCC verified."""
import pytest

from pos_app.hardware.scale import cas
from pos_app.hardware.scale.reading import ScaleReading, ScaleStatus

OK, MOVING, OVER, UNDER, ERROR = (ScaleStatus.OK, ScaleStatus.MOVING, ScaleStatus.OVER, ScaleStatus.UNDER,
                                  ScaleStatus.ERROR)


def lines(data: bytes):
    parsed, rest = cas.parse(data)
    assert rest == b""
    return parsed


def blocks(data: bytes):
    parsed, rest = cas.parse_ecr(data)
    assert rest == b""
    return parsed


@pytest.mark.parametrize("wire, expected", [
    (b"ST,GS,+  1.234kg\r\n", ScaleReading(OK, 1234)),
    (b"US,GS,+  1.234kg\r\n", ScaleReading(MOVING, 1234)),
    (b"ST,NT,+  0.250kg\r\n", ScaleReading(OK, 250, net=True)),
    (b"ST,GS,-  0.010kg\r\n", ScaleReading(UNDER, -10)),
    (b"ST,GS,-  0.000kg\r\n", ScaleReading(UNDER, 0)),
    (b"US,GS,-  0.010kg\r\n", ScaleReading(MOVING, -10)),
    (b"OL,GS,+ 99.999kg\r\n", ScaleReading(OVER)),
    (b"OL,NT,  -----kg\r\n", ScaleReading(OVER, net=True)),
    (b"ST,GS,00013.5 kg\r\n", ScaleReading(OK, 13_500)),             # 8 data bytes with no sign, a blank
    (b"ST,GS,1\xc4,+  1.234 kg\r\n", ScaleReading(OK, 1234)),        # 22-byte form: device id, lamp byte
    (b"ST,GS,+   1234 g\r\n", ScaleReading(OK, 1234, unit="g")),
    (b"ST,GS,+  1.500 t\r\n", ScaleReading(OK, 1_500_000, unit="t")),
])
def test_continuous_lines(wire, expected):
    assert lines(wire) == [expected]


def test_continuous_refuses_pounds_and_sub_gram_weights():
    [pounds] = lines(b"ST,GS,+  2.000lb\r\n")
    assert pounds.status is ERROR and pounds.unit == "lb"
    [fine] = lines(b"ST,GS,+ 1.2345kg\r\n")
    assert fine.status is ERROR and "finer than a gram" in fine.detail


@pytest.mark.parametrize("garbage", [b"XX,GS,+  1.234kg\r\n", b"ST,XX,+  1.234kg\r\n", b"ST,GS,+  1.234\r\n",
                                     b"ST,GS,+  1.234oz\r\n", b"ST,GS,+ 1.2.3kg\r\n", b"T,GS,+  1.234kg\r\n"])
def test_continuous_garbage_is_skipped(garbage):
    assert lines(garbage) == []


def test_continuous_stream_joined_mid_frame():
    # Opening the port mid-frame: the tail of one frame, then whole ones.
    parsed, rest = cas.parse(b"34kg\r\nST,GS,+  1.234kg\r\nUS,GS,+  1.3")
    assert parsed == [ScaleReading(OK, 1234)] and rest == b"US,GS,+  1.3"


ONE_234 = bytes.fromhex("01 02 53 20 30 31 2E 32 33 34 6B 67 65 03 04")


def test_ecr_block_byte_exact_and_its_bcc():
    assert cas.encode_ecr(ScaleReading(OK, 1234)) == ONE_234
    assert cas.bcc(b"S 01.234kg") == 0x65
    assert blocks(ONE_234) == [ScaleReading(OK, 1234)]


@pytest.mark.parametrize("data, expected", [
    (b"S 01.234kg", ScaleReading(OK, 1234)),
    (b"U 01.234kg", ScaleReading(MOVING, 1234)),
    (b"S-00.010kg", ScaleReading(UNDER, -10)),
    (b"U-00.010kg", ScaleReading(MOVING, -10)),
    (b"SFFFFFFFkg", ScaleReading(OVER)),
    (b"S 12.5  Kg", None),                 # right part blank: not a weight field
    (b"S  1.234KG", ScaleReading(OK, 1234)),
])
def test_ecr_blocks(data, expected):
    wire = cas.SOH + cas.STX + data + bytes([cas.bcc(data)]) + cas.ETX + cas.EOT
    assert blocks(wire) == ([] if expected is None else [expected])


def test_ecr_pounds_are_refused():
    data = b"S 02.000lb"
    [reading] = blocks(cas.STX + data + bytes([cas.bcc(data)]) + cas.ETX)
    assert reading.status is ERROR and reading.unit == "lb"


def test_ecr_block_with_a_wrong_bcc_is_dropped():
    corrupt = bytearray(ONE_234)
    corrupt[12] ^= 0x01
    assert blocks(bytes(corrupt)) == []
    flipped = bytearray(ONE_234)
    flipped[6] = ord("9")  # a weight digit changed in transit
    assert blocks(bytes(flipped)) == []


def test_ecr_skips_ack_price_blocks_and_noise():
    price = b"   12.34"
    price_block = cas.STX + price + bytes([cas.bcc(price)]) + cas.ETX
    parsed, rest = cas.parse_ecr(cas.ACK + b"junk" + price_block + ONE_234 + price_block)
    assert parsed == [ScaleReading(OK, 1234)]
    assert rest == price_block  # too short to tell from a weight block yet; dropped once more bytes come
    assert cas.parse_ecr(rest + ONE_234) == ([ScaleReading(OK, 1234)], b"")


def test_ecr_incremental():
    parsed, rest = cas.parse_ecr(ONE_234[:7])
    assert parsed == [] and rest == ONE_234[1:7]
    parsed, rest = cas.parse_ecr(rest + ONE_234[7:])
    assert parsed == [ScaleReading(OK, 1234)] and rest == b""


def test_ecr_exchange_and_defaults():
    protocol = cas.ECR_PROTOCOL
    assert [(step.send, step.expect) for step in protocol.weigh] == [(b"\x05", b"\x06"), (b"\x12", None)]
    assert protocol.commands == {} and cas.PROTOCOL.weigh == () and cas.PROTOCOL.continuous


@pytest.mark.parametrize("reading, wire", [
    (ScaleReading(OK, 1234), b"ST,GS,+  1.234kg\r\n"),
    (ScaleReading(MOVING, 1234, net=True), b"US,NT,+  1.234kg\r\n"),
    (ScaleReading(UNDER, -10), b"ST,GS,-  0.010kg\r\n"),
    (ScaleReading(OVER), b"OL,GS,+  0.000kg\r\n"),
])
def test_continuous_encoding(reading, wire):
    assert cas.encode(reading) == wire


def test_continuous_encoding_22_bytes():
    wire = cas.encode(ScaleReading(OK, 1234), device_id=b"1")
    assert len(wire) == 22 and lines(wire) == [ScaleReading(OK, 1234)]
