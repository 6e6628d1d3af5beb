"""Figures as the back office shows them: money from integer fen (¥1,234.56), stock from integer thousandths of
the product's base unit (2.345 kg, 12 pcs). No floats: every digit comes from integer division."""
from __future__ import annotations

from pos_app.core.money import div_round
from pos_app.core.quantity import format_quantity, parse_quantity, parse_unit

UNIT_LABELS = {"kg": "kg", "g": "g", "l": "L", "ml": "ml", "piece": "pcs"}


def money(fen: int, *, symbol: bool = True) -> str:
    """12345678 → '¥123,456.78'; negative amounts keep the sign in front: '-¥3.20'."""
    sign = "-" if fen < 0 else ""
    yuan, cents = divmod(abs(fen), 100)
    return f"{sign}{'¥' if symbol else ''}{yuan:,}.{cents:02d}"


def quantity(milli: int, *, unit: str) -> str:
    """Thousandths of `unit` as that unit: 2345 kg → '2.345 kg'; whole pieces without decimals: '12 pcs'."""
    label = UNIT_LABELS.get(unit, unit)
    places = 0 if unit == "piece" else 3
    return f"{format_quantity(milli, places=places)} {label}"


def parse_amount(text: str, *, unit: str) -> int:
    """What a manager typed ('2.345', '12') as thousandths of `unit`; finer than 0.001 is refused, not rounded."""
    return parse_quantity(text.strip(), unit=parse_unit(unit), what="quantity")


def change(today: int, before: int) -> str:
    """Today against last week in whole per cent, signed ('+12%', '-3%'); '—' when last week had nothing."""
    if before == 0:
        return "—"
    percent = div_round((today - before) * 100, abs(before))
    return f"{'+' if percent >= 0 else ''}{percent}%"


def rate(basis_points: int | None) -> str:
    """Basis points as a percentage with two decimals: 1234 → '12.34%'; None (nothing to divide by) → '—'."""
    if basis_points is None:
        return "—"
    sign = "-" if basis_points < 0 else ""
    whole, part = divmod(abs(basis_points), 100)
    return f"{sign}{whole}.{part:02d}%"


def when(iso: str | None) -> str:
    """An ISO time from HQ as 'YYYY-MM-DD HH:MM', at the offset HQ wrote it; '—' for never."""
    return iso[:16].replace("T", " ") if iso else "—"
