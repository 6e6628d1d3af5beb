"""Alembic environment for the HQ database (PostgreSQL, or SQLite for the demo).

Run programmatically by sync.server.core.migrate with a connection passed in `config.attributes`; from the
command line (`alembic -x url=… upgrade head`) it opens one from the `url` argument.
"""
from alembic import context
from sqlalchemy import create_engine

from sync.server.models import metadata

config = context.config
connection = config.attributes.get("connection")


def _run(connection) -> None:
    context.configure(connection=connection, target_metadata=metadata,
                      render_as_batch=connection.dialect.name == "sqlite", compare_type=True)
    with context.begin_transaction():
        context.run_migrations()


if connection is not None:
    _run(connection)
else:
    url = context.get_x_argument(as_dictionary=True).get("url")
    if not url:
        raise RuntimeError("Pass the database as `alembic -x url=postgresql+psycopg://… upgrade head`.")
    with create_engine(url).connect() as opened:
        _run(opened)
        opened.commit()
