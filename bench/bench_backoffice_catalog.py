"""The back office's catalog file round trip, as the Catalog view does it, without the window's widgets.

    python bench/bench_backoffice_catalog.py [--products 20000] [--chunk 500]

An HQ in this process over HTTPS (SQLite in a temporary folder, its own CA) and the window's HqClient signed
in as a manager. A catalog file of `--products` rows (Chinese names, so HQ computes pinyin initials; a third
by weight, the rest by the piece with an EAN-13; supply columns) is written as CSV and XLSX, then timed as
the view runs it on its background helper: reading the file's cells, HQ checking it in chunks (the progress
bar's steps), HQ applying the whole file in one transaction, listing the catalog with supply terms (what the
view loads), and exporting it page by page. Prints one JSON object.
"""
from __future__ import annotations

import argparse
import csv
import json
import os
import platform
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from backoffice.window import catalog_transfer, hq_office  # noqa: E402
from backoffice.window.hq_client import HqClient, settle_trust  # noqa: E402
from pos_app.core.barcodes import check_digit  # noqa: E402
from sync.server import bootstrap  # noqa: E402
from sync.server.core.config import Settings  # noqa: E402
from sync.server.core.tls import fingerprint  # noqa: E402
from sync.server.runner import ServerThread  # noqa: E402

HEADER = ["sku", "name_zh", "name_en", "category", "unit", "sold_by", "price", "cost", "barcodes", "supplier",
          "shelf_life_days", "loss_rate", "pack_size"]
HANZI = "西红柿黄瓜土豆白菜苹果香蕉牛奶面包鸡蛋大米猪肉牛肉鱼虾豆腐酱油"


def rows(count: int) -> list[list[str]]:
    out = []
    for n in range(count):
        name = "".join(HANZI[(n // 20 ** k) % len(HANZI)] for k in range(3))
        weighed = n % 3 == 0
        code = f"690{n:09d}"
        out.append([f"P{n:06d}", f"{name}{n}", f"Product {n}", f"Cat {n % 40}", "kg" if weighed else "piece",
                    "weight" if weighed else "piece", f"{(n % 5000) + 100}.{n % 100:02d}", "1.00",
                    "" if weighed else code + str(check_digit(code)), f"Supplier {n % 25}",
                    "5" if weighed else "", "7.5" if weighed else "", "2.5" if weighed else "6"])
    return out


def timed(step, *, into: dict, name: str):
    started = time.perf_counter()
    result = step()
    into[name] = round(time.perf_counter() - started, 3)
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--products", type=int, default=20_000)
    parser.add_argument("--chunk", type=int, default=catalog_transfer.CHUNK)
    args = parser.parse_args()
    seconds: dict[str, float] = {}
    with tempfile.TemporaryDirectory() as folder, ServerThread(Settings(data_dir=Path(folder) / "hq")) as hq:
        bootstrap.add_store(hq.engine, store_id="S1", name="Bench")
        bootstrap.add_user(hq.engine, user_id="m1", role="manager", password="bench password")
        ca_pem = (Path(folder) / "hq" / "tls" / "ca.pem").read_text()
        client = HqClient(settle_trust(hq.url, fingerprint=fingerprint(ca_pem)), timeout=600)
        client.login(user="m1", password="bench password")
        table = rows(args.products)
        csv_path, xlsx_path = Path(folder) / "catalog.csv", Path(folder) / "catalog.xlsx"
        with csv_path.open("w", encoding="utf-8-sig", newline="") as handle:
            csv.writer(handle).writerows([HEADER, *table])
        import openpyxl
        book = openpyxl.Workbook(write_only=True)
        sheet = book.create_sheet("catalog")
        for row in [HEADER, *table]:
            sheet.append(row)
        book.save(xlsx_path)
        timed(lambda: catalog_transfer.read_cells(xlsx_path), into=seconds, name="read_xlsx")
        header, cells = timed(lambda: catalog_transfer.read_cells(csv_path), into=seconds, name="read_csv")
        parts = catalog_transfer.chunks(cells, size=args.chunk)
        problems = timed(lambda: [p for part in parts for p in hq_office.import_catalog(
            client, header=header, rows=part, apply=False)["problems"]], into=seconds, name="check_chunks")
        answer = timed(lambda: hq_office.import_catalog(client, header=header, rows=cells, apply=True),
                       into=seconds, name="apply_whole_file")
        listed = timed(lambda: (hq_office.products(client, store_id="S1"), hq_office.supply_terms(client)),
                       into=seconds, name="list_catalog_and_terms")

        def export() -> int:
            count, after = 0, ""
            while after is not None:
                page = hq_office.export_catalog(client, after=after, store_id=None)
                count, after = count + len(page["rows"]), page["next"]
            return count

        exported = timed(export, into=seconds, name="export_pages")
        body = len(json.dumps({"header": header, "rows": cells}, ensure_ascii=False).encode())
        client.close()
    print(json.dumps({
        "products": args.products, "chunk": args.chunk, "chunks": len(parts), "problems": len(problems),
        "applied": answer["applied"], "listed": len(listed[0]), "exported": exported,
        "apply_body_bytes": body, "seconds": seconds,
        "machine": {"python": platform.python_version(), "cpus": os.cpu_count(), "load_average": os.getloadavg()},
    }, indent=2))


if __name__ == "__main__":
    main()
