"""The cash drawer kick: ESC p m t1 t2 (1B 70 m t1 t2), sent through the receipt printer the drawer is
plugged into. m 0 drives connector pin 2, m 1 pin 5; the pulse is on for t1 × 2 ms and off for t2 × 2 ms.
50 ms on / 500 ms off is what Epson's drivers send and what drawer solenoids are rated for.
"""
from __future__ import annotations

from pos_app.hardware.errors import SettingError

PINS = {2: 0, 5: 1}


def kick_command(*, pin: int = 2, on_ms: int = 50, off_ms: int = 500) -> bytes:
    if pin not in PINS:
        raise SettingError(f"A cash drawer is on connector pin 2 or 5, not {pin}: check the drawer's cable label.")
    for name, value in (("on", on_ms), ("off", off_ms)):
        if not 2 <= value <= 510:
            raise SettingError(f"The drawer pulse {name} time must be 2 to 510 ms, not {value}.")
    return bytes((0x1B, 0x70, PINS[pin], on_ms // 2, off_ms // 2))


DRAWER_KICK = kick_command()
