"""Generate the FreshTill demo store: a Chinese fresh market + supermarket and one day of its trading.

Writes catalog.csv (≈300 products), stock.csv (opening stock) and baskets.csv (≈600 baskets on
2026-11-21) in the formats of docs/formats.md. Standard library only and seeded, so every run writes the
same bytes:  .venv/bin/python resources/demo/generate.py [--out DIR]   (default: this folder)
"""
from __future__ import annotations

import argparse
import csv
import random
import re
from datetime import datetime, timedelta, timezone
from pathlib import Path

# run as a script, so its own folder is on sys.path
from demo_products import (CATEGORIES, COMBOS, FRUIT, LOW, PACKAGED, PORTION_SETS, PORTIONED, SOLD_OUT, STAPLES, TIERS,
                           VEGETABLES)

SEED = 20261121
DAY = datetime(2026, 11, 21, tzinfo=timezone(timedelta(hours=8)))
BASKETS = 600

# -- reading the products (their tables are in demo_products.py) ---------------------------------------
ITEM = re.compile(r"([^|\s]+)\|([^|\n]+)\|(\d+\.\d\d)\|([*c289]*)")  # zh|en|price|flags, many per line

HEADER = ["sku", "name_zh", "name_en", "category", "unit", "sold_by", "price", "cost", "tax_rate", "barcodes", "plu",
          "supplier", "safety_stock", "min_fraction", "custom_fraction", "pricing", "portions", "components", "pinyin"]


def check_digit(data: str) -> str:
    total = sum(int(d) * (3 if i % 2 == 0 else 1) for i, d in enumerate(reversed(data)))
    return str((10 - total % 10) % 10)


def fen(text: str, places: int = 2) -> int:
    """'12.8' -> 1280 fen; with places=3, '0.25' -> 250 thousandths."""
    whole, _, frac = text.partition(".")
    return int(whole) * 10 ** places + int(frac.ljust(places, "0"))


def money(minor: int) -> str:
    return f"{minor // 100}.{minor % 100:02d}"


def qty(milli: int) -> str:
    """Thousandths -> '0.25', '1', '0.532'."""
    return f"{milli // 1000}.{milli % 1000:03d}".rstrip("0").rstrip(".")


def price_of(p: dict, milli: int) -> int:
    """The till's rule: exact price × quantity, marginal tiers, rounded once half-up."""
    lower = num = 0
    for upto, rate in p["tiers"]:
        span = milli - lower if upto is None else min(milli - lower, upto - lower)
        if span <= 0:
            break
        num += span * p["price"] * rate
        lower = upto if upto is not None else lower
    return (2 * num + 100_000) // 200_000  # ÷ (1000 thousandths × 100 %), half-up


def build_catalog(rng: random.Random) -> list[dict]:
    products: list[dict] = []
    counters: dict[str, int] = {}
    used_codes: set[str] = set()

    def add(category: str, zh: str, en: str, unit: str, sold_by: str, price: str, **extra) -> dict:
        prefix, supplier = CATEGORIES[category]
        counters[prefix] = counters.get(prefix, 0) + 1
        cents = fen(price)
        p = {"sku": f"{prefix}{counters[prefix]:03d}", "name_zh": zh, "name_en": en, "category": category,
             "unit": unit, "sold_by": sold_by, "price": cents, "tiers": [(None, 100)], "barcodes": [], "plu": "",
             "portions": [], "components": [], "custom": False, "min_fraction": None, "pricing": "",
             "supplier": supplier, "tax": 0, "cost": None, "safety": 0}
        if sold_by != "combo":
            p.update(cost=cents * rng.randint(60, 80) // 100, tax=9)
        p.update(extra)
        products.append(p)
        return p

    def gtin(body: str, length: int = 13) -> str:
        while True:
            code = body + "".join(str(rng.randrange(10)) for _ in range(length - 1 - len(body)))
            code += check_digit(code)
            if code not in used_codes:
                used_codes.add(code)
                return code

    for category, table, first_plu in (("蔬菜 Vegetables", VEGETABLES, 1001), ("水果 Fruit", FRUIT, 2001)):
        for n, (zh, en, price, flags) in enumerate(ITEM.findall(table)):
            plu = str(first_plu + n)
            base = "21" + plu.zfill(5) + "00000"
            add(category, zh, en, "kg", "weight", price, plu=plu, safety=rng.randint(3, 10) * 1000,
                min_fraction=10 if "c" in flags else 1, barcodes=[base + check_digit(base)] if "*" in flags else [])
    plu = 3001
    for block in re.split(r"\n(?=\S)", PORTIONED):
        category, _, items = block.partition(": ")
        for item in items.split(";"):
            zh, en, unit, price, pset, flags = item.strip().split("|")
            flags = flags.split()
            portions = [[*x, None] for x in PORTION_SETS[pset]]
            for code, fixed in (f.split("=") for f in flags if "=" in f):
                next(x for x in portions if x[0] == code)[4] = fen(fixed)
            pricing, tiers = next((TIERS[f] for f in flags if f in TIERS), ("", [(None, 100)]))
            extra = {"portions": portions, "custom": "+" in flags, "pricing": pricing, "tiers": tiers,
                     "min_fraction": 100 if "+" in flags else None, "safety": rng.randint(2, 5) * 1000}
            if category in ("水果 Fruit", "蔬菜 Vegetables"):
                extra.update(plu=str(plu), safety=rng.randint(3, 8) * 1000)
                plu += 1
            add(category, zh, en, unit, "portion", price, **extra)
    for line in PACKAGED.splitlines():
        if "|" not in line:
            category, company = line, f"69{rng.randrange(10)}{rng.randrange(10000):04d}"
            continue
        for zh, en, price, flags in ITEM.findall(line):
            codes = [gtin(f"69{rng.randrange(10)}", 8) if "8" in flags else gtin(company)]
            if "2" in flags:  # a second code on the same product (new packaging, promotion print)
                codes.append(gtin(company))
            add(category, zh, en, "piece", "piece", price, barcodes=codes,
                tax=9 if "9" in flags else 13, safety=rng.randint(1, 4) * 6000)
    by_zh = {p["name_zh"]: p for p in products}
    assert len(by_zh) == len(products) and set(SOLD_OUT + LOW + STAPLES) <= set(by_zh)
    for row in COMBOS.splitlines():
        zh, en, price, parts = row.split("|")
        named = (part.replace("@", "=@").partition("=") for part in parts.split(","))
        components = [(by_zh[name]["sku"], value) for name, _, value in named]
        add("套餐 Combos", zh, en, "piece", "combo", price, components=components)
    for combo in (p for p in products if p["sold_by"] == "combo"):
        assert combo["price"] < sum(price for _, _, price in component_needs(products, combo)), combo["name_en"]
    return products


def component_needs(products: list[dict], combo: dict) -> list[tuple[dict, int, int]]:
    """(product, quantity in thousandths, stand-alone price) for each component of a combo."""
    by_sku = {p["sku"]: p for p in products}
    parts = []
    for sku, value in combo["components"]:
        p = by_sku[sku]
        if value.startswith("@"):
            _, _, _, size, fixed = next(x for x in p["portions"] if x[0] == value[1:])
            parts.append((p, size, fixed if fixed is not None else price_of(p, size)))
        else:
            parts.append((p, fen(value, 3), price_of(p, fen(value, 3))))
    return parts


def catalog_rows(products: list[dict]) -> list[list[str]]:
    rows = [HEADER]
    for p in products:
        portions = "|".join(f"{c}:{zh}:{en}:{qty(size)}" + (f":{money(fixed)}" if fixed is not None else "")
                            for c, zh, en, size, fixed in p["portions"])
        components = "|".join(f"{sku}{v}" if v.startswith("@") else f"{sku}={v}" for sku, v in p["components"])
        rows.append([p["sku"], p["name_zh"], p["name_en"], p["category"], p["unit"], p["sold_by"],
                     money(p["price"]), "" if p["cost"] is None else money(p["cost"]), str(p["tax"] or ""),
                     "|".join(p["barcodes"]), p["plu"], p["supplier"], qty(p["safety"]) if p["safety"] else "",
                     qty(p["min_fraction"]) if p["min_fraction"] else "", "yes" if p["custom"] else "",
                     p["pricing"], portions, components, ""])
    return rows


def opening_stock(rng: random.Random, products: list[dict]) -> dict[str, int]:
    stock = {}
    for p in products:
        if p["sold_by"] == "combo":
            continue
        if p["name_zh"] in SOLD_OUT:
            level = 0
        elif p["unit"] == "piece" and p["sold_by"] == "piece":
            level = rng.randint(12, 120) * 1000
        elif p["category"] in ("蔬菜 Vegetables", "水果 Fruit"):
            level = rng.randint(50, 600) * 100 if p["unit"] == "kg" else rng.randint(5, 40) * 1000
        else:
            level = rng.randint(30, 200) * 100 if p["unit"] == "kg" else rng.randint(3, 20) * 1000
        if p["name_zh"] in LOW:  # a short delivery: a few units on the shelf, well under the safety stock
            level = 12000 if p["sold_by"] == "piece" else 5000 if p["plu"] else 3000
            p["safety"] = 2 * level
        stock[p["sku"]] = level
    return stock


def make_line(rng: random.Random, p: dict, products: list[dict]) -> tuple[dict, dict[str, int], int]:
    """One basket row for product p: (row, stock taken by sku, amount in fen)."""
    if p["sold_by"] == "combo":
        need: dict[str, int] = {}
        for part, size, _ in component_needs(products, p):
            need[part["sku"]] = need.get(part["sku"], 0) + size
        return {"code": p["sku"]}, need, p["price"]
    if p["sold_by"] == "weight":
        scale = 800 if p["price"] < 1000 else 500 if p["price"] < 2500 else 300
        grams = max(int(scale * rng.uniform(0.35, 1.8)), 60)
        if p["min_fraction"] == 10:
            grams = round(grams, -1)
        if p["barcodes"] and rng.random() < 0.6:
            body = p["barcodes"][0][:7] + f"{grams:05d}"
            return {"code": body + check_digit(body)}, {p["sku"]: grams}, price_of(p, grams)
        return {"code": p["plu"], "weight": qty(grams)}, {p["sku"]: grams}, price_of(p, grams)
    if p["sold_by"] == "portion":
        roll = rng.random()
        code = p["plu"] or p["sku"]
        if p["custom"] and roll < 0.2:
            part = rng.randint(3, 16) * 50
            return {"code": code, "quantity": qty(part)}, {p["sku"]: part}, price_of(p, part)
        if roll < 0.35:
            return {"code": code}, {p["sku"]: 1000}, price_of(p, 1000)
        c, _, _, size, fixed = rng.choice(p["portions"])
        count = 2 if rng.random() < 0.1 else 1
        each = fixed if fixed is not None else price_of(p, size)
        return ({"code": code, "portion": c, "quantity": "2" if count == 2 else ""},
                {p["sku"]: size * count}, each * count)
    count = rng.choice((2, 2, 3)) if rng.random() < 0.12 else 1
    code = p["barcodes"][-1] if len(p["barcodes"]) > 1 and rng.random() < 0.3 else p["barcodes"][0]
    return {"code": code, "quantity": str(count) if count > 1 else ""}, {p["sku"]: count * 1000}, p["price"] * count


def tender_for(rng: random.Random, total: int) -> str:
    roll = rng.random()
    if roll < 0.60:
        return "mobile"
    if roll < 0.85:
        if rng.random() < 0.5:
            return "cash"
        notes = (10, 20, 50, 100, 200, 300, 500, 1000, 2000)
        return "cash:" + money(100 * next(n for n in notes if n * 100 >= total + 50))
    if roll < 0.95 or total < 3000:
        return "card"
    return f"card:{money(max(1000, total // 2 // 1000 * 1000))}+cash"


def build_day(rng: random.Random, products: list[dict], stock: dict[str, int]) -> list[list[str]]:
    sellable = [p for p in products if p["sold_by"] == "combo" or stock[p["sku"]] > 0]
    weights = [(6 if p["name_zh"] in STAPLES else 0.6 if p["sold_by"] == "combo" else rng.uniform(0.5, 2.0))
               for p in sellable]
    left = dict(stock)
    busy = [3, 9, 9, 5, 4, 4, 3, 3, 3, 5, 9, 9, 5, 3]  # baskets by hour, 07:00-21:00
    times = sorted(DAY.replace(hour=rng.choices(range(7, 21), busy)[0]) + timedelta(seconds=rng.randrange(3600))
                   for _ in range(BASKETS))
    rows = [["basket_id", "time", "code", "quantity", "weight", "portion", "tender", "cashier"]]
    number = 0
    for at in times:
        lanes = ["c01", "c02"] + (["c03", "c04"] if at.hour in (8, 9, 17, 18) else ["c03"] if at.hour >= 16 else [])
        cashier = rng.choice(lanes)
        wanted = rng.choices(range(1, 13), [12, 14, 14, 13, 11, 9, 7, 6, 4, 4, 3, 3])[0]
        lines, total, seen = [], 0, set()
        for _ in range(wanted * 3 + 20):
            if len(lines) == wanted:
                break
            p = rng.choices(sellable, weights)[0]
            if p["sku"] in seen:
                continue
            row, need, amount = make_line(rng, p, products)
            if any(left[sku] <= q for sku, q in need.items()):
                continue  # keep every product's day below its opening stock: the customer picks another
            for sku, q in need.items():
                left[sku] -= q
            seen.add(p["sku"])
            lines.append(row)
            total += amount
        if not lines:
            continue
        number += 1
        tender = tender_for(rng, total)
        for row in lines:
            rows.append([f"20261121-{number:04d}", at.isoformat(), row["code"], row.get("quantity", ""),
                         row.get("weight", ""), row.get("portion", ""), tender, cashier])
    assert all(level > 0 or stock[sku] == 0 for sku, level in left.items()), "demand reached opening stock"
    return rows


def write(path: Path, rows: list[list[str]]) -> None:
    with open(path, "w", encoding="utf-8", newline="") as handle:
        csv.writer(handle, lineterminator="\n").writerows(rows)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path(__file__).resolve().parent, help="output folder")
    out = parser.parse_args(argv).out
    rng = random.Random(SEED)
    products = build_catalog(rng)
    stock = opening_stock(rng, products)
    baskets = build_day(rng, products, stock)
    out.mkdir(parents=True, exist_ok=True)
    write(out / "catalog.csv", catalog_rows(products))
    write(out / "stock.csv", [["sku", "quantity", "reason"]] +
          [[sku, qty(level), "opening stock"] for sku, level in stock.items()])
    write(out / "baskets.csv", baskets)
    kinds = {k: sum(p["sold_by"] == k for p in products) for k in ("weight", "portion", "piece", "combo")}
    print(f"{len(products)} products {kinds}, {len(stock)} stock rows, "
          f"{len({r[0] for r in baskets[1:]})} baskets, {len(baskets) - 1} lines -> {out}")


if __name__ == "__main__":
    main()
