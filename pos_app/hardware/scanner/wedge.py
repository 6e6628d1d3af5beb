"""Keyboard-wedge scanners: telling a scanner's burst of keys from a person typing, by timing alone.

A wedge scanner types the code as keystrokes a few milliseconds apart; people type a key every 100 ms or
more. The till window's event filter feeds every key's text and timestamp to a `WedgeDetector` and gets
back events: `Scan(code)` for a scanner burst, `Typed(text)` for what a person typed, which the window puts
back where it was going (the search box). Nothing typed is ever swallowed: every character fed comes back
either inside a Scan or inside a Typed, in the order it was fed.

The rules, with `gap_ms` (default 50) and `min_length` (default 3):

- A burst is a run of keys, each at most `gap_ms` after the one before. The detector holds a burst's
  characters until it knows what they are.
- A burst ended by Enter or Tab ('\\r', '\\n', '\\t'), itself within `gap_ms`, with at least `min_length`
  characters, is a Scan; the terminator is consumed. Otherwise the characters and the terminator are Typed.
- A key more than `gap_ms` after the previous one (a slow key) ends the burst: its held characters are
  released as Typed, and the slow key starts a new burst. So an Enter after slowly typed text is a person's
  Enter, handed back as Typed.
- For scanners set up without a suffix, `end_timeout_ms` (at least `gap_ms`) makes a burst of at least
  `min_length` characters followed by that much silence a Scan. A key arriving after `gap_ms` but before
  `end_timeout_ms` still breaks the burst into Typed: a person started typing, and their text wins.
- The GS1 group separator (GS, '\\x1d', which scanners send for FNC1) is an ordinary character: it stays in
  the code. Scanners that map it to Ctrl+] or F8 must be set to send GS itself.
- Keys without text (Shift, which a wedge scanner presses for capitals) are ignored and do not affect
  timing. A key with several characters (an input method's commit, a paste) is a person's: it is Typed and
  the rest of its burst too. A burst longer than `max_length` is a held-down key, not a code: it is Typed.
- A timestamp earlier than the previous one (a wrapped or reset clock) counts as a slow key.

Held characters are only released when a later key or a `flush(at_ms)` shows the burst is over, so the
window calls `flush` from a timer at `deadline()`; how often it ticks changes when Typed arrives, never
what the events are.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass

from pos_app.hardware.errors import SettingError
from pos_app.hardware.scanner.source import CodeHandler, ScannerState, ScannerStatus

log = logging.getLogger(__name__)

GS = "\x1d"
TERMINATORS = frozenset("\r\n\t")
DEFAULT_GAP_MS = 50
DEFAULT_MIN_LENGTH = 3
DEFAULT_MAX_LENGTH = 256


@dataclass(frozen=True)
class Scan:
    code: str


@dataclass(frozen=True)
class Typed:
    text: str


WedgeEvent = Scan | Typed


def _whole(name: str, value: object, *, least: int) -> int:
    if type(value) is not int or value < least:
        raise SettingError(f"Keyboard scanner setting {name} must be a whole number of at least {least}, "
                           f"not {value!r}.")
    return value


class WedgeDetector:
    """Pure and single-threaded: feed it keys in the order they arrived; it never reads a clock itself."""

    def __init__(self, *, gap_ms: int = DEFAULT_GAP_MS, min_length: int = DEFAULT_MIN_LENGTH,
                 end_timeout_ms: int | None = None, max_length: int = DEFAULT_MAX_LENGTH) -> None:
        self.gap_ms = _whole("gap_ms", gap_ms, least=1)
        self.min_length = _whole("min_length", min_length, least=1)
        self.max_length = _whole("max_length", max_length, least=self.min_length)
        if end_timeout_ms is not None:
            _whole("end_timeout_ms", end_timeout_ms, least=self.gap_ms)
        self.end_timeout_ms = end_timeout_ms
        self._held: list[str] = []
        self._last: int | None = None  # when the previous key with text arrived
        self._spoiled = False           # this burst cannot be a scan any more; its keys pass straight through

    @property
    def pending(self) -> bool:
        """True while characters are held back, waiting for the burst to show what it is."""
        return bool(self._held)

    def deadline(self) -> int | None:
        """The earliest time at which `flush` can release what is held; None when nothing is held."""
        if not self._held or self._last is None:
            return None
        if self._timed_scan_possible():
            return self._last + max(self.gap_ms + 1, self.end_timeout_ms)
        return self._last + self.gap_ms + 1

    def feed(self, key: str, *, at_ms: int) -> list[WedgeEvent]:
        if not isinstance(key, str) or not key:
            return []
        silence = None if self._last is None or at_ms < self._last else at_ms - self._last
        events: list[WedgeEvent] = []
        if silence is None or silence > self.gap_ms:
            events += self._close(silence)
        self._last = at_ms
        if len(key) > 1:
            events += self._release()
            events.append(Typed(key))
            self._spoiled = True
        elif key in TERMINATORS:
            if len(self._held) >= self.min_length:
                events.append(Scan("".join(self._held)))
                self._held.clear()
            else:
                events += self._release()
                events.append(Typed(key))
            self._spoiled = False
        elif self._spoiled:
            events.append(Typed(key))
        else:
            self._held.append(key)
            if len(self._held) > self.max_length:
                events += self._release()
                self._spoiled = True
        return _merged(events)

    def flush(self, at_ms: int) -> list[WedgeEvent]:
        """Release what is held if, at `at_ms`, the burst is known to be over; else nothing."""
        if not self._held or self._last is None or at_ms < self._last:
            return []
        silence = at_ms - self._last
        if silence <= self.gap_ms:
            return []
        if self._timed_scan_possible() and silence < self.end_timeout_ms:
            return []
        return self._close(silence)

    def drain(self) -> list[WedgeEvent]:
        """Give back everything held as Typed now (focus moved, window closing): a person's keys win."""
        self._spoiled = False
        self._last = None
        return self._release()

    def _timed_scan_possible(self) -> bool:
        return self.end_timeout_ms is not None and len(self._held) >= self.min_length

    def _close(self, silence: int | None) -> list[WedgeEvent]:
        """The burst is over (a slow key or a flush `silence` ms after its last key; None: clock went back)."""
        self._spoiled = False
        if self._timed_scan_possible() and silence is not None and silence >= self.end_timeout_ms:
            code = "".join(self._held)
            self._held.clear()
            return [Scan(code)]
        return self._release()

    def _release(self) -> list[WedgeEvent]:
        if not self._held:
            return []
        text = "".join(self._held)
        self._held.clear()
        return [Typed(text)]


def _merged(events: list[WedgeEvent]) -> list[WedgeEvent]:
    out: list[WedgeEvent] = []
    for event in events:
        if out and isinstance(event, Typed) and isinstance(out[-1], Typed):
            out[-1] = Typed(out[-1].text + event.text)
        else:
            out.append(event)
    return out


class KeyboardWedge:
    """The `BarcodeSource` for a wedge scanner: the window feeds it keys; scans go to the handler (on the
    feeding thread, i.e. the UI thread), and what a person typed comes back from `feed`/`flush` to be
    put where it was going. When stopped, every key (and anything still held) comes straight back."""

    def __init__(self, *, setting: str = "wedge://", detector: WedgeDetector | None = None) -> None:
        self._setting = setting
        self.detector = detector or WedgeDetector()
        self._on_code: CodeHandler | None = None
        self._codes = 0

    @property
    def setting(self) -> str:
        return self._setting

    def start(self, on_code: CodeHandler) -> None:
        if self._on_code is not None:
            raise SettingError(f"Scanner {self._setting} is already started.")
        self._on_code = on_code
        self._codes = 0

    def stop(self) -> None:
        self._on_code = None

    def status(self) -> ScannerStatus:
        state = ScannerState.STOPPED if self._on_code is None else ScannerState.CONNECTED
        return ScannerStatus(state=state, codes=self._codes)

    def feed(self, key: str, *, at_ms: int) -> list[Typed]:
        if self._on_code is None:
            passed = [Typed(key)] if isinstance(key, str) and key else []
            return self._typed(_merged([*self.detector.drain(), *passed]))
        return self._deliver(self.detector.feed(key, at_ms=at_ms))

    def flush(self, at_ms: int) -> list[Typed]:
        if self._on_code is None:
            return self.drain()
        return self._deliver(self.detector.flush(at_ms))

    def drain(self) -> list[Typed]:
        return self._typed(self.detector.drain())

    def deadline(self) -> int | None:
        return self.detector.deadline()

    def _deliver(self, events: list[WedgeEvent]) -> list[Typed]:
        for event in events:
            if isinstance(event, Scan):
                self._codes += 1
                try:
                    self._on_code(event.code)
                except Exception:  # the handler's bug must not cost the person the text they typed
                    log.exception("Scanner %s: the code handler failed on %r", self._setting, event.code)
        return self._typed(events)

    @staticmethod
    def _typed(events: list[WedgeEvent]) -> list[Typed]:
        return [event for event in events if isinstance(event, Typed)]
