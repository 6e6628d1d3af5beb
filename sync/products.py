"""A catalog product between its domain form (pos_app.core.products.Product) and its wire form
(sync.protocol.ProductWire). Both ends of sync use these two functions, so a field added to one side is
mapped once, here; sync.protocol itself stays pydantic-only.
"""
from __future__ import annotations

from pos_app.core.pricing import parse_pricing
from pos_app.core.products import ComboComponent, Portion, Product, SoldBy
from pos_app.core.quantity import Unit
from sync.protocol import ComponentWire, PortionWire, ProductWire


def product_to_wire(product: Product) -> ProductWire:
    return ProductWire(
        sku=product.sku, name_zh=product.name_zh, name_en=product.name_en, unit=product.unit.value,
        sold_by=product.sold_by.value, price=product.price, tax_rate=product.tax_rate,
        barcodes=list(product.barcodes), plu=product.plu, category=product.category, supplier=product.supplier,
        cost=product.cost, safety_stock=product.safety_stock, min_fraction=product.min_fraction,
        allow_custom=product.allow_custom, pricing=product.pricing.to_text(), pinyin=product.pinyin,
        active=product.active,
        portions=[PortionWire(code=p.code, name_zh=p.name_zh, name_en=p.name_en, size=p.size, price=p.price)
                  for p in product.portions],
        components=[ComponentWire(sku=c.sku, quantity=c.quantity, portion=c.portion) for c in product.components])


def wire_to_product(wire: ProductWire) -> Product:
    """Raises PosError or ValueError when the wire form names a unit, rule or kind this version lacks."""
    return Product(
        sku=wire.sku, name_zh=wire.name_zh, name_en=wire.name_en, unit=Unit(wire.unit),
        sold_by=SoldBy(wire.sold_by), price=wire.price, tax_rate=wire.tax_rate, barcodes=tuple(wire.barcodes),
        plu=wire.plu or None, category=wire.category, supplier=wire.supplier, cost=wire.cost,
        safety_stock=wire.safety_stock, min_fraction=wire.min_fraction, allow_custom=wire.allow_custom,
        pricing=parse_pricing(wire.pricing),
        portions=tuple(Portion(p.code, p.name_zh, p.name_en, p.size, p.price) for p in wire.portions),
        components=tuple(ComboComponent(c.sku, c.quantity, c.portion) for c in wire.components),
        pinyin=wire.pinyin, active=wire.active)
