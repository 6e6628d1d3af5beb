"""Scale protocols by name, and `open_scale`: a scale from its settings strings.

`open_scale(port="/dev/ttyUSB0", protocol="toledo8217")` gives a `SerialScale`; the port is anything
pyserial's `serial_for_url` opens (`COM3`, `socket://10.0.0.5:4001`, `rfc2217://…`). The port `sim://`
gives the in-process `SimulatedScale`, so a simulator is a valid production setting (demo, training till).
Opening is lazy: a scale that is off when the till starts is picked up at the first read after it is on.
"""
from __future__ import annotations

from pos_app.hardware.errors import SettingError
from pos_app.hardware.scale import cas, sics, toledo8217
from pos_app.hardware.scale.protocol import ScaleProtocol
from pos_app.hardware.scale.reading import ScaleReader
from pos_app.hardware.scale.serial_scale import SerialScale

PROTOCOLS: dict[str, ScaleProtocol] = {
    p.name: p for p in (toledo8217.PROTOCOL, sics.PROTOCOL, cas.PROTOCOL, cas.ECR_PROTOCOL)}


def protocol_named(name: str) -> ScaleProtocol:
    protocol = PROTOCOLS.get(str(name).strip().lower())
    if protocol is None:
        raise SettingError(f"Unknown scale protocol {name!r}: use one of {', '.join(PROTOCOLS)}.")
    return protocol


def open_scale(*, port: str, protocol: str, **settings: object) -> ScaleReader:
    """A scale on `port` speaking `protocol`; `settings` override its serial defaults (baudrate, bytesize,
    parity, stopbits). Bad names or values are a SettingError; the port itself is opened at the first call."""
    chosen = protocol_named(protocol)
    serial_settings = chosen.settings.with_overrides(**settings)
    if not str(port).strip():
        raise SettingError("No scale port given: use a device such as /dev/ttyUSB0 or COM3, or socket://host:port.")
    if str(port).strip().lower().startswith("sim://"):
        from pos_app.hardware.scale.simulator import SimulatedScale  # only a simulator setting needs it
        return SimulatedScale(protocol=chosen.name, port=port)
    return SerialScale(port=str(port).strip(), protocol=chosen, settings=serial_settings)
