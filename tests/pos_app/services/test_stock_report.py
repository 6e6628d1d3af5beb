import json

from pos_app.core.products import Portion, Product, SoldBy
from pos_app.core.quantity import Unit
from pos_app.core.stock import Status
from pos_app.services.catalog_files import import_catalog
from pos_app.services.stock_files import receive_stock
from pos_app.services.stock_report import as_json, product_stock, stock_report, suggested_quantity
from tests.pos_app.services.catalog_samples import GOOD_ROWS, till, write_csv  # noqa: F401

MELON = Product(sku="F001", name_zh="西瓜", name_en="Watermelon", unit=Unit.PIECE, sold_by=SoldBy.PORTION,
                price=3000, min_fraction=250, safety_stock=2000,
                portions=(Portion("half", "半个", "Half", 500), Portion("quarter", "四分之一", "Quarter", 250)))
TOMATO = Product(sku="V001", name_zh="西红柿", name_en="Tomato", unit=Unit.KG, sold_by=SoldBy.WEIGHT, price=1280,
                 min_fraction=1, safety_stock=5000)


def test_suggested_quantity_rounds_up_to_whole_pieces_only_for_piece_products():
    assert suggested_quantity(MELON, level=750) == 2000      # 1.25 missing -> order 2 melons
    assert suggested_quantity(MELON, level=1000) == 1000
    assert suggested_quantity(MELON, level=-500) == 3000     # oversold: make up the hole too
    assert suggested_quantity(MELON, level=2000) == 0
    assert suggested_quantity(TOMATO, level=3250) == 1750    # kg: exact to the gram


def test_a_sold_out_product_without_safety_stock_is_still_suggested():
    no_safety = Product(**{**TOMATO.__dict__, "safety_stock": 0})
    assert suggested_quantity(no_safety, level=0) == 1000     # one whole kg
    assert suggested_quantity(no_safety, level=5) == 0        # 5 g can still be sold
    melon = Product(**{**MELON.__dict__, "safety_stock": 0})
    assert suggested_quantity(melon, level=100) == 1000       # 0.5 (largest portion) - 0.1, up to whole melons
    assert Status.REPLENISH in product_stock(melon, level=100).statuses


def test_product_stock():
    melon = product_stock(MELON, level=750)
    assert (melon.whole, melon.portions) == (0, {"half": 1, "quarter": 3})
    assert melon.statuses == (Status.REPLENISH,)  # still a whole half: not low yet
    assert product_stock(MELON, level=400).statuses == (Status.LOW, Status.REPLENISH)
    assert product_stock(MELON, level=0).statuses == (Status.SOLD_OUT, Status.LOW, Status.REPLENISH)
    assert product_stock(TOMATO, level=9000).statuses == (Status.OK,)


def test_report_from_the_database(till, tmp_path):
    import_catalog(till, write_csv(tmp_path / "catalog.csv", GOOD_ROWS))
    receive_stock(till, write_csv(tmp_path / "in.csv", [("V001", "3.5"), ("F001", "2"), ("V002", "0.1"),
                                                        ("D001", "30")], header=("sku", "quantity")))
    report = stock_report(till)
    by_sku = {p.sku: p for p in report.products}
    assert set(by_sku) == {"V001", "V002", "F001", "D001"}
    assert by_sku["F001"].portions == {"half": 4, "quarter": 8}
    assert [c.sku for c in report.combos] == ["C001"] and report.combos[0].sellable == 0  # V002 0.2 kg each
    assert [item.sku for item in report.sold_out] == ["C001"]
    assert [p.sku for p in report.low] == ["V002"]
    assert {p.sku: p.suggested for p in report.replenish} == {"V001": 1500, "V002": 2900}

    data = as_json(report)
    json.dumps(data)  # plain JSON types only
    tomato = next(p for p in data["products"] if p["sku"] == "V001")
    assert tomato["level"] == "3.500" and tomato["safety_stock"] == "5.000" and tomato["statuses"] == ["replenish"]
    assert {"sku": "V002", "unit": "kg", "level": "0.100", "safety_stock": "3.000", "suggested": "2.900"} in \
        data["replenish"]
    assert data["combos"][0]["statuses"] == ["sold_out"] and data["sold_out"] == ["C001"]


def test_combo_sellable_and_delisted_products_left_out(till, tmp_path):
    import_catalog(till, write_csv(tmp_path / "catalog.csv", GOOD_ROWS))
    receive_stock(till, write_csv(tmp_path / "in.csv", [("V001", "1"), ("F001", "3"), ("V002", "1")],
                                  header=("sku", "quantity")))
    assert stock_report(till).combos[0].sellable == 4  # V001 1 kg / 0.25, F001 6 halves, V002 1 kg / 0.2 = 5
    import_catalog(till, write_csv(tmp_path / "fewer.csv", [r for r in GOOD_ROWS if r[0] != "D001"]))
    assert "D001" not in {p.sku for p in stock_report(till).products}
