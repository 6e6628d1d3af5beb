"""product_search: the FTS5 index of product names and pinyin initials

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-25 03:00:00.000000

The index is filled here from the products already in the database (about 30 s for a million products);
from now on CatalogRepo keeps it with every catalog write (pos_app/storage/search_index.py).
"""
from alembic import op

from pos_app.storage import search_index


revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None


def upgrade() -> None:
    # written out rather than taken from search_index.CREATE: this migration made the table as it was then
    op.execute("CREATE VIRTUAL TABLE product_search USING fts5(zh, en, py, "
               "tokenize='unicode61 remove_diacritics 2', prefix='1 2 3 4 5 6', columnsize=0)")
    search_index.rebuild(op.get_bind())


def downgrade() -> None:
    op.execute("DROP TABLE product_search")
