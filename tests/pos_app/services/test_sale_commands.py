import json
import sqlite3

from pos_app.cli import main


def test_demo_rings_the_whole_day_and_the_ledger_reconciles(tmp_path, capsys):
    assert main(["--data-dir", str(tmp_path), "demo", "--json"]) == 0
    summary = json.loads(capsys.readouterr().out)
    assert summary["baskets"] == 600
    assert summary["problems"] == []
    connection = sqlite3.connect(tmp_path / "demo" / "till.sqlite")
    revenue = connection.execute("SELECT sum(total) FROM sales").fetchone()[0]
    assert f"{revenue // 100}.{revenue % 100:02d}" == summary["revenue"]
    mismatched = connection.execute(
        "SELECT l.sku FROM stock_levels l LEFT JOIN (SELECT sku, sum(quantity) q FROM stock_movements GROUP BY sku) m "
        "ON m.sku = l.sku WHERE l.quantity != coalesce(m.q, 0)").fetchall()
    assert mismatched == []
    assert connection.execute("SELECT count(*) FROM outbox").fetchone()[0] >= 600


def test_demo_twice_starts_from_the_same_morning(tmp_path, capsys):
    main(["--data-dir", str(tmp_path), "demo", "--json"])
    first = json.loads(capsys.readouterr().out)
    main(["--data-dir", str(tmp_path), "demo", "--json"])
    assert json.loads(capsys.readouterr().out) == first


def test_replay_of_a_missing_file_is_one_clear_error(tmp_path, capsys):
    code = main(["--data-dir", str(tmp_path), "replay", str(tmp_path / "nope.csv")])
    assert code == 2
    assert "nope.csv" in capsys.readouterr().err
