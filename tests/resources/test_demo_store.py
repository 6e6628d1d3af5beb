"""The committed demo store (resources/demo): valid codes, consistent references, and a day that rings cleanly.

Reads the CSVs with the csv module, checks them independently of the generator, and rings every basket through
the core basket and tender rules with the opening stock, so the demo day has no refusals.
"""
from __future__ import annotations

import csv
import subprocess
import sys
from collections import Counter, defaultdict
from datetime import datetime
from pathlib import Path

import pytest

from pos_app.core.barcodes import parse_scan
from pos_app.core.basket import Basket
from pos_app.core.combos import resolve
from pos_app.core.money import CNY
from pos_app.core.pricing import parse_pricing
from pos_app.core.products import ComboComponent, Portion, Product, SoldBy
from pos_app.core.quantity import ONE, Unit, parse_quantity
from pos_app.core.tenders import TenderRequest, parse_tender_kind, settle

DEMO = Path(__file__).resolve().parents[2] / "resources" / "demo"
FILES = ("catalog.csv", "stock.csv", "baskets.csv")
CATALOG_COLUMNS = {"sku", "name_zh", "name_en", "category", "unit", "sold_by", "price", "cost", "tax_rate", "barcodes",
                   "plu", "supplier", "safety_stock", "min_fraction", "custom_fraction", "pricing", "portions",
                   "components", "pinyin", "active"}
BASKET_COLUMNS = {"basket_id", "time", "code", "quantity", "weight", "portion", "tender", "cashier"}


def read(name: str) -> list[dict]:
    with open(DEMO / name, newline="", encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def gs1_check(data: str) -> str:
    total = sum(int(d) * (3 if i % 2 == 0 else 1) for i, d in enumerate(reversed(data)))
    return str((10 - total % 10) % 10)


def to_product(row: dict) -> Product:
    sold_by = SoldBy(row["sold_by"])
    unit = Unit(row["unit"])
    portions = []
    for spec in filter(None, row["portions"].split("|")):
        code, name_zh, name_en, size, *price = spec.split(":")
        portions.append(Portion(code, name_zh, name_en, parse_quantity(size, unit=unit),
                                CNY.parse(price[0]) if price else None))
    components = []
    for spec in filter(None, row["components"].split("|")):
        sku, at, portion = spec.partition("@")
        if at:
            components.append(ComboComponent(sku=sku, portion=portion))
        else:
            sku, _, quantity = spec.partition("=")
            components.append(ComboComponent(sku=sku, quantity=parse_quantity(quantity)))
    default_min = min(p.size for p in portions) if portions else 1 if sold_by is SoldBy.WEIGHT else ONE
    product = Product(
        sku=row["sku"], name_zh=row["name_zh"], name_en=row["name_en"], unit=unit, sold_by=sold_by,
        price=CNY.parse(row["price"]), cost=CNY.parse(row["cost"] or "0"), tax_rate=int(row["tax_rate"] or 0) * 100,
        barcodes=tuple(filter(None, row["barcodes"].split("|"))), plu=row["plu"] or None, category=row["category"],
        supplier=row["supplier"], safety_stock=parse_quantity(row["safety_stock"] or "0"),
        min_fraction=parse_quantity(row["min_fraction"]) if row["min_fraction"] else default_min,
        allow_custom=row["custom_fraction"] == "yes", pricing=parse_pricing(row["pricing"]),
        portions=tuple(portions), components=tuple(components))
    product.validate()
    return product


@pytest.fixture(scope="module")
def catalog() -> dict[str, Product]:
    return {row["sku"]: to_product(row) for row in read("catalog.csv")}


@pytest.fixture(scope="module")
def stock() -> dict[str, int]:
    return {row["sku"]: parse_quantity(row["quantity"]) for row in read("stock.csv")}


def test_the_generator_rewrites_the_committed_files_byte_for_byte(tmp_path):
    subprocess.run([sys.executable, str(DEMO / "generate.py"), "--out", str(tmp_path)], check=True,
                   capture_output=True)
    for name in FILES:
        assert (tmp_path / name).read_bytes() == (DEMO / name).read_bytes(), name


def test_catalog_rows_are_complete_and_realistic(catalog):
    rows = read("catalog.csv")
    assert set(rows[0]) <= CATALOG_COLUMNS
    assert len(catalog) == len(rows) and 280 <= len(rows) <= 320
    kinds = Counter(row["sold_by"] for row in rows)
    assert kinds["weight"] >= 110 and kinds["portion"] >= 40 and kinds["piece"] >= 110 and kinds["combo"] == 5
    for row in rows:
        assert row["name_zh"] and row["name_en"] and row["category"] and not row["pinyin"], row["sku"]
        for column in ("price", "cost"):
            assert not row[column] or len(row[column].partition(".")[2]) == 2, row
        product = catalog[row["sku"]]
        if not product.is_combo:
            assert product.tax_rate in (900, 1300) and row["supplier"], row["sku"]
            assert 0.55 * product.price <= product.cost <= 0.8 * product.price, row["sku"]
    fresh = {"蔬菜 Vegetables", "水果 Fruit", "猪肉 Pork", "牛羊肉 Beef & Lamb", "水产 Seafood"}
    assert all(p.tax_rate == 900 for p in catalog.values() if p.category in fresh)
    assert {"tiered:0.5=100,*=90"} <= {row["pricing"] for row in rows}
    assert sum(p.allow_custom for p in catalog.values()) >= 5
    assert sum(any(x.price is not None for x in p.portions) for p in catalog.values()) >= 2


def test_every_barcode_and_plu_is_valid_and_unique(catalog):
    codes = [code for p in catalog.values() for code in p.barcodes]
    assert len(codes) == len(set(codes))
    plus = [p.plu for p in catalog.values() if p.plu]
    assert len(plus) == len(set(plus)) and all(plu.isdigit() and len(plu) <= 5 for plu in plus)
    for code in codes:
        assert len(code) in (8, 13) and code.isdigit() and code[-1] == gs1_check(code[:-1]), code
    scale = {code: p for p in catalog.values() for code in p.barcodes if code.startswith("21")}
    for code, product in scale.items():  # a variable-measure base code: item = PLU, weight zeroed
        assert product.sold_by is SoldBy.WEIGHT and code[2:7] == product.plu.zfill(5) and code[7:12] == "00000"
    assert 15 <= len(scale) <= 25
    packaged = [p for p in catalog.values() if p.sold_by is SoldBy.PIECE]
    assert all(p.barcodes and all("690" <= c[:3] <= "699" for c in p.barcodes) for p in packaged)
    assert sum(len(c) == 8 for p in packaged for c in p.barcodes) >= 2
    assert sum(len(p.barcodes) == 2 for p in packaged) >= 2


def test_combos_use_existing_products_and_portions_and_cost_less(catalog):
    combos = [p for p in catalog.values() if p.is_combo]
    for combo in combos:
        parts = resolve(combo, catalog=catalog)  # unknown skus, nested combos and missing portions raise
        assert combo.price < sum(part.list_price for part in parts), combo.sku


def test_opening_stock_covers_every_product_with_some_sold_out_and_some_low(catalog, stock):
    rows = read("stock.csv")
    assert len(rows) == len(stock) and {row["reason"] for row in rows} == {"opening stock"}
    assert set(stock) == {sku for sku, p in catalog.items() if not p.is_combo}
    assert 3 <= sum(level == 0 for level in stock.values()) <= 4
    assert sum(0 < level < catalog[sku].safety_stock for sku, level in stock.items()) >= 5
    for sku, level in stock.items():
        product = catalog[sku]
        if level and product.sold_by is SoldBy.PIECE:
            assert 12 * ONE <= level <= 120 * ONE, sku
        elif level and product.unit is Unit.KG:
            assert 3 * ONE <= level <= 60 * ONE, sku


def lookup(catalog: dict[str, Product], code: str) -> tuple[Product, int | None]:
    """The product a code names, and the quantity a weight label carries."""
    scan = parse_scan(code)
    by_code = {c: p for p in catalog.values() for c in p.barcodes}
    if scan.kind == "plain":
        product = next((p for p in catalog.values() if p.plu == scan.lookup), None) or catalog[scan.lookup]
        return product, None
    assert scan.kind in ("gtin", "variable"), code
    return by_code[scan.lookup], scan.weight_g


def test_baskets_are_a_busy_day_of_valid_rows(catalog, stock):
    rows = read("baskets.csv")
    assert set(rows[0]) == BASKET_COLUMNS
    baskets = defaultdict(list)
    for row in rows:
        baskets[row["basket_id"]].append(row)
    assert 580 <= len(baskets) <= 620
    hours = Counter()
    for lines in baskets.values():
        assert 1 <= len(lines) <= 12
        assert len({(r["time"], r["tender"], r["cashier"]) for r in lines}) == 1
        at = datetime.fromisoformat(lines[0]["time"])
        assert at.utcoffset().total_seconds() == 8 * 3600 and 7 <= at.hour < 21
        hours[at.hour] += 1
        assert lines[0]["cashier"] in {"c01", "c02", "c03", "c04"}
    assert hours[9] > 2 * hours[14] and hours[18] > 2 * hours[13]
    tenders = Counter(lines[0]["tender"].partition(":")[0] if "+" not in lines[0]["tender"] else "split"
                      for lines in baskets.values())
    assert tenders["mobile"] > tenders["cash"] > tenders["card"] > tenders["split"] > 0
    forms = Counter()
    for row in rows:
        product, weight = lookup(catalog, row["code"])
        assert product.is_combo or stock[product.sku] > 0, row
        assert bool(row["weight"]) == (product.sold_by is SoldBy.WEIGHT and weight is None), row
        if row["portion"]:
            product.portion(row["portion"])
        forms[product.sold_by, weight is not None, bool(row["portion"]), "." in row["quantity"]] += 1
    assert forms[SoldBy.WEIGHT, True, False, False] >= 50  # weight-embedded '21' labels
    assert forms[SoldBy.PORTION, False, False, True] >= 10  # custom fractions
    assert forms[SoldBy.COMBO, False, False, False] >= 5


def test_the_whole_day_rings_without_refusals_and_every_tender_settles(catalog, stock):
    levels = dict(stock)
    baskets = defaultdict(list)
    for row in read("baskets.csv"):
        baskets[row["basket_id"]].append(row)
    for basket_id, lines in baskets.items():
        cart = Basket()
        for row in lines:
            product, label_weight = lookup(catalog, row["code"])
            parts = resolve(product, catalog=catalog) if product.is_combo else None
            quantity = label_weight or (parse_quantity(row["weight"]) if row["weight"] else None)
            text = row["quantity"]
            if "." in text:
                quantity = parse_quantity(text)
            count = int(text) if text and "." not in text else 1
            cart.add(product, quantity=quantity, portion=row["portion"] or None, count=count,
                     combo_parts=parts, levels=levels)  # refuses a sold-out item
        requests = [TenderRequest(parse_tender_kind(kind), amount=CNY.parse(amount) if amount else None)
                    for kind, _, amount in (chunk.partition(":") for chunk in lines[0]["tender"].split("+"))]
        for step in (1, 10, 50):  # exact, ¥0.10 and ¥0.50 cash rounding
            settle(total=cart.total, requests=requests, cash_step=step)
        for sku, quantity in cart.reserved().items():
            levels[sku] -= quantity
            assert levels[sku] > 0, (basket_id, sku)  # every product's day stays below its opening stock
