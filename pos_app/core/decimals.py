"""Reading decimal text exactly: the one place where user-typed numbers become Decimals.

Both guards matter at a till: the default decimal context silently rounds to 28 digits (so
'1.0000000000000000000000000001' would pass as 1.000) and raises decimal.Overflow for '1e999999'.
Here every such input is an InvalidInput with the text the user typed.
"""
from __future__ import annotations

from decimal import Decimal, DecimalException, Inexact, localcontext

from pos_app.core.errors import InvalidInput


def parse_decimal(text: str | int | Decimal, *, what: str) -> Decimal:
    if isinstance(text, bool):
        raise InvalidInput(f"Not a valid {what}: {text!r}.")
    try:
        value = Decimal(text) if isinstance(text, (int, Decimal)) else Decimal(str(text).strip())
    except DecimalException:
        raise InvalidInput(f"Not a valid {what}: {text!r}.") from None
    if not value.is_finite():
        raise InvalidInput(f"Not a valid {what}: {text!r}.")
    return value


def scaled(value: Decimal, *, factor: int, what: str, text: object) -> Decimal:
    """value × factor, exactly or not at all."""
    with localcontext() as ctx:
        ctx.traps[Inexact] = True
        try:
            return value * factor
        except DecimalException:
            raise InvalidInput(f"Not a valid {what}: {text!r}.") from None
