"""HQ's catalog file: the supply columns read back what they write (property test), bad cells are named, and
`hq catalog import` / `export` carry the terms — an exported file imports to no change; a till's catalog file
without supply columns leaves HQ's terms alone."""
from __future__ import annotations

import csv
import io

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pos_app.cli import main
from pos_app.core.errors import InvalidInput
from pos_app.core.quantity import Unit
from sync.server.catalog_file import row_from_terms, terms_from_row
from sync.server.core.config import Settings
from sync.server.core.db import make_engine, reading
from sync.server.crud import catalog, supply

units = st.sampled_from([Unit.KG, Unit.PIECE, Unit.L])


@st.composite
def terms(draw):
    unit = draw(units)
    step = 1000 if unit is Unit.PIECE else 1
    return unit, {"sku": "X", "lead_time_days": draw(st.none() | st.integers(0, 3650)),
                  "shelf_life_days": draw(st.none() | st.integers(1, 3650)), "loss_rate": draw(st.integers(0, 9999)),
                  "pack_size": draw(st.none() | st.integers(1, 10**9).map(lambda n: n * step)),
                  "min_order": draw(st.integers(0, 10**9).map(lambda n: n * step))}


@given(terms())
def test_supply_cells_read_back_what_they_write(case):
    unit, written = case
    assert terms_from_row(row_from_terms(written), sku="X", unit=unit) == written


@pytest.mark.parametrize("row, words", [
    ({"lead_time_days": "1.5"}, ["lead_time_days", "whole number"]),
    ({"shelf_life_days": "0"}, ["shelf_life_days", "from 1"]),
    ({"loss_rate": "100"}, ["loss_rate", "below 100"]),
    ({"loss_rate": "1e1"}, ["loss_rate", "scientific"]),
    ({"pack_size": "0"}, ["pack_size", "more than zero"]),
    ({"pack_size": "0.0001"}, ["pack_size", "finer"]),
    ({"min_order": "-1"}, ["min_order", "zero or more"]),
    ({"pack_size": "1.5", "lead_time_days": "x"}, ["pack_size", "whole pieces", "lead_time_days"]),
])
def test_bad_supply_cells_are_named(row, words):
    with pytest.raises(InvalidInput) as raised:
        terms_from_row(row, sku="X", unit=Unit.PIECE if "1.5" in row.get("pack_size", "") else Unit.KG)
    for word in words:
        assert word in raised.value.message, (word, raised.value.message)


HEADER = "sku,name_en,unit,sold_by,price,supplier,lead_time_days,shelf_life_days,loss_rate,pack_size,min_order\n"


def _state(tmp_path) -> tuple[list, list]:
    engine = make_engine(Settings(data_dir=tmp_path / "hq").db_url)
    with reading(engine) as connection:
        listed = catalog.list_products(connection=connection, after="", limit=100)["products"]
        found = supply.terms(connection=connection)
    engine.dispose()
    return listed, found


def test_import_and_export_carry_the_supply_terms(tmp_path, monkeypatch):
    hq = ["--data-dir", str(tmp_path / "hq")]
    monkeypatch.setattr("sys.stdin", io.StringIO("a long password\n"))
    assert main(["hq", "init", *hq, "--store", "S1", "--admin", "boss"]) == 0
    source = tmp_path / "in.csv"
    source.write_text(HEADER + "A1,Apple,kg,weight,9.80,farm,2,7,12.5,5,10\nB2,Bread,piece,piece,5,,,,,,\n",
                      encoding="utf-8")
    assert main(["hq", "catalog", "import", *hq, str(source)]) == 0
    listed, found = _state(tmp_path)
    apple = next(t for t in found if t["sku"] == "A1")
    assert (apple["lead_time_days"], apple["shelf_life_days"], apple["loss_rate"], apple["pack_size"],
            apple["min_order"]) == (2, 7, 1250, 5_000, 10_000)
    bread = next(t for t in found if t["sku"] == "B2")
    assert (bread["lead_time_days"], bread["pack_size"], bread["effective_pack_size"]) == (None, None, 1000)
    for name in ("out.csv", "out.xlsx"):
        assert main(["hq", "catalog", "export", *hq, str(tmp_path / name)]) == 0
        assert main(["hq", "catalog", "import", *hq, str(tmp_path / name)]) == 0
        assert _state(tmp_path) == (listed, found)
    with open(tmp_path / "out.csv", encoding="utf-8-sig", newline="") as exported:
        rows = {row["sku"]: row for row in csv.DictReader(exported)}
    assert (rows["A1"]["loss_rate"], rows["A1"]["pack_size"], rows["B2"]["lead_time_days"]) == ("12.5", "5", "")
    plain = tmp_path / "till.csv"                 # the till's own catalog file: no supply columns
    plain.write_text("sku,name_en,unit,sold_by,price\nA1,Apple,kg,weight,9.90\n", encoding="utf-8")
    assert main(["hq", "catalog", "import", *hq, str(plain)]) == 0
    assert next(t for t in _state(tmp_path)[1] if t["sku"] == "A1")["shelf_life_days"] == 7
    bad = tmp_path / "bad.csv"
    bad.write_text(HEADER + "A1,Apple,kg,weight,9.80,,1.5,,,,\n", encoding="utf-8")
    assert main(["hq", "catalog", "import", *hq, str(bad)]) != 0
    assert next(t for t in _state(tmp_path)[1] if t["sku"] == "A1")["lead_time_days"] == 2
