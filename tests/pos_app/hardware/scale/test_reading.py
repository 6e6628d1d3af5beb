"""Readings: exact grams, the sale rule, JSON; serial settings and protocol names."""
import pytest
from hypothesis import given
from hypothesis import strategies as st

from pos_app.hardware.errors import HardwareError, SettingError
from pos_app.hardware.scale import PROTOCOLS, ScaleReader, SimulatedScale, open_scale, protocol_named
from pos_app.hardware.scale.protocol import SerialSettings
from pos_app.hardware.scale.reading import ScaleReading, ScaleStatus, as_json, sale_grams, weight_grams
from pos_app.hardware.scale.serial_scale import SerialScale

OK, MOVING, OVER, UNDER, ERROR = (ScaleStatus.OK, ScaleStatus.MOVING, ScaleStatus.OVER, ScaleStatus.UNDER,
                                  ScaleStatus.ERROR)


@pytest.mark.parametrize("text, unit, grams", [
    ("1.234", "kg", 1234), ("01.234", "kg", 1234), ("0.001", "kg", 1), ("-0.010", "kg", -10), ("1234", "g", 1234),
    ("1.5", "t", 1_500_000), ("1.2345", "kg", None), ("1234.5", "g", None), ("2.00", "lb", None), ("1", "oz", None),
    ("abc", "kg", None), ("1e3", "kg", 1_000_000), ("", "kg", None), ("9" * 30, "kg", None)])
def test_weight_grams_is_exact_or_nothing(text, unit, grams):
    assert weight_grams(text, unit=unit) == grams


@given(st.integers(-10**9, 10**9))
def test_weight_grams_round_trips_every_whole_gram(grams):
    sign = "-" if grams < 0 else ""
    kg, rest = divmod(abs(grams), 1000)
    assert weight_grams(f"{sign}{kg}.{rest:03d}", unit="kg") == grams


def test_a_sale_takes_only_a_stable_weight_above_zero():
    assert sale_grams(ScaleReading(OK, 1234)) == 1234
    cases = {
        ScaleReading(OK, 0): "Nothing on the scale: put the item on it.",
        ScaleReading(MOVING, 1234): "The weight is still moving: wait until the scale is steady.",
        ScaleReading(OVER): "The scale is over capacity: take something off.",
        ScaleReading(UNDER, -10): "The scale is below zero: empty it and zero it.",
        ScaleReading(ERROR, detail="The scale weighs in lb: set it to kilograms."):
            "The scale weighs in lb: set it to kilograms.",
    }
    for reading, sentence in cases.items():
        with pytest.raises(HardwareError) as refused:
            sale_grams(reading)
        assert str(refused.value) == sentence and refused.value.code == f"scale_{reading.status.value}"


def test_json_uses_exact_decimal_strings():
    assert as_json(ScaleReading(OK, 1234, net=True)) == {
        "grams": 1234, "kg": "1.234", "stable": True, "status": "ok", "moving": False, "overload": False,
        "underload": False, "net": True, "unit": "kg", "sellable": True, "detail": ""}
    assert as_json(ScaleReading(OVER))["kg"] is None
    assert as_json(ScaleReading(UNDER, -10))["kg"] == "-0.010"


def test_settings_overrides_and_their_errors():
    base = SerialSettings(9600, 7, "E", "1")
    assert base.with_overrides(baudrate="19200", parity="none", bytesize=8, stopbits="2") == \
        SerialSettings(19200, 8, "N", "2")
    assert base.with_overrides(baudrate=None) == base
    assert base.describe() == "9600 baud, 7 data bits, even parity, 1 stop bit"
    for overrides, message in [
        ({"baudrate": "fast"}, "Not a valid baud rate 'fast': use a positive whole number."),
        ({"bytesize": 9}, "Not a valid number of data bits 9: use one of 5, 6, 7, 8."),
        ({"parity": "x"}, "Unknown parity 'x': use none, even, odd, mark or space."),
        ({"stopbits": "3"}, "Unknown number of stop bits '3': use 1, 1.5 or 2."),
        ({"speed": 1}, "Unknown scale setting 'speed': use baudrate, bytesize, parity or stopbits."),
    ]:
        with pytest.raises(SettingError) as error:
            base.with_overrides(**overrides)
        assert str(error.value) == message


def test_open_scale_by_name():
    assert list(PROTOCOLS) == ["toledo8217", "sics", "cas", "cas-ecr"]
    scale = open_scale(port="/dev/ttyUSB9", protocol="Toledo8217", baudrate=4800)
    assert isinstance(scale, SerialScale) and isinstance(scale, ScaleReader)
    assert (scale.port, scale.protocol, scale.settings.baudrate, scale.settings.parity) == \
        ("/dev/ttyUSB9", "toledo8217", 4800, "E")
    assert scale.status is ScaleStatus.DISCONNECTED  # nothing opened yet: opening is lazy
    assert isinstance(open_scale(port="sim://", protocol="sics"), SimulatedScale)
    with pytest.raises(SettingError, match=r"^Unknown scale protocol 'dibal': use one of toledo8217, sics, cas, "
                                           r"cas-ecr\.$"):
        protocol_named("dibal")
    with pytest.raises(SettingError, match="No scale port given"):
        open_scale(port=" ", protocol="sics")


def test_a_bad_port_url_is_a_setting_error():
    scale = open_scale(port="nosuch://x", protocol="sics")
    with pytest.raises(SettingError, match=r"^Cannot use 'nosuch://x' as a scale port: "):
        scale.read()
