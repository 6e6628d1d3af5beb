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
context.configure(connection=connection, target_metadata=Base.metadata, render_as_batch=True)
with context.begin_transaction():
    context.run_migrations()
