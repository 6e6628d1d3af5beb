"""`freshtill stock …` through the real entry point, on a temporary data folder."""
import json

from tests.pos_app.services.catalog_samples import GOOD_ROWS, data_dir, run, write_csv  # noqa: F401


def test_stock_files_and_report(data_dir, tmp_path, capsys):
    run(data_dir, "catalog", "import", write_csv(tmp_path / "c.csv", GOOD_ROWS))
    capsys.readouterr()
    header = ("sku", "quantity", "reason")
    assert run(data_dir, "stock", "receive", write_csv(tmp_path / "in.csv", [("V001", "3.5", ""), ("F001", "2", "")],
                                                       header=header)) == 0
    assert capsys.readouterr().out.strip() == "Received 2 rows: 2 movements for 2 products."
    assert run(data_dir, "stock", "waste", write_csv(tmp_path / "w.csv", [("V001", "0.5", "bruised")],
                                                     header=header)) == 0
    assert run(data_dir, "stock", "count", write_csv(tmp_path / "n.csv", [("F001", "1", "")], header=header)) == 0
    capsys.readouterr()

    assert run(data_dir, "stock", "--json") == 0
    report = json.loads(capsys.readouterr().out)
    levels = {p["sku"]: p["level"] for p in report["products"]}
    assert levels == {"V001": "3.000", "V002": "0.000", "F001": "1.000", "D001": "0.000"}
    assert "V002" in report["sold_out"] and "C001" in report["sold_out"]
    assert {"sku": "V001", "unit": "kg", "level": "3.000", "safety_stock": "5.000", "suggested": "2.000"} in \
        report["replenish"]

    assert run(data_dir, "stock") == 0
    table = capsys.readouterr().out
    assert table.splitlines()[0].split() == ["SKU", "NAME", "LEVEL", "UNIT", "SELLABLE", "STATUS"]
    assert "F001  西瓜" in table and "1 (half:2 quarter:4)" in table
    assert "V001  order 2.000 kg (level 3.000, safety stock 5.000)" in table


def test_a_bad_stock_file_exits_2_and_changes_nothing(data_dir, tmp_path, capsys):
    run(data_dir, "catalog", "import", write_csv(tmp_path / "c.csv", GOOD_ROWS))
    rows = [("V001", "1", ""), ("GHOST", "2", "")]
    assert run(data_dir, "stock", "receive", write_csv(tmp_path / "in.csv", rows,
                                                       header=("sku", "quantity", "reason"))) == 2
    err = capsys.readouterr().err
    assert "line 3: sku: GHOST is not a product in this till's catalog." in err
    run(data_dir, "stock", "--json")
    assert {p["level"] for p in json.loads(capsys.readouterr().out)["products"]} == {"0.000"}
