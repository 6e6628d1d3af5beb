"""Serial line framing: CR/LF/CRLF give one code each, fragments wait or time out, garbage is refused."""
import pytest
from hypothesis import given
from hypothesis import strategies as st

from pos_app.hardware.scanner.framing import Code, LineFramer, Rejected

CODE_BYTES = st.binary(min_size=1, max_size=48).map(lambda b: bytes(0x20 + x % 95 for x in b))
CODES = st.one_of(CODE_BYTES, st.tuples(CODE_BYTES, CODE_BYTES).map(lambda pair: pair[0] + b"\x1d" + pair[1]))
ENDS = st.sampled_from([b"\r", b"\n", b"\r\n", b"\n\r", b"\r\n\r\n"])


def codes(results):
    return [r.text for r in results if isinstance(r, Code)]


@pytest.mark.parametrize("end", [b"\r", b"\n", b"\r\n"])
def test_each_line_end_gives_exactly_one_code(end):
    framer = LineFramer()
    assert framer.feed(b"6901234567892" + end + b"ABC" + end, at_ms=0) == [Code("6901234567892"), Code("ABC")]
    assert not framer.pending


def test_empty_lines_are_ignored():
    assert LineFramer().feed(b"\r\n\r\n\n\rX1\r\n\n", at_ms=0) == [Code("X1")]


def test_a_code_split_over_reads_is_joined():
    framer = LineFramer()
    assert framer.feed(b"690123", at_ms=0) == []
    assert framer.pending
    assert framer.feed(b"4567892", at_ms=5) == []
    assert framer.feed(b"\r", at_ms=9) == [Code("6901234567892")]


def test_the_group_separator_is_kept():
    assert LineFramer().feed(b"0106901234567892\x1d10LOT\r", at_ms=0) == [Code("0106901234567892\x1d10LOT")]


def test_a_fragment_without_line_end_is_dropped_after_the_idle_timeout():
    framer = LineFramer(idle_ms=100)
    framer.feed(b"69012", at_ms=1000)
    assert framer.tick(1100) == []
    [dropped] = framer.tick(1101)
    assert isinstance(dropped, Rejected) and dropped.data == b"69012"
    assert "no line end within 100 ms" in dropped.reason
    # The next code is not glued to the dropped fragment.
    assert framer.feed(b"ABC\r", at_ms=1200) == [Code("ABC")]


def test_a_late_byte_first_drops_the_stale_fragment():
    framer = LineFramer(idle_ms=100)
    framer.feed(b"STALE", at_ms=0)
    results = framer.feed(b"NEW\r", at_ms=500)
    assert [type(r) for r in results] == [Rejected, Code] and results[1] == Code("NEW")


def test_without_an_idle_timeout_a_fragment_waits_for_its_line_end():
    framer = LineFramer(idle_ms=None)
    framer.feed(b"AB", at_ms=0)
    assert framer.tick(10**9) == []
    assert framer.feed(b"C\n", at_ms=10**9) == [Code("ABC")]


@pytest.mark.parametrize("line", [b"\xff\xfeBAD", b"CAF\xc3\xa9", b"A\x00B", b"A\tB", b"\x02123\x03"])
def test_a_line_with_a_byte_outside_printable_ascii_is_refused_with_the_byte_named(line):
    results = LineFramer().feed(line + b"\r\nOK1\r\n", at_ms=0)
    assert results[1:] == [Code("OK1")]
    assert isinstance(results[0], Rejected) and results[0].data == line
    bad = next(b for b in line if not (0x20 <= b < 0x7F or b == 0x1D))
    assert f"byte 0x{bad:02X}" in results[0].reason and "baud rate" in results[0].reason


def test_an_overlong_line_is_refused_and_its_rest_discarded():
    framer = LineFramer(max_length=10)
    results = framer.feed(b"A" * 25, at_ms=0)
    assert len(results) == 1 and "more than 10 characters" in results[0].reason
    assert framer.feed(b"BBBB\rOK2\r", at_ms=1) == [Code("OK2")]


@given(lines=st.lists(st.tuples(CODES, ENDS), max_size=12), cuts=st.lists(st.integers(0, 2000), max_size=20),
       leading=st.sampled_from([b"", b"\r\n", b"\n"]))
def test_any_chunking_of_well_formed_lines_gives_exactly_those_codes(lines, cuts, leading):
    stream = leading + b"".join(code + end for code, end in lines)
    framer, results, start = LineFramer(idle_ms=None), [], 0
    for cut in sorted({c % (len(stream) + 1) for c in cuts}) + [len(stream)]:
        results += framer.feed(stream[start:cut], at_ms=0)
        start = cut
    assert results == [Code(code.decode("ascii")) for code, _ in lines]
    assert not framer.pending


@given(chunks=st.lists(st.tuples(st.binary(max_size=64), st.integers(0, 5000)), max_size=30),
       idle=st.one_of(st.none(), st.integers(1, 2000)), max_length=st.integers(1, 100))
def test_garbage_never_crashes_and_every_code_is_clean(chunks, idle, max_length):
    framer, at = LineFramer(idle_ms=idle, max_length=max_length), 0
    for data, gap in chunks:
        at += gap
        for result in framer.feed(data, at_ms=at) + framer.tick(at):
            if isinstance(result, Code):
                assert result.text and len(result.text) <= max_length
                assert all(0x20 <= ord(c) < 0x7F or c == "\x1d" for c in result.text)
            else:
                assert result.reason.endswith(".") and len(result.data) <= max_length
