"""Decoding DLE EOT answers (bit meanings from Epson's ESC/POS reference), and the drawer kick bytes."""
import pytest
from hypothesis import given
from hypothesis import strategies as st

from pos_app.hardware.errors import SettingError
from pos_app.hardware.printer.drawer import DRAWER_KICK, kick_command
from pos_app.hardware.printer.printer_status import PrinterState, decode_status, is_status_byte

FRAME = 0x12  # bits 1 and 4 fixed on, 0 and 7 fixed off


@pytest.mark.parametrize("printer, cause, paper, state", [
    (0x12, 0x12, 0x12, PrinterState.ONLINE),
    (0x16, 0x12, 0x12, PrinterState.ONLINE),            # bit 2 of n=1 is the drawer sensor, not a fault
    (0x12, 0x12, 0x1E, PrinterState.PAPER_NEAR_END),    # n=4 bits 2-3
    (0x1A, 0x32, 0x7E, PrinterState.PAPER_OUT),         # offline, stopped at paper end, roll sensor bits 5-6
    (0x12, 0x12, 0x72, PrinterState.PAPER_OUT),
    (0x1A, 0x16, 0x12, PrinterState.COVER_OPEN),
    (0x1A, 0x36, 0x72, PrinterState.COVER_OPEN),        # cover open with no paper: close the cover first
    (0x1A, 0x52, 0x12, PrinterState.OFFLINE),           # error bit
    (0x1A, None, None, PrinterState.OFFLINE),
    (0x12, None, None, PrinterState.ONLINE),
    (None, None, None, PrinterState.UNKNOWN),
    (0x00, 0x12, 0x12, PrinterState.UNKNOWN),           # not a status frame: not an answer
    (0x12, 0xFF, 0x12, PrinterState.ONLINE),            # a garbled second answer is ignored, not believed
])
def test_epson_status_bytes(printer, cause, paper, state):
    assert decode_status(printer=printer, offline_cause=cause, paper=paper).state is state


status_bytes = st.integers(0, 0xFF).map(lambda b: (b & ~0x93) | FRAME)


@given(status_bytes, status_bytes, status_bytes)
def test_every_valid_answer_decodes_and_the_most_urgent_cause_wins(printer, cause, paper):
    state = decode_status(printer=printer, offline_cause=cause, paper=paper).state
    if cause & 0x04:
        assert state is PrinterState.COVER_OPEN
    elif paper & 0x60 or cause & 0x20:
        assert state is PrinterState.PAPER_OUT
    elif printer & 0x08 or cause & 0x40:
        assert state is PrinterState.OFFLINE
    else:
        assert state in (PrinterState.ONLINE, PrinterState.PAPER_NEAR_END)
        assert (state is PrinterState.PAPER_NEAR_END) == bool(paper & 0x0C)
    assert state.can_print == (state in (PrinterState.ONLINE, PrinterState.PAPER_NEAR_END))


@given(st.integers(0, 0xFF))
def test_a_byte_outside_the_frame_is_never_taken_for_status(value):
    assert is_status_byte(value) == (value & 0x93 == 0x12)
    if not is_status_byte(value):
        assert decode_status(printer=value).state is PrinterState.UNKNOWN


def test_drawer_kick_bytes():
    assert DRAWER_KICK == bytes.fromhex("1b 70 00 19 fa")   # pin 2, 50 ms on, 500 ms off
    assert kick_command(pin=5, on_ms=100, off_ms=200) == bytes.fromhex("1b 70 01 32 64")
    with pytest.raises(SettingError, match="pin 2 or 5"):
        kick_command(pin=3)
    with pytest.raises(SettingError, match="2 to 510 ms"):
        kick_command(on_ms=600)
