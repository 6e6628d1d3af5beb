"""Combos: fixed-price sets whose stock and revenue belong to their components."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from pos_app.core.errors import InvalidInput
from pos_app.core.money import allocate
from pos_app.core.products import ComboComponent, Product


@dataclass(frozen=True)
class ComboPart:
    product: Product
    quantity: int        # thousandths of the component's base unit, for one combo
    list_price: int      # what this quantity would cost on its own


def resolve(combo: Product, *, catalog: Mapping[str, Product]) -> list[ComboPart]:
    """The combo's components as products with their quantities and stand-alone prices."""
    parts = []
    for component in combo.components:
        product = catalog.get(component.sku)
        if product is None:
            raise InvalidInput(f"Combo {combo.sku} uses unknown product {component.sku}.")
        if product.is_combo:
            raise InvalidInput(f"Combo {combo.sku} cannot contain another combo ({component.sku}).")
        parts.append(_part(product, component))
    return parts


def _part(product: Product, component: ComboComponent) -> ComboPart:
    if component.portion:
        portion = product.portion(component.portion)
        return ComboPart(product=product, quantity=portion.size, list_price=product.portion_price(portion))
    if component.quantity <= 0:
        raise InvalidInput(f"Combo component {product.sku} needs a quantity above zero.")
    return ComboPart(product=product, quantity=component.quantity, list_price=product.price_of(component.quantity))


def allocate_revenue(amount: int, *, parts: list[ComboPart]) -> list[int]:
    """Split a combo line's amount over its components pro rata to their list prices, exactly."""
    return allocate(amount, weights=[part.list_price for part in parts])


def sellable_combos(parts: list[ComboPart], *, levels: Mapping[str, int]) -> int:
    """How many complete combos the components' stock still makes."""
    counts = [max(levels.get(part.product.sku, 0), 0) // part.quantity for part in parts]
    return min(counts) if counts else 0
