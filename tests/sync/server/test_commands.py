"""`freshtill hq …` end to end on a fresh SQLite HQ: init, codes, users, catalog import, prices, tills."""
from __future__ import annotations

import io
import json

from sqlalchemy import select

from pos_app.cli import main
from sync.server.core.config import Settings
from sync.server.core.db import make_engine, reading
from sync.server.crud.stores import list_stores
from sync.server.models import products, store_prices, users

CSV = "sku,name_en,name_zh,unit,sold_by,price,barcodes\nA1,Apple,苹果,kg,weight,9.80,\nB2,Bread,面包,piece,piece,5,\n"


def test_init_enroll_users_catalog_prices_and_tills(tmp_path, monkeypatch, capsys):
    hq = ["--data-dir", str(tmp_path / "hq")]
    monkeypatch.setattr("sys.stdin", io.StringIO("a long password\n"))
    assert main(["hq", "init", *hq, "--store", "S1", "--admin", "boss"]) == 0
    assert "CA fingerprint" in capsys.readouterr().out
    assert main(["hq", "enroll-code", *hq, "--store", "S1"]) == 0
    out = capsys.readouterr().out
    assert "--ca-fingerprint" in out and "Enrollment code for store S1" in out
    monkeypatch.setattr("sys.stdin", io.StringIO("2468\n"))
    assert main(["hq", "user", "add", *hq, "c1", "--role", "cashier", "--store", "S1", "--pin"]) == 0
    assert main(["hq", "store", "add", *hq, "S2"]) == 0
    (tmp_path / "cat.csv").write_text(CSV, encoding="utf-8")
    assert main(["hq", "catalog", "import", *hq, str(tmp_path / "cat.csv")]) == 0
    (tmp_path / "s2.csv").write_text(CSV.replace("9.80", "8.80"), encoding="utf-8")
    assert main(["hq", "catalog", "import", *hq, str(tmp_path / "s2.csv"), "--store", "S2"]) == 0
    assert main(["hq", "price", "set", *hq, "--store", "S1", "--sku", "B2", "--price", "4.50"]) == 0
    capsys.readouterr()
    assert main(["hq", "till", "list", *hq, "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == []
    assert main(["hq", "user", "add", *hq, "c1", "--role", "cashier"]) == 2   # exists: one sentence, exit 2

    engine = make_engine(Settings(data_dir=tmp_path / "hq").db_url)
    with reading(engine) as connection:
        assert [s["id"] for s in list_stores(connection=connection)] == ["S1", "S2"]
        assert dict(connection.execute(select(products.c.sku, products.c.price)).all()) == {"A1": 980, "B2": 500}
        assert sorted(connection.execute(select(store_prices.c.store_id, store_prices.c.sku, store_prices.c.price)
                                         ).all()) == [("S1", "B2", 450), ("S2", "A1", 880), ("S2", "B2", 500)]
        assert connection.execute(select(users.c.pin_hash).where(users.c.id == "c1")).scalar_one().startswith("$argon2")
    engine.dispose()
