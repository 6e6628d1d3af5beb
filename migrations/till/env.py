"""Alembic environment for the till database (SQLite).

Run programmatically by pos_app.storage.migrate with a connection passed in `config.attributes`,
so migrating never opens a second connection with different pragmas.
"""
from alembic import context

from pos_app.storage.models import Base

config = context.config
connection = config.attributes.get("connection")
if connection is None:
    raise RuntimeError("The till migrations run through pos_app.storage.migrate, which passes a connection.")


def include_object(obj, name, type_, reflected, compare_to) -> bool:
    # The FTS5 search index and its shadow tables are no model: pos_app/storage/search_index.py keeps them,
    # and autogenerate would otherwise propose dropping them.
    return not (type_ == "table" and name.startswith("product_search"))


context.configure(connection=connection, target_metadata=Base.metadata, render_as_batch=True,
                  include_object=include_object)
with context.begin_transaction():
    context.run_migrations()
