"""A sales analysis as one table for a spreadsheet: the total, every category, then the top and bottom
sellers, each row marked by its `section`. Figures are exact Decimals built from HQ's integers (fen,
thousandths, basis points) by moving the decimal point — nothing is divided, so nothing is rounded."""
from __future__ import annotations

import os
from decimal import Decimal

from backoffice.window.table_file import write_table

COLUMNS = ("section", "from", "to", "store", "category", "sku", "name_zh", "name_en", "unit", "quantity",
           "amount", "share_percent", "cost", "margin", "margin_percent", "waste_quantity", "waste_cost",
           "waste_rate_percent", "waste_cost_rate_percent", "fresh")


def yuan(fen: int) -> Decimal:
    return Decimal(fen).scaleb(-2)


def units(milli: int) -> Decimal:
    return Decimal(milli).scaleb(-3)


def percent(basis_points: int | None) -> Decimal | None:
    return None if basis_points is None else Decimal(basis_points).scaleb(-2)


def rows(analysis: dict) -> list[list]:
    """The table's rows in COLUMNS order (None: an empty cell)."""
    span = [analysis["from"], analysis["to"], analysis["store_id"] or "*"]
    amount = analysis["amount"]
    out = [["total", *span, None, None, None, None, None, None, yuan(amount), percent(10_000 if amount else None),
            yuan(analysis["cost_amount"]), yuan(analysis["margin"]), None, None, yuan(analysis["waste_cost"]),
            None, None, None]]
    for c in analysis["categories"]:
        out.append(["category", *span, c["category"], None, None, None, None, units(c["quantity"]),
                    yuan(c["amount"]), percent(c["share"]), yuan(c["cost_amount"]), yuan(c["margin"]),
                    percent(c["margin_rate"]), units(c["waste_quantity"]), yuan(c["waste_cost"]),
                    percent(c["waste_rate"]), percent(c["waste_cost_rate"]), "yes" if c["fresh"] else "no"])
    for section in ("top", "bottom"):
        for s in analysis[section]:
            out.append([section, *span, s["category"], s["sku"], s["name_zh"], s["name_en"], s["unit"],
                        units(s["quantity"]), yuan(s["amount"]), None, None, yuan(s["margin"]), None, None, None,
                        None, None, None])
    return out


def export(path: str | os.PathLike, *, analysis: dict) -> int:
    """Write the analysis to a .csv or .xlsx file; the number of rows (after the header)."""
    return write_table(path, columns=COLUMNS, rows=rows(analysis), sheet="sales analysis")
