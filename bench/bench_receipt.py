"""Receipt benchmark: build a 20-line receipt from a Sale and render it to ESC/POS bytes.

    python bench/bench_receipt.py [--runs 2000] [--lines 20]

Prints one JSON object to stdout: mean / p50 / p99 milliseconds of build, render and both together, for
58 mm and 80 mm paper in Chinese and English, against the 5 ms target for build + render.
"""
from __future__ import annotations

import argparse
import gc
import json
import os
import platform
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pos_app.core.receipt import build_receipt  # noqa: E402
from pos_app.hardware.printer.escpos_render import render_escpos  # noqa: E402
from pos_app.services.receipt_commands import DEMO_STORE, demo_portions, demo_sale  # noqa: E402

TARGET_P99_MS = 5.0


def figures(samples_ns: list[int]) -> dict:
    ordered = sorted(samples_ns)
    def at(q: float) -> float:
        return round(ordered[min(len(ordered) - 1, int(q * len(ordered)))] / 1e6, 4)
    return {"mean_ms": round(statistics.fmean(ordered) / 1e6, 4), "p50_ms": at(0.50), "p99_ms": at(0.99),
            "max_ms": round(ordered[-1] / 1e6, 4)}


def bench(*, runs: int, lines: int, width: int, language: str) -> dict:
    sale = demo_sale(lines=lines - 3)   # the demo's three lines plus piece lines
    portions = demo_portions()
    build, render, total = [], [], []
    size = 0
    for _ in range(50):   # warm up imports and caches
        render_escpos(build_receipt(sale=sale, store=DEMO_STORE, language=language, portions=portions),
                      width_mm=width)
    gc.collect()
    for _ in range(runs):
        start = time.perf_counter_ns()
        receipt = build_receipt(sale=sale, store=DEMO_STORE, language=language, portions=portions)
        built = time.perf_counter_ns()
        data = render_escpos(receipt, width_mm=width)
        done = time.perf_counter_ns()
        build.append(built - start)
        render.append(done - built)
        total.append(done - start)
        size = len(data)
    return {"lines": len(sale.lines), "bytes": size, "build": figures(build), "render": figures(render),
            "build_and_render": figures(total)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=2000)
    parser.add_argument("--lines", type=int, default=20)
    args = parser.parse_args(argv)
    cases = {f"{width}mm_{language}": bench(runs=args.runs, lines=args.lines, width=width, language=language)
             for width in (58, 80) for language in ("zh", "en")}
    worst = max(case["build_and_render"]["p99_ms"] for case in cases.values())
    result = {"benchmark": "receipt build + ESC/POS render", "runs": args.runs, "cases": cases,
              "target_p99_ms": TARGET_P99_MS, "worst_p99_ms": worst, "meets_target": worst <= TARGET_P99_MS,
              "machine": {"python": platform.python_version(), "cpus": os.cpu_count(),
                          "load_1m": round(os.getloadavg()[0], 2)}}
    print(json.dumps(result, ensure_ascii=False, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
