"""The HQ migrations build exactly the tables sync/server/models.py describes, and 0002 goes down and up again
on a database that already holds data — on SQLite and PostgreSQL; 0004 sets the hot tables' storage on
PostgreSQL."""
from __future__ import annotations

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.config import Config
from alembic.migration import MigrationContext
from sqlalchemy import inspect

from sync.server import bootstrap, samples
from sync.server.core import migrate
from sync.server.models import metadata
from tests.sync.server.conftest import BACKENDS, backend_settings


@pytest.fixture(params=BACKENDS)
def fresh(request, tmp_path):
    with backend_settings(request.param, tmp_path) as settings:
        prepared = bootstrap.prepare(settings)
        yield prepared.engine
        prepared.engine.dispose()


def _alembic(engine, action: str, revision: str) -> None:
    config = Config()
    config.set_main_option("script_location", str(migrate.MIGRATIONS))
    with engine.connect() as connection:
        connection.execution_options(write=True)
        config.attributes["connection"] = connection
        getattr(command, action)(config, revision)
        connection.commit()


def test_the_migrated_schema_is_the_models(fresh):
    assert migrate.current_revision(fresh) == migrate.HEAD
    with fresh.connect() as connection:
        differences = compare_metadata(MigrationContext.configure(connection, opts={"compare_type": True}), metadata)
    assert differences == []


def test_0002_goes_down_and_up_with_data_in_place(fresh):
    bootstrap.add_store(fresh, store_id="M1")
    bootstrap.seed_catalog(fresh, [samples.product("M1-V1")])
    _alembic(fresh, "downgrade", "0001")
    with fresh.connect() as connection:
        names = set(inspect(connection).get_table_names())
        indexes = {i["name"] for i in inspect(connection).get_indexes("stock_movements")}
    assert not {"suppliers", "product_supply", "stock_operations"} & names
    assert "ix_stock_movements_store_sku_time" not in indexes
    migrate.upgrade(fresh)
    assert migrate.current_revision(fresh) == migrate.HEAD
    with fresh.connect() as connection:
        assert {"suppliers", "product_supply", "stock_operations"} <= set(inspect(connection).get_table_names())


def test_0003_goes_down_and_up_with_data_in_place(fresh):
    from sync.server.core.db import writing
    from sync.server.planning import purchase_orders
    from sync.server.core.security import now
    bootstrap.add_store(fresh, store_id="M2")
    with writing(fresh) as connection:
        connection.execute(purchase_orders.insert().values(store_id="M2", supplier="farm", status="draft",
                                                           created_by="cli", created_at=now()))
    planning = {"forecast_runs", "forecasts", "suggested_orders", "purchase_orders", "purchase_order_lines"}
    _alembic(fresh, "downgrade", "0002")
    with fresh.connect() as connection:
        assert not planning & set(inspect(connection).get_table_names())
    migrate.upgrade(fresh)
    with fresh.connect() as connection:
        assert planning <= set(inspect(connection).get_table_names())
    assert migrate.current_revision(fresh) == migrate.HEAD


def _reloptions(engine, table: str) -> set[str]:
    from sqlalchemy import text
    with engine.connect() as connection:
        options = connection.execute(text(
            "SELECT c.reloptions FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
            "WHERE c.relname = :t AND n.nspname = current_schema()"), {"t": table}).scalar_one()
    return set(options or [])


def test_0004_vacuums_the_hot_tables_early_on_postgresql(fresh):
    if fresh.dialect.name != "postgresql":
        pytest.skip("storage parameters are PostgreSQL's")
    assert {"fillfactor=80", "autovacuum_vacuum_threshold=1000"} <= _reloptions(fresh, "stock_levels")
    assert {"fillfactor=50", "autovacuum_vacuum_scale_factor=0.0"} <= _reloptions(fresh, "tills")
    assert "fillfactor=50" in _reloptions(fresh, "versions")
    _alembic(fresh, "downgrade", "0003")
    assert _reloptions(fresh, "stock_levels") == _reloptions(fresh, "tills") == set()
    migrate.upgrade(fresh)
    assert "autovacuum_vacuum_threshold=500" in _reloptions(fresh, "tills")
