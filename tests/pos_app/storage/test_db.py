import shutil
import sqlite3
from datetime import datetime, timezone

import pytest
from alembic.config import Config
from alembic.script import ScriptDirectory

from pos_app.core.basket import Basket
from pos_app.core.sale import build_sale
from pos_app.core.tenders import TenderKind, TenderRequest, settle
from pos_app.storage import migrate, sales_repo
from pos_app.storage.database import TillDatabase
from pos_app.storage.db import data_dir, make_engine


def test_durability_pragmas(db):
    with db.reading() as connection:
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert connection.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1


def test_head_constant_matches_the_migration_scripts():
    config = Config()
    config.set_main_option("script_location", str(migrate.MIGRATIONS))
    assert ScriptDirectory.from_config(config).get_current_head() == migrate.HEAD


def test_data_dir_from_flag_then_environment(tmp_path, monkeypatch):
    monkeypatch.setenv("FRESHTILL_DATA_DIR", str(tmp_path / "env"))
    assert data_dir() == tmp_path / "env"
    assert data_dir(tmp_path / "flag") == tmp_path / "flag"
    assert (tmp_path / "flag").is_dir()


def _one_sale(db, uuid="u-1"):
    basket = Basket()
    basket.add(db.catalog.by_sku("P1"), count=2)
    settlement = settle(total=basket.total, requests=[TenderRequest(TenderKind.CARD, reference="T-1")])
    return build_sale(basket, settlement, uuid=uuid, at=datetime(2026, 11, 21, 9, 0, tzinfo=timezone.utc),
                      cashier="c", till="t")


def test_a_failed_sale_write_leaves_nothing(db):
    sale = _one_sale(db)
    with db.transaction() as connection:
        sales_repo.insert(connection, sale)
    counts_before = _counts(db.path)
    with pytest.raises(Exception):
        with db.transaction() as connection:
            sales_repo.insert(connection, sale)  # same uuid: the unique constraint fails midway
    assert _counts(db.path) == counts_before


def test_a_failed_migration_restores_the_backup_and_keeps_the_sales(db, tmp_path):
    with db.transaction() as connection:
        sales_repo.insert(connection, _one_sale(db))
    db.close()
    scripts = tmp_path / "scripts"
    shutil.copytree(migrate.MIGRATIONS, scripts)
    (scripts / "versions" / "9999_broken.py").write_text(
        f'revision = "9999"\ndown_revision = "{migrate.HEAD}"\nbranch_labels = None\ndepends_on = None\n'
        "from alembic import op\n\n\ndef upgrade():\n"
        '    op.execute("ALTER TABLE sales ADD COLUMN note TEXT")\n'
        '    op.execute("THIS IS NOT SQL")\n\n\ndef downgrade():\n    pass\n')
    engine = make_engine(db.path)
    with pytest.raises(migrate.MigrationError) as raised:
        migrate.upgrade(engine, path=db.path, script_location=scripts)
    assert "restored from the backup" in str(raised.value)
    connection = sqlite3.connect(db.path)
    assert connection.execute("SELECT count(*) FROM sales").fetchone()[0] == 1
    columns = [row[1] for row in connection.execute("PRAGMA table_info(sales)")]
    assert "note" not in columns
    assert connection.execute("SELECT version_num FROM alembic_version").fetchone()[0] == migrate.HEAD
    assert list((db.path.parent / "backups").iterdir())


def test_opening_an_up_to_date_database_takes_no_backup(db):
    db.close()
    again = TillDatabase(db.path)
    assert again.backup is None
    again.close()


def _counts(path):
    connection = sqlite3.connect(path)
    try:
        return {table: connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
                for table in ("sales", "sale_lines", "sale_parts", "payments", "sale_taxes", "stock_movements",
                              "outbox")} | {"levels": connection.execute(
                                  "SELECT sum(quantity) FROM stock_levels").fetchone()[0]}
    finally:
        connection.close()


def test_readers_do_not_wait_for_an_open_write_transaction(db):
    with db.transaction() as connection:
        connection.exec_driver_sql("UPDATE stock_levels SET quantity = quantity + 1 WHERE sku = 'P1'")
        # The catalog lookup the scan path uses must answer from the last committed snapshot.
        assert db.catalog.by_sku("P1").name_en == "Cola"
        with db.reading() as reader:
            level = reader.exec_driver_sql("SELECT quantity FROM stock_levels WHERE sku = 'P1'").scalar()
        assert level == 24_000


def test_replacing_a_large_catalog_stays_within_sqlite_variable_limits(db):
    from pos_app.core.products import Product, SoldBy
    from pos_app.core.quantity import Unit

    many = [Product(sku=f"S{i:06d}", name_zh="商品", name_en="Item", unit=Unit.PIECE, sold_by=SoldBy.PIECE, price=100)
            for i in range(40_000)]
    with db.transaction() as connection:
        db.catalog.replace_all(connection, many)
    with db.transaction() as connection:
        db.catalog.replace_all(connection, many[:30_000])
    with db.reading() as connection:
        active = connection.exec_driver_sql("SELECT count(*) FROM products WHERE active").scalar()
        total = connection.exec_driver_sql("SELECT count(*) FROM products").scalar()
    assert (active, total) == (30_000, 40_004)  # 10,000 + the fixture's 4 delisted, kept for history
