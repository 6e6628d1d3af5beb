"""Catalog items as immutable values: products, their portions and combo components."""
from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum

from pos_app.core.errors import InvalidInput, NotSellable
from pos_app.core.pricing import LINEAR, PricingRule, price_quantity
from pos_app.core.quantity import ONE, Unit, format_quantity


class SoldBy(str, Enum):
    PIECE = "piece"      # whole units, counted
    WEIGHT = "weight"    # weighed (or measured), any quantity ≥ the smallest sellable fraction
    PORTION = "portion"  # named portions (½, ¼, 250 g …) and, where allowed, custom fractions
    COMBO = "combo"      # a fixed-price set of other products' quantities or portions


@dataclass(frozen=True)
class Portion:
    code: str            # short key used in files and by the window: 'half', 'quarter', '250g'
    name_zh: str
    name_en: str
    size: int            # thousandths of the product's base unit (½ = 500, 250 g of a kg product = 250)
    price: int | None = None  # a fixed price in minor units, or None to price by the product's rule


@dataclass(frozen=True)
class ComboComponent:
    sku: str
    quantity: int = 0            # thousandths of the component's base unit (ignored when portion is set)
    portion: str | None = None   # the component's portion code


@dataclass(frozen=True)
class Product:
    sku: str
    name_zh: str
    name_en: str
    unit: Unit
    sold_by: SoldBy
    price: int                   # minor units per base unit, tax included (a combo: the set's price)
    tax_rate: int = 0            # basis points, 900 = 9 %
    barcodes: tuple[str, ...] = ()
    plu: str | None = None
    category: str = ""
    supplier: str = ""
    cost: int = 0                # purchase price per base unit, minor units
    safety_stock: int = 0        # thousandths of the base unit
    min_fraction: int = ONE      # smallest sellable quantity, thousandths
    allow_custom: bool = False   # portion products: the cashier may enter any fraction ≥ min_fraction
    pricing: PricingRule = LINEAR
    portions: tuple[Portion, ...] = ()
    components: tuple[ComboComponent, ...] = ()
    pinyin: str = ""             # initials of the Chinese name, upper case (西红柿 -> XHS), a search key
    active: bool = True
    extra: dict = field(default_factory=dict, compare=False, hash=False)

    @property
    def is_combo(self) -> bool:
        return self.sold_by is SoldBy.COMBO

    def portion(self, code: str) -> Portion:
        for portion in self.portions:
            if portion.code == code:
                return portion
        names = ", ".join(p.code for p in self.portions) or "none"
        raise NotSellable(f"{self.name_en or self.sku} has no portion '{code}' (portions: {names}).")

    def price_of(self, quantity: int) -> int:
        """The price of `quantity` thousandths of the base unit by this product's pricing rule."""
        return price_quantity(rule=self.pricing, quantity=quantity, unit_price=self.price)

    def portion_price(self, portion: Portion) -> int:
        return portion.price if portion.price is not None else self.price_of(portion.size)

    def check_quantity(self, quantity: int) -> None:
        """Refuse quantities this product cannot be sold in, with a reason a cashier understands."""
        name = self.name_en or self.sku
        if quantity <= 0:
            raise NotSellable(f"Quantity for {name} must be more than zero.")
        if self.sold_by in (SoldBy.PIECE, SoldBy.COMBO) and quantity % ONE:
            raise NotSellable(f"{name} is sold in whole pieces, not {format_quantity(quantity)}.")
        if self.sold_by is SoldBy.PORTION and not self.allow_custom and quantity % ONE:
            sizes = {p.size for p in self.portions}
            if quantity not in sizes:
                raise NotSellable(f"{name} is sold in its listed portions or whole units only.")
        if quantity < self.min_fraction:
            raise NotSellable(
                f"{name}: {format_quantity(quantity)} {self.unit.value} is below the smallest sellable "
                f"quantity, {format_quantity(self.min_fraction)} {self.unit.value}.")

    def validate(self) -> None:
        """Consistency rules for a catalog entry; raises InvalidInput naming the problem."""
        if not self.sku.strip():
            raise InvalidInput("SKU is empty.")
        if not (self.name_zh or self.name_en):
            raise InvalidInput("A product needs a Chinese or English name.")
        if self.price < 0 or self.cost < 0:
            raise InvalidInput("Prices cannot be negative.")
        if self.min_fraction <= 0:
            raise InvalidInput("The smallest sellable fraction must be more than zero.")
        if self.sold_by is SoldBy.WEIGHT and self.unit is Unit.PIECE:
            raise InvalidInput("A product sold by weight needs a unit of kg, g, l or ml.")
        if self.sold_by is SoldBy.COMBO and not self.components:
            raise InvalidInput("A combo needs components.")
        if self.sold_by is not SoldBy.COMBO and self.components:
            raise InvalidInput("Only combos have components.")
        if self.allow_custom and self.sold_by is not SoldBy.PORTION:
            raise InvalidInput("Custom fractions are for products sold by portion.")
        codes = [p.code for p in self.portions]
        if len(codes) != len(set(codes)):
            raise InvalidInput("Portion codes must be unique within a product.")
        for portion in self.portions:
            if portion.size <= 0:
                raise InvalidInput(f"Portion {portion.code} must have a size above zero.")
            if portion.size < self.min_fraction:
                raise InvalidInput(f"Portion {portion.code} is smaller than the smallest sellable fraction.")
            if portion.price is not None and portion.price < 0:
                raise InvalidInput(f"Portion {portion.code} has a negative price.")
