"""The files the Sales analysis and Catalog views read and write, without a window: spreadsheet numbers
travel to HQ as the exact float openpyxl read (JSON keeps it), CSV text stays text, blank rows are skipped
with line numbers kept, and a table is written whole or not at all."""
from __future__ import annotations

import csv
from datetime import date
from decimal import Decimal

import orjson
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from backoffice.window import catalog_transfer
from backoffice.window.table_file import write_table
from pos_app.core.errors import InvalidInput


@settings(max_examples=40, deadline=None)
@given(value=st.decimals(min_value=-10**9, max_value=10**9, places=3, allow_nan=False))
def test_an_xlsx_number_reaches_hq_as_the_float_the_sheet_holds(tmp_path_factory, value):
    import openpyxl

    path = tmp_path_factory.mktemp("x") / "numbers.xlsx"
    book = openpyxl.Workbook()
    book.active.append(["price"])
    book.active.append([float(value)])
    book.save(path)
    header, rows = catalog_transfer.read_cells(path)
    sent = orjson.loads(orjson.dumps({"header": header, "rows": rows}))
    cell = sent["rows"][0]["cells"][0]
    assert sent["header"] == ["price"] and cell == float(value)
    assert Decimal(repr(cell)) == value                  # the decimal Excel shows, which HQ reads


def test_csv_cells_stay_text_and_blank_rows_keep_the_line_numbers(tmp_path):
    path = tmp_path / "c.csv"
    path.write_text("\ufeffsku,price\n007,1.10\n,\n\nV1,2\n", encoding="utf-8")
    header, rows = catalog_transfer.read_cells(path)
    assert header == ["sku", "price"]
    assert rows == [{"line": 2, "cells": ["007", "1.10"]}, {"line": 5, "cells": ["V1", "2"]}]
    assert [len(c) for c in catalog_transfer.chunks(rows * 3, size=4)] == [4, 2]


def test_xlsx_dates_become_iso_text(tmp_path):
    import openpyxl

    book = openpyxl.Workbook()
    book.active.append(["sku", "when"])
    book.active.append(["A", date(2026, 12, 6)])
    book.save(tmp_path / "d.xlsx")
    assert catalog_transfer.read_cells(tmp_path / "d.xlsx")[1][0]["cells"] == ["A", "2026-12-06T00:00:00"]


@pytest.mark.parametrize("name,words", [("a.xls", "import a .csv or .xlsx"), ("gbk.csv", "not UTF-8"),
                                        ("empty.csv", "empty"), ("fake.xlsx", "not an Excel")])
def test_a_file_that_cannot_be_read_is_one_sentence(tmp_path, name, words):
    path = tmp_path / name
    path.write_bytes("名称,价格\n".encode("gbk") if name == "gbk.csv" else b"" if name == "empty.csv" else b"xx")
    with pytest.raises(InvalidInput, match=words):
        catalog_transfer.read_cells(path)


def test_a_table_is_written_whole_or_not_at_all(tmp_path):
    path = tmp_path / "t.csv"
    assert write_table(path, columns=["a", "b"], rows=[["x", Decimal("1.50")], [None, 7]]) == 2
    with path.open(encoding="utf-8-sig", newline="") as handle:
        assert list(csv.reader(handle)) == [["a", "b"], ["x", "1.50"], ["", "7"]]

    def broken():
        yield ["y", 1]
        raise RuntimeError("disk gone")

    with pytest.raises(RuntimeError):
        write_table(path, columns=["a", "b"], rows=broken())
    assert path.read_text(encoding="utf-8-sig").splitlines()[1] == "x,1.50"      # the old file, untouched
    assert sorted(p.name for p in tmp_path.iterdir()) == ["t.csv"]              # no temporary left behind
    with pytest.raises(InvalidInput, match=".csv or .xlsx"):
        write_table(tmp_path / "t.txt", columns=["a"], rows=[])


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_a_file_is_read_a_batch_at_a_time_with_the_row_count_it_declares(tmp_path, suffix):
    table = [["sku", "price"], ["A", "1"], ["B", "2"], ["", ""], ["C", "3"], ["D", "4"]]
    path = tmp_path / f"batches{suffix}"
    if suffix == ".csv":
        with path.open("w", encoding="utf-8-sig", newline="") as handle:
            csv.writer(handle).writerows(table)
    else:
        import openpyxl
        book = openpyxl.Workbook()
        for row in table:
            book.active.append([cell or None for cell in row])
        book.save(path)
    reader = catalog_transfer.CellReader(path)
    assert reader.header == ["sku", "price"] and reader.expected == 5
    batches = []
    while not reader.done:
        batches.append([row["line"] for row in reader.read(2)])
    assert batches == [[2, 3], [5], [6]]                         # line 4 is blank: read, skipped, counted
    assert catalog_transfer.read_cells(path)[1][-1] == {"line": 6, "cells": ["D", "4"]}
