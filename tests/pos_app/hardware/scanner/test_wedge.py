"""Keyboard-wedge detection: scanner bursts become Scans, a person's keys always come back as Typed."""
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pos_app.hardware.errors import SettingError
from pos_app.hardware.scanner.wedge import GS, KeyboardWedge, Scan, Typed, WedgeDetector

GAP = 50
CODE_CHARS = st.sampled_from([chr(c) for c in range(0x20, 0x7F)] + [GS])
CODES = st.text(alphabet=CODE_CHARS, min_size=3, max_size=48)
TERMINATORS = st.sampled_from(["\r", "\n", "\t"])
HUMAN_KEYS = st.one_of(st.characters(codec="utf-8", exclude_categories=["Cs"]), TERMINATORS)


def feed_all(detector, timed_keys):
    events = []
    for key, at in timed_keys:
        events += detector.feed(key, at_ms=at)
    return events


def merged(events):
    out = []
    for event in events:
        if out and isinstance(event, Typed) and isinstance(out[-1], Typed):
            out[-1] = Typed(out[-1].text + event.text)
        else:
            out.append(event)
    return out


def timed(keys, *, start, gaps):
    at, out = start, []
    for key, gap in zip(keys, gaps):
        at += gap
        out.append((key, at))
    return out


# -- the rules, one by one ---------------------------------------------------------------------------------
def test_a_fast_burst_ended_by_enter_is_one_scan_and_enter_is_consumed():
    detector = WedgeDetector()
    events = feed_all(detector, timed("6901234567892\r", start=1000, gaps=[0] + [8] * 13))
    assert events == [Scan("6901234567892")]
    assert not detector.pending


@pytest.mark.parametrize("terminator", ["\r", "\n", "\t"])
def test_enter_and_tab_both_end_a_scan(terminator):
    assert feed_all(WedgeDetector(), timed("ABC" + terminator, start=0, gaps=[0, 1, 1, 1])) == [Scan("ABC")]


def test_the_group_separator_stays_in_the_code():
    code = "0106901234567892" + GS + "10LOT7" + GS + "3103001234"
    events = feed_all(WedgeDetector(), timed(code + "\r", start=0, gaps=[0] + [5] * len(code)))
    assert events == [Scan(code)]


def test_slow_typing_then_enter_is_a_persons_enter():
    detector = WedgeDetector()
    events = feed_all(detector, timed("1001\r", start=0, gaps=[0, 180, 150, 210, 300]))
    assert merged(events) == [Typed("1001\r")]


def test_enter_right_after_slow_typing_is_still_a_persons_enter():
    # The last key and Enter are close, but the burst they form has only one character.
    events = feed_all(WedgeDetector(), timed("abc\r", start=0, gaps=[0, 200, 200, 20]))
    assert merged(events) == [Typed("abc\r")]


def test_fewer_than_min_length_fast_keys_and_enter_are_typing():
    assert merged(feed_all(WedgeDetector(), timed("12\r", start=0, gaps=[0, 5, 5]))) == [Typed("12\r")]


def test_a_slow_key_breaks_the_burst_and_releases_it_as_typing():
    detector = WedgeDetector()
    events = feed_all(detector, timed("ABCD", start=0, gaps=[0, 5, 5, 51]))
    assert events == [Typed("ABC")]
    assert detector.pending  # 'D' may start a scan
    assert detector.flush(61 + GAP) == []
    assert detector.flush(61 + GAP + 1) == [Typed("D")]


def test_held_keys_come_back_on_flush_once_the_gap_has_passed():
    detector = WedgeDetector()
    assert detector.feed("x", at_ms=100) == []
    assert detector.deadline() == 100 + GAP + 1
    assert detector.flush(100 + GAP) == []
    assert detector.flush(100 + GAP + 1) == [Typed("x")]
    assert detector.deadline() is None


def test_a_suffixless_scanner_ends_its_scan_by_silence():
    detector = WedgeDetector(end_timeout_ms=120)
    assert feed_all(detector, timed("6901234567892", start=0, gaps=[0] + [6] * 12)) == []
    last = 6 * 12
    assert detector.deadline() == last + 120
    assert detector.flush(last + 119) == []          # past the gap, but it could still be a code
    assert detector.flush(last + 120) == [Scan("6901234567892")]


def test_a_suffixless_scan_is_also_ended_by_a_key_after_the_timeout():
    detector = WedgeDetector(end_timeout_ms=100)
    events = feed_all(detector, timed("ABCDx", start=0, gaps=[0, 5, 5, 5, 100]))
    assert events == [Scan("ABCD")]
    assert detector.flush(10_000) == [Typed("x")]


def test_a_key_between_gap_and_end_timeout_means_a_person_typed_it():
    detector = WedgeDetector(end_timeout_ms=100)
    events = feed_all(detector, timed("ABCDx", start=0, gaps=[0, 5, 5, 5, 70]))
    assert events == [Typed("ABCD")]


def test_keys_without_text_are_ignored_and_do_not_break_a_burst():
    detector = WedgeDetector()
    keys = [("A", 0), ("", 10), ("b", 20), ("", 30), ("C", 40), ("\r", 50)]
    assert feed_all(detector, keys) == [Scan("AbC")]


def test_a_multi_character_key_is_typing_and_so_is_the_rest_of_its_burst():
    detector = WedgeDetector()
    keys = [("A", 0), ("B", 5), ("你好", 10), ("C", 15), ("D", 20), ("E", 25), ("\r", 30)]
    assert merged(feed_all(detector, keys)) == [Typed("AB你好CDE\r")]


def test_a_held_down_key_longer_than_max_length_is_typing():
    detector = WedgeDetector(max_length=10)
    events = feed_all(detector, timed("a" * 15 + "\r", start=0, gaps=[0] + [30] * 15))
    assert merged(events) == [Typed("a" * 15 + "\r")]


def test_a_clock_that_goes_back_counts_as_a_slow_key():
    detector = WedgeDetector()
    events = feed_all(detector, [("A", 1000), ("B", 1005), ("C", 400), ("D", 405), ("E", 410), ("\r", 415)])
    assert events == [Typed("AB"), Scan("CDE")]
    assert detector.flush(300) == []


def test_drain_gives_back_everything_held():
    detector = WedgeDetector()
    feed_all(detector, timed("AB", start=0, gaps=[0, 5]))
    assert detector.drain() == [Typed("AB")]
    assert not detector.pending


@pytest.mark.parametrize("options", [{"gap_ms": 0}, {"min_length": 0}, {"gap_ms": 50, "end_timeout_ms": 40},
                                     {"min_length": 5, "max_length": 4}, {"gap_ms": True}, {"gap_ms": "50"}])
def test_unusable_settings_are_refused_with_a_sentence(options):
    with pytest.raises(SettingError, match="must be a whole number"):
        WedgeDetector(**options)


# -- the keyboard-wedge source -----------------------------------------------------------------------------
def test_the_wedge_source_delivers_scans_to_the_handler_and_returns_typing():
    codes = []
    wedge = KeyboardWedge()
    wedge.start(codes.append)
    typed = []
    for key, at in timed("q6901234567892\r", start=0, gaps=[0, 300] + [5] * 13):
        typed += wedge.feed(key, at_ms=at)
    assert codes == ["6901234567892"] and typed == [Typed("q")]
    assert wedge.status().connected and wedge.status().codes == 1


def test_a_stopped_wedge_passes_every_key_straight_back():
    wedge = KeyboardWedge()
    wedge.start(lambda code: None)
    assert wedge.feed("A", at_ms=0) == []
    wedge.stop()
    assert wedge.feed("B", at_ms=5) == [Typed("AB")]
    assert wedge.flush(10_000) == [] and not wedge.status().connected


def test_a_failing_handler_does_not_cost_the_typed_text():
    def broken(code):
        raise RuntimeError("bug in the window")

    wedge = KeyboardWedge()
    wedge.start(broken)
    typed = []
    for key, at in [("x", 0), ("A", 200), ("B", 201), ("C", 202), ("\r", 203), ("y", 500)]:
        typed += wedge.feed(key, at_ms=at)
    typed += wedge.flush(10_000)
    assert typed == [Typed("x"), Typed("y")]
    assert wedge.status().codes == 1


# -- properties ----------------------------------------------------------------------------------------------
@given(code=CODES, terminator=TERMINATORS, start=st.integers(0, 2**40), data=st.data())
def test_any_code_typed_at_scanner_speed_is_recognised_exactly(code, terminator, start, data):
    gaps = data.draw(st.lists(st.integers(0, GAP), min_size=len(code), max_size=len(code)))
    detector = WedgeDetector()
    events = feed_all(detector, timed(code + terminator, start=start, gaps=[0] + gaps))
    assert events == [Scan(code)]
    assert detector.flush(start + 10**9) == [] and not detector.pending


@given(keys=st.lists(HUMAN_KEYS, min_size=1, max_size=40), data=st.data(),
       gap_ms=st.integers(20, 100), end_timeout=st.one_of(st.none(), st.integers(0, 200)))
def test_human_typing_is_never_a_scan_and_never_lost(keys, data, gap_ms, end_timeout):
    gaps = data.draw(st.lists(st.integers(gap_ms + 1, 5000), min_size=len(keys), max_size=len(keys)))
    detector = WedgeDetector(gap_ms=gap_ms, end_timeout_ms=None if end_timeout is None else gap_ms + end_timeout)
    events, at = [], 0
    for key, gap in zip(keys, gaps):
        at += gap
        events += detector.flush(at - data.draw(st.integers(0, gap)))  # a timer tick since the last key
        events += detector.feed(key, at_ms=at)
    events += detector.flush(at + 10**6)
    assert all(isinstance(event, Typed) for event in events)
    assert "".join(event.text for event in events) == "".join(keys)


SEGMENTS = st.one_of(
    st.tuples(st.just("scan"), CODES, st.one_of(TERMINATORS, st.just(""))),
    st.tuples(st.just("typed"), st.lists(HUMAN_KEYS, min_size=1, max_size=6).map("".join), st.just("")),
)


@settings(max_examples=200)
@given(segments=st.lists(SEGMENTS, max_size=8), end_timeout=st.one_of(st.none(), st.integers(GAP, 300)),
       data=st.data())
def test_a_day_of_scans_and_typing_comes_out_as_it_went_in_whatever_the_timer_does(segments, end_timeout, data):
    quiet = st.integers(max(GAP + 1, end_timeout or 0), 3000)  # silence before a person's key or a new scan
    keys, expected = [], []
    for kind, text, terminator in segments:
        if kind == "scan":
            terminator = terminator if end_timeout else terminator or "\r"  # suffixless needs the timeout
            gaps = [data.draw(quiet)] + data.draw(st.lists(st.integers(0, GAP), min_size=len(text),
                                                           max_size=len(text)))
            keys += list(zip(text + terminator, gaps))
            expected.append(Scan(text))
        else:
            keys += [(key, data.draw(quiet)) for key in text]
            expected.append(Typed(text))
    ticks = data.draw(st.lists(st.booleans(), min_size=len(keys), max_size=len(keys)))
    plain, ticked, at = [], [], 0
    detector, ticking = WedgeDetector(end_timeout_ms=end_timeout), WedgeDetector(end_timeout_ms=end_timeout)
    for (key, gap), tick in zip(keys, ticks):
        if tick:
            ticked += ticking.flush(at + data.draw(st.integers(0, gap)))
        at += gap
        plain += detector.feed(key, at_ms=at)
        ticked += ticking.feed(key, at_ms=at)
    plain += detector.flush(at + 3000)
    ticked += ticking.flush(at + 3000)
    assert merged(plain) == merged(ticked) == merged(expected)


GARBAGE_KEYS = st.one_of(st.text(max_size=3), TERMINATORS, st.just(GS), st.just(""))
OPERATIONS = st.lists(st.tuples(st.sampled_from(["feed", "feed", "feed", "flush", "drain"]), GARBAGE_KEYS,
                                st.integers(-10**6, 10**12)), max_size=60)


@given(operations=OPERATIONS, gap_ms=st.integers(1, 200), min_length=st.integers(1, 5),
       end_timeout=st.one_of(st.none(), st.integers(0, 300)), max_length=st.integers(0, 20))
def test_garbage_and_interleavings_never_crash_and_never_lose_a_character(operations, gap_ms, min_length,
                                                                        end_timeout, max_length):
    detector = WedgeDetector(gap_ms=gap_ms, min_length=min_length, max_length=min_length + max_length,
                             end_timeout_ms=None if end_timeout is None else gap_ms + end_timeout)
    events, fed = [], []
    for operation, key, at in operations:
        if operation == "feed":
            fed.append(key)
            events += detector.feed(key, at_ms=at)
        elif operation == "flush":
            events += detector.flush(at)
        else:
            events += detector.drain()
    events += detector.drain()
    strip = str.maketrans("", "", "\r\n\t")
    out = "".join(event.text if isinstance(event, Typed) else event.code for event in events)
    assert out.translate(strip) == "".join(fed).translate(strip)
    scans = [event for event in events if isinstance(event, Scan)]
    assert all(len(scan.code) >= min_length and not set(scan.code) & set("\r\n\t") for scan in scans)
    if end_timeout is None:
        typed_ends = sum(event.text.count(t) for event in events if isinstance(event, Typed) for t in "\r\n\t")
        assert typed_ends + len(scans) == sum(key.count(t) for key in fed for t in "\r\n\t")
