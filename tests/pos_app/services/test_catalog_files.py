from decimal import Decimal

import openpyxl
import pytest

from pos_app.core.errors import CatalogError
from pos_app.core.products import SoldBy
from pos_app.services.catalog_files import cell_text, export_catalog, import_catalog, read_table
from pos_app.services.catalog_format import COLUMNS
from pos_app.storage.database import TillDatabase
from tests.pos_app.services.catalog_samples import GOOD_ROWS, HEADER, till, write_csv, write_xlsx  # noqa: F401


def catalog(db):
    return list(db.catalog.iter_all())


def test_imports_a_csv_with_a_bom(till, tmp_path):
    result = import_catalog(till, write_csv(tmp_path / "catalog.csv", GOOD_ROWS))
    assert (result.products, result.barcodes, result.portions, result.combos, result.delisted) == (5, 4, 2, 1, 0)
    tomato = till.catalog.by_sku("V001")
    assert tomato.price == 1280 and tomato.pinyin == "XHS" and tomato.tax_rate == 900
    assert till.catalog.by_barcode("0036000291452").sku == "D001"   # the UPC-A, as a scan looks it up
    assert till.catalog.by_plu("4065").pinyin == "CDJ"
    assert till.catalog.by_sku("C001").sold_by is SoldBy.COMBO


def test_header_names_are_case_insensitive_and_in_any_order(till, tmp_path):
    header = [name.upper() for name in reversed(HEADER)]
    rows = [tuple(reversed(r)) for r in GOOD_ROWS]
    assert import_catalog(till, write_csv(tmp_path / "c.csv", rows, header=header, bom=False)).products == 5


@pytest.mark.parametrize(("header", "reason"), [
    (HEADER + ("colour",), "unknown column 'colour'"),
    (tuple(h for h in HEADER if h != "price"), "missing required column 'price'"),
    (tuple(h for h in HEADER if h not in ("name_zh", "name_en")), "needs a 'name_zh' or 'name_en' column"),
    (HEADER + ("Price",), "column 'price' appears 2 times"),
])
def test_a_bad_header_is_refused_naming_the_column(till, tmp_path, header, reason):
    path = write_csv(tmp_path / "c.csv", [], header=header)
    with pytest.raises(CatalogError) as caught:
        import_catalog(till, path)
    assert any(line == 1 and reason in text for line, text in caught.value.problems), caught.value.problems


def test_a_bad_file_is_rejected_row_by_row_and_nothing_changes(till, tmp_path):
    import_catalog(till, write_csv(tmp_path / "good.csv", GOOD_ROWS))
    before = till.catalog.count()
    good = list(GOOD_ROWS)
    bad_rows = [
        good[0],                                                                          # line 2: fine
        ("B001", "白菜", "", "", "kg", "weight", "3.999", "", "", "", "", "", "", "", ""),   # line 3: bad price
        ("B002", "菠菜", "", "", "kg", "weight", "4.20", "", "", "6901234567891", "", "", "", "", ""),  # 4: check digit
        ("B003", "芹菜", "", "", "jin", "weight", "4.20", "", "", "", "", "", "", "", ""),  # line 5: unknown unit
        ("V001", "西红柿", "", "", "kg", "weight", "5.00", "", "", "", "", "", "", "", ""),  # line 6: duplicate sku
        ("C009", "套餐", "", "", "piece", "combo", "20", "", "", "", "", "", "", "V001=0.5|NOPE=1", ""),  # line 7
        ("", "", "", "", "", "", "", "", "", "", "", "", "", "", ""),                     # line 8: blank, skipped
        ("B004", "生菜", "", "", "kg", "weight", "¥5.00", "", "", "", "", "", "", "", ""),  # line 9: fine
    ]
    path = write_csv(tmp_path / "bad.csv", bad_rows)
    with pytest.raises(CatalogError) as caught:
        import_catalog(till, path)
    problems = caught.value.problems
    assert [line for line, _ in problems] == [3, 4, 5, 6, 7]
    reasons = dict(problems)
    assert "price: Amount 3.999 has more than 2 decimals" in reasons[3]
    assert "barcodes: 6901234567891 has a wrong check digit" in reasons[4]
    assert "unit: Unknown unit 'jin'" in reasons[5]
    assert "sku V001 is already used on line 2" in reasons[6]
    assert "components: NOPE is not a product in this file" in reasons[7]
    assert "nothing was imported" in caught.value.message
    assert till.catalog.count() == before
    assert till.catalog.by_sku("B004") is None and till.catalog.by_sku("V001").price == 1280


def test_cross_row_rules(till, tmp_path):
    rows = [
        ("A1", "苹果", "", "", "piece", "piece", "1", "", "", "6901234567892", "11", "", "", "", ""),
        ("A2", "梨", "", "", "piece", "piece", "1", "", "", "06901234567892", "11", "", "", "", ""),  # same GTIN
        ("M1", "西瓜", "", "", "piece", "portion", "30", "", "", "", "", "", "half:半:Half:0.5", "", ""),
        ("S1", "套餐", "", "", "piece", "combo", "5", "", "", "", "", "", "", "A1=1", ""),
        ("S2", "套餐2", "", "", "piece", "combo", "5", "", "", "", "", "", "", "S1=1|M1@third|A1=0.5", ""),
    ]
    with pytest.raises(CatalogError) as caught:
        import_catalog(till, write_csv(tmp_path / "c.csv", rows))
    reasons = [f"{line}: {reason}" for line, reason in caught.value.problems]
    assert any(r.startswith("3: barcode 6901234567892 is already used on line 2") for r in reasons)
    assert any(r.startswith("3: PLU 11 is already used on line 2") for r in reasons)
    assert any(r.startswith("6: components: S1 is itself a combo") for r in reasons)
    assert any(r.startswith("6: components: ") and "no portion 'third'" in r for r in reasons)
    assert any(r.startswith("6: components: ") and "whole pieces" in r for r in reasons)
    assert till.catalog.count() == 0


def test_a_component_whose_own_row_is_bad_is_not_reported_twice(till, tmp_path):
    rows = [("A1", "苹果", "", "", "piece", "piece", "x", "", "", "", "", "", "", "", ""),
            ("S1", "套餐", "", "", "piece", "combo", "5", "", "", "", "", "", "", "A1=1", "")]
    with pytest.raises(CatalogError) as caught:
        import_catalog(till, write_csv(tmp_path / "c.csv", rows))
    assert [line for line, _ in caught.value.problems] == [2]


def test_reimport_delists_missing_products_instead_of_deleting_them(till, tmp_path):
    import_catalog(till, write_csv(tmp_path / "all.csv", GOOD_ROWS))
    result = import_catalog(till, write_csv(tmp_path / "fewer.csv", GOOD_ROWS[:2]))
    assert (result.products, result.delisted) == (2, 3)
    assert till.catalog.count() == 5
    assert till.catalog.by_sku("F001").active is False and till.catalog.by_sku("V001").active is True


def test_an_empty_file_is_refused_rather_than_delisting_everything(till, tmp_path):
    import_catalog(till, write_csv(tmp_path / "all.csv", GOOD_ROWS))
    with pytest.raises(CatalogError):
        import_catalog(till, write_csv(tmp_path / "empty.csv", []))
    assert all(p.active for p in catalog(till))


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_export_then_import_gives_equal_products(till, tmp_path, suffix):
    import_catalog(till, write_csv(tmp_path / "catalog.csv", GOOD_ROWS))
    import_catalog(till, write_csv(tmp_path / "fewer.csv", [r for r in GOOD_ROWS if r[0] != "D001"]))
    assert till.catalog.by_sku("D001").active is False  # delisted products are exported too
    original = catalog(till)
    exported = export_catalog(till, tmp_path / f"out{suffix}")
    assert exported.products == 5
    fresh = TillDatabase.open(tmp_path / "fresh")
    try:
        import_catalog(fresh, tmp_path / f"out{suffix}")
        assert catalog(fresh) == original
    finally:
        fresh.close()
    import_catalog(till, tmp_path / f"out{suffix}")  # and into the same till: nothing changes
    assert catalog(till) == original


def test_exported_csv_is_excel_friendly_text(till, tmp_path):
    import_catalog(till, write_csv(tmp_path / "catalog.csv", GOOD_ROWS))
    export_catalog(till, tmp_path / "out.csv")
    raw = (tmp_path / "out.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # BOM: Excel then reads the Chinese as UTF-8
    text = raw.decode("utf-8-sig")
    assert text.splitlines()[0] == ",".join(COLUMNS)
    assert "V001,西红柿,Tomato,蔬菜 Vegetables,kg,weight,12.80,8.50,9,2100001000004,4064" in text
    sheet_path = tmp_path / "out.xlsx"
    export_catalog(till, sheet_path)
    book = openpyxl.load_workbook(sheet_path, read_only=True)
    values = [cell for row in book.worksheets[0].iter_rows(values_only=True) for cell in row]
    book.close()
    assert all(value is None or isinstance(value, str) for value in values)  # codes keep leading zeros


def test_xlsx_number_cells_are_read_exactly(till, tmp_path):
    rows = [
        (1001, "西红柿", "Tomato", "", "kg", "weight", 12.8, 8.1, 9, 6901234567892, 4064, 2.675, "", "", ""),
        (1002, "黄瓜", "", "", "kg", "weight", 1 / 3, Decimal("1.50"), 13.0, 6901234567892.0, 7, 1e-3, "", "", ""),
        (1003, "土豆", "", "", "kg", "weight", 2.5, "", "", 6901234567892.0, "", "", "", "", ""),
    ]
    with pytest.raises(CatalogError) as caught:
        import_catalog(till, write_xlsx(tmp_path / "c.xlsx", rows))
    assert caught.value.problems == [
        (3, "price: Amount 0.3333333333333333 has more than 2 decimals."),
        (4, "barcode 6901234567892 is already used on line 2")]  # a float cell of a 13-digit code is exact
    rows[1] = rows[1][:6] + (3.3, 1.5, 13.0, None, 7, 1e-3, "", "", "")
    del rows[2]
    import_catalog(till, write_xlsx(tmp_path / "c.xlsx", rows))
    tomato, cucumber = till.catalog.by_sku("1001"), till.catalog.by_sku("1002")
    assert (tomato.price, tomato.cost, tomato.tax_rate, tomato.safety_stock) == (1280, 810, 900, 2675)
    assert tomato.barcodes == ("6901234567892",) and tomato.plu == "4064"
    assert (cucumber.price, cucumber.cost, cucumber.tax_rate, cucumber.safety_stock) == (330, 150, 1300, 1)


@pytest.mark.parametrize(("value", "text"), [
    (12.8, "12.8"), (0.1, "0.1"), (2.675, "2.675"), (1e-05, "0.00001"), (1e16, "10000000000000000"),
    (6901234567892.0, "6901234567892"), (-0.0, "0"), (0.1 + 0.2, "0.30000000000000004"), (3, "3"),
    (Decimal("1.50"), "1.5"), (Decimal("1E+2"), "100"), (True, "yes"), (None, ""), (" x ", "x"),
])
def test_cell_text(value, text):
    assert cell_text(value) == text


def test_blank_rows_keep_line_numbers_and_stray_values_are_reported(tmp_path):
    path = tmp_path / "t.csv"
    path.write_text("sku,quantity,\nA,1,\n,,\nB,2,oops\n", encoding="utf-8")
    rows = list(read_table(path, columns=("sku", "quantity"), required=("sku",)))
    assert [line for line, _ in rows] == [2, 4]
    assert rows[1][1][""] == "a value stands in a column without a header name"


@pytest.mark.parametrize(("name", "content", "reason"), [
    ("gbk.csv", "sku,name_zh\nV1,西红柿\n".encode("gbk"), "not UTF-8"),
    ("old.xls", b"\xd0\xcf\x11\xe0", "old Excel .xls"),
    ("notes.txt", b"sku\n", "use a .csv or .xlsx"),
    ("broken.xlsx", b"not a zip", "not an Excel .xlsx workbook"),
])
def test_unreadable_files_are_refused_with_a_reason(till, tmp_path, name, content, reason):
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(CatalogError) as caught:
        import_catalog(till, path)
    assert reason in caught.value.message


def test_a_missing_file(till, tmp_path):
    with pytest.raises(CatalogError, match="Cannot read"):
        import_catalog(till, tmp_path / "nope.csv")
