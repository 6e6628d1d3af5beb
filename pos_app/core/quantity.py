"""Quantities as integers of thousandths of a product's base unit.

A kilogram product holds grams (1.234 kg = 1234), a litre product millilitres, a piece product
thousandths of a piece (½ cabbage = 500). So every quantity — weight, volume, count or fraction — is one
exact integer, and weights are exact to 1 g.
"""
from __future__ import annotations

from decimal import Decimal
from enum import Enum

from pos_app.core.decimals import parse_decimal, scaled
from pos_app.core.errors import InvalidInput

SCALE = 1000  # thousandths of the base unit
ONE = SCALE


class Unit(str, Enum):
    PIECE = "piece"
    KG = "kg"
    G = "g"
    L = "l"
    ML = "ml"

    @property
    def dimension(self) -> str:
        return {"piece": "count", "kg": "mass", "g": "mass", "l": "volume", "ml": "volume"}[self.value]

    @property
    def label_zh(self) -> str:
        return {"piece": "件", "kg": "千克", "g": "克", "l": "升", "ml": "毫升"}[self.value]


# How many of the smallest unit of the dimension one unit holds.
_FACTOR = {Unit.PIECE: 1, Unit.KG: 1000, Unit.G: 1, Unit.L: 1000, Unit.ML: 1}


def parse_unit(text: str) -> Unit:
    key = text.strip().lower()
    aliases = {"pc": "piece", "pcs": "piece", "件": "piece", "个": "piece", "千克": "kg", "公斤": "kg",
               "克": "g", "升": "l", "毫升": "ml"}
    try:
        return Unit(aliases.get(key, key))
    except ValueError:
        raise InvalidInput(f"Unknown unit {text!r}: use piece, kg, g, l or ml.") from None


def parse_quantity(text: str | int | Decimal, *, unit: Unit = Unit.PIECE, what: str = "quantity") -> int:
    """'1.234' (in `unit`) -> 1234 thousandths. More than three decimals is refused, not rounded."""
    milli = scaled(parse_decimal(text, what=what), factor=SCALE, what=what, text=text)
    if milli != milli.to_integral_value():
        raise InvalidInput(f"{what.capitalize()} {text} {unit.value} is finer than 0.001 {unit.value}.")
    return int(milli)


def format_quantity(milli: int, *, places: int = 3) -> str:
    """1234 -> '1.234'; with places=0 and a whole number, 2000 -> '2'."""
    sign = "-" if milli < 0 else ""
    whole, frac = divmod(abs(milli), SCALE)
    if places == 0 and frac == 0:
        return f"{sign}{whole}"
    return f"{sign}{whole}.{frac:03d}"


def convert(milli: int, *, from_unit: Unit, to_unit: Unit) -> int:
    """Convert thousandths of one unit to thousandths of another of the same dimension, exactly."""
    if from_unit.dimension != to_unit.dimension:
        raise InvalidInput(f"Cannot convert {from_unit.value} to {to_unit.value}.")
    numerator = milli * _FACTOR[from_unit]
    result, rest = divmod(numerator, _FACTOR[to_unit])
    if rest:
        raise InvalidInput(
            f"{format_quantity(milli)} {from_unit.value} is not a whole number of 0.001 {to_unit.value}.")
    return result


def grams_to_quantity(grams: int, *, unit: Unit) -> int:
    """A scale or barcode weight in grams, as thousandths of a mass product's base unit."""
    return convert(grams * SCALE, from_unit=Unit.G, to_unit=unit)
