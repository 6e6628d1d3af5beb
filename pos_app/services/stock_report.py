"""What is on the shelves: levels, what can still be sold, alerts and replenishment suggestions.

Plain data (integers of thousandths, as everywhere in the core) so the till window and the CLI share one
computation; `as_json` turns it into exact decimal strings. Delisted products are left out: they are not
sold and not reordered.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from pos_app.core.combos import resolve, sellable_combos
from pos_app.core.errors import PosError
from pos_app.core.portions import low_stock_threshold, sellable
from pos_app.core.products import Product
from pos_app.core.quantity import ONE, Unit, format_quantity
from pos_app.core.stock import Status, is_sold_out, statuses
from pos_app.storage import stock_repo


@dataclass(frozen=True)
class ProductStock:
    sku: str
    name_zh: str
    name_en: str
    unit: Unit
    level: int                  # thousandths of the base unit; negative when sold beyond the recorded stock
    whole: int                  # whole base units still sellable
    portions: dict[str, int]    # portion code -> how many can still be sold
    statuses: tuple[Status, ...]
    safety_stock: int
    suggested: int              # replenishment quantity in thousandths, 0 when none is due


@dataclass(frozen=True)
class ComboStock:
    sku: str
    name_zh: str
    name_en: str
    sellable: int               # complete sets the components' stock still makes
    problem: str = ""           # why it cannot be worked out (a component missing from the catalog)


@dataclass(frozen=True)
class StockReport:
    products: list[ProductStock] = field(default_factory=list)
    combos: list[ComboStock] = field(default_factory=list)

    @property
    def sold_out(self) -> list[ProductStock | ComboStock]:
        products = [p for p in self.products if Status.SOLD_OUT in p.statuses]
        return [*products, *(c for c in self.combos if c.sellable == 0)]

    @property
    def low(self) -> list[ProductStock]:
        """Less than one whole portion or unit left, but not sold out yet: the cashier's alert."""
        return [p for p in self.products if Status.LOW in p.statuses and Status.SOLD_OUT not in p.statuses]

    @property
    def replenish(self) -> list[ProductStock]:
        return [p for p in self.products if Status.REPLENISH in p.statuses]


def suggested_quantity(product: Product, *, level: int) -> int:
    """safety_stock − level when below it; whole base units for piece products (one cannot order ⅓ melon).

    A sold-out product is always due for replenishment (core.stock.statuses), so when its safety stock is
    unset or tiny the suggestion is what makes it sellable and not low again: one whole unit, its largest
    portion or its smallest sellable quantity, whichever is most.
    """
    target = product.safety_stock
    if is_sold_out(product, level=level):
        target = max(target, low_stock_threshold(product), product.min_fraction)
    missing = target - level
    if missing <= 0:
        return 0
    if product.unit is Unit.PIECE:
        return -(-missing // ONE) * ONE
    return missing


def product_stock(product: Product, *, level: int) -> ProductStock:
    can_sell = sellable(product, level=level)
    return ProductStock(sku=product.sku, name_zh=product.name_zh, name_en=product.name_en, unit=product.unit,
                        level=level, whole=can_sell.whole, portions=dict(can_sell.portions),
                        statuses=tuple(statuses(product, level=level)), safety_stock=product.safety_stock,
                        suggested=suggested_quantity(product, level=level))


def stock_report(db) -> StockReport:
    catalog = {p.sku: p for p in db.catalog.iter_all()}
    with db.reading() as connection:
        levels = stock_repo.all_levels(connection)
    report = StockReport()
    for product in catalog.values():
        if not product.active:
            continue
        if product.is_combo:
            report.combos.append(_combo_stock(product, catalog=catalog, levels=levels))
        else:
            report.products.append(product_stock(product, level=levels.get(product.sku, 0)))
    return report


def _combo_stock(combo: Product, *, catalog: dict[str, Product], levels: dict[str, int]) -> ComboStock:
    try:
        count = sellable_combos(resolve(combo, catalog=catalog), levels=levels)
    except PosError as error:
        return ComboStock(sku=combo.sku, name_zh=combo.name_zh, name_en=combo.name_en, sellable=0,
                          problem=error.message)
    return ComboStock(sku=combo.sku, name_zh=combo.name_zh, name_en=combo.name_en, sellable=count)


def as_json(report: StockReport) -> dict:
    """The report with every quantity as an exact decimal string in the product's base unit."""
    return {
        "products": [_product_json(p) for p in report.products],
        "combos": [{"sku": c.sku, "name_zh": c.name_zh, "name_en": c.name_en, "sellable": c.sellable,
                    "statuses": [Status.SOLD_OUT.value if c.sellable == 0 else Status.OK.value],
                    **({"problem": c.problem} if c.problem else {})} for c in report.combos],
        "sold_out": [item.sku for item in report.sold_out],
        "low": [p.sku for p in report.low],
        "replenish": [{"sku": p.sku, "unit": p.unit.value, "level": format_quantity(p.level),
                       "safety_stock": format_quantity(p.safety_stock), "suggested": format_quantity(p.suggested)}
                      for p in report.replenish],
    }


def _product_json(p: ProductStock) -> dict:
    return {"sku": p.sku, "name_zh": p.name_zh, "name_en": p.name_en, "unit": p.unit.value,
            "level": format_quantity(p.level), "sellable": {"whole": p.whole, "portions": p.portions},
            "statuses": [s.value for s in p.statuses], "safety_stock": format_quantity(p.safety_stock)}
