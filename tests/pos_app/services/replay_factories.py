"""A small fresh-food store for replay tests, and the expected figures of a baskets file worked out
independently of the till's own pricing code.

The catalog is written in yuan as Decimal strings; the expected amounts are computed here with Decimal
and ROUND_HALF_UP from those strings, never with pos_app.core.pricing/money, so a rounding or unit bug in
the till cannot cancel out against the same bug in the test.
"""
from __future__ import annotations

import csv
import random
from collections import defaultdict
from dataclasses import dataclass, field
from decimal import ROUND_CEILING, ROUND_HALF_UP, Decimal
from pathlib import Path

from pos_app.core.barcodes import check_digit
from pos_app.core.pricing import LINEAR, parse_pricing
from pos_app.core.products import ComboComponent, Portion, Product, SoldBy
from pos_app.core.quantity import Unit
from pos_app.core.stock import Movement, MovementKind
from pos_app.storage import stock_repo
from pos_app.storage.database import TillDatabase

FEN = Decimal("0.01")
GRAM = Decimal("0.001")
COLUMNS = ["basket_id", "time", "code", "quantity", "weight", "portion", "tender", "cashier"]
STOCK_EACH = Decimal("100000")  # base units received of every product: nothing sells out


def ean13(body12: str) -> str:
    return body12 + check_digit(body12)


def weight_label(plu: str, grams: int) -> str:
    """A '21' in-store scale label: 21 + 5-digit item code + 5-digit grams + check digit."""
    return ean13("21" + plu.rjust(5, "0") + str(grams).rjust(5, "0"))


@dataclass(frozen=True)
class Spec:
    sku: str
    name_zh: str
    name_en: str
    sold_by: str            # piece | weight | portion | combo
    unit: str
    price: str              # yuan per base unit (a combo: the set)
    tax: int = 900          # basis points
    plu: str | None = None
    ean: str | None = None
    tiered: tuple[tuple[str, str], ...] = ()   # (up to base units or '*', percent of linear price)
    portions: tuple[tuple[str, str, str | None], ...] = ()   # (code, size in base units, fixed yuan or None)
    components: tuple[tuple[str, str | None, str | None], ...] = ()  # (sku, quantity or None, portion or None)
    base_code: bool = False  # also list the zero-value '21' label as a barcode (lookup by barcode, not PLU)

    @property
    def yuan(self) -> Decimal:
        return Decimal(self.price)


SPECS = (
    Spec("W01", "西红柿", "Tomato", "weight", "kg", "12.80", plu="101"),
    Spec("W02", "五花肉", "Pork belly", "weight", "kg", "32.90", plu="102", base_code=True),
    Spec("W03", "草莓", "Strawberry", "weight", "kg", "39.90", plu="103", tiered=(("0.5", "100"), ("*", "90"))),
    Spec("W04", "鲈鱼", "Sea bass", "weight", "kg", "45.67", tax=900, plu="104"),
    Spec("P01", "纯牛奶", "Milk", "piece", "piece", "6.50", tax=1300, ean=ean13("690123400001")),
    Spec("P02", "嫩豆腐", "Tofu", "piece", "piece", "3.20", ean=ean13("690123400002")),
    Spec("P03", "鸡蛋(10枚)", "Eggs x10", "piece", "piece", "15.90", ean=ean13("690123400003")),
    Spec("P04", "生抽", "Soy sauce", "piece", "piece", "12.45", tax=1300, ean=ean13("690123400004")),
    Spec("P05", "挂面", "Noodles", "piece", "piece", "4.99", ean=ean13("690123400005")),
    Spec("X01", "西瓜", "Watermelon", "portion", "piece", "29.90", plu="201", ean=ean13("690123400006"),
         portions=(("half", "0.5", None), ("quarter", "0.25", "7.99"))),
    Spec("C01", "火锅套餐", "Hotpot set", "combo", "piece", "59.00", ean=ean13("690123400007"),
         components=(("P02", "2", None), ("W02", "0.5", None), ("X01", None, "quarter"))),
)
BY_SKU = {s.sku: s for s in SPECS}
PLU_OF = {s.sku: s.plu for s in SPECS if s.plu}


def _milli(text: str) -> int:
    return int(Decimal(text) * 1000)


def _fen(text: str) -> int:
    return int(Decimal(text) * 100)


def product(spec: Spec) -> Product:
    barcodes = tuple(c for c in (spec.ean, weight_label(spec.plu, 0) if spec.base_code else None) if c)
    pricing = parse_pricing("tiered:" + ",".join(f"{u}={p}" for u, p in spec.tiered)) if spec.tiered else LINEAR
    portions = tuple(Portion(code=c, name_zh=c, name_en=c, size=_milli(size), price=_fen(p) if p else None)
                     for c, size, p in spec.portions)
    components = tuple(ComboComponent(sku=sku, quantity=_milli(q) if q else 0, portion=p)
                       for sku, q, p in spec.components)
    min_fraction = {"weight": 1, "portion": 250}.get(spec.sold_by, 1000)
    return Product(sku=spec.sku, name_zh=spec.name_zh, name_en=spec.name_en, unit=Unit(spec.unit),
                   sold_by=SoldBy(spec.sold_by), price=_fen(spec.price), tax_rate=spec.tax, barcodes=barcodes,
                   plu=spec.plu, min_fraction=min_fraction, portions=portions, components=components, pricing=pricing)


def build_store(directory: Path) -> None:
    """A till database in `directory` with the catalog above and STOCK_EACH of every non-combo product."""
    db = TillDatabase.open(directory)
    try:
        with db.transaction() as connection:
            db.catalog.upsert(connection, [product(s) for s in SPECS])
            stock_repo.record(connection, [Movement(s.sku, MovementKind.GOODS_IN, int(STOCK_EACH * 1000))
                                           for s in SPECS if s.sold_by != "combo"])
    finally:
        db.close()


# -- baskets and what they must come to ------------------------------------------------------------------
@dataclass
class Expected:
    """Independent figures: revenue in yuan and quantity sold per SKU in base units, both exact Decimals."""
    revenue: Decimal = Decimal(0)
    sold: dict[str, Decimal] = field(default_factory=lambda: defaultdict(Decimal))
    totals: dict[str, Decimal] = field(default_factory=dict)   # per basket id
    lines: int = 0

    def add_basket(self, basket_id: str, lines: list[tuple[Decimal, dict[str, Decimal]]]) -> None:
        total = sum((amount for amount, _ in lines), Decimal(0))
        self.totals[basket_id] = total
        self.revenue += total
        self.lines += len(lines)
        for _, quantities in lines:
            for sku, quantity in quantities.items():
                self.sold[sku] += quantity


def line_value(spec: Spec, *, quantity: Decimal | None = None, count: int = 1,
               portion: str | None = None) -> tuple[Decimal, dict[str, Decimal]]:
    """(amount in yuan, {sku: base units}) of one basket line, from the spec's yuan prices."""
    if spec.sold_by == "combo":
        quantities = {}
        for sku, q, p in spec.components:
            size = Decimal(q) if q else Decimal(dict((c, s) for c, s, _ in BY_SKU[sku].portions)[p])
            quantities[sku] = quantities.get(sku, Decimal(0)) + size * count
        return (spec.yuan * count).quantize(FEN, ROUND_HALF_UP), quantities
    if portion:
        code, size, fixed = next(x for x in spec.portions if x[0] == portion)
        each = Decimal(fixed) if fixed else (spec.yuan * Decimal(size)).quantize(FEN, ROUND_HALF_UP)
        return each * count, {spec.sku: Decimal(size) * count}
    if spec.sold_by == "piece":
        return (spec.yuan * count).quantize(FEN, ROUND_HALF_UP), {spec.sku: Decimal(count)}
    assert quantity is not None
    if spec.tiered:
        exact, lower, left = Decimal(0), Decimal(0), quantity
        for upto, percent in spec.tiered:
            span = left if upto == "*" else min(left, Decimal(upto) - lower)
            exact += span * spec.yuan * Decimal(percent) / 100
            left -= span
            lower = lower if upto == "*" else Decimal(upto)
        return exact.quantize(FEN, ROUND_HALF_UP), {spec.sku: quantity}
    return (spec.yuan * quantity).quantize(FEN, ROUND_HALF_UP), {spec.sku: quantity}


def random_line(rng: random.Random) -> tuple[dict, tuple[Decimal, dict[str, Decimal]]]:
    """One CSV row (without basket columns) and its expected value."""
    spec = rng.choice(SPECS)
    if spec.sold_by == "weight":
        grams = rng.randint(37, 2499)
        kg = Decimal(grams) / 1000
        if rng.random() < 0.5:
            return {"code": weight_label(spec.plu, grams)}, line_value(spec, quantity=kg)
        return {"code": spec.plu, "weight": f"{kg:.3f}"}, line_value(spec, quantity=kg)
    if spec.sold_by == "portion":
        portion, count = rng.choice(["half", "quarter"]), rng.randint(1, 2)
        code = rng.choice([spec.plu, spec.ean])
        return ({"code": code, "portion": portion, "quantity": str(count) if count > 1 else ""},
                line_value(spec, portion=portion, count=count))
    count = rng.choice([1, 1, 1, 2, 3])
    return {"code": spec.ean, "quantity": str(count) if count > 1 or rng.random() < 0.3 else ""}, \
        line_value(spec, count=count)


def random_tender(rng: random.Random, total: Decimal, *, cash: bool = True) -> str:
    choices = ["card", "mobile"] + (["cash", "cash:handed", "split"] if cash else [])
    kind = rng.choice(choices)
    if kind == "cash:handed":
        handed = (total / 50).to_integral_value(rounding=ROUND_CEILING) * 50 or Decimal(50)
        return f"cash:{handed:.2f}"
    if kind == "split":
        return "card:10.00+cash" if total > 10 else "cash"
    return kind


def write_baskets(path: Path, *, count: int, seed: int, cash: bool = True) -> Expected:
    """A baskets CSV of `count` baskets with 1–5 random lines each; returns their expected figures."""
    rng = random.Random(seed)
    expected = Expected()
    with open(path, "w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=COLUMNS)
        writer.writeheader()
        for number in range(1, count + 1):
            basket_id = f"B{number:05d}"
            rows, values = [], []
            for _ in range(rng.randint(1, 5)):
                row, value = random_line(rng)
                rows.append(row)
                values.append(value)
            expected.add_basket(basket_id, values)
            minute, second = divmod(number, 60)
            rows[-1]["tender"] = random_tender(rng, expected.totals[basket_id], cash=cash)
            rows[0]["time"] = f"2026-11-21T{8 + minute // 60:02d}:{minute % 60:02d}:{second:02d}+08:00"
            rows[0]["cashier"] = rng.choice(["c01", "c02", ""])
            for row in rows:
                writer.writerow({"basket_id": basket_id, **row})
    return expected
