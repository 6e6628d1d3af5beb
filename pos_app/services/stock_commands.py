"""`freshtill stock [--json]` (the stock report) and `freshtill stock receive|count|waste FILE`."""
from __future__ import annotations

import json
from pathlib import Path

from pos_app.core.quantity import format_quantity
from pos_app.services.stock_files import count_stock, receive_stock, waste_stock
from pos_app.services.stock_report import StockReport, as_json, stock_report
from pos_app.storage.database import TillDatabase

_FILE_ACTIONS = {
    "receive": (receive_stock, "record goods received from a file (sku, quantity[, reason])"),
    "count": (count_stock, "record a shelf count from a file; the differences go to the ledger"),
    "waste": (waste_stock, "write off spoiled or damaged goods from a file"),
}
_DONE = {"receive": "Received", "count": "Counted", "waste": "Wrote off"}


def register(subparsers) -> None:
    parser = subparsers.add_parser("stock", help="stock report, or record goods in, counts and waste from a file")
    parser.add_argument("--json", action="store_true", help="print the report as JSON (exact decimal strings)")
    parser.set_defaults(handler=_report)
    # Not required: plain `freshtill stock` is the report, `freshtill stock receive FILE` records a file.
    actions = parser.add_subparsers(dest="stock_command", metavar="ACTION", required=False)
    for name, (function, summary) in _FILE_ACTIONS.items():
        action = actions.add_parser(name, help=summary)
        action.add_argument("file", type=Path)
        action.set_defaults(handler=_file_handler(name=name, function=function))


def _file_handler(*, name: str, function):
    def handle(args) -> int:
        with TillDatabase.open(args.data_dir) as db:
            result = function(db, args.file)
        print(f"{_DONE[name]} {result.rows} rows: {result.movements} movements for {result.products} products.")
        return 0
    return handle


def _report(args) -> int:
    with TillDatabase.open(args.data_dir) as db:
        report = stock_report(db)
    if args.json:
        print(json.dumps(as_json(report), ensure_ascii=False, indent=2))
    else:
        print(render(report))
    return 0


def render(report: StockReport) -> str:
    """The report as a plain-text table, then the sold-out, low-stock and replenishment lists."""
    rows = [("SKU", "NAME", "LEVEL", "UNIT", "SELLABLE", "STATUS")]
    for p in report.products:
        portions = " ".join(f"{code}:{count}" for code, count in p.portions.items())
        rows.append((p.sku, p.name_zh or p.name_en, format_quantity(p.level), p.unit.value,
                     f"{p.whole}" + (f" ({portions})" if portions else ""),
                     ",".join(s.value for s in p.statuses)))
    for c in report.combos:
        rows.append((c.sku, c.name_zh or c.name_en, "", "combo", str(c.sellable),
                     c.problem or ("sold_out" if c.sellable == 0 else "ok")))
    lines = _table(rows)
    lines.append("")
    lines.append("Sold out: " + (", ".join(item.sku for item in report.sold_out) or "none"))
    lines.append("Low stock: " + (", ".join(p.sku for p in report.low) or "none"))
    lines.append("Replenish:" + ("" if report.replenish else " none"))
    for p in report.replenish:
        lines.append(f"  {p.sku}  order {format_quantity(p.suggested)} {p.unit.value} "
                     f"(level {format_quantity(p.level)}, safety stock {format_quantity(p.safety_stock)})")
    return "\n".join(lines)


def _table(rows: list[tuple[str, ...]]) -> list[str]:
    widths = [max(_width(row[i]) for row in rows) for i in range(len(rows[0]))]
    return ["  ".join(cell + " " * (width - _width(cell)) for cell, width in zip(row, widths)).rstrip()
            for row in rows]


def _width(text: str) -> int:
    # Chinese characters take two columns in a terminal
    return sum(2 if "\u2e80" <= char <= "\ufaff" or "\uff00" <= char <= "\uff60" else 1 for char in text)
