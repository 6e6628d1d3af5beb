"""Hypothesis fuzzing of every scale parser.

1. Random bytes in random chunks never make a parser raise, and the kept remainder stays bounded.
2. Real frames, with noise between them (noise never contains the protocol's frame delimiters), cut-off
   frames (as after opening a port mid-stream) and random chunking, parse to exactly the complete frames
   sent: in particular, every stable weight reported was sent, in order, and none is lost.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from hypothesis import given, settings
from hypothesis import strategies as st

from pos_app.hardware.scale import cas, sics, toledo8217
from pos_app.hardware.scale.reading import ScaleReading, ScaleReply, ScaleStatus

OK, MOVING, OVER, UNDER = ScaleStatus.OK, ScaleStatus.MOVING, ScaleStatus.OVER, ScaleStatus.UNDER


@dataclass(frozen=True)
class Spec:
    parse: Callable
    frames: st.SearchStrategy          # (wire bytes, expected frame)
    delimiters: bytes                  # bytes noise never contains
    cut_before: Callable[[bytes], int]  # a cut-off frame is a prefix shorter than this


def _toledo_frames():
    weights = st.builds(lambda g, net: ScaleReading(OK, g, net=net), st.integers(0, 99_999), st.booleans())
    states = st.builds(lambda status, net: ScaleReading(status, net=net), st.sampled_from([MOVING, OVER, UNDER]),
                       st.booleans())
    return st.one_of(weights, states).map(lambda r: (toledo8217.encode(r), r))


def _sics_frames():
    readings = st.one_of(
        st.builds(lambda g: ScaleReading(OK, g), st.integers(0, 9_999_999)),
        st.builds(lambda g: ScaleReading(MOVING, g), st.integers(-9_999_999, 9_999_999)),
        st.builds(lambda g: ScaleReading(UNDER, g), st.integers(-9_999_999, -1)),
        st.sampled_from([ScaleReading(OVER), ScaleReading(UNDER)]),
    ).map(lambda r: (sics.encode(r), r))
    answers = st.sampled_from([
        (b"Z A\r\n", ScaleReply(ok=True, detail="Z A")),
        (b"TAC A\r\n", ScaleReply(ok=True, detail="TAC A")),
        (b"T S      0.500 kg\r\n", ScaleReply(ok=True, detail="T S      0.500 kg")),
        (b"ES\r\n", ScaleReply(ok=False, detail="the scale reported the command was not understood (ES)")),
        (b"S I\r\n", ScaleReading(ScaleStatus.ERROR, detail="The scale cannot weigh right now (busy): try again.")),
    ])
    return st.one_of(readings, answers)


def _cas_frames():
    readings = st.one_of(
        st.builds(lambda g, net: ScaleReading(OK, g, net=net), st.integers(0, 999_999), st.booleans()),
        st.builds(lambda g, net: ScaleReading(MOVING, g, net=net), st.integers(-999_999, 999_999), st.booleans()),
        st.builds(lambda g, net: ScaleReading(UNDER, g, net=net), st.integers(-999_999, 0), st.booleans()),
        st.builds(lambda net: ScaleReading(OVER, net=net), st.booleans()),
    )
    ids = st.one_of(st.none(), st.sampled_from([b"1", b"9", b"="]))
    return st.tuples(readings, ids).map(lambda pair: (cas.encode(pair[0], device_id=pair[1]), pair[0]))


def _ecr_frames():
    return st.one_of(
        st.builds(lambda g: ScaleReading(OK, g), st.integers(0, 99_999)),
        st.builds(lambda g: ScaleReading(MOVING, g), st.integers(-99_999, 99_999)),
        st.builds(lambda g: ScaleReading(UNDER, g), st.integers(-99_999, 0)),
        st.just(ScaleReading(OVER)),
    ).map(lambda r: (cas.encode_ecr(r), r))


def _line_end(frame: bytes) -> int:
    return min(i for i in (frame.find(b"\r"), frame.find(b"\n")) if i >= 0)


SPECS = {
    "toledo8217": Spec(toledo8217.parse, _toledo_frames(), b"\x02\r", lambda f: len(f) - 1),
    "sics": Spec(sics.parse, _sics_frames(), b"\r\n", _line_end),
    "cas": Spec(cas.parse, _cas_frames(), b"\r\n", _line_end),
    "cas-ecr": Spec(cas.parse_ecr, _ecr_frames(), b"\x02", lambda f: f.index(cas.ETX)),
}


def feed(parse, data: bytes, cuts: list[int]):
    """Parse `data` arriving in chunks split at `cuts`, as a port delivers it."""
    found, rest, start = [], b"", 0
    for end in sorted(set(cut % (len(data) + 1) for cut in cuts)) + [len(data)]:
        frames, rest = parse(rest + data[start:end])
        found.extend(frames)
        start = end
    return found, rest


@st.composite
def streams(draw, spec: Spec):
    parts, expected = [], []
    noise = st.binary(max_size=12).map(lambda b: bytes(x for x in b if x not in spec.delimiters))
    for _ in range(draw(st.integers(0, 8))):
        parts.append(draw(noise))
        wire, frame = draw(spec.frames)
        if draw(st.integers(0, 4)) == 0:  # a frame cut off: only its beginning arrives
            parts.append(wire[:draw(st.integers(0, spec.cut_before(wire) - 1))])
            wire, frame = draw(spec.frames)
        parts.append(wire)
        expected.append(frame)
    parts.append(draw(noise))
    return b"".join(parts), expected


def _check_exact(spec: Spec, stream, cuts):
    data, expected = stream
    found, _ = feed(spec.parse, data, cuts)
    assert found == expected
    # Said the other way round: every stable weight reported was sent, in order.
    stable_sent = [f.grams for f in expected if isinstance(f, ScaleReading) and f.stable]
    assert [f.grams for f in found if isinstance(f, ScaleReading) and f.stable] == stable_sent


def _check_garbage(spec: Spec, data: bytes, cuts):
    found, rest = feed(spec.parse, data, cuts)
    assert all(isinstance(f, (ScaleReading, ScaleReply)) for f in found)
    assert all(f.grams is None or isinstance(f.grams, int) for f in found if isinstance(f, ScaleReading))
    assert len(rest) <= 64


CUTS = st.lists(st.integers(0, 10_000), max_size=12)
RANDOM = st.binary(max_size=300) | st.lists(st.sampled_from(
    [b"\x02", b"\r", b"\n", b"\x03", b"S S ", b"ST,GS,", b"OL,", b"1.234", b"kg", b"?", b"N", b"-", b" "]),
    max_size=60).map(b"".join)


@settings(max_examples=150, deadline=None)
@given(stream=streams(SPECS["toledo8217"]), cuts=CUTS)
def test_toledo8217_recovers_exactly_the_frames_sent(stream, cuts):
    _check_exact(SPECS["toledo8217"], stream, cuts)


@settings(max_examples=150, deadline=None)
@given(stream=streams(SPECS["sics"]), cuts=CUTS)
def test_sics_recovers_exactly_the_frames_sent(stream, cuts):
    _check_exact(SPECS["sics"], stream, cuts)


@settings(max_examples=150, deadline=None)
@given(stream=streams(SPECS["cas"]), cuts=CUTS)
def test_cas_recovers_exactly_the_frames_sent(stream, cuts):
    _check_exact(SPECS["cas"], stream, cuts)


@settings(max_examples=150, deadline=None)
@given(stream=streams(SPECS["cas-ecr"]), cuts=CUTS)
def test_cas_ecr_recovers_exactly_the_frames_sent(stream, cuts):
    _check_exact(SPECS["cas-ecr"], stream, cuts)


@settings(max_examples=200, deadline=None)
@given(name=st.sampled_from(sorted(SPECS)), data=RANDOM, cuts=CUTS)
def test_random_bytes_never_crash_a_parser(name, data, cuts):
    _check_garbage(SPECS[name], data, cuts)


@settings(max_examples=200, deadline=None)
@given(frame=_ecr_frames(), position=st.integers(2, 12), flip=st.integers(1, 255))
def test_cas_ecr_bcc_catches_any_single_corrupted_byte(frame, position, flip):
    wire, _ = frame
    corrupt = bytearray(wire)
    corrupt[position] ^= flip  # one byte of sta … u0, or the bcc itself
    found, _ = cas.parse_ecr(bytes(corrupt))
    assert found == []
