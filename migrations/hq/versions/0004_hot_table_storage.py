"""Storage settings for the three tables every push rewrites: stock_levels, tills and versions.

Why: each push updates its store's version row, its till's row and one stock level per SKU it moved, so
these tables gather dead row versions far faster than PostgreSQL's defaults expect (autovacuum waits for
20 % of a table to be dead; on a chain's 500,000 levels that is 100,000 dead rows, and every push walks
past them). Vacuuming them after a fixed, small number of dead rows keeps them dense. Free room on each
page (fillfactor) lets an updated row stay on its page: for tills and versions, whose updated columns are
not indexed, that makes the update HOT (no index entry written).

PostgreSQL only: SQLite has no such settings. Only new pages honour a fillfactor; VACUUM FULL (or
`CLUSTER`) packs existing ones, which a small HQ never needs.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-06 14:40:00
"""
from alembic import op


revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None

# table: its storage parameters. A vacuum starts after threshold + scale_factor × rows dead rows.
SETTINGS = {
    "stock_levels": {"fillfactor": 80, "autovacuum_vacuum_scale_factor": 0.01,
                     "autovacuum_vacuum_threshold": 1000, "autovacuum_analyze_scale_factor": 0.05},
    "tills": {"fillfactor": 50, "autovacuum_vacuum_scale_factor": 0.0, "autovacuum_vacuum_threshold": 500},
    "versions": {"fillfactor": 50, "autovacuum_vacuum_scale_factor": 0.0, "autovacuum_vacuum_threshold": 200},
}


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for table, settings in SETTINGS.items():
        listed = ", ".join(f"{name} = {value}" for name, value in settings.items())
        op.execute(f"ALTER TABLE {table} SET ({listed})")


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for table, settings in SETTINGS.items():
        op.execute(f"ALTER TABLE {table} RESET ({', '.join(settings)})")
