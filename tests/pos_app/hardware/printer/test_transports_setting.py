"""The printer setting string: every accepted form, refusals that list the forms, and round trips."""
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pos_app.hardware.errors import SettingError
from pos_app.hardware.printer.printer_setting import (CupsSetting, DummySetting, FileSetting, SerialSetting,
                                                      TcpSetting, UsbSetting, parse_printer_setting)
from pos_app.hardware.printer.printer_status import PrinterState


@pytest.mark.parametrize("text, expected", [
    ("usb://0x04b8:0x0202", UsbSetting(vendor=0x04B8, product=0x0202)),
    ("usb://04B8:202?out_ep=0x02&in_ep=0x81", UsbSetting(vendor=0x04B8, product=0x0202, out_ep=2, in_ep=0x81)),
    ("serial:///dev/ttyUSB0?baudrate=19200", SerialSetting("/dev/ttyUSB0", (("baudrate", "19200"),))),
    ("serial:///dev/ttyS0?parity=e&stopbits=2&rtscts=true",
     SerialSetting("/dev/ttyS0", (("parity", "E"), ("rtscts", "1"), ("stopbits", "2")))),
    ("serial://COM3?baudrate=9600", SerialSetting("COM3", (("baudrate", "9600"),))),
    ("/dev/ttyUSB0", SerialSetting("/dev/ttyUSB0")),
    ("COM12", SerialSetting("COM12")),
    ("rfc2217://10.0.0.9:4001", SerialSetting("rfc2217://10.0.0.9:4001")),
    ("loop://", SerialSetting("loop://")),
    ("tcp://10.0.0.5:9100", TcpSetting("10.0.0.5", 9100)),
    ("tcp://printer.shop.lan", TcpSetting("printer.shop.lan", 9100)),
    ("TCP://[::1]:9101", TcpSetting("::1", 9101)),
    ("socket://10.0.0.5:9100", TcpSetting("10.0.0.5", 9100)),
    ("file:///dev/usb/lp0", FileSetting("/dev/usb/lp0")),
    ("file://localhost/tmp/out.bin", FileSetting("/tmp/out.bin")),
    ("file:///tmp/my%20receipts.bin", FileSetting("/tmp/my receipts.bin")),
    ("file:///C:/receipts/out.bin", FileSetting("C:/receipts/out.bin")),
    ("cups://EPSON_TM_T20", CupsSetting("EPSON_TM_T20")),
    ("dummy://", DummySetting("default")),
    ("  dummy://front?state=paper_out ", DummySetting("front", PrinterState.PAPER_OUT)),
])
def test_accepted_forms(text, expected):
    assert parse_printer_setting(text) == expected


@pytest.mark.parametrize("text, reason", [
    ("", "empty"),
    ("printer", "no scheme"),
    ("http://10.0.0.5", "not a printer connection"),
    ("tcp://", "needs a host"),
    ("tcp://10.0.0.5:0", "port must be a number"),
    ("tcp://10.0.0.5:70000", "port must be a number"),
    ("tcp://10.0.0.5:abc", "port must be a number"),
    ("tcp://10.0.0.5/queue", "needs a host"),
    ("tcp://bad_host!:9100", "not a host name"),
    ("tcp://10.0.0.5?timeout=3", "unknown option timeout"),
    ("serial://", "needs a port"),
    ("serial:///dev/ttyUSB0?baudrate=fast", "baudrate=fast"),
    ("serial:///dev/ttyUSB0?speed=9600", "unknown option speed"),
    ("serial:///dev/ttyUSB0?parity=X", "parity=X"),
    ("usb://epson", "vendor and product"),
    ("usb://0x04b8:0x0202?out_ep=0x100", "endpoint"),
    ("file://relative/path", "absolute path"),
    ("cups://My Printer", "queue name"),
    ("dummy://x?state=melted", "state=melted"),
])
def test_refusals_say_why_and_list_the_accepted_forms(text, reason):
    with pytest.raises(SettingError) as raised:
        parse_printer_setting(text)
    message = str(raised.value)
    assert reason in message
    assert "usb://0x04b8:0x0202" in message and "tcp://" in message and "cups://" in message
    assert message.count("\n") == 0


hosts = st.one_of(st.ip_addresses().map(str),
                  st.from_regex(r"[a-z][a-z0-9-]{0,10}[a-z0-9](\.[a-z][a-z0-9]{0,8}){0,2}", fullmatch=True))
settings_strategy = st.one_of(
    st.builds(TcpSetting, host=hosts, port=st.integers(1, 65535)),
    st.builds(UsbSetting, vendor=st.integers(0, 0xFFFF), product=st.integers(0, 0xFFFF),
              out_ep=st.integers(0, 255), in_ep=st.integers(0, 255)),
    st.builds(SerialSetting, port=st.from_regex(r"(/dev/tty[A-Za-z0-9]{1,8}|COM[1-9][0-9]?)", fullmatch=True),
              options=st.dictionaries(st.sampled_from(["baudrate", "parity", "stopbits", "rtscts"]), st.none())
              .map(lambda keys: tuple(sorted((k, {"baudrate": "19200", "parity": "E", "stopbits": "1.5",
                                                  "rtscts": "1"}[k]) for k in keys)))),
    st.builds(FileSetting, path=st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\0"),
                                        min_size=1, max_size=30).map(lambda s: "/tmp/" + s)),
    st.builds(CupsSetting, queue=st.from_regex(r"[A-Za-z0-9_.-]{1,30}", fullmatch=True)),
    st.builds(DummySetting, name=st.from_regex(r"[a-z0-9_]{1,10}", fullmatch=True),
              state=st.none() | st.sampled_from(PrinterState)),
)


@given(settings_strategy)
@settings(max_examples=300)
def test_the_canonical_form_parses_back_to_the_same_target(setting):
    assert parse_printer_setting(str(setting)) == setting


@given(st.text(max_size=60) | st.from_regex(r"(tcp|serial|usb|file|cups|dummy|socket)://.{0,40}"))
@settings(max_examples=500)
def test_any_text_is_a_target_or_one_setting_error(text):
    try:
        setting = parse_printer_setting(text)
    except SettingError as error:
        assert str(error).startswith("The printer setting")
    else:
        assert parse_printer_setting(str(setting)) == setting
