"""`freshtill forecast --history FILE [--horizon 28] [--json]` and `freshtill forecast --evaluate --holdout 28`.

The nightly analytics, headless: per product the forecast, the model chosen and its backtest accuracy
against seasonal naive; with --evaluate, the method's own score on the last weeks of the file. Registering
the word imports nothing heavy: pandas and statsmodels load only when the command runs.
"""
from __future__ import annotations

import argparse
import json
import logging
import math
import sys
import unicodedata
from datetime import date
from pathlib import Path

from pos_app.core.errors import InvalidInput
from pos_app.core.quantity import format_quantity


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "forecast", help="demand forecasts from a daily sales CSV (docs/formats.md)",
        description="Forecast every product of a daily sales history, with the model chosen per product and "
                    "its backtest accuracy against seasonal naive; --evaluate scores the method on a holdout.")
    parser.add_argument("--history", type=Path, required=True, help="daily sales CSV: date, sku, quantity, …")
    parser.add_argument("--horizon", type=_days, default=28, help="days to forecast (default 28)")
    parser.add_argument("--evaluate", action="store_true", help="score the method on the last --holdout days")
    parser.add_argument("--holdout", type=_days, default=28, help="days hidden and scored by --evaluate")
    parser.add_argument("--closed", type=_dates, default=(), metavar="DATES",
                        help="days the shop is or was closed, YYYY-MM-DD separated by commas")
    parser.add_argument("--processes", type=int, default=2, help="worker processes (default 2)")
    parser.add_argument("--json", action="store_true", help="print JSON (quantities as exact decimal strings)")
    parser.set_defaults(handler=_forecast)


def _days(text: str) -> int:
    if not text.isdigit() or not 1 <= int(text) <= 366:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number of days from 1 to 366")
    return int(text)


def _dates(text: str) -> tuple[date, ...]:
    try:
        return tuple(date.fromisoformat(part.strip()) for part in text.split(",") if part.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r}: write days as YYYY-MM-DD, separated by commas") from None


def _forecast(args) -> int:
    from backoffice.analytics.demand import build_panel
    from backoffice.analytics.history import read_history

    logging.basicConfig(level=logging.INFO, format="%(message)s", stream=sys.stderr)
    sales = read_history(args.history)
    panel = build_panel(sales, closed=args.closed)
    if args.evaluate:
        return _evaluate(args, panel)
    from backoffice.analytics.nightly import run_nightly

    days = len(panel.dates)
    if days < 14:
        raise InvalidInput(f"{args.history.name} covers {days} day(s): a forecast needs at least two weeks.")
    result = run_nightly(panel, horizon=args.horizon, processes=args.processes, closed_ahead=args.closed)
    daily = {key: rows for key, rows in result.forecasts.groupby(["store", "sku"], sort=False)}
    if args.json:
        products = [_product_json(row, daily[(row.store, row.sku)]) for row in result.models.itertuples()]
        print(json.dumps({"horizon": args.horizon, "from": str(result.forecasts["date"].min().date()),
                          "products": products}, ensure_ascii=False, indent=1))
        return 0
    rows = [("STORE", "SKU", "CATEGORY", "CLASS", "MODEL", "RMSSE", "NAIVE", "WAPE", "NEXT 7 DAYS",
             f"{args.horizon} DAYS")]
    for row in result.models.itertuples():
        values = daily[(row.store, row.sku)]["forecast"].to_numpy()
        rows.append((row.store or "-", row.sku, row.category or "-", row.demand_class, _model(row),
                     _ratio(row.rmsse), _ratio(row.baseline_rmsse), _ratio(row.wape),
                     " ".join(format_quantity(int(v)) for v in values[:7]), format_quantity(int(values.sum()))))
    print("\n".join(_table(rows)))
    print(f"\nForecast from {result.forecasts['date'].min().date()} for {args.horizon} days, in each product's "
          "base unit a day. RMSSE and WAPE: the model's backtest over the last 4 weeks; NAIVE: seasonal "
          "naive's RMSSE on the same days (lower is better).")
    return 0


def _evaluate(args, panel) -> int:
    from backoffice.analytics.evaluation import evaluate

    if len(panel.dates) < args.holdout + 28:
        raise InvalidInput(f"{args.history.name} covers {len(panel.dates)} days: --evaluate needs the "
                           f"{args.holdout}-day holdout plus at least 28 days before it.")
    scored, totals = evaluate(panel, holdout=args.holdout, processes=args.processes)
    if args.json:
        print(json.dumps({"holdout": args.holdout, "summary": _clean(totals),
                          "products": [_clean(r) for r in scored.to_dict(orient="records")]},
                         ensure_ascii=False, indent=1))
        return 0
    rows = [("STORE", "SKU", "CLASS", "MODEL", "RMSSE", "NAIVE RMSSE", "WAPE", "NAIVE WAPE")]
    for row in scored.itertuples():
        rows.append((row.store or "-", row.sku, row.demand_class,
                     row.model + (" (fallback)" if row.fallback else ""), _ratio(row.rmsse),
                     _ratio(row.naive_rmsse), _ratio(row.wape), _ratio(row.naive_wape)))
    print("\n".join(_table(rows)))
    print(f"\nHoldout: the last {args.holdout} days, {totals['series']} series. "
          f"WAPE {_ratio(totals['wape'])} (seasonal naive {_ratio(totals['naive_wape'])}), "
          f"mean RMSSE {_ratio(totals['rmsse'])} (seasonal naive {_ratio(totals['naive_rmsse'])}); "
          f"better than seasonal naive on {_ratio(totals['beats_naive'] * 100, 0)} % of series.")
    return 0


def _model(row) -> str:
    return f"seasonal_naive ({row.candidate} lost)" if row.fallback else row.model


def _ratio(value: float, places: int = 3) -> str:
    return "-" if value is None or not math.isfinite(value) else f"{value:.{places}f}"


def _product_json(row, daily) -> dict:
    return {
        "store": row.store, "sku": row.sku, "category": row.category, "class": row.demand_class,
        "model": row.model, "candidate": row.candidate, "fallback": bool(row.fallback),
        "backtest": _clean({"mase": row.mase, "rmsse": row.rmsse, "wape": row.wape,
                            "naive_rmsse": row.baseline_rmsse, "naive_wape": row.baseline_wape}),
        "sigma": format_quantity(int(row.sigma)),
        "forecast": [{"date": str(d.date()), "quantity": format_quantity(int(q)), "low": format_quantity(int(lo)),
                      "high": format_quantity(int(hi))}
                     for d, q, lo, hi in zip(daily["date"], daily["forecast"], daily["low"], daily["high"])],
    }


def _clean(value):
    """JSON without NaN (null instead) and with plain Python numbers."""
    if isinstance(value, dict):
        return {str(k): _clean(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_clean(v) for v in value]
    if hasattr(value, "item"):
        value = value.item()
    if isinstance(value, float) and not math.isfinite(value):
        return None
    return value


def _table(rows: list[tuple[str, ...]]) -> list[str]:
    if all(row[0] == "-" for row in rows[1:]):   # a one-shop file: no store column
        rows = [row[1:] for row in rows]
    widths = [max(_width(row[i]) for row in rows) for i in range(len(rows[0]))]
    return ["  ".join(cell + " " * (width - _width(cell)) for cell, width in zip(row, widths)).rstrip()
            for row in rows]


def _width(text: str) -> int:
    # Chinese category names take two columns each in a terminal
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)
