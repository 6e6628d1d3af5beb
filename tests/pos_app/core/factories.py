"""Shared builders and hypothesis strategies for the core domain tests."""
from __future__ import annotations

from datetime import datetime, timezone

from hypothesis import strategies as st

from pos_app.core.basket import Basket, Discount
from pos_app.core.combos import resolve
from pos_app.core.pricing import LINEAR, parse_pricing
from pos_app.core.products import ComboComponent, Portion, Product, SoldBy
from pos_app.core.quantity import Unit

AT = datetime(2024, 3, 1, 9, 30, tzinfo=timezone.utc)


def piece(sku: str = "EGG", *, price: int = 250, tax_rate: int = 900, **kw) -> Product:
    return Product(sku=sku, name_zh="鸡蛋", name_en=sku.title(), unit=Unit.PIECE, sold_by=SoldBy.PIECE,
                   price=price, tax_rate=tax_rate, **kw)


def weighed(sku: str = "TOM", *, price: int = 1280, tax_rate: int = 900, min_fraction: int = 1,
            pricing=LINEAR, **kw) -> Product:
    return Product(sku=sku, name_zh="西红柿", name_en=sku.title(), unit=Unit.KG, sold_by=SoldBy.WEIGHT,
                   price=price, tax_rate=tax_rate, min_fraction=min_fraction, pricing=pricing, **kw)


HALF = Portion(code="half", name_zh="半个", name_en="half", size=500)
QUARTER = Portion(code="quarter", name_zh="四分之一", name_en="quarter", size=250, price=199)


def portioned(sku: str = "MELON", *, price: int = 1500, tax_rate: int = 900, allow_custom: bool = False,
              portions=(HALF, QUARTER), min_fraction: int = 250, **kw) -> Product:
    return Product(sku=sku, name_zh="西瓜", name_en=sku.title(), unit=Unit.PIECE, sold_by=SoldBy.PORTION,
                   price=price, tax_rate=tax_rate, allow_custom=allow_custom, portions=tuple(portions),
                   min_fraction=min_fraction, **kw)


def combo(sku: str = "HOTPOT", *, price: int = 3990, components=None, tax_rate: int = 0) -> Product:
    components = components or (ComboComponent(sku="EGG", quantity=6000),
                                ComboComponent(sku="MELON", portion="quarter"),
                                ComboComponent(sku="JUICE", quantity=1000))
    return Product(sku=sku, name_zh="火锅套餐", name_en="Hotpot set", unit=Unit.PIECE, sold_by=SoldBy.COMBO,
                   price=price, tax_rate=tax_rate, components=tuple(components))


def catalog() -> dict[str, Product]:
    products = [piece(), weighed(), portioned(), piece("JUICE", price=650, tax_rate=1300), combo()]
    return {p.sku: p for p in products}


# -- hypothesis strategies ----------------------------------------------------------------------------
TAX_RATES = st.sampled_from([0, 600, 900, 1300])
PRICES = st.integers(min_value=0, max_value=200_000)
RULES = st.sampled_from([LINEAR, parse_pricing("tiered:0.5=100,*=90"),
                         parse_pricing("tiered:1=100,2.5=85.5,*=70")])


@st.composite
def products(draw, sku: str) -> Product:
    kind = draw(st.sampled_from(["piece", "weight", "portion", "combo"]))
    price, tax = draw(PRICES), draw(TAX_RATES)
    if kind == "piece":
        return piece(sku, price=price, tax_rate=tax)
    if kind == "weight":
        return weighed(sku, price=price, tax_rate=tax, pricing=draw(RULES))
    if kind == "portion":
        fixed = draw(st.none() | st.integers(min_value=0, max_value=100_000))
        half = Portion(code="half", name_zh="半", name_en="half", size=500, price=fixed)
        return portioned(sku, price=price, tax_rate=tax, portions=(half, QUARTER), allow_custom=draw(st.booleans()))
    return combo(sku, price=price, tax_rate=tax)


def component_catalog() -> dict[str, Product]:
    return {"EGG": piece(), "MELON": portioned(), "JUICE": piece("JUICE", price=650, tax_rate=1300)}


@st.composite
def discounts(draw, base: int) -> Discount | None:
    """None, or a percentage or amount discount that is valid for `base`."""
    choice = draw(st.sampled_from(["none", "percent", "amount"]))
    if choice == "percent":
        return Discount(reason="staff", percent_bp=draw(st.integers(min_value=1, max_value=10_000)))
    if choice == "amount" and base > 0:
        return Discount(reason="damaged", amount=draw(st.integers(min_value=1, max_value=base)))
    return None


@st.composite
def baskets(draw, min_lines: int = 0, max_lines: int = 6) -> Basket:
    """A basket of random piece, weighed, portion and combo lines, with random line and basket discounts."""
    basket = Basket()
    parts_catalog = component_catalog()
    for index in range(draw(st.integers(min_value=min_lines, max_value=max_lines))):
        product = draw(products(f"P{index}"))
        if product.sold_by is SoldBy.PIECE:
            line = basket.add(product, quantity=1000 * draw(st.integers(min_value=1, max_value=20)))
        elif product.sold_by is SoldBy.WEIGHT:
            line = basket.add(product, quantity=draw(st.integers(min_value=1, max_value=15_000)), weighed=True)
        elif product.sold_by is SoldBy.PORTION:
            if product.allow_custom and draw(st.booleans()):
                line = basket.add(product, quantity=draw(st.integers(min_value=250, max_value=5000)))
            else:
                line = basket.add(product, portion=draw(st.sampled_from(["half", "quarter"])),
                                  count=draw(st.integers(min_value=1, max_value=5)))
        else:
            line = basket.add(product, combo_parts=resolve(product, catalog=parts_catalog),
                              count=draw(st.integers(min_value=1, max_value=4)))
        discount = draw(discounts(line.amount))
        if discount is not None:
            basket.discount_line(line.line_no, discount=discount)
    discount = draw(discounts(basket.subtotal))
    if discount is not None:
        basket.discount_basket(discount)
    return basket
