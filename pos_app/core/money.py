"""Money as integers of minor units (fen for CNY).

One rounding rule for the whole product: **half away from zero** ("half-up" as shop staff know it),
applied by `div_round` and nowhere else. Every amount that comes from multiplying or dividing is
computed from exact integers and rounded once, at line level, by that function.
"""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from pos_app.core.decimals import parse_decimal, scaled
from pos_app.core.errors import InvalidInput


def div_round(numerator: int, denominator: int) -> int:
    """numerator / denominator rounded half away from zero, exactly (integers only)."""
    if denominator == 0:
        raise ZeroDivisionError("div_round by zero")
    if denominator < 0:
        numerator, denominator = -numerator, -denominator
    quotient, remainder = divmod(abs(numerator), denominator)
    if remainder * 2 >= denominator:
        quotient += 1
    return quotient if numerator >= 0 else -quotient


@dataclass(frozen=True)
class Currency:
    code: str = "CNY"
    exponent: int = 2
    symbol: str = "¥"

    @property
    def scale(self) -> int:
        return 10 ** self.exponent

    def parse(self, text: str | int | Decimal) -> int:
        """'12.8' -> 1280 fen. More decimals than the currency has is an error, never a silent rounding."""
        value = _decimal(text, what="amount")
        minor = scaled(value, factor=self.scale, what="amount", text=text)
        if minor != minor.to_integral_value():
            raise InvalidInput(f"Amount {text} has more than {self.exponent} decimals.")
        return int(minor)

    def format(self, minor: int, *, symbol: bool = False) -> str:
        sign = "-" if minor < 0 else ""
        whole, frac = divmod(abs(minor), self.scale)
        text = f"{whole}.{frac:0{self.exponent}d}" if self.exponent else str(whole)
        return f"{sign}{self.symbol if symbol else ''}{text}"


CNY = Currency()


def round_cash(amount: int, *, step: int) -> int:
    """Round an amount due in cash to the nearest `step` minor units (e.g. 10 = ¥0.10), half away from zero.

    Applied to the cash tender only: card and mobile payments are always exact.
    """
    if step <= 1:
        return amount
    return div_round(amount, step) * step


def percent_of(amount: int, *, basis_points: int) -> int:
    """amount × basis_points / 10 000, rounded once (1 % = 100 basis points)."""
    return div_round(amount * basis_points, 10_000)


def allocate(total: int, *, weights: list[int]) -> list[int]:
    """Split `total` into parts proportional to non-negative `weights`, summing exactly to `total`.

    Largest-remainder method: each part gets the floor of its exact share, and the units left over go to
    the parts with the largest remainders (ties to the earlier part), so the result is deterministic.
    """
    if not weights:
        if total:
            raise ValueError("cannot allocate a non-zero total over nothing")
        return []
    if any(w < 0 for w in weights):
        raise ValueError("allocation weights must be non-negative")
    weight_sum = sum(weights)
    if weight_sum == 0:
        weights = [1] * len(weights)
        weight_sum = len(weights)
    sign = -1 if total < 0 else 1
    magnitude = abs(total)
    parts = []
    remainders = []
    for index, weight in enumerate(weights):
        part, rest = divmod(magnitude * weight, weight_sum)
        parts.append(part)
        remainders.append((-rest, index))
    for _, index in sorted(remainders)[: magnitude - sum(parts)]:
        parts[index] += 1
    return [sign * part for part in parts]


def tax_included(gross: int, *, rate_bp: int) -> int:
    """The tax contained in a tax-inclusive amount: gross − gross / (1 + rate), rounded once."""
    if rate_bp == 0:
        return 0
    return gross - div_round(gross * 10_000, 10_000 + rate_bp)


def parse_rate(text: str | int | Decimal) -> int:
    """'9' or '9%' or '9.5' (percent) -> basis points (900, 950)."""
    raw = str(text).strip().rstrip("%").strip()
    value = _decimal(raw, what="rate")
    bp = scaled(value, factor=100, what="rate", text=text)
    if bp != bp.to_integral_value() or bp < 0 or bp > 10_000:
        raise InvalidInput(f"Rate {text} must be a percentage between 0 and 100 with at most 2 decimals.")
    return int(bp)


def format_rate(basis_points: int) -> str:
    whole, frac = divmod(basis_points, 100)
    return f"{whole}%" if frac == 0 else f"{whole}.{frac:02d}".rstrip("0") + "%"


def _decimal(text: str | int | Decimal, *, what: str) -> Decimal:
    """Money as people write it: thousands separators and a ¥ sign (also '-¥1.00', as format() writes it)."""
    if isinstance(text, str):
        cleaned = text.strip().replace(",", "")
        sign = cleaned[0] if cleaned.startswith(("-", "+")) else ""
        text = sign + cleaned[len(sign):].lstrip("¥").strip()
    return parse_decimal(text, what=what)
