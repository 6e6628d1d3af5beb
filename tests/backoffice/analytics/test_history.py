"""The sales history CSV: exact decimals in, every bad row named by its line, nothing from a bad file."""
from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from backoffice.analytics.history import HistoryError, read_history

GOOD = """date,sku,quantity,price,discount,category,sold_out
2025-03-01,1001,1.234,6.98,,vegetables,
2025-03-01,P2,3,3.00,0.25,fruit,no
2025-03-02,1001,0.5,6.98,0,vegetables,yes
"""


def _write(tmp_path, text: str, name: str = "sales.csv"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_a_good_file_gives_exact_integers(tmp_path):
    sales = read_history(_write(tmp_path, GOOD))
    assert sales["quantity"].tolist() == [1234, 3000, 500]
    assert sales["price"].tolist() == [698, 300, 698]
    assert sales["discount"].tolist() == [0, 2500, 0]
    assert sales["sold_out"].tolist() == [False, False, True]
    assert sales["category"].tolist() == ["vegetables", "fruit", "vegetables"]
    assert sales["store"].tolist() == ["", "", ""]
    assert str(sales["quantity"].dtype) == "int64"


def test_minimal_columns_any_order_bom_and_blank_lines(tmp_path):
    path = tmp_path / "sales.csv"
    path.write_bytes("\ufeffQuantity,SKU,Date\n2,A,2025-03-01\n\n1.5,A,2025-03-02\n".encode())
    sales = read_history(path)
    assert sales["quantity"].tolist() == [2000, 1500]
    assert sales["price"].isna().all()


def test_every_bad_row_is_reported_with_its_line_and_nothing_is_kept(tmp_path):
    text = ("date,sku,quantity,price,discount,sold_out\n"
            "2025-03-01,A,1,2.50,,\n"            # line 2: fine
            "2025/03/02,A,1,,,\n"                # 3: date
            "2025-03-03,,1,,,\n"                 # 4: sku
            "2025-03-04,A,-1,,,\n"               # 5: negative
            "2025-03-05,A,1.2345,,,\n"           # 6: too fine
            "2025-03-06,A,1,2.505,,\n"           # 7: price to a tenth of a fen
            "2025-03-07,A,1,,1.5,\n"             # 8: discount
            "2025-03-08,A,1,,,maybe\n"           # 9: sold_out
            "2025-03-01,A,2,,,\n"                # 10: same day again
            "2025-03-10,A,,,,\n"                 # 11: empty quantity
            "2025-03-11,A,1e3,,,\n")             # 12: not a plain decimal
    with pytest.raises(HistoryError) as caught:
        read_history(_write(tmp_path, text))
    lines = [line for line, _ in caught.value.problems]
    assert lines == list(range(3, 13))
    reasons = dict(caught.value.problems)
    assert "YYYY-MM-DD" in reasons[3] and "negative" in reasons[5] and "more than 3 decimals" in reasons[6]
    assert "more than 2 decimals" in reasons[7] and "repeats line 2" in reasons[10] and "empty" in reasons[11]
    assert "nothing was forecast" in str(caught.value)


def test_rows_with_too_many_values_are_all_listed(tmp_path):
    text = "date,sku,quantity\n2025-03-01,A,1\n2025-03-02,A,1,9\n2025-03-03,A,1\n2025-03-04,A,1,9,9\n"
    with pytest.raises(HistoryError) as caught:
        read_history(_write(tmp_path, text))
    assert caught.value.problems == [(3, "4 values for 3 columns"), (5, "5 values for 3 columns")]


@pytest.mark.parametrize("header, words", [
    ("date,sku", "missing required column 'quantity'"),
    ("date,sku,quantity,colour", "unknown column 'colour'"),
    ("date,sku,quantity,sku", "column 'sku' appears 2 times"),
])
def test_a_bad_header_is_named(tmp_path, header, words):
    with pytest.raises(HistoryError) as caught:
        read_history(_write(tmp_path, header + "\n"))
    assert any(words in reason for _, reason in caught.value.problems)


def test_not_a_csv_not_utf8_or_empty(tmp_path):
    with pytest.raises(HistoryError, match=r"\.csv"):
        read_history(_write(tmp_path, GOOD, name="sales.xlsx"))
    gbk = tmp_path / "gbk.csv"
    gbk.write_bytes("date,sku,quantity,category\n2025-03-01,A,1,蔬菜\n".encode("gbk"))
    with pytest.raises(HistoryError, match="UTF-8"):
        read_history(gbk)
    with pytest.raises(HistoryError, match="no sales rows"):
        read_history(_write(tmp_path, "date,sku,quantity\n"))
    with pytest.raises(HistoryError, match="Cannot read"):
        read_history(tmp_path / "missing.csv")


cells = st.text(alphabet=st.sampled_from("0123456789.-e ,\"x٣") , max_size=8)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(quantity=cells)
def test_any_quantity_is_read_exactly_or_refused_on_its_line(tmp_path, quantity):
    quoted = '"' + quantity.replace('"', '""') + '"'
    path = _write(tmp_path, f"date,sku,quantity\n2025-03-01,A,1\n2025-03-02,A,{quoted}\n")
    try:
        sales = read_history(path)
    except HistoryError as error:
        assert [line for line, _ in error.problems] == [3]
        return
    value = Decimal(quantity.strip())            # accepted: a plain decimal, exactly
    assert sales["quantity"].tolist()[1] == int(value * 1000) and value * 1000 == int(value * 1000)


rows = st.lists(st.tuples(st.sampled_from(["2025-03-01", "2025-03-02", "2025-3-3", "", "2025-02-30"]),
                          st.sampled_from(["A", "B", ""]),
                          st.sampled_from(["1", "0.250", "-2", "", "x", "1.0001"])), max_size=12)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(rows=rows)
def test_malformed_files_name_exactly_their_bad_lines(tmp_path, rows):
    good_cell = {"date": {"2025-03-01", "2025-03-02"}, "sku": {"A", "B"}, "quantity": {"1", "0.250"}}
    body = "".join(f"{d},{s},{q}\n" for d, s, q in rows)
    expected, seen = [], set()
    for line, (d, s, q) in enumerate(rows, start=2):
        if not (d or s or q):
            continue                              # a blank row (",,") is skipped, not an error
        bad = d not in good_cell["date"] or s not in good_cell["sku"] or q not in good_cell["quantity"]
        if not bad and (d, s) in seen:
            bad = True                            # the same product and day twice
        seen.add((d, s))
        if bad:
            expected.append(line)
    path = _write(tmp_path, "date,sku,quantity\n" + body)
    try:
        sales = read_history(path)
    except HistoryError as error:
        assert sorted({line for line, _ in error.problems}) == expected or (not expected and not error.problems)
        return
    assert not expected and len(sales) == sum(1 for r in rows if any(r))


def test_a_header_cell_left_empty_is_ignored_unless_a_value_stands_under_it(tmp_path):
    sales = read_history(_write(tmp_path, "date,,sku,quantity,\n2025-03-01,,A,1,\n"))
    assert sales["quantity"].tolist() == [1000]
    with pytest.raises(HistoryError) as caught:
        read_history(_write(tmp_path, "date,,sku,quantity\n2025-03-01,,A,1\n2025-03-02,note,A,1\n"))
    assert caught.value.problems == [(3, "a value under column 2, which has no name")]
