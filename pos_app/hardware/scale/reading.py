"""What a scale tells the till: `ScaleReading`, `ScaleStatus`, `ScaleReply`, and the `ScaleReader` protocol.

A reading's weight is an exact integer of grams (never a float): the scale's decimal text goes through
`pos_app.core` quantity parsing, and a value that is not a whole number of grams is not a weight we sell by.
A sale takes only a stable weight above zero (`sale_grams`). Nothing here filters "unchanged" weights: the
same stable weight read twice is two valid readings, so the second of two identical items is never lost.
"""
from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from typing import Protocol, runtime_checkable

from pos_app.core.errors import InvalidInput
from pos_app.core.quantity import format_quantity, parse_quantity
from pos_app.hardware.errors import HardwareError

# Hard bound of every wait on a scale: the cashier must never watch a frozen weight display for longer.
MAX_WAIT_MS = 500

# Grams in one unit, for the units a retail scale may report. Pounds and ounces are refused (see
# `weight_grams`): a pound is 453.59237 g, so 0.01 lb is not a whole number of grams.
_GRAMS_PER_UNIT = {"kg": 1000, "g": 1, "t": 1_000_000}


class ScaleStatus(str, Enum):
    OK = "ok"                      # a stable weight
    MOVING = "moving"              # the weight is still settling
    OVER = "over"                  # over capacity
    UNDER = "under"                # under zero: a negative weight, or the scale's own underload state
    ERROR = "error"                # the scale answered without a usable weight (busy, pounds, …); see detail
    NO_ANSWER = "no_answer"        # the port is open but the scale did not answer in time
    DISCONNECTED = "disconnected"  # the port cannot be opened or was lost; the adapter reopens it by itself


@dataclass(frozen=True)
class ScaleReading:
    status: ScaleStatus
    grams: int | None = None   # None when the scale sent no weight (over, under, status frames)
    net: bool = False          # a tare is active: the weight is net of it
    unit: str = "kg"           # the unit the scale displayed
    detail: str = ""           # for ERROR: one sentence saying what is wrong

    @property
    def stable(self) -> bool:
        return self.status is ScaleStatus.OK

    @property
    def moving(self) -> bool:
        return self.status is ScaleStatus.MOVING

    @property
    def overload(self) -> bool:
        return self.status is ScaleStatus.OVER

    @property
    def underload(self) -> bool:
        return self.status is ScaleStatus.UNDER

    @property
    def kg(self) -> str | None:
        return None if self.grams is None else format_quantity(self.grams)

    @property
    def sellable(self) -> bool:
        return self.stable and self.grams is not None and self.grams > 0


@dataclass(frozen=True)
class ScaleReply:
    """The scale's answer to a command (zero, tare, clear tare) or its refusal of a request."""
    ok: bool
    detail: str = ""


Frame = ScaleReading | ScaleReply


def weighed(*, status: ScaleStatus, grams: int, net: bool = False, unit: str = "kg") -> ScaleReading:
    """A reading of a weight the scale sent; a negative stable weight is under zero."""
    if status is ScaleStatus.OK and grams < 0:
        status = ScaleStatus.UNDER
    return ScaleReading(status=status, grams=grams, net=net, unit=unit)


def weight_grams(text: str, *, unit: str) -> int | None:
    """The scale's decimal text in `unit` as exact grams; None if it is not a whole number of grams.

    Never raises: parsers call this on whatever arrived on the wire.
    """
    factor = _GRAMS_PER_UNIT.get(unit.lower())
    if factor is None or len(text) > 20:
        return None
    try:
        milli = parse_quantity(text.strip(), what="weight")  # thousandths of `unit`
    except InvalidInput:
        return None
    grams, rest = divmod(milli * factor, 1000)
    return None if rest else grams


def unusable_weight(*, text: str, unit: str) -> ScaleReading:
    """A weight the scale sent that is not a whole number of grams of a metric unit: refused, never rounded."""
    if unit.lower() in _GRAMS_PER_UNIT:
        detail = (f"The scale sends {text.strip()} {unit}, finer than a gram: set its resolution to 1 g or "
                  "coarser.")
    else:
        detail = f"The scale weighs in {unit}: set it to kilograms (a pound or ounce is not a whole number of grams)."
    return ScaleReading(status=ScaleStatus.ERROR, unit=unit, detail=detail)


def sale_grams(reading: ScaleReading) -> int:
    """The weight a sale may take: only a stable weight above zero, else one sentence for the cashier."""
    if reading.sellable:
        return reading.grams  # type: ignore[return-value]
    sentences = {
        ScaleStatus.MOVING: "The weight is still moving: wait until the scale is steady.",
        ScaleStatus.OVER: "The scale is over capacity: take something off.",
        ScaleStatus.UNDER: "The scale is below zero: empty it and zero it.",
        ScaleStatus.NO_ANSWER: "The scale did not answer: check that it is switched on.",
        ScaleStatus.DISCONNECTED: "The scale is not connected: check its cable.",
    }
    if reading.status is ScaleStatus.ERROR:
        message = reading.detail or "The scale sent no usable weight."
    elif reading.status is ScaleStatus.OK:
        message = "Nothing on the scale: put the item on it." if reading.grams == 0 else \
            "The scale sent no weight: weigh again."
    else:
        message = sentences[reading.status]
    raise HardwareError(message, code=f"scale_{reading.status.value}")


def as_json(reading: ScaleReading) -> dict:
    """Plain JSON data with exact decimal strings (no floats)."""
    return {"grams": reading.grams, "kg": reading.kg, "stable": reading.stable, "status": reading.status.value,
            "moving": reading.moving, "overload": reading.overload, "underload": reading.underload,
            "net": reading.net, "unit": reading.unit, "sellable": reading.sellable, "detail": reading.detail}


@runtime_checkable
class ScaleReader(Protocol):
    """A scale the till can weigh with. Calls may block up to `MAX_WAIT_MS`: call from a worker thread.

    Errors are HardwareErrors: DeviceTimeout (no answer), DeviceUnavailable (port missing or lost; the next
    call reopens it), ProtocolError (the scale answers something else). `status` is the last known state.
    """
    port: str
    protocol: str

    @property
    def status(self) -> ScaleStatus: ...

    def read(self, *, timeout_ms: int = MAX_WAIT_MS) -> ScaleReading: ...

    def zero(self) -> None: ...

    def tare(self) -> None: ...

    def clear_tare(self) -> None: ...

    def close(self) -> None: ...
