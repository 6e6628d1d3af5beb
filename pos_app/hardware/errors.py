"""The hardware layer's error vocabulary.

A HardwareError is one sentence a cashier or an operator can act on ("Scale on /dev/ttyUSB0 does not answer:
check its cable and that it is switched on."), with a stable `code` for the window to map to its own wording.
Drivers never let pyserial, socket or escpos exceptions escape: they translate them here. It shares the
message-and-code shape of the core's PosError (so the CLI and the window handle both in one place) but is
its own family: `except HardwareError` catches devices only.
"""
from __future__ import annotations

from pos_app.core.errors import PosError


class HardwareError(PosError):
    code = "hardware_error"


class DeviceUnavailable(HardwareError):
    """The device cannot be reached: port missing, cable out, printer off, host unreachable."""
    code = "device_unavailable"


class DeviceTimeout(HardwareError):
    """The device was reached but did not answer within the bound."""
    code = "device_timeout"


class ProtocolError(HardwareError):
    """The device answered with something the protocol does not allow."""
    code = "protocol_error"


class SettingError(HardwareError):
    """A device setting string (port URL, printer URL, protocol name) that cannot be understood."""
    code = "setting_error"
