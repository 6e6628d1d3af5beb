"""`freshtill replay FILE` and `freshtill demo`."""
from __future__ import annotations

import json
import shutil
import sys
from pathlib import Path

from pos_app.core.quantity import parse_quantity
from pos_app.services.checkout import SaleService
from pos_app.services.replay import replay, summarize
from pos_app.storage.database import TillDatabase
from pos_app.storage.db import data_dir

DEMO = Path(__file__).resolve().parent.parent.parent / "resources" / "demo"


def register(subparsers) -> None:
    parser = subparsers.add_parser("replay", help="ring a CSV of baskets through the till and print a JSON summary")
    parser.add_argument("file", type=Path)
    parser.add_argument("--progress", action="store_true",
                        help="print 'committed BASKET SALE-UUID' to stderr as each sale is durably committed")
    parser.set_defaults(handler=_replay)
    demo = subparsers.add_parser("demo", help="set up the demo store and ring its day of baskets")
    demo.add_argument("--json", action="store_true", help="print the replay summary as JSON")
    demo.set_defaults(handler=_demo)


def _replay(args) -> int:
    def report(basket_id, sale) -> None:
        print(f"committed {basket_id} {sale.uuid}", file=sys.stderr, flush=True)

    with TillDatabase.open(args.data_dir) as db:
        service = SaleService(db)
        result = replay(service, args.file, on_commit=report if args.progress else None)
        print(json.dumps(summarize(service, result), ensure_ascii=False, indent=2))
    return 0 if not result.problems else 1


def _demo(args) -> int:
    from pos_app.services.catalog_files import import_catalog
    from pos_app.services.stock_files import count_stock

    folder = data_dir(args.data_dir) / "demo"
    shutil.rmtree(folder, ignore_errors=True)  # the demo always starts from the same morning
    with TillDatabase.open(folder) as db:
        imported = import_catalog(db, DEMO / "catalog.csv")
        count_stock(db, DEMO / "stock.csv")  # a new store starts from an opening stock take
        service = SaleService(db)
        summary = summarize(service, replay(service, DEMO / "baskets.csv"))
        if args.json:
            print(json.dumps(summary, ensure_ascii=False, indent=2))
        else:
            _print_day(db, summary, products=imported.products, folder=folder)
    return 0


def _print_day(db: TillDatabase, summary: dict, *, products: int, folder: Path) -> None:
    from pos_app.services.stock_report import stock_report

    report = stock_report(db)
    baskets = summary["baskets"]
    print("FreshTill demo store — one day of trading, rung headlessly through the till's sale service")
    print(f"  database      {folder}")
    print(f"  catalog       {products} products")
    print(f"  baskets       {baskets}   lines {summary['lines']}")
    print(f"  revenue       ¥{summary['revenue']}   cash rounding ¥{summary['cash_rounding']}")
    print("  tenders       " + "   ".join(f"{k} ¥{v}" for k, v in summary["tenders"].items()))
    for rate, tax in summary["tax_by_rate"].items():
        print(f"  tax {rate:>5}     on ¥{tax['gross']}: ¥{tax['tax']}")
    top = sorted(summary["skus"].items(), key=lambda item: -parse_quantity(item[1]["sold"]))[:8]
    print("  top sellers by quantity:")
    for sku, info in top:
        product = db.catalog.by_sku(sku)
        name = f"{product.name_zh} {product.name_en}" if product else sku
        print(f"    {sku:<8} {name:<28} sold {info['sold']:>9} {info['unit']:<5} left {info['stock_after']:>9}")
    print(f"  sold out: {len(report.sold_out)}   low stock: {len(report.low)}   "
          f"to reorder: {len(report.replenish)}   (details: freshtill --data-dir {folder} stock)")
    if summary["problems"]:
        print(f"  {len(summary['problems'])} rows could not be rung:")
        for problem in summary["problems"][:10]:
            print(f"    line {problem['line']} ({problem['basket']}): {problem['reason']}")

