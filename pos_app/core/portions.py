"""How much of a product can still be sold, whole and in each portion."""
from __future__ import annotations

from dataclasses import dataclass

from pos_app.core.products import Product, SoldBy
from pos_app.core.quantity import ONE


@dataclass(frozen=True)
class Sellable:
    whole: int                       # whole base units (pieces, kg …) still sellable
    portions: dict[str, int]         # portion code -> how many of that portion


def sellable(product: Product, *, level: int) -> Sellable:
    """floor(stock ÷ size) for the whole unit and for every portion; never negative."""
    available = max(level, 0)
    return Sellable(
        whole=available // ONE,
        portions={p.code: available // p.size for p in product.portions},
    )


def smallest_step(product: Product) -> int:
    """The smallest amount a cashier can sell: the product's floor, or its smallest listed portion."""
    sizes = [p.size for p in product.portions]
    if product.sold_by is SoldBy.PORTION and sizes and not product.allow_custom:
        return max(min(sizes), product.min_fraction)
    return product.min_fraction


def low_stock_threshold(product: Product) -> int:
    """Stock is low once not even one whole portion is left: the largest listed portion, or one whole
    base unit (a piece, a kilogram) for products without portions."""
    sizes = [p.size for p in product.portions]
    return max(sizes) if sizes else ONE
