"""`freshtill replay FILE` (the demo, which also rings a day of baskets, is pos_app/demo.py)."""
from __future__ import annotations

import json
import sys
from pathlib import Path

from pos_app.services.checkout import SaleService
from pos_app.services.replay import replay, summarize
from pos_app.storage.database import TillDatabase

DEMO = Path(__file__).resolve().parent.parent.parent / "resources" / "demo"


def register(subparsers) -> None:
    parser = subparsers.add_parser("replay", help="ring a CSV of baskets through the till and print a JSON summary")
    parser.add_argument("file", type=Path)
    parser.add_argument("--progress", action="store_true",
                        help="print 'committed BASKET SALE-UUID' to stderr as each sale is durably committed")
    parser.set_defaults(handler=_replay)


def _replay(args) -> int:
    def report(basket_id, sale) -> None:
        print(f"committed {basket_id} {sale.uuid}", file=sys.stderr, flush=True)

    with TillDatabase.open(args.data_dir) as db:
        service = SaleService(db)
        result = replay(service, args.file, on_commit=report if args.progress else None)
        print(json.dumps(summarize(service, result), ensure_ascii=False, indent=2))
    return 0 if not result.problems else 1
