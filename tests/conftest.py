"""Shared fixtures: a real till database in a temporary folder with a small catalog."""
from __future__ import annotations

import pytest

from pos_app.core.barcodes import check_digit
from pos_app.core.products import ComboComponent, Portion, Product, SoldBy
from pos_app.core.quantity import Unit
from pos_app.core.stock import Movement, MovementKind
from pos_app.storage import stock_repo
from pos_app.storage.database import TillDatabase


def ean13(body12: str) -> str:
    return body12 + check_digit(body12)


COLA = ean13("690123456789")
TOMATO_LABEL_BASE = ean13("210100100000")  # in-store scale label base code for PLU 1001


def small_catalog() -> list[Product]:
    return [
        Product(sku="V1", name_zh="西红柿", name_en="Tomato", unit=Unit.KG, sold_by=SoldBy.WEIGHT, price=698,
                tax_rate=900, min_fraction=1, plu="1001", barcodes=(TOMATO_LABEL_BASE,), safety_stock=5000),
        Product(sku="P1", name_zh="可乐", name_en="Cola", unit=Unit.PIECE, sold_by=SoldBy.PIECE, price=300,
                tax_rate=1300, barcodes=(COLA,)),
        Product(sku="M1", name_zh="牛腩", name_en="Beef brisket", unit=Unit.KG, sold_by=SoldBy.PORTION,
                price=8800, tax_rate=900, min_fraction=250, allow_custom=True,
                portions=(Portion("half", "半份", "Half", 500), Portion("250g", "250克", "250 g", 250))),
        Product(sku="C1", name_zh="汤料", name_en="Soup kit", unit=Unit.PIECE, sold_by=SoldBy.COMBO, price=3000,
                components=(ComboComponent("V1", 250), ComboComponent("M1", portion="250g"))),
    ]


def levels(db):
    with db.reading() as connection:
        return stock_repo.all_levels(connection)


def ledger(db):
    with db.reading() as connection:
        return stock_repo.ledger_sums(connection)


OPENING = {"V1": 10_000, "P1": 24_000, "M1": 3_000}


@pytest.fixture
def db(tmp_path):
    database = TillDatabase.open(tmp_path / "till")
    with database.transaction() as connection:
        database.catalog.upsert(connection, small_catalog())
        stock_repo.record(connection, [Movement(sku, MovementKind.GOODS_IN, qty) for sku, qty in OPENING.items()])
    yield database
    database.close()
