"""`open_scanner(setting)`: the scanner a device-settings string names.

    simulated://                                   SimulatedScanner (scan() from code, a demo button)
    wedge://[?gap_ms=50&min_length=3&end_timeout_ms=120&max_length=256]
                                                   keyboard-wedge scanner; the till window feeds it keys
    serial:///dev/ttyACM0?baudrate=9600&parity=N   a serial port with line settings and reader options:
    serial://COM3?baudrate=9600                    baudrate, bytesize, parity (N E O M S), stopbits (1 1.5 2),
                                                   idle_ms (partial-code timeout), reconnect_ms
    /dev/ttyUSB0, COM3, socket://host:port, rfc2217://host:port, loop://
                                                   any other pyserial URL, as is, at 9600 8N1

Nothing is opened here: a serial scanner opens its port when started, so a till starts even when the
scanner is unplugged. A setting that cannot work (unknown option, bad number, unknown URL protocol) is a
SettingError at once, naming the setting.
"""
from __future__ import annotations

from collections.abc import Callable
from urllib.parse import parse_qsl, urlsplit

from pos_app.hardware.errors import SettingError
from pos_app.hardware.scanner.serial_scanner import SerialScanner
from pos_app.hardware.scanner.simulated import SimulatedScanner
from pos_app.hardware.scanner.source import BarcodeSource, ScannerStatus
from pos_app.hardware.scanner.wedge import KeyboardWedge, WedgeDetector

_WEDGE_OPTIONS = ("gap_ms", "min_length", "end_timeout_ms", "max_length")
_SERIAL_NUMBERS = ("baudrate", "bytesize", "idle_ms", "reconnect_ms")
_SERIAL_TEXTS = ("parity", "stopbits")


def open_scanner(setting: str, *, on_status: Callable[[ScannerStatus], None] | None = None) -> BarcodeSource:
    """The BarcodeSource for `setting`, not yet started. `on_status` is told of serial status changes."""
    if not isinstance(setting, str) or not setting.strip():
        raise SettingError("The scanner setting is empty: give a port such as /dev/ttyACM0 or COM3, "
                           "serial://…, wedge:// or simulated://.")
    text = setting.strip()
    parts = urlsplit(text)
    scheme = parts.scheme.lower()
    if scheme == "simulated":
        if parts.netloc or parts.path or parts.query:
            raise SettingError(f"Scanner setting {text!r}: simulated:// takes no port or options.")
        return SimulatedScanner(setting=text)
    if scheme == "wedge":
        if parts.netloc or parts.path:
            raise SettingError(f"Scanner setting {text!r}: wedge:// takes options only, e.g. wedge://?gap_ms=50.")
        options = _options(text, parts.query, allowed=_WEDGE_OPTIONS)
        return KeyboardWedge(setting=text, detector=WedgeDetector(**{k: _number(text, k, v)
                                                                     for k, v in options.items()}))
    if scheme == "serial":
        port = parts.netloc + parts.path
        if not port:
            raise SettingError(f"Scanner setting {text!r} names no port: write serial:///dev/ttyACM0 or "
                               "serial://COM3.")
        options = _options(text, parts.query, allowed=_SERIAL_NUMBERS + _SERIAL_TEXTS)
        values: dict[str, object] = {k: _number(text, k, v) for k, v in options.items() if k in _SERIAL_NUMBERS}
        values.update({k: v.upper() for k, v in options.items() if k in _SERIAL_TEXTS})
        return SerialScanner(port, setting=text, on_status=on_status, **values)
    return SerialScanner(text, on_status=on_status)


def _options(setting: str, query: str, *, allowed: tuple[str, ...]) -> dict[str, str]:
    try:
        pairs = parse_qsl(query, keep_blank_values=True, strict_parsing=bool(query))
    except ValueError:
        raise SettingError(f"Scanner setting {setting!r}: options must look like ?name=value&name=value.") from None
    options: dict[str, str] = {}
    for name, value in pairs:
        if name not in allowed:
            raise SettingError(f"Scanner setting {setting!r}: unknown option {name!r}; "
                               f"the options are {', '.join(allowed)}.")
        if name in options:
            raise SettingError(f"Scanner setting {setting!r} gives {name} twice.")
        options[name] = value
    return options


def _number(setting: str, name: str, value: str) -> int:
    if not value.isascii() or not value.isdigit():
        raise SettingError(f"Scanner setting {setting!r}: {name} must be a whole number, not {value!r}.")
    return int(value)
