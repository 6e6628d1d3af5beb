import pytest

from pos_app.core.errors import CatalogError
from pos_app.services.catalog_files import import_catalog
from pos_app.services.stock_files import count_stock, receive_stock, waste_stock
from pos_app.storage import outbox, stock_repo
from tests.pos_app.services.catalog_samples import GOOD_ROWS, till, write_csv, write_xlsx  # noqa: F401
from tests.conftest import ledger, levels

STOCK = ("sku", "quantity", "reason")


@pytest.fixture
def stocked(till, tmp_path):
    import_catalog(till, write_csv(tmp_path / "catalog.csv", GOOD_ROWS))
    return till



def history(db, sku):
    with db.reading() as connection:
        return stock_repo.history(connection, sku)


def test_receive_adds_goods_in_movements(stocked, tmp_path):
    path = write_csv(tmp_path / "in.csv", [("V001", "12.5", "绿源 delivery"), ("F001", "3", ""),
                                            ("V001", "0.25", "")], header=STOCK)
    result = receive_stock(stocked, path)
    assert (result.kind, result.rows, result.products, result.movements) == ("receive", 3, 2, 3)
    assert levels(stocked)["V001"] == 12_750 and levels(stocked)["F001"] == 3_000
    assert levels(stocked) == {sku: ledger(stocked).get(sku, 0) for sku in levels(stocked)}
    latest = history(stocked, "V001")
    assert [(m["kind"], m["quantity"], m["reason"]) for m in latest] == [
        ("goods_in", 250, "goods in"), ("goods_in", 12_500, "绿源 delivery")]
    with stocked.reading() as connection:
        events = outbox.pending(connection)
    assert events[-1]["kind"] == "stock_movements" and len(events[-1]["payload"]["movements"]) == 3


def test_waste_subtracts(stocked, tmp_path):
    receive_stock(stocked, write_csv(tmp_path / "in.csv", [("V001", "10", "")], header=STOCK))
    waste_stock(stocked, write_csv(tmp_path / "waste.csv", [("V001", "1.2", "bruised")], header=STOCK))
    assert levels(stocked)["V001"] == 8_800
    assert history(stocked, "V001")[0] == {**history(stocked, "V001")[0], "kind": "waste", "quantity": -1_200,
                                           "reason": "bruised"}


def test_count_records_the_difference_and_sums_rows_of_one_product(stocked, tmp_path):
    receive_stock(stocked, write_csv(tmp_path / "in.csv", [("V001", "10", ""), ("F001", "4", "")], header=STOCK))
    rows = [("V001", "6", "shelf"), ("V001", "1.5", "back room"), ("F001", "4", ""), ("D001", "30", "")]
    result = count_stock(stocked, write_csv(tmp_path / "count.csv", rows, header=STOCK))
    assert (result.rows, result.products, result.movements) == (4, 3, 3)
    assert levels(stocked)["V001"] == 7_500 and levels(stocked)["F001"] == 4_000 and levels(stocked)["D001"] == 30_000
    assert history(stocked, "V001")[0]["kind"] == "count" and history(stocked, "V001")[0]["quantity"] == -2_500
    assert history(stocked, "F001")[0]["quantity"] == 0  # a count that matched is still on record
    assert levels(stocked) == {sku: ledger(stocked).get(sku, 0) for sku in levels(stocked)}


def test_bad_rows_are_reported_by_line_and_nothing_is_written(stocked, tmp_path):
    receive_stock(stocked, write_csv(tmp_path / "in.csv", [("V001", "10", "")], header=STOCK))
    before_levels, before_history = levels(stocked), history(stocked, "V001")
    rows = [
        ("V001", "1", ""),        # 2: fine
        ("NOPE", "1", ""),        # 3: unknown sku
        ("V001", "1.2345", ""),   # 4: finer than a gram
        ("V001", "-2", ""),       # 5: negative
        ("C001", "1", ""),        # 6: a combo
        ("F001", "", ""),         # 7: no quantity
        ("D001", "abc", ""),      # 8: not a number
        ("D001", "2E1", ""),      # 9: scientific notation
    ]
    with pytest.raises(CatalogError) as caught:
        waste_stock(stocked, write_csv(tmp_path / "waste.csv", rows, header=STOCK))
    reasons = dict(caught.value.problems)
    assert sorted(reasons) == [3, 4, 5, 6, 7, 8, 9]
    assert "NOPE is not a product" in reasons[3]
    assert "finer than 0.001 kg" in reasons[4]
    assert "must be more than zero" in reasons[5]
    assert "is a combo" in reasons[6]
    assert reasons[7] == "quantity: is required."
    assert "Not a valid quantity" in reasons[8]
    assert "scientific notation" in reasons[9]
    assert levels(stocked) == before_levels and history(stocked, "V001") == before_history


def test_a_negative_count_is_refused_but_zero_is_fine(stocked, tmp_path):
    with pytest.raises(CatalogError) as caught:
        count_stock(stocked, write_csv(tmp_path / "c.csv", [("V001", "-1", ""), ("F001", "0", "")], header=STOCK))
    assert [line for line, _ in caught.value.problems] == [2]
    count_stock(stocked, write_csv(tmp_path / "c.csv", [("F001", "0", "")], header=STOCK))


def test_header_is_checked(stocked, tmp_path):
    with pytest.raises(CatalogError) as caught:
        receive_stock(stocked, write_csv(tmp_path / "in.csv", [("V001", "1")], header=("sku", "qty")))
    assert {reason for _, reason in caught.value.problems} >= {"unknown column 'qty' (known columns: sku, "
                                                               "quantity, reason)", "missing required column 'quantity'"}


def test_xlsx_stock_file_with_number_cells(stocked, tmp_path):
    path = write_xlsx(tmp_path / "in.xlsx", [("V001", 2.675, "早市"), ("D001", 24, None)], header=STOCK)
    receive_stock(stocked, path)
    assert levels(stocked)["V001"] == 2_675 and levels(stocked)["D001"] == 24_000
