"""Sample catalog and stock files for the catalog, stock and CLI tests (real files, real SQLite)."""
from __future__ import annotations

import csv
from pathlib import Path

import pytest

from pos_app import cli
from pos_app.storage.database import TillDatabase

HEADER = ("sku", "name_zh", "name_en", "category", "unit", "sold_by", "price", "cost", "tax_rate", "barcodes",
          "plu", "safety_stock", "portions", "components", "custom_fraction")

GOOD_ROWS = [
    ("V001", "西红柿", "Tomato", "蔬菜 Vegetables", "kg", "weight", "12.80", "8.50", "9", "2100001000004", "4064",
     "5", "", "", ""),
    ("V002", "长豆角", "Long bean", "蔬菜 Vegetables", "kg", "weight", "9.90", "", "9", "", "4065", "3", "", "", ""),
    ("F001", "西瓜", "Watermelon", "水果 Fruit", "piece", "portion", "30.00", "18", "9", "6901234567892", "",
     "2", "half:半个:Half:0.5|quarter:四分之一:Quarter:0.25:8.50", "", "yes"),
    ("D001", "可口可乐 330ml", "Coca-Cola 330ml", "饮料 Drinks", "piece", "piece", "3.50", "2", "13",
     "036000291452|96385074", "", "24", "", "", ""),
    ("C001", "火锅套餐", "Hotpot set", "套餐 Sets", "piece", "combo", "39.90", "", "9", "", "", "",
     "", "V001=0.25|F001@half|V002=0.2", ""),
]


def write_csv(path: Path, rows, *, header=HEADER, bom: bool = True) -> Path:
    with path.open("w", encoding="utf-8-sig" if bom else "utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(header)
        writer.writerows(rows)
    return path


def write_xlsx(path: Path, rows, *, header=HEADER) -> Path:
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(list(header))
    for row in rows:
        sheet.append(list(row))
    book.save(path)
    return path


def product_count(db: TillDatabase) -> int:
    return db.catalog.count()


@pytest.fixture
def till(tmp_path):
    """An empty, migrated till database in a temporary folder."""
    database = TillDatabase.open(tmp_path / "data")
    yield database
    database.close()


@pytest.fixture
def data_dir(tmp_path) -> str:
    """A --data-dir for CLI tests."""
    return str(tmp_path / "data")


def run(data_dir: str, *args) -> int:
    """`freshtill --data-dir DATA_DIR ARGS…` through the real entry point; returns the exit code."""
    return cli.main(["--data-dir", data_dir, *map(str, args)])
