"""The printer setting: one string naming the printer, parsed into a target that opens connections.

    usb://0x04b8:0x0202[?out_ep=0x01&in_ep=0x82]    USB vendor:product, through pyusb
    serial:///dev/ttyUSB0?baudrate=19200             a serial line (also serial://COM3, bare /dev/ttyUSB0, COM3,
                                                     and pyserial's rfc2217://, loop://, spy://, alt://, hwgrep://)
    tcp://192.168.1.50[:9100]                        raw TCP; pyserial's socket://host:port means the same
    file:///dev/usb/lp0                              a device file (or a plain file, bytes appended)
    cups://QueueName                                 a CUPS queue, sent raw with `lp -d QueueName -o raw`
    dummy://[NAME][?state=paper_out]                 the simulated printer, in memory

str(target) is the canonical form, and parsing it again gives an equal target.
"""
from __future__ import annotations

import ipaddress
import re
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import parse_qsl, quote, unquote, urlsplit

from pos_app.hardware.errors import SettingError
from pos_app.hardware.printer.connection import DEFAULT_TIMEOUT, PrinterConnection
from pos_app.hardware.printer.printer_status import PrinterState

FORMS = ("usb://0x04b8:0x0202, serial:///dev/ttyUSB0?baudrate=19200 (or any pyserial port URL), "
         "tcp://192.168.1.50:9100, file:///dev/usb/lp0, cups://QueueName, or file:///tmp/receipts.bin or dummy:// "
         "to run without a printer")
PYSERIAL_SCHEMES = ("rfc2217", "loop", "spy", "alt", "hwgrep", "cp2110")
SERIAL_PORT = re.compile(r"^(/dev/(tty|cu\.|pts/|serial/)\S+|COM[0-9]{1,3})$", re.IGNORECASE)
HOST_NAME = re.compile(r"^(?=.{1,253}$)[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
                       r"(\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*$")
CUPS_QUEUE = re.compile(r"^[^\s/#\\?%]{1,127}$")
DUMMY_NAME = re.compile(r"^[A-Za-z0-9_.-]{0,64}$")
SERIAL_OPTIONS = {
    "baudrate": lambda v: str(int(v)) if v.isdigit() and 50 <= int(v) <= 4_000_000 else None,
    "bytesize": lambda v: v if v in ("5", "6", "7", "8") else None,
    "parity": lambda v: v.upper() if v.upper() in ("N", "E", "O", "M", "S") else None,
    "stopbits": lambda v: v if v in ("1", "1.5", "2") else None,
    **{flag: (lambda v: {"1": "1", "true": "1", "yes": "1", "on": "1",
                         "0": "0", "false": "0", "no": "0", "off": "0"}.get(v.lower()))
       for flag in ("rtscts", "xonxoff", "dsrdtr")},
}


@dataclass(frozen=True)
class TcpSetting:
    host: str
    port: int = 9100
    kind = "tcp"

    def __str__(self) -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"tcp://{host}:{self.port}"

    def open(self, *, timeout: float = DEFAULT_TIMEOUT) -> PrinterConnection:
        from pos_app.hardware.printer.transports import NetworkConnection
        return NetworkConnection.open(host=self.host, port=self.port, url=str(self), timeout=timeout)


@dataclass(frozen=True)
class SerialSetting:
    port: str                       # a device path, COMn, or a whole pyserial URL (rfc2217://…)
    options: tuple[tuple[str, str], ...] = ()
    kind = "serial"

    def __str__(self) -> str:
        if "://" in self.port:
            return self.port
        query = "&".join(f"{key}={value}" for key, value in self.options)
        return f"serial://{quote(self.port, safe='/:')}" + (f"?{query}" if query else "")

    def open(self, *, timeout: float = DEFAULT_TIMEOUT) -> PrinterConnection:
        import serial
        from pos_app.hardware.printer.transports import SerialConnection
        stopbits = {"1": serial.STOPBITS_ONE, "1.5": serial.STOPBITS_ONE_POINT_FIVE, "2": serial.STOPBITS_TWO}
        options = dict(self.options)
        pyserial = {"baudrate": int(options.get("baudrate", "9600")), "bytesize": int(options.get("bytesize", "8")),
                    "parity": options.get("parity", "N"), "stopbits": stopbits[options.get("stopbits", "1")],
                    **{flag: options.get(flag) == "1" for flag in ("rtscts", "xonxoff", "dsrdtr")}}
        return SerialConnection.open(url=self.port, label=str(self), options=pyserial, timeout=timeout)


@dataclass(frozen=True)
class FileSetting:
    path: str
    kind = "file"

    def __str__(self) -> str:
        return "file://" + quote(self.path if self.path.startswith("/") else "/" + self.path, safe="/:")

    def open(self, *, timeout: float = DEFAULT_TIMEOUT) -> PrinterConnection:
        from pos_app.hardware.printer.transports import FileConnection
        return FileConnection.open(path=Path(self.path), url=str(self), timeout=timeout)


@dataclass(frozen=True)
class CupsSetting:
    queue: str
    kind = "cups"

    def __str__(self) -> str:
        return f"cups://{self.queue}"

    def open(self, *, timeout: float = DEFAULT_TIMEOUT) -> PrinterConnection:
        from pos_app.hardware.printer.system_transports import CupsConnection
        return CupsConnection.open(queue=self.queue, url=str(self), timeout=timeout)


@dataclass(frozen=True)
class UsbSetting:
    vendor: int
    product: int
    out_ep: int = 0x01
    in_ep: int = 0x82
    kind = "usb"

    def __str__(self) -> str:
        endpoints = "" if (self.out_ep, self.in_ep) == (0x01, 0x82) else \
            f"?out_ep=0x{self.out_ep:02x}&in_ep=0x{self.in_ep:02x}"
        return f"usb://0x{self.vendor:04x}:0x{self.product:04x}{endpoints}"

    def open(self, *, timeout: float = DEFAULT_TIMEOUT) -> PrinterConnection:
        from pos_app.hardware.printer.system_transports import UsbConnection
        return UsbConnection.open(vendor=self.vendor, product=self.product, out_ep=self.out_ep, in_ep=self.in_ep,
                                  url=str(self), timeout=timeout)


@dataclass(frozen=True)
class DummySetting:
    name: str = "default"
    state: PrinterState | None = None  # the simulated printer's state when first opened
    kind = "dummy"

    def __str__(self) -> str:
        return f"dummy://{self.name}" + (f"?state={self.state.value}" if self.state else "")

    def open(self, *, timeout: float = DEFAULT_TIMEOUT) -> PrinterConnection:
        from pos_app.hardware.printer.simulated_printer import SimulatedPrinter
        printer = SimulatedPrinter.named(self.name, initial_state=self.state)
        return printer.connect(url=str(self), timeout=timeout)


Setting = TcpSetting | SerialSetting | FileSetting | CupsSetting | UsbSetting | DummySetting


def parse_printer_setting(text: str) -> Setting:
    """The target a setting string names; SettingError (listing the accepted forms) for anything else."""
    raw = (text or "").strip()
    if not raw:
        raise _refuse(text, "it is empty")
    if "://" not in raw:
        if SERIAL_PORT.match(raw):
            return SerialSetting(port=raw)
        raise _refuse(text, "it has no scheme such as tcp:// or serial://")
    scheme, rest = raw.split("://", 1)
    scheme = scheme.lower()
    parsers = {"tcp": _tcp, "socket": _tcp, "serial": _serial, "file": _file, "cups": _cups, "usb": _usb,
               "dummy": _dummy}
    if scheme in PYSERIAL_SCHEMES:
        return SerialSetting(port=raw)
    if scheme not in parsers:
        raise _refuse(text, f"{scheme}:// is not a printer connection")
    location, _, query = rest.partition("?")
    try:
        pairs = parse_qsl(query, keep_blank_values=True, strict_parsing=bool(query))
    except ValueError:
        raise _refuse(text, f"its options {query!r} are not key=value pairs") from None
    return parsers[scheme](text, location, pairs)


def _refuse(text: str, reason: str) -> SettingError:
    return SettingError(f"The printer setting {text!r} is not understood ({reason}): use {FORMS}.")


def _no_options(text: str, pairs: list, *, allowed: tuple[str, ...] = ()) -> dict[str, str]:
    options = dict(pairs)
    unknown = sorted(set(options) - set(allowed))
    if unknown or len(options) != len(pairs):
        what = ", ".join(unknown) or "a repeated option"
        raise _refuse(text, f"unknown option {what}" + (f"; allowed: {', '.join(allowed)}" if allowed else ""))
    return options


def _tcp(text: str, location: str, pairs: list) -> TcpSetting:
    _no_options(text, pairs)
    try:
        parts = urlsplit(f"//{location}")
        host, port = parts.hostname, parts.port
    except ValueError:
        raise _refuse(text, "the port must be a number from 1 to 65535") from None
    if not host or "@" in location or parts.path not in ("", "/") or parts.fragment:
        raise _refuse(text, "it needs a host and optionally a port, as in tcp://192.168.1.50:9100")
    if port == 0:
        raise _refuse(text, "the port must be a number from 1 to 65535")
    try:
        host = str(ipaddress.ip_address(host))
    except ValueError:
        if ":" in host or not HOST_NAME.match(host):
            raise _refuse(text, f"{host!r} is not a host name or IP address") from None
    return TcpSetting(host=host, port=9100 if port is None else port)


def _serial(text: str, location: str, pairs: list) -> SerialSetting:
    options = _no_options(text, pairs, allowed=tuple(SERIAL_OPTIONS))
    port = unquote(location)
    if not port.strip("/") or port.startswith("//") or "://" in port or any(c.isspace() or c == "\0" for c in port):
        raise _refuse(text, "it needs a port, as in serial:///dev/ttyUSB0 or serial://COM3")
    checked = []
    for key in sorted(options):
        value = SERIAL_OPTIONS[key](options[key])
        if value is None:
            raise _refuse(text, f"{key}={options[key]} is not a valid value")
        checked.append((key, value))
    return SerialSetting(port=port, options=tuple(checked))


def _file(text: str, location: str, pairs: list) -> FileSetting:
    _no_options(text, pairs)
    if location.startswith("localhost/"):
        location = location[len("localhost"):]
    if not location.startswith("/") or location == "/":
        raise _refuse(text, "it needs an absolute path, as in file:///dev/usb/lp0")
    path = unquote(location)
    if re.match(r"^/[A-Za-z]:[/\\]", path):
        path = path[1:]  # file:///C:/receipts.bin on Windows
    if "\0" in path:
        raise _refuse(text, "the path contains a NUL character")
    return FileSetting(path=path)


def _cups(text: str, location: str, pairs: list) -> CupsSetting:
    _no_options(text, pairs)
    if not CUPS_QUEUE.match(location):
        raise _refuse(text, "it needs a CUPS queue name without spaces or slashes, as in cups://Receipts")
    return CupsSetting(queue=location)


def _usb(text: str, location: str, pairs: list) -> UsbSetting:
    options = _no_options(text, pairs, allowed=("out_ep", "in_ep"))
    match = re.fullmatch(r"(?:0x)?([0-9a-fA-F]{1,4}):(?:0x)?([0-9a-fA-F]{1,4})", location)
    if not match:
        raise _refuse(text, "it needs the USB vendor and product ids in hex, as in usb://0x04b8:0x0202")
    endpoints = {}
    for key, default in (("out_ep", 0x01), ("in_ep", 0x82)):
        value = options.get(key)
        try:
            endpoints[key] = default if value is None else int(value, 0)
        except ValueError:
            raise _refuse(text, f"{key}={value} is not a number") from None
        if not 0 <= endpoints[key] <= 0xFF:
            raise _refuse(text, f"{key}={value} is not an endpoint address (0x00 to 0xff)")
    return UsbSetting(vendor=int(match.group(1), 16), product=int(match.group(2), 16), **endpoints)


def _dummy(text: str, location: str, pairs: list) -> DummySetting:
    options = _no_options(text, pairs, allowed=("state",))
    if not DUMMY_NAME.match(location):
        raise _refuse(text, "a simulated printer's name is letters, digits, '.', '_' or '-'")
    state = options.get("state")
    if state is not None and state not in {s.value for s in PrinterState}:
        raise _refuse(text, f"state={state} is not one of {', '.join(s.value for s in PrinterState)}")
    return DummySetting(name=location or "default", state=PrinterState(state) if state else None)
