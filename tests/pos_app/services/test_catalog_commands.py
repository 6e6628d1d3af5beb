"""`freshtill catalog …` through the real entry point, on a temporary data folder."""
from pos_app.storage.database import TillDatabase
from tests.pos_app.services.catalog_samples import GOOD_ROWS, data_dir, run, write_csv  # noqa: F401


def product_count(data_dir) -> int:
    db = TillDatabase.open(data_dir)
    try:
        return db.catalog.count()
    finally:
        db.close()


def test_catalog_import_and_export(data_dir, tmp_path, capsys):
    assert run(data_dir, "catalog", "import", write_csv(tmp_path / "c.csv", GOOD_ROWS)) == 0
    assert capsys.readouterr().out.strip() == \
        "Imported 5 products (4 barcodes, 2 portions, 1 combos); 0 delisted."
    assert run(data_dir, "catalog", "export", tmp_path / "out.xlsx") == 0
    assert capsys.readouterr().out.startswith("Exported 5 products (4 barcodes, 2 portions, 1 combos) to ")
    assert run(data_dir, "catalog", "import", tmp_path / "out.xlsx") == 0


def test_a_bad_catalog_prints_each_problem_and_imports_nothing(data_dir, tmp_path, capsys):
    run(data_dir, "catalog", "import", write_csv(tmp_path / "c.csv", GOOD_ROWS))
    capsys.readouterr()
    rows = [GOOD_ROWS[0], ("B1", "白菜", "", "", "kg", "weight", "1.001", "", "", "", "", "", "", "", ""),
            GOOD_ROWS[0]]
    assert run(data_dir, "catalog", "import", write_csv(tmp_path / "bad.csv", rows)) == 2
    err = capsys.readouterr().err.splitlines()
    assert err == [
        "freshtill: bad.csv: 4 problem(s) found; nothing was imported.",
        "line 3: price: Amount 1.001 has more than 2 decimals.",
        "line 4: sku V001 is already used on line 2",
        "line 4: barcode 2100001000004 is already used on line 2",
        "line 4: PLU 4064 is already used on line 2",
    ]
    assert product_count(data_dir) == 5


def test_a_missing_file_is_a_sentence_not_a_traceback(data_dir, tmp_path, capsys):
    assert run(data_dir, "catalog", "import", tmp_path / "nope.csv") == 2
    assert "Cannot read" in capsys.readouterr().err
